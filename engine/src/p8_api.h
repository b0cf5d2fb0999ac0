/* p8_api.h — internal: the handle table behind the public API, shared by the p8_api*.c files. */
#ifndef P8_API_INTERNAL_H
#define P8_API_INTERNAL_H

#include "p8_engine.h"

/* The engine behind an open handle, or NULL. */
p8_engine *p8_api_engine(int32_t handle);

/* Copies a zero-terminated string into an interop byte buffer; returns its length or P8_ERR_BUFFER_TOO_SMALL. */
int32_t p8_api_copy_string(const char *text, uint8_t *buf, int32_t capacity);

#endif
