using System.Globalization;
using Permut8.Nano.Core;
using Permut8.Nano.Core.Programs;

namespace Permut8.Cli.Settings;

/// <summary>
/// Text → engine value for every program flag. Shared by the command line and the automation file, so a value
/// means the same in both. Each parser names the flag in its error so the user knows what to fix.
/// </summary>
public static class ValueParsers
{
    public static string Operator1Name(int op) => ProgramText.Operator1Words[op];
    public static string Operator2Name(int op) => ProgramText.Operator2Words[op];

    public static int Operator1(string text, string flag = "--op1") => ParseOperator(text, flag, ProgramText.Operator1Words, ProgramText.Operator2Words, 1);

    public static int Operator2(string text, string flag = "--op2") => ParseOperator(text, flag, ProgramText.Operator2Words, ProgramText.Operator1Words, 2);

    private static int ParseOperator(string text, string flag, string[] names, string[] otherSlot, int slot)
    {
        string t = text.Trim().ToUpperInvariant();
        int i = Array.IndexOf(names, t);
        if (i >= 0) return i;
        string choices = string.Join(", ", names);
        if (Array.IndexOf(otherSlot, t) > 0)
            throw new UserException($"{flag} {text}: {t} is a slot-{3 - slot} operator; slot {slot} takes {choices}");
        throw new UserException($"{flag} {text}: unknown operator (slot {slot} takes {choices})");
    }

    /// <summary>An operand HHLL: 1 to 4 hex digits, optional 0x prefix. Returns 0..0xFFFF.</summary>
    public static int Operand(string text, string flag)
    {
        string t = text.Trim();
        if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) t = t[2..];
        if (t.Length is < 1 or > 4 || !int.TryParse(t, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int v))
            throw new UserException($"{flag} {text}: not a hex operand (give 4 hex digits HHLL, e.g. A000)");
        return v;
    }

    /// <summary>Clock in Hz: "48000", "48k", "128.24k". 0..352800 (0 = full stop).</summary>
    public static int ClockHz(string text, string flag = "--clock")
    {
        string t = text.Trim();
        double scale = 1;
        if (t.EndsWith("khz", StringComparison.OrdinalIgnoreCase)) { t = t[..^3]; scale = 1000; }
        else if (t.EndsWith("hz", StringComparison.OrdinalIgnoreCase)) t = t[..^2];
        else if (t.EndsWith('k') || t.EndsWith('K')) { t = t[..^1]; scale = 1000; }
        double hz = Number(t, flag, text) * scale;
        if (hz is < 0 or > ClockLimits.MaxHz)
            throw new UserException($"{flag} {text}: clock must be 0..{ClockLimits.MaxHz} Hz");
        return (int)Math.Round(hz);
    }

    public static double Bpm(string text, string flag = "--bpm")
    {
        double bpm = Number(text, flag, text);
        if (bpm is < 20 or > 999) throw new UserException($"{flag} {text}: tempo must be 20..999 BPM");
        return bpm;
    }

    /// <summary>A percentage 0..100 as permille 0..1000.</summary>
    public static int PercentToPermille(string text, string flag)
    {
        string t = text.Trim().TrimEnd('%');
        double pct = Number(t, flag, text);
        if (pct is < 0 or > 100) throw new UserException($"{flag} {text}: must be 0..100 (%)");
        return (int)Math.Round(pct * 10);
    }

    /// <summary>A level in dB (-60..+24) as centi-dB.</summary>
    public static int DbToCentiDb(string text, string flag)
    {
        string t = text.Trim();
        if (t.EndsWith("db", StringComparison.OrdinalIgnoreCase)) t = t[..^2];
        double db = Number(t, flag, text);
        if (db is < -60 or > 24) throw new UserException($"{flag} {text}: level must be -60..+24 dB");
        return (int)Math.Round(db * 100);
    }

    public static int Filter(string text, string flag = "--filter") => text.Trim().ToLowerInvariant() switch
    {
        "off" => FilterPlacement.Off,
        "in" or "input" => FilterPlacement.Input,
        "fb" or "feedback" => FilterPlacement.Feedback,
        "out" or "output" => FilterPlacement.Output,
        _ => throw new UserException($"{flag} {text}: filter placement must be off, in, fb or out"),
    };

    public static string FilterName(int placement) => placement switch
    {
        FilterPlacement.Input => "in",
        FilterPlacement.Feedback => "fb",
        FilterPlacement.Output => "out",
        _ => "off",
    };

    /// <summary>-1000..1000: negative = lowpass (darker), positive = highpass, 0 = open.</summary>
    public static int FilterFreq(string text, string flag = "--filter-freq")
    {
        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) || v is < -1000 or > 1000)
            throw new UserException($"{flag} {text}: must be an integer -1000..1000 (<0 lowpass, >0 highpass, 0 open)");
        return v;
    }

    public static bool OnOff(string text, string flag) => text.Trim().ToLowerInvariant() switch
    {
        "on" or "1" or "true" or "yes" => true,
        "off" or "0" or "false" or "no" => false,
        _ => throw new UserException($"{flag} {text}: must be on or off"),
    };

    private static double Number(string t, string flag, string original)
    {
        if (!double.TryParse(t.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
            throw new UserException($"{flag} {original}: not a number");
        return v;
    }
}

/// <summary>Clock range of the panel (spec 1.7).</summary>
public static class ClockLimits
{
    public const int MaxHz = 352800;
}
