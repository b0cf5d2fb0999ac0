/* The memory plan: budgets, seal, guard words, report. */
#include <stdlib.h>
#include <string.h>

#include "p8_engine.h"
#include "p8_mem_plan.h"
#include "p8_test.h"

P8_TEST(delay_region_is_exactly_65536_stereo_int16_frames) {
    P8_CHECK_EQ(65536 * 2 * 2, p8_mem_budget(P8_PLAN_DEFAULT, P8_REGION_DELAY_MEMORY));
    P8_CHECK_EQ(65536 * 2 * 2, p8_mem_budget(P8_PLAN_SEED, P8_REGION_DELAY_MEMORY));
}

P8_TEST(seed_plan_has_the_seed_budget_table) {
    P8_CHECK_EQ(32 * 1024, p8_mem_budget(P8_PLAN_SEED, P8_REGION_PROGRAM));
    P8_CHECK_EQ(8 * 1024, p8_mem_budget(P8_PLAN_SEED, P8_REGION_GLOBAL));
    P8_CHECK_EQ(4 * 1024, p8_mem_budget(P8_PLAN_SEED, P8_REGION_STACK));
    P8_CHECK_EQ(2 * 1024, p8_mem_budget(P8_PLAN_SEED, P8_REGION_AUDIO_IO));
    P8_CHECK_EQ(512, p8_mem_budget(P8_PLAN_SEED, P8_REGION_PARAMETER));
    P8_CHECK_EQ(256, p8_mem_budget(P8_PLAN_SEED, P8_REGION_DISPLAY));
}

P8_TEST(take_after_seal_is_refused_and_counted) {
    p8_mem mem;
    P8_REQUIRE(p8_mem_init(&mem, P8_PLAN_DEFAULT, p8_mem_hook_malloc()) == P8_OK);
    P8_CHECK(p8_mem_take(&mem, P8_REGION_POOLS, 64) != NULL);
    p8_mem_seal(&mem);
    P8_CHECK(p8_mem_take(&mem, P8_REGION_POOLS, 64) == NULL);
    P8_CHECK(p8_mem_take(&mem, P8_REGION_STACK, 8) == NULL);
    P8_CHECK_EQ(2, mem.allocs_after_seal);
    p8_mem_release(&mem);
}

P8_TEST(take_beyond_budget_is_refused) {
    p8_mem mem;
    P8_REQUIRE(p8_mem_init(&mem, P8_PLAN_SEED, p8_mem_hook_malloc()) == P8_OK);
    P8_CHECK(p8_mem_take(&mem, P8_REGION_DISPLAY, 256) != NULL);
    P8_CHECK(p8_mem_take(&mem, P8_REGION_DISPLAY, 8) == NULL);
    P8_CHECK_EQ(0, mem.allocs_after_seal);
    p8_mem_release(&mem);
}

P8_TEST(overwritten_guard_names_its_region) {
    p8_mem mem;
    P8_REQUIRE(p8_mem_init(&mem, P8_PLAN_DEFAULT, p8_mem_hook_malloc()) == P8_OK);
    P8_CHECK_EQ(-1, p8_mem_check_guards(&mem));
    uint8_t *stack = p8_mem_take(&mem, P8_REGION_STACK, 16);
    P8_REQUIRE(stack != NULL);
    /* one byte past the end of the stack region's budget: the trailing guard */
    stack[p8_mem_budget(P8_PLAN_DEFAULT, P8_REGION_STACK)] ^= 0x5A;
    P8_CHECK_EQ(P8_REGION_STACK, p8_mem_check_guards(&mem));
    P8_CHECK(strcmp("stack", p8_mem_region_name(P8_REGION_STACK)) == 0);
    p8_mem_release(&mem);
}

P8_TEST(underrun_before_a_region_is_detected) {
    p8_mem mem;
    P8_REQUIRE(p8_mem_init(&mem, P8_PLAN_DEFAULT, p8_mem_hook_malloc()) == P8_OK);
    uint8_t *display = p8_mem_take(&mem, P8_REGION_DISPLAY, 16);
    P8_REQUIRE(display != NULL);
    display[-1] = 0;
    P8_CHECK_EQ(P8_REGION_DISPLAY, p8_mem_check_guards(&mem));
    p8_mem_release(&mem);
}

P8_TEST(report_shows_size_used_and_high_water) {
    p8_mem mem;
    P8_REQUIRE(p8_mem_init(&mem, P8_PLAN_DEFAULT, p8_mem_hook_malloc()) == P8_OK);
    P8_REQUIRE(p8_mem_take(&mem, P8_REGION_STACK, 1000) != NULL); /* rounds up to 1000 (multiple of 8) */
    p8_mem_set_used(&mem, P8_REGION_STACK, 160000);                /* owner reports a deep moment */
    p8_mem_set_used(&mem, P8_REGION_STACK, 200);
    int32_t report[P8_REGION_COUNT * P8_REPORT_FIELDS];
    P8_CHECK_EQ(P8_REGION_COUNT * P8_REPORT_FIELDS, p8_mem_report(&mem, report, P8_REGION_COUNT * P8_REPORT_FIELDS));
    int32_t *row = report + P8_REGION_STACK * P8_REPORT_FIELDS;
    P8_CHECK_EQ(192 * 1024, row[P8_REPORT_BUDGET]);
    P8_CHECK_EQ(1000, row[P8_REPORT_SIZE]);
    P8_CHECK_EQ(200, row[P8_REPORT_USED]);
    P8_CHECK_EQ(160000, row[P8_REPORT_HIGH_WATER]);
    P8_CHECK_EQ(1, row[P8_REPORT_WARNING]); /* 160000 > 80 % of 196608 */
    P8_CHECK_EQ(P8_ERR_BUFFER_TOO_SMALL, p8_mem_report(&mem, report, 3));
    p8_mem_release(&mem);
}

static int failing_allocs;
static void *fail_on_third(void *ctx, size_t bytes, int region) {
    (void)ctx;
    (void)bytes;
    if (region == 2) return NULL;
    failing_allocs++;
    return malloc(bytes);
}
static void count_free(void *ctx, void *p, int region) {
    (void)ctx;
    (void)region;
    failing_allocs--;
    free(p);
}

P8_TEST(failed_init_releases_what_it_had) {
    p8_mem mem;
    p8_mem_hook hook = {fail_on_third, count_free, NULL};
    P8_CHECK_EQ(P8_ERR_OUT_OF_MEMORY, p8_mem_init(&mem, P8_PLAN_DEFAULT, hook));
    P8_CHECK_EQ(0, failing_allocs);
}

P8_TEST(engine_open_seals_its_plan) {
    int status = -99;
    p8_engine *e = p8_engine_open(P8_PLAN_DEFAULT, 48000, p8_mem_hook_malloc(), &status);
    P8_REQUIRE(e != NULL);
    P8_CHECK_EQ(P8_OK, status);
    P8_CHECK(e->mem.sealed);
    P8_CHECK_EQ(0, e->mem.allocs_after_seal);
    P8_CHECK_EQ(-1, p8_mem_check_guards(&e->mem));
    p8_engine_close(e);
}

int main(void) {
    return P8_RUN(delay_region_is_exactly_65536_stereo_int16_frames, seed_plan_has_the_seed_budget_table,
                  take_after_seal_is_refused_and_counted, take_beyond_budget_is_refused,
                  overwritten_guard_names_its_region, underrun_before_a_region_is_detected,
                  report_shows_size_used_and_high_water, failed_init_releases_what_it_had,
                  engine_open_seals_its_plan);
}
