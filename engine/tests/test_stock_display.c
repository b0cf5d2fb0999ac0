/* displayLEDs[4] of the stock operators and the head positions (spec §4.4, §1.11; gap rules: STOCK_CHOICES.md). */
#include "p8_stock_util.h"
#include "p8_test.h"

static void render_and_read(int32_t h, int32_t frames, int32_t d[P8_DISPLAY_FIELDS]) {
    int16_t *buf = su_alloc(frames);
    su_render(h, buf, buf, frames);
    free(buf);
    p8_get_display(h, d, P8_DISPLAY_FIELDS);
}

P8_TEST(sub_2000_lights_op2_high_bit_1_and_op2_low_bit_0) {
    /* the stock UI screenshot: OSC C840 / SUB 2000 */
    int32_t h = su_open(48000, P8_OP1_OSC, 0xC840, P8_OP2_SUB, 0x2000);
    P8_REQUIRE(h >= 0);
    int32_t d[P8_DISPLAY_FIELDS];
    render_and_read(h, 32, d);
    P8_CHECK_EQ(0x02, d[P8_DISPLAY_LED2]);
    P8_CHECK_EQ(0x01, d[P8_DISPLAY_LED3]);
    P8_CHECK_EQ(0x81, d[P8_DISPLAY_LED0]); /* stereo triangle just started: L leftmost, R rightmost */
    p8_close(h);
}

P8_TEST(nop_nop_shows_no_operator_leds) {
    int32_t h = su_open(48000, 0, 0x1234, 0, 0x5678);
    P8_REQUIRE(h >= 0);
    int32_t d[P8_DISPLAY_FIELDS];
    render_and_read(h, 64, d);
    for (int i = 0; i < 4; i++) P8_CHECK_EQ(0, d[P8_DISPLAY_LED0 + i]);
    p8_close(h);
}

P8_TEST(heads_follow_the_clock_and_the_delay) {
    int32_t h = su_open(48000, 0, 0, P8_OP2_SUB, 0xA0C0); /* L 1024, R 4096 behind */
    P8_REQUIRE(h >= 0);
    int32_t d[P8_DISPLAY_FIELDS];
    render_and_read(h, 4096, d);
    P8_CHECK_EQ(4095, d[P8_DISPLAY_WRITE_FRAME]);
    P8_CHECK_EQ(4096, d[P8_DISPLAY_CLOCK]);
    P8_CHECK_EQ((4095 - 1024) * 16, d[P8_DISPLAY_READ_LEFT]);
    P8_CHECK_EQ(((4095 - 4096) * 16) & 0xFFFFF, d[P8_DISPLAY_READ_RIGHT]);
    P8_CHECK_EQ(1, d[P8_DISPLAY_WRITE_FRAME] >> 11); /* red row: 2048 frames per LED */
    P8_CHECK_EQ(31, d[P8_DISPLAY_READ_RIGHT] >> 15); /* green row: last LED, just before the wrap */
    p8_close(h);
}

P8_TEST(msk_lights_the_active_eighth_and_the_delay_scale) {
    int32_t h = su_open(48000, 0, 0, P8_OP2_MSK, 0xFFA0);
    P8_REQUIRE(h >= 0);
    int32_t d[P8_DISPLAY_FIELDS];
    render_and_read(h, 8192 * 2 + 32, d); /* last tick 16415: third eighth */
    P8_CHECK_EQ(0x20, d[P8_DISPLAY_LED2]);
    P8_CHECK_EQ(1 << (0xA0 >> 5), d[P8_DISPLAY_LED3]);
    p8_close(h);
}

P8_TEST(and_and_or_show_the_read_address_across_their_two_bytes) {
    int32_t h = su_open(48000, P8_OP1_AND, 0x000F, P8_OP2_OR, 0x0100);
    P8_REQUIRE(h >= 0);
    int32_t d[P8_DISPLAY_FIELDS];
    render_and_read(h, 0x1240, d); /* last tick 0x123F */
    P8_CHECK_EQ(0x12, d[P8_DISPLAY_LED0]);
    P8_CHECK_EQ(0x30, d[P8_DISPLAY_LED1]); /* low nibble cleared by AND 000F */
    P8_CHECK_EQ(0x13, d[P8_DISPLAY_LED2]); /* then OR 0100 sets bit 8 */
    P8_CHECK_EQ(0x30, d[P8_DISPLAY_LED3]);
    p8_close(h);
}

int main(void) {
    return P8_RUN(sub_2000_lights_op2_high_bit_1_and_op2_low_bit_0, nop_nop_shows_no_operator_leds,
                  heads_follow_the_clock_and_the_delay, msk_lights_the_active_eighth_and_the_delay_scale,
                  and_and_or_show_the_read_address_across_their_two_bytes);
}
