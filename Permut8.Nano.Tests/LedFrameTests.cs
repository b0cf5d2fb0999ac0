using nanoFramework.TestFramework;
using Permut8.Nano.Core;
using Permut8.Nano.Core.Display;

namespace Permut8.Nano.Tests
{
    /// <summary>Bytes for the 74HC595 chain: transmission order is last chip first; chip 1 = displayLEDs[0].</summary>
    [TestClass]
    public class LedFrameTests
    {
        private static int[] Display(int led0, int led1, int led2, int led3, int writeFrame, int readLeft, int readRight)
        {
            int[] d = new int[DisplayField.Count];
            d[DisplayField.Led0] = led0;
            d[DisplayField.Led1] = led1;
            d[DisplayField.Led2] = led2;
            d[DisplayField.Led3] = led3;
            d[DisplayField.WriteFrame] = writeFrame;
            d[DisplayField.ReadLeft] = readLeft;
            d[DisplayField.ReadRight] = readRight;
            return d;
        }

        [TestMethod]
        public void FourChipsCarryDisplayLedsWithOpOneHighSentLast()
        {
            LedFrame frame = new LedFrame(1, false);
            Assert.AreEqual(4, frame.ChipCount);
            frame.Build(Display(0x80, 0x01, 0x3C, 0xFF, 0, 0, 0));
            // sent first → ends in chip 4 (displayLEDs[3]); sent last → chip 1 (displayLEDs[0])
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x3C, 0x01, 0x80 }, frame.Bytes);
            Assert.AreEqual((byte)0x80, frame.Chip(1));
        }

        [TestMethod]
        public void WriteHeadLightsOneLedPer2048Frames()
        {
            LedFrame frame = new LedFrame(2, false);
            Assert.AreEqual(8, frame.ChipCount);
            frame.Build(Display(0, 0, 0, 0, 0, 0, 0)); // frame 0 → LED 0, leftmost: chip 5 bit 7
            Assert.AreEqual((byte)0x80, frame.Chip(5));
            frame.Build(Display(0, 0, 0, 0, 2047, 0, 0)); // still LED 0
            Assert.AreEqual((byte)0x80, frame.Chip(5));
            frame.Build(Display(0, 0, 0, 0, 2048 * 9, 0, 0)); // LED 9: chip 6, second from the left
            Assert.AreEqual((byte)0, frame.Chip(5));
            Assert.AreEqual((byte)0x40, frame.Chip(6));
            frame.Build(Display(0, 0, 0, 0, 65535, 0, 0)); // LED 31, rightmost: chip 8 bit 0
            Assert.AreEqual((byte)0x01, frame.Chip(8));
            Assert.AreEqual((byte)0x01, frame.Bytes[0]); // the last chip's byte goes out first
        }

        [TestMethod]
        public void ReadHeadsLightTheirLedsFromTheSixteenFourPositions()
        {
            LedFrame frame = new LedFrame(3, false);
            Assert.AreEqual(12, frame.ChipCount);
            // left at frame 4096 (16.4: 4096 << 4) → LED 2; right at frame 63488 → LED 31
            frame.Build(Display(0, 0, 0, 0, 0, 4096 << 4, 63488 << 4));
            Assert.AreEqual((byte)0x20, frame.Chip(9));
            Assert.AreEqual((byte)0, frame.Chip(10));
            Assert.AreEqual((byte)0, frame.Chip(11));
            Assert.AreEqual((byte)0x01, frame.Chip(12));
        }

        [TestMethod]
        public void CoincidingReadHeadsLightOneLed()
        {
            LedFrame frame = new LedFrame(3, false);
            frame.Build(Display(0, 0, 0, 0, 0, 0x7FFFF, 0x7FFFF)); // frame 32767 → LED 15
            Assert.AreEqual((byte)0x01, frame.Chip(10));
        }

        [TestMethod]
        public void ControlByteRidesAtTheEndOfTheChainAndSurvivesRebuilds()
        {
            LedFrame frame = new LedFrame(1, true);
            Assert.AreEqual(5, frame.ChipCount);
            frame.SetControl(0x0D); // mux input 5 + INH bit 3
            frame.Build(Display(1, 2, 3, 4, 0, 0, 0));
            CollectionAssert.AreEqual(new byte[] { 0x0D, 4, 3, 2, 1 }, frame.Bytes);
            frame.Fill(true);
            CollectionAssert.AreEqual(new byte[] { 0x0D, 0xFF, 0xFF, 0xFF, 0xFF }, frame.Bytes);
        }
    }
}
