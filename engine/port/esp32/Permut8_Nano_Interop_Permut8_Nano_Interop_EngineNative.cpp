//
// Permut8_Nano_Interop_Permut8_Nano_Interop_EngineNative.cpp — the hand-written native side of
// Permut8.Nano.Interop.EngineNative (Permut8.Nano/Interop/EngineNative.cs): one user function per extern, as
// declared by the generated Permut8_Nano_Interop_Permut8_Nano_Interop_EngineNative.h, each forwarding to the
// engine API (permut8_engine.h) or to the device port (p8_esp32.h).
//
// This file is ours and lives only here: the stub generator rewrites its own empty copy of this file on every
// build, which is never copied into nf-interpreter (see README.md). tools/check-interop-sync.py checks that the
// C# declarations, this file's functions and the C headers agree.
//
// Rules for every function: arrays arrive as zero-copy views into managed arrays, valid only during the call —
// copy out, never keep the pointer; an array's element count replaces the C `capacity` argument; bad input is
// an engine status code (negative), never an exception, so hr stays S_OK. These run on the nanoCLR task
// (CONTROL role) and never wait for audio data.
//
#include "Permut8_Nano_Interop.h"
#include "Permut8_Nano_Interop_Permut8_Nano_Interop_EngineNative.h"

#include <nanoHAL.h>

extern "C"
{
#include "permut8_engine.h"
#include "p8_esp32.h"
}

using namespace Permut8_Nano_Interop::Permut8_Nano_Interop;

namespace
{
// int32_t is `long` with IDF 5's Xtensa toolchain while the interop views use the CLR's own 32-bit type:
// same size and signedness, so the buffers are reinterpreted, never converted.
int16_t *Int16s(CLR_RT_TypedArray_INT16 &a)
{
    return (int16_t *)a.GetBuffer();
}

int32_t *Int32s(CLR_RT_TypedArray_INT32 &a)
{
    return (int32_t *)a.GetBuffer();
}

uint8_t *Bytes(CLR_RT_TypedArray_UINT8 &a)
{
    return (uint8_t *)a.GetBuffer();
}

int32_t Count(CLR_UINT32 size)
{
    return size > 0x7FFFFFFFu ? 0x7FFFFFFF : (int32_t)size;
}

// frames of interleaved stereo fit in an array of `size` int16s
bool FitsFrames(int32_t frames, CLR_UINT32 size)
{
    return frames >= 0 && (int64_t)frames * 2 <= (int64_t)size;
}

// CONTROL calls the contract marks "audio stopped" are refused while the audio task owns the handle
bool AudioOwns(int32_t handle)
{
    return handle >= 0 && p8_esp32_audio_handle() == handle;
}

bool s_rebootHandlerRegistered = false;

void RegisterSoftRebootHandler()
{
    if (s_rebootHandlerRegistered)
        return;
    HAL_AddSoftRebootHandler(p8_esp32_soft_reboot);
    s_rebootHandlerRegistered = true;
}
} // namespace

signed int EngineNative::ApiVersion(HRESULT &hr)
{
    (void)hr;
    return p8_api_version();
}

signed int EngineNative::Open(signed int param0, signed int param1, HRESULT &hr)
{
    (void)hr;
    RegisterSoftRebootHandler();
    return p8_esp32_open(param0, param1);
}

signed int EngineNative::Close(signed int param0, HRESULT &hr)
{
    (void)hr;
    return p8_esp32_close(param0);
}

signed int EngineNative::Process(
    signed int param0,
    CLR_RT_TypedArray_INT16 param1,
    CLR_RT_TypedArray_INT16 param2,
    signed int param3,
    HRESULT &hr)
{
    (void)hr;
    if (AudioOwns(param0) || !FitsFrames(param3, param1.GetSize()) || !FitsFrames(param3, param2.GetSize()))
        return P8_ERR_BAD_ARGUMENT;
    return p8_process(param0, Int16s(param1), Int16s(param2), param3);
}

signed int EngineNative::SetParam(signed int param0, signed int param1, signed int param2, HRESULT &hr)
{
    (void)hr;
    return p8_set_param(param0, param1, param2);
}

signed int EngineNative::SetParams(signed int param0, CLR_RT_TypedArray_INT32 param1, signed int param2, HRESULT &hr)
{
    (void)hr;
    if (param2 < 0 || (CLR_UINT32)param2 > param1.GetSize())
        return P8_ERR_BAD_ARGUMENT;
    return p8_set_params(param0, Int32s(param1), param2);
}

signed int EngineNative::GetParam(signed int param0, signed int param1, HRESULT &hr)
{
    (void)hr;
    return p8_get_param(param0, param1);
}

signed int EngineNative::GetDisplay(signed int param0, CLR_RT_TypedArray_INT32 param1, HRESULT &hr)
{
    (void)hr;
    return p8_get_display(param0, Int32s(param1), Count(param1.GetSize()));
}

signed int EngineNative::GetStat(signed int param0, signed int param1, HRESULT &hr)
{
    (void)hr;
    return p8_get_stat(param0, param1);
}

signed int EngineNative::ResetStats(signed int param0, HRESULT &hr)
{
    (void)hr;
    return p8_reset_stats(param0);
}

signed int EngineNative::MemoryReport(signed int param0, CLR_RT_TypedArray_INT32 param1, HRESULT &hr)
{
    (void)hr;
    return p8_memory_report(param0, Int32s(param1), Count(param1.GetSize()));
}

signed int EngineNative::CheckGuards(signed int param0, HRESULT &hr)
{
    (void)hr;
    return p8_check_guards(param0);
}

signed int EngineNative::RegionName(signed int param0, CLR_RT_TypedArray_UINT8 param1, HRESULT &hr)
{
    (void)hr;
    return p8_region_name(param0, Bytes(param1), Count(param1.GetSize()));
}

signed int EngineNative::ProbeAllocate(signed int param0, signed int param1, signed int param2, HRESULT &hr)
{
    (void)hr;
    return p8_probe_allocate(param0, param1, param2);
}

signed int EngineNative::MemoryRead(
    signed int param0,
    signed int param1,
    signed int param2,
    CLR_RT_TypedArray_INT16 param3,
    HRESULT &hr)
{
    (void)hr;
    if (AudioOwns(param0) || !FitsFrames(param2, param3.GetSize()))
        return P8_ERR_BAD_ARGUMENT;
    return p8_memory_read(param0, param1, param2, Int16s(param3));
}

signed int EngineNative::MemoryWrite(
    signed int param0,
    signed int param1,
    signed int param2,
    CLR_RT_TypedArray_INT16 param3,
    HRESULT &hr)
{
    (void)hr;
    if (AudioOwns(param0) || !FitsFrames(param2, param3.GetSize()))
        return P8_ERR_BAD_ARGUMENT;
    return p8_memory_write(param0, param1, param2, Int16s(param3));
}

signed int EngineNative::ReadTickTrace(signed int param0, CLR_RT_TypedArray_INT32 param1, HRESULT &hr)
{
    (void)hr;
    return p8_read_tick_trace(param0, Int32s(param1), Count(param1.GetSize()));
}

signed int EngineNative::ReadLog(signed int param0, CLR_RT_TypedArray_UINT8 param1, HRESULT &hr)
{
    (void)hr;
    return p8_read_log(param0, Bytes(param1), Count(param1.GetSize()));
}

signed int EngineNative::FirmwareLoad(
    signed int param0,
    const char *param1,
    const char *param2,
    signed int param3,
    signed int param4,
    HRESULT &hr)
{
    (void)hr;
    return p8_firmware_load(param0, param1, param2, param3, param4);
}

signed int EngineNative::FirmwareUnload(signed int param0, HRESULT &hr)
{
    (void)hr;
    return p8_firmware_unload(param0);
}

signed int EngineNative::FirmwareState(signed int param0, HRESULT &hr)
{
    (void)hr;
    return p8_firmware_state(param0);
}

signed int EngineNative::FirmwareMessage(signed int param0, CLR_RT_TypedArray_UINT8 param1, HRESULT &hr)
{
    (void)hr;
    return p8_firmware_message(param0, Bytes(param1), Count(param1.GetSize()));
}

signed int EngineNative::FirmwareError(signed int param0, CLR_RT_TypedArray_INT32 param1, HRESULT &hr)
{
    (void)hr;
    return p8_firmware_error(param0, Int32s(param1), Count(param1.GetSize()));
}

signed int EngineNative::FirmwareText(signed int param0, signed int param1, CLR_RT_TypedArray_UINT8 param2, HRESULT &hr)
{
    (void)hr;
    return p8_firmware_text(param0, param1, Bytes(param2), Count(param2.GetSize()));
}

signed int EngineNative::HostConstantCount(HRESULT &hr)
{
    (void)hr;
    return p8_host_constant_count();
}

signed int EngineNative::HostConstantName(signed int param0, CLR_RT_TypedArray_UINT8 param1, HRESULT &hr)
{
    (void)hr;
    return p8_host_constant_name(param0, Bytes(param1), Count(param1.GetSize()));
}

signed int EngineNative::HostConstantValue(signed int param0, HRESULT &hr)
{
    (void)hr;
    return p8_host_constant_value(param0);
}

signed int EngineNative::StartAudio(
    signed int param0,
    signed int param1,
    signed int param2,
    signed int param3,
    signed int param4,
    signed int param5,
    signed int param6,
    HRESULT &hr)
{
    (void)hr;
    RegisterSoftRebootHandler();
    return p8_esp32_start_audio(param0, param1, param2, param3, param4, param5, param6);
}

signed int EngineNative::StopAudio(HRESULT &hr)
{
    (void)hr;
    return p8_esp32_stop_audio();
}

signed int EngineNative::AudioHandle(HRESULT &hr)
{
    (void)hr;
    return p8_esp32_audio_handle();
}
