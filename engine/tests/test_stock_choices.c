/*
 * Rows of engine/src/STOCK_CHOICES.md that no other test pins: host constants (#1), MSK in REV (#8), OSC phase
 * while not selected (#14), LED update (#24), SYNC vs host position (#27), DOTTED + TRIPLET (#28), the sync clamp (#29) and changes at block
 * boundaries (#34; the two-thread half is test_stock_block_boundary.c). Expected values come from the rows and
 * the spec's numbers, not from the engine's tables.
 */
#include "p8_stock_util.h"
#include "p8_test.h"

static int32_t open_conf(int op1, int w1, int op2, int w2) {
    int32_t h = su_open(48000, op1, w1, op2, w2);
    if (h >= 0) p8_set_param(h, P8_CTRL_CONFORMANCE, 1);
    return h;
}

static void render_silence(int32_t h, int32_t frames) {
    int16_t *buf = su_alloc(frames);
    su_render(h, buf, buf, frames);
    free(buf);
}

static int32_t display(int32_t h, int field) {
    int32_t d[P8_DISPLAY_FIELDS];
    p8_get_display(h, d, P8_DISPLAY_FIELDS);
    return d[field];
}

/* Left read offset behind the write head after the last tick of the render, in 16.4 (from the display). */
static int32_t left_offset_after(int32_t h, int32_t frames) {
    render_silence(h, frames);
    return ((display(h, P8_DISPLAY_WRITE_FRAME) << 4) - display(h, P8_DISPLAY_READ_LEFT)) & 0xFFFFF;
}

/* Row 1: the literal values of the row, looked up by the SDK's host constant names. */
P8_TEST(host_constants_have_the_documented_values) {
    static const struct { const char *name; int32_t value; } rows[] = {
        {"CLOCK_FREQ_PARAM_INDEX", 0}, {"SWITCHES_PARAM_INDEX", 1}, {"OPERATOR_1_PARAM_INDEX", 2},
        {"OPERAND_1_HIGH_PARAM_INDEX", 3}, {"OPERAND_1_LOW_PARAM_INDEX", 4}, {"OPERATOR_2_PARAM_INDEX", 5},
        {"OPERAND_2_HIGH_PARAM_INDEX", 6}, {"OPERAND_2_LOW_PARAM_INDEX", 7}, {"PARAM_COUNT", 8},
        {"SWITCHES_SYNC_MASK", 0x01}, {"SWITCHES_TRIPLET_MASK", 0x02}, {"SWITCHES_DOTTED_MASK", 0x04},
        {"SWITCHES_WRITE_PROTECT_MASK", 0x08}, {"SWITCHES_REVERSE_MASK", 0x10},
        {"OPERATOR_1_NOP", 0}, {"OPERATOR_1_AND", 1}, {"OPERATOR_1_MUL", 2}, {"OPERATOR_1_OSC", 3},
        {"OPERATOR_1_RND", 4}, {"OPERATOR_2_NOP", 0}, {"OPERATOR_2_OR", 1}, {"OPERATOR_2_XOR", 2},
        {"OPERATOR_2_MSK", 3}, {"OPERATOR_2_SUB", 4},
    };
    int32_t n = p8_host_constant_count();
    for (int r = 0; r < (int)(sizeof rows / sizeof rows[0]); r++) {
        int found = 0;
        for (int32_t i = 0; i < n; i++) {
            uint8_t name[64];
            if (p8_host_constant_name(i, name, sizeof name) > 0 && strcmp((const char *)name, rows[r].name) == 0) {
                found = 1;
                P8_CHECK_EQ(rows[r].value, p8_host_constant_value(i));
            }
        }
        P8_CHECK(found);
    }
}

/* Row 8: MSK steps follow the absolute clock in REV too. MUL 0000 puts slot 1 at address 0; MSK 80A0 keeps it
 * only in the first eighth (clock 0..8191), else the base; then E8[0xA0] = 1024 frames back. In REV tick k runs
 * at clock -k, so the last eighth plays first and the first eighth comes back at tick 57345 (clock 8191). */
static int32_t msk_rev_address(int32_t k) {
    int32_t clock = (-k) & 0xFFFF;
    return ((clock < 8192 ? 0 : clock) - 1024) & 0xFFFF;
}

P8_TEST(msk_in_rev_follows_the_absolute_clock_so_the_eighths_play_in_reverse) {
    enum { N = 65536 + 1024 };
    int32_t h = open_conf(P8_OP1_MUL, 0x0000, P8_OP2_MSK, 0x80A0);
    P8_REQUIRE(h >= 0);
    int16_t *pattern = su_alloc(65536), *in = su_alloc(N), *out = su_alloc(N);
    uint32_t seed = 21;
    for (int32_t i = 0; i < 2 * 65536; i++) pattern[i] = (int16_t)su_noise12(&seed);
    p8_memory_write(h, 0, 65536, pattern);
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_REVERSE | P8_SWITCH_WRITE_PROTECT);
    su_render(h, in, out, N);
    int32_t bad = 0;
    for (int32_t k = 0; k < N; k++)
        for (int ch = 0; ch < 2; ch++) bad += out[2 * k + ch] != pattern[2 * msk_rev_address(k) + ch] * 16;
    P8_CHECK_EQ(0, bad);
    free(pattern);
    free(in);
    free(out);
    p8_close(h);
}

/* Row 14: OSC 40A0 (one triangle = 2^20 / E7[0x40] = 8192 ticks, depth 1024 frames): the k-th OSC tick (from 0)
 * sits k/4096 of the depth behind, i.e. 1024 * 16 * k / 4096 = 4k in 16.4. Ticks under another operator do not
 * count. */
P8_TEST(osc_phase_holds_while_another_operator_is_in_slot_1) {
    int32_t h = open_conf(P8_OP1_OSC, 0x40A0, 0, 0);
    P8_REQUIRE(h >= 0);
    P8_CHECK_EQ(4 * 1023, left_offset_after(h, 1024));
    p8_set_param(h, P8_PARAM_OPERATOR_1, P8_OP1_NOP);
    P8_CHECK_EQ(0, left_offset_after(h, 2048));
    p8_set_param(h, P8_PARAM_OPERATOR_1, P8_OP1_RND); /* the other LFO-driven operator does not move it either */
    render_silence(h, 512);
    p8_set_param(h, P8_PARAM_OPERATOR_1, P8_OP1_OSC);
    P8_CHECK_EQ(4 * 2047, left_offset_after(h, 1024)); /* OSC tick 2047, not 2047 + 2560 */
    p8_close(h);
}

/* Row 24 (and row 21): OR 0000 shows the read address after slot 2, i.e. the clock, in LED2/LED3. The display
 * holds the last tick of what p8_process ran, not its first. */
P8_TEST(leds_show_the_last_tick_of_the_processed_blocks) {
    int32_t h = su_open(48000, 0, 0, P8_OP2_OR, 0x0000);
    P8_REQUIRE(h >= 0);
    render_silence(h, 32);
    P8_CHECK_EQ(0x00, display(h, P8_DISPLAY_LED2));
    P8_CHECK_EQ(31, display(h, P8_DISPLAY_LED3));
    p8_set_param(h, P8_CTRL_TICK_TRACE, 1);
    render_silence(h, 96); /* three blocks in one call: ticks 32..127 */
    static int32_t rows[P8_TRACE_FIELDS * P8_TRACE_MAX_TICKS];
    P8_CHECK_EQ(96 * P8_TRACE_FIELDS, p8_read_tick_trace(h, rows, P8_TRACE_FIELDS * P8_TRACE_MAX_TICKS));
    P8_CHECK_EQ(32, rows[P8_TRACE_LED3]); /* the LEDs move every tick… */
    P8_CHECK_EQ(127, display(h, P8_DISPLAY_LED3)); /* …the display shows the last one */
    P8_CHECK_EQ(rows[95 * P8_TRACE_FIELDS + P8_TRACE_LED3], display(h, P8_DISPLAY_LED3));
    p8_close(h);
}

/* Ticks run in one second of audio at a 48 kHz codec with the given sync switches, column and tempo. */
static int32_t ticks_per_second(int32_t switches, int32_t column, int32_t centi_bpm) {
    int32_t h = su_open(48000, 0, 0, 0, 0);
    if (h < 0) return -1;
    p8_set_param(h, P8_CTRL_TEMPO_CENTI_BPM, centi_bpm);
    p8_set_param(h, P8_CTRL_SYNC_DIVISION, column);
    p8_set_param(h, P8_PARAM_SWITCHES, switches);
    render_silence(h, 48000);
    int32_t ticks = p8_get_stat(h, P8_STAT_TICKS);
    p8_close(h);
    return ticks;
}

/* Row 28: spec §1.8 column 3 is 1/1; dotted 3/2 of a whole note (3 s at 120 BPM), triplet 2/3 (4/3 s). */
P8_TEST(dotted_wins_when_dotted_and_triplet_are_both_set) {
    const double dotted_hz = 65536.0 / (1.5 * 4.0 * 60.0 / 120.0), triplet_hz = 65536.0 / (2.0 / 3.0 * 4.0 * 60.0 / 120.0);
    int32_t both = ticks_per_second(P8_SWITCH_SYNC | P8_SWITCH_DOTTED | P8_SWITCH_TRIPLET, 3, 12000);
    P8_CHECK(fabs(both - dotted_hz) <= 1.0);
    P8_CHECK(fabs(ticks_per_second(P8_SWITCH_SYNC | P8_SWITCH_TRIPLET, 3, 12000) - triplet_hz) <= 1.0);
}

/* Row 29: triplet 1/8 (column 6) = 1/12 of a whole note; at 999 BPM the cycle lasts 4 * 60 / 999 / 12 s, so
 * the synced clock would be 65536 * 999 * 12 / 240 = 3.27 MHz. Clamped: 352800 ticks per second. */
P8_TEST(sync_clock_above_352_8_khz_is_clamped_to_352_8_khz) {
    P8_CHECK(65536.0 * 999.0 * 12.0 / 240.0 > 352800.0);
    int32_t ticks = ticks_per_second(P8_SWITCH_SYNC | P8_SWITCH_TRIPLET, 6, 99900);
    P8_CHECK(ticks >= 352799 && ticks <= 352800);
}

/* Row 27: SYNC sets the rate only. A host position (half a bar in at PPQ 1920) does not move the 16-bit clock:
 * it keeps counting the ticks run; RESET is what re-aligns it. */
P8_TEST(sync_sets_the_rate_only_and_does_not_lock_the_cycle_to_the_host_position) {
    int32_t h = su_open(48000, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_CTRL_SYNC_DIVISION, 3);
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_SYNC);
    render_silence(h, 4800);
    p8_set_param(h, P8_CTRL_HOST_POSITION, 2 * 1920);
    render_silence(h, 4800);
    P8_CHECK_EQ(p8_get_stat(h, P8_STAT_TICKS) & 0xFFFF, display(h, P8_DISPLAY_CLOCK));
    int32_t before = p8_get_stat(h, P8_STAT_TICKS);
    p8_set_param(h, P8_CTRL_RESET_COUNT, 1);
    render_silence(h, 4800);
    P8_CHECK_EQ(p8_get_stat(h, P8_STAT_TICKS) - before, display(h, P8_DISPLAY_CLOCK));
    p8_close(h);
}

static int32_t trace_rows[P8_TRACE_FIELDS * P8_TRACE_MAX_TICKS];

/* Row 34: operands published before a call apply from the call's first tick, for every tick of its blocks. */
P8_TEST(operator_change_published_before_a_call_applies_from_its_first_tick) {
    int32_t h = su_open(48000, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_CTRL_TICK_TRACE, 1);
    render_silence(h, 64);
    p8_set_param(h, P8_PARAM_OPERATOR_2, P8_OP2_SUB);
    p8_set_param(h, P8_PARAM_OPERAND_2_HIGH, 0xA0); /* E8[0xA0] = 1024 frames on the left */
    p8_set_param(h, P8_PARAM_OPERAND_2_LOW, 0xC0);  /* E8[0xC0] = 4096 frames on the right */
    render_silence(h, 96);
    P8_REQUIRE(p8_read_tick_trace(h, trace_rows, P8_TRACE_FIELDS * P8_TRACE_MAX_TICKS) == 96 * P8_TRACE_FIELDS);
    int32_t bad = 0;
    for (int32_t t = 0; t < 96; t++) {
        const int32_t *r = trace_rows + t * P8_TRACE_FIELDS, clock = 64 + t;
        bad += r[P8_TRACE_POS1_LEFT] != clock << 4;
        bad += r[P8_TRACE_POS2_LEFT] != (((clock - 1024) << 4) & 0xFFFFF);
        bad += r[P8_TRACE_POS2_RIGHT] != (((clock - 4096) << 4) & 0xFFFFF);
    }
    P8_CHECK_EQ(0, bad);
    p8_close(h);
}

/* Row 34: a switch (REV) published before a call turns the clock round at the call's first tick. */
P8_TEST(switch_change_published_before_a_call_applies_from_its_first_tick) {
    int32_t h = su_open(48000, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_CTRL_TICK_TRACE, 1);
    render_silence(h, 160); /* ticks at clock 0..159 */
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_REVERSE);
    render_silence(h, 64);
    P8_REQUIRE(p8_read_tick_trace(h, trace_rows, P8_TRACE_FIELDS * P8_TRACE_MAX_TICKS) == 64 * P8_TRACE_FIELDS);
    int32_t bad = 0;
    for (int32_t t = 0; t < 64; t++) bad += trace_rows[t * P8_TRACE_FIELDS + P8_TRACE_POS1_LEFT] != (160 - t) << 4;
    P8_CHECK_EQ(0, bad);
    p8_close(h);
}

int main(void) {
    return P8_RUN(host_constants_have_the_documented_values,
                  msk_in_rev_follows_the_absolute_clock_so_the_eighths_play_in_reverse,
                  osc_phase_holds_while_another_operator_is_in_slot_1, leds_show_the_last_tick_of_the_processed_blocks,
                  sync_sets_the_rate_only_and_does_not_lock_the_cycle_to_the_host_position,
                  dotted_wins_when_dotted_and_triplet_are_both_set, sync_clock_above_352_8_khz_is_clamped_to_352_8_khz,
                  operator_change_published_before_a_call_applies_from_its_first_tick,
                  switch_change_published_before_a_call_applies_from_its_first_tick);
}
