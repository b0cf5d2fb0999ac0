namespace Permut8.Nano.Core.Controls
{
    /// <summary>
    /// The control-rate pipeline for the pedal's pots, one step per scan:
    /// raw ADC → calibration (per-pot min/max → 0..4095) → one-pole smoothing → hysteresis → taper
    /// (<see cref="ControlMapper"/>) → takeover → the param in the caller's params array.
    /// All behaviour constants come from <see cref="ControlTable"/>. Allocation-free after construction, so the
    /// control loop can call <see cref="Update"/> forever. CONTROL thread only.
    /// </summary>
    public sealed class PotBank
    {
        private const int Shift = 8; // smoothing state is position × 256

        private readonly int[] _calMin = new int[ControlTable.PotCount];
        private readonly int[] _calMax = new int[ControlTable.PotCount];
        private readonly int[] _smoothed = new int[ControlTable.PotCount];
        private readonly int[] _committed = new int[ControlTable.PotCount];
        private readonly int[] _value = new int[ControlTable.PotCount];
        private readonly bool[] _locked = new bool[ControlTable.PotCount];
        private readonly int[] _lockSide = new int[ControlTable.PotCount];
        private bool _primed;

        public PotBank()
        {
            for (int i = 0; i < ControlTable.PotCount; i++)
            {
                _calMin[i] = 0;
                _calMax[i] = ControlMapper.PositionMax;
            }
        }

        /// <summary>Raw ADC readings that correspond to the pot's two ends (from the calibration mode).</summary>
        public void SetCalibration(int pot, int rawMin, int rawMax)
        {
            if (rawMax <= rawMin) return;
            _calMin[pot] = rawMin;
            _calMax[pot] = rawMax;
        }

        /// <summary>Calibrated raw reading → 0..4095.</summary>
        public int Calibrate(int pot, int raw)
        {
            int span = _calMax[pot] - _calMin[pot];
            int p = (int)(((long)(raw - _calMin[pot]) * ControlMapper.PositionMax + span / 2) / span);
            if (p < 0) return 0;
            return p > ControlMapper.PositionMax ? ControlMapper.PositionMax : p;
        }

        /// <summary>The committed (smoothed, hysteresis-filtered) position of a pot.</summary>
        public int Position(int pot) { return _committed[pot]; }

        /// <summary>The value the pot maps to now (whether or not it is locked).</summary>
        public int Value(int pot) { return _value[pot]; }

        /// <summary>True while a Pickup pot waits to cross the program's value.</summary>
        public bool IsLocked(int pot) { return _locked[pot]; }

        /// <summary>
        /// A program was loaded into `parameters`: every Pickup pot stops driving its param until it crosses
        /// the new value. Jump pots keep driving (they rewrite their param at the next <see cref="Update"/>).
        /// </summary>
        public void Lock(int[] parameters)
        {
            for (int i = 0; i < ControlTable.PotCount; i++)
            {
                if (ControlTable.TakeoverMode[i] != Takeover.Pickup) continue;
                int target = parameters[ControlTable.TargetParam[i]];
                if (_primed && _value[i] == target)
                {
                    _locked[i] = false;
                    continue;
                }
                _locked[i] = true;
                _lockSide[i] = _primed ? Side(_value[i], target) : 0; // 0 = side not known yet
            }
        }

        /// <summary>
        /// One scan: raw[i] is pot i's ADC reading. Writes the params of unlocked pots into `parameters`.
        /// Returns true when any param in `parameters` changed.
        /// </summary>
        public bool Update(int[] raw, int[] parameters)
        {
            bool changed = false;
            for (int i = 0; i < ControlTable.PotCount; i++)
            {
                int position = Calibrate(i, raw[i]);
                if (!_primed)
                {
                    _smoothed[i] = position << Shift;
                    _committed[i] = position;
                }
                else
                {
                    _smoothed[i] += ((position << Shift) - _smoothed[i]) >> ControlTable.SmoothingShift[i];
                    int p = (_smoothed[i] + (1 << (Shift - 1))) >> Shift;
                    int moved = p - _committed[i];
                    if (moved < 0) moved = -moved;
                    // the ends are always reachable, whatever the hysteresis
                    if (moved > ControlTable.Hysteresis[i] || (moved > 0 && (p == 0 || p == ControlMapper.PositionMax)))
                        _committed[i] = p;
                }
                _value[i] = ControlMapper.Map(i, _committed[i]);
                changed |= Apply(i, parameters);
            }
            _primed = true;
            return changed;
        }

        private bool Apply(int pot, int[] parameters)
        {
            int index = ControlTable.TargetParam[pot];
            int target = parameters[index];
            int value = _value[pot];
            if (_locked[pot])
            {
                int side = Side(value, target);
                if (_lockSide[pot] == 0)
                {
                    _lockSide[pot] = side; // first reading after a lock before the pots were primed
                    if (side != 0) return false;
                }
                if (side != 0 && side == _lockSide[pot]) return false;
                _locked[pot] = false; // reached or crossed the program's value
            }
            if (target == value) return false;
            parameters[index] = value;
            return true;
        }

        private static int Side(int value, int target)
        {
            return value < target ? -1 : (value > target ? 1 : 0);
        }
    }
}
