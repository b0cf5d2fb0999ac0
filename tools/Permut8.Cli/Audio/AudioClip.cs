namespace Permut8.Cli.Audio;

/// <summary>Sample encodings the WAV reader accepts and the writer produces.</summary>
public enum WavEncoding
{
    Pcm16,
    Pcm24,
    Float32,
}

/// <summary>
/// A block of audio in memory: interleaved samples normalised to [-1, 1) (int16 x maps to x / 32768, so 16- and
/// 24-bit PCM survive a round trip exactly), the rate, the channel count and the encoding it was read from.
/// </summary>
public sealed class AudioClip
{
    public AudioClip(int sampleRate, int channels, float[] interleaved, WavEncoding encoding = WavEncoding.Pcm16)
    {
        if (channels is < 1 or > 2) throw new ArgumentOutOfRangeException(nameof(channels), "mono or stereo only");
        if (interleaved.Length % channels != 0) throw new ArgumentException("sample count is not a whole number of frames", nameof(interleaved));
        SampleRate = sampleRate;
        Channels = channels;
        Samples = interleaved;
        Encoding = encoding;
    }

    public int SampleRate { get; }
    public int Channels { get; }
    public float[] Samples { get; }
    public WavEncoding Encoding { get; }
    public int Frames => Samples.Length / Channels;
    public double Seconds => (double)Frames / SampleRate;

    /// <summary>The clip as interleaved stereo int16 (mono is copied to both sides), as the engine takes it.</summary>
    public short[] ToStereoInt16()
    {
        var result = new short[Frames * 2];
        for (int f = 0; f < Frames; f++)
        {
            short l = ToInt16(Samples[f * Channels]);
            short r = Channels == 2 ? ToInt16(Samples[f * 2 + 1]) : l;
            result[2 * f] = l;
            result[2 * f + 1] = r;
        }
        return result;
    }

    /// <summary>A 16-bit stereo clip from interleaved int16 frames (what the engine produces).</summary>
    public static AudioClip FromStereoInt16(int sampleRate, short[] interleaved, int frames)
    {
        var samples = new float[frames * 2];
        for (int i = 0; i < samples.Length; i++) samples[i] = interleaved[i] / 32768f;
        return new AudioClip(sampleRate, 2, samples, WavEncoding.Pcm16);
    }

    /// <summary>Rounds to the nearest int16 and saturates: 24-bit and float sources lose their low bits here.</summary>
    public static short ToInt16(float x)
    {
        double v = Math.Round(x * 32768.0, MidpointRounding.AwayFromZero);
        return (short)Math.Clamp(v, short.MinValue, short.MaxValue);
    }
}
