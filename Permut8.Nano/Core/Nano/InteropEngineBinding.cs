using System;
using Permut8.Nano.Interop;

namespace Permut8.Nano.Core.Nano
{
    /// <summary>
    /// IEngineBinding over the nanoFramework interop assembly (EngineNative). The native part lives in the custom
    /// nanoCLR image (engine/port/esp32); where it is absent — the virtual device, a stock image — the first
    /// InternalCall throws NotSupportedException, which <see cref="IsAvailable"/> reports instead of throwing.
    /// Array lengths travel with the arrays, so the C `capacity` arguments are filled in natively.
    /// Nano-only: the desktop build excludes Core/Nano/**.
    /// </summary>
    public sealed class InteropEngineBinding : IEngineBinding
    {
        private bool _probed;
        private bool _available;
        private string _reason = string.Empty;

        public bool IsAvailable
        {
            get
            {
                Probe();
                return _available;
            }
        }

        public string UnavailableReason
        {
            get
            {
                Probe();
                return _reason;
            }
        }

        private void Probe()
        {
            if (_probed) return;
            _probed = true;
            try
            {
                EngineNative.ApiVersion();
                _available = true;
                _reason = string.Empty;
            }
            catch (NotSupportedException)
            {
                _available = false;
                _reason = "this nanoCLR image has no native part for Permut8.Nano.Interop (virtual device or stock firmware; flash the custom image, see Permut8.Nano/README.md)";
            }
        }

        public int ApiVersion() { return EngineNative.ApiVersion(); }
        public int Open(int plan, int codecRateHz) { return EngineNative.Open(plan, codecRateHz); }
        public int Close(int handle) { return EngineNative.Close(handle); }
        public int Process(int handle, short[] input, short[] output, int frames) { return EngineNative.Process(handle, input, output, frames); }
        public int SetParam(int handle, int index, int value) { return EngineNative.SetParam(handle, index, value); }
        public int SetParams(int handle, int[] values, int count) { return EngineNative.SetParams(handle, values, count); }
        public int GetParam(int handle, int index) { return EngineNative.GetParam(handle, index); }
        public int GetDisplay(int handle, int[] output) { return EngineNative.GetDisplay(handle, output); }
        public int GetStat(int handle, int stat) { return EngineNative.GetStat(handle, stat); }
        public int ResetStats(int handle) { return EngineNative.ResetStats(handle); }
        public int MemoryReport(int handle, int[] output) { return EngineNative.MemoryReport(handle, output); }
        public int CheckGuards(int handle) { return EngineNative.CheckGuards(handle); }
        public int RegionName(int region, byte[] buffer) { return EngineNative.RegionName(region, buffer); }
        public int ProbeAllocate(int handle, int region, int bytes) { return EngineNative.ProbeAllocate(handle, region, bytes); }
        public int MemoryRead(int handle, int frame, int frames, short[] interleaved) { return EngineNative.MemoryRead(handle, frame, frames, interleaved); }
        public int MemoryWrite(int handle, int frame, int frames, short[] interleaved) { return EngineNative.MemoryWrite(handle, frame, frames, interleaved); }
        public int ReadTickTrace(int handle, int[] output) { return EngineNative.ReadTickTrace(handle, output); }
        public int ReadLog(int handle, byte[] buffer) { return EngineNative.ReadLog(handle, buffer); }
        public int FirmwareLoad(int handle, string gazlText, string config, int debug, int instance) { return EngineNative.FirmwareLoad(handle, gazlText, config, debug, instance); }
        public int FirmwareUnload(int handle) { return EngineNative.FirmwareUnload(handle); }
        public int FirmwareState(int handle) { return EngineNative.FirmwareState(handle); }
        public int FirmwareMessage(int handle, byte[] buffer) { return EngineNative.FirmwareMessage(handle, buffer); }
        public int FirmwareError(int handle, int[] output) { return EngineNative.FirmwareError(handle, output); }
        public int FirmwareText(int handle, int index, byte[] buffer) { return EngineNative.FirmwareText(handle, index, buffer); }
        public int HostConstantCount() { return EngineNative.HostConstantCount(); }
        public int HostConstantName(int index, byte[] buffer) { return EngineNative.HostConstantName(index, buffer); }
        public int HostConstantValue(int index) { return EngineNative.HostConstantValue(index); }
    }
}
