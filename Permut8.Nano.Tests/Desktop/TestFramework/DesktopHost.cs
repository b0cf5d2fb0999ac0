namespace nanoFramework.TestFramework.Desktop
{
    /// <summary>Hooks for the desktop test assembly (not part of the nano API).</summary>
    public static class DesktopHost
    {
        /// <summary>Runs the [Cleanup] of every class whose tests did not all run (filtered runs). Call from [AssemblyCleanup].</summary>
        public static void RunPendingCleanups() => ClassLifecycle.RunPendingCleanups();
    }
}
