using nanoFramework.TestFramework;
using Permut8.Nano.Core;
using Permut8.Nano.Core.Controls;

namespace Permut8.Nano.Tests
{
    /// <summary>Pot position → param value. Expected values come from the tapers' definitions (ControlMapper,
    /// ControlTable docs), worked out by hand: clock = 352800 × 2^(−10 × (4095 − p) / 4095).</summary>
    [TestClass]
    public class ControlMapperTests
    {
        [TestMethod]
        [DataRow(4095, 352800)]
        [DataRow(3276, 88200)]
        [DataRow(2457, 22050)]
        [DataRow(1638, 5513)]
        [DataRow(819, 1378)]
        [DataRow(0, 345)]
        public void ClockKnobIsTwoOctavesPer819Positions(int position, int hz)
        {
            Assert.AreEqual(hz, ControlMapper.Map(ControlTable.Clock, position));
        }

        [TestMethod]
        public void ClockKnobBetweenWholeOctavesIsWithinThreeHundredthsOfAPercent()
        {
            // p = 3071: 10 × 1024 / 4095 = 2.50061 octaves below 352.8 kHz = 62340.43 Hz
            int hz = ControlMapper.Map(ControlTable.Clock, 3071);
            Assert.IsTrue(hz >= 62322 && hz <= 62359, "clock at 3071 = " + hz.ToString());
            // p = 2048: 10 × 2047 / 4095 octaves = 11034.33 Hz
            hz = ControlMapper.Map(ControlTable.Clock, 2048);
            Assert.IsTrue(hz >= 11031 && hz <= 11038, "clock at 2048 = " + hz.ToString());
        }

        [TestMethod]
        public void ClockKnobRisesMonotonicallyOverTheWholeTravel()
        {
            int previous = 0;
            for (int p = 0; p <= 4095; p++)
            {
                int hz = ControlMapper.Map(ControlTable.Clock, p);
                Assert.IsTrue(hz >= previous, "clock falls at position " + p.ToString());
                previous = hz;
            }
        }

        [TestMethod]
        [DataRow(0, 0)]
        [DataRow(15, 0)]
        [DataRow(16, 1)]
        [DataRow(2048, 128)]
        [DataRow(4079, 254)]
        [DataRow(4080, 255)]
        [DataRow(4095, 255)]
        public void OperandPotGivesEveryValueSixteenPositions(int position, int operand)
        {
            Assert.AreEqual(operand, ControlMapper.Map(ControlTable.Operand1, position));
            Assert.AreEqual(operand, ControlMapper.Map(ControlTable.Operand2, position));
        }

        [TestMethod]
        [DataRow(0, 0)]
        [DataRow(4095, 1000)]
        [DataRow(2048, 500)]
        [DataRow(1, 0)]
        [DataRow(3, 1)]
        public void FeedbackAndMixAreLinearPermilleWithExactEnds(int position, int permille)
        {
            Assert.AreEqual(permille, ControlMapper.Map(ControlTable.Feedback, position));
            Assert.AreEqual(permille, ControlMapper.Map(ControlTable.Mix, position));
        }

        [TestMethod]
        [DataRow(0, -6000)]
        [DataRow(4095, 2400)]
        [DataRow(2925, 0)]
        [DataRow(2900, 0)]
        [DataRow(2950, 0)]
        [DataRow(2000, -1897)]
        public void LevelsSpanMinus60ToPlus24DbWithAUnityDetent(int position, int centiDb)
        {
            // −6000 + p × 8400 / 4095: p = 2925 → 0; ±1.5 % around it lands within ±100 cdB → snaps to 0
            Assert.AreEqual(centiDb, ControlMapper.Map(ControlTable.InputLevel, position));
            Assert.AreEqual(centiDb, ControlMapper.Map(ControlTable.OutputLevel, position));
        }

        [TestMethod]
        [DataRow(0, -1000)]
        [DataRow(4095, 1000)]
        [DataRow(2048, 0)]
        [DataRow(2090, 0)]
        [DataRow(2200, 74)]
        public void FilterIsBipolarWithAnOpenCentre(int position, int freq)
        {
            Assert.AreEqual(freq, ControlMapper.Map(ControlTable.Filter, position));
        }

        [TestMethod]
        public void PositionsOutsideTheAdcRangeAreClamped()
        {
            Assert.AreEqual(0, ControlMapper.Map(ControlTable.Feedback, -50));
            Assert.AreEqual(1000, ControlMapper.Map(ControlTable.Feedback, 5000));
        }

        [TestMethod]
        public void EveryPotTargetsADistinctEngineParam()
        {
            for (int i = 0; i < ControlTable.PotCount; i++)
            {
                int target = ControlTable.TargetParam[i];
                Assert.IsTrue(target >= 0 && target < Param.ControlCount);
                for (int j = 0; j < i; j++) Assert.AreNotEqual(ControlTable.TargetParam[j], target);
                Assert.IsTrue(ControlTable.SmoothingShift[i] >= 1 && ControlTable.SmoothingShift[i] <= 7, "shift > 7 would keep the smoothed pot off its ends");
            }
        }
    }
}
