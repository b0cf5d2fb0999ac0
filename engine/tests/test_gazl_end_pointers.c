/* test_gazl_end_pointers.c — constant addresses one past (or beyond) the end of a global, `&g:size`, as the
 * Impala compiler emits for `for (p = buf to &buf[N])` loops: accepted in every pointer form, including the folded
 * ones (two constants in a compare or in ADDp/SUBp/DIFp). Reading or writing there is still checked at run time. */
#include "gazl_fixture.h"
#include "p8_test.h"

static gazl_fx fx;

static int load(const char *src) {
    if (fx_asm(&fx, src) != 0) {
        printf("  assembly failed: %s\n", fx.err.message);
        return 0;
    }
    return 1;
}

static int32_t call0(const char *f) {
    int32_t st = fx_call(&fx, f, NULL, 0, 10000);
    if (st != GAZL_OK) printf("  %s: status %d\n", f, (int)st);
    return fx_result(&fx);
}

/* A fill loop bounded by the end pointer, with the compiler's "skip if empty" test between two constants. */
P8_TEST(EndPointer_FoldedCompareOfTwoConstants) {
    P8_REQUIRE(load("buf: GLOB *6\n"
                    "fill: FUNC\n $r: OUTi\n $p: LOCp\n"
                    " MOVi $r #0\n MOVp $p &buf\n"
                    " GEQp &buf &buf:6 @.done\n"          /* never taken: buf < buf + 6 */
                    ".l: POKE $p #3\n ADDi $r $r #1\n FORp $p &buf:6 @.l\n"
                    ".done: RETU\n"
                    "never: FUNC\n $r: OUTi\n MOVi $r #1\n LSSp &buf:6 &buf:6 @.t\n MOVi $r #2\n.t: RETU\n"
                    "always: FUNC\n $r: OUTi\n MOVi $r #1\n GRTp &buf:7 &buf @.t\n MOVi $r #2\n.t: RETU\n"));
    P8_CHECK_EQ(6, call0("fill")); /* six words written, loop ends at the end pointer */
    P8_CHECK_EQ(3, fx_global(&fx, "buf", 0));
    P8_CHECK_EQ(3, fx_global(&fx, "buf", 5));
    P8_CHECK_EQ(2, call0("never"));  /* end < end is false: falls through */
    P8_CHECK_EQ(1, call0("always")); /* buf + 7 > buf: branch taken */
}

/* Pointer arithmetic folded at load from two constants: the distance from the start to the end pointer. */
P8_TEST(EndPointer_FoldedPointerArithmetic) {
    P8_REQUIRE(load("buf: GLOB *4\n"
                    "len: FUNC\n $r: OUTi\n DIFp $r &buf:4 &buf\n RETU\n"
                    "back: FUNC\n $r: OUTi\n $p: LOCp\n SUBp $p &buf:4 #1\n POKE $p #9\n PEEK $r &buf:3\n RETU\n"));
    P8_CHECK_EQ(4, call0("len"));
    P8_CHECK_EQ(9, call0("back")); /* (buf + 4) - 1 is the last word */
}

/* Only address operands of pointer instructions are free: a PEEK through `&g:size` is still refused at load. */
P8_TEST(EndPointer_DirectAccessStillChecked) {
    P8_CHECK_EQ(-1, fx_asm(&fx, "buf: GLOB *2\nf: FUNC\n $r: OUTi\n PEEK $r &buf:2\n RETU\n"));
    P8_CHECK(strstr(fx.err.message, "line 4: offset out of bounds") != NULL);
}

int main(void) {
    fx_open(&fx);
    int r = P8_RUN(EndPointer_FoldedCompareOfTwoConstants, EndPointer_FoldedPointerArithmetic,
                   EndPointer_DirectAccessStillChecked);
    fx_close(&fx);
    return r;
}
