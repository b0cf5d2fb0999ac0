using Permut8.Cli.Audio;

namespace Permut8.Cli.Tests.Support;

public static class Wav
{
    /// <summary>Interleaved int16 of a 16-bit WAV file written by the CLI.</summary>
    public static short[] ReadInt16(string path)
    {
        AudioClip clip = WavReader.ReadFile(path);
        Assert.AreEqual(WavEncoding.Pcm16, clip.Encoding);
        return clip.Samples.Select(x => (short)Math.Round(x * 32768f)).ToArray();
    }

    public static void WriteInt16(string path, int rate, short[] stereo) =>
        WavWriter.WriteFile(path, AudioClip.FromStereoInt16(rate, stereo, stereo.Length / 2));
}
