# shot_harness.py: runs under the MicroPython unix port and drives the firmware's shot player
# (orbitfw.shot) for tests/test_shot_player.py, without a link, a loop or a clock.
# Protocol: one JSON object per line on stdin, one JSON reply per line on stdout.
#   {"op": "new", "cap": 4096, "lines": 4}               a Player over the default axes
#   {"op": "load", "id": 1, "words": N, "ticks": T, "crc": C, "flags": 0}  -> {"r": cap}
#   {"op": "data", "offset": O, "hex": "..."}           -> {"r": consumed}
#   {"op": "commit", "id": 1, "words": N, "crc": C}
#   {"op": "pos", "pos": [...]}                          where the axes stand (pre-roll)
#   {"op": "play", "id": 1}                              start at board time 0
#   {"op": "run", "n": 100}    n ticks: the commanded positions of every tick, the edges fired
#                              (those due before the next tick, in queue order: [index, level,
#                              line, time]), and the phase and done reason at the end
#   {"op": "alloc", "n": 100}   heap allocated over n ticks of play (gc disabled)
#   {"op": "pause"}  {"op": "resume"}   slow the shot's clock to a stop / bring it back
#   {"op": "abort", "reason": 1}  -> phase, reason, the lines it lowered, edges still queued
#   {"op": "state"}
# Replies: {"r": ...} or {"err": [code, reason]} for a PlanError.
import json
import sys

sys.path.insert(0, sys.argv[1])  # the firmware dir

from orbitfw.config import AXES  # noqa: E402
from orbitfw.motion import Motion, PlanError  # noqa: E402
from orbitfw.shot import Player  # noqa: E402


class Hal:
    CAMERA_LINE = 0

    def __init__(self):
        self.edges = []

    def trigger(self, line, level, t):
        if self.edges is not None:
            self.edges.append([line, level])
        return t


class Sink:
    # a board whose events go nowhere (for the allocation count)
    def event(self, kind, a, b, t):
        pass


class Board:
    # what Player.fire() reports to: the events it raises
    def __init__(self):
        self.events = []

    def event(self, kind, a, b, t):
        self.events.append([kind, a, b])


def _axes():
    return [(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[6] * 8) for a in AXES]


def main():
    m = p = hal = board = None
    t_raw = 0
    for line in sys.stdin:
        req = json.loads(line)
        op = req["op"]
        try:
            if op == "new":
                m = Motion(_axes(), 200)
                for i in range(m.n):
                    m.homed[i] = True
                hal = Hal()
                board = Board()
                p = Player(m, hal, req["cap"], req["lines"])
                r = None
            elif op == "load":
                r = p.load(req["id"], req["words"], req["ticks"], req["crc"], req["flags"])
            elif op == "data":
                b = bytes.fromhex(req["hex"])
                r = p.data(b, 0, req["offset"], len(b) // 4)
            elif op == "commit":
                r = p.commit(req["id"], req["words"], req["crc"])
            elif op == "pos":
                for i, v in enumerate(req["pos"]):
                    m.pos[i] = v
                r = None
            elif op == "play":
                t_raw = 0
                p.play(req["id"], 0, 0)
                r = None
            elif op == "run":
                ticks = []
                edges = []
                for _ in range(req["n"]):
                    going = p.step(t_raw, m.pos)
                    # fire, in queue order, every edge due before the next tick
                    while p.en and p.et[p.eh] < t_raw + 5000:
                        w1 = p.ew[p.eh]
                        edges.append([w1 >> 12, (w1 >> 8) & 1, (w1 >> 4) & 15, p.et[p.eh]])
                        p.fire(board)
                    p.report(board)
                    ticks.append(list(m.pos))
                    t_raw += 5000
                    if not going:
                        break
                r = {
                    "pos": ticks,
                    "edges": edges,
                    "phase": p.phase,
                    "reason": p.reason,
                    "tick": p.tick,
                    "consumed": p.rp,
                }
            elif op == "pause":
                p.pause(t_raw - 5000)  # the last tick run: the ramp starts from it
                r = [p.tick, p.w_n]
            elif op == "resume":
                p.resume(t_raw - 5000)
                r = [p.tick, p.w_n]
            elif op == "alloc":
                # heap allocated over n ticks of play (edges fired, events raised to a sink
                # that keeps nothing), with gc disabled: the tick path must allocate nothing
                import gc

                sink = Sink()
                hal.edges = None
                gc.collect()
                gc.disable()
                a0 = gc.mem_alloc()
                for _ in range(req["n"]):
                    p.step(t_raw, m.pos)
                    while p.en and p.et[p.eh] < t_raw + 5000:
                        p.fire(sink)
                    p.report(sink)
                    t_raw += 5000
                r = gc.mem_alloc() - a0
                gc.enable()
                hal.edges = []
            elif op == "abort":
                hal.edges = []
                p.abort(req["reason"])
                r = {
                    "phase": p.phase,
                    "reason": p.reason,
                    "lowered": hal.edges,
                    "queued": p.en,
                    "levels": list(p.level),
                }
            elif op == "state":
                r = {"phase": p.phase, "wp": p.wp, "vp": p.vp, "rp": p.rp, "cap": p.cap, "cap_max": p.cap_max}
            else:
                r = "unknown op"
            print(json.dumps({"r": r}))
        except PlanError as e:
            print(json.dumps({"err": [e.args[0], e.args[1]]}))


main()
