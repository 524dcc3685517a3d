// main.c: the orbitrig MCU board's boot sequence: heap, flash mount, boot.py, main.py, REPL.
//
// boot.py and main.py run from the flash when it has them (`orbitrig flash` writes them there),
// else from the frozen copies in the image, so a new board runs the frozen firmware at once.
// A soft reboot from the raw REPL skips main.py, as on every MicroPython board (mpremote
// relies on it).
#include "py/compile.h"
#include "py/gc.h"
#include "py/mperrno.h"
#include "py/runtime.h"
#include "py/stackctrl.h"
#include "extmod/vfs.h"
#include "shared/readline/readline.h"
#include "shared/runtime/gchelper.h"
#include "shared/runtime/pyexec.h"
#include "py/frozenmod.h"
#include "board.h"

#define STACK_BYTES (16 * 1024)

static uint32_t gc_heap[MICROPY_HEAP_SIZE / sizeof(uint32_t)];

void flash_mount_root(void);

static int run_script(const char *name) {
    if (mp_import_stat(name) == MP_IMPORT_STAT_FILE) {
        return pyexec_file(name);
    }
    if (mp_find_frozen_module(name, NULL, NULL) == MP_IMPORT_STAT_FILE) {
        return pyexec_frozen_module(name, true);
    }
    return 1;
}

int main(void) {
    board_init();
    mp_cstack_init_with_sp_here(STACK_BYTES);

    for (;;) {
        gc_init(gc_heap, (uint8_t *)gc_heap + sizeof(gc_heap));
        mp_init();
        // Port root pointers outlive a soft reset; what they pointed to was in the old heap.
        MP_STATE_VM(board_env) = MP_OBJ_NULL;
        readline_init0();
        flash_mount_root();

        int ret = run_script("boot.py");
        if (!(ret & PYEXEC_FORCED_EXIT) && pyexec_mode_kind == PYEXEC_MODE_FRIENDLY_REPL) {
            ret = run_script("main.py");
        }
        if (!(ret & PYEXEC_FORCED_EXIT)) {
            for (;;) {
                if (pyexec_mode_kind == PYEXEC_MODE_RAW_REPL) {
                    if (pyexec_raw_repl() != 0) {
                        break;
                    }
                } else if (pyexec_friendly_repl() != 0) {
                    break;
                }
            }
        }

        mp_printf(&mp_plat_print, "MPY: soft reboot\n");
        gc_sweep_all();
        mp_deinit();
        board_note_soft_reset();
    }
}

void gc_collect(void) {
    gc_collect_start();
    gc_helper_collect_regs_and_stack();
    gc_collect_end();
}

void nlr_jump_fail(void *val) {
    (void)val;
    mp_printf(&mp_plat_print, "FATAL: uncaught NLR\n");
    board_reset(BOARD_RESET_HARD);
}

#ifndef NDEBUG
void __assert_func(const char *file, int line, const char *func, const char *expr) {
    (void)func;
    mp_printf(&mp_plat_print, "FATAL: assertion '%s' failed at %s:%d\n", expr, file, line);
    board_reset(BOARD_RESET_HARD);
}
#endif
