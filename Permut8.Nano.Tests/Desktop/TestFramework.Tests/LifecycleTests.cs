using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Permut8.Nano.TestFramework.Tests.Fixtures;

namespace Permut8.Nano.TestFramework.Tests
{
    [TestClass]
    public class LifecycleTests
    {
        [TestMethod]
        public void Setup_RunsOnceBeforeFirstTest_CleanupOnceAfterLast()
        {
            Assert.AreEqual(UnitTestOutcome.Passed, FakeTestMethod.Run(typeof(OrderFixture), "First").Outcome);
            CollectionAssert.AreEqual(new[] { "setup", "first" }, OrderFixture.Log);

            Assert.AreEqual(UnitTestOutcome.Passed, FakeTestMethod.Run(typeof(OrderFixture), "Rows", 1, 2).Outcome);
            CollectionAssert.AreEqual(new[] { "setup", "first", "row12" }, OrderFixture.Log);

            Assert.AreEqual(UnitTestOutcome.Passed, FakeTestMethod.Run(typeof(OrderFixture), "Rows", 3, 4).Outcome);
            CollectionAssert.AreEqual(new[] { "setup", "first", "row12", "row34", "cleanup" }, OrderFixture.Log);
        }

        [TestMethod]
        public void SkipTestInSetup_SkipsEveryTestOfClass_AndItsCleanup()
        {
            TestResult a = FakeTestMethod.Run(typeof(SkippedInSetupFixture), "NeverRuns");
            TestResult b = FakeTestMethod.Run(typeof(SkippedInSetupFixture), "NeverRunsEither");

            Assert.AreEqual(UnitTestOutcome.Inconclusive, a.Outcome);
            Assert.AreEqual(UnitTestOutcome.Inconclusive, b.Outcome);
            Assert.Contains("no hardware here", a.TestFailureException!.Message);
            CollectionAssert.AreEqual(new[] { "setup" }, SkippedInSetupFixture.Log);
        }

        [TestMethod]
        public void FailingSetup_FailsTheClassTests()
        {
            TestResult result = FakeTestMethod.Run(typeof(FailingSetupFixture), "Test");

            Assert.AreEqual(UnitTestOutcome.Failed, result.Outcome);
            Assert.Contains("board missing", result.TestFailureException!.Message);
        }

        [TestMethod]
        public void FailingCleanup_FailsTheLastTest()
        {
            TestResult result = FakeTestMethod.Run(typeof(FailingCleanupFixture), "Test");

            Assert.AreEqual(UnitTestOutcome.Failed, result.Outcome);
            Assert.Contains("Cleanup of FailingCleanupFixture failed: leak", result.TestFailureException!.Message);
        }

        [TestMethod]
        public void DataRow_ValuesMustHaveTheParameterExactType()
        {
            TestResult intForLong = FakeTestMethod.Run(typeof(ExactTypeFixture), "TakesLong", 1);
            TestResult longForLong = FakeTestMethod.Run(typeof(ExactTypeFixture), "TakesLong", 1L);
            TestResult doubleForDouble = FakeTestMethod.Run(typeof(ExactTypeFixture), "TakesDouble", 0.5);
            TestResult floatForDouble = FakeTestMethod.Run(typeof(ExactTypeFixture), "TakesDouble", 0.5f);
            TestResult stringForObject = FakeTestMethod.Run(typeof(ExactTypeFixture), "TakesObject", "text");

            Assert.AreEqual(UnitTestOutcome.Failed, intForLong.Outcome);
            Assert.Contains("is Int32 but the parameter is Int64", intForLong.TestFailureException!.Message);
            Assert.AreEqual(UnitTestOutcome.Passed, longForLong.Outcome);
            Assert.AreEqual(UnitTestOutcome.Passed, doubleForDouble.Outcome);
            Assert.AreEqual(UnitTestOutcome.Failed, floatForDouble.Outcome);
            Assert.AreEqual(UnitTestOutcome.Passed, stringForObject.Outcome);
            CollectionAssert.AreEqual(new object[] { 1L, 0.5, "text" }, ExactTypeFixture.Seen);
        }

        [TestMethod]
        public void DataRowWithoutTestMethod_IsReportedInsteadOfSilentlyIgnored()
        {
            TestResult result = FakeTestMethod.Run(typeof(RowsWithoutTestMethodFixture), "Fine");

            Assert.AreEqual(UnitTestOutcome.Failed, result.Outcome);
            Assert.Contains("Forgotten has [DataRow] but no [TestMethod]", result.TestFailureException!.Message);
        }

        [TestMethod]
        public void SkipTestInTest_IsInconclusive_FailingAssertIsFailed()
        {
            Assert.AreEqual(UnitTestOutcome.Inconclusive, FakeTestMethod.Run(typeof(SkipInTestFixture), "SkipsItself").Outcome);
            TestResult failed = FakeTestMethod.Run(typeof(SkipInTestFixture), "FailsItself");
            Assert.AreEqual(UnitTestOutcome.Failed, failed.Outcome);
            Assert.IsInstanceOfType<AssertFailedException>(failed.TestFailureException);
        }

        [TestMethod]
        public void DataRow_RejectsAnEmptyRow()
        {
            Assert.ThrowsExactly<ArgumentException>(() => new nanoFramework.TestFramework.DataRowAttribute());
        }
    }
}
