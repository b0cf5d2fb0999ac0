using System;

namespace Permut8.Nano.Core
{
    /// <summary>
    /// The C# face of the native engine (engine/include/permut8_engine.h): one open engine per instance.
    /// Control-plane code (pots, LEDs, programs, the CLI, tests) talks to this; the binding underneath is the
    /// nanoFramework interop library on the pedal and P/Invoke on the desktop.
    /// Threading: every method is a CONTROL call except <see cref="Process"/>, which is the AUDIO call (on the
    /// pedal the native audio task calls the engine directly and C# never calls Process).
    /// Errors from bad arguments come back as status codes (see <see cref="EngineStatus"/>); only misuse of the
    /// facade itself (calling before Open, a missing engine) throws.
    /// </summary>
    public sealed class Engine : IDisposable
    {
        private readonly IEngineBinding _binding;
        private readonly byte[] _text = new byte[1024];
        private int _handle = -1;

        public Engine(IEngineBinding binding)
        {
            if (binding == null) throw new ArgumentNullException("binding");
            _binding = binding;
        }

        /// <summary>False where the native engine is missing (nanoFramework virtual device, no shared library).</summary>
        public bool IsAvailable { get { return _binding.IsAvailable; } }

        public string UnavailableReason { get { return _binding.UnavailableReason; } }

        public bool IsOpen { get { return _handle >= 0; } }

        public int Handle { get { return _handle; } }

        /// <summary>Opens the engine: the memory plan is allocated and sealed here, never again.</summary>
        public void Open(int plan, int codecRateHz)
        {
            RequireAvailable();
            if (_handle >= 0) throw new InvalidOperationException("engine already open");
            int version = _binding.ApiVersion();
            if (version != EngineLimits.ApiVersion)
                throw new InvalidOperationException("engine API version " + version.ToString() + ", facade expects " + EngineLimits.ApiVersion.ToString());
            int handle = _binding.Open(plan, codecRateHz);
            if (handle < 0) throw new InvalidOperationException("cannot open engine: " + EngineStatus.Describe(handle));
            _handle = handle;
        }

        public void Close()
        {
            if (_handle < 0) return;
            _binding.Close(_handle);
            _handle = -1;
        }

        public void Dispose() { Close(); }

        /// <summary>Processes whole 32-frame blocks of interleaved stereo. Returns frames or a negative status.</summary>
        public int Process(short[] input, short[] output, int frames)
        {
            RequireOpen();
            if (input == null || output == null || frames < 0 || input.Length < 2 * frames || output.Length < 2 * frames)
                return EngineStatus.BadArgument;
            return _binding.Process(_handle, input, output, frames);
        }

        /// <summary>Sets one param or panel control (clamped); returns the stored value or a negative status.</summary>
        public int SetParam(int index, int value) { RequireOpen(); return _binding.SetParam(_handle, index, value); }

        /// <summary>Publishes values[0..Length-1] as one set; the audio side never sees half of it.</summary>
        public int SetParams(int[] values)
        {
            RequireOpen();
            if (values == null) return EngineStatus.BadArgument;
            return _binding.SetParams(_handle, values, values.Length);
        }

        public int GetParam(int index) { RequireOpen(); return _binding.GetParam(_handle, index); }

        /// <summary>Fills fields[0..DisplayField.Count-1]; allocation-free so the LED loop can call it forever.</summary>
        public int ReadDisplay(int[] fields) { RequireOpen(); return _binding.GetDisplay(_handle, fields); }

        public int GetStat(int stat) { RequireOpen(); return _binding.GetStat(_handle, stat); }

        public void ResetStats() { RequireOpen(); _binding.ResetStats(_handle); }

        /// <summary>Fills report[region * ReportFields + field]; returns ints written or a negative status.</summary>
        public int ReadMemoryReport(int[] report) { RequireOpen(); return _binding.MemoryReport(_handle, report); }

        /// <summary>-1 when every guard word is intact, else the damaged region (see <see cref="RegionName"/>).</summary>
        public int CheckGuards() { RequireOpen(); return _binding.CheckGuards(_handle); }

        public string RegionName(int region)
        {
            RequireAvailable();
            int n = _binding.RegionName(region, _text);
            return n < 0 ? "?" : Utf8Text.Decode(_text, n);
        }

        /// <summary>Asks the sealed plan for more memory; always refused and counted (proves the seal).</summary>
        public int ProbeAllocate(int region, int bytes) { RequireOpen(); return _binding.ProbeAllocate(_handle, region, bytes); }

        public int ReadMemory(int frame, int frames, short[] interleaved)
        {
            RequireOpen();
            if (interleaved == null || frames < 0 || interleaved.Length < 2 * frames) return EngineStatus.BadArgument;
            return _binding.MemoryRead(_handle, frame, frames, interleaved);
        }

        public int WriteMemory(int frame, int frames, short[] interleaved)
        {
            RequireOpen();
            if (interleaved == null || frames < 0 || interleaved.Length < 2 * frames) return EngineStatus.BadArgument;
            return _binding.MemoryWrite(_handle, frame, frames, interleaved);
        }

        /// <summary>Copies the per-tick trace of the last Process call (TraceField.Count ints per tick, needs
        /// Param.TickTrace = 1). Returns ints written or a negative status.</summary>
        public int ReadTickTrace(int[] rows) { RequireOpen(); return _binding.ReadTickTrace(_handle, rows); }

        /// <summary>Drains pending log text (trace output, runtime errors); empty string when nothing is pending.</summary>
        public string ReadLog()
        {
            RequireOpen();
            int n = _binding.ReadLog(_handle, _text);
            return n <= 0 ? string.Empty : Utf8Text.Decode(_text, n);
        }

        /// <summary>Loads GAZL firmware text. Returns EngineStatus.Ok or EngineStatus.Load (see FirmwareMessage).</summary>
        public int LoadFirmware(string gazlText, string config, bool debug, int instance)
        {
            RequireOpen();
            if (gazlText == null) return EngineStatus.BadArgument;
            return _binding.FirmwareLoad(_handle, gazlText, config == null ? string.Empty : config, debug ? 1 : 0, instance);
        }

        public int UnloadFirmware() { RequireOpen(); return _binding.FirmwareUnload(_handle); }

        public int FirmwareState() { RequireOpen(); return _binding.FirmwareState(_handle); }

        public string FirmwareMessage()
        {
            RequireOpen();
            int n = _binding.FirmwareMessage(_handle, _text);
            return n <= 0 ? string.Empty : Utf8Text.Decode(_text, n);
        }

        /// <summary>panelTextRows[index] (0..7: tape labels, rows 0-3 instruction 1, 4-7 instruction 2) or
        /// configText (FirmwareState.TextConfig) of the running firmware; empty when it declares none.</summary>
        public string FirmwareText(int index)
        {
            RequireOpen();
            int n = _binding.FirmwareText(_handle, index, _text);
            return n <= 0 ? string.Empty : Utf8Text.Decode(_text, n);
        }

        /// <summary>Fills error[0] = code, error[1] = firmware line, error[2] = ticks run.</summary>
        public int ReadFirmwareError(int[] error) { RequireOpen(); return _binding.FirmwareError(_handle, error); }

        public int HostConstantCount() { RequireAvailable(); return _binding.HostConstantCount(); }

        public string HostConstantName(int index)
        {
            RequireAvailable();
            int n = _binding.HostConstantName(index, _text);
            return n < 0 ? string.Empty : Utf8Text.Decode(_text, n);
        }

        public int HostConstantValue(int index) { RequireAvailable(); return _binding.HostConstantValue(index); }

        private void RequireAvailable()
        {
            if (!_binding.IsAvailable) throw new InvalidOperationException("native engine not available: " + _binding.UnavailableReason);
        }

        private void RequireOpen()
        {
            if (_handle < 0) throw new InvalidOperationException("engine not open");
        }
    }
}
