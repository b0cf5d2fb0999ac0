using System.Runtime.CompilerServices;

[assembly: Microsoft.VisualStudio.TestTools.UnitTesting.DoNotParallelize]

namespace Permut8.Cli.Tests.Support;

/// <summary>The outcome of one in-process CLI run.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the CLI in-process (non-interactive) and gives each test its own scratch folder.</summary>
public static class Harness
{
    public static CliRun Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr, interactive: false);
        return new CliRun(code, stdout.ToString(), stderr.ToString().Replace("\r\n", "\n"));
    }

    public static string TempDir([CallerMemberName] string name = "")
    {
        string dir = Path.Combine(Path.GetTempPath(), "permut8-cli-tests", name + "-" + Environment.ProcessId);
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>This test project's source folder (goldens live there, not in bin/).</summary>
    public static string SourceDir() => Path.GetDirectoryName(Path.GetDirectoryName(ThisFile())!)!;

    private static string ThisFile([CallerFilePath] string file = "") => file;
}
