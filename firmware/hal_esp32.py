# hal_esp32.py: the HAL of an ESP32 board: LEDC PWM servos, RMT steppers, GPIO triggers.
#
# The interface is hal_sim.Hal's and docs/hal.md describes it. What both real boards share
# (servo PWM math, step bookkeeping, the link, the watchdog, reset causes kept across a
# reset) is hal_board.BoardHal's; this module adds the ESP32's pins and its RMT step
# generator. The two are the only modules on this board that touch machine and esp32. The
# control loop calls set_axis() for the moving axes and then tick() once per control tick,
# and services the link with link_read() in between: none of the three allocates.
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
import esp32
import machine
import micropython
from hal_board import BoardHal
from machine import Pin
from micropython import const
from orbitfw import wire

BOARD_KIND = wire.BOARD_ESP32

# --- configuration -------------------------------------------------------------------------

# The axes are orbitfw/config.py AXES, the same on every board; their pulse widths, steps
# per unit and directions are configuration (`orbitrig config`), defaults in that table.

# Servo axes: axis, GPIO.
_SERVOS = (
    (0, 13),
    (1, 14),
    (2, 27),
)

# Stepper axes: axis, step GPIO, dir GPIO.
_STEPPERS = (
    (3, 25, 26),
    (4, 32, 33),
)
_STEPPER_EN = const(4)  # shared enable, active low (A4988, DRV8825, TMC2209)

# Homing switches: axis, GPIO (pulled up; the switch closes to ground at the axis's end).
_SWITCHES = ((3, 34), (4, 35))

_TRIGGERS = (18, 19, 21, 22)  # shutter, focus, record, marker by default
_SYNC = const(23)  # camera flash-sync input (X contact, pulled up, closes to ground)
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

# What machine.reset_cause() says, as a wire.RESET_* value.
_CAUSES = (
    (machine.PWRON_RESET, wire.RESET_POWER_ON),
    (machine.HARD_RESET, wire.RESET_HARD),
    (machine.WDT_RESET, wire.RESET_WATCHDOG),
    (machine.DEEPSLEEP_RESET, wire.RESET_DEEPSLEEP),
    (machine.SOFT_RESET, wire.RESET_SOFT),
)

_RMT_HZ = const(1000000)  # RMT resolution: durations in microseconds
_STEP_HIGH = const(5)  # step pulse width, us; drivers want >= 2
_SLOTS = const(128)  # pulse slots per batch: at most this many steps per tick


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


class Hal(BoardHal):
    BOARD_KIND = BOARD_KIND

    def __init__(self):
        uart = (_UART_ID, _UART_TX, _UART_RX) if _LINK == _LINK_UART else None
        super().__init__(_SERVOS, _STEPPERS, _SWITCHES, _TRIGGERS, _STEPPER_EN, _LED, uart, _CAUSES, _SYNC)

    def _init_steppers(self, steppers):
        self._rmts = [esp32.RMT(pin=Pin(s[1]), resolution_hz=_RMT_HZ, idle_level=False) for s in steppers]
        self._dirs = [Pin(s[2], Pin.OUT, value=0) for s in steppers]
        # per stepper: the level of every half-slot, rewritten when the step count changes
        self._levels = [[False] * (2 * _SLOTS) for _ in steppers]
        self._lastn = [0 for _ in steppers]
        self._durs = _slot_durations(200)

    def configure_axis(self, i, vmax, tick_hz, amax=0):
        self._durs = _slot_durations(tick_hz)

    def tick(self, t_us):
        # One batch per stepper per tick, once its channel is idle: the direction is then
        # safe to change, and write_pulses() does not wait. The fixed-length duration and
        # level lists keep the RMT driver's item buffer from growing (no allocation).
        if not self._enabled:
            return
        for j in range(len(self._rmts)):
            steps = self._steps_due(j, _SLOTS)
            if steps == 0:
                continue
            rmt = self._rmts[j]
            if not rmt.wait_done():
                continue  # last batch still going out: the difference waits a tick
            d = 1 if steps > 0 else 0
            n = steps if d else -steps
            self._dirs[j].value(d ^ self._inv[j])
            levels = self._levels[j]
            if n != self._lastn[j]:
                _spread(levels, n, _SLOTS)
                self._lastn[j] = n
            rmt.write_pulses(self._durs, levels)
            self._sent[j] += steps
