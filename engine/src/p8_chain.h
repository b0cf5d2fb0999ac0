/*
 * p8_chain.h — the analog-style chain around the Permut8 domain, in the order of the official flow chart
 * (spec/permut8.md §1.1). Runs at the codec rate, in float, in 12-bit units (codec int16 / 16):
 *
 *   input:  in x INPUT LEVEL + feedback -> [FILTER if IN] -> LIMITER (switchable) -> CLIP    -> to the ADC
 *   output: from the DAC -> [FILTER if OUT] -> split:
 *             feedback = x FEEDBACK, FLIP L/R, INVERT -> [FILTER if FB] -> summed at the next codec frame
 *             wet      = x OUTPUT LEVEL -> CLIP -> MIX with the dry input delayed by the wet path's latency
 *
 * Curves and constants are documented in CHAIN.md. Levels, feedback and mix glide (one-pole, 10 ms);
 * filter and switches change at block boundaries. At unity levels, no feedback, filter off, MIX 100 % the
 * chain is the identity on in-range signals (the limiter and clips act only above full scale).
 *
 *   p8_chain_init(&c, codec_hz, dry_ring)   dry_ring: P8_CHAIN_DRY_FRAMES x 2 int16 (from the memory plan)
 *   p8_chain_set(&c, params)                block boundary: P8_CTRL_* values (glide targets, filter, switches)
 *   p8_chain_set_latency(&c, frames)        block boundary: wet-path latency to align the dry signal with
 *   p8_chain_input(&c, in, x)               per codec frame, before the Permut8 domain
 *   p8_chain_output(&c, in, wet, out)       per codec frame, after it
 */
#ifndef P8_CHAIN_H
#define P8_CHAIN_H

#include <stdint.h>

#include "permut8_engine.h"

#define P8_CHAIN_DRY_FRAMES 1024u /* dry alignment up to 1023 codec frames (clock down to ~100 Hz at 48 kHz) */
#define P8_CHAIN_FULL_SCALE 2047.0f
#define P8_CHAIN_OUT_MAX (32767.0f / 16.0f)

typedef struct {
    float value, target;
} p8_glide;

typedef struct {
    float ic1[2], ic2[2];
    float a1, a2, a3, k;
    int mode; /* 0 off, 1 lowpass, 2 highpass */
} p8_svf;

typedef struct {
    p8_glide in_gain, out_gain, feedback, mix; /* in_gain includes the 1/16 of int16 -> 12-bit units */
    float glide_coef;
    int gliding;
    int placement;
    int filter_at;     /* placement where the filter runs, P8_FILTER_OFF when the knob is at 0 */
    int32_t filter_knob;
    p8_svf filter;
    int limiter, flip, invert;
    float limiter_env, limiter_release;
    float fb[2];
    int16_t *dry;
    uint32_t dry_pos, dry_delay;
    float codec_hz;
} p8_chain;

void p8_chain_init(p8_chain *c, int32_t codec_hz, int16_t *dry_ring);
void p8_chain_set(p8_chain *c, const int32_t params[P8_CTRL_COUNT]);
void p8_chain_set_latency(p8_chain *c, float frames);
/* RESET: forget the feedback and filter state. */
void p8_chain_clear(p8_chain *c);
/* Cutoff in Hz of a FILTER_FREQ knob value (negative = lowpass, positive = highpass, 0 = open -> 0). */
double p8_chain_filter_hz(int32_t knob);
/* The glide step (one codec frame); called by p8_chain_input while anything glides. */
void p8_chain_glide(p8_chain *c);

static inline float p8_svf_run(p8_svf *f, int ch, float v0) {
    float v3 = v0 - f->ic2[ch];
    float v1 = f->a1 * f->ic1[ch] + f->a2 * v3;
    float v2 = f->ic2[ch] + f->a2 * f->ic1[ch] + f->a3 * v3;
    f->ic1[ch] = 2.0f * v1 - f->ic1[ch];
    f->ic2[ch] = 2.0f * v2 - f->ic2[ch];
    return f->mode == 1 ? v2 : v0 - f->k * v1 - v2;
}

static inline void p8_chain_filter(p8_chain *c, int placement, float x[2]) {
    if (c->filter_at != placement) return;
    x[0] = p8_svf_run(&c->filter, 0, x[0]);
    x[1] = p8_svf_run(&c->filter, 1, x[1]);
}

static inline float p8_clampf(float x, float lim) { return x > lim ? lim : (x < -lim ? -lim : x); }

static inline void p8_chain_input(p8_chain *c, const int16_t in[2], float x[2]) {
    if (c->gliding) p8_chain_glide(c);
    float g = c->in_gain.value;
    x[0] = (float)in[0] * g + c->fb[0];
    x[1] = (float)in[1] * g + c->fb[1];
    p8_chain_filter(c, P8_FILTER_IN, x);
    if (c->limiter) { /* peak limiter at full scale: instant attack, exponential release */
        float a0 = x[0] < 0 ? -x[0] : x[0], a1 = x[1] < 0 ? -x[1] : x[1];
        float peak = a0 > a1 ? a0 : a1;
        float env = c->limiter_env * c->limiter_release;
        if (peak > env) env = peak;
        c->limiter_env = env;
        if (env > P8_CHAIN_FULL_SCALE) {
            float gain = P8_CHAIN_FULL_SCALE / env;
            x[0] *= gain;
            x[1] *= gain;
        }
    }
    x[0] = p8_clampf(x[0], P8_CHAIN_FULL_SCALE);
    x[1] = p8_clampf(x[1], P8_CHAIN_FULL_SCALE);
}

/* Round half away from zero; x must already be within int16 range (the output stage guarantees it). */
static inline int16_t p8_round16(float x) { return (int16_t)(x + (x < 0.0f ? -0.5f : 0.5f)); }

static inline void p8_chain_output(p8_chain *c, const int16_t in[2], const float wet[2], int16_t out[2]) {
    float y[2] = {wet[0], wet[1]};
    p8_chain_filter(c, P8_FILTER_OUT, y);
    float fbg = c->feedback.value;
    if (fbg != 0.0f || c->fb[0] != 0.0f || c->fb[1] != 0.0f) {
        if (c->invert) fbg = -fbg;
        float f[2] = {y[c->flip] * fbg, y[1 - c->flip] * fbg};
        p8_chain_filter(c, P8_FILTER_FB, f);
        c->fb[0] = f[0];
        c->fb[1] = f[1];
    }
    uint32_t w = c->dry_pos & (P8_CHAIN_DRY_FRAMES - 1u);
    c->dry[2 * w] = in[0];
    c->dry[2 * w + 1] = in[1];
    c->dry_pos++;
    if (c->out_gain.value > 1.0f) { /* only a boosted output can leave the DAC's range */
        y[0] = p8_clampf(y[0] * c->out_gain.value, P8_CHAIN_OUT_MAX);
        y[1] = p8_clampf(y[1] * c->out_gain.value, P8_CHAIN_OUT_MAX);
    } else {
        y[0] *= c->out_gain.value;
        y[1] *= c->out_gain.value;
    }
    float m = c->mix.value;
    if (m == 1.0f) { /* wet only (the power-up setting) */
        out[0] = p8_round16(y[0] * 16.0f);
        out[1] = p8_round16(y[1] * 16.0f);
        return;
    }
    const int16_t *d = in;
    if (c->dry_delay) d = &c->dry[2u * ((c->dry_pos - 1u - c->dry_delay) & (P8_CHAIN_DRY_FRAMES - 1u))];
    float dm = 1.0f - m, wm = 16.0f * m;
    out[0] = p8_round16((float)d[0] * dm + y[0] * wm);
    out[1] = p8_round16((float)d[1] * dm + y[1] * wm);
}

#endif
