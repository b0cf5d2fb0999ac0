using nanoFramework.TestFramework;
using Permut8.Nano.Core;
using Permut8.Nano.Core.Controls;

namespace Permut8.Nano.Tests
{
    /// <summary>Calibration, smoothing, hysteresis and pickup takeover of the pots.</summary>
    [TestClass]
    public class PotBankTests
    {
        private static int[] Raw(int value)
        {
            int[] raw = new int[ControlTable.PotCount];
            for (int i = 0; i < raw.Length; i++) raw[i] = value;
            return raw;
        }

        private static int[] Params()
        {
            return new int[Param.ControlCount];
        }

        [TestMethod]
        public void FirstScanTakesThePotsWhereTheyAreWithoutSmoothing()
        {
            PotBank pots = new PotBank();
            int[] p = Params();
            Assert.IsTrue(pots.Update(Raw(4095), p));
            Assert.AreEqual(4095, pots.Position(ControlTable.Mix));
            Assert.AreEqual(1000, p[Param.MixPermille]);
            Assert.AreEqual(352800, p[Param.ClockFreq]);
        }

        [TestMethod]
        public void CalibrationStretchesTheWiperRangeToTheFullTravel()
        {
            PotBank pots = new PotBank();
            // 3.3 k top resistor: wiper tops out near 2.48 V ≈ raw 3080 at 12 dB attenuation
            pots.SetCalibration(ControlTable.Mix, 100, 3080);
            Assert.AreEqual(0, pots.Calibrate(ControlTable.Mix, 50));
            Assert.AreEqual(0, pots.Calibrate(ControlTable.Mix, 100));
            Assert.AreEqual(4095, pots.Calibrate(ControlTable.Mix, 3080));
            Assert.AreEqual(4095, pots.Calibrate(ControlTable.Mix, 4000));
            // midpoint 1590 → 4095 / 2 = 2047.5 → rounds to 2048
            Assert.AreEqual(2048, pots.Calibrate(ControlTable.Mix, 1590));
        }

        [TestMethod]
        public void SmoothingApproachesAStepWithTheTableTimeConstant()
        {
            PotBank pots = new PotBank();
            int[] p = Params();
            pots.Update(Raw(0), p);
            // MIX: shift 3 → after n scans of a step to 4095 the state is 4095 × (1 − (7/8)^n)
            pots.Update(Raw(4095), p);
            Assert.AreEqual(512, pots.Position(ControlTable.Mix)); // 4095 / 8 = 511.9
            for (int i = 0; i < 100; i++) pots.Update(Raw(4095), p);
            Assert.AreEqual(4095, pots.Position(ControlTable.Mix)); // the end is reached exactly
            for (int i = 0; i < 100; i++) pots.Update(Raw(0), p);
            Assert.AreEqual(0, pots.Position(ControlTable.Mix));
        }

        [TestMethod]
        public void JitterSmallerThanTheHysteresisNeverChangesTheParam()
        {
            PotBank pots = new PotBank();
            int[] p = Params();
            pots.Update(Raw(2000), p);
            int mix = p[Param.MixPermille];
            for (int i = 0; i < 200; i++)
            {
                // ±4 counts of noise (MIX hysteresis is 4)
                Assert.IsFalse(pots.Update(Raw(i % 2 == 0 ? 2004 : 1996), p), "changed at scan " + i.ToString());
            }
            Assert.AreEqual(mix, p[Param.MixPermille]);
        }

        [TestMethod]
        public void PickupPotIgnoredUntilItCrossesTheLoadedValue()
        {
            PotBank pots = new PotBank();
            int[] p = Params();
            pots.Update(Raw(0), p);            // all pots at minimum: feedback 0
            p[Param.FeedbackPermille] = 500;   // a program sets feedback to 50 %
            pots.Lock(p);
            Assert.IsTrue(pots.IsLocked(ControlTable.Feedback));

            int[] raw = Raw(0);
            for (int position = 0; position < 2000; position += 40)
            {
                raw[ControlTable.Feedback] = position; // below 500 ‰ (position 2048)
                for (int i = 0; i < 40; i++) pots.Update(raw, p);
                Assert.AreEqual(500, p[Param.FeedbackPermille], "moved below the program value at " + position.ToString());
            }
            raw[ControlTable.Feedback] = 2600;         // past it: the pot takes over
            for (int i = 0; i < 100; i++) pots.Update(raw, p);
            Assert.IsFalse(pots.IsLocked(ControlTable.Feedback));
            // 2600 × 1000 / 4095 = 634.9; hysteresis (4) may leave the committed position up to 4 short: ≥ 633.9
            Assert.IsTrue(p[Param.FeedbackPermille] >= 634 && p[Param.FeedbackPermille] <= 635, "feedback " + p[Param.FeedbackPermille].ToString());
            raw[ControlTable.Feedback] = 1000;         // and now follows both ways
            for (int i = 0; i < 100; i++) pots.Update(raw, p);
            // 1000 × 1000 / 4095 = 244.2, up to 4 positions above: ≤ 245.2
            Assert.IsTrue(p[Param.FeedbackPermille] >= 244 && p[Param.FeedbackPermille] <= 245, "feedback " + p[Param.FeedbackPermille].ToString());
        }

        [TestMethod]
        public void JumpPotsDriveTheirParamRightAfterALoad()
        {
            PotBank pots = new PotBank();
            int[] p = Params();
            pots.Update(Raw(4095), p);
            p[Param.OutputLevelCentiDb] = -1200;
            pots.Lock(p);
            Assert.IsFalse(pots.IsLocked(ControlTable.OutputLevel));
            Assert.IsTrue(pots.Update(Raw(4095), p));
            Assert.AreEqual(2400, p[Param.OutputLevelCentiDb]);
        }

        [TestMethod]
        public void APotAlreadyAtTheLoadedValueIsNotLocked()
        {
            PotBank pots = new PotBank();
            int[] p = Params();
            pots.Update(Raw(4095), p);
            pots.Lock(p); // program equal to the pots
            for (int i = 0; i < ControlTable.PotCount; i++) Assert.IsFalse(pots.IsLocked(i));
        }
    }
}
