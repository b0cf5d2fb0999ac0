/* gazl_asm_link.c — end of assembly: close the last function, resolve global forward references, check every
 * constant memory operand against the final layout, record the sizes. */
#include "gazl_asm_internal.h"
#include "gazl_ops.h"

void gazl_finish(gazl_asm *as) {
    gazl_program *p = as->prog;
    if (as->skip_len) {
        gazl_tok t = {as->skip, as->skip + as->skip_len};
        gazl_fail_tok(as, "compile-time label not found", t);
    }
    if (as->in_func) gazl_end_function(as);
    gazl_resolve_fixups(as, &as->globals, &as->gfix);
    as->line = 0;
    p->globals_words = as->globals_top;
    p->consts_words = p->mem_words - as->consts_bottom;
    uint32_t rw = as->consts_bottom;
    for (uint32_t i = 0; i < p->code_len; i++) {
        gazl_insn *in = &p->code[i];
        as->line = p->lines[i];
        switch (in->op) {
        case GAZL_OP_CALL_C: {
            uint32_t ord = (uint32_t)in->a - GAZL_FUNC_BASE;
            if (ord >= p->func_count) gazl_fail(as, "call of an undefined function");
            in->a = (int32_t)p->funcs[ord];
            break;
        }
        case GAZL_OP_PEEK_VC:
            if ((uint32_t)in->b >= p->mem_words) gazl_fail(as, "constant address outside memory");
            break;
        case GAZL_OP_POKE_CC:
        case GAZL_OP_POKE_CV:
            if ((uint32_t)in->a >= rw) gazl_fail(as, "constant address is readonly or outside memory");
            break;
        default:
            break;
        }
    }
    as->line = 0;
}
