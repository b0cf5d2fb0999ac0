using System.CommandLine;
using Permut8.Cli.Commands;
using Permut8.Cli.Rendering;

namespace Permut8.Cli;

/// <summary>
/// Parses, runs one command and turns every failure into an exit code and one line on stderr: user errors
/// (bad flags, files, WAVs, firmwares that do not load) exit 2, anything else is an internal error and exits 1.
/// Set P8_CLI_STACK=1 to also print the stack trace of an internal error.
/// </summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive)
    {
        var context = new CliContext(stdout, stderr, interactive);
        RootCommand root = BuildRoot(context);
        try
        {
            ParseResult parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                string command = parsed.CommandResult.Command == root ? "permut8" : "permut8 " + parsed.CommandResult.Command.Name;
                // Name the offending token when there is one ("Unrecognized command or argument 'rendr'") rather
                // than the generic "Required command was not provided" that comes with it.
                string message = parsed.Errors.Select(e => e.Message).OrderBy(m => m.Contains('\'') ? 0 : 1).First();
                stderr.WriteLine($"permut8: {message} (see '{command} --help')");
                return ExitCodes.UserError;
            }
            return parsed.Invoke(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = stdout,
                Error = stderr,
            });
        }
        catch (UserException e)
        {
            stderr.WriteLine($"permut8: {e.Message}");
            return ExitCodes.UserError;
        }
        catch (EntryPointNotFoundException e)
        {
            stderr.WriteLine($"permut8: internal error: this engine build lacks a function the CLI needs ({e.Message}); " +
                             "rebuild it (cmake --build build/engine) or wait until that engine feature has landed");
            return ExitCodes.Internal;
        }
        catch (Firmware.EngineFeatureMissingException e)
        {
            stderr.WriteLine($"permut8: not available yet: {e.Message}");
            return ExitCodes.Internal;
        }
        catch (Exception e)
        {
            string what = e is EngineMissingException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            stderr.WriteLine($"permut8: internal error: {what}");
            if (Environment.GetEnvironmentVariable("P8_CLI_STACK") == "1") stderr.WriteLine(e);
            return ExitCodes.Internal;
        }
    }

    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("permut8 — the Permut8.Nano simulator: the pedal's engine on a desktop.");
        root.Add(RenderCommand.Create(context));
        root.Add(FirmwareRunCommand.Create(context));
        root.Add(InfoCommand.Create(context));
        return root;
    }
}
