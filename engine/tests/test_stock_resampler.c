/* Codec rate <-> clock rate: level of a sine, delays in codec frames, latency alignment. */
#include "p8_stock_util.h"
#include "p8_test.h"

/* Gain in dB of a sine of `hz` through the engine (NOP/NOP), measured after the first 8192 frames. */
static double sine_gain_db(int32_t codec_hz, int32_t clock_hz, double hz) {
    int32_t h = su_open(codec_hz, 0, 0, 0, 0);
    if (h < 0) return -999.0;
    p8_set_param(h, P8_PARAM_CLOCK_FREQ, clock_hz);
    enum { N = 32768, SKIP = 8192 };
    int16_t *in = su_alloc(N), *out = su_alloc(N);
    for (int32_t i = 0; i < N; i++)
        in[2 * i] = in[2 * i + 1] = (int16_t)lrint(16000.0 * sin(2.0 * 3.14159265358979 * hz * i / codec_hz));
    su_render(h, in, out, N);
    double ei = 0.0, eo = 0.0;
    for (int32_t i = SKIP; i < N; i++) {
        ei += (double)in[2 * i] * in[2 * i];
        eo += (double)out[2 * i] * out[2 * i];
    }
    free(in);
    free(out);
    p8_close(h);
    return 10.0 * log10(eo / ei);
}

P8_TEST(sine_at_clock_equal_to_codec_rate_returns_within_0_1_db) {
    double g = sine_gain_db(48000, 48000, 997.0);
    P8_CHECK(fabs(g) < 0.1);
}

P8_TEST(sine_through_the_resampler_returns_within_0_1_db) {
    P8_CHECK(fabs(sine_gain_db(48000, 44100, 997.0)) < 0.1);
    P8_CHECK(fabs(sine_gain_db(48000, 96000, 997.0)) < 0.1);
    P8_CHECK(fabs(sine_gain_db(48000, 352800, 997.0)) < 0.1);
    P8_CHECK(fabs(sine_gain_db(48000, 24000, 997.0)) < 0.1);
}

P8_TEST(a_15_khz_sine_near_the_codec_rate_returns_within_0_1_db) {
    /* the band edge is 0.45 x the lower rate with a 32-tap kernel: 15 kHz sits in the flat part at 44.1 kHz */
    P8_CHECK(fabs(sine_gain_db(48000, 44100, 15000.0)) < 0.1);
    P8_CHECK(fabs(sine_gain_db(48000, 96000, 15000.0)) < 0.1);
    P8_CHECK(fabs(sine_gain_db(48000, 352800, 15000.0)) < 0.1);
}

P8_TEST(content_above_half_the_clock_rate_is_filtered_not_aliased) {
    /* clock 16 kHz: a 12 kHz input would alias to 4 kHz; the anti-alias filter (0.45 x 16 kHz) removes it */
    P8_CHECK(sine_gain_db(48000, 16000, 12000.0) < -40.0);
    /* clock 32 kHz: 20 kHz would alias to 12 kHz; the stopband starts at 0.53 x 32 kHz */
    P8_CHECK(sine_gain_db(48000, 32000, 20000.0) < -40.0);
}

/* Frame of the left output's peak for an impulse at frame `at`. */
static int32_t impulse_peak(int32_t codec_hz, int32_t clock_hz, int w2, int32_t frames, int32_t at, int mix) {
    int32_t h = su_open(codec_hz, 0, 0, P8_OP2_SUB, w2);
    if (h < 0) return -1;
    p8_set_param(h, P8_PARAM_CLOCK_FREQ, clock_hz);
    p8_set_param(h, P8_CTRL_MIX_PERMILLE, mix);
    int16_t *in = su_alloc(frames), *out = su_alloc(frames);
    in[2 * at] = in[2 * at + 1] = 2000 * 16;
    su_render(h, in, out, frames);
    int32_t peak = su_peak(out, 0, 0, frames);
    free(in);
    free(out);
    p8_close(h);
    return peak;
}

P8_TEST(at_half_the_codec_rate_every_delay_in_codec_frames_doubles) {
    /* SUB A000: 1024 ticks on the left = 2048 codec frames at 24 kHz with a 48 kHz codec */
    int32_t base = impulse_peak(48000, 24000, 0x0000, 4096, 1000, 1000);
    int32_t delayed = impulse_peak(48000, 24000, 0xA000, 4096, 1000, 1000);
    P8_CHECK_EQ(2 * 1024, delayed - base);
    int32_t base_b = impulse_peak(48000, 24000, 0x0000, 8192, 1000, 1000);
    int32_t delayed_b = impulse_peak(48000, 24000, 0xB300, 8192, 1000, 1000); /* E8[0xB3] = 2432 */
    P8_CHECK_EQ(2 * 2432, delayed_b - base_b);
}

P8_TEST(haas_at_a_48k_codec_delays_the_left_1024_ticks_of_128_24_khz) {
    /* 1024 ticks at 128.24 kHz = 383.3 codec frames at 48 kHz */
    int32_t base = impulse_peak(48000, 128240, 0x0000, 4096, 1000, 1000);
    int32_t delayed = impulse_peak(48000, 128240, 0xA000, 4096, 1000, 1000);
    double expected = 1024.0 * 48000.0 / 128240.0;
    P8_CHECK(fabs((double)(delayed - base) - expected) <= 1.0);
}

P8_TEST(dry_signal_is_aligned_with_the_wet_latency) {
    /* NOP/NOP at 44.1 kHz in a 48 kHz codec: the wet impulse peak and the compensated dry impulse coincide */
    int32_t wet = impulse_peak(48000, 44100, 0x0000, 1024, 100, 1000);
    int32_t dry = impulse_peak(48000, 44100, 0x0000, 1024, 100, 0);
    P8_CHECK(abs(wet - dry) <= 1);
    P8_CHECK(dry > 100);
}

int main(void) {
    return P8_RUN(sine_at_clock_equal_to_codec_rate_returns_within_0_1_db,
                  sine_through_the_resampler_returns_within_0_1_db,
                  a_15_khz_sine_near_the_codec_rate_returns_within_0_1_db,
                  content_above_half_the_clock_rate_is_filtered_not_aliased,
                  at_half_the_codec_rate_every_delay_in_codec_frames_doubles,
                  haas_at_a_48k_codec_delays_the_left_1024_ticks_of_128_24_khz,
                  dry_signal_is_aligned_with_the_wet_latency);
}
