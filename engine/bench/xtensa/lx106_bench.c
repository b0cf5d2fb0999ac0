/*
 * lx106_bench.c — lx106 instructions per stereo frame of the engine, counted exactly by the Xtensa ICOUNT
 * register under QEMU's sim machine (targets/xtensa-sim/start.S enables it). Built and run by
 * `tools/targets.sh bench`, which runs it twice, requires identical output and writes it to docs/bench/lx106.md.
 *
 * What is measured: p8_process on 32-frame blocks at a 48 kHz codec rate, for the stock programs below, and
 * stages by difference: P8_CTRL_CONFORMANCE = 1 bypasses the resampler and the analog chain (one clock tick per
 * codec frame), leaving operators + delay memory + interpolation; the full run minus that is resampling + the
 * analog chain. lx106_stages.c adds each stage measured alone through its own entry points, lx106_gazl.c the
 * firmware host and VM per tick.
 * Counts are lx106 instructions, not ESP32 cycles (see the caveats printed with the tables).
 */
#include "lx106_bench.h"
#include "../bench_firmwares.h"

#define BENCH_NOPSUB_LIMIT 400   /* issue's target for the integer stages of NOP/SUB */

/* Operands from the factory programs of spec §7 where one exists; the clock is the codec rate unless a row
 * says otherwise, so rows compare operator cost at equal resampling work. */
static const bench_program bench_programs[] = {
    {"NOP/NOP (power-up)", BENCH_RATE_HZ, P8_OP1_NOP, 0x0000, P8_OP2_NOP, 0x0000, BENCH_CHURN_NONE, NULL},
    {"NOP/SUB 2000", BENCH_RATE_HZ, P8_OP1_NOP, 0x0000, P8_OP2_SUB, 0x2000, BENCH_CHURN_NONE, NULL},
    {"OSC 8571 / SUB 578F", BENCH_RATE_HZ, P8_OP1_OSC, 0x8571, P8_OP2_SUB, 0x578F, BENCH_CHURN_NONE, NULL},
    {"RND 8389 / MSK FFB3", BENCH_RATE_HZ, P8_OP1_RND, 0x8389, P8_OP2_MSK, 0xFFB3, BENCH_CHURN_NONE, NULL},
    {"MUL 0200 / XOR 0081", BENCH_RATE_HZ, P8_OP1_MUL, 0x0200, P8_OP2_XOR, 0x0081, BENCH_CHURN_NONE, NULL},
    {"echo firmware (full patch, 64-tick batches)", BENCH_RATE_HZ, P8_OP1_NOP, 0x4080, P8_OP2_NOP, 0x0000,
     BENCH_CHURN_NONE, BENCH_FW_ECHO},
    {"tremolo firmware (full patch, table lookup)", BENCH_RATE_HZ, P8_OP1_NOP, 0x0000, P8_OP2_NOP, 0x0800,
     BENCH_CHURN_NONE, BENCH_FW_TREMOLO},
    {"NOP/SUB 2000 @ 44.1 kHz clock", 44100, P8_OP1_NOP, 0x0000, P8_OP2_SUB, 0x2000, BENCH_CHURN_NONE, NULL},
    {"NOP/SUB 2000 @ 352.8 kHz clock", 352800, P8_OP1_NOP, 0x0000, P8_OP2_SUB, 0x2000, BENCH_CHURN_NONE, NULL},
    {"NOP/SUB 2000, FEEDBACK turned (new set every block)", BENCH_RATE_HZ, P8_OP1_NOP, 0x0000, P8_OP2_SUB, 0x2000,
     BENCH_CHURN_FEEDBACK, NULL},
    {"NOP/SUB 2000 @ ~44.1 kHz, CLOCK turned (new set every block)", 44100, P8_OP1_NOP, 0x0000, P8_OP2_SUB,
     0x2000, BENCH_CHURN_CLOCK, NULL},
};
#define BENCH_PROGRAM_COUNT ((int)(sizeof bench_programs / sizeof bench_programs[0]))

void bench_fill(int16_t *buf, uint32_t *seed) {
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
    if (p->firmware && p8_firmware_load(h, p->firmware, "", 0, 0) != P8_OK) printf("firmware load failed: %s\n", p->name);
}

bench_result bench_run(const bench_program *p, int conformance, uint32_t overhead) {
    bench_result r = {0, UINT32_MAX, 0, 0, {{0}, 0, 0}};
    static int16_t in[2 * P8_BLOCK_FRAMES], out[2 * P8_BLOCK_FRAMES];
    uint32_t seed = BENCH_SEED;
    int32_t h = p8_open(P8_PLAN_DEFAULT, BENCH_RATE_HZ);
    if (h < 0) {
        r.status = h;
        return r;
    }
    bench_set_program(h, p, conformance);
    for (int b = 0; b < BENCH_WARMUP_BLOCKS + BENCH_BLOCKS; b++) {
        bench_fill(in, &seed);
        if (p->churn == BENCH_CHURN_FEEDBACK) p8_set_param(h, P8_CTRL_FEEDBACK_PERMILLE, 400 + (b & 63) * 4);
        if (p->churn == BENCH_CHURN_CLOCK) p8_set_param(h, P8_PARAM_CLOCK_FREQ, p->clock_hz + (b & 63) * 4);
        bench_float_stats f0 = bench_float_snapshot();
        uint32_t t0 = bench_icount();
        int32_t rc = p8_process(h, in, out, P8_BLOCK_FRAMES);
        uint32_t used = bench_icount() - t0 - overhead;
        bench_float_stats f1 = bench_float_snapshot();
        if (rc != P8_BLOCK_FRAMES) r.status = rc < 0 ? rc : P8_ERR_BAD_ARGUMENT;
        if (b < BENCH_WARMUP_BLOCKS) continue;
        for (int k = 0; k < BENCH_F_KINDS; k++) r.floats.calls[k] += f1.calls[k] - f0.calls[k];
        r.floats.inside_single += f1.inside_single - f0.inside_single;
        r.floats.inside_double += f1.inside_double - f0.inside_double;
        r.total += used;
        if (used < r.block_min) r.block_min = used;
        if (used > r.block_max) r.block_max = used;
    }
    if (p8_get_stat(h, P8_STAT_ALLOCS_AFTER_SEAL) != 0) r.status = P8_ERR_SEALED;
    p8_close(h);
    return r;
}

void bench_print_per_frame(uint64_t total, uint32_t frames) {
    uint32_t tenths = (uint32_t)((total * 10u + frames / 2u) / frames);
    printf(" %lu.%lu |", (unsigned long)(tenths / 10u), (unsigned long)(tenths % 10u));
}

int main(void) {
    const uint32_t frames = (uint32_t)BENCH_BLOCKS * P8_BLOCK_FRAMES;
    uint32_t t0 = bench_icount();
    uint32_t overhead = bench_icount() - t0; /* the counter read itself */
#ifdef BENCH_FLOAT_COUNT
    return bench_float_report(bench_programs, BENCH_PROGRAM_COUNT, overhead);
#endif
    bench_result full[BENCH_PROGRAM_COUNT], conf[BENCH_PROGRAM_COUNT];
    for (int i = 0; i < BENCH_PROGRAM_COUNT; i++) {
        full[i] = bench_run(&bench_programs[i], 0, overhead);
        conf[i] = bench_run(&bench_programs[i], 1, overhead);
    }
    /* CCOUNT against ICOUNT over one whole run (well below the 32-bit wrap of either). */
    uint32_t c0 = bench_ccount(), i0 = bench_icount();
    bench_run(&bench_programs[1], 0, overhead);
    uint32_t ccount_one = bench_ccount() - c0, icount_one = bench_icount() - i0;

    printf("# lx106 instructions per stereo frame\n\n");
    printf("Generated by `tools/targets.sh bench` (engine/bench/xtensa/lx106_bench.c): the engine built with the "
           "ESP32 image's flags (`-O2`) for xtensa-lx106-elf, run under `qemu-system-xtensa -M sim -cpu lx106`, "
           "counted by the ICOUNT register (exact; two runs must print the same numbers, the script checks). "
           "p8_process on %d-frame blocks at %d Hz, %d blocks measured after %d warm-up blocks; feedback 50 %%, "
           "mix 50 %%, other controls at power-up values; input: stereo noise at about -12 dBFS.\n\n",
           P8_BLOCK_FRAMES, BENCH_RATE_HZ, BENCH_BLOCKS, BENCH_WARMUP_BLOCKS);
    printf("## Whole engine, and stages by difference\n\n");
    printf("Whole p8_process through the public API; stages by difference: *operators + memory* is the run with "
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
        else printf(" -%lu (conformance dearer) |", (unsigned long)((conf[i].total - full[i].total) / frames));
        bench_print_per_frame(full[i].block_min, P8_BLOCK_FRAMES);
        bench_print_per_frame(full[i].block_max, P8_BLOCK_FRAMES);
        printf("\n");
    }
    printf("\n");
    bench_stages(bench_programs, BENCH_PROGRAM_COUNT);
    bench_gazl_table(overhead);
    printf("Cross-check over one whole run of %s (engine open to close): CCOUNT x 25 = %llu, ICOUNT = %lu "
           "(QEMU's CCOUNT at -icount shift=0 advances once per 25 instructions).\n\n", bench_programs[1].name,
           (unsigned long long)ccount_one * 25u, (unsigned long)icount_one);

    printf("## Budget\n\n");
    printf("ESP32 at 240 MHz and a 48 kHz codec: %d cycles per stereo frame per core. lx106 instructions against "
           "it (worst block = block max):\n\n", BENCH_BUDGET_CYCLES);
    printf("| program | lx106 insns/frame (mean) | %% of budget | worst block | %% of budget |\n"
           "|---|---:|---:|---:|---:|\n");
    for (int i = 0; i < BENCH_PROGRAM_COUNT; i++) {
        if (full[i].status < 0) continue;
        uint32_t mean_pm = (uint32_t)(full[i].total * 1000u / frames / BENCH_BUDGET_CYCLES);
        uint32_t worst_pm = (uint32_t)((uint64_t)full[i].block_max * 1000u / P8_BLOCK_FRAMES / BENCH_BUDGET_CYCLES);
        printf("| %s |", bench_programs[i].name);
        bench_print_per_frame(full[i].total, frames);
        printf(" %lu.%lu %% |", (unsigned long)(mean_pm / 10u), (unsigned long)(mean_pm % 10u));
        bench_print_per_frame(full[i].block_max, P8_BLOCK_FRAMES);
        printf(" %lu.%lu %% |\n", (unsigned long)(worst_pm / 10u), (unsigned long)(worst_pm % 10u));
    }
    const bench_result *ns = &conf[1];
    uint32_t ns_tenths = (uint32_t)((ns->total * 10u + frames / 2u) / frames);
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
