/*
 * lx106_bench.c — lx106 instructions per stereo frame of the engine, counted exactly by the Xtensa ICOUNT
 * register under QEMU's sim machine (targets/xtensa-sim/start.S enables it). Built and run by
 * `tools/targets.sh bench`, which runs it twice, requires identical output and writes it to docs/bench/lx106.md.
 *
 * What is measured: p8_process on 32-frame blocks at a 48 kHz codec rate, for the stock programs below. The
 * public API has no per-stage entry points, so stages are separated by difference: P8_CTRL_CONFORMANCE = 1
 * bypasses the resampler and the analog chain (one clock tick per codec frame), leaving operators + delay
 * memory + interpolation; the full run minus that is resampling + the analog chain.
 * Counts are lx106 instructions, not ESP32 cycles (see the caveats printed with the tables).
 */
#if !defined(__XTENSA__)
#error "lx106_bench.c reads the Xtensa ICOUNT register: build it with tools/targets.sh bench"
#endif

#include <stdint.h>
#include <stdio.h>

#include "permut8_engine.h"

#define BENCH_RATE_HZ 48000
#define BENCH_WARMUP_BLOCKS 64
#define BENCH_BLOCKS 1500 /* 1 s of audio at 48 kHz */
#define BENCH_BUDGET_CYCLES 5000 /* ESP32 at 240 MHz / 48 kHz, per stereo frame */
#define BENCH_NOPSUB_LIMIT 400   /* issue's target for the integer stages of NOP/SUB */

typedef struct {
    const char *name;
    int32_t clock_hz;
    int32_t op1, operand1;
    int32_t op2, operand2;
} bench_program;

/* Operands from the factory programs of spec §7 where one exists; the clock is the codec rate unless a row
 * says otherwise, so rows compare operator cost at equal resampling work. */
static const bench_program bench_programs[] = {
    {"NOP/NOP (power-up)", BENCH_RATE_HZ, P8_OP1_NOP, 0x0000, P8_OP2_NOP, 0x0000},
    {"NOP/SUB 2000", BENCH_RATE_HZ, P8_OP1_NOP, 0x0000, P8_OP2_SUB, 0x2000},
    {"OSC 8571 / SUB 578F", BENCH_RATE_HZ, P8_OP1_OSC, 0x8571, P8_OP2_SUB, 0x578F},
    {"RND 8389 / MSK FFB3", BENCH_RATE_HZ, P8_OP1_RND, 0x8389, P8_OP2_MSK, 0xFFB3},
    {"MUL 0200 / XOR 5555", BENCH_RATE_HZ, P8_OP1_MUL, 0x0200, P8_OP2_XOR, 0x5555},
    {"NOP/SUB 2000 @ 352.8 kHz clock", 352800, P8_OP1_NOP, 0x0000, P8_OP2_SUB, 0x2000},
};
#define BENCH_PROGRAM_COUNT ((int)(sizeof bench_programs / sizeof bench_programs[0]))

typedef struct {
    uint32_t total; /* instructions over BENCH_BLOCKS blocks */
    uint32_t block_min, block_max;
    int32_t status; /* < 0: the engine refused something */
} bench_result;

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

/* Deterministic stereo noise at about -12 dBFS: the signal must not be silence, which some stages skip. */
static void bench_fill(int16_t *buf, uint32_t *seed) {
    for (int i = 0; i < 2 * P8_BLOCK_FRAMES; i++) {
        uint32_t x = *seed;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        *seed = x;
        buf[i] = (int16_t)((int32_t)(x >> 16) - 32768) / 4;
    }
}

static void bench_set_program(int32_t h, const bench_program *p, int conformance) {
    p8_set_param(h, P8_PARAM_CLOCK_FREQ, p->clock_hz);
    p8_set_param(h, P8_PARAM_OPERATOR_1, p->op1);
    p8_set_param(h, P8_PARAM_OPERAND_1_HIGH, (p->operand1 >> 8) & 0xFF);
    p8_set_param(h, P8_PARAM_OPERAND_1_LOW, p->operand1 & 0xFF);
    p8_set_param(h, P8_PARAM_OPERATOR_2, p->op2);
    p8_set_param(h, P8_PARAM_OPERAND_2_HIGH, (p->operand2 >> 8) & 0xFF);
    p8_set_param(h, P8_PARAM_OPERAND_2_LOW, p->operand2 & 0xFF);
    p8_set_param(h, P8_CTRL_FEEDBACK_PERMILLE, 500);
    p8_set_param(h, P8_CTRL_MIX_PERMILLE, 500);
    p8_set_param(h, P8_CTRL_CONFORMANCE, conformance);
}

static bench_result bench_run(const bench_program *p, int conformance, uint32_t overhead) {
    bench_result r = {0, UINT32_MAX, 0, 0};
    static int16_t in[2 * P8_BLOCK_FRAMES], out[2 * P8_BLOCK_FRAMES];
    uint32_t seed = 0x2545F491u;
    int32_t h = p8_open(P8_PLAN_DEFAULT, BENCH_RATE_HZ);
    if (h < 0) {
        r.status = h;
        return r;
    }
    bench_set_program(h, p, conformance);
    for (int b = 0; b < BENCH_WARMUP_BLOCKS + BENCH_BLOCKS; b++) {
        bench_fill(in, &seed);
        uint32_t t0 = bench_icount();
        int32_t rc = p8_process(h, in, out, P8_BLOCK_FRAMES);
        uint32_t used = bench_icount() - t0 - overhead;
        if (rc != P8_BLOCK_FRAMES) r.status = rc < 0 ? rc : P8_ERR_BAD_ARGUMENT;
        if (b < BENCH_WARMUP_BLOCKS) continue;
        r.total += used;
        if (used < r.block_min) r.block_min = used;
        if (used > r.block_max) r.block_max = used;
    }
    if (p8_get_stat(h, P8_STAT_ALLOCS_AFTER_SEAL) != 0) r.status = P8_ERR_SEALED;
    p8_close(h);
    return r;
}

/* Instructions per frame with one decimal, from an exact integer total (no float in the report path). */
static void bench_print_per_frame(uint32_t total, uint32_t frames) {
    uint32_t tenths = (uint32_t)(((uint64_t)total * 10u + frames / 2u) / frames);
    printf(" %lu.%lu |", (unsigned long)(tenths / 10u), (unsigned long)(tenths % 10u));
}

int main(void) {
    const uint32_t frames = (uint32_t)BENCH_BLOCKS * P8_BLOCK_FRAMES;
    uint32_t t0 = bench_icount();
    uint32_t overhead = bench_icount() - t0; /* the counter read itself */
    bench_result full[BENCH_PROGRAM_COUNT], conf[BENCH_PROGRAM_COUNT];
    uint32_t c0 = bench_ccount(), i0 = bench_icount();
    for (int i = 0; i < BENCH_PROGRAM_COUNT; i++) {
        full[i] = bench_run(&bench_programs[i], 0, overhead);
        conf[i] = bench_run(&bench_programs[i], 1, overhead);
    }
    uint32_t ccount_all = bench_ccount() - c0, icount_all = bench_icount() - i0;

    printf("# lx106 instructions per stereo frame\n\n");
    printf("Generated by `tools/targets.sh bench` (engine/bench/xtensa/lx106_bench.c): the engine built with the "
           "ESP32 image's flags (`-O2`) for xtensa-lx106-elf, run under `qemu-system-xtensa -M sim -cpu lx106`, "
           "counted by the ICOUNT register (exact; two runs must print the same numbers, the script checks). "
           "p8_process on %d-frame blocks at %d Hz, %d blocks measured after %d warm-up blocks; feedback 50 %%, "
           "mix 50 %%, other controls at power-up values; input: stereo noise at about -12 dBFS.\n\n",
           P8_BLOCK_FRAMES, BENCH_RATE_HZ, BENCH_BLOCKS, BENCH_WARMUP_BLOCKS);
    printf("## Per stage\n\n");
    printf("Stages by difference (the API has no per-stage entry points): *operators + memory* is the run with "
           "P8_CTRL_CONFORMANCE = 1 (resampler and analog chain bypassed, one tick per frame); *resampling + "
           "chain* is the full run minus that. Block min/max are per-frame figures of the cheapest and dearest "
           "32-frame block of the full run.\n\n");
    printf("| program | full p8_process | operators + memory + interpolation | resampling + analog chain "
           "| block min | block max |\n|---|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < BENCH_PROGRAM_COUNT; i++) {
        printf("| %s |", bench_programs[i].name);
        if (full[i].status < 0 || conf[i].status < 0) {
            printf(" engine error %ld / %ld | | | | |\n", (long)full[i].status, (long)conf[i].status);
            continue;
        }
        bench_print_per_frame(full[i].total, frames);
        bench_print_per_frame(conf[i].total, frames);
        if (full[i].total >= conf[i].total) bench_print_per_frame(full[i].total - conf[i].total, frames);
        else printf(" -%lu (conformance path dearer) |", (unsigned long)((conf[i].total - full[i].total) / frames));
        bench_print_per_frame(full[i].block_min, P8_BLOCK_FRAMES);
        bench_print_per_frame(full[i].block_max, P8_BLOCK_FRAMES);
        printf("\n");
    }
    printf("\nCross-check: CCOUNT x 25 over the whole measurement = %lu, ICOUNT = %lu (QEMU's CCOUNT at "
           "-icount shift=0 advances once per 25 instructions).\n\n",
           (unsigned long)ccount_all * 25u, (unsigned long)icount_all);

    printf("## Budget\n\n");
    printf("ESP32 at 240 MHz and a 48 kHz codec: %d cycles per stereo frame per core. lx106 instructions against "
           "it (worst block = block max):\n\n", BENCH_BUDGET_CYCLES);
    printf("| program | lx106 insns/frame (mean) | %% of budget | worst block | %% of budget |\n"
           "|---|---:|---:|---:|---:|\n");
    for (int i = 0; i < BENCH_PROGRAM_COUNT; i++) {
        if (full[i].status < 0) continue;
        uint32_t mean_pm = (uint32_t)((uint64_t)full[i].total * 1000u / frames / BENCH_BUDGET_CYCLES);
        uint32_t worst_pm = (uint32_t)((uint64_t)full[i].block_max * 1000u / P8_BLOCK_FRAMES / BENCH_BUDGET_CYCLES);
        printf("| %s |", bench_programs[i].name);
        bench_print_per_frame(full[i].total, frames);
        printf(" %lu.%lu %% |", (unsigned long)(mean_pm / 10u), (unsigned long)(mean_pm % 10u));
        bench_print_per_frame(full[i].block_max, P8_BLOCK_FRAMES);
        printf(" %lu.%lu %% |\n", (unsigned long)(worst_pm / 10u), (unsigned long)(worst_pm % 10u));
    }
    const bench_result *ns = &conf[1];
    uint32_t ns_tenths = (uint32_t)(((uint64_t)ns->total * 10u + frames / 2u) / frames);
    printf("\nIssue target: the integer stages of NOP/SUB (operators + memory + interpolation) at most %d lx106 "
           "instructions per frame: %lu.%lu -> %s.\n\n", BENCH_NOPSUB_LIMIT, (unsigned long)(ns_tenths / 10u),
           (unsigned long)(ns_tenths % 10u), ns->status == 0 && ns_tenths <= BENCH_NOPSUB_LIMIT * 10 ? "met" : "NOT met");

    printf("Caveats:\n\n"
           "- These are **lx106 instructions**, not ESP32 cycles. QEMU has no timing model: no pipeline stalls, "
           "no multiply latency, no branch penalties, no cache or PSRAM wait states. On the pedal the delay "
           "memory lives in PSRAM behind the cache, so its reads and writes cost far more than one cycle on a "
           "miss.\n"
           "- lx106 is not the ESP32's LX6: call0 ABI instead of windowed calls (whose spills are not counted), "
           "no FPU, no DIV32, no MUL32_HIGH, no zero-overhead loops, no MIN/MAX/CLAMPS, no MAC16. For integer "
           "code the counts are a modest upper bound for the ESP32.\n"
           "- Float stages run as software float on lx106 (about 30-50x dearer than the ESP32's single-precision "
           "FPU): a stage that uses float is reported but its count is not representative of the ESP32. "
           "Double precision is software on both.\n"
           "- 64-bit multiplies and divisions become library calls on lx106 (and on the ESP32 too, for division).\n");
    fflush(stdout);
    for (int i = 0; i < BENCH_PROGRAM_COUNT; i++)
        if (full[i].status < 0 || conf[i].status < 0) return 1;
    return 0;
}
