/*
 * p8_engine.h — the engine object behind a handle. Internal: only p8_api*.c and tests include it.
 * All memory hangs off `mem` (the sealed plan); nothing here is allocated after p8_engine_open.
 */
#ifndef P8_ENGINE_H
#define P8_ENGINE_H

#include <stdint.h>

#include "p8_chain.h"
#include "p8_clock.h"
#include "p8_delay_memory.h"
#include "p8_firmware_host.h"
#include "p8_mem_plan.h"
#include "p8_operators.h"
#include "p8_params.h"
#include "p8_pool.h"
#include "p8_resampler.h"
#include "p8_spsc_ring.h"

#define P8_ENGINE_HAS_FIRMWARE 1 /* p8_api_firmware.c binds to `fw` below */

#define P8_LOG_RING_BYTES 8192u
#define P8_MSG_POOL_BLOCK 64u
#define P8_MSG_POOL_BLOCKS 32u

/* Display values published by the audio task at the end of each block (seqlock, like params). */
typedef struct {
    _Atomic uint32_t sequence;
    _Atomic int32_t values[P8_DISPLAY_FIELDS];
} p8_display_exchange;

/* The stock Permut8 engine's state (owner: p8_engine.c). Switch flags and the derived clock rate are read
 * from params at each block boundary where a new set arrived. */
typedef struct {
    p8_clock rate;           /* clock rate and the ticks-per-codec-frame accumulator */
    p8_resampler resampler;
    p8_operators ops;
    p8_chain chain;
    int reverse, write_protect, conformance;
    int direct;              /* one tick per codec frame, aligned: resampler bypassed (exact, zero latency) */
    int32_t reset_count;     /* P8_CTRL_RESET_COUNT last seen: a change is a RESET press */
    double applied_hz;       /* clock rate the resampler was set for (-1 = not yet) */
    uint32_t pos1[2], pos2[2]; /* last tick: positions after slot 1 and final (for the display) */
    uint16_t last_clock;     /* last tick's clock counter */
    int tracing;             /* P8_CTRL_TICK_TRACE */
    int fw_kind;             /* P8_FW_KIND_* of the firmware for this block (NONE = stock) */
    int32_t host_position;   /* hostPosition handed to a full patch */
} p8_stock;

typedef struct p8_engine {
    p8_mem mem;
    int32_t codec_rate_hz;

    p8_delay_memory memory;

    /* params: control-side staging copy, the exchange, the audio-side set in use */
    int32_t control_params[P8_CTRL_COUNT];
    p8_param_exchange *param_exchange;
    int32_t params[P8_CTRL_COUNT];
    uint32_t param_sequence;

    p8_display_exchange *display;
    p8_spsc_ring *log_ring;  /* audio -> control text (trace, runtime errors) */
    p8_pool *message_pool;   /* scratch blocks for composing messages on the audio side */

    /* Permut8 domain */
    uint16_t clock;          /* the 16-bit clock counter: frame the write head writes next */
    p8_stock stock;          /* the stock engine: clock rate, resampler, operators, chain (p8_engine.c) */
    /* per-tick trace for tools (NULL when the plan has no room): rows of P8_TRACE_FIELDS */
    int32_t *trace;
    int32_t trace_ticks;     /* rows recorded in the current/last p8_process call */
    uint32_t tick_count;     /* ticks since open */

    p8_fw_host fw;           /* the custom firmware host (p8_firmware_host.c); idle = stock engine */

    int32_t stats[P8_STAT_COUNT];
    uint64_t cycle_sum;      /* block cycles since the last stats reset (device: p8_engine_record_block) */
    uint32_t cycle_blocks;
} p8_engine;

/* CONTROL. Builds the engine inside its own plan (the struct itself lives in P8_REGION_DSP_STATE) and seals.
 * Returns NULL with *status set on failure. */
p8_engine *p8_engine_open(int plan, int32_t codec_rate_hz, p8_mem_hook hook, int *status);
void p8_engine_close(p8_engine *engine);

/* AUDIO. frames: a multiple of P8_BLOCK_FRAMES. */
void p8_engine_process(p8_engine *engine, const int16_t *in, int16_t *out, int32_t frames);

/* AUDIO. One tick with every hook (firmware full/mod patch, trace): steps 1-5 on the 12-bit input frame, the
 * 12.4 output frame, then the clock steps. p8_engine.c. */
void p8_engine_tick(p8_engine *e, const int32_t in12[2], int32_t out16[2]);

/* AUDIO. One P8_BLOCK_FRAMES block of the stock engine outside conformance mode (chain, resampler, ticks);
 * returns the ticks run. p8_stock_block.c. */
uint32_t p8_stock_block(p8_engine *e, const int16_t *in, int16_t *out);

/* Stage entry points for benchmarks (host callgrind, engine/bench/xtensa). Each runs one stage of the stock
 * engine on its own, with the engine's current settings, over n frames/ticks. Not for production use.
 *   ticks:    operators + delay memory + interpolation (steps 1-5), in12/out16 interleaved, n ticks
 *   chain:    analog chain input, loop and output stages around an identity Permut8 domain, n codec frames
 *   resample: codec->clock and clock->codec around an identity Permut8 domain, n codec frames (float, 12-bit
 *             units); returns the ticks run
 * They live in p8_stock_block.c. */
void p8_engine_bench_ticks(p8_engine *e, const int32_t *in12, int32_t *out16, int32_t n);
void p8_engine_bench_chain(p8_engine *e, const int16_t *in, int16_t *out, int32_t n);
int32_t p8_engine_bench_resample(p8_engine *e, const float *in, float *out, int32_t n);

/* AUDIO (device port): one block's CPU cycles and any underruns into the statistics (min/avg/max since the
 * last p8_reset_stats; a zero max is how a reset is noticed). Plain 32-bit stores: readers never see a torn
 * value. */
void p8_engine_record_block(p8_engine *e, uint32_t cycles, int32_t underruns);

/* CONTROL: queue one log line (used by tests and the control side); AUDIO code uses p8_engine_log too. */
void p8_engine_log(p8_engine *engine, const char *text);

#endif
