/*
 * p8_api.c — the public API (permut8_engine.h) over p8_engine. Checks every argument so that a binding can
 * never crash the engine with bad input.
 *
 * The handle table is the one piece of process-wide state in the engine: the interop boundary can carry only
 * ints, so handles index this table. It is touched only by CONTROL calls (open/close), never by p8_process
 * beyond a read.
 */
#include "p8_api.h"

#include <string.h>

#include "p8_seqlock.h"

static p8_engine *p8_handles[P8_MAX_ENGINES];

p8_engine *p8_api_engine(int32_t handle) {
    if (handle < 0 || handle >= P8_MAX_ENGINES) return NULL;
    return p8_handles[handle];
}

int32_t p8_api_copy_string(const char *text, uint8_t *buf, int32_t capacity) {
    size_t len = strlen(text);
    if (!buf || capacity <= 0 || len + 1 > (size_t)capacity) return P8_ERR_BUFFER_TOO_SMALL;
    memcpy(buf, text, len + 1);
    return (int32_t)len;
}

int32_t p8_api_version(void) { return P8_API_VERSION; }

int32_t p8_open(int32_t plan, int32_t codec_rate_hz) {
    return p8_api_open_with_hook(plan, codec_rate_hz, p8_mem_hook_malloc());
}

int32_t p8_api_open_with_hook(int32_t plan, int32_t codec_rate_hz, p8_mem_hook hook) {
    if (plan < 0 || plan >= P8_PLAN_COUNT || codec_rate_hz < 8000 || codec_rate_hz > 192000)
        return P8_ERR_BAD_ARGUMENT;
    int32_t slot = 0;
    while (slot < P8_MAX_ENGINES && p8_handles[slot]) slot++;
    if (slot == P8_MAX_ENGINES) return P8_ERR_NO_SLOT;
    int status = P8_OK;
    p8_engine *e = p8_engine_open(plan, codec_rate_hz, hook, &status);
    if (!e) return status;
    p8_handles[slot] = e;
    return slot;
}

int32_t p8_close(int32_t handle) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    p8_handles[handle] = NULL;
    p8_engine_close(e);
    return P8_OK;
}

int32_t p8_process(int32_t handle, const int16_t *in, int16_t *out, int32_t frames) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    if (!in || !out || frames < 0 || frames % P8_BLOCK_FRAMES != 0) return P8_ERR_BAD_ARGUMENT;
    p8_engine_process(e, in, out, frames);
    return frames;
}

int32_t p8_set_param(int32_t handle, int32_t index, int32_t value) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    if (index < 0 || index >= P8_CTRL_COUNT) return P8_ERR_BAD_ARGUMENT;
    e->control_params[index] = p8_param_clamp(index, value);
    p8_param_publish(e->param_exchange, e->control_params);
    return e->control_params[index];
}

int32_t p8_set_params(int32_t handle, const int32_t *values, int32_t count) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    if (!values || count < 0 || count > P8_CTRL_COUNT) return P8_ERR_BAD_ARGUMENT;
    for (int32_t i = 0; i < count; i++) e->control_params[i] = p8_param_clamp(i, values[i]);
    p8_param_publish(e->param_exchange, e->control_params);
    return count;
}

int32_t p8_get_param(int32_t handle, int32_t index) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    if (index < 0 || index >= P8_CTRL_COUNT) return P8_ERR_BAD_ARGUMENT;
    return e->control_params[index];
}

int32_t p8_get_display(int32_t handle, int32_t *out, int32_t capacity) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    if (!out || capacity < P8_DISPLAY_FIELDS) return P8_ERR_BUFFER_TOO_SMALL;
    /* the writer is the audio task, which never waits for us: retry until a copy is whole */
    while (p8_seqlock_try_read(&e->display->sequence, e->display->values, out, P8_DISPLAY_FIELDS) & 1u) {
    }
    return P8_DISPLAY_FIELDS;
}

int32_t p8_get_stat(int32_t handle, int32_t stat) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    switch (stat) {
    case P8_STAT_ALLOCS_AFTER_SEAL: return e->mem.allocs_after_seal;
    case P8_STAT_POOL_IN_USE: return (int32_t)p8_pool_in_use(e->message_pool);
    case P8_STAT_POOL_LEAKS: return (int32_t)p8_pool_leaks(e->message_pool);
    case P8_STAT_RING_DROPPED: return (int32_t)atomic_load(&e->log_ring->dropped);
    case P8_STAT_VM_INSTR_MIN:
    case P8_STAT_VM_INSTR_AVG:
    case P8_STAT_VM_INSTR_MAX:
    case P8_STAT_VM_STACK_HIGH_WATER: return p8_fw_host_stat(&e->fw, stat);
    default: break;
    }
    if (stat < 0 || stat >= P8_STAT_COUNT) return P8_ERR_BAD_ARGUMENT;
    return e->stats[stat];
}

int32_t p8_reset_stats(int32_t handle) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    static const int resettable[] = {P8_STAT_BLOCK_CYCLES_MIN, P8_STAT_BLOCK_CYCLES_AVG, P8_STAT_BLOCK_CYCLES_MAX,
                                     P8_STAT_VM_INSTR_MIN, P8_STAT_VM_INSTR_AVG, P8_STAT_VM_INSTR_MAX};
    for (size_t i = 0; i < sizeof resettable / sizeof resettable[0]; i++) e->stats[resettable[i]] = 0;
    p8_fw_host_reset_stats(&e->fw);
    return P8_OK;
}

int32_t p8_memory_report(int32_t handle, int32_t *out, int32_t capacity) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    int32_t stack_words = p8_fw_host_stat(&e->fw, P8_STAT_VM_STACK_HIGH_WATER); /* the VM's deepest point so far */
    if (stack_words > 0 && (uint32_t)stack_words * 4u > e->mem.regions[P8_REGION_STACK].high_water)
        p8_mem_set_used(&e->mem, P8_REGION_STACK, (uint32_t)stack_words * 4u);
    return p8_mem_report(&e->mem, out, capacity);
}

int32_t p8_check_guards(int32_t handle) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    return p8_mem_check_guards(&e->mem);
}

int32_t p8_region_name(int32_t region, uint8_t *buf, int32_t capacity) {
    if (region < 0 || region >= P8_REGION_COUNT) return P8_ERR_BAD_ARGUMENT;
    return p8_api_copy_string(p8_mem_region_name(region), buf, capacity);
}

int32_t p8_probe_allocate(int32_t handle, int32_t region, int32_t bytes) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    if (region < 0 || region >= P8_REGION_COUNT || bytes <= 0) return P8_ERR_BAD_ARGUMENT;
    return p8_mem_take(&e->mem, region, (uint32_t)bytes) ? P8_OK : (e->mem.sealed ? P8_ERR_SEALED : P8_ERR_BUDGET);
}

int32_t p8_memory_read(int32_t handle, int32_t frame, int32_t frames, int16_t *interleaved) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    if (!interleaved || frames < 0 || frames > P8_MEMORY_FRAMES) return P8_ERR_BAD_ARGUMENT;
    p8_delay_read_frames(&e->memory, frame, frames, interleaved);
    return frames;
}

int32_t p8_memory_write(int32_t handle, int32_t frame, int32_t frames, const int16_t *interleaved) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    if (!interleaved || frames < 0 || frames > P8_MEMORY_FRAMES) return P8_ERR_BAD_ARGUMENT;
    p8_delay_write_frames(&e->memory, frame, frames, interleaved);
    return frames;
}

int32_t p8_read_log(int32_t handle, uint8_t *buf, int32_t capacity) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    if (!buf || capacity <= 0) return P8_ERR_BAD_ARGUMENT;
    int32_t written = 0;
    uint8_t line[256];
    while (capacity - written >= 257) { /* room for the longest message and its newline */
        int n = p8_ring_pop(e->log_ring, line, sizeof line);
        if (n <= 0) break;
        memcpy(buf + written, line, (size_t)n);
        written += n;
        buf[written++] = '\n';
    }
    return written;
}

int32_t p8_read_tick_trace(int32_t handle, int32_t *out, int32_t capacity) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    if (!out || capacity < 0) return P8_ERR_BAD_ARGUMENT;
    if (!e->stock.tracing) return 0;
    int32_t n = e->trace_ticks * P8_TRACE_FIELDS;
    if (n > capacity) return P8_ERR_BUFFER_TOO_SMALL;
    memcpy(out, e->trace, sizeof(int32_t) * (size_t)n);
    return n;
}
