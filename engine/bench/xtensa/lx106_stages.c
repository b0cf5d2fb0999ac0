/*
 * lx106_stages.c — lx106 instructions of each stock-engine stage, called directly through its documented face
 * (p8_operators.h, p8_resampler.h, p8_chain.h, p8_clock.h) on the same noise the whole-engine runs use. This
 * separates what the whole-engine figures cannot: the resampler alone per clock rate, the chain alone, the
 * operators alone. The tick loop here is a stand-in for the engine's (p8_engine.c), so the stage figures
 * add up to less than the whole: the remainder is the engine's own per-frame and per-tick glue.
 */
#include "lx106_bench.h"

#include "p8_chain.h"
#include "p8_clock.h"
#include "p8_operators.h"
#include "p8_resampler.h"

#define STAGE_FRAMES (BENCH_BLOCKS * P8_BLOCK_FRAMES / 4) /* a quarter second per stage is plenty: exact counts */

/* Operators: slot 1 then slot 2 on every tick (one tick per frame). */
static uint32_t stage_operators(const bench_program *p) {
    static p8_operators ops;
    p8_operators_init(&ops);
    p8_operators_set(&ops, p->op1, (uint32_t)p->operand1, p->op2, (uint32_t)p->operand2);
    uint16_t clock = 0;
    uint32_t sink = 0, total = 0;
    for (int32_t f = 0; f < STAGE_FRAMES; f++) {
        uint32_t t0 = bench_icount();
        uint32_t base[2] = {(uint32_t)clock << 4, (uint32_t)clock << 4};
        uint32_t pos[2] = {base[0], base[1]};
        p8_operate1(&ops, clock, pos);
        p8_operate2(&ops, clock, base, pos);
        total += bench_icount() - t0;
        sink += pos[0] ^ pos[1];
        clock++;
    }
    bench_sink(sink);
    return total;
}

/* Resampler: per codec frame push the input, run the frame's ticks (input_at, push_output), read the output. */
static uint32_t stage_resampler(int32_t clock_hz) {
    static p8_resampler rs;
    static p8_clock clk;
    p8_resampler_init(&rs);
    p8_clock_init(&clk, BENCH_RATE_HZ);
    p8_clock_set_rate(&clk, (double)clock_hz);
    p8_resampler_set(&rs, (double)clock_hz, (double)BENCH_RATE_HZ);
    uint32_t seed = BENCH_SEED, total = 0;
    int16_t in[2 * P8_BLOCK_FRAMES];
    float sink = 0.0f;
    for (int32_t f = 0; f < STAGE_FRAMES; f++) {
        if (f % P8_BLOCK_FRAMES == 0) bench_fill(in, &seed);
        const int16_t *x16 = &in[2 * (f % P8_BLOCK_FRAMES)];
        float x[2] = {(float)(x16[0] / 16), (float)(x16[1] / 16)}, y[2];
        uint32_t t0 = bench_icount();
        p8_resampler_push_input(&rs, x);
        uint32_t ticks = p8_clock_advance(&clk);
        for (uint32_t k = 0; k < ticks; k++) {
            float u = (float)(k + 1u) / (float)(ticks + 1u);
            p8_resampler_input_at(&rs, u, y);
            p8_resampler_push_output(&rs, y);
        }
        p8_resampler_output_at(&rs, (float)clk.frac * (1.0f / 4294967296.0f), y);
        total += bench_icount() - t0;
        sink += y[0] + y[1];
    }
    bench_sink((uint32_t)(sink != sink));
    return total;
}

/* Chain: input side and output side of one codec frame, with the wet signal = the chain's own input. */
static uint32_t stage_chain(int32_t filter_placement, int32_t filter_knob, int32_t limiter) {
    static p8_chain chain;
    static int16_t dry[2 * P8_CHAIN_DRY_FRAMES];
    int32_t params[P8_CTRL_COUNT] = {0};
    params[P8_CTRL_FEEDBACK_PERMILLE] = 500;
    params[P8_CTRL_MIX_PERMILLE] = 500;
    params[P8_CTRL_FILTER_PLACEMENT] = filter_placement;
    params[P8_CTRL_FILTER_FREQ] = filter_knob;
    params[P8_CTRL_LIMITER] = limiter;
    params[P8_CTRL_TEMPO_CENTI_BPM] = 12000;
    p8_chain_init(&chain, BENCH_RATE_HZ, dry);
    p8_chain_set(&chain, params);
    uint32_t seed = BENCH_SEED, total = 0, sink = 0;
    int16_t in[2 * P8_BLOCK_FRAMES], out[2];
    for (int32_t f = 0; f < STAGE_FRAMES; f++) {
        if (f % P8_BLOCK_FRAMES == 0) bench_fill(in, &seed);
        const int16_t *x16 = &in[2 * (f % P8_BLOCK_FRAMES)];
        float x[2];
        uint32_t t0 = bench_icount();
        p8_chain_input(&chain, x16, x);
        p8_chain_output(&chain, x16, x, out);
        total += bench_icount() - t0;
        sink += (uint32_t)(out[0] ^ out[1]);
    }
    bench_sink(sink);
    return total;
}

void bench_stages(const bench_program *programs, int count) {
    const uint32_t frames = STAGE_FRAMES;
    printf("## Per stage, through each stage's own entry points\n\n");
    printf("Each stage called directly (its header's documented face) for %lu frames, counter read around the "
           "calls. The whole-engine figures above also contain the engine's glue, so they are larger than the "
           "sum of these.\n\n", (unsigned long)frames);
    printf("| stage | arithmetic | lx106 insns/frame |\n|---|---|---:|\n");
    for (int i = 0; i < count; i++) {
        if (programs[i].clock_hz != BENCH_RATE_HZ || programs[i].churn != BENCH_CHURN_NONE || i == 0) continue;
        printf("| operators %s (1 tick/frame) | integer |", programs[i].name);
        bench_print_per_frame(stage_operators(&programs[i]), frames);
        printf("\n");
    }
    static const int32_t clocks[] = {24000, 44100, 96000, 352800};
    for (int i = 0; i < (int)(sizeof clocks / sizeof clocks[0]); i++) {
        printf("| resampler, clock %ld Hz (%ld.%02ld ticks/frame) | float |", (long)clocks[i],
               (long)(clocks[i] / BENCH_RATE_HZ), (long)(clocks[i] % BENCH_RATE_HZ * 100 / BENCH_RATE_HZ));
        bench_print_per_frame(stage_resampler(clocks[i]), frames);
        printf("\n");
    }
    printf("| analog chain: feedback 50 %%, mix 50 %%, filter off, limiter off | float |");
    bench_print_per_frame(stage_chain(P8_FILTER_OFF, 0, 0), frames);
    printf("\n| analog chain: + lowpass filter in the feedback path | float |");
    bench_print_per_frame(stage_chain(P8_FILTER_FB, -500, 0), frames);
    printf("\n| analog chain: + limiter | float |");
    bench_print_per_frame(stage_chain(P8_FILTER_OFF, 0, 1), frames);
    printf("\n\n");
}
