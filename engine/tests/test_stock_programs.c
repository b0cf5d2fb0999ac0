/*
 * Factory programs of spec §7 with a derived number, through the public API. Expected delays are the spec's
 * numbers (E8 samples of §4.2 and the program table), not the engine's tables. Where clock == codec rate the
 * delay in ticks equals the delay in codec frames (the direct path), so an impulse shows it exactly.
 */
#include "p8_stock_util.h"
#include "p8_test.h"

#define LOUD (SU_KNEE12 * 16) /* the loudest impulse the chain passes exactly */

/* Renders an impulse on both channels at frame `at`; returns the output (caller frees). */
static int16_t *impulse_response(int32_t h, int32_t frames, int32_t at) {
    int16_t *in = su_alloc(frames), *out = su_alloc(frames);
    in[2 * at] = in[2 * at + 1] = LOUD;
    su_render(h, in, out, frames);
    free(in);
    return out;
}

static void check_single_echo(int16_t *out, int32_t frames, int ch, int32_t at) {
    P8_CHECK_EQ(LOUD, out[2 * at + ch]);
    P8_CHECK_EQ(1, su_count_nonzero(out, ch, 0, frames));
}

P8_TEST(haas_sub_a000_at_128k_delays_left_1024_ticks_right_0) {
    int32_t h = su_open(128240, 0, 0, P8_OP2_SUB, 0xA000);
    P8_REQUIRE(h >= 0);
    P8_CHECK_EQ(128240, p8_get_param(h, P8_PARAM_CLOCK_FREQ));
    int16_t *out = impulse_response(h, 2048, 100);
    check_single_echo(out, 2048, 0, 100 + 1024);
    check_single_echo(out, 2048, 1, 100);
    free(out);
    p8_close(h);
}

P8_TEST(sub_f0f0_delays_both_channels_half_a_memory_cycle) {
    int32_t h = su_open(48000, 0, 0, P8_OP2_SUB, 0xF0F0);
    P8_REQUIRE(h >= 0);
    int32_t frames = 32768 + 256;
    int16_t *out = impulse_response(h, frames, 100);
    check_single_echo(out, frames, 0, 100 + 65536 / 2);
    check_single_echo(out, frames, 1, 100 + 65536 / 2);
    free(out);
    p8_close(h);
}

P8_TEST(delay_3_16_msk_ffe0_at_half_dotted_is_a_quarter_cycle) {
    /* 1/2 dotted = 3/4 of a whole note per memory cycle; at 135 BPM that is 65536 / (3/4 * 4 * 60/135) Hz
     * = 49152 Hz, so with a 49152 Hz codec one tick = one frame. 0x4000 ticks = 1/4 cycle = 3/16 note. */
    int32_t h = su_open(49152, 0, 0, P8_OP2_MSK, 0xFFE0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_CTRL_TEMPO_CENTI_BPM, 13500);
    p8_set_param(h, P8_CTRL_SYNC_DIVISION, 4);
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_SYNC | P8_SWITCH_DOTTED);
    int32_t frames = 16384 + 256;
    int16_t *out = impulse_response(h, frames, 100);
    check_single_echo(out, frames, 0, 100 + 0x4000);
    check_single_echo(out, frames, 1, 100 + 0x4000);
    free(out);
    p8_close(h);
}

P8_TEST(doubling_echo_sub_b2b6_delays_2304_and_2816) {
    int32_t h = su_open(44100, 0, 0, P8_OP2_SUB, 0xB2B6);
    P8_REQUIRE(h >= 0);
    int16_t *out = impulse_response(h, 4096, 64);
    check_single_echo(out, 4096, 0, 64 + 2304);
    check_single_echo(out, 4096, 1, 64 + 2816);
    free(out);
    p8_close(h);
}

P8_TEST(slapback_msk_ffb3_delays_both_2432) {
    int32_t h = su_open(24300, 0, 0, P8_OP2_MSK, 0xFFB3);
    P8_REQUIRE(h >= 0);
    int16_t *out = impulse_response(h, 4096, 64);
    check_single_echo(out, 4096, 0, 64 + 2432);
    check_single_echo(out, 4096, 1, 64 + 2432);
    free(out);
    p8_close(h);
}

/* Noise in, first memory cycle out: out[c] must be in[source(c)] for each tick c (clock starts at 0). */
static void check_reads(int32_t h, int32_t frames, int32_t (*source)(int32_t c)) {
    int16_t *in = su_alloc(frames), *out = su_alloc(frames);
    uint32_t seed = 7;
    for (int32_t i = 0; i < 2 * frames; i++) in[i] = (int16_t)(su_noise_knee(&seed) * 16);
    su_render(h, in, out, frames);
    int32_t bad = 0;
    for (int32_t c = 0; c < frames; c++)
        for (int ch = 0; ch < 2; ch++) bad += out[2 * c + ch] != in[2 * source(c) + ch];
    P8_CHECK_EQ(0, bad);
    free(in);
    free(out);
}

static int32_t held_16(int32_t c) { return c & ~15; }

P8_TEST(sr_decimation_and_000f_holds_each_value_16_ticks) {
    int32_t h = su_open(44100, P8_OP1_AND, 0x000F, 0, 0);
    P8_REQUIRE(h >= 0);
    check_reads(h, 8192, held_16);
    p8_close(h);
}

/* Each quarter (16384 ticks at 1/1) replays its first sixteenth (4096 ticks) four times. */
static int32_t first_sixteenth_of_quarter(int32_t c) { return (c / 16384) * 16384 + c % 4096; }

P8_TEST(beat_repeat_and_3000_at_1_1_repeats_each_quarters_first_16th_four_times) {
    /* 1/1 at 120 BPM: one cycle per 2 s bar, 32768 Hz (spec 1.9); a 32768 Hz codec makes ticks = frames */
    int32_t h = su_open(32768, P8_OP1_AND, 0x3000, P8_OP2_OR, 0x0000);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_CTRL_TEMPO_CENTI_BPM, 12000);
    p8_set_param(h, P8_CTRL_SYNC_DIVISION, 3);
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_SYNC);
    check_reads(h, 65536, first_sixteenth_of_quarter);
    p8_close(h);
}

/* Memory preloaded with a known pattern and write-protected: the output shows which address is read. */
static void check_mul_reads(int w, int32_t (*address)(int32_t c)) {
    int32_t h = su_open(32768, P8_OP1_MUL, w, 0, 0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_CTRL_SYNC_DIVISION, 3);
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_SYNC | P8_SWITCH_WRITE_PROTECT);
    int16_t *pattern = su_alloc(65536), *in = su_alloc(65536), *out = su_alloc(65536);
    uint32_t seed = 3;
    for (int32_t i = 0; i < 2 * 65536; i++) pattern[i] = (int16_t)su_noise_knee(&seed);
    for (int32_t i = 0; i < 2 * 65536; i++) in[i] = (int16_t)(su_noise_knee(&seed) * 16);
    p8_memory_write(h, 0, 65536, pattern);
    su_render(h, in, out, 65536);
    int32_t bad = 0;
    for (int32_t c = 0; c < 65536; c++)
        for (int ch = 0; ch < 2; ch++) bad += out[2 * c + ch] != pattern[2 * address(c) + ch] * 16;
    P8_CHECK_EQ(0, bad);
    free(pattern);
    free(in);
    free(out);
    p8_close(h);
}

static int32_t twice(int32_t c) { return (2 * c) & 0xFFFF; }
static int32_t backwards(int32_t c) { return (-c) & 0xFFFF; }

P8_TEST(double_speed_bar_mul_0200_reads_two_frames_per_tick) { check_mul_reads(0x0200, twice); }

P8_TEST(backwards_bar_mul_8100_reads_backwards) { check_mul_reads(0x8100, backwards); }

P8_TEST(rev_with_sub_d_delays_65536_minus_d_and_sub_00_a_full_cycle) {
    int32_t h = su_open(48000, 0, 0, P8_OP2_SUB, 0xA000); /* L: d = 1024, R: d = 0 */
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_REVERSE);
    int32_t frames = 65536 + 256;
    int16_t *out = impulse_response(h, frames, 100);
    check_single_echo(out, frames, 0, 100 + 65536 - 1024);
    check_single_echo(out, frames, 1, 100 + 65536);
    free(out);
    p8_close(h);
}

P8_TEST(write_protect_keeps_memory_unchanged_while_input_is_loud) {
    int32_t h = su_open(48000, P8_OP1_RND, 0x8080, P8_OP2_SUB, 0x1234);
    P8_REQUIRE(h >= 0);
    int16_t *pattern = su_alloc(65536), *in = su_alloc(70016), *out = su_alloc(70016), *after = su_alloc(65536);
    uint32_t seed = 11;
    for (int32_t i = 0; i < 2 * 65536; i++) pattern[i] = (int16_t)su_noise12(&seed);
    for (int32_t i = 0; i < 2 * 70016; i++) in[i] = (i & 2) ? 32767 : -32768;
    p8_memory_write(h, 0, 65536, pattern);
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_WRITE_PROTECT);
    p8_set_param(h, P8_CTRL_FEEDBACK_PERMILLE, 1000);
    p8_set_param(h, P8_CTRL_INPUT_LEVEL_CDB, 2400);
    su_render(h, in, out, 70016);
    p8_memory_read(h, 0, 65536, after);
    P8_CHECK(memcmp(pattern, after, 65536u * 4u) == 0);
    free(pattern);
    free(in);
    free(out);
    free(after);
    p8_close(h);
}

/* The engine runs the stock operators in its own copy of the tick unless ticks are traced (then the tick with
 * every hook runs): both must give the same samples, forward and REV, direct and resampled. */
static int16_t *render_program(int op1, int w1, int op2, int w2, int32_t clock_hz, int32_t switches, int trace) {
    enum { N = 8192 };
    int32_t h = su_open(48000, op1, w1, op2, w2);
    if (h < 0) return NULL;
    p8_set_param(h, P8_PARAM_CLOCK_FREQ, clock_hz);
    p8_set_param(h, P8_PARAM_SWITCHES, switches);
    p8_set_param(h, P8_CTRL_FEEDBACK_PERMILLE, 400);
    p8_set_param(h, P8_CTRL_MIX_PERMILLE, 700);
    p8_set_param(h, P8_CTRL_TICK_TRACE, trace);
    int16_t *in = su_alloc(N), *out = su_alloc(N);
    uint32_t seed = 5;
    for (int32_t i = 0; i < 2 * N; i++) in[i] = (int16_t)(su_noise12(&seed) * 16);
    su_render(h, in, out, N);
    free(in);
    p8_close(h);
    return out;
}

P8_TEST(traced_and_untraced_ticks_render_the_same_samples) {
    static const int32_t cases[][6] = {
        {P8_OP1_OSC, 0x8571, P8_OP2_SUB, 0x578F, 48000, 0},
        {P8_OP1_RND, 0x8389, P8_OP2_MSK, 0xFFB3, 44100, 0},
        {P8_OP1_MUL, 0x0180, P8_OP2_XOR, 0x8081, 96000, P8_SWITCH_REVERSE},
        {P8_OP1_AND, 0x000F, P8_OP2_OR, 0x0101, 48000, P8_SWITCH_REVERSE},
        {P8_OP1_NOP, 0, P8_OP2_SUB, 0xA0A0, 30000, P8_SWITCH_WRITE_PROTECT},
    };
    for (int n = 0; n < (int)(sizeof cases / sizeof cases[0]); n++) {
        const int32_t *c = cases[n];
        int16_t *a = render_program(c[0], c[1], c[2], c[3], c[4], c[5], 0);
        int16_t *b = render_program(c[0], c[1], c[2], c[3], c[4], c[5], 1);
        P8_REQUIRE(a && b);
        P8_CHECK(memcmp(a, b, 8192u * 4u) == 0);
        free(a);
        free(b);
    }
}

int main(void) {
    return P8_RUN(haas_sub_a000_at_128k_delays_left_1024_ticks_right_0,
                  sub_f0f0_delays_both_channels_half_a_memory_cycle,
                  delay_3_16_msk_ffe0_at_half_dotted_is_a_quarter_cycle, doubling_echo_sub_b2b6_delays_2304_and_2816,
                  slapback_msk_ffb3_delays_both_2432, sr_decimation_and_000f_holds_each_value_16_ticks,
                  beat_repeat_and_3000_at_1_1_repeats_each_quarters_first_16th_four_times,
                  double_speed_bar_mul_0200_reads_two_frames_per_tick, backwards_bar_mul_8100_reads_backwards,
                  rev_with_sub_d_delays_65536_minus_d_and_sub_00_a_full_cycle,
                  write_protect_keeps_memory_unchanged_while_input_is_loud,
                  traced_and_untraced_ticks_render_the_same_samples);
}
