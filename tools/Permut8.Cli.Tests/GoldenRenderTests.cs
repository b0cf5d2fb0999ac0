using System.Security.Cryptography;
using Permut8.Cli.Tests.Support;

namespace Permut8.Cli.Tests;

/// <summary>
/// A render whose output is pinned by its SHA-256. When the engine's sound changes on purpose, update the golden:
///   UPDATE_GOLDEN=1 dotnet test tools/Permut8.Cli.Tests --filter GoldenRenderTests
/// then listen to / look at the new render and commit Golden/render-noise.sha256 with the change that caused it.
/// </summary>
[TestClass]
public sealed class GoldenRenderTests
{
    private static readonly string[] s_args =
    [
        "render", "--in", "noise", "--seed", "7", "--rate", "48000", "--seconds", "0.5",
        "--op1", "MUL", "--operand1", "0180", "--op2", "SUB", "--operand2", "9CA0", "--clock", "44100",
        "--feedback", "60", "--mix", "70", "--filter", "fb", "--filter-freq", "-300", "--limiter", "on", "--no-plots",
    ];

    [TestMethod]
    public void NoiseThroughAFixedProgram_MatchesTheGoldenHash()
    {
        string dir = Harness.TempDir();
        string wav = Path.Combine(dir, "golden.wav");
        CliRun run = Harness.Run([.. s_args, "--out", wav]);
        Assert.AreEqual(0, run.ExitCode, run.Stderr);
        string actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(wav)));

        string goldenPath = Path.Combine(Harness.SourceDir(), "Golden", "render-noise.sha256");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, $"{actual}  permut8 {string.Join(' ', s_args)}\n");
            return;
        }
        Assert.IsTrue(File.Exists(goldenPath), $"no golden yet: run with UPDATE_GOLDEN=1 to create {goldenPath}");
        string expected = File.ReadAllText(goldenPath).Split(' ')[0].Trim();
        Assert.AreEqual(expected, actual,
            "the render changed; if that is intended, run UPDATE_GOLDEN=1 dotnet test tools/Permut8.Cli.Tests --filter GoldenRenderTests");
    }
}
