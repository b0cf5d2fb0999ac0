/*
 * p8_chain.h — the analog-style chain around the Permut8 domain, in the order of the official flow chart
 * (spec/permut8.md §1.1). Runs at the codec rate, in float, in 12-bit units (codec int16 / 16):
 *
 *   input:  in x INPUT LEVEL + feedback -> [FILTER if IN] -> LIMITER (switchable) -> SOFT CLIP -> to the ADC
 *   loop:   from the DAC -> [FILTER if OUT] -> feedback = x FEEDBACK, FLIP L/R, INVERT -> [FILTER if FB]
 *           -> summed into the next codec frame's input
 *   output: (after OUT filter) x OUTPUT LEVEL -> SOFT CLIP -> MIX with the dry input delayed by the wet latency
 *
 * Curves and constants are documented in CHAIN.md. Levels, feedback and mix glide (one-pole, 10 ms, evaluated
 * at block boundaries and ramped linearly across the block); filter and switches change at block boundaries.
 * At unity levels, no feedback, filter off, MIX 100 % the chain is the identity on signals within half of full
 * scale (the soft clips' knee); the limiter acts only above full scale.
 *
 * The input and loop stages form a one-frame recurrence with the Permut8 domain, so they run per frame; the
 * output stage has no feedback and runs over the block:
 *   p8_chain_init(&c, codec_hz, dry_ring)   dry_ring: P8_CHAIN_DRY_FRAMES x 2 int16 (from the memory plan)
 *   p8_chain_set(&c, params)                block boundary: P8_CTRL_* values (glide targets, filter, switches)
 *   p8_chain_set_latency(&c, frames)        block boundary: wet-path latency to align the dry signal with
 *   p8_chain_block_begin(&c, n)             start of n frames (n <= P8_BLOCK_FRAMES): glide ramps
 *   p8_chain_input(&c, in, x)               per frame, before the Permut8 domain
 *   p8_chain_loop(&c, y)                    per frame, on the wet signal from the DAC (OUT filter, feedback)
 *   p8_chain_output_block(&c, in, wet, out) the block's n frames: output level, clip, MIX; ends the block
 */
#ifndef P8_CHAIN_H
#define P8_CHAIN_H

#include <math.h>
#include <stdint.h>

#include "permut8_engine.h"

#define P8_CHAIN_DRY_FRAMES 4096u /* dry alignment up to 4064 codec frames (clock down to ~380 Hz at 48 kHz) */
#define P8_CHAIN_DRY_MAX_DELAY (P8_CHAIN_DRY_FRAMES - P8_BLOCK_FRAMES) /* the block is written before it is read */
#define P8_CHAIN_FULL_SCALE 2047.0f
#define P8_CHAIN_OUT_MAX (32767.0f / 16.0f)
#define P8_CHAIN_KNEE 1024.0f    /* both soft clips: identity up to here (half of full scale, -6 dBFS) */

typedef struct {
    float value, target; /* value = at the start of the block (while running: the current frame's) */
    float step, end;     /* per-frame increment and the value at the end of the block */
} p8_glide;

typedef struct {
    float ic1[2], ic2[2];
    float a1, a2, a3, k;
    int mode; /* 0 off, 1 lowpass, 2 highpass */
} p8_svf;

typedef struct {
    p8_glide in_gain, out_gain, feedback, mix; /* in_gain includes the 1/16 of int16 -> 12-bit units */
    float glide_decay;  /* one-pole: 1 - coefficient per frame */
    float glide_decay_block; /* the same over P8_BLOCK_FRAMES frames */
    int32_t block_frames;
    int placement;
    int filter_at;      /* placement where the filter runs, P8_FILTER_OFF when the knob is at 0 */
    int32_t filter_knob;
    p8_svf filter;
    int limiter, flip;
    float fb_sign;      /* -1 with INVERT */
    float limiter_env;  /* 0 while at or below full scale (equivalent for every later output) */
    float overs_above;  /* p8_chain_input calls p8_chain_overs above this: the knee, or -1 while limiting */
    float limiter_release;
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
void p8_chain_block_begin(p8_chain *c, int32_t n);
void p8_chain_output_block(p8_chain *c, const int16_t *in, const float *wet, int16_t *out);
/* Limiter and input soft clip, for frames that need either (rare: loud input or a limiter still releasing). */
void p8_chain_overs(p8_chain *c, float x[2]);

/* The soft clip (CHAIN.md): identity for |x| <= knee; above it y = knee + e - e^2 / (4 span), e = |x| - knee,
 * span = ceiling - knee: slope 1 at the knee, slope 0 and y = ceiling at e = 2 span; flat beyond. */
static inline float p8_soft_clip(float x, float ceiling) {
    float a = fabsf(x);
    if (a <= P8_CHAIN_KNEE) return x;
    float span = ceiling - P8_CHAIN_KNEE, e = a - P8_CHAIN_KNEE;
    float y = e >= 2.0f * span ? ceiling : P8_CHAIN_KNEE + e - e * e / (4.0f * span);
    return x < 0.0f ? -y : y;
}

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

static inline void p8_chain_input(p8_chain *c, const int16_t in[2], float x[2]) {
    float g = c->in_gain.value;
    c->in_gain.value = g + c->in_gain.step;
    x[0] = (float)in[0] * g + c->fb[0];
    x[1] = (float)in[1] * g + c->fb[1];
    p8_chain_filter(c, P8_FILTER_IN, x);
    float a0 = fabsf(x[0]), a1 = fabsf(x[1]);
    if ((a0 > a1 ? a0 : a1) > c->overs_above) p8_chain_overs(c, x);
}

static inline void p8_chain_loop(p8_chain *c, float y[2]) {
    p8_chain_filter(c, P8_FILTER_OUT, y);
    float g = c->feedback.value;
    c->feedback.value = g + c->feedback.step;
    g *= c->fb_sign;
    int flip = c->flip;
    c->fb[flip] = y[0] * g; /* g = 0: the input adds a signed zero, exact */
    c->fb[flip ^ 1] = y[1] * g;
    p8_chain_filter(c, P8_FILTER_FB, c->fb);
}

static inline float p8_clampf(float x, float lim) { return x > lim ? lim : (x < -lim ? -lim : x); }

/* Round to nearest, ties to even: adding and removing 1.5 x 2^23 leaves no fraction bits (exact for
 * |x| < 2^22; no library call, no branch). x must already be within int16 range (the output stage keeps it). */
static inline int16_t p8_round16(float x) { return (int16_t)(int32_t)((x + 12582912.0f) - 12582912.0f); }

#endif
