using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using TestFrameworkShared;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// nanoFramework.TestFramework 3.0.x asserts: same names and overloads, "Assert.X failed. …" messages.
    /// AreEqual uses object.Equals, so arrays compare by reference (use CollectionAssert) and there is no delta.
    /// Parameters are not nullable-annotated so nano test code compiles unchanged.
    /// </summary>
#nullable disable
    public sealed partial class Assert
    {
        public static void AreEqual(bool expected, bool actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(byte expected, byte actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(char expected, char actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(DateTime expected, DateTime actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(double expected, double actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(float expected, float actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(int expected, int actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(long expected, long actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(object expected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(sbyte expected, sbyte actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(short expected, short actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(string expected, string actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(uint expected, uint actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(ulong expected, ulong actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(ushort expected, ushort actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(bool notExpected, bool actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(byte notExpected, byte actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(char notExpected, char actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(DateTime notExpected, DateTime actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(double notExpected, double actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(float notExpected, float actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(int notExpected, int actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(long notExpected, long actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(object notExpected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(sbyte notExpected, sbyte actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(short notExpected, short actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(string notExpected, string actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(uint notExpected, uint actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(ulong notExpected, ulong actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(ushort notExpected, ushort actual, [CallerArgumentExpression(nameof(actual))] string message = "") => CheckNotEqual(notExpected, actual, message);

        public static void AreSame(object expected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            RejectValueTypes("AreSame", expected, actual, message);
            if (!ReferenceEquals(expected, actual))
            {
                Fail("AreSame", $"Expected the same object as <{Show(expected)}>, got <{Show(actual)}>.", message);
            }
        }

        public static void AreNotSame(object notExpected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            RejectValueTypes("AreNotSame", notExpected, actual, message);
            if (ReferenceEquals(notExpected, actual))
            {
                Fail("AreNotSame", $"Both are the same object <{Show(actual)}>.", message);
            }
        }

        public static void IsTrue(bool condition, [CallerArgumentExpression(nameof(condition))] string message = "")
        {
            if (!condition)
            {
                Fail("IsTrue", "Expected true, got false.", message);
            }
        }

        public static void IsFalse(bool condition, [CallerArgumentExpression(nameof(condition))] string message = "")
        {
            if (condition)
            {
                Fail("IsFalse", "Expected false, got true.", message);
            }
        }

        public static void IsNull(object value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value != null)
            {
                Fail("IsNull", $"Expected null, got <{Show(value)}>.", message);
            }
        }

        public static void IsNotNull(object value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value == null)
            {
                Fail("IsNotNull", "Expected a value, got null.", message);
            }
        }

        public static void IsInstanceOfType(object value, Type expected, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (expected == null || value == null || !expected.IsInstanceOfType(value))
            {
                Fail("IsInstanceOfType", $"Expected an instance of <{expected}>, got <{value?.GetType().ToString() ?? "null"}>.", message);
            }
        }

        public static void IsNotInstanceOfType(object value, Type notExpected, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (notExpected == null || (value != null && notExpected.IsInstanceOfType(value)))
            {
                Fail("IsNotInstanceOfType", $"Did not expect an instance of <{notExpected}>, got <{value?.GetType()}>.", message);
            }
        }

        public static void Contains(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (expected == null || value == null || value.IndexOf(expected, StringComparison.Ordinal) < 0)
            {
                Fail("Contains", $"<{Show(value)}> does not contain <{Show(expected)}>.", message);
            }
        }

        public static void DoesNotContains(string notExpected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (notExpected == null || value == null || value.IndexOf(notExpected, StringComparison.Ordinal) >= 0)
            {
                Fail("DoesNotContains", $"<{Show(value)}> contains <{Show(notExpected)}>.", message);
            }
        }

        public static void StartsWith(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (expected == null || value == null || !value.StartsWith(expected, StringComparison.Ordinal))
            {
                Fail("StartsWith", $"<{Show(value)}> does not start with <{Show(expected)}>.", message);
            }
        }

        public static void EndsWith(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (expected == null || value == null || !value.EndsWith(expected, StringComparison.Ordinal))
            {
                Fail("EndsWith", $"<{Show(value)}> does not end with <{Show(expected)}>.", message);
            }
        }

        /// <summary>Passes only when action throws exactly <paramref name="exception"/> (a derived type fails).</summary>
        public static void ThrowsException(Type exception, Action action, [CallerArgumentExpression(nameof(action))] string message = "")
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                if (e.GetType() != exception)
                {
                    Fail("ThrowsException", $"Expected exception of type <{exception}>, got <{e.GetType()}>: {e.Message}", message);
                }
                return;
            }
            Fail("ThrowsException", $"Expected exception of type <{exception}>, none was thrown.", message);
        }

        [DoesNotReturn]
        public static void SkipTest(string message = null) => throw new SkipTestException(message);

        private static void CheckEqual(object expected, object actual, string message)
        {
            if (!Equals(expected, actual))
            {
                Fail("AreEqual", $"Expected:<{Show(expected)}>. Actual:<{Show(actual)}>.", message);
            }
        }

        private static void CheckNotEqual(object notExpected, object actual, string message)
        {
            if (Equals(notExpected, actual))
            {
                Fail("AreNotEqual", $"Expected any value except:<{Show(notExpected)}>. Actual:<{Show(actual)}>.", message);
            }
        }

        private static void RejectValueTypes(string name, object a, object b, string message)
        {
            if (a is ValueType || b is ValueType)
            {
                Fail(name, "Do not pass value types: boxing makes them different objects.", message);
            }
        }

        internal static string Show(object value) => value == null ? "(null)" : value.ToString();

        [DoesNotReturn]
        private static void Fail(string assertName, string details, string message) => Raise("Assert." + assertName, details, message);

        [DoesNotReturn]
        internal static void Raise(string fullName, string details, string message) =>
            throw new AssertFailedException($"{fullName} failed. {details}" + (string.IsNullOrEmpty(message) ? "" : " " + message));
    }
}
