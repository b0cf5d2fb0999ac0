using nanoFramework.TestFramework;
using Permut8.Nano.Core;

namespace Permut8.Nano.Tests
{
    /// <summary>Custom firmwares through the facade, in conformance mode (one tick per frame, input >> 4 into
    /// the 12-bit domain, output << 4), with expected samples worked out by hand.</summary>
    [TestClass]
    public class FirmwareFacadeTests
    {
        // Full patch: left = signal >> 1 (arithmetic), right = -signal.
        private const string HalveAndInvert =
            "PRAWN_FIRMWARE_PATCH_FORMAT:\t! DEFi #2\n" +
            "signal:\tGLOB *2\n" +
            "process:\tFUNC\n" +
            "\tPEEK %0 &signal:0\n" +
            "\tSHRi %0 %0 #1\n" +
            "\tPOKE &signal:0 %0\n" +
            "\tPEEK %0 &signal:1\n" +
            "\tSUBi %0 #0 %0\n" +
            "\tPOKE &signal:1 %0\n" +
            "\tRETU\n";

        // Mod patch: operate1 moves the left read head 256 frames back (0x1000 in 16.4); operate2 returns 0, so
        // the stock operator 2 runs on that result.
        private const string ShiftLeftRead =
            "PRAWN_FIRMWARE_PATCH_FORMAT:\t! DEFi #2\n" +
            "positions:\tGLOB *2\n" +
            "operate1:\tFUNC\n" +
            "$r:\tOUTi\n" +
            "\tPEEK %0 &positions:0\n" +
            "\tSUBi %0 %0 #0x1000\n" +
            "\tPOKE &positions:0 %0\n" +
            "\tMOVi $r #1\n" +
            "\tRETU\n" +
            "operate2:\tFUNC\n" +
            "$r:\tOUTi\n" +
            "\tMOVi $r #0\n" +
            "\tRETU\n";

        private const string Labelled =
            "signal:\tGLOB *2\n" +
            "rateLabel:\tCNST *12\n\tDATs RTE speed\n" +
            "help:\tCNST *16\n\tDATs Seed number\n" +
            "panelTextRows:\tCNST *8\n\tDATA &rateLabel #0 #0 #0 #0 #0 #0 #0\n" +
            "configText:\tGLOB *1\n\tDATp &help\n" +
            "process:\tFUNC\n\tRETU\n";

        [TestMethod]
        public void PanelTextAndConfigTextComeFromTheRunningFirmware()
        {
            Engine engine = OpenConformance();
            try
            {
                Assert.AreEqual(string.Empty, engine.FirmwareText(0));
                Assert.AreEqual(EngineStatus.Ok, engine.LoadFirmware(Labelled, "", false, 0), engine.FirmwareMessage());
                Assert.AreEqual("RTE speed", engine.FirmwareText(0));
                Assert.AreEqual(string.Empty, engine.FirmwareText(1));
                Assert.AreEqual("Seed number", engine.FirmwareText(FirmwareState.TextConfig));
            }
            finally
            {
                engine.Dispose();
            }
        }

        private static Engine OpenConformance()
        {
            Engine engine = TestEngines.OpenOrSkip();
            engine.SetParam(Param.Conformance, 1);
            return engine;
        }

        [TestMethod]
        public void FullPatchHalvesLeftAndInvertsRight()
        {
            Engine engine = OpenConformance();
            try
            {
                Assert.AreEqual(EngineStatus.Ok, engine.LoadFirmware(HalveAndInvert, "", false, 0), engine.FirmwareMessage());
                int frames = 2 * EngineLimits.BlockFrames;
                short[] input = new short[2 * frames];
                short[] output = new short[2 * frames];
                for (int i = 0; i < frames; i++)
                {
                    input[2 * i] = (short)(i * 997 - 30000);
                    input[2 * i + 1] = (short)(25000 - i * 811);
                }
                Assert.AreEqual(frames, engine.Process(input, output, frames));
                Assert.AreEqual(FirmwareState.Running, engine.FirmwareState());
                for (int i = 0; i < frames; i++)
                {
                    int left = input[2 * i] >> 4;
                    int right = input[2 * i + 1] >> 4;
                    Assert.AreEqual((short)((left >> 1) * 16), output[2 * i]);
                    Assert.AreEqual((short)(-right * 16), output[2 * i + 1]);
                }
            }
            finally
            {
                engine.Dispose();
            }
        }

        [TestMethod]
        public void ModPatchOperate1DelaysLeftAndStockSubRunsOnItsResult()
        {
            Engine engine = OpenConformance();
            try
            {
                engine.SetParam(Param.Operator2, Operator.Sub);
                engine.SetParam(Param.Operand2High, 0xA0); // E8[0xA0] = 1024 frames on the left
                engine.SetParam(Param.Operand2Low, 0x00);  // 0 on the right
                Assert.AreEqual(EngineStatus.Ok, engine.LoadFirmware(ShiftLeftRead, "", false, 0), engine.FirmwareMessage());
                int frames = 42 * EngineLimits.BlockFrames; // 1344 frames: past the 1280-frame left delay
                short[] input = new short[2 * frames];
                short[] output = new short[2 * frames];
                input[0] = 1600 * 16;
                input[1] = -900 * 16;
                Assert.AreEqual(frames, engine.Process(input, output, frames));
                for (int i = 0; i < frames; i++)
                {
                    short expectLeft = i == 256 + 1024 ? (short)(1600 * 16) : (short)0;
                    short expectRight = i == 0 ? (short)(-900 * 16) : (short)0;
                    Assert.AreEqual(expectLeft, output[2 * i]);
                    Assert.AreEqual(expectRight, output[2 * i + 1]);
                }
            }
            finally
            {
                engine.Dispose();
            }
        }

        [TestMethod]
        public void BadFirmwareIsRefusedWithALineNumberAndStockKeepsPlaying()
        {
            Engine engine = OpenConformance();
            try
            {
                Assert.AreEqual(EngineStatus.Load, engine.LoadFirmware("signal:\tGLOB *2\nprocess:\tFUNC\n\tFOO %0\n", "", false, 0));
                Assert.Contains("line 3", engine.FirmwareMessage());
                Assert.AreEqual(FirmwareState.None, engine.FirmwareState());
                short[] block = new short[2 * EngineLimits.BlockFrames];
                block[0] = 160;
                short[] output = new short[block.Length];
                Assert.AreEqual(EngineLimits.BlockFrames, engine.Process(block, output, EngineLimits.BlockFrames));
                Assert.AreEqual((short)160, output[0]); // stock NOP/NOP: zero delay
            }
            finally
            {
                engine.Dispose();
            }
        }
    }
}
