/*
 * p8_host_constants.c — the ONE table of host constants a firmware's `#NAME` operands resolve against.
 * Values come from the public enums (permut8_engine.h), so params[], switches and operators can never disagree
 * with what the engine uses. The names are the SDK's host constant list ("Permut8 Firmware API", Host
 * Constants). DEBUG is not here: it is chosen per load (p8_firmware_load's `debug`) and added by the loader.
 */
#include <stddef.h>

#include "p8_firmware_host.h"

#include "gazl/gazl.h"

static const gazl_named_value p8_host_constants[] = {
    {"CLOCK_FREQ_PARAM_INDEX", P8_PARAM_CLOCK_FREQ},
    {"SWITCHES_PARAM_INDEX", P8_PARAM_SWITCHES},
    {"OPERATOR_1_PARAM_INDEX", P8_PARAM_OPERATOR_1},
    {"OPERAND_1_HIGH_PARAM_INDEX", P8_PARAM_OPERAND_1_HIGH},
    {"OPERAND_1_LOW_PARAM_INDEX", P8_PARAM_OPERAND_1_LOW},
    {"OPERATOR_2_PARAM_INDEX", P8_PARAM_OPERATOR_2},
    {"OPERAND_2_HIGH_PARAM_INDEX", P8_PARAM_OPERAND_2_HIGH},
    {"OPERAND_2_LOW_PARAM_INDEX", P8_PARAM_OPERAND_2_LOW},
    {"PARAM_COUNT", P8_PARAM_COUNT},
    {"SWITCHES_SYNC_MASK", P8_SWITCH_SYNC},
    {"SWITCHES_TRIPLET_MASK", P8_SWITCH_TRIPLET},
    {"SWITCHES_DOTTED_MASK", P8_SWITCH_DOTTED},
    {"SWITCHES_WRITE_PROTECT_MASK", P8_SWITCH_WRITE_PROTECT},
    {"SWITCHES_REVERSE_MASK", P8_SWITCH_REVERSE},
    {"OPERATOR_1_NOP", P8_OP1_NOP},
    {"OPERATOR_1_AND", P8_OP1_AND},
    {"OPERATOR_1_MUL", P8_OP1_MUL},
    {"OPERATOR_1_OSC", P8_OP1_OSC},
    {"OPERATOR_1_RND", P8_OP1_RND},
    {"OPERATOR_1_COUNT", P8_OP1_COUNT},
    {"OPERATOR_2_NOP", P8_OP2_NOP},
    {"OPERATOR_2_OR", P8_OP2_OR},
    {"OPERATOR_2_XOR", P8_OP2_XOR},
    {"OPERATOR_2_MSK", P8_OP2_MSK},
    {"OPERATOR_2_SUB", P8_OP2_SUB},
    {"OPERATOR_2_COUNT", P8_OP2_COUNT},
    {"POSITION_INT_BITS", 16},
    {"POSITION_FRACT_BITS", 4},
    {"HOST_POSITION_PPQ", 1920},
    {"GAZL_WORD_SIZE", GAZL_WORD_BITS},
};

#define P8_HOST_CONSTANT_COUNT ((int32_t)(sizeof p8_host_constants / sizeof p8_host_constants[0]))

const gazl_named_value *p8_host_constant_table(int32_t *count) {
    *count = P8_HOST_CONSTANT_COUNT;
    return p8_host_constants;
}

int32_t p8_host_constant_count(void) { return P8_HOST_CONSTANT_COUNT; }

int32_t p8_host_constant_name(int32_t index, uint8_t *buf, int32_t capacity) {
    if (index < 0 || index >= P8_HOST_CONSTANT_COUNT || !buf) return P8_ERR_BAD_ARGUMENT;
    const char *name = p8_host_constants[index].name;
    int32_t n = 0;
    while (name[n]) n++;
    if (n + 1 > capacity) return P8_ERR_BUFFER_TOO_SMALL;
    for (int32_t i = 0; i <= n; i++) buf[i] = (uint8_t)name[i];
    return n;
}

int32_t p8_host_constant_value(int32_t index) {
    if (index < 0 || index >= P8_HOST_CONSTANT_COUNT) return 0;
    return p8_host_constants[index].value;
}
