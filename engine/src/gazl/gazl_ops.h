/*
 * gazl_ops.h — the VM's run-time opcodes, one per (operation, operand form). Internal to engine/src/gazl.
 * Form letters: V = variable (dsp-relative word offset), C = constant (value, or pre-biased address index),
 * B = branch (relative instruction delta). The assembler picks the form at load; the VM never tests types.
 */
#ifndef GAZL_OPS_H
#define GAZL_OPS_H

#define GAZL_OPCODES(X)                                                                                       \
    X(FUNC) X(CALL_C) X(CALL_V) X(CALL_N) X(CALL_Y) X(CALL_FR) X(CALL_FW) X(RETU)                                                              \
    X(MOVE_VV) X(MOVE_VC)                                                                                      \
    X(PEEK_VC) X(PEEK_VCV) X(PEEK_VVV)                                                                         \
    X(POKE_CV) X(POKE_CC) X(POKE_CVV) X(POKE_CVC) X(POKE_VVV) X(POKE_VVC)                                      \
    X(GETL) X(SETL_VVV) X(SETL_VVC) X(ADRL) X(COPY_VV) X(COPY_VC) X(COPY_CV) X(COPY_CC)                                                            \
    X(ABSI) X(ADDI_VVV) X(ADDI_VVC) X(SUBI_VVV) X(SUBI_VVC) X(SUBI_VCV)                                        \
    X(MULI_VVV) X(MULI_VVC) X(DIVI_VVV) X(DIVI_VVC) X(DIVI_VCV) X(MODI_VVV) X(MODI_VVC) X(MODI_VCV)            \
    X(ANDI_VVV) X(ANDI_VVC) X(IORI_VVV) X(IORI_VVC) X(XORI_VVV) X(XORI_VVC)                                    \
    X(SHLI_VVV) X(SHLI_VVC) X(SHLI_VCV) X(SHRI_VVV) X(SHRI_VVC) X(SHRI_VCV) X(SHRU_VVV) X(SHRU_VVC) X(SHRU_VCV) \
    X(ABSF) X(FLOF) X(ADDF_VVV) X(ADDF_VVC) X(SUBF_VVV) X(SUBF_VVC) X(SUBF_VCV)                                \
    X(MULF_VVV) X(MULF_VVC) X(DIVF_VVV) X(DIVF_VVC) X(DIVF_VCV) X(FTOI) X(ITOF)                                \
    X(FORI_VVB) X(FORI_VCB)                                                                                    \
    X(LSSI_VVB) X(LSSI_VCB) X(LSSI_CVB) X(NLSI_VVB) X(NLSI_VCB) X(NLSI_CVB)                                    \
    X(EQUI_VVB) X(EQUI_VCB) X(NEQI_VVB) X(NEQI_VCB)                                                            \
    X(LSSF_VVB) X(LSSF_VCB) X(LSSF_CVB) X(NLSF_VVB) X(NLSF_VCB) X(NLSF_CVB)                                    \
    X(EQUF_VVB) X(EQUF_VCB) X(NEQF_VVB) X(NEQF_VCB)                                                            \
    X(GOTO) X(SWCH)

#define GAZL_OP_ENUM(name) GAZL_OP_##name,
enum gazl_opcode { GAZL_OPCODES(GAZL_OP_ENUM) GAZL_OP_COUNT };
#undef GAZL_OP_ENUM

/* Exact integer semantics shared by the VM and the assembler's constant folding (two's complement wrap,
 * shift counts mod 32, INT_MIN / -1 = INT_MIN, INT_MIN % -1 = 0, ftoi saturating with NaN -> 0). */
#include <stdint.h>
#include <string.h>
static inline int32_t gazl_iadd(int32_t a, int32_t b) { return (int32_t)((uint32_t)a + (uint32_t)b); }
static inline int32_t gazl_isub(int32_t a, int32_t b) { return (int32_t)((uint32_t)a - (uint32_t)b); }
static inline int32_t gazl_imul(int32_t a, int32_t b) { return (int32_t)((uint32_t)a * (uint32_t)b); }
static inline int32_t gazl_idiv(int32_t a, int32_t b) { return b == -1 ? (int32_t)(0u - (uint32_t)a) : a / b; }
static inline int32_t gazl_imod(int32_t a, int32_t b) { return b == -1 ? 0 : a % b; }
static inline int32_t gazl_ishl(int32_t a, int32_t n) { return (int32_t)((uint32_t)a << (n & 31)); }
/* >> of a negative int is implementation-defined in C; every compiler we target (GCC, Clang, MSVC) shifts
 * arithmetically, and test_gazl_isa checks it. */
static inline int32_t gazl_ashr(int32_t a, int32_t n) { return a >> (n & 31); }
static inline int32_t gazl_lshr(int32_t a, int32_t n) { return (int32_t)((uint32_t)a >> (n & 31)); }
static inline int32_t gazl_iabs(int32_t a) { return a < 0 ? (int32_t)(0u - (uint32_t)a) : a; }
static inline int32_t gazl_ftoi(float v) {
    uint32_t b;
    memcpy(&b, &v, sizeof b);
    uint32_t e = (b >> 23) & 0xFFu;
    if (e >= 158u) { /* |v| >= 2^31, inf or NaN */
        if (e == 255u && (b & 0x7FFFFFu) != 0) return 0;
        return (b >> 31) ? INT32_MIN : INT32_MAX;
    }
    return (int32_t)v;
}

#endif
