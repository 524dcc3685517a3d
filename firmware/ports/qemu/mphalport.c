// mphalport.c: the MicroPython HAL of the orbitrig MCU board: stdio on UART0, the clock, delays.
#include "py/mphal.h"
#include "py/runtime.h"
#include "py/stream.h"
#include "board.h"

uintptr_t mp_hal_stdio_poll(uintptr_t poll_flags) {
    uintptr_t ret = 0;
    if ((poll_flags & MP_STREAM_POLL_RD) && board_uart0_rx_any()) {
        ret |= MP_STREAM_POLL_RD;
    }
    if (poll_flags & MP_STREAM_POLL_WR) {
        ret |= MP_STREAM_POLL_WR;
    }
    return ret;
}

int mp_hal_stdin_rx_chr(void) {
    for (;;) {
        int c = board_uart0_rx_chr();
        if (c >= 0) {
            return c;
        }
        mp_event_wait_indefinite();
    }
}

mp_uint_t mp_hal_stdout_tx_strn(const char *str, size_t len) {
    board_uart0_tx((const uint8_t *)str, len);
    return len;
}

mp_uint_t mp_hal_ticks_ms(void) {
    return board_ticks_ms();
}

mp_uint_t mp_hal_ticks_us(void) {
    return board_ticks_us();
}

mp_uint_t mp_hal_ticks_cpu(void) {
    return board_ticks_us();
}

uint64_t mp_hal_time_ns(void) {
    // No real-time clock: time counts from power-on (littlefs stamps files with it).
    return (uint64_t)board_ticks_us() * 1000u;
}

void mp_hal_delay_ms(mp_uint_t ms) {
    mp_uint_t start = mp_hal_ticks_ms();
    mp_event_handle_nowait();
    mp_uint_t elapsed;
    while ((elapsed = mp_hal_ticks_ms() - start) < ms) {
        mp_event_wait_ms(ms - elapsed);
    }
}

void mp_hal_delay_us(mp_uint_t us) {
    if (us < 1000) {
        board_sleep_us(us);
        return;
    }
    mp_uint_t start = mp_hal_ticks_us();
    mp_uint_t elapsed;
    while ((elapsed = mp_hal_ticks_us() - start) < us) {
        if (us - elapsed >= 1000) {
            mp_event_wait_ms(1);
        } else {
            board_sleep_us(us - elapsed);
        }
    }
}

static uint32_t random_state;

void mp_hal_get_random(size_t n, uint8_t *buf) {
    if (random_state == 0) {
        random_state = board_random_seed();
    }
    for (size_t i = 0; i < n; ++i) {
        random_state = random_state * 1664525u + 1013904223u;
        buf[i] = (uint8_t)(random_state >> 24);
    }
}
