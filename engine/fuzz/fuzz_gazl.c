/*
 * fuzz_gazl.c — libFuzzer entry for the GAZL assembler, VM and Permut8 host: every input is loaded as a
 * firmware (assemble + init/update/reset under budgets) and, when it loads, run for a few hundred ticks as a
 * full or mod patch with a small instruction budget per tick. Any crash, sanitizer report or hang is a bug.
 * Build and run: tools/fuzz-gazl.sh [seconds]
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "p8_firmware_host.h"

typedef struct {
    p8_mem mem;
    p8_spsc_ring ring;
    p8_fw_host fw;
    int16_t memory[P8_MEMORY_FRAMES * 2];
    char text[1 << 16];
} fuzz_state;

static fuzz_state *state(void) {
    static fuzz_state *s; /* the harness's one instance, built on the first input */
    if (!s) {
        s = calloc(1, sizeof *s);
        if (p8_mem_init(&s->mem, P8_PLAN_DEFAULT, p8_mem_hook_malloc()) != P8_OK) abort();
        p8_ring_init(&s->ring, &s->mem, P8_REGION_POOLS, 4096);
        if (p8_fw_host_init(&s->fw, &s->mem, &s->ring) != P8_OK) abort();
        p8_mem_seal(&s->mem);
        s->fw.tick_budget = 2000;
        s->fw.control_budget = 20000;
        s->fw.init_budget = 200000;
    }
    return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_state *s = state();
    if (size >= sizeof s->text) size = sizeof s->text - 1;
    memcpy(s->text, data, size);
    s->text[size] = 0;
    int debug = size > 0 ? data[0] & 1 : 0;
    p8_fw_host_unload(&s->fw);
    int32_t params[P8_PARAM_COUNT] = {44100, 0, 2, 3, 4, 1, 5, 6};
    p8_fw_host_block_begin(&s->fw, params);
    if (p8_fw_host_load(&s->fw, s->text, "cfg", debug, 1) != P8_OK) return 0;
    for (int32_t t = 0; t < 256; t++) {
        if (t % 32 == 0) {
            params[3] = t & 0xFF;
            params[1] = (t & 64) ? P8_SWITCH_WRITE_PROTECT : 0;
            p8_fw_host_block_begin(&s->fw, params);
        }
        if (t == 100) p8_fw_host_reset(&s->fw);
        int kind = p8_fw_host_kind(&s->fw);
        if (kind == P8_FW_KIND_FULL) {
            int32_t sig[2] = {t * 7 - 900, 900 - t * 5};
            p8_fw_host_process(&s->fw, sig, (uint16_t)t, t * 30, s->memory);
        } else if (kind == P8_FW_KIND_MOD) {
            int32_t pos[2] = {t << 4, t << 4};
            p8_fw_host_operate(&s->fw, 1, pos, (uint16_t)t, s->memory);
            p8_fw_host_operate(&s->fw, 2, pos, (uint16_t)t, s->memory);
        } else {
            break;
        }
    }
    char buf[256];
    while (p8_ring_pop(&s->ring, buf, sizeof buf) > 0) {
    }
    return 0;
}
