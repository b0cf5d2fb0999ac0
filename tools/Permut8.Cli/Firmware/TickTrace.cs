using Permut8.Nano.Core;

namespace Permut8.Cli.Firmware;

/// <summary>
/// One Permut8 clock tick of a firmware run: displayLEDs[0..3] after the tick and the read positions (16.4,
/// 20 bits) after slot 1 (operate1 or the stock operator 1) and after slot 2.
/// </summary>
public readonly record struct TickRecord(long Tick, int Led0, int Led1, int Led2, int Led3, int Left1, int Right1, int Left2, int Right2);

/// <summary>
/// Where per-tick records come from. The CSV writers depend only on this, so they can be wired to the engine as
/// soon as it offers per-tick data (see <see cref="EngineTickTrace"/>).
/// </summary>
public interface ITickTraceSource
{
    bool IsAvailable { get; }

    /// <summary>Why it is not available (shown to the user), empty when it is.</summary>
    string UnavailableReason { get; }

    /// <summary>Turns recording on; called once, before the first block.</summary>
    void Enable(Engine engine);

    /// <summary>Appends the records of the ticks the last processed block ran, in tick order.</summary>
    void ReadBlock(Engine engine, long firstTick, List<TickRecord> into);
}

/// <summary>
/// The engine's per-tick trace (Param.TickTrace, Engine.ReadTickTrace): one row per clock tick of the last
/// processed block, with the LEDs after the tick and the positions after slot 1 and slot 2.
/// </summary>
public sealed class EngineTickTrace : ITickTraceSource
{
    private readonly int[] _rows = new int[TraceField.Count * TraceField.MaxTicks];

    public bool IsAvailable => true;

    public string UnavailableReason => "";

    /// <summary>The trace is switched on through the params set (ProgramSettings.TickTrace); nothing to do here.</summary>
    public void Enable(Engine engine) { }

    public void ReadBlock(Engine engine, long firstTick, List<TickRecord> into)
    {
        int n = engine.ReadTickTrace(_rows);
        if (n < 0) throw new InvalidOperationException("reading the tick trace: " + EngineStatus.Describe(n));
        for (int i = 0; i + TraceField.Count <= n; i += TraceField.Count)
        {
            into.Add(new TickRecord(_rows[i + TraceField.Tick],
                _rows[i + TraceField.Led0], _rows[i + TraceField.Led1], _rows[i + TraceField.Led2], _rows[i + TraceField.Led3],
                _rows[i + TraceField.Pos1Left], _rows[i + TraceField.Pos1Right], _rows[i + TraceField.Pos2Left], _rows[i + TraceField.Pos2Right]));
        }
    }
}

/// <summary>Writes `--leds` (tick,led0,led1,led2,led3; 8-bit masks) and `--positions` (tick,l1,r1,l2,r2; 20-bit).</summary>
public sealed class TickCsvWriter : IDisposable
{
    private readonly TextWriter? _leds;
    private readonly TextWriter? _positions;

    public TickCsvWriter(TextWriter? leds, TextWriter? positions)
    {
        _leds = leds;
        _positions = positions;
        _leds?.WriteLine("tick,led0,led1,led2,led3");
        _positions?.WriteLine("tick,l1,r1,l2,r2");
    }

    public void Write(TickRecord t)
    {
        _leds?.WriteLine($"{t.Tick},{t.Led0 & 0xFF},{t.Led1 & 0xFF},{t.Led2 & 0xFF},{t.Led3 & 0xFF}");
        _positions?.WriteLine($"{t.Tick},{t.Left1 & 0xFFFFF},{t.Right1 & 0xFFFFF},{t.Left2 & 0xFFFFF},{t.Right2 & 0xFFFFF}");
    }

    public void Dispose()
    {
        _leds?.Dispose();
        _positions?.Dispose();
    }
}

/// <summary>An engine feature the CLI needs has not landed yet (exit 1: not the user's fault, nothing to fix).</summary>
public sealed class EngineFeatureMissingException : Exception
{
    public EngineFeatureMissingException(string message) : base(message) { }
}
