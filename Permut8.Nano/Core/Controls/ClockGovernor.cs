namespace Permut8.Nano.Core.Controls
{
    /// <summary>
    /// Keeps the audio task inside its CPU budget by capping the Permut8 clock (Param.ClockCapHz): the engine's
    /// cost grows with the clock (the resampler runs per tick), and a pedal must never underrun on stage.
    /// Called about once a second with the worst block of that second (EngineStat.BlockCyclesMax, then
    /// Engine.ResetStats) and the underruns so far. Over 90 % of the budget, or any new underrun: the cap drops
    /// by a quarter (never below <see cref="FloorHz"/>). Under 50 %: it rises by a quarter, and is lifted once it
    /// passes the top of the clock range. The gap between the two thresholds keeps it from hunting.
    /// </summary>
    public sealed class ClockGovernor
    {
        public const int NoCap = 0;
        public const int TopHz = 352800;
        public const int FloorHz = 22050;

        private readonly int _budgetCycles;
        private int _cap = NoCap;
        private int _underruns;

        /// <param name="cpuHz">CPU clock of the audio core (240 MHz on the ESP32)</param>
        /// <param name="codecRate">codec sample rate</param>
        /// <param name="blockFrames">frames per audio block (EngineLimits.BlockFrames)</param>
        public ClockGovernor(int cpuHz, int codecRate, int blockFrames)
        {
            _budgetCycles = (int)((long)cpuHz * blockFrames / codecRate);
        }

        /// <summary>Cycles one block may take.</summary>
        public int BudgetCycles { get { return _budgetCycles; } }

        /// <summary>The cap to publish in Param.ClockCapHz (0 = none).</summary>
        public int CapHz { get { return _cap; } }

        /// <summary>Returns the new cap. maxBlockCycles: the worst block since the last call (0 = none run);
        /// underruns: EngineStat.Underruns, a running count.</summary>
        public int Update(int maxBlockCycles, int underruns)
        {
            bool newUnderruns = underruns > _underruns;
            _underruns = underruns;
            long load100 = (long)maxBlockCycles * 100;
            if (newUnderruns || load100 > (long)_budgetCycles * 90)
            {
                int from = _cap == NoCap ? TopHz : _cap;
                int lowered = from - from / 4;
                _cap = lowered < FloorHz ? FloorHz : lowered;
            }
            else if (_cap != NoCap && load100 < (long)_budgetCycles * 50)
            {
                int raised = _cap + _cap / 4;
                _cap = raised >= TopHz ? NoCap : raised;
            }
            return _cap;
        }
    }
}
