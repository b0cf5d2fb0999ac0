using System.Text.Json;
using Permut8.Cli.Tests.Support;
using Permut8.Nano.Core;

namespace Permut8.Cli.Tests;

[TestClass]
public sealed class RenderTests
{
    private static readonly byte[] s_pngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    [TestMethod]
    public void Render_WritesTheWavAndTheWholeReportBesideIt()
    {
        string dir = Harness.TempDir();
        string wav = Path.Combine(dir, "take.wav");
        CliRun run = Harness.Run("render", "--seconds", "1", "--out", wav);
        Assert.AreEqual(0, run.ExitCode, run.Stderr);
        Assert.AreEqual(48000, Wav.ReadInt16(wav).Length / 2);
        foreach (string plot in new[] { "waveform", "spectrogram", "leds", "heads" })
            CollectionAssert.AreEqual(s_pngSignature, File.ReadAllBytes(Path.Combine(dir, $"take.{plot}.png"))[..4], plot);
        StringAssert.Contains(File.ReadAllText(Path.Combine(dir, "take.summary.txt")), "memory report");
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "take.summary.json")));
        Assert.AreEqual(1500, json.RootElement.GetProperty("engineStats").GetProperty("blocks").GetInt32()); // 48000 / 32
        Assert.AreEqual(0, json.RootElement.GetProperty("engineStats").GetProperty("allocs_after_seal").GetInt32());
        Assert.AreEqual("intact", json.RootElement.GetProperty("guards").GetString());
        Assert.AreEqual(MemoryRegion.Count, json.RootElement.GetProperty("memory").GetArrayLength());
    }

    [TestMethod]
    public void Render_WithoutProgramFlags_PlaysTheDefaultSyncedDelay()
    {
        int[] p = RenderParams();
        Assert.AreEqual(Operator.Nop, p[Param.Operator1]);
        Assert.AreEqual(Operator.Sub, p[Param.Operator2]);
        Assert.AreEqual(0xF8, p[Param.Operand2High]);
        Assert.AreEqual(0xF9, p[Param.Operand2Low]);
        Assert.AreEqual(Switch.Sync, p[Param.Switches]);
        Assert.AreEqual(5, p[Param.SyncDivision]); // 1/4
        Assert.AreEqual(400, p[Param.FeedbackPermille]);
        Assert.AreEqual(500, p[Param.MixPermille]);
    }

    [TestMethod]
    public void Render_WithAProgramFlag_StartsTheRestFromPowerUp()
    {
        int[] p = RenderParams("--op1", "AND", "--operand1", "3000", "--sync", "1/1", "--bpm", "100");
        Assert.AreEqual(Operator.And, p[Param.Operator1]);
        Assert.AreEqual(0x30, p[Param.Operand1High]);
        Assert.AreEqual(Operator.Nop, p[Param.Operator2]);
        Assert.AreEqual(0, p[Param.Operand2High]);
        Assert.AreEqual(3, p[Param.SyncDivision]); // 1/1
        Assert.AreEqual(10000, p[Param.TempoCentiBpm]);
        Assert.AreEqual(400, p[Param.FeedbackPermille]); // panel defaults stay
    }

    [TestMethod]
    public void Render_PanelFlags_ReachTheParams()
    {
        int[] p = RenderParams("--clock", "96k", "--rev", "--write-protect", "--feedback", "75", "--flip", "--invert", "--mix", "30",
            "--in-level", "-3", "--out-level", "2", "--filter", "out", "--filter-freq", "400", "--limiter", "off");
        Assert.AreEqual(96000, p[Param.ClockFreq]);
        Assert.AreEqual(Switch.WriteProtect | Switch.Reverse, p[Param.Switches]);
        Assert.AreEqual(750, p[Param.FeedbackPermille]);
        Assert.AreEqual(1, p[Param.FeedbackFlip]);
        Assert.AreEqual(1, p[Param.FeedbackInvert]);
        Assert.AreEqual(300, p[Param.MixPermille]);
        Assert.AreEqual(-300, p[Param.InputLevelCentiDb]);
        Assert.AreEqual(200, p[Param.OutputLevelCentiDb]);
        Assert.AreEqual(FilterPlacement.Output, p[Param.FilterPlacement]);
        Assert.AreEqual(400, p[Param.FilterFreq]);
        Assert.AreEqual(0, p[Param.Limiter]);
    }

    // Spec §4 closed form: E8[i] for i >= 128 is (256 + 16 (i & 15)) << ((i >> 4) - 8), so E8[0xA0] = 256 << 2 = 1024
    // and E8[0x00] = 0. SUB A000 at a clock equal to the codec rate: the left echo is 1024 samples late, the right 0.
    [TestMethod]
    public void Sub_A000_AtCodecRateClock_DelaysLeftBy1024Samples()
    {
        short[] o = RenderImpulse("--op2", "SUB", "--operand2", "A000");
        Assert.AreEqual(1024, FirstNonZero(o, 0));
        Assert.AreEqual(0, FirstNonZero(o, 1));
    }

    [TestMethod]
    public void Automation_AtTimeZero_SetsTheProgramBeforeTheFirstBlock()
    {
        string dir = Harness.TempDir();
        string moves = Path.Combine(dir, "moves.txt");
        File.WriteAllText(moves, "# the Haas program, by automation\n0 op2 SUB\n0 operand2 00A0\n");
        short[] o = RenderImpulse("--automation", moves, "--op1", "NOP");
        Assert.AreEqual(0, FirstNonZero(o, 0));
        Assert.AreEqual(1024, FirstNonZero(o, 1));
    }

    [TestMethod]
    public void Noise_WithTheSameSeed_RendersTheSameBytes()
    {
        string dir = Harness.TempDir();
        string a = Path.Combine(dir, "a.wav"), b = Path.Combine(dir, "b.wav"), c = Path.Combine(dir, "c.wav");
        foreach ((string path, string seed) in new[] { (a, "5"), (b, "5"), (c, "6") })
            Assert.AreEqual(0, Harness.Run("render", "--in", "noise", "--seed", seed, "--seconds", "0.2", "--no-plots", "--out", path).ExitCode);
        CollectionAssert.AreEqual(File.ReadAllBytes(a), File.ReadAllBytes(b));
        CollectionAssert.AreNotEqual(File.ReadAllBytes(a), File.ReadAllBytes(c));
    }

    [TestMethod]
    public void WavInput_PlaysAtItsOwnRateAndLength()
    {
        string dir = Harness.TempDir();
        string input = Path.Combine(dir, "in.wav"), output = Path.Combine(dir, "out.wav");
        Wav.WriteInt16(input, 44100, new short[2 * 4410]);
        Assert.AreEqual(0, Harness.Run("render", "--in", input, "--no-plots", "--out", output).ExitCode);
        Assert.AreEqual(44100, Audio.WavReader.ReadFile(output).SampleRate);
        Assert.AreEqual(4410, Audio.WavReader.ReadFile(output).Frames);
    }

    private static short[] RenderImpulse(params string[] extra)
    {
        string dir = Harness.TempDir("impulse");
        string wav = Path.Combine(dir, "o.wav");
        string[] args = ["render", "--in", "impulse", "--rate", "48000", "--clock", "48000", "--mix", "100", "--feedback", "0",
            "--seconds", "0.1", "--no-plots", "--out", wav, .. extra];
        CliRun run = Harness.Run(args);
        Assert.AreEqual(0, run.ExitCode, run.Stderr);
        return Wav.ReadInt16(wav);
    }

    private static int FirstNonZero(short[] stereo, int channel)
    {
        for (int i = channel; i < stereo.Length; i += 2)
            if (stereo[i] != 0) return i / 2;
        return -1;
    }

    private static int[] RenderParams(params string[] extra)
    {
        string dir = Harness.TempDir("params");
        string wav = Path.Combine(dir, "p.wav");
        string[] args = ["render", "--in", "impulse", "--seconds", "0.01", "--no-plots", "--out", wav, .. extra];
        CliRun run = Harness.Run(args);
        Assert.AreEqual(0, run.ExitCode, run.Stderr);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "p.summary.json")));
        return json.RootElement.GetProperty("params").EnumerateArray().Select(e => e.GetInt32()).ToArray();
    }
}
