/*
 * p8_firmware_host.h — the Permut8 firmware host around the GAZL VM: host constants, natives, globals,
 * lifecycle, full and mod patches, budgets, runtime errors, statistics.
 *
 * Integration (the engine embeds one `p8_fw_host fw;` and calls):
 *   p8_fw_host_init(&fw, &mem, log_ring)          CONTROL, at p8_open before p8_mem_seal: takes its regions
 *   p8_fw_host_load / _unload                     CONTROL, any time (assembles + runs init into the idle bank)
 *   p8_fw_host_block_begin(&fw, params)           AUDIO, at every block boundary: swaps in a loaded firmware,
 *                                                 pokes params[], calls update() when a masked param changed
 *   p8_fw_host_kind(&fw)                          AUDIO, after block_begin: NONE (stock), FULL or MOD
 *   p8_fw_host_process(&fw, signal, clock, hostPosition, memory)   AUDIO, once per tick, FULL
 *   p8_fw_host_operate(&fw, slot, positions, clock, memory)        AUDIO, per tick and slot, MOD (0 = stock)
 *   p8_fw_host_reset(&fw)                         AUDIO, on a RESET press
 *   p8_fw_host_display / _stat / _state / _message / _error / p8_fw_host_read_log   CONTROL, read-only
 * The CONTROL and AUDIO sides share only one atomic word (the bank exchange) plus values written once before
 * it is published; stats and state are single int32 stores, read without tearing.
 *
 * Memory. Everything comes from the plan at init; nothing is allocated later. PROGRAM, GLOBAL and STACK are
 * split into two banks (the running firmware and the one being loaded), so a failed load never touches the
 * firmware that plays. Per bank:
 *   PROGRAM/2: switch tables (1/16), function table (1/64), then 24 bytes per instruction (record + line + run cost)
 *   GLOBAL/2 : program memory words (globals + readonly data, 4 bytes each)
 *   STACK/2  : P8_FW_CALL_FRAMES call frames, the rest data-stack words
 *   LOADER   : assembler scratch (symbols, fixups), one, control thread only
 * Budgets the lead's plan should grant (bytes; measured against the SDK firmwares, see gazl/README.md):
 *   default plan: PROGRAM 256 KiB (5,034 instructions per firmware), GLOBAL 128 KiB (16,384 words),
 *                 STACK 192 KiB (~24,300 data words + 128 frames: SDK specular needs 20,539 words, see
 *                 gazl/SDK_CONFORMANCE.md), LOADER 256 KiB
 *   seed plan   : PROGRAM 32 KiB (629 instructions), GLOBAL 8 KiB (1,024 words), STACK 4 KiB (~380 words),
 *                 LOADER 64 KiB — only small firmwares (the linsub/BitMask mod patches) fit; ringmod does not.
 */
#ifndef P8_FIRMWARE_HOST_H
#define P8_FIRMWARE_HOST_H

#include <stdatomic.h>
#include <stdint.h>

#include "gazl/gazl.h"
#include "p8_mem_plan.h"
#include "p8_spsc_ring.h"
#include "permut8_engine.h"

#define P8_FW_CALL_FRAMES 128u
#define P8_FW_MESSAGE_BYTES 160

/* Instruction budgets (VM instructions). Defaults in gazl/README.md; tests may change them. */
#define P8_FW_TICK_BUDGET 100000    /* one process() tick or one operate call */
#define P8_FW_CONTROL_BUDGET 2000000 /* one update() or reset() */
#define P8_FW_INIT_BUDGET 50000000  /* init() at load (control thread) */

enum p8_fw_kind { P8_FW_KIND_NONE = 0, P8_FW_KIND_FULL = 1, P8_FW_KIND_MOD = 2 };

/* Out-of-range samples (signal[] after process(), values given to write()) are clamped to ±P8_SAMPLE_MAX. */

typedef struct p8_fw_host p8_fw_host;

typedef struct {
    p8_fw_host *host;
    gazl_program prog;
    gazl_vm vm;
    gazl_value *stack;
    uint32_t stack_words;
    gazl_frame *calls;
    /* entry points (function pointer values, 0 = absent) */
    int32_t fn_init, fn_update, fn_reset, fn_process, fn_operate[2];
    /* globals (NULL = not declared) */
    gazl_value *g_signal, *g_positions, *g_params, *g_clock, *g_host_position, *g_leds;
    gazl_value *g_panel_rows, *g_config_text; /* panelTextRows[8] and configText (pointers; NULL = absent) */
    gazl_value sink[2];  /* where clock / hostPosition go when the firmware does not declare them (no test per tick) */
    gazl_value *tick_clock, *tick_host_position; /* g_clock / g_host_position, or a sink word */
    int32_t update_mask;
    int32_t clock_freq_limit;
    int kind;
    int debug;
    _Atomic int32_t state;    /* P8_FW_* */
    int32_t error[3];    /* P8_FWERR_*, source line, ticks run */
    char message[P8_FW_MESSAGE_BYTES];
    int32_t seen_params[P8_PARAM_COUNT]; /* the params the firmware was last given */
    uint32_t ticks;
} p8_fw_bank;

struct p8_fw_host {
    p8_fw_bank banks[2];
    gazl_loader loader;
    _Atomic uint32_t exchange; /* bits 0-1 active bank (3 = none), bits 2-3 pending (0/1 bank, 2 unload, 3 none) */
    int active;                /* AUDIO's copy of the active bank, -1 = none */
    p8_fw_bank *active_bank;   /* AUDIO: &banks[active], NULL = none (no index arithmetic per tick) */
    p8_spsc_ring *log;         /* trace() and runtime errors; may be NULL */
    int32_t params[P8_PARAM_COUNT]; /* latest params seen by the AUDIO side (the load starts from these) */
    int write_protect;
    int16_t *memory;           /* delay memory, 65536 interleaved frames (set by process/operate) */
    int32_t tick_budget, control_budget, init_budget;
    char load_message[P8_FW_MESSAGE_BYTES]; /* last load result (CONTROL) */
    /* statistics (AUDIO writes, CONTROL reads) */
    _Atomic int32_t instr_min, instr_max, instr_avg;
    int64_t instr_sum;         /* folded in at publish; the per-tick path adds to instr_batch (32-bit) */
    uint32_t instr_batch;
    int32_t instr_count, run_min, run_max;
    _Atomic int32_t stack_high;
    _Atomic int stats_reset;   /* CONTROL asks, AUDIO clears */
    p8_mem *mem;               /* for the memory report (CONTROL) */
};

/* CONTROL, before p8_mem_seal. Takes PROGRAM, GLOBAL, STACK (whole regions, split in two banks) and LOADER.
 * log may be NULL. Returns P8_OK or P8_ERR_OUT_OF_MEMORY / P8_ERR_BUDGET. */
int p8_fw_host_init(p8_fw_host *fw, p8_mem *mem, p8_spsc_ring *log);

/* CONTROL. Assembles, runs init -> clockFreqLimit -> update -> reset in the idle bank, then queues it for the
 * next block. Returns P8_OK or P8_ERR_LOAD (p8_fw_host_message says why, "line N: ..."). */
int p8_fw_host_load(p8_fw_host *fw, const char *gazl_text, const char *config, int debug, int32_t instance);
/* CONTROL. Stock operators resume at the next block. */
void p8_fw_host_unload(p8_fw_host *fw);

/* AUDIO, each block boundary. params: the firmware-visible P8_PARAM_COUNT values. */
void p8_fw_host_block_begin(p8_fw_host *fw, const int32_t *params);
/* AUDIO: P8_FW_KIND_* of the running firmware (NONE when none, stopped or aborted). */
int p8_fw_host_kind(const p8_fw_host *fw);
/* AUDIO, FULL: one tick. signal: 12-bit L,R in, processed L,R out (clamped). memory: the delay memory. */
void p8_fw_host_process(p8_fw_host *fw, int32_t signal[2], uint16_t clock, int32_t host_position,
                        int16_t *memory);
/* AUDIO, MOD: slot 1 or 2. positions: 16.4 L,R in/out. Returns 1 handled, 0 = use the stock operator. */
int p8_fw_host_operate(p8_fw_host *fw, int slot, int32_t positions[2], uint16_t clock, int16_t *memory);
/* AUDIO: the RESET switch. */
void p8_fw_host_reset(p8_fw_host *fw);

/* CONTROL, read-only. */
void p8_fw_host_display(const p8_fw_host *fw, int32_t leds[4]); /* low 8 bits of displayLEDs[] (0 if none) */
/* panelTextRows[index] (0..7) or configText (index 8) of the running firmware as UTF-8; "" when absent. Returns
 * bytes written (without the zero). */
int p8_fw_host_text(const p8_fw_host *fw, int index, char *out, int capacity);
int32_t p8_fw_host_state(const p8_fw_host *fw);                 /* P8_FW_* */
const char *p8_fw_host_message(const p8_fw_host *fw);           /* last load or runtime message */
void p8_fw_host_error(const p8_fw_host *fw, int32_t out[3]);    /* P8_FWERR_*, line, ticks */
int32_t p8_fw_host_stat(const p8_fw_host *fw, int stat);        /* P8_STAT_VM_* */
int32_t p8_fw_host_clock_freq_limit(const p8_fw_host *fw);      /* Hz, 0 = none */
void p8_fw_host_reset_stats(p8_fw_host *fw);

/* The host constant table (p8_host_constants.c). */
const gazl_named_value *p8_host_constant_table(int32_t *count);

/* Natives (p8_firmware_natives.c): names in native-index order, and the functions. */
extern const char *const p8_fw_native_names[];
extern const gazl_native_fn p8_fw_natives[];
#define P8_FW_NATIVE_COUNT 6
#define P8_FW_NATIVE_YIELD 2 /* indices in p8_fw_native_names */
#define P8_FW_NATIVE_WRITE 3
#define P8_FW_NATIVE_READ 4

/* Internal (p8_firmware_*.c): stops the bank with a runtime error and logs it. */
void p8_fw_bank_fail(p8_fw_bank *b, int32_t gazl_status);
/* Copies a zero-terminated firmware word string at `ptr` into UTF-8 `out`; returns bytes or -1 if unreadable. */
int p8_fw_string(const gazl_vm *vm, uint32_t ptr, char *out, int capacity);

#endif
