/* p8_api.h — internal: the handle table behind the public API, shared by the p8_api*.c files. */
#ifndef P8_API_INTERNAL_H
#define P8_API_INTERNAL_H

#include "p8_engine.h"

/* The engine behind an open handle, or NULL. */
p8_engine *p8_api_engine(int32_t handle);

/* p8_open with a caller-supplied allocator hook: the device port uses it to put the delay memory in PSRAM.
 * Same checks and return values as p8_open. CONTROL. */
int32_t p8_api_open_with_hook(int32_t plan, int32_t codec_rate_hz, p8_mem_hook hook);

/* Copies a zero-terminated string into an interop byte buffer; returns its length or P8_ERR_BUFFER_TOO_SMALL. */
int32_t p8_api_copy_string(const char *text, uint8_t *buf, int32_t capacity);

#endif
