using System;
using nanoFramework.TestFramework;
using Permut8.Nano.Core;
using Permut8.Nano.Core.Controls;
using Permut8.Nano.Core.Display;

namespace Permut8.Nano.Tests
{
    /// <summary>
    /// The pedal's forever loops allocate nothing once running: the control loop (pots → PanelController →
    /// Engine.SetParams), the LED loop (Engine.ReadDisplay → LedFrame.Build) and, on the desktop, the audio call
    /// itself (Engine.Process through P/Invoke). Desktop-only because it counts with
    /// GC.GetAllocatedBytesForCurrentThread, which nanoFramework does not have; the code under test is the same.
    /// </summary>
    [TestClass]
    public class ControlPathAllocationTests
    {
        [TestMethod]
        public void ControlLedAndAudioLoopsAllocateNothingOnceRunning()
        {
            Engine engine = TestEngines.OpenOrSkip();
            try
            {
                PanelController panel = new PanelController();
                LedFrame frame = new LedFrame(3, true);
                int[] raw = new int[ControlTable.PotCount];
                int[] display = new int[DisplayField.Count];
                short[] input = new short[2 * EngineLimits.BlockFrames];
                short[] output = new short[2 * EngineLimits.BlockFrames];

                // one warm-up pass: JIT, first-call lazy initialisation
                RunLoops(engine, panel, frame, raw, display, input, output, 0);

                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int step = 1; step <= 2000; step++)
                {
                    RunLoops(engine, panel, frame, raw, display, input, output, step);
                }
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.AreEqual(0L, allocated);
                Assert.AreEqual(0, engine.GetStat(EngineStat.AllocsAfterSeal));
            }
            finally
            {
                engine.Dispose();
            }
        }

        private static void RunLoops(Engine engine, PanelController panel, LedFrame frame, int[] raw, int[] display,
                                     short[] input, short[] output, int step)
        {
            for (int i = 0; i < raw.Length; i++) raw[i] = (step * 37 + i * 511) % 4096; // pots moving
            if (panel.Step(raw, step % 500 < 20, 2)) engine.SetParams(panel.Published);
            for (int i = 0; i < input.Length; i++) input[i] = (short)((step * 131 + i * 17) % 30000 - 15000);
            engine.Process(input, output, EngineLimits.BlockFrames);
            if (engine.ReadDisplay(display) == DisplayField.Count) frame.Build(display);
        }
    }
}
