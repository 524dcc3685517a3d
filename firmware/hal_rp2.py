# hal_rp2.py: the HAL of a Raspberry Pi Pico (RP2040): PWM servos, PIO steppers, GPIO triggers.
#
# The interface is hal_sim.Hal's and docs/hal.md describes it. What both real boards share
# (servo PWM math, step bookkeeping, the link, the watchdog, reset causes kept across a
# reset) is hal_board.BoardHal's; this module adds the Pico's pins and its PIO step
# generator. The two are the only modules on this board that touch machine and rp2. The
# control loop calls set_axis() for the moving axes and then tick() once per control tick,
# and services the link with link_read() in between: none of the three allocates.
#
# Pins (Pico GPIO numbers)              what                          driven by
#   2, 3, 4 ...................... pan, tilt, roll servo signal      PWM, 50 Hz
#   10 / 11 ...................... slider step / dir                 PIO0 state machine 0
#   12 / 13 ...................... focus step / dir                  PIO0 state machine 1
#   14 ........................... stepper drivers enable            GPIO, active low
#   16, 17, 20, 21 ............... trigger lines 0..3 (shutter, focus, PIO1 state machines 0..3,
#                                   record, marker by default)   into opto-isolators
#   22 ........................... camera flash-sync input (X contact GPIO IRQ, pulled up
#                                   closes to ground)
#   0 / 1 ........................ link UART0 tx / rx                only when _LINK is _LINK_UART
#   "LED" ........................ status: on while armed

import time

import machine
import micropython
import rp2
from hal_board import BoardHal
from machine import Pin
from micropython import const
from orbitfw import wire

BOARD_KIND = wire.BOARD_RP2

# --- configuration -------------------------------------------------------------------------

# The axes are orbitfw/config.py AXES, the same on every board; their pulse widths, steps
# per unit and directions are configuration (`orbitrig config`), defaults in that table.

# Servo axes: axis, GPIO.
_SERVOS = (
    (0, 2),
    (1, 3),
    (2, 4),
)

# Stepper axes: axis, step GPIO, dir GPIO, PIO state machine.
_STEPPERS = (
    (3, 10, 11, 0),
    (4, 12, 13, 1),
)
_STEPPER_EN = const(14)  # shared enable, active low (A4988, DRV8825, TMC2209)

# Homing switches: axis, GPIO (pulled up; the switch closes to ground at the axis's end).
_SWITCHES = ((3, 18), (4, 19))

_TRIGGERS = (16, 17, 20, 21)
_SYNC = const(22)
_LED = "LED"

# The link: _LINK_USB runs the protocol on the USB-CDC REPL port (sys.stdin / sys.stdout),
# _LINK_UART on UART0 and leaves the REPL alone. docs/hal.md weighs the two.
_LINK_USB = const(0)
_LINK_UART = const(1)
_LINK = const(_LINK_USB)  # or _LINK_UART
_UART_ID = const(0)
_UART_TX = const(0)
_UART_RX = const(1)

# What machine.reset_cause() says, as a wire.RESET_* value. The RP2040 port knows only these
# two; machine.reset() itself reads as WDT_RESET.
_CAUSES = (
    (machine.PWRON_RESET, wire.RESET_POWER_ON),
    (machine.WDT_RESET, wire.RESET_WATCHDOG),
)

_SM_HZ = const(1000000)  # one PIO cycle per microsecond
_STEP_HIGH = const(5)  # step pulse width, cycles (us); drivers want >= 2
_STEP_CYCLES = const(9)  # PIO cycles per pulse at zero gap: high 5, low, mov, gap loop, jmp
_GUARD_CYCLES = const(10)  # the same, plus reading the switch, for a batch towards it
_COUNT_MAX = const(0x7FFF)  # 15-bit count field (0x7FFF reported back is "the batch ran whole")
_GAP_MAX = const(0x1FFF)  # 13-bit gap field: with the guard bit the word stays a small int
_GUARD = const(1 << 29)  # FIFO word bit: the batch moves towards the axis's homing switch
_FIFO_SLACK = const(2)  # words allowed in a TX FIFO (depth 4) before a tick holds back
_WDT_MAX_MS = const(8388)  # RP2040 watchdog limit

# pyright reads this block as taken and learns the PIO assembler's names; MicroPython
# compiles it away (the asm_pio decorator supplies them at run time).
TYPE_CHECKING = const(0)
if TYPE_CHECKING:
    from rp2.asm_pio import (
        in_,
        isr,
        jmp,
        label,
        mov,
        not_y,
        null,
        out,
        pin,
        pins,
        pull,
        push,
        set,
        x,
        x_dec,
        y,
        y_dec,
    )


# Trigger edges: one PIO1 state machine per line. A FIFO word is bit 0 the level, bits 1..31
# a delay in cycles (us): the edge happens that long after the word is taken, so its time is
# the state machine's, not the Python loop's (the loop hands an edge over EDGE_LEAD_US early).
# An idle machine (stalled on its pull) takes a word the cycle it is written; a busy one the
# cycle after the line's pending edge. _put_edge reads the clock and whether the machine has
# stalled, and writes the FIFO, a few instructions apart.
_EDGE_SM = const(4)  # PIO1's first state machine
_EDGE_LEAD_US = const(4000)
_EDGE_CYCLES = const(4)  # from taking a word to its edge, beyond the delay: out, out, jmp, mov
_TIMERAWL = const(0x40054028)  # TIMER's raw low word: the microseconds time.ticks_us() counts
_PIO1_FDEBUG = const(0x50300008)  # PIO1's sticky flags: TXSTALL of state machine j is bit 24 + j
_PIO1_FLEVEL = const(0x5030000C)  # PIO1's FIFO levels: TX of state machine j in bits 8j..8j+3
_PIO1_TXF = const(0x50300010)  # PIO1's TX FIFOs, state machines 0..3 one word apart
_TICKS_MASK = const(0x3FFFFFFF)  # time.ticks_us() wraps at 2**30
_FIFO_DEPTH = const(4)


@micropython.viper
def _put_edge(j: int, level: int, due: int, last: int) -> int:
    # Hand trigger line j's state machine the edge to `level` at raw time `due`; `last` is when
    # the line's previous edge happens. Returns when this edge will. In viper so that the clock is
    # read a few instructions before the FIFO write, not the tens of microseconds of Python it
    # took to get here (the edges were that late, and reported that much too early). Whether the
    # machine is idle is its TXSTALL flag, cleared with each word written here: it sets once the
    # machine has run out of words (a `last` long gone looks, modulo 2**30, like one to come).
    flevel = ptr32(_PIO1_FLEVEL)
    while ((int(flevel[0]) >> (j << 3)) & 0xF) >= _FIFO_DEPTH:
        pass  # full: the earliest pending edge frees a slot when it fires (what put() would wait for)
    fdebug = ptr32(_PIO1_FDEBUG)
    fifo = ptr32(_PIO1_TXF)
    stall = 1 << (24 + j)
    now = int(ptr32(_TIMERAWL)[0]) & _TICKS_MASK
    start = (last + 1) & _TICKS_MASK  # busy with the line's last edge: takes the word after it
    if int(fdebug[0]) & stall:
        start = now  # idle, stalled on its pull: takes the word as it is written
    d = (due - start - _EDGE_CYCLES) & _TICKS_MASK
    if d >= 0x20000000:
        d = 0  # due already: as soon as the state machine can
    fifo[j] = level | (d << 1)
    fdebug[0] = stall  # write 1 to clear; the machine needs a few cycles for even a 0 delay
    return (start + d + _EDGE_CYCLES) & _TICKS_MASK


@rp2.asm_pio(out_init=rp2.PIO.OUT_LOW, out_shiftdir=rp2.PIO.SHIFT_RIGHT)
def _edge_pio():
    pull()
    out(y, 1)
    out(x, 31)
    label("wait")
    jmp(x_dec, "wait")
    mov(pins, y)


# One FIFO word is one batch of pulses: bit 0 the direction, bits 1..15 the pulse count
# minus one, bits 16..28 the gap between pulses, bit 29 set when the batch moves towards the
# axis's homing switch. The pulses of a batch are evenly spaced, so pulse timing is the state
# machine's and never the Python loop's.
#
# A batch towards the switch reads it (the state machine's jmp pin, high while open) before
# every pulse. Once it is closed the batch sends no more: the carriage stops on the switch to
# the step, whenever the tick comes, and never drives into the end of the axis. Such a batch
# then reports how many pulses it held back (x + 1, 15 bits: all ones when it ran whole) to
# the RX FIFO, and tick() gives them back to the step count.
@rp2.asm_pio(set_init=rp2.PIO.OUT_LOW, out_init=rp2.PIO.OUT_LOW, out_shiftdir=rp2.PIO.SHIFT_RIGHT)
def _step_pio():
    label("next")
    pull()
    out(pins, 1)  # dir, set up >= 3 us before the first step edge
    out(x, 15)
    out(y, 13)
    mov(isr, y)  # the ISR is free: keep the gap there
    out(y, 1)
    jmp(not_y, "pulse")
    label("guard")
    jmp(pin, "gpulse")  # the switch is open: step
    jmp("report")
    label("gpulse")
    set(pins, 1)[_STEP_HIGH - 1]
    set(pins, 0)
    mov(y, isr)
    label("ggap")
    jmp(y_dec, "ggap")
    jmp(x_dec, "guard")
    label("report")
    mov(isr, null)
    in_(x, 15)
    push()
    jmp("next")
    label("pulse")
    set(pins, 1)[_STEP_HIGH - 1]
    set(pins, 0)
    mov(y, isr)
    label("gap")
    jmp(y_dec, "gap")
    jmp(x_dec, "pulse")


class Hal(BoardHal):
    BOARD_KIND = BOARD_KIND
    EDGE_LEAD_US = _EDGE_LEAD_US

    def __init__(self):
        uart = (_UART_ID, _UART_TX, _UART_RX) if _LINK == _LINK_UART else None
        super().__init__(_SERVOS, _STEPPERS, _SWITCHES, _TRIGGERS, _STEPPER_EN, _LED, uart, _CAUSES, _SYNC)

    def _init_steppers(self, steppers):
        switch = {}
        for axis, gpio in _SWITCHES:
            switch[axis] = gpio
        self._sms = []
        for s in steppers:
            if s[0] in switch:
                sm = rp2.StateMachine(
                    s[3],
                    _step_pio,
                    freq=_SM_HZ,
                    set_base=Pin(s[1]),
                    out_base=Pin(s[2]),
                    jmp_pin=Pin(switch[s[0]], Pin.IN, Pin.PULL_UP),
                )
            else:
                sm = rp2.StateMachine(s[3], _step_pio, freq=_SM_HZ, set_base=Pin(s[1]), out_base=Pin(s[2]))
            sm.active(1)
            self._sms.append(sm)
        self._guarded = [s[0] in switch for s in steppers]
        self._gout = [0 for _ in steppers]  # batches towards the switch whose report is due
        self._gskip = [0 for _ in steppers]  # of those, the ones handed over before homing re-based
        self._span = 0  # PIO cycles a batch may take: 7/8 of a tick
        self._nmax = 1  # pulses per batch at zero gap

    def _init_triggers(self, triggers):
        # the trigger lines belong to their PIO state machines (low until told otherwise)
        self._edge_sms = [
            rp2.StateMachine(_EDGE_SM + j, _edge_pio, freq=_SM_HZ, out_base=Pin(triggers[j]))
            for j in range(len(triggers))
        ]
        for sm in self._edge_sms:
            sm.active(1)
        self._edge_at = [0 for _ in triggers]  # when each line's last edge happens (read only while busy)

    def trigger(self, line, level, t_us):
        # An idle edge machine takes the word and sets the line at once.
        if 0 <= line < len(self._edge_sms):
            self._edge_sms[line].put(1 if level else 0)
        return time.ticks_us() & _TICKS_MASK  # pyright: ignore[reportOperatorIssue]

    def trigger_at(self, line, level, due):  # pyright: ignore[reportIncompatibleMethodOverride]
        # The edge at raw time `due`, timed by the state machine; returns when it happens. A
        # word's delay counts from when the machine takes it: right away, or once the edge
        # before it on this line (still pending) has happened.
        at = _put_edge(line, 1 if level else 0, due, self._edge_at[line])
        self._edge_at[line] = at
        return at

    def configure_axis(self, i, vmax, tick_hz, amax=0):
        # Batches are spread over 7/8 of a tick so each ends before the next one comes.
        self._span = _SM_HZ // tick_hz * 7 // 8
        self._nmax = min(self._span // _GUARD_CYCLES, _COUNT_MAX)

    def tick(self, t_us):
        # One batch per stepper per tick: the step difference, if its FIFO has room (put()
        # would block on a full one; the difference then waits for the next tick). First,
        # what the switch held back of earlier batches goes back to the count.
        for j in range(len(self._sms)):
            sm = self._sms[j]
            while sm.rx_fifo():
                left = (sm.get() + 1) & _COUNT_MAX
                self._gout[j] -= 1
                if self._gskip[j]:
                    self._gskip[j] -= 1  # handed over before the count was re-based at the switch
                else:
                    self._sent[j] += left  # those steps were backwards: not taken after all
        if not self._enabled:
            return
        for j in range(len(self._sms)):
            steps = self._steps_due(j, self._nmax)
            if steps == 0:
                continue
            sm = self._sms[j]
            if sm.tx_fifo() >= _FIFO_SLACK:
                continue
            d = 1 if steps > 0 else 0
            n = steps if d else -steps
            guard = 0 if d or not self._guarded[j] else _GUARD
            gap = self._span // n - (_GUARD_CYCLES if guard else _STEP_CYCLES)
            if gap < 0:
                gap = 0
            elif gap > _GAP_MAX:
                gap = _GAP_MAX
            if guard:
                self._gout[j] += 1
            sm.put((d ^ self._inv[j]) | (n - 1) << 1 | gap << 16 | guard)
            self._sent[j] += steps

    def home_axis(self, i, pos):
        # The switch has stopped the carriage and the count starts over here: the reports of
        # batches handed over before now are of steps the re-based count no longer holds.
        if not self._servo[i]:
            j = self._slot[i]
            self._gskip[j] = self._gout[j]
        BoardHal.home_axis(self, i, pos)

    def wdt_start(self, timeout_ms):
        # Once started the RP2040 watchdog cannot be stopped, only fed.
        self._wdt = machine.WDT(timeout=min(timeout_ms, _WDT_MAX_MS))
