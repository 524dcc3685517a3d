# motion_harness.py: runs under the MicroPython unix port and drives the firmware's motion
# core (orbitfw.motion) for tests/test_motion_core.py.
# Protocol: one JSON object per line on stdin, one JSON reply per line on stdout.
#   {"op": "new", "axes": [[name, kind, unit, lo, hi, vmax, amax, jmax], ...], "hz": 200,
#    "pos": [...], "homed": [...], "require_home": true}
#   {"op": "plan", "targets": [[axis, pos], ...], "duration_ms": 0, "speed": 1000}
#   {"op": "jog", "axis": 0, "vel": 1000, "id": 1, "timeout": 40}
#   {"op": "jog_end", "id": 1}    {"op": "stop", "reason": 1}    {"op": "halt", "reason": 2}
#   {"op": "home", "mask": 24, "switches": [3, 4]}
#   {"op": "configure", "axis": 0, "lo": .., "hi": .., "vmax": .., "amax": .., "jmax": ..}
#   {"op": "configure_home", "axis": 3, "pos": 0, "slow": 0}
#   {"op": "run", "n": 500, "until_idle": true, "switch_at": [null, .., -5000, ..],
#    "axes": [0, 3], "budget": false}
#       steps up to n ticks; per tick a sample: step() result, pos, velocity(), accel()
#       (of "axes", default all), done_id/done_reason as set by that tick (then cleared,
#       as the loop does), then the ids a stop dropped (reason DONE_DROPPED). With
#       "switch_stuck": [.., true, ..] a switch that has closed stays closed. A switch i reads pressed while pos[i] <= switch_at[i].
#       With "budget", the largest |int| the tick path can touch, over all ticks.
#   {"op": "alloc", "n": 1000, "switch_at": [...]}
#       gc.mem_alloc() delta over n steps (plus velocity()/accel() of every axis) with gc
#       disabled, and the median / mean step() time in us
#   {"op": "state"}
# Replies: {"r": ...} or {"err": [code, reason]} for a PlanError.
import gc
import json
import sys
import time

sys.path.insert(0, sys.argv[1])  # the firmware dir

from orbitfw import motion, wire  # noqa: E402

DROPPED = wire.DONE_DROPPED

# planning-only big ints of a move; everything else in the objects is read by step()
_PLAN_ONLY = ("an", "ad", "jn", "jd")


class Switches:
    # a switch per axis, pressed at or below a position; .get is the callable step() takes
    def __init__(self, m):
        self.m = m
        self.at = [None] * m.n
        self.stuck = [False] * m.n  # once closed, stays closed (a switch that fails so)
        self.closed = [False] * m.n
        self.get = self._get

    def _get(self, i):
        t = self.at[i]
        c = (t is not None and self.m.pos[i] <= t) or (self.stuck[i] and self.closed[i])
        self.closed[i] = c
        return c


def _biggest(x, best):
    if isinstance(x, bool):
        return best
    if isinstance(x, int):
        a = -x if x < 0 else x
        return a if a > best else best
    if isinstance(x, list):
        for y in x:
            best = _biggest(y, best)
    return best


def budget(m):
    best = 0
    for k, v in m.__dict__.items():
        if k == "_q":
            continue  # queued moves: not touched until they start
        best = _biggest(v, best)
    for k, v in m._mv.__dict__.items():
        if k not in _PLAN_ONLY:
            best = _biggest(v, best)
    return best


def state(m):
    return {
        "pos": list(m.pos),
        "target": list(m.target),
        "motion_id": m.motion_id,
        "last_id": m.last_id,
        "done_id": m.done_id,
        "done_reason": m.done_reason,
        "dropped": list(m.dropped),
        "limit_axis": m.limit_axis,
        "jogging": m.jogging,
        "homed": list(m.homed),
        "busy": m.busy(),
        "mode": m.mode,
        "jog_id": m.jog_id,
        "jog_ended": m.jog_ended,
    }


def run(m, sw, req):
    n = req.get("n", 1000)
    until_idle = req.get("until_idle", True)
    axes = req.get("axes") or list(range(m.n))
    want_budget = req.get("budget", False)
    sw.at = req.get("switch_at") or [None] * m.n
    sw.stuck = req.get("switch_stuck") or [False] * m.n
    moving = []
    pos = [[] for _ in axes]
    vel = [[] for _ in axes]
    acc = [[] for _ in axes]
    done = []
    big = 0
    for k in range(n):
        r = m.step(sw.get)
        moving.append(r)
        for j, i in enumerate(axes):
            pos[j].append(m.pos[i])
            vel[j].append(m.velocity(i))
            acc[j].append(m.accel(i))
        if m.done_id:
            done.append([k, m.done_id, m.done_reason])
            m.done_id = 0
        for mid in m.dropped:
            done.append([k, mid, DROPPED])
        m.dropped.clear()
        if want_budget:
            big = _biggest(budget(m), big)
        if until_idle and not r and not m.busy():
            break
    return {
        "moving": moving,
        "pos": pos,
        "vel": vel,
        "acc": acc,
        "done": done,
        "budget": big,
        "state": state(m),
    }


def _steps(m, get, n, ts):
    t = time.ticks_us()
    for k in range(n):
        m.step(get)
        for i in range(m.n):
            m.velocity(i)
            m.accel(i)
        u = time.ticks_us()
        ts[k] = time.ticks_diff(u, t)
        t = u


def _plain_steps(m, get, n, ts):
    t = time.ticks_us()
    for k in range(n):
        m.step(get)
        u = time.ticks_us()
        ts[k] = time.ticks_diff(u, t)
        t = u


def alloc(m, sw, req):
    n = req.get("n", 1000)
    sw.at = req.get("switch_at") or [None] * m.n
    sw.stuck = req.get("switch_stuck") or [False] * m.n
    get = sw.get
    ts = [0] * n
    _steps(m, get, 2, ts)  # warm up: first calls may intern or cache
    gc.collect()
    gc.disable()
    try:
        a0 = gc.mem_alloc()
        _steps(m, get, n, ts)
        a1 = gc.mem_alloc()
        _plain_steps(m, get, n, ts)
    finally:
        gc.enable()
    srt = sorted(ts)
    return {
        "alloc": a1 - a0,
        "median_us": srt[n // 2],
        "mean_us": sum(ts) / n,
        "moving": m.busy(),
        "state": state(m),
    }


def handle(m, sw, req):
    op = req["op"]
    if op == "plan":
        return m.plan([tuple(t) for t in req["targets"]], req.get("duration_ms", 0), req.get("speed", 1000))
    if op == "jog":
        return m.jog(req["axis"], req["vel"], req["id"], req.get("timeout", 1000))
    if op == "jog_end":
        return m.jog_end(req["id"])
    if op == "stop":
        return m.stop(req["reason"]) if "reason" in req else m.stop()
    if op == "halt":
        return m.halt(req.get("reason", 2))
    if op == "home":
        return m.home(req["mask"], req.get("switches", []))
    if op == "configure":
        return m.configure(req["axis"], req["lo"], req["hi"], req["vmax"], req["amax"], req["jmax"])
    if op == "configure_home":
        return m.configure_home(req["axis"], req["pos"], req.get("slow", 0))
    if op == "check_axis":
        return m.check_axis(req["axis"], req["pos"])
    if op == "set":
        setattr(m, req["name"], req["value"])
        return None
    if op == "run":
        return run(m, sw, req)
    if op == "alloc":
        return alloc(m, sw, req)
    if op == "state":
        return state(m)
    raise ValueError("unknown op " + op)


def main():
    m = None
    sw = None
    while True:
        line = sys.stdin.readline()
        if not line:
            break
        req = json.loads(line)
        try:
            if req["op"] == "new":
                m = motion.Motion([tuple(a) for a in req["axes"]], req.get("hz", 200))
                m.require_home = req.get("require_home", True)
                if "pos" in req:
                    for i, p in enumerate(req["pos"]):
                        m.pos[i] = p
                        m.target[i] = p
                if "homed" in req:
                    for i, h in enumerate(req["homed"]):
                        m.homed[i] = h
                sw = Switches(m)
                out = {"r": None}
            else:
                out = {"r": handle(m, sw, req)}
        except motion.PlanError as e:
            out = {"err": [e.args[0], e.args[1]]}
        except Exception as e:  # report, keep serving
            out = {"error": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(out))
        sys.stdout.write("\n")


main()
