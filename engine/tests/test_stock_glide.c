/*
 * Click-free FEEDBACK and MIX (issue item 7; CHAIN.md "Glide"): a step of the control glides one-pole toward the
 * target with tau = 10 ms at the codec rate, evaluated once per 32-frame block and ramped linearly across it,
 * and ends exactly on the target. The expected ramp is computed here from that sentence alone:
 *   value at the start of block k after the change = target + (old - target) * exp(-32 k / (0.010 * rate)),
 *   frame i of block k = start(k) + (start(k+1) - start(k)) * i / 32.
 */
#include "p8_stock_util.h"
#include "p8_test.h"

#define RATE 48000
#define TAU_FRAMES (0.010 * RATE)

/* Fraction of the step still to go at frame j after the change (1 at j = 0, toward 0). */
static double remaining(int32_t j) {
    int32_t k = j / P8_BLOCK_FRAMES, i = j % P8_BLOCK_FRAMES;
    double a = exp(-(double)P8_BLOCK_FRAMES * k / TAU_FRAMES), b = exp(-(double)P8_BLOCK_FRAMES * (k + 1) / TAU_FRAMES);
    return a + (b - a) * i / P8_BLOCK_FRAMES;
}

/* MIX 100 % -> 0 %: with WRITE PROTECT on silent memory the wet path is 0, so out = dry * (1 - mix). */
P8_TEST(mix_step_glides_over_the_documented_10_ms_ramp_and_ends_on_dry_exactly) {
    enum { N = 9600 };
    int32_t h = su_open(RATE, 0, 0, 0, 0);
    P8_REQUIRE(h >= 0);
    p8_set_param(h, P8_PARAM_SWITCHES, P8_SWITCH_WRITE_PROTECT);
    int16_t *in = su_alloc(N), *out = su_alloc(N);
    for (int32_t i = 0; i < N; i++) in[2 * i] = 16000, in[2 * i + 1] = -12000;
    su_render(h, in, out, 64);
    P8_CHECK_EQ(0, su_count_nonzero(out, 0, 0, 64)); /* mix 100 %: only the silent wet */
    p8_set_param(h, P8_CTRL_MIX_PERMILLE, 0);
    su_render(h, in, out, N);
    int32_t off = 0, biggest = 0;
    for (int32_t j = 0; j < N; j++) {
        double mix = remaining(j);
        off += fabs(out[2 * j] - 16000.0 * (1.0 - mix)) > 1.0;
        off += fabs(out[2 * j + 1] + 12000.0 * (1.0 - mix)) > 1.0;
        if (j > 0 && abs(out[2 * j] - out[2 * j - 2]) > biggest) biggest = abs(out[2 * j] - out[2 * j - 2]);
    }
    P8_CHECK_EQ(0, off);
    P8_CHECK_EQ(0, out[0]); /* the block's first frame still has the old value */
    P8_CHECK(abs(out[2 * 480] - (int32_t)lround(16000.0 * (1.0 - exp(-1.0)))) <= 1); /* one tau: 1 - 1/e */
    P8_CHECK(biggest <= (int32_t)ceil(16000.0 * (1.0 - exp(-32.0 / TAU_FRAMES)) / 32.0) + 1); /* not 16000 */
    int32_t inexact = 0;
    for (int32_t j = N - 2048; j < N; j++) inexact += memcmp(out + 2 * j, in + 2 * j, 4) != 0;
    P8_CHECK_EQ(0, inexact); /* 0 % reached exactly: the dry input bit for bit */
    free(in);
    free(out);
    p8_close(h);
}

/* FEEDBACK 0 -> 100 %: SUB F0F0 reads memory preloaded with V half a cycle ahead, the input is silent, so the
 * frame after each read writes floor(V * feedback) into memory: the memory holds the ramp. */
P8_TEST(feedback_step_glides_over_the_documented_10_ms_ramp_and_ends_on_full_feedback) {
    enum { N = 9600, V_LEFT = 1000, V_RIGHT = -600 };
    int32_t h = su_open(RATE, 0, 0, P8_OP2_SUB, 0xF0F0);
    P8_REQUIRE(h >= 0);
    int16_t *mem = su_alloc(65536), *buf = su_alloc(N);
    for (int32_t i = 0; i < 65536; i++) mem[2 * i] = V_LEFT, mem[2 * i + 1] = V_RIGHT;
    p8_memory_write(h, 0, 65536, mem);
    su_render(h, buf, buf, 64); /* feedback 0: writes silence at 0..63 */
    p8_set_param(h, P8_CTRL_FEEDBACK_PERMILLE, 1000);
    memset(buf, 0, (size_t)N * 4u);
    su_render(h, buf, buf, N); /* ticks at clock 64 + j read 32768 ahead: the preloaded V */
    p8_memory_read(h, 64, N + 1, mem);
    P8_CHECK_EQ(0, mem[0]);     /* clock 64: fed by the last frame before the change */
    P8_CHECK_EQ(0, mem[2 * 1]); /* clock 65: fed by frame 0 of the change's block, still the old 0 */
    int32_t off = 0;
    for (int32_t j = 0; j < N; j++) {
        double fb = 1.0 - remaining(j); /* frame j's feedback, written at clock 65 + j */
        off += fabs(mem[2 * (j + 1)] - floor(V_LEFT * fb)) > 1.0;
        off += fabs(mem[2 * (j + 1) + 1] - floor(V_RIGHT * fb)) > 1.0;
    }
    P8_CHECK_EQ(0, off);
    P8_CHECK(abs(mem[2 * 481] - (int32_t)floor(V_LEFT * (1.0 - exp(-1.0)))) <= 1); /* one tau after the change */
    int32_t inexact = 0;
    for (int32_t j = N - 2048; j < N; j++) inexact += mem[2 * (j + 1)] != V_LEFT || mem[2 * (j + 1) + 1] != V_RIGHT;
    P8_CHECK_EQ(0, inexact); /* 100 % reached exactly */
    free(mem);
    free(buf);
    p8_close(h);
}

int main(void) {
    return P8_RUN(mix_step_glides_over_the_documented_10_ms_ramp_and_ends_on_dry_exactly,
                  feedback_step_glides_over_the_documented_10_ms_ramp_and_ends_on_full_feedback);
}
