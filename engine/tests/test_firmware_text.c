/* panelTextRows and configText through the public API (what a pedal shows on its tape labels / config dialog),
 * and load messages that say what a firmware lacks. */
#include <string.h>

#include "p8_test.h"
#include "permut8_engine.h"

static const char *const LABELLED =
    "signal: GLOB *2\n"
    "delayLabel: CNST *16\n DATs DLY left delay\n"
    "levelLabel: CNST *17\n DATs LVL output level\n"
    "help: CNST *24\n DATs Type a phrase to speak\n"
    "panelTextRows: CNST *8\n DATA &delayLabel #0 #0 #0 &levelLabel #0 #0 #0\n"
    "configText: GLOB *1\n DATp &help\n"
    "process: FUNC\n RETU\n";

static uint8_t buf[200];

P8_TEST(panel_rows_and_config_text_of_the_running_firmware) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    P8_CHECK_EQ(0, p8_firmware_text(h, 0, buf, sizeof buf)); /* no firmware: nothing */
    P8_CHECK_EQ(0, buf[0]);
    P8_REQUIRE(p8_firmware_load(h, LABELLED, "", 0, 0) == P8_OK);
    P8_CHECK_EQ(14, p8_firmware_text(h, 0, buf, sizeof buf));
    P8_CHECK(strcmp((const char *)buf, "DLY left delay") == 0);
    P8_CHECK_EQ(0, p8_firmware_text(h, 1, buf, sizeof buf)); /* null row: no tape */
    P8_CHECK_EQ(16, p8_firmware_text(h, 4, buf, sizeof buf));
    P8_CHECK(strcmp((const char *)buf, "LVL output level") == 0);
    P8_CHECK_EQ(22, p8_firmware_text(h, P8_FW_TEXT_CONFIG, buf, sizeof buf));
    P8_CHECK(strcmp((const char *)buf, "Type a phrase to speak") == 0);
    P8_CHECK_EQ(5, p8_firmware_text(h, 0, buf, 6)); /* cut to fit, still zero-terminated */
    P8_CHECK(strcmp((const char *)buf, "DLY l") == 0);
    P8_CHECK_EQ(P8_ERR_BAD_ARGUMENT, p8_firmware_text(h, 9, buf, sizeof buf));
    P8_CHECK_EQ(P8_OK, p8_firmware_unload(h));
    p8_close(h);
}

P8_TEST(load_errors_name_what_the_firmware_lacks) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, 48000);
    P8_REQUIRE(h >= 0);
    /* a Permut8 1.0 full patch: left/right globals instead of signal[2] */
    P8_CHECK_EQ(P8_ERR_LOAD, p8_firmware_load(h, "left: GLOB *1\nright: GLOB *1\nprocess: FUNC\n RETU\n", "", 0, 0));
    P8_CHECK(p8_firmware_message(h, buf, sizeof buf) > 0);
    P8_CHECK(strstr((const char *)buf, "Permut8 1.0") != NULL);
    P8_CHECK_EQ(P8_ERR_LOAD, p8_firmware_load(h, "process: FUNC\n RETU\n", "", 0, 0));
    P8_CHECK(p8_firmware_message(h, buf, sizeof buf) > 0);
    P8_CHECK(strstr((const char *)buf, "signal[2]") != NULL);
    P8_CHECK_EQ(P8_ERR_LOAD, p8_firmware_load(h, "x: GLOB *1\n", "", 0, 0));
    P8_CHECK(p8_firmware_message(h, buf, sizeof buf) > 0);
    P8_CHECK(strstr((const char *)buf, "neither process() nor operate1()/operate2()") != NULL);
    P8_CHECK_EQ(P8_FW_NONE, p8_firmware_state(h));
    p8_close(h);
}

int main(void) {
    return P8_RUN(panel_rows_and_config_text_of_the_running_firmware, load_errors_name_what_the_firmware_lacks);
}
