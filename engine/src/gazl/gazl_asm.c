/* gazl_asm.c — the assembler's driver: loader scratch layout, the line loop, errors, gazl_lookup. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "gazl_asm_internal.h"
#include "gazl_ops.h"

_Noreturn void gazl_fail(gazl_asm *as, const char *fmt, ...) {
    char what[GAZL_MESSAGE_BYTES];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    as->err->line = as->line;
    if (as->line > 0) snprintf(as->err->message, sizeof as->err->message, "line %d: %.140s", (int)as->line, what);
    else snprintf(as->err->message, sizeof as->err->message, "%.150s", what);
    longjmp(as->fail, 1);
}

_Noreturn void gazl_fail_tok(gazl_asm *as, const char *what, gazl_tok t) {
    int n = (int)(t.e - t.b);
    if (n > 48) n = 48;
    /* keep the message printable: the token may hold any byte */
    char shown[52];
    for (int i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t.b[i];
        shown[i] = (c >= 32 && c < 127) ? (char)c : '?';
    }
    shown[n] = 0;
    gazl_fail(as, "%s '%s'", what, shown);
}

gazl_insn *gazl_emit(gazl_asm *as, int32_t op) {
    gazl_program *p = as->prog;
    if (p->code_len >= p->code_cap)
        gazl_fail(as, "code budget exceeded: more than %u instructions", (unsigned)p->code_cap);
    gazl_insn *in = &p->code[p->code_len];
    p->lines[p->code_len++] = as->line;
    in->op = op;
    in->a = in->b = in->c = 0;
    return in;
}

static int at_end(const char *p, const char *e) {
    p = gazl_skip_space(p, e);
    return p >= e || *p == ';';
}

static void line(gazl_asm *as, const char *b, const char *e) {
    gazl_tok t = gazl_next_token(b, e), label = {b, b};
    if (t.b == t.e && at_end(t.b, e)) return; /* blank or comment */
    if (t.b < t.e && t.e[-1] == ':') {
        label.b = t.b;
        label.e = t.e - 1;
        t = gazl_next_token(t.e, e);
    }
    if (as->skip_len) {
        if ((uint32_t)(label.e - label.b) != as->skip_len || memcmp(label.b, as->skip, as->skip_len) != 0) return;
        as->skip_len = 0;
    }
    int ct = 0;
    if (t.b == t.e && t.b < e && *t.b == '!') {
        ct = 1;
        t = gazl_next_token(t.b + 1, e);
        if (t.b == t.e && at_end(t.b, e)) return; /* "label: !" marks a skip target only */
    }
    if (t.b == t.e) gazl_fail(as, "missing instruction");
    if (t.e - t.b != 4) gazl_fail_tok(as, "invalid mnemonic", t);
    if (!ct && memcmp(t.b, "DAT", 3) == 0) {
        gazl_directive(as, label, t, t.e, e);
        return;
    }
    if (ct && gazl_tok_eq(t, "FAIL")) {
        gazl_tok msg = {gazl_skip_space(t.e, e), e};
        gazl_fail_tok(as, "FAIL directive", msg);
    }
    gazl_tok ops[3];
    const char *p = t.e;
    for (int i = 0; i < 3; i++) {
        ops[i] = gazl_next_token(p, e);
        p = ops[i].e;
    }
    if (!at_end(p, e)) {
        gazl_tok rest = {gazl_skip_space(p, e), e};
        gazl_fail_tok(as, "expected end of line or comment", rest);
    }
    if (ct) {
        gazl_compile_time(as, label, t, ops);
        return;
    }
    if (gazl_directive(as, label, t, t.e, e)) return;
    if (!as->in_func) gazl_fail(as, "instruction outside a function (missing FUNC)");
    gazl_declare(as, &as->locals, label, GA_BRANCH, (int32_t)as->prog->code_len, 1);
    if (gazl_tok_eq(t, "NOOP")) {
        if (ops[0].b != ops[0].e) gazl_fail(as, "NOOP takes no operands");
        return;
    }
    if (!gazl_instruction(as, t, ops)) {
        gazl_tok whole = {t.b, ops[2].e > ops[0].b ? ops[2].e : t.e};
        gazl_fail_tok(as, "unknown mnemonic or invalid operands", whole);
    }
}

/* Splits the loader scratch: the assembler state first, then symbols, names and fixups. */
static gazl_asm *layout(gazl_loader *ld) {
    uint8_t *base = (uint8_t *)(((uintptr_t)ld->base + 7u) & ~(uintptr_t)7u);
    uint32_t lost = (uint32_t)(base - ld->base);
    if (ld->bytes < lost + sizeof(gazl_asm) + 4096u) return NULL;
    gazl_asm *as = (gazl_asm *)(void *)base;
    memset(as, 0, sizeof *as);
    uint8_t *arena = base + ((sizeof(gazl_asm) + 7u) & ~7u);
    uint32_t left = ld->bytes - lost - (uint32_t)(arena - base);
    uint32_t unit = left / 100u;
    uint32_t sym_cost = (uint32_t)sizeof(gazl_sym) + 8u, fix_cost = (uint32_t)sizeof(gazl_fixup);
    gazl_symtab_setup(&as->globals, &arena, 30u * unit / sym_cost, 12u * unit);
    gazl_symtab_setup(&as->locals, &arena, 10u * unit / sym_cost, 4u * unit);
    gazl_fixups_setup(&as->gfix, &arena, 24u * unit / fix_cost, 6u * unit);
    gazl_fixups_setup(&as->lfix, &arena, 10u * unit / fix_cost, 2u * unit);
    return as;
}

static void define_builtins(gazl_asm *as, const gazl_asm_config *cfg) {
    static const char *const names[] = {"NULL", "GAZL_VERSION", "GAZL_WORD_SIZE", "GAZL_MEMORY_SIZE"};
    int32_t values[] = {0, 1, GAZL_WORD_BITS, (int32_t)as->prog->mem_words};
    for (int i = 0; i < 4; i++)
        gazl_symtab_define(as, &as->globals, names[i], names[i] + strlen(names[i]), i == 0 ? GA_NULL : GA_CINT,
                           values[i], 1);
    for (uint32_t i = 0; cfg && i < cfg->constant_count; i++) {
        const char *n = cfg->constants[i].name;
        if (gazl_symtab_find(&as->globals, n, n + strlen(n))) continue; /* first definition wins */
        gazl_symtab_define(as, &as->globals, n, n + strlen(n), GA_CINT, cfg->constants[i].value, 1);
    }
    for (uint32_t i = 0; cfg && i < cfg->native_count; i++) {
        const char *n = cfg->natives[i];
        gazl_symtab_define(as, &as->globals, n, n + strlen(n), GA_NATIVE, (int32_t)i, 1);
    }
}

int gazl_assemble(gazl_program *prog, gazl_loader *loader, const char *text, const gazl_asm_config *cfg,
                  gazl_error *err) {
    err->line = 0;
    err->message[0] = 0;
    loader->state = NULL;
    gazl_asm *as = layout(loader);
    if (!as) {
        snprintf(err->message, sizeof err->message, "loader scratch too small");
        return -1;
    }
    as->prog = prog;
    as->cfg = cfg;
    as->err = err;
    as->data_pos = as->data_end = -1;
    prog->code_len = prog->func_count = prog->jump_len = 0;
    prog->globals_words = prog->consts_words = 0;
    prog->linked = 0;
    if (setjmp(as->fail)) return -1;
    if (prog->mem_words < 1) gazl_fail(as, "no memory for globals");
    memset(prog->mem, 0, prog->mem_words * sizeof(gazl_value));
    as->globals_top = 0;
    as->consts_bottom = prog->mem_words - 1; /* the top word stays 0: a terminator for string scans */
    define_builtins(as, cfg);
    const char *p = text;
    while (*p) {
        const char *e = p;
        while (*e && *e != '\n' && *e != '\r') e++;
        as->line++;
        line(as, p, e);
        if (*e == '\r') e++;
        if (*e == '\n') e++;
        p = e;
    }
    as->line = 0;
    gazl_finish(as);
    loader->state = as;
    return 0;
}

int gazl_lookup(const gazl_loader *loader, const char *name, int32_t *value, uint32_t *size) {
    const gazl_asm *as = loader->state;
    if (!as) return GAZL_SYM_NONE;
    const gazl_sym *s = gazl_symtab_find(&as->globals, name, name + strlen(name));
    if (!s) return GAZL_SYM_NONE;
    if (value) *value = s->value;
    if (size) *size = s->size;
    if (s->types & GA_FUNC) return GAZL_SYM_FUNCTION;
    if (s->types & GA_ADDR_W) return GAZL_SYM_GLOBAL;
    if (s->types & GA_ADDR_R) return GAZL_SYM_READONLY;
    if (s->types & (GA_CINT | GA_CFLT)) return GAZL_SYM_CONSTANT;
    return GAZL_SYM_NONE;
}
