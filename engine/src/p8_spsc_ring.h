/*
 * p8_spsc_ring.h — single-producer / single-consumer lock-free message ring between the audio task and the
 * control plane. One thread only pushes, one thread only pops; neither ever waits. Messages are byte strings
 * of 1..255 bytes stored as [length][bytes], never split at the wrap (a zero length marks "skip to start").
 * When full, push drops the message and counts it: the audio task must never block on a slow reader.
 */
#ifndef P8_SPSC_RING_H
#define P8_SPSC_RING_H

#include <stdatomic.h>
#include <stdint.h>

#include "p8_mem_plan.h"

typedef struct {
    uint8_t *bytes;
    uint32_t capacity;       /* power of two */
    _Atomic uint32_t head;   /* written by the producer only: bytes ever pushed (mod 2^32) */
    _Atomic uint32_t tail;   /* written by the consumer only: bytes ever consumed */
    _Atomic uint32_t dropped; /* messages refused because the ring was full (producer writes) */
} p8_spsc_ring;

/* capacity: a power of two >= 512, taken from `region` of the (not yet sealed) plan. */
int p8_ring_init(p8_spsc_ring *ring, p8_mem *mem, int region, uint32_t capacity);

/* Producer. Returns 1 when queued, 0 when dropped (full, or len not in 1..255). */
int p8_ring_push(p8_spsc_ring *ring, const void *message, uint32_t len);

/* Consumer. Copies the oldest message into out; returns its length, 0 when empty, P8_ERR_BUFFER_TOO_SMALL
 * (message kept) when capacity is too small. */
int p8_ring_pop(p8_spsc_ring *ring, void *out, uint32_t capacity);

#endif
