# esp32.py (fake, for tests/test_board_hal.py): an RMT channel that steps the rig model at once.
import machine


class RMT:
    def __init__(self, pin=None, resolution_hz=0, idle_level=False):
        self.gpio = pin.id

    def wait_done(self):
        return True

    def write_pulses(self, durs, levels):
        for lv in levels:
            if lv:
                machine.step(self.gpio)
