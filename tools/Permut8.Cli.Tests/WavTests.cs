using System.Buffers.Binary;
using System.Text;
using Permut8.Cli.Audio;

namespace Permut8.Cli.Tests;

[TestClass]
public sealed class WavTests
{
    // Values chosen to hit full scale, zero, odd LSBs and both signs.
    private static readonly short[] s_pcm16 = [0, 1, -1, 32767, -32768, 12345, -2048, 4];

    [TestMethod]
    [DataRow(WavEncoding.Pcm16, 1, 44100)]
    [DataRow(WavEncoding.Pcm16, 2, 48000)]
    [DataRow(WavEncoding.Pcm24, 1, 96000)]
    [DataRow(WavEncoding.Pcm24, 2, 22050)]
    [DataRow(WavEncoding.Float32, 1, 8000)]
    [DataRow(WavEncoding.Float32, 2, 192000)]
    public void WriteThenRead_ReturnsTheSameSamplesRateAndChannels(WavEncoding encoding, int channels, int rate)
    {
        float[] samples = encoding switch
        {
            WavEncoding.Pcm16 => s_pcm16.Select(v => v / 32768f).ToArray(),
            WavEncoding.Pcm24 => new[] { 0, 1, -1, 8388607, -8388608, 1234567, -7654321, 256 }.Select(v => v / 8388608f).ToArray(),
            _ => [0f, 0.5f, -0.25f, 0.999f, -1f, 1e-6f, 0.125f, -0.75f],
        };
        var clip = new AudioClip(rate, channels, samples, encoding);
        AudioClip back = WavReader.Read(WavWriter.ToBytes(clip, encoding));
        Assert.AreEqual(rate, back.SampleRate);
        Assert.AreEqual(channels, back.Channels);
        Assert.AreEqual(encoding, back.Encoding);
        CollectionAssert.AreEqual(samples, back.Samples);
    }

    [TestMethod]
    public void Writer_Pcm16_HasTheCanonicalHeader()
    {
        byte[] b = WavWriter.ToBytes(new AudioClip(48000, 2, new float[8]));
        Assert.AreEqual("RIFF", Encoding.ASCII.GetString(b, 0, 4));
        Assert.AreEqual(36 + 16, BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(4))); // 4 frames x 2 ch x 2 bytes
        Assert.AreEqual("WAVEfmt ", Encoding.ASCII.GetString(b, 8, 8));
        Assert.AreEqual(48000 * 4, BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(28)));
        Assert.AreEqual(4, BinaryPrimitives.ReadInt16LittleEndian(b.AsSpan(32)));
        Assert.AreEqual(16, BinaryPrimitives.ReadInt16LittleEndian(b.AsSpan(34)));
        Assert.AreEqual(44 + 16, b.Length);
    }

    [TestMethod]
    public void Reader_SkipsUnknownChunksIncludingOddSizedOnesWithTheirPadByte()
    {
        byte[] wav = Build(Chunk("LIST", new byte[3]), Fmt(1, 1, 8000, 16), Chunk("data", Pcm(100, -100)));
        AudioClip clip = WavReader.Read(wav);
        CollectionAssert.AreEqual(new[] { 100 / 32768f, -100 / 32768f }, clip.Samples);
    }

    [TestMethod]
    public void Reader_AcceptsExtensibleFloat()
    {
        byte[] fmt = new byte[40];
        BinaryPrimitives.WriteUInt16LittleEndian(fmt, 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(4), 48000);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(8), 48000 * 4);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(12), 4);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(14), 32);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(16), 22);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(18), 32);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(24), 3); // KSDATAFORMAT_SUBTYPE_IEEE_FLOAT
        byte[] data = new byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(data, 0.5f);
        AudioClip clip = WavReader.Read(Build(Chunk("fmt ", fmt), Chunk("data", data)));
        Assert.AreEqual(WavEncoding.Float32, clip.Encoding);
        Assert.AreEqual(0.5f, clip.Samples[0]);
    }

    [TestMethod]
    public void Reader_RejectsAFileCutInsideTheDataChunk()
    {
        byte[] good = Build(Fmt(1, 2, 48000, 16), Chunk("data", Pcm(1, 2, 3, 4)));
        byte[] cut = good[..^3];
        BinaryPrimitives.WriteUInt32LittleEndian(cut.AsSpan(4), (uint)(cut.Length - 8)); // RIFF size agrees with the cut
        StringAssert.Contains(Reject(cut), "truncated 'data' chunk");
    }

    [TestMethod]
    public void Reader_RejectsAFileShorterThanItsRiffHeaderSays()
    {
        byte[] good = Build(Fmt(1, 1, 48000, 16), Chunk("data", Pcm(1, 2)));
        StringAssert.Contains(Reject(good[..^2]), "truncated file");
    }

    [TestMethod]
    public void Reader_RejectsTrailingBytesBeyondTheRiffSize()
    {
        byte[] good = Build(Fmt(1, 1, 48000, 16), Chunk("data", Pcm(1, 2)));
        StringAssert.Contains(Reject([.. good, 0, 0]), "wrong RIFF size");
    }

    [TestMethod]
    public void Reader_RejectsAHeaderOnlyStub() => StringAssert.Contains(Reject(Encoding.ASCII.GetBytes("RIFF")), "too short");

    [TestMethod]
    public void Reader_RejectsNonRiffAndNonWave()
    {
        StringAssert.Contains(Reject(Encoding.ASCII.GetBytes("OggS00000000WAVE")), "not a RIFF file");
        byte[] avi = Build(Fmt(1, 1, 48000, 16), Chunk("data", Pcm(0)));
        Encoding.ASCII.GetBytes("AVI ").CopyTo(avi, 8);
        StringAssert.Contains(Reject(avi), "not WAVE");
    }

    [TestMethod]
    public void Reader_RejectsWrongBlockAlignAndByteRate()
    {
        byte[] fmt = FmtBody(1, 2, 48000, 16);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(12), 2); // should be 4 for stereo 16-bit
        StringAssert.Contains(Reject(Build(Chunk("fmt ", fmt), Chunk("data", Pcm(0, 0)))), "wrong block align");
        fmt = FmtBody(1, 2, 48000, 16);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(8), 44100 * 4);
        StringAssert.Contains(Reject(Build(Chunk("fmt ", fmt), Chunk("data", Pcm(0, 0)))), "wrong byte rate");
    }

    [TestMethod]
    public void Reader_RejectsDataThatIsNotWholeFrames() =>
        StringAssert.Contains(Reject(Build(Fmt(1, 2, 48000, 16), Chunk("data", Pcm(1, 2, 3)))), "not a whole number");

    [TestMethod]
    [DataRow(1, 1, 8, "8-bit PCM")]
    [DataRow(1, 1, 32, "32-bit PCM")]
    [DataRow(3, 1, 64, "64-bit float")]
    [DataRow(2, 1, 4, "format tag 0x0002")]
    [DataRow(1, 6, 16, "channel count 6")]
    public void Reader_RejectsUnsupportedFormats(int tag, int channels, int bits, string expected)
    {
        byte[] wav = Build(Fmt(tag, channels, 48000, bits), Chunk("data", new byte[channels * bits / 8 * 2]));
        StringAssert.Contains(Reject(wav), expected);
    }

    [TestMethod]
    public void Reader_RejectsUnsupportedRates() =>
        StringAssert.Contains(Reject(Build(Fmt(1, 1, 4000, 16), Chunk("data", Pcm(0)))), "sample rate 4000");

    [TestMethod]
    public void Reader_RejectsMissingOrMisorderedChunks()
    {
        StringAssert.Contains(Reject(Build(Fmt(1, 1, 48000, 16))), "no 'data' chunk");
        StringAssert.Contains(Reject(Build(Chunk("data", Pcm(0)), Fmt(1, 1, 48000, 16))), "before the 'fmt ' chunk");
        StringAssert.Contains(Reject(Build(Fmt(1, 1, 48000, 16), Fmt(1, 1, 48000, 16), Chunk("data", Pcm(0)))), "two 'fmt ' chunks");
        StringAssert.Contains(Reject(Build(Fmt(1, 1, 48000, 16), Chunk("data", Pcm(0)), Chunk("data", Pcm(0)))), "two 'data' chunks");
        StringAssert.Contains(Reject(Build(Chunk("fmt ", new byte[14]), Chunk("data", Pcm(0)))), "at least 16");
    }

    [TestMethod]
    public void Reader_RejectsAChunkHeaderCutShort()
    {
        byte[] wav = Build(Fmt(1, 1, 48000, 16), Chunk("data", Pcm(0)));
        byte[] cut = [.. wav, (byte)'L', (byte)'I', (byte)'S', (byte)'T'];
        BinaryPrimitives.WriteUInt32LittleEndian(cut.AsSpan(4), (uint)(cut.Length - 8));
        StringAssert.Contains(Reject(cut), "truncated chunk header");
    }

    [TestMethod]
    public void ToStereoInt16_CopiesMonoToBothSidesAndRoundsFloat()
    {
        var clip = new AudioClip(48000, 1, [0.5f, -1f, 1f], WavEncoding.Float32);
        CollectionAssert.AreEqual(new short[] { 16384, 16384, -32768, -32768, 32767, 32767 }, clip.ToStereoInt16());
    }

    private static string Reject(byte[] wav) => Assert.ThrowsExactly<WavFormatException>(() => WavReader.Read(wav)).Message;

    // A tiny independent WAV assembler, so the reader is not only tested against its own writer.
    private static byte[] Build(params byte[][] chunks)
    {
        var body = new List<byte>(Encoding.ASCII.GetBytes("WAVE"));
        foreach (byte[] c in chunks) body.AddRange(c);
        var file = new List<byte>(Encoding.ASCII.GetBytes("RIFF"));
        file.AddRange(BitConverter.GetBytes((uint)body.Count));
        file.AddRange(body);
        return [.. file];
    }

    private static byte[] Chunk(string id, byte[] data)
    {
        var c = new List<byte>(Encoding.ASCII.GetBytes(id));
        c.AddRange(BitConverter.GetBytes((uint)data.Length));
        c.AddRange(data);
        if ((data.Length & 1) != 0) c.Add(0);
        return [.. c];
    }

    private static byte[] Fmt(int tag, int channels, int rate, int bits) => Chunk("fmt ", FmtBody(tag, channels, rate, bits));

    private static byte[] FmtBody(int tag, int channels, int rate, int bits)
    {
        var f = new byte[16];
        int align = channels * bits / 8;
        BinaryPrimitives.WriteUInt16LittleEndian(f, (ushort)tag);
        BinaryPrimitives.WriteUInt16LittleEndian(f.AsSpan(2), (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(f.AsSpan(4), (uint)rate);
        BinaryPrimitives.WriteUInt32LittleEndian(f.AsSpan(8), (uint)(rate * align));
        BinaryPrimitives.WriteUInt16LittleEndian(f.AsSpan(12), (ushort)align);
        BinaryPrimitives.WriteUInt16LittleEndian(f.AsSpan(14), (ushort)bits);
        return f;
    }

    private static byte[] Pcm(params short[] v) => v.SelectMany(BitConverter.GetBytes).ToArray();
}
