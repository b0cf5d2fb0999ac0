using Permut8.Nano.Core;
using Permut8.Nano.Desktop;

namespace Permut8.Cli.Rendering;

/// <summary>
/// Opens the native engine through the same facade the pedal uses. A missing library is an internal error (the
/// build should have made it), reported with where the binding looked and how to build it.
/// </summary>
public static class EngineHost
{
    public static Engine Open(int codecRate, int plan = MemoryPlan.Default)
    {
        Engine engine = Create();
        engine.Open(plan, codecRate);
        return engine;
    }

    public static Engine Create()
    {
        var engine = new Engine(new NativeEngineBinding());
        if (!engine.IsAvailable) throw new EngineMissingException(engine.UnavailableReason);
        return engine;
    }

    public static int ApiVersion() => new NativeEngineBinding().ApiVersion();

    public static string LibraryPath => NativeEngineBinding.LibraryPath ?? "(not loaded)";
}

/// <summary>The native engine library could not be loaded (exit 1: the tool's build is broken, not the input).</summary>
public sealed class EngineMissingException : Exception
{
    public EngineMissingException(string reason) : base("native engine not available: " + reason) { }
}
