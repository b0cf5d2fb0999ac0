/*
 * p8_resampler.h — codec rate <-> Permut8 clock rate, both directions.
 *
 * Method (quality and measurements: docs/bench/host.md):
 *   - Interpolation: 4-point cubic Hermite (Catmull-Rom) on the source stream, evaluated at each target time.
 *   - Band limiting: a Butterworth lowpass at 0.45 x the lower of the two rates, placed where the signal is at
 *     the higher rate (8th order = 4 biquads where it runs once per codec frame, 4th order = 2 biquads where it
 *     runs once per tick, to bound the cost at high clocks):
 *       in_aa   codec rate, before the codec->clock interpolation, when clock < codec (anti-alias)
 *       out_aa  clock rate, before the clock->codec interpolation, when clock > codec (anti-alias)
 *       out_ai  codec rate, after the clock->codec interpolation, when clock < codec (anti-image)
 *     When clock > codec the input side is not filtered (Hermite's own image rejection; see STOCK_CHOICES.md).
 *   - Latency: input side 1 codec frame (tick at codec time T reads the input at T - 1), output side 2 ticks;
 *     plus the filters' group delay at DC. p8_resampler_latency() gives the total in codec frames, which the
 *     MIX uses to align the dry signal.
 *   - clock == codec rate exactly: not used at all (the engine bypasses it: exact, zero latency).
 *
 * Faces (AUDIO; p8_resampler_set at block boundaries only):
 *   p8_resampler_set(&r, clock_hz, codec_hz)      choose filters, compute coefficients and the latency
 *   p8_resampler_push_input(&r, x)                once per codec frame, before its ticks
 *   p8_resampler_input_at(&r, u, y)               per tick: input at frame fraction u in (0, 1]
 *   p8_resampler_push_output(&r, x)               per tick: the tick's output frame
 *   p8_resampler_output_at(&r, frac, y)           once per codec frame: frac = clock time past the last tick
 * Frames are float[2] (L, R), in 12-bit units.
 */
#ifndef P8_RESAMPLER_H
#define P8_RESAMPLER_H

#include <stdint.h>

typedef struct {
    float b0, b1, b2, a1, a2;
    float z1[2], z2[2];
} p8_biquad;

#define P8_LOWPASS_MAX_SECTIONS 4

typedef struct {
    p8_biquad s[P8_LOWPASS_MAX_SECTIONS];
    int sections; /* 2 (4th order) or 4 (8th order) */
    int active;
} p8_lowpass;

typedef struct {
    float in_hist[4][2];  /* codec-rate input after in_aa: x[n-3] .. x[n] */
    float out_hist[4][2]; /* clock-rate output after out_aa: y[K-3] .. y[K] */
    p8_lowpass in_aa, out_aa, out_ai;
    float latency;        /* codec frames, at DC */
} p8_resampler;

void p8_resampler_init(p8_resampler *r);
void p8_resampler_set(p8_resampler *r, double clock_hz, double codec_hz);
static inline float p8_resampler_latency(const p8_resampler *r) { return r->latency; }

/* Butterworth lowpass of `order` 4 or 8 at cutoff_hz for a stream at rate_hz; DC group delay in samples. */
void p8_lowpass_design(p8_lowpass *f, int order, double cutoff_hz, double rate_hz);
double p8_lowpass_dc_delay(const p8_lowpass *f);

static inline float p8_biquad_run(p8_biquad *q, int ch, float x) {
    float y = q->b0 * x + q->z1[ch];
    q->z1[ch] = q->b1 * x - q->a1 * y + q->z2[ch];
    q->z2[ch] = q->b2 * x - q->a2 * y;
    return y;
}

static inline void p8_lowpass_run(p8_lowpass *f, float x[2]) {
    for (int i = 0; i < f->sections; i++) {
        x[0] = p8_biquad_run(&f->s[i], 0, x[0]);
        x[1] = p8_biquad_run(&f->s[i], 1, x[1]);
    }
}

/* Catmull-Rom between x1 and x2 at t in [0, 1]. */
static inline float p8_hermite(float x0, float x1, float x2, float x3, float t) {
    float c1 = 0.5f * (x2 - x0);
    float c2 = x0 - 2.5f * x1 + 2.0f * x2 - 0.5f * x3;
    float c3 = 0.5f * (x3 - x0) + 1.5f * (x1 - x2);
    return ((c3 * t + c2) * t + c1) * t + x1;
}

static inline void p8_hist_push(float h[4][2], const float x[2]) {
    for (int i = 0; i < 3; i++) {
        h[i][0] = h[i + 1][0];
        h[i][1] = h[i + 1][1];
    }
    h[3][0] = x[0];
    h[3][1] = x[1];
}

static inline void p8_resampler_push_input(p8_resampler *r, const float x[2]) {
    float v[2] = {x[0], x[1]};
    if (r->in_aa.active) p8_lowpass_run(&r->in_aa, v);
    p8_hist_push(r->in_hist, v);
}

/* The tick at codec time n-1+u reads the input at n-2+u: between x[n-2] and x[n-1]. */
static inline void p8_resampler_input_at(const p8_resampler *r, float u, float y[2]) {
    const float(*h)[2] = r->in_hist;
    y[0] = p8_hermite(h[0][0], h[1][0], h[2][0], h[3][0], u);
    y[1] = p8_hermite(h[0][1], h[1][1], h[2][1], h[3][1], u);
}

static inline void p8_resampler_push_output(p8_resampler *r, const float x[2]) {
    float v[2] = {x[0], x[1]};
    if (r->out_aa.active) p8_lowpass_run(&r->out_aa, v);
    p8_hist_push(r->out_hist, v);
}

/* The codec frame at clock time K+frac reads the output at K-2+frac: between y[K-2] and y[K-1]. */
static inline void p8_resampler_output_at(p8_resampler *r, float frac, float y[2]) {
    const float(*h)[2] = r->out_hist;
    y[0] = p8_hermite(h[0][0], h[1][0], h[2][0], h[3][0], frac);
    y[1] = p8_hermite(h[0][1], h[1][1], h[2][1], h[3][1], frac);
    if (r->out_ai.active) p8_lowpass_run(&r->out_ai, y);
}

#endif
