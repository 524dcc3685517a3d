# idle_ticks_harness.py: the firmware's loop (Board.run) on the MicroPython unix port with a
# HAL that sleeps while the rig is still (SLEEP_WHEN_STILL, as hal_board's on the Pico and the
# ESP32), for tests/test_idle_ticks.py. argv: firmware dir, trace path, mode, PING frame (hex).
#   idle       nothing comes and nothing moves for RUN_US
#   telemetry  the same with telemetry on at the tick rate
#   frame      idle, and the PING arrives FRAME_AT_US in, in the middle of a sleep
#   starve     a HAL that does not sleep when still, whose tick ends STARVE_LEFT_US before the
#              next deadline (only the quiet window is left), and the PING as above
# Prints one JSON line: the board's tick count and overruns, the HAL's ticks, the time run
# (us), every link_wait(ms), and for "frame" when the PONG was written after the PING came
# and how many ticks ran between the two.
import json
import os
import sys
import time

sys.path.insert(0, sys.argv[1])  # the firmware dir
os.putenv("ORBITRIG_TRACE", sys.argv[2])

import hal_sim  # noqa: E402
from orbitfw.clock import PERIOD_US  # noqa: E402
from orbitfw.loop import Board  # noqa: E402

MODE = sys.argv[3]
PING = bytes.fromhex(sys.argv[4])
RUN_US = 1000000
FRAME_AT_US = 503000
STARVE_LEFT_US = 250  # less than the loop's quiet window (_QUIET_US)


class SleepyHal(hal_sim.Hal):
    SLEEP_WHEN_STILL = True

    def __init__(self):
        super().__init__()
        self.n = 0
        self.waits = []
        self.rx = PING if MODE in ("frame", "starve") else b""
        self.rx_at = 0
        self.ticks_after_rx = 0  # ticks between the PING's arrival and the PONG
        self.pong_us = -1

    def start(self, t0):
        self.t0 = t0
        self.rx_at = time.ticks_add(t0, FRAME_AT_US)

    def _arrived(self):
        return self.rx and time.ticks_diff(time.ticks_us(), self.rx_at) >= 0

    def link_open(self):
        pass

    def link_read(self, buf):
        if not self._arrived():
            return 0
        n = len(self.rx)
        buf[:n] = self.rx
        self.rx = b""
        return n

    def link_write(self, buf, n):
        if MODE in ("frame", "starve") and self.pong_us < 0 and not self.rx:
            self.pong_us = time.ticks_diff(time.ticks_us(), self.rx_at)

    def link_wait(self, ms):
        # as poll() does: at once when the frame is here, else until it arrives or ms passed
        self.waits.append(ms)
        if self._arrived():
            return
        end = time.ticks_add(time.ticks_us(), ms * 1000)
        if self.rx and time.ticks_diff(end, self.rx_at) > 0:
            end = self.rx_at
        d = time.ticks_diff(end, time.ticks_us())
        if d > 0:
            time.sleep_us(d)

    def tick(self, t_us):
        self.n += 1
        if (
            MODE in ("frame", "starve")
            and self.pong_us < 0
            and time.ticks_diff(time.ticks_us(), self.rx_at) >= 0
        ):
            self.ticks_after_rx += 1
        if time.ticks_diff(time.ticks_us(), self.t0) >= RUN_US:
            board.running = False
        super().tick(t_us)
        if MODE == "starve":
            # end the tick STARVE_LEFT_US before the next deadline (t_raw: this one's, raw)
            end = time.ticks_add(board.t_raw, PERIOD_US - STARVE_LEFT_US)
            while time.ticks_diff(end, time.ticks_us()) > 0:
                pass


if MODE == "starve":
    SleepyHal.SLEEP_WHEN_STILL = False
hal = SleepyHal()
board = Board(hal)
if MODE == "telemetry":
    board._tdiv = 1  # as SET_TELEMETRY at the tick rate
t0 = time.ticks_us()
hal.start(t0)
board.run()
print(
    json.dumps(
        {
            "ticks": board.ticks,
            "overruns": board.overruns,
            "hal_ticks": hal.n,
            "ran_us": time.ticks_diff(time.ticks_us(), t0),
            "waits": hal.waits,
            "pong_us": hal.pong_us,
            "ticks_between": hal.ticks_after_rx,
        }
    )
)
