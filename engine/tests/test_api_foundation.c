/* The public API at the foundation level: handles, bad input, block pass-through, memory addressing. */
#include <string.h>

#include "p8_test.h"
#include "permut8_engine.h"

P8_TEST(open_rejects_bad_rates_and_plans) {
    P8_CHECK_EQ(P8_ERR_BAD_ARGUMENT, p8_open(P8_PLAN_DEFAULT, 100));
    P8_CHECK_EQ(P8_ERR_BAD_ARGUMENT, p8_open(7, 48000));
    P8_CHECK_EQ(P8_ERR_BAD_HANDLE, p8_close(3));
    P8_CHECK_EQ(P8_ERR_BAD_HANDLE, p8_process(-1, NULL, NULL, 32));
}

P8_TEST(no_more_than_max_engines_open) {
    int32_t h[P8_MAX_ENGINES];
    for (int i = 0; i < P8_MAX_ENGINES; i++) {
        h[i] = p8_open(P8_PLAN_SEED, 48000);
        P8_CHECK(h[i] >= 0);
    }
    P8_CHECK_EQ(P8_ERR_NO_SLOT, p8_open(P8_PLAN_SEED, 48000));
    for (int i = 0; i < P8_MAX_ENGINES; i++) P8_CHECK_EQ(P8_OK, p8_close(h[i]));
}

P8_TEST(process_rejects_partial_blocks) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    int16_t buf[2 * 33];
    memset(buf, 0, sizeof buf);
    P8_CHECK_EQ(P8_ERR_BAD_ARGUMENT, p8_process(h, buf, buf, 33));
    P8_CHECK_EQ(P8_ERR_BAD_ARGUMENT, p8_process(h, NULL, buf, 32));
    p8_close(h);
}

P8_TEST(sample_through_block_entry_returns_unchanged_at_delay_zero) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    enum { FRAMES = 4 * P8_BLOCK_FRAMES };
    int16_t in[2 * FRAMES], out[2 * FRAMES];
    /* 12-bit values (low 4 bits clear) within half of full scale (the soft clips' knee, engine/src/CHAIN.md)
     * pass the chain and the 12-bit memory exactly */
    for (int i = 0; i < FRAMES; i++) {
        in[2 * i] = (int16_t)(((i * 97) % 2049 - 1024) * 16);
        in[2 * i + 1] = (int16_t)(-((i * 31) % 2049 - 1024) * 16);
    }
    P8_CHECK_EQ(FRAMES, p8_process(h, in, out, FRAMES));
    for (int i = 0; i < 2 * FRAMES; i++) P8_CHECK_EQ(in[i], out[i]);
    p8_close(h);
}

P8_TEST(frame_written_at_p_reads_back_at_p_and_wrapped) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    const int32_t p = 12345;
    int16_t frame[2] = {1234, -777};
    P8_CHECK_EQ(1, p8_memory_write(h, p, 1, frame));
    int16_t got[2] = {0, 0};
    P8_CHECK_EQ(1, p8_memory_read(h, p, 1, got));
    P8_CHECK_EQ(1234, got[0]);
    P8_CHECK_EQ(-777, got[1]);
    memset(got, 0, sizeof got);
    p8_memory_read(h, p + 65536, 1, got);
    P8_CHECK_EQ(1234, got[0]);
    P8_CHECK_EQ(-777, got[1]);
    memset(got, 0, sizeof got);
    p8_memory_read(h, p - 65536, 1, got);
    P8_CHECK_EQ(1234, got[0]);
    P8_CHECK_EQ(-777, got[1]);
    p8_close(h);
}

P8_TEST(multi_frame_access_wraps_at_the_end_of_memory) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    int16_t frames[6] = {1, 2, 3, 4, 5, 6};
    p8_memory_write(h, -2, 3, frames); /* frames 65534, 65535, 0 */
    int16_t got[2];
    p8_memory_read(h, 0, 1, got);
    P8_CHECK_EQ(5, got[0]);
    P8_CHECK_EQ(6, got[1]);
    p8_memory_read(h, 65534, 1, got);
    P8_CHECK_EQ(1, got[0]);
    p8_close(h);
}

P8_TEST(memory_values_are_clamped_to_12_bits) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    int16_t frame[2] = {30000, -30000}, got[2];
    p8_memory_write(h, 7, 1, frame);
    p8_memory_read(h, 7, 1, got);
    P8_CHECK_EQ(2047, got[0]);
    P8_CHECK_EQ(-2047, got[1]);
    p8_close(h);
}

P8_TEST(allocation_after_open_is_refused_and_counted) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    P8_CHECK_EQ(0, p8_get_stat(h, P8_STAT_ALLOCS_AFTER_SEAL));
    P8_CHECK_EQ(P8_ERR_SEALED, p8_probe_allocate(h, P8_REGION_POOLS, 16));
    P8_CHECK_EQ(1, p8_get_stat(h, P8_STAT_ALLOCS_AFTER_SEAL));
    p8_close(h);
}

P8_TEST(region_names_and_report_through_the_api) {
    uint8_t name[32];
    P8_CHECK_EQ(12, p8_region_name(P8_REGION_DELAY_MEMORY, name, sizeof name));
    P8_CHECK(strcmp((const char *)name, "delay memory") == 0);
    P8_CHECK_EQ(P8_ERR_BUFFER_TOO_SMALL, p8_region_name(P8_REGION_DELAY_MEMORY, name, 4));
    P8_CHECK_EQ(P8_ERR_BAD_ARGUMENT, p8_region_name(P8_REGION_COUNT, name, sizeof name));
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    int32_t report[P8_REGION_COUNT * P8_REPORT_FIELDS];
    P8_CHECK_EQ(P8_REGION_COUNT * P8_REPORT_FIELDS, p8_memory_report(h, report, P8_REGION_COUNT * P8_REPORT_FIELDS));
    P8_CHECK_EQ(262144, report[P8_REGION_DELAY_MEMORY * P8_REPORT_FIELDS + P8_REPORT_SIZE]);
    P8_CHECK_EQ(-1, p8_check_guards(h));
    p8_close(h);
}

P8_TEST(params_are_clamped_and_read_back) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    P8_CHECK_EQ(48000, p8_get_param(h, P8_PARAM_CLOCK_FREQ));
    P8_CHECK_EQ(255, p8_set_param(h, P8_PARAM_OPERAND_2_HIGH, 999));
    P8_CHECK_EQ(0, p8_set_param(h, P8_PARAM_OPERATOR_1, -4));
    P8_CHECK_EQ(P8_ERR_BAD_ARGUMENT, p8_set_param(h, P8_CTRL_COUNT, 1));
    p8_close(h);
}

P8_TEST(clock_cap_holds_the_clock_below_the_knob) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_PARAM_CLOCK_FREQ, 352800);
    P8_CHECK_EQ(24000, p8_set_param(h, P8_CTRL_CLOCK_CAP_HZ, 24000));
    static int16_t buf[2 * 4800];
    memset(buf, 0, sizeof buf);
    int32_t ticks0 = p8_get_stat(h, P8_STAT_TICKS);
    P8_CHECK_EQ(4800, p8_process(h, buf, buf, 4800));
    /* 24 kHz against a 48 kHz codec: one tick every second frame */
    P8_CHECK_EQ(2400, p8_get_stat(h, P8_STAT_TICKS) - ticks0);
    p8_set_param(h, P8_CTRL_CLOCK_CAP_HZ, 0); /* no cap: the knob's 352.8 kHz, 7.35 ticks per frame */
    ticks0 = p8_get_stat(h, P8_STAT_TICKS);
    P8_CHECK_EQ(4800, p8_process(h, buf, buf, 4800));
    P8_CHECK_EQ(35280, p8_get_stat(h, P8_STAT_TICKS) - ticks0);
    p8_close(h);
}

int main(void) {
    return P8_RUN(open_rejects_bad_rates_and_plans, no_more_than_max_engines_open, process_rejects_partial_blocks,
                  sample_through_block_entry_returns_unchanged_at_delay_zero,
                  frame_written_at_p_reads_back_at_p_and_wrapped, multi_frame_access_wraps_at_the_end_of_memory,
                  memory_values_are_clamped_to_12_bits, allocation_after_open_is_refused_and_counted,
                  region_names_and_report_through_the_api, params_are_clamped_and_read_back,
                  clock_cap_holds_the_clock_below_the_knob);
}
