/* p8_engine.c — engine construction and the block loop. One call of p8_engine_process = whole blocks:
 * pick up params at the block boundary, run the frames, publish the display. */
#include "p8_engine.h"

#include <string.h>

p8_engine *p8_engine_open(int plan, int32_t codec_rate_hz, p8_mem_hook hook, int *status) {
    p8_mem mem;
    int rc = p8_mem_init(&mem, plan, hook);
    if (rc != P8_OK) {
        *status = rc;
        return NULL;
    }
    p8_engine *e = p8_mem_take(&mem, P8_REGION_DSP_STATE, (uint32_t)sizeof(p8_engine));
    if (!e) {
        p8_mem_release(&mem);
        *status = P8_ERR_BUDGET;
        return NULL;
    }
    e->mem = mem; /* from here on every take goes through e->mem */
    e->codec_rate_hz = codec_rate_hz;
    e->memory.frames = p8_mem_take(&e->mem, P8_REGION_DELAY_MEMORY, 2u * 2u * P8_MEMORY_FRAMES);
    e->param_exchange = p8_mem_take(&e->mem, P8_REGION_PARAMETER, (uint32_t)sizeof(p8_param_exchange));
    e->display = p8_mem_take(&e->mem, P8_REGION_DISPLAY, (uint32_t)sizeof(p8_display_exchange));
    e->log_ring = p8_mem_take(&e->mem, P8_REGION_POOLS, (uint32_t)sizeof(p8_spsc_ring));
    e->message_pool = p8_mem_take(&e->mem, P8_REGION_POOLS, (uint32_t)sizeof(p8_pool));
    rc = P8_OK;
    if (!e->memory.frames || !e->param_exchange || !e->display || !e->log_ring || !e->message_pool)
        rc = P8_ERR_BUDGET;
    if (rc == P8_OK) rc = p8_ring_init(e->log_ring, &e->mem, P8_REGION_POOLS, P8_LOG_RING_BYTES);
    if (rc == P8_OK)
        rc = p8_pool_init(e->message_pool, &e->mem, P8_REGION_POOLS, P8_MSG_POOL_BLOCK, P8_MSG_POOL_BLOCKS);
    if (rc != P8_OK) {
        p8_mem copy = e->mem;
        p8_mem_release(&copy);
        *status = rc;
        return NULL;
    }
    p8_param_defaults(e->control_params, codec_rate_hz);
    memcpy(e->params, e->control_params, sizeof e->params);
    p8_param_publish(e->param_exchange, e->control_params);
    p8_mem_seal(&e->mem);
    *status = P8_OK;
    return e;
}

void p8_engine_close(p8_engine *engine) {
    if (!engine) return;
    p8_mem mem = engine->mem; /* the engine lives inside its own plan: copy before releasing */
    p8_mem_release(&mem);
}

void p8_engine_log(p8_engine *engine, const char *text) {
    size_t len = strlen(text);
    if (len > 255) len = 255;
    if (len) p8_ring_push(engine->log_ring, text, (uint32_t)len);
}

static void publish_display(p8_engine *e) {
    p8_display_exchange *d = e->display;
    uint32_t s = atomic_load_explicit(&d->sequence, memory_order_relaxed);
    atomic_store_explicit(&d->sequence, s + 1u, memory_order_relaxed);
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&d->values[P8_DISPLAY_WRITE_FRAME], e->clock, memory_order_relaxed);
    atomic_store_explicit(&d->values[P8_DISPLAY_READ_LEFT], (int32_t)e->clock << 4, memory_order_relaxed);
    atomic_store_explicit(&d->values[P8_DISPLAY_READ_RIGHT], (int32_t)e->clock << 4, memory_order_relaxed);
    atomic_store_explicit(&d->values[P8_DISPLAY_CLOCK], e->clock, memory_order_relaxed);
    atomic_store_explicit(&d->sequence, s + 2u, memory_order_release);
}

/* Foundation stage: one clock tick per codec frame, write the 12-bit input at the clock and read it back at
 * the same position (zero delay). The stock engine replaces this with the clock domain and the operators. */
static void run_block(p8_engine *e, const int16_t *in, int16_t *out) {
    for (int i = 0; i < P8_BLOCK_FRAMES; i++) {
        int32_t l = in[2 * i] >> 4, r = in[2 * i + 1] >> 4;
        p8_delay_write_frame(&e->memory, e->clock, l, r);
        out[2 * i] = (int16_t)(p8_delay_read(&e->memory, e->clock, 0) * 16);
        out[2 * i + 1] = (int16_t)(p8_delay_read(&e->memory, e->clock, 1) * 16);
        e->clock++;
    }
    e->stats[P8_STAT_TICKS] = (int32_t)(((uint32_t)e->stats[P8_STAT_TICKS] + P8_BLOCK_FRAMES) & INT32_MAX);
}

void p8_engine_process(p8_engine *e, const int16_t *in, int16_t *out, int32_t frames) {
    for (int32_t done = 0; done < frames; done += P8_BLOCK_FRAMES) {
        if (p8_param_pickup(e->param_exchange, e->params, &e->param_sequence)) e->stats[P8_STAT_PARAM_SETS]++;
        run_block(e, in + 2 * done, out + 2 * done);
        e->stats[P8_STAT_BLOCKS]++;
    }
    publish_display(e);
}
