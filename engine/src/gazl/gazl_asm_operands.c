/* gazl_asm_operands.c — one operand of a GAZL line: constants, addresses, natives, branches, variables. */
#include <string.h>

#include "gazl_asm_internal.h"
#include "gazl_ops.h"

static const char *find_colon(gazl_tok t) {
    const char *c = memchr(t.b, ':', (size_t)(t.e - t.b));
    return c ? c : t.e;
}

/* Literal or named constant without a prefix (after '#', '*' or ':'). */
static uint32_t bare_constant(gazl_asm *as, gazl_tok t, uint32_t accepts, int32_t *dst, int32_t add) {
    if (t.b < t.e && t.b[0] == '<') {
        if (t.e - t.b != 3 || t.b[2] != '>' || !gazl_is_ident_char(t.b[1]))
            gazl_fail_tok(as, "invalid compile-time variable", t);
        const gazl_ctvar *cv = &as->ct[(uint8_t)t.b[1] & 127];
        if ((cv->types & accepts) == 0) gazl_fail_tok(as, "incompatible or undefined compile-time variable", t);
        *dst = gazl_iadd(cv->v.i, add);
        return cv->types;
    }
    char c = t.b < t.e ? *t.b : 0;
    if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '\'' || c == '"') {
        gazl_value v;
        int kind = gazl_parse_number(t.b, t.e, &v);
        if (kind == 0) gazl_fail_tok(as, "invalid number", t);
        if (kind == 2) {
            if (!(accepts & GA_CFLT)) gazl_fail_tok(as, "did not expect a float constant", t);
            *dst = v.i;
            return GA_CFLT;
        }
        if (!(accepts & GA_CINT)) gazl_fail_tok(as, "did not expect an int constant", t);
        if (v.i < 0 && !(accepts & GA_CINT_N)) gazl_fail_tok(as, "negative value not accepted", t);
        *dst = gazl_iadd(v.i, add);
        return v.i < 0 ? GA_CINT_N : GA_CINT_P;
    }
    return gazl_link(as, &as->globals, &as->gfix, t.b, t.e, dst, accepts, 0, add);
}

/* The ":offset" after `name` in operand `t` (a compile-time int; 0 when there is none). */
static int32_t colon_offset(gazl_asm *as, gazl_tok name, gazl_tok t) {
    if (name.e >= t.e) return 0;
    gazl_value off;
    gazl_tok ot = {name.e + 1, t.e};
    gazl_constant_now(as, ot, GA_CINT_P, &off);
    return off.i;
}

uint32_t gazl_constant(gazl_asm *as, gazl_tok t, uint32_t accepts, int32_t *dst, int32_t add) {
    if (t.b >= t.e) gazl_fail(as, "missing operand");
    if ((accepts & GA_KONST) == 0) gazl_fail_tok(as, "did not expect a constant", t);
    if (*t.b == '&') {
        if ((accepts & GA_PTRC) == 0) gazl_fail_tok(as, "did not expect an address", t);
        gazl_tok name = {t.b + 1, find_colon(t)};
        int32_t offset = colon_offset(as, name, t);
        return gazl_link(as, &as->globals, &as->gfix, name.b, name.e, dst, accepts, offset, add);
    }
    if (*t.b == '#' || *t.b == '*') {
        gazl_tok body = {t.b + 1, t.e};
        return bare_constant(as, body, accepts, dst, add);
    }
    return bare_constant(as, t, accepts, dst, add);
}

uint32_t gazl_constant_now(gazl_asm *as, gazl_tok t, uint32_t accepts, gazl_value *out) {
    int32_t v = 0;
    uint32_t types = gazl_constant(as, t, accepts & ~GA_FWD, &v, 0);
    out->i = v;
    return types;
}

uint32_t gazl_operand(gazl_asm *as, gazl_tok t, uint32_t accepts, int32_t *dst, int32_t add) {
    switch (gazl_operand_class(t)) {
    case '_':
        if (accepts) gazl_fail(as, "missing operand");
        return 0;
    case 'c':
    case 's':
        return gazl_constant(as, t, accepts, dst, add);
    case 'b':
        if (!(accepts & GA_BRANCH)) gazl_fail_tok(as, "did not expect a branch label", t);
        return gazl_link(as, &as->locals, &as->lfix, t.b + 1, t.e, dst, GA_BRANCH | GA_FWD, 0, add);
    case 'n': {
        if (!(accepts & GA_NATIVE)) gazl_fail_tok(as, "did not expect a native function", t);
        const gazl_sym *s = gazl_symtab_find(&as->globals, t.b + 1, t.e);
        if (!s || !(s->types & GA_NATIVE)) gazl_fail_tok(as, "unknown native function", t);
        *dst = gazl_iadd(s->value, add);
        return GA_NATIVE;
    }
    default:
        break;
    }
    if (!(accepts & GA_VAR)) gazl_fail_tok(as, "did not expect a variable", t);
    if (*t.b == '%') {
        gazl_value n;
        gazl_tok nt = {t.b + 1, t.e};
        gazl_constant_now(as, nt, GA_CINT_P, &n);
        if (n.u > 0xFFFFu) gazl_fail_tok(as, "transient index too large", t);
        if (n.u + 1 > as->params_size) as->params_size = n.u + 1;
        *dst = gazl_iadd(n.i, add);
        return GA_VAR;
    }
    gazl_tok name = {t.b, find_colon(t)};
    int32_t offset = colon_offset(as, name, t);
    return gazl_link(as, &as->locals, NULL, name.b, name.e, dst, accepts & (GA_VAR | GA_FREE), offset,
                     gazl_isub(add, (int32_t)as->locals_size));
}
