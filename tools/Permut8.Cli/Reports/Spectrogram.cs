namespace Permut8.Cli.Reports;

/// <summary>Short-time Fourier magnitude of the mono sum, in dBFS, for the spectrogram plot.</summary>
public static class Spectrogram
{
    public const int FftSize = 1024;

    /// <summary>[bin, column] dB values (bin 0 = DC), at most `maxColumns` columns spread over the signal.</summary>
    public static double[,] Compute(short[] stereo, int maxColumns)
    {
        int frames = stereo.Length / 2;
        int columns = Math.Max(1, Math.Min(maxColumns, frames / (FftSize / 4)));
        int bins = FftSize / 2;
        var result = new double[bins, columns];
        var re = new double[FftSize];
        var im = new double[FftSize];
        double windowGain = 0;
        for (int i = 0; i < FftSize; i++) windowGain += Hann(i);
        for (int c = 0; c < columns; c++)
        {
            int start = columns == 1 ? 0 : (int)((long)(frames - FftSize) * c / (columns - 1));
            for (int i = 0; i < FftSize; i++)
            {
                int f = start + i;
                double x = f >= 0 && f < frames ? (stereo[2 * f] + stereo[2 * f + 1]) / 65536.0 : 0;
                re[i] = x * Hann(i);
                im[i] = 0;
            }
            Fft(re, im);
            for (int k = 0; k < bins; k++)
            {
                double mag = 2 * Math.Sqrt(re[k] * re[k] + im[k] * im[k]) / windowGain;
                result[k, c] = Math.Max(-120, 20 * Math.Log10(mag + 1e-12));
            }
        }
        return result;
    }

    private static double Hann(int i) => 0.5 - 0.5 * Math.Cos(2 * Math.PI * i / FftSize);

    /// <summary>In-place iterative radix-2 FFT; length must be a power of two.</summary>
    public static void Fft(double[] re, double[] im)
    {
        int n = re.Length;
        for (int i = 1, j = 0; i < n; i++)
        {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }
        for (int len = 2; len <= n; len <<= 1)
        {
            double angle = -2 * Math.PI / len;
            double wr = Math.Cos(angle), wi = Math.Sin(angle);
            for (int i = 0; i < n; i += len)
            {
                double cr = 1, ci = 0;
                for (int k = 0; k < len / 2; k++)
                {
                    int a = i + k, b = i + k + len / 2;
                    double tr = re[b] * cr - im[b] * ci, ti = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - tr; im[b] = im[a] - ti;
                    re[a] += tr; im[a] += ti;
                    double nr = cr * wr - ci * wi;
                    ci = cr * wi + ci * wr;
                    cr = nr;
                }
            }
        }
    }
}
