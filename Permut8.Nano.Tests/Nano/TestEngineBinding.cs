using Permut8.Nano.Core;
using Permut8.Nano.Core.Nano;

namespace Permut8.Nano.Tests
{
    /// <summary>nanoFramework side of the test binding: the interop library. On the virtual device (nanoclr)
    /// the native part is absent, the binding reports IsAvailable == false and engine tests skip.</summary>
    public static class TestEngineBinding
    {
        public static IEngineBinding Create() { return new InteropEngineBinding(); }
    }
}
