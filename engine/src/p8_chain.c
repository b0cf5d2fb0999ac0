/* p8_chain.c — see p8_chain.h and CHAIN.md (curves). */
#include "p8_chain.h"

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

static void glide_reset(p8_glide *g, float v) { g->value = g->target = g->end = v, g->step = 0.0f; }

void p8_chain_init(p8_chain *c, int32_t codec_hz, int16_t *dry_ring) {
    memset(c, 0, sizeof *c);
    c->dry = dry_ring;
    c->codec_hz = (float)codec_hz;
    c->glide_decay = (float)exp(-1.0 / (P8_GLIDE_SECONDS * codec_hz));
    c->glide_decay_block = (float)exp(-(double)P8_BLOCK_FRAMES / (P8_GLIDE_SECONDS * codec_hz));
    c->limiter_release = (float)exp(-1.0 / (P8_LIMITER_RELEASE_SECONDS * codec_hz));
    c->overs_above = P8_CHAIN_KNEE;
    glide_reset(&c->in_gain, 1.0f / 16.0f);
    glide_reset(&c->out_gain, 1.0f);
    glide_reset(&c->feedback, 0.0f);
    glide_reset(&c->mix, 1.0f);
    c->fb_sign = 1.0f;
    c->block_frames = P8_BLOCK_FRAMES;
}

void p8_chain_set(p8_chain *c, const int32_t p[P8_CTRL_COUNT]) {
    c->in_gain.target = level_gain(p[P8_CTRL_INPUT_LEVEL_CDB]) / 16.0f;
    c->out_gain.target = level_gain(p[P8_CTRL_OUTPUT_LEVEL_CDB]);
    c->feedback.target = (float)p[P8_CTRL_FEEDBACK_PERMILLE] / 1000.0f;
    c->mix.target = (float)p[P8_CTRL_MIX_PERMILLE] / 1000.0f;
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
    c->fb_sign = p[P8_CTRL_FEEDBACK_INVERT] != 0 ? -1.0f : 1.0f;
}

void p8_chain_set_latency(p8_chain *c, float frames) {
    uint32_t d = frames > 0.0f ? (frames < (float)P8_CHAIN_DRY_MAX_DELAY ? (uint32_t)(frames + 0.5f) : P8_CHAIN_DRY_MAX_DELAY) : 0u;
    c->dry_delay = d;
}

void p8_chain_clear(p8_chain *c) {
    c->fb[0] = c->fb[1] = 0.0f;
    memset(c->filter.ic1, 0, sizeof c->filter.ic1);
    memset(c->filter.ic2, 0, sizeof c->filter.ic2);
    c->limiter_env = 0.0f;
    c->overs_above = P8_CHAIN_KNEE;
}

/* One-pole glide evaluated once per block: the value n frames on, reached by a linear ramp. It snaps to the
 * target within 1e-4 relative (-80 dB), so unity gains end exactly at 1 (bit-exact identity) and the float
 * recursion never stalls one ulp short. */
static void glide_plan(p8_glide *g, float decay_n, int32_t n) {
    if (g->value == g->target) {
        g->step = 0.0f;
        g->end = g->target;
        return;
    }
    float end = g->target + (g->value - g->target) * decay_n;
    float d = g->target - end, tol = 1e-4f * fabsf(g->target) + 1e-6f;
    if (d < tol && d > -tol) end = g->target;
    g->end = end;
    g->step = (end - g->value) / (float)n;
}

void p8_chain_block_begin(p8_chain *c, int32_t n) {
    float decay_n = c->glide_decay_block;
    if (n != P8_BLOCK_FRAMES) {
        decay_n = 1.0f;
        for (int32_t i = 0; i < n; i++) decay_n *= c->glide_decay;
    }
    c->block_frames = n;
    glide_plan(&c->in_gain, decay_n, n);
    glide_plan(&c->out_gain, decay_n, n);
    glide_plan(&c->feedback, decay_n, n);
    glide_plan(&c->mix, decay_n, n);
}

/* Limiter: stereo-linked peak envelope with instant attack and exponential release, threshold full scale.
 * An envelope at or below full scale changes no output now or later (a later peak above full scale replaces
 * it), so it is kept at 0 there and this function runs only for frames with a sample above the knee or while
 * the envelope is above full scale. Then the input soft clip. */
void p8_chain_overs(p8_chain *c, float x[2]) {
    if (c->limiter) {
        float a0 = fabsf(x[0]), a1 = fabsf(x[1]);
        float peak = a0 > a1 ? a0 : a1;
        float env = c->limiter_env * c->limiter_release;
        if (peak > env) env = peak;
        if (env > P8_CHAIN_FULL_SCALE) {
            float gain = P8_CHAIN_FULL_SCALE / env;
            x[0] *= gain;
            x[1] *= gain;
        } else {
            env = 0.0f;
        }
        c->limiter_env = env;
    } else {
        c->limiter_env = 0.0f;
    }
    c->overs_above = c->limiter_env > 0.0f ? -1.0f : P8_CHAIN_KNEE;
    x[0] = p8_soft_clip(x[0], P8_CHAIN_FULL_SCALE);
    x[1] = p8_soft_clip(x[1], P8_CHAIN_FULL_SCALE);
}

/* The dry ring holds every input frame; frame i of the block is read back `dry_delay` frames later. The block
 * is written first, so the delay is capped at P8_CHAIN_DRY_MAX_DELAY. */
static const int16_t *dry_source(p8_chain *c, const int16_t *in, int32_t n, int16_t *scratch) {
    const uint32_t mask = P8_CHAIN_DRY_FRAMES - 1u;
    uint32_t w = c->dry_pos & mask;
    if (w + (uint32_t)n <= P8_CHAIN_DRY_FRAMES) {
        memcpy(c->dry + 2u * w, in, 4u * (uint32_t)n);
    } else {
        uint32_t first = P8_CHAIN_DRY_FRAMES - w;
        memcpy(c->dry + 2u * w, in, 4u * first);
        memcpy(c->dry, in + 2u * first, 4u * ((uint32_t)n - first));
    }
    uint32_t from = c->dry_pos - c->dry_delay;
    c->dry_pos += (uint32_t)n;
    if (c->dry_delay == 0) return in;
    uint32_t r = from & mask;
    if (r + (uint32_t)n <= P8_CHAIN_DRY_FRAMES) return c->dry + 2u * r;
    uint32_t first = P8_CHAIN_DRY_FRAMES - r;
    memcpy(scratch, c->dry + 2u * r, 4u * first);
    memcpy(scratch + 2u * first, c->dry, 4u * ((uint32_t)n - first));
    return scratch;
}

void p8_chain_output_block(p8_chain *c, const int16_t *in, const float *wet, int16_t *out) {
    const int32_t n = c->block_frames;
    int16_t scratch[2 * P8_BLOCK_FRAMES];
    const int16_t *d = dry_source(c, in, n, scratch);
    float og = c->out_gain.value, dog = c->out_gain.step;
    float m = c->mix.value, dm = c->mix.step;
    if (m == 1.0f && dm == 0.0f) { /* wet only (the power-up setting) */
        for (int32_t i = 0; i < n; i++, og += dog) {
            out[2 * i] = p8_round16(16.0f * p8_soft_clip(wet[2 * i] * og, P8_CHAIN_OUT_MAX));
            out[2 * i + 1] = p8_round16(16.0f * p8_soft_clip(wet[2 * i + 1] * og, P8_CHAIN_OUT_MAX));
        }
    } else {
        for (int32_t i = 0; i < n; i++, og += dog, m += dm) {
            float dmix = 1.0f - m, wmix = 16.0f * m;
            float y0 = p8_soft_clip(wet[2 * i] * og, P8_CHAIN_OUT_MAX);
            float y1 = p8_soft_clip(wet[2 * i + 1] * og, P8_CHAIN_OUT_MAX);
            out[2 * i] = p8_round16((float)d[2 * i] * dmix + y0 * wmix);
            out[2 * i + 1] = p8_round16((float)d[2 * i + 1] * dmix + y1 * wmix);
        }
    }
    c->in_gain.value = c->in_gain.end; /* the ramps end exactly where planned */
    c->out_gain.value = c->out_gain.end;
    c->feedback.value = c->feedback.end;
    c->mix.value = c->mix.end;
}
