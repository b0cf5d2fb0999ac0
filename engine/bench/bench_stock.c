/*
 * bench_stock — the stock engine's host benchmark. Driven by tools/bench.sh (which runs `run` under
 * valgrind --tool=callgrind --toggle-collect=p8_process and writes docs/bench/host.md).
 *
 *   bench_stock run <program> <clock_hz> <frames>   process `frames` of noise at 48 kHz (for callgrind)
 *   bench_stock time                                ns per stereo frame, every program, several clocks
 *   bench_stock response                            whole engine: gain and everything else per tone and clock
 *   bench_stock resampler                           the resampler alone (float round trip): sweep figures
 *   bench_stock stages <clock_hz> <frames>          run the stage entry points once each (for callgrind)
 * Programs: nop_sub (NOP / SUB A0A0), osc_sub (OSC 8571 / SUB 578F), rnd_msk (RND 8389 / MSK FFB3),
 * mul_xor (MUL 0200 / XOR 0081), nop_nop.
 */
#define _POSIX_C_SOURCE 199309L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "p8_api.h"
#include "p8_engine.h"
#include "permut8_engine.h"

#define CODEC_HZ 48000
#define P8_PI 3.14159265358979323846

typedef struct {
    const char *name;
    int op1, w1, op2, w2;
} program;

static const program programs[] = {
    {"nop_sub", P8_OP1_NOP, 0x0000, P8_OP2_SUB, 0xA0A0}, {"osc_sub", P8_OP1_OSC, 0x8571, P8_OP2_SUB, 0x578F},
    {"rnd_msk", P8_OP1_RND, 0x8389, P8_OP2_MSK, 0xFFB3}, {"mul_xor", P8_OP1_MUL, 0x0200, P8_OP2_XOR, 0x0081},
    {"nop_nop", P8_OP1_NOP, 0x0000, P8_OP2_NOP, 0x0000},
};
#define PROGRAM_COUNT ((int)(sizeof programs / sizeof programs[0]))

static int32_t open_program(const program *p, int32_t clock_hz) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, CODEC_HZ);
    if (h < 0) return h;
    int32_t v[P8_CTRL_COUNT];
    for (int i = 0; i < P8_CTRL_COUNT; i++) v[i] = p8_get_param(h, i);
    v[P8_PARAM_CLOCK_FREQ] = clock_hz;
    v[P8_PARAM_OPERATOR_1] = p->op1;
    v[P8_PARAM_OPERAND_1_HIGH] = p->w1 >> 8;
    v[P8_PARAM_OPERAND_1_LOW] = p->w1 & 0xFF;
    v[P8_PARAM_OPERATOR_2] = p->op2;
    v[P8_PARAM_OPERAND_2_HIGH] = p->w2 >> 8;
    v[P8_PARAM_OPERAND_2_LOW] = p->w2 & 0xFF;
    v[P8_CTRL_FEEDBACK_PERMILLE] = 300;
    v[P8_CTRL_MIX_PERMILLE] = 700;
    p8_set_params(h, v, P8_CTRL_COUNT);
    return h;
}

static void fill_noise(int16_t *buf, int32_t samples, uint32_t seed) {
    for (int32_t i = 0; i < samples; i++) {
        seed = seed * 1664525u + 1013904223u;
        buf[i] = (int16_t)((int32_t)(seed >> 16) - 32768) / 2;
    }
}

static const program *find_program(const char *name) {
    for (int i = 0; i < PROGRAM_COUNT; i++)
        if (strcmp(programs[i].name, name) == 0) return &programs[i];
    return NULL;
}

static int cmd_run(const char *name, int32_t clock_hz, int32_t frames) {
    const program *p = find_program(name);
    if (!p) return 2;
    int32_t h = open_program(p, clock_hz);
    enum { CHUNK = 1024 };
    static int16_t in[2 * CHUNK], out[2 * CHUNK];
    fill_noise(in, 2 * CHUNK, 1);
    for (int i = 0; i < 8; i++) p8_process(h, in, out, CHUNK); /* settle params pickup and glides first */
    for (int32_t done = 0; done < frames; done += CHUNK) p8_process(h, in, out, CHUNK);
    printf("%s clock %d: %d frames, %d ticks\n", name, clock_hz, frames, p8_get_stat(h, P8_STAT_TICKS));
    p8_close(h);
    return 0;
}

static double now_s(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static int cmd_time(void) {
    static const int32_t clocks[] = {48000, 44100, 96000, 352800};
    enum { CHUNK = 1024, FRAMES = 48000 * 10 };
    static int16_t in[2 * CHUNK], out[2 * CHUNK];
    fill_noise(in, 2 * CHUNK, 1);
    printf("| program | clock 48000 | clock 44100 | clock 96000 | clock 352800 |\n|---|---|---|---|---|\n");
    for (int i = 0; i < PROGRAM_COUNT; i++) {
        printf("| %s |", programs[i].name);
        for (int c = 0; c < 4; c++) {
            int32_t h = open_program(&programs[i], clocks[c]);
            p8_process(h, in, out, CHUNK);
            double best = 1e9;
            for (int rep = 0; rep < 3; rep++) {
                double t0 = now_s();
                for (int32_t done = 0; done < FRAMES; done += CHUNK) p8_process(h, in, out, CHUNK);
                double ns = (now_s() - t0) * 1e9 / FRAMES;
                best = ns < best ? ns : best;
            }
            printf(" %.1f |", best);
            p8_close(h);
        }
        printf("\n");
    }
    return 0;
}

/* Gain (dB) at `hz`, and the energy at every other frequency relative to the input (dB): aliases, images,
 * quantisation. NOP/NOP, mix 100 %, sine at -6 dBFS. */

/* Least-squares fit of a sine and a cosine at `hz` to the left channel of y over frames skip..n-1: the fitted
 * tone's level and everything else (aliases, images, noise), in dB re the input x. y and x are interleaved stereo,
 * int16 when *_is_int16, else float. */
static double sample_at(const void *buf, int is_int16, int32_t frame) {
    return is_int16 ? (double)((const int16_t *)buf)[2 * frame] : (double)((const float *)buf)[2 * frame];
}

static void tone_fit(const void *y_buf, int y_int16, const void *x_buf, int x_int16, int32_t n, int32_t skip,
                     double hz, double *gain_db, double *other_db) {
    double ss = 0, cc = 0, sc = 0, ys = 0, yc = 0, yy = 0, xx = 0;
    for (int32_t i = skip; i < n; i++) {
        double sn = sin(2.0 * P8_PI * hz * i / CODEC_HZ), cs = cos(2.0 * P8_PI * hz * i / CODEC_HZ);
        double y = sample_at(y_buf, y_int16, i), x = sample_at(x_buf, x_int16, i);
        ss += sn * sn, cc += cs * cs, sc += sn * cs, ys += y * sn, yc += y * cs, yy += y * y;
        xx += x * x;
    }
    double det = ss * cc - sc * sc, a = (ys * cc - yc * sc) / det, b = (yc * ss - ys * sc) / det;
    double fit = a * a * ss + 2 * a * b * sc + b * b * cc;
    *gain_db = 10.0 * log10(fit / xx > 1e-30 ? fit / xx : 1e-30);
    *other_db = 10.0 * log10((yy - fit > 1e-30 * xx ? yy - fit : 1e-30 * xx) / xx);
}

static void measure_tone(int32_t clock_hz, double hz, double *gain_db, double *other_db) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, CODEC_HZ);
    p8_set_param(h, P8_PARAM_CLOCK_FREQ, clock_hz);
    enum { N = 65536, SKIP = 16384 };
    int16_t *in = calloc(2 * N, sizeof *in), *out = calloc(2 * N, sizeof *out);
    for (int32_t i = 0; i < N; i++) in[2 * i] = in[2 * i + 1] = (int16_t)lrint(16384.0 * sin(2.0 * P8_PI * hz * i / CODEC_HZ));
    p8_process(h, in, out, N);
    tone_fit(out, 1, in, 1, N, SKIP, hz, gain_db, other_db);
    free(in);
    free(out);
    p8_close(h);
}

static int cmd_response(void) {
    static const int32_t clocks[] = {48000, 44100, 24000, 16000, 96000, 352800};
    static const double tones[] = {100, 1000, 5000, 10000, 15000, 20000};
    printf("Gain at the tone / everything else (aliases, images, 12-bit noise), dB re input; sine -6 dBFS.\n\n");
    printf("| clock Hz |");
    for (int t = 0; t < 6; t++) printf(" %.0f Hz |", tones[t]);
    printf("\n|---|---|---|---|---|---|---|\n");
    for (int c = 0; c < 6; c++) {
        printf("| %d |", clocks[c]);
        for (int t = 0; t < 6; t++) {
            double g, o;
            measure_tone(clocks[c], tones[t], &g, &o);
            printf(" %.2f / %.1f |", g, o);
        }
        printf("\n");
    }
    return 0;
}

/* The resampler alone, codec -> clock -> codec in float (p8_engine_bench_resample: no 12-bit memory, no chain),
 * for a tone of `hz` at 1000 (12-bit units): gain at the tone and everything else, dB re input. */
static void resampler_tone(int32_t clock_hz, double hz, double *gain_db, double *other_db) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, CODEC_HZ);
    p8_set_param(h, P8_PARAM_CLOCK_FREQ, clock_hz);
    int16_t warm[2 * 32] = {0};
    p8_process(h, warm, warm, 32);
    enum { N = 12288, SKIP = 4096 };
    float *in = calloc(2 * N, sizeof *in), *out = calloc(2 * N, sizeof *out);
    for (int32_t i = 0; i < N; i++) in[2 * i] = in[2 * i + 1] = (float)(1000.0 * sin(2.0 * P8_PI * hz * i / CODEC_HZ));
    p8_engine_bench_resample(p8_api_engine(h), in, out, N);
    tone_fit(out, 0, in, 0, N, SKIP, hz, gain_db, other_db);
    free(in);
    free(out);
    p8_close(h);
}

static int cmd_resampler(void) {
    static const int32_t clocks[] = {44100, 32000, 24000, 16000, 96000, 352800};
    printf("Tones every 250 Hz from 250 Hz to 23750 Hz, amplitude 1000 (12-bit units), codec 48 kHz, float round\n");
    printf("trip codec -> clock -> codec. *lower* = the lower of clock and codec rate.\n\n");
    printf("| clock Hz | ripple, tones <= 0.35 x lower | level at 15 kHz | -0.1 dB up to | -3 dB at | -60 dB from |"
           " worst alias/image, any tone | worst alias/image, tones <= 0.45 x lower |\n");
    printf("|---|---|---|---|---|---|---|---|\n");
    for (int c = 0; c < (int)(sizeof clocks / sizeof clocks[0]); c++) {
        double lower = clocks[c] < CODEC_HZ ? clocks[c] : CODEC_HZ;
        double gmax = -999, gmin = 999, g15 = 0, flat = 0, minus3 = 0, minus60 = 0, worst = -999, worst_pass = -999;
        for (double hz = 250.0; hz < 23800.0; hz += 250.0) {
            double g, o;
            resampler_tone(clocks[c], hz, &g, &o);
            if (hz <= 0.35 * lower) gmax = g > gmax ? g : gmax, gmin = g < gmin ? g : gmin;
            if (hz == 15000.0) g15 = g;
            if (g >= -0.1 && flat == hz - 250.0) flat = hz;
            if (g < -3.0 && minus3 == 0) minus3 = hz;
            if (g < -60.0 && minus60 == 0) minus60 = hz;
            worst = o > worst ? o : worst;
            if (hz <= 0.45 * lower) worst_pass = o > worst_pass ? o : worst_pass;
        }
        char m60[16] = "above 23750 Hz";
        if (minus60 > 0) snprintf(m60, sizeof m60, "%.0f Hz", minus60);
        printf("| %d | %.4f dB | %.2f dB | %.0f Hz | %.0f Hz | %s | %.1f dB | %.1f dB |\n", clocks[c], gmax - gmin,
               g15 < -150.0 ? -150.0 : g15, flat, minus3, m60, worst, worst_pass);
    }
    return 0;
}

static int cmd_stages(int32_t clock_hz, int32_t frames) {
    int32_t h = open_program(&programs[0], clock_hz);
    p8_engine *e = p8_api_engine(h);
    enum { CHUNK = 256 };
    static int16_t in[2 * CHUNK], out[2 * CHUNK];
    static int32_t in12[2 * CHUNK], out16[2 * CHUNK];
    static float fin[2 * CHUNK], fout[2 * CHUNK];
    fill_noise(in, 2 * CHUNK, 3);
    for (int i = 0; i < 2 * CHUNK; i++) in12[i] = in[i] >> 4, fin[i] = (float)in[i] / 16.0f;
    int16_t warm[2 * 32] = {0};
    p8_process(h, warm, warm, 32);
    for (int32_t done = 0; done < frames; done += CHUNK) {
        p8_engine_bench_ticks(e, in12, out16, CHUNK);
        p8_engine_bench_chain(e, in, out, CHUNK);
        p8_engine_bench_resample(e, fin, fout, CHUNK);
    }
    p8_close(h);
    return 0;
}

int main(int argc, char **argv) {
    if (argc >= 5 && strcmp(argv[1], "run") == 0) return cmd_run(argv[2], atoi(argv[3]), atoi(argv[4]));
    if (argc >= 2 && strcmp(argv[1], "time") == 0) return cmd_time();
    if (argc >= 2 && strcmp(argv[1], "response") == 0) return cmd_response();
    if (argc >= 2 && strcmp(argv[1], "resampler") == 0) return cmd_resampler();
    if (argc >= 4 && strcmp(argv[1], "stages") == 0) return cmd_stages(atoi(argv[2]), atoi(argv[3]));
    fprintf(stderr, "usage: bench_stock run <program> <clock_hz> <frames> | time | response | resampler | stages <clock_hz> <frames>\n");
    return 2;
}
