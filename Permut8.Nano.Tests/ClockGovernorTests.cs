using nanoFramework.TestFramework;
using Permut8.Nano.Core;
using Permut8.Nano.Core.Controls;

namespace Permut8.Nano.Tests
{
    [TestClass]
    public class ClockGovernorTests
    {
        // ESP32 at 240 MHz, 48 kHz codec, 32-frame blocks: 5,000 cycles per frame = 160,000 per block
        private static ClockGovernor Esp32() { return new ClockGovernor(240000000, 48000, EngineLimits.BlockFrames); }

        [TestMethod]
        public void BudgetIsCpuCyclesPerBlock()
        {
            Assert.AreEqual(160000, Esp32().BudgetCycles);
        }

        [TestMethod]
        public void OverNinetyPercentCapsTheClockByAQuarterStepDownToTheFloor()
        {
            ClockGovernor g = Esp32();
            Assert.AreEqual(264600, g.Update(150000, 0)); // 93.75 %: 352800 - 88200
            Assert.AreEqual(198450, g.Update(150000, 0));
            int cap = 0;
            for (int i = 0; i < 20; i++) cap = g.Update(150000, 0);
            Assert.AreEqual(ClockGovernor.FloorHz, cap);
        }

        [TestMethod]
        public void BetweenHalfAndNinetyPercentTheCapHolds()
        {
            ClockGovernor g = Esp32();
            g.Update(150000, 0);
            Assert.AreEqual(264600, g.Update(100000, 0)); // 62.5 %
            Assert.AreEqual(264600, g.Update(143999, 0)); // just under 90 %
        }

        [TestMethod]
        public void UnderHalfTheCapRisesAndIsLiftedAtTheTop()
        {
            ClockGovernor g = Esp32();
            g.Update(150000, 0);                             // 264600
            Assert.AreEqual(330750, g.Update(40000, 0));    // 25 %: + a quarter
            Assert.AreEqual(ClockGovernor.NoCap, g.Update(40000, 0)); // 413437 >= top: no cap
            Assert.AreEqual(ClockGovernor.NoCap, g.Update(40000, 0));
        }

        [TestMethod]
        public void AnyNewUnderrunLowersTheCapEvenAtLowLoad()
        {
            ClockGovernor g = Esp32();
            Assert.AreEqual(264600, g.Update(10000, 1));
            Assert.AreEqual(330750, g.Update(10000, 1)); // no new underrun, low load: rises again
        }

        [TestMethod]
        public void PanelPublishesTheCap()
        {
            PanelController panel = new PanelController();
            int[] raw = new int[ControlTable.PotCount];
            panel.Step(raw, false, 1);
            Assert.IsFalse(panel.Step(raw, false, 1));
            panel.SetClockCap(88200);
            Assert.IsTrue(panel.Step(raw, false, 1));
            Assert.AreEqual(88200, panel.Published[Param.ClockCapHz]);
        }
    }
}
