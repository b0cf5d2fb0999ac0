using Permut8.Nano.Core;
using Permut8.Nano.Core.Programs;
using CoreSyncMode = Permut8.Nano.Core.Programs.SyncMode;

namespace Permut8.Cli.Settings;

/// <summary>
/// Everything on the panel the CLI can set: the program (operators, operands, clock or sync, REV) and the panel
/// controls (levels, feedback, mix, filter, limiter) live in a Core <see cref="ProgramRecord"/>, whose
/// ToParams is the one mapping onto the engine's params[]; this class adds the controls a program does not
/// hold (WRITE PROTECT, RESET, conformance, host position, tick trace) and a fractional tempo.
/// <see cref="Set"/> changes one field by its flag name (the automation file uses it).
/// </summary>
public sealed class ProgramSettings
{
    /// <summary>Parameter names <see cref="Set"/> accepts: the long flag names without the dashes.</summary>
    public static readonly string[] Names =
    [
        "op1", "operand1", "op2", "operand2", "clock", "sync", "bpm", "rev", "write-protect", "feedback", "flip",
        "invert", "mix", "in-level", "out-level", "filter", "filter-freq", "limiter", "reset",
    ];

    // The CLI's blank panel: 48 kHz clock, sync off (division column 0), limiter off.
    private ProgramRecord _program = new() { ClockHz = 48000, SyncDivision = 0, Limiter = false };
    private double _bpm = 120;

    public int Operator1 { get => _program.Operator1; set => _program.Operator1 = value; }
    public int Operand1 { get => _program.Operand1; set => _program.Operand1 = value; }
    public int Operator2 { get => _program.Operator2; set => _program.Operator2 = value; }
    public int Operand2 { get => _program.Operand2; set => _program.Operand2 = value; }

    /// <summary>Free-running clock in Hz; used while <see cref="Sync"/> is null.</summary>
    public int ClockHz { get => _program.ClockHz; set => _program.ClockHz = value; }

    /// <summary>Tempo sync; null = free clock (the params then carry division column 0).</summary>
    public SyncDivision? Sync
    {
        get => _program.Sync == CoreSyncMode.Off ? null : new SyncDivision((SyncMode)_program.Sync, _program.SyncDivision);
        set
        {
            _program.Sync = value is { } d ? (int)d.Mode : CoreSyncMode.Off;
            _program.SyncDivision = value?.Column ?? 0;
        }
    }

    /// <summary>Host tempo; the params carry it rounded to centi-BPM.</summary>
    public double Bpm { get => _bpm; set { _bpm = value; _program.TempoCentiBpm = (int)Math.Round(value * 100); } }

    public bool Reverse { get => _program.Reverse; set => _program.Reverse = value; }
    public bool WriteProtect { get; set; }
    public int FeedbackPermille { get => _program.FeedbackPermille; set => _program.FeedbackPermille = value; }
    public bool Flip { get => _program.FeedbackFlip; set => _program.FeedbackFlip = value; }
    public bool Invert { get => _program.FeedbackInvert; set => _program.FeedbackInvert = value; }
    public int MixPermille { get => _program.MixPermille; set => _program.MixPermille = value; }
    public int InputLevelCentiDb { get => _program.InputLevelCentiDb; set => _program.InputLevelCentiDb = value; }
    public int OutputLevelCentiDb { get => _program.OutputLevelCentiDb; set => _program.OutputLevelCentiDb = value; }
    public int Filter { get => _program.FilterPlacement; set => _program.FilterPlacement = value; }
    public int FilterFreq { get => _program.FilterFreq; set => _program.FilterFreq = value; }
    public bool Limiter { get => _program.Limiter; set => _program.Limiter = value; }

    /// <summary>RESET presses so far: the engine sees each increment as one press.</summary>
    public int ResetCount { get; set; }
    public bool Conformance { get; set; }
    public int HostPosition { get; set; }
    public bool TickTrace { get; set; }

    /// <summary>The engine's power-up program at this codec rate (NOP/NOP, clock = rate, 100 % wet, unity).</summary>
    public static ProgramSettings PowerUp(int codecRate) => new() { ClockHz = Math.Min(codecRate, ClockLimits.MaxHz) };

    /// <summary>
    /// The program `render` plays when no program flag is given: a tempo-synced stereo delay (SUB F8F9 at 1/4:
    /// about a dotted eighth left, a little longer right) with some feedback, half wet.
    /// </summary>
    public static ProgramSettings Default(int codecRate)
    {
        ProgramSettings s = PowerUp(codecRate);
        s.Operator2 = Operator.Sub;
        s.Operand2 = 0xF8F9;
        s.Sync = new SyncDivision(SyncMode.Standard, 5);
        ApplyPanelDefaults(s);
        return s;
    }

    /// <summary>Panel defaults `render` uses whatever the program: 40 % feedback, 50 % mix, limiter on.</summary>
    public static void ApplyPanelDefaults(ProgramSettings s)
    {
        s.FeedbackPermille = 400;
        s.MixPermille = 500;
        s.Limiter = true;
    }

    public int Switches => _program.Switches() | (WriteProtect ? Switch.WriteProtect : 0);

    /// <summary>The whole params set, indices 0..P8_CTRL_COUNT-1, ready for Engine.SetParams.</summary>
    public int[] ToParams()
    {
        var p = new int[Param.ControlCount];
        _program.ToParams(p);
        p[Param.Switches] = Switches;
        p[Param.ResetCount] = ResetCount;
        p[Param.Conformance] = Conformance ? 1 : 0;
        p[Param.HostPosition] = HostPosition;
        p[Param.TickTrace] = TickTrace ? 1 : 0;
        return p;
    }

    /// <summary>Sets one field by name (see <see cref="Names"/>); `source` prefixes errors (e.g. "file:3").</summary>
    public void Set(string name, string value, string source)
    {
        string flag = $"{source}: {name}";
        switch (name.ToLowerInvariant())
        {
            case "op1" or "operator1": Operator1 = ValueParsers.Operator1(value, flag); break;
            case "operand1": Operand1 = ValueParsers.Operand(value, flag); break;
            case "op2" or "operator2": Operator2 = ValueParsers.Operator2(value, flag); break;
            case "operand2": Operand2 = ValueParsers.Operand(value, flag); break;
            case "clock": ClockHz = ValueParsers.ClockHz(value, flag); Sync = null; break;
            case "sync":
                Sync = value.Trim().Equals("off", StringComparison.OrdinalIgnoreCase) ? null : SyncDivision.Parse(value, flag);
                break;
            case "bpm": Bpm = ValueParsers.Bpm(value, flag); break;
            case "rev": Reverse = ValueParsers.OnOff(value, flag); break;
            case "write-protect": WriteProtect = ValueParsers.OnOff(value, flag); break;
            case "feedback": FeedbackPermille = ValueParsers.PercentToPermille(value, flag); break;
            case "flip": Flip = ValueParsers.OnOff(value, flag); break;
            case "invert": Invert = ValueParsers.OnOff(value, flag); break;
            case "mix": MixPermille = ValueParsers.PercentToPermille(value, flag); break;
            case "in-level": InputLevelCentiDb = ValueParsers.DbToCentiDb(value, flag); break;
            case "out-level": OutputLevelCentiDb = ValueParsers.DbToCentiDb(value, flag); break;
            case "filter": Filter = ValueParsers.Filter(value, flag); break;
            case "filter-freq": FilterFreq = ValueParsers.FilterFreq(value, flag); break;
            case "limiter": Limiter = ValueParsers.OnOff(value, flag); break;
            case "reset": ResetCount++; break;
            default:
                throw new UserException($"{source}: unknown parameter '{name}' (known: {string.Join(", ", Names)})");
        }
    }

    /// <summary>An independent copy (the program record included), so a render's automation leaves the original.</summary>
    public ProgramSettings Clone()
    {
        var copy = (ProgramSettings)MemberwiseClone();
        copy._program = new ProgramRecord();
        _program.CopyTo(copy._program);
        return copy;
    }

    /// <summary>One line a person can read: "NOP 0000 / SUB F8F9, sync 1/4 @ 120 BPM, fb 40 %, mix 50 %".</summary>
    public string Describe()
    {
        string clock = Sync is { } s ? $"sync {s} @ {Bpm:0.##} BPM" : $"clock {ClockHz} Hz";
        string flags = (Reverse ? ", REV" : "") + (WriteProtect ? ", write protect" : "") + (Flip ? ", flip" : "") + (Invert ? ", invert" : "");
        string filter = Filter == FilterPlacement.Off ? "" : $", filter {ValueParsers.FilterName(Filter)} {FilterFreq}";
        return $"{ValueParsers.Operator1Name(Operator1)} {Operand1:X4} / {ValueParsers.Operator2Name(Operator2)} {Operand2:X4}, {clock}{flags}, " +
               $"feedback {FeedbackPermille / 10.0:0.#} %, mix {MixPermille / 10.0:0.#} %, in {InputLevelCentiDb / 100.0:0.##} dB, " +
               $"out {OutputLevelCentiDb / 100.0:0.##} dB{filter}, limiter {(Limiter ? "on" : "off")}";
    }
}
