using System.Runtime.CompilerServices;

namespace Permut8.Nano.Interop
{
    /// <summary>
    /// The nanoFramework interop binding of engine/include/permut8_engine.h: one InternalCall per engine function,
    /// in header order, plus three device-only audio calls implemented in engine/port/esp32.
    ///
    /// STABILITY: the native checksum in the custom nanoCLR image covers every method of this assembly (position,
    /// count, name and signature). Any change here means: regenerate the stubs, rebuild and reflash the image,
    /// bump AssemblyNativeVersion (engine/port/esp32/README.md). So this assembly holds this one class and
    /// nothing else; all managed logic lives in Permut8.Nano.Core.
    ///
    /// Mapping rules (checked by tools/check-interop-sync.py): Name -> p8_snake_name (device-only: p8_esp32_…);
    /// int -> int32_t; string -> const char* (UTF-8, zero-terminated); an array stands for a C pointer, and where
    /// the C function also takes a `capacity` after the pointer the native side passes the array's length.
    /// Only int, int[], short[], byte[] and string cross (no ref/out: the generated marshalling never copies
    /// them back). Every call returns the engine's int result; negative = P8_ERR_*.
    ///
    /// On the nanoFramework virtual device (and on a stock image) the native part is absent and the first call
    /// throws NotSupportedException; Permut8.Nano.Core.Nano.InteropEngineBinding turns that into IsAvailable.
    /// </summary>
    public static class EngineNative
    {
        // ---- lifecycle ----
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int ApiVersion();

        /// <summary>Device: opens with the ESP32 allocator hook (delay memory in PSRAM, hot state internal).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Open(int plan, int codecRateHz);

        /// <summary>Device: stops the audio task first when it runs on this handle.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Close(int handle);

        // ---- audio (refused with P8_ERR_BAD_ARGUMENT while the native audio task owns the handle) ----
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Process(int handle, short[] input, short[] output, int frames);

        // ---- params ----
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int SetParam(int handle, int index, int value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int SetParams(int handle, int[] values, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int GetParam(int handle, int index);

        // ---- state read-out ----
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int GetDisplay(int handle, int[] output);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int GetStat(int handle, int stat);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int ResetStats(int handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int MemoryReport(int handle, int[] output);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int CheckGuards(int handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int RegionName(int region, byte[] buffer);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int ProbeAllocate(int handle, int region, int bytes);

        // ---- delay memory (refused while the native audio task owns the handle) ----
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int MemoryRead(int handle, int frame, int frames, short[] interleaved);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int MemoryWrite(int handle, int frame, int frames, short[] interleaved);

        // ---- tick trace ----
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int ReadTickTrace(int handle, int[] output);

        // ---- messages ----
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int ReadLog(int handle, byte[] buffer);

        // ---- custom firmware ----
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int FirmwareLoad(int handle, string gazlText, string config, int debug, int instance);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int FirmwareUnload(int handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int FirmwareState(int handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int FirmwareMessage(int handle, byte[] buffer);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int FirmwareError(int handle, int[] output);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int FirmwareText(int handle, int index, byte[] buffer);

        // ---- host constants ----
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int HostConstantCount();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int HostConstantName(int index, byte[] buffer);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int HostConstantValue(int index);

        // ---- device only (engine/port/esp32/p8_esp32.h) ----

        /// <summary>Installs the legacy I2S driver on I2S port 0 (full duplex, codec slave, 16-bit stereo) with
        /// these GPIOs (-1 = unused; MCLK must be 0, 1 or 3) and starts the audio task, which calls p8_process for
        /// `handle` every 32-frame block. Idempotent: a running task is stopped first. Returns P8_OK or P8_ERR_*.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int StartAudio(int handle, int mclkPin, int bclkPin, int wsPin, int doutPin, int dinPin, int sampleRateHz);

        /// <summary>Stops the audio task and uninstalls the I2S driver. Returns P8_OK (also when not running).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int StopAudio();

        /// <summary>The handle the audio task is processing, or -1 when stopped.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int AudioHandle();
    }
}
