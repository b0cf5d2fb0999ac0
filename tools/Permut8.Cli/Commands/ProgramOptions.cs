using System.CommandLine;
using Permut8.Cli.Settings;

namespace Permut8.Cli.Commands;

/// <summary>
/// The program flags (operators, operands, clock or sync, switches) and the panel flags (levels, feedback, mix,
/// filter, limiter), declared once and shared by `render` and `firmware-run`. Values stay text here and are
/// parsed by <see cref="ValueParsers"/>, so the command line and the automation file give the same messages.
/// </summary>
public sealed class ProgramOptions
{
    public Option<string?> Op1 { get; } = Text("--op1", "Slot 1 operator: NOP, AND, MUL, OSC, RND", "NOP|AND|MUL|OSC|RND");
    public Option<string?> Operand1 { get; } = Text("--operand1", "Slot 1 operand, 4 hex digits HHLL (high byte = left switches)", "HHLL");
    public Option<string?> Op2 { get; } = Text("--op2", "Slot 2 operator: NOP, OR, XOR, MSK, SUB", "NOP|OR|XOR|MSK|SUB");
    public Option<string?> Operand2 { get; } = Text("--operand2", "Slot 2 operand, 4 hex digits HHLL", "HHLL");
    public Option<string?> Clock { get; } = Text("--clock", "Free-running clock in Hz, 0..352800 (e.g. 48000, 128.24k); turns sync off", "HZ");
    public Option<string?> Sync { get; } = Text("--sync", "Tempo sync: one memory cycle lasts this division (8/1..1/8, D = dotted, T = triplet: 1/4D, 1/8T)", "DIV");
    public Option<string?> Bpm { get; } = Text("--bpm", "Host tempo for --sync (default 120)", "N");
    public Option<bool> Rev { get; } = Flag("--rev", "REV switch: the clock runs backwards");
    public Option<bool> WriteProtect { get; } = Flag("--write-protect", "WRITE PROTECT switch: the memory keeps its content");

    public Option<string?> Feedback { get; } = Text("--feedback", "Feedback amount in % (render default 40)", "PCT");
    public Option<bool> FlipFlag { get; } = Flag("--flip", "Swap left and right in the feedback path");
    public Option<bool> InvertFlag { get; } = Flag("--invert", "Invert the feedback polarity");
    public Option<string?> Mix { get; } = Text("--mix", "Dry/wet in %: 0 = dry only, 100 = wet only (render default 50)", "PCT");
    public Option<string?> InLevel { get; } = Text("--in-level", "Input level in dB, -60..+24 (default 0)", "DB");
    public Option<string?> OutLevel { get; } = Text("--out-level", "Output level in dB, -60..+24 (default 0)", "DB");
    public Option<string?> Filter { get; } = Text("--filter", "Filter placement: off, in, fb, out (default off)", "off|in|fb|out");
    public Option<string?> FilterFreq { get; } = Text("--filter-freq", "Filter: -1000..1000, <0 lowpass (darker), >0 highpass, 0 open", "SIGNED");
    public Option<string?> Limiter { get; } = Text("--limiter", "Output limiter on or off (render default on)", "on|off");

    public IEnumerable<Option> ProgramFlags => [Op1, Operand1, Op2, Operand2, Clock, Sync, Bpm, Rev, WriteProtect];

    public IEnumerable<Option> PanelFlags => [Feedback, FlipFlag, InvertFlag, Mix, InLevel, OutLevel, Filter, FilterFreq, Limiter];

    /// <summary>True when the user gave any flag of the program itself (operators, operands, clock, sync).</summary>
    public bool AnyProgramFlag(ParseResult r) =>
        new Option[] { Op1, Operand1, Op2, Operand2, Clock, Sync }.Any(o => r.GetResult(o) is { Implicit: false });

    /// <summary>Applies every given program flag on top of `s`.</summary>
    public void ApplyProgram(ParseResult r, ProgramSettings s)
    {
        if (r.GetValue(Clock) is { } clock && r.GetValue(Sync) is { } sync)
            throw new UserException($"--clock {clock} and --sync {sync} exclude each other: give one");
        if (r.GetValue(Op1) is { } op1) s.Operator1 = ValueParsers.Operator1(op1);
        if (r.GetValue(Operand1) is { } o1) s.Operand1 = ValueParsers.Operand(o1, "--operand1");
        if (r.GetValue(Op2) is { } op2) s.Operator2 = ValueParsers.Operator2(op2);
        if (r.GetValue(Operand2) is { } o2) s.Operand2 = ValueParsers.Operand(o2, "--operand2");
        if (r.GetValue(Clock) is { } c) { s.ClockHz = ValueParsers.ClockHz(c); s.Sync = null; }
        if (r.GetValue(Sync) is { } d) s.Sync = SyncDivision.Parse(d);
        if (r.GetValue(Bpm) is { } bpm) s.Bpm = ValueParsers.Bpm(bpm);
        if (r.GetValue(Rev)) s.Reverse = true;
        if (r.GetValue(WriteProtect)) s.WriteProtect = true;
    }

    /// <summary>Applies every given panel flag on top of `s`.</summary>
    public void ApplyPanel(ParseResult r, ProgramSettings s)
    {
        if (r.GetValue(Feedback) is { } fb) s.FeedbackPermille = ValueParsers.PercentToPermille(fb, "--feedback");
        if (r.GetValue(FlipFlag)) s.Flip = true;
        if (r.GetValue(InvertFlag)) s.Invert = true;
        if (r.GetValue(Mix) is { } mix) s.MixPermille = ValueParsers.PercentToPermille(mix, "--mix");
        if (r.GetValue(InLevel) is { } inl) s.InputLevelCentiDb = ValueParsers.DbToCentiDb(inl, "--in-level");
        if (r.GetValue(OutLevel) is { } outl) s.OutputLevelCentiDb = ValueParsers.DbToCentiDb(outl, "--out-level");
        if (r.GetValue(Filter) is { } f) s.Filter = ValueParsers.Filter(f);
        if (r.GetValue(FilterFreq) is { } ff) s.FilterFreq = ValueParsers.FilterFreq(ff);
        if (r.GetValue(Limiter) is { } lim) s.Limiter = ValueParsers.OnOff(lim, "--limiter");
    }

    public static Option<string?> Text(string name, string description, string helpName) =>
        new(name) { Description = description, HelpName = helpName };

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };
}
