using System.Buffers.Binary;

namespace Permut8.Cli.Audio;

/// <summary>Writes a canonical 44-byte-header RIFF/WAVE file (PCM 16/24-bit or float 32-bit).</summary>
public static class WavWriter
{
    public static void WriteFile(string path, AudioClip clip, WavEncoding encoding = WavEncoding.Pcm16)
    {
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir != null) Directory.CreateDirectory(dir);
        File.WriteAllBytes(path, ToBytes(clip, encoding));
    }

    public static byte[] ToBytes(AudioClip clip, WavEncoding encoding = WavEncoding.Pcm16)
    {
        int bytesPerSample = encoding switch { WavEncoding.Pcm16 => 2, WavEncoding.Pcm24 => 3, _ => 4 };
        int blockAlign = bytesPerSample * clip.Channels;
        long dataBytes = (long)clip.Samples.Length * bytesPerSample;
        long padded = dataBytes + (dataBytes & 1);
        if (36 + padded > uint.MaxValue) throw new InvalidOperationException("audio too long for a WAV file (4 GiB)");
        var file = new byte[44 + padded];
        Span<byte> b = file;
        Ascii(b, 0, "RIFF");
        BinaryPrimitives.WriteUInt32LittleEndian(b[4..], (uint)(36 + padded));
        Ascii(b, 8, "WAVE");
        Ascii(b, 12, "fmt ");
        BinaryPrimitives.WriteUInt32LittleEndian(b[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(b[20..], (ushort)(encoding == WavEncoding.Float32 ? 3 : 1));
        BinaryPrimitives.WriteUInt16LittleEndian(b[22..], (ushort)clip.Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(b[24..], (uint)clip.SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(b[28..], (uint)(clip.SampleRate * blockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(b[32..], (ushort)blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(b[34..], (ushort)(bytesPerSample * 8));
        Ascii(b, 36, "data");
        BinaryPrimitives.WriteUInt32LittleEndian(b[40..], (uint)dataBytes);
        int pos = 44;
        foreach (float x in clip.Samples)
        {
            switch (encoding)
            {
                case WavEncoding.Pcm16:
                    BinaryPrimitives.WriteInt16LittleEndian(b[pos..], AudioClip.ToInt16(x));
                    break;
                case WavEncoding.Pcm24:
                    int v = (int)Math.Clamp(Math.Round(x * 8388608.0, MidpointRounding.AwayFromZero), -8388608, 8388607);
                    b[pos] = (byte)v; b[pos + 1] = (byte)(v >> 8); b[pos + 2] = (byte)(v >> 16);
                    break;
                default:
                    BinaryPrimitives.WriteSingleLittleEndian(b[pos..], x);
                    break;
            }
            pos += bytesPerSample;
        }
        return file;
    }

    private static void Ascii(Span<byte> b, int at, string id)
    {
        for (int i = 0; i < 4; i++) b[at + i] = (byte)id[i];
    }
}
