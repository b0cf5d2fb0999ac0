/* gazl_asm_insn_mem.c — memory, local-window and control-flow instructions: PEEK POKE GETL SETL ADRL COPY
 * CALL RETU GOTO SWCH. Constant addresses are stored as biased word indices (pointer - GAZL_MEM_BASE) so the VM
 * adds no constant at run time. */
#include "gazl_asm_internal.h"
#include "gazl_ops.h"

#define BIAS ((int32_t)(0u - GAZL_MEM_BASE))

static void form(gazl_tok o[3], char f[4]) {
    for (int i = 0; i < 3; i++) f[i] = gazl_operand_class(o[i]);
    f[3] = 0;
}

static int is(const char f[4], const char *want) { return f[0] == want[0] && f[1] == want[1] && f[2] == want[2]; }

static int peek(gazl_asm *as, gazl_tok o[3], const char f[4]) {
    gazl_insn *in;
    if (f[0] != 'v') return 0;
    if (is(f, "vc_")) {
        in = gazl_emit(as, GAZL_OP_PEEK_VC);
        gazl_operand(as, o[1], GA_ADDR_R | GA_FWD, &in->b, BIAS);
    } else if (is(f, "vcv")) {
        in = gazl_emit(as, GAZL_OP_PEEK_VCV);
        gazl_operand(as, o[1], GA_ADDR_R | GA_FWD | GA_FREE, &in->b, BIAS);
        gazl_operand(as, o[2], GA_INT_R, &in->c, 0);
    } else if (is(f, "vv_")) {
        in = gazl_emit(as, GAZL_OP_PEEK_VCV);
        in->b = BIAS;
        gazl_operand(as, o[1], GA_PTR_R, &in->c, 0);
    } else if (is(f, "vvc")) {
        in = gazl_emit(as, GAZL_OP_PEEK_VCV);
        gazl_operand(as, o[2], GA_CINT, &in->b, BIAS);
        gazl_operand(as, o[1], GA_PTR_R, &in->c, 0);
    } else if (is(f, "vvv")) {
        in = gazl_emit(as, GAZL_OP_PEEK_VVV);
        gazl_operand(as, o[1], GA_PTR_R, &in->b, 0);
        gazl_operand(as, o[2], GA_INT_R, &in->c, 0);
    } else {
        return 0;
    }
    gazl_operand(as, o[0], GA_VAR_W, &in->a, 0);
    return 1;
}

static int poke(gazl_asm *as, gazl_tok o[3], const char f[4]) {
    const uint32_t value_c = GA_KONST | GA_FWD;
    gazl_insn *in;
    if (is(f, "cc_") || is(f, "cv_")) {
        in = gazl_emit(as, f[1] == 'c' ? GAZL_OP_POKE_CC : GAZL_OP_POKE_CV);
        gazl_operand(as, o[0], GA_ADDR_W | GA_FWD, &in->a, BIAS);
        gazl_operand(as, o[1], f[1] == 'c' ? value_c : GA_VAR_R, &in->b, 0);
    } else if (f[0] == 'c' && f[1] == 'v' && f[2] != '_') {
        in = gazl_emit(as, f[2] == 'c' ? GAZL_OP_POKE_CVC : GAZL_OP_POKE_CVV);
        gazl_operand(as, o[0], GA_ADDR_W | GA_FWD | GA_FREE, &in->a, BIAS);
        gazl_operand(as, o[1], GA_INT_R, &in->b, 0);
        gazl_operand(as, o[2], f[2] == 'c' ? value_c : GA_VAR_R, &in->c, 0);
    } else if (f[0] == 'v' && f[2] == '_' && f[1] != '_' && f[1] != 'b' && f[1] != 'n' && f[1] != 's') {
        /* POKE ptr value */
        in = gazl_emit(as, f[1] == 'c' ? GAZL_OP_POKE_CVC : GAZL_OP_POKE_CVV);
        in->a = BIAS;
        gazl_operand(as, o[0], GA_PTR_R, &in->b, 0);
        gazl_operand(as, o[1], f[1] == 'c' ? value_c : GA_VAR_R, &in->c, 0);
    } else if (is(f, "vcc") || is(f, "vcv")) {
        in = gazl_emit(as, f[2] == 'c' ? GAZL_OP_POKE_CVC : GAZL_OP_POKE_CVV);
        gazl_operand(as, o[1], GA_CINT, &in->a, BIAS);
        gazl_operand(as, o[0], GA_PTR_R, &in->b, 0);
        gazl_operand(as, o[2], f[2] == 'c' ? value_c : GA_VAR_R, &in->c, 0);
    } else if (is(f, "vvc") || is(f, "vvv")) {
        in = gazl_emit(as, f[2] == 'c' ? GAZL_OP_POKE_VVC : GAZL_OP_POKE_VVV);
        gazl_operand(as, o[0], GA_PTR_R, &in->a, 0);
        gazl_operand(as, o[1], GA_INT_R, &in->b, 0);
        gazl_operand(as, o[2], f[2] == 'c' ? value_c : GA_VAR_R, &in->c, 0);
    } else {
        return 0;
    }
    return 1;
}

static void window_bound(gazl_asm *as, int32_t base, int32_t size) {
    int64_t top = (int64_t)base + size;
    if (top > (int64_t)as->params_size) {
        if (top > 0x100000) gazl_fail(as, "argument window too large");
        as->params_size = (uint32_t)top;
    }
}

static int locals_op(gazl_asm *as, gazl_tok mn, gazl_tok o[3], const char f[4]) {
    gazl_insn *in;
    if (gazl_tok_eq(mn, "GETL") && is(f, "vvv")) {
        in = gazl_emit(as, GAZL_OP_GETL);
        gazl_operand(as, o[0], GA_VAR_W, &in->a, 0);
        gazl_operand(as, o[1], GA_VAR | GA_FREE, &in->b, 0);
        gazl_operand(as, o[2], GA_INT_R, &in->c, 0);
    } else if (gazl_tok_eq(mn, "SETL") && (is(f, "vvv") || is(f, "vvc"))) {
        in = gazl_emit(as, f[2] == 'v' ? GAZL_OP_SETL_VVV : GAZL_OP_SETL_VVC);
        gazl_operand(as, o[0], GA_VAR | GA_FREE, &in->a, 0);
        gazl_operand(as, o[1], GA_INT_R, &in->b, 0);
        gazl_operand(as, o[2], f[2] == 'v' ? GA_VAR_R : (GA_KONST | GA_FWD), &in->c, 0);
    } else if (gazl_tok_eq(mn, "ADRL") && is(f, "vvs")) {
        in = gazl_emit(as, GAZL_OP_ADRL);
        gazl_operand(as, o[0], GA_PTR_W, &in->a, 0);
        gazl_operand(as, o[1], GA_VAR | GA_FREE, &in->b, 0);
        gazl_value size;
        gazl_constant_now(as, o[2], GA_CINT_P, &size);
        window_bound(as, in->b, size.i);
    } else {
        return 0;
    }
    return 1;
}

static int copy(gazl_asm *as, gazl_tok o[3], const char f[4]) {
    if (f[2] != 's' || (f[0] != 'c' && f[0] != 'v') || (f[1] != 'c' && f[1] != 'v')) return 0;
    static const int16_t ops[2][2] = {{GAZL_OP_COPY_CC, GAZL_OP_COPY_CV}, {GAZL_OP_COPY_VC, GAZL_OP_COPY_VV}};
    gazl_insn *in = gazl_emit(as, ops[f[0] == 'v'][f[1] == 'v']);
    gazl_operand(as, o[0], f[0] == 'v' ? GA_PTR_R : (GA_ADDR_W | GA_FWD), &in->a, 0);
    gazl_operand(as, o[1], f[1] == 'v' ? GA_PTR_R : (GA_ADDR_R | GA_FWD), &in->b, 0);
    gazl_operand(as, o[2], GA_CINT_P, &in->c, 0);
    return 1;
}

static int call(gazl_asm *as, gazl_tok o[3], const char f[4]) {
    if (!(f[1] == '_' && f[2] == '_') && !(f[1] == 'v' && f[2] == 's' && o[1].b[0] == '%')) return 0;
    gazl_insn *in;
    if (f[0] == 'c') {
        in = gazl_emit(as, GAZL_OP_CALL_C);
        gazl_operand(as, o[0], GA_FUNC | GA_FWD, &in->a, 0);
    } else if (f[0] == 'n') {
        in = gazl_emit(as, GAZL_OP_CALL_N);
        gazl_operand(as, o[0], GA_NATIVE, &in->a, 0);
    } else if (f[0] == 'v') {
        in = gazl_emit(as, GAZL_OP_CALL_V);
        gazl_operand(as, o[0], GA_PTR_R, &in->a, 0);
    } else {
        return 0;
    }
    if (f[1] == 'v') {
        gazl_operand(as, o[1], GA_VAR, &in->b, 0);
        gazl_value size;
        gazl_constant_now(as, o[2], GA_CINT_P, &size);
        window_bound(as, in->b, size.i);
    }
    return 1;
}

int gazl_instruction_mem(gazl_asm *as, gazl_tok mn, gazl_tok o[3]) {
    char f[4];
    form(o, f);
    if (gazl_tok_eq(mn, "PEEK")) return peek(as, o, f);
    if (gazl_tok_eq(mn, "POKE")) return poke(as, o, f);
    if (gazl_tok_eq(mn, "COPY")) return copy(as, o, f);
    if (gazl_tok_eq(mn, "CALL")) return call(as, o, f);
    if (gazl_tok_eq(mn, "RETU")) {
        if (!is(f, "___")) return 0;
        gazl_emit(as, GAZL_OP_RETU)->a = (int32_t)as->locals_size;
        return 1;
    }
    int32_t idx = (int32_t)as->prog->code_len;
    if (gazl_tok_eq(mn, "GOTO")) {
        if (!is(f, "b__")) return 0;
        gazl_operand(as, o[0], GA_BRANCH, &gazl_emit(as, GAZL_OP_GOTO)->a, -idx);
        return 1;
    }
    if (gazl_tok_eq(mn, "FORi") || gazl_tok_eq(mn, "FORp")) {
        if (f[0] != 'v' || (f[1] != 'v' && f[1] != 'c') || f[2] != 'b') return 0;
        int ptr = mn.b[3] == 'p';
        gazl_insn *in = gazl_emit(as, f[1] == 'v' ? GAZL_OP_FORI_VVB : GAZL_OP_FORI_VCB);
        gazl_operand(as, o[0], ptr ? GA_PTR_W : GA_INT_W, &in->a, 0);
        gazl_operand(as, o[1], f[1] == 'v' ? (ptr ? GA_PTR_R : GA_INT_R) : (ptr ? GA_PTRC | GA_FWD | GA_FREE : GA_CINT),
                     &in->b, 0);
        gazl_operand(as, o[2], GA_BRANCH, &in->c, -idx);
        return 1;
    }
    if (gazl_tok_eq(mn, "SWCH")) {
        if (!is(f, "vsb")) return 0;
        gazl_program *p = as->prog;
        gazl_insn *in = gazl_emit(as, GAZL_OP_SWCH);
        gazl_operand(as, o[0], GA_INT_R, &in->a, 0);
        gazl_value size;
        gazl_constant_now(as, o[1], GA_CINT_P, &size);
        if (size.u > 65536u || size.u + 1u > p->jump_cap - p->jump_len)
            gazl_fail(as, "switch tables exceed the budget of %u entries", (unsigned)p->jump_cap);
        in->b = size.i;
        in->c = (int32_t)p->jump_len;
        gazl_add_switch(as, o[2].b + 1, o[2].e, &p->jumps[p->jump_len], size.u, -idx);
        p->jump_len += size.u + 1u;
        return 1;
    }
    return locals_op(as, mn, o, f);
}
