/*
 * p8_resampler.h — codec rate <-> Permut8 clock rate, both directions (measurements: docs/bench/host.md).
 *
 * Method: polyphase windowed-sinc. One prototype lowpass, defined in samples of the LOWER of the two rates:
 *   h(p) = 2 fc sinc(2 fc p) · kaiser(p / (TAPS/2), beta),  fc = 0.45 (cutoff 0.45 x the lower rate),
 *   TAPS = 32 lower-rate samples long, beta = 8 (stopband about -80 dB), tabulated at PHASES = 64 phases per
 *   lower-rate sample with a slope per entry (linear interpolation between phases). Each table row is scaled
 *   to sum to 1, so DC passes exactly.
 * Every side is evaluated so that all 32 taps share one phase:
 *   direct form      (source = lower rate)   y(t) = sum_j x[j] h(t - j)     one dot product per output
 *   transposed form  (source = higher rate)  acc[k] += r x h(k - t)         each input scattered into the next
 *                                                                             32 outputs, r = lower/higher rate
 * so the cost is 32 taps per higher-rate sample on each side, whatever the ratio, and the state is 32 frames
 * (no history that grows as the clock falls).
 *   input side  (codec -> clock): direct when clock > codec, transposed when clock <= codec
 *   output side (clock -> codec): direct when clock < codec, transposed when clock >= codec
 * Latency: TAPS/2 lower-rate samples per side, i.e. TAPS x max(1, codec/clock) codec frames in all (32 frames
 * at or above the codec rate, 34.8 at 44.1 kHz in 48 kHz). p8_resampler_latency() gives it; the MIX rounds it
 * to whole frames to align the dry signal. clock == codec rate: not used at all (the engine bypasses it).
 * A change of form on a side (the clock crossing the codec rate) clears that side.
 *
 * Protocol per codec frame (AUDIO; p8_resampler_set at block boundaries only), frames are float[2] (L, R) in
 * 12-bit units:
 *   for each tick of the frame, u = its time in the frame, (0, 1]:
 *       p8_resampler_input_at(&r, u, x)       the tick's input
 *       p8_resampler_push_output(&r, u, y)    the tick's output
 *   p8_resampler_push_input(&r, frac, x)      the frame's input, after its ticks; frac = clock time (in ticks)
 *                                             past the frame's last tick, [0, 1)
 *   p8_resampler_output_at(&r, frac, y)       the frame's output
 */
#ifndef P8_RESAMPLER_H
#define P8_RESAMPLER_H

#include <stdint.h>

#define P8_RS_TAPS 32     /* power of two */
#define P8_RS_PHASES 64
#define P8_RS_CUTOFF 0.45 /* x the lower rate */
#define P8_RS_BETA 8.0

typedef struct {
    float v[P8_RS_TAPS]; /* coefficients at this phase: tap j at (TAPS/2 - 1 - j + phase) */
    float s[P8_RS_TAPS]; /* step to the next phase's coefficients */
} p8_rs_row;

typedef struct {
    float hist[2][2 * P8_RS_TAPS]; /* direct: last TAPS source frames per channel, each written twice (window
                                      hist[ch][pos..pos+TAPS), oldest first) */
    float acc[2][2 * P8_RS_TAPS];  /* transposed: sums of the next TAPS output frames per channel, from head */
    uint32_t pos, head;
    int direct;
    float scale;                   /* transposed: lower rate / higher rate */
} p8_rs_side;

typedef struct {
    p8_rs_row table[P8_RS_PHASES + 1]; /* row i = phase i / PHASES */
    p8_rs_side in, out;
    float latency;                     /* codec frames */
} p8_resampler;

/* Computes the kernel table (CONTROL, once). */
void p8_resampler_init(p8_resampler *r);
void p8_resampler_set(p8_resampler *r, double clock_hz, double codec_hz);
static inline float p8_resampler_latency(const p8_resampler *r) { return r->latency; }

/* The coefficients at phase in [0, 1] (clamped): linear interpolation between the two nearest rows. */
static inline void p8_rs_coefs(const p8_resampler *r, float phase, float *restrict c) {
    float p = phase * (float)P8_RS_PHASES;
    if (!(p > 0.0f)) p = 0.0f;
    if (p > (float)P8_RS_PHASES) p = (float)P8_RS_PHASES;
    int32_t i = (int32_t)p;
    float w = p - (float)i;
    const p8_rs_row *restrict row = &r->table[i];
    for (int j = 0; j < P8_RS_TAPS; j++) c[j] = row->v[j] + w * row->s[j];
}

/* Four interleaved partial sums per channel (a fixed summation order, so compilers may map them onto 4-wide
 * vector registers without reassociating anything). */
static inline float p8_rs_dot1(const float *restrict c, const float *restrict x) {
    float s[4] = {0.0f, 0.0f, 0.0f, 0.0f};
    for (int j = 0; j < P8_RS_TAPS; j += 4)
        for (int k = 0; k < 4; k++) s[k] += c[j + k] * x[j + k];
    return (s[0] + s[1]) + (s[2] + s[3]);
}

static inline void p8_rs_dot(const p8_rs_side *sd, const float *restrict c, float y[2]) {
    y[0] = p8_rs_dot1(c, sd->hist[0] + sd->pos);
    y[1] = p8_rs_dot1(c, sd->hist[1] + sd->pos);
}

static inline void p8_rs_push(p8_rs_side *sd, const float x[2]) {
    uint32_t p = sd->pos;
    sd->hist[0][p] = sd->hist[0][p + P8_RS_TAPS] = x[0];
    sd->hist[1][p] = sd->hist[1][p + P8_RS_TAPS] = x[1];
    sd->pos = (p + 1u) & (P8_RS_TAPS - 1u);
}

static inline void p8_rs_scatter(p8_rs_side *sd, const float *restrict c, const float x[2]) {
    float *restrict a0 = sd->acc[0] + sd->head, *restrict a1 = sd->acc[1] + sd->head;
    float x0 = x[0] * sd->scale, x1 = x[1] * sd->scale;
    for (int j = 0; j < P8_RS_TAPS; j++) a0[j] += c[j] * x0;
    for (int j = 0; j < P8_RS_TAPS; j++) a1[j] += c[j] * x1;
}

void p8_rs_shift(p8_rs_side *sd);

static inline void p8_rs_pop(p8_rs_side *sd, float y[2]) {
    y[0] = sd->acc[0][sd->head];
    y[1] = sd->acc[1][sd->head];
    if (++sd->head == P8_RS_TAPS) p8_rs_shift(sd);
}

static inline void p8_resampler_input_at(p8_resampler *r, float u, float y[2]) {
    if (r->in.direct) {
        float c[P8_RS_TAPS];
        p8_rs_coefs(r, u, c);
        p8_rs_dot(&r->in, c, y);
    } else {
        p8_rs_pop(&r->in, y);
    }
}

static inline void p8_resampler_push_output(p8_resampler *r, float u, const float y[2]) {
    if (r->out.direct) {
        p8_rs_push(&r->out, y);
    } else {
        float c[P8_RS_TAPS];
        p8_rs_coefs(r, u, c);
        p8_rs_scatter(&r->out, c, y);
    }
}

static inline void p8_resampler_push_input(p8_resampler *r, float frac, const float x[2]) {
    if (r->in.direct) {
        p8_rs_push(&r->in, x);
    } else if (r->in.scale > 0.0f) { /* clock stopped: nothing to feed */
        float c[P8_RS_TAPS];
        p8_rs_coefs(r, frac, c);
        p8_rs_scatter(&r->in, c, x);
    }
}

static inline void p8_resampler_output_at(p8_resampler *r, float frac, float y[2]) {
    if (r->out.direct) {
        float c[P8_RS_TAPS];
        p8_rs_coefs(r, frac, c);
        p8_rs_dot(&r->out, c, y);
    } else {
        p8_rs_pop(&r->out, y);
    }
}

#endif
