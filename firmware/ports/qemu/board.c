// board.c: startup, vector table, clock, UARTs, reset cause and watchdog of the orbitrig MCU board.
//
// The machine is QEMU's mps2-an385: a Cortex-M3 at 25 MHz, CMSDK APB UARTs (UART0 at 0x40004000,
// receive IRQ 0; UART1 at 0x40005000), SysTick, 4 MiB of code RAM at 0 and 4 MiB of data RAM at
// 0x20000000 (board.ld), and the PSRAM the host backs with the flash file (board.h).
#include <string.h>

#include "py/mpconfig.h"
#include "py/ringbuf.h"
#include "py/runtime.h"
#include "shared/runtime/interrupt_char.h"
#include "board.h"

#define CPU_HZ              (25000000u)
#define CYCLES_PER_US       (CPU_HZ / 1000000u)
// SysTick period: the clock counts periods and reads the counter within one. 10 ms rather than
// 1 ms because every period wakes the core, and an idle board then costs the host little;
// shorter waits are woken by timer 0 (board_arm_wakeup).
#ifndef SYSTICK_US
#define SYSTICK_US          (10000u)
#endif
#define SYSTICK_RELOAD      (SYSTICK_US * CYCLES_PER_US - 1)

// System control space
#define REG32(addr)         (*(volatile uint32_t *)(addr))
#define SYST_CSR            REG32(0xE000E010)
#define SYST_RVR            REG32(0xE000E014)
#define SYST_CVR            REG32(0xE000E018)
#define SCB_ICSR            REG32(0xE000ED04)
#define SCB_AIRCR           REG32(0xE000ED0C)
#define NVIC_ISER0          REG32(0xE000E100)
#define ICSR_PENDSTSET      (1u << 26)
#define AIRCR_SYSRESETREQ   (0x05FA0004u)

// CMSDK APB UART
typedef struct {
    volatile uint32_t DATA;
    volatile uint32_t STATE;
    volatile uint32_t CTRL;
    volatile uint32_t INTSTATUS;  // write 1s to clear
    volatile uint32_t BAUDDIV;
} cmsdk_uart_t;
#define UART0               ((cmsdk_uart_t *)0x40004000)
#define UART1               ((cmsdk_uart_t *)0x40005000)
#define UART_TXFULL         (1u << 0)
#define UART_RXFULL         (1u << 1)
#define UART_TX_EN          (1u << 0)
#define UART_RX_EN          (1u << 1)
#define UART_RX_INTEN       (1u << 3)
#define UART_RX_INT         (1u << 1)
#define UART0_RX_IRQ        (0)

// CMSDK APB timer 0: one-shot wake-ups for waits shorter than the clock's 1 ms tick
typedef struct {
    volatile uint32_t CTRL;
    volatile uint32_t VALUE;
    volatile uint32_t RELOAD;
    volatile uint32_t INTSTATUS;  // write 1 to clear
} cmsdk_timer_t;
#define TIMER0              ((cmsdk_timer_t *)0x40000000)
#define TIMER_EN            (1u << 0)
#define TIMER_INTEN         (1u << 3)
#define TIMER0_IRQ          (8)

#define RESET_MAGIC         (0x0B17C0DEu)
#define RX_BUF_SIZE         (2048)

extern uint32_t _estack, _sidata, _sdata, _edata, _sbss, _ebss;
int main(void);

// Outside .bss (board.ld: NOLOAD, not zeroed at reset): what the last reset was, kept across a
// reset of the chip. QEMU starts with it zeroed, which reads as a power-on.
typedef struct {
    uint32_t magic;
    uint32_t cause;
    uint32_t boots;  // since power-on: no two boots seed random alike
} reset_record_t;
static reset_record_t reset_record __attribute__((section(".noinit")));

static int reset_cause;
static volatile uint32_t systick_periods;
static volatile uint32_t events;  // set by interrupts; board_wait_for_event sleeps only while clear
static volatile uint32_t wdt_timeout_ms;
static volatile uint32_t wdt_left_ms;
static volatile int32_t rx_marks;  // bytes equal to rx_mark in the ring
static int rx_mark = -1;
static uint8_t rx_storage[RX_BUF_SIZE];
static ringbuf_t rx_buf = { rx_storage, sizeof(rx_storage), 0, 0 };

// --- startup -----------------------------------------------------------------------------------

__attribute__((naked, noreturn)) void Reset_Handler(void) {
    __asm volatile ("ldr r0, =_estack\n mov sp, r0");
    for (uint32_t *src = &_sidata, *dst = &_sdata; dst < &_edata;) {
        *dst++ = *src++;
    }
    for (uint32_t *dst = &_sbss; dst < &_ebss;) {
        *dst++ = 0;
    }
    main();
    board_reset(BOARD_RESET_HARD);
}

static void fault(const char *what) {
    // A real board would reset here; halting keeps the message readable and lets the host report
    // that the firmware stopped, instead of a boot loop.
    static const char prefix[] = "\r\nFATAL: ";
    board_uart0_tx((const uint8_t *)prefix, sizeof(prefix) - 1);
    board_uart0_tx((const uint8_t *)what, strlen(what));
    board_uart0_tx((const uint8_t *)"\r\n", 2);
    for (;;) {
        __asm volatile ("cpsid i\n wfi");
    }
}

void NMI_Handler(void) {
    fault("NMI");
}
void HardFault_Handler(void) {
    fault("HardFault");
}
void MemManage_Handler(void) {
    fault("MemManage fault");
}
void BusFault_Handler(void) {
    fault("BusFault");
}
void UsageFault_Handler(void) {
    fault("UsageFault");
}
void Default_Handler(void) {
    fault("unexpected interrupt");
}
void SysTick_Handler(void);
void UART0_RX_Handler(void);
void TIMER0_Handler(void);

// The core's 16 exceptions, then the AN385's external interrupts (32; UART0 RX and timer 0 used).
const uint32_t isr_vector[16 + 32] __attribute__((section(".isr_vector"), used)) = {
    [0] = (uint32_t)&_estack,
    [1] = (uint32_t)&Reset_Handler,
    [2] = (uint32_t)&NMI_Handler,
    [3] = (uint32_t)&HardFault_Handler,
    [4] = (uint32_t)&MemManage_Handler,
    [5] = (uint32_t)&BusFault_Handler,
    [6] = (uint32_t)&UsageFault_Handler,
    [11] = (uint32_t)&Default_Handler,
    [12] = (uint32_t)&Default_Handler,
    [14] = (uint32_t)&Default_Handler,
    [15] = (uint32_t)&SysTick_Handler,
    [16 + UART0_RX_IRQ] = (uint32_t)&UART0_RX_Handler,
    [16 + TIMER0_IRQ] = (uint32_t)&TIMER0_Handler,
};

static const board_flash_header_t *flash_header(void) {
    const board_flash_header_t *h = (const board_flash_header_t *)BOARD_FLASH_HEADER;
    return memcmp(h->magic, BOARD_FLASH_MAGIC, sizeof(h->magic)) == 0 ? h : NULL;
}

uint32_t board_fs_bytes(void) {
    const board_flash_header_t *h = flash_header();
    uint32_t n = h ? h->fs_bytes : BOARD_FS_DEFAULT_BYTES;
    if (n < 16 * BOARD_FLASH_BLOCK || n > BOARD_FLASH_SIZE - BOARD_FLASH_BLOCK) {
        n = BOARD_FS_DEFAULT_BYTES;
    }
    return n - n % BOARD_FLASH_BLOCK;
}

uint32_t board_random_seed(void) {
    const board_flash_header_t *h = flash_header();
    uint32_t noise = h ? h->noise : 0;
    return (noise ^ (reset_record.boots * 0x9E3779B9u) ^ board_ticks_us()) | 1;
}

uint32_t board_straps(void) {
    const board_flash_header_t *h = flash_header();
    return h ? h->straps : 0;
}

void board_init(void) {
    if (reset_record.magic == RESET_MAGIC) {
        reset_cause = (int)reset_record.cause;
        reset_record.boots += 1;
    } else {
        reset_cause = BOARD_RESET_PWRON;
        reset_record.boots = 0;
    }
    // A reset nobody records below (the host's reset button) reads as a hard reset.
    reset_record.magic = RESET_MAGIC;
    reset_record.cause = BOARD_RESET_HARD;

    SYST_CVR = 0;
    SYST_RVR = SYSTICK_RELOAD;
    SYST_CSR = 7;  // enable, interrupt, processor clock

    UART0->BAUDDIV = 16;
    UART0->CTRL = UART_TX_EN | UART_RX_EN | UART_RX_INTEN;
    UART1->BAUDDIV = 16;
    UART1->CTRL = UART_TX_EN;
    TIMER0->CTRL = 0;
    NVIC_ISER0 = (1u << UART0_RX_IRQ) | (1u << TIMER0_IRQ);
}

uint32_t board_disable_irq(void) {
    uint32_t state;
    __asm volatile ("mrs %0, primask\n cpsid i" : "=r" (state) : : "memory");
    return state;
}

void board_enable_irq(uint32_t state) {
    __asm volatile ("msr primask, %0" : : "r" (state) : "memory");
}

static void arm_wakeup_us(uint32_t us) {
    TIMER0->CTRL = 0;
    TIMER0->INTSTATUS = 1;
    // RELOAD too: QEMU stops a timer whose reload is 0 instead of letting it expire once
    TIMER0->RELOAD = us * CYCLES_PER_US;
    TIMER0->VALUE = us * CYCLES_PER_US;
    TIMER0->CTRL = TIMER_EN | TIMER_INTEN;
}

void board_wait_for_event(int timeout_ms) {
    // WFI with interrupts masked still wakes on a pending one, and the check before it cannot
    // race with an interrupt that would otherwise be missed until the next wake-up.
    if (timeout_ms == 0) {
        return;
    }
    uint32_t state = board_disable_irq();
    if (!events) {
        if (timeout_ms > 0 && (uint32_t)timeout_ms * 1000u < SYSTICK_US) {
            arm_wakeup_us((uint32_t)timeout_ms * 1000u);
        }
        __asm volatile ("wfi");
        TIMER0->CTRL = 0;
    }
    events = 0;
    board_enable_irq(state);
}

// --- clock and watchdog --------------------------------------------------------------------------

void SysTick_Handler(void) {
    systick_periods += 1;
    events = 1;
    if (wdt_timeout_ms) {
        if (wdt_left_ms <= SYSTICK_US / 1000) {
            board_reset(BOARD_RESET_WDT);
        }
        wdt_left_ms -= SYSTICK_US / 1000;
    }
}

static uint64_t ticks_us64(void) {
    // The period count and the down-counter must come from the same period: a wrap that the
    // interrupt has not counted yet shows as a pending SysTick, and then the counter is read
    // again (after the wrap) against the next period. Without this the clock stepped back by a
    // period now and then (upstream's port reads them unpaired).
    uint32_t state = board_disable_irq();
    uint32_t periods = systick_periods;
    uint32_t cvr = SYST_CVR;
    if (SCB_ICSR & ICSR_PENDSTSET) {
        cvr = SYST_CVR;
        periods += 1;
    }
    board_enable_irq(state);
    return (uint64_t)periods * SYSTICK_US + (SYSTICK_RELOAD - cvr) / CYCLES_PER_US;
}

uint32_t board_ticks_ms(void) {
    return (uint32_t)(ticks_us64() / 1000u);
}

uint32_t board_ticks_us(void) {
    return (uint32_t)ticks_us64();
}

void TIMER0_Handler(void) {
    TIMER0->INTSTATUS = 1;
    TIMER0->CTRL = 0;
    events = 1;
}

void board_sleep_us(uint32_t us) {
    // Sleep through a short wait instead of spinning: the host's CPU stays free while the
    // firmware waits for its next tick (it naps in 50 us steps before each one).
    uint32_t start = board_ticks_us();
    uint32_t elapsed;
    while ((elapsed = board_ticks_us() - start) < us) {
        uint32_t state = board_disable_irq();
        arm_wakeup_us(us - elapsed);
        __asm volatile ("wfi");
        TIMER0->CTRL = 0;
        events = 0;
        board_enable_irq(state);
    }
}

bool board_uart0_wait_marked(uint32_t us) {
    // As board_sleep_us, but a whole frame (UART(0)'s mark) ends the sleep early: the firmware
    // sleeps once to its next deadline and still answers a frame as soon as it is complete.
    // The check and the WFI run with interrupts masked, so a byte cannot slip in between.
    uint32_t start = board_ticks_us();
    uint32_t elapsed;
    bool marked;
    while (!(marked = board_uart0_rx_marked()) && (elapsed = board_ticks_us() - start) < us) {
        uint32_t state = board_disable_irq();
        if (!board_uart0_rx_marked()) {
            arm_wakeup_us(us - elapsed);
            __asm volatile ("wfi");
            TIMER0->CTRL = 0;
        }
        events = 0;
        board_enable_irq(state);
    }
    return marked;
}

void board_wdt_start(uint32_t timeout_ms) {
    wdt_left_ms = timeout_ms;
    wdt_timeout_ms = timeout_ms;
}

void board_wdt_feed(void) {
    wdt_left_ms = wdt_timeout_ms;
}

// --- UARTs ----------------------------------------------------------------------------------------

static void uart0_drain(void) {
    // When the ring is full the byte stays in the UART, whose full receive register makes QEMU
    // stop taking bytes from the host: flow control instead of a lost byte.
    while (UART0->STATE & UART_RXFULL) {
        if (ringbuf_free(&rx_buf) == 0) {
            UART0->CTRL &= ~UART_RX_INTEN;
            return;
        }
        int c = UART0->DATA & 0xff;
        if (c == mp_interrupt_char) {
            mp_sched_keyboard_interrupt();
        } else {
            ringbuf_put(&rx_buf, (uint8_t)c);
            if (c == rx_mark) {
                rx_marks += 1;
            }
        }
    }
}

void UART0_RX_Handler(void) {
    // Clear first, then drain: a byte that lands after the clear raises the interrupt again.
    UART0->INTSTATUS = UART_RX_INT;
    uart0_drain();
    events = 1;
}

int board_uart0_rx_any(void) {
    return ringbuf_avail(&rx_buf) ? 1 : 0;
}

void board_uart0_set_mark(int c) {
    uint32_t state = board_disable_irq();
    rx_mark = c;
    rx_marks = 0;
    for (size_t i = rx_buf.iget; c >= 0 && i != rx_buf.iput; i = (i + 1) % rx_buf.size) {
        rx_marks += rx_buf.buf[i] == c;
    }
    board_enable_irq(state);
}

int board_uart0_rx_marked(void) {
    return rx_mark < 0 ? board_uart0_rx_any() : rx_marks > 0;
}

int board_uart0_rx_chr(void) {
    uint32_t state = board_disable_irq();
    int c = ringbuf_get(&rx_buf);
    if (c >= 0 && c == rx_mark) {
        rx_marks -= 1;
    }
    if (!(UART0->CTRL & UART_RX_INTEN)) {
        UART0->CTRL |= UART_RX_INTEN;
        uart0_drain();
    }
    board_enable_irq(state);
    return c;
}

static void uart_tx(cmsdk_uart_t *uart, const uint8_t *buf, size_t len) {
    for (size_t i = 0; i < len; ++i) {
        while (uart->STATE & UART_TXFULL) {
        }
        uart->DATA = buf[i];
    }
}

void board_uart0_tx(const uint8_t *buf, size_t len) {
    uart_tx(UART0, buf, len);
}

void board_uart1_tx(const uint8_t *buf, size_t len) {
    uart_tx(UART1, buf, len);
}

// --- reset ----------------------------------------------------------------------------------------

int board_reset_cause(void) {
    return reset_cause;
}

void board_note_soft_reset(void) {
    reset_cause = BOARD_RESET_SOFT;
}

void board_reset(int cause) {
    reset_record.magic = RESET_MAGIC;
    reset_record.cause = (uint32_t)cause;
    __asm volatile ("dsb");
    SCB_AIRCR = AIRCR_SYSRESETREQ;
    for (;;) {
    }
}
