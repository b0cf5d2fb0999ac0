/*
 * p8_firmware_run.c — AUDIO side of the firmware host: bank swap at block boundaries, params and update(),
 * process() per tick (a coroutine: yield() keeps its locals), operate1/2, reset(), runtime errors, statistics.
 * Never allocates; every VM run is bounded by an instruction budget.
 */
#include <stdio.h>
#include <string.h>

#include "p8_firmware_host.h"

#define EX_NONE 3u
#define EX_UNLOAD 2u

static int32_t fw_error_code(int32_t st) {
    switch (st) {
    case GAZL_TIMEOUT: return P8_FWERR_TIMEOUT;
    case GAZL_BAD_PEEK: return P8_FWERR_BAD_PEEK;
    case GAZL_BAD_POKE: return P8_FWERR_BAD_POKE;
    case GAZL_DIVISION_BY_ZERO: return P8_FWERR_DIVISION_BY_ZERO;
    case GAZL_DATA_STACK_OVERFLOW: return P8_FWERR_DATA_STACK_OVERFLOW;
    case GAZL_CALL_STACK_OVERFLOW: return P8_FWERR_CALL_STACK_OVERFLOW;
    case GAZL_ASSERT: return P8_FWERR_ASSERT;
    case GAZL_ABORTED: return P8_FWERR_ABORTED;
    default: return P8_FWERR_BAD_CALL;
    }
}

void p8_fw_bank_fail(p8_fw_bank *b, int32_t st) {
    int32_t line = gazl_vm_line(&b->vm, &b->prog);
    b->error[0] = fw_error_code(st);
    b->error[1] = line;
    b->error[2] = (int32_t)(b->ticks & 0x7FFFFFFF);
    if (st == GAZL_ABORTED) snprintf(b->message, sizeof b->message, "firmware called abort()");
    else if (st != GAZL_ASSERT) snprintf(b->message, sizeof b->message, "%s", gazl_status_text(st));
    if (line > 0 && st != GAZL_ABORTED) {
        char tail[24];
        snprintf(tail, sizeof tail, " (line %d)", (int)line);
        size_t n = strlen(b->message);
        if (n + strlen(tail) < sizeof b->message) memcpy(b->message + n, tail, strlen(tail) + 1);
    }
    if (b->host->log) {
        char line_text[P8_FW_MESSAGE_BYTES + 16];
        int n = snprintf(line_text, sizeof line_text, "firmware stopped: %s", b->message);
        if (n > 255) n = 255;
        if (n > 0) p8_ring_push(b->host->log, line_text, (uint32_t)n);
    }
    atomic_store(&b->state, st == GAZL_ABORTED ? P8_FW_ABORTED : P8_FW_STOPPED);
}

/* AUDIO only. The state is read relaxed: CONTROL writes it before publishing the bank through `exchange` (taken
 * with a full barrier in block_begin); after that only AUDIO changes it, so no ordering is needed per tick. */
static p8_fw_bank *running(p8_fw_host *fw) {
    p8_fw_bank *b = fw->active_bank;
    return b && atomic_load_explicit(&b->state, memory_order_relaxed) == P8_FW_RUNNING ? b : NULL;
}

/* Per-tick statistics: plain fields on the audio side, published with relaxed stores every 256 ticks (and on the
 * first 8, so a short run shows something). run_min starts at INT32_MAX (reset in block_begin). The per-tick path
 * is 32-bit (a 64-bit add is several instructions on a 32-bit core): ticks add into instr_batch, which is folded
 * into the 64-bit instr_sum here, before it can wrap (count() calls this once it reaches 2^31). */
static void publish(p8_fw_host *fw, const p8_fw_bank *b) {
    fw->instr_sum += fw->instr_batch;
    fw->instr_batch = 0;
    uint64_t sum = (uint64_t)fw->instr_sum;
    uint32_t n = (uint32_t)fw->instr_count;
    /* a 64-bit division is a library call on 32-bit cores; the sum nearly always fits 32 bits */
    int32_t avg = (int32_t)((sum >> 32) == 0 ? (uint32_t)sum / n : sum / n);
    atomic_store_explicit(&fw->instr_min, fw->run_min, memory_order_relaxed);
    atomic_store_explicit(&fw->instr_max, fw->run_max, memory_order_relaxed);
    atomic_store_explicit(&fw->instr_avg, avg, memory_order_relaxed);
    atomic_store_explicit(&fw->stack_high, (int32_t)b->vm.stack_high, memory_order_relaxed);
    if (fw->instr_count >= (1 << 20)) { /* keep a running mean, never overflow */
        fw->instr_sum = avg;
        fw->instr_count = 1;
    }
}

static inline void count(p8_fw_host *fw, const p8_fw_bank *b, int32_t executed) {
    if (executed < fw->run_min) fw->run_min = executed;
    if (executed > fw->run_max) fw->run_max = executed;
    fw->instr_batch += (uint32_t)executed; /* executed >= 0 and < 2^31: no wrap below 2^31 + 2^31 */
    if ((++fw->instr_count & 255) == 0 || fw->instr_count < 8 || fw->instr_batch >= 0x80000000u) publish(fw, b);
}

/* Runs host entry `fn` (update/reset) on top of a suspended process(), or alone. */
static void call_entry(p8_fw_host *fw, p8_fw_bank *b, int32_t fn) {
    if (!fn) return;
    int32_t st = gazl_vm_call(&b->vm, fn, 1);
    if (st == GAZL_OK) {
        b->vm.yield_enabled = 0;
        st = gazl_vm_run(&b->vm, fw->control_budget);
    }
    if (st < 0) p8_fw_bank_fail(b, st);
}

void p8_fw_host_block_begin(p8_fw_host *fw, const int32_t *params) {
    uint32_t w = atomic_load(&fw->exchange);
    uint32_t pending = (w >> 2) & 3u;
    if (pending != EX_NONE) {
        uint32_t active = pending == EX_UNLOAD ? EX_NONE : pending;
        if (atomic_compare_exchange_strong(&fw->exchange, &w, active | (EX_NONE << 2))) {
            fw->active = active == EX_NONE ? -1 : (int)active;
            fw->active_bank = active == EX_NONE ? NULL : &fw->banks[active];
            atomic_store(&fw->stats_reset, 1);
        }
    }
    /* a plain load first: the exchange is a read-modify-write (a library call on cores without atomics) */
    if (atomic_load_explicit(&fw->stats_reset, memory_order_relaxed) && atomic_exchange(&fw->stats_reset, 0)) {
        atomic_store(&fw->instr_min, 0);
        atomic_store(&fw->instr_max, 0);
        atomic_store(&fw->instr_avg, 0);
        atomic_store(&fw->stack_high, 0);
        fw->instr_sum = 0;
        fw->instr_batch = 0;
        fw->instr_count = 0;
        fw->run_min = INT32_MAX;
        fw->run_max = 0;
    }
    fw->write_protect = (params[P8_PARAM_SWITCHES] & P8_SWITCH_WRITE_PROTECT) != 0;
    p8_fw_bank *b = running(fw);
    if (!b) {
        memcpy(fw->params, params, sizeof fw->params);
        return;
    }
    b->vm.frame_write_protect = fw->write_protect;
    int32_t changed = 0;
    for (int i = 0; i < P8_PARAM_COUNT; i++) {
        int32_t v = params[i];
        fw->params[i] = v;
        if (v != b->seen_params[i]) {
            changed |= (int32_t)(1u << i);
            b->seen_params[i] = v;
            if (b->g_params) b->g_params[i].i = v;
        }
    }
    if (changed & b->update_mask) call_entry(fw, b, b->fn_update);
}

int p8_fw_host_kind(const p8_fw_host *fw) {
    p8_fw_bank *b = running((p8_fw_host *)fw);
    return b ? b->kind : P8_FW_KIND_NONE;
}

static int16_t clamp12(int32_t v) {
    return (int16_t)(v > P8_SAMPLE_MAX ? P8_SAMPLE_MAX : v < -P8_SAMPLE_MAX ? -P8_SAMPLE_MAX : v);
}

void p8_fw_host_process(p8_fw_host *fw, int32_t signal[2], uint16_t clock, int32_t host_position,
                        int16_t *memory) {
    p8_fw_bank *b = running(fw);
    if (!b || b->kind != P8_FW_KIND_FULL) return;
    gazl_vm *vm = &b->vm;
    fw->memory = memory;
    vm->frame_mem = memory;
    b->g_signal[0].i = signal[0];
    b->g_signal[1].i = signal[1];
    b->tick_clock->i = clock;
    b->tick_host_position->i = host_position;
    int32_t st = vm->suspended ? GAZL_OK : gazl_vm_call(vm, b->fn_process, 1);
    if (st == GAZL_OK) {
        vm->yield_enabled = 1; /* yield() suspends only inside process() */
        st = gazl_vm_run(vm, fw->tick_budget);
        vm->yield_enabled = 0;
    }
    if (st < 0) {
        p8_fw_bank_fail(b, st);
        return;
    }
    count(fw, b, fw->tick_budget - vm->budget_left);
    b->ticks++;
    signal[0] = clamp12(b->g_signal[0].i);
    signal[1] = clamp12(b->g_signal[1].i);
}

int p8_fw_host_operate(p8_fw_host *fw, int slot, int32_t positions[2], uint16_t clock, int16_t *memory) {
    p8_fw_bank *b = running(fw);
    if (!b || b->kind != P8_FW_KIND_MOD || slot < 1 || slot > 2 || !b->fn_operate[slot - 1]) return 0;
    fw->memory = memory;
    b->vm.frame_mem = memory;
    b->g_positions[0].i = positions[0];
    b->g_positions[1].i = positions[1];
    b->tick_clock->i = clock;
    int32_t st = gazl_vm_call(&b->vm, b->fn_operate[slot - 1], 2); /* [1]: the old operate1(int a) argument */
    if (st == GAZL_OK) {
        b->vm.yield_enabled = 0;
        st = gazl_vm_run(&b->vm, fw->tick_budget);
    }
    if (st < 0) {
        p8_fw_bank_fail(b, st);
        return 0;
    }
    count(fw, b, fw->tick_budget - b->vm.budget_left);
    if (slot == 2) b->ticks++;
    if (gazl_vm_window(&b->vm)[0].i == 0) return 0; /* 0 = fall back to the stock operator */
    positions[0] = b->g_positions[0].i & 0xFFFFF; /* 16.4 positions wrap */
    positions[1] = b->g_positions[1].i & 0xFFFFF;
    return 1;
}

void p8_fw_host_reset(p8_fw_host *fw) {
    p8_fw_bank *b = running(fw);
    if (b) call_entry(fw, b, b->fn_reset);
}
