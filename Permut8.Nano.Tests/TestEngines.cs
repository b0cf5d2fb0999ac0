using nanoFramework.TestFramework;
using Permut8.Nano.Core;

namespace Permut8.Nano.Tests
{
    /// <summary>Opens engines for tests through the platform's real binding, or skips the test with the reason
    /// the native engine is unavailable (the nanoFramework virtual device has no interop natives).</summary>
    public static class TestEngines
    {
        public const int CodecRate = 48000;

        public static Engine OpenOrSkip()
        {
            return OpenOrSkip(MemoryPlan.Default, CodecRate);
        }

        public static Engine OpenOrSkip(int plan, int codecRate)
        {
            Engine engine = new Engine(TestEngineBinding.Create());
            if (!engine.IsAvailable)
            {
                Assert.SkipTest("native engine not available: " + engine.UnavailableReason);
            }
            engine.Open(plan, codecRate);
            return engine;
        }
    }
}
