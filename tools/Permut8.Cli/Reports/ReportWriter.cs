using Permut8.Cli.Rendering;

namespace Permut8.Cli.Reports;

/// <summary>
/// Writes the report beside the output WAV: for out/render.wav → render.waveform.png, render.spectrogram.png,
/// render.leds.png, render.heads.png, render.summary.txt and render.summary.json.
/// </summary>
public static class ReportWriter
{
    public static string BasePath(string wavPath)
    {
        string full = Path.GetFullPath(wavPath);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", Path.GetFileNameWithoutExtension(full));
    }

    public static void Write(RenderReport report, short[] input, RenderResult result, int rate, bool plots)
    {
        string b = BasePath(report.Output);
        report.Files.Add(Path.GetFullPath(report.Output));
        if (plots)
        {
            Plots.Waveforms(Add(report, b + ".waveform.png"), input, result.Output, rate);
            Plots.OutputSpectrogram(Add(report, b + ".spectrogram.png"), result.Output, rate);
            Plots.LedRows(Add(report, b + ".leds.png"), result.Display);
            Plots.HeadPositions(Add(report, b + ".heads.png"), result.Display);
        }
        string txt = Add(report, b + ".summary.txt");
        string json = Add(report, b + ".summary.json");
        File.WriteAllText(txt, report.ToText());
        File.WriteAllText(json, report.ToJson());
    }

    private static string Add(RenderReport report, string path)
    {
        report.Files.Add(path);
        return path;
    }
}
