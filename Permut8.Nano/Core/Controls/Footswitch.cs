namespace Permut8.Nano.Core.Controls
{
    /// <summary>Events <see cref="Footswitch.Update"/> reports (bit flags: one scan can both release and tap).</summary>
    public static class FootswitchEvent
    {
        public const int None = 0;
        /// <summary>Debounced press (contact closed and stable for the debounce time).</summary>
        public const int Pressed = 1;
        /// <summary>Debounced release.</summary>
        public const int Released = 2;
        /// <summary>Released before the long-press time: a tap.</summary>
        public const int Tap = 4;
        /// <summary>Held for the long-press time (reported once per press, while still held).</summary>
        public const int LongPress = 8;
    }

    /// <summary>
    /// Debounce and long-press detection for one momentary footswitch, driven by the control loop with the
    /// raw contact state and the milliseconds since the previous call (no clock inside: testable, and the loop
    /// period may jitter). The state changes only after the raw input has held the new level for DebounceMs
    /// continuously; contact bounce shorter than that is ignored entirely.
    /// </summary>
    public sealed class Footswitch
    {
        public const int DefaultDebounceMs = 20;
        public const int DefaultLongPressMs = 600;

        private readonly int _debounceMs;
        private readonly int _longPressMs;
        private bool _down;
        private bool _candidate;
        private int _candidateMs;
        private int _heldMs;
        private bool _longReported;

        public Footswitch() : this(DefaultDebounceMs, DefaultLongPressMs) { }

        public Footswitch(int debounceMs, int longPressMs)
        {
            _debounceMs = debounceMs;
            _longPressMs = longPressMs;
        }

        /// <summary>Debounced state.</summary>
        public bool IsDown { get { return _down; } }

        /// <summary>rawDown: contact closed now (after the board's polarity); elapsedMs: time since the last call.
        /// Returns <see cref="FootswitchEvent"/> flags.</summary>
        public int Update(bool rawDown, int elapsedMs)
        {
            if (elapsedMs < 0) elapsedMs = 0;
            int events = FootswitchEvent.None;
            if (rawDown != _candidate)
            {
                _candidate = rawDown;
                _candidateMs = 0;
            }
            else if (_candidate != _down)
            {
                _candidateMs += elapsedMs;
            }

            if (_candidate != _down && _candidateMs >= _debounceMs)
            {
                _down = _candidate;
                if (_down)
                {
                    events |= FootswitchEvent.Pressed;
                    _heldMs = _candidateMs; // the debounce time already counts as holding
                    _longReported = false;
                }
                else
                {
                    events |= FootswitchEvent.Released;
                    if (!_longReported) events |= FootswitchEvent.Tap;
                }
            }
            else if (_down)
            {
                _heldMs += elapsedMs;
            }

            if (_down && !_longReported && _heldMs >= _longPressMs)
            {
                _longReported = true;
                events |= FootswitchEvent.LongPress;
            }
            return events;
        }
    }
}
