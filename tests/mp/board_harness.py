# board_harness.py: runs the real firmware Board on the MicroPython unix port with a
# simulated HAL, a simulated clock and no link, for the safety property test.
# stdin: one JSON object per line:
#   {"op": "run", "frames": "hex", "ticks": n}   feed the frames, handle them, run n ticks
#   {"op": "reset", "trace": path}   a new board (power-up: defaults, no config.json) tracing
#                                    to path; the modules stay imported, so one process serves
#                                    many examples
# stdout: one JSON reply per line: the board's output (hex), state, and every axis's limits.
import json
import os
import sys

sys.path.insert(0, sys.argv[1])  # the firmware dir
os.putenv("ORBITRIG_TRACE", sys.argv[2])

import hal_sim  # noqa: E402
from orbitfw import wire  # noqa: E402
from orbitfw.loop import Board  # noqa: E402


class HarnessHal(hal_sim.Hal):
    def __init__(self):
        super().__init__()
        self.inbox = b""
        self.out = bytearray()

    def link_open(self):
        pass

    def link_read(self, buf):
        n = min(len(self.inbox), len(buf))
        buf[:n] = self.inbox[:n]
        self.inbox = self.inbox[n:]
        return n

    def link_write(self, buf, n):
        self.out.extend(buf[:n])

    def link_wait(self, ms):
        pass


def main():
    hal = HarnessHal()
    board = Board(hal)
    t = 0
    while True:
        line = sys.stdin.readline()
        if not line:
            break
        req = json.loads(line)
        if req.get("op") == "reset":
            if hal._trace is not None:
                hal._trace.close()
            try:
                os.remove("config.json")
            except OSError:
                pass
            os.putenv("ORBITRIG_TRACE", req["trace"])
            hal = HarnessHal()
            board = Board(hal)
            t = 0
            sys.stdout.write(json.dumps({"state": board.state}) + "\n")
            continue
        hal.out = bytearray()
        hal.inbox = bytes.fromhex(req.get("frames", ""))
        try:
            while board.service() or hal.inbox:
                pass
            for _ in range(req.get("ticks", 0)):
                t = (t + 5000) & 0x3FFFFFFF
                board.tick(t)
            v = board.cfg.vals
            limits = [
                [v[wire.CFG_MIN][i], v[wire.CFG_MAX][i], v[wire.CFG_VMAX][i], v[wire.CFG_AMAX][i]]
                for i in range(board.cfg.n)
            ]
            rep = {"out": bytes(hal.out).hex(), "state": board.state, "limits": limits}
        except Exception as e:
            sys.print_exception(e)
            rep = {"error": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(rep) + "\n")


main()
