/* p8_display.c — see p8_display.h. */
#include "p8_display.h"

/* One lit LED for an E8-scaled operand byte: its top 3 bits (the SUB rule seen in the stock UI). */
static int32_t scale_led(uint32_t byte) { return (int32_t)(1u << ((byte & 0xFFu) >> 5)); }

/* A 0..65536 fraction of the depth -> one of 8 LEDs, leftmost = 0. */
static int32_t lfo_led(uint32_t t) { return (int32_t)(0x80u >> ((t * 7u + 32768u) >> 16)); }

/* The 16-bit read address of (pL | pR), high byte and low byte. */
static void address_leds(const uint32_t pos[2], int32_t *high, int32_t *low) {
    uint32_t a = ((pos[0] | pos[1]) >> 4) & 0xFFFFu;
    *high = (int32_t)(a >> 8);
    *low = (int32_t)(a & 0xFFu);
}

void p8_display_leds(const p8_operators *o, uint16_t clock, const uint32_t pos1[2], const uint32_t pos2[2],
                     int32_t leds[4]) {
    leds[0] = leds[1] = leds[2] = leds[3] = 0;
    switch (o->op1) {
    case P8_OP1_AND:
    case P8_OP1_MUL: address_leds(pos1, &leds[0], &leds[1]); break;
    case P8_OP1_OSC:
    case P8_OP1_RND:
        leds[0] = lfo_led(o->lfo_t[0]) | lfo_led(o->lfo_t[1]);
        leds[1] = scale_led(o->w1);
        break;
    default: break;
    }
    switch (o->op2) {
    case P8_OP2_OR:
    case P8_OP2_XOR: address_leds(pos2, &leds[2], &leds[3]); break;
    case P8_OP2_MSK:
        leds[2] = (int32_t)(0x80u >> (clock >> 13));
        leds[3] = scale_led(o->w2);
        break;
    case P8_OP2_SUB:
        leds[2] = scale_led(o->w2 >> 8);
        leds[3] = scale_led(o->w2);
        break;
    default: break;
    }
}
