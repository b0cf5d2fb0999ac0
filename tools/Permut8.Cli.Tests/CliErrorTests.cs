using Permut8.Cli.Commands;
using Permut8.Cli.Firmware;
using Permut8.Cli.Tests.Support;
using Permut8.Nano.Core;

namespace Permut8.Cli.Tests;

/// <summary>Every user error exits 2 with one line naming the problem and no stack trace; internal errors exit 1.</summary>
[TestClass]
public sealed class CliErrorTests
{
    private static void AssertUserError(CliRun run, string expected)
    {
        Assert.AreEqual(ExitCodes.UserError, run.ExitCode, run.Stderr);
        Assert.HasCount(1, run.ErrorLines, run.Stderr);
        StringAssert.StartsWith(run.ErrorLines[0], "permut8: ");
        StringAssert.Contains(run.Stderr, expected);
        Assert.DoesNotContain("   at ", run.Stderr, "no stack trace");
    }

    [TestMethod]
    public void UnknownFlag() => AssertUserError(Harness.Run("render", "--bogus"), "--bogus");

    [TestMethod]
    public void UnknownCommand() => AssertUserError(Harness.Run("rendr"), "rendr");

    [TestMethod]
    public void NoCommand() => AssertUserError(Harness.Run(), "permut8 --help");

    [TestMethod]
    public void OperandNotHex() => AssertUserError(Harness.Run("render", "--op1", "AND", "--operand1", "XYZ"), "--operand1 XYZ: not a hex operand");

    [TestMethod]
    public void OperatorInTheWrongSlot() => AssertUserError(Harness.Run("render", "--op1", "SUB"), "slot-2 operator");

    [TestMethod]
    public void ClockAndSyncTogether() => AssertUserError(Harness.Run("render", "--clock", "48000", "--sync", "1/4"), "exclude each other");

    [TestMethod]
    public void BadSyncDivision() => AssertUserError(Harness.Run("render", "--sync", "1/5"), "not a sync division");

    [TestMethod]
    public void RateNotANumber() => AssertUserError(Harness.Run("render", "--rate", "fast"), "fast");

    [TestMethod]
    public void RateOutOfRange() => AssertUserError(Harness.Run("render", "--in", "impulse", "--rate", "1000"), "8000..192000");

    [TestMethod]
    public void SecondsOutOfRange() => AssertUserError(Harness.Run("render", "--in", "impulse", "--seconds", "0"), "--seconds");

    [TestMethod]
    public void MissingInputFile() => AssertUserError(Harness.Run("render", "--in", "/nonexistent/riff.wav"), "no such file");

    [TestMethod]
    public void BadSineSpec() => AssertUserError(Harness.Run("render", "--in", "sine:loud"), "sine:HZ");

    [TestMethod]
    public void TruncatedWav()
    {
        string dir = Harness.TempDir();
        string path = Path.Combine(dir, "cut.wav");
        Wav.WriteInt16(path, 48000, new short[200]);
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^50]);
        AssertUserError(Harness.Run("render", "--in", path, "--out", Path.Combine(dir, "o.wav")), "bad WAV file: truncated");
    }

    [TestMethod]
    public void UnsupportedWavFormat()
    {
        string dir = Harness.TempDir();
        string path = Path.Combine(dir, "eight-bit.wav");
        Wav.WriteInt16(path, 48000, new short[20]);
        byte[] b = File.ReadAllBytes(path);
        b[34] = 8; // bits per sample 8: the sizes no longer agree either, the format is refused first
        File.WriteAllBytes(path, b);
        AssertUserError(Harness.Run("render", "--in", path), "unsupported format");
    }

    [TestMethod]
    public void WavRateDiffersFromExplicitRate()
    {
        string dir = Harness.TempDir();
        string path = Path.Combine(dir, "in.wav");
        Wav.WriteInt16(path, 44100, new short[64]);
        AssertUserError(Harness.Run("render", "--in", path, "--rate", "48000", "--out", Path.Combine(dir, "o.wav")), "is not resampled");
    }

    [TestMethod]
    public void MissingFirmwareFile() => AssertUserError(Harness.Run("render", "--firmware", "/nonexistent/fw.gazl"), "firmware file not found");

    [TestMethod]
    public void MissingAutomationFile() => AssertUserError(Harness.Run("render", "--automation", "/nonexistent/a.txt"), "file not found");

    [TestMethod]
    public void BadAutomationLine()
    {
        string dir = Harness.TempDir();
        string path = Path.Combine(dir, "moves.txt");
        File.WriteAllText(path, "0 feedback 10\n1 operand2 nothex\n");
        AssertUserError(Harness.Run("render", "--automation", path), "moves.txt line 2");
    }

    [TestMethod]
    public void FirmwareRunWithoutInput() => AssertUserError(Harness.Run("firmware-run", "x.gazl"), "--in");

    [TestMethod]
    public void FirmwareRunWithDemoInput()
    {
        string fw = Path.Combine(Harness.SourceDir(), "Firmwares", "passthrough.gazl");
        AssertUserError(Harness.Run("firmware-run", fw, "--in", "demo"), "firmware-run takes a WAV file");
    }

    [TestMethod]
    public void FirmwareRunMissingFirmware() => AssertUserError(Harness.Run("firmware-run", "/nonexistent/fw.gazl", "--in", "impulse"), "firmware file not found");

    [TestMethod]
    public void MissingEngineFeature_IsAnInternalErrorExitingOne()
    {
        Func<ITickTraceSource> saved = FirmwareRunCommand.TraceSourceFactory;
        FirmwareRunCommand.TraceSourceFactory = () => new UnavailableTrace();
        try
        {
            string fw = Path.Combine(Harness.SourceDir(), "Firmwares", "passthrough.gazl");
            CliRun run = Harness.Run("firmware-run", fw, "--in", "impulse", "--leds", Path.Combine(Harness.TempDir(), "leds.csv"));
            Assert.AreEqual(ExitCodes.Internal, run.ExitCode, run.Stderr);
            Assert.HasCount(1, run.ErrorLines, run.Stderr);
            StringAssert.Contains(run.Stderr, "--leds");
            StringAssert.Contains(run.Stderr, "per-tick");
        }
        finally
        {
            FirmwareRunCommand.TraceSourceFactory = saved;
        }
    }

    [TestMethod]
    public void Help_ExitsZeroAndListsTheCommands()
    {
        CliRun run = Harness.Run("--help");
        Assert.AreEqual(0, run.ExitCode);
        StringAssert.Contains(run.Stdout, "render");
        StringAssert.Contains(run.Stdout, "firmware-run");
        StringAssert.Contains(run.Stdout, "info");
    }

    [TestMethod]
    public void Info_ShowsVersionHostConstantsAndBothPlans()
    {
        CliRun run = Harness.Run("info");
        Assert.AreEqual(0, run.ExitCode, run.Stderr);
        StringAssert.Contains(run.Stdout, $"API version {EngineLimits.ApiVersion}");
        StringAssert.Contains(run.Stdout, "SWITCHES_SYNC_MASK");
        StringAssert.Contains(run.Stdout, "memory plan 'default'");
        StringAssert.Contains(run.Stdout, "memory plan 'seed'");
        StringAssert.Contains(run.Stdout, "delay memory");
    }

    /// <summary>A trace source that is missing, to pin the exit-1 path for engine features that are absent.</summary>
    private sealed class UnavailableTrace : ITickTraceSource
    {
        public bool IsAvailable => false;
        public string UnavailableReason => "this engine build has no per-tick trace";
        public void Enable(Permut8.Nano.Core.Engine engine) { }
        public void ReadBlock(Permut8.Nano.Core.Engine engine, long firstTick, List<TickRecord> into) { }
    }
}
