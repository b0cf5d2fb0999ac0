using System;
using System.Collections;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NF = nanoFramework.TestFramework;

namespace Permut8.Nano.TestFramework.Tests
{
    [TestClass]
    public class AssertTests
    {
        private static readonly DateTime Noon = new DateTime(2024, 1, 1, 12, 0, 0);

        // Every nano assert, called so that it must fail, with the name its message must start with.
        private static readonly (string Name, Action Call)[] Failing =
        {
            ("Assert.AreEqual", () => NF.Assert.AreEqual(true, false)),
            ("Assert.AreEqual", () => NF.Assert.AreEqual((byte)1, (byte)2)),
            ("Assert.AreEqual", () => NF.Assert.AreEqual('a', 'b')),
            ("Assert.AreEqual", () => NF.Assert.AreEqual(Noon, Noon.AddTicks(1))),
            ("Assert.AreEqual", () => NF.Assert.AreEqual(0.1 + 0.2, 0.3)),
            ("Assert.AreEqual", () => NF.Assert.AreEqual(1f, 1.0001f)),
            ("Assert.AreEqual", () => NF.Assert.AreEqual(1, 2)),
            ("Assert.AreEqual", () => NF.Assert.AreEqual(1L, 2L)),
            ("Assert.AreEqual", () => NF.Assert.AreEqual(new int[] { 1 }, new int[] { 1 })),
            ("Assert.AreEqual", () => NF.Assert.AreEqual((sbyte)-1, (sbyte)1)),
            ("Assert.AreEqual", () => NF.Assert.AreEqual((short)1, (short)2)),
            ("Assert.AreEqual", () => NF.Assert.AreEqual("a", "A")),
            ("Assert.AreEqual", () => NF.Assert.AreEqual(1u, 2u)),
            ("Assert.AreEqual", () => NF.Assert.AreEqual(1ul, 2ul)),
            ("Assert.AreEqual", () => NF.Assert.AreEqual((ushort)1, (ushort)2)),
            ("Assert.AreNotEqual", () => NF.Assert.AreNotEqual(3, 3)),
            ("Assert.AreNotEqual", () => NF.Assert.AreNotEqual("x", "x")),
            ("Assert.AreNotEqual", () => NF.Assert.AreNotEqual(double.NaN, double.NaN)),
            ("Assert.AreSame", () => NF.Assert.AreSame(new object(), new object())),
            ("Assert.AreSame", () => NF.Assert.AreSame(1, 1)),
            ("Assert.AreNotSame", () => { object o = new object(); NF.Assert.AreNotSame(o, o); }),
            ("Assert.IsTrue", () => NF.Assert.IsTrue(false)),
            ("Assert.IsFalse", () => NF.Assert.IsFalse(true)),
            ("Assert.IsNull", () => NF.Assert.IsNull("x")),
            ("Assert.IsNotNull", () => NF.Assert.IsNotNull(null!)),
            ("Assert.IsInstanceOfType", () => NF.Assert.IsInstanceOfType("x", typeof(int))),
            ("Assert.IsInstanceOfType", () => NF.Assert.IsInstanceOfType(null!, typeof(object))),
            ("Assert.IsNotInstanceOfType", () => NF.Assert.IsNotInstanceOfType("x", typeof(object))),
            ("Assert.Contains", () => NF.Assert.Contains("z", "abc")),
            ("Assert.DoesNotContains", () => NF.Assert.DoesNotContains("b", "abc")),
            ("Assert.StartsWith", () => NF.Assert.StartsWith("b", "abc")),
            ("Assert.EndsWith", () => NF.Assert.EndsWith("b", "abc")),
            ("Assert.ThrowsException", () => NF.Assert.ThrowsException(typeof(ArgumentException), () => { })),
            ("Assert.ThrowsException", () => NF.Assert.ThrowsException(typeof(ArgumentException), () => throw new ArgumentNullException("p"))),
            ("Assert.ThrowsException", () => NF.Assert.ThrowsException(typeof(Exception), () => throw new InvalidOperationException())),
            ("CollectionAssert.AreEqual", () => NF.CollectionAssert.AreEqual(new[] { 1, 2 }, new[] { 1, 3 })),
            ("CollectionAssert.AreEqual", () => NF.CollectionAssert.AreEqual(new[] { 1, 2 }, new[] { 1, 2, 3 })),
            ("CollectionAssert.AreNotEqual", () => NF.CollectionAssert.AreNotEqual(new[] { 1, 2 }, new[] { 1, 2 })),
            ("CollectionAssert.Empty", () => NF.CollectionAssert.Empty(new[] { 1 })),
            ("CollectionAssert.NotEmpty", () => NF.CollectionAssert.NotEmpty(new int[0])),
        };

        [TestMethod]
        public void EveryFailingAssert_ThrowsAssertFailedException_NamedInItsMessage()
        {
            foreach ((string name, Action call) in Failing)
            {
                var e = Assert.ThrowsExactly<TestFrameworkShared.AssertFailedException>(call, name);
                Assert.StartsWith(name + " failed. ", e.Message);
            }
        }

        [TestMethod]
        public void FailedAssert_IsAnMSTestAssertFailure_AndAppendsTheMessage()
        {
            var e = Assert.ThrowsExactly<TestFrameworkShared.AssertFailedException>(() => NF.Assert.AreEqual(4, 5, "gain stage"));

            Assert.IsInstanceOfType<AssertFailedException>(e);
            Assert.AreEqual("Assert.AreEqual failed. Expected:<4>. Actual:<5>. gain stage", e.Message);
        }

        [TestMethod]
        public void PassingAsserts_DoNotThrow()
        {
            object same = new object();
            NF.Assert.AreEqual(0.5, 0.25 * 2);
            NF.Assert.AreEqual(7, 7);
            NF.Assert.AreEqual("ab", "a" + "b");
            NF.Assert.AreEqual(double.NaN, double.NaN);
            NF.Assert.AreEqual(Noon, new DateTime(2024, 1, 1, 12, 0, 0));
            NF.Assert.AreNotEqual(1, 2);
            NF.Assert.AreSame(same, same);
            NF.Assert.AreNotSame(same, new object());
            NF.Assert.IsTrue(true);
            NF.Assert.IsFalse(false);
            NF.Assert.IsNull(null!);
            NF.Assert.IsNotNull(same);
            NF.Assert.IsInstanceOfType(new ArgumentNullException(), typeof(ArgumentException));
            NF.Assert.IsNotInstanceOfType("x", typeof(int));
            NF.Assert.Contains("b", "abc");
            NF.Assert.DoesNotContains("z", "abc");
            NF.Assert.StartsWith("ab", "abc");
            NF.Assert.EndsWith("bc", "abc");
            NF.CollectionAssert.AreEqual(new[] { 1, 2 }, new[] { 1, 2 });
            NF.CollectionAssert.AreEqual(new ArrayList { "a", 1 }, new object[] { "a", 1 });
            NF.CollectionAssert.AreNotEqual(new[] { 1, 2 }, new[] { 2, 1 });
            NF.CollectionAssert.Empty(new byte[0]);
            NF.CollectionAssert.NotEmpty(new[] { 0 });
        }

        [TestMethod]
        public void ThrowsException_PassesOnlyForTheExactType()
        {
            NF.Assert.ThrowsException(typeof(ArgumentNullException), () => throw new ArgumentNullException("p"));
            NF.Assert.ThrowsException(typeof(NF.SkipTestException), () => NF.Assert.SkipTest("x"));
        }

        [TestMethod]
        public void SkipTest_ThrowsSkipTestException_WhichMSTestTreatsAsInconclusive()
        {
            var e = Assert.ThrowsExactly<NF.SkipTestException>(() => NF.Assert.SkipTest("needs I2S"));

            Assert.AreEqual("needs I2S", e.Message);
            Assert.IsInstanceOfType<AssertInconclusiveException>(e);
        }

        [TestMethod]
        public void SequenceEqual_ComparesLengthAndElements()
        {
            Assert.IsTrue(NF.TestExtensions.SequenceEqual(new byte[] { 1, 2 }, new byte[] { 1, 2 }));
            Assert.IsFalse(NF.TestExtensions.SequenceEqual(new byte[] { 1, 2 }, new byte[] { 1, 3 }));
            Assert.IsFalse(NF.TestExtensions.SequenceEqual(new byte[] { 1 }, new byte[] { 1, 2 }));
        }

        [TestMethod]
        public void OutputHelper_WritesToTheConsole()
        {
            TextWriter original = Console.Out;
            var captured = new StringWriter();
            Console.SetOut(captured);
            try
            {
                NF.OutputHelper.Write("level ");
                NF.OutputHelper.WriteLine("-12 dB");
            }
            finally
            {
                Console.SetOut(original);
            }
            Assert.AreEqual("level -12 dB" + Environment.NewLine, captured.ToString());
        }
    }
}
