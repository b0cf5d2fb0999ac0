/*
 * selftest.c — proves the lx106 sim glue: semihosted stdout, exit status, exception exit codes, the ROM libgcc
 * helpers (64-bit and float arithmetic, printf of doubles), malloc of the engine's order of size, and that
 * ICOUNT counts exactly. Expected values are worked out by hand in the comments.
 *   argv[1]: ok (default) | exit7 | load (unmapped load -> 0x73) | store (unmapped store -> 0x73) | assert (134)
 */
#include <assert.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline uint32_t sim_icount(void) {
    uint32_t v;
    __asm__ volatile("rsr.icount %0" : "=r"(v));
    return v;
}

static int failures;

static void check(int ok, const char *what) {
    printf("%s %s\n", ok ? "ok  " : "FAIL", what);
    if (!ok) failures++;
}

int main(int argc, char **argv) {
    const char *mode = argc > 1 ? argv[1] : "ok";
    volatile uint32_t bad = 0x10000000u; /* not mapped on the sim machine */
    if (strcmp(mode, "exit7") == 0) return 7;
    if (strcmp(mode, "load") == 0) return (int)*(volatile uint32_t *)(uintptr_t)bad;
    if (strcmp(mode, "store") == 0) {
        *(volatile uint32_t *)(uintptr_t)bad = 1;
        return 0;
    }
    if (strcmp(mode, "assert") == 0) assert(mode[0] == 'x');

    printf("lx106 sim selftest\n");
    volatile int64_t a = -123456789012345LL, b = 1000003;
    /* -123456418 * 1000003 = -123456788369254; minus 643091 gives a. */
    check(a / b == -123456418LL && a % b == -643091LL, "64-bit signed divide");
    check((uint64_t)a * 3u == (uint64_t)-370370367037035LL, "64-bit multiply");
    volatile int32_t n = -1000, d = 7;
    check(n / d == -142 && n % d == -6, "32-bit divide");
    volatile float x = 1.5f, y = -2.25f;
    check(x * y == -3.375f && x + y == -0.75f, "soft float");
    volatile double p = 0.1, q = 3.0;
    char text[32];
    snprintf(text, sizeof text, "%.3f %lld", p * q, (long long)a);
    check(strcmp(text, "0.300 -123456789012345") == 0, "printf %f %lld");
    _Atomic uint32_t word = 5;
    uint32_t expected = 4;
    int swapped_wrong = atomic_compare_exchange_strong(&word, &expected, 9); /* fails, expected <- 5 */
    int swapped = atomic_compare_exchange_strong(&word, &expected, 9);       /* succeeds: word 9 */
    uint32_t old = atomic_exchange(&word, 12);
    uint32_t before_add = atomic_fetch_add(&word, 3);
    check(!swapped_wrong && swapped && old == 9 && before_add == 12 && atomic_load(&word) == 15,
          "atomic compare-exchange, exchange, fetch_add");
    FILE *own = fopen("selftest.c", "r"); /* run from targets/xtensa-sim */
    char first[8] = {0};
    check(own != NULL && fgets(first, sizeof first, own) != NULL && strcmp(first, "/*\n") == 0,
          "fopen/fgets a host file");
    if (own) fclose(own);
    uint8_t *big = malloc(2u << 20); /* the engine's plan is ~1 MiB; take twice that */
    check(big != NULL, "malloc 2 MiB");
    if (big) {
        memset(big, 0x5A, 2u << 20);
        check(big[(2u << 20) - 1] == 0x5A, "heap writable to the end");
        free(big);
    }
    /* rsr; nop; nop; nop; rsr: the second read sees the first read's and the three nops' retirement = 4. */
    uint32_t t0, t1;
    __asm__ volatile("rsr.icount %0\n nop\n nop\n nop\n rsr.icount %1" : "=&r"(t0), "=r"(t1));
    check(t1 - t0 == 4, "ICOUNT counts one per instruction");
    uint32_t c0 = sim_icount();
    volatile uint32_t sink = 0;
    for (int i = 0; i < 100000; i++) sink += (uint32_t)i;
    uint32_t used = sim_icount() - c0;
    printf("loop of 100000: %u instructions\n", (unsigned)used);
    check(used >= 300000 && used < 1000000, "ICOUNT is running");
    /* Start 8 below the wrap: the debug handler must clear ICOUNT and resume, so counting goes on from 0. */
    uint32_t w;
    __asm__ volatile("wsr.icount %1\n isync\n nop\n nop\n nop\n nop\n nop\n nop\n nop\n nop\n nop\n nop\n"
                     " nop\n nop\n rsr.icount %0"
                     : "=r"(w)
                     : "r"(0xFFFFFFF8u));
    printf("ICOUNT after wrap: %u\n", (unsigned)w);
    check(w > 0 && w < 16, "ICOUNT wrap resumes");
    fflush(stdout);
    return failures;
}
