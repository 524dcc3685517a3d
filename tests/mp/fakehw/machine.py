# machine.py (fake, for tests/test_board_hal.py): the parts of MicroPython's machine module
# that hal_board, hal_rp2 and hal_esp32 use, wired to a small model of the rig. Output pins
# keep their level in LEVEL; an input pin with a function in INPUTS reads it live (a homing
# switch reads the carriage the step pulses moved). step() is what a stepper driver does with
# a rising edge on its step pin.
PWRON_RESET = 1
HARD_RESET = 2
WDT_RESET = 3
DEEPSLEEP_RESET = 4
SOFT_RESET = 5

LEVEL = {}  # gpio -> level last driven
INPUTS = {}  # gpio -> function returning the level an input reads now
CARRIAGE = {}  # step gpio -> carriage position, in steps (a model, like the emulator's)
PULSES = {}  # step gpio -> rising edges seen, whatever the driver did with them
DIR_OF = {}  # step gpio -> its dir gpio
ENABLE = 14  # the drivers' shared enable, active low (the harness sets the HAL's pin)


def reset_cause():
    return PWRON_RESET


def disable_irq():
    return 1


def enable_irq(state):
    pass


def reset():
    raise SystemExit(0)


def step(gpio):
    PULSES[gpio] = PULSES.get(gpio, 0) + 1
    if LEVEL.get(ENABLE, 1) == 0:  # only a driver that is on (enable low) moves its motor
        d = 1 if LEVEL.get(DIR_OF.get(gpio, -1), 0) else -1
        CARRIAGE[gpio] = CARRIAGE.get(gpio, 0) + d


class Pin:
    IN = 0
    OUT = 1
    PULL_UP = 1
    IRQ_FALLING = 2

    def __init__(self, id, mode=-1, pull=-1, value=None):
        self.id = id
        if value is not None:
            LEVEL[id] = value

    def value(self, v=None):
        if v is None:
            f = INPUTS.get(self.id)
            return f() if f is not None else LEVEL.get(self.id, 0)
        LEVEL[self.id] = 1 if v else 0

    def irq(self, handler=None, trigger=0, hard=False):
        pass


class PWM:
    def __init__(self, pin, freq=0, duty_u16=0):
        self.d = duty_u16

    def duty_u16(self, d):
        self.d = d


class WDT:
    def __init__(self, timeout=0):
        self.timeout = timeout

    def feed(self):
        pass


class UART:
    pass
