using Permut8.Cli.Audio;

namespace Permut8.Cli.Inputs;

/// <summary>
/// The demo input: two bars of plucked eighth notes in A minor pentatonic at 120 BPM over a soft bass note, then
/// two seconds of silence so the delay tail is heard. Plucks are Karplus–Strong strings excited by seeded noise,
/// so the phrase is synthesized here, needs no asset and is the same on every machine.
/// </summary>
public static class DemoPhrase
{
    public const double Bpm = 120;
    public const double Seconds = 6.0;

    // MIDI notes of the 16 eighths; 0 = rest.
    private static readonly int[] s_melody = [57, 60, 62, 64, 67, 0, 64, 62, 57, 60, 64, 67, 69, 67, 64, 0];
    private static readonly int[] s_bass = [45, 43]; // one per bar: A2, G2

    public static void Render(int rate, short[] stereo, int frames)
    {
        var mix = new float[frames];
        double eighth = 60.0 / Bpm / 2;
        var rng = new XorShift32(2024);
        for (int n = 0; n < s_melody.Length; n++)
        {
            if (s_melody[n] != 0) Pluck(mix, rate, (int)(n * eighth * rate), s_melody[n], 0.32f, 0.9965f, (int)(eighth * 1.9 * rate), ref rng);
        }
        for (int b = 0; b < s_bass.Length; b++)
            Pluck(mix, rate, (int)(b * 8 * eighth * rate), s_bass[b], 0.30f, 0.9992f, (int)(8 * eighth * rate), ref rng);
        for (int f = 0; f < frames; f++)
        {
            short v = AudioClip.ToInt16(mix[f]);
            stereo[2 * f] = v;
            stereo[2 * f + 1] = v;
        }
    }

    private static void Pluck(float[] mix, int rate, int start, int midi, float level, float decay, int length, ref XorShift32 rng)
    {
        double hz = 440.0 * Math.Pow(2, (midi - 69) / 12.0);
        int period = Math.Max(2, (int)Math.Round(rate / hz));
        var line = new float[period];
        for (int i = 0; i < period; i++) line[i] = ((rng.Next() >> 8) / 16777216f * 2 - 1) * level;
        int end = Math.Min(mix.Length, start + length);
        int fade = Math.Min(length / 4, rate / 50);
        for (int f = start, i = 0; f < end; f++, i++)
        {
            int k = i % period;
            float y = line[k];
            line[k] = decay * 0.5f * (y + line[(k + 1) % period]);
            float gain = end - f < fade ? (float)(end - f) / fade : 1f; // avoid a click where the note is cut
            mix[f] += y * gain;
        }
    }
}
