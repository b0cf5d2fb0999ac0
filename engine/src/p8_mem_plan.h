/*
 * p8_mem_plan.h — the memory plan: every region the engine uses, its budget, allocated once, then sealed.
 *
 * Lifecycle (CONTROL thread):
 *   p8_mem_init(&mem, plan, hook)   reserve every region through the allocator hook, write guard words
 *   p8_mem_take(&mem, region, n)    carve n bytes out of a region (bump allocation) while building the engine
 *   p8_mem_seal(&mem)               from now on p8_mem_take refuses and counts (allocs_after_seal)
 *   p8_mem_release(&mem)            give everything back through the hook
 * Regions that are reused at run time (firmware program/global/stack) are carved once to their full size and
 * then managed by their owner, which reports its usage with p8_mem_set_used() so the report and the high-water
 * marks stay true.
 */
#ifndef P8_MEM_PLAN_H
#define P8_MEM_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "permut8_engine.h"

/* The allocator hook. `region` lets the device put the delay memory in PSRAM and hot state in internal RAM.
 * Returns NULL on failure. `free_fn` receives exactly what `alloc_fn` returned. */
typedef struct {
    void *(*alloc_fn)(void *ctx, size_t bytes, int region);
    void (*free_fn)(void *ctx, void *ptr, int region);
    void *ctx;
} p8_mem_hook;

/* The hook the desktop uses: malloc/free. */
p8_mem_hook p8_mem_hook_malloc(void);

#define P8_GUARD_WORD 0xC0DEFACEu
#define P8_GUARD_WORDS 4 /* before and after each region */

typedef struct {
    uint8_t *base;       /* first usable byte (after the leading guard) */
    uint32_t budget;     /* bytes granted by the plan */
    uint32_t taken;      /* bytes carved by p8_mem_take */
    uint32_t used;       /* bytes in use now (== taken unless the owner reports otherwise) */
    uint32_t high_water; /* most bytes ever used */
    uint32_t share;      /* what one user may take: the warning threshold's base (default: the budget) */
    void *raw;           /* what the hook returned */
} p8_mem_region;

typedef struct {
    p8_mem_region regions[P8_REGION_COUNT];
    p8_mem_hook hook;
    int plan;
    int sealed;
    int32_t allocs_after_seal;
} p8_mem;

/* Budget in bytes of `region` in `plan` (P8_PLAN_*); 0 for an unknown plan or region. */
uint32_t p8_mem_budget(int plan, int region);

/* Reserves every region of `plan`. Returns P8_OK or P8_ERR_OUT_OF_MEMORY / P8_ERR_BAD_ARGUMENT (on failure
 * everything already reserved is released). */
int p8_mem_init(p8_mem *mem, int plan, p8_mem_hook hook);

/* Carves `bytes` (rounded up to 8) from `region`, zero-filled. NULL when sealed (counted) or over budget. */
void *p8_mem_take(p8_mem *mem, int region, uint32_t bytes);

/* Like p8_mem_take, for a reservation its owner manages (firmware program/global/stack banks, the loader): the
 * bytes are reserved but count as used only when the owner says so with p8_mem_set_used. */
void *p8_mem_take_reserved(p8_mem *mem, int region, uint32_t bytes);

/* The most one user of `region` may take (e.g. one firmware bank = half the region); the 80 % warning is
 * measured against it. */
void p8_mem_set_share(p8_mem *mem, int region, uint32_t bytes);

void p8_mem_seal(p8_mem *mem);

/* Owner of a reusable region reports how many bytes it uses now; updates the high-water mark. */
void p8_mem_set_used(p8_mem *mem, int region, uint32_t bytes);

/* -1 when every guard word is intact, else the first damaged region. */
int p8_mem_check_guards(const p8_mem *mem);

/* Fills P8_REGION_COUNT * P8_REPORT_FIELDS ints; returns ints written or P8_ERR_BUFFER_TOO_SMALL. */
int p8_mem_report(const p8_mem *mem, int32_t *out, int32_t capacity);

const char *p8_mem_region_name(int region);

void p8_mem_release(p8_mem *mem);

#endif
