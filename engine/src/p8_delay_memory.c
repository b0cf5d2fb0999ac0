/* p8_delay_memory.c — see p8_delay_memory.h. */
#include "p8_delay_memory.h"

#include <string.h>

void p8_delay_clear(p8_delay_memory *m) { memset(m->frames, 0, sizeof(int16_t) * 2u * P8_MEMORY_FRAMES); }

void p8_delay_read_frames(const p8_delay_memory *m, int32_t frame, int32_t count, int16_t *out) {
    for (int32_t i = 0; i < count; i++) {
        out[2 * i] = p8_delay_read(m, frame + i, 0);
        out[2 * i + 1] = p8_delay_read(m, frame + i, 1);
    }
}

void p8_delay_write_frames(p8_delay_memory *m, int32_t frame, int32_t count, const int16_t *in) {
    for (int32_t i = 0; i < count; i++) p8_delay_write_frame(m, frame + i, in[2 * i], in[2 * i + 1]);
}
