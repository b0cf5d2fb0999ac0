using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Permut8.Nano.TestFramework.Tests
{
    /// <summary>Stands in for MSTest's ITestMethod so a fixture's tests can be driven one by one, in a chosen order.</summary>
    internal sealed class FakeTestMethod : ITestMethod
    {
        public FakeTestMethod(Type fixture, string method, params object?[]? arguments)
        {
            MethodInfo = fixture.GetMethod(method) ?? throw new ArgumentException(method);
            Arguments = arguments != null && arguments.Length == 0 ? null : arguments;
        }

        public string TestMethodName => MethodInfo.Name;

        public string TestClassName => MethodInfo.DeclaringType!.FullName!;

        public Type ReturnType => MethodInfo.ReturnType;

        public object?[]? Arguments { get; }

        public ParameterInfo[] ParameterTypes => MethodInfo.GetParameters();

        public MethodInfo MethodInfo { get; }

        public Task<TestResult> InvokeAsync(object?[]? arguments)
        {
            var result = new TestResult { Outcome = UnitTestOutcome.Passed };
            try
            {
                MethodInfo.Invoke(Activator.CreateInstance(MethodInfo.DeclaringType!), arguments ?? Arguments);
            }
            catch (TargetInvocationException e)
            {
                result.TestFailureException = e.InnerException;
                result.Outcome = e.InnerException is AssertInconclusiveException ? UnitTestOutcome.Inconclusive : UnitTestOutcome.Failed;
            }
            return Task.FromResult(result);
        }

        public Attribute[] GetAllAttributes() => MethodInfo.GetCustomAttributes().ToArray();

        public TAttributeType[] GetAttributes<TAttributeType>() where TAttributeType : Attribute =>
            MethodInfo.GetCustomAttributes<TAttributeType>().ToArray();

        /// <summary>Runs the test through the nano [TestMethod] attribute, as MSTest would.</summary>
        public static TestResult Run(Type fixture, string method, params object?[]? arguments)
        {
            var test = new FakeTestMethod(fixture, method, arguments);
            var attribute = test.MethodInfo.GetCustomAttribute<nanoFramework.TestFramework.TestMethodAttribute>()
                ?? new nanoFramework.TestFramework.TestMethodAttribute();
            TestResult[] results = attribute.ExecuteAsync(test).GetAwaiter().GetResult();
            Assert.HasCount(1, results);
            return results[0];
        }
    }
}
