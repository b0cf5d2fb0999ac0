using System;
using System.Device.Gpio;
using Permut8.Nano.Core.Boards;

namespace Permut8.Nano.Device.Hid
{
    /// <summary>
    /// The momentary footswitch as a raw GPIO level, polarity resolved from the board definition (contact to
    /// GND = active low). Debounce and long press are Core's (Controls.Footswitch). Nano-only.
    /// </summary>
    public sealed class Footswitches : IDisposable
    {
        private readonly GpioController _gpio;
        private readonly GpioPin _pin;
        private readonly bool _activeLow;

        public Footswitches(GpioController gpio, BoardDefinition board)
        {
            _gpio = gpio;
            _activeLow = board.FootswitchActiveLow;
            PinMode mode = PinMode.Input;
            if (board.FootswitchInternalPullUp) mode = _activeLow ? PinMode.InputPullUp : PinMode.InputPullDown;
            _pin = _gpio.OpenPin(board.Footswitch, mode);
        }

        /// <summary>True while the contact is closed (not debounced).</summary>
        public bool RawDown()
        {
            bool high = _pin.Read() == PinValue.High;
            return _activeLow ? !high : high;
        }

        public void Dispose() { _pin.Dispose(); }
    }
}
