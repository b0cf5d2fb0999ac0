/* gazl_asm_directives.c — declarations (data sections, DAT*, FUNC, locals) and compile-time '!' lines. */
#include <string.h>

#include "gazl_asm_internal.h"
#include "gazl_ops.h"

void gazl_declare(gazl_asm *as, gazl_symtab *t, gazl_tok label, uint32_t types, int32_t value, uint32_t size) {
    if (label.b == label.e) return;
    const char *hash = memchr(label.b, '#', (size_t)(label.e - label.b));
    if (!hash) {
        gazl_symtab_define(as, t, label.b, label.e, types, value, size);
        return;
    }
    /* switch case "name#const" is stored as "name.<decimal>" */
    gazl_tok k = {hash + 1, label.e};
    gazl_value v;
    gazl_constant_now(as, k, GA_CINT, &v);
    char buf[96];
    uint32_t n = (uint32_t)(hash - label.b);
    if (n > 80) gazl_fail_tok(as, "label too long", label);
    memcpy(buf, label.b, n);
    buf[n++] = '.';
    char digits[12];
    int d = 0;
    uint32_t u = v.i < 0 ? 0u - v.u : v.u;
    do digits[d++] = (char)('0' + u % 10u); while ((u /= 10u) != 0);
    if (v.i < 0) buf[n++] = '-';
    while (d > 0) buf[n++] = digits[--d];
    if (!gazl_is_ident(label.b, hash)) gazl_fail_tok(as, "invalid identifier", label);
    gazl_symtab_define(as, t, buf, buf + n, types, value, size);
}

static int at_end(const char *p, const char *e) {
    p = gazl_skip_space(p, e);
    return p >= e || *p == ';';
}

static void data_line(gazl_asm *as, gazl_tok label, char kind, const char *p, const char *e) {
    gazl_program *prog = as->prog;
    if (as->data_pos < 0) gazl_fail(as, "data section not declared (GLOB, TEMP or CNST first)");
    int32_t at = (int32_t)GAZL_MEM_BASE + as->data_pos;
    if (kind == 's') {
        const char *b = gazl_skip_space(p, e), *q = e;
        while (q > b && (q[-1] == ' ' || q[-1] == '\t')) q--;
        if (q == b) gazl_fail(as, "missing operand");
        if ((int64_t)as->data_pos + (q - b) > as->data_end) gazl_fail(as, "data section full");
        gazl_declare(as, &as->globals, label, as->data_types, at, (uint32_t)(q - b));
        while (b < q) prog->mem[as->data_pos++].i = (uint8_t)*b++;
        return;
    }
    uint32_t accepts = kind == 'i' ? GA_CINT : kind == 'f' ? GA_CFLT : kind == 'p' ? (GA_PTRC | GA_FWD)
                                                                                 : (GA_KONST | GA_FWD);
    gazl_declare(as, &as->globals, label, as->data_types, at, 1);
    for (;;) {
        gazl_tok t = gazl_next_token(p, e);
        if (t.b == t.e) {
            if (!at_end(t.b, e)) gazl_fail(as, "expected end of line or comment");
            return;
        }
        p = t.e;
        if (as->data_pos >= as->data_end) gazl_fail(as, "data section full");
        if (gazl_operand_class(t) != 'c') gazl_fail_tok(as, "expected constant", t);
        gazl_constant(as, t, accepts, &prog->mem[as->data_pos].i, 0);
        as->data_pos++;
    }
}

/* One optional "*size" operand, then end of line. */
static uint32_t size_operand(gazl_asm *as, const char *p, const char *e) {
    gazl_tok t = gazl_next_token(p, e);
    gazl_value v;
    v.i = 1;
    if (t.b != t.e) {
        if (gazl_operand_class(t) != 's') gazl_fail_tok(as, "expected *size", t);
        gazl_constant_now(as, t, GA_CINT_P, &v);
    }
    if (!at_end(t.e, e)) gazl_fail(as, "expected end of line or comment");
    return v.u;
}

static void section(gazl_asm *as, gazl_tok label, gazl_tok mn, const char *p, const char *e) {
    uint32_t size = size_operand(as, p, e);
    if (size > as->consts_bottom - as->globals_top)
        gazl_fail(as, "globals and constants exceed the memory budget of %u words",
                  (unsigned)as->prog->mem_words);
    int cnst = gazl_tok_eq(mn, "CNST");
    uint32_t at;
    if (cnst) {
        as->consts_bottom -= size;
        at = as->consts_bottom;
        as->data_types = GA_ADDR_R;
    } else {
        at = as->globals_top;
        as->globals_top += size;
        as->data_types = GA_ADDR | (gazl_tok_eq(mn, "TEMP") ? GA_TEMP : 0);
    }
    as->data_pos = (int32_t)at;
    as->data_end = (int32_t)(at + size);
    gazl_declare(as, &as->globals, label, as->data_types, (int32_t)(GAZL_MEM_BASE + at), size);
}

static void function(gazl_asm *as, gazl_tok label, const char *p, const char *e) {
    gazl_program *prog = as->prog;
    if (!at_end(p, e)) gazl_fail(as, "FUNC takes no operands");
    if (prog->func_count >= prog->func_cap)
        gazl_fail(as, "too many functions (budget %u)", (unsigned)prog->func_cap);
    gazl_declare(as, &as->globals, label, GA_FUNC, (int32_t)(GAZL_FUNC_BASE + prog->func_count), 1);
    if (as->in_func) gazl_end_function(as);
    prog->funcs[prog->func_count++] = prog->code_len;
    as->func_at = prog->code_len;
    gazl_emit(as, GAZL_OP_FUNC);
    as->in_func = 1;
    as->locals_size = as->params_size = 0;
}

static void local(gazl_asm *as, gazl_tok label, gazl_tok mn, const char *p, const char *e) {
    if (!as->in_func || as->prog->code_len != as->func_at + 1)
        gazl_fail(as, "parameters and locals must be declared at the top of a FUNC");
    uint32_t size = 1, types;
    char k = mn.b[3];
    if (gazl_tok_eq(mn, "LOCA") || gazl_tok_eq(mn, "PARA")) {
        size = size_operand(as, p, e);
        types = GA_VAR;
    } else {
        if (!at_end(p, e)) gazl_fail(as, "expected end of line or comment");
        uint32_t r = k == 'i' ? GA_INT_R : k == 'f' ? GA_FLT_R : GA_PTR_R;
        types = mn.b[0] == 'I' ? r : (r | (r << 1)); /* INP is read-only; LOC and OUT read-write */
    }
    if (size > 0x100000u - as->locals_size) gazl_fail(as, "locals too large");
    gazl_declare(as, &as->locals, label, types, (int32_t)as->locals_size, size);
    as->locals_size += size;
}

int gazl_directive(gazl_asm *as, gazl_tok label, gazl_tok mn, const char *rest, const char *e) {
    if (memcmp(mn.b, "DAT", 3) == 0) {
        char k = mn.b[3];
        if (k != 's' && k != 'i' && k != 'f' && k != 'p' && k != 'A') gazl_fail_tok(as, "unknown mnemonic", mn);
        data_line(as, label, k, rest, e);
        return 1;
    }
    if (gazl_tok_eq(mn, "GLOB") || gazl_tok_eq(mn, "TEMP") || gazl_tok_eq(mn, "CNST")) {
        section(as, label, mn, rest, e);
        return 1;
    }
    if (gazl_tok_eq(mn, "FUNC")) {
        function(as, label, rest, e);
        return 1;
    }
    static const char *const locals[] = {"LOCA", "PARA", "LOCi", "LOCf", "LOCp", "INPi",
                                         "INPf", "INPp", "OUTi", "OUTf", "OUTp"};
    for (unsigned i = 0; i < sizeof locals / sizeof *locals; i++)
        if (gazl_tok_eq(mn, locals[i])) {
            local(as, label, mn, rest, e);
            return 1;
        }
    return 0;
}

void gazl_end_function(gazl_asm *as) {
    gazl_program *prog = as->prog;
    int32_t saved_line = as->line;
    as->line = prog->lines[as->func_at];
    int32_t last = prog->code[prog->code_len - 1].op;
    if (prog->code_len == as->func_at + 1 || (last != GAZL_OP_RETU && last != GAZL_OP_GOTO))
        gazl_fail(as, "function does not end with RETU or GOTO");
    for (uint32_t i = 0; i < as->locals.count; i++) {
        const gazl_sym *s = &as->locals.syms[i];
        if ((s->types & GA_BRANCH) && (uint32_t)s->value == prog->code_len) {
            gazl_tok n = {as->locals.names + s->name, as->locals.names + s->name + s->len};
            gazl_fail_tok(as, "label at the end of a function (a branch would land on the next FUNC)", n);
        }
    }
    prog->code[as->func_at].a = (int32_t)as->locals_size;
    prog->code[as->func_at].b = (int32_t)as->params_size;
    /* a native call records its caller's transient window: a host call nested over a yield starts above it */
    for (uint32_t i = as->func_at + 1; i < prog->code_len; i++)
        if (prog->code[i].op == GAZL_OP_CALL_N) prog->code[i].c = (int32_t)as->params_size;
    gazl_resolve_fixups(as, &as->locals, &as->lfix);
    gazl_symtab_clear(&as->locals);
    as->in_func = 0;
    as->line = saved_line;
}
