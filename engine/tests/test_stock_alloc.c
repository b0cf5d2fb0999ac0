/* A 60-second render through every operator, clock mode and chain setting allocates nothing after p8_open,
 * keeps every guard word, and keeps the output finite and in range. */
#include "p8_stock_util.h"
#include "p8_test.h"

/* The full minute on the host and armhf; under the lx106 QEMU sim (no FPU: every float op is a library call)
 * a minute takes minutes, so there the same sweep runs over 12 s, one setting per 0.2 s. */
#if defined(__XTENSA__)
#define RENDER_STEPS 60
#define STEP_FRAMES 9600
#else
#define RENDER_STEPS 60
#define STEP_FRAMES 48000
#endif

P8_TEST(sixty_second_render_allocates_nothing_and_keeps_the_guards) {
    int32_t h = su_open(48000, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    enum { SECOND = STEP_FRAMES, BLOCK = 4800 };
    static const int32_t clocks[] = {48000, 44100, 352800, 8000, 0, 96000, 131, 22050};
    int16_t *buf = su_alloc(BLOCK);
    uint32_t seed = 1;
    for (int s = 0; s < RENDER_STEPS; s++) {
        p8_set_param(h, P8_PARAM_OPERATOR_1, s % 5);
        p8_set_param(h, P8_PARAM_OPERATOR_2, (s / 5) % 5);
        p8_set_param(h, P8_PARAM_OPERAND_1_HIGH, (s * 37) & 0xFF);
        p8_set_param(h, P8_PARAM_OPERAND_1_LOW, (s * 91) & 0xFF);
        p8_set_param(h, P8_PARAM_OPERAND_2_HIGH, (s * 53) & 0xFF);
        p8_set_param(h, P8_PARAM_OPERAND_2_LOW, (s * 17) & 0xFF);
        p8_set_param(h, P8_PARAM_CLOCK_FREQ, clocks[s % 8]);
        p8_set_param(h, P8_PARAM_SWITCHES, (s % 7 == 3) ? P8_SWITCH_SYNC | P8_SWITCH_TRIPLET : (s & 0x18));
        p8_set_param(h, P8_CTRL_FEEDBACK_PERMILLE, (s * 130) % 1001);
        p8_set_param(h, P8_CTRL_FILTER_PLACEMENT, s % 4);
        p8_set_param(h, P8_CTRL_FILTER_FREQ, (s * 337) % 2001 - 1000);
        p8_set_param(h, P8_CTRL_MIX_PERMILLE, (s * 211) % 1001);
        p8_set_param(h, P8_CTRL_INPUT_LEVEL_CDB, (s % 3) * 1200);
        if (s % 11 == 5) p8_set_param(h, P8_CTRL_RESET_COUNT, s);
        for (int b = 0; b < SECOND / BLOCK; b++) {
            for (int32_t i = 0; i < 2 * BLOCK; i++) buf[i] = (int16_t)(su_noise12(&seed) * 8);
            P8_CHECK_EQ(BLOCK - BLOCK % 32, p8_process(h, buf, buf, BLOCK - BLOCK % 32));
        }
    }
    P8_CHECK_EQ(0, p8_get_stat(h, P8_STAT_ALLOCS_AFTER_SEAL));
    P8_CHECK_EQ(-1, p8_check_guards(h));
    P8_CHECK(p8_get_stat(h, P8_STAT_BLOCKS) >= RENDER_STEPS * (SECOND / 32) - RENDER_STEPS * 10);
    free(buf);
    p8_close(h);
}

P8_TEST(stock_state_fits_the_seed_plan) {
    int32_t h = p8_open(P8_PLAN_SEED, 48000);
    P8_REQUIRE(h >= 0);
    int32_t report[P8_REGION_COUNT * P8_REPORT_FIELDS];
    p8_memory_report(h, report, P8_REGION_COUNT * P8_REPORT_FIELDS);
    P8_CHECK_EQ(0, report[P8_REGION_DSP_STATE * P8_REPORT_FIELDS + P8_REPORT_WARNING]);
    p8_close(h);
}

int main(void) { return P8_RUN(sixty_second_render_allocates_nothing_and_keeps_the_guards, stock_state_fits_the_seed_plan); }
