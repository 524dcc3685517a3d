// mpconfigport.h: MicroPython configuration of the orbitrig MCU board (QEMU mps2-an385, Cortex-M3).
//
// An out-of-tree port: the core comes from third_party/micropython unmodified, the board-level
// code (startup, UARTs, clock, machine, flash) is ours. The feature level is upstream qemu's, plus
// what a usable board needs: littlefs on a persistent flash, machine.UART/WDT, Ctrl-C.
#include <stdint.h>
#include <alloca.h>

#define MICROPY_CONFIG_ROM_LEVEL            (MICROPY_CONFIG_ROM_LEVEL_EXTRA_FEATURES)

// Thumb-2 native code: the firmware's @viper and @native functions run as machine code.
#define MICROPY_EMIT_THUMB                  (1)
#define MICROPY_EMIT_INLINE_THUMB           (1)
#define MICROPY_MAKE_POINTER_CALLABLE(p)    ((void *)((mp_uint_t)(p) | 1))

#define MICROPY_PERSISTENT_CODE_LOAD        (1)
#define MICROPY_ENABLE_GC                   (1)
#define MICROPY_ENABLE_EMERGENCY_EXCEPTION_BUF (1)
#define MICROPY_EMERGENCY_EXCEPTION_BUF_SIZE (256)
#define MICROPY_LONGINT_IMPL                (MICROPY_LONGINT_IMPL_MPZ)
#define MICROPY_FLOAT_IMPL                  (MICROPY_FLOAT_IMPL_FLOAT)
#define MICROPY_MALLOC_USES_ALLOCATED_SIZE  (1)
#define MICROPY_MEM_STATS                   (1)
#define MICROPY_WARNINGS                    (1)
#define MICROPY_ALLOC_PATH_MAX              (256)
#define MICROPY_KBD_EXCEPTION               (1)
#define MICROPY_HELPER_REPL                 (1)
#define MICROPY_REPL_INFO                   (1)

// Filesystem: littlefs v2 on the board's flash (flashbdev.c), mounted at / by main.c.
#define MICROPY_READER_VFS                  (1)
#define MICROPY_VFS                         (1)
// MICROPY_VFS_LFS2 comes from the Makefile (extmod.mk builds littlefs from it).
#define MICROPY_PY_OS_UNAME                 (1)
#define MICROPY_PY_OS_INCLUDEFILE           "modos_port.c"
#define MICROPY_PY_OS_GETENV_PUTENV_UNSETENV (1)  // the board's boot straps (board.c)

#define MICROPY_PY_SYS_PLATFORM             "qemu"
#define MICROPY_PY_SYS_STDFILES             (1)
#define MICROPY_PY_SYS_STDIO_BUFFER         (1)
#define MICROPY_PY_ASYNCIO                  (0)
#define MICROPY_PY_MICROPYTHON_MEM_INFO     (1)
// random starts from a different seed at every boot (HELLO's boot_id must change on a reset)
#define MICROPY_MODULE_BUILTIN_INIT         (1)
#define MICROPY_PY_RANDOM_SEED_INIT_FUNC    (board_random_seed())

#define MICROPY_PY_MACHINE                  (1)
#define MICROPY_PY_MACHINE_INCLUDEFILE      "modmachine_port.c"
#define MICROPY_PY_MACHINE_RESET            (1)
#define MICROPY_PY_MACHINE_MEMX             (1)
#define MICROPY_PY_MACHINE_UART             (1)
#define MICROPY_PY_MACHINE_UART_INCLUDEFILE "machine_uart_port.c"
#define MICROPY_PY_MACHINE_UART_CLASS_CONSTANTS
#define MICROPY_PY_MACHINE_WDT              (1)
#define MICROPY_PY_MACHINE_WDT_INCLUDEFILE  "machine_wdt_port.c"
#define MICROPY_PY_MACHINE_EXTRA_GLOBALS \
    { MP_ROM_QSTR(MP_QSTR_PWRON_RESET), MP_ROM_INT(BOARD_RESET_PWRON) }, \
    { MP_ROM_QSTR(MP_QSTR_HARD_RESET), MP_ROM_INT(BOARD_RESET_HARD) }, \
    { MP_ROM_QSTR(MP_QSTR_WDT_RESET), MP_ROM_INT(BOARD_RESET_WDT) }, \
    { MP_ROM_QSTR(MP_QSTR_SOFT_RESET), MP_ROM_INT(BOARD_RESET_SOFT) }, \
    { MP_ROM_QSTR(MP_QSTR_wait_mark_us), MP_ROM_PTR(&machine_wait_mark_us_obj) },

#define MICROPY_HW_BOARD_NAME               "orbitrig MCU (QEMU mps2-an385)"
#define MICROPY_HW_MCU_NAME                 "Cortex-M3"

// Interrupt handlers (the UART's receive, the clock) share state with the VM.
#define MICROPY_BEGIN_ATOMIC_SECTION()      board_disable_irq()
#define MICROPY_END_ATOMIC_SECTION(state)   board_enable_irq(state)
// Sleep until an interrupt instead of polling: an idle board costs the host little.
#define MICROPY_INTERNAL_WFE(TIMEOUT_MS)    board_wait_for_event(TIMEOUT_MS)

#define MP_SSIZE_MAX                        (0x7fffffff)
#define MP_NEED_LOG2                        (1)
#define MP_STATE_PORT                       MP_STATE_VM

typedef long mp_off_t;

#define BOARD_RESET_PWRON                   (1)
#define BOARD_RESET_HARD                    (2)
#define BOARD_RESET_WDT                     (3)
#define BOARD_RESET_SOFT                    (5)

uint32_t board_disable_irq(void);
uint32_t board_random_seed(void);
void board_enable_irq(uint32_t state);
void board_wait_for_event(int timeout_ms);  // -1: until an interrupt
