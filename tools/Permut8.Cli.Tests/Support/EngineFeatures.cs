using System.Runtime.InteropServices;
using Permut8.Cli.Rendering;

namespace Permut8.Cli.Tests.Support;

/// <summary>Which engine functions the loaded library exports (features land in the engine over time).</summary>
public static class EngineFeatures
{
    public static bool Has(string export)
    {
        EngineHost.Create(); // loads the library through the binding
        string path = Permut8.Nano.Desktop.NativeEngineBinding.LibraryPath;
        IntPtr lib = NativeLibrary.Load(path);
        return NativeLibrary.TryGetExport(lib, export, out _);
    }

    public static void RequireFirmwareLoader()
    {
        if (!Has("p8_firmware_load"))
            Assert.Inconclusive("the engine's firmware loader (p8_firmware_load) has not landed in this engine build yet");
    }
}
