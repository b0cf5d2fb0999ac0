/*
 * p8_seqlock.h — a whole set of int32 values handed from one writer thread to readers without locks or waiting:
 * the writer makes the sequence odd, stores, makes it even (release); a reader copies between two equal even
 * reads (acquire). Used for params (control -> audio) and the display (audio -> control).
 */
#ifndef P8_SEQLOCK_H
#define P8_SEQLOCK_H

#include <stdatomic.h>
#include <stdint.h>

/* Writer. Never blocks. */
static inline void p8_seqlock_write(_Atomic uint32_t *sequence, _Atomic int32_t *values, const int32_t *src, int n) {
    uint32_t s = atomic_load_explicit(sequence, memory_order_relaxed);
    atomic_store_explicit(sequence, s + 1u, memory_order_relaxed);
    atomic_thread_fence(memory_order_release);
    for (int i = 0; i < n; i++) atomic_store_explicit(&values[i], src[i], memory_order_relaxed);
    atomic_store_explicit(sequence, s + 2u, memory_order_release);
}

/* Reader, one attempt. Copies into dst and returns the (even) sequence of the set when the copy is whole; returns
 * 1 (odd: never a valid sequence) when a write was in progress or raced the copy — dst is then unusable. */
static inline uint32_t p8_seqlock_try_read(_Atomic uint32_t *sequence, _Atomic int32_t *values, int32_t *dst, int n) {
    uint32_t s1 = atomic_load_explicit(sequence, memory_order_acquire);
    if (s1 & 1u) return 1u;
    for (int i = 0; i < n; i++) dst[i] = atomic_load_explicit(&values[i], memory_order_relaxed);
    atomic_thread_fence(memory_order_acquire);
    return atomic_load_explicit(sequence, memory_order_relaxed) == s1 ? s1 : 1u;
}

#endif
