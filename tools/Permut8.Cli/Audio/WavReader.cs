using System.Buffers.Binary;

namespace Permut8.Cli.Audio;

/// <summary>
/// A strict RIFF/WAVE reader: PCM 16/24-bit or IEEE float 32-bit (plain or WAVE_FORMAT_EXTENSIBLE), mono or
/// stereo, 8 kHz..384 kHz. Every size field is checked against the bytes actually present, so a truncated or
/// inconsistent file is refused with a message instead of being half-read. Unknown chunks (LIST, cue, …) are
/// skipped; exactly one fmt chunk must come before exactly one data chunk.
/// </summary>
public static class WavReader
{
    public const int MinRate = 8000;
    public const int MaxRate = 384000;

    private const ushort FormatPcm = 1;
    private const ushort FormatFloat = 3;
    private const ushort FormatExtensible = 0xFFFE;

    public static AudioClip ReadFile(string path) => Read(File.ReadAllBytes(path));

    public static AudioClip Read(ReadOnlySpan<byte> file)
    {
        if (file.Length < 12) throw new WavFormatException($"file is {file.Length} bytes, too short for a RIFF header (12 bytes)");
        if (!Is(file, 0, "RIFF")) throw new WavFormatException("not a RIFF file (it does not start with 'RIFF')");
        if (!Is(file, 8, "WAVE")) throw new WavFormatException("RIFF file but not WAVE (form type is not 'WAVE')");
        long riffSize = BinaryPrimitives.ReadUInt32LittleEndian(file[4..]);
        if (riffSize + 8 > file.Length)
            throw new WavFormatException($"truncated file: the RIFF header declares {riffSize + 8} bytes but the file has {file.Length}");
        if (riffSize + 8 < file.Length)
            throw new WavFormatException($"wrong RIFF size: the header declares {riffSize + 8} bytes but the file has {file.Length}");

        Format? format = null;
        AudioClip? clip = null;
        int pos = 12;
        while (pos < file.Length)
        {
            if (file.Length - pos < 8) throw new WavFormatException($"truncated chunk header at byte {pos}: {file.Length - pos} bytes left, 8 needed");
            string id = System.Text.Encoding.ASCII.GetString(file.Slice(pos, 4));
            long size = BinaryPrimitives.ReadUInt32LittleEndian(file[(pos + 4)..]);
            long body = pos + 8L;
            if (body + size > file.Length)
                throw new WavFormatException($"truncated '{id}' chunk at byte {pos}: it declares {size} bytes but only {file.Length - body} remain");
            ReadOnlySpan<byte> data = file.Slice((int)body, (int)size);
            switch (id)
            {
                case "fmt ":
                    if (format != null) throw new WavFormatException("two 'fmt ' chunks");
                    format = ParseFormat(data);
                    break;
                case "data":
                    if (format == null) throw new WavFormatException("'data' chunk before the 'fmt ' chunk");
                    if (clip != null) throw new WavFormatException("two 'data' chunks");
                    clip = Decode(format, data);
                    break;
            }
            long next = body + size + (size & 1); // chunks are padded to an even length
            if (next > file.Length) throw new WavFormatException($"truncated '{id}' chunk: its pad byte is missing");
            pos = (int)next;
        }
        if (format == null) throw new WavFormatException("no 'fmt ' chunk");
        return clip ?? throw new WavFormatException("no 'data' chunk");
    }

    private sealed record Format(WavEncoding Encoding, int Channels, int SampleRate, int BlockAlign);

    private static Format ParseFormat(ReadOnlySpan<byte> fmt)
    {
        if (fmt.Length < 16) throw new WavFormatException($"'fmt ' chunk is {fmt.Length} bytes, at least 16 expected");
        ushort tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        int channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]);
        long rate = BinaryPrimitives.ReadUInt32LittleEndian(fmt[4..]);
        long byteRate = BinaryPrimitives.ReadUInt32LittleEndian(fmt[8..]);
        int blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(fmt[12..]);
        int bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]);

        if (tag == FormatExtensible)
        {
            if (fmt.Length < 40) throw new WavFormatException($"WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk is {fmt.Length} bytes, 40 expected");
            int validBits = BinaryPrimitives.ReadUInt16LittleEndian(fmt[18..]);
            if (validBits != 0 && validBits != bits)
                throw new WavFormatException($"unsupported format: {validBits} valid bits in {bits}-bit containers");
            tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt[24..]); // first two bytes of the sub-format GUID
        }

        WavEncoding encoding = (tag, bits) switch
        {
            (FormatPcm, 16) => WavEncoding.Pcm16,
            (FormatPcm, 24) => WavEncoding.Pcm24,
            (FormatFloat, 32) => WavEncoding.Float32,
            (FormatPcm, _) => throw new WavFormatException($"unsupported format: {bits}-bit PCM (16- and 24-bit PCM and 32-bit float are supported)"),
            (FormatFloat, _) => throw new WavFormatException($"unsupported format: {bits}-bit float (only 32-bit float is supported)"),
            _ => throw new WavFormatException($"unsupported format tag 0x{tag:X4} (PCM and IEEE float are supported)"),
        };
        if (channels is < 1 or > 2) throw new WavFormatException($"unsupported channel count {channels} (mono or stereo)");
        if (rate is < MinRate or > MaxRate) throw new WavFormatException($"unsupported sample rate {rate} Hz ({MinRate}..{MaxRate})");
        int expectedAlign = channels * bits / 8;
        if (blockAlign != expectedAlign)
            throw new WavFormatException($"wrong block align {blockAlign} in 'fmt ' (expected {expectedAlign} for {channels} x {bits}-bit)");
        if (byteRate != rate * blockAlign)
            throw new WavFormatException($"wrong byte rate {byteRate} in 'fmt ' (expected {rate * blockAlign})");
        return new Format(encoding, channels, (int)rate, blockAlign);
    }

    private static AudioClip Decode(Format f, ReadOnlySpan<byte> data)
    {
        if (data.Length % f.BlockAlign != 0)
            throw new WavFormatException($"'data' chunk is {data.Length} bytes, not a whole number of {f.BlockAlign}-byte frames");
        int bytesPerSample = f.BlockAlign / f.Channels;
        var samples = new float[data.Length / bytesPerSample];
        for (int i = 0; i < samples.Length; i++)
        {
            ReadOnlySpan<byte> s = data.Slice(i * bytesPerSample, bytesPerSample);
            samples[i] = f.Encoding switch
            {
                WavEncoding.Pcm16 => BinaryPrimitives.ReadInt16LittleEndian(s) / 32768f,
                WavEncoding.Pcm24 => ((s[0] | s[1] << 8 | s[2] << 16) << 8 >> 8) / 8388608f,
                _ => BinaryPrimitives.ReadSingleLittleEndian(s),
            };
            if (f.Encoding == WavEncoding.Float32 && !float.IsFinite(samples[i]))
                throw new WavFormatException($"float sample {i} is not a finite number");
        }
        return new AudioClip(f.SampleRate, f.Channels, samples, f.Encoding);
    }

    private static bool Is(ReadOnlySpan<byte> file, int at, string id) =>
        file[at] == id[0] && file[at + 1] == id[1] && file[at + 2] == id[2] && file[at + 3] == id[3];
}
