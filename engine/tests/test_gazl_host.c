/* test_gazl_host.c — the Permut8 firmware host (p8_fw_host_*) on a malloc'd memory plan: full and mod patches,
 * yield, lifecycle order, updateMask, natives, clamping, runtime errors, failed loads, budgets, host constants.
 * Expected outputs are worked out by hand from the firmware text and the Firmware API's rules. */
#include <stdlib.h>
#include <string.h>

#include "p8_firmware_host.h"
#include "p8_test.h"

typedef struct {
    p8_mem mem;
    p8_spsc_ring ring;
    p8_fw_host fw;
    int16_t memory[P8_MEMORY_FRAMES * 2];
    int32_t params[P8_PARAM_COUNT];
} host_fx;

static host_fx *open_host(int plan) {
    host_fx *h = calloc(1, sizeof *h);
    if (p8_mem_init(&h->mem, plan, p8_mem_hook_malloc()) != P8_OK) return NULL;
    p8_ring_init(&h->ring, &h->mem, P8_REGION_POOLS, 4096);
    if (p8_fw_host_init(&h->fw, &h->mem, &h->ring) != P8_OK) return NULL;
    p8_mem_seal(&h->mem);
    return h;
}

static void close_host(host_fx *h) {
    p8_mem_release(&h->mem);
    free(h);
}

static int load(host_fx *h, const char *src, int debug) {
    int r = p8_fw_host_load(&h->fw, src, "", debug, 7);
    if (r != P8_OK) printf("  load: %s\n", p8_fw_host_message(&h->fw));
    p8_fw_host_block_begin(&h->fw, h->params);
    return r;
}

/* One full-patch tick at clock t: also writes the input into memory the way a firmware expects to find it. */
static void tick(host_fx *h, int32_t t, int32_t s[2]) { p8_fw_host_process(&h->fw, s, (uint16_t)t, -1, h->memory); }

static int pop_log(host_fx *h, char *buf, int cap) {
    int n = p8_ring_pop(&h->ring, buf, (uint32_t)cap - 1);
    if (n < 0) n = 0;
    buf[n] = 0;
    return n;
}

/* SDK-style full patch: globals copied to locals once per batch of 4, write() at the head, read() d frames back,
 * output halved. update() sets the delay from OPERAND_1_HIGH. */
static const char *const BATCHED_DELAY =
    "signal: GLOB *2\nclock: GLOB *1\nparams: GLOB *PARAM_COUNT\ndelay: GLOB *1\n"
    "update: FUNC\n PARA *1\n PEEK %0 &params:OPERAND_1_HIGH_PARAM_INDEX\n POKE &delay %0\n RETU\n"
    "process: FUNC\n PARA *1\n $i: LOCi\n $d: LOCi\n $c: LOCi\n $pair: LOCA *2\n"
    ".top: PEEK $d &delay\n MOVi $i #0\n"
    ".l: PEEK $c &clock\n MOVi %1 $c\n MOVi %2 #1\n MOVp %3 &signal\n CALL ^write %0 *4\n"
    " SUBi %1 $c $d\n MOVi %2 #1\n ADRL %3 $pair *0\n CALL ^read %0 *4\n"
    " SHRi %0 $pair:0 #1\n POKE &signal:0 %0\n SHRi %0 $pair:1 #1\n POKE &signal:1 %0\n"
    " CALL ^yield %0 *1\n FORi $i #4 @.l\n GOTO @.top\n RETU\n";

P8_TEST(FullPatch_BatchedDelay_MatchesHandComputedOutput) {
    host_fx *h = open_host(P8_PLAN_DEFAULT);
    P8_REQUIRE(h);
    h->params[P8_PARAM_OPERAND_1_HIGH] = 3;
    P8_REQUIRE(load(h, BATCHED_DELAY, 0) == P8_OK);
    P8_CHECK_EQ(P8_FW_KIND_FULL, p8_fw_host_kind(&h->fw));
    for (int32_t t = 0; t < 16; t++) {
        if (t == 10) { /* mid-batch: update() sets delay 5, the loop picks it up at the next batch (t = 12) */
            h->params[P8_PARAM_OPERAND_1_HIGH] = 5;
            p8_fw_host_block_begin(&h->fw, h->params);
        }
        int32_t s[2] = {100 * (t + 1), -100 * (t + 1)};
        tick(h, t, s);
        int32_t d = t < 12 ? 3 : 5;
        int32_t want = t - d >= 0 ? 50 * (t - d + 1) : 0; /* in[t-d] / 2; memory before t = 0 is silent */
        P8_CHECK_EQ(want, s[0]);
        P8_CHECK_EQ(-want, s[1]);
        P8_CHECK_EQ(100 * (t + 1), h->memory[2 * t]); /* write() put the input at the head */
    }
    /* 16 ticks: ~14 instructions per tick plus 2 per batch */
    P8_CHECK(p8_fw_host_stat(&h->fw, P8_STAT_VM_INSTR_MAX) >= 14);
    P8_CHECK(p8_fw_host_stat(&h->fw, P8_STAT_VM_INSTR_MAX) <= 30);
    close_host(h);
}

P8_TEST(Yield_KeepsLocalsAcrossTicksAndNestedUpdates) {
    host_fx *h = open_host(P8_PLAN_DEFAULT);
    P8_REQUIRE(h);
    P8_REQUIRE(load(h, "signal: GLOB *2\nparams: GLOB *PARAM_COUNT\nseen: GLOB *1\n"
                       "update: FUNC\n PARA *1\n $junk: LOCA *8\n MOVi $junk:7 #-1\n PEEK %0 &params:SWITCHES_PARAM_INDEX\n"
                       " POKE &seen %0\n RETU\n"
                       "process: FUNC\n PARA *2\n $n: LOCi\n MOVi $n #0\n"
                       ".l: ADDi $n $n #1\n POKE &signal:0 $n\n PEEK %1 &seen\n POKE &signal:1 %1\n CALL ^yield %0 *1\n GOTO @.l\n RETU\n",
                       0) == P8_OK);
    for (int32_t t = 0; t < 6; t++) {
        if (t == 3) {
            h->params[P8_PARAM_SWITCHES] = P8_SWITCH_REVERSE;
            p8_fw_host_block_begin(&h->fw, h->params); /* update() runs on top of the suspended process() */
        }
        int32_t s[2] = {0, 0};
        tick(h, t, s);
        P8_CHECK_EQ(t + 1, s[0]);
        P8_CHECK_EQ(t < 3 ? 0 : P8_SWITCH_REVERSE, s[1]);
    }
    close_host(h);
}

static const char *const LIFECYCLE =
    "signal: GLOB *2\nparams: GLOB *PARAM_COUNT\nlog: GLOB *16\nn: GLOB *1\n"
    "clockFreqLimit: CNST *1\n DATi #88200\n"
    " CNST *1\n ! SHLi <A> #1 #OPERAND_1_HIGH_PARAM_INDEX\nupdateMask: DATi <A>\n"
    "put: FUNC\n PARA *1\n $c: INPi\n PEEK %0 &n\n POKE &log %0 $c\n ADDi %0 %0 #1\n POKE &n %0\n RETU\n"
    "init: FUNC\n PARA *2\n MOVi %1 #'I'\n CALL &put %0 *2\n RETU\n"
    "update: FUNC\n PARA *2\n MOVi %1 #'U'\n CALL &put %0 *2\n RETU\n"
    "reset: FUNC\n PARA *2\n MOVi %1 #'R'\n CALL &put %0 *2\n RETU\n"
    "process: FUNC\n PARA *2\n MOVi %1 #'P'\n CALL &put %0 *2\n RETU\n";

static void log_of(host_fx *h, char *out) {
    int32_t at;
    uint32_t size;
    p8_fw_bank *b = &h->fw.banks[h->fw.active];
    gazl_lookup(&h->fw.loader, "n", &at, &size);
    int32_t n = gazl_vm_access(&b->vm, (uint32_t)at, 1, 0)->i;
    gazl_lookup(&h->fw.loader, "log", &at, &size);
    gazl_value *w = gazl_vm_access(&b->vm, (uint32_t)at, 16, 0);
    for (int32_t i = 0; i < n && i < 15; i++) out[i] = (char)w[i].i;
    out[n < 15 ? n : 15] = 0;
}

P8_TEST(Lifecycle_InitUpdateResetThenProcess_UpdateMaskFilters) {
    host_fx *h = open_host(P8_PLAN_DEFAULT);
    P8_REQUIRE(h);
    P8_REQUIRE(load(h, LIFECYCLE, 0) == P8_OK);
    char log[16];
    log_of(h, log);
    P8_CHECK(strcmp(log, "IUR") == 0);
    P8_CHECK_EQ(88200, p8_fw_host_clock_freq_limit(&h->fw));
    int32_t s[2] = {0, 0};
    tick(h, 0, s);
    h->params[P8_PARAM_OPERAND_2_LOW] = 9; /* not in updateMask: params[] changes, no update() */
    p8_fw_host_block_begin(&h->fw, h->params);
    tick(h, 1, s);
    h->params[P8_PARAM_OPERAND_1_HIGH] = 200; /* masked: update() */
    p8_fw_host_block_begin(&h->fw, h->params);
    p8_fw_host_block_begin(&h->fw, h->params); /* no change: nothing */
    p8_fw_host_reset(&h->fw);
    tick(h, 2, s);
    log_of(h, log);
    P8_CHECK(strcmp(log, "IURPPURP") == 0);
    p8_fw_bank *b = &h->fw.banks[h->fw.active];
    P8_CHECK_EQ(9, b->g_params[P8_PARAM_OPERAND_2_LOW].i);
    P8_CHECK_EQ(200, b->g_params[P8_PARAM_OPERAND_1_HIGH].i);
    close_host(h);
}

P8_TEST(ModPatch_Operate1HandlesOperate2FallsBack) {
    host_fx *h = open_host(P8_PLAN_DEFAULT);
    P8_REQUIRE(h);
    P8_REQUIRE(load(h, "positions: GLOB *2\nclock: GLOB *1\ndisplayLEDs: GLOB *4\n"
                       "operate1: FUNC\n $r: OUTi\n $a: INPi\n PEEK %0 &positions:0\n SUBi %0 %0 #0x1000\n"
                       " POKE &positions:0 %0\n PEEK %0 &clock\n POKE &positions:1 %0\n POKE &displayLEDs:2 #0x1F0\n"
                       " MOVi $r #1\n RETU\n"
                       "operate2: FUNC\n $r: OUTi\n POKE &positions:0 #0\n MOVi $r #0\n RETU\n",
                       0) == P8_OK);
    P8_CHECK_EQ(P8_FW_KIND_MOD, p8_fw_host_kind(&h->fw));
    int32_t pos[2] = {0x00800, 0x00800};
    P8_CHECK_EQ(1, p8_fw_host_operate(&h->fw, 1, pos, 0x1234, h->memory));
    P8_CHECK_EQ(0xFF800, pos[0]); /* 0x800 - 0x1000 wraps in 20 bits */
    P8_CHECK_EQ(0x1234, pos[1]);
    int32_t before[2] = {pos[0], pos[1]};
    P8_CHECK_EQ(0, p8_fw_host_operate(&h->fw, 2, pos, 0x1234, h->memory)); /* returned 0: stock operator */
    P8_CHECK_EQ(before[0], pos[0]);
    int32_t leds[4];
    p8_fw_host_display(&h->fw, leds);
    P8_CHECK_EQ(0xF0, leds[2]); /* low 8 bits of 0x1F0 */
    close_host(h);
}

P8_TEST(Natives_ReadWriteWrapClampAndWriteProtect) {
    host_fx *h = open_host(P8_PLAN_DEFAULT);
    P8_REQUIRE(h);
    P8_REQUIRE(load(h, "signal: GLOB *2\nbuf: GLOB *6\n"
                       "process: FUNC\n PARA *4\n"
                       " POKE &buf:0 #5000\n POKE &buf:1 #-5000\n POKE &buf:2 #11\n POKE &buf:3 #12\n"
                       " MOVi %1 #65535\n MOVi %2 #2\n MOVp %3 &buf\n CALL ^write %0 *4\n" /* frames 65535 and 0 */
                       " MOVi %1 #-1\n MOVi %2 #3\n MOVp %3 &buf\n CALL ^read %0 *4\n"    /* frames 65535, 0, 1 */
                       " PEEK %0 &buf:0\n POKE &signal:0 %0\n PEEK %0 &buf:3\n MULi %0 %0 #1000\n POKE &signal:1 %0\n"
                       " RETU\n",
                       0) == P8_OK);
    h->memory[2] = 21;
    h->memory[3] = 22;
    int32_t s[2] = {0, 0};
    tick(h, 0, s);
    P8_CHECK_EQ(2047, h->memory[2 * 65535]);      /* clamped */
    P8_CHECK_EQ(-2047, h->memory[2 * 65535 + 1]); /* clamped */
    P8_CHECK_EQ(11, h->memory[0]);
    P8_CHECK_EQ(12, h->memory[1]);
    P8_CHECK_EQ(2047, s[0]);  /* read back the clamped value */
    P8_CHECK_EQ(2047, s[1]);  /* 12 * 1000 clamped on the way out */
    h->memory[0] = 0;
    h->params[P8_PARAM_SWITCHES] = P8_SWITCH_WRITE_PROTECT;
    p8_fw_host_block_begin(&h->fw, h->params);
    tick(h, 1, s);
    P8_CHECK_EQ(0, h->memory[0]); /* WRITE PROTECT: write() does nothing */
    close_host(h);
}

/* One-frame read()/write() run inside the VM (no native call) under the natives' rules: wrapping frame numbers,
 * clamping, locals and globals as targets, WRITE PROTECT, errors with the line; yield() outside process() is a
 * no-op there too. Memory frame 65535 = (100, 200). */
P8_TEST(Natives_OneFrameFastPath_SameRulesAsTheNatives) {
    host_fx *h = open_host(P8_PLAN_DEFAULT);
    P8_REQUIRE(h);
    P8_REQUIRE(load(h, "signal: GLOB *2\nflag: GLOB *1\n"
                       "update: FUNC\n PARA *1\n CALL ^yield %0 *1\n POKE &flag #1\n RETU\n"
                       "process: FUNC\n PARA *4\n $pair: LOCA *2\n"
                       " MOVi $pair:0 #3000\n MOVi $pair:1 #-7\n"
                       " MOVi %1 #65536\n MOVi %2 #1\n ADRL %3 $pair *0\n CALL ^write %0 *4\n" /* frame 0 */
                       " MOVi %1 #-1\n MOVi %2 #1\n ADRL %3 $pair *0\n CALL ^read %0 *4\n"    /* frame 65535 */
                       " MOVi %1 #0\n MOVi %2 #1\n MOVp %3 &signal\n CALL ^read %0 *4\n"
                       " PEEK %0 &signal:1\n ADDi %0 %0 $pair:0\n ADDi %0 %0 $pair:1\n POKE &signal:1 %0\n RETU\n",
                       0) == P8_OK);
    gazl_value *flag = gazl_vm_access(&h->fw.banks[h->fw.active].vm, GAZL_MEM_BASE + 2u, 1, 0);
    P8_CHECK_EQ(1, flag->i); /* update() ran past its yield() */
    h->memory[2 * 65535] = 100;
    h->memory[2 * 65535 + 1] = 200;
    int32_t s[2] = {0, 0};
    tick(h, 0, s);
    P8_CHECK_EQ(2047, h->memory[0]); /* 3000 clamped */
    P8_CHECK_EQ(-7, h->memory[1]);
    P8_CHECK_EQ(2047, s[0]);
    P8_CHECK_EQ(-7 + 100 + 200, s[1]);
    h->memory[0] = 5;
    h->params[P8_PARAM_SWITCHES] = P8_SWITCH_WRITE_PROTECT;
    p8_fw_host_block_begin(&h->fw, h->params);
    tick(h, 1, s);
    P8_CHECK_EQ(5, h->memory[0]); /* WRITE PROTECT */
    /* a one-frame read into readonly data is the native's BAD_POKE, with the line of the call */
    P8_REQUIRE(load(h, "signal: GLOB *2\nro: CNST *2\n DATA #1 #2\nprocess: FUNC\n PARA *4\n"
                       " MOVi %1 #0\n MOVi %2 #1\n MOVp %3 &ro\n CALL ^read %0 *4\n RETU\n",
                       0) == P8_OK);
    tick(h, 2, s);
    int32_t err[3];
    p8_fw_host_error(&h->fw, err);
    P8_CHECK_EQ(P8_FWERR_BAD_POKE, err[0]);
    P8_CHECK_EQ(9, err[1]);
    close_host(h);
}

P8_TEST(Natives_TraceOnlyWithDebugAndAbortStopsFirmware) {
    host_fx *h = open_host(P8_PLAN_DEFAULT);
    P8_REQUIRE(h);
    const char *src = "signal: GLOB *2\nmsg: CNST *4\n DATs hi\n"
                      "init: FUNC\n PARA *2\n MOVp %1 &msg\n CALL ^trace %0 *2\n RETU\n"
                      "process: FUNC\n PARA *1\n CALL ^abort %0 *1\n RETU\n";
    char buf[300];
    P8_REQUIRE(load(h, src, 0) == P8_OK);
    P8_CHECK_EQ(0, pop_log(h, buf, sizeof buf)); /* DEBUG = 0: silent */
    P8_REQUIRE(load(h, src, 1) == P8_OK);
    P8_CHECK_EQ(2, pop_log(h, buf, sizeof buf));
    P8_CHECK(strcmp(buf, "hi") == 0);
    int32_t s[2] = {1, 2};
    tick(h, 0, s);
    P8_CHECK_EQ(P8_FW_ABORTED, p8_fw_host_state(&h->fw));
    P8_CHECK_EQ(P8_FW_KIND_NONE, p8_fw_host_kind(&h->fw)); /* stock operators play */
    int32_t err[3];
    p8_fw_host_error(&h->fw, err);
    P8_CHECK_EQ(P8_FWERR_ABORTED, err[0]);
    close_host(h);
}

P8_TEST(Natives_AssertFailReportsMessageAndLine) {
    host_fx *h = open_host(P8_PLAN_DEFAULT);
    P8_REQUIRE(h);
    P8_REQUIRE(load(h, "signal: GLOB *2\ntext: CNST *8\n DATs (x > 0)\n"
                       "process: FUNC\n PARA *2\n"
                       " ! EQUi #DEBUG #0 @.skip\n MOVp %1 &text\n CALL ^assertFail %0 *1\n.skip: RETU\n",
                       1) == P8_OK);
    int32_t s[2] = {0, 0};
    tick(h, 0, s);
    P8_CHECK_EQ(P8_FW_STOPPED, p8_fw_host_state(&h->fw));
    int32_t err[3];
    p8_fw_host_error(&h->fw, err);
    P8_CHECK_EQ(P8_FWERR_ASSERT, err[0]);
    P8_CHECK_EQ(8, err[1]); /* the CALL ^assertFail line */
    P8_CHECK(strstr(p8_fw_host_message(&h->fw), "(x > 0)") != NULL);
    /* DEBUG = 0: the assert is compiled out */
    P8_REQUIRE(load(h, "signal: GLOB *2\nprocess: FUNC\n PARA *2\n ! EQUi #DEBUG #0 @.skip\n"
                       " CALL ^assertFail %0 *1\n.skip: RETU\n", 0) == P8_OK);
    tick(h, 1, s);
    P8_CHECK_EQ(P8_FW_RUNNING, p8_fw_host_state(&h->fw));
    close_host(h);
}

P8_TEST(RuntimeError_StopsWithCodeLineAndTicks_TimeoutToo) {
    host_fx *h = open_host(P8_PLAN_DEFAULT);
    P8_REQUIRE(h);
    P8_REQUIRE(load(h, "signal: GLOB *2\nclock: GLOB *1\n"
                       "process: FUNC\n $r: OUTi\n PEEK %0 &clock\n SUBi %0 #3 %0\n DIVi %0 #10 %0\n RETU\n",
                       0) == P8_OK);
    int32_t s[2] = {0, 0};
    for (int32_t t = 0; t < 5; t++) tick(h, t, s);
    int32_t err[3];
    p8_fw_host_error(&h->fw, err);
    P8_CHECK_EQ(P8_FWERR_DIVISION_BY_ZERO, err[0]);
    P8_CHECK_EQ(7, err[1]); /* the DIVi line */
    P8_CHECK_EQ(3, err[2]); /* ticks 0, 1, 2 ran; tick 3 divided by 3 - 3 */
    P8_CHECK(strstr(p8_fw_host_message(&h->fw), "division by zero (line 7)") != NULL);
    char buf[300];
    P8_CHECK(pop_log(h, buf, sizeof buf) > 0 && strstr(buf, "firmware stopped") != NULL);
    h->fw.tick_budget = 1000;
    P8_REQUIRE(load(h, "signal: GLOB *2\nprocess: FUNC\n.l: GOTO @.l\n RETU\n", 0) == P8_OK);
    tick(h, 0, s);
    p8_fw_host_error(&h->fw, err);
    P8_CHECK_EQ(P8_FWERR_TIMEOUT, err[0]);
    close_host(h);
}

P8_TEST(FailedLoad_KeepsTheRunningFirmware) {
    host_fx *h = open_host(P8_PLAN_DEFAULT);
    P8_REQUIRE(h);
    P8_REQUIRE(load(h, "signal: GLOB *2\nprocess: FUNC\n POKE &signal:0 #42\n RETU\n", 0) == P8_OK);
    P8_CHECK_EQ(P8_ERR_LOAD, p8_fw_host_load(&h->fw, "signal: GLOB *2\nprocess: FUNC\n BOGUS\n RETU\n", "", 0, 0));
    P8_CHECK(strstr(p8_fw_host_message(&h->fw), "line 3:") != NULL);
    P8_CHECK_EQ(P8_ERR_LOAD, p8_fw_host_load(&h->fw, "init: FUNC\n CALL ^abort %0 *1\n RETU\n"
                                                     "signal: GLOB *2\nprocess: FUNC\n RETU\n", "", 0, 0));
    P8_CHECK(strstr(p8_fw_host_message(&h->fw), "init() called abort()") != NULL);
    P8_CHECK_EQ(P8_ERR_LOAD, p8_fw_host_load(&h->fw, "x: GLOB *1\n", "", 0, 0));
    P8_CHECK_EQ(P8_ERR_LOAD, p8_fw_host_load(&h->fw, "process: FUNC\n RETU\n", "", 0, 0)); /* no signal[] */
    P8_CHECK_EQ(P8_ERR_LOAD, p8_fw_host_load(&h->fw, "operate1: FUNC\n RETU\n", "", 0, 0)); /* no positions[] */
    p8_fw_host_block_begin(&h->fw, h->params);
    int32_t s[2] = {0, 0};
    tick(h, 0, s);
    P8_CHECK_EQ(42, s[0]);
    p8_fw_host_unload(&h->fw);
    p8_fw_host_block_begin(&h->fw, h->params);
    P8_CHECK_EQ(P8_FW_KIND_NONE, p8_fw_host_kind(&h->fw));
    P8_CHECK_EQ(P8_FW_NONE, p8_fw_host_state(&h->fw));
    close_host(h);
}

P8_TEST(Globals_ConfigInstanceHostPositionAndBudgetsPerPlan) {
    host_fx *h = open_host(P8_PLAN_DEFAULT);
    P8_REQUIRE(h);
    P8_REQUIRE(p8_fw_host_load(&h->fw, "signal: GLOB *2\nconfig: GLOB *4\ninstance: GLOB *1\nhostPosition: GLOB *1\n"
                                       "process: FUNC\n PEEK %0 &config:1\n POKE &signal:0 %0\n PEEK %0 &hostPosition\n"
                                       " POKE &signal:1 %0\n RETU\n",
                                       "hello", 0, 99) == P8_OK);
    p8_fw_host_block_begin(&h->fw, h->params);
    p8_fw_bank *b = &h->fw.banks[h->fw.active];
    int32_t at;
    gazl_lookup(&h->fw.loader, "config", &at, NULL);
    gazl_value *c = gazl_vm_access(&b->vm, (uint32_t)at, 4, 0);
    P8_CHECK_EQ('h', c[0].i); /* one character per word, truncated to fit the terminator */
    P8_CHECK_EQ('l', c[2].i);
    P8_CHECK_EQ(0, c[3].i);
    gazl_lookup(&h->fw.loader, "instance", &at, NULL);
    P8_CHECK_EQ(99, gazl_vm_access(&b->vm, (uint32_t)at, 1, 0)->i);
    int32_t s[2] = {0, 0};
    p8_fw_host_process(&h->fw, s, 0, 1920 * 4, h->memory);
    P8_CHECK_EQ('e', s[0]);
    P8_CHECK_EQ(2047, s[1]); /* hostPosition 7680 reached the firmware; signal clamped on the way out */
    P8_CHECK_EQ(P8_ERR_LOAD, p8_fw_host_load(&h->fw, "big: GLOB *100000\n", "", 0, 0));
    P8_CHECK(strstr(p8_fw_host_message(&h->fw), "memory budget") != NULL);
    close_host(h);
    /* the seed plan fits a small mod patch but not a 4096-entry table */
    h = open_host(P8_PLAN_SEED);
    P8_REQUIRE(h);
    P8_CHECK_EQ(P8_OK, p8_fw_host_load(&h->fw, "positions: GLOB *2\noperate1: FUNC\n $r: OUTi\n RETU\n", "", 0, 0));
    P8_CHECK_EQ(P8_ERR_LOAD, p8_fw_host_load(&h->fw, "t: GLOB *4097\nsignal: GLOB *2\nprocess: FUNC\n RETU\n", "", 0, 0));
    close_host(h);
}

P8_TEST(HostConstants_OneTableFromTheEngineEnums) {
    int32_t n = p8_host_constant_count();
    P8_CHECK(n >= 29);
    int found = 0;
    for (int32_t i = 0; i < n; i++) {
        uint8_t name[64];
        P8_CHECK(p8_host_constant_name(i, name, sizeof name) > 0);
        int32_t v = p8_host_constant_value(i);
        if (strcmp((char *)name, "PARAM_COUNT") == 0) found += v == P8_PARAM_COUNT;
        if (strcmp((char *)name, "SWITCHES_WRITE_PROTECT_MASK") == 0) found += v == P8_SWITCH_WRITE_PROTECT;
        if (strcmp((char *)name, "OPERATOR_2_SUB") == 0) found += v == P8_OP2_SUB;
        if (strcmp((char *)name, "CLOCK_FREQ_PARAM_INDEX") == 0) found += v == P8_PARAM_CLOCK_FREQ;
        if (strcmp((char *)name, "HOST_POSITION_PPQ") == 0) found += v == 1920;
        if (strcmp((char *)name, "POSITION_FRACT_BITS") == 0) found += v == 4;
        P8_CHECK(strcmp((char *)name, "DEBUG") != 0); /* per load, not in the table */
    }
    P8_CHECK_EQ(6, found);
    uint8_t tiny[4];
    P8_CHECK_EQ(P8_ERR_BUFFER_TOO_SMALL, p8_host_constant_name(0, tiny, sizeof tiny));
    P8_CHECK_EQ(P8_ERR_BAD_ARGUMENT, p8_host_constant_name(n, tiny, sizeof tiny));
}

int main(void) {
    return P8_RUN(FullPatch_BatchedDelay_MatchesHandComputedOutput, Yield_KeepsLocalsAcrossTicksAndNestedUpdates,
                  Lifecycle_InitUpdateResetThenProcess_UpdateMaskFilters, ModPatch_Operate1HandlesOperate2FallsBack,
                  Natives_ReadWriteWrapClampAndWriteProtect, Natives_OneFrameFastPath_SameRulesAsTheNatives,
                  Natives_TraceOnlyWithDebugAndAbortStopsFirmware,
                  Natives_AssertFailReportsMessageAndLine, RuntimeError_StopsWithCodeLineAndTicks_TimeoutToo,
                  FailedLoad_KeepsTheRunningFirmware, Globals_ConfigInstanceHostPositionAndBudgetsPerPlan,
                  HostConstants_OneTableFromTheEngineEnums);
}
