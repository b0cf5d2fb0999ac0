using Permut8.Cli.Tests.Support;

namespace Permut8.Cli.Tests;

/// <summary>firmware-run in conformance mode. Skipped (inconclusive) until the engine exports its firmware loader.</summary>
[TestClass]
public sealed class FirmwareRunTests
{
    private static string Firmware(string name) => Path.Combine(Harness.SourceDir(), "Firmwares", name);

    [TestMethod]
    public void PassThrough_ReturnsTheInputWithItsLow4BitsCleared()
    {
        EngineFeatures.RequireFirmwareLoader();
        string dir = Harness.TempDir();
        string input = Path.Combine(dir, "in.wav"), output = Path.Combine(dir, "out.wav");
        var samples = new short[2 * 3000];
        var rng = new Inputs.XorShift32(11);
        for (int i = 0; i < samples.Length; i++) samples[i] = (short)rng.Next();
        Wav.WriteInt16(input, 44100, samples);

        CliRun run = Harness.Run("firmware-run", Firmware("passthrough.gazl"), "--in", input, "--out", output);
        Assert.AreEqual(0, run.ExitCode, run.Stderr);
        // (s >> 4) << 4 clears the low 4 bits; signal[] is 12-bit -2047..2047 (spec 1.2), so -32768 comes back as -32752.
        short[] expected = samples.Select(s => (short)(Math.Max(s >> 4, -2047) << 4)).ToArray();
        CollectionAssert.AreEqual(expected, Wav.ReadInt16(output));
        // One tick per frame; the engine runs whole 32-frame blocks, so 3000 frames are 94 blocks = 3008 ticks.
        StringAssert.StartsWith(run.ErrorLines[^1], "firmware-run: ok, 3008 ticks");
    }

    [TestMethod]
    public void SameFirmwareAndInput_GiveTheSameBytesEveryRun()
    {
        EngineFeatures.RequireFirmwareLoader();
        string dir = Harness.TempDir();
        string a = Path.Combine(dir, "a.wav"), b = Path.Combine(dir, "b.wav");
        string[] args = ["firmware-run", Firmware("passthrough.gazl"), "--in", "noise", "--seed", "3", "--seconds", "0.2", "--op2", "SUB", "--operand2", "8080"];
        CliRun first = Harness.Run([.. args, "--out", a]);
        CliRun second = Harness.Run([.. args, "--out", b]);
        Assert.AreEqual(0, first.ExitCode, first.Stderr);
        Assert.AreEqual(first.Stderr, second.Stderr);
        CollectionAssert.AreEqual(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [TestMethod]
    public void FirmwareThatDoesNotAssemble_ExitsTwoNamingTheLine()
    {
        EngineFeatures.RequireFirmwareLoader();
        CliRun run = Harness.Run("firmware-run", Firmware("broken.gazl"), "--in", "impulse", "--out", Path.Combine(Harness.TempDir(), "o.wav"));
        Assert.AreEqual(ExitCodes.UserError, run.ExitCode, run.Stderr);
        Assert.HasCount(1, run.ErrorLines, run.Stderr);
        StringAssert.Contains(run.Stderr, "load error, 0 ticks");
        StringAssert.Contains(run.Stderr, "line 4");
    }

    [TestMethod]
    public void RuntimeError_ExitsThreeKeepsTheAudioAndSummarizesOnTheLastLine()
    {
        EngineFeatures.RequireFirmwareLoader();
        string output = Path.Combine(Harness.TempDir(), "o.wav");
        CliRun run = Harness.Run("firmware-run", Firmware("divide-by-zero.gazl"), "--in", "noise", "--seconds", "0.05", "--out", output);
        Assert.AreEqual(ExitCodes.FirmwareStopped, run.ExitCode, run.Stderr);
        StringAssert.StartsWith(run.ErrorLines[^1], "firmware-run: runtime error, 2400 ticks, division by zero");
        StringAssert.Contains(run.ErrorLines[^1], "after 99 ticks"); // the 100th process() call divides
        Assert.AreEqual(2400, Audio.WavReader.ReadFile(output).Frames);
    }

    [TestMethod]
    public void Abort_CountsAsOk()
    {
        EngineFeatures.RequireFirmwareLoader();
        CliRun run = Harness.Run("firmware-run", Firmware("abort.gazl"), "--in", "impulse", "--seconds", "0.01", "--out", Path.Combine(Harness.TempDir(), "o.wav"));
        Assert.AreEqual(0, run.ExitCode, run.Stderr);
        StringAssert.StartsWith(run.ErrorLines[^1], "firmware-run: ok, 480 ticks, abort() after 49 ticks");
    }

    [TestMethod]
    public void Render_WithAFirmware_PlaysItAndReportsIt()
    {
        EngineFeatures.RequireFirmwareLoader();
        string dir = Harness.TempDir();
        CliRun run = Harness.Run("render", "--in", "impulse", "--seconds", "0.05", "--firmware", Firmware("divide-by-zero.gazl"), "--no-plots",
            "--out", Path.Combine(dir, "fw.wav"));
        Assert.AreEqual(ExitCodes.FirmwareStopped, run.ExitCode, run.Stderr);
        StringAssert.Contains(run.ErrorLines[^1], "firmware stopped: division by zero");
        StringAssert.Contains(File.ReadAllText(Path.Combine(dir, "fw.summary.txt")), "firmware");
    }

    [TestMethod]
    public void LedsAndPositionsCsv_HaveOneRowPerTickWithSlot1AndSlot2Positions()
    {
        EngineFeatures.RequireFirmwareLoader();
        string dir = Harness.TempDir();
        string leds = Path.Combine(dir, "leds.csv"), positions = Path.Combine(dir, "positions.csv");
        CliRun run = Harness.Run("firmware-run", Firmware("shift-left.gazl"), "--in", "impulse", "--rate", "48000",
            "--seconds", "0.01", "--op2", "SUB", "--operand2", "A000", "--leds", leds, "--positions", positions,
            "--out", Path.Combine(dir, "o.wav"));
        Assert.AreEqual(0, run.ExitCode, run.Stderr);
        string[] ledRows = File.ReadAllLines(leds), posRows = File.ReadAllLines(positions);
        Assert.AreEqual("tick,led0,led1,led2,led3", ledRows[0]);
        Assert.AreEqual("tick,l1,r1,l2,r2", posRows[0]);
        Assert.AreEqual(480 + 1, ledRows.Length); // 0.01 s at 48 kHz = 480 ticks = 15 whole blocks
        for (int t = 0; t < 480; t++)
        {
            // slot 1 (firmware): left = clock<<4 - 0x1000; slot 2 (stock SUB A000): left -= E8[0xA0] = 1024 frames
            int l1 = ((t << 4) - 0x1000) & 0xFFFFF, r1 = t << 4;
            int l2 = (l1 - (1024 << 4)) & 0xFFFFF, r2 = r1;
            Assert.AreEqual($"{t},{l1},{r1},{l2},{r2}", posRows[t + 1]);
            Assert.AreEqual($"{t},240,0,0,0", ledRows[t + 1]);
        }
    }
}
