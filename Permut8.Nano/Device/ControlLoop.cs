using System;
using System.Threading;
using Permut8.Nano.Core;
using Permut8.Nano.Core.Controls;
using Permut8.Nano.Core.Display;
using Permut8.Nano.Device.Dev;
using Permut8.Nano.Device.Hid;

namespace Permut8.Nano.Device
{
    /// <summary>
    /// The control thread: scans pots and footswitch every <see cref="ScanMs"/> ms and hands changed params to
    /// the engine as one set; refreshes the LEDs every <see cref="LedMs"/> ms; drains the engine log and checks
    /// the memory guards once a second. The logic is Core's (PanelController, LedFrame); this only moves data
    /// between them and the drivers. Allocation-free inside the loop.
    /// </summary>
    public sealed class ControlLoop
    {
        public const int ScanMs = 2;
        public const int LedMs = 10;
        public const int HousekeepingMs = 1000;

        private readonly Engine _engine;
        private readonly PanelController _panel;
        private readonly Pots _pots;
        private readonly Footswitches _footswitch;
        private readonly LedFrame _frame;
        private readonly ShiftRegister595 _chain;
        private readonly int[] _raw = new int[ControlTable.PotCount];
        private readonly int[] _display = new int[DisplayField.Count];
        private readonly ClockGovernor _governor;

        /// <summary>Clock of the core the audio task runs on (the ESP32 images run at 240 MHz).</summary>
        public const int CpuHz = 240000000;

        public ControlLoop(Engine engine, PanelController panel, Pots pots, Footswitches footswitch, LedFrame frame, ShiftRegister595 chain, int codecRate)
        {
            _engine = engine;
            _panel = panel;
            _pots = pots;
            _footswitch = footswitch;
            _frame = frame;
            _chain = chain;
            _governor = new ClockGovernor(CpuHz, codecRate, EngineLimits.BlockFrames);
        }

        public void Run()
        {
            long last = DateTime.UtcNow.Ticks;
            int ledDue = 0;
            int housekeepingDue = HousekeepingMs;
            while (true)
            {
                long now = DateTime.UtcNow.Ticks;
                int elapsed = (int)((now - last) / TimeSpan.TicksPerMillisecond);
                if (elapsed > 0) last += elapsed * TimeSpan.TicksPerMillisecond;

                _pots.Read(_raw);
                if (_panel.Step(_raw, _footswitch.RawDown(), elapsed)) _engine.SetParams(_panel.Published);

                ledDue -= elapsed;
                if (ledDue <= 0)
                {
                    ledDue = LedMs;
                    if (_engine.ReadDisplay(_display) == DisplayField.Count)
                    {
                        _frame.Build(_display);
                        _chain.Write(_frame.Bytes);
                    }
                }

                housekeepingDue -= elapsed;
                if (housekeepingDue <= 0)
                {
                    housekeepingDue = HousekeepingMs;
                    Housekeeping();
                }
                Thread.Sleep(ScanMs);
            }
        }

        private void Housekeeping()
        {
            // CPU governor: the worst block of the last second against the budget caps the clock
            _panel.SetClockCap(_governor.Update(_engine.GetStat(EngineStat.BlockCyclesMax), _engine.GetStat(EngineStat.Underruns)));
            _engine.ResetStats();
            string log = _engine.ReadLog();
            if (log.Length > 0) Console.Write(log);
            int damaged = _engine.CheckGuards();
            if (damaged >= 0) Console.WriteLine("memory guard damaged: " + _engine.RegionName(damaged));
        }
    }
}
