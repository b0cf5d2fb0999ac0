using System.Globalization;
using Permut8.Cli.Audio;

namespace Permut8.Cli.Inputs;

/// <summary>
/// What `--in` names: a generated signal (impulse, sine:HZ, noise, demo) or a WAV file. Generated signals are
/// bit-for-bit reproducible (noise is a seeded xorshift), so renders of them can be checked by hash.
/// </summary>
public sealed class InputSource
{
    private InputSource(string kind, double hz, string? path)
    {
        Kind = kind;
        Hz = hz;
        Path = path;
    }

    /// <summary>impulse, sine, noise, demo or file.</summary>
    public string Kind { get; }
    public double Hz { get; }
    public string? Path { get; }
    public bool IsFile => Kind == "file";

    public static InputSource Parse(string text)
    {
        string t = text.Trim();
        string lower = t.ToLowerInvariant();
        if (lower is "impulse" or "noise" or "demo") return new InputSource(lower, 0, null);
        if (lower.StartsWith("sine", StringComparison.Ordinal))
        {
            string rest = lower["sine".Length..];
            if (!rest.StartsWith(':') || !double.TryParse(rest[1..], NumberStyles.Float, CultureInfo.InvariantCulture, out double hz) || hz <= 0 || !double.IsFinite(hz))
                throw new UserException($"--in {text}: write a sine as sine:HZ, e.g. sine:440");
            return new InputSource("sine", hz, null);
        }
        if (!File.Exists(t))
            throw new UserException($"--in {text}: no such file (give a WAV file, or impulse, sine:HZ, noise, demo)");
        return new InputSource("file", 0, t);
    }

    /// <summary>Seconds rendered when --seconds is not given: the file's length, the demo phrase with its tail, else 2 s.</summary>
    public double DefaultSeconds(AudioClip? file) => Kind switch
    {
        "file" => file!.Seconds,
        "demo" => DemoPhrase.Seconds,
        _ => 2.0,
    };

    /// <summary>Loads the file (strictly; a bad WAV is the user's to fix).</summary>
    public AudioClip LoadFile()
    {
        try
        {
            return WavReader.ReadFile(Path!);
        }
        catch (WavFormatException e)
        {
            throw new UserException($"{Path}: bad WAV file: {e.Message}");
        }
    }

    /// <summary>The signal as stereo int16 at `rate`, exactly `frames` long (files are cut or padded with silence).</summary>
    public short[] Generate(int rate, int frames, int seed, AudioClip? file)
    {
        var stereo = new short[frames * 2];
        switch (Kind)
        {
            case "impulse":
                if (frames > 0) { stereo[0] = ImpulseValue; stereo[1] = ImpulseValue; }
                break;
            case "sine":
                for (int f = 0; f < frames; f++)
                {
                    short v = AudioClip.ToInt16((float)(0.5 * Math.Sin(2 * Math.PI * Hz * f / rate)));
                    stereo[2 * f] = v;
                    stereo[2 * f + 1] = v;
                }
                break;
            case "noise":
                var rng = new XorShift32((uint)seed);
                for (int i = 0; i < stereo.Length; i++) stereo[i] = (short)((int)(rng.Next() >> 18) - 0x2000); // uniform, ±¼ full scale
                break;
            case "demo":
                DemoPhrase.Render(rate, stereo, frames);
                break;
            default:
                short[] src = file!.ToStereoInt16();
                Array.Copy(src, stereo, Math.Min(src.Length, stereo.Length));
                break;
        }
        return stereo;
    }

    /// <summary>Half full scale: loud enough to see, far from clipping anywhere in the chain.</summary>
    public const short ImpulseValue = 16384;

    public override string ToString() => Kind switch
    {
        "sine" => $"sine:{Hz.ToString(CultureInfo.InvariantCulture)}",
        "file" => Path!,
        _ => Kind,
    };
}

/// <summary>Marsaglia's 32-bit xorshift: tiny, seeded, identical on every machine.</summary>
public struct XorShift32
{
    private uint _state;

    public XorShift32(uint seed) { _state = seed == 0 ? 0x9E3779B9u : seed; }

    public uint Next()
    {
        uint x = _state;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        _state = x;
        return x;
    }
}
