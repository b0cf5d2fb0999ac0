/* Per-tick trace for tools: one row per tick with LEDs and both position pairs. */
#include <string.h>

#include "p8_test.h"
#include "permut8_engine.h"

static int16_t in[2 * P8_BLOCK_FRAMES], out[2 * P8_BLOCK_FRAMES];
static int32_t rows[P8_TRACE_FIELDS * P8_TRACE_MAX_TICKS];

P8_TEST(trace_is_empty_unless_enabled) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    P8_CHECK_EQ(P8_BLOCK_FRAMES, p8_process(h, in, out, P8_BLOCK_FRAMES));
    P8_CHECK_EQ(0, p8_read_tick_trace(h, rows, P8_TRACE_FIELDS * P8_TRACE_MAX_TICKS));
    p8_close(h);
}

P8_TEST(conformance_trace_has_one_row_per_frame_with_sub_positions) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_CTRL_CONFORMANCE, 1);
    p8_set_param(h, P8_CTRL_TICK_TRACE, 1);
    p8_set_param(h, P8_PARAM_OPERATOR_2, P8_OP2_SUB);
    p8_set_param(h, P8_PARAM_OPERAND_2_HIGH, 0xA0); /* E8[0xA0] = 1024 frames on the left */
    p8_set_param(h, P8_PARAM_OPERAND_2_LOW, 0x00);  /* 0 on the right */
    memset(in, 0, sizeof in);
    P8_CHECK_EQ(P8_BLOCK_FRAMES, p8_process(h, in, out, P8_BLOCK_FRAMES));
    P8_CHECK_EQ(P8_BLOCK_FRAMES, p8_process(h, in, out, P8_BLOCK_FRAMES));
    int32_t n = p8_read_tick_trace(h, rows, P8_TRACE_FIELDS * P8_TRACE_MAX_TICKS);
    P8_CHECK_EQ(P8_TRACE_FIELDS * P8_BLOCK_FRAMES, n); /* only the last call's ticks */
    for (int t = 0; t < P8_BLOCK_FRAMES; t++) {
        const int32_t *r = rows + t * P8_TRACE_FIELDS;
        int32_t clock = P8_BLOCK_FRAMES + t; /* second block: ticks 32..63, clock == tick */
        P8_CHECK_EQ(clock, r[P8_TRACE_TICK]);
        P8_CHECK_EQ(clock << 4, r[P8_TRACE_POS1_LEFT]);
        P8_CHECK_EQ(clock << 4, r[P8_TRACE_POS1_RIGHT]);
        P8_CHECK_EQ(((clock - 1024) << 4) & 0xFFFFF, r[P8_TRACE_POS2_LEFT]);
        P8_CHECK_EQ(clock << 4, r[P8_TRACE_POS2_RIGHT]);
    }
    P8_CHECK_EQ(P8_ERR_BUFFER_TOO_SMALL, p8_read_tick_trace(h, rows, 5));
    p8_close(h);
}

int main(void) { return P8_RUN(trace_is_empty_unless_enabled, conformance_trace_has_one_row_per_frame_with_sub_positions); }
