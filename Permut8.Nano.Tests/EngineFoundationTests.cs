using System;
using nanoFramework.TestFramework;
using Permut8.Nano.Core;

namespace Permut8.Nano.Tests
{
    /// <summary>The foundation contract, through the facade and the platform's real binding into the C engine.</summary>
    [TestClass]
    public class EngineFoundationTests
    {
        [TestMethod]
        public void SampleThroughBlockEntryReturnsUnchangedAtDelayZero()
        {
            Engine engine = TestEngines.OpenOrSkip();
            try
            {
                int frames = 2 * EngineLimits.BlockFrames;
                short[] input = new short[2 * frames];
                short[] output = new short[2 * frames];
                for (int i = 0; i < frames; i++)
                {
                    // 12-bit values (low 4 bits clear) within half of full scale (the soft clips' knee,
                    // engine/src/CHAIN.md) pass the chain and the 12-bit memory exactly
                    input[2 * i] = (short)((((i * 53) % 2049) - 1024) * 16);
                    input[2 * i + 1] = (short)(-(((i * 29) % 2049) - 1024) * 16);
                }
                Assert.AreEqual(frames, engine.Process(input, output, frames));
                CollectionAssert.AreEqual(input, output);
            }
            finally
            {
                engine.Dispose();
            }
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(12345)]
        [DataRow(65535)]
        public void FrameWrittenAtPReadsBackAtPAndAcrossTheWrap(int position)
        {
            Engine engine = TestEngines.OpenOrSkip();
            try
            {
                short[] frame = new short[] { 1500, -1500 };
                Assert.AreEqual(1, engine.WriteMemory(position, 1, frame));
                int[] probes = new int[] { position, position + 65536, position - 65536 };
                for (int i = 0; i < probes.Length; i++)
                {
                    short[] got = new short[2];
                    Assert.AreEqual(1, engine.ReadMemory(probes[i], 1, got));
                    Assert.AreEqual((short)1500, got[0]);
                    Assert.AreEqual((short)-1500, got[1]);
                }
            }
            finally
            {
                engine.Dispose();
            }
        }

        [TestMethod]
        public void AllocationAfterSealIsRefusedAndCounted()
        {
            Engine engine = TestEngines.OpenOrSkip();
            try
            {
                Assert.AreEqual(0, engine.GetStat(EngineStat.AllocsAfterSeal));
                Assert.AreEqual(EngineStatus.Sealed, engine.ProbeAllocate(MemoryRegion.Pools, 64));
                Assert.AreEqual(EngineStatus.Sealed, engine.ProbeAllocate(MemoryRegion.Stack, 8));
                Assert.AreEqual(2, engine.GetStat(EngineStat.AllocsAfterSeal));
            }
            finally
            {
                engine.Dispose();
            }
        }

        [TestMethod]
        public void MemoryReportListsEveryRegionWithTheDelayMemoryFull()
        {
            Engine engine = TestEngines.OpenOrSkip();
            try
            {
                int[] report = new int[MemoryRegion.Count * MemoryRegion.ReportFields];
                Assert.AreEqual(report.Length, engine.ReadMemoryReport(report));
                int row = MemoryRegion.DelayMemory * MemoryRegion.ReportFields;
                Assert.AreEqual(65536 * 2 * 2, report[row + MemoryRegion.ReportSize]);
                Assert.AreEqual(65536 * 2 * 2, report[row + MemoryRegion.ReportBudget]);
                Assert.AreEqual("delay memory", engine.RegionName(MemoryRegion.DelayMemory));
                Assert.AreEqual("stack", engine.RegionName(MemoryRegion.Stack));
                Assert.AreEqual(-1, engine.CheckGuards());
            }
            finally
            {
                engine.Dispose();
            }
        }

        [TestMethod]
        public void BadInputGivesStatusCodesNotCrashes()
        {
            Engine engine = TestEngines.OpenOrSkip();
            try
            {
                short[] small = new short[10];
                Assert.AreEqual(EngineStatus.BadArgument, engine.Process(small, small, 32));
                Assert.AreEqual(EngineStatus.BadArgument, engine.Process(new short[66], new short[66], 33));
                Assert.AreEqual(EngineStatus.BadArgument, engine.SetParam(Param.ControlCount, 1));
                Assert.AreEqual(255, engine.SetParam(Param.Operand1High, 4000));
                Assert.AreEqual(EngineStatus.BadArgument, engine.ReadMemory(0, 4, new short[2]));
            }
            finally
            {
                engine.Dispose();
            }
        }

        [TestMethod]
        public void FacadeRefusesUseBeforeOpen()
        {
            Engine engine = new Engine(TestEngineBinding.Create());
            Assert.IsFalse(engine.IsOpen);
            Assert.ThrowsException(typeof(InvalidOperationException), () => engine.SetParam(Param.Switches, 0));
        }
    }
}
