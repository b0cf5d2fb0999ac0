/* p8_resampler.c — see p8_resampler.h: the kernel table, form selection, latency. */
#include "p8_resampler.h"

#include <math.h>
#include <string.h>

#define P8_PI 3.14159265358979323846

/* Modified Bessel function of the first kind, order 0 (power series; converges fast for x <= 20). */
static double bessel_i0(double x) {
    double sum = 1.0, term = 1.0, q = 0.25 * x * x;
    for (int k = 1; k < 64; k++) {
        term *= q / ((double)k * (double)k);
        sum += term;
        if (term < 1e-17 * sum) break;
    }
    return sum;
}

/* The prototype at p lower-rate samples from its centre. */
static double kernel(double p) {
    double half = 0.5 * P8_RS_TAPS, t = p / half;
    if (t <= -1.0 || t >= 1.0) return 0.0;
    double window = bessel_i0(P8_RS_BETA * sqrt(1.0 - t * t)) / bessel_i0(P8_RS_BETA);
    double a = 2.0 * P8_RS_CUTOFF * p;
    double sinc = a == 0.0 ? 1.0 : sin(P8_PI * a) / (P8_PI * a);
    return 2.0 * P8_RS_CUTOFF * sinc * window;
}

void p8_resampler_init(p8_resampler *r) {
    memset(r, 0, sizeof *r);
    for (int i = 0; i <= P8_RS_PHASES; i++) {
        double row[P8_RS_TAPS], phase = (double)i / P8_RS_PHASES, sum = 0.0;
        for (int j = 0; j < P8_RS_TAPS; j++) sum += row[j] = kernel(0.5 * P8_RS_TAPS - 1.0 - j + phase);
        for (int j = 0; j < P8_RS_TAPS; j++) r->table[i].v[j] = (float)(row[j] / sum); /* DC gain exactly 1 */
    }
    for (int i = 0; i < P8_RS_PHASES; i++)
        for (int j = 0; j < P8_RS_TAPS; j++) r->table[i].s[j] = r->table[i + 1].v[j] - r->table[i].v[j];
    r->in.scale = r->out.scale = 1.0f;
}

/* Transposed form: the first TAPS sums are done (popped); move the next TAPS down and clear above them. */
void p8_rs_shift(p8_rs_side *sd) {
    for (int ch = 0; ch < 2; ch++) {
        memcpy(sd->acc[ch], sd->acc[ch] + P8_RS_TAPS, sizeof(float) * P8_RS_TAPS);
        memset(sd->acc[ch] + P8_RS_TAPS, 0, sizeof(float) * P8_RS_TAPS);
    }
    sd->head = 0;
}

static void side_form(p8_rs_side *sd, int direct, float scale) {
    if (direct != sd->direct) { /* a side's state means something else in the other form: start from silence */
        memset(sd->hist, 0, sizeof sd->hist);
        memset(sd->acc, 0, sizeof sd->acc);
        sd->pos = sd->head = 0;
        sd->direct = direct;
    }
    sd->scale = scale;
}

void p8_resampler_set(p8_resampler *r, double clock_hz, double codec_hz) {
    if (!(clock_hz > 0.0)) clock_hz = 0.0;
    side_form(&r->in, clock_hz > codec_hz, clock_hz > codec_hz ? 1.0f : (float)(clock_hz / codec_hz));
    side_form(&r->out, clock_hz < codec_hz, clock_hz < codec_hz ? 1.0f : (float)(codec_hz / clock_hz));
    double lower = clock_hz < codec_hz ? clock_hz : codec_hz;
    r->latency = lower > 0.0 ? (float)(P8_RS_TAPS * codec_hz / lower) : 1e9f;
}
