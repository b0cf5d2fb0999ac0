/*
 * lx106_softfloat.c — how much of the lx106 count is software floating point, and what the ESP32 would pay
 * instead. Built only for the counting run of `tools/targets.sh bench` (-DBENCH_FLOAT_COUNT, linked with
 * -Wl,--wrap=<helper> for each helper below): every call the engine makes to a soft-float helper goes through a
 * wrapper that counts it and the instructions spent inside it. The ESP32 has a single-precision FPU, so
 *   ESP32 estimate = lx106 instructions outside the helpers
 *                  + single-precision operations x an assumed FPU cost
 *                  + lx106 instructions inside double helpers (software on the ESP32 too).
 * The normal build gets a zero snapshot.
 */
#include "lx106_bench.h"

#ifndef BENCH_FLOAT_COUNT

bench_float_stats bench_float_snapshot(void) {
    bench_float_stats z = {{0}, 0, 0};
    return z;
}

int bench_float_report(const bench_program *programs, int count, uint32_t overhead) {
    (void)programs, (void)count, (void)overhead;
    return 1;
}

#else

/* Assumed ESP32 cycles per single-precision operation: FPU add/mul/compare/convert issue in one cycle but the
 * engine's chains of dependent operations wait for the result (~4-cycle latency) and move values between the
 * FPU and integer registers; division has no FPU instruction (a Newton-Raphson sequence in libgcc). */
static const uint32_t bench_esp32_cost[BENCH_F_KINDS] = {3, 3, 30, 3, 3, 0};
static const char *const bench_kind_name[BENCH_F_KINDS] = {"add/sub", "mul", "div", "int<->float", "compare",
                                                           "double (any)"};

/* The wrappers have no way to receive a context: the counters are the benchmark's one global. */
static bench_float_stats bench_float;

bench_float_stats bench_float_snapshot(void) { return bench_float; }

#define BENCH_WRAP2(name, kind, field, T, R)                                                                     \
    R __real_##name(T a, T b);                                                                                   \
    R __wrap_##name(T a, T b);                                                                                   \
    R __wrap_##name(T a, T b) {                                                                                  \
        uint32_t t = bench_icount();                                                                             \
        R r = __real_##name(a, b);                                                                               \
        bench_float.field += bench_icount() - t;                                                                 \
        bench_float.calls[kind]++;                                                                               \
        return r;                                                                                                \
    }
#define BENCH_WRAP1(name, kind, field, T, R)                                                                     \
    R __real_##name(T a);                                                                                        \
    R __wrap_##name(T a);                                                                                        \
    R __wrap_##name(T a) {                                                                                       \
        uint32_t t = bench_icount();                                                                             \
        R r = __real_##name(a);                                                                                  \
        bench_float.field += bench_icount() - t;                                                                 \
        bench_float.calls[kind]++;                                                                               \
        return r;                                                                                                \
    }

BENCH_WRAP2(__addsf3, BENCH_F_ADD, inside_single, float, float)
BENCH_WRAP2(__subsf3, BENCH_F_ADD, inside_single, float, float)
BENCH_WRAP2(__mulsf3, BENCH_F_MUL, inside_single, float, float)
BENCH_WRAP2(__divsf3, BENCH_F_DIV, inside_single, float, float)
BENCH_WRAP2(__eqsf2, BENCH_F_CMP, inside_single, float, int)
BENCH_WRAP2(__nesf2, BENCH_F_CMP, inside_single, float, int)
BENCH_WRAP2(__ltsf2, BENCH_F_CMP, inside_single, float, int)
BENCH_WRAP2(__lesf2, BENCH_F_CMP, inside_single, float, int)
BENCH_WRAP2(__gtsf2, BENCH_F_CMP, inside_single, float, int)
BENCH_WRAP2(__gesf2, BENCH_F_CMP, inside_single, float, int)
BENCH_WRAP1(__floatsisf, BENCH_F_CONV, inside_single, int, float)
BENCH_WRAP1(__floatunsisf, BENCH_F_CONV, inside_single, unsigned, float)
BENCH_WRAP1(__fixsfsi, BENCH_F_CONV, inside_single, float, int)
BENCH_WRAP1(__fixunssfsi, BENCH_F_CONV, inside_single, float, unsigned)
BENCH_WRAP2(__adddf3, BENCH_F_DOUBLE, inside_double, double, double)
BENCH_WRAP2(__subdf3, BENCH_F_DOUBLE, inside_double, double, double)
BENCH_WRAP2(__muldf3, BENCH_F_DOUBLE, inside_double, double, double)
BENCH_WRAP2(__divdf3, BENCH_F_DOUBLE, inside_double, double, double)
BENCH_WRAP2(__ltdf2, BENCH_F_DOUBLE, inside_double, double, int)
BENCH_WRAP2(__gtdf2, BENCH_F_DOUBLE, inside_double, double, int)
BENCH_WRAP2(__nedf2, BENCH_F_DOUBLE, inside_double, double, int)
BENCH_WRAP1(__extendsfdf2, BENCH_F_DOUBLE, inside_double, float, double)
BENCH_WRAP1(__truncdfsf2, BENCH_F_DOUBLE, inside_double, double, float)
BENCH_WRAP1(__floatsidf, BENCH_F_DOUBLE, inside_double, int, double)

/* Instructions a wrapper adds outside what it counts, per call (exact to about one instruction): the same
 * loop calling an empty function, the helper directly, and the wrapper. With E = empty body, H = helper body,
 * R = the wrapper's counted part besides H, W = the wrapper's whole extra:
 *   direct - empty = N (H - E);  counted = N (R + H);  wrapped - direct = N W  ->  W - R - E. */
__attribute__((noinline, noipa)) static float bench_empty2(float a, float b) {
    (void)b;
    return a;
}

static uint32_t bench_wrapper_extra(void) {
    enum { N = 256 };
    /* Called through a volatile pointer: the same call in every loop, and the wrapper cannot be inlined. */
    float (*volatile fn)(float, float) = bench_empty2;
    volatile float x = 1.25f, y = 3.5f, r;
    bench_float_stats saved = bench_float;
    uint32_t t0 = bench_icount();
    for (int i = 0; i < N; i++) r = fn(x, y);
    uint32_t empty = bench_icount() - t0;
    fn = __real___mulsf3;
    t0 = bench_icount();
    for (int i = 0; i < N; i++) r = fn(x, y);
    uint32_t direct = bench_icount() - t0;
    fn = __wrap___mulsf3;
    t0 = bench_icount();
    for (int i = 0; i < N; i++) r = fn(x, y);
    uint32_t wrapped = bench_icount() - t0;
    uint32_t counted = (uint32_t)(bench_float.inside_single - saved.inside_single);
    (void)r;
    bench_float = saved;
    return ((wrapped - direct) - (counted - (direct - empty))) / N;
}


int bench_float_report(const bench_program *programs, int count, uint32_t overhead) {
    const uint32_t frames = (uint32_t)BENCH_BLOCKS * P8_BLOCK_FRAMES;
    uint32_t extra = bench_wrapper_extra();
    int failed = 0;
    printf("## Software floating point, and an ESP32 estimate\n\n");
    printf("From a second build in which every soft-float helper call of the engine is counted (`-Wl,--wrap`; "
           "%lu wrapper instructions per call taken out again). Operations per frame are exact; the ESP32 "
           "column is an **estimate**: lx106 instructions outside the helpers + single-precision operations at "
           "an assumed FPU cost (add/sub, mul, compare, conversion %lu cycles; division %lu) + double helpers "
           "as counted (software on the ESP32 too). The ESP32's `madd.s` fuses a multiply with an add, so dot products (the "
           "resampler's taps) may cost as little as half of this. It still inherits every caveat of the lx106 "
           "counts.\n\n",
           (unsigned long)extra, (unsigned long)bench_esp32_cost[BENCH_F_ADD],
           (unsigned long)bench_esp32_cost[BENCH_F_DIV]);
    printf("| program |");
    for (int k = 0; k < BENCH_F_KINDS; k++) printf(" %s /frame |", bench_kind_name[k]);
    printf(" lx106 insns in helpers | lx106 insns outside | ESP32 estimate, cycles/frame | %% of budget |\n|---|");
    for (int k = 0; k < BENCH_F_KINDS + 4; k++) printf("---:|");
    printf("\n");
    for (int i = 0; i < count; i++) {
        bench_result r = bench_run(&programs[i], 0, overhead);
        printf("| %s |", programs[i].name);
        if (r.status < 0) {
            printf(" engine error %ld |\n", (long)r.status);
            failed = 1;
            continue;
        }
        uint64_t calls = 0, fpu = 0;
        for (int k = 0; k < BENCH_F_KINDS; k++) {
            calls += r.floats.calls[k];
            fpu += (uint64_t)r.floats.calls[k] * bench_esp32_cost[k];
            bench_print_per_frame(r.floats.calls[k], frames);
        }
        uint64_t inside = r.floats.inside_single + r.floats.inside_double;
        uint64_t outside = r.total - inside - calls * extra;
        uint64_t estimate = outside + fpu + r.floats.inside_double;
        bench_print_per_frame(inside, frames);
        bench_print_per_frame(outside, frames);
        bench_print_per_frame(estimate, frames);
        uint32_t pm = (uint32_t)(estimate * 1000u / frames / BENCH_BUDGET_CYCLES);
        printf(" %lu.%lu %% |\n", (unsigned long)(pm / 10u), (unsigned long)(pm % 10u));
    }
    printf("\n");
    fflush(stdout);
    return failed;
}

#endif
