using System.CommandLine;
using Permut8.Cli.Audio;
using Permut8.Cli.Reports;
using Permut8.Cli.Rendering;
using Permut8.Cli.Settings;
using Permut8.Nano.Core;
using Spectre.Console;

namespace Permut8.Cli.Commands;

/// <summary>
/// `permut8 render`: an input through a program (flags, or a firmware) into a WAV plus the report beside it.
/// With no arguments: the demo phrase through the default program into out/render.wav.
/// </summary>
public sealed class RenderCommand
{
    private readonly CliContext _context;
    private readonly ProgramOptions _program = new();
    private readonly Option<string> _in = new("--in")
    {
        Description = "Input: a WAV file, impulse, sine:HZ, noise (seeded) or demo (a short phrase made here)",
        HelpName = "FILE.wav|impulse|sine:HZ|noise|demo",
        DefaultValueFactory = _ => "demo",
    };
    private readonly Option<int> _rate = CommonOptions.Rate();
    private readonly Option<double?> _seconds = CommonOptions.Seconds();
    private readonly Option<int> _seed = CommonOptions.Seed();
    private readonly Option<string> _out = CommonOptions.Out("Output WAV (16-bit stereo); the report is written beside it", "render.wav");
    private readonly Option<string?> _firmware = new("--firmware") { Description = "Play a custom firmware (GAZL assembly text)", HelpName = "FILE.gazl" };
    private readonly Option<string?> _config = CommonOptions.Config();
    private readonly Option<string?> _automation = new("--automation")
    {
        Description = "Knob movements: lines 'time_seconds parameter value' (see README)",
        HelpName = "FILE",
    };
    private readonly Option<bool> _noPlots = new("--no-plots") { Description = "Skip the PNG plots (summary text and JSON are still written)" };

    private RenderCommand(CliContext context) { _context = context; }

    public static Command Create(CliContext context)
    {
        var self = new RenderCommand(context);
        var command = new Command("render", "Render an input through a Permut8 program into a WAV, with plots and a summary beside it.");
        foreach (Option o in new Option[] { self._in, self._rate, self._seconds, self._seed, self._out })
            command.Add(o);
        foreach (Option o in self._program.ProgramFlags.Concat(self._program.PanelFlags)) command.Add(o);
        foreach (Option o in new Option[] { self._firmware, self._config, self._automation, self._noPlots }) command.Add(o);
        command.SetAction(self.Execute);
        return command;
    }

    private int Execute(ParseResult r)
    {
        (Inputs.InputSource source, AudioClip? file) = CommonOptions.OpenInput(r.GetValue(_in)!);
        int rate = CommonOptions.ResolveRate(r, _rate, file);
        int frames = CommonOptions.ResolveFrames(r.GetValue(_seconds) ?? source.DefaultSeconds(file), rate);
        ProgramSettings settings = BuildSettings(r, rate);
        string? automationPath = r.GetValue(_automation);
        Automation automation = automationPath == null ? Automation.Empty : Automation.Load(automationPath);
        FirmwareSpec? firmware = r.GetValue(_firmware) is { } fwPath ? CommonOptions.LoadFirmware(fwPath, r.GetValue(_config), false, 0) : null;
        string outPath = r.GetValue(_out)!;
        short[] input = source.Generate(rate, frames, r.GetValue(_seed), file);

        using Engine engine = EngineHost.Open(rate);
        var job = new RenderJob
        {
            Rate = rate,
            Input = input,
            Frames = frames,
            Settings = settings,
            Automation = automation,
            AutomationName = automationPath == null ? "automation" : Path.GetFileName(automationPath),
            Firmware = firmware,
            Log = text => _context.Stderr.Write(text),
        };
        RenderResult result = RunWithProgress(engine, job, (double)frames / rate);
        CommonOptions.WriteWav(outPath, AudioClip.FromStereoInt16(rate, result.Output, frames));

        var report = RenderReport.Build("render", source.ToString(), outPath, settings.Describe(), settings.ToParams(),
            automation.Events.Count, firmware?.Path, input, result, rate, frames);
        ReportWriter.Write(report, input, result, rate, !r.GetValue(_noPlots));
        PrintSummary(report);
        return ReportFirmware(result.Firmware);
    }

    /// <summary>
    /// The default program applies only when no program flag is given; as soon as one is, the others start from
    /// the engine's power-up program (NOP 0000, clock = codec rate), so `--op1 AND --operand1 3000 --sync 1/1`
    /// is exactly that program. Panel defaults (40 % feedback, 50 % mix, limiter on) apply either way.
    /// </summary>
    public ProgramSettings BuildSettings(ParseResult r, int rate)
    {
        ProgramSettings s = _program.AnyProgramFlag(r) ? ProgramSettings.PowerUp(rate) : ProgramSettings.Default(rate);
        ProgramSettings.ApplyPanelDefaults(s);
        _program.ApplyProgram(r, s);
        _program.ApplyPanel(r, s);
        return s;
    }

    private RenderResult RunWithProgress(Engine engine, RenderJob job, double seconds)
    {
        if (!_context.Interactive || seconds <= 2) return Renderer.Run(engine, job);
        return _context.Console.Progress().AutoClear(true).Start(ctx =>
        {
            ProgressTask task = ctx.AddTask($"rendering {seconds:0.#} s", maxValue: 1);
            return Renderer.Run(engine, job, p => task.Value = p);
        });
    }

    private void PrintSummary(RenderReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("").AddColumn("");
        table.ShowHeaders = false;
        table.AddRow("program", Markup.Escape(report.Program));
        table.AddRow("input", Markup.Escape($"{report.Input}, {report.Rate} Hz, {report.Seconds:0.###} s"));
        table.AddRow("output peak", Markup.Escape($"L {Levels.Format(report.OutputLevels.Left.PeakDb)}, R {Levels.Format(report.OutputLevels.Right.PeakDb)}"));
        table.AddRow("output RMS", Markup.Escape($"L {Levels.Format(report.OutputLevels.Left.RmsDb)}, R {Levels.Format(report.OutputLevels.Right.RmsDb)}"));
        table.AddRow("speed", Markup.Escape($"{report.BlockTimeMicros.RealTimeFactor:0.#}x real time"));
        table.AddRow("files", Markup.Escape(string.Join("\n", report.Files.Select(f => Path.GetRelativePath(Environment.CurrentDirectory, f)))));
        _context.Console.Write(table);
    }

    private int ReportFirmware(FirmwareOutcome? outcome)
    {
        if (outcome is { State: FirmwareState.Aborted })
            _context.Stderr.WriteLine($"permut8: the firmware called abort() after {outcome.ErrorTicks} ticks; the rest played with the stock operators");
        if (outcome is not { State: FirmwareState.Stopped }) return ExitCodes.Ok;
        _context.Stderr.WriteLine($"permut8: firmware stopped: {CommonOptions.StopReason(outcome)} after {outcome.ErrorTicks} ticks; the rest played with the stock operators");
        return ExitCodes.FirmwareStopped;
    }
}
