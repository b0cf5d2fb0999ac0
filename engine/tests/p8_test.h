/*
 * p8_test.h — the engine's C test harness: plain C11, stdio only, so the same test programs run on x86-64,
 * under qemu-arm and on the lx106 QEMU sim with semihosting. Each program ends with "N passed, M failed" and
 * exits non-zero when anything failed.
 *
 *   P8_TEST(name) { P8_CHECK_EQ(expected, actual); … }
 *   int main(void) { return P8_RUN(test_a, test_b); }
 */
#ifndef P8_TEST_H
#define P8_TEST_H

#include <stdio.h>
#include <stdint.h>

typedef struct {
    int checks_failed; /* failures in the current test */
    int passed;
    int failed;
} p8_test_state;

static p8_test_state p8_test_g;

#define P8_TEST(name) static void name(void)

#define P8_CHECK(cond)                                                                                   \
    do {                                                                                                 \
        if (!(cond)) {                                                                                   \
            p8_test_g.checks_failed++;                                                                   \
            printf("  FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                                    \
        }                                                                                                \
    } while (0)

#define P8_CHECK_EQ(expected, actual)                                                                    \
    do {                                                                                                 \
        long long p8_e_ = (long long)(expected), p8_a_ = (long long)(actual);                            \
        if (p8_e_ != p8_a_) {                                                                            \
            p8_test_g.checks_failed++;                                                                   \
            printf("  FAIL %s:%d: %s == %s: expected %lld, got %lld\n", __FILE__, __LINE__, #expected,  \
                   #actual, p8_e_, p8_a_);                                                              \
        }                                                                                                \
    } while (0)

/* Stops the current test early (after reporting) when a precondition fails. */
#define P8_REQUIRE(cond)                                                                                 \
    do {                                                                                                 \
        if (!(cond)) {                                                                                   \
            p8_test_g.checks_failed++;                                                                   \
            printf("  FAIL %s:%d: required %s\n", __FILE__, __LINE__, #cond);                           \
            return;                                                                                      \
        }                                                                                                \
    } while (0)

typedef void (*p8_test_fn)(void);

static int p8_test_run(const char *names, p8_test_fn *tests, int count) {
    const char *p = names;
    for (int i = 0; i < count; i++) {
        char name[96];
        int n = 0;
        while (*p == ' ' || *p == ',') p++;
        while (*p && *p != ',' && n < (int)sizeof name - 1) name[n++] = *p++;
        name[n] = 0;
        p8_test_g.checks_failed = 0;
        tests[i]();
        if (p8_test_g.checks_failed == 0) {
            p8_test_g.passed++;
            printf("ok   %s\n", name);
        } else {
            p8_test_g.failed++;
            printf("FAIL %s\n", name);
        }
    }
    printf("%d passed, %d failed\n", p8_test_g.passed, p8_test_g.failed);
    fflush(stdout);
    return p8_test_g.failed == 0 ? 0 : 1;
}

#define P8_RUN(...)                                                                                      \
    p8_test_run(#__VA_ARGS__, (p8_test_fn[]){__VA_ARGS__},                                               \
                (int)(sizeof((p8_test_fn[]){__VA_ARGS__}) / sizeof(p8_test_fn)))

#endif
