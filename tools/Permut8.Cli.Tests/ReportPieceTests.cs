using Permut8.Cli.Firmware;
using Permut8.Cli.Reports;
using Permut8.Cli.Rendering;
using Permut8.Nano.Core;

namespace Permut8.Cli.Tests;

[TestClass]
public sealed class ReportPieceTests
{
    [TestMethod]
    public void TickCsv_WritesHeadersAndMasksLedsTo8BitsAndPositionsTo20Bits()
    {
        var leds = new StringWriter { NewLine = "\n" };
        var positions = new StringWriter { NewLine = "\n" };
        using (var csv = new TickCsvWriter(leds, positions))
        {
            csv.Write(new TickRecord(0, 0x180, 0x0F, 0, 255, 0x1FFFFF, 0x10, -16, 0x12345));
            csv.Write(new TickRecord(1, 1, 2, 3, 4, 5, 6, 7, 8));
        }
        Assert.AreEqual("tick,led0,led1,led2,led3\n0,128,15,0,255\n1,1,2,3,4\n", leds.ToString());
        Assert.AreEqual("tick,l1,r1,l2,r2\n0,1048575,16,1048560,74565\n1,5,6,7,8\n", positions.ToString());
    }

    [TestMethod]
    public void LedImage_LightsTheLedOfEachHead()
    {
        var trace = new DisplayTrace(48000);
        var fields = new int[DisplayField.Count];
        fields[DisplayField.Led0] = 0x80;                // leftmost LED of operator 1's high byte
        fields[DisplayField.Led3] = 0x01;                // rightmost LED of operator 2's low byte
        fields[DisplayField.WriteFrame] = 5 * 2048 + 7;  // 2048 frames per LED → LED 5
        fields[DisplayField.ReadLeft] = 31 << 15;        // 16.4 position: 32768 per LED → LED 31
        fields[DisplayField.ReadRight] = 3 << 15;
        trace.Add(fields);
        byte[,,] px = LedImage.Build(trace, 1);
        bool Lit(int row) => px[row, 0, 0] > 100 || px[row, 0, 1] > 100;
        int[] lit = Enumerable.Range(0, LedImage.Height).Where(Lit).ToArray();
        CollectionAssert.AreEqual(new[]
        {
            LedImage.Op1Top, LedImage.Op2Top + 15, LedImage.WriteTop + 5, LedImage.ReadTop + 3, LedImage.ReadTop + 31,
        }, lit);
    }

    [TestMethod]
    public void Levels_FullScaleSquareIsZeroDbPeakAndRms()
    {
        short[] stereo = [-32768, 0, -32768, 0];
        Levels l = Levels.Of(stereo, 0);
        Assert.AreEqual(0.0, l.PeakDb);
        Assert.AreEqual(0.0, l.RmsDb);
        Assert.IsNull(Levels.Of(stereo, 1).PeakDb); // silence
    }

    [TestMethod]
    public void Spectrogram_PeaksAtTheSineFrequency()
    {
        const int rate = 48000;
        var stereo = new short[2 * 8192];
        for (int i = 0; i < 8192; i++) stereo[2 * i] = stereo[2 * i + 1] = (short)(16384 * Math.Sin(2 * Math.PI * 3000.0 * i / rate));
        double[,] db = Spectrogram.Compute(stereo, 4);
        int best = Enumerable.Range(0, db.GetLength(0)).MaxBy(k => db[k, 1]);
        Assert.AreEqual(3000.0 * Spectrogram.FftSize / rate, best, 1.0); // bin 64
        Assert.AreEqual(-6.0, db[best, 1], 1.5);                         // half scale ≈ -6 dBFS
    }
}
