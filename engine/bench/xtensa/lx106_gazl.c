/*
 * lx106_gazl.c — lx106 instructions of the firmware host and the GAZL VM per tick, without the rest of the
 * engine: the bench firmwares (bench_firmwares.h) driven through p8_fw_host_block_begin (every 32 ticks, as the
 * engine does) and p8_fw_host_process, then the same VM driven through gazl_vm_run alone (the interpreter's share).
 * VM instructions per tick come from the budget, so "per VM instruction" divides exact integers. Part of the
 * lx106 benchmark (tools/targets.sh bench); -DLX106_GAZL_MAIN builds it as a program of its own.
 */
#include "lx106_bench.h"
#include "../bench_firmwares.h"

#include "p8_firmware_host.h"

#define GAZL_WARMUP_TICKS 256
#define GAZL_TICKS 4096

typedef struct {
    p8_mem mem;
    p8_fw_host fw;
    int16_t memory[P8_MEMORY_FRAMES * 2];
} gazl_bench_state;

typedef struct {
    uint64_t host, vm_only;      /* lx106 instructions in the host calls / in gazl_vm_run alone */
    uint64_t vm_instr, vm_instr_only; /* VM instructions in each pass */
    int ok;
} gazl_bench_result;

/* x / d with one decimal from exact integers (no float in the report path). */
static void print_ratio(uint64_t x, uint64_t d) {
    uint64_t tenths = d ? (x * 10u + d / 2u) / d : 0;
    printf(" %lu.%lu |", (unsigned long)(tenths / 10u), (unsigned long)(tenths % 10u));
}

static gazl_bench_result gazl_bench_run(gazl_bench_state *s, const char *text, uint32_t overhead) {
    gazl_bench_result r = {0, 0, 0, 0, 0};
    int32_t params[P8_PARAM_COUNT] = {44100, 0, 0, 20, 128, 0, 8, 0};
    if (p8_mem_init(&s->mem, P8_PLAN_DEFAULT, p8_mem_hook_malloc()) != P8_OK) return r;
    if (p8_fw_host_init(&s->fw, &s->mem, NULL) != P8_OK) goto done;
    p8_mem_seal(&s->mem);
    p8_fw_host_block_begin(&s->fw, params);
    if (p8_fw_host_load(&s->fw, text, "", 0, 1) != P8_OK) goto done;
    for (int32_t t = 0; t < GAZL_WARMUP_TICKS + GAZL_TICKS; t++) {
        int32_t sig[2] = {(t * 37) % 3000 - 1500, (t * 53) % 3000 - 1500};
        uint32_t t0 = bench_icount();
        if ((t & 31) == 0) p8_fw_host_block_begin(&s->fw, params);
        p8_fw_host_process(&s->fw, sig, (uint16_t)t, -1, s->memory);
        uint32_t used = bench_icount() - t0 - overhead;
        if (t < GAZL_WARMUP_TICKS) continue;
        r.host += used;
        r.vm_instr += (uint32_t)(s->fw.tick_budget - s->fw.banks[s->fw.active].vm.budget_left);
    }
    /* The interpreter alone: resume the same VM as p8_fw_host_process does, without the host around it. */
    p8_fw_bank *b = &s->fw.banks[s->fw.active];
    if (p8_fw_host_state(&s->fw) != P8_FW_RUNNING || !b->vm.suspended) goto done;
    b->vm.yield_enabled = 1;
    for (int32_t t = 0; t < GAZL_TICKS; t++) {
        b->g_signal[0].i = (t * 37) % 3000 - 1500;
        b->g_signal[1].i = (t * 53) % 3000 - 1500;
        b->tick_clock->i = t & 0xFFFF;
        uint32_t t0 = bench_icount();
        int32_t st = gazl_vm_run(&b->vm, s->fw.tick_budget);
        r.vm_only += bench_icount() - t0 - overhead;
        r.vm_instr_only += (uint32_t)(s->fw.tick_budget - b->vm.budget_left);
        if (st != GAZL_YIELDED) goto done;
    }
    r.ok = 1;
done:
    p8_mem_release(&s->mem);
    return r;
}

void bench_gazl_table(uint32_t overhead) {
    static gazl_bench_state s;
    static const struct {
        const char *name, *text;
    } rows[] = {{"echo (write + read per tick, batch 64)", BENCH_FW_ECHO},
                {"tremolo (table + interpolation, batch 32)", BENCH_FW_TREMOLO}};
    printf("## GAZL VM and firmware host per tick (lx106_gazl.c)\n\n");
    printf("The bench firmwares without the rest of the engine, %d ticks after %d warm-up ticks. *Host* counts "
           "p8_fw_host_process every tick and p8_fw_host_block_begin every 32 ticks (resume, statistics, params, "
           "the VM); *VM alone* resumes the same VM with gazl_vm_run only.\n\n", GAZL_TICKS, GAZL_WARMUP_TICKS);
    printf("| firmware | VM instr/tick | host lx106 insns/tick | host / VM instr | VM alone insns/tick "
           "| VM alone / VM instr |\n|---|---:|---:|---:|---:|---:|\n");
    for (unsigned i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        gazl_bench_result r = gazl_bench_run(&s, rows[i].text, overhead);
        printf("| %s |", rows[i].name);
        if (!r.ok) {
            printf(" run failed | | | | |\n");
            continue;
        }
        print_ratio(r.vm_instr, GAZL_TICKS);
        print_ratio(r.host, GAZL_TICKS);
        print_ratio(r.host, r.vm_instr);
        print_ratio(r.vm_only, GAZL_TICKS);
        print_ratio(r.vm_only, r.vm_instr_only);
        printf("\n");
    }
    printf("\n");
}

#ifdef LX106_GAZL_MAIN
int main(void) {
    uint32_t t0 = bench_icount();
    uint32_t overhead = bench_icount() - t0;
    bench_gazl_table(overhead);
    fflush(stdout);
    return 0;
}
#endif
