namespace Permut8.Cli.Reports;

/// <summary>Peak and RMS of one channel of interleaved stereo int16, in dBFS (full scale = 32768).</summary>
public readonly record struct Levels(double? PeakDb, double? RmsDb)
{
    public static Levels Of(short[] stereo, int channel)
    {
        int peak = 0;
        double sum = 0;
        int n = stereo.Length / 2;
        for (int i = channel; i < stereo.Length; i += 2)
        {
            int v = stereo[i];
            peak = Math.Max(peak, Math.Abs(v));
            sum += (double)v * v;
        }
        double rms = n == 0 ? 0 : Math.Sqrt(sum / n);
        return new Levels(Db(peak), Db(rms));
    }

    /// <summary>dBFS rounded to 0.01; null for silence.</summary>
    private static double? Db(double amplitude) =>
        amplitude <= 0 ? null : Math.Round(20 * Math.Log10(amplitude / 32768.0), 2);

    public static string Format(double? db) => db is { } v ? $"{v:0.00} dBFS" : "silent";
}
