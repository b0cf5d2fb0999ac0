/* Fixed-block pool and SPSC ring, single-threaded behaviour (the two-thread stress is test_ring_threads.c). */
#include <string.h>

#include "p8_pool.h"
#include "p8_spsc_ring.h"
#include "p8_test.h"

static p8_mem mem;

P8_TEST(pool_counts_allocations_frees_and_leaks) {
    p8_pool pool;
    P8_REQUIRE(p8_mem_init(&mem, P8_PLAN_DEFAULT, p8_mem_hook_malloc()) == P8_OK);
    P8_REQUIRE(p8_pool_init(&pool, &mem, P8_REGION_POOLS, 24, 4) == P8_OK);
    p8_mem_seal(&mem);
    void *a = p8_pool_alloc(&pool), *b = p8_pool_alloc(&pool), *c = p8_pool_alloc(&pool), *d = p8_pool_alloc(&pool);
    P8_CHECK(a && b && c && d);
    P8_CHECK(a != b && b != c && c != d);
    P8_CHECK_EQ(4, p8_pool_in_use(&pool));
    P8_CHECK(p8_pool_alloc(&pool) == NULL);
    P8_CHECK_EQ(1, pool.failed);
    P8_CHECK_EQ(P8_OK, p8_pool_free(&pool, b));
    P8_CHECK_EQ(P8_ERR_BAD_ARGUMENT, p8_pool_free(&pool, b)); /* double free */
    P8_CHECK_EQ(P8_ERR_BAD_ARGUMENT, p8_pool_free(&pool, (uint8_t *)a + 1));
    P8_CHECK_EQ(3, p8_pool_leaks(&pool));
    P8_CHECK(p8_pool_alloc(&pool) == b); /* the freed block comes back */
    P8_CHECK_EQ(4, pool.high_water);
    P8_CHECK_EQ(0, mem.allocs_after_seal); /* the pool never asks the plan after init */
    p8_mem_release(&mem);
}

P8_TEST(ring_keeps_order_and_content) {
    p8_spsc_ring ring;
    P8_REQUIRE(p8_mem_init(&mem, P8_PLAN_DEFAULT, p8_mem_hook_malloc()) == P8_OK);
    P8_REQUIRE(p8_ring_init(&ring, &mem, P8_REGION_POOLS, 512) == P8_OK);
    P8_CHECK_EQ(1, p8_ring_push(&ring, "hello", 5));
    P8_CHECK_EQ(1, p8_ring_push(&ring, "ring", 4));
    char out[256];
    P8_CHECK_EQ(5, p8_ring_pop(&ring, out, sizeof out));
    P8_CHECK(memcmp(out, "hello", 5) == 0);
    P8_CHECK_EQ(P8_ERR_BUFFER_TOO_SMALL, p8_ring_pop(&ring, out, 3));
    P8_CHECK_EQ(4, p8_ring_pop(&ring, out, sizeof out));
    P8_CHECK(memcmp(out, "ring", 4) == 0);
    P8_CHECK_EQ(0, p8_ring_pop(&ring, out, sizeof out));
    p8_mem_release(&mem);
}

P8_TEST(ring_drops_and_counts_when_full_and_wraps_whole_messages) {
    p8_spsc_ring ring;
    P8_REQUIRE(p8_mem_init(&mem, P8_PLAN_DEFAULT, p8_mem_hook_malloc()) == P8_OK);
    P8_REQUIRE(p8_ring_init(&ring, &mem, P8_REGION_POOLS, 512) == P8_OK);
    uint8_t msg[100];
    int pushed = 0;
    while (p8_ring_push(&ring, msg, sizeof msg)) pushed++;
    P8_CHECK_EQ(5, pushed); /* 5 x 101 bytes = 505 <= 512; the 6th does not fit */
    P8_CHECK_EQ(1, atomic_load(&ring.dropped));
    P8_CHECK_EQ(0, p8_ring_push(&ring, msg, 0));   /* empty messages are refused */
    P8_CHECK_EQ(0, p8_ring_push(&ring, msg, 256)); /* so are messages over 255 bytes */
    /* drain and refill many times with odd sizes so messages meet the end of the buffer */
    uint8_t out[256];
    for (int round = 0; round < 1000; round++) {
        uint32_t len = 1u + (uint32_t)(round * 37 % 200);
        for (uint32_t i = 0; i < len; i++) msg[i % 100] = (uint8_t)(round + i);
        uint8_t big[200];
        for (uint32_t i = 0; i < len; i++) big[i] = (uint8_t)(round * 7 + i);
        while (p8_ring_pop(&ring, out, sizeof out) > 0) {
        }
        P8_REQUIRE(p8_ring_push(&ring, big, len) == 1);
        P8_REQUIRE(p8_ring_pop(&ring, out, sizeof out) == (int)len);
        P8_CHECK(memcmp(out, big, len) == 0);
    }
    p8_mem_release(&mem);
}

int main(void) {
    return P8_RUN(pool_counts_allocations_frees_and_leaks, ring_keeps_order_and_content,
                  ring_drops_and_counts_when_full_and_wraps_whole_messages);
}
