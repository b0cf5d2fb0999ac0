/*
 * lx106_stages.c — lx106 instructions of each stock-engine stage alone, through the engine's stage entry points
 * for benchmarks (p8_engine.h: p8_engine_bench_ticks / _chain / _resample), with the engine's own settings for
 * the program. The whole-engine figures also contain the block loop and parameter pick-up, so they are a little
 * more than the sum of these.
 */
#include "lx106_bench.h"

#include "p8_api.h"
#include "p8_engine.h"

#define STAGE_BLOCKS (BENCH_BLOCKS / 4) /* exact counts: a quarter second per stage is plenty */

typedef enum { STAGE_TICKS, STAGE_CHAIN, STAGE_RESAMPLE } stage_kind;

/* Opens an engine on `p` at `clock_hz` and lets one block pick the settings up. */
static int32_t stage_open(const bench_program *p, int32_t clock_hz) {
    bench_program q = *p;
    q.clock_hz = clock_hz;
    int32_t h = p8_open(P8_PLAN_DEFAULT, BENCH_RATE_HZ);
    if (h < 0) return h;
    p8_set_param(h, P8_PARAM_CLOCK_FREQ, q.clock_hz);
    p8_set_param(h, P8_PARAM_OPERATOR_1, q.op1);
    p8_set_param(h, P8_PARAM_OPERAND_1_HIGH, (q.operand1 >> 8) & 0xFF);
    p8_set_param(h, P8_PARAM_OPERAND_1_LOW, q.operand1 & 0xFF);
    p8_set_param(h, P8_PARAM_OPERATOR_2, q.op2);
    p8_set_param(h, P8_PARAM_OPERAND_2_HIGH, (q.operand2 >> 8) & 0xFF);
    p8_set_param(h, P8_PARAM_OPERAND_2_LOW, q.operand2 & 0xFF);
    p8_set_param(h, P8_CTRL_FEEDBACK_PERMILLE, 500);
    p8_set_param(h, P8_CTRL_MIX_PERMILLE, 500);
    static int16_t in[2 * P8_BLOCK_FRAMES], out[2 * P8_BLOCK_FRAMES];
    uint32_t seed = BENCH_SEED;
    for (int b = 0; b < BENCH_WARMUP_BLOCKS; b++) { /* past the glides, as in the whole-engine runs */
        bench_fill(in, &seed);
        p8_process(h, in, out, P8_BLOCK_FRAMES);
    }
    return h;
}

/* Instructions over STAGE_BLOCKS blocks of 32 frames (ticks for STAGE_TICKS); *ticks_out: ticks run. */
static uint64_t stage_run(int32_t h, stage_kind kind, uint32_t *ticks_out) {
    p8_engine *e = p8_api_engine(h);
    static int16_t in16[2 * P8_BLOCK_FRAMES], out16[2 * P8_BLOCK_FRAMES];
    static int32_t in12[2 * P8_BLOCK_FRAMES], out32[2 * P8_BLOCK_FRAMES];
    static float inf[2 * P8_BLOCK_FRAMES], outf[2 * P8_BLOCK_FRAMES];
    uint32_t seed = BENCH_SEED ^ 0x5A5A5A5Au, ticks = 0;
    uint64_t total = 0;
    for (int b = 0; b < STAGE_BLOCKS; b++) {
        bench_fill(in16, &seed);
        for (int i = 0; i < 2 * P8_BLOCK_FRAMES; i++) {
            in12[i] = in16[i] / 16;
            inf[i] = (float)in12[i];
        }
        uint32_t t0 = bench_icount();
        switch (kind) {
        case STAGE_TICKS: p8_engine_bench_ticks(e, in12, out32, P8_BLOCK_FRAMES); break;
        case STAGE_CHAIN: p8_engine_bench_chain(e, in16, out16, P8_BLOCK_FRAMES); break;
        case STAGE_RESAMPLE: ticks += (uint32_t)p8_engine_bench_resample(e, inf, outf, P8_BLOCK_FRAMES); break;
        }
        total += bench_icount() - t0;
    }
    bench_sink((uint32_t)out16[0] ^ (uint32_t)out32[0] ^ (uint32_t)(outf[0] != outf[0]));
    if (ticks_out) *ticks_out = ticks;
    return total;
}

static void stage_row(const char *what, const char *arith, const bench_program *p, int32_t clock_hz,
                      stage_kind kind) {
    const uint32_t frames = (uint32_t)STAGE_BLOCKS * P8_BLOCK_FRAMES;
    int32_t h = stage_open(p, clock_hz);
    printf("| %s | %s |", what, arith);
    if (h < 0) {
        printf(" engine error %ld |\n", (long)h);
        return;
    }
    uint32_t ticks = 0;
    bench_print_per_frame(stage_run(h, kind, &ticks), frames);
    if (kind == STAGE_RESAMPLE) {
        printf(" %lu.%02lu |\n", (unsigned long)(ticks / frames),
               (unsigned long)((uint64_t)(ticks % frames) * 100u / frames));
    } else {
        printf(" %s |\n", kind == STAGE_TICKS ? "1" : "-");
    }
    p8_close(h);
}

void bench_stages(const bench_program *programs, int count) {
    printf("## Per stage, through the engine's stage entry points\n\n");
    printf("p8_engine_bench_ticks (operators + delay memory + interpolation, per tick), p8_engine_bench_chain "
           "(analog chain around an identity Permut8 domain, per codec frame) and p8_engine_bench_resample "
           "(codec -> clock -> codec, per codec frame), each on its own for %d blocks of %d frames, with the "
           "program's settings (feedback 50 %%, mix 50 %%, filter off, limiter off).\n\n",
           STAGE_BLOCKS, P8_BLOCK_FRAMES);
    printf("| stage | arithmetic | lx106 insns/frame | ticks/frame |\n|---|---|---:|---:|\n");
    char what[96];
    for (int i = 0; i < count; i++) {
        if (programs[i].clock_hz != BENCH_RATE_HZ || programs[i].churn != BENCH_CHURN_NONE || i == 0) continue;
        if (programs[i].firmware) continue; /* the stage entry points run the stock operators */
        snprintf(what, sizeof what, "ticks: %s", programs[i].name);
        stage_row(what, "integer", &programs[i], BENCH_RATE_HZ, STAGE_TICKS);
    }
    stage_row("analog chain", "float", &programs[1], BENCH_RATE_HZ, STAGE_CHAIN);
    static const int32_t clocks[] = {24000, 44100, 96000, 352800};
    for (int c = 0; c < (int)(sizeof clocks / sizeof clocks[0]); c++) {
        snprintf(what, sizeof what, "resampler, clock %ld Hz", (long)clocks[c]);
        stage_row(what, "float", &programs[1], clocks[c], STAGE_RESAMPLE);
    }
    printf("\n");
}
