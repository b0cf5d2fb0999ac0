using System.Device.Gpio;
using nanoFramework.Hardware.Esp32;
using Permut8.Nano.Core.Boards;

namespace Permut8.Nano.Device.Per
{
    /// <summary>
    /// Routes the managed peripherals to the board's pins before any device is opened (nanoFramework keeps
    /// its own defaults otherwise: I2C1 on 18/19, SPI1 MOSI 23 / MISO 25 / CLK 19, which collide with the codec
    /// pins). The I2S pins are not routed here: the native audio task owns I2S port 0 and sets its pins itself.
    /// Nano-only (nanoFramework.Hardware.Esp32).
    /// </summary>
    public static class BoardPins
    {
        public const int I2cBus = 1;
        public const int SpiBus = 1;

        public static void Apply(BoardDefinition board)
        {
            Configuration.SetPinFunction(board.I2cSda, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(board.I2cScl, DeviceFunction.I2C1_CLOCK);
            Configuration.SetPinFunction(board.LedMosi, DeviceFunction.SPI1_MOSI);
            Configuration.SetPinFunction(board.LedSclk, DeviceFunction.SPI1_CLOCK);
            // The 595 chain sends nothing back, but SPI1 would claim its default MISO (GPIO25 = I2S WS on every
            // board here). Park MISO on an unused input-only pin.
            int miso = UnusedInputOnlyPin(board);
            if (miso >= 0) Configuration.SetPinFunction(miso, DeviceFunction.SPI1_MISO);
        }

        /// <summary>Drives the board's speaker amplifier enable to "off" (the pedal's output is the line/headphone
        /// jack). Returns the pin (keep it open), or null when the board has none.</summary>
        public static GpioPin HoldAmplifierOff(GpioController gpio, BoardDefinition board)
        {
            if (board.PaEnable < 0) return null;
            GpioPin pin = gpio.OpenPin(board.PaEnable, PinMode.Output);
            pin.Write(board.PaActiveHigh ? PinValue.Low : PinValue.High);
            return pin;
        }

        private static int UnusedInputOnlyPin(BoardDefinition board)
        {
            int[] candidates = { 38, 37, 34, 39, 36, 35 };
            for (int c = 0; c < candidates.Length; c++)
            {
                int pin = candidates[c];
                if (!Uses(board, pin)) return pin;
            }
            return -1;
        }

        private static bool Uses(BoardDefinition b, int pin)
        {
            if (pin == b.I2sDin || pin == b.HpDetect || pin == b.AuxDetect || pin == b.PotMuxPin || pin == b.Footswitch) return true;
            for (int i = 0; i < b.PotPins.Length; i++)
            {
                if (b.PotPins[i] == pin) return true;
            }
            return false;
        }
    }
}
