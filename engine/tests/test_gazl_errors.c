/* test_gazl_errors.c — malformed GAZL gives "line N: message" (never a crash); every runtime error stops the VM
 * with its status and the faulting line; budgets (code, memory, functions, stacks, instructions) are enforced. */
#include <string.h>

#include "gazl_fixture.h"
#include "p8_test.h"

static gazl_fx fx;

/* Expects assembly to fail at `line` with `part` in the message. */
static void check_reject(const char *src, int line, const char *part) {
    int r = fx_asm(&fx, src);
    P8_CHECK_EQ(-1, r);
    P8_CHECK_EQ(line, fx.err.line);
    if (!strstr(fx.err.message, part)) {
        printf("  message '%s' lacks '%s'\n", fx.err.message, part);
        P8_CHECK(0);
    }
    char prefix[24];
    snprintf(prefix, sizeof prefix, "line %d: ", line);
    if (line > 0) P8_CHECK(strncmp(fx.err.message, prefix, strlen(prefix)) == 0);
}

P8_TEST(Malformed_ReportsLineAndReason) {
    check_reject("f: FUNC\n FOOO $x\n RETU\n", 2, "unknown mnemonic");
    check_reject("f: FUNC\n MOV $x\n RETU\n", 2, "invalid mnemonic");
    check_reject("f: FUNC\n $x: LOCi\n MOVi $x #1 #2 #3 junk\n RETU\n", 3, "expected end of line");
    check_reject("f: FUNC\n $x: LOCi\n MOVi $y #1\n RETU\n", 3, "symbol not previously defined '$y'");
    check_reject("f: FUNC\n $x: LOCi\n MOVi $x #1\n", 1, "does not end with RETU");
    check_reject("f: FUNC\n GOTO @.nowhere\n RETU\n", 2, "symbol not found '.nowhere'");
    check_reject("\n\n MOVi $x #1\n", 3, "outside a function");
    check_reject("f: FUNC\n $x: LOCi\n MOVi $x #12abc\n RETU\n", 3, "invalid number");
    check_reject("f: FUNC\n $x: LOCi\n MOVf $x #1.0\n RETU\n", 3, "incompatible types");
    check_reject("f: FUNC\n $x: LOCf\n MOVf $x #1\n RETU\n", 3, "did not expect an int constant");
    check_reject("f: FUNC\n $x: LOCi\n DIVi $x $x #0\n RETU\n", 3, "constant division by zero");
    check_reject("f: FUNC\n $x: LOCi\n MOVi $x #1\n $y: LOCi\n RETU\n", 4, "declared at the top");
    check_reject("g: GLOB *2\ng: GLOB *2\n", 2, "symbol already defined 'g'");
    check_reject("g: GLOB *2\nf: FUNC\n $x: LOCi\n PEEK $x &g:2\n RETU\n", 4, "offset out of bounds");
    check_reject(" DATi #1\n", 1, "data section not declared");
    check_reject("g: GLOB *1\n DATi #1 #2\n", 2, "data section full");
    check_reject("f: FUNC\n CALL ^nosuch %0 *1\n RETU\n", 2, "unknown native function");
    check_reject(" ! ADDi <A> <Q> #1\n ! FAIL stop here\n", 1, "incompatible or undefined");
    check_reject(" ! SHLi <A> #1\n", 1, "missing operand");
    check_reject(" ! FAIL stop here\n", 1, "FAIL directive 'stop here'");
    check_reject(" ! GOTO @.never\nf: FUNC\n RETU\n", 0, "compile-time label not found");
    check_reject("c: CNST *1\nf: FUNC\n POKE &c #1\n RETU\n", 3, "incompatible types");
    check_reject(" ! ADDp <A> &c #5\nc: CNST *1\n", 1, "symbol not previously defined");
    check_reject("c: CNST *2\n ! ADDp <A> &c #1\nf: FUNC\n POKE <A> #1\n RETU\n", 4, "readonly or outside");
    check_reject("g: GLOB *2\n ! ADDp <A> &g #100000\nf: FUNC\n PEEK %0 <A>\n RETU\n", 4, "outside memory");
    check_reject("f: FUNC\n.x: NOOP\ng: FUNC\n RETU\n", 1, "does not end");
    check_reject("f: FUNC\n GOTO @.x\n.x: NOOP\ng: FUNC\n RETU\n", 1, "label at the end of a function");
    check_reject("f: FUNC\n $x: LOCi\n SHLi $x\n RETU\n", 3, "unknown mnemonic or invalid operands");
    check_reject("f: FUNC\n $x: INPi\n MOVi $x #1\n RETU\n", 3, "incompatible types"); /* INP is read-only */
}

P8_TEST(Malformed_GarbageNeverCrashes) {
    static const char *const inputs[] = {
        "", ";only a comment", ":", "::::", "!", "! !", "@", "#", "&", "^", "%", "*",
        "f: FUNC\n MOVi %99999999 #1\n RETU\n", "x: DATs\n", "g: GLOB *-1\n", "g: GLOB *4294967295\n",
        "f: FUNC\n $a: LOCA *2000000\n RETU\n", "f: FUNC\n SWCH %0 *99999999 @.x\n.x: RETU\n",
        "f: FUNC\n MOVi %0 #'unterminated\n RETU\n", "\x01\x02\x03\xff\xfe", "f: FUNC\r\n RETU\r\n",
        "a#b: ! DEFi #1\n", "f: FUNC\n CALL &f %0\n RETU\n", "f: FUNC\n CALL %0 %1 *1\n RETU\n"};
    for (unsigned i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        int r = fx_asm(&fx, inputs[i]);
        if (r != 0) P8_CHECK(fx.err.message[0] != 0);
    }
    P8_CHECK_EQ(0, fx_asm(&fx, "f: FUNC\r\n RETU\r\n")); /* CRLF is fine */
}

static const char *const RUNTIME_SRC =
    "g: GLOB *4\n"
    "ro: CNST *2\n DATi #1 #2\n"
    "spin: FUNC\n.l: GOTO @.l\n RETU\n"                                           /* line 4-6 */
    "peek: FUNC\n $r: OUTi\n $i: INPi\n PEEK $r &g $i\n RETU\n"                    /* 7-11 */
    "poke: FUNC\n $r: OUTi\n $i: INPi\n POKE &g $i #1\n RETU\n"                    /* 12-16 */
    "pokero: FUNC\n $p: LOCp\n MOVp $p &ro\n POKE $p #1\n RETU\n"                  /* 17-21 */
    "div: FUNC\n $r: OUTi\n $x: INPi\n DIVi $r #1 $x\n RETU\n"                     /* 22-26 */
    "divf: FUNC\n $r: OUTf\n $x: INPf\n DIVf $r $r $x\n RETU\n"                    /* 27-31 */
    "mod: FUNC\n $r: OUTi\n $x: INPi\n MODi $r $r $x\n RETU\n"                     /* 32-36 */
    "deep: FUNC\n $big: LOCA *1000\n CALL &deep\n RETU\n"                          /* 37-40 */
    "rec: FUNC\n CALL &rec\n RETU\n"                                               /* 41-43 */
    "bad: FUNC\n $p: LOCp\n MOVi %0 #12345\n MOVp $p %0\n CALL $p\n RETU\n"        /* 44-49 */
    "getl: FUNC\n $r: OUTi\n $i: INPi\n GETL $r $r $i\n RETU\n"                    /* 50-54 */
    "stk: FUNC\n $r: OUTi\n $i: INPi\n $p: LOCp\n ADRL $p $r *1\n PEEK $r $p $i\n RETU\n" /* 55-61 */
    "cpy: FUNC\n $n: INPi\n COPY &g &ro *4\n RETU\n"                               /* 62-65 */
    "nat: FUNC\n CALL ^abort %0 *1\n RETU\n";                                      /* 66-68 */

static void check_runtime(const char *fn, int32_t arg, int32_t status, int32_t line) {
    int32_t st = fx_call(&fx, fn, &arg, 1, 100000);
    P8_CHECK_EQ(status, st);
    P8_CHECK_EQ(line, gazl_vm_line(&fx.vm, &fx.prog));
    P8_CHECK_EQ(0, fx.vm.running);
}

P8_TEST(RuntimeErrors_StopWithStatusAndLine) {
    P8_REQUIRE(fx_asm(&fx, RUNTIME_SRC) == 0);
    check_runtime("spin", 0, GAZL_TIMEOUT, 5);
    check_runtime("peek", (int32_t)(FX_MEM + FX_STACK), GAZL_BAD_PEEK, 10); /* past memory and data stack */
    int32_t in_stack = (int32_t)FX_MEM; /* the data stack is addressable right above memory */
    P8_CHECK_EQ(GAZL_OK, fx_call(&fx, "peek", &in_stack, 1, 100));
    int32_t ok = 3;
    P8_CHECK_EQ(GAZL_OK, fx_call(&fx, "peek", &ok, 1, 100));
    check_runtime("peek", -1, GAZL_BAD_PEEK, 10);
    check_runtime("poke", -100, GAZL_BAD_POKE, 15);
    check_runtime("pokero", 0, GAZL_BAD_POKE, 20); /* readonly */
    check_runtime("div", 0, GAZL_DIVISION_BY_ZERO, 25);
    check_runtime("divf", 0, GAZL_DIVISION_BY_ZERO, 30);
    check_runtime("mod", 0, GAZL_DIVISION_BY_ZERO, 35);
    check_runtime("deep", 0, GAZL_DATA_STACK_OVERFLOW, 37);
    check_runtime("rec", 0, GAZL_CALL_STACK_OVERFLOW, 42);
    check_runtime("bad", 0, GAZL_BAD_CALL, 48);
    check_runtime("getl", (int32_t)FX_STACK, GAZL_BAD_PEEK, 53);
    check_runtime("getl", -1, GAZL_BAD_PEEK, 53);
    check_runtime("stk", (int32_t)FX_STACK, GAZL_BAD_PEEK, 60);
    check_runtime("cpy", 0, GAZL_BAD_PEEK, 64); /* ro is 2 words + the zero top word: 4 words run off the end */
    check_runtime("nat", 0, GAZL_ABORTED, 67);
    /* after an error the VM accepts a new call */
    P8_CHECK_EQ(GAZL_OK, fx_call(&fx, "peek", &ok, 1, 100));
}

P8_TEST(InstructionBudget_ExactCount) {
    P8_REQUIRE(fx_asm(&fx, "f: FUNC\n $i: LOCi\n MOVi $i #0\n.l: FORi $i #10 @.l\n RETU\n") == 0);
    /* FUNC + MOVi + 10 x FORi + RETU = 13 instructions */
    P8_CHECK_EQ(GAZL_OK, fx_call(&fx, "f", NULL, 0, 13));
    P8_CHECK_EQ(0, fx.vm.budget_left);
    P8_CHECK_EQ(GAZL_TIMEOUT, fx_call(&fx, "f", NULL, 0, 12));
}

/* The budget is charged per straight-line run (entry to the next call, branch or return), still exact per call:
 * here [FUNC MOVi CALL] + [MOVi RETU] = 5. A run that does not fit times out before it starts, at its first
 * record (line 1, the FUNC). */
P8_TEST(InstructionBudget_ChargedPerRunButExact) {
    P8_REQUIRE(fx_asm(&fx, "f: FUNC\n PARA *2\n MOVi %1 #5\n CALL ^note %0 *2\n MOVi %1 #6\n RETU\n") == 0);
    P8_CHECK_EQ(GAZL_OK, fx_call(&fx, "f", NULL, 0, 5));
    P8_CHECK_EQ(0, fx.vm.budget_left);
    P8_CHECK_EQ(GAZL_TIMEOUT, fx_call(&fx, "f", NULL, 0, 2));
    P8_CHECK_EQ(1, gazl_vm_line(&fx.vm, &fx.prog));
    P8_CHECK_EQ(GAZL_TIMEOUT, fx_call(&fx, "f", NULL, 0, 4)); /* the second run (2) does not fit the 1 left */
    P8_CHECK_EQ(5, gazl_vm_line(&fx.vm, &fx.prog));
}

P8_TEST(Budgets_CodeMemoryFunctionsAreCheckedAtLoad) {
    gazl_program saved = fx.prog;
    fx.prog.code_cap = 4;
    check_reject("f: FUNC\n MOVi %0 #1\n MOVi %0 #1\n MOVi %0 #1\n RETU\n", 5, "code budget exceeded");
    fx.prog = saved;
    fx.prog.mem_words = 100;
    check_reject("a: GLOB *60\nb: CNST *39\nc: GLOB *1\n", 3, "exceed the memory budget of 100 words");
    fx.prog = saved;
    fx.prog.func_cap = 2;
    check_reject("a: FUNC\n RETU\nb: FUNC\n RETU\nc: FUNC\n RETU\n", 5, "too many functions");
    fx.prog = saved;
    fx.prog.jump_cap = 8;
    check_reject("f: FUNC\n SWCH %0 *8 @.d\n.d: RETU\n", 2, "switch tables exceed");
    fx.prog = saved;
    gazl_loader small = {fx.loader.base, 2048, NULL};
    gazl_asm_config cfg = {NULL, 0, NULL, 0};
    P8_CHECK_EQ(-1, gazl_assemble(&fx.prog, &small, "f: FUNC\n RETU\n", &cfg, &fx.err));
    P8_CHECK(strstr(fx.err.message, "loader") != NULL);
}

int main(void) {
    fx_open(&fx);
    int r = P8_RUN(Malformed_ReportsLineAndReason, Malformed_GarbageNeverCrashes, RuntimeErrors_StopWithStatusAndLine,
                   InstructionBudget_ExactCount, InstructionBudget_ChargedPerRunButExact,
                   Budgets_CodeMemoryFunctionsAreCheckedAtLoad);
    fx_close(&fx);
    return r;
}
