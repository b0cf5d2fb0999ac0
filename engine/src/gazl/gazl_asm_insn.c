/* gazl_asm_insn.c — run-time instructions: picks the opcode for each operand form, folds constant forms. */
#include <string.h>

#include "gazl_asm_internal.h"
#include "gazl_ops.h"

#define BIAS ((int32_t)(0u - GAZL_MEM_BASE)) /* constant addresses are stored as word indices */
#define PTRC_LATE (GA_PTRC | GA_FWD | GA_FREE)

enum { COMM = 1, DIVCHK = 2, PTRCONST = 4 };

/* Two-source ALU instructions: d = x OP y. */
typedef struct {
    char name[5];
    uint8_t alu, flags;
    uint32_t d, xv, xc, yv, yc;     /* accepts: destination, x as variable / constant, y likewise */
    int16_t vvv, vvc, vcv;          /* opcodes; vcv < 0: commutative, swap into vvc */
} gazl_bin;

#define I_W GA_INT_W
#define I_R GA_INT_R
#define F_W GA_FLT_W
#define F_R GA_FLT_R
#define P_W GA_PTR_W
#define P_R GA_PTR_R
static const gazl_bin BINS[] = {
    {"ADDi", GAZL_ALU_ADDI, COMM, I_W, I_R, GA_CINT, I_R, GA_CINT, GAZL_OP_ADDI_VVV, GAZL_OP_ADDI_VVC, -1},
    {"SUBi", GAZL_ALU_SUBI, 0, I_W, I_R, GA_CINT, I_R, GA_CINT, GAZL_OP_SUBI_VVV, GAZL_OP_SUBI_VVC, GAZL_OP_SUBI_VCV},
    {"MULi", GAZL_ALU_MULI, COMM, I_W, I_R, GA_CINT, I_R, GA_CINT, GAZL_OP_MULI_VVV, GAZL_OP_MULI_VVC, -1},
    {"DIVi", GAZL_ALU_DIVI, DIVCHK, I_W, I_R, GA_CINT, I_R, GA_CINT, GAZL_OP_DIVI_VVV, GAZL_OP_DIVI_VVC,
     GAZL_OP_DIVI_VCV},
    {"MODi", GAZL_ALU_MODI, DIVCHK, I_W, I_R, GA_CINT, I_R, GA_CINT, GAZL_OP_MODI_VVV, GAZL_OP_MODI_VVC,
     GAZL_OP_MODI_VCV},
    {"ANDi", GAZL_ALU_ANDI, COMM, I_W, I_R, GA_CINT, I_R, GA_CINT, GAZL_OP_ANDI_VVV, GAZL_OP_ANDI_VVC, -1},
    {"IORi", GAZL_ALU_IORI, COMM, I_W, I_R, GA_CINT, I_R, GA_CINT, GAZL_OP_IORI_VVV, GAZL_OP_IORI_VVC, -1},
    {"XORi", GAZL_ALU_XORI, COMM, I_W, I_R, GA_CINT, I_R, GA_CINT, GAZL_OP_XORI_VVV, GAZL_OP_XORI_VVC, -1},
    {"SHLi", GAZL_ALU_SHLI, 0, I_W, I_R, GA_CINT, I_R, GA_CINT, GAZL_OP_SHLI_VVV, GAZL_OP_SHLI_VVC, GAZL_OP_SHLI_VCV},
    {"SHRi", GAZL_ALU_SHRI, 0, I_W, I_R, GA_CINT, I_R, GA_CINT, GAZL_OP_SHRI_VVV, GAZL_OP_SHRI_VVC, GAZL_OP_SHRI_VCV},
    {"SHRu", GAZL_ALU_SHRU, 0, I_W, I_R, GA_CINT, I_R, GA_CINT, GAZL_OP_SHRU_VVV, GAZL_OP_SHRU_VVC, GAZL_OP_SHRU_VCV},
    {"ADDf", GAZL_ALU_ADDF, COMM, F_W, F_R, GA_CFLT, F_R, GA_CFLT, GAZL_OP_ADDF_VVV, GAZL_OP_ADDF_VVC, -1},
    {"SUBf", GAZL_ALU_SUBF, 0, F_W, F_R, GA_CFLT, F_R, GA_CFLT, GAZL_OP_SUBF_VVV, GAZL_OP_SUBF_VVC, GAZL_OP_SUBF_VCV},
    {"MULf", GAZL_ALU_MULF, COMM, F_W, F_R, GA_CFLT, F_R, GA_CFLT, GAZL_OP_MULF_VVV, GAZL_OP_MULF_VVC, -1},
    {"DIVf", GAZL_ALU_DIVF, DIVCHK, F_W, F_R, GA_CFLT, F_R, GA_CFLT, GAZL_OP_DIVF_VVV, GAZL_OP_DIVF_VVC,
     GAZL_OP_DIVF_VCV},
    {"ADDp", GAZL_ALU_ADDI, COMM | PTRCONST, P_W, P_R, GA_PTRC, I_R, GA_CINT, GAZL_OP_ADDI_VVV, GAZL_OP_ADDI_VVC, -1},
    {"SUBp", GAZL_ALU_SUBI, PTRCONST, P_W, P_R, GA_PTRC, I_R, GA_CINT, GAZL_OP_SUBI_VVV, GAZL_OP_SUBI_VVC,
     GAZL_OP_SUBI_VCV},
    {"DIFp", GAZL_ALU_SUBI, PTRCONST, I_W, P_R, GA_PTRC, P_R, GA_PTRC, GAZL_OP_SUBI_VVV, GAZL_OP_SUBI_VVC,
     GAZL_OP_SUBI_VCV},
};

/* One-source instructions: d = f(x [, #scale]). */
typedef struct {
    char name[5];
    uint8_t alu;
    uint32_t d, xv, xc;
    int16_t vv; /* < 0: MOVE forms */
    uint8_t scaled;
} gazl_un;

static const gazl_un UNS[] = {
    {"ABSi", GAZL_ALU_ABSI, I_W, I_R, GA_CINT, GAZL_OP_ABSI, 0},
    {"ABSf", GAZL_ALU_ABSF, F_W, F_R, GA_CFLT, GAZL_OP_ABSF, 0},
    {"FLOf", GAZL_ALU_FLOF, F_W, F_R, GA_CFLT, GAZL_OP_FLOF, 0},
    {"fTOi", GAZL_ALU_FTOI, I_W, F_R, GA_CFLT, GAZL_OP_FTOI, 1},
    {"iTOf", GAZL_ALU_ITOF, F_W, I_R, GA_CINT, GAZL_OP_ITOF, 1},
    {"MOVi", GAZL_ALU_MOVE, I_W, I_R, GA_CINT, -1, 0},
    {"MOVf", GAZL_ALU_MOVE, F_W, F_R, GA_CFLT, -1, 0},
    {"MOVp", GAZL_ALU_MOVE, P_W, P_R, PTRC_LATE, -1, 0},
    {"MOVE", GAZL_ALU_MOVE, GA_VAR_W, GA_VAR_R, 0, -1, 0},
};

static int is_var(gazl_tok t) { return gazl_operand_class(t) == 'v'; }
static int is_const(gazl_tok t) { return gazl_operand_class(t) == 'c'; }

static int binary(gazl_asm *as, const gazl_bin *b, gazl_tok o[3]) {
    if (!is_var(o[0])) return 0;
    uint32_t late = (b->flags & PTRCONST) ? (GA_FWD | GA_FREE) : 0;
    if (is_const(o[1]) && is_const(o[2])) { /* fold into a move */
        gazl_value x, y;
        gazl_constant_now(as, o[1], b->xc | (late & GA_FREE), &x); /* end pointers: &buf:size */
        gazl_constant_now(as, o[2], b->yc | (late & GA_FREE), &y);
        gazl_insn *in = gazl_emit(as, GAZL_OP_MOVE_VC);
        gazl_operand(as, o[0], b->d, &in->a, 0);
        in->b = gazl_fold(as, b->alu, x, y).i;
        return 1;
    }
    if (is_var(o[1]) && is_var(o[2])) {
        gazl_insn *in = gazl_emit(as, b->vvv);
        gazl_operand(as, o[0], b->d, &in->a, 0);
        gazl_operand(as, o[1], b->xv, &in->b, 0);
        gazl_operand(as, o[2], b->yv, &in->c, 0);
        return 1;
    }
    gazl_tok var, con;
    uint32_t var_acc, con_acc;
    int16_t op;
    if (is_var(o[1]) && is_const(o[2])) {
        var = o[1], con = o[2], var_acc = b->xv, con_acc = b->yc | late, op = b->vvc;
    } else if (is_const(o[1]) && is_var(o[2])) {
        var = o[2], con = o[1], var_acc = b->yv, con_acc = b->xc | late;
        op = b->vcv < 0 ? b->vvc : b->vcv;
    } else {
        return 0;
    }
    gazl_insn *in = gazl_emit(as, op);
    gazl_operand(as, o[0], b->d, &in->a, 0);
    int vcv = b->vcv >= 0 && op == b->vcv;
    gazl_operand(as, var, var_acc, vcv ? &in->c : &in->b, 0);
    uint32_t t = gazl_operand(as, con, con_acc, vcv ? &in->b : &in->c, 0);
    if ((b->flags & DIVCHK) && !vcv && t && (t & GA_CFLT ? (in->c & 0x7FFFFFFF) == 0 : in->c == 0))
        gazl_fail(as, "constant division by zero");
    return 1;
}

static int unary(gazl_asm *as, const gazl_un *u, gazl_tok o[3]) {
    if (!is_var(o[0])) return 0;
    if (u->scaled ? !is_const(o[2]) : o[2].b != o[2].e) return 0;
    gazl_value scale = {0};
    if (u->scaled) gazl_constant_now(as, o[2], GA_CFLT, &scale);
    if (is_const(o[1])) {
        if (!u->xc) return 0;
        gazl_insn *in = gazl_emit(as, GAZL_OP_MOVE_VC);
        gazl_operand(as, o[0], u->d, &in->a, 0);
        if (u->alu == GAZL_ALU_MOVE) {
            gazl_operand(as, o[1], u->xc, &in->b, 0);
        } else {
            gazl_value x;
            gazl_constant_now(as, o[1], u->xc, &x);
            in->b = gazl_fold(as, u->alu, x, scale).i;
        }
        return 1;
    }
    if (!is_var(o[1])) return 0;
    gazl_insn *in = gazl_emit(as, u->vv < 0 ? GAZL_OP_MOVE_VV : u->vv);
    gazl_operand(as, o[0], u->d, &in->a, 0);
    gazl_operand(as, o[1], u->xv, &in->b, 0);
    in->c = scale.i;
    return 1;
}

/* Conditional branches. kind: 0 LSS, 1 NLS, 2 EQU, 3 NEQ; forms VV, VC, CV (EQU/NEQ have no CV). */
static const int16_t CMP_OPS[2][4][3] = {
    {{GAZL_OP_LSSI_VVB, GAZL_OP_LSSI_VCB, GAZL_OP_LSSI_CVB},
     {GAZL_OP_NLSI_VVB, GAZL_OP_NLSI_VCB, GAZL_OP_NLSI_CVB},
     {GAZL_OP_EQUI_VVB, GAZL_OP_EQUI_VCB, -1},
     {GAZL_OP_NEQI_VVB, GAZL_OP_NEQI_VCB, -1}},
    {{GAZL_OP_LSSF_VVB, GAZL_OP_LSSF_VCB, GAZL_OP_LSSF_CVB},
     {GAZL_OP_NLSF_VVB, GAZL_OP_NLSF_VCB, GAZL_OP_NLSF_CVB},
     {GAZL_OP_EQUF_VVB, GAZL_OP_EQUF_VCB, -1},
     {GAZL_OP_NEQF_VVB, GAZL_OP_NEQF_VCB, -1}},
};

int gazl_compare_kind(gazl_tok mn, int *kind, int *swap) {
    static const char *const names[6] = {"LSS", "GRT", "GEQ", "LEQ", "EQU", "NEQ"};
    static const int kinds[6] = {0, 0, 1, 1, 2, 3}, swaps[6] = {0, 1, 0, 1, 0, 0};
    for (int i = 0; i < 6; i++)
        if (memcmp(mn.b, names[i], 3) == 0) {
            *kind = kinds[i];
            *swap = swaps[i];
            return 1;
        }
    return 0;
}

int gazl_compare_fold(int kind, int is_float, gazl_value a, gazl_value b) {
    int lt = is_float ? a.f < b.f : a.i < b.i, eq = is_float ? a.f == b.f : a.i == b.i;
    return kind == 0 ? lt : kind == 1 ? !lt : kind == 2 ? eq : !eq;
}

static int compare(gazl_asm *as, gazl_tok mn, gazl_tok o[3]) {
    int kind, swap;
    char ty = mn.b[3];
    if ((ty != 'i' && ty != 'f' && ty != 'p') || !gazl_compare_kind(mn, &kind, &swap)) return 0;
    if (gazl_operand_class(o[2]) != 'b') return 0;
    uint32_t vacc = ty == 'i' ? GA_INT_R : ty == 'f' ? GA_FLT_R : GA_PTR_R;
    uint32_t cacc = ty == 'i' ? GA_CINT : ty == 'f' ? GA_CFLT : GA_PTRC;
    gazl_tok A = swap ? o[1] : o[0], B = swap ? o[0] : o[1];
    if (ty == 'p') cacc |= GA_FWD | GA_FREE; /* address offsets unchecked: &buf:size is the end pointer */
    int32_t idx = (int32_t)as->prog->code_len;
    if (is_const(A) && is_const(B)) {
        gazl_value x, y;
        gazl_constant_now(as, A, cacc, &x);
        gazl_constant_now(as, B, cacc, &y);
        if (gazl_compare_fold(kind, ty == 'f', x, y)) { /* always taken: a GOTO; never taken: nothing */
            gazl_insn *in = gazl_emit(as, GAZL_OP_GOTO);
            gazl_operand(as, o[2], GA_BRANCH, &in->a, -idx);
        }
        return 1;
    }
    int form;
    gazl_tok first = A, second = B;
    uint32_t acc1 = vacc, acc2 = vacc;
    if (is_var(A) && is_var(B)) form = 0;
    else if (is_var(A) && is_const(B)) form = 1, acc2 = cacc;
    else if (is_const(A) && is_var(B)) {
        if (kind >= 2) form = 1, first = B, second = A, acc2 = cacc;
        else form = 2, acc1 = cacc;
    } else return 0;
    gazl_insn *in = gazl_emit(as, CMP_OPS[ty == 'f'][kind][form]);
    gazl_operand(as, first, acc1, &in->a, 0);
    gazl_operand(as, second, acc2, &in->b, 0);
    gazl_operand(as, o[2], GA_BRANCH, &in->c, -idx);
    return 1;
}

int gazl_instruction_mem(gazl_asm *as, gazl_tok mn, gazl_tok o[3]); /* gazl_asm_insn_mem.c */

int gazl_instruction(gazl_asm *as, gazl_tok mn, gazl_tok o[3]) {
    for (unsigned i = 0; i < sizeof BINS / sizeof *BINS; i++)
        if (gazl_tok_eq(mn, BINS[i].name)) return binary(as, &BINS[i], o);
    for (unsigned i = 0; i < sizeof UNS / sizeof *UNS; i++)
        if (gazl_tok_eq(mn, UNS[i].name)) return unary(as, &UNS[i], o);
    if (compare(as, mn, o)) return 1;
    return gazl_instruction_mem(as, mn, o);
}
