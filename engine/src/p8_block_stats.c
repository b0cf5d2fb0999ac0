/* p8_block_stats.c — CPU cycles per block and underruns, as measured by the device's audio task. */
#include "p8_engine.h"

void p8_engine_record_block(p8_engine *e, uint32_t cycles, int32_t underruns) {
    int32_t c = (int32_t)(cycles > (uint32_t)INT32_MAX ? (uint32_t)INT32_MAX : cycles);
    if (e->stats[P8_STAT_BLOCK_CYCLES_MAX] == 0) { /* first block, or p8_reset_stats ran */
        e->cycle_sum = 0;
        e->cycle_blocks = 0;
        e->stats[P8_STAT_BLOCK_CYCLES_MIN] = c;
    }
    if (c < e->stats[P8_STAT_BLOCK_CYCLES_MIN]) e->stats[P8_STAT_BLOCK_CYCLES_MIN] = c;
    if (c > e->stats[P8_STAT_BLOCK_CYCLES_MAX]) e->stats[P8_STAT_BLOCK_CYCLES_MAX] = c;
    e->cycle_sum += (uint64_t)c;
    e->cycle_blocks++;
    e->stats[P8_STAT_BLOCK_CYCLES_AVG] = (int32_t)(e->cycle_sum / e->cycle_blocks);
    if (underruns > 0) e->stats[P8_STAT_UNDERRUNS] += underruns;
}
