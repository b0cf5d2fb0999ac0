using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using Permut8.Nano.Core;

namespace Permut8.Nano.Desktop
{
    /// <summary>
    /// P/Invoke binding of engine/include/permut8_engine.h into libp8engine (built by CMake). The library is
    /// looked up in: $P8_ENGINE_LIB, next to this assembly, then build/engine/ of the repository above it.
    /// If it cannot be loaded, <see cref="IsAvailable"/> is false and the reason says where it looked.
    /// </summary>
    public sealed class NativeEngineBinding : IEngineBinding
    {
        private const string Lib = "p8engine";
        private static readonly string s_loadError;

        static NativeEngineBinding()
        {
            s_loadError = string.Empty;
            string path = FindLibrary();
            if (path == null)
            {
                s_loadError = "libp8engine not found (set P8_ENGINE_LIB or build the engine: cmake -S engine -B build/engine && cmake --build build/engine)";
                return;
            }
            try
            {
                IntPtr handle = NativeLibrary.Load(path);
                NativeLibrary.SetDllImportResolver(typeof(NativeEngineBinding).Assembly,
                    (name, assembly, searchPath) => name == Lib ? handle : IntPtr.Zero);
                LibraryPath = path;
            }
            catch (Exception e) when (e is DllNotFoundException || e is BadImageFormatException)
            {
                s_loadError = "cannot load " + path + ": " + e.Message;
            }
        }

        /// <summary>The file the binding loaded, or null.</summary>
        public static string LibraryPath { get; private set; }

        public bool IsAvailable => LibraryPath != null;

        public string UnavailableReason => s_loadError;

        private static string FindLibrary()
        {
            string fileName = OperatingSystem.IsWindows() ? "p8engine.dll" : OperatingSystem.IsMacOS() ? "libp8engine.dylib" : "libp8engine.so";
            string fromEnv = Environment.GetEnvironmentVariable("P8_ENGINE_LIB");
            if (!string.IsNullOrEmpty(fromEnv)) return File.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : null;
            string here = Path.GetDirectoryName(typeof(NativeEngineBinding).Assembly.Location) ?? AppContext.BaseDirectory;
            string beside = Path.Combine(here, fileName);
            if (File.Exists(beside)) return beside;
            for (DirectoryInfo dir = new DirectoryInfo(here); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "build", "engine", fileName);
                if (File.Exists(candidate)) return candidate;
            }
            return null;
        }

        public int ApiVersion() => p8_api_version();
        public int Open(int plan, int codecRateHz) => p8_open(plan, codecRateHz);
        public int Close(int handle) => p8_close(handle);
        public int Process(int handle, short[] input, short[] output, int frames) => p8_process(handle, input, output, frames);
        public int SetParam(int handle, int index, int value) => p8_set_param(handle, index, value);
        public int SetParams(int handle, int[] values, int count) => p8_set_params(handle, values, count);
        public int GetParam(int handle, int index) => p8_get_param(handle, index);
        public int GetDisplay(int handle, int[] output) => p8_get_display(handle, output, output?.Length ?? 0);
        public int GetStat(int handle, int stat) => p8_get_stat(handle, stat);
        public int ResetStats(int handle) => p8_reset_stats(handle);
        public int MemoryReport(int handle, int[] output) => p8_memory_report(handle, output, output?.Length ?? 0);
        public int CheckGuards(int handle) => p8_check_guards(handle);
        public int RegionName(int region, byte[] buffer) => p8_region_name(region, buffer, buffer?.Length ?? 0);
        public int ProbeAllocate(int handle, int region, int bytes) => p8_probe_allocate(handle, region, bytes);
        public int MemoryRead(int handle, int frame, int frames, short[] interleaved) => p8_memory_read(handle, frame, frames, interleaved);
        public int MemoryWrite(int handle, int frame, int frames, short[] interleaved) => p8_memory_write(handle, frame, frames, interleaved);
        public int ReadTickTrace(int handle, int[] output) => p8_read_tick_trace(handle, output, output?.Length ?? 0);
        public int ReadLog(int handle, byte[] buffer) => p8_read_log(handle, buffer, buffer?.Length ?? 0);
        public int FirmwareLoad(int handle, string gazlText, string config, int debug, int instance) => p8_firmware_load(handle, gazlText, config, debug, instance);
        public int FirmwareUnload(int handle) => p8_firmware_unload(handle);
        public int FirmwareState(int handle) => p8_firmware_state(handle);
        public int FirmwareMessage(int handle, byte[] buffer) => p8_firmware_message(handle, buffer, buffer?.Length ?? 0);
        public int FirmwareError(int handle, int[] output) => p8_firmware_error(handle, output, output?.Length ?? 0);
        public int FirmwareText(int handle, int index, byte[] buffer) => p8_firmware_text(handle, index, buffer, buffer?.Length ?? 0);
        public int HostConstantCount() => p8_host_constant_count();
        public int HostConstantName(int index, byte[] buffer) => p8_host_constant_name(index, buffer, buffer?.Length ?? 0);
        public int HostConstantValue(int index) => p8_host_constant_value(index);

        [DllImport(Lib)] private static extern int p8_api_version();
        [DllImport(Lib)] private static extern int p8_open(int plan, int codecRateHz);
        [DllImport(Lib)] private static extern int p8_close(int handle);
        [DllImport(Lib)] private static extern int p8_process(int handle, short[] input, [Out] short[] output, int frames);
        [DllImport(Lib)] private static extern int p8_set_param(int handle, int index, int value);
        [DllImport(Lib)] private static extern int p8_set_params(int handle, int[] values, int count);
        [DllImport(Lib)] private static extern int p8_get_param(int handle, int index);
        [DllImport(Lib)] private static extern int p8_get_display(int handle, [Out] int[] output, int capacity);
        [DllImport(Lib)] private static extern int p8_get_stat(int handle, int stat);
        [DllImport(Lib)] private static extern int p8_reset_stats(int handle);
        [DllImport(Lib)] private static extern int p8_memory_report(int handle, [Out] int[] output, int capacity);
        [DllImport(Lib)] private static extern int p8_check_guards(int handle);
        [DllImport(Lib)] private static extern int p8_region_name(int region, [Out] byte[] buffer, int capacity);
        [DllImport(Lib)] private static extern int p8_probe_allocate(int handle, int region, int bytes);
        [DllImport(Lib)] private static extern int p8_memory_read(int handle, int frame, int frames, [Out] short[] interleaved);
        [DllImport(Lib)] private static extern int p8_memory_write(int handle, int frame, int frames, short[] interleaved);
        [DllImport(Lib)] private static extern int p8_read_tick_trace(int handle, [Out] int[] output, int capacity);
        [DllImport(Lib)] private static extern int p8_read_log(int handle, [Out] byte[] buffer, int capacity);
        [DllImport(Lib)] private static extern int p8_firmware_load(int handle, [MarshalAs(UnmanagedType.LPUTF8Str)] string text, [MarshalAs(UnmanagedType.LPUTF8Str)] string config, int debug, int instance);
        [DllImport(Lib)] private static extern int p8_firmware_unload(int handle);
        [DllImport(Lib)] private static extern int p8_firmware_state(int handle);
        [DllImport(Lib)] private static extern int p8_firmware_message(int handle, [Out] byte[] buffer, int capacity);
        [DllImport(Lib)] private static extern int p8_firmware_error(int handle, [Out] int[] output, int capacity);
        [DllImport(Lib)] private static extern int p8_firmware_text(int handle, int index, [Out] byte[] buffer, int capacity);
        [DllImport(Lib)] private static extern int p8_host_constant_count();
        [DllImport(Lib)] private static extern int p8_host_constant_name(int index, [Out] byte[] buffer, int capacity);
        [DllImport(Lib)] private static extern int p8_host_constant_value(int index);
    }
}
