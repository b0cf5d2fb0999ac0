/* test_gazl_isa.c — every GAZL instruction and operand form, with expected values worked out by hand from the
 * instruction set's semantics (wrapping 32-bit ints, truncating division, float32). */
#include <math.h>

#include "gazl_fixture.h"
#include "p8_test.h"

static gazl_fx fx;

/* Assembles `src` into the shared fixture (reports the message on failure). */
static int load(const char *src) {
    if (fx_asm(&fx, src) != 0) {
        printf("  assembly failed: %s\n", fx.err.message);
        return 0;
    }
    return 1;
}

static int32_t call2(const char *f, int32_t x, int32_t y) {
    int32_t a[2] = {x, y};
    int32_t st = fx_call(&fx, f, a, 2, 1000);
    if (st != GAZL_OK) printf("  %s: status %d\n", f, (int)st);
    return fx_result(&fx);
}

/* Checks one int instruction in all four forms against expected = op(x, y) with x, y also as constants. */
static void check_int_forms(const char *mn, const char *cx, const char *cy, int32_t x, int32_t y, int32_t want) {
    char src[1024];
    snprintf(src, sizeof src,
             "vvv: FUNC\n $r: OUTi\n $x: INPi\n $y: INPi\n %s $r $x $y\n RETU\n"
             "vvc: FUNC\n $r: OUTi\n $x: INPi\n $y: INPi\n %s $r $x #%s\n RETU\n"
             "vcv: FUNC\n $r: OUTi\n $x: INPi\n $y: INPi\n %s $r #%s $y\n RETU\n"
             "vcc: FUNC\n $r: OUTi\n %s $r #%s #%s\n RETU\n",
             mn, mn, cy, mn, cx, mn, cx, cy);
    if (!load(src)) {
        P8_CHECK(0);
        return;
    }
    P8_CHECK_EQ(want, call2("vvv", x, y));
    P8_CHECK_EQ(want, call2("vvc", x, y));
    P8_CHECK_EQ(want, call2("vcv", x, y));
    P8_CHECK_EQ(want, call2("vcc", x, y));
}

P8_TEST(IntArithmetic_AllFormsWrapAndTruncate) {
    check_int_forms("ADDi", "2147483647", "1", 2147483647, 1, INT32_MIN); /* wraps */
    check_int_forms("SUBi", "5", "12", 5, 12, -7);
    check_int_forms("MULi", "65536", "65537", 65536, 65537, 65536); /* 2^32 + 2^16 wraps to 2^16 */
    check_int_forms("DIVi", "-7", "2", -7, 2, -3);                   /* toward zero */
    check_int_forms("DIVi", "-2147483648", "-1", INT32_MIN, -1, INT32_MIN);
    check_int_forms("MODi", "-7", "2", -7, 2, -1);
    check_int_forms("MODi", "7", "-3", 7, -3, 1);
    check_int_forms("MODi", "-2147483648", "-1", INT32_MIN, -1, 0);
    check_int_forms("ANDi", "0xF0F0", "0x3C3C", 0xF0F0, 0x3C3C, 0x3030);
    check_int_forms("IORi", "0xF0F0", "0x0F00", 0xF0F0, 0x0F00, 0xFFF0);
    check_int_forms("XORi", "0xFF00", "0x0FF0", 0xFF00, 0x0FF0, 0xF0F0);
    check_int_forms("SHLi", "3", "4", 3, 4, 48);
    check_int_forms("SHLi", "1", "33", 1, 33, 2);                    /* count mod 32 */
    check_int_forms("SHRi", "-256", "4", -256, 4, -16);              /* arithmetic */
    check_int_forms("SHRu", "-256", "28", -256, 28, 15);             /* logical: 0xFFFFFF00 >> 28 */
}

P8_TEST(IntUnary_AbsAndMoves) {
    P8_REQUIRE(load("a: FUNC\n $r: OUTi\n $x: INPi\n ABSi $r $x\n RETU\n"
                    "b: FUNC\n $r: OUTi\n ABSi $r #-9\n RETU\n"
                    "c: FUNC\n $r: OUTi\n $x: INPi\n MOVi $r $x\n RETU\n"
                    "d: FUNC\n $r: OUTi\n MOVi $r #MINUS\n RETU\n"
                    "e: FUNC\n $r: OUTi\n $x: INPi\n MOVE $r $x\n RETU\n"
                    "f: FUNC\n $r: OUTi\n MOVi $r #'AB'\n RETU\n"));
    P8_CHECK_EQ(5, call2("a", -5, 0));
    P8_CHECK_EQ(INT32_MIN, call2("a", INT32_MIN, 0));
    P8_CHECK_EQ(9, call2("b", 0, 0));
    P8_CHECK_EQ(77, call2("c", 77, 0));
    P8_CHECK_EQ(-3, call2("d", 0, 0)); /* host constant */
    P8_CHECK_EQ(-77, call2("e", -77, 0));
    P8_CHECK_EQ(0x4142, call2("f", 0, 0)); /* packed characters, big-endian */
}

static float callf(const char *f, float x, float y) {
    gazl_value a[2];
    a[0].f = x;
    a[1].f = y;
    int32_t raw[2] = {a[0].i, a[1].i};
    int32_t st = fx_call(&fx, f, raw, 2, 1000);
    if (st != GAZL_OK) printf("  %s: status %d\n", f, (int)st);
    return fx_result_f(&fx);
}

P8_TEST(FloatArithmetic_AllForms) {
    const char *mns[4] = {"ADDf", "SUBf", "MULf", "DIVf"};
    const float want[4] = {7.5f, -2.5f, 12.5f, 0.5f}; /* 2.5 op 5.0 */
    for (int i = 0; i < 4; i++) {
        char src[1024];
        snprintf(src, sizeof src,
                 "vvv: FUNC\n $r: OUTf\n $x: INPf\n $y: INPf\n %s $r $x $y\n RETU\n"
                 "vvc: FUNC\n $r: OUTf\n $x: INPf\n %s $r $x #5.0\n RETU\n"
                 "vcv: FUNC\n $r: OUTf\n $x: INPf\n $y: INPf\n %s $r #2.5 $y\n RETU\n"
                 "vcc: FUNC\n $r: OUTf\n %s $r #2.5 #5.0\n RETU\n",
                 mns[i], mns[i], mns[i], mns[i]);
        P8_REQUIRE(load(src));
        P8_CHECK(callf("vvv", 2.5f, 5.0f) == want[i]);
        P8_CHECK(callf("vvc", 2.5f, 0) == want[i]);
        P8_CHECK(callf("vcv", 0, 5.0f) == want[i]);
        P8_CHECK(callf("vcc", 0, 0) == want[i]);
    }
}

P8_TEST(FloatUnaryAndConversions) {
    P8_REQUIRE(load("absf: FUNC\n $r: OUTf\n $x: INPf\n ABSf $r $x\n RETU\n"
                    "absc: FUNC\n $r: OUTf\n ABSf $r #-1.5\n RETU\n"
                    "flo: FUNC\n $r: OUTf\n $x: INPf\n FLOf $r $x\n RETU\n"
                    "floc: FUNC\n $r: OUTf\n FLOf $r #-0.5\n RETU\n"
                    "movf: FUNC\n $r: OUTf\n MOVf $r #1.0e-2\n RETU\n"
                    "ftoi: FUNC\n $r: OUTi\n $x: INPf\n fTOi $r $x #2048.0\n RETU\n"
                    "ftoic: FUNC\n $r: OUTi\n fTOi $r #-0.75 #2.0\n RETU\n"
                    "itof: FUNC\n $r: OUTf\n $x: INPi\n iTOf $r $x #0.5\n RETU\n"
                    "itofc: FUNC\n $r: OUTf\n iTOf $r #3 #0.25\n RETU\n"));
    P8_CHECK(callf("absf", -3.25f, 0) == 3.25f);
    P8_CHECK(callf("absc", 0, 0) == 1.5f);
    P8_CHECK(callf("flo", -2.5f, 0) == -3.0f);
    P8_CHECK(callf("floc", 0, 0) == -1.0f);
    P8_CHECK(callf("movf", 0, 0) == 0.01f);
    gazl_value v;
    v.f = 0.999f;
    P8_CHECK_EQ(2045, call2("ftoi", v.i, 0)); /* 2045.95 truncates */
    v.f = -1.0e20f;
    P8_CHECK_EQ(INT32_MIN, call2("ftoi", v.i, 0)); /* saturates */
    v.f = NAN;
    P8_CHECK_EQ(0, call2("ftoi", v.i, 0));
    P8_CHECK_EQ(-1, call2("ftoic", 0, 0)); /* -1.5 toward zero */
    P8_CHECK(callf("itof", 0, 0) == 0.0f);
    gazl_value r;
    r.i = call2("itof", 7, 0);
    P8_CHECK(r.f == 3.5f);
    P8_CHECK(callf("itofc", 0, 0) == 0.75f);
}

/* Branch instructions: each function returns 1 when the branch is taken. */
static void check_branch(const char *mn, char ty, const char *cx, const char *cy, int32_t x, int32_t y, int taken) {
    char src[1200];
    snprintf(src, sizeof src,
             "vv: FUNC\n $r: OUTi\n $x: INP%c\n $y: INP%c\n MOVi $r #1\n %s $x $y @.t\n MOVi $r #0\n.t: RETU\n"
             "vc: FUNC\n $r: OUTi\n $x: INP%c\n $y: INP%c\n MOVi $r #1\n %s $x #%s @.t\n MOVi $r #0\n.t: RETU\n"
             "cv: FUNC\n $r: OUTi\n $x: INP%c\n $y: INP%c\n MOVi $r #1\n %s #%s $y @.t\n MOVi $r #0\n.t: RETU\n"
             "cc: FUNC\n $r: OUTi\n MOVi $r #1\n %s #%s #%s @.t\n MOVi $r #0\n.t: RETU\n",
             ty, ty, mn, ty, ty, mn, cy, ty, ty, mn, cx, mn, cx, cy);
    if (!load(src)) {
        P8_CHECK(0);
        return;
    }
    P8_CHECK_EQ(taken, call2("vv", x, y));
    P8_CHECK_EQ(taken, call2("vc", x, y));
    P8_CHECK_EQ(taken, call2("cv", x, y));
    P8_CHECK_EQ(taken, call2("cc", x, y));
}

P8_TEST(Branches_EveryComparisonAndForm) {
    const char *names[6] = {"LSS", "GRT", "LEQ", "GEQ", "EQU", "NEQ"};
    /* pairs (x, y): (3, 5), (5, 5), (-7, 3) */
    const int32_t xs[3] = {3, 5, -7}, ys[3] = {5, 5, 3};
    const char *cxs[3] = {"3", "5", "-7"}, *cys[3] = {"5", "5", "3"};
    const int taken[6][3] = {{1, 0, 1}, {0, 0, 0}, {1, 1, 1}, {0, 1, 0}, {0, 1, 0}, {1, 0, 1}};
    for (int m = 0; m < 6; m++)
        for (int k = 0; k < 3; k++) {
            char mn[5];
            snprintf(mn, sizeof mn, "%si", names[m]);
            check_branch(mn, 'i', cxs[k], cys[k], xs[k], ys[k], taken[m][k]);
            gazl_value fx_, fy_;
            fx_.f = (float)xs[k];
            fy_.f = (float)ys[k];
            char cfx[16], cfy[16];
            snprintf(cfx, sizeof cfx, "%d.0", (int)xs[k]);
            snprintf(cfy, sizeof cfy, "%d.0", (int)ys[k]);
            snprintf(mn, sizeof mn, "%sf", names[m]);
            check_branch(mn, 'f', cfx, cfy, fx_.i, fy_.i, taken[m][k]);
        }
}

P8_TEST(PointerBranches_CompareAddresses) {
    P8_REQUIRE(load("g: GLOB *4\n"
                    "lt: FUNC\n $r: OUTi\n $p: LOCp\n MOVp $p &g:1\n MOVi $r #1\n LSSp $p &g:2 @.t\n MOVi $r #0\n.t: RETU\n"
                    "eq: FUNC\n $r: OUTi\n $p: LOCp\n MOVp $p &g:2\n MOVi $r #1\n EQUp &g:2 $p @.t\n MOVi $r #0\n.t: RETU\n"
                    "nul: FUNC\n $r: OUTi\n $p: LOCp\n MOVp $p &NULL\n MOVi $r #1\n EQUp $p &NULL @.t\n MOVi $r #0\n.t: RETU\n"
                    "gt: FUNC\n $r: OUTi\n $p: LOCp\n $q: LOCp\n MOVp $p &g:3\n MOVp $q &g\n MOVi $r #1\n GRTp $p $q @.t\n"
                    " MOVi $r #0\n.t: RETU\n"));
    P8_CHECK_EQ(1, call2("lt", 0, 0));
    P8_CHECK_EQ(1, call2("eq", 0, 0));
    P8_CHECK_EQ(1, call2("nul", 0, 0));
    P8_CHECK_EQ(1, call2("gt", 0, 0));
}

P8_TEST(Loops_ForGotoAndSwitch) {
    P8_REQUIRE(load("sum: FUNC\n $r: OUTi\n $n: INPi\n $i: LOCi\n MOVi $r #0\n MOVi $i #0\n GEQi $i $n @.e\n"
                    ".l: ADDi $r $r $i\n FORi $i $n @.l\n.e: RETU\n"
                    "sumc: FUNC\n $r: OUTi\n $i: LOCi\n MOVi $r #0\n MOVi $i #0\n.l: ADDi $r $r #2\n FORi $i #TEN @.l\n RETU\n"
                    "ptrs: FUNC\n $r: OUTi\n $p: LOCp\n $e: LOCp\n MOVi $r #0\n MOVp $p &g\n MOVp $e &g:3\n"
                    ".l: ADDi $r $r #1\n FORp $p $e @.l\n FORp $p &g:5 @.l\n RETU\n"
                    "g: GLOB *8\n"
                    "sw: FUNC\n $r: OUTi\n $x: INPi\n SWCH $x *4 @.c\n.c: MOVi $r #-1\n GOTO @.e\n"
                    ".c.0: MOVi $r #100\n GOTO @.e\n.c#2: MOVi $r #102\n GOTO @.e\n.c.3: MOVi $r #103\n"
                    ".e: RETU\n"
                    "chr: FUNC\n $r: OUTi\n $x: INPi\n MOVi $r #0\n SWCH $x *70 @.d\n.d: RETU\n.d#'A': MOVi $r #1\n RETU\n"));
    P8_CHECK_EQ(45, call2("sum", 10, 0));   /* 0+1+...+9 */
    P8_CHECK_EQ(0, call2("sum", 0, 0));     /* skipped */
    P8_CHECK_EQ(20, call2("sumc", 0, 0));   /* 10 rounds of +2 */
    P8_CHECK_EQ(4, call2("ptrs", 0, 0)); /* rounds at p = g, g+1, g+2 (FORp to g+3), then p = g+4 (FORp to g+5) */
    P8_CHECK_EQ(100, call2("sw", 0, 0));
    P8_CHECK_EQ(-1, call2("sw", 1, 0));     /* no case 1: default */
    P8_CHECK_EQ(102, call2("sw", 2, 0));
    P8_CHECK_EQ(103, call2("sw", 3, 0));
    P8_CHECK_EQ(-1, call2("sw", 4, 0));     /* out of range */
    P8_CHECK_EQ(-1, call2("sw", -5, 0));
    P8_CHECK_EQ(1, call2("chr", 'A', 0));
    P8_CHECK_EQ(0, call2("chr", 'B', 0));
}

P8_TEST(PeekPoke_EveryForm) {
    P8_REQUIRE(load("g: GLOB *8\n"
                    "ro: CNST *3\n DATi #11 #22 #33\n"
                    "f: FUNC\n $r: OUTi\n $i: INPi\n $p: LOCp\n $v: LOCi\n"
                    " POKE &g #5\n"               /* g[0] = 5         (cc) */
                    " MOVi $v #7\n POKE &g:1 $v\n" /* g[1] = 7         (cv) */
                    " POKE &g $i #9\n"            /* g[i] = 9         (cvc) */
                    " POKE &g:4 $i $v\n"          /* g[4+i] = 7       (cvv) */
                    " MOVp $p &g:6\n POKE $p #6\n" /* g[6] = 6         (vc) */
                    " POKE $p #1 #61\n"           /* g[7] = 61        (vcc) */
                    " MOVp $p &g\n POKE $p #3 $v\n" /* g[3] = 7 (vcv), overwrites when i = 3 */
                    " PEEK $r &g\n"                /* r = g[0]          (vc) */
                    " PEEK %0 &g $i\n ADDi $r $r %0\n"   /* + g[i]      (vcv) */
                    " PEEK %0 $p\n ADDi $r $r %0\n"      /* + g[0]      (vv)  */
                    " PEEK %0 $p #7\n ADDi $r $r %0\n"   /* + g[7]      (vvc) */
                    " PEEK %0 $p $i\n ADDi $r $r %0\n"   /* + g[i]      (vvv) */
                    " PEEK %0 &ro:2\n ADDi $r $r %0\n"   /* + 33 */
                    " RETU\n"
                    "h: FUNC\n $r: OUTi\n $p: LOCp\n $i: LOCi\n $v: LOCi\n MOVp $p &g\n MOVi $i #2\n MOVi $v #40\n"
                    " POKE $p $i $v\n POKE $p $i #2\n PEEK $r &g:2\n POKE $p $i $v\n PEEK %0 $p $i\n ADDi $r $r %0\n RETU\n"));
    /* i = 2: g = {5,7,9,7,0,0,6,61} -> 5 + 9 + 5 + 61 + 9 + 33 */
    P8_CHECK_EQ(5 + 9 + 5 + 61 + 9 + 33, call2("f", 2, 0));
    P8_CHECK_EQ(9, fx_global(&fx, "g", 2));
    P8_CHECK_EQ(6, fx_global(&fx, "g", 6)); /* g[4+i] = 7, then overwritten by POKE $p #6 */
    P8_CHECK_EQ(7, fx_global(&fx, "g", 3));
    P8_CHECK_EQ(2 + 40, call2("h", 0, 0));   /* POKE vvc then vvv */
}

P8_TEST(LocalWindow_GetlSetlAdrlCopy) {
    P8_REQUIRE(load("src: CNST *4\n DATi #1 #2 #3 #4\n"
                    "dst: GLOB *4\n"
                    "f: FUNC\n $r: OUTi\n $a: LOCA *4\n $i: LOCi\n $v: LOCi\n $p: LOCp\n"
                    " ADRL $p $a *4\n COPY $p &src *4\n" /* a = {1,2,3,4}  (vc) */
                    " MOVi $i #2\n GETL $r $a $i\n"       /* r = a[2] = 3 */
                    " MOVi $v #50\n SETL $a $i $v\n"      /* a[2] = 50 */
                    " MOVi $i #3\n SETL $a $i #60\n"      /* a[3] = 60 */
                    " COPY &dst $p *4\n"                  /* dst = {1,2,50,60}  (cv) */
                    " PEEK %0 $p #2\n ADDi $r $r %0\n"    /* + 50 through the stack pointer */
                    " POKE $p #0 #1000\n ADDi $r $r $a:0\n" /* + 1000 written through the pointer */
                    " RETU\n"
                    "g: FUNC\n $r: OUTp\n $q: LOCp\n COPY &dst:2 &src *2\n MOVp $q &dst\n COPY $q &src:3 *1\n"
                    " MOVp %1 &dst\n COPY %1 $q *0\n RETU\n"));
    P8_CHECK_EQ(3 + 50 + 1000, call2("f", 0, 0));
    P8_CHECK_EQ(1, fx_global(&fx, "dst", 0));
    P8_CHECK_EQ(50, fx_global(&fx, "dst", 2));
    P8_CHECK_EQ(60, fx_global(&fx, "dst", 3));
    call2("g", 0, 0);
    P8_CHECK_EQ(4, fx_global(&fx, "dst", 0)); /* (vc) */
    P8_CHECK_EQ(1, fx_global(&fx, "dst", 2)); /* (cc) */
    P8_CHECK_EQ(2, fx_global(&fx, "dst", 3));
}

P8_TEST(Calls_DirectIndirectNativeAndRecursion) {
    P8_REQUIRE(load("add: FUNC\n $r: OUTi\n $a: INPi\n $b: INPi\n ADDi $r $a $b\n RETU\n"
                    "fact: FUNC\n $r: OUTi\n $n: INPi\n MOVi $r #1\n LEQi $n #1 @.e\n SUBi %1 $n #1\n"
                    " CALL &fact %0 *2\n MULi $r $n %0\n.e: RETU\n"
                    "fp: GLOB *1\n DATp &add\n"
                    "f: FUNC\n $r: OUTi\n $x: INPi\n $g: LOCp\n"
                    " MOVi %1 $x\n MOVi %2 #5\n CALL &add %0 *3\n MOVi $r %0\n" /* x + 5 */
                    " PEEK $g &fp\n MOVi %1 $r\n MOVi %2 #100\n CALL $g %0 *3\n MOVi $r %0\n" /* + 100 */
                    " MOVi %1 $r\n CALL ^note %0 *2\n MOVi $r %0\n" /* native doubles */
                    " CALL &noargs\n RETU\n"
                    "noargs: FUNC\n RETU\n"));
    P8_CHECK_EQ(720, call2("fact", 6, 0));
    fx.note_count = 0;
    P8_CHECK_EQ((1 + 5 + 100) * 2, call2("f", 1, 0));
    P8_CHECK_EQ(1, fx.note_count);
    P8_CHECK_EQ(106, fx.notes[0]);
}

P8_TEST(Data_DirectivesStringsAndCompileTime) {
    P8_REQUIRE(load("c: CNST *10\n DATi #1 #-2\n DATf #0.5\n DATs Hi!\n DATA #7 &c:1 #2.0\n"
                    "t: TEMP *2\n DATp &g:1\n"
                    "g: GLOB *2\n"
                    " ! MOVi <A> #6\n ! MULi <A> <A> #7\n"
                    "SIX7: ! DEFi <A>\n"
                    " ! iTOf <B> #3 #0.5\n HALF3: ! DEFf <B>\n"
                    " ! IFDF #SIX7 @.def\n ! FAIL never\n.def: !\n"
                    " ! IFND ^note @.bad\n ! IFND &nothing @.ok\n.bad: ! FAIL bad\n.ok: !\n"
                    " ! GRTi #SIX7 #40 @.skip\n ! FAIL lss\n.skip: !\n"
                    " ! GOTO @.over\n garbage that is never assembled\n.over: !\n"
                    " ! DIFp <C> &g:1 &g\n ! ADDp <D> &g #1\n"
                    "f: FUNC\n $r: OUTi\n MOVi $r #SIX7\n ADDi $r $r <C>\n PEEK %0 <D>\n ADDi $r $r %0\n RETU\n"
                    "h: FUNC\n $r: OUTf\n MOVf $r #HALF3\n RETU\n"));
    P8_CHECK_EQ(42 + 1 + 0, call2("f", 0, 0));
    P8_CHECK(callf("h", 0, 0) == 1.5f);
    int32_t c;
    P8_REQUIRE(gazl_lookup(&fx.loader, "c", &c, NULL) == GAZL_SYM_READONLY);
    gazl_value *w = gazl_vm_access(&fx.vm, (uint32_t)c, 10, 0);
    P8_REQUIRE(w != NULL);
    P8_CHECK_EQ(1, w[0].i);
    P8_CHECK_EQ(-2, w[1].i);
    P8_CHECK(w[2].f == 0.5f);
    P8_CHECK_EQ('H', w[3].i);
    P8_CHECK_EQ('!', w[5].i);
    P8_CHECK_EQ(7, w[6].i);
    P8_CHECK_EQ(c + 1, w[7].i);
    P8_CHECK(w[8].f == 2.0f);
    P8_CHECK_EQ(0, w[9].i); /* undeclared rest is zero */
    int32_t g, t;
    gazl_lookup(&fx.loader, "g", &g, NULL);
    gazl_lookup(&fx.loader, "t", &t, NULL);
    P8_CHECK_EQ(g + 1, gazl_vm_access(&fx.vm, (uint32_t)t, 1, 0)->i); /* forward DATp */
    P8_CHECK_EQ(GAZL_SYM_CONSTANT, gazl_lookup(&fx.loader, "SIX7", NULL, NULL));
}

/* The Impala compiler names some string constants by a signed hash (".s_-1a2b3c4d"): '-' is an identifier character
 * after the first one; a leading '-' is still rejected. */
P8_TEST(Labels_AcceptDashAfterFirstCharacter) {
    P8_REQUIRE(load("f: FUNC\n $r: OUTi\n $a: INPi\n $b: INPi\n PEEK $r &.s_-1a:1\n RETU\n"
                    ".s_-1a: CNST *2\n DATA #7 #8\n"));
    P8_CHECK_EQ(8, call2("f", 0, 0));
    P8_CHECK_EQ(-1, fx_asm(&fx, "-x: GLOB *1\n"));
    P8_CHECK(strstr(fx.err.message, "line 1:") != NULL);
}

/* COPY of two words (signal[] copies in SDK firmwares) moves like memmove when source and target overlap. */
P8_TEST(Copy_TwoWordsOverlapLikeMemmove) {
    P8_REQUIRE(load("g: GLOB *3\n DATi #1 #2 #3\n"
                    "f: FUNC\n $r: OUTi\n $a: INPi\n $b: INPi\n COPY &g:1 &g *2\n"
                    " PEEK %0 &g:1\n PEEK %1 &g:2\n MULi %1 %1 #10\n ADDi $r %0 %1\n RETU\n"));
    P8_CHECK_EQ(1 + 2 * 10, call2("f", 0, 0)); /* g = {1, 1, 2} */
}

int main(void) {
    fx_open(&fx);
    int r = P8_RUN(IntArithmetic_AllFormsWrapAndTruncate, IntUnary_AbsAndMoves, FloatArithmetic_AllForms,
                   FloatUnaryAndConversions, Branches_EveryComparisonAndForm, PointerBranches_CompareAddresses,
                   Loops_ForGotoAndSwitch, PeekPoke_EveryForm, LocalWindow_GetlSetlAdrlCopy,
                   Calls_DirectIndirectNativeAndRecursion, Data_DirectivesStringsAndCompileTime,
                   Labels_AcceptDashAfterFirstCharacter, Copy_TwoWordsOverlapLikeMemmove);
    fx_close(&fx);
    return r;
}
