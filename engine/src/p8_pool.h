/*
 * p8_pool.h — fixed-block pool for the audio task: O(1) allocate/free from a free list carved out of the memory
 * plan at init. Single-threaded by design (one owner; blocks cross threads only inside ring messages).
 */
#ifndef P8_POOL_H
#define P8_POOL_H

#include <stdint.h>

#include "p8_mem_plan.h"

typedef struct {
    uint8_t *blocks;    /* block_count * block_size bytes */
    uint16_t *free_list; /* stack of free block indices */
    uint8_t *taken;      /* 1 per block while allocated: catches double and foreign frees */
    uint32_t block_size;
    uint32_t block_count;
    uint32_t free_top;  /* entries on the free stack */
    uint32_t high_water; /* most blocks in use at once */
    uint32_t failed;    /* allocations refused because the pool was empty */
} p8_pool;

/* Takes its storage from `region` of the (not yet sealed) plan. block_count <= 65535. */
int p8_pool_init(p8_pool *pool, p8_mem *mem, int region, uint32_t block_size, uint32_t block_count);

void *p8_pool_alloc(p8_pool *pool);          /* NULL when empty (counted in `failed`) */
int p8_pool_free(p8_pool *pool, void *block); /* P8_ERR_BAD_ARGUMENT for a pointer not from this pool */
uint32_t p8_pool_in_use(const p8_pool *pool);

/* At a point where every block should be back (e.g. close): the number still out. */
static inline uint32_t p8_pool_leaks(const p8_pool *pool) { return p8_pool_in_use(pool); }

#endif
