// modmachine_port.c (included by extmod/modmachine.c): machine.idle/reset/reset_cause of the board,
// and machine.wait_mark_us(us) of this board alone (see board_uart0_wait_marked).
#include "board.h"

static void mp_machine_idle(void) {
    board_wait_for_event(-1);
}

MP_NORETURN static void mp_machine_reset(void) {
    board_reset(BOARD_RESET_HARD);
}

static mp_int_t mp_machine_reset_cause(void) {
    return board_reset_cause();
}

// machine.wait_mark_us(us): sleep until UART(0) holds its mark byte (a whole frame; see
// UART(0, mark=...)) or us microseconds have passed. True for the mark. Not in upstream's
// machine: hal_mcu.py alone calls it, so the loop sleeps once per tick instead of in naps.
static mp_obj_t machine_wait_mark_us(mp_obj_t us_in) {
    mp_int_t us = mp_obj_get_int(us_in);
    return mp_obj_new_bool(board_uart0_wait_marked(us > 0 ? (uint32_t)us : 0));
}
static MP_DEFINE_CONST_FUN_OBJ_1(machine_wait_mark_us_obj, machine_wait_mark_us);
