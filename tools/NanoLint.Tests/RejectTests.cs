using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoLint.Tests
{
    /// <summary>Each nanoFramework v1 constraint (DESIGN.md §6, spec/nanoframework.md "Constraints") is caught.</summary>
    [TestClass]
    public class RejectTests
    {
        private static void AssertFlags(string code, string body, string? expectedText = null)
        {
            string source = "using System;\nnamespace N\n{\n    public class C\n    {\n" + body + "\n    }\n}\n";
            List<Violation> violations = LintHelper.Lint(source);
            Violation? hit = violations.FirstOrDefault(v => v.Code == code && (expectedText == null || v.Message.Contains(expectedText)));
            Assert.IsNotNull(hit, $"expected {code} {expectedText} in:\n{LintHelper.Describe(violations)}");
            Assert.IsGreaterThan(5, hit.Line, "the violation points into the member, not the file head");
        }

        private static void AssertFileFlags(string code, string source)
        {
            List<Violation> violations = LintHelper.Lint(source);
            Assert.IsTrue(violations.Any(v => v.Code == code), $"expected {code} in:\n{LintHelper.Describe(violations)}");
        }

        [TestMethod]
        public void GenericListIsRejected() => AssertFlags(Codes.Generics, "object M() { return new System.Collections.Generic.List<int>(); }", "List<int>");

        [TestMethod]
        public void FuncDelegateIsRejected() => AssertFlags(Codes.Generics, "Func<int, int> square = x => x * x;", "Func<int, int>");

        [TestMethod]
        public void ActionOfTIsRejected() => AssertFlags(Codes.Generics, "void M(Action<string> log) { log(\"x\"); }", "Action<string>");

        [TestMethod]
        public void SpanOfTIsRejected() => AssertFlags(Codes.Generics, "void M(byte[] b) { Span<byte> s = b; }", "Span<byte>");

        [TestMethod]
        public void UsingSystemLinqIsRejected() =>
            AssertFileFlags(Codes.ForbiddenNamespace, "using System.Linq;\nnamespace N { public class C { } }\n");

        [TestMethod]
        public void UsingSystemCollectionsGenericIsRejected() =>
            AssertFileFlags(Codes.ForbiddenNamespace, "using System.Collections.Generic;\nnamespace N { public class C { } }\n");

        [TestMethod]
        public void GenericClassDeclarationIsRejected() =>
            AssertFileFlags(Codes.Generics, "namespace N { public class Box<T> { public T Value; } }\n");

        [TestMethod]
        public void GenericMethodDeclarationIsRejected() => AssertFlags(Codes.Generics, "T First<T>(T[] items) { return items[0]; }", "First<T>");

        [TestMethod]
        public void AsyncMethodIsRejected() => AssertFlags(Codes.Async, "async void M() { }");

        [TestMethod]
        public void AwaitIsRejected() => AssertFlags(Codes.Async, "async System.Threading.Tasks.Task M() { await System.Threading.Tasks.Task.Delay(1); }", "await");

        [TestMethod]
        public void YieldIsRejected() => AssertFlags(Codes.Yield, "System.Collections.IEnumerable M() { yield return 1; }");

        [TestMethod]
        public void NullableIntIsRejected() => AssertFlags(Codes.NullableValueType, "int? cached;", "int?");

        [TestMethod]
        public void NullableUserStructIsRejected() => AssertFlags(Codes.NullableValueType, "struct S { } S? maybe;", "S?");

        [TestMethod]
        public void TupleTypeIsRejected() => AssertFlags(Codes.Tuple, "(int, int) Pair() { return (1, 2); }", "(int, int)");

        [TestMethod]
        public void TupleLiteralIsRejected() => AssertFlags(Codes.Tuple, "void M() { var p = (1, 2); }", "(1, 2)");

        [TestMethod]
        public void RecordIsRejected() => AssertFileFlags(Codes.Record, "namespace N { public record Point(int X, int Y); }\n");

        [TestMethod]
        public void DecimalIsRejected() => AssertFlags(Codes.Decimal, "decimal price;");

        [TestMethod]
        public void DecimalLiteralIsRejected() => AssertFlags(Codes.Decimal, "object price = 1.5m;", "literal");

        [TestMethod]
        public void DynamicIsRejected() => AssertFlags(Codes.Dynamic, "dynamic anything;");

        [TestMethod]
        public void MultidimensionalArrayIsRejected() => AssertFlags(Codes.MultiDimensionalArray, "float[,] grid = new float[2, 2];", "[,]");

        [TestMethod]
        public void CSharp10FileScopedNamespaceIsRejected() =>
            AssertFileFlags(Codes.LanguageVersion, "namespace N;\npublic class C { }\n");

        [TestMethod]
        public void CSharp10GlobalUsingIsRejected() =>
            AssertFileFlags(Codes.LanguageVersion, "global using System;\nnamespace N { public class C { } }\n");

        [TestMethod]
        public void CSharp11RawStringIsRejected() => AssertFlags(Codes.LanguageVersion, "string s = \"\"\"raw\"\"\";");

        [TestMethod]
        public void MathFIsRejected() => AssertFlags(Codes.MissingApi, "float M() { return MathF.Sin(1f); }", "MathF");

        [TestMethod]
        public void StringJoinIsRejected() => AssertFlags(Codes.MissingApi, "string M(string[] a) { return string.Join(\",\", a); }", "String.Join");

        [TestMethod]
        public void ArraySortIsRejected() => AssertFlags(Codes.MissingApi, "void M(int[] a) { Array.Sort(a); }", "Array.Sort");

        [TestMethod]
        public void BufferBlockCopyIsRejected() => AssertFlags(Codes.MissingApi, "void M(byte[] a, byte[] b) { Buffer.BlockCopy(a, 0, b, 0, 4); }", "Buffer");

        [TestMethod]
        public void MathClampOnIntsIsRejected() =>
            AssertFlags(Codes.MissingApi, "int M(int v) { return Math.Clamp(v, 0, 10); }", "Math.Clamp takes (int, int, int)");

        [TestMethod]
        public void StopwatchIsRejected() =>
            AssertFlags(Codes.MissingApi, "long M() { var sw = System.Diagnostics.Stopwatch.StartNew(); return sw.ElapsedTicks; }", "Stopwatch");

        [TestMethod]
        public void ConsoleWriteLineOfIntIsRejected() =>
            AssertFlags(Codes.MissingApi, "void M() { Console.WriteLine(42); }", "Console.WriteLine");

        [TestMethod]
        public void CharIsDigitIsRejected() => AssertFlags(Codes.MissingApi, "bool M(char c) { return char.IsDigit(c); }", "Char.IsDigit");

        [TestMethod]
        public void MissingMemberOfNanoOnlyTypeIsRejected() =>
            AssertFileFlags(Codes.MissingApi, "using System.Device.Gpio;\nnamespace N { public class C { void M() { var g = new GpioController(); g.OpenPinFast(4); } } }\n");

        [TestMethod]
        public void ViolationLinePointsAtTheOffendingCode()
        {
            List<Violation> violations = LintHelper.Lint("namespace N\n{\n    public class C\n    {\n        int? x;\n    }\n}\n");

            Assert.HasCount(1, violations);
            Assert.AreEqual("Test.cs:5:9: NANO008 nullable value type int?: not supported on nanoFramework v1 (use a flag or a sentinel value)", violations[0].ToString());
        }
    }
}
