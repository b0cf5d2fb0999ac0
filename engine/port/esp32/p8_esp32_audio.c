/*
 * p8_esp32_audio.c — the audio task: full-duplex I2S on the legacy driver, one p8_process call per 32-frame
 * block, cycle and underrun accounting. See p8_esp32.h for the contract.
 *
 * Why the legacy driver: nanoCLR's System.Device.I2s is built on IDF's legacy driver/i2s.h, and IDF 5 aborts at
 * boot when the new channel driver (i2s_std.h) is linked next to it. So we use the legacy API too, on port 0,
 * which the app never opens through System.Device.I2s.
 *
 * The loop: i2s_read blocks until the RX DMA delivers a block (this is the task's only wait, so it never starves
 * a core), p8_process, i2s_write (returns once the TX DMA has room). The DMA clock paces everything; with
 * P8_ESP32_DMA_BUFFERS x 32 frames the designed round trip is <= 2 ms at 48 kHz. A block not ready in time
 * shows up as an RX or TX queue overflow event (dropped input / repeated silence): each counts as an underrun.
 */
#define CONFIG_I2S_SUPPRESS_DEPRECATE_WARN 1 /* the legacy API is deliberate (see above) */
#define CONFIG_ADC_SUPPRESS_DEPRECATE_WARN 1 /* driver/i2s.h pulls in the legacy ADC types */

#include "p8_esp32.h"

#include <string.h>

#include "driver/i2s.h"
#include "esp_cpu.h"
#include "freertos/FreeRTOS.h"
#include "freertos/queue.h"
#include "freertos/semphr.h"
#include "freertos/task.h"

#include "p8_api.h"

#define P8_ESP32_EVENT_QUEUE 8
#define P8_ESP32_IO_TIMEOUT_MS 100

typedef struct {
    volatile int32_t handle;        /* engine processed by the task; -1 = stopped */
    volatile int stop_requested;
    int driver_installed;
    TaskHandle_t task;
    QueueHandle_t events;           /* legacy driver's event queue (created by i2s_driver_install) */
    SemaphoreHandle_t stopped;      /* given by the task as it leaves its loop */
    StaticSemaphore_t stopped_storage;
    StaticTask_t task_storage;
    StackType_t stack[P8_ESP32_AUDIO_STACK_BYTES / sizeof(StackType_t)];
    int16_t in[2 * P8_BLOCK_FRAMES];
    int16_t out[2 * P8_BLOCK_FRAMES];
} p8_esp32_audio;

static p8_esp32_audio s_audio = {.handle = -1};

static int32_t p8_esp32_drain_events(void) {
    int32_t overflows = 0;
    i2s_event_t event;
    while (s_audio.events && xQueueReceive(s_audio.events, &event, 0) == pdTRUE) {
        if (event.type == I2S_EVENT_RX_Q_OVF || event.type == I2S_EVENT_TX_Q_OVF || event.type == I2S_EVENT_DMA_ERROR)
            overflows++;
    }
    return overflows;
}

static void p8_esp32_audio_task(void *arg) {
    (void)arg;
    const i2s_port_t port = (i2s_port_t)P8_ESP32_I2S_PORT;
    const size_t block_bytes = sizeof s_audio.in;
    p8_esp32_drain_events(); /* start-up events are not underruns */
    while (!s_audio.stop_requested) {
        int32_t underruns = 0;
        size_t got = 0;
        if (i2s_read(port, s_audio.in, block_bytes, &got, pdMS_TO_TICKS(P8_ESP32_IO_TIMEOUT_MS)) != ESP_OK ||
            got != block_bytes) {
            memset((uint8_t *)s_audio.in + got, 0, block_bytes - got); /* no clock (codec unplugged?) */
            underruns++;
        }
        p8_engine *e = p8_api_engine(s_audio.handle);
        if (!e) break; /* closed under us: cannot happen through the glue, which stops audio first */
        uint32_t start = (uint32_t)esp_cpu_get_cycle_count();
        p8_process(s_audio.handle, s_audio.in, s_audio.out, P8_BLOCK_FRAMES);
        uint32_t cycles = (uint32_t)esp_cpu_get_cycle_count() - start;
        size_t put = 0;
        if (i2s_write(port, s_audio.out, block_bytes, &put, pdMS_TO_TICKS(P8_ESP32_IO_TIMEOUT_MS)) != ESP_OK ||
            put != block_bytes)
            underruns++;
        underruns += p8_esp32_drain_events();
        p8_engine_record_block(e, cycles, underruns);
    }
    xSemaphoreGive(s_audio.stopped);
    vTaskSuspend(NULL); /* the controller deletes us after taking the semaphore */
}

static int p8_esp32_pin_ok(int32_t pin, int output) {
    if (pin == -1) return 1;
    if (pin < 0 || pin > 39 || (pin >= 6 && pin <= 11)) return 0;
    return !(output && pin >= 34);
}

int32_t p8_esp32_start_audio(int32_t handle, int32_t mclk_pin, int32_t bclk_pin, int32_t ws_pin, int32_t dout_pin,
                             int32_t din_pin, int32_t sample_rate_hz) {
    if (!p8_api_engine(handle)) return P8_ERR_BAD_HANDLE;
    if (sample_rate_hz < 8000 || sample_rate_hz > 96000) return P8_ERR_BAD_ARGUMENT;
    if (!(mclk_pin == -1 || mclk_pin == 0 || mclk_pin == 1 || mclk_pin == 3)) return P8_ERR_BAD_ARGUMENT;
    if (!p8_esp32_pin_ok(bclk_pin, 1) || !p8_esp32_pin_ok(ws_pin, 1) || !p8_esp32_pin_ok(dout_pin, 1) ||
        !p8_esp32_pin_ok(din_pin, 0) || bclk_pin < 0 || ws_pin < 0)
        return P8_ERR_BAD_ARGUMENT;
    p8_esp32_stop_audio();

    i2s_config_t config = {
        .mode = (i2s_mode_t)(I2S_MODE_MASTER | I2S_MODE_TX | I2S_MODE_RX),
        .sample_rate = (uint32_t)sample_rate_hz,
        .bits_per_sample = I2S_BITS_PER_SAMPLE_16BIT,
        .channel_format = I2S_CHANNEL_FMT_RIGHT_LEFT,
        .communication_format = I2S_COMM_FORMAT_STAND_I2S,
        .intr_alloc_flags = 0,
        .dma_desc_num = P8_ESP32_DMA_BUFFERS,
        .dma_frame_num = P8_BLOCK_FRAMES,
        .use_apll = true, /* exact 256 fs MCLK for 44.1/48 kHz; the PLL_D2 divider jitters */
        .tx_desc_auto_clear = true,
        .fixed_mclk = 0,
        .mclk_multiple = I2S_MCLK_MULTIPLE_256,
    };
    const i2s_port_t port = (i2s_port_t)P8_ESP32_I2S_PORT;
    if (i2s_driver_install(port, &config, P8_ESP32_EVENT_QUEUE, &s_audio.events) != ESP_OK) {
        s_audio.events = NULL;
        return P8_ERR_OUT_OF_MEMORY;
    }
    s_audio.driver_installed = 1;
    i2s_pin_config_t pins = {
        .mck_io_num = mclk_pin,
        .bck_io_num = bclk_pin,
        .ws_io_num = ws_pin,
        .data_out_num = dout_pin,
        .data_in_num = din_pin,
    };
    if (i2s_set_pin(port, &pins) != ESP_OK) {
        p8_esp32_stop_audio();
        return P8_ERR_BAD_ARGUMENT;
    }
    i2s_zero_dma_buffer(port);

    if (!s_audio.stopped) s_audio.stopped = xSemaphoreCreateBinaryStatic(&s_audio.stopped_storage);
    s_audio.stop_requested = 0;
    s_audio.cycle_sum = 0;
    s_audio.cycle_blocks = 0;
    s_audio.handle = handle;
    s_audio.task = xTaskCreateStaticPinnedToCore(p8_esp32_audio_task, "p8_audio",
                                                 sizeof s_audio.stack / sizeof s_audio.stack[0], NULL,
                                                 P8_ESP32_AUDIO_PRIORITY, s_audio.stack, &s_audio.task_storage,
                                                 P8_ESP32_AUDIO_CORE);
    if (!s_audio.task) {
        s_audio.handle = -1;
        p8_esp32_stop_audio();
        return P8_ERR_OUT_OF_MEMORY;
    }
    return P8_OK;
}

int32_t p8_esp32_stop_audio(void) {
    if (s_audio.task) {
        s_audio.stop_requested = 1;
        /* the task finishes its block: one read + one write, each bounded by the I/O timeout */
        xSemaphoreTake(s_audio.stopped, pdMS_TO_TICKS(4 * P8_ESP32_IO_TIMEOUT_MS));
        vTaskDelete(s_audio.task);
        s_audio.task = NULL;
    }
    s_audio.handle = -1;
    if (s_audio.driver_installed) {
        i2s_driver_uninstall((i2s_port_t)P8_ESP32_I2S_PORT);
        s_audio.driver_installed = 0;
        s_audio.events = NULL;
    }
    return P8_OK;
}

int32_t p8_esp32_audio_handle(void) { return s_audio.handle; }

int32_t p8_esp32_open(int32_t plan, int32_t codec_rate_hz) {
    return p8_api_open_with_hook(plan, codec_rate_hz, p8_esp32_mem_hook());
}

int32_t p8_esp32_close(int32_t handle) {
    if (handle >= 0 && handle == s_audio.handle) p8_esp32_stop_audio();
    return p8_close(handle);
}

void p8_esp32_soft_reboot(void) {
    p8_esp32_stop_audio();
    for (int32_t h = 0; h < P8_MAX_ENGINES; h++) p8_close(h);
}
