/*
 * gazl.h — the GAZL assembler and virtual machine: one contract for both halves.
 *
 * GAZL is the assembly language the Impala compiler emits for Permut8 firmwares (ISA: see README.md beside
 * this file). A firmware arrives as text; the assembler turns it into pre-decoded instruction records once, at
 * load; the VM interprets those records at audio rate.
 *
 * Goals
 *   - Run compiled firmwares unchanged, with the VM's documented arithmetic (wrapping ints, truncating division,
 *     float32) and its memory model (word memory of globals, readonly constants and a data stack).
 *   - Fast on a 240 MHz Xtensa: every operand form is resolved at load into its own opcode, records are 16 bytes,
 *     dispatch is a computed goto (GCC/Clang) or a switch; no allocation, no type test at run time.
 *   - Safe: every memory access is bounds-checked, readonly data cannot be written, the data and call stacks are
 *     bounded, a per-run instruction budget stops runaway code (GAZL_TIMEOUT). Bad input never crashes.
 *   - Resumable: a native may suspend the VM (GAZL_YIELDED); the next gazl_vm_run continues after the call
 *     with every local intact. This is Permut8's yield().
 *   - No globals: all state lives in the structs below, in memory the caller provides.
 * Non-goals
 *   - Serialising VM state, unicode source, function-pointer type safety beyond "is a valid function".
 *
 * Who calls what
 *   CONTROL (loader): gazl_assemble() fills a gazl_program inside caller-provided buffers, using a gazl_loader
 *     scratch arena for symbols and fixups; gazl_lookup() then finds functions and globals by name (valid until
 *     the next gazl_assemble on the same loader); gazl_vm_init() binds a program to a data stack and call stack.
 *   Any thread that owns the VM: gazl_vm_call() enters a function, gazl_vm_run() runs it under a budget.
 *   Natives (host functions) are called from inside gazl_vm_run() with the argument window.
 *
 * Memory model (word addresses; a pointer value is GAZL_MEM_BASE + word index)
 *   [0, mem_words)                     program memory: globals grow up from 0, constants down from the top
 *                                      (the top word is always 0, so string scans stop). Words below rw_words
 *                                      are writable; [rw_words, mem_words) are the readonly constants.
 *   [mem_words, mem_words+stack_words) the data stack (locals live here; ADRL gives pointers into it).
 * Function pointers are GAZL_FUNC_BASE + ordinal (declaration order), never code addresses.
 */
#ifndef GAZL_H
#define GAZL_H

#include <stddef.h>
#include <stdint.h>

#define GAZL_WORD_BITS 32
#define GAZL_MEM_BASE 0x00100000u  /* pointer value of memory word 0 (so null and small ints are invalid) */
#define GAZL_FUNC_BASE 0x40000000u /* function pointer of the first FUNC (positive: pointers compare signed) */

typedef union {
    int32_t i;
    uint32_t u;
    float f;
} gazl_value;

/* One pre-decoded instruction: 16 bytes everywhere. `op` is an opcode index before linking and, on GCC/Clang,
 * the byte offset of its handler from a base label after linking (gazl_vm_link). a/b/c are operands: dsp-relative
 * word offsets for variables, raw values for constants, pre-biased word indices for constant addresses, relative
 * instruction deltas for branches. */
typedef struct {
    int32_t op;
    int32_t a, b, c;
} gazl_insn;

/* Run status. >= 0: the VM can continue or has finished normally. < 0: a runtime error; the VM is dead. */
enum gazl_status {
    GAZL_OK = 0,                   /* the entered function returned */
    GAZL_YIELDED = 1,              /* a native suspended the VM; gazl_vm_run resumes after the call */
    GAZL_TIMEOUT = -1,             /* instruction budget exhausted */
    GAZL_BAD_PEEK = -2,            /* read outside memory (PEEK, GETL, COPY source, native read) */
    GAZL_BAD_POKE = -3,            /* write outside writable memory or into readonly data */
    GAZL_BAD_CALL = -4,            /* call through a value that is not a function pointer */
    GAZL_DATA_STACK_OVERFLOW = -5,
    GAZL_CALL_STACK_OVERFLOW = -6,
    GAZL_DIVISION_BY_ZERO = -7,
    GAZL_ABORTED = -8,             /* a native asked to stop (Permut8 abort()) */
    GAZL_ASSERT = -9,              /* a native reported a failed assertion */
    GAZL_NOT_READY = -10           /* gazl_vm_run without a call in progress */
};

/* A compiled program, living in caller-provided buffers (double-banked by the Permut8 host). */
typedef struct {
    gazl_insn *code;      /* code_cap records */
    int32_t *lines;       /* source line of each record (code_cap entries), for runtime error reports */
    int32_t *costs;       /* run cost of each record (code_cap entries), filled by gazl_vm_link (see gazl_vm.c) */
    uint32_t code_cap, code_len;
    uint32_t *funcs;      /* ordinal -> code index */
    uint32_t func_cap, func_count;
    int32_t *jumps;       /* switch tables: relative branch deltas */
    uint32_t jump_cap, jump_len;
    gazl_value *mem;      /* program memory (see the memory model) */
    uint32_t mem_words;   /* capacity = the globals + constants budget */
    uint32_t globals_words, consts_words; /* used, after assembly */
    int linked;           /* gazl_vm_link done */
} gazl_program;

/* Scratch for the assembler (symbol tables, names, fixups). Any size; bigger = more symbols. */
typedef struct {
    uint8_t *base;
    uint32_t bytes;
    void *state; /* internal: set by gazl_assemble, read by gazl_lookup */
} gazl_loader;

/* A named integer constant the host defines for `#NAME` operands (PARAM indices, DEBUG, ...). */
typedef struct {
    const char *name;
    int32_t value;
} gazl_named_value;

typedef struct {
    const gazl_named_value *constants; /* host constants, resolvable with #NAME */
    uint32_t constant_count;
    const char *const *natives;     /* native names; ^name resolves to its index */
    uint32_t native_count;
} gazl_asm_config;

#define GAZL_MESSAGE_BYTES 160

typedef struct {
    int32_t line;                   /* 1-based source line, 0 when not tied to a line */
    char message[GAZL_MESSAGE_BYTES]; /* "line N: what went wrong" */
} gazl_error;

/* Assembles `text` (zero-terminated) into `prog` (its buffers and capacities set by the caller).
 * Returns 0, or -1 with `err` filled. Never reads past the terminator; never writes outside the buffers. */
int gazl_assemble(gazl_program *prog, gazl_loader *loader, const char *text, const gazl_asm_config *cfg,
                  gazl_error *err);

enum gazl_symbol_kind { GAZL_SYM_NONE = 0, GAZL_SYM_FUNCTION, GAZL_SYM_GLOBAL, GAZL_SYM_READONLY, GAZL_SYM_CONSTANT };

/* Looks up a global symbol of the last assembly on `loader`. Returns its kind (GAZL_SYM_NONE if absent);
 * value = function pointer / address / constant; size = words (1 for functions and constants). */
int gazl_lookup(const gazl_loader *loader, const char *name, int32_t *value, uint32_t *size);

/* ---- virtual machine --------------------------------------------------------------------------------------- */

typedef struct gazl_vm gazl_vm;

/* A host function. args[0] is the return slot, args[1..] the arguments; `avail` is how many words the window
 * may hold before the end of the data stack (check before reading args[k], k >= avail is out of bounds).
 * Returns GAZL_OK to continue, GAZL_YIELDED to suspend after the call, or a negative status to stop. */
typedef int32_t (*gazl_native_fn)(gazl_vm *vm, gazl_value *args, uint32_t avail, void *user);

typedef struct {
    const gazl_insn *ip;
    gazl_value *dsp; /* NULL marks "return to the host" */
} gazl_frame;

struct gazl_vm {
    const gazl_insn *code;
    uintptr_t cost_bias;  /* costs - (code >> 2): the cost of record ip is at cost_bias + (ip >> 2) */
    const uint32_t *funcs;
    uint32_t func_count;
    const int32_t *jumps;
    gazl_value *mem;
    uint32_t mem_words, rw_words;
    gazl_value *stack;
    uint32_t stack_words;
    gazl_frame *calls;
    uint32_t call_cap;
    const gazl_native_fn *natives;
    uint32_t native_count;
    void *user;

    const gazl_insn *ip; /* next instruction (or the faulting one after an error) */
    gazl_value *dsp;
    gazl_frame *csp;
    int32_t budget_left;   /* instructions left in the current gazl_vm_run */
    int32_t status;        /* last status returned */
    int running;           /* a call is in progress (entered or suspended) */
    int suspended;         /* the call is suspended by a native (yield) and can be resumed */
    int nested;            /* the current call runs on top of a suspended one (see gazl_vm_call) */
    gazl_value *resume_top; /* first stack word above the suspended call's frame */
    gazl_value *window;    /* argument/result window of the current call */
    uint32_t stack_high;   /* deepest data-stack use seen, words */
    uint32_t calls_high;   /* deepest call-stack use seen, frames */
    int yield_enabled;     /* the yield native (gazl_program_set_yield) suspends only while this is set */
    /* Frame memory for the one-frame read/write fast path (gazl_program_set_frame_io); NULL = always the natives */
    int16_t *frame_mem;    /* interleaved L,R frames */
    uint32_t frame_mask;   /* frame index mask (frames wrap) */
    int32_t frame_clamp;   /* written values are clamped to +-frame_clamp */
    int frame_write_protect; /* writes do nothing */
};

/* Converts opcode indices into handler offsets (computed-goto builds); idempotent. Call once after assembly. */
void gazl_vm_link(gazl_program *prog);

void gazl_vm_init(gazl_vm *vm, gazl_program *prog, gazl_value *stack, uint32_t stack_words, gazl_frame *calls,
                  uint32_t call_cap, const gazl_native_fn *natives, uint32_t native_count, void *user);

/* Enters function pointer `fn` with a zeroed argument window of `window` words (args[0] = result).
 * If a call is suspended, the new call runs on top of it (its window above the suspended frame) and, once it
 * returns, the suspended call can be resumed by gazl_vm_run: an interrupt, as Permut8's update() during a
 * yielding process(). Otherwise any previous state is discarded and the window is the stack bottom.
 * Returns GAZL_OK, GAZL_BAD_CALL, GAZL_DATA_STACK_OVERFLOW or GAZL_CALL_STACK_OVERFLOW. */
int32_t gazl_vm_call(gazl_vm *vm, int32_t fn, uint32_t window);

/* The argument/result window of the entered call (valid between gazl_vm_call and the next call). */
gazl_value *gazl_vm_window(gazl_vm *vm);

/* Runs (or resumes) at most `budget` instructions. Returns GAZL_OK (returned; after a nested call the suspended
 * one is resumable again), GAZL_YIELDED or an error (the VM is then dead until the next gazl_vm_call). */
int32_t gazl_vm_run(gazl_vm *vm, int32_t budget);

/* Bounds-checked access to `count` words at pointer value `ptr` for natives: NULL when out of range (or, with
 * `writable`, when any word is readonly). Inline: natives call it on every read()/write(). */
static inline gazl_value *gazl_vm_access(const gazl_vm *vm, uint32_t ptr, uint32_t count, int writable) {
    uint32_t x = ptr - GAZL_MEM_BASE;
    uint32_t limit = writable ? vm->rw_words : vm->mem_words;
    if (x < vm->mem_words) return (x <= limit && count <= limit - x) ? vm->mem + x : NULL;
    x -= vm->mem_words;
    if (x <= vm->stack_words && count <= vm->stack_words - x) return vm->stack + x;
    return NULL;
}

/* Marks native `native_index` as the coroutine yield: its calls become a VM instruction that suspends (as a native
 * returning GAZL_YIELDED) while vm->yield_enabled is set and otherwise does nothing; the native function itself is
 * then never called. Call after gazl_assemble and before gazl_vm_init (which links); later calls do nothing. */
void gazl_program_set_yield(gazl_program *prog, uint32_t native_index);

/* Marks natives read(offset, count, ptr) and write(offset, count, ptr) as frame transfers on vm->frame_mem:
 * a call with count 1, a valid two-word pointer and frame_mem set is done inside the VM (read: two words from
 * frame (offset & frame_mask); write: the two words clamped, unless frame_write_protect); every other call goes to
 * the native, which must implement the same rules. Same timing rule as gazl_program_set_yield. */
void gazl_program_set_frame_io(gazl_program *prog, uint32_t read_native, uint32_t write_native);

/* Source line of the instruction at vm->ip (after an error), 0 if unknown. */
int32_t gazl_vm_line(const gazl_vm *vm, const gazl_program *prog);

/* "timeout", "bad peek", … */
const char *gazl_status_text(int32_t status);

#endif
