/*
 * p8_operators.h — the stock operators (spec/permut8.md §4.1, §4.3; gaps chosen in STOCK_CHOICES.md).
 *
 * Positions are 16.4 fixed point over 20 bits (read frame = p >> 4, interpolation fraction = p & 15); the
 * operators compute in uint32 and the reader masks to 20 bits, so every result wraps.
 *   slot 1: NOP, AND, MUL, OSC, RND     works on the base positions (clock << 4)
 *   slot 2: NOP, OR, XOR, MSK, SUB      works on slot 1's result (MSK also sees the base)
 *
 *   p8_operators_init(&o)                   power-up state (PRNG seeded, LFO phase 0)
 *   p8_operators_set(&o, op1, w1, op2, w2)  block boundary (AUDIO): operators and 16-bit operands; derives
 *                                           masks, rates and depths so the per-tick code only adds/shifts
 *   p8_operators_reset(&o)                  RESET: LFO phase 0, PRNG reseeded (the same sequence again)
 *   p8_operate1(&o, clock, pos)             per tick, step 3
 *   p8_operate2(&o, clock, base, pos)       per tick, step 4
 */
#ifndef P8_OPERATORS_H
#define P8_OPERATORS_H

#include <stdint.h>

#include "permut8_engine.h"

/* The operators run once per tick inside the engine's tick loops: always inlined there (GCC and Clang). */
#if defined(__GNUC__)
#define P8_HOT_INLINE inline __attribute__((always_inline))
#else
#define P8_HOT_INLINE inline
#endif

#define P8_RND_SEED_LEFT 0x2545F491u
#define P8_RND_SEED_RIGHT 0x9E3779B9u
#define P8_XOR_STEREO_OFFSET (0x4000u << 4) /* MSB of XOR: right channel lags a quarter cycle (16.4) */

typedef struct {
    int32_t op1, op2;
    uint32_t w1, w2;       /* operands (high << 8 | low) */
    /* derived at set time */
    uint32_t mask1;        /* AND: bits to clear (16.4) */
    uint32_t mul_rate;     /* MUL: 8.8 rate */
    uint32_t mul_negative; /* MUL: 1 = backwards */
    uint32_t lfo_step;     /* OSC: phase increment per tick; RND: sweep step per tick (0.32 of the depth) */
    uint32_t depth;        /* OSC/RND depth in frames (E8[low]) */
    uint32_t stereo1;      /* OSC/RND: MSB of operand 1 */
    uint32_t mask2;        /* OR/XOR: bits to set/flip (16.4) */
    uint32_t stereo2;      /* XOR: MSB of operand 2 */
    uint32_t sub_left;     /* SUB: E8[high] << 4; MSK: E8[low] << 4 */
    uint32_t sub_right;
    uint32_t steps;        /* MSK: step mask (high byte), bit 7 = first eighth */
    /* running state */
    uint32_t phase;        /* OSC phase, 0.32 of one triangle cycle */
    uint32_t rnd_state[2]; /* xorshift32 per channel */
    uint32_t rnd_now[2];   /* RND: current offset, 0.32 of the depth */
    uint32_t rnd_goal[2];  /* RND: target offset */
    uint32_t lfo_t[2];     /* last OSC/RND offset as 0..65536 of the depth (for the LEDs) */
} p8_operators;

void p8_operators_init(p8_operators *o);
void p8_operators_reset(p8_operators *o);
void p8_operators_set(p8_operators *o, int32_t op1, uint32_t w1, int32_t op2, uint32_t w2);

/* Bits of the AND/OR/XOR operand in position units; an odd operand also covers the 4 fraction bits. */
static inline uint32_t p8_bit_mask(uint32_t w) { return (w << 4) | ((w & 1u) ? 0xFu : 0u); }

static inline uint32_t p8_xorshift32(uint32_t *s) {
    uint32_t x = *s;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *s = x;
}

/* t in 0..65536 (fraction of the depth) -> subtracted 16.4 offset */
static inline uint32_t p8_depth_offset(uint32_t depth, uint32_t t) { return (depth * t) >> 12; }

static inline void p8_rnd_channel(p8_operators *o, int ch, uint16_t clock) {
    if (o->lfo_step == 0) { /* rate 0: sample & hold, new offset at the start of each memory cycle */
        if (clock == 0) o->rnd_now[ch] = p8_xorshift32(&o->rnd_state[ch]);
        return;
    }
    uint32_t now = o->rnd_now[ch], goal = o->rnd_goal[ch];
    if (now == goal) {
        o->rnd_goal[ch] = p8_xorshift32(&o->rnd_state[ch]);
        return;
    }
    if (now < goal) o->rnd_now[ch] = goal - now > o->lfo_step ? now + o->lfo_step : goal;
    else o->rnd_now[ch] = now - goal > o->lfo_step ? now - o->lfo_step : goal;
}

static P8_HOT_INLINE void p8_operate1(p8_operators *o, uint16_t clock, uint32_t pos[2]) {
    switch (o->op1) {
    case P8_OP1_AND:
        pos[0] &= ~o->mask1;
        pos[1] &= ~o->mask1;
        break;
    case P8_OP1_MUL: {
        uint32_t p = ((uint32_t)clock * o->mul_rate) >> 4;
        if (o->mul_negative) p = 0u - p;
        pos[0] = pos[1] = p;
        break;
    }
    case P8_OP1_OSC: {
        uint32_t t;
        if (o->lfo_step == 0) {
            t = 65536u; /* frozen: the full depth, i.e. a SUB for slot 1 */
        } else {
            uint32_t ph = o->phase;
            t = (ph < 0x80000000u ? ph : 0u - ph) >> 15;
            o->phase = ph + o->lfo_step;
        }
        uint32_t tr = o->stereo1 ? 65536u - t : t;
        o->lfo_t[0] = t;
        o->lfo_t[1] = tr;
        pos[0] -= p8_depth_offset(o->depth, t);
        pos[1] -= p8_depth_offset(o->depth, tr);
        break;
    }
    case P8_OP1_RND: {
        p8_rnd_channel(o, 0, clock);
        if (o->stereo1) p8_rnd_channel(o, 1, clock);
        else o->rnd_now[1] = o->rnd_now[0];
        o->lfo_t[0] = o->rnd_now[0] >> 16;
        o->lfo_t[1] = o->rnd_now[1] >> 16;
        pos[0] -= p8_depth_offset(o->depth, o->lfo_t[0]);
        pos[1] -= p8_depth_offset(o->depth, o->lfo_t[1]);
        break;
    }
    default: break;
    }
}

static P8_HOT_INLINE void p8_operate2(const p8_operators *o, uint16_t clock, const uint32_t base[2], uint32_t pos[2]) {
    switch (o->op2) {
    case P8_OP2_OR:
        pos[0] |= o->mask2;
        pos[1] |= o->mask2;
        break;
    case P8_OP2_XOR:
        pos[0] ^= o->mask2;
        pos[1] = (o->stereo2 ? pos[1] - P8_XOR_STEREO_OFFSET : pos[1]) ^ o->mask2;
        break;
    case P8_OP2_MSK:
        if (((o->steps << (clock >> 13)) & 0x80u) == 0) { /* step off: instruction 1 is ignored */
            pos[0] = base[0];
            pos[1] = base[1];
        }
        pos[0] -= o->sub_left;
        pos[1] -= o->sub_right;
        break;
    case P8_OP2_SUB:
        pos[0] -= o->sub_left;
        pos[1] -= o->sub_right;
        break;
    default: break;
    }
}

#endif
