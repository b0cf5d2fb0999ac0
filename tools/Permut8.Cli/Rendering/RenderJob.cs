using Permut8.Cli.Settings;

namespace Permut8.Cli.Rendering;

/// <summary>A firmware to load before rendering (GAZL text and its load arguments).</summary>
public sealed record FirmwareSpec(string Path, string Text, string Config, bool Debug, int Instance);

/// <summary>Everything one pass through the engine needs.</summary>
public sealed class RenderJob
{
    public required int Rate { get; init; }
    public required short[] Input { get; init; }
    public required int Frames { get; init; }
    public required ProgramSettings Settings { get; init; }
    public Automation Automation { get; init; } = Automation.Empty;
    public string AutomationName { get; init; } = "automation";
    public FirmwareSpec? Firmware { get; init; }

    /// <summary>Called after each block with the ticks of that block (firmware-run's per-tick CSVs).</summary>
    public Action<Nano.Core.Engine, long>? AfterBlock { get; init; }

    /// <summary>Firmware trace and runtime messages, as the engine logs them.</summary>
    public Action<string>? Log { get; init; }
}

/// <summary>How a loaded firmware ended the render.</summary>
public sealed record FirmwareOutcome(int State, int ErrorCode, int ErrorLine, int ErrorTicks, string Message);

/// <summary>What a render produced, plus the engine's own account of it.</summary>
public sealed class RenderResult
{
    public required short[] Output { get; init; }
    public required DisplayTrace Display { get; init; }
    public required double[] BlockMicros { get; init; }
    public required IReadOnlyDictionary<string, int> Stats { get; init; }
    public required IReadOnlyList<MemoryRegionReport> Memory { get; init; }
    public required int DamagedGuardRegion { get; init; }
    public required long Ticks { get; init; }
    public FirmwareOutcome? Firmware { get; init; }
}

public sealed record MemoryRegionReport(string Region, int Budget, int Size, int Used, int HighWater, bool Warning);
