using Permut8.Nano.Core;
using Permut8.Nano.Desktop;

namespace Permut8.Nano.Tests
{
    /// <summary>Desktop side of the test binding: P/Invoke into the CMake-built engine.</summary>
    public static class TestEngineBinding
    {
        public static IEngineBinding Create() { return new NativeEngineBinding(); }
    }
}
