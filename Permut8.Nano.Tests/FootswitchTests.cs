using nanoFramework.TestFramework;
using Permut8.Nano.Core.Controls;

namespace Permut8.Nano.Tests
{
    /// <summary>Debounce (20 ms stable) and long press (600 ms) of the footswitch, scanned every millisecond.</summary>
    [TestClass]
    public class FootswitchTests
    {
        private static int Run(Footswitch f, bool down, int ms)
        {
            int events = 0;
            for (int i = 0; i < ms; i++) events |= f.Update(down, 1);
            return events;
        }

        [TestMethod]
        public void PressCountsOnlyAfterTwentyStableMilliseconds()
        {
            Footswitch f = new Footswitch();
            Assert.AreEqual(FootswitchEvent.None, Run(f, true, 20)); // first scan sees the edge, 19 ms more
            Assert.IsFalse(f.IsDown);
            Assert.AreEqual(FootswitchEvent.Pressed, f.Update(true, 1));
            Assert.IsTrue(f.IsDown);
        }

        [TestMethod]
        public void ContactBounceShorterThanTheDebounceTimeIsIgnored()
        {
            Footswitch f = new Footswitch();
            for (int i = 0; i < 200; i++)
            {
                // 5 ms closed, 5 ms open: never stable for 20 ms
                Assert.AreEqual(FootswitchEvent.None, f.Update((i / 5) % 2 == 0, 1));
            }
            Assert.IsFalse(f.IsDown);
        }

        [TestMethod]
        public void ShortPressIsATapOnRelease()
        {
            Footswitch f = new Footswitch();
            int events = Run(f, true, 100);
            Assert.AreEqual(FootswitchEvent.Pressed, events);
            events = Run(f, false, 30);
            Assert.AreEqual(FootswitchEvent.Released | FootswitchEvent.Tap, events);
        }

        [TestMethod]
        public void HoldingSixHundredMillisecondsReportsOneLongPressAndNoTap()
        {
            Footswitch f = new Footswitch();
            Run(f, true, 21);                 // pressed at 21 ms (held 20 ms already)
            Assert.AreEqual(FootswitchEvent.None, Run(f, true, 579)); // held 599 ms
            Assert.AreEqual(FootswitchEvent.LongPress, f.Update(true, 1));
            Assert.AreEqual(FootswitchEvent.None, Run(f, true, 2000));
            Assert.AreEqual(FootswitchEvent.Released, Run(f, false, 30));
        }

        [TestMethod]
        public void BounceWhileHeldDoesNotRestartTheLongPressTimer()
        {
            Footswitch f = new Footswitch();
            Run(f, true, 21);
            Run(f, true, 300);
            Assert.AreEqual(FootswitchEvent.None, f.Update(false, 1)); // 2 ms glitch
            Assert.AreEqual(FootswitchEvent.None, f.Update(false, 1));
            Assert.AreEqual(FootswitchEvent.LongPress, Run(f, true, 300));
        }

        [TestMethod]
        public void LongScanGapsCountAsElapsedTime()
        {
            Footswitch f = new Footswitch();
            f.Update(true, 10);
            Assert.AreEqual(FootswitchEvent.Pressed, f.Update(true, 25));
        }
    }
}
