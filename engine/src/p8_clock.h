/*
 * p8_clock.h — the Permut8 clock: its rate (CLOCK_FREQ, or derived from tempo in SYNC), a phase accumulator
 * that says how many ticks fall into each codec frame, and the 16-bit clock counter.
 *
 *   p8_clock_init(&c, codec_hz)            power-up: rate = codec rate, counter 0
 *   p8_clock_set_rate(&c, clock_hz)        block boundary (AUDIO); 0 Hz freezes (no ticks at all)
 *   n = p8_clock_advance(&c)               once per codec frame: ticks in this frame (0..45)
 *   c16 = p8_clock_next(c16, reverse)      once per tick, after the tick: the 16-bit counter +1, or -1 in REV
 *                                          (the counter itself is the engine's `clock`, shared with firmware)
 *
 * Timing (used by the resampler): the accumulator holds ticks in 32.32 fixed point. A frame spans codec time
 * (n-1, n]; tick k of the frame happens where the accumulator crosses an integer, i.e. at frame fraction
 * (k - frac_before) / ticks_per_frame. After the frame, frac_after = the clock-domain time past the last tick.
 */
#ifndef P8_CLOCK_H
#define P8_CLOCK_H

#include <stdint.h>

#define P8_CLOCK_MAX_HZ 352800

typedef struct {
    uint64_t increment;  /* ticks per codec frame, 32.32 */
    uint32_t frac;       /* accumulator fraction (clock-domain time since the last tick), 0.32 */
    int32_t codec_hz;
    double clock_hz;     /* rate in use */
    float frames_per_tick; /* codec frames per tick (0 when stopped) */
} p8_clock;

void p8_clock_init(p8_clock *c, int32_t codec_hz);

/* Rate in Hz (fractional allowed), clamped to 0..P8_CLOCK_MAX_HZ. */
void p8_clock_set_rate(p8_clock *c, double clock_hz);

/* Clock rate of SYNC mode: one memory cycle (65536 ticks) lasts the note division `column` (0..6) of the table
 * chosen by `switches` (P8_SWITCH_DOTTED wins over P8_SWITCH_TRIPLET), at tempo `centi_bpm` (BPM x 100).
 * Not clamped. */
double p8_clock_sync_hz(int32_t switches, int32_t column, int32_t centi_bpm);

/* Cycle length of a sync column in whole notes, as num/den (for tests and reports). */
void p8_clock_sync_division(int32_t switches, int32_t column, int32_t *num, int32_t *den);

/* 1 when exactly one tick falls on every codec frame, aligned with it (clock rate == codec rate). */
static inline int p8_clock_is_unity(const p8_clock *c) { return c->increment == (1ull << 32); }

/* Advances one codec frame; returns the ticks that fall into it. */
static inline uint32_t p8_clock_advance(p8_clock *c) {
    uint64_t acc = (uint64_t)c->frac + c->increment;
    c->frac = (uint32_t)acc;
    return (uint32_t)(acc >> 32);
}

static inline uint16_t p8_clock_next(uint16_t counter, int reverse) {
    return (uint16_t)(reverse ? counter - 1u : counter + 1u);
}

#endif
