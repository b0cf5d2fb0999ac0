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
/// The engine's per-tick trace. The engine API (version 1) has no per-tick read-out yet: the display is published
/// once per block and holds only the final positions. Proposed addition (smallest that serves --leds and
/// --positions): a control P8_CTRL_TICK_TRACE (0/1, conformance mode only) and
/// `int32_t p8_read_trace(handle, int32_t *out, capacity)` returning P8_TRACE_FIELDS ints per tick of the last
/// block (led0..3, l1, r1, l2, r2); 32 rows x 8 ints live in the display region.
/// </summary>
public sealed class EngineTickTrace : ITickTraceSource
{
    public bool IsAvailable => false;

    public string UnavailableReason =>
        "the engine does not offer per-tick LEDs and read positions yet (engine API " + EngineLimits.ApiVersion +
        " publishes the display once per 32-frame block); --leds and --positions will work once it does";

    public void Enable(Engine engine) => throw new NotSupportedException(UnavailableReason);

    public void ReadBlock(Engine engine, long firstTick, List<TickRecord> into) => throw new NotSupportedException(UnavailableReason);
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
