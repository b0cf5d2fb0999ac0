using System.Diagnostics;
using Permut8.Nano.Core;

namespace Permut8.Cli.Rendering;

/// <summary>
/// The render loop: whole 32-frame blocks through Engine.Process, one block per call so that automation is applied
/// at block boundaries (the engine picks up a published params set there too), the display is sampled after every
/// block, and each block's wall time is measured.
/// </summary>
public static class Renderer
{
    public static readonly string[] StatNames =
    [
        "allocs_after_seal", "blocks", "ticks", "pool_in_use", "pool_leaks", "ring_dropped", "underruns",
        "block_cycles_min", "block_cycles_avg", "block_cycles_max", "vm_instr_min", "vm_instr_avg", "vm_instr_max",
        "vm_stack_high_water", "param_sets",
    ];

    public static RenderResult Run(Engine engine, RenderJob job, Action<double>? progress = null)
    {
        const int B = EngineLimits.BlockFrames;
        int blocks = (job.Frames + B - 1) / B;
        var output = new short[blocks * B * 2];
        var inBlock = new short[B * 2];
        var outBlock = new short[B * 2];
        var display = new int[DisplayField.Count];
        var trace = new DisplayTrace(job.Rate);
        var micros = new double[blocks];
        var settings = job.Settings.Clone();
        job.Automation.Rewind();

        job.Automation.ApplyDue(0, settings, job.AutomationName);
        Check(engine.SetParams(settings.ToParams()), "publishing the params");
        if (job.Firmware is { } fw) Load(engine, fw);
        engine.ResetStats();
        int startTicks = engine.GetStat(EngineStat.Ticks);
        long ticks = 0;
        FirmwareOutcome? outcome = null;

        for (int b = 0; b < blocks; b++)
        {
            double t = (double)b * B / job.Rate;
            if (b > 0 && job.Automation.ApplyDue(t, settings, job.AutomationName))
                Check(engine.SetParams(settings.ToParams()), "publishing the params");
            int from = b * B * 2;
            int n = Math.Clamp(job.Input.Length - from, 0, inBlock.Length);
            Array.Clear(inBlock);
            Array.Copy(job.Input, from, inBlock, 0, n);

            long t0 = Stopwatch.GetTimestamp();
            Check(engine.Process(inBlock, outBlock, B), "processing a block");
            micros[b] = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;

            Array.Copy(outBlock, 0, output, from, outBlock.Length);
            engine.ReadDisplay(display);
            trace.Add(display);
            ticks = (engine.GetStat(EngineStat.Ticks) - startTicks) & int.MaxValue;
            job.AfterBlock?.Invoke(engine, ticks);
            if (job.Firmware != null)
            {
                DrainLog(engine, job.Log);
                outcome ??= CheckFirmware(engine);
            }
            if ((b & 255) == 0) progress?.Invoke((double)b / blocks);
        }
        progress?.Invoke(1);
        if (job.Firmware != null) DrainLog(engine, job.Log);

        Array.Resize(ref output, job.Frames * 2);
        return new RenderResult
        {
            Output = output,
            Display = trace,
            BlockMicros = micros,
            Stats = ReadStats(engine),
            Memory = ReadMemory(engine),
            DamagedGuardRegion = engine.CheckGuards(),
            Ticks = ticks,
            Firmware = job.Firmware == null ? null : outcome ?? FinalState(engine),
        };
    }

    private static void Load(Engine engine, FirmwareSpec fw)
    {
        int status = engine.LoadFirmware(fw.Text, fw.Config, fw.Debug, fw.Instance);
        if (status == EngineStatus.Load)
        {
            string message = engine.FirmwareMessage();
            throw new UserException($"{fw.Path}: firmware failed to load: {(message.Length > 0 ? message : "no reason given")}");
        }
        Check(status, "loading the firmware");
    }

    /// <summary>The first time the firmware leaves RUNNING: a runtime error or abort(), with where and when.</summary>
    private static FirmwareOutcome? CheckFirmware(Engine engine)
    {
        int state = engine.FirmwareState();
        return state is FirmwareState.Stopped or FirmwareState.Aborted ? FinalState(engine) : null;
    }

    private static FirmwareOutcome FinalState(Engine engine)
    {
        int state = engine.FirmwareState();
        var error = new int[3];
        engine.ReadFirmwareError(error);
        string message = state is FirmwareState.Stopped or FirmwareState.Aborted ? engine.FirmwareMessage() : string.Empty;
        return new FirmwareOutcome(state, error[0], error[1], error[2], message);
    }

    private static void DrainLog(Engine engine, Action<string>? log)
    {
        for (string text = engine.ReadLog(); text.Length > 0; text = engine.ReadLog()) log?.Invoke(text);
    }

    public static IReadOnlyDictionary<string, int> ReadStats(Engine engine)
    {
        var stats = new Dictionary<string, int>();
        for (int i = 0; i < EngineStat.Count; i++) stats[StatNames[i]] = engine.GetStat(i);
        return stats;
    }

    public static IReadOnlyList<MemoryRegionReport> ReadMemory(Engine engine)
    {
        var report = new int[MemoryRegion.Count * MemoryRegion.ReportFields];
        Check(engine.ReadMemoryReport(report), "reading the memory report");
        var regions = new List<MemoryRegionReport>();
        for (int r = 0; r < MemoryRegion.Count; r++)
        {
            int o = r * MemoryRegion.ReportFields;
            regions.Add(new MemoryRegionReport(engine.RegionName(r), report[o + MemoryRegion.ReportBudget],
                report[o + MemoryRegion.ReportSize], report[o + MemoryRegion.ReportUsed],
                report[o + MemoryRegion.ReportHighWater], report[o + MemoryRegion.ReportWarning] != 0));
        }
        return regions;
    }

    private static void Check(int status, string what)
    {
        if (status < 0) throw new InvalidOperationException($"engine refused {what}: {EngineStatus.Describe(status)}");
    }
}
