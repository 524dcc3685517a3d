"""Property test: random command sequences against the real firmware on the MicroPython VM.

The board (firmware/orbitfw on the simulated HAL, with a simulated clock) gets random moves,
jogs, stops, ESTOPs, limit changes and link silences. From the simulated HAL's trace we check
that while the outputs are on, every commanded position stays inside the configured limits
and the velocity and acceleration derived from it never exceed the configured vmax and amax;
and that no commanded output changes while the board is DISARMED or in ESTOP.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from mpchild import MicroPythonChild

from orbitrig.host.boards.trace import AXIS_SAMPLE, STATE, read_trace
from orbitrig.protocol import codec, framing
from orbitrig.protocol.messages import BOARD_AXIS, ConfigKey, ErrorCode, Msg, State

HERE = Path(__file__).resolve().parent
HZ = 200
NAXES = 5
# tolerance of finite differences of 0.001-unit integer positions at 200 Hz
V_TOL = 2 * HZ  # 0.001 unit/s
A_TOL = 4 * HZ * HZ  # 0.001 unit/s^2
W = 10  # ticks: the averaged acceleration check spans 2*W ticks
A_TOL_W = 4 * HZ * HZ // (W * W) + 1  # its quantization noise


class Harness(MicroPythonChild):
    def __init__(self, trace: Path) -> None:
        super().__init__("board_harness.py", str(trace), cwd=trace.parent, heap="512K")
        self.trace = trace
        self.seq = 0
        self.limits_at: list[tuple[int, list[list[int]]]] = []

    def reset(self, trace: Path) -> None:
        """A new board in the same VM (power-up: defaults), tracing to ``trace``."""
        self.call(op="reset", trace=str(trace))
        self.trace = trace
        self.seq = 0

    def frame(self, msg: Msg, fields: dict[str, Any] | None = None) -> bytes:
        self.seq = (self.seq + 1) & 0x0F
        return framing.wire(1, self.seq - 1 & 0x0F, msg, codec.encode(msg, fields or {}))

    def run(self, frames: bytes = b"", ticks: int = 0) -> dict[str, Any]:
        return self.call(frames=frames.hex(), ticks=ticks)


@pytest.fixture
def harness(tmp_path: Path) -> Iterator[Harness]:
    with Harness(tmp_path / "trace.bin") as h:
        yield h


LIMIT_KEYS = [ConfigKey.MIN, ConfigKey.MAX, ConfigKey.VMAX, ConfigKey.AMAX, ConfigKey.JMAX]
_axis = st.integers(0, NAXES - 1)
_frac = st.one_of(st.floats(0.0, 1.0), st.floats(0.0, 1.0), st.floats(-0.1, 1.1))  # some out of range

_move = st.tuples(
    st.just("move"),
    st.lists(st.tuples(_axis, _frac), min_size=1, max_size=NAXES),
    st.sampled_from([0, 0, 0, 300, 2500, 6000]),
    st.integers(50, 1000),
)
_jog = st.tuples(st.just("jog"), _axis, st.floats(-1.2, 1.2), st.booleans())
# motion is what is under test, so moves and jogs come up most often
OPS = st.one_of(
    _move,
    _move,
    _jog,
    _jog,
    st.tuples(st.just("stop")),
    st.tuples(st.just("jog_end")),
    st.tuples(st.just("limit"), _axis, st.sampled_from(LIMIT_KEYS), st.floats(0.05, 1.5)),
    st.tuples(st.just("silence"), st.integers(30, 120)),
    st.tuples(st.just("arm")),
    st.tuples(st.just("estop")),
    st.tuples(st.just("clear")),
    st.tuples(st.just("disarm")),
)


def _frames_for(h: Harness, op: tuple, limits: list[list[int]], jog: list[int]) -> bytes:
    kind = op[0]
    if kind in ("arm", "disarm", "clear", "stop", "estop"):
        return h.frame(
            {"arm": Msg.ARM, "disarm": Msg.DISARM, "clear": Msg.CLEAR, "stop": Msg.STOP, "estop": Msg.ESTOP}[
                kind
            ]
        )
    if kind == "move":
        targets = {}
        for axis, frac in op[1]:
            lo, hi = limits[axis][0], limits[axis][1]
            targets[axis] = int(lo + (hi - lo) * frac)  # some beyond the limits: must be refused
        return h.frame(
            Msg.MOVE_TO,
            {
                "duration_ms": op[2],
                "speed_permille": op[3],
                "targets": [{"axis": a, "pos": p} for a, p in targets.items()],
            },
        )
    if kind == "jog":
        axis, frac, new = op[1], op[2], op[3]
        if new or not jog[0]:
            jog[0] += 1
        vel = int(limits[axis][2] * frac)  # some beyond vmax: must be refused
        return h.frame(Msg.JOG, {"axis": axis, "vel": vel, "jog_id": jog[0], "timeout_ms": 200})
    if kind == "jog_end":
        return h.frame(Msg.JOG_END, {"jog_id": max(1, jog[0])})
    if kind == "limit":
        axis, key, scale = op[1], op[2], op[3]
        idx = LIMIT_KEYS.index(key)
        value = (
            int(limits[axis][min(idx, 3)] * scale)
            if key != ConfigKey.JMAX
            else int(limits[axis][3] * 8 * scale)
        )
        return h.frame(
            Msg.SET_CONFIG, {"axis": axis, "key": key, "value": max(-2_000_000, min(2_000_000, value))}
        )
    return b""


OFF = (State.BOOT, State.DISARMED, State.ESTOP)


def check_trace(trace: Path, limits_at: list[tuple[int, list[list[int]]]]) -> int:
    """Walk the trace in order; returns the number of (axis, tick) samples checked.

    Axis samples carry the simulated tick time (5 ms steps from 0), and a sample is traced
    only when an axis's command or position changed, so a gap of several ticks means the
    command stood still for the ticks in between.

    Acceleration is checked twice: tick by tick, where the 0.001-unit position quantum allows
    A_TOL of noise (enough to catch a spike), and averaged over 2*W ticks, where the noise is
    W*W times smaller (enough to catch a sustained excess of a few percent on every axis)."""
    state = State.DISARMED
    last: list[tuple[int, int, int] | None] = [None] * NAXES  # (tick, position, velocity)
    frozen: list[int | None] = [None] * NAXES  # the command when the outputs went off
    # since the outputs came on, per tick: (position, amax in force)
    series: list[list[tuple[int, int]]] = [[] for _ in range(NAXES)]
    checked = 0
    li = 0
    limits = limits_at[0][1]
    for r in read_trace(trace):
        if r.kind == STATE:
            if (r.index in OFF) != (state in OFF):
                # outputs switched: derivatives restart; going off, the commands must stay put
                frozen = [p[1] if p is not None else None for p in last] if r.index in OFF else [None] * NAXES
                last = [None] * NAXES
                series = [[] for _ in range(NAXES)]
            state = r.index
            continue
        if r.kind != AXIS_SAMPLE:
            continue
        i = r.index
        tick = r.t_us // 5000
        while li + 1 < len(limits_at) and limits_at[li + 1][0] <= tick:
            li += 1
            limits = limits_at[li][1]
        if state in OFF:
            if frozen[i] is None:
                frozen[i] = r.a
            assert r.a == frozen[i], f"axis {i} output changed while {State(state).name}"
            continue
        lo, hi, vmax, amax = limits[i]
        assert lo <= r.a <= hi, f"axis {i} at {r.a} outside {lo}..{hi} ({State(state).name})"
        prev = last[i]
        v = 0
        ser = series[i]
        if prev is not None:
            t0, p0, v0 = prev
            gap = tick - t0
            if gap <= 0:
                continue
            v = (r.a - p0) * HZ
            assert abs(v) <= vmax + V_TOL, f"axis {i} velocity {v} above {vmax} at tick {tick}"
            if gap > 1:  # standing still in between: the speed went to 0 and back
                assert abs(v0) * HZ <= amax + A_TOL, f"axis {i} stopped from {v0} in one tick"
                v0 = 0
            a = (v - v0) * HZ
            assert abs(a) <= amax + A_TOL, f"axis {i} acceleration {a} above {amax} at tick {tick}"
            ser.extend([(p0, amax)] * (gap - 1))
            checked += 1
        ser.append((r.a, amax))
        if len(ser) > 2 * W:
            window = ser[-2 * W - 1 :]
            a_w = (window[-1][0] - 2 * window[W][0] + window[0][0]) * HZ * HZ // (W * W)
            bound = max(x[1] for x in window)
            assert abs(a_w) <= bound + A_TOL_W, (
                f"axis {i} acceleration {a_w} above {bound} averaged over {2 * W} ticks to tick {tick}"
            )
            del ser[: -2 * W - 1]
        last[i] = (tick, r.a, v)
    return checked


# `make test` runs 100 sequences; `make fuzz` runs 10,000 and more (fresh seeds each run).
EXAMPLES = int(os.environ.get("ORBITRIG_PROPERTY_EXAMPLES", "100"))


@pytest.fixture(scope="module")
def vm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    # one VM for every example: a reset is a power-up, without the interpreter's start-up
    with Harness(tmp_path_factory.mktemp("board") / "trace.bin") as h:
        yield h


@pytest.mark.timeout(max(300, EXAMPLES * 0.5))
def test_random_commands_keep_every_limit(vm: Harness, tmp_path_factory: pytest.TempPathFactory) -> None:
    done = {"sequences": 0, "samples": 0}

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.tuples(OPS, st.integers(1, 40)), min_size=4, max_size=24))
    def run(ops: list) -> None:
        trace = tmp_path_factory.mktemp("board") / "trace.bin"
        _one_sequence(vm, trace, ops)
        checked = check_trace(trace, vm.limits_at)
        assert checked > 0, "no armed motion reached the trace"
        trace.unlink()
        event(f"armed samples checked: {'1-999' if checked < 1000 else '1000+'}")
        done["sequences"] += 1
        done["samples"] += checked

    run()
    print(
        f"\nsafety property: {done['sequences']} command sequences on the MicroPython VM, "
        f"{done['samples']} armed axis samples checked, no violation"
    )


def _one_sequence(h: Harness, trace: Path, ops: list) -> None:
    h.reset(trace)
    # steppers may move without homing here; the limits are what is under test
    h.run(h.frame(Msg.SET_CONFIG, {"axis": BOARD_AXIS, "key": ConfigKey.REQUIRE_HOME, "value": 0}), 1)
    rep = h.run(h.frame(Msg.ARM), 1)
    assert rep["state"] == State.IDLE
    limits = rep["limits"]
    limits_at = [(0, limits)]
    tick = 1
    jog = [0]
    for op, ticks in ops:
        ticks = op[1] if op[0] == "silence" else ticks
        rep = h.run(_frames_for(h, op, limits, jog), ticks)
        if rep["limits"] != limits:
            limits = rep["limits"]
            limits_at.append((tick, limits))
        tick += ticks
    h.run(h.frame(Msg.STOP), 400)  # let everything come to rest
    # whatever state the sequence left, a clear, an arm and two pan moves within its limits
    # must run, so that every example checks some armed motion
    h.run(h.frame(Msg.CLEAR), 1)
    timeout = {"axis": BOARD_AXIS, "key": ConfigKey.LINK_TIMEOUT, "value": 10_000}  # no frames come
    h.run(h.frame(Msg.SET_CONFIG, timeout), 1)
    rep = h.run(h.frame(Msg.ARM), 1)
    assert rep["state"] == State.IDLE, State(rep["state"]).name
    lo, hi = rep["limits"][0][0], rep["limits"][0][1]
    for pos in (lo + (hi - lo) // 4, hi - (hi - lo) // 4):
        move = {"duration_ms": 0, "speed_permille": 1000, "targets": [{"axis": 0, "pos": pos}]}
        rep = h.run(h.frame(Msg.MOVE_TO, move), 200)
        for _ in range(100):  # a lowered vmax makes it slow; a PING a second keeps the link
            if rep["state"] != State.MOVING:
                break
            rep = h.run(h.frame(Msg.PING, {"token": 0}), 200)
        assert rep["state"] == State.IDLE, State(rep["state"]).name
    h.limits_at = limits_at


def test_property_check_can_fail(tmp_path: Path) -> None:
    # the checker itself: a trace that jumps past vmax must be caught
    import struct

    trace = tmp_path / "trace.bin"
    recs = [struct.pack("<BBIii", STATE, State.IDLE, 0, State.DISARMED, 0)]
    for k, p in enumerate([0, 0, 10, 50_000]):
        recs.append(struct.pack("<BBIii", AXIS_SAMPLE, 0, 5000 * (k + 1), p, p))
    trace.write_bytes(b"".join(recs))
    limits = [[-170000, 170000, 180000, 720000]] * NAXES
    with pytest.raises(AssertionError, match="velocity"):
        check_trace(trace, [(0, limits)])


def test_property_check_catches_a_sustained_acceleration_excess(tmp_path: Path) -> None:
    # 10% over amax for 0.3 s: inside the tick-by-tick quantization tolerance, caught averaged
    import struct

    amax = 80_000  # focus
    trace = tmp_path / "trace.bin"
    recs = [struct.pack("<BBIii", STATE, State.IDLE, 0, State.DISARMED, 0)]
    for k in range(60):
        p = round(amax * 1.1 / 2 * (k / HZ) ** 2)
        recs.append(struct.pack("<BBIii", AXIS_SAMPLE, 4, 5000 * (k + 1), p, p))
    trace.write_bytes(b"".join(recs))
    limits = [[0, 1_000_000, 1_000_000, amax]] * NAXES
    with pytest.raises(AssertionError, match="averaged"):
        check_trace(trace, [(0, limits)])
    # the same at amax passes
    recs = recs[:1] + [
        struct.pack("<BBIii", AXIS_SAMPLE, 4, 5000 * (k + 1), p, p)
        for k in range(60)
        for p in [round(amax / 2 * (k / HZ) ** 2)]
    ]
    trace.write_bytes(b"".join(recs))
    assert check_trace(trace, [(0, limits)]) == 59


def test_harness_runs_a_move(harness: Harness) -> None:
    # a long link timeout, so the board does not hold while this test sends nothing
    harness.run(
        harness.frame(Msg.SET_CONFIG, {"axis": BOARD_AXIS, "key": ConfigKey.LINK_TIMEOUT, "value": 10_000})
    )
    rep = harness.run(harness.frame(Msg.ARM), 1)
    assert rep["state"] == State.IDLE
    rep = harness.run(
        harness.frame(
            Msg.MOVE_TO, {"duration_ms": 0, "speed_permille": 1000, "targets": [{"axis": 0, "pos": 10_000}]}
        ),
        400,
    )
    assert rep["state"] == State.IDLE
    samples = [r for r in read_trace(harness.trace) if r.kind == AXIS_SAMPLE and r.index == 0]
    assert samples[-1].a == 10_000
    assert check_trace(harness.trace, [(0, rep["limits"])]) > 10


def _replies(rep: dict[str, Any]) -> list[tuple[Msg, dict[str, Any]]]:
    out = []
    for f in framing.Packetizer().feed(bytes.fromhex(rep["out"])):
        assert isinstance(f, framing.RawFrame), f
        if f.msg in (Msg.ACK, Msg.NACK):
            out.append((Msg(f.msg), codec.decode(Msg(f.msg), f.payload)))
    return out


def test_arm_waits_until_the_brake_is_done(harness: Harness) -> None:
    # Link loss brakes into HOLD. Until the axes stand still, ARM is refused (BUSY): IDLE
    # would switch the link watchdog off, and allow SET_CONFIG, with the rig still moving.
    h = harness
    h.run(h.frame(Msg.SET_CONFIG, {"axis": BOARD_AXIS, "key": ConfigKey.REQUIRE_HOME, "value": 0}), 1)
    assert h.run(h.frame(Msg.ARM), 1)["state"] == State.IDLE
    move = {"duration_ms": 0, "speed_permille": 1000, "targets": [{"axis": 3, "pos": 900_000}]}
    rep = h.run(h.frame(Msg.MOVE_TO, move), 55)  # silent past the 250 ms link timeout
    assert rep["state"] == State.HOLD
    rep = h.run(h.frame(Msg.ARM), 0)
    assert rep["state"] == State.HOLD
    [(kind, reply)] = _replies(rep)
    assert kind == Msg.NACK and reply["code"] == ErrorCode.BUSY, reply
    assert "still braking" in reply["reason"]
    h.run(b"", 400)  # the brake ends
    rep = h.run(h.frame(Msg.ARM), 1)
    assert rep["state"] == State.IDLE and [k for k, _ in _replies(rep)] == [Msg.ACK]
