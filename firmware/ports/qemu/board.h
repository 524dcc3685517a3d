// board.h: the board layer of the orbitrig MCU: clock, UARTs, reset cause, watchdog, flash map.
#ifndef ORBITRIG_BOARD_H
#define ORBITRIG_BOARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// The "flash": QEMU's 16 MiB PSRAM at 0x21000000, which the host backs with a file
// (memory-backend-file, share=on), so every write lands in that file at once, as on a chip.
// The host writes a header into its last 4 KiB: the filesystem's size and the boot straps.
#define BOARD_FLASH_BASE        (0x21000000u)
#define BOARD_FLASH_SIZE        (16u * 1024u * 1024u)
#define BOARD_FLASH_BLOCK       (4096u)
#define BOARD_FLASH_HEADER      (BOARD_FLASH_BASE + BOARD_FLASH_SIZE - BOARD_FLASH_BLOCK)
#define BOARD_FLASH_MAGIC       "ORBFLASH"
#define BOARD_FS_DEFAULT_BYTES  (1024u * 1024u)
#define BOARD_STRAP_SAFE_MODE   (1u << 0)  // the safe-mode "pin", held at boot
#define BOARD_STRAP_REPLAY      (1u << 1)  // the link replays replay.bin from the flash (hal_mcu.py)

typedef struct _board_flash_header_t {
    char magic[8];
    uint32_t fs_bytes;   // the littlefs filesystem: the first fs_bytes of the flash
    uint32_t straps;     // BOARD_STRAP_* bits
    uint32_t noise;      // fresh at each power-on (0 for a deterministic run): the random seed
} board_flash_header_t;

void board_init(void);
uint32_t board_fs_bytes(void);
uint32_t board_straps(void);
uint32_t board_random_seed(void);  // differs per boot: the host's noise, the boot count, the clock

// Clock: SysTick periods of 10 ms from the 25 MHz core clock, read to the microsecond.
uint32_t board_ticks_ms(void);
uint32_t board_ticks_us(void);
void board_sleep_us(uint32_t us);  // sleeps (WFI) until us have passed; interrupts still run

// UART0: the REPL and the protocol link. Received bytes go to a ring buffer from the receive
// interrupt, where the interrupt character becomes a KeyboardInterrupt.
int board_uart0_rx_any(void);
int board_uart0_rx_chr(void);  // -1 when none
// The mark: a byte (the link's frame delimiter) whose arrival makes UART(0) readable to poll,
// as a UART's character-match interrupt would; -1 for any byte.
void board_uart0_set_mark(int c);
int board_uart0_rx_marked(void);
// Sleeps (WFI) until the mark is in the ring or us have passed; true for the mark.
bool board_uart0_wait_marked(uint32_t us);
void board_uart0_tx(const uint8_t *buf, size_t len);
// UART1: transmit only (the simulation trace).
void board_uart1_tx(const uint8_t *buf, size_t len);

// Reset: the cause of the last one (BOARD_RESET_*), and a reset of the whole chip.
int board_reset_cause(void);
void board_note_soft_reset(void);
__attribute__((noreturn)) void board_reset(int cause);

// Watchdog, kept by the clock interrupt: the VM cannot stop it, only feed it.
void board_wdt_start(uint32_t timeout_ms);
void board_wdt_feed(void);

#endif
