using System;
using System.Collections.Generic;
using nanoFramework.TestFramework;

#pragma warning disable MSTEST0030 // fixtures are deliberately not [TestClass]

// Fixture classes carry nano attributes but no [TestClass], so MSTest never runs them by itself: the lifecycle
// tests drive them through the nano [TestMethod] attribute. Each fixture is used by exactly one test.
namespace Permut8.Nano.TestFramework.Tests.Fixtures
{
    public class OrderFixture
    {
        public static readonly List<string> Log = new List<string>();

        [Setup]
        public void Prepare() => Log.Add("setup");

        [TestMethod]
        public void First() => Log.Add("first");

        [TestMethod]
        [DataRow(1, 2)]
        [DataRow(3, 4)]
        public void Rows(int a, int b) => Log.Add("row" + a + b);

        [Cleanup]
        public void Release() => Log.Add("cleanup");
    }

    public class SkippedInSetupFixture
    {
        public static readonly List<string> Log = new List<string>();

        [Setup]
        public void Prepare()
        {
            Log.Add("setup");
            Assert.SkipTest("no hardware here");
        }

        [TestMethod]
        public void NeverRuns() => Log.Add("test");

        [TestMethod]
        public void NeverRunsEither() => Log.Add("test");

        [Cleanup]
        public void Release() => Log.Add("cleanup");
    }

    public class FailingSetupFixture
    {
        [Setup]
        public void Prepare() => throw new InvalidOperationException("board missing");

        [TestMethod]
        public void Test()
        {
        }
    }

    public class FailingCleanupFixture
    {
        [TestMethod]
        public void Test()
        {
        }

        [Cleanup]
        public void Release() => throw new InvalidOperationException("leak");
    }

    public class ExactTypeFixture
    {
        public static readonly List<object> Seen = new List<object>();

        [TestMethod]
        [DataRow(1)]
        [DataRow(1L)]
        public void TakesLong(long value) => Seen.Add(value);

        [TestMethod]
        [DataRow(0.5)]
        [DataRow(0.5f)]
        public void TakesDouble(double value) => Seen.Add(value);

        [TestMethod]
        [DataRow("text")]
        public void TakesObject(object value) => Seen.Add(value);
    }

    public class RowsWithoutTestMethodFixture
    {
        [DataRow(1)]
        public void Forgotten(int value)
        {
        }

        [TestMethod]
        public void Fine()
        {
        }
    }

    public class SkipInTestFixture
    {
        [TestMethod]
        public void SkipsItself() => Assert.SkipTest("not on the desktop");

        [TestMethod]
        public void FailsItself() => Assert.AreEqual(1, 2);
    }
}
