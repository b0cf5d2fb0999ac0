/*
 * bench_gazl_sdk.c — conformance sweep of compiled firmwares through the public engine API (conformance mode:
 * one tick per frame, input >> 4 into signal[], signal[] << 4 out; mod patches run under the stock full path).
 *   bench_gazl_sdk [--seconds S] [--plan default|seed] FILE.gazl ...
 * For each file: loads it with DEBUG 0 and 1, runs S seconds (default 2) of noise and of an impulse at 44.1 kHz
 * under three operator/operand settings, and prints one markdown row per file: loads, ticks run, VM instructions
 * per tick (avg/max over the runs), data-stack high-water, final state and output sanity. The SDK firmwares are
 * fetched locally (engine/src/gazl/SDK_CONFORMANCE.md), never committed; this program needs none of them.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "permut8_engine.h"

#define RATE 44100
#define BLOCK 1024 /* frames per p8_process call (a multiple of P8_BLOCK_FRAMES) */

typedef struct {
    int32_t op1, operand1, op2, operand2;
} setting;

static const setting SETTINGS[3] = {{0, 0x0000, 0, 0x0000}, {2, 0x4080, 4, 0x1020}, {3, 0xC0FF, 1, 0x8001}};

typedef struct {
    long long ticks;
    int32_t instr_avg_max, instr_max, stack_high;
    double in_energy, out_energy, out_diff;
    int32_t peak, state, err[3];
    char message[200];
    int trace_lines;
    int32_t program_bytes, global_bytes; /* used of one bank, from the memory report after load */
} run_result;

static uint32_t lcg(uint32_t *s) { return *s = *s * 1664525u + 1013904223u; }

/* One run: load (already done by the caller), params, `seconds` of input. */
static void run(int32_t h, const setting *st, int noise, double seconds, run_result *r) {
    int32_t params[P8_PARAM_COUNT] = {RATE, 0, st->op1, st->operand1 >> 8, st->operand1 & 0xFF,
                                      st->op2, st->operand2 >> 8, st->operand2 & 0xFF};
    p8_set_params(h, params, P8_PARAM_COUNT);
    p8_set_param(h, P8_CTRL_CONFORMANCE, 1);
    p8_reset_stats(h);
    static int16_t in[BLOCK * 2], out[BLOCK * 2];
    uint32_t seed = 12345;
    long long frames = (long long)(seconds * RATE) / BLOCK * BLOCK;
    int32_t ticks0 = p8_get_stat(h, P8_STAT_TICKS);
    for (long long f = 0; f < frames; f += BLOCK) {
        for (int i = 0; i < BLOCK; i++) {
            int16_t v = 0;
            if (noise) v = (int16_t)((int32_t)(lcg(&seed) >> 16) - 32768) / 2;
            else if (f + i == 0 || (f + i) % RATE == 0) v = 16000;
            in[2 * i] = v;
            in[2 * i + 1] = noise ? (int16_t)((int32_t)(lcg(&seed) >> 16) - 32768) / 2 : v;
        }
        p8_process(h, in, out, BLOCK);
        for (int i = 0; i < BLOCK * 2; i++) {
            r->in_energy += (double)in[i] * in[i];
            r->out_energy += (double)out[i] * out[i];
            r->out_diff += fabs((double)out[i] - in[i]);
            if (abs(out[i]) > r->peak) r->peak = abs(out[i]);
        }
        uint8_t log[4096];
        int32_t n;
        while ((n = p8_read_log(h, log, sizeof log)) > 0)
            for (int32_t i = 0; i < n; i++) r->trace_lines += log[i] == '\n';
    }
    r->ticks += p8_get_stat(h, P8_STAT_TICKS) - ticks0;
    int32_t avg = p8_get_stat(h, P8_STAT_VM_INSTR_AVG), mx = p8_get_stat(h, P8_STAT_VM_INSTR_MAX);
    if (avg > r->instr_avg_max) r->instr_avg_max = avg;
    if (mx > r->instr_max) r->instr_max = mx;
    int32_t sh = p8_get_stat(h, P8_STAT_VM_STACK_HIGH_WATER);
    if (sh > r->stack_high) r->stack_high = sh;
}

static char *read_text(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *t = malloc((size_t)n + 1);
    if (t && fread(t, 1, (size_t)n, f) != (size_t)n) n = 0;
    if (t) t[n] = 0;
    fclose(f);
    return t;
}

static void sweep(const char *path, double seconds, int32_t plan) {
    const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    char *text = read_text(path);
    if (!text) {
        printf("| %s | - | unreadable |\n", name);
        return;
    }
    run_result r;
    memset(&r, 0, sizeof r);
    r.state = P8_FW_RUNNING;
    int loads[2] = {0, 0};
    char load_msg[200] = "";
    for (int debug = 0; debug <= 1; debug++) {
        for (int s = 0; s < 3; s++)
            for (int noise = 0; noise <= 1; noise++) {
                int32_t h = p8_open(plan, RATE);
                if (h < 0) {
                    printf("| %s | p8_open failed %d |\n", name, (int)h);
                    free(text);
                    return;
                }
                int32_t st = p8_firmware_load(h, text, "", debug, 0);
                loads[debug] = st == P8_OK;
                if (st != P8_OK) {
                    p8_firmware_message(h, (uint8_t *)load_msg, sizeof load_msg);
                    p8_close(h);
                    s = 3;
                    break;
                }
                int32_t rep[P8_REGION_COUNT * P8_REPORT_FIELDS];
                if (p8_memory_report(h, rep, P8_REGION_COUNT * P8_REPORT_FIELDS) > 0) {
                    r.program_bytes = rep[P8_REGION_PROGRAM * P8_REPORT_FIELDS + P8_REPORT_USED];
                    r.global_bytes = rep[P8_REGION_GLOBAL * P8_REPORT_FIELDS + P8_REPORT_USED];
                }
                run(h, &SETTINGS[s], noise, seconds, &r);
                int32_t state = p8_firmware_state(h);
                if (state != P8_FW_RUNNING && r.state == P8_FW_RUNNING) { /* keep the first failure */
                    r.state = state;
                    p8_firmware_error(h, r.err, 3);
                    p8_firmware_message(h, (uint8_t *)r.message, sizeof r.message);
                }
                p8_close(h);
            }
    }
    free(text);
    if (!loads[0] && !loads[1]) {
        printf("| %s | no | | | | load error: %s |\n", name, load_msg);
        return;
    }
    double ratio = r.in_energy > 0 ? sqrt(r.out_energy / r.in_energy) : 0.0;
    printf("| %s | %s | %lld | %d / %d | %d | %d / %d | %s%s (code %d, tick %d); out/in rms %.2f, peak %d, "
           "out!=in %s, %d trace lines |\n",
           name, loads[0] && loads[1] ? "yes" : loads[0] ? "DEBUG 0 only" : "DEBUG 1 only", r.ticks,
           (int)r.instr_avg_max, (int)r.instr_max, (int)r.stack_high, (int)r.program_bytes, (int)r.global_bytes,
           r.state == P8_FW_RUNNING ? "running" : r.state == P8_FW_ABORTED ? "aborted: " : "stopped: ",
           r.state == P8_FW_RUNNING ? "" : r.message, (int)r.err[0], (int)r.err[2], ratio, (int)r.peak,
           r.out_diff > 0 ? "yes" : "no", r.trace_lines);
    if (loads[0] != loads[1]) printf("|  | DEBUG %d load error: %s |\n", loads[0] ? 1 : 0, load_msg);
}

int main(int argc, char **argv) {
    double seconds = 2.0;
    int32_t plan = P8_PLAN_DEFAULT;
    int i = 1;
    for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
        if (strcmp(argv[i], "--seconds") == 0) seconds = atof(argv[i + 1]);
        else if (strcmp(argv[i], "--plan") == 0) plan = strcmp(argv[i + 1], "seed") == 0 ? P8_PLAN_SEED : P8_PLAN_DEFAULT;
    }
    printf("| firmware | loads | ticks run | VM instr/tick avg / max | stack words | program / global bytes | result |\n"
           "|---|---|---|---|---|---|---|\n");
    for (; i < argc; i++) sweep(argv[i], seconds, plan);
    return 0;
}
