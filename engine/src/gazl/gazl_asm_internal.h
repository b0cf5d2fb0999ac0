/*
 * gazl_asm_internal.h — shared state of the assembler's parts (lexer, symbols, instructions, directives, link).
 * Internal to engine/src/gazl. Errors unwind with longjmp to gazl_assemble, which reports "line N: message".
 */
#ifndef GAZL_ASM_INTERNAL_H
#define GAZL_ASM_INTERNAL_H

#include <setjmp.h>
#include <stdint.h>

#include "gazl.h"

/* Operand/symbol type bits. A symbol has some of them; an operand slot accepts some; they must intersect. */
#define GA_INT_R 0x00001u   /* variable readable as int */
#define GA_INT_W 0x00002u
#define GA_FLT_R 0x00004u
#define GA_FLT_W 0x00008u
#define GA_PTR_R 0x00010u
#define GA_PTR_W 0x00020u
#define GA_VAR_R (GA_INT_R | GA_FLT_R | GA_PTR_R)
#define GA_VAR_W (GA_INT_W | GA_FLT_W | GA_PTR_W)
#define GA_VAR (GA_VAR_R | GA_VAR_W)
#define GA_CINT_P 0x00040u  /* constant int >= 0 */
#define GA_CINT_N 0x00080u  /* constant int < 0 */
#define GA_CINT (GA_CINT_P | GA_CINT_N)
#define GA_CFLT 0x00100u
#define GA_ADDR_R 0x00200u  /* address of readable data */
#define GA_ADDR_W 0x00400u  /* address of writable data */
#define GA_ADDR (GA_ADDR_R | GA_ADDR_W)
#define GA_NULL 0x00800u
#define GA_FUNC 0x01000u
#define GA_NATIVE 0x02000u
#define GA_BRANCH 0x04000u
#define GA_TEMP 0x08000u    /* symbol flag: TEMP section */
#define GA_FWD 0x10000u     /* accept flag: may be defined later */
#define GA_FREE 0x20000u    /* accept flag: ":offset" not checked against the symbol's size */
#define GA_PTRC (GA_NULL | GA_ADDR | GA_FUNC) /* any pointer constant */
#define GA_KONST (GA_CINT | GA_CFLT | GA_PTRC)

typedef struct {
    uint32_t name;  /* offset in the table's name pool */
    uint32_t len;
    int32_t next;   /* hash chain, -1 ends */
    uint32_t types;
    int32_t value;
    uint32_t size;
} gazl_sym;

typedef struct {
    gazl_sym *syms;
    uint32_t cap, count;
    int32_t *heads;
    uint32_t head_mask;
    char *names;
    uint32_t names_cap, names_len;
} gazl_symtab;

typedef struct {
    int32_t *dst;         /* where the value goes (instruction field, data word, switch table) */
    uint32_t name, len;   /* in the fixup name pool */
    uint32_t accepts;
    int32_t offset;       /* checked against the symbol's size unless GA_FREE */
    int32_t add;          /* added unchecked (address bias, branch origin) */
    int32_t line;
    uint32_t switch_size; /* > 0: dst is a switch table of this many cases + default */
} gazl_fixup;

typedef struct {
    gazl_fixup *items;
    uint32_t cap, count;
    char *names;
    uint32_t names_cap, names_len;
} gazl_fixups;

typedef struct {
    const char *b, *e;
} gazl_tok;

typedef struct {
    uint32_t types;
    gazl_value v;
} gazl_ctvar;

typedef struct gazl_asm {
    gazl_program *prog;
    const gazl_asm_config *cfg;
    gazl_error *err;
    jmp_buf fail;
    int32_t line;

    gazl_symtab globals, locals;
    gazl_fixups gfix, lfix;
    gazl_ctvar ct[128];

    /* data sections: words [data_pos, data_end) of prog->mem are open for DAT */
    int32_t data_pos, data_end;
    uint32_t data_types;
    uint32_t globals_top;   /* next free global word */
    uint32_t consts_bottom; /* lowest constant word in use */

    /* the function being assembled */
    int in_func;
    uint32_t func_at;       /* code index of its FUNC record */
    uint32_t locals_size, params_size;

    char skip[64];          /* compile-time skip until this label ("" = not skipping) */
    uint32_t skip_len;
} gazl_asm;

/* ---- gazl_asm.c --------------------------------------------------------------------------------------------- */
_Noreturn void gazl_fail(gazl_asm *as, const char *fmt, ...);
_Noreturn void gazl_fail_tok(gazl_asm *as, const char *what, gazl_tok t);
gazl_insn *gazl_emit(gazl_asm *as, int32_t op);

/* ---- gazl_lexer.c ------------------------------------------------------------------------------------------- */
int gazl_is_ident_char(char c);
int gazl_is_ident(const char *b, const char *e);
const char *gazl_skip_space(const char *p, const char *e);
/* Next token in [p, e): stops at space, tab, ';', '!' (quoted '…' / "…" parts are kept whole). */
gazl_tok gazl_next_token(const char *p, const char *e);
/* Operand class letter: 'c' (#, <, &), 'b' (@), 'n' (^), 's' (*), 'v' (variable), '_' (none). */
char gazl_operand_class(gazl_tok t);
/* Parses an int literal (sign, 'chars', 0x hex, decimal) or a float literal; 1 = int, 2 = float, 0 = not a number. */
int gazl_parse_number(const char *b, const char *e, gazl_value *out);
int gazl_tok_eq(gazl_tok t, const char *s);

/* ---- gazl_symtab.c ------------------------------------------------------------------------------------------ */
void gazl_symtab_setup(gazl_symtab *t, uint8_t **arena, uint32_t sym_cap, uint32_t name_bytes);
void gazl_symtab_clear(gazl_symtab *t);
const gazl_sym *gazl_symtab_find(const gazl_symtab *t, const char *b, const char *e);
void gazl_symtab_define(gazl_asm *as, gazl_symtab *t, const char *b, const char *e, uint32_t types, int32_t value,
                        uint32_t size);
void gazl_fixups_setup(gazl_fixups *f, uint8_t **arena, uint32_t cap, uint32_t name_bytes);
/* Resolves `name` now (returns its types) or records a fixup (accepts has GA_FWD; returns 0); writes
 * sym.value + offset + add to *dst. */
uint32_t gazl_link(gazl_asm *as, gazl_symtab *t, gazl_fixups *f, const char *b, const char *e, int32_t *dst,
                   uint32_t accepts, int32_t offset, int32_t add);
void gazl_add_switch(gazl_asm *as, const char *b, const char *e, int32_t *table, uint32_t size, int32_t add);
void gazl_resolve_fixups(gazl_asm *as, gazl_symtab *t, gazl_fixups *f);

/* ---- gazl_asm_operands.c ------------------------------------------------------------------------------------ */
/* Parses a constant (#literal, #NAME, <X>, &NAME[:k]); when not resolvable yet records a fixup.
 * Returns the types of the value found (0 when deferred to a fixup). */
uint32_t gazl_constant(gazl_asm *as, gazl_tok t, uint32_t accepts, int32_t *dst, int32_t add);
/* Parses any operand into *dst given what the slot accepts; returns the resolved types (0 if deferred). */
uint32_t gazl_operand(gazl_asm *as, gazl_tok t, uint32_t accepts, int32_t *dst, int32_t add);
/* A constant that must be known now (compile-time folding): value and types out. */
uint32_t gazl_constant_now(gazl_asm *as, gazl_tok t, uint32_t accepts, gazl_value *out);

/* ---- gazl_asm_directives.c ---------------------------------------------------------------------------------- */
/* Declares `label` (may carry "#const" for switch cases) in table t. No-op for an empty label. */
void gazl_declare(gazl_asm *as, gazl_symtab *t, gazl_tok label, uint32_t types, int32_t value, uint32_t size);
/* Handles data/section/local/function directives; returns 1 if the mnemonic was one of them. */
int gazl_directive(gazl_asm *as, gazl_tok label, gazl_tok mn, const char *rest, const char *e);
/* Handles a '!' line. */
void gazl_compile_time(gazl_asm *as, gazl_tok label, gazl_tok mn, gazl_tok ops[3]);
void gazl_end_function(gazl_asm *as);

/* ---- gazl_asm_insn.c ---------------------------------------------------------------------------------------- */
/* Emits a run-time instruction; returns 0 when the mnemonic is unknown. */
int gazl_instruction(gazl_asm *as, gazl_tok mn, gazl_tok ops[3]);

/* ---- gazl_asm_link.c ---------------------------------------------------------------------------------------- */
void gazl_finish(gazl_asm *as);

/* Compile-time arithmetic shared by '!' lines and constant folding of run-time instructions. */
enum gazl_alu {
    GAZL_ALU_ADDI, GAZL_ALU_SUBI, GAZL_ALU_MULI, GAZL_ALU_DIVI, GAZL_ALU_MODI, GAZL_ALU_ANDI, GAZL_ALU_IORI,
    GAZL_ALU_XORI, GAZL_ALU_SHLI, GAZL_ALU_SHRI, GAZL_ALU_SHRU, GAZL_ALU_ADDF, GAZL_ALU_SUBF, GAZL_ALU_MULF,
    GAZL_ALU_DIVF, GAZL_ALU_ABSI, GAZL_ALU_ABSF, GAZL_ALU_FLOF, GAZL_ALU_FTOI, GAZL_ALU_ITOF, GAZL_ALU_MOVE
};
gazl_value gazl_fold(gazl_asm *as, int alu, gazl_value x, gazl_value y);

#endif
