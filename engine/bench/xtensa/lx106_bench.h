/*
 * lx106_bench.h — shared pieces of the lx106 benchmark (lx106_bench.c: whole engine; lx106_stages.c: stages).
 * Counts come from the Xtensa ICOUNT register, which targets/xtensa-sim/start.S enables: exact and repeatable.
 */
#ifndef LX106_BENCH_H
#define LX106_BENCH_H

#if !defined(__XTENSA__)
#error "the lx106 benchmark reads the Xtensa ICOUNT register: build it with tools/targets.sh bench"
#endif

#include <stdint.h>
#include <stdio.h>

#include "permut8_engine.h"

#define BENCH_RATE_HZ 48000
#define BENCH_WARMUP_BLOCKS 256     /* past the chain's power-up glide (~140 blocks) */
#define BENCH_BLOCKS 500          /* 1/3 s of audio at 48 kHz: the counts are exact, no need for more */
#define BENCH_SEED 0x2545F491u
#define BENCH_BUDGET_CYCLES 5000  /* ESP32 at 240 MHz / 48 kHz, per stereo frame */

typedef struct {
    const char *name;
    int32_t clock_hz;
    int32_t op1, operand1;
    int32_t op2, operand2;
    int churn; /* a new params set before every block: BENCH_CHURN_* (a pot being turned) */
    const char *firmware; /* GAZL text of a firmware to load (NULL: the stock engine) */
} bench_program;

enum { BENCH_CHURN_NONE = 0, BENCH_CHURN_FEEDBACK = 1, BENCH_CHURN_CLOCK = 2 };

static inline uint32_t bench_icount(void) {
    uint32_t v;
    __asm__ volatile("rsr.icount %0" : "=r"(v));
    return v;
}

static inline uint32_t bench_ccount(void) {
    uint32_t v;
    __asm__ volatile("rsr.ccount %0" : "=r"(v));
    return v;
}

/* Keeps a result alive so the compiler cannot drop the measured work. */
static inline void bench_sink(uint32_t v) { __asm__ volatile("" : : "r"(v)); }

/* Soft-float helper calls, by what the ESP32 would do with them (counting build only: lx106_softfloat.c). */
enum { BENCH_F_ADD, BENCH_F_MUL, BENCH_F_DIV, BENCH_F_CONV, BENCH_F_CMP, BENCH_F_DOUBLE, BENCH_F_KINDS };

typedef struct {
    uint32_t calls[BENCH_F_KINDS];
    uint64_t inside_single; /* lx106 instructions inside single-precision helpers */
    uint64_t inside_double; /* ... and inside double-precision ones */
} bench_float_stats;

typedef struct {
    uint64_t total; /* instructions over BENCH_BLOCKS blocks */
    uint32_t block_min, block_max;
    int32_t status; /* < 0: the engine refused something */
    bench_float_stats floats; /* helper calls within the measured blocks (counting build) */
} bench_result;

/* One engine, one program, BENCH_WARMUP_BLOCKS + BENCH_BLOCKS blocks; p8_process alone is counted. */
bench_result bench_run(const bench_program *p, int conformance, uint32_t overhead);

/* The soft-float counters (lx106_softfloat.c); a zero snapshot in the normal build. */
bench_float_stats bench_float_snapshot(void);

/* The counting build's report (lx106_softfloat.c). Returns non-zero when a run failed. */
int bench_float_report(const bench_program *programs, int count, uint32_t overhead);

/* One block of deterministic stereo noise at about -12 dBFS: silence would let some stages take short cuts. */
void bench_fill(int16_t *block, uint32_t *seed);

/* Prints " N.N |": total / frames with one decimal, from exact integers (no float in the report path). */
void bench_print_per_frame(uint64_t total, uint32_t frames);

/* The per-stage table (lx106_stages.c). */
void bench_stages(const bench_program *programs, int count);

/* The firmware host and GAZL VM per tick, without the rest of the engine (lx106_gazl.c). */
void bench_gazl_table(uint32_t overhead);

#endif
