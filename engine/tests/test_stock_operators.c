/*
 * Stock operators through the API, in conformance mode (one tick per codec frame, input >> 4, output << 4) so
 * every expectation is in ticks. Expected read addresses follow spec §4.3 and the choices in
 * engine/src/STOCK_CHOICES.md (OSC period, RND PRNG, XOR stereo offset, MSK step order).
 */
#include "p8_stock_util.h"
#include "p8_test.h"

static int32_t open_conf(int op1, int w1, int op2, int w2) {
    int32_t h = su_open(48000, op1, w1, op2, w2);
    if (h >= 0) p8_set_param(h, P8_CTRL_CONFORMANCE, 1);
    return h;
}

/* Preloads memory with a pattern, write-protects it and checks that tick c reads pattern[address(c, ch)]. */
static void check_addresses(int32_t h, int32_t frames, int32_t (*address)(int32_t c, int ch)) {
    int16_t *pattern = su_alloc(65536), *in = su_alloc(frames), *out = su_alloc(frames);
    uint32_t seed = 5;
    for (int32_t i = 0; i < 2 * 65536; i++) pattern[i] = (int16_t)su_noise12(&seed);
    p8_memory_write(h, 0, 65536, pattern);
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_WRITE_PROTECT);
    su_render(h, in, out, frames);
    int32_t bad = 0;
    for (int32_t c = 0; c < frames; c++)
        for (int ch = 0; ch < 2; ch++) bad += out[2 * c + ch] != pattern[2 * (address(c, ch) & 0xFFFF) + ch] * 16;
    P8_CHECK_EQ(0, bad);
    free(pattern);
    free(in);
    free(out);
}

static int32_t or_low_bits(int32_t c, int ch) { (void)ch; return c | 14; }
P8_TEST(or_000e_sets_address_bits_1_to_3) {
    int32_t h = open_conf(0, 0, P8_OP2_OR, 0x000E);
    P8_REQUIRE(h >= 0);
    check_addresses(h, 4096, or_low_bits);
    p8_close(h);
}

static int32_t xor_7ffe(int32_t c, int ch) { (void)ch; return c ^ 0x7FFE; }
P8_TEST(xor_7ffe_moves_the_read_position_backwards) {
    int32_t h = open_conf(0, 0, P8_OP2_XOR, 0x7FFE);
    P8_REQUIRE(h >= 0);
    check_addresses(h, 4096, xor_7ffe);
    p8_close(h);
}

static int32_t xor_stereo(int32_t c, int ch) { return ch ? (c - 0x4000) ^ 0x0F00 : c ^ 0x0F00; }
P8_TEST(xor_msb_offsets_the_right_channel_a_quarter_cycle) {
    int32_t h = open_conf(0, 0, P8_OP2_XOR, 0x8F00);
    P8_REQUIRE(h >= 0);
    check_addresses(h, 4096, xor_stereo);
    p8_close(h);
}

static int32_t msk_first_eighth(int32_t c, int ch) { (void)ch; return c < 8192 ? 0 : c; }
P8_TEST(msk_step_mask_msb_is_the_first_eighth_and_off_steps_ignore_instruction_1) {
    int32_t h = open_conf(P8_OP1_MUL, 0x0000, P8_OP2_MSK, 0x8000); /* MUL 0000 = stop: reads address 0 */
    P8_REQUIRE(h >= 0);
    check_addresses(h, 16384 + 1024, msk_first_eighth);
    p8_close(h);
}

static int32_t mul_then_sub(int32_t c, int ch) { return 2 * c - (ch ? 0 : 1); }
P8_TEST(slot_2_works_on_slot_1s_result) {
    int32_t h = open_conf(P8_OP1_MUL, 0x0200, P8_OP2_SUB, 0x0100); /* E8[1] = 1 frame on the left */
    P8_REQUIRE(h >= 0);
    check_addresses(h, 4096, mul_then_sub);
    p8_close(h);
}

static int32_t half_speed(int32_t c, int ch) { (void)ch; return c / 2; }
P8_TEST(mul_0080_reads_at_half_speed_interpolating_between_frames) {
    int32_t h = open_conf(P8_OP1_MUL, 0x0080, 0, 0);
    P8_REQUIRE(h >= 0);
    int16_t *pattern = su_alloc(65536), *in = su_alloc(4096), *out = su_alloc(4096);
    for (int32_t i = 0; i < 65536; i++) pattern[2 * i] = pattern[2 * i + 1] = (int16_t)((i % 64) * 10);
    p8_memory_write(h, 0, 65536, pattern);
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_WRITE_PROTECT);
    su_render(h, in, out, 4096);
    int32_t bad = 0;
    for (int32_t c = 0; c < 4096; c++) { /* odd ticks sit halfway (fraction 8/16) between two frames */
        int32_t a = pattern[2 * half_speed(c, 0)], b = pattern[2 * (half_speed(c, 0) + 1)];
        int32_t expected = (c & 1) ? (a * 16 + b * 16) / 2 : a * 16;
        bad += out[2 * c] != expected;
    }
    P8_CHECK_EQ(0, bad);
    free(pattern);
    free(in);
    free(out);
    p8_close(h);
}

/* Read offset behind the write head of the last tick of a render, in 16.4, from the display. */
static int32_t offset_after(int32_t h, int32_t frames, int ch) {
    int16_t *buf = su_alloc(frames);
    su_render(h, buf, buf, frames);
    free(buf);
    int32_t d[P8_DISPLAY_FIELDS];
    p8_get_display(h, d, P8_DISPLAY_FIELDS);
    return ((d[P8_DISPLAY_WRITE_FRAME] << 4) - d[ch ? P8_DISPLAY_READ_RIGHT : P8_DISPLAY_READ_LEFT]) & 0xFFFFF;
}

P8_TEST(osc_rate_0_is_a_fixed_delay_on_the_sub_scale) {
    int32_t h = open_conf(P8_OP1_OSC, 0x00A0, 0, 0);
    P8_REQUIRE(h >= 0);
    P8_CHECK_EQ(1024 * 16, offset_after(h, 256, 0));
    P8_CHECK_EQ(1024 * 16, offset_after(h, 256, 1));
    p8_close(h);
}

P8_TEST(osc_triangle_lasts_2_20_ticks_over_the_rate_and_starts_at_zero_delay) {
    /* OSC 40A0: rate E7[0x40] = 128 -> one triangle = 2^20 / 128 = 8192 ticks; depth E8[0xA0] = 1024 frames.
     * Tick k (from 0) of the first cycle is k/4096 of the depth on the way up, (8192-k)/4096 on the way down. */
    int32_t h = open_conf(P8_OP1_OSC, 0x40A0, 0, 0);
    P8_REQUIRE(h >= 0);
    P8_CHECK_EQ((int32_t)(1024.0 * 16.0 * 4095.0 / 4096.0), offset_after(h, 4096, 0));
    P8_CHECK_EQ((int32_t)(1024.0 * 16.0 * 1.0 / 4096.0), offset_after(h, 4096, 0)); /* tick 8191 */
    p8_close(h);
}

P8_TEST(osc_msb_mirrors_the_right_channel) {
    int32_t h = open_conf(P8_OP1_OSC, 0xC0A0, 0, 0); /* same rate and depth as 40A0, stereo */
    P8_REQUIRE(h >= 0);
    P8_CHECK_EQ((int32_t)(1024.0 * 16.0 * 1.0 / 4096.0), offset_after(h, 4096, 1)); /* tick 4095 */
    int32_t d[P8_DISPLAY_FIELDS];
    p8_get_display(h, d, P8_DISPLAY_FIELDS);
    P8_CHECK_EQ((int32_t)(1024.0 * 16.0 * 4095.0 / 4096.0), ((d[P8_DISPLAY_WRITE_FRAME] << 4) - d[P8_DISPLAY_READ_LEFT]) & 0xFFFFF);
    p8_close(h);
}

P8_TEST(odd_bitwise_operand_also_sets_the_four_fraction_bits) {
    /* OR 0001: address bit 0 and the fraction 15/16: tick c reads 1/16 of A[c|1] and 15/16 of A[(c|1)+1] */
    int32_t h = open_conf(0, 0, P8_OP2_OR, 0x0001);
    P8_REQUIRE(h >= 0);
    int16_t *pattern = su_alloc(65536), *buf = su_alloc(1024);
    for (int32_t i = 0; i < 65536; i++) pattern[2 * i] = pattern[2 * i + 1] = (int16_t)((i * 37) % 2000 - 1000);
    p8_memory_write(h, 0, 65536, pattern);
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_WRITE_PROTECT);
    su_render(h, buf, buf, 1024);
    int32_t bad = 0;
    for (int32_t c = 0; c < 1024; c++) {
        int32_t a = pattern[2 * (c | 1)], b = pattern[2 * ((c | 1) + 1)];
        bad += buf[2 * c] != a + 15 * b; /* (a*16 + (b-a)*15) */
    }
    P8_CHECK_EQ(0, bad);
    free(pattern);
    free(buf);
    p8_close(h);
}

static uint32_t xorshift32(uint32_t x) { /* the documented PRNG (STOCK_CHOICES.md), written out here */
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return x;
}

P8_TEST(rnd_rate_0_holds_a_documented_random_offset_for_each_memory_cycle) {
    int32_t h = open_conf(P8_OP1_RND, 0x00FF, 0, 0); /* depth E8[0xFF] = 0xFFFF */
    P8_REQUIRE(h >= 0);
    uint32_t first = xorshift32(0x2545F491u), second = xorshift32(first);
    int32_t expect1 = (int32_t)((0xFFFFu * (first >> 16)) >> 12), expect2 = (int32_t)((0xFFFFu * (second >> 16)) >> 12);
    P8_CHECK_EQ(expect1, offset_after(h, 1024, 0));
    P8_CHECK_EQ(expect1, offset_after(h, 65536 - 1024, 0)); /* last tick of the first cycle */
    P8_CHECK_EQ(expect2, offset_after(h, 32, 0));
    P8_CHECK_EQ(expect2, offset_after(h, 32, 1)); /* no MSB: the right channel follows the left */
    p8_close(h);
}

P8_TEST(rnd_msb_gives_the_right_channel_its_own_offsets) {
    int32_t h = open_conf(P8_OP1_RND, 0x80FF, 0, 0);
    P8_REQUIRE(h >= 0);
    uint32_t right = xorshift32(0x9E3779B9u);
    P8_CHECK_EQ((int32_t)((0xFFFFu * (right >> 16)) >> 12), offset_after(h, 1024, 1));
    P8_CHECK(offset_after(h, 32, 0) != offset_after(h, 32, 1));
    p8_close(h);
}

P8_TEST(rnd_sweeps_smoothly_and_restarts_the_same_sequence_after_reset) {
    int32_t h = open_conf(P8_OP1_RND, 0x60C0, 0, 0);
    P8_REQUIRE(h >= 0);
    enum { N = 200 };
    int32_t a[N], b[N];
    for (int i = 0; i < N; i++) a[i] = offset_after(h, 32, 0);
    /* RND 60C0: rate E7[0x60] = 2048 sweeps the whole depth (E8[0xC0] = 4096 frames) in half an OSC cycle,
     * 2^19 / 2048 = 256 ticks: at most 4096 * 32 / 256 = 512 frames per 32-tick block. */
    int32_t jumps = 0, moving = 0;
    for (int i = 1; i < N; i++) {
        jumps += abs(a[i] - a[i - 1]) > 512 * 16 + 1;
        moving += a[i] != a[i - 1];
    }
    P8_CHECK(moving > N / 2);
    P8_CHECK_EQ(0, jumps);
    P8_CHECK(a[0] != a[N - 1]);
    p8_set_param(h, P8_CTRL_RESET_COUNT, 1);
    for (int i = 0; i < N; i++) b[i] = offset_after(h, 32, 0);
    P8_CHECK(memcmp(a, b, sizeof a) == 0);
    p8_close(h);
}

int main(void) {
    return P8_RUN(or_000e_sets_address_bits_1_to_3, xor_7ffe_moves_the_read_position_backwards,
                  odd_bitwise_operand_also_sets_the_four_fraction_bits,
                  xor_msb_offsets_the_right_channel_a_quarter_cycle,
                  msk_step_mask_msb_is_the_first_eighth_and_off_steps_ignore_instruction_1,
                  slot_2_works_on_slot_1s_result, mul_0080_reads_at_half_speed_interpolating_between_frames,
                  osc_rate_0_is_a_fixed_delay_on_the_sub_scale,
                  osc_triangle_lasts_2_20_ticks_over_the_rate_and_starts_at_zero_delay, osc_msb_mirrors_the_right_channel,
                  rnd_rate_0_holds_a_documented_random_offset_for_each_memory_cycle,
                  rnd_msb_gives_the_right_channel_its_own_offsets,
                  rnd_sweeps_smoothly_and_restarts_the_same_sequence_after_reset);
}
