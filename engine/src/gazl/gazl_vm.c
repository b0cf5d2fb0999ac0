/*
 * gazl_vm.c — the interpreter loop and the VM entry points (see gazl.h for the contract).
 *
 * Dispatch: with GCC/Clang each record's `op` holds its handler's byte offset from a base label (direct threading
 * without 8-byte pointers in the records); elsewhere a switch. The handlers are the same text in both builds
 * (gazl_vm_ops_*.inc). Hot state (ip, dsp, budget) lives in locals; natives see it through the vm struct.
 */
#include <math.h>
#include <string.h>

#include "gazl.h"
#include "gazl_ops.h"

#if defined(__GNUC__) && !defined(GAZL_NO_THREADING)
#define GAZL_THREADED 1
#endif

#define BIAS (0u - GAZL_MEM_BASE)

/* Only ip, dsp and budget are locals (the call stack pointer lives in vm->csp). The rest is read through vm where a handler needs it: with 16
 * registers (Xtensa) GCC would load it all at every entry and spill it to the stack, and a spill slot costs the same
 * load as the vm field. */
#define MEM (vm->mem)
#define STACK (vm->stack)
#define MEM_WORDS (vm->mem_words)
#define RW_WORDS (vm->rw_words)
#define STACK_WORDS (vm->stack_words)
#define CODE (vm->code)

/* Operand access for the handlers. */
#define V(f) dsp[ip->f]
#define KF(field) (((gazl_value){.i = ip->field}).f)
#define FAULT(status_)                                                                                          \
    do {                                                                                                        \
        status = (status_);                                                                                     \
        goto fault;                                                                                             \
    } while (0)

#ifdef GAZL_THREADED
#define OP(name) L_##name:
/* 32-bit targets (the ESP32) store the handler address itself; 64-bit hosts its offset from L_FUNC. */
#if UINTPTR_MAX == 0xFFFFFFFFu
#define GAZL_TARGET(name) (int32_t)(uintptr_t)&&L_##name
#define GAZL_JUMP(op) goto *(const void *)(uintptr_t)(uint32_t)(op)
#else
#define GAZL_TARGET(name) (int32_t)((const char *)&&L_##name - (const char *)&&L_FUNC)
#define GAZL_JUMP(op) goto *(const void *)((const char *)&&L_FUNC + (op))
#endif
#define NEXT() GAZL_JUMP(ip->op)
#else
#define OP(name) case GAZL_OP_##name:
#define NEXT() continue
#endif

/* The instruction budget is charged per straight-line run, not per instruction: entering a run at `ip` (a call,
 * a branch either way, a return, after a native, at the start of gazl_vm_run) charges the number of records from
 * ip up to and including the next control-transfer record (prog->costs, from gazl_vm_link). Only those records can
 * leave a run, so the count is exact for every call that completes; a run that faults halfway is charged in full.
 * The cost of record ip is read at cost_bias + (ip >> 2): records are 16 bytes, costs 4 (no index arithmetic). */
#define CHARGE()                                                                                                \
    do {                                                                                                        \
        if ((budget -= *(const int32_t *)(vm->cost_bias + ((uintptr_t)ip >> 2))) < 0) goto timeout;              \
    } while (0)

/* GCC would merge every handler's dispatch into one shared indirect jump (one badly predicted branch) and pack
 * ip/dsp into a vector register; keep one dispatch per handler and the hot pointers in integer registers. */
#if defined(__GNUC__) && !defined(__clang__)
#define GAZL_RUN_ATTRIBUTES __attribute__((optimize("no-gcse", "no-crossjumping", "no-tree-slp-vectorize")))
#else
#define GAZL_RUN_ATTRIBUTES
#endif

/* Runs the VM; with `link` set, only rewrites link's opcodes into handler offsets and returns. */
GAZL_RUN_ATTRIBUTES static int32_t run(gazl_vm *vm, int32_t budget, gazl_program *link) {
#ifdef GAZL_THREADED
    if (link) {
        /* static on every target (a local table would be rebuilt on the stack at every call: ~380 bytes per tick) */
#define GAZL_OFFSET(name) GAZL_TARGET(name),
        static const int32_t offsets[GAZL_OP_COUNT] = {GAZL_OPCODES(GAZL_OFFSET)};
#undef GAZL_OFFSET
        for (uint32_t i = 0; i < link->code_len; i++) link->code[i].op = offsets[link->code[i].op];
        return GAZL_OK;
    }
#else
    if (link) return GAZL_OK;
#endif
    const gazl_insn *ip = vm->ip;
    gazl_value *dsp = vm->dsp;
    int32_t status = GAZL_OK;

    CHARGE();
#ifdef GAZL_THREADED
    NEXT();
#else
    for (;;) {
        switch ((enum gazl_opcode)ip->op) {
#endif
#include "gazl_vm_ops_flow.inc"
#include "gazl_vm_ops_mem.inc"
#include "gazl_vm_ops_arith.inc"
#ifndef GAZL_THREADED
        default:
            FAULT(GAZL_BAD_CALL);
        }
    }
#endif

timeout:
    budget = 0;
    status = GAZL_TIMEOUT;
fault:
    vm->running = 0;
    vm->suspended = 0;
    vm->nested = 0;
    vm->ip = ip;
    vm->dsp = dsp;
    vm->budget_left = budget < 0 ? 0 : budget;
    vm->status = status;
    return status;
}

/* Records that end a straight-line run: every record that may continue anywhere but at the next one. */
static int ends_run(int32_t op) {
    switch (op) {
    case GAZL_OP_CALL_C: case GAZL_OP_CALL_V: case GAZL_OP_CALL_N: case GAZL_OP_CALL_Y: case GAZL_OP_CALL_FR:
    case GAZL_OP_CALL_FW: case GAZL_OP_RETU:
    case GAZL_OP_GOTO: case GAZL_OP_SWCH: case GAZL_OP_FORI_VVB: case GAZL_OP_FORI_VCB:
    case GAZL_OP_LSSI_VVB: case GAZL_OP_LSSI_VCB: case GAZL_OP_LSSI_CVB: case GAZL_OP_NLSI_VVB: case GAZL_OP_NLSI_VCB:
    case GAZL_OP_NLSI_CVB: case GAZL_OP_EQUI_VVB: case GAZL_OP_EQUI_VCB: case GAZL_OP_NEQI_VVB: case GAZL_OP_NEQI_VCB:
    case GAZL_OP_LSSF_VVB: case GAZL_OP_LSSF_VCB: case GAZL_OP_LSSF_CVB: case GAZL_OP_NLSF_VVB: case GAZL_OP_NLSF_VCB:
    case GAZL_OP_NLSF_CVB: case GAZL_OP_EQUF_VVB: case GAZL_OP_EQUF_VCB: case GAZL_OP_NEQF_VVB: case GAZL_OP_NEQF_VCB:
        return 1;
    default:
        return 0;
    }
}

void gazl_vm_link(gazl_program *prog) {
    if (prog->linked) return;
    uint32_t cost = 0; /* records from i to the end of its run, walking backwards */
    for (uint32_t i = prog->code_len; i-- > 0;) {
        cost = ends_run(prog->code[i].op) ? 1u : cost + 1u;
        prog->costs[i] = (int32_t)cost;
    }
    run(NULL, 0, prog);
    prog->linked = 1;
}

void gazl_vm_init(gazl_vm *vm, gazl_program *prog, gazl_value *stack, uint32_t stack_words, gazl_frame *calls,
                  uint32_t call_cap, const gazl_native_fn *natives, uint32_t native_count, void *user) {
    memset(vm, 0, sizeof *vm);
    gazl_vm_link(prog);
    vm->code = prog->code;
    vm->cost_bias = (uintptr_t)prog->costs - ((uintptr_t)prog->code >> 2);
    vm->funcs = prog->funcs;
    vm->func_count = prog->func_count;
    vm->jumps = prog->jumps;
    vm->mem = prog->mem;
    vm->mem_words = prog->mem_words;
    vm->rw_words = prog->mem_words - prog->consts_words;
    vm->stack = stack;
    vm->stack_words = stack_words;
    vm->calls = calls;
    vm->call_cap = call_cap;
    vm->natives = natives;
    vm->native_count = native_count;
    vm->user = user;
    vm->dsp = stack;
    vm->csp = calls;
    vm->window = stack;
}

int32_t gazl_vm_call(gazl_vm *vm, int32_t fn, uint32_t window) {
    uint32_t ord = (uint32_t)fn - GAZL_FUNC_BASE;
    if (ord >= vm->func_count) return vm->status = GAZL_BAD_CALL;
    int nest = vm->running && vm->suspended;
    gazl_value *base = vm->stack;
    gazl_frame *csp = vm->calls;
    if (nest) {
        base = vm->resume_top;
        csp = vm->csp;
    }
    if (csp + (nest ? 2 : 1) > vm->calls + vm->call_cap) return vm->status = GAZL_CALL_STACK_OVERFLOW;
    if (window > (uint32_t)(vm->stack + vm->stack_words - base)) return vm->status = GAZL_DATA_STACK_OVERFLOW;
    if (nest) { /* save the suspended call; the marker above it returns to the host */
        csp->ip = vm->ip;
        csp->dsp = vm->dsp;
        csp++;
    }
    csp->ip = NULL;
    csp->dsp = NULL; /* marker: RETU here returns to the host */
    csp++;
    memset(base, 0, window * sizeof *base);
    vm->nested = nest;
    vm->window = base;
    vm->dsp = base;
    vm->csp = csp;
    vm->ip = vm->code + vm->funcs[ord];
    vm->running = 1;
    vm->suspended = 0;
    return vm->status = GAZL_OK;
}

gazl_value *gazl_vm_window(gazl_vm *vm) { return vm->window; }

int32_t gazl_vm_run(gazl_vm *vm, int32_t budget) {
    if (!vm->running) return vm->status = GAZL_NOT_READY;
    vm->suspended = 0;
    return run(vm, budget, NULL);
}

void gazl_program_set_frame_io(gazl_program *prog, uint32_t read_native, uint32_t write_native) {
    if (prog->linked) return;
    for (uint32_t i = 0; i < prog->code_len; i++) {
        gazl_insn *in = &prog->code[i];
        /* only where the caller's transient window (c, checked by FUNC against the stack end) holds all four
         * argument words: the VM then needs no run-time check of the window */
        if (in->op != GAZL_OP_CALL_N || in->b < 0 || in->c < 4 || in->b > in->c - 4) continue;
        if ((uint32_t)in->a == read_native) in->op = GAZL_OP_CALL_FR;
        else if ((uint32_t)in->a == write_native) in->op = GAZL_OP_CALL_FW;
    }
}

void gazl_program_set_yield(gazl_program *prog, uint32_t native_index) {
    if (prog->linked) return;
    for (uint32_t i = 0; i < prog->code_len; i++)
        if (prog->code[i].op == GAZL_OP_CALL_N && (uint32_t)prog->code[i].a == native_index)
            prog->code[i].op = GAZL_OP_CALL_Y;
}

int32_t gazl_vm_line(const gazl_vm *vm, const gazl_program *prog) {
    if (!vm->ip || vm->ip < prog->code || vm->ip >= prog->code + prog->code_len) return 0;
    return prog->lines[vm->ip - prog->code];
}

const char *gazl_status_text(int32_t status) {
    switch (status) {
    case GAZL_OK: return "ok";
    case GAZL_YIELDED: return "yielded";
    case GAZL_TIMEOUT: return "time-out: instruction budget exceeded";
    case GAZL_BAD_PEEK: return "bad peek: read outside memory";
    case GAZL_BAD_POKE: return "bad poke: write outside memory or to readonly data";
    case GAZL_BAD_CALL: return "bad call: not a function";
    case GAZL_DATA_STACK_OVERFLOW: return "data stack overflow";
    case GAZL_CALL_STACK_OVERFLOW: return "call stack overflow";
    case GAZL_DIVISION_BY_ZERO: return "division by zero";
    case GAZL_ABORTED: return "aborted";
    case GAZL_ASSERT: return "assertion failed";
    case GAZL_NOT_READY: return "no call in progress";
    default: return "unknown status";
    }
}
