/* p8_operators.c — see p8_operators.h. */
#include "p8_operators.h"

#include "p8_exp_tables.h"

void p8_operators_reset(p8_operators *o) {
    o->phase = 0;
    o->rnd_state[0] = P8_RND_SEED_LEFT;
    o->rnd_state[1] = P8_RND_SEED_RIGHT;
    o->rnd_now[0] = o->rnd_now[1] = 0;
    o->rnd_goal[0] = o->rnd_goal[1] = 0;
    o->lfo_t[0] = o->lfo_t[1] = 0;
}

void p8_operators_init(p8_operators *o) {
    *o = (p8_operators){0};
    p8_operators_reset(o);
    p8_operators_set(o, P8_OP1_NOP, 0, P8_OP2_NOP, 0);
}

void p8_operators_set(p8_operators *o, int32_t op1, uint32_t w1, int32_t op2, uint32_t w2) {
    w1 &= 0xFFFFu;
    w2 &= 0xFFFFu;
    o->op1 = (op1 >= 0 && op1 < P8_OP1_COUNT) ? op1 : P8_OP1_NOP;
    o->op2 = (op2 >= 0 && op2 < P8_OP2_COUNT) ? op2 : P8_OP2_NOP;
    o->w1 = w1;
    o->w2 = w2;
    uint32_t hi1 = w1 >> 8, lo1 = w1 & 0xFFu, hi2 = w2 >> 8, lo2 = w2 & 0xFFu;

    o->mask1 = p8_bit_mask(w1) & 0xFFFFFu;
    o->mul_rate = w1 & 0x7FFFu;
    o->mul_negative = (w1 >> 15) & 1u;
    o->stereo1 = (w1 >> 15) & 1u;
    o->depth = p8_exp8(lo1);
    uint32_t rate = p8_exp7(hi1 & 0x7Fu);
    /* OSC: one triangle cycle = 2^20 ticks at rate 1 (phase step rate << 12 of 2^32).
     * RND: sweeps at the speed of the OSC triangle: the full depth (2^32) in half an OSC cycle. */
    o->lfo_step = o->op1 == P8_OP1_RND ? rate << 13 : rate << 12;

    o->stereo2 = (w2 >> 15) & 1u;
    o->mask2 = (o->op2 == P8_OP2_XOR ? p8_bit_mask(w2 & 0x7FFFu) : p8_bit_mask(w2)) & 0xFFFFFu;
    o->steps = hi2;
    if (o->op2 == P8_OP2_MSK) {
        o->sub_left = o->sub_right = p8_exp8(lo2) << 4;
    } else {
        o->sub_left = p8_exp8(hi2) << 4;
        o->sub_right = p8_exp8(lo2) << 4;
    }
}
