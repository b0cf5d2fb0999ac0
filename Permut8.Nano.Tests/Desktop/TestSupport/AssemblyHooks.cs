namespace Permut8.Nano.Tests.Desktop
{
    /// <summary>Runs the [Cleanup] of classes whose tests were not all run (e.g. `dotnet test --filter`).</summary>
    [Microsoft.VisualStudio.TestTools.UnitTesting.TestClass]
    public static class AssemblyHooks
    {
        [Microsoft.VisualStudio.TestTools.UnitTesting.AssemblyCleanup]
        public static void RunPendingCleanups() => nanoFramework.TestFramework.Desktop.DesktopHost.RunPendingCleanups();
    }
}
