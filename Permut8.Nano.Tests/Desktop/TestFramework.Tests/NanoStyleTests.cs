using nanoFramework.TestFramework;

// Written exactly as NFUnitTest sources are (nano attributes, static state) and run by `dotnet test` itself.
namespace Permut8.Nano.TestFramework.Tests
{
    [TestClass]
    public class NanoStyleTests
    {
        private static int s_setupCalls;
        private static int s_testsRun;
        private static int s_rowSum;

        [Setup]
        public void Setup()
        {
            Assert.AreEqual(0, s_testsRun, "Setup runs before any test");
            s_setupCalls++;
        }

        [TestMethod]
        public void SetupRanExactlyOnce()
        {
            s_testsRun++;
            Assert.AreEqual(1, s_setupCalls);
        }

        [TestMethod]
        [DataRow(1, 2, 3)]
        [DataRow(5, 6, 11)]
        [DataRow(-4, 4, 0)]
        public void EachRowRunsWithItsValues(int a, int b, int sum)
        {
            s_testsRun++;
            s_rowSum += sum;
            Assert.AreEqual(1, s_setupCalls);
            Assert.AreEqual(sum, a + b);
        }

        [TestMethod]
        [DataRow(0.25, "quarter")]
        public void RowsMayMixTypes(double value, string name)
        {
            s_testsRun++;
            Assert.AreEqual(0.25, value);
            Assert.AreEqual("quarter", name);
        }

        [TestMethod]
        public void SkipTestIsReportedAsSkipped()
        {
            s_testsRun++;
            Assert.SkipTest("reported as skipped by dotnet test");
        }

        [Cleanup]
        public void Cleanup()
        {
            // Runs after all 6 tests (1 + 3 rows + 1 row + 1 skipped); a failure here fails the last test.
            Assert.AreEqual(6, s_testsRun);
            Assert.AreEqual(14, s_rowSum);
        }
    }

    [TestClass]
    public class NanoStyleSkippedClassTests
    {
        [Setup]
        public void Setup() => Assert.SkipTest("whole class skipped in Setup");

        [TestMethod]
        public void WouldFail() => Assert.IsTrue(false);
    }
}
