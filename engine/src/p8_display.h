/*
 * p8_display.h — displayLEDs[4] of the stock operators (spec/permut8.md §4.4; rules for the gaps in
 * STOCK_CHOICES.md). [0] op1 high, [1] op1 low, [2] op2 high, [3] op2 low; bit 7 = leftmost LED.
 * Computed once per block from the last tick's state (the C# side samples it at >= 100 Hz).
 *   pos1: positions after slot 1, pos2: final positions (16.4), clock: counter of that tick.
 */
#ifndef P8_DISPLAY_H
#define P8_DISPLAY_H

#include <stdint.h>

#include "p8_operators.h"

void p8_display_leds(const p8_operators *o, uint16_t clock, const uint32_t pos1[2], const uint32_t pos2[2],
                     int32_t leds[4]);

/* LED index 0..31 of a row for a frame (red: write frame) or a 16.4 position (green: read heads). */
static inline int32_t p8_display_row_led_of_frame(uint32_t frame) { return (int32_t)((frame & 0xFFFFu) >> 11); }
static inline int32_t p8_display_row_led_of_position(uint32_t pos) { return (int32_t)((pos & 0xFFFFFu) >> 15); }

#endif
