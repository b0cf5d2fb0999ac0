/* p8_stock_block.c — one 32-frame block of the stock engine at the codec rate, and the stage entry points for
 * benchmarks (p8_engine.h).
 *
 * Per frame (a one-frame recurrence through the feedback path, so these run frame by frame):
 *   chain input -> 12-bit ADC -> tick(s) [through the resampler unless direct] -> DAC -> chain loop
 * then over the whole block: chain output level, soft clip, MIX (p8_chain_output_block).
 * The stock operators run in a local copy of the tick (fast_tick) with the switches, memory and display state
 * hoisted out of the loop; p8_engine_tick (with the firmware hooks and the trace) runs instead whenever a
 * firmware is loaded or ticks are traced. Both compute the same samples.
 */
#include "p8_engine.h"

/* The tick state the block keeps in locals; written back to the engine at the end of the block. */
typedef struct {
    int16_t *m;
    p8_operators *ops;
    uint32_t clock, step;       /* 16-bit counter; step 1, or 0xFFFF in REV */
    int write_first, write_last;
    uint32_t pos1[2], pos2[2];  /* last tick's positions, for the display */
    uint32_t last_clock;
} tick_ctx;

static inline void ctx_begin(p8_engine *e, tick_ctx *t) {
    const p8_stock *s = &e->stock;
    t->m = e->memory.frames;
    t->ops = &e->stock.ops;
    t->clock = e->clock;
    t->step = s->reverse ? 0xFFFFu : 1u;
    t->write_first = !s->write_protect && !s->reverse;
    t->write_last = !s->write_protect && s->reverse;
    t->pos1[0] = s->pos1[0], t->pos1[1] = s->pos1[1];
    t->pos2[0] = s->pos2[0], t->pos2[1] = s->pos2[1];
    t->last_clock = s->last_clock;
}

static inline void ctx_end(p8_engine *e, const tick_ctx *t, uint32_t ticks) {
    p8_stock *s = &e->stock;
    e->clock = (uint16_t)t->clock;
    s->pos1[0] = t->pos1[0], s->pos1[1] = t->pos1[1];
    s->pos2[0] = t->pos2[0], s->pos2[1] = t->pos2[1];
    s->last_clock = (uint16_t)t->last_clock;
    e->tick_count += ticks;
}

/* Steps 1-5 of p8_engine_tick for the stock operators. in12 is within +-2047 (the ADC guarantees it). */
static P8_HOT_INLINE void fast_tick(tick_ctx *t, const int32_t in12[2], int32_t out16[2]) {
    const uint32_t c = t->clock;
    int16_t *m = t->m;
    if (t->write_first) m[2u * c] = (int16_t)in12[0], m[2u * c + 1u] = (int16_t)in12[1];
    uint32_t base[2] = {c << 4, c << 4}, pos[2] = {c << 4, c << 4};
    p8_operate1(t->ops, (uint16_t)c, pos);
    t->pos1[0] = pos[0], t->pos1[1] = pos[1];
    p8_operate2(t->ops, (uint16_t)c, base, pos);
    t->pos2[0] = pos[0], t->pos2[1] = pos[1];
    uint32_t i0 = (pos[0] >> 4) & P8_MEMORY_MASK, f0 = pos[0] & 15u;
    uint32_t i1 = (pos[1] >> 4) & P8_MEMORY_MASK, f1 = pos[1] & 15u;
    int32_t a0 = m[2u * i0], a1 = m[2u * i1 + 1u];
    if ((f0 | f1) == 0) { /* on a whole frame: no second read */
        out16[0] = a0 * 16;
        out16[1] = a1 * 16;
    } else {
        int32_t b0 = m[2u * ((i0 + 1u) & P8_MEMORY_MASK)], b1 = m[2u * ((i1 + 1u) & P8_MEMORY_MASK) + 1u];
        out16[0] = a0 * 16 + (b0 - a0) * (int32_t)f0;
        out16[1] = a1 * 16 + (b1 - a1) * (int32_t)f1;
    }
    if (t->write_last) m[2u * c] = (int16_t)in12[0], m[2u * c + 1u] = (int16_t)in12[1];
    t->last_clock = c;
    t->clock = (c + t->step) & 0xFFFFu;
}

/* 12-bit ADC: floor. The chain's soft clip keeps x within +-2047 on the direct path. */
static inline int32_t adc12(float x) { return (int32_t)(x + 2048.0f) - 2048; }

/* After the resampler: interpolation may overshoot full scale a little, so clamp first. */
static inline int32_t adc12_clamped(float x) { return adc12(p8_clampf(x, P8_CHAIN_FULL_SCALE)); }

#define DAC (1.0f / 16.0f)

static void block_direct(p8_engine *e, const int16_t *in, float *wet, int fast) {
    p8_chain *c = &e->stock.chain;
    tick_ctx t;
    ctx_begin(e, &t);
    for (int i = 0; i < P8_BLOCK_FRAMES; i++) {
        float x[2];
        p8_chain_input(c, in + 2 * i, x);
        int32_t q[2] = {adc12(x[0]), adc12(x[1])}, y[2];
        if (fast) fast_tick(&t, q, y);
        else p8_engine_tick(e, q, y);
        float w[2] = {(float)y[0] * DAC, (float)y[1] * DAC};
        p8_chain_loop(c, w);
        wet[2 * i] = w[0];
        wet[2 * i + 1] = w[1];
    }
    if (fast) ctx_end(e, &t, P8_BLOCK_FRAMES);
}

static uint32_t block_resampled(p8_engine *e, const int16_t *in, float *wet, int fast) {
    p8_stock *s = &e->stock;
    p8_chain *c = &s->chain;
    p8_resampler *r = &s->resampler;
    p8_clock *k = &s->rate;
    const float step = k->frames_per_tick;
    uint32_t total = 0;
    tick_ctx t;
    ctx_begin(e, &t);
    for (int i = 0; i < P8_BLOCK_FRAMES; i++) {
        float x[2], w[2];
        p8_chain_input(c, in + 2 * i, x);
        float u = (1.0f - (float)k->frac * (1.0f / 4294967296.0f)) * step;
        uint32_t n = p8_clock_advance(k);
        for (uint32_t j = 0; j < n; j++, u += step) {
            float v[2];
            p8_resampler_input_at(r, u, v);
            int32_t q[2] = {adc12_clamped(v[0]), adc12_clamped(v[1])}, y[2];
            if (fast) fast_tick(&t, q, y);
            else p8_engine_tick(e, q, y);
            v[0] = (float)y[0] * DAC;
            v[1] = (float)y[1] * DAC;
            p8_resampler_push_output(r, u, v);
        }
        total += n;
        float frac = (float)k->frac * (1.0f / 4294967296.0f);
        p8_resampler_push_input(r, frac, x);
        p8_resampler_output_at(r, frac, w);
        p8_chain_loop(c, w);
        wet[2 * i] = w[0];
        wet[2 * i + 1] = w[1];
    }
    if (fast) ctx_end(e, &t, total);
    return total;
}

uint32_t p8_stock_block(p8_engine *e, const int16_t *in, int16_t *out) {
    p8_stock *s = &e->stock;
    float wet[2 * P8_BLOCK_FRAMES];
    int fast = s->fw_kind == P8_FW_KIND_NONE && !s->tracing;
    uint32_t ticks = P8_BLOCK_FRAMES;
    p8_chain_block_begin(&s->chain, P8_BLOCK_FRAMES);
    if (s->direct) block_direct(e, in, wet, fast);
    else ticks = block_resampled(e, in, wet, fast);
    p8_chain_output_block(&s->chain, in, wet, out);
    return ticks;
}

/* ---- stage entry points for benchmarks (see p8_engine.h) ------------------------------------------------ */

void p8_engine_bench_ticks(p8_engine *e, const int32_t *in12, int32_t *out16, int32_t n) {
    if (e->stock.fw_kind != P8_FW_KIND_NONE || e->stock.tracing) {
        for (int32_t i = 0; i < n; i++) p8_engine_tick(e, in12 + 2 * i, out16 + 2 * i);
        return;
    }
    tick_ctx t;
    ctx_begin(e, &t);
    for (int32_t i = 0; i < n; i++) fast_tick(&t, in12 + 2 * i, out16 + 2 * i);
    ctx_end(e, &t, (uint32_t)n);
}

void p8_engine_bench_chain(p8_engine *e, const int16_t *in, int16_t *out, int32_t n) {
    p8_chain *c = &e->stock.chain;
    for (int32_t done = 0; done < n; done += P8_BLOCK_FRAMES) {
        int32_t m = n - done < P8_BLOCK_FRAMES ? n - done : P8_BLOCK_FRAMES;
        float wet[2 * P8_BLOCK_FRAMES];
        p8_chain_block_begin(c, m);
        for (int32_t i = 0; i < m; i++) {
            float x[2];
            p8_chain_input(c, in + 2 * (done + i), x);
            p8_chain_loop(c, x);
            wet[2 * i] = x[0];
            wet[2 * i + 1] = x[1];
        }
        p8_chain_output_block(c, in + 2 * done, wet, out + 2 * done);
    }
}

int32_t p8_engine_bench_resample(p8_engine *e, const float *in, float *out, int32_t n) {
    p8_stock *s = &e->stock;
    p8_resampler *r = &s->resampler;
    p8_clock *k = &s->rate;
    const float step = k->frames_per_tick;
    int32_t total = 0;
    for (int32_t i = 0; i < n; i++) {
        float u = (1.0f - (float)k->frac * (1.0f / 4294967296.0f)) * step;
        uint32_t ticks = p8_clock_advance(k);
        for (uint32_t j = 0; j < ticks; j++, u += step) {
            float v[2];
            p8_resampler_input_at(r, u, v);
            p8_resampler_push_output(r, u, v);
        }
        float frac = (float)k->frac * (1.0f / 4294967296.0f);
        p8_resampler_push_input(r, frac, in + 2 * i);
        p8_resampler_output_at(r, frac, out + 2 * i);
        total += (int32_t)ticks;
    }
    return total;
}
