/* p8_clock.c — see p8_clock.h. */
#include "p8_clock.h"

#include "permut8_engine.h"

/* Spec §1.8: memory cycle in whole notes per column. STD 8/1..1/8; DOT = STD x 3/2; TRI = STD x 2/3. */
static const int32_t p8_std_num[7] = {8, 4, 2, 1, 1, 1, 1};
static const int32_t p8_std_den[7] = {1, 1, 1, 1, 2, 4, 8};

void p8_clock_sync_division(int32_t switches, int32_t column, int32_t *num, int32_t *den) {
    if (column < 0) column = 0;
    if (column > 6) column = 6;
    int32_t n = p8_std_num[column], d = p8_std_den[column];
    if (switches & P8_SWITCH_DOTTED) {
        n *= 3;
        d *= 2;
    } else if (switches & P8_SWITCH_TRIPLET) {
        n *= 2;
        d *= 3;
    }
    while (n % 2 == 0 && d % 2 == 0) { /* keep the fraction reduced: 3/2, 3/16, 16/3, 1/12 */
        n /= 2;
        d /= 2;
    }
    *num = n;
    *den = d;
}

double p8_clock_sync_hz(int32_t switches, int32_t column, int32_t centi_bpm) {
    int32_t num, den;
    p8_clock_sync_division(switches, column, &num, &den);
    /* cycle seconds = whole notes x 4 beats x 60 / BPM; f = 65536 / cycle seconds */
    double cycle_s = (double)num / (double)den * 240.0 * 100.0 / (double)centi_bpm;
    return 65536.0 / cycle_s;
}

void p8_clock_init(p8_clock *c, int32_t codec_hz) {
    c->codec_hz = codec_hz;
    c->frac = 0;
    p8_clock_set_rate(c, (double)codec_hz);
}

void p8_clock_set_rate(p8_clock *c, double clock_hz) {
    if (!(clock_hz > 0.0)) clock_hz = 0.0;
    if (clock_hz > P8_CLOCK_MAX_HZ) clock_hz = P8_CLOCK_MAX_HZ;
    c->clock_hz = clock_hz;
    c->frames_per_tick = clock_hz > 0.0 ? (float)((double)c->codec_hz / clock_hz) : 0.0f;
    c->increment = (uint64_t)(clock_hz / (double)c->codec_hz * 4294967296.0 + 0.5);
}
