/*
 * FILTER placements IN and OUT (CHAIN.md; FB is in test_stock_chain.c). The lowpass half of the knob runs
 * 20 kHz -> 30 Hz exponentially, so knob -500 is the geometric middle: sqrt(20000 * 30) = 774.6 Hz; the filter
 * is a 12 dB/oct Butterworth state-variable filter (-3.01 dB at the cutoff, bilinear with prewarping). IN sits
 * before the ADC (memory holds the filtered signal), OUT after the DAC (memory holds the input's 12-bit value).
 * NOP/NOP at clock = codec rate: zero delay, so input and output line up frame for frame.
 */
#include "p8_stock_util.h"
#include "p8_test.h"

#define RATE 48000
#define N 16384
#define SETTLE 4096
#define AMP 16000.0 /* 12-bit 1000: below the soft clips' knee, so only the filter shapes the tone */
#define KNOB (-500)

static const double cutoff_hz = 774.5966692414834; /* sqrt(20000 * 30) */

static double energy_db(const int16_t *a, const int16_t *b, double b_scale) {
    double ea = 0, eb = 0;
    for (int32_t i = SETTLE; i < N; i++)
        for (int ch = 0; ch < 2; ch++) ea += (double)a[2 * i + ch] * a[2 * i + ch], eb += b_scale * b_scale * b[2 * i + ch] * b[2 * i + ch];
    return 10.0 * log10((ea + 1e-9) / eb);
}

typedef struct {
    double output_db;  /* output energy over input energy */
    double memory_db;  /* delay memory (x 16) energy over input energy */
    int32_t memory_is_input; /* every frame of memory = floor(input / 16) */
} filter_run;

static filter_run run_tone(int placement, double hz) {
    filter_run r = {999.0, 999.0, -1};
    int32_t h = su_open(RATE, 0, 0, 0, 0);
    if (h < 0) return r;
    p8_set_param(h, P8_CTRL_FILTER_PLACEMENT, placement);
    p8_set_param(h, P8_CTRL_FILTER_FREQ, KNOB);
    int16_t *in = su_alloc(N), *out = su_alloc(N), *mem = su_alloc(N);
    for (int32_t i = 0; i < N; i++) {
        in[2 * i] = (int16_t)lround(AMP * sin(2.0 * 3.141592653589793 * hz * i / RATE));
        in[2 * i + 1] = (int16_t)-in[2 * i];
    }
    su_render(h, in, out, N);
    p8_memory_read(h, 0, N, mem); /* clock = frame: address i holds frame i's ADC value */
    r.output_db = energy_db(out, in, 1.0);
    r.memory_db = energy_db(mem, in, 1.0 / 16.0);
    r.memory_is_input = 1;
    for (int32_t i = 0; i < 2 * N; i++) r.memory_is_input &= mem[i] == (int16_t)floor(in[i] / 16.0);
    free(in);
    free(out);
    free(mem);
    p8_close(h);
    return r;
}

P8_TEST(lowpass_at_out_removes_a_high_tone_and_passes_a_low_one) {
    filter_run low = run_tone(P8_FILTER_OUT, 100.0), high = run_tone(P8_FILTER_OUT, 10000.0);
    P8_CHECK(fabs(low.output_db) < 0.1);
    P8_CHECK(high.output_db < -40.0); /* Butterworth: (10000 / 775)^4 -> about -44 dB */
}

P8_TEST(lowpass_at_in_removes_a_high_tone_and_passes_a_low_one) {
    filter_run low = run_tone(P8_FILTER_IN, 100.0), high = run_tone(P8_FILTER_IN, 10000.0);
    P8_CHECK(fabs(low.output_db) < 0.1);
    P8_CHECK(high.output_db < -40.0);
}

P8_TEST(lowpass_is_3_db_down_at_the_documented_cutoff_at_in_and_out) {
    P8_CHECK(fabs(run_tone(P8_FILTER_IN, cutoff_hz).output_db + 3.0103) < 0.1);
    P8_CHECK(fabs(run_tone(P8_FILTER_OUT, cutoff_hz).output_db + 3.0103) < 0.1);
}

P8_TEST(filter_at_out_leaves_memory_unfiltered) {
    filter_run high = run_tone(P8_FILTER_OUT, 10000.0);
    P8_CHECK_EQ(1, high.memory_is_input); /* the input's 12-bit value, frame for frame */
    P8_CHECK(fabs(high.memory_db) < 0.1);
}

P8_TEST(filter_at_in_writes_the_filtered_signal_into_memory) {
    filter_run high = run_tone(P8_FILTER_IN, 10000.0), low = run_tone(P8_FILTER_IN, 100.0);
    P8_CHECK_EQ(0, high.memory_is_input);
    P8_CHECK(high.memory_db < -40.0);
    P8_CHECK(fabs(low.memory_db) < 0.1);
}

int main(void) {
    return P8_RUN(lowpass_at_out_removes_a_high_tone_and_passes_a_low_one,
                  lowpass_at_in_removes_a_high_tone_and_passes_a_low_one,
                  lowpass_is_3_db_down_at_the_documented_cutoff_at_in_and_out, filter_at_out_leaves_memory_unfiltered,
                  filter_at_in_writes_the_filtered_signal_into_memory);
}
