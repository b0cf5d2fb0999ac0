using System.CommandLine;
using Permut8.Cli.Rendering;
using Permut8.Cli.Reports;
using Permut8.Nano.Core;
using Spectre.Console;

namespace Permut8.Cli.Commands;

/// <summary>`permut8 info`: engine version, the host-constant table firmwares resolve against, the memory plans.</summary>
public sealed class InfoCommand
{
    private readonly CliContext _context;

    private InfoCommand(CliContext context) { _context = context; }

    public static Command Create(CliContext context)
    {
        var self = new InfoCommand(context);
        var command = new Command("info", "Show the engine version, the host-constant table and the memory plans with their budgets.");
        command.SetAction(_ => self.Execute());
        return command;
    }

    private int Execute()
    {
        IAnsiConsole console = _context.Console;
        Engine engine = EngineHost.Create();
        console.MarkupLine($"[bold]engine[/] API version {EngineHost.ApiVersion()} (facade expects {EngineLimits.ApiVersion}), library {Markup.Escape(EngineHost.LibraryPath)}");
        console.MarkupLine($"block {EngineLimits.BlockFrames} frames, delay memory {EngineLimits.MemoryFrames} stereo frames of 12-bit samples (±{EngineLimits.SampleMax})");
        console.WriteLine();
        WriteHostConstants(console, engine);
        console.WriteLine();
        WritePlan(console, "default", MemoryPlan.Default);
        WritePlan(console, "seed", MemoryPlan.Seed);
        return ExitCodes.Ok;
    }

    private static void WriteHostConstants(IAnsiConsole console, Engine engine)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("host constants (firmware #NAME)").AddColumn("name").AddColumn(new TableColumn("value").RightAligned());
        try
        {
            int count = engine.HostConstantCount();
            for (int i = 0; i < count; i++)
                table.AddRow(Markup.Escape(engine.HostConstantName(i)), engine.HostConstantValue(i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (EntryPointNotFoundException)
        {
            console.MarkupLine("[yellow]this engine build has no host-constant table yet (p8_host_constant_* missing); the contract's values:[/]");
            foreach ((string name, int value) in ContractConstants()) table.AddRow(Markup.Escape(name), value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        console.Write(table);
    }

    /// <summary>The contract's values as the C# facade mirrors them (permut8_engine.h), used when the engine has no table.</summary>
    public static IEnumerable<(string Name, int Value)> ContractConstants()
    {
        yield return ("PARAM_COUNT", Param.Count);
        yield return ("CLOCK_FREQ_PARAM_INDEX", Param.ClockFreq);
        yield return ("SWITCHES_PARAM_INDEX", Param.Switches);
        yield return ("OPERATOR_1_PARAM_INDEX", Param.Operator1);
        yield return ("OPERAND_1_HIGH_PARAM_INDEX", Param.Operand1High);
        yield return ("OPERAND_1_LOW_PARAM_INDEX", Param.Operand1Low);
        yield return ("OPERATOR_2_PARAM_INDEX", Param.Operator2);
        yield return ("OPERAND_2_HIGH_PARAM_INDEX", Param.Operand2High);
        yield return ("OPERAND_2_LOW_PARAM_INDEX", Param.Operand2Low);
        yield return ("SWITCHES_SYNC_MASK", Switch.Sync);
        yield return ("SWITCHES_TRIPLET_MASK", Switch.Triplet);
        yield return ("SWITCHES_DOTTED_MASK", Switch.Dotted);
        yield return ("SWITCHES_WRITE_PROTECT_MASK", Switch.WriteProtect);
        yield return ("SWITCHES_REVERSE_MASK", Switch.Reverse);
        yield return ("OPERATOR_1_NOP", Operator.Nop);
        yield return ("OPERATOR_1_AND", Operator.And);
        yield return ("OPERATOR_1_MUL", Operator.Mul);
        yield return ("OPERATOR_1_OSC", Operator.Osc);
        yield return ("OPERATOR_1_RND", Operator.Rnd);
        yield return ("OPERATOR_2_NOP", Operator.Nop);
        yield return ("OPERATOR_2_OR", Operator.Or);
        yield return ("OPERATOR_2_XOR", Operator.Xor);
        yield return ("OPERATOR_2_MSK", Operator.Msk);
        yield return ("OPERATOR_2_SUB", Operator.Sub);
    }

    private static void WritePlan(IAnsiConsole console, string name, int plan)
    {
        using Engine engine = EngineHost.Open(48000, plan);
        IReadOnlyList<MemoryRegionReport> regions = Renderer.ReadMemory(engine);
        var table = new Table().Border(TableBorder.Rounded).Title($"memory plan '{name}' (bytes)").AddColumn("region");
        foreach (string c in new[] { "budget", "reserved", "used", "high-water" }) table.AddColumn(new TableColumn(c).RightAligned());
        table.AddColumn("");
        foreach (MemoryRegionReport m in regions)
            table.AddRow(Markup.Escape(m.Region), m.Budget.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                m.Size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), m.Used.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                m.HighWater.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), m.Warning ? "[yellow]> 80 %[/]" : "");
        console.Write(table);
    }
}
