using nanoFramework.TestFramework;
using Permut8.Nano.Core;
using Permut8.Nano.Core.Programs;

namespace Permut8.Nano.Tests
{
    /// <summary>The strict program text format: exact round trip, and bad input is a clear error that changes nothing.</summary>
    [TestClass]
    public class ProgramTextTests
    {
        private const string BeatRepeat =
            "permut8-program 1\n" +
            "name=Beat Repeat\n" +
            "clock-hz=44100\n" +
            "sync=standard\n" +
            "sync-division=3\n" +
            "tempo-centi-bpm=12000\n" +
            "reverse=0\n" +
            "operator1=AND\n" +
            "operand1=0x0BB8\n" +
            "operator2=NOP\n" +
            "operand2=0x0000\n" +
            "input-level-cdb=0\n" +
            "output-level-cdb=-300\n" +
            "feedback-permille=250\n" +
            "mix-permille=1000\n" +
            "filter=feedback\n" +
            "filter-freq=-400\n" +
            "limiter=1\n" +
            "feedback-flip=0\n" +
            "feedback-invert=1\n" +
            "end\n";

        // string.Replace is not in nanoFramework v1's mscorlib
        private static string Swap(string text, string from, string to)
        {
            int at = text.IndexOf(from);
            Assert.IsTrue(at >= 0, "test text lacks '" + from + "'");
            return text.Substring(0, at) + to + text.Substring(at + from.Length);
        }

        private static ProgramRecord Parsed()
        {
            ProgramRecord p = new ProgramRecord();
            Assert.IsNull(ProgramText.TryParse(BeatRepeat, p));
            return p;
        }

        [TestMethod]
        public void ParsesEveryField()
        {
            ProgramRecord p = Parsed();
            Assert.AreEqual("Beat Repeat", p.Name);
            Assert.AreEqual(44100, p.ClockHz);
            Assert.AreEqual(SyncMode.Standard, p.Sync);
            Assert.AreEqual(Operator.And, p.Operator1);
            Assert.AreEqual(3000, p.Operand1);
            Assert.AreEqual(-300, p.OutputLevelCentiDb);
            Assert.AreEqual(FilterPlacement.Feedback, p.FilterPlacement);
            Assert.AreEqual(-400, p.FilterFreq);
            Assert.IsTrue(p.FeedbackInvert);
            Assert.IsFalse(p.FeedbackFlip);
        }

        [TestMethod]
        public void SerializeWritesTheCanonicalTextBack()
        {
            Assert.AreEqual(BeatRepeat, ProgramText.Serialize(Parsed()));
        }

        [TestMethod]
        public void RoundTripKeepsEveryFieldOfAnUnusualProgram()
        {
            ProgramRecord p = new ProgramRecord();
            p.Name = "x=y #2 ~!";
            p.ClockHz = 352800;
            p.Sync = SyncMode.Triplet;
            p.SyncDivision = 6;
            p.TempoCentiBpm = 99900;
            p.Reverse = true;
            p.Operator1 = Operator.Rnd;
            p.Operand1 = 0xFFFF;
            p.Operator2 = Operator.Sub;
            p.Operand2 = 0x7070;
            p.InputLevelCentiDb = -6000;
            p.OutputLevelCentiDb = 2400;
            p.FeedbackPermille = 1000;
            p.MixPermille = 0;
            p.FilterPlacement = FilterPlacement.Output;
            p.FilterFreq = 1000;
            p.Limiter = false;
            p.FeedbackFlip = true;
            p.FeedbackInvert = true;
            ProgramRecord back = new ProgramRecord();
            Assert.IsNull(ProgramText.TryParse(ProgramText.Serialize(p), back));
            Assert.IsTrue(p.SameAs(back));
        }

        [TestMethod]
        public void CrLfLinesCommentsAndAnyKeyOrderAreAccepted()
        {
            string text = "# saved by the pedal\r\n" + Swap(Swap(BeatRepeat, "name=Beat Repeat\n", string.Empty), "end\n", "name=Beat Repeat\r\nend\r\n");
            ProgramRecord p = new ProgramRecord();
            Assert.IsNull(ProgramText.TryParse(text, p));
            Assert.IsTrue(Parsed().SameAs(p));
        }

        [TestMethod]
        [DataRow("mix-permille=1000", "mix-permille=1001", "line 15: mix-permille: 1001 is out of range 0..1000")]
        [DataRow("operator1=AND", "operator1=XOR", "line 8: operator1: 'XOR' is not one of NOP|AND|MUL|OSC|RND")]
        [DataRow("operand1=0x0BB8", "operand1=3000", "line 9: operand1: '3000' is not 0x followed by 4 hex digits")]
        [DataRow("clock-hz=44100", "clock-hz= 44100", "line 3: clock-hz: ' 44100' is not a number")]
        [DataRow("clock-hz=44100", "clock-hz=0xAC44", "line 3: clock-hz: '0xAC44' is not a base-10 number")]
        [DataRow("reverse=0", "reverse=no", "line 7: reverse: 'no' is not 0 or 1")]
        [DataRow("reverse=0", "reverse=0\nreverse=1", "line 8: 'reverse' given twice")]
        [DataRow("limiter=1", "limit=1", "line 18: unknown key 'limit'")]
        [DataRow("permut8-program 1", "permut8-program 2", "line 1: expected 'permut8-program 1'")]
        [DataRow("end\n", "end\nname=again\n", "line 22: text after 'end'")]
        [DataRow("feedback-invert=1\n", "", "missing 'feedback-invert'")]
        [DataRow("end\n", "", "missing 'end' (truncated?)")]
        [DataRow("name=Beat Repeat", "name= Beat Repeat", "line 2: name: must not start or end with a space")]
        [DataRow("sync=standard", "sync", "line 4: expected key=value")]
        public void BadInputIsAClearErrorAndLeavesTheProgramUntouched(string good, string bad, string error)
        {
            ProgramRecord p = new ProgramRecord();
            p.Name = "Keep Me";
            p.FeedbackPermille = 777;
            string message = ProgramText.TryParse(Swap(BeatRepeat, good, bad), p);
            Assert.IsNotNull(message);
            Assert.IsTrue(message.IndexOf(error) >= 0, "got: " + message);
            Assert.AreEqual("Keep Me", p.Name);
            Assert.AreEqual(777, p.FeedbackPermille);
        }

        [TestMethod]
        public void EmptyTextIsAnError()
        {
            ProgramRecord p = new ProgramRecord();
            Assert.IsNotNull(ProgramText.TryParse(string.Empty, p));
            Assert.IsNotNull(ProgramText.TryParse(null, p));
        }

        [TestMethod]
        public void AnInvalidProgramIsNeverSerialized()
        {
            ProgramRecord p = new ProgramRecord();
            p.MixPermille = 2000;
            Assert.ThrowsException(typeof(System.ArgumentException), () => ProgramText.Serialize(p));
        }

        [TestMethod]
        public void ParamsCarryTheSwitchesAndOperandBytes()
        {
            ProgramRecord p = Parsed();
            p.Reverse = true;
            p.Sync = SyncMode.Dotted;
            int[] values = new int[Param.ControlCount];
            p.ToParams(values);
            Assert.AreEqual(Switch.Sync | Switch.Dotted | Switch.Reverse, values[Param.Switches]);
            Assert.AreEqual(0x0B, values[Param.Operand1High]);
            Assert.AreEqual(0xB8, values[Param.Operand1Low]);
            Assert.AreEqual(250, values[Param.FeedbackPermille]);
            ProgramRecord back = new ProgramRecord();
            back.Name = p.Name;
            back.FromParams(values);
            Assert.IsTrue(p.SameAs(back));
        }

        [TestMethod]
        public void SyncModesMapOntoTheSwitchBitsAndBack()
        {
            // SWITCHES bits: SYNC 0x01, TRIPLET 0x02, DOTTED 0x04 (permut8_engine.h).
            Assert.AreEqual(0, SyncMode.SwitchBits(SyncMode.Off));
            Assert.AreEqual(0x01, SyncMode.SwitchBits(SyncMode.Standard));
            Assert.AreEqual(0x05, SyncMode.SwitchBits(SyncMode.Dotted));
            Assert.AreEqual(0x03, SyncMode.SwitchBits(SyncMode.Triplet));
            Assert.AreEqual(SyncMode.Off, SyncMode.FromSwitches(0x06));
            Assert.AreEqual(SyncMode.Standard, SyncMode.FromSwitches(0x01 | 0x08 | 0x10));
            Assert.AreEqual(SyncMode.Dotted, SyncMode.FromSwitches(0x05));
            Assert.AreEqual(SyncMode.Triplet, SyncMode.FromSwitches(0x03));
            Assert.AreEqual(SyncMode.Dotted, SyncMode.FromSwitches(0x07));
        }
    }
}
