using Permut8.Cli.Rendering;
using Permut8.Nano.Core;
using ScottPlot;

namespace Permut8.Cli.Reports;

/// <summary>The report's PNG pictures (ScottPlot, rendered off-screen).</summary>
public static class Plots
{
    private const int Width = 1400;

    /// <summary>Input and output, left and right, against time.</summary>
    public static void Waveforms(string path, short[] input, short[] output, int rate)
    {
        var multi = new Multiplot();
        multi.AddPlots(2);
        AddWaveform(multi.GetPlot(0), input, rate, "Input");
        AddWaveform(multi.GetPlot(1), output, rate, "Output");
        multi.SavePng(path, Width, 700);
    }

    private static void AddWaveform(Plot plot, short[] stereo, int rate, string title)
    {
        for (int ch = 0; ch < 2; ch++)
        {
            var ys = new double[stereo.Length / 2];
            for (int i = 0; i < ys.Length; i++) ys[i] = stereo[2 * i + ch] / 32768.0;
            var sig = plot.Add.Signal(ys, 1.0 / rate, ch == 0 ? Colors.SteelBlue : Colors.OrangeRed.WithAlpha(0.7));
            sig.LegendText = ch == 0 ? "left" : "right";
        }
        plot.Title(title);
        plot.XLabel("seconds");
        plot.YLabel("amplitude (full scale = 1)");
        plot.Axes.SetLimitsY(-1.05, 1.05);
        plot.Axes.SetLimitsX(0, Math.Max(1.0 / rate, (double)(stereo.Length / 2) / rate));
        plot.ShowLegend(Alignment.UpperRight);
    }

    public static void OutputSpectrogram(string path, short[] output, int rate)
    {
        double[,] db = Spectrogram.Compute(output, 800);
        var plot = new Plot();
        var map = plot.Add.Heatmap(db);
        map.Colormap = new ScottPlot.Colormaps.Inferno();
        double seconds = (double)(output.Length / 2) / rate;
        map.Extent = new CoordinateRect(0, Math.Max(seconds, 1e-3), 0, rate / 2000.0);
        map.FlipVertically = true; // row 0 = DC at the bottom
        map.ManualRange = new ScottPlot.Range(-100, 0);
        var bar = plot.Add.ColorBar(map);
        bar.Label = "dBFS";
        plot.Title("Output spectrogram (L+R)");
        plot.XLabel("seconds");
        plot.YLabel("kHz");
        plot.Axes.SetLimits(0, Math.Max(seconds, 1e-3), 0, rate / 2000.0);
        plot.SavePng(path, Width, 600);
    }

    public static void LedRows(string path, DisplayTrace trace)
    {
        int columns = Math.Min(trace.Blocks, 1200);
        byte[,,] pixels = LedImage.Build(trace, columns);
        var plot = new Plot();
        double seconds = trace.Blocks == 0 ? 1 : trace.TimeOf(trace.Blocks - 1);
        var image = plot.Add.ImageRect(new Image(pixels), new CoordinateRect(0, seconds, 0, LedImage.Height));
        image.AntiAlias = false;
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        ticks.AddMajor(LedImage.Height - LedImage.Op1Top - LedImage.OperatorLeds / 2.0, "operator 1");
        ticks.AddMajor(LedImage.Height - LedImage.Op2Top - LedImage.OperatorLeds / 2.0, "operator 2");
        ticks.AddMajor(LedImage.Height - LedImage.WriteTop - LedImage.MemoryLeds / 2.0, "write (red)");
        ticks.AddMajor(LedImage.Height - LedImage.ReadTop - LedImage.MemoryLeds / 2.0, "read (green)");
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.SetLimits(0, seconds, 0, LedImage.Height);
        plot.Title("LED rows over time (operator LEDs, memory write row, memory read row)");
        plot.XLabel("seconds");
        plot.SavePng(path, Width, 560);
    }

    /// <summary>Write head and both read heads, in frames of delay memory (0..65535), against time.</summary>
    public static void HeadPositions(string path, DisplayTrace trace)
    {
        int n = trace.Blocks;
        int step = Math.Max(1, n / 4000);
        int count = (n + step - 1) / step;
        var xs = new double[count];
        var write = new double[count];
        var left = new double[count];
        var right = new double[count];
        for (int i = 0, b = 0; b < n; i++, b += step)
        {
            xs[i] = trace.TimeOf(b);
            write[i] = trace.Get(b, DisplayField.WriteFrame) & EngineLimits.MemoryFrames - 1;
            left[i] = (trace.Get(b, DisplayField.ReadLeft) & 0xFFFFF) / 16.0;
            right[i] = (trace.Get(b, DisplayField.ReadRight) & 0xFFFFF) / 16.0;
        }
        var plot = new Plot();
        AddPoints(plot, xs, write, Colors.Red, "write head");
        AddPoints(plot, xs, left, Colors.Green, "read left");
        AddPoints(plot, xs, right, Colors.DodgerBlue, "read right");
        plot.Title("Head positions in delay memory");
        plot.XLabel("seconds");
        plot.YLabel("frame (0..65535)");
        plot.Axes.SetLimits(0, n == 0 ? 1 : trace.TimeOf(n - 1), 0, EngineLimits.MemoryFrames);
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, Width, 600);
    }

    private static void AddPoints(Plot plot, double[] xs, double[] ys, Color color, string label)
    {
        var s = plot.Add.ScatterPoints(xs, ys, color);
        s.MarkerSize = 2.5f;
        s.LegendText = label;
    }
}
