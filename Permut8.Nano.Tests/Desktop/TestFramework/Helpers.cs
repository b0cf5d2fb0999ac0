using System;
using System.Collections;

namespace nanoFramework.TestFramework
{
#nullable disable
    /// <summary>Element-by-element asserts over ICollection (arrays included), compared with object.Equals.</summary>
    public sealed class CollectionAssert
    {
        public static void AreEqual(ICollection expected, ICollection actual, string message = "")
        {
            string difference = Difference(expected, actual);
            if (difference != null)
            {
                Assert.Raise("CollectionAssert.AreEqual", difference, message);
            }
        }

        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "")
        {
            if (Difference(notExpected, actual) == null)
            {
                Assert.Raise("CollectionAssert.AreNotEqual", "The collections are equal.", message);
            }
        }

        public static void Empty(ICollection collection, string message = "")
        {
            if (collection == null || collection.Count != 0)
            {
                Assert.Raise("CollectionAssert.Empty", $"Expected an empty collection, got {(collection == null ? "null" : collection.Count + " elements")}.", message);
            }
        }

        public static void NotEmpty(ICollection collection, string message = "")
        {
            if (collection == null || collection.Count == 0)
            {
                Assert.Raise("CollectionAssert.NotEmpty", "Expected a non-empty collection.", message);
            }
        }

        private static string Difference(ICollection expected, ICollection actual)
        {
            if (ReferenceEquals(expected, actual))
            {
                return null;
            }
            if (expected == null || actual == null)
            {
                return $"Expected:<{Assert.Show(expected)}>. Actual:<{Assert.Show(actual)}>.";
            }
            if (expected.Count != actual.Count)
            {
                return $"Expected {expected.Count} elements, got {actual.Count}.";
            }
            IEnumerator e = expected.GetEnumerator();
            IEnumerator a = actual.GetEnumerator();
            for (int i = 0; e.MoveNext() && a.MoveNext(); i++)
            {
                if (!Equals(e.Current, a.Current))
                {
                    return $"Element {i}: Expected:<{Assert.Show(e.Current)}>. Actual:<{Assert.Show(a.Current)}>.";
                }
            }
            return null;
        }
    }

    /// <summary>Test output; goes to the console as on nano (MSTest captures it per test).</summary>
    public static class OutputHelper
    {
        public static void Write(string message) => Console.Write(message);

        public static void WriteLine(string message) => Console.WriteLine(message);
    }

    public static class TestExtensions
    {
        /// <summary>True when both arrays have the same length and equal (object.Equals) elements in order.</summary>
        public static bool SequenceEqual(this Array a, Array b)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }
            if (a == null || b == null || a.Length != b.Length)
            {
                return false;
            }
            for (int i = 0; i < a.Length; i++)
            {
                if (!Equals(a.GetValue(i), b.GetValue(i)))
                {
                    return false;
                }
            }
            return true;
        }
    }
}
