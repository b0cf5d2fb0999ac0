/*
 * p8_params.h — hand-over of the whole params/controls set from the control plane to the audio task.
 * A seqlock: the writer makes the sequence odd, copies, makes it even (release); the reader copies between two
 * equal even reads (acquire). The audio task never sees half a set and never waits: if a copy races a write
 * it keeps the old set and tries again at the next block.
 */
#ifndef P8_PARAMS_H
#define P8_PARAMS_H

#include <stdatomic.h>
#include <stdint.h>

#include "permut8_engine.h"

typedef struct {
    _Atomic uint32_t sequence;
    _Atomic int32_t values[P8_CTRL_COUNT];
} p8_param_exchange;

/* Range of each index (clamping on the way in). */
int32_t p8_param_clamp(int index, int32_t value);

/* The power-up program: NOP/NOP, clock = codec rate, unity levels, mix 100 % wet, no feedback. */
void p8_param_defaults(int32_t values[P8_CTRL_COUNT], int32_t codec_rate_hz);

/* CONTROL: publish a whole set. */
void p8_param_publish(p8_param_exchange *x, const int32_t values[P8_CTRL_COUNT]);

/* AUDIO: copy the newest complete set into `out` if it is newer than *last_sequence. Returns 1 when taken. */
int p8_param_pickup(p8_param_exchange *x, int32_t out[P8_CTRL_COUNT], uint32_t *last_sequence);

#endif
