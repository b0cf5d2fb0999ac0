/*
 * p8_exp_tables.h — the two exponential operand scales of the stock operators (spec/permut8.md §4.2).
 * EIGHT_BIT (0..255 -> 0..0xFFFF): SUB, MSK subtract, OSC/RND depth. SEVEN_BIT (0..127 -> 0..0x8000): OSC/RND
 * rate. Built from the closed forms, which reproduce every entry of the published tables; only the last entry
 * of each is special-cased. Pure functions of the index: any thread, any time.
 */
#ifndef P8_EXP_TABLES_H
#define P8_EXP_TABLES_H

#include <stdint.h>

static inline uint32_t p8_exp8(uint32_t i) {
    i &= 0xFFu;
    if (i == 0xFFu) return 0xFFFFu; /* the formula would give 0xF800 */
    if (i < 64u) return i;
    if (i < 96u) return 64u + 2u * (i - 64u);
    if (i < 128u) return 128u + 4u * (i - 96u);
    return (256u + 16u * (i & 15u)) << ((i >> 4) - 8u);
}

static inline uint32_t p8_exp7(uint32_t i) {
    i &= 0x7Fu;
    if (i == 0x7Fu) return 0x8000u;
    if (i < 32u) return i;
    if (i < 48u) return 32u + 2u * (i - 32u);
    if (i < 64u) return 64u + 4u * (i - 48u);
    return (128u + 16u * (i & 7u)) << ((i >> 3) - 8u);
}

#endif
