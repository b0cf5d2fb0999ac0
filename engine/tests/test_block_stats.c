/* Block statistics the device's audio task records: min/avg/max cycles, underruns, reset. */
#include "p8_api.h"
#include "p8_test.h"

P8_TEST(cycles_min_avg_max_and_underruns) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    p8_engine *e = p8_api_engine(h);
    p8_engine_record_block(e, 3000, 0);
    p8_engine_record_block(e, 1000, 0);
    p8_engine_record_block(e, 5000, 2);
    P8_CHECK_EQ(1000, p8_get_stat(h, P8_STAT_BLOCK_CYCLES_MIN));
    P8_CHECK_EQ(3000, p8_get_stat(h, P8_STAT_BLOCK_CYCLES_AVG));
    P8_CHECK_EQ(5000, p8_get_stat(h, P8_STAT_BLOCK_CYCLES_MAX));
    P8_CHECK_EQ(2, p8_get_stat(h, P8_STAT_UNDERRUNS));
    P8_CHECK_EQ(P8_OK, p8_reset_stats(h));
    p8_engine_record_block(e, 7000, 0);
    P8_CHECK_EQ(7000, p8_get_stat(h, P8_STAT_BLOCK_CYCLES_MIN));
    P8_CHECK_EQ(7000, p8_get_stat(h, P8_STAT_BLOCK_CYCLES_AVG));
    P8_CHECK_EQ(7000, p8_get_stat(h, P8_STAT_BLOCK_CYCLES_MAX));
    P8_CHECK_EQ(2, p8_get_stat(h, P8_STAT_UNDERRUNS)); /* a count, not reset with min/avg/max */
    p8_close(h);
}

int main(void) { return P8_RUN(cycles_min_avg_max_and_underruns); }
