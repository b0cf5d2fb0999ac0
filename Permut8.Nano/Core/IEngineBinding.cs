namespace Permut8.Nano.Core
{
    /// <summary>
    /// One method per function of engine/include/permut8_engine.h, same order, same meaning, same return codes.
    /// Two implementations: the nanoFramework interop binding on the device (Core/Nano/InteropEngineBinding.cs)
    /// and P/Invoke on the desktop (tools/Permut8.Nano.Desktop). Only ints, int16/int32/byte arrays and strings
    /// cross it, so both bindings are mechanical. Use <see cref="Engine"/>, not this, from application code.
    /// </summary>
    public interface IEngineBinding
    {
        /// <summary>False where the native engine is absent (e.g. the nanoFramework virtual device).</summary>
        bool IsAvailable { get; }

        /// <summary>Why <see cref="IsAvailable"/> is false; empty when available.</summary>
        string UnavailableReason { get; }

        int ApiVersion();
        int Open(int plan, int codecRateHz);
        int Close(int handle);
        int Process(int handle, short[] input, short[] output, int frames);
        int SetParam(int handle, int index, int value);
        int SetParams(int handle, int[] values, int count);
        int GetParam(int handle, int index);
        int GetDisplay(int handle, int[] output);
        int GetStat(int handle, int stat);
        int ResetStats(int handle);
        int MemoryReport(int handle, int[] output);
        int CheckGuards(int handle);
        int RegionName(int region, byte[] buffer);
        int ProbeAllocate(int handle, int region, int bytes);
        int MemoryRead(int handle, int frame, int frames, short[] interleaved);
        int MemoryWrite(int handle, int frame, int frames, short[] interleaved);
        int ReadTickTrace(int handle, int[] output);
        int ReadLog(int handle, byte[] buffer);
        int FirmwareLoad(int handle, string gazlText, string config, int debug, int instance);
        int FirmwareUnload(int handle);
        int FirmwareState(int handle);
        int FirmwareMessage(int handle, byte[] buffer);
        int FirmwareError(int handle, int[] output);
        int FirmwareText(int handle, int index, byte[] buffer);
        int HostConstantCount();
        int HostConstantName(int index, byte[] buffer);
        int HostConstantValue(int index);
    }
}
