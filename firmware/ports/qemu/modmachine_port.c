// modmachine_port.c (included by extmod/modmachine.c): machine.idle/reset/reset_cause of the board.
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
