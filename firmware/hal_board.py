# hal_board.py: what the HALs of the real boards (hal_rp2.py, hal_esp32.py) share.
#
# BoardHal is hal_sim.Hal's interface (docs/hal.md) for a board with PWM servos, step/dir
# steppers, GPIO triggers, homing switches and a status LED. A port HAL subclasses it, hands
# __init__ its pin tables, link choice and reset causes, and supplies its step generator
# (_init_steppers, configure_axis, tick). This module and the port HALs are the only ones
# that touch machine, rp2 and esp32. set_axis(), axis_pos() and link_read() run on the tick
# path and allocate nothing; neither may a port's tick().
import os
import select
import sys
import time

import machine
import micropython
from machine import Pin
from micropython import const
from orbitfw import wire
from orbitfw.config import AXES

_UART_BAUD = const(921600)
_UART_BUF = const(1024)
_SERVO_HZ = const(50)
_SERVO_PERIOD_US = const(20000)
_WRITE_TRIES = const(20)
_CAUSE_FILE = "reset_cause"  # a reset the firmware asked for leaves its cause here


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


def _boot_cause(causes):
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
    for hw, cause in causes:
        if c == hw:
            return cause
    return wire.RESET_UNKNOWN


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


class BoardHal:
    # The port HAL sets BOARD_KIND and calls __init__ with its tables:
    #   servos    rows (axis, GPIO)
    #   steppers  rows (axis, step GPIO, dir GPIO, ...): the port's own columns, if any,
    #             follow (handed to _init_steppers whole)
    # Pulse widths, steps per unit and direction come from the configuration (calibrate(),
    # defaults in orbitfw.config.AXES).
    #   switches  rows (axis, GPIO): homing switch, pulled up, closes to ground
    #   triggers  trigger line GPIOs; enable: the stepper drivers' shared enable, active low
    #   led       the status LED's pin id; uart: (id, tx GPIO, rx GPIO) for a UART link, or
    #             None for the REPL port (sys.stdin / sys.stdout)
    #   causes    rows (machine.*_RESET, wire.RESET_*): what the port's reset causes mean
    #   sync      the camera's flash-sync (X) contact input, pulled up, or None
    CAMERA_LINE = 0  # the trigger line whose camera reports its exposures on `sync`
    EDGE_LEAD_US = 0  # > 0: trigger_at() times an edge in hardware given this much lead
    NAP_NEAR_US = 300  # the loop sleeps in short naps only this close to a deadline
    LINK_WAIT_US = False  # no link_wait_us(): the loop waits with link_wait(ms) and naps
    SLEEP_WHEN_STILL = True  # a still rig sleeps to its tick (up to a ms late), or through 4 (loop.py)
    SHOT_WORDS = 8192  # the shot buffer (32 KB), allocated when a shot is loaded

    def __init__(self, servos, steppers, switches, triggers, enable, led, uart, causes, sync=None):
        n = len(AXES)
        self.TRIGGER_LINES = len(triggers)
        self.naxes = n
        self._cause = _boot_cause(causes)
        self._enabled = False
        self._cmd = [0] * n  # last commanded position, 0.001 unit
        self._lo = [0] * n  # set by calibrate() below
        self._hi = [0] * n
        # axis -> index into the servo or the stepper tables below
        self._servo = [False] * n
        self._slot = [0] * n
        # servos (lists built whole, so pyright knows what they hold)
        for j in range(len(servos)):
            self._servo[servos[j][0]] = True
            self._slot[servos[j][0]] = j
        self._p0 = [0 for _ in servos]
        self._dp = [0 for _ in servos]
        self._duty = [0 for _ in servos]
        self._pwms = [machine.PWM(Pin(s[1]), freq=_SERVO_HZ, duty_u16=0) for s in servos]
        # steppers: steps per 0.001 unit as num/den, the largest |position| whose step count
        # stays a small int, steps handed to the step generator so far, and the steps wanted
        for j in range(len(steppers)):
            self._slot[steppers[j][0]] = j
        self._num = [1 for _ in steppers]
        self._den = [1 for _ in steppers]
        self._inv = [0 for _ in steppers]
        self._pmax = [0 for _ in steppers]
        self._sent = [0 for _ in steppers]
        self._target = [0 for _ in steppers]
        for i in range(n):
            a = AXES[i]
            self.calibrate(i, a[3], a[4], a[7], a[8], 0)
        self._init_steppers(steppers)
        self._en = Pin(enable, Pin.OUT, value=1)
        self._init_triggers(triggers)
        self._switch = [None] * n
        for i, gpio in switches:
            self._switch[i] = Pin(gpio, Pin.IN, Pin.PULL_UP)
        self._led = Pin(led, Pin.OUT, value=0)
        # the camera's confirmation: the IRQ only keeps the time (no allocation in it)
        self._sync_t = -1
        if sync is not None:
            self._sync = Pin(sync, Pin.IN, Pin.PULL_UP)
            self._sync.irq(self._on_sync, Pin.IRQ_FALLING)
        # link
        self._uart = uart
        self._poll = select.poll()
        self._rx = None
        self._tx = None
        self._one = bytearray(1)
        self._wdt = None

    def _init_steppers(self, steppers):
        # The port's: set up its step generator, one per stepper row, idle. The port also
        # supplies configure_axis() and tick(): for each stepper, the steps _steps_due()
        # gives go to the step generator, and then into _sent.
        raise NotImplementedError

    def _init_triggers(self, triggers):
        # GPIO outputs, low; a port may hand them to hardware that times edges (hal_rp2)
        self._trig = [Pin(p, Pin.OUT, value=0) for p in triggers]

    def _steps_due(self, j, most):
        # Steps stepper j is owed (wanted minus handed over), at most ``most`` either way;
        # negative backwards. No alloc: the port's tick() calls it.
        n = self._target[j] - self._sent[j]
        if n > most:
            return most
        if n < -most:
            return -most
        return n

    # --- identity -------------------------------------------------------------------------
    def reset_cause(self):
        return self._cause

    def axes(self):
        return AXES

    # --- link -------------------------------------------------------------------------------
    def link_open(self):
        cfg = self._uart
        if cfg is not None:
            uart = machine.UART(
                cfg[0],
                _UART_BAUD,
                tx=Pin(cfg[1]),
                rx=Pin(cfg[2]),
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
        if self._uart is not None:
            return _read_uart(self._rx, buf)
        return _read_polled(self._poll, self._rx, self._one, buf)

    def link_write(self, buf, n):
        _write(self._tx, buf, n)

    def link_wait(self, ms):
        # Sleep until the link has bytes or ``ms`` elapsed (ipoll: no list allocated).
        for _ in self._poll.ipoll(ms):
            break

    # --- axes and outputs ---------------------------------------------------------------------
    def calibrate(self, i, lo, hi, cal_lo, cal_hi, invert):
        # From the board configuration (command path; validated there). Servos: pulse width
        # in us at lo and at hi; steppers: steps per unit. Inverting swaps a servo's ends and
        # a stepper's direction.
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
            self._pmax[j] = 0x3FFFFFFF // self._num[j]
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
        # Off always releases every servo, also one that ESTOP left holding.
        if on and self._enabled:
            return
        self._enabled = on
        for j in range(len(self._pwms)):
            self._pwms[j].duty_u16(self._duty[j] if on else 0)  # duty 0 releases a servo
        self._en.value(0 if on else 1)

    def set_axis(self, i, pos):
        # The motion core keeps every command within the soft limits, except a homing seek,
        # which runs past the axis's min to its switch. A servo cannot go beyond its ends; a
        # stepper is only held to where its step count stays a small int.
        j = self._slot[i]
        if self._servo[i]:
            lo = self._lo[i]
            hi = self._hi[i]
        else:
            hi = self._pmax[j]
            lo = -hi
        if pos < lo:
            pos = lo
        elif pos > hi:
            pos = hi
        self._cmd[i] = pos
        if self._servo[i]:
            us = self._p0[j] + (pos - lo) * self._dp[j] // (self._hi[i] - lo)
            d = us * 65535 // _SERVO_PERIOD_US
            self._duty[j] = d
            if self._enabled:
                self._pwms[j].duty_u16(d)
        else:
            # floor(pos * steps / per); the port's tick() hands the difference to its step
            # generator and adds what it handed over to _sent
            t = pos * self._num[j] // self._den[j]
            s = self._sent[j]
            if t != s and pos == -(-s * self._den[j] // self._num[j]):
                # commanded to the very position axis_pos() reports for the steps handed over
                # (ARM holds the axes there): hold that count, even one no position maps to
                # exactly (more than one step per 0.001 unit, stopped mid-batch)
                t = s
            self._target[j] = t

    def axis_pos(self, i):
        # Servos report their command (no feedback); steppers the steps already handed over,
        # as the least position whose floor(pos * steps / per) reaches them: set_axis() of it
        # gives back exactly that count, so a round trip (ARM) owes no step either way.
        if self._servo[i]:
            return self._cmd[i]
        j = self._slot[i]
        return -(-self._sent[j] * self._den[j] // self._num[j])

    def home_axis(self, i, pos):
        self.set_axis(i, pos)
        if not self._servo[i]:
            j = self._slot[i]
            self._sent[j] = self._target[j]

    def trigger(self, line, level, t_us):
        # Returns when the line changed (ticks_us, 30 bits): the report of the edge.
        if 0 <= line < len(self._trig):
            self._trig[line].value(1 if level else 0)
        return time.ticks_us() & 0x3FFFFFFF  # pyright: ignore[reportOperatorIssue]

    def trigger_at(self, line, level, due):
        # A port with EDGE_LEAD_US > 0 sets `line` to `level` at raw ticks_us time `due` in
        # hardware and returns that time; this fallback sets it now.
        self.trigger(line, level, 0)
        return time.ticks_us()

    def _on_sync(self, pin):
        self._sync_t = time.ticks_us() & 0x3FFFFFFF  # pyright: ignore[reportOperatorIssue]

    def camera_confirm(self):
        # The board time of the camera's last flash-sync pulse since the last call, or -1.
        t = self._sync_t
        if t >= 0:
            self._sync_t = -1
        return t

    def state_changed(self, new, old, t_us):
        self._led.value(0 if new == wire.STATE_BOOT or new == wire.STATE_DISARMED else 1)

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
