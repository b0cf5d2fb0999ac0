// p8-targets: host-only
/* Two-thread stress of the SPSC ring and the params seqlock: a producer and a consumer run flat out; every
 * message must arrive once, in order, intact, and the reader must never see half a params set. */
#include <pthread.h>
#include <string.h>

#include "p8_params.h"
#include "p8_spsc_ring.h"
#include "p8_test.h"

#define MESSAGES 200000u

static p8_spsc_ring ring;
static p8_param_exchange exchange;
static _Atomic int producer_done;

static void *producer(void *arg) {
    (void)arg;
    uint8_t msg[64];
    for (uint32_t n = 0; n < MESSAGES;) {
        uint32_t len = 4u + n % 60u;
        memcpy(msg, &n, 4);
        for (uint32_t i = 4; i < len; i++) msg[i] = (uint8_t)(n + i);
        if (p8_ring_push(&ring, msg, len)) n++;
        else atomic_store(&ring.dropped, 0u); /* full: retry; drops are expected here, not counted as loss */
    }
    atomic_store(&producer_done, 1);
    return NULL;
}

P8_TEST(every_message_arrives_once_in_order_intact) {
    p8_mem mem;
    P8_REQUIRE(p8_mem_init(&mem, P8_PLAN_DEFAULT, p8_mem_hook_malloc()) == P8_OK);
    P8_REQUIRE(p8_ring_init(&ring, &mem, P8_REGION_POOLS, 1024) == P8_OK);
    pthread_t t;
    P8_REQUIRE(pthread_create(&t, NULL, producer, NULL) == 0);
    uint32_t expected = 0, corrupt = 0;
    uint8_t out[256];
    while (expected < MESSAGES) {
        int len = p8_ring_pop(&ring, out, sizeof out);
        if (len <= 0) continue;
        uint32_t n;
        memcpy(&n, out, 4);
        if (n != expected || (uint32_t)len != 4u + n % 60u) corrupt++;
        for (int i = 4; i < len; i++)
            if (out[i] != (uint8_t)(n + (uint32_t)i)) corrupt++;
        expected = n + 1;
    }
    pthread_join(t, NULL);
    P8_CHECK_EQ(MESSAGES, expected);
    P8_CHECK_EQ(0, corrupt);
    p8_mem_release(&mem);
}

static void *param_writer(void *arg) {
    (void)arg;
    int32_t v[P8_CTRL_COUNT];
    for (int32_t n = 1; n <= 200000; n++) {
        for (int i = 0; i < P8_CTRL_COUNT; i++) v[i] = n; /* a consistent set has all values equal */
        p8_param_publish(&exchange, v);
    }
    atomic_store(&producer_done, 2);
    return NULL;
}

P8_TEST(params_reader_never_sees_half_a_set) {
    pthread_t t;
    atomic_store(&producer_done, 0);
    P8_REQUIRE(pthread_create(&t, NULL, param_writer, NULL) == 0);
    int32_t got[P8_CTRL_COUNT];
    uint32_t seq = 0;
    int32_t torn = 0, sets = 0, last = 0, backwards = 0;
    while (atomic_load(&producer_done) != 2 || sets == 0) {
        if (!p8_param_pickup(&exchange, got, &seq)) continue;
        sets++;
        for (int i = 1; i < P8_CTRL_COUNT; i++)
            if (got[i] != got[0]) torn++;
        if (got[0] < last) backwards++;
        last = got[0];
    }
    pthread_join(t, NULL);
    p8_param_pickup(&exchange, got, &seq);
    P8_CHECK_EQ(0, torn);
    P8_CHECK_EQ(0, backwards);
    P8_CHECK(sets > 0);
    P8_CHECK_EQ(200000, got[P8_CTRL_COUNT - 1]); /* the final set is always picked up */
}

int main(void) { return P8_RUN(every_message_arrives_once_in_order_intact, params_reader_never_sees_half_a_set); }
