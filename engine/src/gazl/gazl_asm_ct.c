/* gazl_asm_ct.c — compile-time ('!') lines over <A>..<Z>, DEF constants, conditional skipping; constant folding. */
#include <math.h>
#include <string.h>

#include "gazl_asm_internal.h"
#include "gazl_ops.h"

int gazl_compare_kind(gazl_tok mn, int *kind, int *swap);     /* gazl_asm_insn.c */
int gazl_compare_fold(int kind, int is_float, gazl_value a, gazl_value b);

gazl_value gazl_fold(gazl_asm *as, int alu, gazl_value x, gazl_value y) {
    gazl_value r = x;
    switch (alu) {
    case GAZL_ALU_ADDI: r.i = gazl_iadd(x.i, y.i); break;
    case GAZL_ALU_SUBI: r.i = gazl_isub(x.i, y.i); break;
    case GAZL_ALU_MULI: r.i = gazl_imul(x.i, y.i); break;
    case GAZL_ALU_DIVI:
    case GAZL_ALU_MODI:
        if (y.i == 0) gazl_fail(as, "constant division by zero");
        r.i = alu == GAZL_ALU_DIVI ? gazl_idiv(x.i, y.i) : gazl_imod(x.i, y.i);
        break;
    case GAZL_ALU_ANDI: r.i = x.i & y.i; break;
    case GAZL_ALU_IORI: r.i = x.i | y.i; break;
    case GAZL_ALU_XORI: r.i = x.i ^ y.i; break;
    case GAZL_ALU_SHLI: r.i = gazl_ishl(x.i, y.i); break;
    case GAZL_ALU_SHRI: r.i = gazl_ashr(x.i, y.i); break;
    case GAZL_ALU_SHRU: r.i = gazl_lshr(x.i, y.i); break;
    case GAZL_ALU_ADDF: r.f = x.f + y.f; break;
    case GAZL_ALU_SUBF: r.f = x.f - y.f; break;
    case GAZL_ALU_MULF: r.f = x.f * y.f; break;
    case GAZL_ALU_DIVF:
        if (y.f == 0.0f) gazl_fail(as, "constant division by zero");
        r.f = x.f / y.f;
        break;
    case GAZL_ALU_ABSI: r.i = gazl_iabs(x.i); break;
    case GAZL_ALU_ABSF: r.f = fabsf(x.f); break;
    case GAZL_ALU_FLOF: r.f = floorf(x.f); break;
    case GAZL_ALU_FTOI: r.i = gazl_ftoi(x.f * y.f); break;
    case GAZL_ALU_ITOF: r.f = (float)x.i * y.f; break;
    default: break; /* MOVE */
    }
    return r;
}

typedef struct {
    char name[5];
    uint8_t alu;
    uint32_t x, y, result; /* accepts of the sources (0: none), types of the result */
} gazl_ct_op;

#define CI GA_CINT
#define CF GA_CFLT
#define CP (GA_ADDR | GA_NULL | GA_FUNC)
static const gazl_ct_op CT_OPS[] = {
    {"MOVi", GAZL_ALU_MOVE, CI, 0, CI}, {"MOVf", GAZL_ALU_MOVE, CF, 0, CF}, {"MOVp", GAZL_ALU_MOVE, CP, 0, GA_ADDR},
    {"ABSi", GAZL_ALU_ABSI, CI, 0, CI}, {"ABSf", GAZL_ALU_ABSF, CF, 0, CF}, {"FLOf", GAZL_ALU_FLOF, CF, 0, CF},
    {"ADDi", GAZL_ALU_ADDI, CI, CI, CI}, {"SUBi", GAZL_ALU_SUBI, CI, CI, CI}, {"MULi", GAZL_ALU_MULI, CI, CI, CI},
    {"DIVi", GAZL_ALU_DIVI, CI, CI, CI}, {"MODi", GAZL_ALU_MODI, CI, CI, CI}, {"ANDi", GAZL_ALU_ANDI, CI, CI, CI},
    {"IORi", GAZL_ALU_IORI, CI, CI, CI}, {"XORi", GAZL_ALU_XORI, CI, CI, CI}, {"SHLi", GAZL_ALU_SHLI, CI, CI, CI},
    {"SHRi", GAZL_ALU_SHRI, CI, CI, CI}, {"SHRu", GAZL_ALU_SHRU, CI, CI, CI}, {"ADDf", GAZL_ALU_ADDF, CF, CF, CF},
    {"SUBf", GAZL_ALU_SUBF, CF, CF, CF}, {"MULf", GAZL_ALU_MULF, CF, CF, CF}, {"DIVf", GAZL_ALU_DIVF, CF, CF, CF},
    {"ADDp", GAZL_ALU_ADDI, CP, CI, GA_ADDR}, {"SUBp", GAZL_ALU_SUBI, CP, CI, GA_ADDR},
    {"DIFp", GAZL_ALU_SUBI, CP, CP, CI}, {"fTOi", GAZL_ALU_FTOI, CF, CF, CI}, {"iTOf", GAZL_ALU_ITOF, CI, CF, CF},
};

static gazl_ctvar *ct_dest(gazl_asm *as, gazl_tok t) {
    if (t.e - t.b != 3 || t.b[0] != '<' || t.b[2] != '>' || !gazl_is_ident_char(t.b[1]))
        gazl_fail_tok(as, "expected a compile-time variable <X>", t);
    return &as->ct[(uint8_t)t.b[1] & 127];
}

static void expect_none(gazl_asm *as, gazl_tok t) {
    if (t.b != t.e) gazl_fail_tok(as, "unexpected operand", t);
}

static int is_defined(gazl_asm *as, gazl_tok t) {
    uint32_t want;
    if (t.b < t.e && (*t.b == '&' || *t.b == '#')) want = GA_KONST;
    else if (t.b < t.e && *t.b == '^') want = GA_NATIVE;
    else gazl_fail_tok(as, "expected &name, #name or ^name", t);
    if (!gazl_is_ident(t.b + 1, t.e)) gazl_fail_tok(as, "invalid identifier", t);
    const gazl_sym *s = gazl_symtab_find(&as->globals, t.b + 1, t.e);
    return s && (s->types & want);
}

static void skip_to(gazl_asm *as, gazl_tok target) {
    if (target.b >= target.e || *target.b != '@' || !gazl_is_ident(target.b + 1, target.e))
        gazl_fail_tok(as, "expected @label", target);
    uint32_t n = (uint32_t)(target.e - target.b - 1);
    if (n >= sizeof as->skip) gazl_fail_tok(as, "label too long", target);
    memcpy(as->skip, target.b + 1, n);
    as->skip_len = n;
}

void gazl_compile_time(gazl_asm *as, gazl_tok label, gazl_tok mn, gazl_tok o[3]) {
    for (unsigned i = 0; i < sizeof CT_OPS / sizeof *CT_OPS; i++) {
        const gazl_ct_op *op = &CT_OPS[i];
        if (!gazl_tok_eq(mn, op->name)) continue;
        gazl_ctvar *dst = ct_dest(as, o[0]);
        gazl_value x, y = {0};
        uint32_t tx = gazl_constant_now(as, o[1], op->x, &x);
        if (op->y) gazl_constant_now(as, o[2], op->y, &y);
        else expect_none(as, o[2]);
        dst->v = gazl_fold(as, op->alu, x, y);
        dst->types = op->alu == GAZL_ALU_MOVE && op->result == GA_ADDR ? (tx | GA_ADDR) & CP : op->result;
        if (dst->types & GA_CINT) dst->types = dst->v.i < 0 ? GA_CINT_N : GA_CINT_P;
        return;
    }
    if (gazl_tok_eq(mn, "DEFi") || gazl_tok_eq(mn, "DEFf") || gazl_tok_eq(mn, "DEFp")) {
        char k = mn.b[3];
        uint32_t acc = k == 'i' ? CI : k == 'f' ? CF : CP;
        gazl_value v;
        uint32_t t = gazl_constant_now(as, o[0], acc, &v);
        expect_none(as, o[1]);
        gazl_declare(as, &as->globals, label, k == 'p' ? (t & CP) | GA_FREE : acc, v.i, 1);
        return;
    }
    if (gazl_tok_eq(mn, "IFDF") || gazl_tok_eq(mn, "IFND")) {
        expect_none(as, o[2]);
        int def = is_defined(as, o[0]);
        if (def == (mn.b[2] == 'D')) skip_to(as, o[1]);
        else if (gazl_operand_class(o[1]) != 'b') gazl_fail_tok(as, "expected @label", o[1]);
        return;
    }
    if (gazl_tok_eq(mn, "GOTO")) {
        expect_none(as, o[1]);
        skip_to(as, o[0]);
        return;
    }
    int kind, swap;
    char ty = mn.b[3];
    if ((ty == 'i' || ty == 'f') && gazl_compare_kind(mn, &kind, &swap)) {
        uint32_t acc = ty == 'i' ? CI : CF;
        gazl_value a, b;
        gazl_constant_now(as, o[0], acc, &a);
        gazl_constant_now(as, o[1], acc, &b);
        if (gazl_compare_fold(kind, ty == 'f', swap ? b : a, swap ? a : b)) skip_to(as, o[2]);
        else if (gazl_operand_class(o[2]) != 'b') gazl_fail_tok(as, "expected @label", o[2]);
        return;
    }
    gazl_fail_tok(as, "unknown compile-time instruction", mn);
}
