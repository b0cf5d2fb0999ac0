/* p8_resampler.c — see p8_resampler.h. Coefficients: bilinear transform with prewarping (RBJ cookbook form). */
#include "p8_resampler.h"

#include <math.h>
#include <string.h>

#define P8_BAND_EDGE 0.45     /* band-limit at 0.45 x the lower rate */
#define P8_BAND_FLOOR_HZ 1000.0 /* below this clock the band limit stays at 450 Hz: float biquads stay accurate */

/* Section Qs of Butterworth lowpasses: 1 / (2 sin((2k-1) pi / 2n)), k = 1..n/2 */
static const double p8_butter4_q[2] = {0.54119610014619698, 1.3065629648763766};
static const double p8_butter8_q[4] = {0.50979557910415918, 0.60134488693504529, 0.89997622313641570,
                                       2.5629154477415055};

static void biquad_lowpass(p8_biquad *q, double cutoff_hz, double rate_hz, double quality) {
    double w0 = 2.0 * 3.14159265358979323846 * cutoff_hz / rate_hz;
    double cw = cos(w0), alpha = sin(w0) / (2.0 * quality);
    double a0 = 1.0 + alpha;
    q->b0 = (float)((1.0 - cw) / 2.0 / a0);
    q->b1 = (float)((1.0 - cw) / a0);
    q->b2 = q->b0;
    q->a1 = (float)(-2.0 * cw / a0);
    q->a2 = (float)((1.0 - alpha) / a0);
}

void p8_lowpass_design(p8_lowpass *f, int order, double cutoff_hz, double rate_hz) {
    f->sections = order == 8 ? 4 : 2;
    for (int i = 0; i < f->sections; i++)
        biquad_lowpass(&f->s[i], cutoff_hz, rate_hz, order == 8 ? p8_butter8_q[i] : p8_butter4_q[i]);
}

/* Group delay at DC of B(z)/A(z): sum k*b_k / sum b_k - sum k*a_k / sum a_k. */
double p8_lowpass_dc_delay(const p8_lowpass *f) {
    double d = 0.0;
    for (int i = 0; i < f->sections; i++) {
        const p8_biquad *q = &f->s[i];
        double sb = (double)q->b0 + q->b1 + q->b2, kb = (double)q->b1 + 2.0 * q->b2;
        double sa = 1.0 + q->a1 + q->a2, ka = (double)q->a1 + 2.0 * q->a2;
        d += kb / sb - ka / sa;
    }
    return d;
}

void p8_resampler_init(p8_resampler *r) {
    memset(r, 0, sizeof *r);
}

static void activate(p8_lowpass *f, int on) {
    if (on && !f->active) { /* start from silence rather than from a stale state */
        for (int i = 0; i < P8_LOWPASS_MAX_SECTIONS; i++) {
            memset(f->s[i].z1, 0, sizeof f->s[i].z1);
            memset(f->s[i].z2, 0, sizeof f->s[i].z2);
        }
    }
    f->active = on;
}

void p8_resampler_set(p8_resampler *r, double clock_hz, double codec_hz) {
    int slower = clock_hz < codec_hz, faster = clock_hz > codec_hz;
    double latency = 1.0; /* input side */
    if (clock_hz > 0.0) latency += 2.0 * codec_hz / clock_hz;
    if (slower && clock_hz > 0.0) {
        double edge = P8_BAND_EDGE * (clock_hz > P8_BAND_FLOOR_HZ ? clock_hz : P8_BAND_FLOOR_HZ);
        p8_lowpass_design(&r->in_aa, 8, edge, codec_hz);
        p8_lowpass_design(&r->out_ai, 8, edge, codec_hz);
        latency += p8_lowpass_dc_delay(&r->in_aa) + p8_lowpass_dc_delay(&r->out_ai);
    }
    if (faster) {
        p8_lowpass_design(&r->out_aa, 4, P8_BAND_EDGE * codec_hz, clock_hz);
        latency += p8_lowpass_dc_delay(&r->out_aa) * codec_hz / clock_hz;
    }
    activate(&r->in_aa, slower && clock_hz > 0.0);
    activate(&r->out_ai, slower && clock_hz > 0.0);
    activate(&r->out_aa, faster);
    r->latency = (float)latency;
}
