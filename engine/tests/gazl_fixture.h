/*
 * gazl_fixture.h — a GAZL assembler + VM on malloc'd buffers, with small test natives, for the test_gazl_*.c
 * programs. Header-only (static functions): each test program is its own executable.
 *   fx_open(&fx) / fx_close(&fx)
 *   fx_asm(&fx, text)            0 or -1 (fx.err.message holds "line N: ...")
 *   fx_call(&fx, "f", args, n, budget)   status; fx_result(&fx) = window[0] as int
 * Natives: ^note (args[1] appended to fx.notes), ^yield, ^abort, ^fail (returns GAZL_ASSERT).
 */
#ifndef GAZL_FIXTURE_H
#define GAZL_FIXTURE_H

#include <stdlib.h>
#include <string.h>

#include "gazl/gazl.h"

#define FX_CODE 8192u
#define FX_FUNCS 512u
#define FX_JUMPS 4096u
#define FX_MEM 16384u
#define FX_STACK 8192u
#define FX_CALLS 128u
#define FX_LOADER (512u * 1024u)

typedef struct {
    gazl_program prog;
    gazl_loader loader;
    gazl_vm vm;
    gazl_error err;
    gazl_value *stack;
    gazl_frame *calls;
    int32_t notes[64];
    int note_count;
} gazl_fx;

static inline int32_t fx_note(gazl_vm *vm, gazl_value *args, uint32_t avail, void *user) {
    (void)vm;
    gazl_fx *fx = user;
    if (avail < 2) return GAZL_DATA_STACK_OVERFLOW;
    if (fx->note_count < 64) fx->notes[fx->note_count++] = args[1].i;
    args[0].i = args[1].i * 2;
    return GAZL_OK;
}
static inline int32_t fx_yield(gazl_vm *vm, gazl_value *args, uint32_t avail, void *user) {
    (void)vm, (void)args, (void)avail, (void)user;
    return GAZL_YIELDED;
}
static inline int32_t fx_abort(gazl_vm *vm, gazl_value *args, uint32_t avail, void *user) {
    (void)vm, (void)args, (void)avail, (void)user;
    return GAZL_ABORTED;
}
static inline int32_t fx_failn(gazl_vm *vm, gazl_value *args, uint32_t avail, void *user) {
    (void)vm, (void)args, (void)avail, (void)user;
    return GAZL_ASSERT;
}

static const char *const fx_native_names[] = {"note", "yield", "abort", "fail"};
static const gazl_native_fn fx_natives[] = {fx_note, fx_yield, fx_abort, fx_failn};
static const gazl_named_value fx_constants[] = {{"TEN", 10}, {"MINUS", -3}, {"DEBUG", 1}};

static inline void fx_open(gazl_fx *fx) {
    memset(fx, 0, sizeof *fx);
    fx->prog.code = calloc(FX_CODE, sizeof(gazl_insn));
    fx->prog.lines = calloc(FX_CODE, sizeof(int32_t));
    fx->prog.costs = calloc(FX_CODE, sizeof(int32_t));
    fx->prog.code_cap = FX_CODE;
    fx->prog.funcs = calloc(FX_FUNCS, sizeof(uint32_t));
    fx->prog.func_cap = FX_FUNCS;
    fx->prog.jumps = calloc(FX_JUMPS, sizeof(int32_t));
    fx->prog.jump_cap = FX_JUMPS;
    fx->prog.mem = calloc(FX_MEM, sizeof(gazl_value));
    fx->prog.mem_words = FX_MEM;
    fx->loader.base = malloc(FX_LOADER);
    fx->loader.bytes = FX_LOADER;
    fx->stack = calloc(FX_STACK, sizeof(gazl_value));
    fx->calls = calloc(FX_CALLS, sizeof(gazl_frame));
}

static inline void fx_close(gazl_fx *fx) {
    free(fx->prog.code);
    free(fx->prog.lines);
    free(fx->prog.costs);
    free(fx->prog.funcs);
    free(fx->prog.jumps);
    free(fx->prog.mem);
    free(fx->loader.base);
    free(fx->stack);
    free(fx->calls);
}

static inline int fx_asm(gazl_fx *fx, const char *text) {
    gazl_asm_config cfg = {fx_constants, 3, fx_native_names, 4};
    if (gazl_assemble(&fx->prog, &fx->loader, text, &cfg, &fx->err) != 0) return -1;
    gazl_vm_init(&fx->vm, &fx->prog, fx->stack, FX_STACK, fx->calls, FX_CALLS, fx_natives, 4, fx);
    return 0;
}

/* Calls function `name` with args in window[1..n]; returns the run status. */
static inline int32_t fx_call(gazl_fx *fx, const char *name, const int32_t *args, int n, int32_t budget) {
    int32_t fn;
    if (gazl_lookup(&fx->loader, name, &fn, NULL) != GAZL_SYM_FUNCTION) return -100;
    if (gazl_vm_call(&fx->vm, fn, (uint32_t)n + 1) != GAZL_OK) return -101;
    gazl_value *w = gazl_vm_window(&fx->vm);
    w[0].i = 0;
    for (int i = 0; i < n; i++) w[1 + i].i = args[i];
    return gazl_vm_run(&fx->vm, budget);
}

static inline int32_t fx_result(gazl_fx *fx) { return gazl_vm_window(&fx->vm)[0].i; }
static inline float fx_result_f(gazl_fx *fx) { return gazl_vm_window(&fx->vm)[0].f; }

/* Word `k` of global `name` (0 if absent). */
static inline int32_t fx_global(gazl_fx *fx, const char *name, uint32_t k) {
    int32_t at;
    uint32_t size;
    if (gazl_lookup(&fx->loader, name, &at, &size) == GAZL_SYM_NONE || k >= size) return 0;
    gazl_value *p = gazl_vm_access(&fx->vm, (uint32_t)at + k, 1, 0);
    return p ? p->i : 0;
}

#endif
