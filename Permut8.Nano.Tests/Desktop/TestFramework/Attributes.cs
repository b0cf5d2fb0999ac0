using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Mst = Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a public class whose tests run. Derived from MSTest's so `dotnet test` discovers it.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public class TestClassAttribute : Mst.TestClassAttribute
    {
    }

    /// <summary>
    /// Marks a public void test method. Execution follows the nano launcher: the class's [Setup] methods run once
    /// before its first test, [Cleanup] once after its last, DataRow arguments must have the parameter's exact type.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public class TestMethodAttribute : Mst.TestMethodAttribute
    {
        public TestMethodAttribute([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = -1)
            : base(callerFilePath, callerLineNumber)
        {
        }

        public override async Task<Mst.TestResult[]> ExecuteAsync(Mst.ITestMethod testMethod)
        {
            Type testClass = testMethod.MethodInfo.DeclaringType!;
            Mst.TestResult[] results = await RunAsync(ClassLifecycle.Enter(testClass), testMethod).ConfigureAwait(false);
            Exception? cleanupFailure = ClassLifecycle.Exit(testClass);
            if (cleanupFailure != null && results.Length > 0)
            {
                Mst.TestResult last = results[results.Length - 1];
                last.Outcome = Mst.UnitTestOutcome.Failed;
                last.TestFailureException = cleanupFailure;
            }
            return results;
        }

        private async Task<Mst.TestResult[]> RunAsync(ClassLifecycle.State state, Mst.ITestMethod testMethod)
        {
            if (state.SkipMessage != null)
            {
                return new[] { Result(Mst.UnitTestOutcome.Inconclusive, new SkipTestException(state.SkipMessage)) };
            }
            if (state.SetupFailure != null)
            {
                return new[] { Result(Mst.UnitTestOutcome.Failed, state.SetupFailure) };
            }
            string? mismatch = DataRowAttribute.CheckExactTypes(testMethod.MethodInfo, testMethod.Arguments);
            if (mismatch != null)
            {
                return new[] { Result(Mst.UnitTestOutcome.Failed, new TestFrameworkShared.AssertFailedException(mismatch)) };
            }
            return await base.ExecuteAsync(testMethod).ConfigureAwait(false);
        }

        private static Mst.TestResult Result(Mst.UnitTestOutcome outcome, Exception exception) =>
            new Mst.TestResult { Outcome = outcome, TestFailureException = exception };
    }

    /// <summary>Runs once per class, before its first test. A SkipTestException thrown here skips the class.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public class SetupAttribute : Attribute
    {
    }

    /// <summary>Runs once per class, after its last test.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public class CleanupAttribute : Attribute
    {
    }
}
