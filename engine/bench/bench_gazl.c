/*
 * bench_gazl.c — VM cost of firmwares written in the SDK's idioms (batched yield loop, globals copied to locals
 * per batch, read/write on the delay memory, table lookup with interpolation).
 *   bench_gazl [ticks] [echo|tremolo|file.gazl ...]   default: 48000 ticks of each built-in firmware
 * Prints VM instructions per tick and ns per tick (best of BENCH_GAZL_PASSES timed passes, default 3). Host
 * instructions per tick / per VM instruction (what tools/bench.sh gazl reports):
 *   BENCH_GAZL_PASSES=1 valgrind --tool=callgrind --toggle-collect=p8_fw_host_process \
 *       --toggle-collect=p8_fw_host_block_begin bench_gazl 20000 echo
 * then divide the total Ir by the ticks and by the VM instructions printed (the bench loop itself is excluded).
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "p8_firmware_host.h"

/* Delay with feedback-free echo: write at the head, read 3 taps back, mix. */
static const char *const ECHO =
    "signal: GLOB *2\nclock: GLOB *1\nparams: GLOB *PARAM_COUNT\ndelay: GLOB *1\ngain: GLOB *1\n"
    "update: FUNC\n PARA *1\n PEEK %0 &params:OPERAND_1_HIGH_PARAM_INDEX\n SHLi %0 %0 #6\n ADDi %0 %0 #64\n"
    " POKE &delay %0\n PEEK %0 &params:OPERAND_1_LOW_PARAM_INDEX\n POKE &gain %0\n RETU\n"
    "process: FUNC\n PARA *1\n $i: LOCi\n $d: LOCi\n $g: LOCi\n $c: LOCi\n $pair: LOCA *2\n"
    ".top: PEEK $d &delay\n PEEK $g &gain\n MOVi $i #0\n"
    ".l: PEEK $c &clock\n MOVi %1 $c\n MOVi %2 #1\n MOVp %3 &signal\n CALL ^write %0 *4\n"
    " SUBi %1 $c $d\n MOVi %2 #1\n ADRL %3 $pair *0\n CALL ^read %0 *4\n"
    " MULi %0 $pair:0 $g\n SHRi %0 %0 #8\n PEEK %1 &signal:0\n ADDi %0 %0 %1\n POKE &signal:0 %0\n"
    " MULi %0 $pair:1 $g\n SHRi %0 %0 #8\n PEEK %1 &signal:1\n ADDi %0 %0 %1\n POKE &signal:1 %0\n"
    " CALL ^yield %0 *1\n FORi $i #64 @.l\n GOTO @.top\n RETU\n";

/* Tremolo: a 256-entry triangle table built in init(), phase accumulator, interpolated lookup per sample. */
static const char *const TREMOLO =
    "signal: GLOB *2\nparams: GLOB *PARAM_COUNT\nrate: GLOB *1\ntable: GLOB *257\n"
    "init: FUNC\n $i: LOCi\n MOVi $i #0\n"
    ".l: SUBi %0 $i #128\n ABSi %0 %0\n SHLi %0 %0 #8\n SUBi %0 #32768 %0\n POKE &table $i %0\n FORi $i #257 @.l\n RETU\n"
    "update: FUNC\n PARA *1\n PEEK %0 &params:OPERAND_2_HIGH_PARAM_INDEX\n ADDi %0 %0 #1\n POKE &rate %0\n RETU\n"
    "process: FUNC\n PARA *1\n $i: LOCi\n $ph: LOCi\n $r: LOCi\n $p: LOCp\n $a: LOCi\n $b: LOCi\n $f: LOCi\n $m: LOCi\n"
    " MOVi $ph #0\n"
    ".top: PEEK $r &rate\n MOVi $i #0\n"
    ".l: ADDi $ph $ph $r\n ANDi $ph $ph #0xFFFF\n SHRi %0 $ph #8\n ADDp $p &table %0\n PEEK $a $p\n PEEK $b $p #1\n"
    " ANDi $f $ph #0xFF\n SUBi %0 $b $a\n MULi %0 %0 $f\n SHRi %0 %0 #8\n ADDi $m $a %0\n"
    " PEEK %0 &signal:0\n MULi %0 %0 $m\n SHRi %0 %0 #15\n POKE &signal:0 %0\n"
    " PEEK %0 &signal:1\n MULi %0 %0 $m\n SHRi %0 %0 #15\n POKE &signal:1 %0\n"
    " CALL ^yield %0 *1\n FORi $i #32 @.l\n GOTO @.top\n RETU\n";

typedef struct {
    p8_mem mem;
    p8_fw_host fw;
    int16_t memory[P8_MEMORY_FRAMES * 2];
} bench_state;

/* The measured part: `ticks` process() calls. Returns the VM instructions executed. */
__attribute__((noinline)) long long bench_run(bench_state *s, int32_t ticks, const int32_t *params) {
    long long vm = 0;
    for (int32_t t = 0; t < ticks; t++) {
        if ((t & 31) == 0) p8_fw_host_block_begin(&s->fw, params);
        int32_t sig[2] = {(t * 37) % 3000 - 1500, (t * 53) % 3000 - 1500};
        p8_fw_host_process(&s->fw, sig, (uint16_t)t, -1, s->memory);
        vm += s->fw.tick_budget - s->fw.banks[s->fw.active].vm.budget_left;
    }
    return vm;
}

static void bench(bench_state *s, const char *name, const char *text, int32_t ticks) {
    int32_t params[P8_PARAM_COUNT] = {44100, 0, 0, 20, 128, 0, 3, 0};
    p8_fw_host_block_begin(&s->fw, params);
    if (p8_fw_host_load(&s->fw, text, "", 0, 1) != P8_OK) {
        printf("%-12s load failed: %s\n", name, p8_fw_host_message(&s->fw));
        return;
    }
    p8_fw_host_block_begin(&s->fw, params);
    long long vm = 0;
    double ns = 0;
    const char *env = getenv("BENCH_GAZL_PASSES"); /* 1 under callgrind (tools/bench.sh) */
    int passes = env && atoi(env) > 0 ? atoi(env) : 3;
    for (int pass = 0; pass < passes; pass++) { /* the VM instructions of the first pass; the fastest pass's time */
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        long long n = bench_run(s, ticks, params);
        clock_gettime(CLOCK_MONOTONIC, &b);
        double t = (double)(b.tv_sec - a.tv_sec) * 1e9 + (double)(b.tv_nsec - a.tv_nsec);
        if (pass == 0) vm = n;
        if (pass == 0 || t < ns) ns = t;
    }
    printf("%-12s %d ticks  %lld VM instructions  %.1f VM instr/tick  %.1f ns/tick  state %d\n", name, (int)ticks, vm,
           (double)vm / ticks, ns / ticks, (int)p8_fw_host_state(&s->fw));
}

int main(int argc, char **argv) {
    int32_t ticks = argc > 1 ? atoi(argv[1]) : 48000;
    static bench_state s;
    if (p8_mem_init(&s.mem, P8_PLAN_DEFAULT, p8_mem_hook_malloc()) != P8_OK) return 1;
    if (p8_fw_host_init(&s.fw, &s.mem, NULL) != P8_OK) return 1;
    p8_mem_seal(&s.mem);
    if (argc <= 2) {
        bench(&s, "echo", ECHO, ticks);
        bench(&s, "tremolo", TREMOLO, ticks);
    }
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "echo") == 0) {
            bench(&s, "echo", ECHO, ticks);
            continue;
        }
        if (strcmp(argv[i], "tremolo") == 0) {
            bench(&s, "tremolo", TREMOLO, ticks);
            continue;
        }
        FILE *f = fopen(argv[i], "rb");
        if (!f) return 1;
        static char text[1 << 20];
        size_t n = fread(text, 1, sizeof text - 1, f);
        fclose(f);
        text[n] = 0;
        bench(&s, argv[i], text, ticks);
    }
    p8_mem_release(&s.mem);
    return 0;
}
