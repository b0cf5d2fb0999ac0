using System;
using System.Collections.Generic;
using System.Reflection;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// The nano launcher's per-class order on top of MSTest: every [Setup] before the class's first test, every
    /// [Cleanup] after its last one. The last test is known by counting (one per [TestMethod], one per DataRow);
    /// when a filter runs only some tests, Desktop.DesktopHost.RunPendingCleanups (assembly cleanup) or process
    /// exit runs what is left. Stricter than nano in one way: a failing [Setup] fails every test of the class
    /// (nano reports the Setup itself as a failed test and runs the rest).
    /// </summary>
    internal static class ClassLifecycle
    {
        internal sealed class State
        {
            public string? SkipMessage;
            public Exception? SetupFailure;
            public int Expected;
            public int Done;
            public bool CleanedUp;
        }

        private static readonly object Gate = new object();
        private static readonly Dictionary<Type, State> States = new Dictionary<Type, State>();

        static ClassLifecycle()
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => RunPendingCleanups();
        }

        public static State Enter(Type testClass)
        {
            lock (Gate)
            {
                if (States.TryGetValue(testClass, out State? state))
                {
                    return state;
                }
                state = new State { Expected = CountTests(testClass) };
                States.Add(testClass, state);
                string? misuse = FindRowsWithoutTestMethod(testClass);
                if (misuse != null)
                {
                    state.SetupFailure = new TestFrameworkShared.AssertFailedException(misuse);
                    return state;
                }
                try
                {
                    InvokeAll(testClass, typeof(SetupAttribute));
                }
                catch (SkipTestException skip)
                {
                    state.SkipMessage = skip.Message;
                }
                catch (Exception e)
                {
                    state.SetupFailure = new TestFrameworkShared.AssertFailedException($"Setup of {testClass.Name} failed: {e.Message}", e);
                }
                return state;
            }
        }

        /// <summary>Counts one finished test; after the class's last one runs [Cleanup] and returns its failure, if any.</summary>
        public static Exception? Exit(Type testClass)
        {
            lock (Gate)
            {
                State state = States[testClass];
                state.Done++;
                return state.Done >= state.Expected ? Cleanup(testClass, state) : null;
            }
        }

        public static void RunPendingCleanups()
        {
            lock (Gate)
            {
                foreach (KeyValuePair<Type, State> entry in States)
                {
                    Exception? failure = Cleanup(entry.Key, entry.Value);
                    if (failure != null)
                    {
                        Console.Error.WriteLine(failure.Message);
                    }
                }
            }
        }

        private static Exception? Cleanup(Type testClass, State state)
        {
            if (state.CleanedUp)
            {
                return null;
            }
            state.CleanedUp = true;
            if (state.SkipMessage != null)
            {
                return null; // as on nano: a class skipped in [Setup] gets no [Cleanup]
            }
            try
            {
                InvokeAll(testClass, typeof(CleanupAttribute));
                return null;
            }
            catch (Exception e)
            {
                return new TestFrameworkShared.AssertFailedException($"Cleanup of {testClass.Name} failed: {e.Message}", e);
            }
        }

        private static MethodInfo[] Methods(Type testClass) =>
            testClass.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);

        private static int CountTests(Type testClass)
        {
            int count = 0;
            foreach (MethodInfo method in Methods(testClass))
            {
                if (method.IsDefined(typeof(TestMethodAttribute), false))
                {
                    count += Math.Max(1, method.GetCustomAttributes(typeof(DataRowAttribute), false).Length);
                }
            }
            return count;
        }

        // The nano launcher also runs [DataRow] methods that lack [TestMethod]; MSTest would silently skip them.
        private static string? FindRowsWithoutTestMethod(Type testClass)
        {
            foreach (MethodInfo method in Methods(testClass))
            {
                if (method.IsDefined(typeof(DataRowAttribute), false) && !method.IsDefined(typeof(TestMethodAttribute), false))
                {
                    return $"{testClass.Name}.{method.Name} has [DataRow] but no [TestMethod]: add [TestMethod] so every runner finds it.";
                }
            }
            return null;
        }

        // The nano launcher invokes on a null instance (tests keep state in static fields); a fresh instance is equivalent.
        private static void InvokeAll(Type testClass, Type attribute)
        {
            object? instance = null;
            foreach (MethodInfo method in Methods(testClass))
            {
                if (!method.IsDefined(attribute, false))
                {
                    continue;
                }
                if (!method.IsStatic && instance == null)
                {
                    instance = Activator.CreateInstance(testClass);
                }
                try
                {
                    method.Invoke(method.IsStatic ? null : instance, null);
                }
                catch (TargetInvocationException e) when (e.InnerException != null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                }
            }
        }
    }
}
