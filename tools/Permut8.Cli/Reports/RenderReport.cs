using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Permut8.Cli.Rendering;

namespace Permut8.Cli.Reports;

/// <summary>The summary of one render, written beside the WAV as text (for people) and JSON (for scripts).</summary>
public sealed class RenderReport
{
    public required string Command { get; init; }
    public required string Input { get; init; }
    public required string Output { get; init; }
    public required int Rate { get; init; }
    public required int Frames { get; init; }
    public double Seconds => Math.Round((double)Frames / Rate, 6);
    public required string Program { get; init; }
    public required int[] Params { get; init; }
    public int AutomationEvents { get; init; }
    public string? Firmware { get; init; }
    public required ChannelLevels InputLevels { get; init; }
    public required ChannelLevels OutputLevels { get; init; }
    public required IReadOnlyDictionary<string, int> EngineStats { get; init; }
    public required BlockTime BlockTimeMicros { get; init; }
    public required IReadOnlyList<MemoryRegionReport> Memory { get; init; }
    public required string Guards { get; init; }
    public FirmwareOutcome? FirmwareOutcome { get; init; }
    public required int EngineApiVersion { get; init; }
    public List<string> Files { get; } = new();

    public sealed record ChannelLevels(Levels Left, Levels Right);

    /// <summary>Wall time of Engine.Process per 32-frame block on this machine; RealTimeFactor = audio time / wall time.</summary>
    public sealed record BlockTime(double Min, double Avg, double Max, double RealTimeFactor);

    public static RenderReport Build(string command, string input, string output, string program, int[] parameters,
        int automationEvents, string? firmware, short[] inputAudio, RenderResult result, int rate, int frames)
    {
        double[] us = result.BlockMicros;
        double avg = us.Length == 0 ? 0 : us.Average();
        double blockSeconds = 32.0 / rate;
        return new RenderReport
        {
            Command = command,
            Input = input,
            Output = output,
            Rate = rate,
            Frames = frames,
            Program = program,
            Params = parameters,
            AutomationEvents = automationEvents,
            Firmware = firmware,
            InputLevels = new ChannelLevels(Levels.Of(inputAudio, 0), Levels.Of(inputAudio, 1)),
            OutputLevels = new ChannelLevels(Levels.Of(result.Output, 0), Levels.Of(result.Output, 1)),
            EngineStats = result.Stats,
            BlockTimeMicros = new BlockTime(Math.Round(us.DefaultIfEmpty().Min(), 2), Math.Round(avg, 2),
                Math.Round(us.DefaultIfEmpty().Max(), 2), avg <= 0 ? 0 : Math.Round(blockSeconds * 1e6 / avg, 1)),
            Memory = result.Memory,
            Guards = result.DamagedGuardRegion < 0 ? "intact" : $"damaged: region {result.DamagedGuardRegion}",
            FirmwareOutcome = result.Firmware,
            EngineApiVersion = EngineHost.ApiVersion(),
        };
    }

    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public string ToText()
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine(c, $"permut8 {Command}");
        sb.AppendLine(c, $"input      {Input}");
        sb.AppendLine(c, $"output     {Output}  ({Rate} Hz, {Seconds:0.###} s, {Frames} frames)");
        sb.AppendLine(c, $"program    {Program}");
        if (Firmware != null) sb.AppendLine(c, $"firmware   {Firmware}");
        if (AutomationEvents > 0) sb.AppendLine(c, $"automation {AutomationEvents} events");
        sb.AppendLine(c, $"input  peak L {Levels.Format(InputLevels.Left.PeakDb)}, R {Levels.Format(InputLevels.Right.PeakDb)}; RMS L {Levels.Format(InputLevels.Left.RmsDb)}, R {Levels.Format(InputLevels.Right.RmsDb)}");
        sb.AppendLine(c, $"output peak L {Levels.Format(OutputLevels.Left.PeakDb)}, R {Levels.Format(OutputLevels.Right.PeakDb)}; RMS L {Levels.Format(OutputLevels.Left.RmsDb)}, R {Levels.Format(OutputLevels.Right.RmsDb)}");
        sb.AppendLine(c, $"block time (32 frames, this machine) min {BlockTimeMicros.Min:0.00} us, avg {BlockTimeMicros.Avg:0.00} us, max {BlockTimeMicros.Max:0.00} us; {BlockTimeMicros.RealTimeFactor:0.#}x real time");
        sb.AppendLine("engine stats");
        foreach ((string name, int value) in EngineStats) sb.AppendLine(c, $"  {name,-22} {value}");
        sb.AppendLine(c, $"memory report (guards {Guards})");
        sb.AppendLine(c, $"  {"region",-16} {"budget",10} {"reserved",10} {"used",10} {"high-water",10}");
        foreach (MemoryRegionReport m in Memory)
            sb.AppendLine(c, $"  {m.Region,-16} {m.Budget,10} {m.Size,10} {m.Used,10} {m.HighWater,10}{(m.Warning ? "  WARNING > 80 %" : "")}");
        if (FirmwareOutcome is { } fw)
            sb.AppendLine(c, $"firmware state {fw.State}, error {fw.ErrorCode} at line {fw.ErrorLine} after {fw.ErrorTicks} ticks {fw.Message}");
        sb.AppendLine("files");
        foreach (string f in Files) sb.AppendLine(c, $"  {f}");
        return sb.ToString();
    }
}
