using System;
using Permut8.Nano.Core;
using Permut8.Nano.Core.Boards;
using Permut8.Nano.Interop;

namespace Permut8.Nano.Device.Per
{
    /// <summary>
    /// The native audio task (engine/port/esp32): legacy I2S driver on port 0, full duplex, 32-frame blocks,
    /// pinned to core 1, calling p8_process for the open engine. C# only starts and stops it; samples never
    /// pass through managed code. Nano-only.
    /// </summary>
    public static class AudioPort
    {
        public static void Start(Engine engine, BoardDefinition board)
        {
            int status = EngineNative.StartAudio(engine.Handle, board.I2sMclk, board.I2sBclk, board.I2sWs,
                board.I2sDout, board.I2sDin, board.SampleRate);
            if (status < 0) throw new InvalidOperationException("audio start failed: " + EngineStatus.Describe(status));
        }

        public static void Stop()
        {
            EngineNative.StopAudio();
        }

        public static bool IsRunning { get { return EngineNative.AudioHandle() >= 0; } }
    }
}
