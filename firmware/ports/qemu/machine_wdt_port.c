// machine_wdt_port.c (included by extmod/machine_wdt.c): machine.WDT, kept by the clock interrupt.
//
// Like an RP2040's or ESP32's, it cannot be stopped once started: a main loop that stops
// feeding it for timeout ms resets the board with reset cause WDT_RESET.
#include "board.h"

struct _machine_wdt_obj_t {
    mp_obj_base_t base;
};

static const machine_wdt_obj_t machine_wdt = { { &machine_wdt_type } };

static machine_wdt_obj_t *mp_machine_wdt_make_new_instance(mp_int_t id, mp_int_t timeout_ms) {
    if (id != 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("WDT id must be 0"));
    }
    if (timeout_ms < 1) {
        mp_raise_ValueError(MP_ERROR_TEXT("WDT timeout must be at least 1 ms"));
    }
    board_wdt_start((uint32_t)timeout_ms);
    return (machine_wdt_obj_t *)&machine_wdt;
}

static void mp_machine_wdt_feed(machine_wdt_obj_t *self) {
    (void)self;
    board_wdt_feed();
}
