/* p8_chain.c — see p8_chain.h and CHAIN.md (curves). */
#include "p8_chain.h"

#include <math.h>
#include <string.h>

#define P8_PI 3.14159265358979323846
#define P8_GLIDE_SECONDS 0.010
#define P8_LIMITER_RELEASE_SECONDS 0.100
#define P8_LP_TOP_HZ 20000.0
#define P8_LP_BOTTOM_HZ 30.0
#define P8_HP_BOTTOM_HZ 20.0
#define P8_HP_TOP_HZ 10000.0

static float level_gain(int32_t centi_db) { return (float)pow(10.0, (double)centi_db / 2000.0); }

double p8_chain_filter_hz(int32_t knob) {
    if (knob < 0) return P8_LP_TOP_HZ * pow(P8_LP_BOTTOM_HZ / P8_LP_TOP_HZ, (double)-knob / 1000.0);
    if (knob > 0) return P8_HP_BOTTOM_HZ * pow(P8_HP_TOP_HZ / P8_HP_BOTTOM_HZ, (double)knob / 1000.0);
    return 0.0;
}

/* Topology-preserving-transform state-variable filter, Butterworth damping (k = sqrt 2): 12 dB/octave. */
static void svf_design(p8_svf *f, int32_t knob, double rate_hz) {
    double hz = p8_chain_filter_hz(knob);
    f->mode = knob < 0 ? 1 : (knob > 0 ? 2 : 0);
    if (hz > 0.45 * rate_hz) hz = 0.45 * rate_hz;
    double g = tan(P8_PI * hz / rate_hz), k = sqrt(2.0);
    double a1 = 1.0 / (1.0 + g * (g + k));
    f->k = (float)k;
    f->a1 = (float)a1;
    f->a2 = (float)(g * a1);
    f->a3 = (float)(g * g * a1);
}

static void glide_to(p8_glide *g, float target) { g->target = target; }

void p8_chain_init(p8_chain *c, int32_t codec_hz, int16_t *dry_ring) {
    memset(c, 0, sizeof *c);
    c->dry = dry_ring;
    c->codec_hz = (float)codec_hz;
    c->glide_coef = (float)(1.0 - exp(-1.0 / (P8_GLIDE_SECONDS * codec_hz)));
    c->limiter_release = (float)exp(-1.0 / (P8_LIMITER_RELEASE_SECONDS * codec_hz));
    c->in_gain.value = c->in_gain.target = 1.0f / 16.0f;
    c->out_gain.value = c->out_gain.target = 1.0f;
    c->mix.value = c->mix.target = 1.0f;
    c->filter_knob = 0;
}

void p8_chain_set(p8_chain *c, const int32_t p[P8_CTRL_COUNT]) {
    glide_to(&c->in_gain, level_gain(p[P8_CTRL_INPUT_LEVEL_CDB]) / 16.0f);
    glide_to(&c->out_gain, level_gain(p[P8_CTRL_OUTPUT_LEVEL_CDB]));
    glide_to(&c->feedback, (float)p[P8_CTRL_FEEDBACK_PERMILLE] / 1000.0f);
    glide_to(&c->mix, (float)p[P8_CTRL_MIX_PERMILLE] / 1000.0f);
    c->gliding = c->in_gain.value != c->in_gain.target || c->out_gain.value != c->out_gain.target ||
                 c->feedback.value != c->feedback.target || c->mix.value != c->mix.target;
    int placement = p[P8_CTRL_FILTER_PLACEMENT];
    if (placement != c->placement || p[P8_CTRL_FILTER_FREQ] != c->filter_knob) {
        if ((p[P8_CTRL_FILTER_FREQ] < 0) != (c->filter_knob < 0) || placement != c->placement)
            memset(c->filter.ic1, 0, sizeof c->filter.ic1), memset(c->filter.ic2, 0, sizeof c->filter.ic2);
        c->placement = placement;
        c->filter_knob = p[P8_CTRL_FILTER_FREQ];
        svf_design(&c->filter, c->filter_knob, c->codec_hz);
        c->filter_at = c->filter.mode ? c->placement : P8_FILTER_OFF;
    }
    c->limiter = p[P8_CTRL_LIMITER] != 0;
    c->flip = p[P8_CTRL_FEEDBACK_FLIP] != 0;
    c->invert = p[P8_CTRL_FEEDBACK_INVERT] != 0;
}

void p8_chain_set_latency(p8_chain *c, float frames) {
    uint32_t d = frames > 0.0f ? (uint32_t)(frames + 0.5f) : 0u;
    c->dry_delay = d < P8_CHAIN_DRY_FRAMES ? d : P8_CHAIN_DRY_FRAMES - 1u;
}

void p8_chain_clear(p8_chain *c) {
    c->fb[0] = c->fb[1] = 0.0f;
    memset(c->filter.ic1, 0, sizeof c->filter.ic1);
    memset(c->filter.ic2, 0, sizeof c->filter.ic2);
    c->limiter_env = 0.0f;
}

/* One-pole glide; snaps within 1e-4 relative (-80 dB) so unity gains end exactly at 1 (bit-exact identity) and
 * the float recursion never stalls one ulp short of the target. */
static int glide_step(p8_glide *g, float coef) {
    float d = g->target - g->value;
    float tol = 1e-4f * (g->target > 0.0f ? g->target : -g->target) + 1e-6f;
    if (d < tol && d > -tol) {
        g->value = g->target;
        return 0;
    }
    g->value += d * coef;
    return 1;
}

void p8_chain_glide(p8_chain *c) {
    int busy = glide_step(&c->in_gain, c->glide_coef);
    busy |= glide_step(&c->out_gain, c->glide_coef);
    busy |= glide_step(&c->feedback, c->glide_coef);
    busy |= glide_step(&c->mix, c->glide_coef);
    c->gliding = busy;
}
