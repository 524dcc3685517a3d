# hal_esp32.py: the HAL of an ESP32 board: LEDC PWM servos, RMT steppers, GPIO triggers.
#
# The only module on this board that touches machine and esp32; the interface is hal_sim.Hal's
# and docs/hal.md describes it. The control loop calls set_axis() for the moving axes and
# then tick() once per control tick, and services the link with link_read() in between:
# none of the three allocates.
#
# Pins (ESP32-DevKitC, WROOM module)       what                          driven by
#   13, 14, 27 ...................... pan, tilt, roll servo signal      PWM (LEDC), 50 Hz
#   25 / 26 ......................... slider step / dir                 RMT channel / GPIO
#   32 / 33 ......................... focus step / dir                  RMT channel / GPIO
#   4 ............................... stepper drivers enable            GPIO, active low
#   18, 19 .......................... trigger lines 0, 1 (camera A, B)  GPIO, into opto-isolators
#   17 / 16 ......................... link UART2 tx / rx                only when _LINK is _LINK_UART
#   2 ............................... status LED: on while armed
# GPIO 6-11 belong to the flash, 34-39 are inputs only, and a WROVER module uses 16/17 for
# its PSRAM: move the UART elsewhere there.
import os
import select
import sys
import time

import esp32
import machine
import micropython
from machine import Pin
from micropython import const
from orbitfw import wire

BOARD_KIND = wire.BOARD_ESP32

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
    (0, 13, 500, 2500),
    (1, 14, 500, 2500),
    (2, 27, 500, 2500),
)

# Stepper axes: axis, step GPIO, dir GPIO, steps, per 0.001 unit, dir inverted.
# slider: GT2 belt, 20-tooth pulley, 200 steps x 16 microsteps = 80 steps/mm = 2 per 25 um.
# focus: 2 mm lead screw, 200 steps x 8 microsteps = 800 steps/mm = 4 per 5 um.
_STEPPERS = (
    (3, 25, 26, 2, 25, 0),
    (4, 32, 33, 4, 5, 0),
)
_STEPPER_EN = const(4)  # shared enable, active low (A4988, DRV8825, TMC2209)

# Homing switches: axis, GPIO (pulled up; the switch closes to ground at the axis's end).
_SWITCHES = ((3, 34), (4, 35))

_TRIGGERS = (18, 19)
_LED = const(2)

# The link: _LINK_USB runs the protocol on the REPL port (sys.stdin / sys.stdout: the USB
# bridge on UART0, or native USB-CDC on S2/S3), _LINK_UART on UART2 and leaves the REPL
# alone. docs/hal.md weighs the two.
_LINK_USB = const(0)
_LINK_UART = const(1)
_LINK = const(_LINK_USB)  # or _LINK_UART
_UART_ID = const(2)
_UART_TX = const(17)
_UART_RX = const(16)
_UART_BAUD = const(921600)
_UART_BUF = const(1024)

_SERVO_HZ = const(50)
_SERVO_PERIOD_US = const(20000)
_RMT_HZ = const(1000000)  # RMT resolution: durations in microseconds
_STEP_HIGH = const(5)  # step pulse width, us; drivers want >= 2
_SLOTS = const(128)  # pulse slots per batch: at most this many steps per tick
_WRITE_TRIES = const(20)
_CAUSE_FILE = "reset_cause"  # a reset the firmware asked for leaves its cause here


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
    if c == machine.PWRON_RESET:
        return wire.RESET_POWER_ON
    if c == machine.HARD_RESET:
        return wire.RESET_HARD
    if c == machine.WDT_RESET:
        return wire.RESET_WATCHDOG
    if c == machine.DEEPSLEEP_RESET:
        return wire.RESET_DEEPSLEEP
    if c == machine.SOFT_RESET:
        return wire.RESET_SOFT
    return wire.RESET_UNKNOWN


def _slot_durations(tick_hz):
    # A batch is _SLOTS equal slots over 7/8 of a tick, each a low part and then a part
    # that is a step pulse or stays low: (low, high-or-low) x _SLOTS, in microseconds.
    slot = _RMT_HZ // tick_hz * 7 // 8 // _SLOTS
    if slot < _STEP_HIGH + 2:
        raise ValueError("tick rate %d Hz leaves no room for %d step slots" % (tick_hz, _SLOTS))
    return (slot - _STEP_HIGH, _STEP_HIGH) * _SLOTS


@micropython.native
def _spread(levels, n, k):
    # Mark n of the k slots as pulses, evenly spaced (the running sum of n crosses k n times).
    acc = k // 2
    s = 1
    end = 2 * k
    while s < end:
        acc += n
        if acc >= k:
            acc -= k
            levels[s] = True
        else:
            levels[s] = False
        s += 2


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
        # steppers: steps handed to the RMT so far, and the steps wanted
        for i, _, _, num, _, _ in _STEPPERS:
            if max(-self._lo[i], self._hi[i]) * num > 0x3FFFFFFF:
                raise ValueError("stepper %d: steps leave small-int range" % i)
        for j in range(len(_STEPPERS)):
            self._slot[_STEPPERS[j][0]] = j
        self._num = [s[3] for s in _STEPPERS]
        self._den = [s[4] for s in _STEPPERS]
        self._inv = [s[5] for s in _STEPPERS]
        self._sent = [0 for _ in _STEPPERS]
        self._target = [0 for _ in _STEPPERS]
        self._rmts = [esp32.RMT(pin=Pin(s[1]), resolution_hz=_RMT_HZ, idle_level=False) for s in _STEPPERS]
        self._dirs = [Pin(s[2], Pin.OUT, value=0) for s in _STEPPERS]
        # per stepper: the level of every half-slot, rewritten when the step count changes
        self._levels = [[False] * (2 * _SLOTS) for _ in _STEPPERS]
        self._lastn = [0 for _ in _STEPPERS]
        self._durs = _slot_durations(200)
        self._en = Pin(_STEPPER_EN, Pin.OUT, value=1)
        self._trig = [Pin(p, Pin.OUT, value=0) for p in _TRIGGERS]
        self._switch = [None] * n
        for i, gpio in _SWITCHES:
            self._switch[i] = Pin(gpio, Pin.IN, Pin.PULL_UP)
        self._led = Pin(_LED, Pin.OUT, value=0)
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
        self._durs = _slot_durations(tick_hz)

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
            # floor(pos * steps / per); tick() hands the difference to the RMT
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
        # One batch per stepper per tick, once its channel is idle: the direction is then
        # safe to change, and write_pulses() does not wait. The fixed-length duration and
        # level lists keep the RMT driver's item buffer from growing (no allocation).
        if not self._enabled:
            return
        for j in range(len(self._rmts)):
            delta = self._target[j] - self._sent[j]
            if delta == 0:
                continue
            rmt = self._rmts[j]
            if not rmt.wait_done():
                continue  # last batch still going out: the difference waits a tick
            if delta > 0:
                n = delta
                d = 1
            else:
                n = -delta
                d = 0
            if n > _SLOTS:
                n = _SLOTS
            self._dirs[j].value(d ^ self._inv[j])
            levels = self._levels[j]
            if n != self._lastn[j]:
                _spread(levels, n, _SLOTS)
                self._lastn[j] = n
            rmt.write_pulses(self._durs, levels)
            self._sent[j] += n if delta > 0 else -n

    # --- watchdog and reset -------------------------------------------------------------------
    def wdt_start(self, timeout_ms):
        # Once started the watchdog cannot be stopped, only fed.
        self._wdt = machine.WDT(timeout=timeout_ms)

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
