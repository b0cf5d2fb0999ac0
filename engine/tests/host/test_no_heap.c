/* No heap after p8_open: malloc/calloc/realloc/free are wrapped at link time (-Wl,--wrap, host build only) and
 * counted between p8_open and p8_close, across renders in every clock mode, a firmware load, a firmware
 * runtime error on the audio path, the per-tick trace and the memory report. The memory plan's own counter
 * (P8_STAT_ALLOCS_AFTER_SEAL) only sees requests to the plan; this sees the C library too. */
#include <stdlib.h>
#include <string.h>

#include "p8_test.h"
#include "permut8_engine.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
void __real_free(void *p);

static int counting;
static long heap_calls;

void *__wrap_malloc(size_t n) {
    heap_calls += counting;
    return __real_malloc(n);
}
void *__wrap_calloc(size_t n, size_t size) {
    heap_calls += counting;
    return __real_calloc(n, size);
}
void *__wrap_realloc(void *p, size_t n) {
    heap_calls += counting;
    return __real_realloc(p, n);
}
void __wrap_free(void *p) {
    heap_calls += counting;
    __real_free(p);
}

/* Divides by the left input: input 0 stops it with DIVISION_BY_ZERO on the audio path. */
static const char *const DIVIDER = "signal: GLOB *2\nprocess: FUNC\n PEEK %0 &signal:0\n DIVi %0 #1000 %0\n"
                                   " POKE &signal:1 %0\n RETU\n";

enum { FRAMES = 4800 };
static int16_t buf[2 * FRAMES];
static int32_t rows[P8_TRACE_FIELDS * P8_TRACE_MAX_TICKS];
static int32_t report[P8_REGION_COUNT * P8_REPORT_FIELDS];
static uint8_t text[1024];

static void render(int32_t h, int seconds, int16_t value) {
    for (int s = 0; s < seconds * 10; s++) {
        for (int i = 0; i < 2 * FRAMES; i++) buf[i] = (int16_t)(value + (i * 97) % 2000);
        p8_process(h, buf, buf, FRAMES - FRAMES % 32);
    }
}

P8_TEST(nothing_touches_the_heap_between_open_and_close) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    counting = 1;
    static const int32_t clocks[] = {48000, 44100, 352800, 0, 8000};
    for (int c = 0; c < 5; c++) {
        p8_set_param(h, P8_PARAM_CLOCK_FREQ, clocks[c]);
        p8_set_param(h, P8_PARAM_OPERATOR_1, c);
        p8_set_param(h, P8_PARAM_OPERATOR_2, 4 - c);
        p8_set_param(h, P8_CTRL_FEEDBACK_PERMILLE, 300 + 100 * c);
        p8_set_param(h, P8_CTRL_FILTER_PLACEMENT, c % 4);
        p8_set_param(h, P8_CTRL_FILTER_FREQ, c * 300 - 600);
        render(h, 12, 400); /* 5 x 12 s = one minute */
    }
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_SYNC | P8_SWITCH_DOTTED);
    p8_set_param(h, P8_CTRL_RESET_COUNT, 1);
    render(h, 1, 400);
    p8_set_param(h, P8_CTRL_CONFORMANCE, 1);
    p8_set_param(h, P8_CTRL_TICK_TRACE, 1);
    P8_CHECK_EQ(P8_OK, p8_firmware_load(h, DIVIDER, "", 1, 7));
    render(h, 1, 400);
    P8_CHECK_EQ(P8_FW_RUNNING, p8_firmware_state(h));
    render(h, 1, 0); /* left input 0: division by zero */
    P8_CHECK_EQ(P8_FW_STOPPED, p8_firmware_state(h));
    P8_CHECK(p8_read_tick_trace(h, rows, P8_TRACE_FIELDS * P8_TRACE_MAX_TICKS) >= 0);
    P8_CHECK(p8_memory_report(h, report, P8_REGION_COUNT * P8_REPORT_FIELDS) > 0);
    P8_CHECK(p8_firmware_message(h, text, sizeof text) > 0);
    P8_CHECK(p8_read_log(h, text, sizeof text) >= 0);
    counting = 0;
    P8_CHECK_EQ(0, heap_calls);
    P8_CHECK_EQ(0, p8_get_stat(h, P8_STAT_ALLOCS_AFTER_SEAL));
    p8_close(h);
}

int main(void) { return P8_RUN(nothing_touches_the_heap_between_open_and_close); }
