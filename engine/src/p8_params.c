/* p8_params.c — see p8_params.h. */
#include "p8_params.h"

#include "p8_seqlock.h"

typedef struct {
    int32_t min, max;
} p8_range;

/* Documented ranges of permut8_engine.h, one row per index. */
static const p8_range p8_ranges[P8_CTRL_COUNT] = {
    [P8_PARAM_CLOCK_FREQ] = {0, 352800},
    [P8_PARAM_SWITCHES] = {0, 0x1F},
    [P8_PARAM_OPERATOR_1] = {0, P8_OP1_COUNT - 1},
    [P8_PARAM_OPERAND_1_HIGH] = {0, 255},
    [P8_PARAM_OPERAND_1_LOW] = {0, 255},
    [P8_PARAM_OPERATOR_2] = {0, P8_OP2_COUNT - 1},
    [P8_PARAM_OPERAND_2_HIGH] = {0, 255},
    [P8_PARAM_OPERAND_2_LOW] = {0, 255},
    [P8_CTRL_INPUT_LEVEL_CDB] = {-6000, 2400},
    [P8_CTRL_OUTPUT_LEVEL_CDB] = {-6000, 2400},
    [P8_CTRL_FEEDBACK_PERMILLE] = {0, 1000},
    [P8_CTRL_MIX_PERMILLE] = {0, 1000},
    [P8_CTRL_FILTER_PLACEMENT] = {P8_FILTER_OFF, P8_FILTER_OUT},
    [P8_CTRL_FILTER_FREQ] = {-1000, 1000},
    [P8_CTRL_LIMITER] = {0, 1},
    [P8_CTRL_FEEDBACK_FLIP] = {0, 1},
    [P8_CTRL_FEEDBACK_INVERT] = {0, 1},
    [P8_CTRL_TEMPO_CENTI_BPM] = {2000, 99900},
    [P8_CTRL_SYNC_DIVISION] = {0, 6},
    [P8_CTRL_RESET_COUNT] = {INT32_MIN, INT32_MAX},
    [P8_CTRL_CONFORMANCE] = {0, 1},
    [P8_CTRL_HOST_POSITION] = {-1, INT32_MAX},
    [P8_CTRL_TICK_TRACE] = {0, 1},
    [P8_CTRL_CLOCK_CAP_HZ] = {0, 352800},
};

int32_t p8_param_clamp(int index, int32_t value) {
    if (index < 0 || index >= P8_CTRL_COUNT) return 0;
    const p8_range r = p8_ranges[index];
    return value < r.min ? r.min : (value > r.max ? r.max : value);
}

void p8_param_defaults(int32_t values[P8_CTRL_COUNT], int32_t codec_rate_hz) {
    for (int i = 0; i < P8_CTRL_COUNT; i++) values[i] = 0;
    values[P8_PARAM_CLOCK_FREQ] = codec_rate_hz;
    values[P8_CTRL_MIX_PERMILLE] = 1000;
    values[P8_CTRL_TEMPO_CENTI_BPM] = 12000;
    values[P8_CTRL_SYNC_DIVISION] = 3; /* 1/1 in the standard table */
    values[P8_CTRL_LIMITER] = 1;
}

void p8_param_publish(p8_param_exchange *x, const int32_t values[P8_CTRL_COUNT]) {
    p8_seqlock_write(&x->sequence, x->values, values, P8_CTRL_COUNT);
}

int p8_param_pickup(p8_param_exchange *x, int32_t out[P8_CTRL_COUNT], uint32_t *last_sequence) {
    if (atomic_load_explicit(&x->sequence, memory_order_relaxed) == *last_sequence) return 0; /* nothing new */
    int32_t copy[P8_CTRL_COUNT];
    uint32_t s = p8_seqlock_try_read(&x->sequence, x->values, copy, P8_CTRL_COUNT);
    if ((s & 1u) || s == *last_sequence) return 0;
    for (int i = 0; i < P8_CTRL_COUNT; i++) out[i] = copy[i];
    *last_sequence = s;
    return 1;
}
