/* Panel switches and the clock: RESET, WRITE PROTECT, REV, SYNC/DOTTED/TRIPLET rates, 0 Hz freeze. */
#include "p8_clock.h"
#include "p8_stock_util.h"
#include "p8_test.h"

static int32_t display(int32_t h, int field) {
    int32_t d[P8_DISPLAY_FIELDS];
    p8_get_display(h, d, P8_DISPLAY_FIELDS);
    return d[field];
}

static void render_silence(int32_t h, int32_t frames) {
    int16_t *buf = su_alloc(frames);
    su_render(h, buf, buf, frames);
    free(buf);
}

P8_TEST(sync_divisions_are_the_spec_tables) {
    /* spec §1.8, cycle length in whole notes */
    static const char *std[7] = {"8/1", "4/1", "2/1", "1/1", "1/2", "1/4", "1/8"};
    static const char *dot[7] = {"12/1", "6/1", "3/1", "3/2", "3/4", "3/8", "3/16"};
    static const char *tri[7] = {"16/3", "8/3", "4/3", "2/3", "1/3", "1/6", "1/12"};
    for (int col = 0; col < 7; col++) {
        char buf[16];
        int32_t n, d;
        p8_clock_sync_division(P8_SWITCH_SYNC, col, &n, &d);
        snprintf(buf, sizeof buf, "%d/%d", (int)n, (int)d);
        P8_CHECK(strcmp(buf, std[col]) == 0);
        p8_clock_sync_division(P8_SWITCH_SYNC | P8_SWITCH_DOTTED, col, &n, &d);
        snprintf(buf, sizeof buf, "%d/%d", (int)n, (int)d);
        P8_CHECK(strcmp(buf, dot[col]) == 0);
        p8_clock_sync_division(P8_SWITCH_SYNC | P8_SWITCH_TRIPLET, col, &n, &d);
        snprintf(buf, sizeof buf, "%d/%d", (int)n, (int)d);
        P8_CHECK(strcmp(buf, tri[col]) == 0);
    }
}

P8_TEST(sync_1_1_at_120_bpm_runs_32768_ticks_per_second) {
    P8_CHECK(fabs(p8_clock_sync_hz(P8_SWITCH_SYNC, 3, 12000) - 32768.0) < 1e-9);
    int32_t h = su_open(48000, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_CTRL_TEMPO_CENTI_BPM, 12000);
    p8_set_param(h, P8_CTRL_SYNC_DIVISION, 3);
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_SYNC);
    render_silence(h, 48000); /* 1.0 s: 32768 ticks, within one tick of the accumulator phase */
    int32_t ticks = p8_get_stat(h, P8_STAT_TICKS);
    P8_CHECK(ticks >= 32767 && ticks <= 32768);
    p8_close(h);
}

P8_TEST(clock_frequency_sets_ticks_per_codec_frame) {
    int32_t h = su_open(48000, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_PARAM_CLOCK_FREQ, 96000);
    render_silence(h, 4800);
    P8_CHECK_EQ(9600, p8_get_stat(h, P8_STAT_TICKS));
    p8_set_param(h, P8_PARAM_CLOCK_FREQ, 352800);
    render_silence(h, 4800); /* 0.1 s more at 352.8 kHz */
    P8_CHECK_EQ(9600 + 35280, p8_get_stat(h, P8_STAT_TICKS));
    p8_close(h);
}

P8_TEST(clock_0_hz_freezes_the_clock_and_the_output) {
    int32_t h = su_open(48000, 0, 0, P8_OP2_SUB, 0x0000);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_PARAM_CLOCK_FREQ, 0);
    render_silence(h, 64);
    int32_t clock = display(h, P8_DISPLAY_CLOCK), ticks = p8_get_stat(h, P8_STAT_TICKS);
    int16_t in[2 * 256], out[2 * 256];
    for (int i = 0; i < 512; i++) in[i] = (int16_t)(i * 50);
    p8_process(h, in, out, 256);
    P8_CHECK_EQ(clock, display(h, P8_DISPLAY_CLOCK));
    P8_CHECK_EQ(ticks, p8_get_stat(h, P8_STAT_TICKS));
    P8_CHECK_EQ(0, su_count_nonzero(out, 0, 0, 256));
    p8_close(h);
}

P8_TEST(rev_runs_the_clock_counter_backwards) {
    int32_t h = su_open(48000, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    render_silence(h, 64);
    P8_CHECK_EQ(64, display(h, P8_DISPLAY_CLOCK));
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_REVERSE);
    render_silence(h, 96);
    P8_CHECK_EQ(65536 - 32, display(h, P8_DISPLAY_CLOCK));
    p8_close(h);
}

P8_TEST(reset_clears_memory_and_restarts_the_clock) {
    int32_t h = su_open(48000, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    int16_t *pattern = su_alloc(65536), *after = su_alloc(65536);
    for (int32_t i = 0; i < 2 * 65536; i++) pattern[i] = 100;
    p8_memory_write(h, 0, 65536, pattern);
    render_silence(h, 320);
    p8_set_param(h, P8_CTRL_RESET_COUNT, 1);
    render_silence(h, 32);
    P8_CHECK_EQ(32, display(h, P8_DISPLAY_CLOCK));
    p8_memory_read(h, 0, 65536, after);
    int32_t nonzero = 0;
    for (int32_t i = 0; i < 2 * 65536; i++) nonzero += after[i] != 0;
    P8_CHECK_EQ(0, nonzero);
    free(pattern);
    free(after);
    p8_close(h);
}

P8_TEST(reset_under_write_protect_keeps_memory_and_retriggers_the_loop) {
    int32_t h = su_open(48000, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    int16_t *pattern = su_alloc(65536), *after = su_alloc(65536);
    for (int32_t i = 0; i < 2 * 65536; i++) pattern[i] = (int16_t)(i % 1000);
    p8_memory_write(h, 0, 65536, pattern);
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_WRITE_PROTECT);
    render_silence(h, 320);
    p8_set_param(h, P8_CTRL_RESET_COUNT, 5);
    int16_t out[2 * 32], in[2 * 32];
    memset(in, 0, sizeof in);
    p8_process(h, in, out, 32);
    P8_CHECK_EQ(32, display(h, P8_DISPLAY_CLOCK));
    for (int i = 0; i < 32; i++) P8_CHECK_EQ(pattern[2 * i] * 16, out[2 * i]); /* plays from frame 0 again */
    p8_memory_read(h, 0, 65536, after);
    P8_CHECK(memcmp(pattern, after, 65536u * 4u) == 0);
    free(pattern);
    free(after);
    p8_close(h);
}

int main(void) {
    return P8_RUN(sync_divisions_are_the_spec_tables, sync_1_1_at_120_bpm_runs_32768_ticks_per_second,
                  clock_frequency_sets_ticks_per_codec_frame, clock_0_hz_freezes_the_clock_and_the_output,
                  rev_runs_the_clock_counter_backwards, reset_clears_memory_and_restarts_the_clock,
                  reset_under_write_protect_keeps_memory_and_retriggers_the_loop);
}
