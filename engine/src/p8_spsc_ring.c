/* p8_spsc_ring.c — see p8_spsc_ring.h. Acquire/release on head and tail is the whole synchronisation. */
#include "p8_spsc_ring.h"

#include <string.h>

int p8_ring_init(p8_spsc_ring *ring, p8_mem *mem, int region, uint32_t capacity) {
    if (!ring || capacity < 512u || (capacity & (capacity - 1u)) != 0) return P8_ERR_BAD_ARGUMENT;
    ring->bytes = p8_mem_take(mem, region, capacity);
    if (!ring->bytes) return P8_ERR_BUDGET;
    ring->capacity = capacity;
    atomic_init(&ring->head, 0u);
    atomic_init(&ring->tail, 0u);
    atomic_init(&ring->dropped, 0u);
    return P8_OK;
}

int p8_ring_push(p8_spsc_ring *ring, const void *message, uint32_t len) {
    uint32_t head = atomic_load_explicit(&ring->head, memory_order_relaxed);
    uint32_t tail = atomic_load_explicit(&ring->tail, memory_order_acquire);
    uint32_t mask = ring->capacity - 1u;
    uint32_t at = head & mask;
    uint32_t to_end = ring->capacity - at;
    uint32_t need = len + 1u;
    if (len == 0 || len > 255u) goto drop;
    /* A message never wraps: if it does not fit before the end, a 0 marker skips the rest. */
    uint32_t skip = need > to_end ? to_end : 0u;
    if (head - tail + skip + need > ring->capacity) goto drop;
    if (skip) {
        ring->bytes[at] = 0;
        head += skip;
        at = 0;
    }
    ring->bytes[at] = (uint8_t)len;
    memcpy(ring->bytes + at + 1u, message, len);
    atomic_store_explicit(&ring->head, head + need, memory_order_release);
    return 1;
drop:
    atomic_store_explicit(&ring->dropped, atomic_load_explicit(&ring->dropped, memory_order_relaxed) + 1u,
                          memory_order_relaxed);
    return 0;
}

int p8_ring_pop(p8_spsc_ring *ring, void *out, uint32_t capacity) {
    uint32_t tail = atomic_load_explicit(&ring->tail, memory_order_relaxed);
    uint32_t head = atomic_load_explicit(&ring->head, memory_order_acquire);
    uint32_t mask = ring->capacity - 1u;
    if (tail == head) return 0;
    uint32_t at = tail & mask;
    if (ring->bytes[at] == 0) { /* skip marker: the message starts at index 0 */
        tail += ring->capacity - at;
        at = 0;
        if (tail == head) {
            atomic_store_explicit(&ring->tail, tail, memory_order_release);
            return 0;
        }
    }
    uint32_t len = ring->bytes[at];
    if (len > capacity) return P8_ERR_BUFFER_TOO_SMALL;
    memcpy(out, ring->bytes + at + 1u, len);
    atomic_store_explicit(&ring->tail, tail + len + 1u, memory_order_release);
    return (int)len;
}
