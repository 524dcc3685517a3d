# tick_fault_harness.py: the firmware's loop (Board.run) on the MicroPython unix port with a
# HAL whose tick raises once, for tests/test_tick_fault.py. Prints one JSON line: the state,
# whether the outputs were cut, the events raised, and how many ticks ran after the fault.
import json
import os
import sys

sys.path.insert(0, sys.argv[1])  # the firmware dir
os.putenv("ORBITRIG_TRACE", sys.argv[2])

import hal_sim  # noqa: E402
from orbitfw import wire  # noqa: E402
from orbitfw.loop import Board  # noqa: E402

FAULT_AT = 20
STOP_AT = 60


class FaultHal(hal_sim.Hal):
    def __init__(self):
        super().__init__()
        self.n = 0
        self.cut = 0

    def link_open(self):
        pass

    def link_read(self, buf):
        return 0

    def link_write(self, buf, n):
        pass

    def link_wait(self, ms):
        pass

    def estop(self, hold, t_us):
        self.cut += 1
        super().estop(hold, t_us)

    def tick(self, t_us):
        self.n += 1
        if self.n == FAULT_AT:
            raise ZeroDivisionError("a bug in the tick")
        if self.n >= STOP_AT:
            board.running = False
        super().tick(t_us)


hal = FaultHal()
board = Board(hal)
events = []
_event = board.event


def event(kind, a, b, t):
    events.append([kind, a, b])
    _event(kind, a, b, t)


board.event = event
board._set_state(wire.STATE_IDLE)  # as if armed: the fault must take it to FAULT
board.run()
print(json.dumps({"state": board.state, "cut": hal.cut, "events": events, "ticks": hal.n}))
