# hal_rp2.py: the HAL of a Raspberry Pi Pico (RP2040): PWM servos, PIO steppers, GPIO triggers.
#
# The only module on this board that touches machine and rp2; the interface is hal_sim.Hal's
# and docs/hal.md describes it. The control loop calls set_axis() for the moving axes and
# then tick() once per control tick, and services the link with link_read() in between:
# none of the three allocates.
#
# Pins (Pico GPIO numbers)              what                          driven by
#   2, 3, 4 ...................... pan, tilt, roll servo signal      PWM, 50 Hz
#   10 / 11 ...................... slider step / dir                 PIO0 state machine 0
#   12 / 13 ...................... focus step / dir                  PIO0 state machine 1
#   14 ........................... stepper drivers enable            GPIO, active low
#   16, 17 ....................... trigger lines 0, 1 (camera A, B)  GPIO, into opto-isolators
#   0 / 1 ........................ link UART0 tx / rx                only when _LINK is _LINK_UART
#   "LED" ........................ status: on while armed
import os
import select
import sys
import time

import machine
import micropython
import rp2
from machine import Pin
from micropython import const
from orbitfw import wire

BOARD_KIND = wire.BOARD_RP2

# --- configuration -------------------------------------------------------------------------

# name, kind, unit, min, max, vmax, amax   (positions in 0.001 unit; the limits of hal_sim.AXES)
AXES = (
    ("pan", wire.AXIS_SERVO, wire.UNIT_DEG, -170000, 170000, 180000, 720000),
    ("tilt", wire.AXIS_SERVO, wire.UNIT_DEG, -90000, 90000, 120000, 480000),
    ("roll", wire.AXIS_SERVO, wire.UNIT_DEG, -45000, 45000, 90000, 360000),
    ("slider", wire.AXIS_STEPPER, wire.UNIT_MM, 0, 1000000, 250000, 500000),
    ("focus", wire.AXIS_STEPPER, wire.UNIT_MM, 0, 20000, 20000, 80000),
)

# Servo axes: axis, GPIO, pulse width (us) at the axis min, at the axis max.
# Swap the two widths to reverse a servo.
_SERVOS = (
    (0, 2, 500, 2500),
    (1, 3, 500, 2500),
    (2, 4, 500, 2500),
)

# Stepper axes: axis, step GPIO, dir GPIO, state machine, steps, per 0.001 unit, dir inverted.
# slider: GT2 belt, 20-tooth pulley, 200 steps x 16 microsteps = 80 steps/mm = 2 per 25 um.
# focus: 2 mm lead screw, 200 steps x 8 microsteps = 800 steps/mm = 4 per 5 um.
_STEPPERS = (
    (3, 10, 11, 0, 2, 25, 0),
    (4, 12, 13, 1, 4, 5, 0),
)
_STEPPER_EN = const(14)  # shared enable, active low (A4988, DRV8825, TMC2209)

# Homing switches: axis, GPIO (pulled up; the switch closes to ground at the axis's end).
_SWITCHES = ((3, 18), (4, 19))

_TRIGGERS = (16, 17)

# The link: _LINK_USB runs the protocol on the USB-CDC REPL port (sys.stdin / sys.stdout),
# _LINK_UART on UART0 and leaves the REPL alone. docs/hal.md weighs the two.
_LINK_USB = const(0)
_LINK_UART = const(1)
_LINK = const(_LINK_USB)  # or _LINK_UART
_UART_ID = const(0)
_UART_TX = const(0)
_UART_RX = const(1)
_UART_BAUD = const(921600)
_UART_BUF = const(1024)

_SERVO_HZ = const(50)
_SERVO_PERIOD_US = const(20000)
_SM_HZ = const(1000000)  # one PIO cycle per microsecond
_STEP_HIGH = const(5)  # step pulse width, cycles (us); drivers want >= 2
_STEP_CYCLES = const(9)  # PIO cycles per pulse at zero gap: high 5, low, mov, gap loop, jmp
_COUNT_MAX = const(0x8000)  # 15-bit count field
_GAP_MAX = const(0x3FFF)  # gap field of a FIFO word, kept so the word stays a small int
_FIFO_SLACK = const(2)  # words allowed in a TX FIFO (depth 4) before a tick holds back
_WDT_MAX_MS = const(8388)  # RP2040 watchdog limit
_WRITE_TRIES = const(20)
_CAUSE_FILE = "reset_cause"  # a reset the firmware asked for leaves its cause here

# pyright reads this block as taken and learns the PIO assembler's names; MicroPython
# compiles it away (the asm_pio decorator supplies them at run time).
TYPE_CHECKING = const(0)
if TYPE_CHECKING:
    from rp2.asm_pio import isr, jmp, label, mov, out, pins, pull, set, x, x_dec, y, y_dec


# One FIFO word is one batch of pulses: bit 0 the direction, bits 1..15 the pulse count
# minus one, bits 16..29 the gap between pulses. The pulses of a batch are evenly spaced,
# so pulse timing is the state machine's and never the Python loop's.
@rp2.asm_pio(set_init=rp2.PIO.OUT_LOW, out_init=rp2.PIO.OUT_LOW, out_shiftdir=rp2.PIO.SHIFT_RIGHT)
def _step_pio():
    pull()
    out(pins, 1)  # dir, set up >= 3 us before the first step edge
    out(x, 15)
    out(y, 16)
    mov(isr, y)  # the ISR is free: keep the gap there
    label("pulse")
    set(pins, 1)[_STEP_HIGH - 1]
    set(pins, 0)
    mov(y, isr)
    label("gap")
    jmp(y_dec, "gap")
    jmp(x_dec, "pulse")


def _boot_cause():
    # A reset the firmware asked for (reset()) recorded its cause; the hardware knows the rest.
    try:
        with open(_CAUSE_FILE) as f:
            text = f.read()
    except OSError:
        text = ""
    if text:
        try:
            os.remove(_CAUSE_FILE)
        except OSError:
            pass
        try:
            return int(text)
        except ValueError:
            pass
    c = machine.reset_cause()
    # The RP2040 port knows only these two; machine.reset() itself reads as WDT_RESET.
    if c == machine.PWRON_RESET:
        return wire.RESET_POWER_ON
    if c == machine.WDT_RESET:
        return wire.RESET_WATCHDOG
    return wire.RESET_UNKNOWN


# --- link helpers: the stream is sys.stdin.buffer / sys.stdout.buffer or a machine.UART ---------


@micropython.native
def _read_polled(poller, stream, one, buf):
    # A stdio read blocks until it has every byte asked for, so take one byte at a time
    # while poll says more is there. Returns the count, up to len(buf).
    n = 0
    cap = len(buf)
    while n < cap:
        ready = 0
        for _ in poller.ipoll(0):
            ready = 1
        if not ready:
            break
        if not stream.readinto(one):
            break
        buf[n] = one[0]
        n += 1
    return n


def _read_uart(uart, buf):
    # With timeout=0 a UART returns what it has; None when it has nothing.
    if not uart.any():
        return 0
    return uart.readinto(buf) or 0


def _write(stream, buf, n):
    # MicroPython streams take write(buf, off, count). Returns the bytes written: short only
    # when the port stopped taking data (host gone); the host then sees a damaged frame.
    off = 0
    tries = 0
    while off < n:
        k = stream.write(buf, off, n - off)
        if k:
            off += k
            continue
        tries += 1
        if tries > _WRITE_TRIES:
            break
        time.sleep_us(100)
    return off


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


class Hal:
    BOARD_KIND = BOARD_KIND

    def __init__(self):
        n = len(AXES)
        self.naxes = n
        self._cause = _boot_cause()
        self._enabled = False
        self._cmd = [0] * n  # last commanded position, 0.001 unit
        self._lo = [a[3] for a in AXES]
        self._hi = [a[4] for a in AXES]
        # axis -> index into the servo or the stepper tables below
        self._servo = [False] * n
        self._slot = [0] * n
        # servos (lists built whole, so pyright knows what they hold)
        for i, _, p0, p1 in _SERVOS:
            if (self._hi[i] - self._lo[i]) * abs(p1 - p0) > 0x3FFFFFFF:
                raise ValueError("servo %d: range x pulse span leaves small-int range" % i)
        for j in range(len(_SERVOS)):
            self._servo[_SERVOS[j][0]] = True
            self._slot[_SERVOS[j][0]] = j
        self._p0 = [s[2] for s in _SERVOS]
        self._dp = [s[3] - s[2] for s in _SERVOS]
        self._duty = [0 for _ in _SERVOS]
        self._pwms = [machine.PWM(Pin(s[1]), freq=_SERVO_HZ, duty_u16=0) for s in _SERVOS]
        # steppers: steps handed to the state machine so far, and the steps wanted
        for i, _, _, _, num, _, _ in _STEPPERS:
            if max(-self._lo[i], self._hi[i]) * num > 0x3FFFFFFF:
                raise ValueError("stepper %d: steps leave small-int range" % i)
        for j in range(len(_STEPPERS)):
            self._slot[_STEPPERS[j][0]] = j
        self._num = [s[4] for s in _STEPPERS]
        self._den = [s[5] for s in _STEPPERS]
        self._inv = [s[6] for s in _STEPPERS]
        self._sent = [0 for _ in _STEPPERS]
        self._target = [0 for _ in _STEPPERS]
        self._sms = [
            rp2.StateMachine(s[3], _step_pio, freq=_SM_HZ, set_base=Pin(s[1]), out_base=Pin(s[2]))
            for s in _STEPPERS
        ]
        for sm in self._sms:
            sm.active(1)
        self._span = 0  # PIO cycles a batch may take: 7/8 of a tick
        self._nmax = 1  # pulses per batch at zero gap
        self._en = Pin(_STEPPER_EN, Pin.OUT, value=1)
        self._trig = [Pin(p, Pin.OUT, value=0) for p in _TRIGGERS]
        self._switch = [None] * n
        for i, gpio in _SWITCHES:
            self._switch[i] = Pin(gpio, Pin.IN, Pin.PULL_UP)
        self._led = Pin("LED", Pin.OUT, value=0)
        for i in range(n):
            self.set_axis(i, 0)
        # link
        self._poll = select.poll()
        self._rx = None
        self._tx = None
        self._one = bytearray(1)
        self._wdt = None

    # --- identity -------------------------------------------------------------------------
    def reset_cause(self):
        return self._cause

    def axes(self):
        return AXES

    # --- link -------------------------------------------------------------------------------
    def link_open(self):
        if _LINK == _LINK_UART:
            uart = machine.UART(
                _UART_ID,
                _UART_BAUD,
                tx=Pin(_UART_TX),
                rx=Pin(_UART_RX),
                timeout=0,
                rxbuf=_UART_BUF,
                txbuf=_UART_BUF,
            )
            self._rx = uart
            self._tx = uart
            self._poll.register(uart, select.POLLIN)
        else:
            # Ctrl-C (0x03) is protocol data now; link_close() gives it back to the REPL.
            micropython.kbd_intr(-1)
            self._rx = sys.stdin.buffer
            self._tx = sys.stdout.buffer
            self._poll.register(sys.stdin, select.POLLIN)

    def link_close(self):
        rx = self._rx
        if rx is None:
            return
        if isinstance(rx, machine.UART):
            self._poll.unregister(rx)
            rx.deinit()
        else:
            self._poll.unregister(sys.stdin)
            micropython.kbd_intr(3)
        self._rx = None
        self._tx = None

    def link_read(self, buf):
        # Non-blocking: the bytes that are there now, up to len(buf); 0 when none.
        if _LINK == _LINK_UART:
            return _read_uart(self._rx, buf)
        return _read_polled(self._poll, self._rx, self._one, buf)

    def link_write(self, buf, n):
        _write(self._tx, buf, n)

    def link_wait(self, ms):
        # Sleep until the link has bytes or ``ms`` elapsed (ipoll: no list allocated).
        for _ in self._poll.ipoll(ms):
            break

    # --- axes and outputs ---------------------------------------------------------------------
    def configure_axis(self, i, vmax, tick_hz, amax=0):
        # Batches are spread over 7/8 of a tick so each ends before the next one comes.
        self._span = _SM_HZ // tick_hz * 7 // 8
        self._nmax = min(self._span // _STEP_CYCLES, _COUNT_MAX)

    def calibrate(self, i, lo, hi, cal_lo, cal_hi, invert):
        # From the board configuration (command path; validated there). Servos: pulse width
        # in us at lo and at hi; steppers: steps per unit. Swapping ends reverses a servo.
        self._lo[i] = lo
        self._hi[i] = hi
        j = self._slot[i]
        if self._servo[i]:
            p0, p1 = (cal_hi, cal_lo) if invert else (cal_lo, cal_hi)
            self._p0[j] = p0
            self._dp[j] = p1 - p0
        else:
            g = _gcd(cal_lo, 1000)
            self._num[j] = cal_lo // g
            self._den[j] = 1000 // g
            self._inv[j] = 1 if invert else 0
        self.set_axis(i, self._cmd[i])

    def estop(self, hold, t_us):
        # Outputs safe at once: steppers de-energised, servos released (no pulses) unless
        # their bit in ``hold`` keeps them holding their position.
        self._en.value(1)
        for ax in range(self.naxes):
            if self._servo[ax] and not hold & (1 << ax):
                self._pwms[self._slot[ax]].duty_u16(0)
        self._enabled = False

    def home_switch(self, i):
        pin = self._switch[i]
        return pin is not None and pin.value() == 0

    def note_rx(self, msg, seq, t_us):
        pass

    def set_outputs(self, on, t_us):
        if on == self._enabled:
            return
        self._enabled = on
        for j in range(len(self._pwms)):
            self._pwms[j].duty_u16(self._duty[j] if on else 0)  # duty 0 releases a servo
        self._en.value(0 if on else 1)

    def set_axis(self, i, pos):
        if pos < self._lo[i]:
            pos = self._lo[i]
        elif pos > self._hi[i]:
            pos = self._hi[i]
        self._cmd[i] = pos
        j = self._slot[i]
        if self._servo[i]:
            lo = self._lo[i]
            us = self._p0[j] + (pos - lo) * self._dp[j] // (self._hi[i] - lo)
            d = us * 65535 // _SERVO_PERIOD_US
            self._duty[j] = d
            if self._enabled:
                self._pwms[j].duty_u16(d)
        else:
            # floor(pos * steps / per); tick() hands the difference to the state machine
            self._target[j] = pos * self._num[j] // self._den[j]

    def axis_pos(self, i):
        # Servos report their command (no feedback); steppers the steps already handed over.
        if self._servo[i]:
            return self._cmd[i]
        j = self._slot[i]
        return self._sent[j] * self._den[j] // self._num[j]

    def home_axis(self, i, pos):
        self.set_axis(i, pos)
        if not self._servo[i]:
            j = self._slot[i]
            self._sent[j] = self._target[j]

    def trigger(self, line, level, t_us):
        if 0 <= line < len(self._trig):
            self._trig[line].value(1 if level else 0)

    def state_changed(self, new, old, t_us):
        self._led.value(0 if new == wire.STATE_BOOT or new == wire.STATE_DISARMED else 1)

    def tick(self, t_us):
        # One batch per stepper per tick: the step difference, if its FIFO has room (put()
        # would block on a full one; the difference then waits for the next tick).
        if not self._enabled:
            return
        for j in range(len(self._sms)):
            delta = self._target[j] - self._sent[j]
            if delta == 0:
                continue
            sm = self._sms[j]
            if sm.tx_fifo() >= _FIFO_SLACK:
                continue
            if delta > 0:
                n = delta
                d = 1
            else:
                n = -delta
                d = 0
            if n > self._nmax:
                n = self._nmax
            gap = self._span // n - _STEP_CYCLES
            if gap < 0:
                gap = 0
            elif gap > _GAP_MAX:
                gap = _GAP_MAX
            sm.put((d ^ self._inv[j]) | (n - 1) << 1 | gap << 16)
            self._sent[j] += n if delta > 0 else -n

    # --- watchdog and reset -------------------------------------------------------------------
    def wdt_start(self, timeout_ms):
        # Once started the RP2040 watchdog cannot be stopped, only fed.
        self._wdt = machine.WDT(timeout=min(timeout_ms, _WDT_MAX_MS))

    def wdt_feed(self):
        wdt = self._wdt
        if wdt is not None:
            wdt.feed()

    def reset(self, cause):
        try:
            with open(_CAUSE_FILE, "w") as f:
                f.write("%d" % cause)
        except OSError:
            pass
        machine.reset()
