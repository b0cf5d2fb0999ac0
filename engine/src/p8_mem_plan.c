/* p8_mem_plan.c — see p8_mem_plan.h. One budget table per plan; guard words around every region. */
#include "p8_mem_plan.h"

#include <stdlib.h>
#include <string.h>

#define KIB 1024u

/* Budgets in bytes, [plan][region]. The default plan fits every SDK firmware with margin (see
 * p8_firmware_host.h for the firmware budgets); the seed plan is the seed document's table. */
static const uint32_t p8_budgets[P8_PLAN_COUNT][P8_REGION_COUNT] = {
    [P8_PLAN_DEFAULT] = {
        [P8_REGION_DELAY_MEMORY] = P8_MEMORY_FRAMES * 2u * 2u,
        [P8_REGION_PROGRAM] = 256 * KIB,
        [P8_REGION_GLOBAL] = 128 * KIB,
        [P8_REGION_STACK] = 192 * KIB,
        [P8_REGION_AUDIO_IO] = 64 * KIB,
        [P8_REGION_PARAMETER] = 1 * KIB,
        [P8_REGION_DISPLAY] = 256,
        [P8_REGION_POOLS] = 32 * KIB,
        [P8_REGION_LOADER] = 256 * KIB,
        [P8_REGION_DSP_STATE] = 64 * KIB,
    },
    [P8_PLAN_SEED] = {
        [P8_REGION_DELAY_MEMORY] = P8_MEMORY_FRAMES * 2u * 2u,
        [P8_REGION_PROGRAM] = 32 * KIB,
        [P8_REGION_GLOBAL] = 8 * KIB,
        [P8_REGION_STACK] = 4 * KIB,
        [P8_REGION_AUDIO_IO] = 2 * KIB,
        [P8_REGION_PARAMETER] = 512,
        [P8_REGION_DISPLAY] = 256,
        [P8_REGION_POOLS] = 16 * KIB,
        [P8_REGION_LOADER] = 64 * KIB,
        [P8_REGION_DSP_STATE] = 64 * KIB,
    },
};

static const char *const p8_region_names[P8_REGION_COUNT] = {
    [P8_REGION_DELAY_MEMORY] = "delay memory",
    [P8_REGION_PROGRAM] = "program",
    [P8_REGION_GLOBAL] = "global",
    [P8_REGION_STACK] = "stack",
    [P8_REGION_AUDIO_IO] = "audio io",
    [P8_REGION_PARAMETER] = "parameter",
    [P8_REGION_DISPLAY] = "display",
    [P8_REGION_POOLS] = "pools",
    [P8_REGION_LOADER] = "loader",
    [P8_REGION_DSP_STATE] = "dsp state",
};

#define GUARD_BYTES (P8_GUARD_WORDS * sizeof(uint32_t))

static void *malloc_alloc(void *ctx, size_t bytes, int region) {
    (void)ctx;
    (void)region;
    return malloc(bytes);
}

static void malloc_free(void *ctx, void *ptr, int region) {
    (void)ctx;
    (void)region;
    free(ptr);
}

p8_mem_hook p8_mem_hook_malloc(void) {
    p8_mem_hook hook = {malloc_alloc, malloc_free, NULL};
    return hook;
}

uint32_t p8_mem_budget(int plan, int region) {
    if (plan < 0 || plan >= P8_PLAN_COUNT || region < 0 || region >= P8_REGION_COUNT) return 0;
    return p8_budgets[plan][region];
}

const char *p8_mem_region_name(int region) {
    if (region < 0 || region >= P8_REGION_COUNT) return "?";
    return p8_region_names[region];
}

static void write_guards(uint32_t *words) {
    for (int i = 0; i < P8_GUARD_WORDS; i++) words[i] = P8_GUARD_WORD;
}

static int guards_intact(const uint8_t *bytes) {
    uint32_t w[P8_GUARD_WORDS];
    memcpy(w, bytes, sizeof w);
    for (int i = 0; i < P8_GUARD_WORDS; i++)
        if (w[i] != P8_GUARD_WORD) return 0;
    return 1;
}

int p8_mem_init(p8_mem *mem, int plan, p8_mem_hook hook) {
    if (!mem || plan < 0 || plan >= P8_PLAN_COUNT || !hook.alloc_fn || !hook.free_fn) return P8_ERR_BAD_ARGUMENT;
    memset(mem, 0, sizeof *mem);
    mem->hook = hook;
    mem->plan = plan;
    for (int r = 0; r < P8_REGION_COUNT; r++) {
        uint32_t budget = p8_budgets[plan][r];
        uint8_t *raw = hook.alloc_fn(hook.ctx, budget + 2 * GUARD_BYTES, r);
        if (!raw) {
            p8_mem_release(mem);
            return P8_ERR_OUT_OF_MEMORY;
        }
        mem->regions[r].raw = raw;
        mem->regions[r].base = raw + GUARD_BYTES;
        mem->regions[r].budget = budget;
        mem->regions[r].share = budget;
        write_guards((uint32_t *)(void *)raw);
        write_guards((uint32_t *)(void *)(raw + GUARD_BYTES + budget));
    }
    return P8_OK;
}

static void *take(p8_mem *mem, int region, uint32_t bytes, int counts_as_used) {
    if (!mem || region < 0 || region >= P8_REGION_COUNT) return NULL;
    if (mem->sealed) {
        mem->allocs_after_seal++;
        return NULL;
    }
    p8_mem_region *r = &mem->regions[region];
    uint32_t rounded = (bytes + 7u) & ~7u;
    if (rounded < bytes || rounded > r->budget - r->taken) return NULL;
    uint8_t *p = r->base + r->taken;
    r->taken += rounded;
    memset(p, 0, rounded);
    if (counts_as_used) p8_mem_set_used(mem, region, r->used + rounded);
    return p;
}

void *p8_mem_take(p8_mem *mem, int region, uint32_t bytes) { return take(mem, region, bytes, 1); }

void *p8_mem_take_reserved(p8_mem *mem, int region, uint32_t bytes) { return take(mem, region, bytes, 0); }

void p8_mem_set_share(p8_mem *mem, int region, uint32_t bytes) {
    if (!mem || region < 0 || region >= P8_REGION_COUNT) return;
    mem->regions[region].share = bytes;
}

void p8_mem_seal(p8_mem *mem) { mem->sealed = 1; }

void p8_mem_set_used(p8_mem *mem, int region, uint32_t bytes) {
    if (!mem || region < 0 || region >= P8_REGION_COUNT) return;
    p8_mem_region *r = &mem->regions[region];
    r->used = bytes;
    if (bytes > r->high_water) r->high_water = bytes;
}

int p8_mem_check_guards(const p8_mem *mem) {
    for (int r = 0; r < P8_REGION_COUNT; r++) {
        const p8_mem_region *reg = &mem->regions[r];
        if (!reg->raw) continue;
        if (!guards_intact(reg->base - GUARD_BYTES) || !guards_intact(reg->base + reg->budget)) return r;
    }
    return -1;
}

int p8_mem_report(const p8_mem *mem, int32_t *out, int32_t capacity) {
    if (!out || capacity < P8_REGION_COUNT * P8_REPORT_FIELDS) return P8_ERR_BUFFER_TOO_SMALL;
    for (int r = 0; r < P8_REGION_COUNT; r++) {
        const p8_mem_region *reg = &mem->regions[r];
        int32_t *row = out + r * P8_REPORT_FIELDS;
        row[P8_REPORT_BUDGET] = (int32_t)reg->budget;
        row[P8_REPORT_SIZE] = (int32_t)reg->taken;
        row[P8_REPORT_USED] = (int32_t)reg->used;
        row[P8_REPORT_HIGH_WATER] = (int32_t)reg->high_water;
        /* 80 % rule of DESIGN.md §3, in integers: hw * 5 > share * 4 (share = what one user may take). The
         * delay memory is sized exactly by design (always 100 %), so it never warns. */
        int warn = (uint64_t)reg->high_water * 5u > (uint64_t)reg->share * 4u;
        row[P8_REPORT_WARNING] = (r != P8_REGION_DELAY_MEMORY && warn) ? 1 : 0;
    }
    return P8_REGION_COUNT * P8_REPORT_FIELDS;
}

void p8_mem_release(p8_mem *mem) {
    if (!mem) return;
    for (int r = 0; r < P8_REGION_COUNT; r++) {
        if (mem->regions[r].raw) mem->hook.free_fn(mem->hook.ctx, mem->regions[r].raw, r);
        mem->regions[r].raw = NULL;
        mem->regions[r].base = NULL;
    }
}
