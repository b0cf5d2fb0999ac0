/*
 * p8_delay_memory.h — the Permut8 delay memory: 65536 stereo frames of 12-bit values, int16 storage,
 * interleaved (frame f: L at [2f], R at [2f+1]). Every address wraps by P8_MEMORY_MASK, so any int32 frame
 * position (negative, or past the end) is valid. Values are clamped to ±P8_SAMPLE_MAX on the way in.
 */
#ifndef P8_DELAY_MEMORY_H
#define P8_DELAY_MEMORY_H

#include <stdint.h>

#include "permut8_engine.h"

typedef struct {
    int16_t *frames; /* 2 * P8_MEMORY_FRAMES values, from P8_REGION_DELAY_MEMORY */
} p8_delay_memory;

static inline int16_t p8_clamp12(int32_t v) {
    return (int16_t)(v > P8_SAMPLE_MAX ? P8_SAMPLE_MAX : (v < -P8_SAMPLE_MAX ? -P8_SAMPLE_MAX : v));
}

static inline void p8_delay_write_frame(p8_delay_memory *m, int32_t frame, int32_t left, int32_t right) {
    uint32_t i = ((uint32_t)frame & P8_MEMORY_MASK) * 2u;
    m->frames[i] = p8_clamp12(left);
    m->frames[i + 1] = p8_clamp12(right);
}

static inline int16_t p8_delay_read(const p8_delay_memory *m, int32_t frame, int channel) {
    return m->frames[((uint32_t)frame & P8_MEMORY_MASK) * 2u + (uint32_t)channel];
}

void p8_delay_clear(p8_delay_memory *m);

/* Copy `count` frames starting at absolute `frame` (ascending addresses, wrapping) into / out of an
 * interleaved buffer. */
void p8_delay_read_frames(const p8_delay_memory *m, int32_t frame, int32_t count, int16_t *out);
void p8_delay_write_frames(p8_delay_memory *m, int32_t frame, int32_t count, const int16_t *in);

#endif
