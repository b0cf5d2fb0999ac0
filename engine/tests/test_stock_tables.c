/* The two exponential operand scales against the sample values published with them (spec §4.2). */
#include "p8_exp_tables.h"
#include "p8_test.h"

P8_TEST(eight_bit_table_matches_the_published_samples) {
    P8_CHECK_EQ(32, p8_exp8(0x20));
    P8_CHECK_EQ(128, p8_exp8(0x60));
    P8_CHECK_EQ(192, p8_exp8(0x70));
    P8_CHECK_EQ(256, p8_exp8(0x80));
    P8_CHECK_EQ(1024, p8_exp8(0xA0));
    P8_CHECK_EQ(2432, p8_exp8(0xB3));
    P8_CHECK_EQ(4096, p8_exp8(0xC0));
    P8_CHECK_EQ(0x4000, p8_exp8(0xE0));
    P8_CHECK_EQ(0x8000, p8_exp8(0xF0));
    P8_CHECK_EQ(0xC000, p8_exp8(0xF8));
}

P8_TEST(eight_bit_table_ends_are_zero_and_ffff) {
    P8_CHECK_EQ(0, p8_exp8(0));
    P8_CHECK_EQ(0xFFFF, p8_exp8(0xFF));
    P8_CHECK_EQ(0xF000, p8_exp8(0xFE)); /* (256 + 16*14) << 7 */
}

P8_TEST(eight_bit_table_is_strictly_increasing) {
    for (uint32_t i = 1; i < 256; i++) P8_CHECK(p8_exp8(i) > p8_exp8(i - 1));
}

P8_TEST(seven_bit_table_follows_its_closed_form_and_ends_at_8000) {
    P8_CHECK_EQ(0, p8_exp7(0));
    P8_CHECK_EQ(31, p8_exp7(31));
    P8_CHECK_EQ(32, p8_exp7(32));
    P8_CHECK_EQ(64, p8_exp7(48));
    P8_CHECK_EQ(128, p8_exp7(64));
    P8_CHECK_EQ(256, p8_exp7(72));
    P8_CHECK_EQ(0x8000, p8_exp7(127));
    for (uint32_t i = 1; i < 128; i++) P8_CHECK(p8_exp7(i) > p8_exp7(i - 1));
}

P8_TEST(seven_bit_table_ignores_the_stereo_msb) { P8_CHECK_EQ(p8_exp7(0x05), p8_exp7(0x85)); }

int main(void) {
    return P8_RUN(eight_bit_table_matches_the_published_samples, eight_bit_table_ends_are_zero_and_ffff,
                  eight_bit_table_is_strictly_increasing, seven_bit_table_follows_its_closed_form_and_ends_at_8000,
                  seven_bit_table_ignores_the_stereo_msb);
}
