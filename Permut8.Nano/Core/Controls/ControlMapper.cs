namespace Permut8.Nano.Core.Controls
{
    /// <summary>
    /// Pot position (0..4095, calibrated and smoothed) → param value, per <see cref="ControlTable"/>. Integer
    /// only (no System.Math), so the device and the test runners compute identical values.
    /// The clock knob is exponential: 10 octaves ending at 352.8 kHz, i.e. 352800 × 2^(−10 × (4095 − p) / 4095)
    /// Hz — bottom 344.5 Hz, 88.2 kHz at p = 3276, 22.05 kHz at p = 2457. The Permut8 documents give no taper
    /// (spec/permut8.md §8), so this is our choice: equal travel per octave, and no "0 Hz" stop on a pot.
    /// </summary>
    public static class ControlMapper
    {
        public const int PositionMax = 4095;
        public const int ClockOctaves = 10;

        // 2^(-i/16) in Q16, i = 0..16: one octave in sixteenths, linearly interpolated (error < 0.03 %).
        private static readonly int[] s_exp2NegQ16 =
        {
            65536, 62757, 60097, 57549, 55109, 52773, 50535, 48393, 46341,
            44376, 42495, 40693, 38968, 37316, 35734, 34219, 32768,
        };

        /// <summary>The value pot `pot` sends at `position` (clamped to 0..4095).</summary>
        public static int Map(int pot, int position)
        {
            if (position < 0) position = 0;
            if (position > PositionMax) position = PositionMax;
            int min = ControlTable.Min[pot];
            int max = ControlTable.Max[pot];
            int value;
            switch (ControlTable.TaperKind[pot])
            {
                case Taper.Stepped:
                    value = min + (int)(((long)position * (max - min + 1)) >> 12);
                    break;
                case Taper.Exponential:
                    value = Exponential(position, max, ClockOctaves);
                    break;
                default:
                    value = min + (int)(((long)position * (max - min) + PositionMax / 2) / PositionMax);
                    break;
            }
            int detent = ControlTable.Detent[pot];
            if (detent > 0 && value >= -detent && value <= detent) value = 0;
            if (value < min) value = min;
            if (value > max) value = max;
            return value;
        }

        /// <summary>top × 2^(−octaves × (4095 − position) / 4095), rounded to the nearest integer.</summary>
        public static int Exponential(int position, int top, int octaves)
        {
            // distance below the top in 1/4095 octave, then whole octaves + a fraction in 1/65520 (= 16 × 4095)
            int below = (PositionMax - position) * octaves;
            int whole = below / PositionMax;
            int fraction = (below % PositionMax) * 16; // 0 .. 16 × 4095 − 16
            int index = fraction / PositionMax;        // 0..15
            int within = fraction % PositionMax;       // 0..4094, weight of the next entry
            long a = s_exp2NegQ16[index];
            long b = s_exp2NegQ16[index + 1];
            long gainQ16 = a + ((b - a) * within + PositionMax / 2) / PositionMax;
            int shift = 16 + whole;
            return (int)(((long)top * gainQ16 + (1L << (shift - 1))) >> shift);
        }
    }
}
