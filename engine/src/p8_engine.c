/* p8_engine.c — engine construction, the block boundary and the per-tick core with every hook.
 *
 * One call of p8_engine_process = whole blocks: pick up params at the block boundary (operators, operands,
 * switches and the clock rate change only there), run the block, publish the display.
 *
 * The stock block (p8_stock_block.c): chain input (codec rate) -> [resampler codec->clock] -> ticks ->
 *                   [resampler clock->codec] -> chain loop per frame, then the chain output and MIX per block.
 *                   It runs its own copy of the tick for the stock operators and calls p8_engine_tick (here)
 *                   whenever a firmware runs or ticks are traced.
 * Per clock tick (p8_engine_tick): 1 write the input frame at clock, 2 base positions = clock << 4, 3 slot 1,
 *                   4 slot 2, 5 read both heads with linear interpolation; then the clock steps (+1, REV -1).
 *                   In REV the write (1) moves after the read (5): see STOCK_CHOICES.md ("REV off-by-one").
 * Conformance mode (P8_CTRL_CONFORMANCE): one tick per codec frame, chain and resampler bypassed,
 *                   input >> 4 in, the 12.4 read value out (= 12-bit << 4).
 */
#include "p8_engine.h"

#include <string.h>

#include "p8_display.h"
#include "p8_seqlock.h"

static void apply_params(p8_engine *e);

p8_engine *p8_engine_open(int plan, int32_t codec_rate_hz, p8_mem_hook hook, int *status) {
    p8_mem mem;
    int rc = p8_mem_init(&mem, plan, hook);
    if (rc != P8_OK) {
        *status = rc;
        return NULL;
    }
    p8_engine *e = p8_mem_take(&mem, P8_REGION_DSP_STATE, (uint32_t)sizeof(p8_engine));
    if (!e) {
        p8_mem_release(&mem);
        *status = P8_ERR_BUDGET;
        return NULL;
    }
    e->mem = mem; /* from here on every take goes through e->mem */
    e->codec_rate_hz = codec_rate_hz;
    e->memory.frames = p8_mem_take(&e->mem, P8_REGION_DELAY_MEMORY, 2u * 2u * P8_MEMORY_FRAMES);
    e->param_exchange = p8_mem_take(&e->mem, P8_REGION_PARAMETER, (uint32_t)sizeof(p8_param_exchange));
    e->display = p8_mem_take(&e->mem, P8_REGION_DISPLAY, (uint32_t)sizeof(p8_display_exchange));
    e->log_ring = p8_mem_take(&e->mem, P8_REGION_POOLS, (uint32_t)sizeof(p8_spsc_ring));
    e->message_pool = p8_mem_take(&e->mem, P8_REGION_POOLS, (uint32_t)sizeof(p8_pool));
    int16_t *dry = p8_mem_take(&e->mem, P8_REGION_DSP_STATE, 2u * 2u * P8_CHAIN_DRY_FRAMES);
    rc = P8_OK;
    if (!e->memory.frames || !e->param_exchange || !e->display || !e->log_ring || !e->message_pool || !dry)
        rc = P8_ERR_BUDGET;
    if (rc == P8_OK) rc = p8_ring_init(e->log_ring, &e->mem, P8_REGION_POOLS, P8_LOG_RING_BYTES);
    if (rc == P8_OK)
        rc = p8_pool_init(e->message_pool, &e->mem, P8_REGION_POOLS, P8_MSG_POOL_BLOCK, P8_MSG_POOL_BLOCKS);
    if (rc == P8_OK) rc = p8_fw_host_init(&e->fw, &e->mem, e->log_ring);
    /* optional: small plans simply have no trace buffer */
    e->trace = p8_mem_take(&e->mem, P8_REGION_AUDIO_IO, 4u * P8_TRACE_FIELDS * P8_TRACE_MAX_TICKS);
    if (rc != P8_OK) {
        p8_mem copy = e->mem;
        p8_mem_release(&copy);
        *status = rc;
        return NULL;
    }
    p8_stock *s = &e->stock;
    p8_clock_init(&s->rate, codec_rate_hz);
    p8_resampler_init(&s->resampler);
    p8_operators_init(&s->ops);
    p8_chain_init(&s->chain, codec_rate_hz, dry);
    s->applied_hz = -1.0;
    p8_param_defaults(e->control_params, codec_rate_hz);
    memcpy(e->params, e->control_params, sizeof e->params);
    s->reset_count = e->params[P8_CTRL_RESET_COUNT];
    apply_params(e);
    p8_param_publish(e->param_exchange, e->control_params);
    p8_mem_seal(&e->mem);
    *status = P8_OK;
    return e;
}

void p8_engine_close(p8_engine *engine) {
    if (!engine) return;
    p8_mem mem = engine->mem; /* the engine lives inside its own plan: copy before releasing */
    p8_mem_release(&mem);
}

void p8_engine_log(p8_engine *engine, const char *text) {
    size_t len = strlen(text);
    if (len > 255) len = 255;
    if (len) p8_ring_push(engine->log_ring, text, (uint32_t)len);
}

/* ---- block boundary ------------------------------------------------------------------------------------ */

/* RESET press: memory cleared unless write-protected, positions (clock) to 0, LFO phase and PRNG restarted. */
static void stock_reset(p8_engine *e) {
    p8_stock *s = &e->stock;
    if (!s->write_protect) p8_delay_clear(&e->memory);
    e->clock = 0;
    p8_operators_reset(&s->ops);
    p8_chain_clear(&s->chain);
    if (s->fw_kind != P8_FW_KIND_NONE) p8_fw_host_reset(&e->fw);
}

static void apply_params(p8_engine *e) {
    p8_stock *s = &e->stock;
    const int32_t *p = e->params;
    int32_t sw = p[P8_PARAM_SWITCHES];
    s->reverse = (sw & P8_SWITCH_REVERSE) != 0;
    s->write_protect = (sw & P8_SWITCH_WRITE_PROTECT) != 0;
    s->conformance = p[P8_CTRL_CONFORMANCE] != 0;
    if (p[P8_CTRL_RESET_COUNT] != s->reset_count) {
        s->reset_count = p[P8_CTRL_RESET_COUNT];
        stock_reset(e);
    }
    double hz = (sw & P8_SWITCH_SYNC)
                    ? p8_clock_sync_hz(sw, p[P8_CTRL_SYNC_DIVISION], p[P8_CTRL_TEMPO_CENTI_BPM])
                    : (double)p[P8_PARAM_CLOCK_FREQ];
    if (hz > P8_CLOCK_MAX_HZ) hz = P8_CLOCK_MAX_HZ;
    int32_t cap = p[P8_CTRL_CLOCK_CAP_HZ]; /* the device's CPU governor */
    if (cap > 0 && hz > (double)cap) hz = (double)cap;
    int32_t limit = p8_fw_host_clock_freq_limit(&e->fw); /* a firmware's clockFreqLimit caps the clock */
    if (limit > 0 && s->fw_kind != P8_FW_KIND_NONE && hz > (double)limit) hz = (double)limit;
    if (hz != s->applied_hz) {
        s->applied_hz = hz;
        p8_clock_set_rate(&s->rate, hz);
        p8_resampler_set(&s->resampler, hz, (double)e->codec_rate_hz);
    }
    s->direct = s->conformance || p8_clock_is_unity(&s->rate);
    if (s->direct) s->rate.frac = 0;
    p8_chain_set_latency(&s->chain, s->direct ? 0.0f : p8_resampler_latency(&s->resampler));
    p8_operators_set(&s->ops, p[P8_PARAM_OPERATOR_1],
                     ((uint32_t)p[P8_PARAM_OPERAND_1_HIGH] << 8) | (uint32_t)p[P8_PARAM_OPERAND_1_LOW],
                     p[P8_PARAM_OPERATOR_2],
                     ((uint32_t)p[P8_PARAM_OPERAND_2_HIGH] << 8) | (uint32_t)p[P8_PARAM_OPERAND_2_LOW]);
    p8_chain_set(&s->chain, p);
    s->host_position = p[P8_CTRL_HOST_POSITION];
    s->tracing = p[P8_CTRL_TICK_TRACE] != 0 && e->trace != NULL;
}

/* The firmware sees params[] with CLOCK_FREQ = the clock actually running (derived in SYNC, capped). Swaps in
 * a newly loaded firmware and calls its update() when a masked param changed. */
static void firmware_block_begin(p8_engine *e) {
    int32_t fw_params[P8_PARAM_COUNT];
    for (int i = 0; i < P8_PARAM_COUNT; i++) fw_params[i] = e->params[i];
    fw_params[P8_PARAM_CLOCK_FREQ] = (int32_t)(e->stock.applied_hz + 0.5);
    p8_fw_host_block_begin(&e->fw, fw_params);
    int kind = p8_fw_host_kind(&e->fw);
    if (kind != e->stock.fw_kind) {
        e->stock.fw_kind = kind;
        e->stock.applied_hz = -1.0; /* re-apply the clock: clockFreqLimit may differ */
        apply_params(e);
    }
}

/* ---- one clock tick ------------------------------------------------------------------------------------ */

/* Step 1: the write head writes the 12-bit input frame at clock (not while WRITE PROTECT is on). */
static inline void tick_write(p8_engine *e, uint16_t clock, const int32_t in12[2]) {
    if (!e->stock.write_protect) p8_delay_write_frame(&e->memory, clock, in12[0], in12[1]);
}

/* Step 2: both read positions start at the write position, in 16.4. */
static inline void tick_base(uint16_t clock, uint32_t base[2]) { base[0] = base[1] = (uint32_t)clock << 4; }

/* A mod patch's operate1/operate2 on positions[] (16.4, 20-bit wrap). Returns 1 when the firmware handled
 * the slot, 0 to fall back to the stock operator. */
static inline int firmware_operate(p8_engine *e, int slot, uint16_t clock, uint32_t pos[2]) {
    int32_t p[2] = {(int32_t)(pos[0] & 0xFFFFFu), (int32_t)(pos[1] & 0xFFFFFu)};
    if (!p8_fw_host_operate(&e->fw, slot, p, clock, e->memory.frames)) return 0;
    pos[0] = (uint32_t)p[0] & 0xFFFFFu;
    pos[1] = (uint32_t)p[1] & 0xFFFFFu;
    return 1;
}

/* Step 3: instruction 1. */
static inline void tick_slot1(p8_engine *e, uint16_t clock, uint32_t pos[2]) {
    /* firmware hook: a mod patch with operate1() runs it here on positions[]; returning 0 falls back to: */
    if (e->stock.fw_kind == P8_FW_KIND_MOD && firmware_operate(e, 1, clock, pos)) return;
    p8_operate1(&e->stock.ops, clock, pos);
}

/* Step 4: instruction 2, on instruction 1's result (MSK also sees the base positions). */
static inline void tick_slot2(p8_engine *e, uint16_t clock, const uint32_t base[2], uint32_t pos[2]) {
    /* firmware hook: a mod patch with operate2() runs it here on positions[]; returning 0 falls back to: */
    if (e->stock.fw_kind == P8_FW_KIND_MOD && firmware_operate(e, 2, clock, pos)) return;
    p8_operate2(&e->stock.ops, clock, base, pos);
}

/* Step 5: read both heads at their 16.4 positions, linear interpolation on the 4 fraction bits toward the
 * next address (in REV too). Result in 12.4 (the 12-bit value << 4 when the fraction is 0). */
static inline void tick_read(const p8_engine *e, const uint32_t pos[2], int32_t out16[2]) {
    const int16_t *m = e->memory.frames;
    for (int ch = 0; ch < 2; ch++) {
        uint32_t i = (pos[ch] >> 4) & P8_MEMORY_MASK, f = pos[ch] & 15u;
        int32_t a = m[2u * i + (uint32_t)ch], b = m[2u * ((i + 1u) & P8_MEMORY_MASK) + (uint32_t)ch];
        out16[ch] = a * 16 + (b - a) * (int32_t)f;
    }
}

static inline void run_tick_core(p8_engine *e, const int32_t in12[2], int32_t out16[2]) {
    p8_stock *s = &e->stock;
    uint16_t c = e->clock;
    /* firmware hook: a full patch replaces steps 1-5 with process() on signal[2] = in12 (its own reads and
     * writes go through read()/write()); signal[] << 4 becomes out16. */
    if (s->fw_kind == P8_FW_KIND_FULL) {
        int32_t signal[2] = {in12[0], in12[1]};
        p8_fw_host_process(&e->fw, signal, c, s->host_position, e->memory.frames);
        out16[0] = signal[0] * 16;
        out16[1] = signal[1] * 16;
        s->last_clock = c;
        e->clock = p8_clock_next(c, s->reverse);
        return;
    }
    uint32_t base[2], pos[2];
    if (!s->reverse) tick_write(e, c, in12);
    tick_base(c, base);
    pos[0] = base[0];
    pos[1] = base[1];
    tick_slot1(e, c, pos);
    s->pos1[0] = pos[0];
    s->pos1[1] = pos[1];
    tick_slot2(e, c, base, pos);
    s->pos2[0] = pos[0];
    s->pos2[1] = pos[1];
    tick_read(e, pos, out16);
    if (s->reverse) tick_write(e, c, in12);
    s->last_clock = c;
    e->clock = p8_clock_next(c, s->reverse);
}

/* displayLEDs[] as shown after the last tick: the stock operators' rules, or the firmware's own (it owns them). */
static void current_leds(const p8_engine *e, int32_t v[P8_DISPLAY_FIELDS]) {
    const p8_stock *s = &e->stock;
    p8_display_leds(&s->ops, s->last_clock, s->pos1, s->pos2, v);
    if (s->fw_kind != P8_FW_KIND_NONE) p8_fw_host_display(&e->fw, v);
}

/* Tools only: one trace row per tick (LEDs as the display shows them after this tick, both position pairs). */
static void record_tick(p8_engine *e) {
    p8_stock *s = &e->stock;
    if (e->trace_ticks >= P8_TRACE_MAX_TICKS) return;
    int32_t *row = e->trace + e->trace_ticks * P8_TRACE_FIELDS;
    int32_t v[P8_DISPLAY_FIELDS];
    current_leds(e, v);
    row[P8_TRACE_TICK] = (int32_t)(e->tick_count & INT32_MAX);
    for (int i = 0; i < 4; i++) row[P8_TRACE_LED0 + i] = v[P8_DISPLAY_LED0 + i] & 0xFF;
    row[P8_TRACE_POS1_LEFT] = (int32_t)(s->pos1[0] & 0xFFFFFu);
    row[P8_TRACE_POS1_RIGHT] = (int32_t)(s->pos1[1] & 0xFFFFFu);
    row[P8_TRACE_POS2_LEFT] = (int32_t)(s->pos2[0] & 0xFFFFFu);
    row[P8_TRACE_POS2_RIGHT] = (int32_t)(s->pos2[1] & 0xFFFFFu);
    e->trace_ticks++;
}

void p8_engine_tick(p8_engine *e, const int32_t in12[2], int32_t out16[2]) {
    run_tick_core(e, in12, out16);
    if (e->stock.tracing) record_tick(e);
    e->tick_count++;
}

/* ---- one codec frame ------------------------------------------------------------------------------------ */

static inline uint32_t run_frame_conformance(p8_engine *e, const int16_t *in, int16_t *out) {
    int32_t x[2] = {in[0] >> 4, in[1] >> 4}, y[2];
    p8_engine_tick(e, x, y);
    out[0] = (int16_t)y[0];
    out[1] = (int16_t)y[1];
    return 1;
}

static void run_block(p8_engine *e, const int16_t *in, int16_t *out) {
    uint32_t ticks = 0;
    if (e->stock.conformance) {
        for (int i = 0; i < P8_BLOCK_FRAMES; i++) ticks += run_frame_conformance(e, in + 2 * i, out + 2 * i);
    } else {
        ticks = p8_stock_block(e, in, out);
    }
    e->stats[P8_STAT_TICKS] = (int32_t)(((uint32_t)e->stats[P8_STAT_TICKS] + ticks) & INT32_MAX);
}

static void publish_display(p8_engine *e) {
    const p8_stock *s = &e->stock;
    int32_t v[P8_DISPLAY_FIELDS];
    current_leds(e, v);
    v[P8_DISPLAY_WRITE_FRAME] = s->last_clock;
    v[P8_DISPLAY_READ_LEFT] = (int32_t)(s->pos2[0] & 0xFFFFFu);
    v[P8_DISPLAY_READ_RIGHT] = (int32_t)(s->pos2[1] & 0xFFFFFu);
    v[P8_DISPLAY_CLOCK] = e->clock;
    p8_seqlock_write(&e->display->sequence, e->display->values, v, P8_DISPLAY_FIELDS);
}

void p8_engine_process(p8_engine *e, const int16_t *in, int16_t *out, int32_t frames) {
    e->trace_ticks = 0;
    for (int32_t done = 0; done < frames; done += P8_BLOCK_FRAMES) {
        if (p8_param_pickup(e->param_exchange, e->params, &e->param_sequence)) {
            e->stats[P8_STAT_PARAM_SETS]++;
            apply_params(e);
        }
        firmware_block_begin(e);
        run_block(e, in + 2 * done, out + 2 * done);
        e->stats[P8_STAT_BLOCKS]++;
    }
    publish_display(e);
}
