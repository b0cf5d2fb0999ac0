/*
 * p8_firmware_natives.c — the natives a Permut8 firmware may call (`extern native …`): abort, trace, yield,
 * write, read, and assertFail (what Impala's assert() compiles to when DEBUG != 0).
 * Each receives the argument window: args[0] result, args[1..] arguments (see gazl.h).
 */
#include <string.h>

#include "p8_firmware_host.h"

#define P8_FW_MEMORY_MASK ((uint32_t)P8_MEMORY_MASK)

static int16_t clamp12(int32_t v) {
    return (int16_t)(v > P8_SAMPLE_MAX ? P8_SAMPLE_MAX : v < -P8_SAMPLE_MAX ? -P8_SAMPLE_MAX : v);
}

/* UTF-8 of one firmware character word (a code point; bytes of UTF-8 source strings pass through). */
static int put_utf8(uint32_t c, char *out, int room) {
    if (c < 0x80u) {
        if (room < 1) return 0;
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x100u) { /* a raw byte from a DATs string: keep it (the text was UTF-8 already) */
        if (room < 1) return 0;
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800u) {
        if (room < 2) return 0;
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c > 0xFFFFu) c = 0xFFFDu;
    if (room < 3) return 0;
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
}

int p8_fw_string(const gazl_vm *vm, uint32_t ptr, char *out, int capacity) {
    int n = 0;
    for (uint32_t k = 0; n < capacity - 1; k++) {
        const gazl_value *w = gazl_vm_access(vm, ptr + k, 1, 0);
        if (!w) return -1;
        if (w->i == 0) break;
        int m = put_utf8(w->u, out + n, capacity - 1 - n);
        if (m == 0) break;
        n += m;
    }
    out[n] = 0;
    return n;
}

static p8_fw_bank *bank_of(void *user) { return (p8_fw_bank *)user; }

static int32_t native_abort(gazl_vm *vm, gazl_value *args, uint32_t avail, void *user) {
    (void)vm, (void)args, (void)avail, (void)user;
    return GAZL_ABORTED;
}

static int32_t native_trace(gazl_vm *vm, gazl_value *args, uint32_t avail, void *user) {
    p8_fw_bank *b = bank_of(user);
    if (!b->debug) return GAZL_OK; /* trace() is silent for banks (DEBUG = 0) */
    if (avail < 2) return GAZL_DATA_STACK_OVERFLOW;
    char line[256];
    int n = p8_fw_string(vm, args[1].u, line, (int)sizeof line);
    if (n < 0) return GAZL_BAD_PEEK;
    if (b->host->log && n > 0) p8_ring_push(b->host->log, line, (uint32_t)n);
    return GAZL_OK;
}

static int32_t native_yield(gazl_vm *vm, gazl_value *args, uint32_t avail, void *user) {
    (void)args, (void)avail, (void)user;
    return vm->yield_enabled ? GAZL_YIELDED : GAZL_OK; /* outside process() a yield has nothing to wait for */
}

/* read/write(offset, frameCount, values): absolute frames, wrapping, interleaved L,R, ascending addresses.
 * The one-frame call (what batched SDK loops do every tick) takes a short path; anything else, and every error,
 * goes through frames_args. */
static int32_t frames_args(gazl_vm *vm, gazl_value *args, uint32_t avail, int writable, gazl_value **words,
                           uint32_t *frames) {
    if (avail < 4) return GAZL_DATA_STACK_OVERFLOW;
    int32_t count = args[2].i;
    *frames = count > 0 ? (uint32_t)count : 0u;
    if (*frames > P8_MEMORY_FRAMES) return writable ? GAZL_BAD_POKE : GAZL_BAD_PEEK;
    *words = gazl_vm_access(vm, args[3].u, *frames * 2u, writable);
    if (!*words) return writable ? GAZL_BAD_POKE : GAZL_BAD_PEEK;
    vm->budget_left -= (int32_t)(*frames >> 3); /* long transfers cost budget */
    return GAZL_OK;
}

/* Two words at `ptr` when the whole pair is in range (writable: below the readonly data), else NULL. */
static inline gazl_value *pair_at(const gazl_vm *vm, uint32_t ptr, int writable) {
    uint32_t x = ptr - GAZL_MEM_BASE;
    uint32_t limit = writable ? vm->rw_words : vm->mem_words;
    if (x < limit) return limit - x >= 2u ? vm->mem + x : NULL;
    x -= vm->mem_words;
    return x < vm->stack_words && vm->stack_words - x >= 2u ? vm->stack + x : NULL;
}

static int32_t native_read(gazl_vm *vm, gazl_value *args, uint32_t avail, void *user) {
    const int16_t *mem = bank_of(user)->host->memory;
    if (avail >= 4 && args[2].i == 1 && mem) {
        gazl_value *w = pair_at(vm, args[3].u, 1);
        if (w) {
            const int16_t *f = mem + (args[1].u & P8_FW_MEMORY_MASK) * 2u;
            w[0].i = f[0];
            w[1].i = f[1];
            return GAZL_OK;
        }
    }
    gazl_value *w;
    uint32_t frames;
    int32_t st = frames_args(vm, args, avail, 1, &w, &frames);
    if (st != GAZL_OK) return st;
    uint32_t at = (uint32_t)args[1].i;
    for (uint32_t k = 0; k < frames; k++, at++) {
        uint32_t f = (at & P8_FW_MEMORY_MASK) * 2u;
        w[2 * k].i = mem ? mem[f] : 0;
        w[2 * k + 1].i = mem ? mem[f + 1] : 0;
    }
    return GAZL_OK;
}

static int32_t native_write(gazl_vm *vm, gazl_value *args, uint32_t avail, void *user) {
    p8_fw_host *host = bank_of(user)->host;
    int16_t *mem = host->memory;
    if (avail >= 4 && args[2].i == 1 && mem) {
        const gazl_value *w = pair_at(vm, args[3].u, 0);
        if (w) {
            if (host->write_protect) return GAZL_OK; /* WRITE PROTECT: memory is frozen */
            int16_t *f = mem + (args[1].u & P8_FW_MEMORY_MASK) * 2u;
            f[0] = clamp12(w[0].i);
            f[1] = clamp12(w[1].i);
            return GAZL_OK;
        }
    }
    gazl_value *w;
    uint32_t frames;
    int32_t st = frames_args(vm, args, avail, 0, &w, &frames);
    if (st != GAZL_OK) return st;
    if (!mem || host->write_protect) return GAZL_OK; /* WRITE PROTECT: memory is frozen */
    uint32_t at = (uint32_t)args[1].i;
    for (uint32_t k = 0; k < frames; k++, at++) {
        uint32_t f = (at & P8_FW_MEMORY_MASK) * 2u;
        mem[f] = clamp12(w[2 * k].i);
        mem[f + 1] = clamp12(w[2 * k + 1].i);
    }
    return GAZL_OK;
}

static int32_t native_assert(gazl_vm *vm, gazl_value *args, uint32_t avail, void *user) {
    p8_fw_bank *b = bank_of(user);
    char text[100];
    if (avail < 2 || p8_fw_string(vm, args[1].u, text, (int)sizeof text) < 0) strcpy(text, "?");
    memcpy(b->message, "assert ", 7);
    strncpy(b->message + 7, text, sizeof b->message - 8);
    b->message[sizeof b->message - 1] = 0;
    return GAZL_ASSERT;
}

const char *const p8_fw_native_names[P8_FW_NATIVE_COUNT] = {"abort", "trace", "yield", "write", "read",
                                                             "assertFail"};
const gazl_native_fn p8_fw_natives[P8_FW_NATIVE_COUNT] = {native_abort, native_trace, native_yield,
                                                          native_write, native_read,  native_assert};
