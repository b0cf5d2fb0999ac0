/*
 * p8_esp32_alloc.c — the engine's allocator hook on the ESP32, and the device open/close.
 *
 * Where each region goes (p8_mem_plan budgets, default plan in brackets):
 *   PSRAM     delay memory [256 KiB], program [256 KiB], global [128 KiB], loader [256 KiB]: large; the delay
 *             memory is read a few frames per tick, which the PSRAM cache serves well.
 *   internal  stack, audio io, parameter, display, pools, dsp state [~225 KiB]: touched every sample.
 *             Falls back to PSRAM when internal RAM would drop below P8_ESP32_INTERNAL_RESERVE (task stacks,
 *             DMA descriptors and Wi-Fi need it), so open never fails for lack of internal RAM alone.
 * nanoCLR takes all of PSRAM but CONFIG_ESP32_RESERVE_SPIRAM_IDF_ALLOCATION_BYTES (256 KiB by default) for
 * the managed heap at boot, which cannot even hold the delay memory: the custom image must raise it
 * (engine/port/esp32/README.md: 1.5 MiB for the default plan).
 */
#include "p8_esp32.h"

#include "esp_heap_caps.h"

#define P8_ESP32_INTERNAL_RESERVE (48u * 1024u)

static int p8_esp32_region_is_bulk(int region) {
    return region == P8_REGION_DELAY_MEMORY || region == P8_REGION_PROGRAM || region == P8_REGION_GLOBAL ||
           region == P8_REGION_LOADER;
}

static void *p8_esp32_alloc(void *ctx, size_t bytes, int region) {
    (void)ctx;
    const uint32_t spiram = MALLOC_CAP_SPIRAM | MALLOC_CAP_8BIT;
    const uint32_t internal = MALLOC_CAP_INTERNAL | MALLOC_CAP_8BIT;
    if (p8_esp32_region_is_bulk(region)) return heap_caps_malloc(bytes, spiram);
    if (heap_caps_get_largest_free_block(internal) >= bytes + P8_ESP32_INTERNAL_RESERVE) {
        void *p = heap_caps_malloc(bytes, internal);
        if (p) return p;
    }
    return heap_caps_malloc(bytes, spiram);
}

static void p8_esp32_free(void *ctx, void *ptr, int region) {
    (void)ctx;
    (void)region;
    heap_caps_free(ptr);
}

p8_mem_hook p8_esp32_mem_hook(void) {
    p8_mem_hook hook = {p8_esp32_alloc, p8_esp32_free, NULL};
    return hook;
}
