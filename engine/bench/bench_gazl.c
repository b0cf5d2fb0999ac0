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

#include "bench_firmwares.h"

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
        bench(&s, "echo", BENCH_FW_ECHO, ticks);
        bench(&s, "tremolo", BENCH_FW_TREMOLO, ticks);
    }
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "echo") == 0) {
            bench(&s, "echo", BENCH_FW_ECHO, ticks);
            continue;
        }
        if (strcmp(argv[i], "tremolo") == 0) {
            bench(&s, "tremolo", BENCH_FW_TREMOLO, ticks);
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
