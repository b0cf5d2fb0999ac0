using System.CommandLine;
using Permut8.Cli.Audio;
using Permut8.Cli.Firmware;
using Permut8.Cli.Rendering;
using Permut8.Cli.Settings;
using Permut8.Nano.Core;

namespace Permut8.Cli.Commands;

/// <summary>
/// `permut8 firmware-run FILE.gazl`: conformance mode for firmware authors. The analog chain and the resampler
/// are bypassed, one tick per input frame, input >> 4 into signal[] and signal[] << 4 out. Exit 0 ok (abort()
/// included), 2 user or load error, 3 the firmware stopped with a runtime error. The last stderr line is always
/// a one-line summary: "firmware-run: KIND, N ticks, RESULT".
/// </summary>
public sealed class FirmwareRunCommand
{
    private readonly CliContext _context;
    private readonly ProgramOptions _program = new();
    private readonly Argument<string> _file = new("FILE.gazl") { Description = "The firmware: GAZL assembly text" };
    private readonly Option<string> _in = new("--in")
    {
        Description = "Input: a WAV file (the clock runs at its rate), or impulse, sine:HZ, noise",
        HelpName = "FILE.wav|impulse|sine:HZ|noise",
        Required = true,
    };
    private readonly Option<int> _rate = CommonOptions.Rate();
    private readonly Option<double?> _seconds = CommonOptions.Seconds();
    private readonly Option<int> _seed = CommonOptions.Seed();
    private readonly Option<string> _out = CommonOptions.Out("Output WAV: signal[] << 4 as 16-bit stereo", "firmware-run.wav");
    private readonly Option<int> _instance = new("--instance") { Description = "The firmware's `instance` global", HelpName = "N", DefaultValueFactory = _ => 0 };
    private readonly Option<int> _hostPosition = new("--host-position")
    {
        Description = "hostPosition the firmware sees (-1 = transport stopped)",
        HelpName = "N",
        DefaultValueFactory = _ => 0,
    };
    private readonly Option<bool> _debug = new("--debug") { Description = "Host constant DEBUG = 1: trace() prints to stderr, assert() is active" };
    private readonly Option<string?> _config = CommonOptions.Config();
    private readonly Option<string?> _leds = new("--leds") { Description = "Write one row per tick: tick,led0,led1,led2,led3", HelpName = "FILE.csv" };
    private readonly Option<string?> _positions = new("--positions")
    {
        Description = "Write one row per tick: tick,l1,r1,l2,r2 (read positions after slot 1 and slot 2, 16.4)",
        HelpName = "FILE.csv",
    };

    private FirmwareRunCommand(CliContext context) { _context = context; }

    /// <summary>Replaced by tests; the engine's own trace once it offers one.</summary>
    public static Func<ITickTraceSource> TraceSourceFactory { get; set; } = () => new EngineTickTrace();

    public static Command Create(CliContext context)
    {
        var self = new FirmwareRunCommand(context);
        var command = new Command("firmware-run", "Run a custom firmware in conformance mode: the same samples as the plugin, deterministic.");
        command.Add(self._file);
        foreach (Option o in new Option[] { self._in, self._rate, self._seconds, self._seed, self._out }) command.Add(o);
        foreach (Option o in self._program.ProgramFlags) command.Add(o);
        foreach (Option o in new Option[] { self._instance, self._hostPosition, self._debug, self._config, self._leds, self._positions })
            command.Add(o);
        command.SetAction(self.Execute);
        return command;
    }

    private int Execute(ParseResult r)
    {
        string path = r.GetValue(_file)!;
        FirmwareSpec firmware = CommonOptions.LoadFirmware(path, r.GetValue(_config), r.GetValue(_debug), r.GetValue(_instance));
        (Inputs.InputSource source, AudioClip? file) = CommonOptions.OpenInput(r.GetValue(_in)!);
        if (source.Kind == "demo") throw new UserException("--in demo: firmware-run takes a WAV file, impulse, sine:HZ or noise");
        int rate = CommonOptions.ResolveRate(r, _rate, file);
        int frames = CommonOptions.ResolveFrames(r.GetValue(_seconds) ?? source.DefaultSeconds(file), rate);

        ProgramSettings settings = ProgramSettings.PowerUp(rate);
        settings.ClockHz = rate; // one tick per frame unless --clock says otherwise
        _program.ApplyProgram(r, settings);
        settings.Conformance = true;
        settings.HostPosition = r.GetValue(_hostPosition);

        string? ledsPath = r.GetValue(_leds), positionsPath = r.GetValue(_positions);
        ITickTraceSource? trace = null;
        if (ledsPath != null || positionsPath != null)
        {
            trace = TraceSourceFactory();
            if (!trace.IsAvailable)
                throw new EngineFeatureMissingException($"{(ledsPath != null ? "--leds" : "--positions")}: {trace.UnavailableReason}");
            settings.TickTrace = true;
        }

        short[] input = source.Generate(rate, frames, r.GetValue(_seed), file);
        using Engine engine = EngineHost.Open(rate);
        using TickCsvWriter? csv = trace == null ? null : new TickCsvWriter(OpenCsv(ledsPath), OpenCsv(positionsPath));
        var records = new List<TickRecord>();
        long ticksSeen = 0;
        if (trace != null) trace.Enable(engine);
        var job = new RenderJob
        {
            Rate = rate,
            Input = input,
            Frames = frames,
            Settings = settings,
            Firmware = firmware,
            Log = text => _context.Stderr.Write(text),
            AfterBlock = trace == null ? null : (e, ticks) =>
            {
                records.Clear();
                trace.ReadBlock(e, ticksSeen, records);
                foreach (TickRecord t in records) csv!.Write(t);
                ticksSeen = ticks;
            },
        };
        RenderResult result;
        try
        {
            result = Renderer.Run(engine, job);
        }
        catch (UserException e)
        {
            throw new UserException($"firmware-run: load error, 0 ticks, {e.Message}");
        }
        CommonOptions.WriteWav(r.GetValue(_out)!, AudioClip.FromStereoInt16(rate, result.Output, frames));
        return Summarize(result);
    }

    private int Summarize(RenderResult result)
    {
        FirmwareOutcome fw = result.Firmware!;
        TextWriter err = _context.Stderr;
        switch (fw.State)
        {
            case FirmwareState.Stopped:
                err.WriteLine($"firmware-run: runtime error, {result.Ticks} ticks, {CommonOptions.StopReason(fw)} after {fw.ErrorTicks} ticks; the stock operators played on");
                return ExitCodes.FirmwareStopped;
            case FirmwareState.Aborted:
                err.WriteLine($"firmware-run: ok, {result.Ticks} ticks, abort() after {fw.ErrorTicks} ticks; the stock operators played on");
                return ExitCodes.Ok;
            default:
                err.WriteLine($"firmware-run: ok, {result.Ticks} ticks, firmware {CommonOptions.FirmwareStateName(fw.State)}");
                return ExitCodes.Ok;
        }
    }

    private static StreamWriter? OpenCsv(string? path)
    {
        if (path == null) return null;
        try
        {
            string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (dir != null) Directory.CreateDirectory(dir);
            return new StreamWriter(path) { NewLine = "\n" };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserException($"{path}: cannot write: {e.Message}");
        }
    }
}
