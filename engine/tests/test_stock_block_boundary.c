// p8-targets: host-only
/*
 * STOCK_CHOICES.md row 34 with two threads, as on the pedal: a control thread publishes whole operand sets
 * flat out while the audio thread runs p8_process calls of 32 blocks with the per-tick trace on. A change may
 * land anywhere in a call, but only on a block boundary: every 32-tick block of the trace has one operand, and
 * both channels always come from the same set.
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

#include "p8_stock_util.h"
#include "p8_test.h"

#define CALL_FRAMES P8_TRACE_MAX_TICKS /* 32 blocks, every tick traced */

typedef struct {
    int32_t handle;
    atomic_int stop;
} control_ctx;

/* SUB A0A0 (1024 frames on both channels) and SUB C0C0 (4096), alternately, each as one whole params set. */
static void *control_thread(void *arg) {
    control_ctx *c = arg;
    int32_t v[P8_PARAM_COUNT] = {48000, 0, P8_OP1_NOP, 0, 0, P8_OP2_SUB, 0, 0};
    for (uint32_t n = 0; !atomic_load(&c->stop); n++) {
        v[P8_PARAM_OPERAND_2_HIGH] = v[P8_PARAM_OPERAND_2_LOW] = (n & 1u) ? 0xC0 : 0xA0;
        p8_set_params(c->handle, v, P8_PARAM_COUNT);
    }
    return NULL;
}

static double seconds_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

P8_TEST(operand_changes_from_another_thread_land_only_on_block_boundaries) {
    static int32_t rows[P8_TRACE_FIELDS * P8_TRACE_MAX_TICKS];
    static int16_t buf[2 * CALL_FRAMES];
    control_ctx ctx = {.handle = su_open(48000, 0, 0, P8_OP2_SUB, 0xA0A0)};
    P8_REQUIRE(ctx.handle >= 0);
    p8_set_param(ctx.handle, P8_CTRL_TICK_TRACE, 1);
    atomic_init(&ctx.stop, 0);
    pthread_t thread;
    P8_REQUIRE(pthread_create(&thread, NULL, control_thread, &ctx) == 0);
    const int32_t near = 1024 << 4, far = 4096 << 4;
    int32_t torn = 0, mixed_blocks = 0, foreign = 0, changes_inside_calls = 0;
    double until = seconds_now() + 3.0;
    while (changes_inside_calls < 50 && seconds_now() < until) {
        p8_process(ctx.handle, buf, buf, CALL_FRAMES);
        if (p8_read_tick_trace(ctx.handle, rows, P8_TRACE_FIELDS * P8_TRACE_MAX_TICKS) != P8_TRACE_FIELDS * CALL_FRAMES) {
            foreign++;
            break;
        }
        int32_t previous = -1;
        for (int32_t t = 0; t < CALL_FRAMES; t++) {
            const int32_t *r = rows + t * P8_TRACE_FIELDS;
            int32_t left = (r[P8_TRACE_POS1_LEFT] - r[P8_TRACE_POS2_LEFT]) & 0xFFFFF;
            int32_t right = (r[P8_TRACE_POS1_RIGHT] - r[P8_TRACE_POS2_RIGHT]) & 0xFFFFF;
            torn += left != right;
            foreign += left != near && left != far;
            if (t > 0 && left != previous) {
                if (t % P8_BLOCK_FRAMES) mixed_blocks++;
                else changes_inside_calls++;
            }
            previous = left;
        }
    }
    atomic_store(&ctx.stop, 1);
    pthread_join(thread, NULL);
    P8_CHECK_EQ(0, torn);
    P8_CHECK_EQ(0, foreign);
    P8_CHECK_EQ(0, mixed_blocks);
    P8_CHECK(changes_inside_calls > 0); /* the control thread really did publish while a call was running */
    p8_close(ctx.handle);
}

int main(void) { return P8_RUN(operand_changes_from_another_thread_land_only_on_block_boundaries); }
