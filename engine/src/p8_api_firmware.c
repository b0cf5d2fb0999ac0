/*
 * p8_api_firmware.c — the public p8_firmware_* functions (CONTROL): thin wrappers over the engine's
 * p8_fw_host. The host constant functions live in p8_host_constants.c.
 *
 * Integration: p8_engine.h embeds `p8_fw_host fw;` and defines P8_ENGINE_HAS_FIRMWARE; until then this file
 * compiles to nothing so the rest of the engine keeps building.
 */
#include "p8_api.h"

#ifdef P8_ENGINE_HAS_FIRMWARE

#include "p8_firmware_host.h"

int32_t p8_firmware_load(int32_t handle, const char *gazl_text, const char *config, int32_t debug, int32_t instance) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    if (!gazl_text) return P8_ERR_BAD_ARGUMENT;
    return p8_fw_host_load(&e->fw, gazl_text, config ? config : "", debug != 0, instance);
}

int32_t p8_firmware_unload(int32_t handle) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    p8_fw_host_unload(&e->fw);
    return P8_OK;
}

int32_t p8_firmware_state(int32_t handle) {
    p8_engine *e = p8_api_engine(handle);
    return e ? p8_fw_host_state(&e->fw) : P8_ERR_BAD_HANDLE;
}

int32_t p8_firmware_message(int32_t handle, uint8_t *buf, int32_t capacity) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    if (!buf || capacity < 1) return P8_ERR_BAD_ARGUMENT;
    return p8_api_copy_string(p8_fw_host_message(&e->fw), buf, capacity);
}

int32_t p8_firmware_error(int32_t handle, int32_t *out, int32_t capacity) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    if (!out) return P8_ERR_BAD_ARGUMENT;
    if (capacity < 3) return P8_ERR_BUFFER_TOO_SMALL;
    p8_fw_host_error(&e->fw, out);
    return 3;
}

int32_t p8_firmware_text(int32_t handle, int32_t index, uint8_t *buf, int32_t capacity) {
    p8_engine *e = p8_api_engine(handle);
    if (!e) return P8_ERR_BAD_HANDLE;
    if (!buf || capacity < 1 || index < 0 || index > P8_FW_TEXT_CONFIG) return P8_ERR_BAD_ARGUMENT;
    return p8_fw_host_text(&e->fw, index, (char *)buf, capacity);
}

#endif
