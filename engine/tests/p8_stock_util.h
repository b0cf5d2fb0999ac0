/*
 * p8_stock_util.h — helpers for the stock-engine tests (test_stock_*.c): open an engine with a program, feed
 * impulses and noise, find echoes. Everything goes through the public API.
 */
#ifndef P8_STOCK_UTIL_H
#define P8_STOCK_UTIL_H

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "permut8_engine.h"

/* Opens an engine at `codec_hz` with operator slots set; clock = codec rate unless changed later. */
static inline int32_t su_open(int32_t codec_hz, int op1, int w1, int op2, int w2) {
    int32_t h = p8_open(P8_PLAN_DEFAULT, codec_hz);
    if (h < 0) return h;
    p8_set_param(h, P8_PARAM_OPERATOR_1, op1);
    p8_set_param(h, P8_PARAM_OPERAND_1_HIGH, (w1 >> 8) & 0xFF);
    p8_set_param(h, P8_PARAM_OPERAND_1_LOW, w1 & 0xFF);
    p8_set_param(h, P8_PARAM_OPERATOR_2, op2);
    p8_set_param(h, P8_PARAM_OPERAND_2_HIGH, (w2 >> 8) & 0xFF);
    p8_set_param(h, P8_PARAM_OPERAND_2_LOW, w2 & 0xFF);
    return h;
}

/* Deterministic 12-bit noise (an LCG independent of the engine's PRNG), -2047..2047. */
static inline int32_t su_noise12(uint32_t *state) {
    *state = *state * 1664525u + 1013904223u;
    return (int32_t)((*state >> 20) % 4095u) - 2047;
}

/* The soft clips' knee (CHAIN.md) in 12-bit units: the chain passes |x| <= this exactly (the power-up identity),
 * so tests that expect exact samples stay at or below it. */
#define SU_KNEE12 1024

/* Deterministic noise within the knee, -1024..1024. */
static inline int32_t su_noise_knee(uint32_t *state) {
    *state = *state * 1664525u + 1013904223u;
    return (int32_t)((*state >> 20) % (2u * SU_KNEE12 + 1u)) - SU_KNEE12;
}

/* Renders `frames` (multiple of 32) through the engine. */
static inline void su_render(int32_t h, const int16_t *in, int16_t *out, int32_t frames) {
    for (int32_t done = 0; done < frames; done += 4096) {
        int32_t n = frames - done < 4096 ? frames - done : 4096;
        p8_process(h, in + 2 * done, out + 2 * done, n);
    }
}

static inline int16_t *su_alloc(int32_t frames) { return (int16_t *)calloc((size_t)frames * 2u, sizeof(int16_t)); }

/* First frame >= from whose channel sample magnitude is >= threshold, or -1. */
static inline int32_t su_first_at_least(const int16_t *buf, int32_t frames, int ch, int32_t from, int32_t threshold) {
    for (int32_t i = from; i < frames; i++)
        if (abs(buf[2 * i + ch]) >= threshold) return i;
    return -1;
}

/* Frame of the largest magnitude of channel ch in [from, to). */
static inline int32_t su_peak(const int16_t *buf, int ch, int32_t from, int32_t to) {
    int32_t best = from, mag = -1;
    for (int32_t i = from; i < to; i++)
        if (abs(buf[2 * i + ch]) > mag) mag = abs(buf[2 * i + ch]), best = i;
    return best;
}

/* Number of frames in [from, to) where channel ch is non-zero. */
static inline int32_t su_count_nonzero(const int16_t *buf, int ch, int32_t from, int32_t to) {
    int32_t n = 0;
    for (int32_t i = from; i < to; i++) n += buf[2 * i + ch] != 0;
    return n;
}

#endif
