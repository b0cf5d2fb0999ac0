/*
 * p8_firmware_host.c — CONTROL side of the firmware host: regions and banks, loading (assemble + lifecycle in
 * the idle bank, then publish), unloading, read-outs. The AUDIO side is p8_firmware_run.c.
 */
#include <stdio.h>
#include <string.h>

#include "p8_firmware_host.h"

#define EX_NONE 3u
#define EX_UNLOAD 2u
#define EX_ACTIVE(w) ((w) & 3u)
#define EX_PENDING(w) (((w) >> 2) & 3u)
#define EX_MAKE(active, pending) ((active) | ((pending) << 2))

static int carve(p8_mem *mem, int region, uint8_t **halves, uint32_t *half_bytes) {
    p8_mem_region *r = &mem->regions[region];
    uint32_t bytes = (r->budget - r->taken) & ~15u;
    uint8_t *p = bytes ? p8_mem_take_reserved(mem, region, bytes) : NULL;
    if (!p) return -1;
    *half_bytes = (bytes / 2u) & ~7u;
    p8_mem_set_share(mem, region, *half_bytes); /* one firmware gets one bank */
    halves[0] = p;
    halves[1] = p + *half_bytes;
    return 0;
}

int p8_fw_host_init(p8_fw_host *fw, p8_mem *mem, p8_spsc_ring *log) {
    memset(fw, 0, sizeof *fw);
    fw->run_min = INT32_MAX;
    fw->mem = mem;
    fw->log = log;
    fw->active = -1;
    fw->tick_budget = P8_FW_TICK_BUDGET;
    fw->control_budget = P8_FW_CONTROL_BUDGET;
    fw->init_budget = P8_FW_INIT_BUDGET;
    atomic_store(&fw->exchange, EX_MAKE(EX_NONE, EX_NONE));
    uint8_t *prog[2], *glob[2], *stack[2];
    uint32_t prog_b, glob_b, stack_b;
    if (carve(mem, P8_REGION_PROGRAM, prog, &prog_b) || carve(mem, P8_REGION_GLOBAL, glob, &glob_b) ||
        carve(mem, P8_REGION_STACK, stack, &stack_b))
        return P8_ERR_OUT_OF_MEMORY;
    p8_mem_region *lr = &mem->regions[P8_REGION_LOADER];
    uint32_t loader_bytes = (lr->budget - lr->taken) & ~15u;
    fw->loader.base = loader_bytes ? p8_mem_take_reserved(mem, P8_REGION_LOADER, loader_bytes) : NULL;
    fw->loader.bytes = loader_bytes;
    if (!fw->loader.base) return P8_ERR_OUT_OF_MEMORY;
    uint32_t frame_bytes = P8_FW_CALL_FRAMES * (uint32_t)sizeof(gazl_frame);
    if (frame_bytes > stack_b / 4u) frame_bytes = (stack_b / 4u / (uint32_t)sizeof(gazl_frame)) * sizeof(gazl_frame);
    for (int i = 0; i < 2; i++) {
        p8_fw_bank *b = &fw->banks[i];
        b->host = fw;
        atomic_store(&b->state, P8_FW_NONE);
        gazl_program *p = &b->prog;
        uint32_t jump_bytes = (prog_b / 16u) & ~7u, func_bytes = (prog_b / 64u) & ~7u;
        p->jumps = (int32_t *)(void *)prog[i];
        p->jump_cap = jump_bytes / 4u;
        p->funcs = (uint32_t *)(void *)(prog[i] + jump_bytes);
        p->func_cap = func_bytes / 4u;
        uint8_t *rest = prog[i] + jump_bytes + func_bytes;
        p->code_cap = (prog_b - jump_bytes - func_bytes) / (uint32_t)(sizeof(gazl_insn) + 2u * sizeof(int32_t));
        p->code = (gazl_insn *)(void *)rest;
        p->lines = (int32_t *)(void *)(rest + p->code_cap * sizeof(gazl_insn));
        p->costs = p->lines + p->code_cap;
        p->mem = (gazl_value *)(void *)glob[i];
        p->mem_words = glob_b / 4u;
        b->calls = (gazl_frame *)(void *)stack[i];
        b->stack = (gazl_value *)(void *)(stack[i] + frame_bytes);
        b->stack_words = (stack_b - frame_bytes) / 4u;
        if (p->code_cap < 16 || p->func_cap < 1 || p->mem_words < 16 || b->stack_words < 16 || frame_bytes == 0)
            return P8_ERR_BUDGET;
    }
    snprintf(fw->load_message, sizeof fw->load_message, "no firmware");
    return P8_OK;
}

static uint32_t frames_of(const p8_fw_bank *b) {
    return (uint32_t)(((const uint8_t *)b->stack - (const uint8_t *)b->calls) / sizeof(gazl_frame));
}

/* Address of global `name` with at least `min` words; writable unless `readonly_ok`. NULL if absent/unfit. */
static gazl_value *global(p8_fw_host *fw, p8_fw_bank *b, const char *name, uint32_t min, int readonly_ok) {
    int32_t at;
    uint32_t size;
    int kind = gazl_lookup(&fw->loader, name, &at, &size);
    if (kind != GAZL_SYM_GLOBAL && !(readonly_ok && kind == GAZL_SYM_READONLY)) return NULL;
    if (size < min) return NULL;
    return gazl_vm_access(&b->vm, (uint32_t)at, min, kind == GAZL_SYM_GLOBAL);
}

static int32_t function(p8_fw_host *fw, const char *name) {
    int32_t fn;
    return gazl_lookup(&fw->loader, name, &fn, NULL) == GAZL_SYM_FUNCTION ? fn : 0;
}

static int fail_load(p8_fw_host *fw, const char *fmt, const char *detail, int32_t line) {
    char what[P8_FW_MESSAGE_BYTES];
    snprintf(what, sizeof what, fmt, detail);
    if (line > 0) snprintf(fw->load_message, sizeof fw->load_message, "line %d: %.140s", (int)line, what);
    else snprintf(fw->load_message, sizeof fw->load_message, "%.150s", what);
    return P8_ERR_LOAD;
}

/* Runs a lifecycle entry point to completion on the control thread. */
static int32_t run_entry(p8_fw_bank *b, int32_t fn, int32_t budget) {
    if (!fn) return GAZL_OK;
    int32_t st = gazl_vm_call(&b->vm, fn, 1);
    if (st != GAZL_OK) return st;
    b->vm.yield_enabled = 0;
    return gazl_vm_run(&b->vm, budget);
}

static void fill_config(gazl_value *cfg, uint32_t words, const char *config) {
    uint32_t k = 0;
    for (; config && config[k] && k + 1 < words; k++) cfg[k].i = (uint8_t)config[k];
    for (; k < words; k++) cfg[k].i = 0;
}

int p8_fw_host_load(p8_fw_host *fw, const char *text, const char *config, int debug, int32_t instance) {
    if (!text) return fail_load(fw, "%s", "no firmware text", 0);
    /* Cancel a load the audio side has not picked up yet; the staging bank is the one not playing. */
    uint32_t w = atomic_load(&fw->exchange);
    while (!atomic_compare_exchange_weak(&fw->exchange, &w, EX_MAKE(EX_ACTIVE(w), EX_NONE))) {
    }
    int s = EX_ACTIVE(w) == 0 ? 1 : 0;
    p8_fw_bank *b = &fw->banks[s];
    atomic_store(&b->state, P8_FW_NONE);

    int32_t count;
    const gazl_named_value *table = p8_host_constant_table(&count);
    gazl_named_value consts[40];
    if (count > 39) count = 39;
    memcpy(consts, table, (size_t)count * sizeof *consts);
    consts[count].name = "DEBUG";
    consts[count].value = debug;
    gazl_asm_config cfg = {consts, (uint32_t)count + 1, p8_fw_native_names, P8_FW_NATIVE_COUNT};
    gazl_error err;
    if (gazl_assemble(&b->prog, &fw->loader, text, &cfg, &err) != 0)
        return fail_load(fw, "%s", err.message, 0);
    gazl_program_set_yield(&b->prog, P8_FW_NATIVE_YIELD); /* yield() and one-frame read()/write() run inside */
    gazl_program_set_frame_io(&b->prog, P8_FW_NATIVE_READ, P8_FW_NATIVE_WRITE); /* the VM, no native call */
    gazl_vm_init(&b->vm, &b->prog, b->stack, b->stack_words, b->calls, frames_of(b), p8_fw_natives,
                 P8_FW_NATIVE_COUNT, b);
    b->vm.frame_mem = fw->memory; /* the natives' rules: P8_MEMORY_MASK frames, clamp to +-P8_SAMPLE_MAX */
    b->vm.frame_mask = P8_MEMORY_MASK;
    b->vm.frame_clamp = P8_SAMPLE_MAX;
    b->vm.frame_write_protect = fw->write_protect;

    b->fn_init = function(fw, "init");
    b->fn_update = function(fw, "update");
    b->fn_reset = function(fw, "reset");
    b->fn_process = function(fw, "process");
    b->fn_operate[0] = function(fw, "operate1");
    b->fn_operate[1] = function(fw, "operate2");
    b->g_signal = global(fw, b, "signal", 2, 0);
    b->g_positions = global(fw, b, "positions", 2, 0);
    b->g_params = global(fw, b, "params", P8_PARAM_COUNT, 0);
    b->g_clock = global(fw, b, "clock", 1, 0);
    b->g_host_position = global(fw, b, "hostPosition", 1, 0);
    b->g_leds = global(fw, b, "displayLEDs", 4, 0);
    b->g_panel_rows = global(fw, b, "panelTextRows", 8, 1);
    b->g_config_text = global(fw, b, "configText", 1, 1);
    if (b->fn_process) { /* a firmware with process() is a full patch; operate*() are then ignored */
        if (!b->g_signal) {
            int32_t at;
            if (gazl_lookup(&fw->loader, "left", &at, NULL) == GAZL_SYM_GLOBAL) /* Permut8 1.0: left/right */
                return fail_load(fw, "%s", "written for the Permut8 1.0 firmware API (globals left/right); "
                                           "this host runs format 2: process() on 'global array signal[2]'", 0);
            return fail_load(fw, "%s", "full patch (process) needs 'global array signal[2]'", 0);
        }
        b->kind = P8_FW_KIND_FULL;
    } else if (b->fn_operate[0] || b->fn_operate[1]) {
        if (!b->g_positions)
            return fail_load(fw, "%s", "mod patch (operate1/2) needs 'global array positions[2]'", 0);
        b->kind = P8_FW_KIND_MOD;
    } else {
        return fail_load(fw, "%s", "firmware defines neither process() nor operate1()/operate2()", 0);
    }
    b->debug = debug;
    b->ticks = 0;
    b->error[0] = b->error[1] = b->error[2] = 0;
    b->message[0] = 0;
    int32_t at;
    uint32_t size;
    if (gazl_lookup(&fw->loader, "config", &at, &size) == GAZL_SYM_GLOBAL) {
        gazl_value *c = gazl_vm_access(&b->vm, (uint32_t)at, size, 1);
        if (c) fill_config(c, size, config);
    }
    gazl_value *inst = global(fw, b, "instance", 1, 0);
    if (inst) inst->i = instance;
    if (b->g_host_position) b->g_host_position->i = 0;
    b->tick_clock = b->g_clock ? b->g_clock : &b->sink[0];
    b->tick_host_position = b->g_host_position ? b->g_host_position : &b->sink[1];
    for (int i = 0; i < P8_PARAM_COUNT; i++) b->seen_params[i] = fw->params[i];
    if (b->g_params)
        for (int i = 0; i < P8_PARAM_COUNT; i++) b->g_params[i].i = fw->params[i];

    /* Lifecycle: init -> clockFreqLimit -> update -> reset. */
    static const char *const names[3] = {"init()", "update()", "reset()"};
    int32_t fns[3] = {b->fn_init, b->fn_update, b->fn_reset};
    for (int k = 0; k < 3; k++) {
        int32_t st = run_entry(b, fns[k], k == 0 ? fw->init_budget : fw->control_budget);
        if (st == GAZL_ABORTED) return fail_load(fw, "%s called abort()", names[k], gazl_vm_line(&b->vm, &b->prog));
        if (st < 0) {
            char what[100];
            snprintf(what, sizeof what, "%s: %s", names[k], st == GAZL_ASSERT ? b->message : gazl_status_text(st));
            return fail_load(fw, "%s", what, gazl_vm_line(&b->vm, &b->prog));
        }
        if (k == 0) {
            gazl_value *lim = global(fw, b, "clockFreqLimit", 1, 1);
            gazl_value *mask = global(fw, b, "updateMask", 1, 1);
            b->clock_freq_limit = lim && lim->i > 0 ? lim->i : 0;
            b->update_mask = mask ? mask->i : -1; /* no mask: every param change calls update() */
        }
    }
    b->vm.running = 0; /* process() starts fresh on the first tick */
    if (fw->mem) { /* memory report: what this firmware uses of one bank */
        gazl_program *p = &b->prog;
        p8_mem_set_used(fw->mem, P8_REGION_PROGRAM,
                        (p->code_len * (uint32_t)(sizeof(gazl_insn) + 8u) + p->func_count * 4u + p->jump_len * 4u));
        p8_mem_set_used(fw->mem, P8_REGION_GLOBAL, (p->globals_words + p->consts_words) * 4u);
        p8_mem_set_used(fw->mem, P8_REGION_STACK, b->vm.stack_high * 4u);
    }
    atomic_store(&b->state, P8_FW_RUNNING);
    snprintf(fw->load_message, sizeof fw->load_message, "loaded %s patch: %u instructions, %u global + %u readonly words",
             b->kind == P8_FW_KIND_FULL ? "full" : "mod", (unsigned)b->prog.code_len, (unsigned)b->prog.globals_words,
             (unsigned)b->prog.consts_words);
    w = atomic_load(&fw->exchange);
    while (!atomic_compare_exchange_weak(&fw->exchange, &w, EX_MAKE(EX_ACTIVE(w), (uint32_t)s))) {
    }
    return P8_OK;
}

void p8_fw_host_unload(p8_fw_host *fw) {
    uint32_t w = atomic_load(&fw->exchange);
    while (!atomic_compare_exchange_weak(&fw->exchange, &w, EX_MAKE(EX_ACTIVE(w), EX_UNLOAD))) {
    }
}

/* The bank the control side should describe: the pending one if a load is queued, else the active one. */
static const p8_fw_bank *shown(const p8_fw_host *fw) {
    uint32_t w = atomic_load(&((p8_fw_host *)fw)->exchange);
    uint32_t pending = EX_PENDING(w), active = EX_ACTIVE(w);
    if (pending == EX_UNLOAD) return NULL;
    if (pending < 2u) return &fw->banks[pending];
    return active < 2u ? &fw->banks[active] : NULL;
}

int32_t p8_fw_host_state(const p8_fw_host *fw) {
    const p8_fw_bank *b = shown(fw);
    return b ? atomic_load(&((p8_fw_bank *)b)->state) : P8_FW_NONE;
}

const char *p8_fw_host_message(const p8_fw_host *fw) {
    const p8_fw_bank *b = shown(fw);
    int32_t st = b ? atomic_load(&((p8_fw_bank *)b)->state) : P8_FW_NONE;
    return (st == P8_FW_STOPPED || st == P8_FW_ABORTED) ? b->message : fw->load_message;
}

void p8_fw_host_error(const p8_fw_host *fw, int32_t out[3]) {
    const p8_fw_bank *b = shown(fw);
    for (int i = 0; i < 3; i++) out[i] = b ? b->error[i] : 0;
}

void p8_fw_host_display(const p8_fw_host *fw, int32_t leds[4]) {
    const p8_fw_bank *b = shown(fw);
    for (int i = 0; i < 4; i++) leds[i] = (b && b->g_leds) ? (b->g_leds[i].i & 0xFF) : 0;
}

int p8_fw_host_text(const p8_fw_host *fw, int index, char *out, int capacity) {
    if (!out || capacity < 1) return 0;
    out[0] = 0;
    const p8_fw_bank *b = shown(fw);
    if (!b || index < 0 || index > 8) return 0;
    const gazl_value *slot = index < 8 ? (b->g_panel_rows ? &b->g_panel_rows[index] : NULL) : b->g_config_text;
    if (!slot || slot->i == 0) return 0; /* no such text, or a null pointer */
    int n = p8_fw_string(&b->vm, (uint32_t)slot->i, out, capacity);
    if (n < 0) { /* a pointer outside the firmware's memory: show nothing rather than garbage */
        out[0] = 0;
        return 0;
    }
    return n;
}

int32_t p8_fw_host_clock_freq_limit(const p8_fw_host *fw) {
    const p8_fw_bank *b = shown(fw);
    return b ? b->clock_freq_limit : 0;
}

int32_t p8_fw_host_stat(const p8_fw_host *fw, int stat) {
    p8_fw_host *h = (p8_fw_host *)fw;
    switch (stat) {
    case P8_STAT_VM_INSTR_MIN: return atomic_load(&h->instr_min);
    case P8_STAT_VM_INSTR_AVG: return atomic_load(&h->instr_avg);
    case P8_STAT_VM_INSTR_MAX: return atomic_load(&h->instr_max);
    case P8_STAT_VM_STACK_HIGH_WATER: return atomic_load(&h->stack_high);
    default: return 0;
    }
}

void p8_fw_host_reset_stats(p8_fw_host *fw) { atomic_store(&fw->stats_reset, 1); /* applied by the audio side */ }
