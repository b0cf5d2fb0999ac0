using Spectre.Console;

namespace Permut8.Cli;

/// <summary>Where a command writes: the console for results (Spectre: tables, progress) and the error stream.</summary>
public sealed class CliContext
{
    public CliContext(TextWriter stdout, TextWriter stderr, bool interactive)
    {
        Stdout = stdout;
        Stderr = stderr;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        Interactive = interactive;
    }

    public TextWriter Stdout { get; }
    public TextWriter Stderr { get; }
    public IAnsiConsole Console { get; }

    /// <summary>True on a real terminal: progress bars and colours; false when redirected or under test.</summary>
    public bool Interactive { get; }
}
