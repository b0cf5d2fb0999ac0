/* The memory report tells the truth: a fresh engine warns nowhere; a firmware that fills more than 80 % of its
 * bank (half of the program/global/stack region) makes that region warn; stack use comes from the VM. */
#include "p8_test.h"
#include "permut8_engine.h"

static int32_t report[P8_REGION_COUNT * P8_REPORT_FIELDS];

static int32_t field(int region, int f) { return report[region * P8_REPORT_FIELDS + f]; }

P8_TEST(fresh_engine_warns_about_no_region_in_either_plan) {
    for (int plan = 0; plan < P8_PLAN_COUNT; plan++) {
        int32_t h = p8_open(plan, 48000);
        P8_REQUIRE(h >= 0);
        P8_CHECK_EQ(P8_REGION_COUNT * P8_REPORT_FIELDS, p8_memory_report(h, report, P8_REGION_COUNT * P8_REPORT_FIELDS));
        for (int r = 0; r < P8_REGION_COUNT; r++) P8_CHECK_EQ(0, field(r, P8_REPORT_WARNING));
        P8_CHECK_EQ(0, field(P8_REGION_GLOBAL, P8_REPORT_USED));
        P8_CHECK_EQ(0, field(P8_REGION_STACK, P8_REPORT_USED));
        /* the firmware regions are reserved whole at open */
        P8_CHECK(field(P8_REGION_PROGRAM, P8_REPORT_SIZE) > field(P8_REGION_PROGRAM, P8_REPORT_BUDGET) - 64);
        p8_close(h);
    }
}

/* The seed plan's GLOBAL region is 8 KiB: 4 KiB = 1024 words per bank; 900 words is 88 % of a bank. */
static const char *const BIG_GLOBALS = "signal: GLOB *2\nbig: GLOB *900\nprocess: FUNC\n RETU\n";
static const char *const SMALL_GLOBALS = "signal: GLOB *2\nbig: GLOB *100\nprocess: FUNC\n RETU\n";

P8_TEST(firmware_above_80_percent_of_its_bank_warns) {
    int32_t h = p8_open(P8_PLAN_SEED, 48000);
    P8_REQUIRE(h >= 0);
    P8_REQUIRE(p8_firmware_load(h, SMALL_GLOBALS, "", 0, 0) == P8_OK);
    p8_memory_report(h, report, P8_REGION_COUNT * P8_REPORT_FIELDS);
    int32_t small_used = field(P8_REGION_GLOBAL, P8_REPORT_USED);
    P8_CHECK(small_used >= 102 * 4); /* signal[2] + big[100], plus whatever the host keeps there */
    P8_CHECK_EQ(0, field(P8_REGION_GLOBAL, P8_REPORT_WARNING));
    P8_REQUIRE(p8_firmware_load(h, BIG_GLOBALS, "", 0, 0) == P8_OK);
    p8_memory_report(h, report, P8_REGION_COUNT * P8_REPORT_FIELDS);
    P8_CHECK_EQ(small_used + 800 * 4, field(P8_REGION_GLOBAL, P8_REPORT_USED)); /* 800 more words */
    P8_CHECK_EQ(1, field(P8_REGION_GLOBAL, P8_REPORT_WARNING));
    P8_CHECK_EQ(0, field(P8_REGION_PROGRAM, P8_REPORT_WARNING));
    p8_close(h);
}

int main(void) { return P8_RUN(fresh_engine_warns_about_no_region_in_either_plan, firmware_above_80_percent_of_its_bank_warns); }
