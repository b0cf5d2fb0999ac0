/*
 * libgcc_di.c — the four 64-bit helpers Debian's lx106 libgcc.a leaves out (the ESP8266 ROM has them), written
 * on top of helpers that are present (__udivmoddi4 and __divmoddi4 in libgcc.a, __umulsidi3 assembled from
 * lib1funcs.S). tools/targets.sh libgcc puts them into libgccrom.a.
 */
#include <stdint.h>

uint64_t __udivmoddi4(uint64_t n, uint64_t d, uint64_t *rem);
int64_t __divmoddi4(int64_t n, int64_t d, int64_t *rem);
uint64_t __umulsidi3(uint32_t a, uint32_t b);
int64_t __muldi3(int64_t a, int64_t b);
int64_t __divdi3(int64_t a, int64_t b);
uint64_t __udivdi3(uint64_t a, uint64_t b);
uint64_t __umoddi3(uint64_t a, uint64_t b);

/* Low 64 bits of the product: al*bl in full plus the cross terms shifted up (ah*bh drops out). */
int64_t __muldi3(int64_t a, int64_t b) {
    uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
    uint32_t al = (uint32_t)ua, ah = (uint32_t)(ua >> 32), bl = (uint32_t)ub, bh = (uint32_t)(ub >> 32);
    return (int64_t)(__umulsidi3(al, bl) + ((uint64_t)(al * bh + ah * bl) << 32));
}

/* __divmoddi4 always stores the remainder, so it needs a real pointer. */
int64_t __divdi3(int64_t a, int64_t b) {
    int64_t r;
    return __divmoddi4(a, b, &r);
}

uint64_t __udivdi3(uint64_t a, uint64_t b) {
    uint64_t r;
    return __udivmoddi4(a, b, &r);
}

uint64_t __umoddi3(uint64_t a, uint64_t b) {
    uint64_t r;
    __udivmoddi4(a, b, &r);
    return r;
}
