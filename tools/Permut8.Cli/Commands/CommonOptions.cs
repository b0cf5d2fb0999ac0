using System.CommandLine;
using Permut8.Cli.Audio;
using Permut8.Cli.Inputs;
using Permut8.Cli.Rendering;
using Permut8.Nano.Core;

namespace Permut8.Cli.Commands;

/// <summary>Input, rate and firmware handling shared by `render` and `firmware-run`.</summary>
public static class CommonOptions
{
    public const int MinRate = 8000;
    public const int MaxRate = 192000;
    public const double MaxSeconds = 600;

    public static Option<int> Rate() => new("--rate")
    {
        Description = "Codec sample rate in Hz for generated inputs (a WAV input plays at its own rate)",
        HelpName = "HZ",
        DefaultValueFactory = _ => 48000,
    };

    public static Option<double?> Seconds() => new("--seconds")
    {
        Description = "Length to render (default: the WAV's length; demo 6 s; impulse, sine, noise 2 s)",
        HelpName = "S",
    };

    public static Option<int> Seed() => new("--seed")
    {
        Description = "Seed of the noise input (same seed, same samples)",
        HelpName = "N",
        DefaultValueFactory = _ => 1,
    };

    public static Option<string> Out(string description, string defaultFileName) => new("--out")
    {
        Description = description,
        HelpName = "FILE.wav",
        DefaultValueFactory = _ => Path.Combine("out", defaultFileName),
    };

    public static Option<string?> Config() => new("--config") { Description = "The firmware's configuration string", HelpName = "TEXT" };

    /// <summary>The codec rate: a WAV's own rate (an explicit different --rate is refused), else --rate.</summary>
    public static int ResolveRate(ParseResult r, Option<int> rateOption, AudioClip? file)
    {
        int rate = r.GetValue(rateOption);
        bool given = r.GetResult(rateOption) is { Implicit: false };
        if (file != null)
        {
            if (given && rate != file.SampleRate)
                throw new UserException($"--rate {rate}: the input WAV is {file.SampleRate} Hz and is not resampled; drop --rate or convert the file");
            rate = file.SampleRate;
        }
        if (rate is < MinRate or > MaxRate) throw new UserException($"--rate {rate}: the engine runs at {MinRate}..{MaxRate} Hz");
        return rate;
    }

    public static int ResolveFrames(double seconds, int rate, string flag = "--seconds")
    {
        if (!(seconds > 0) || seconds > MaxSeconds) throw new UserException($"{flag} {seconds}: give 0 < seconds <= {MaxSeconds}");
        return Math.Max(1, (int)Math.Round(seconds * rate));
    }

    public static FirmwareSpec LoadFirmware(string path, string? config, bool debug, int instance)
    {
        if (!File.Exists(path)) throw new UserException($"{path}: firmware file not found");
        string text = File.ReadAllText(path);
        if (text.Contains('\0')) throw new UserException($"{path}: not a GAZL text file (it contains NUL bytes)");
        return new FirmwareSpec(path, text, config ?? string.Empty, debug, instance);
    }

    public static string FirmwareStateName(int state) => state switch
    {
        FirmwareState.None => "none",
        FirmwareState.Running => "running",
        FirmwareState.Stopped => "stopped",
        FirmwareState.Aborted => "aborted",
        _ => $"state {state}",
    };

    public static string FirmwareErrorName(int code) => code switch
    {
        FirmwareState.ErrNone => "no error",
        FirmwareState.ErrTimeout => "timeout (per-tick instruction budget exceeded)",
        FirmwareState.ErrBadPeek => "bad peek (read outside the firmware's memory)",
        FirmwareState.ErrBadPoke => "bad poke (write outside its memory or to readonly data)",
        FirmwareState.ErrDivisionByZero => "division by zero",
        FirmwareState.ErrDataStackOverflow => "data stack overflow",
        FirmwareState.ErrCallStackOverflow => "call stack overflow",
        FirmwareState.ErrAssert => "assert failed",
        FirmwareState.ErrBadCall => "bad call",
        FirmwareState.ErrAborted => "abort()",
        _ => $"error {code}",
    };

    /// <summary>Why a firmware stopped: its own message, else the error and the line it happened on.</summary>
    public static string StopReason(FirmwareOutcome outcome) =>
        outcome.Message.Length > 0 ? outcome.Message : $"{FirmwareErrorName(outcome.ErrorCode)} at line {outcome.ErrorLine}";

    /// <summary>Writes the output WAV, mapping I/O failures to a user error naming the path.</summary>
    public static void WriteWav(string path, AudioClip clip)
    {
        try
        {
            WavWriter.WriteFile(path, clip);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserException($"{path}: cannot write the output: {e.Message}");
        }
    }

    /// <summary>Generates or loads the input; returns the stereo int16 samples and the loaded file (if any).</summary>
    public static (InputSource Source, AudioClip? File) OpenInput(string text)
    {
        InputSource source = InputSource.Parse(text);
        return (source, source.IsFile ? source.LoadFile() : null);
    }
}
