/*
 * permut8_engine.h — the one contract between the Permut8.Nano engine and everything that drives it.
 *
 * Goals
 *   - One engine, two bindings: nanoFramework interop (InternalCall) on the ESP32 and P/Invoke on the desktop
 *     call exactly these functions. Nothing else of the engine is public.
 *   - Interop-friendly boundary: only int32 scalars, int16/int32/byte arrays and zero-terminated UTF-8 strings
 *     cross it. No struct, no pointer that outlives the call, no callback.
 *   - Real time: after p8_open() returns, the engine never allocates. p8_process() is bounded in time.
 *
 * Non-goals
 *   - Thread-safety beyond the two roles below. The engine is not a general concurrent object.
 *
 * Roles (who may call what, from where)
 *   AUDIO   the audio task (device: the I2S task pinned to core 1; desktop: the caller of p8_process).
 *           Calls only p8_process(). Never blocks.
 *   CONTROL the control plane (device: the nanoCLR thread; desktop: the test or the CLI).
 *           Calls everything else. Calls are cheap and never wait for the audio task; hand-over is lock-free
 *           (params: a seqlock'd whole set picked up at the next block boundary; messages: an SPSC ring).
 *   On the desktop both roles may be the same thread, which is what the tests and the CLI do.
 *   Functions marked "CONTROL, audio stopped" must not run while another thread is inside p8_process().
 *
 * Units
 *   frames   one stereo pair (L,R). Buffers are interleaved L,R,L,R…
 *   samples  int16 at the codec side (full scale ±32767); 12-bit (±2047) inside the delay memory.
 *   ticks    Permut8 clock ticks; one memory cycle is 65536 ticks.
 *   positions 16.4 fixed point read positions, 20 bits (0x00000..0xFFFFF), wrapping.
 *
 * Errors: functions return a value >= 0 on success and a negative P8_ERR_* code on failure. Bad input from the
 * caller is an error code, never a crash.
 */
#ifndef PERMUT8_ENGINE_H
#define PERMUT8_ENGINE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) && defined(P8_BUILDING_SHARED)
#define P8_API __declspec(dllexport)
#elif defined(__GNUC__) && defined(P8_BUILDING_SHARED)
#define P8_API __attribute__((visibility("default")))
#else
#define P8_API
#endif

/* Version of this contract. Bump on any change of a signature or a constant below; the C# facade checks it. */
#define P8_API_VERSION 4

/* ---- fixed sizes ---------------------------------------------------------------------------------------- */
#define P8_BLOCK_FRAMES 32         /* p8_process works on whole blocks of this many frames */
#define P8_MEMORY_FRAMES 65536     /* delay memory: stereo frames, power of two, addresses wrap by mask */
#define P8_MEMORY_MASK (P8_MEMORY_FRAMES - 1)
#define P8_SAMPLE_MAX 2047         /* delay memory holds 12-bit values -2047..2047 (int16 storage) */
#define P8_MAX_ENGINES 4           /* simultaneously open engines (tests open several; the pedal opens one) */

/* ---- status codes ---------------------------------------------------------------------------------------- */
enum p8_status {
    P8_OK = 0,
    P8_ERR_BAD_HANDLE = -1,       /* handle not open */
    P8_ERR_BAD_ARGUMENT = -2,     /* index out of range, null buffer, frames not a multiple of P8_BLOCK_FRAMES */
    P8_ERR_OUT_OF_MEMORY = -3,    /* the allocator hook could not provide a region at p8_open */
    P8_ERR_SEALED = -4,           /* allocation refused: the memory plan is sealed (and counted) */
    P8_ERR_NO_SLOT = -5,          /* P8_MAX_ENGINES already open */
    P8_ERR_BUDGET = -6,           /* a region's budget is exhausted */
    P8_ERR_LOAD = -7,             /* firmware failed to load; see p8_firmware_message */
    P8_ERR_BUFFER_TOO_SMALL = -8  /* output buffer too small; nothing written */
};

/* ---- memory plan ------------------------------------------------------------------------------------------
 * Every byte the engine uses belongs to one region of the active plan. p8_open allocates each region once
 * through the allocator hook (desktop: malloc; device: heap_caps_malloc, delay memory in PSRAM), surrounds it
 * with guard words, and seals the plan. After sealing every allocation is refused and counted
 * (P8_STAT_ALLOCS_AFTER_SEAL must stay 0). */
enum p8_plan {
    P8_PLAN_DEFAULT = 0,  /* sized so every SDK firmware fits, with margin */
    P8_PLAN_SEED = 1,     /* the seed document's budget table (Program 32 KB, Global 8 KB, Stack 4 KB, …) */
    P8_PLAN_COUNT = 2
};

enum p8_region {
    P8_REGION_DELAY_MEMORY = 0, /* 65536 frames x 2 channels x int16 = 256 KiB */
    P8_REGION_PROGRAM,          /* GAZL code of the loaded firmware */
    P8_REGION_GLOBAL,           /* firmware globals and readonly/const data */
    P8_REGION_STACK,            /* GAZL data stack and call stack */
    P8_REGION_AUDIO_IO,         /* block buffers at the codec and the clock rate */
    P8_REGION_PARAMETER,        /* params set hand-over (seqlock) */
    P8_REGION_DISPLAY,          /* displayLEDs and head positions */
    P8_REGION_POOLS,            /* fixed-block pools and SPSC rings (audio <-> control messages) */
    P8_REGION_LOADER,           /* firmware assembler scratch: symbols, fixups (control thread only) */
    P8_REGION_DSP_STATE,        /* engine state: clock, resampler histories, operators, analog chain */
    P8_REGION_COUNT
};

/* p8_memory_report writes P8_REPORT_FIELDS ints per region, regions in enum order. */
enum p8_report_field {
    P8_REPORT_BUDGET = 0,      /* bytes the plan grants the region */
    P8_REPORT_SIZE,            /* bytes actually reserved at p8_open (<= budget) */
    P8_REPORT_USED,            /* bytes in use now (firmware regions: what the loaded firmware uses) */
    P8_REPORT_HIGH_WATER,      /* most bytes ever in use */
    P8_REPORT_WARNING,         /* 1 when high-water is above 80 % of what one user may take: the budget, or
                                  one bank (half) for program/global/stack, which hold the running and the
                                  loading firmware. The delay memory, full by design, never warns. */
    P8_REPORT_FIELDS
};

/* ---- params and panel controls -----------------------------------------------------------------------------
 * Indices 0..P8_PARAM_COUNT-1 are the firmware-visible params[] (their numeric values are ours to choose; the
 * SDK leaves them to the host, spec/permut8.md §3.3). Higher indices are panel controls the firmware never sees.
 * The whole set is handed to the audio task at once and takes effect at the next block boundary. */
enum p8_param {
    P8_PARAM_CLOCK_FREQ = 0,        /* Hz, 0..352800 (ignored while SYNC is on: the engine derives it) */
    P8_PARAM_SWITCHES = 1,          /* P8_SWITCH_* bits */
    P8_PARAM_OPERATOR_1 = 2,        /* P8_OP1_* */
    P8_PARAM_OPERAND_1_HIGH = 3,    /* 0..255 */
    P8_PARAM_OPERAND_1_LOW = 4,     /* 0..255 */
    P8_PARAM_OPERATOR_2 = 5,        /* P8_OP2_* */
    P8_PARAM_OPERAND_2_HIGH = 6,    /* 0..255 */
    P8_PARAM_OPERAND_2_LOW = 7,     /* 0..255 */
    P8_PARAM_COUNT = 8,             /* firmware-visible count (host constant PARAM_COUNT) */

    P8_CTRL_INPUT_LEVEL_CDB = 8,    /* input gain, centi-dB, -6000..+2400 (0 = unity) */
    P8_CTRL_OUTPUT_LEVEL_CDB = 9,   /* output gain, centi-dB, -6000..+2400 */
    P8_CTRL_FEEDBACK_PERMILLE = 10, /* feedback amount, 0..1000 (1000 = 100 %) */
    P8_CTRL_MIX_PERMILLE = 11,      /* dry/wet, 0 = dry only, 1000 = wet only */
    P8_CTRL_FILTER_PLACEMENT = 12,  /* P8_FILTER_* */
    P8_CTRL_FILTER_FREQ = 13,       /* -1000..1000: <0 lowpass (more negative = darker), >0 highpass, 0 = open */
    P8_CTRL_LIMITER = 14,           /* 0 off, 1 on */
    P8_CTRL_FEEDBACK_FLIP = 15,     /* 0/1: swap L/R in the feedback path */
    P8_CTRL_FEEDBACK_INVERT = 16,   /* 0/1: invert feedback polarity */
    P8_CTRL_TEMPO_CENTI_BPM = 17,   /* host tempo for SYNC, BPM x 100 (12000 = 120 BPM) */
    P8_CTRL_SYNC_DIVISION = 18,     /* 0..6: column of the sync table (1.8 of the spec) for the active mode */
    P8_CTRL_RESET_COUNT = 19,       /* RESET is an edge: every increment of this counter is one press */
    P8_CTRL_CONFORMANCE = 20,       /* 1 = firmware conformance mode: one clock tick per codec frame, resampler
                                       and analog chain bypassed, input >> 4 into signal[], signal[] << 4 out */
    P8_CTRL_HOST_POSITION = 21,     /* hostPosition seen by firmware at the next tick (-1 = transport stopped) */
    P8_CTRL_TICK_TRACE = 22,        /* 1 = record per-tick LEDs and positions for p8_read_tick_trace (tools) */
    P8_CTRL_CLOCK_CAP_HZ = 23,      /* 0 = none; else the clock never runs faster (the pedal's CPU governor sets
                                       it from measured block cycles; a firmware's clockFreqLimit also caps) */
    P8_CTRL_COUNT = 24
};

/* SWITCHES bits (host constants SWITCHES_*_MASK). SYNC is set for every synced mode; DOTTED/TRIPLET in addition. */
#define P8_SWITCH_SYNC 0x01
#define P8_SWITCH_TRIPLET 0x02
#define P8_SWITCH_DOTTED 0x04
#define P8_SWITCH_WRITE_PROTECT 0x08
#define P8_SWITCH_REVERSE 0x10

/* Operators (host constants OPERATOR_1_* / OPERATOR_2_*). */
enum p8_operator1 { P8_OP1_NOP = 0, P8_OP1_AND = 1, P8_OP1_MUL = 2, P8_OP1_OSC = 3, P8_OP1_RND = 4, P8_OP1_COUNT = 5 };
enum p8_operator2 { P8_OP2_NOP = 0, P8_OP2_OR = 1, P8_OP2_XOR = 2, P8_OP2_MSK = 3, P8_OP2_SUB = 4, P8_OP2_COUNT = 5 };

enum p8_filter_placement { P8_FILTER_OFF = 0, P8_FILTER_IN = 1, P8_FILTER_FB = 2, P8_FILTER_OUT = 3 };

/* ---- display ---------------------------------------------------------------------------------------------- */
enum p8_display_field {
    P8_DISPLAY_LED0 = 0,        /* displayLEDs[0..3], low 8 bits; bit 7 = leftmost LED */
    P8_DISPLAY_LED1,
    P8_DISPLAY_LED2,
    P8_DISPLAY_LED3,
    P8_DISPLAY_WRITE_FRAME,     /* write head, frame 0..65535 (red row: frame >> 11 = LED 0..31) */
    P8_DISPLAY_READ_LEFT,       /* final left read position, 16.4 (green row: pos >> 15) */
    P8_DISPLAY_READ_RIGHT,      /* final right read position, 16.4 */
    P8_DISPLAY_CLOCK,           /* the 16-bit clock counter */
    P8_DISPLAY_FIELDS
};

/* ---- per-tick trace (tools: conformance runs, LED/position CSVs) ------------------------------------------
 * With P8_CTRL_TICK_TRACE = 1 the audio task records P8_TRACE_FIELDS ints per clock tick during one
 * p8_process call (at most P8_TRACE_MAX_TICKS ticks; later ticks of that call are not recorded). The buffer
 * comes from the audio io region; plans too small for it (the seed plan) record nothing. */
#define P8_TRACE_MAX_TICKS 1024
enum p8_trace_field {
    P8_TRACE_TICK = 0,  /* ticks run since p8_open (wraps at 2^31) */
    P8_TRACE_LED0,      /* displayLEDs[0..3] after this tick, low 8 bits */
    P8_TRACE_LED1,
    P8_TRACE_LED2,
    P8_TRACE_LED3,
    P8_TRACE_POS1_LEFT, /* read positions after slot 1 (16.4, 20-bit) */
    P8_TRACE_POS1_RIGHT,
    P8_TRACE_POS2_LEFT, /* final read positions, after slot 2 */
    P8_TRACE_POS2_RIGHT,
    P8_TRACE_FIELDS
};

/* ---- statistics ------------------------------------------------------------------------------------------- */
enum p8_stat {
    P8_STAT_ALLOCS_AFTER_SEAL = 0, /* allocations refused after sealing; must stay 0 in normal operation */
    P8_STAT_BLOCKS,                /* blocks processed */
    P8_STAT_TICKS,                 /* Permut8 clock ticks run (low 31 bits) */
    P8_STAT_POOL_IN_USE,           /* message pool blocks in use */
    P8_STAT_POOL_LEAKS,            /* pool blocks still allocated when they should have been returned */
    P8_STAT_RING_DROPPED,          /* messages dropped because the control side did not drain the ring */
    P8_STAT_UNDERRUNS,             /* device: blocks the audio task could not deliver in time */
    P8_STAT_BLOCK_CYCLES_MIN,      /* device: CPU cycles per block, min/avg/max since p8_reset_stats */
    P8_STAT_BLOCK_CYCLES_AVG,
    P8_STAT_BLOCK_CYCLES_MAX,
    P8_STAT_VM_INSTR_MIN,          /* firmware: VM instructions per tick, min/avg/max */
    P8_STAT_VM_INSTR_AVG,
    P8_STAT_VM_INSTR_MAX,
    P8_STAT_VM_STACK_HIGH_WATER,   /* firmware: deepest data stack use, words */
    P8_STAT_PARAM_SETS,            /* complete params sets picked up by the audio task */
    P8_STAT_COUNT
};

/* ---- lifecycle (CONTROL) ------------------------------------------------------------------------------------ */

/* Contract version (P8_API_VERSION). Any thread, any time. */
P8_API int32_t p8_api_version(void);

/* Opens an engine: allocates every region of `plan` once, seals the plan, clears the delay memory, sets
 * params to the power-up program (NOP/NOP, clock = codec rate, mix 100 % wet, unity levels).
 * codec_rate_hz: the rate of the buffers given to p8_process, 8000..192000.
 * Returns a handle >= 0, or P8_ERR_OUT_OF_MEMORY / P8_ERR_NO_SLOT / P8_ERR_BAD_ARGUMENT. CONTROL. */
P8_API int32_t p8_open(int32_t plan, int32_t codec_rate_hz);

/* Frees everything p8_open allocated. CONTROL, audio stopped. */
P8_API int32_t p8_close(int32_t handle);

/* ---- audio (AUDIO) ----------------------------------------------------------------------------------------- */

/* Processes `frames` stereo frames (a multiple of P8_BLOCK_FRAMES): reads interleaved int16 `in`, writes
 * interleaved int16 `out` (in and out may be the same buffer). Picks up a newly published params set at each
 * block boundary. Returns frames processed or a negative status. Never allocates, never blocks. AUDIO. */
P8_API int32_t p8_process(int32_t handle, const int16_t *in, int16_t *out, int32_t frames);

/* ---- params (CONTROL) ------------------------------------------------------------------------------------- */

/* Sets one param or control (P8_PARAM_* / P8_CTRL_*) and publishes the whole set. Out-of-range values are
 * clamped to the documented range. Returns the value stored. */
P8_API int32_t p8_set_param(int32_t handle, int32_t index, int32_t value);

/* Publishes `count` values for indices 0..count-1 as one set (seqlock: the audio task never sees half). */
P8_API int32_t p8_set_params(int32_t handle, const int32_t *values, int32_t count);

/* Reads back the value last set (after clamping). With SYNC on, the clock that actually runs is derived inside
 * the engine from tempo and division (capped by P8_CTRL_CLOCK_CAP_HZ and clockFreqLimit); a firmware sees that
 * derived rate in params[CLOCK_FREQ_PARAM_INDEX]. */
P8_API int32_t p8_get_param(int32_t handle, int32_t index);

/* ---- state read-out (CONTROL) ----------------------------------------------------------------------------- */

/* Copies P8_DISPLAY_FIELDS values (see p8_display_field) into `out`; returns fields written. Published by the
 * audio task at the end of each p8_process call (the device calls it once per block), from its last tick. */
P8_API int32_t p8_get_display(int32_t handle, int32_t *out, int32_t capacity);

/* One statistic (P8_STAT_*). */
P8_API int32_t p8_get_stat(int32_t handle, int32_t stat);

/* Resets min/avg/max statistics. */
P8_API int32_t p8_reset_stats(int32_t handle);

/* Memory report: P8_REGION_COUNT x P8_REPORT_FIELDS ints, region-major. Returns ints written. */
P8_API int32_t p8_memory_report(int32_t handle, int32_t *out, int32_t capacity);

/* Checks every guard word. Returns -1 when all are intact, else the index of the first damaged region. */
P8_API int32_t p8_check_guards(int32_t handle);

/* Name of a region ("delay memory", …) as UTF-8 into buf (zero-terminated). Returns length without the zero. */
P8_API int32_t p8_region_name(int32_t region, uint8_t *buf, int32_t capacity);

/* Asks the sealed plan for `bytes` more in `region`. Always refused after p8_open (P8_ERR_SEALED) and counted
 * in P8_STAT_ALLOCS_AFTER_SEAL: this is the probe tests use to prove the seal holds. */
P8_API int32_t p8_probe_allocate(int32_t handle, int32_t region, int32_t bytes);

/* ---- delay memory (CONTROL, audio stopped) ------------------------------------------------------------------
 * Absolute frame addresses wrap by P8_MEMORY_MASK, so negative and >= 65536 positions are valid.
 * Values are 12-bit; p8_memory_write clamps to ±P8_SAMPLE_MAX. Return frames copied. Ignore WRITE PROTECT
 * (these are for tests, tools and preset restore). */
P8_API int32_t p8_memory_read(int32_t handle, int32_t frame, int32_t frames, int16_t *interleaved);
P8_API int32_t p8_memory_write(int32_t handle, int32_t frame, int32_t frames, const int16_t *interleaved);

/* Copies the ticks recorded during the last p8_process call: P8_TRACE_FIELDS ints per tick, oldest first.
 * Returns ints written (0 when tracing is off). CONTROL, after p8_process returned. */
P8_API int32_t p8_read_tick_trace(int32_t handle, int32_t *out, int32_t capacity);

/* ---- messages (CONTROL) ------------------------------------------------------------------------------------
 * Drains text the audio task produced (firmware trace(), runtime errors) from the SPSC ring into buf as UTF-8
 * lines, each ending in '\n'. Returns bytes written (0 = nothing pending). */
P8_API int32_t p8_read_log(int32_t handle, uint8_t *buf, int32_t capacity);

/* ---- custom firmware (CONTROL) -----------------------------------------------------------------------------
 * A firmware is GAZL assembly text (what the Impala compiler emits). Loading assembles it into a staging area,
 * runs init() and the lifecycle (init -> clockFreqLimit -> update -> reset) and only then swaps it in at a block
 * boundary: a failed load never disturbs the audio that is running. */
enum p8_firmware_state {
    P8_FW_NONE = 0,     /* stock operators */
    P8_FW_RUNNING = 1,  /* a firmware is loaded and running */
    P8_FW_STOPPED = 2,  /* stopped by a runtime error; stock operators play; see p8_firmware_error */
    P8_FW_ABORTED = 3   /* the firmware called abort(); stock operators play */
};

enum p8_firmware_error {
    P8_FWERR_NONE = 0,
    P8_FWERR_TIMEOUT = 1,           /* exceeded the per-tick instruction budget */
    P8_FWERR_BAD_PEEK = 2,          /* read outside the firmware's memory */
    P8_FWERR_BAD_POKE = 3,          /* write outside its memory or to readonly data */
    P8_FWERR_DIVISION_BY_ZERO = 4,
    P8_FWERR_DATA_STACK_OVERFLOW = 5,
    P8_FWERR_CALL_STACK_OVERFLOW = 6,
    P8_FWERR_ASSERT = 7,            /* assert() failed (DEBUG = 1 only) */
    P8_FWERR_BAD_CALL = 8,          /* call through an invalid function pointer / bad native */
    P8_FWERR_ABORTED = 9            /* abort(): not an error for the user, reported for completeness */
};

/* Loads `gazl_text` (zero-terminated UTF-8). config: the user configuration string ("" if none); debug: the
 * host constant DEBUG (0 for banks, 1 when the user asks for debugging: trace() and assert() active);
 * instance: the global `instance`. Returns P8_OK or P8_ERR_LOAD (p8_firmware_message explains, with line). */
P8_API int32_t p8_firmware_load(int32_t handle, const char *gazl_text, const char *config, int32_t debug,
                                int32_t instance);
/* Removes the firmware; stock operators resume at the next block. */
P8_API int32_t p8_firmware_unload(int32_t handle);
/* P8_FW_* */
P8_API int32_t p8_firmware_state(int32_t handle);
/* The last load error or runtime error as one line of UTF-8 ("line 12: unknown instruction 'FOO'"). */
P8_API int32_t p8_firmware_message(int32_t handle, uint8_t *buf, int32_t capacity);
/* out[0] = P8_FWERR_*, out[1] = firmware source line (0 if unknown), out[2] = ticks run before it stopped.
 * Returns ints written (3). */
P8_API int32_t p8_firmware_error(int32_t handle, int32_t *out, int32_t capacity);

/* Text the running firmware shows: index 0..7 = panelTextRows[index] (rows 0-3 label instruction 1's knob
 * positions 1-4, rows 4-7 instruction 2's), P8_FW_TEXT_CONFIG = configText (the configuration dialog's
 * description). UTF-8 into buf, zero-terminated and cut to fit; "" when the firmware declares none. Returns bytes
 * written without the zero. */
#define P8_FW_TEXT_CONFIG 8
P8_API int32_t p8_firmware_text(int32_t handle, int32_t index, uint8_t *buf, int32_t capacity);

/* ---- host constants (any thread) ---------------------------------------------------------------------------
 * The table a firmware's `#NAME` constants resolve against (PARAM indices, SWITCHES masks, operators, …). */
P8_API int32_t p8_host_constant_count(void);
P8_API int32_t p8_host_constant_name(int32_t index, uint8_t *buf, int32_t capacity);
P8_API int32_t p8_host_constant_value(int32_t index);

#ifdef __cplusplus
}
#endif

#endif /* PERMUT8_ENGINE_H */
