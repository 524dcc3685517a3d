"""The motion core (firmware/orbitfw/motion.py) on the MicroPython VM.

The firmware module runs unchanged in a MicroPython unix-port child (tests/mp/motion_harness.py);
these tests send it commands and check every tick's samples: position, velocity() and accel().

Tolerances (0.001 unit, per s / s**2 / s**3):

* VTOL, ATOL: velocity() and accel() report the integrator's exact state through a 22-bit
  scaled multiplier and a floor: at most 1 unit plus 2**-21 relative off. The profile itself is
  checked against the limits in exact integer arithmetic when it is planned.
* Jerk is the finite difference of accel() samples, so its tolerance is two accel() errors per
  tick (2 * ATOL * HZ); a windowed difference over JW ticks checks small jerk limits more tightly.
* Positions are the exact profile rounded to 0.001 unit (error <= 0.5) plus the drift of the
  fixed-point integration between exact resyncs (far below one unit).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mpchild import MicroPythonChild

from orbitrig.protocol.messages import AxisKind, DoneReason, ErrorCode, Unit

HERE = Path(__file__).resolve().parent
HZ = 200
REL = 1e-6  # relative slack of the reported velocity / acceleration
VTOL = 2
ATOL = 2
JW = 20  # window (ticks) of the averaged jerk check
POS_TOL = 2  # straight-line check: two roundings and the integration drift

SERVO, STEPPER = int(AxisKind.SERVO), int(AxisKind.STEPPER)
DEG, MM = int(Unit.DEG), int(Unit.MM)

# the simulated board's axes, with a jerk limit
AXES = [
    ["pan", SERVO, DEG, -170000, 170000, 180000, 720000, 3600000],
    ["tilt", SERVO, DEG, -90000, 90000, 120000, 480000, 2400000],
    ["roll", SERVO, DEG, -45000, 45000, 90000, 360000, 1800000],
    ["slider", STEPPER, MM, 0, 1000000, 250000, 500000, 2500000],
    ["focus", STEPPER, MM, 0, 20000, 20000, 80000, 400000],
]
N = len(AXES)


class Harness(MicroPythonChild):
    def __init__(self) -> None:
        super().__init__("motion_harness.py", heap="256M")

    def ok(self, **req: Any) -> Any:
        rep = self.call(**req)
        assert "err" not in rep, rep["err"]
        return rep["r"]

    def refused(self, **req: Any) -> tuple[int, str]:
        rep = self.call(**req)
        assert "err" in rep, f"{req['op']} was accepted: {rep}"
        return rep["err"][0], rep["err"][1]

    def new(self, axes=AXES, pos=None, homed=None, require_home=False) -> None:
        req: dict[str, Any] = {"op": "new", "axes": axes, "hz": HZ, "require_home": require_home}
        if pos is not None:
            req["pos"] = pos
        if homed is not None:
            req["homed"] = homed
        self.ok(**req)

    def run(self, n=100_000, **kw: Any) -> dict[str, Any]:
        return self.ok(op="run", n=n, **kw)


@pytest.fixture(scope="module")
def mp() -> Iterator[Harness]:
    with Harness() as h:
        yield h


# --- checks ----------------------------------------------------------------------------------
def join(*runs: dict[str, Any]) -> dict[str, Any]:
    """Concatenate the samples of consecutive runs."""
    out = {
        k: [sum((r[k][j] for r in runs), []) for j in range(len(runs[0][k]))] for k in ("pos", "vel", "acc")
    }
    out["done"] = []
    off = 0
    for r in runs:
        out["done"] += [[k + off, mid, why] for k, mid, why in r["done"]]
        off += len(r["moving"])
    out["moving"] = sum((r["moving"] for r in runs), [])
    return out


def done_at(res: dict[str, Any]) -> int:
    """The tick that reported the one completion, checking nothing moved after it."""
    assert len(res["done"]) == 1, res["done"]
    k = res["done"][0][0]
    assert all(res["moving"][:k]) and not any(res["moving"][k + 1 :])
    return k


def check_limits(axes, res, idx=None, spd=1000, v0=None, a0=None, clamp=True) -> None:
    """Every sample within the axis's position, velocity, acceleration and jerk limits.
    v0/a0: the state before the first sample (default: at rest)."""
    idx = list(range(len(axes))) if idx is None else idx
    for j, i in enumerate(idx):
        name, _, _, lo, hi, vmax, amax, jmax = axes[i]
        pos, vel, acc = res["pos"][j], res["vel"][j], res["acc"][j]
        if clamp:
            bad = [p for p in pos if not lo <= p <= hi]
            assert not bad, f"{name} left [{lo}, {hi}]: {bad[:5]}"
        vlim = vmax * spd / 1000 * (1 + REL) + VTOL
        k = max(range(len(vel)), key=lambda k: abs(vel[k]))
        assert abs(vel[k]) <= vlim, f"{name} velocity {vel[k]} > {vlim} at tick {k}"
        alim = amax * (1 + REL) + ATOL
        k = max(range(len(acc)), key=lambda k: abs(acc[k]))
        assert abs(acc[k]) <= alim, f"{name} acceleration {acc[k]} > {alim} at tick {k}"
        a = [a0[j] if a0 else 0, *acc]
        jl = jmax * (1 + REL) / HZ + 2 * ATOL
        for k in range(1, len(a)):
            assert abs(a[k] - a[k - 1]) <= jl, (
                f"{name} acceleration jumps {a[k - 1]} -> {a[k]} at tick {k - 1} (jmax/hz {jmax / HZ:.1f})"
            )
        jl = jmax * (1 + REL) * JW / HZ + 2 * ATOL
        for k in range(JW, len(a)):
            assert abs(a[k] - a[k - JW]) <= jl, (
                f"{name} jerk over {JW} ticks at tick {k}: {a[k - JW]} -> {a[k]}"
            )
        # positions follow the velocities: no jumps at segment resyncs
        v = [v0[j] if v0 else 0, *vel]
        for k in range(1, len(pos)):
            mean = (v[k] + v[k + 1]) / 2 / HZ
            step = pos[k] - pos[k - 1]
            assert abs(step - mean) <= 1.5 + 2 * VTOL / HZ + jmax / HZ**3, (
                f"{name} moved {step} in tick {k}, velocity says {mean:.2f}"
            )


def check_line(start, goal, res, idx=None) -> None:
    """All axes on one straight line in joint space, at every tick, positions and velocities."""
    idx = list(range(len(start))) if idx is None else idx
    d = [goal[i] - start[i] for i in idx]
    m = max(range(len(idx)), key=lambda j: abs(d[j]))
    if d[m] == 0:
        return
    pm, vm = res["pos"][m], res["vel"][m]
    for k in range(len(pm)):
        s = (pm[k] - start[idx[m]]) / d[m]
        for j, i in enumerate(idx):
            pred = start[i] + d[j] * s
            assert abs(res["pos"][j][k] - pred) <= POS_TOL, (
                f"axis {i} at {res['pos'][j][k]} off the line ({pred:.1f}) at tick {k}"
            )
            vpred = vm[k] * d[j] / d[m]
            assert abs(res["vel"][j][k] - vpred) <= VTOL * 2 + abs(vpred) * 1e-5, (
                f"axis {i} velocity {res['vel'][j][k]} not in proportion ({vpred:.1f}) at tick {k}"
            )


# --- strategies -------------------------------------------------------------------------------
@st.composite
def rig_axes(draw) -> list[list[Any]]:
    axes = []
    for name, kind, unit, *_ in AXES:
        lo = draw(st.integers(-2_000_000, 1_999_000))
        hi = lo + draw(st.integers(1000, min(2_000_000 - lo, 4_000_000)))
        span = hi - lo
        # limits under which a full-span move takes seconds, not minutes
        vmax = draw(st.integers(max(1000, span // 6), min(2_000_000, max(1000, span * 4))))
        amax = draw(st.integers(max(1000, vmax // 2), min(16_000_000, vmax * 20)))
        jmax = draw(st.integers(max(1000, amax // 2), min(500_000_000, amax * 50)))
        axes.append([name, kind, unit, lo, hi, vmax, amax, jmax])
    return axes


@st.composite
def moves(draw) -> tuple[list[list[Any]], list[int], list[list[int]], int, int]:
    axes = draw(rig_axes())
    start = [draw(st.integers(a[3], a[4])) for a in axes]
    which = draw(st.lists(st.integers(0, N - 1), min_size=1, max_size=N, unique=True))
    targets = [[i, draw(st.integers(axes[i][3], axes[i][4]))] for i in which]
    speed = draw(st.integers(300, 1000))
    duration = draw(st.one_of(st.just(0), st.integers(1, 12_000)))
    return axes, start, targets, speed, duration


def goal_of(start, targets):
    goal = list(start)
    for i, p in targets:
        goal[i] = p
    return goal


def plan_or_min(mp: Harness, axes, targets, speed, duration) -> tuple[int, int]:
    """Plan; a too-short duration must be refused naming an axis and the minimum, which
    then plans. Returns (motion id, duration used)."""
    rep = mp.call(op="plan", targets=targets, duration_ms=duration, speed=speed)
    if "err" not in rep:
        return rep["r"], duration
    code, reason = rep["err"]
    assert code == ErrorCode.BAD_VALUE, reason
    m = re.fullmatch(rf"duration_ms {duration} too short: (\w+) needs (\d+) ms", reason)
    assert m, reason
    assert m.group(1) in [axes[i][0] for i, _ in targets]
    need = int(m.group(2))
    assert need > duration
    code, reason = mp.refused(op="plan", targets=targets, duration_ms=need - 1, speed=speed)
    assert code == ErrorCode.BAD_VALUE
    return mp.ok(op="plan", targets=targets, duration_ms=need, speed=speed), need


# --- coordinated S-curve moves ------------------------------------------------------------------
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(moves())
def test_random_moves_keep_every_limit_and_arrive_together(mp: Harness, move) -> None:
    axes, start, targets, speed, duration = move
    goal = goal_of(start, targets)
    mp.new(axes, pos=start)
    mid, duration = plan_or_min(mp, axes, targets, speed, duration)
    res = mp.run()
    k = done_at(res)
    assert res["done"] == [[k, mid, DoneReason.COMPLETE]]
    assert res["state"]["pos"] == goal  # exactly on target
    assert res["state"]["target"] == goal
    check_limits(axes, res, spd=speed)
    check_line(start, goal, res)
    if duration and goal != start:
        assert k + 1 == (duration * HZ + 500) // 1000
    # at rest at the end (check_line: in proportion, so moving together, before it)
    assert all(res["vel"][i][-1] == 0 and res["acc"][i][-1] == 0 for i in range(N))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(moves(), st.floats(0.02, 0.45))
def test_stop_mid_move_brakes_within_limits_short_of_target(mp: Harness, move, frac) -> None:
    axes, start, targets, speed, _ = move
    goal = goal_of(start, targets)
    if goal == start:
        return
    d = [goal[i] - start[i] for i in range(N)]
    m = max(range(N), key=lambda i: abs(d[i]))
    mp.new(axes, pos=start)
    mp.ok(op="plan", targets=targets, duration_ms=0, speed=speed)
    full = mp.run(axes=[m])
    total = len(full["moving"])
    vel = [abs(v) for v in full["vel"][0]]
    acc = full["acc"][0]
    mp.new(axes, pos=start)
    mid = mp.ok(op="plan", targets=targets, duration_ms=0, speed=speed)
    queued = mp.ok(op="plan", targets=[[i, start[i]] for i in range(N)], duration_ms=0, speed=speed)
    stop_at = max(1, int(total * frac))
    before = mp.run(n=stop_at)
    assert before["done"] == []
    mp.ok(op="stop")
    after = mp.run()
    # the queued move is dropped, and says so at the next tick; the running one brakes
    assert after["done"][0] == [0, queued, DoneReason.DROPPED]
    after["done"] = after["done"][1:]
    res = join(before, after)
    assert res["done"] == [[done_at(res), mid, DoneReason.STOPPED]]
    check_limits(axes, res, spd=speed)
    check_line(start, goal, res)
    end = res["pos"][m][-1]
    travelled = (end - start[m]) / d[m]
    assert 0 <= travelled <= 1, f"stopped at {travelled:.4f} of the move"
    # braking during the cruise ends short of the target by at least the cruise it skipped
    k = stop_at - 1
    cruise = 0
    while k + cruise < total and acc[k + cruise] == 0 and vel[k + cruise] == max(vel):
        cruise += 1
    if abs(d[m]) >= 1000 and cruise * vel[k] / HZ >= 3:
        assert end != goal[m], f"stopped on the target although braking {cruise} ticks before the move would"
    assert after["state"]["target"] == after["state"]["pos"]
    assert not after["state"]["busy"]
    assert all(res["vel"][i][-1] == 0 for i in range(N))


def test_stop_reports_the_reason_it_is_given(mp: Harness) -> None:
    # the loop's link-loss watchdog stops with DONE_FAULT
    mp.new(pos=[0, 0, 0, 0, 0])
    mid = mp.ok(op="plan", targets=[[0, 100000]], duration_ms=0, speed=1000)
    before = mp.run(n=50)
    mp.ok(op="stop", reason=int(DoneReason.FAULT))
    mp.ok(op="stop")  # a second STOP while braking changes nothing
    res = join(before, mp.run())
    assert res["done"] == [[done_at(res), mid, DoneReason.FAULT]]
    check_limits(AXES, res)
    # a STOP before the accepted move's first tick: it never started, it was dropped
    mid = mp.ok(op="plan", targets=[[0, 0]], duration_ms=0, speed=1000)
    mp.ok(op="stop")
    assert mp.ok(op="state")["dropped"] == [mid]
    res = mp.run()
    assert res["moving"] == [False] and res["done"] == [[0, mid, DoneReason.DROPPED]]


def test_every_dropped_move_is_reported_once(mp: Harness) -> None:
    # a running move and four queued behind it: STOP reports each queued one DROPPED, once,
    # and the running one STOPPED; HALT does the same with ESTOP
    for op, why in (("stop", DoneReason.STOPPED), ("halt", DoneReason.ESTOP)):
        mp.new(pos=[0, 0, 0, 0, 0])
        mid = mp.ok(op="plan", targets=[[0, 100000]], duration_ms=0, speed=1000)
        mp.run(n=20)  # running: out of the queue
        queued = [mp.ok(op="plan", targets=[[0, 1000 * k]], duration_ms=0, speed=1000) for k in range(4)]
        mp.refused(op="plan", targets=[[0, 0]], duration_ms=0, speed=1000)  # the queue is full
        mp.ok(op=op, reason=int(why))
        res = mp.run(n=2000)
        got = sorted((mid_, r) for _, mid_, r in res["done"])
        assert got == sorted([(mid, why)] + [(q, DoneReason.DROPPED) for q in queued]), res["done"]
        assert mp.ok(op="state")["dropped"] == []


def test_duration_too_short_names_the_slowest_axis(mp: Harness) -> None:
    mp.new(pos=[0, 0, 0, 0, 0])
    code, reason = mp.refused(op="plan", targets=[[0, 10000], [3, 900000]], duration_ms=500, speed=1000)
    assert code == ErrorCode.BAD_VALUE
    m = re.fullmatch(r"duration_ms 500 too short: slider needs (\d+) ms", reason)
    assert m, reason
    need = int(m.group(1))
    assert 3600 < need < 4400  # 900 mm at 250 mm/s plus the ramps
    mp.ok(op="plan", targets=[[0, 10000], [3, 900000]], duration_ms=need, speed=1000)


def test_refusals_name_axis_and_limit(mp: Harness) -> None:
    mp.new(pos=[0, 0, 0, 0, 0])
    code, reason = mp.refused(op="plan", targets=[[0, 200000]], duration_ms=0, speed=1000)
    assert (code, reason) == (ErrorCode.LIMIT, "pan target 200.000 above max 170.000")
    code, reason = mp.refused(op="check_axis", axis=1, pos=-90001)
    assert (code, reason) == (ErrorCode.LIMIT, "tilt target -90.001 below min -90.000")
    code, reason = mp.refused(op="check_axis", axis=7, pos=0)
    assert code == ErrorCode.BAD_AXIS
    for _ in range(4):
        mp.ok(op="plan", targets=[[0, 1000]], duration_ms=0, speed=1000)
    code, reason = mp.refused(op="plan", targets=[[0, 2000]], duration_ms=0, speed=1000)
    assert code == ErrorCode.BUSY
    # queued moves run in order, each from where the previous ended
    res = mp.run()
    assert [d[1:] for d in res["done"]] == [[i, 0] for i in range(1, 5)]


def test_long_slow_move_keeps_its_precision(mp: Harness) -> None:
    # 5 minutes for 1 m: a quarter of a million ticks of integration; every tick checked
    mp.new(pos=[0, 0, 0, 0, 0])
    mid = mp.ok(op="plan", targets=[[3, 1000000], [0, -170000]], duration_ms=300_000, speed=1000)
    res = mp.run(axes=[0, 3])
    assert res["done"] == [[60_000 - 1, mid, DoneReason.COMPLETE]]
    axes = [AXES[0], AXES[3]]
    check_limits(axes, res)
    check_line([0, 0], [-170000, 1000000], res)
    assert all(b >= a for a, b in zip(res["pos"][1], res["pos"][1][1:], strict=False))


def test_low_jerk_moves_resync_smoothly(mp: Harness) -> None:
    # jerk segments of several seconds are integrated in 256-tick chunks from exact states
    axes = [list(a) for a in AXES]
    axes[0][7] = 1000  # 1 deg/s^3
    axes[3][7] = 20000
    mp.new(axes, pos=[-170000, 0, 0, 0, 0])
    mid = mp.ok(op="plan", targets=[[0, 170000], [3, 1000000]], duration_ms=0, speed=1000)
    res = mp.run(budget=True)
    assert res["done"][0][1:] == [mid, DoneReason.COMPLETE]
    assert len(res["moving"]) > 4 * 600
    check_limits(axes, res)
    check_line([-170000, 0, 0, 0, 0], [170000, 0, 0, 1000000, 0], res)
    assert res["budget"] < 2**29


def test_halt_zeroes_everything_at_once(mp: Harness) -> None:
    mp.new(pos=[0, 0, 0, 0, 0])
    mid = mp.ok(op="plan", targets=[[0, 150000], [3, 800000]], duration_ms=0, speed=1000)
    mp.ok(op="plan", targets=[[0, 0]], duration_ms=0, speed=1000)
    before = mp.run(n=200)
    mp.ok(op="halt", reason=int(DoneReason.ESTOP))
    st_ = mp.ok(op="state")
    assert st_["done_id"] == mid and st_["done_reason"] == DoneReason.ESTOP
    assert not st_["busy"] and st_["target"] == st_["pos"]
    after = mp.run(n=20, until_idle=False)
    assert all(v == 0 for col in after["vel"] + after["acc"] for v in col)
    assert all(col == [before["pos"][i][-1]] * 20 for i, col in enumerate(after["pos"]))
    # reported once; the queued move was dropped, and said so
    assert after["done"] == [[0, mid, DoneReason.ESTOP], [0, mid + 1, DoneReason.DROPPED]]


def test_configure(mp: Harness) -> None:
    mp.new(pos=[0, 0, 0, 0, 0])
    mp.ok(op="configure", axis=0, lo=-10000, hi=10000, vmax=5000, amax=10000, jmax=40000)
    code, reason = mp.refused(op="plan", targets=[[0, 20000]], duration_ms=0, speed=1000)
    assert (code, reason) == (ErrorCode.LIMIT, "pan target 20.000 above max 10.000")
    mp.ok(op="plan", targets=[[0, 10000]], duration_ms=0, speed=1000)
    code, reason = mp.refused(op="configure", axis=0, lo=0, hi=1, vmax=1, amax=1, jmax=1)
    assert code == ErrorCode.BAD_STATE
    axes = [list(a) for a in AXES]
    axes[0][3:8] = [-10000, 10000, 5000, 10000, 40000]
    res = mp.run(axes=[0])
    check_limits([axes[0]], res)
    assert res["state"]["pos"][0] == 10000
    code, _ = mp.refused(op="configure", axis=0, lo=0, hi=1, vmax=0, amax=1, jmax=1)
    assert code == ErrorCode.BAD_VALUE
    code, _ = mp.refused(op="configure", axis=1, lo=5, hi=1, vmax=1, amax=1, jmax=1)
    assert code == ErrorCode.BAD_VALUE


# --- jog ------------------------------------------------------------------------------------------
def test_jog_ramps_jerk_limited_to_its_velocity(mp: Harness) -> None:
    mp.new(pos=[0, 0, 0, 0, 0])
    assert mp.ok(op="jog", axis=0, vel=90000, id=1, timeout=1000) is True
    res = mp.run(n=150, axes=[0])
    check_limits([AXES[0]], res)
    vel = res["vel"][0]
    assert all(b >= a for a, b in zip(vel, vel[1:], strict=False))
    assert abs(vel[-1] - 90000) <= VTOL and res["acc"][0][-1] == 0
    assert res["state"]["jogging"] and res["state"]["busy"]
    # the same id sets a new velocity: through zero to the other direction
    assert mp.ok(op="jog", axis=0, vel=-60000, id=1, timeout=1000) is True
    res2 = mp.run(n=150, axes=[0])
    check_limits([AXES[0]], res2, v0=[vel[-1]], a0=[0])
    assert abs(res2["vel"][0][-1] + 60000) <= VTOL
    code, _ = mp.refused(op="plan", targets=[[0, 0]], duration_ms=0, speed=1000)
    assert code == ErrorCode.BAD_STATE
    code, _ = mp.refused(op="jog", axis=0, vel=200000, id=1, timeout=10)
    assert code == ErrorCode.LIMIT


def test_jog_deadman_expires_and_stops(mp: Harness) -> None:
    mp.new(pos=[0, 0, 0, 0, 0])
    mp.ok(op="jog", axis=1, vel=-100000, id=3, timeout=100)
    res = mp.run(n=400, axes=[1])
    check_limits([AXES[1]], res)
    vel = res["vel"][0]
    assert abs(vel[98] + 100000) <= VTOL  # still cruising at the last refreshed tick
    assert vel[100] > vel[98]  # braking from the deadman's tick
    assert vel[-1] == 0 and not res["state"]["jogging"] and not res["state"]["busy"]
    assert res["state"]["jog_ended"] == 3
    assert mp.ok(op="jog", axis=1, vel=-100000, id=3, timeout=100) is False  # ended: stale


def test_jog_refresh_keeps_it_going(mp: Harness) -> None:
    mp.new(pos=[0, 0, 0, 0, 0])
    for _ in range(5):
        assert mp.ok(op="jog", axis=3, vel=50000, id=1, timeout=40) is True
        res = mp.run(n=30, axes=[3])
    assert abs(res["vel"][0][-1] - 50000) <= VTOL
    assert res["state"]["jogging"]


def test_stale_jog_ids_are_ignored(mp: Harness) -> None:
    mp.new(pos=[0, 0, 0, 0, 0])
    assert mp.ok(op="jog", axis=0, vel=10000, id=5, timeout=1000) is True
    assert mp.ok(op="jog", axis=0, vel=20000, id=4, timeout=1000) is False
    assert mp.ok(op="jog_end", id=5) is True
    assert mp.ok(op="jog", axis=0, vel=10000, id=5, timeout=1000) is False
    assert mp.ok(op="jog", axis=0, vel=10000, id=2, timeout=1000) is False
    assert mp.ok(op="jog_end", id=5) is False
    res = mp.run(n=400, axes=[0])
    check_limits([AXES[0]], res)
    assert res["vel"][0][-1] == 0 and not res["state"]["jogging"]
    # a new session; the previous one's axes ramp to zero
    assert mp.ok(op="jog", axis=2, vel=30000, id=6, timeout=1000) is True
    mp.run(n=50)
    assert mp.ok(op="jog", axis=1, vel=30000, id=7, timeout=1000) is True
    res = mp.run(n=200, axes=[1, 2])
    assert res["vel"][1][-1] == 0 and abs(res["vel"][0][-1] - 30000) <= VTOL
    assert mp.ok(op="jog", axis=2, vel=30000, id=6, timeout=1000) is False


def test_braking_while_accelerating_never_passes_vmax(mp: Harness) -> None:
    # interrupt the ramp to vmax at every tick: with a new velocity, a JOG_END, the deadman,
    # and a STOP of a coordinated move
    tilt = AXES[1]
    for k in range(1, 95, 3):
        for how in ("vel", "end", "deadman", "move"):
            mp.new(pos=[0, -90000, 0, 0, 0])
            if how == "move":
                mp.ok(op="plan", targets=[[1, 90000]], duration_ms=0, speed=1000)
            else:
                mp.ok(op="jog", axis=1, vel=tilt[5], id=1, timeout=k if how == "deadman" else 1000)
            before = mp.run(n=k, axes=[1], until_idle=False)
            if how == "vel":
                mp.ok(op="jog", axis=1, vel=tilt[5] // 3, id=1, timeout=1000)
            elif how == "end":
                mp.ok(op="jog_end", id=1)
            elif how == "move":
                mp.ok(op="stop")
            after = mp.run(n=400, axes=[1], until_idle=how != "vel")
            check_limits([tilt], join(before, after))


def test_axis_outside_narrowed_limits_comes_back_without_a_jump(mp: Harness) -> None:
    mp.new(pos=[160000, 0, 0, 0, 0])
    mp.ok(op="configure", axis=0, lo=-150000, hi=150000, vmax=180000, amax=720000, jmax=3600000)
    axes = [list(a) for a in AXES]
    axes[0][4] = 150000
    assert mp.ok(op="jog", axis=0, vel=50000, id=1, timeout=1000) is True  # further out: no
    res = mp.run(n=5, axes=[0], until_idle=False)
    assert res["pos"][0] == [160000] * 5 and res["state"]["limit_axis"] == 0
    assert mp.ok(op="jog", axis=0, vel=-50000, id=1, timeout=1000) is True  # back in
    res = mp.run(n=100, axes=[0], until_idle=False)
    check_limits([axes[0]], res, clamp=False)
    assert all(b <= a for a, b in zip([160000, *res["pos"][0]], res["pos"][0], strict=False))
    mp.ok(op="jog_end", id=1)
    mp.run()
    mp.new(pos=[160000, 0, 0, 0, 0])
    mp.ok(op="configure", axis=0, lo=-150000, hi=150000, vmax=180000, amax=720000, jmax=3600000)
    mp.ok(op="plan", targets=[[0, 0]], duration_ms=0, speed=1000)
    res = mp.run(axes=[0])
    check_limits([axes[0]], res, clamp=False)
    assert res["pos"][0][0] > 159000 and res["state"]["pos"][0] == 0


@pytest.mark.parametrize(
    ("axis", "start", "vel"),
    [(0, 150000, 180000), (0, -100000, -180000), (4, 19000, 20000), (2, 44000, 90000), (3, 0, -250000)],
)
def test_jog_stops_at_or_before_the_soft_limit(mp: Harness, axis, start, vel) -> None:
    pos = [0, 0, 0, 0, 0]
    pos[axis] = start
    mp.new(pos=pos)
    assert mp.ok(op="jog", axis=axis, vel=vel, id=1, timeout=100_000) is True
    res = mp.run(n=3000, axes=[axis], until_idle=False)
    check_limits([AXES[axis]], res)
    lo, hi = AXES[axis][3], AXES[axis][4]
    end = res["state"]["pos"][axis]
    assert res["vel"][0][-1] == 0
    assert res["state"]["limit_axis"] == axis
    room = hi - end if vel > 0 else end - lo
    assert 0 <= room <= abs(vel) // HZ + 50, f"stopped {room} short of the limit"
    assert res["state"]["jogging"]  # the session stays open until its deadman or JOG_END


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["jog", "jog", "jog", "new", "end", "stop"]),
            st.integers(0, N - 1),
            st.integers(-1000, 1000),
            st.integers(1, 120),
        ),
        min_size=1,
        max_size=8,
    ),
    st.lists(st.integers(-1000, 1000), min_size=N, max_size=N),
)
def test_random_jogs_keep_every_limit(mp: Harness, ops, where) -> None:
    start = [a[3] + (a[4] - a[3]) * (w + 1000) // 2000 for a, w in zip(AXES, where, strict=True)]
    mp.new(pos=start)
    runs = []
    # a model of the session rules: ids up to `ended` are stale
    jid, ended, live, idle = 1, 0, False, 0
    for what, axis, permille, ticks in ops:
        if live and idle >= 60:  # the deadman (60 ticks) ended it
            ended, live = jid, False
        if what == "end":
            assert mp.ok(op="jog_end", id=jid) is (jid > ended and live)
            ended, live = max(ended, jid), False
        elif what == "stop":
            mp.ok(op="stop")
            ended, live = (jid, False) if live else (ended, live)
        else:
            if what == "new":
                ended, jid = (jid, jid + 1) if live else (ended, jid + 1)
            vel = AXES[axis][5] * permille // 1000
            taken = mp.ok(op="jog", axis=axis, vel=vel, id=jid, timeout=60)
            assert taken is (jid > ended)
            if taken:
                live, idle = True, 0
        runs.append(mp.run(n=ticks, until_idle=False))
        idle += ticks
    runs.append(mp.run(n=2000))
    res = join(*runs)
    check_limits(AXES, res)
    assert not runs[-1]["state"]["busy"] and not runs[-1]["state"]["jogging"]


# --- homing ---------------------------------------------------------------------------------------
def test_home_finds_switches_and_moves_servos_home(mp: Harness) -> None:
    mp.new(pos=[30000, 0, 0, 500000, 10000], require_home=True)
    code, reason = mp.refused(op="plan", targets=[[3, 1000]], duration_ms=0, speed=1000)
    assert (code, reason) == (ErrorCode.BAD_STATE, "slider not homed (run HOME first)")
    code, reason = mp.refused(op="jog", axis=4, vel=100, id=1, timeout=10)
    assert reason == "focus not homed (run HOME first)"
    mp.ok(op="configure_home", axis=4, pos=500)
    mid = mp.ok(op="home", mask=0b11001, switches=[3, 4])
    assert mp.ok(op="state")["homed"] == [True, True, True, False, False]
    res = mp.run(switch_at=[None, None, None, 480000, 9000])
    assert res["done"][-1][1:] == [mid, DoneReason.COMPLETE]
    st_ = res["state"]
    assert st_["homed"] == [True] * N
    assert st_["pos"] == [0, 0, 0, 0, 500] and st_["target"] == st_["pos"]
    assert min(res["vel"][3]) == pytest.approx(-250000 // 4, abs=VTOL)  # seeks at vmax/4
    assert min(res["vel"][4]) == pytest.approx(-20000 // 4, abs=VTOL)
    mp.ok(op="plan", targets=[[3, 1000]], duration_ms=0, speed=1000)


def test_home_without_a_switch_faults(mp: Harness) -> None:
    mp.new(pos=[0, 0, 0, 0, 10000], require_home=True)
    mid = mp.ok(op="home", mask=0b10000, switches=0b10000)
    res = mp.run()
    assert res["done"] == [[done_at(res), mid, DoneReason.FAULT]]
    assert res["state"]["homed"][4] is False
    check_limits(AXES, res, clamp=False)


def test_stop_during_homing(mp: Harness) -> None:
    mp.new(pos=[90000, 0, 0, 0, 10000], require_home=True)
    mid = mp.ok(op="home", mask=0b10001, switches=[4])
    code, _ = mp.refused(op="home", mask=1, switches=[])
    assert code == ErrorCode.BAD_STATE
    before = mp.run(n=100)
    mp.ok(op="stop")
    after = mp.run()
    res = join(before, after)
    assert res["done"] == [[done_at(res), mid, DoneReason.STOPPED]]
    check_limits(AXES, res, clamp=False)
    assert after["state"]["homed"][4] is False


# --- the tick: integer budget and allocation ---------------------------------------------------------
def test_tick_state_stays_in_small_ints(mp: Harness) -> None:
    mp.new(pos=[-170000, -90000, -45000, 0, 0])
    mp.ok(
        op="plan",
        targets=[[0, 170000], [1, 90000], [2, 45000], [3, 1000000], [4, 20000]],
        duration_ms=0,
        speed=1000,
    )
    assert mp.run(budget=True)["budget"] < 2**29
    mp.ok(op="plan", targets=[[3, 1]], duration_ms=0, speed=1000)  # the smallest move
    assert mp.run(budget=True)["budget"] < 2**29
    for i, a in enumerate(AXES):
        mp.ok(op="jog", axis=i, vel=-a[5], id=1, timeout=10_000)
    assert mp.run(n=1500, budget=True, until_idle=False)["budget"] < 2**29
    mp.new(pos=[0, 0, 0, 1_000_000, 20000], require_home=True)
    mp.ok(op="home", mask=0b11000, switches=[3, 4])
    assert mp.run(budget=True)["budget"] < 2**29


def test_step_allocates_nothing(mp: Harness) -> None:
    # mid S-curve, all five axes moving: 1000 ticks cross jerk, acceleration and cruise segments
    mp.new(pos=[-170000, -90000, -45000, 0, 0])
    mp.ok(
        op="plan",
        targets=[[0, 170000], [1, 90000], [2, 45000], [3, 1000000], [4, 20000]],
        duration_ms=20_000,
        speed=1000,
    )
    mp.run(n=20, until_idle=False)
    curve = mp.ok(op="alloc", n=1000)
    assert curve["moving"]
    # mid-jog, all five axes (ramps, cruise, soft-limit braking)
    mp.new(pos=[0, 0, 0, 500000, 10000])
    for i, a in enumerate(AXES):
        mp.ok(op="jog", axis=i, vel=a[5] // (i + 2), id=1, timeout=100_000)
    mp.run(n=5, until_idle=False)
    jog = mp.ok(op="alloc", n=1000)
    assert jog["state"]["jogging"]
    # homing seeks
    mp.new(pos=[0, 0, 0, 1_000_000, 20000], require_home=True)
    mp.ok(op="home", mask=0b11000, switches=[3, 4])
    seek = mp.ok(op="alloc", n=1000, switch_at=[None, None, None, -1, 19000])
    print(
        f"\nstep(): S-curve 5 axes median {curve['median_us']} us (mean {curve['mean_us']:.1f}),"
        f" jog {jog['median_us']} us, seek {seek['median_us']} us on the unix port;"
        f" alloc {curve['alloc']} / {jog['alloc']} / {seek['alloc']} bytes per 1000 ticks"
    )
    assert curve["alloc"] == 0
    assert jog["alloc"] == 0
    assert seek["alloc"] == 0


def _home_trip(res: dict[str, Any], i: int, home: int) -> tuple[int, list[int], int]:
    """Where the last approach found the switch (the position of the tick before the count
    jumped to ``home``), the signs of the velocity phases on the way there, and the tick of
    the jump."""
    pos, vel = res["pos"][i], res["vel"][i]
    k = next(k for k in range(1, len(pos)) if pos[k] == home and pos[k - 1] != home)
    signs: list[int] = []
    for v in vel[:k]:
        sg = (v > 0) - (v < 0)
        if sg and (not signs or signs[-1] != sg):
            signs.append(sg)
    return pos[k - 1], signs, k


def test_home_backs_off_and_comes_back_slowly(mp: Harness) -> None:
    # Fast to the switch, a controlled stop past it, back off until it opens, then slowly
    # back until it closes: that is the home position, found to within one tick of the slow
    # approach (one step per tick when the loop sets it so), from any start.
    switch = 150_000
    trips = []
    for start in (900_000, 400_000, 160_000, switch, 20_000):
        mp.new(pos=[0, 0, 0, start, 0], require_home=True)
        mid = mp.ok(op="home", mask=0b01000, switches=[3])
        res = mp.run(n=20_000, switch_at=[None, None, None, switch, None])
        assert res["done"][-1][1:] == [mid, DoneReason.COMPLETE], start
        trip, signs, k = _home_trip(res, 3, 0)  # at k the count jumps to the home position
        check_limits(AXES, {key: [col[:k] for col in res[key]] for key in ("pos", "vel", "acc")}, clamp=False)
        trips.append(trip)
        assert signs[-2:] == [1, -1], (start, signs)  # backed off, then came back
        assert -(250_000 // 128) - VTOL <= res["vel"][3][k - 2] < 0  # at most vmax / 128
    slow_tick = 250_000 // 128 / HZ
    assert all(switch - slow_tick - 1 <= t <= switch for t in trips), trips
    assert max(trips) - min(trips) <= slow_tick + 1, trips  # repeatable: within one slow tick


def test_home_slow_speed_is_the_configured_one(mp: Harness) -> None:
    mp.new(pos=[0, 0, 0, 300_000, 0], require_home=True)
    mp.ok(op="configure_home", axis=3, pos=0, slow=2000)  # 2 mm/s: 10 um per tick
    mid = mp.ok(op="home", mask=0b01000, switches=[3])
    res = mp.run(n=20_000, switch_at=[None, None, None, 100_000, None])
    assert res["done"][-1][1:] == [mid, DoneReason.COMPLETE]
    trip, _, k = _home_trip(res, 3, 0)
    assert 100_000 - 10 <= trip <= 100_000
    assert -2000 - VTOL <= res["vel"][3][k - 2] < 0


def test_home_with_a_switch_that_never_opens_faults(mp: Harness) -> None:
    mp.new(pos=[0, 0, 0, 300_000, 0], require_home=True)
    mid = mp.ok(op="home", mask=0b01000, switches=[3])
    sw = [None, None, None, 150_000, None]
    res = mp.run(n=20_000, switch_at=sw, switch_stuck=[False, False, False, True, False])
    assert res["done"] == [[done_at(res), mid, DoneReason.FAULT]]
    assert res["state"]["homed"][3] is False
    pos = res["pos"][3]
    k = next(k for k, p in enumerate(pos) if p <= 150_000)
    assert max(pos[k:]) < 150_000 + 40_000  # the back-off gave up within its bound, not the span
    check_limits(AXES, res, clamp=False)


def test_stop_between_homing_phases_ends_the_homing(mp: Harness) -> None:
    mp.new(pos=[0, 0, 0, 200_000, 0], require_home=True)
    mid = mp.ok(op="home", mask=0b01000, switches=[3])
    sw = [None, None, None, 150_000, None]
    before = mp.run(n=2000, switch_at=sw)
    k = next(k for k, p in enumerate(before["pos"][3]) if p <= 150_000)
    before = None
    mp.new(pos=[0, 0, 0, 200_000, 0], require_home=True)
    mid = mp.ok(op="home", mask=0b01000, switches=[3])
    first = mp.run(n=k + 2, switch_at=sw, until_idle=False)  # braking past the switch now
    mp.ok(op="stop")
    rest = mp.run(n=20_000, switch_at=sw)
    res = join(first, rest)
    assert res["done"] == [[done_at(res), mid, DoneReason.STOPPED]]
    assert rest["state"]["homed"][3] is False
    assert max(rest["vel"][3]) <= 0  # no back-off after the STOP
