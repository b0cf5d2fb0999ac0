using nanoFramework.TestFramework;
using Permut8.Nano.Core;
using Permut8.Nano.Core.Controls;
using Permut8.Nano.Core.Programs;

namespace Permut8.Nano.Tests
{
    /// <summary>Program recall, pots and footswitch together, as the device's control loop drives them.</summary>
    [TestClass]
    public class PanelControllerTests
    {
        private static int[] Raw(int value)
        {
            int[] raw = new int[ControlTable.PotCount];
            for (int i = 0; i < raw.Length; i++) raw[i] = value;
            return raw;
        }

        private static ProgramRecord Comb()
        {
            ProgramRecord p = new ProgramRecord();
            p.Name = "Comb";
            p.ClockHz = 52520;
            p.FeedbackPermille = 920;
            p.Operator2 = Operator.Sub;
            p.Operand2 = 0x7070;
            return p;
        }

        [TestMethod]
        public void LoadedProgramIsPublishedAndPotsDoNotJumpIt()
        {
            PanelController panel = new PanelController();
            Assert.IsTrue(panel.Step(Raw(0), false, 1)); // pots at minimum
            panel.Load(Comb());
            Assert.IsTrue(panel.Step(Raw(0), false, 1));
            int[] published = panel.Published;
            Assert.AreEqual(52520, published[Param.ClockFreq]);
            Assert.AreEqual(920, published[Param.FeedbackPermille]);
            Assert.AreEqual(Operator.Sub, published[Param.Operator2]);
            Assert.AreEqual(0x70, published[Param.Operand2High]);
            Assert.AreEqual(0x70, published[Param.Operand2Low]);
            Assert.IsFalse(panel.Step(Raw(0), false, 1)); // nothing moved: nothing to publish
        }

        [TestMethod]
        public void TapTogglesBypassWhichPublishesADryMixOnly()
        {
            PanelController panel = new PanelController();
            int[] raw = Raw(4095);
            panel.Step(raw, false, 1);
            Assert.AreEqual(1000, panel.Published[Param.MixPermille]);
            for (int i = 0; i < 50; i++) panel.Step(raw, true, 1);
            bool changed = false;
            for (int i = 0; i < 30; i++) changed |= panel.Step(raw, false, 1);
            Assert.IsTrue(changed);
            Assert.IsTrue(panel.Bypassed);
            Assert.AreEqual(0, panel.Published[Param.MixPermille]);
            for (int i = 0; i < 50; i++) panel.Step(raw, true, 1);
            for (int i = 0; i < 30; i++) panel.Step(raw, false, 1);
            Assert.IsFalse(panel.Bypassed);
            Assert.AreEqual(1000, panel.Published[Param.MixPermille]);
        }

        [TestMethod]
        public void LongPressIsOneResetAndNoBypass()
        {
            PanelController panel = new PanelController();
            int[] raw = Raw(2048);
            panel.Step(raw, false, 1);
            int before = panel.Published[Param.ResetCount];
            for (int i = 0; i < 1500; i++) panel.Step(raw, true, 1);
            for (int i = 0; i < 30; i++) panel.Step(raw, false, 1);
            Assert.AreEqual(before + 1, panel.Published[Param.ResetCount]);
            Assert.IsFalse(panel.Bypassed);
        }

        [TestMethod]
        public void CaptureSavesWhatThePlayerHears()
        {
            PanelController panel = new PanelController();
            panel.Step(Raw(0), false, 1);
            panel.Load(Comb());
            int[] raw = Raw(0);
            raw[ControlTable.Mix] = 2048; // 500 ‰, still below the program's 1000 ‰: MIX stays locked
            for (int i = 0; i < 100; i++) panel.Step(raw, false, 1);
            raw[ControlTable.OutputLevel] = 4095; // a jump pot: +24 dB at once
            for (int i = 0; i < 100; i++) panel.Step(raw, false, 1);
            ProgramRecord saved = new ProgramRecord();
            panel.Capture(saved, "Comb loud");
            Assert.AreEqual("Comb loud", saved.Name);
            Assert.AreEqual(2400, saved.OutputLevelCentiDb);
            Assert.AreEqual(1000, saved.MixPermille);
            Assert.AreEqual(920, saved.FeedbackPermille);
            Assert.AreEqual(0x7070, saved.Operand2);
            Assert.IsNull(saved.Validate());
        }
    }
}
