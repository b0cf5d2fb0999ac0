/* p8_pool.c — see p8_pool.h. */
#include "p8_pool.h"

int p8_pool_init(p8_pool *pool, p8_mem *mem, int region, uint32_t block_size, uint32_t block_count) {
    if (!pool || block_size == 0 || block_count == 0 || block_count > 65535u) return P8_ERR_BAD_ARGUMENT;
    block_size = (block_size + 7u) & ~7u;
    pool->blocks = p8_mem_take(mem, region, block_size * block_count);
    pool->free_list = p8_mem_take(mem, region, (uint32_t)sizeof(uint16_t) * block_count);
    pool->taken = p8_mem_take(mem, region, block_count);
    if (!pool->blocks || !pool->free_list || !pool->taken) return P8_ERR_BUDGET;
    pool->block_size = block_size;
    pool->block_count = block_count;
    for (uint32_t i = 0; i < block_count; i++) pool->free_list[i] = (uint16_t)(block_count - 1u - i);
    pool->free_top = block_count;
    pool->high_water = 0;
    pool->failed = 0;
    return P8_OK;
}

uint32_t p8_pool_in_use(const p8_pool *pool) { return pool->block_count - pool->free_top; }

void *p8_pool_alloc(p8_pool *pool) {
    if (pool->free_top == 0) {
        pool->failed++;
        return NULL;
    }
    uint16_t index = pool->free_list[--pool->free_top];
    uint32_t in_use = p8_pool_in_use(pool);
    if (in_use > pool->high_water) pool->high_water = in_use;
    pool->taken[index] = 1;
    return pool->blocks + (uint32_t)index * pool->block_size;
}

int p8_pool_free(p8_pool *pool, void *block) {
    uint8_t *p = block;
    if (!p || p < pool->blocks) return P8_ERR_BAD_ARGUMENT;
    uint32_t offset = (uint32_t)(p - pool->blocks);
    if (offset % pool->block_size != 0 || offset / pool->block_size >= pool->block_count) return P8_ERR_BAD_ARGUMENT;
    uint32_t index = offset / pool->block_size;
    if (!pool->taken[index]) return P8_ERR_BAD_ARGUMENT; /* double free */
    pool->taken[index] = 0;
    pool->free_list[pool->free_top++] = (uint16_t)index;
    return P8_OK;
}
