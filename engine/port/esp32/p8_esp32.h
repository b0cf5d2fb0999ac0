/*
 * p8_esp32.h — the device side of the engine on a classic ESP32 under nanoCLR (engine/port/esp32).
 *
 * Who calls what: every function here is CONTROL (the nanoCLR task, through the interop glue
 * Permut8_Nano_Interop_Permut8_Nano_Interop_EngineNative.cpp), never the audio task. Calls are short and never
 * wait for audio data; start/stop wait at most for one block plus the driver (de)installation.
 *
 * State: the one I2S port and the one audio task are device singletons, so this port keeps one static state
 * struct (the single exception to "no globals", like the engine's handle table).
 */
#ifndef P8_ESP32_H
#define P8_ESP32_H

#include <stdint.h>

#include "permut8_engine.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Audio task placement. Core 1 is where nanoCLR's main task runs (priority 5); the audio task preempts it for
 * one block's processing and then blocks on the I2S DMA, so the interpreter keeps the rest of the core.
 * Core 0 holds the wire-protocol receiver (deploy/debug) and IDF's timer task. */
#define P8_ESP32_AUDIO_CORE 1
#define P8_ESP32_AUDIO_PRIORITY 20
#define P8_ESP32_AUDIO_STACK_BYTES 6144
#define P8_ESP32_I2S_PORT 0         /* I2S_NUM_0: the app never opens System.Device.I2s, which would claim it */
#define P8_ESP32_DMA_BUFFERS 3      /* x 32 frames: 2 ms designed round trip at 48 kHz */

/* p8_open with the ESP32 allocator hook (p8_esp32_alloc.c): delay memory, firmware program/global and the
 * loader scratch in PSRAM; the hot state (stack, audio I/O, params, display, pools, DSP state) in internal RAM
 * when it fits. Same return values as p8_open. */
int32_t p8_esp32_open(int32_t plan, int32_t codec_rate_hz);

/* p8_close, stopping the audio task first when it processes `handle`. */
int32_t p8_esp32_close(int32_t handle);

/* Installs the legacy I2S driver on P8_ESP32_I2S_PORT (master, TX+RX full duplex, 16-bit stereo I2S,
 * MCLK = 256 fs from the APLL, P8_ESP32_DMA_BUFFERS x P8_BLOCK_FRAMES frames) on these GPIOs (-1 = unused; MCLK
 * only on 0, 1 or 3) and starts the audio task for `handle`. A running task is stopped first (idempotent).
 * Returns P8_OK, P8_ERR_BAD_HANDLE, P8_ERR_BAD_ARGUMENT (pins/rate) or P8_ERR_OUT_OF_MEMORY (driver/task). */
int32_t p8_esp32_start_audio(int32_t handle, int32_t mclk_pin, int32_t bclk_pin, int32_t ws_pin, int32_t dout_pin,
                             int32_t din_pin, int32_t sample_rate_hz);

/* Stops the task (it finishes its block), uninstalls the driver. P8_OK also when nothing runs. */
int32_t p8_esp32_stop_audio(void);

/* The handle the audio task processes, or -1. CONTROL calls marked "audio stopped" check this. */
int32_t p8_esp32_audio_handle(void);

/* Soft reboot of nanoCLR (after a deploy): stop audio and close every engine, so the next app run starts
 * clean. Registered with HAL_AddSoftRebootHandler by the interop glue. */
void p8_esp32_soft_reboot(void);

/* The allocator hook used by p8_esp32_open (exposed for the port's own tests on hardware). */
#include "p8_mem_plan.h"
p8_mem_hook p8_esp32_mem_hook(void);

#ifdef __cplusplus
}
#endif

#endif
