namespace Permut8.Nano.Core.Display
{
    /// <summary>
    /// Builds the bytes shifted out to the pedal's chain of 74HC595s from the engine's display fields
    /// (p8_get_display): displayLEDs[4], the write head and the two read heads.
    ///
    /// Chain (hardware.md §4.2): chip 1's SER is on SPI MOSI, chip n's SER on chip n−1's Q7'. SPI sends MSB
    /// first, so after a whole frame the FIRST byte sent sits in the LAST chip and bit 7 of every byte sits on
    /// QH, bit 0 on QA. The frame is therefore stored in transmission order, last chip first:
    ///
    /// | Chip        | Holds                         | Wiring (QH … QA)                      |
    /// |-------------|-------------------------------|---------------------------------------|
    /// | 1 … 4       | displayLEDs[0] … [3]          | leftmost … rightmost LED of the group |
    /// | 5 … 8       | write-head row (rows ≥ 2)     | LED 0 (leftmost) … LED 31             |
    /// | 9 … 12      | read-head row (rows = 3)      | LED 0 (leftmost) … LED 31             |
    /// | last (opt.) | control byte                  | bits 0-2 pot mux select, 3 mux INH, … |
    ///
    /// displayLEDs bit 7 is the leftmost LED (spec/permut8.md §3.1), so a display byte goes out unchanged.
    /// Head rows: LED index = write frame >> 11 (2048 frames per LED), read position (16.4) >> 15; both read
    /// heads light their LED (one LED when they coincide).
    /// </summary>
    public sealed class LedFrame
    {
        public const int ChipsPerRow = 4;

        private readonly int _rows;
        private readonly bool _hasControl;
        private readonly byte[] _bytes;
        private int _control;

        /// <param name="rows">1 = displayLEDs only, 2 = + write head, 3 = + read heads.</param>
        /// <param name="hasControl">a control 595 at the end of the chain (mux select, relay, mute).</param>
        public LedFrame(int rows, bool hasControl)
        {
            if (rows < 1) rows = 1;
            if (rows > 3) rows = 3;
            _rows = rows;
            _hasControl = hasControl;
            _bytes = new byte[rows * ChipsPerRow + (hasControl ? 1 : 0)];
        }

        /// <summary>Number of 74HC595 chips (= bytes per frame).</summary>
        public int ChipCount { get { return _bytes.Length; } }

        /// <summary>The frame in transmission order (send Bytes[0] first). Reused: no allocation per frame.</summary>
        public byte[] Bytes { get { return _bytes; } }

        /// <summary>The control byte (ignored without a control chip). Takes effect at the next Build/SetControl.</summary>
        public int Control { get { return _control; } }

        /// <summary>Changes only the control byte (pot mux scanning), leaving the LEDs as they are.</summary>
        public void SetControl(int value)
        {
            _control = value & 0xFF;
            if (_hasControl) _bytes[0] = (byte)_control;
        }

        /// <summary>Fills <see cref="Bytes"/> from p8_get_display fields (DisplayField.* indices).</summary>
        public void Build(int[] display)
        {
            for (int i = 0; i < ChipsPerRow; i++) SetChip(1 + i, display[DisplayField.Led0 + i]);
            if (_rows >= 2)
            {
                uint row = RowBit((display[DisplayField.WriteFrame] & 0xFFFF) >> 11);
                SetRow(5, row);
            }
            if (_rows >= 3)
            {
                uint row = RowBit((display[DisplayField.ReadLeft] & 0xFFFFF) >> 15)
                         | RowBit((display[DisplayField.ReadRight] & 0xFFFFF) >> 15);
                SetRow(9, row);
            }
            if (_hasControl) _bytes[0] = (byte)_control;
        }

        /// <summary>Every LED on (or off): the power-up lamp test.</summary>
        public void Fill(bool on)
        {
            int start = _hasControl ? 1 : 0;
            for (int i = start; i < _bytes.Length; i++) _bytes[i] = on ? (byte)0xFF : (byte)0;
            if (_hasControl) _bytes[0] = (byte)_control;
        }

        /// <summary>The byte chip `chip` (1 = nearest the MCU) will hold.</summary>
        public byte Chip(int chip) { return _bytes[_bytes.Length - chip]; }

        private void SetChip(int chip, int value)
        {
            _bytes[_bytes.Length - chip] = (byte)(value & 0xFF);
        }

        // 32 LEDs, LED 0 leftmost, in one uint with LED 0 at bit 31.
        private static uint RowBit(int led)
        {
            return 0x80000000u >> (led & 31);
        }

        private void SetRow(int firstChip, uint row)
        {
            for (int i = 0; i < ChipsPerRow; i++) SetChip(firstChip + i, (int)(row >> (24 - 8 * i)) & 0xFF);
        }
    }
}
