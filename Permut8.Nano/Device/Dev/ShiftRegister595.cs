using System;
using System.Device.Gpio;
using System.Device.Spi;

namespace Permut8.Nano.Device.Dev
{
    /// <summary>
    /// A chain of 74HC595s on SPI: SER = MOSI, SRCLK = SCLK, RCLK = the chip-select line, so the storage registers
    /// latch on the rising edge when chip select releases at the end of each frame (hardware.md §4.2). Mode 0,
    /// MSB first, 2 MHz. Frame layout and bit order: Permut8.Nano.Core.Display.LedFrame.
    /// Nano-only (System.Device.Spi). Pins must be routed first (Configuration.SetPinFunction SPI1_MOSI/CLOCK).
    /// </summary>
    public sealed class ShiftRegister595 : IDisposable
    {
        private readonly SpiDevice _spi;
        private readonly GpioPin _outputEnable;

        /// <param name="outputEnablePin">/OE (active low, 10 k pull-up keeps the LEDs dark through boot), or -1
        /// when /OE is tied low.</param>
        public ShiftRegister595(int busId, int latchPin, GpioController gpio, int outputEnablePin)
        {
            if (outputEnablePin >= 0)
            {
                _outputEnable = gpio.OpenPin(outputEnablePin, PinMode.Output);
                _outputEnable.Write(PinValue.High);
            }
            SpiConnectionSettings settings = new SpiConnectionSettings(busId, latchPin);
            settings.Mode = SpiMode.Mode0;
            settings.DataFlow = DataFlow.MsbFirst;
            settings.DataBitLength = 8;
            settings.ClockFrequency = 2000000;
            settings.ChipSelectLineActiveState = PinValue.Low;
            _spi = new SpiDevice(settings);
        }

        /// <summary>Shifts the whole frame out (frame[0] first) and latches it.</summary>
        public void Write(byte[] frame)
        {
            _spi.Write(frame);
        }

        /// <summary>Lights (or blanks) the outputs: call after the first frame is latched, so boot garbage never shows.</summary>
        public void Enable(bool on)
        {
            if (_outputEnable != null) _outputEnable.Write(on ? PinValue.Low : PinValue.High);
        }

        public void Dispose()
        {
            Enable(false);
            _spi.Dispose();
            if (_outputEnable != null) _outputEnable.Dispose();
        }
    }
}
