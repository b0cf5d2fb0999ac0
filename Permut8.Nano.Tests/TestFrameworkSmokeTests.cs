using nanoFramework.TestFramework;

namespace Permut8.Nano.Tests
{
    /// <summary>
    /// Shows the rules every test here follows on both runners: state in static fields (the nano launcher invokes
    /// on a null instance), [Setup] once per class, DataRow literals of the parameter's exact type.
    /// </summary>
    [TestClass]
    public class TestFrameworkSmokeTests
    {
        private static int[] s_squares;

        [Setup]
        public void FillSquares()
        {
            s_squares = new int[16];
            for (int i = 0; i < s_squares.Length; i++)
            {
                s_squares[i] = i * i;
            }
        }

        [TestMethod]
        public void SetupFilledTheStaticTableBeforeTheTests()
        {
            Assert.AreEqual(16, s_squares.Length);
            Assert.AreEqual(225, s_squares[15]);
        }

        [TestMethod]
        [DataRow(3, 4, 5)]
        [DataRow(5, 12, 13)]
        [DataRow(8, 15, 17)]
        public void PythagoreanTriplesAddUp(int a, int b, int c)
        {
            Assert.AreEqual(c * c, a * a + b * b);
        }

        [TestMethod]
        [DataRow(0.5f, 0.25f)]
        public void HalvingAFloatIsExact(float value, float half)
        {
            Assert.AreEqual(half, value / 2f);
        }
    }
}
