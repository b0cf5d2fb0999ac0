using Permut8.Cli.Settings;
using Permut8.Nano.Core;

namespace Permut8.Cli.Tests;

[TestClass]
public sealed class SettingsTests
{
    [TestMethod]
    [DataRow("nop", 0)]
    [DataRow("AND", 1)]
    [DataRow("Mul", 2)]
    [DataRow("OSC", 3)]
    [DataRow("rnd", 4)]
    public void Operator1_AcceptsTheFiveSlot1NamesInAnyCase(string name, int expected) =>
        Assert.AreEqual(expected, ValueParsers.Operator1(name));

    [TestMethod]
    [DataRow("NOP", 0)]
    [DataRow("or", 1)]
    [DataRow("XOR", 2)]
    [DataRow("MSK", 3)]
    [DataRow("SUB", 4)]
    public void Operator2_AcceptsTheFiveSlot2Names(string name, int expected) =>
        Assert.AreEqual(expected, ValueParsers.Operator2(name));

    [TestMethod]
    public void Operator_FromTheOtherSlot_SaysWhichSlotItBelongsTo()
    {
        var e = Assert.ThrowsExactly<UserException>(() => ValueParsers.Operator1("SUB"));
        StringAssert.Contains(e.Message, "SUB is a slot-2 operator");
        StringAssert.Contains(e.Message, "NOP, AND, MUL, OSC, RND");
    }

    [TestMethod]
    [DataRow("A000", 0xA000)]
    [DataRow("0xf8f9", 0xF8F9)]
    [DataRow("30", 0x30)]
    [DataRow("FFFF", 0xFFFF)]
    public void Operand_ParsesHex(string text, int expected) => Assert.AreEqual(expected, ValueParsers.Operand(text, "--operand1"));

    [TestMethod]
    [DataRow("G000")]
    [DataRow("12345")]
    [DataRow("")]
    [DataRow("-1")]
    public void Operand_NotHex_IsAUserErrorNamingTheFlag(string text)
    {
        var e = Assert.ThrowsExactly<UserException>(() => ValueParsers.Operand(text, "--operand2"));
        StringAssert.StartsWith(e.Message, "--operand2");
        StringAssert.Contains(e.Message, "hex");
    }

    [TestMethod]
    [DataRow("48000", 48000)]
    [DataRow("128.24k", 128240)]
    [DataRow("44.1kHz", 44100)]
    [DataRow("0", 0)]
    [DataRow("352800", 352800)]
    public void Clock_AcceptsHzAndKilohertz(string text, int expected) => Assert.AreEqual(expected, ValueParsers.ClockHz(text));

    [TestMethod]
    public void Clock_AboveTheSpecsMaximum_IsRefused() => Assert.ThrowsExactly<UserException>(() => ValueParsers.ClockHz("352801"));

    // Spec 1.8: STD 8/1 4/1 2/1 1/1 1/2 1/4 1/8; DOT 12/1 6/1 3/1 3/2 3/4 3/8 3/16; TRI 16/3 8/3 4/3 2/3 1/3 1/6 1/12.
    [TestMethod]
    [DataRow("8/1", SyncMode.Standard, 0, 8.0)]
    [DataRow("1/4", SyncMode.Standard, 5, 0.25)]
    [DataRow("1/8", SyncMode.Standard, 6, 0.125)]
    [DataRow("1/4D", SyncMode.Dotted, 5, 0.375)]
    [DataRow("8/1d", SyncMode.Dotted, 0, 12.0)]
    [DataRow("1/8D", SyncMode.Dotted, 6, 0.1875)]
    [DataRow("8/1T", SyncMode.Triplet, 0, 16.0 / 3)]
    [DataRow("1/8T", SyncMode.Triplet, 6, 1.0 / 12)]
    [DataRow("1/1T", SyncMode.Triplet, 3, 2.0 / 3)]
    public void Sync_MapsBankStringsOntoTheSpecTable(string text, SyncMode mode, int column, double wholeNotes)
    {
        SyncDivision d = SyncDivision.Parse(text);
        Assert.AreEqual(mode, d.Mode);
        Assert.AreEqual(column, d.Column);
        Assert.AreEqual(wholeNotes, d.WholeNotes, 1e-12);
    }

    [TestMethod]
    public void Sync_SetsSyncAlwaysAndDottedOrTripletInAddition()
    {
        Assert.AreEqual(Switch.Sync, SyncDivision.Parse("1/4").SwitchBits);
        Assert.AreEqual(Switch.Sync | Switch.Dotted, SyncDivision.Parse("1/4D").SwitchBits);
        Assert.AreEqual(Switch.Sync | Switch.Triplet, SyncDivision.Parse("1/4T").SwitchBits);
    }

    [TestMethod]
    public void Sync_OneBarAt120Bpm_Is32768Hz() => // spec 1.9
        Assert.AreEqual(32768.0, SyncDivision.Parse("1/1").ClockHz(120), 1e-9);

    [TestMethod]
    [DataRow("1/3")]
    [DataRow("1/16")]
    [DataRow("quarter")]
    public void Sync_UnknownDivision_ListsTheValidOnes(string text)
    {
        var e = Assert.ThrowsExactly<UserException>(() => SyncDivision.Parse(text));
        StringAssert.Contains(e.Message, "8/1 4/1 2/1 1/1 1/2 1/4 1/8");
    }

    [TestMethod]
    public void ToParams_SplitsOperandsAndConvertsUnits()
    {
        var s = new ProgramSettings
        {
            Operator1 = Operator.And,
            Operand1 = 0x3000,
            Operator2 = Operator.Sub,
            Operand2 = 0xA0B3,
            Sync = SyncDivision.Parse("1/8T"),
            Bpm = 98.5,
            Reverse = true,
            WriteProtect = true,
            FeedbackPermille = 400,
            MixPermille = 1000,
            InputLevelCentiDb = -600,
            Filter = FilterPlacement.Feedback,
            FilterFreq = -250,
            Limiter = true,
            Flip = true,
        };
        int[] p = s.ToParams();
        Assert.AreEqual(Param.ControlCount, p.Length);
        Assert.AreEqual(1, p[Param.Operator1]);
        Assert.AreEqual(0x30, p[Param.Operand1High]);
        Assert.AreEqual(0x00, p[Param.Operand1Low]);
        Assert.AreEqual(4, p[Param.Operator2]);
        Assert.AreEqual(0xA0, p[Param.Operand2High]);
        Assert.AreEqual(0xB3, p[Param.Operand2Low]);
        Assert.AreEqual(0x01 | 0x02 | 0x08 | 0x10, p[Param.Switches]);
        Assert.AreEqual(6, p[Param.SyncDivision]);
        Assert.AreEqual(9850, p[Param.TempoCentiBpm]);
        Assert.AreEqual(400, p[Param.FeedbackPermille]);
        Assert.AreEqual(-600, p[Param.InputLevelCentiDb]);
        Assert.AreEqual(2, p[Param.FilterPlacement]);
        Assert.AreEqual(-250, p[Param.FilterFreq]);
        Assert.AreEqual(1, p[Param.Limiter]);
        Assert.AreEqual(1, p[Param.FeedbackFlip]);
        Assert.AreEqual(0, p[Param.FeedbackInvert]);
        Assert.AreEqual(0, p[Param.Conformance]);
    }

    [TestMethod]
    public void Clone_IsIndependentOfTheOriginal()
    {
        var original = new ProgramSettings { Operand1 = 0x1234, Sync = SyncDivision.Parse("1/4D"), Bpm = 90, Flip = true };
        ProgramSettings copy = original.Clone();
        copy.Operand1 = 0xFFFF;
        copy.Sync = null;
        copy.Bpm = 140;
        copy.Flip = false;
        copy.ResetCount = 3;

        Assert.AreEqual(0x1234, original.Operand1);
        Assert.AreEqual(SyncDivision.Parse("1/4D"), original.Sync);
        Assert.AreEqual(90.0, original.Bpm);
        Assert.IsTrue(original.Flip);
        int[] p = original.ToParams();
        Assert.AreEqual(0x12, p[Param.Operand1High]);
        Assert.AreEqual(0x01 | 0x04, p[Param.Switches]);
        Assert.AreEqual(5, p[Param.SyncDivision]);
        Assert.AreEqual(9000, p[Param.TempoCentiBpm]);
        Assert.AreEqual(1, p[Param.FeedbackFlip]);
        Assert.AreEqual(0, p[Param.ResetCount]);
        Assert.AreEqual(0, copy.ToParams()[Param.SyncDivision]);
    }

    [TestMethod]
    [DataRow("--feedback", "40", 400)]
    [DataRow("--feedback", "12.5%", 125)]
    [DataRow("--mix", "100", 1000)]
    public void Percent_BecomesPermille(string flag, string text, int expected) =>
        Assert.AreEqual(expected, ValueParsers.PercentToPermille(text, flag));

    [TestMethod]
    [DataRow("-6", -600)]
    [DataRow("+3.5dB", 350)]
    [DataRow("24", 2400)]
    public void Level_BecomesCentiDb(string text, int expected) => Assert.AreEqual(expected, ValueParsers.DbToCentiDb(text, "--in-level"));

    [TestMethod]
    public void OutOfRangePanelValues_AreUserErrors()
    {
        Assert.ThrowsExactly<UserException>(() => ValueParsers.PercentToPermille("101", "--mix"));
        Assert.ThrowsExactly<UserException>(() => ValueParsers.DbToCentiDb("-61", "--out-level"));
        Assert.ThrowsExactly<UserException>(() => ValueParsers.FilterFreq("1001"));
        Assert.ThrowsExactly<UserException>(() => ValueParsers.Filter("mid"));
        Assert.ThrowsExactly<UserException>(() => ValueParsers.OnOff("maybe", "--limiter"));
    }
}
