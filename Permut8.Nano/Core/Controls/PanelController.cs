using Permut8.Nano.Core.Programs;

namespace Permut8.Nano.Core.Controls
{
    /// <summary>
    /// The pedal's control plane without hardware: the current program, the pots and the footswitch in, one
    /// whole params set out (for Engine.SetParams). The device's control loop reads the ADC and the switch and
    /// calls <see cref="Step"/>; the desktop tests call it with numbers.
    ///
    /// Footswitch: a tap toggles bypass (mix forced to 0 = dry only, the engine keeps running so trails and the
    /// memory survive); a long press is RESET (one increment of Param.ResetCount per press).
    /// </summary>
    public sealed class PanelController
    {
        private readonly PotBank _pots = new PotBank();
        private readonly Footswitch _footswitch = new Footswitch();
        private readonly int[] _parameters = new int[Param.ControlCount];
        private readonly int[] _published = new int[Param.ControlCount];
        private readonly ProgramRecord _program = new ProgramRecord();
        private bool _bypassed;
        private bool _dirty = true;

        public PanelController()
        {
            _program.ToParams(_parameters);
        }

        public PotBank Pots { get { return _pots; } }

        /// <summary>The program as last loaded (pots moved since then are not in it; see <see cref="Capture"/>).</summary>
        public ProgramRecord Program { get { return _program; } }

        public bool Bypassed { get { return _bypassed; } }

        /// <summary>The set to publish (reused array: copy it if you keep it).</summary>
        public int[] Published { get { return _published; } }

        /// <summary>Recalls a program: its values replace the panel's, pickup pots lock until they cross them.</summary>
        public void Load(ProgramRecord program)
        {
            program.CopyTo(_program);
            _program.ToParams(_parameters);
            _pots.Lock(_parameters);
            _dirty = true;
        }

        /// <summary>The panel as it sounds now, as a program named `name` (for saving).</summary>
        public void Capture(ProgramRecord into, string name)
        {
            _program.CopyTo(into);
            into.FromParams(_parameters);
            into.Name = name;
        }

        /// <summary>The clock cap of the CPU governor (Param.ClockCapHz, 0 = none); published with the next set.</summary>
        public void SetClockCap(int hz)
        {
            if (_parameters[Param.ClockCapHz] == hz) return;
            _parameters[Param.ClockCapHz] = hz;
            _dirty = true;
        }

        public void SetBypass(bool bypassed)
        {
            if (_bypassed == bypassed) return;
            _bypassed = bypassed;
            _dirty = true;
        }

        /// <summary>
        /// One control scan. raw: ADC readings in pot order (ControlTable); footswitchDown: debounce input;
        /// elapsedMs: time since the previous scan. Returns true when <see cref="Published"/> changed and should
        /// be handed to the engine.
        /// </summary>
        public bool Step(int[] raw, bool footswitchDown, int elapsedMs)
        {
            bool changed = _pots.Update(raw, _parameters);
            int events = _footswitch.Update(footswitchDown, elapsedMs);
            if ((events & FootswitchEvent.Tap) != 0)
            {
                _bypassed = !_bypassed;
                changed = true;
            }
            if ((events & FootswitchEvent.LongPress) != 0)
            {
                _parameters[Param.ResetCount]++;
                changed = true;
            }
            if (!changed && !_dirty) return false;
            _dirty = false;
            System.Array.Copy(_parameters, _published, _parameters.Length);
            if (_bypassed) _published[Param.MixPermille] = 0;
            return true;
        }
    }
}
