namespace Permut8.Nano.Core.Controls
{
    /// <summary>How a pot position (0..4095) becomes a param value. See <see cref="ControlMapper"/>.</summary>
    public static class Taper
    {
        /// <summary>min + position × (max − min) / 4095, rounded: both ends exact.</summary>
        public const int Linear = 0;
        /// <summary>min + position × (max − min + 1) / 4096: equal-width buckets (operands: 16 positions per value).</summary>
        public const int Stepped = 1;
        /// <summary>Exponential over <see cref="ControlMapper.ClockOctaves"/> octaves ending at max (the clock).</summary>
        public const int Exponential = 2;
    }

    /// <summary>What a pot does after a program load.</summary>
    public static class Takeover
    {
        /// <summary>The param follows the pot at once (the program's value is lost when the pot moves).</summary>
        public const int Jump = 0;
        /// <summary>The pot is ignored until it crosses the program's value, then it takes over (no jumps).</summary>
        public const int Pickup = 1;
    }

    /// <summary>
    /// The pedal's 8 pots as a data table (one row per pot, one array per column), in the manner of stmlib's
    /// per-control settings: change behaviour here, not in code. Pot index = ADC scan order = mux input.
    ///
    /// | # | Pot      | Param              | Range            | Taper       | Detent | Smooth | Hyst | Takeover |
    /// |---|----------|--------------------|------------------|-------------|--------|--------|------|----------|
    /// | 0 | CLOCK    | ClockFreq (Hz)     | 345..352800      | Exponential | –      | 1/8    | 3    | Pickup   |
    /// | 1 | OPERAND 1| Operand1High       | 0..255           | Stepped     | –      | 1/4    | 6    | Pickup   |
    /// | 2 | OPERAND 2| Operand2High       | 0..255           | Stepped     | –      | 1/4    | 6    | Pickup   |
    /// | 3 | FEEDBACK | FeedbackPermille   | 0..1000          | Linear      | –      | 1/8    | 4    | Pickup   |
    /// | 4 | MIX      | MixPermille        | 0..1000          | Linear      | –      | 1/8    | 4    | Pickup   |
    /// | 5 | INPUT    | InputLevelCentiDb  | −6000..2400      | Linear      | ±100   | 1/8    | 4    | Jump     |
    /// | 6 | OUTPUT   | OutputLevelCentiDb | −6000..2400      | Linear      | ±100   | 1/8    | 4    | Jump     |
    /// | 7 | FILTER   | FilterFreq         | −1000..1000      | Linear      | ±25    | 1/8    | 4    | Pickup   |
    /// Smooth = one-pole IIR coefficient 1/2^shift per scan (1 kHz scan: 1/8 ≈ 8 ms time constant).
    /// Hyst = positions (of 4096) the smoothed pot must move before the committed position follows.
    /// Detent = param values within ±Detent of 0 snap to 0 (unity gain, filter open).
    /// Levels jump: they are the player's gain staging, not part of the sound a program recalls.
    /// </summary>
    public static class ControlTable
    {
        public const int PotCount = 8;

        public const int Clock = 0;
        public const int Operand1 = 1;
        public const int Operand2 = 2;
        public const int Feedback = 3;
        public const int Mix = 4;
        public const int InputLevel = 5;
        public const int OutputLevel = 6;
        public const int Filter = 7;

        public static readonly string[] Name = { "CLOCK", "OPERAND 1", "OPERAND 2", "FEEDBACK", "MIX", "INPUT", "OUTPUT", "FILTER" };

        public static readonly int[] TargetParam =
        {
            Param.ClockFreq, Param.Operand1High, Param.Operand2High, Param.FeedbackPermille,
            Param.MixPermille, Param.InputLevelCentiDb, Param.OutputLevelCentiDb, Param.FilterFreq,
        };

        public static readonly int[] Min = { 345, 0, 0, 0, 0, -6000, -6000, -1000 };
        public static readonly int[] Max = { 352800, 255, 255, 1000, 1000, 2400, 2400, 1000 };

        public static readonly int[] TaperKind =
        {
            Taper.Exponential, Taper.Stepped, Taper.Stepped, Taper.Linear,
            Taper.Linear, Taper.Linear, Taper.Linear, Taper.Linear,
        };

        public static readonly int[] Detent = { 0, 0, 0, 0, 0, 100, 100, 25 };

        public static readonly int[] SmoothingShift = { 3, 2, 2, 3, 3, 3, 3, 3 };

        public static readonly int[] Hysteresis = { 3, 6, 6, 4, 4, 4, 4, 4 };

        public static readonly int[] TakeoverMode =
        {
            Takeover.Pickup, Takeover.Pickup, Takeover.Pickup, Takeover.Pickup,
            Takeover.Pickup, Takeover.Jump, Takeover.Jump, Takeover.Pickup,
        };
    }
}
