/*
 * The analog-style chain (spec §1.1; curves in engine/src/CHAIN.md): feedback, FLIP, INVERT, MIX, glides,
 * limiter and filter. Clock = codec rate (direct path) unless stated, so echoes land on exact frames.
 * The feedback loop closes at the codec rate one frame after the read: echo n+1 follows echo n by d + 1.
 * Controls set after p8_open glide (10 ms one-pole, snapped at 1e-4): impulses come after a 6016-frame pre-roll.
 */
#define AT 6016 /* a multiple of the 32-frame block */
#include "p8_stock_util.h"
#include "p8_test.h"

#define LOUD12 1023 /* odd, so halving shows the ADC's floor; below the soft clips' knee (SU_KNEE12) */
#define LOUD (LOUD12 * 16)

static int16_t *render_impulse(int32_t h, int32_t frames, int32_t at, int left, int right) {
    int16_t *in = su_alloc(frames), *out = su_alloc(frames);
    in[2 * at] = (int16_t)(left ? LOUD : 0);
    in[2 * at + 1] = (int16_t)(right ? LOUD : 0);
    su_render(h, in, out, frames);
    free(in);
    return out;
}

P8_TEST(feedback_0_leaves_a_single_echo) {
    int32_t h = su_open(48000, 0, 0, P8_OP2_SUB, 0xA0A0);
    P8_REQUIRE(h >= 0);
    int16_t *out = render_impulse(h, 8192, 100, 1, 1);
    P8_CHECK_EQ(LOUD, out[2 * (100 + 1024)]);
    P8_CHECK_EQ(1, su_count_nonzero(out, 0, 0, 8192));
    P8_CHECK_EQ(1, su_count_nonzero(out, 1, 0, 8192));
    free(out);
    p8_close(h);
}

P8_TEST(feedback_half_repeats_the_echo_at_half_level) {
    int32_t h = su_open(48000, 0, 0, P8_OP2_SUB, 0xA0A0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_CTRL_FEEDBACK_PERMILLE, 500);
    int16_t *out = render_impulse(h, AT + 4096, AT, 1, 1);
    int32_t second = AT + 1024 + 1025;
    P8_CHECK_EQ(LOUD, out[2 * (AT + 1024)]);
    P8_CHECK_EQ((int32_t)floor(LOUD12 * 0.5) * 16, out[2 * second]); /* 12-bit ADC floors */
    P8_CHECK_EQ((int32_t)floor(floor(LOUD12 * 0.5) * 0.5) * 16, out[2 * (second + 1025)]);
    free(out);
    p8_close(h);
}

P8_TEST(flip_swaps_the_channels_in_the_feedback_path) {
    int32_t h = su_open(48000, 0, 0, P8_OP2_SUB, 0xA0A0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_CTRL_FEEDBACK_PERMILLE, 500);
    p8_set_param(h, P8_CTRL_FEEDBACK_FLIP, 1);
    int16_t *out = render_impulse(h, AT + 4096, AT, 1, 0);
    int32_t first = AT + 1024, second = first + 1025, third = second + 1025;
    P8_CHECK_EQ(LOUD, out[2 * first]);
    P8_CHECK_EQ(0, out[2 * first + 1]);
    P8_CHECK_EQ(0, out[2 * second]);
    P8_CHECK_EQ((int32_t)floor(LOUD12 * 0.5) * 16, out[2 * second + 1]);
    P8_CHECK_EQ((int32_t)floor(floor(LOUD12 * 0.5) * 0.5) * 16, out[2 * third]); /* and back again */
    free(out);
    p8_close(h);
}

P8_TEST(invert_flips_the_feedback_polarity) {
    int32_t h = su_open(48000, 0, 0, P8_OP2_SUB, 0xA0A0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_CTRL_FEEDBACK_PERMILLE, 500);
    p8_set_param(h, P8_CTRL_FEEDBACK_INVERT, 1);
    int16_t *out = render_impulse(h, AT + 4096, AT, 1, 1);
    int32_t second = AT + 1024 + 1025;
    P8_CHECK_EQ((int32_t)floor(-LOUD12 * 0.5) * 16, out[2 * second]);
    P8_CHECK_EQ((int32_t)floor(floor(-LOUD12 * 0.5) * -0.5) * 16, out[2 * (second + 1025)]);
    free(out);
    p8_close(h);
}

/* Noise through MIX 0 % while the clock is not the codec rate: the dry input comes back bit-exact, delayed
 * by the same whole number of frames as the wet impulse's peak. */
P8_TEST(mix_0_returns_the_dry_input_exactly_and_sample_aligned) {
    enum { N = 8192 };
    int32_t h = su_open(48000, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_PARAM_CLOCK_FREQ, 44100);
    int16_t *wet = render_impulse(h, 1024, 100, 1, 1);
    int32_t wet_delay = su_peak(wet, 0, 0, 1024) - 100;
    p8_close(h);
    h = su_open(48000, 0, 0, P8_OP2_SUB, 0x9090);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_PARAM_CLOCK_FREQ, 44100);
    p8_set_param(h, P8_CTRL_MIX_PERMILLE, 0);
    p8_set_param(h, P8_CTRL_FEEDBACK_PERMILLE, 700);
    int16_t *in = su_alloc(N), *out = su_alloc(N);
    uint32_t seed = 9;
    for (int32_t i = 0; i < 2 * N; i++) in[i] = (int16_t)(su_noise12(&seed) * 16 + (int32_t)(seed & 15));
    su_render(h, in, out, N);
    int32_t delay = -1;
    for (int32_t d = 0; d < 64 && delay < 0; d++)
        if (memcmp(out + 2 * (AT + d), in + 2 * AT, 8) == 0) delay = d;
    P8_REQUIRE(delay >= 0);
    P8_CHECK(abs(delay - wet_delay) <= 1);
    int32_t bad = 0;
    for (int32_t i = AT; i < N; i++) bad += memcmp(out + 2 * i, in + 2 * (i - delay), 4) != 0;
    P8_CHECK_EQ(0, bad);
    free(wet);
    free(in);
    free(out);
    p8_close(h);
}

P8_TEST(mix_100_returns_only_wet) {
    int32_t h = su_open(48000, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_WRITE_PROTECT); /* memory is silent and stays silent */
    int16_t *in = su_alloc(4096), *out = su_alloc(4096);
    for (int32_t i = 0; i < 2 * 4096; i++) in[i] = (int16_t)((i * 7919) % 60000 - 30000);
    su_render(h, in, out, 4096);
    P8_CHECK_EQ(0, su_count_nonzero(out, 0, 0, 4096));
    P8_CHECK_EQ(0, su_count_nonzero(out, 1, 0, 4096));
    free(in);
    free(out);
    p8_close(h);
}

P8_TEST(mix_half_of_aligned_dry_and_wet_is_the_input) {
    int32_t h = su_open(48000, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_CTRL_MIX_PERMILLE, 500);
    int16_t *in = su_alloc(4096), *out = su_alloc(4096);
    for (int32_t i = 0; i < 2 * 4096; i++) in[i] = (int16_t)(((i * 7919) % (2 * SU_KNEE12 + 1) - SU_KNEE12) * 16);
    su_render(h, in, out, 4096);
    P8_CHECK(memcmp(in + 2 * 2048, out + 2 * 2048, 2048u * 4u) == 0); /* after the 10 ms glide */
    free(in);
    free(out);
    p8_close(h);
}

P8_TEST(output_level_change_glides_without_a_click) {
    int32_t h = su_open(48000, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    enum { N = 9600 };
    int16_t *in = su_alloc(N), *out = su_alloc(N);
    for (int32_t i = 0; i < 2 * N; i++) in[i] = 16000;
    su_render(h, in, out, 64);
    p8_set_param(h, P8_CTRL_OUTPUT_LEVEL_CDB, -6000); /* -60 dB */
    su_render(h, in + 128, out + 128, N - 64);
    int32_t biggest = 0;
    for (int32_t i = 1; i < N; i++) biggest = abs(out[2 * i] - out[2 * i - 2]) > biggest ? abs(out[2 * i] - out[2 * i - 2]) : biggest;
    P8_CHECK(biggest < 100); /* a step would be ~16000 */
    P8_CHECK(abs(out[2 * (N - 1)] - 16) <= 1); /* 16000 x 0.001, reached within 200 ms */
    free(in);
    free(out);
    p8_close(h);
}

/* Samples at the output's ceiling (within 1 LSB of the loudest), +12 dB of input gain into the chain. */
static int32_t count_at_the_ceiling(int limiter) {
    int32_t h = su_open(48000, 0, 0, 0, 0);
    if (h < 0) return -1;
    p8_set_param(h, P8_CTRL_INPUT_LEVEL_CDB, 1200);
    p8_set_param(h, P8_CTRL_LIMITER, limiter);
    enum { N = 9600 };
    int16_t *in = su_alloc(N), *out = su_alloc(N);
    for (int32_t i = 0; i < N; i++) in[2 * i] = in[2 * i + 1] = (int16_t)(20000.0 * sin(i * 0.05));
    su_render(h, in, out, N);
    int32_t n = 0, top = 0;
    for (int32_t i = 2400; i < N; i++) top = abs(out[2 * i]) > top ? abs(out[2 * i]) : top;
    for (int32_t i = 2400; i < N; i++) n += abs(out[2 * i]) >= top - 1;
    free(in);
    free(out);
    p8_close(h);
    return top > 32767 ? -1 : n;
}

P8_TEST(limiter_rides_the_gain_instead_of_clipping) {
    int32_t clipped = count_at_the_ceiling(0), limited = count_at_the_ceiling(1);
    P8_CHECK(clipped > 1000); /* +12 dB into the soft clip: it saturates, flat tops */
    P8_CHECK(limited >= 0 && limited < clipped / 10);
}

static double tone_gain_db(int placement, int knob, double hz) {
    int32_t h = su_open(48000, 0, 0, 0, 0);
    if (h < 0) return 999.0;
    p8_set_param(h, P8_CTRL_FILTER_PLACEMENT, placement);
    p8_set_param(h, P8_CTRL_FILTER_FREQ, knob);
    enum { N = 16384 };
    int16_t *in = su_alloc(N), *out = su_alloc(N);
    for (int32_t i = 0; i < N; i++) in[2 * i] = in[2 * i + 1] = (int16_t)(16000.0 * sin(2.0 * 3.14159265 * hz * i / 48000.0));
    su_render(h, in, out, N);
    double ei = 0, eo = 0;
    for (int32_t i = 4096; i < N; i++) ei += (double)in[2 * i] * in[2 * i], eo += (double)out[2 * i] * out[2 * i];
    free(in);
    free(out);
    p8_close(h);
    return 10.0 * log10((eo + 1e-9) / ei);
}

P8_TEST(filter_knob_is_lowpass_on_the_left_half_and_highpass_on_the_right) {
    P8_CHECK(tone_gain_db(P8_FILTER_IN, -1000, 5000.0) < -40.0);
    P8_CHECK(fabs(tone_gain_db(P8_FILTER_IN, -1000, 20.0)) < 1.0);
    P8_CHECK(tone_gain_db(P8_FILTER_OUT, 1000, 300.0) < -40.0);
    P8_CHECK(fabs(tone_gain_db(P8_FILTER_OUT, 1000, 18000.0)) < 1.0);
    P8_CHECK(fabs(tone_gain_db(P8_FILTER_OFF, -1000, 5000.0)) < 0.01);
    P8_CHECK(fabs(tone_gain_db(P8_FILTER_IN, 0, 5000.0)) < 0.01);
}

P8_TEST(filter_in_the_feedback_path_leaves_the_first_echo_untouched) {
    int32_t h = su_open(48000, 0, 0, P8_OP2_SUB, 0xA0A0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_CTRL_FEEDBACK_PERMILLE, 900);
    p8_set_param(h, P8_CTRL_FILTER_PLACEMENT, P8_FILTER_FB);
    p8_set_param(h, P8_CTRL_FILTER_FREQ, -800);
    int16_t *out = render_impulse(h, AT + 4096, AT, 1, 1);
    P8_CHECK_EQ(LOUD, out[2 * (AT + 1024)]);
    P8_CHECK_EQ(1, su_count_nonzero(out, 0, 0, AT + 1024 + 1024)); /* nothing else before the second echo */
    P8_CHECK(abs(out[2 * su_peak(out, 0, AT + 2100, AT + 4096)]) < LOUD / 4); /* second echo: smeared by the lowpass */
    free(out);
    p8_close(h);
}

/* The soft clip of CHAIN.md, computed here in double: identity to the knee (1024), then
 * knee + e - e^2 / (4 (ceiling - knee)) up to knee + 2 (ceiling - knee), flat beyond. */
static double soft_clip(double x, double ceiling) {
    double a = fabs(x), span = ceiling - 1024.0, e = a - 1024.0;
    double y = a <= 1024.0 ? a : (e >= 2.0 * span ? ceiling : 1024.0 + e - e * e / (4.0 * span));
    return x < 0 ? -y : y;
}

P8_TEST(input_soft_clip_is_the_identity_to_the_knee_then_the_documented_curve) {
    static const int16_t levels[] = {16384, -16384, 17600, 24576, 32752, -32768, 1};
    for (int n = 0; n < (int)(sizeof levels / sizeof levels[0]); n++) {
        int32_t h = su_open(48000, 0, 0, 0, 0);
        P8_REQUIRE(h >= 0);
        p8_set_param(h, P8_CTRL_LIMITER, 0); /* the clip alone */
        int16_t in[2 * 32], out[2 * 32], got[2];
        for (int i = 0; i < 2 * 32; i++) in[i] = levels[n];
        p8_process(h, in, out, 32);
        p8_memory_read(h, 31, 1, got); /* the ADC floors what the clip leaves */
        P8_CHECK_EQ((int32_t)floor(soft_clip(levels[n] / 16.0, 2047.0)), got[0]);
        p8_close(h);
    }
    /* +24 dB drives it flat: full scale exactly */
    int32_t h = su_open(48000, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_CTRL_LIMITER, 0);
    p8_set_param(h, P8_CTRL_INPUT_LEVEL_CDB, 2400);
    int16_t in[2 * 32], out[2 * 32], got[2];
    for (int i = 0; i < 2 * 32; i++) in[i] = (int16_t)(i & 1 ? -16000 : 16000);
    for (int b = 0; b < AT / 32; b++) p8_process(h, in, out, 32); /* past the level's glide */
    p8_memory_read(h, AT - 1, 1, got);
    P8_CHECK_EQ(2047, got[0]);
    P8_CHECK_EQ(-2047, got[1]);
    p8_close(h);
}

P8_TEST(output_soft_clip_is_the_identity_to_the_knee_then_the_documented_curve) {
    static const int16_t values[] = {1024, -1024, 1536, 2047, -2047, 1100};
    for (int n = 0; n < (int)(sizeof values / sizeof values[0]); n++) {
        int32_t h = su_open(48000, 0, 0, 0, 0);
        P8_REQUIRE(h >= 0);
        p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_WRITE_PROTECT);
        int16_t mem[2 * 64], in[2 * 32] = {0}, out[2 * 32];
        for (int i = 0; i < 2 * 64; i++) mem[i] = values[n];
        p8_memory_write(h, 0, 64, mem);
        p8_process(h, in, out, 32);
        double y = 16.0 * soft_clip(values[n], 32767.0 / 16.0);
        P8_CHECK_EQ((int32_t)(y < 0 ? y - 0.5 : y + 0.5), out[2 * 5]);
        P8_CHECK_EQ((int32_t)(y < 0 ? y - 0.5 : y + 0.5), out[2 * 5 + 1]);
        p8_close(h);
    }
}

int main(void) {
    return P8_RUN(feedback_0_leaves_a_single_echo, feedback_half_repeats_the_echo_at_half_level,
                  flip_swaps_the_channels_in_the_feedback_path, invert_flips_the_feedback_polarity,
                  mix_0_returns_the_dry_input_exactly_and_sample_aligned, mix_100_returns_only_wet,
                  mix_half_of_aligned_dry_and_wet_is_the_input, output_level_change_glides_without_a_click,
                  limiter_rides_the_gain_instead_of_clipping,
                  filter_knob_is_lowpass_on_the_left_half_and_highpass_on_the_right,
                  filter_in_the_feedback_path_leaves_the_first_echo_untouched,
                  input_soft_clip_is_the_identity_to_the_knee_then_the_documented_curve,
                  output_soft_clip_is_the_identity_to_the_knee_then_the_documented_curve);
}
