using System;
using System.Device.Adc;
using Permut8.Nano.Core.Boards;
using Permut8.Nano.Core.Controls;
using Permut8.Nano.Core.Display;
using Permut8.Nano.Device.Dev;

namespace Permut8.Nano.Device.Hid
{
    /// <summary>
    /// Reads the pedal's 8 pots as raw 12-bit ADC values in ControlTable order, either from 8 ADC pins or from
    /// one ADC pin behind a 74HC4051 whose select lines S0-S2 are bits 0-2 of the control 595 (bit 3 = INH,
    /// held low while scanning). Each reading averages <see cref="Oversample"/> conversions (Espressif's
    /// multisampling advice). Smoothing, calibration and mapping happen in Core (PotBank). Nano-only.
    /// </summary>
    public sealed class Pots : IDisposable
    {
        public const int Oversample = 4;

        private readonly AdcController _adc = new AdcController();
        private readonly AdcChannel[] _channels;
        private readonly LedFrame _frame;
        private readonly ShiftRegister595 _chain;

        /// <summary>frame/chain: the LED chain carrying the control byte (mux only; null for direct pots).</summary>
        public Pots(BoardDefinition board, LedFrame frame, ShiftRegister595 chain)
        {
            if (board.UsesPotMux)
            {
                _channels = new AdcChannel[] { _adc.OpenChannel(Esp32Pins.AdcChannel(board.PotMuxPin)) };
                _frame = frame;
                _chain = chain;
            }
            else
            {
                _channels = new AdcChannel[ControlTable.PotCount];
                for (int i = 0; i < _channels.Length; i++) _channels[i] = _adc.OpenChannel(Esp32Pins.AdcChannel(board.PotPins[i]));
            }
        }

        /// <summary>Fills raw[0..7]. Allocation-free.</summary>
        public void Read(int[] raw)
        {
            if (_chain == null)
            {
                for (int i = 0; i < ControlTable.PotCount; i++) raw[i] = Sample(_channels[i]);
                return;
            }
            int keep = _frame.Control & ~0x0F;
            for (int i = 0; i < ControlTable.PotCount; i++)
            {
                _frame.SetControl(keep | i); // INH (bit 3) low: mux enabled on input i
                _chain.Write(_frame.Bytes);
                // one conversion thrown away: the interpreter's call overhead (tens of µs) already covers the
                // mux settling, and the first conversion recharges the sample-and-hold from the new input
                _channels[0].ReadValue();
                raw[i] = Sample(_channels[0]);
            }
        }

        private static int Sample(AdcChannel channel)
        {
            int sum = 0;
            for (int n = 0; n < Oversample; n++) sum += channel.ReadValue();
            return sum / Oversample;
        }

        public void Dispose()
        {
            for (int i = 0; i < _channels.Length; i++) _channels[i].Dispose();
        }
    }
}
