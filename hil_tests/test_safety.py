"""The safety state machine on a board: every transition, ESTOP, the jog deadman, link loss,
and the configuration store."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hil_tests.homing import arm_homed, requiring_home
from orbitrig.host.bench.run import clock_shared, host_us
from orbitrig.host.boards.trace import AXIS_OUTPUT, AXIS_SAMPLE, FRAME_IN, OUTPUTS, STATE, read_trace
from orbitrig.host.errors import BadInput, CommandRefused
from orbitrig.host.rig import Rig
from orbitrig.host.testing.pytest_plugin import BoardUnderTest, link_timeout, start_emulated
from orbitrig.protocol import PROTOCOL_VERSION, framing
from orbitrig.protocol.messages import DoneReason, ErrorCode, EventKind, Flag, Msg, State


def _state(rig: Rig) -> str:
    return rig.status().state


def _refused(fn, code: ErrorCode = ErrorCode.BAD_STATE) -> CommandRefused:
    with pytest.raises(CommandRefused) as e:
        fn()
    assert e.value.code == code
    return e.value


def test_disarmed_refuses_motion_and_names_the_state(rig: Rig) -> None:
    assert _state(rig) == "DISARMED"
    for fn in (lambda: rig.move_to({"pan": 1.0}), lambda: rig.jog("pan", 5.0), lambda: rig.home()):
        assert "in state DISARMED" in _refused(fn).reason


def test_arm_disarm_round_trip(rig: Rig) -> None:
    rig.arm()
    assert _state(rig) == "IDLE"
    rig.arm()  # arming an armed board is harmless
    rig.disarm()
    assert _state(rig) == "DISARMED"


def test_move_runs_and_returns_to_idle(rig: Rig) -> None:
    rig.arm()
    rig.drain()
    mid = rig.move_to({"tilt": 4.0}, duration=1.0)
    assert _state(rig) == "MOVING"
    _refused(rig.disarm)  # not while moving
    assert rig.wait_motion(mid) == "COMPLETE"
    assert _state(rig) == "IDLE"
    kinds = []
    while rig.link.events:
        kinds.append(rig.event().describe())
    assert "state IDLE -> MOVING" in kinds and "state MOVING -> IDLE" in kinds
    assert kinds.index("state IDLE -> MOVING") < kinds.index("state MOVING -> IDLE")


def test_estop_latches_until_clear(rig: Rig, board: BoardUnderTest) -> None:
    rig.arm()
    rig.move_to({"pan": 60.0}, duration=2.0)
    rig.sleep(0.3)
    rig.estop()
    assert _state(rig) == "ESTOP"
    assert "in state ESTOP" in _refused(rig.arm).reason  # latched: no re-arm without CLEAR
    _refused(lambda: rig.move_to({"pan": 0.0}))
    rig.clear()
    assert _state(rig) == "DISARMED"
    rig.arm()
    assert _state(rig) == "IDLE"


@pytest.mark.emulated_only
def test_estop_cuts_outputs_within_one_tick(rig: Rig, board: BoardUnderTest) -> None:
    # From the host writing the ESTOP frame's last byte to the outputs cut in the board's
    # trace: the unix-port board's clock is the host's monotonic one (checked first). The MCU
    # board's is QEMU's: there the clock starts when the board received the frame (its trace
    # has that too), which leaves out the link's delay. The link is busy meanwhile: telemetry
    # at 50 Hz and commands in flight.
    trace = board.emulator.trace_path  # type: ignore[union-attr]
    pan = rig.axis("pan").index
    shared = clock_shared(rig)
    rig.arm()
    rig.set_telemetry(50)
    rig.move_to({"pan": 60.0}, duration=2.0)
    start = trace.stat().st_size
    rig.sleep(0.3)
    link = rig.link
    flying = [link.submit(Msg.PING, {"token": k}) for k in range(3)]
    seq = link.next_seq()
    frame = framing.wire(PROTOCOL_VERSION, seq, Msg.ESTOP, b"")
    t_sent = host_us()  # one write hands the port every byte: read after it, the board may be done
    link.write_raw(frame)
    assert link.wait_reply(seq, Msg.ESTOP, 2.0).msg == Msg.ACK
    assert [link.result(p).fields["token"] for p in flying] == [0, 1, 2]
    rig.set_telemetry(0)
    rig.sleep(0.3)  # the trace must cover the ticks after the cut
    recs = read_trace(trace, start)
    rx = [r for r in recs if r.kind == FRAME_IN and r.index == Msg.ESTOP]
    cut = [k for k, r in enumerate(recs) if r.kind == OUTPUTS and r.a == 0]
    assert rx and cut
    t_cut = recs[cut[0]].t_us
    latency_us = (t_cut - (t_sent if shared else rx[0].t_us)) % 2**30
    assert latency_us < 5000, (shared, latency_us)  # one 200 Hz tick
    # pan holds (estop_hold defaults to 1 for servos) and nothing is commanded after the cut
    assert any(r.kind == AXIS_OUTPUT and r.index == pan and r.a == 2 for r in recs[cut[0] :])
    before = [r.a for r in recs[: cut[0]] if r.kind == AXIS_SAMPLE and r.index == pan]
    assert before, "pan was not moving when ESTOP came"
    after = [r.a for r in recs[cut[0] :] if r.kind == AXIS_SAMPLE and r.index == pan]
    assert all(a == before[-1] for a in after), (before[-1], after)
    assert (recs[-1].t_us - t_cut) % 2**30 > 100_000  # the trace reaches past the cut (keepalives)
    # CLEAR releases the servo that ESTOP left holding
    start = trace.stat().st_size
    rig.clear()
    recs = read_trace(trace, start)
    assert any(r.kind == AXIS_OUTPUT and r.index == pan and r.a == 0 for r in recs), recs


def test_stop_then_stopped_motion_reports_stopped(rig: Rig) -> None:
    arm_homed(rig)
    mid = rig.move_to({"slider": 500.0}, speed=0.2)
    rig.sleep(0.4)
    rig.stop()
    assert rig.wait_motion(mid) == "STOPPED"
    assert _state(rig) == "IDLE"


def test_jog_deadman_stops_an_unrefreshed_jog(rig: Rig) -> None:
    rig.arm()
    rig.link.keepalive = 0.05  # keep the link alive, but send no jog refreshes
    pan = rig.axis("pan")
    p0 = rig.status().pos[pan.index]
    rig.jog("pan", 20.0, timeout_ms=200)
    assert _state(rig) == "JOGGING"
    rig.sleep(0.15)
    moving = rig.status().pos[pan.index]
    rig.sleep(0.8)  # deadman expires after 200 ms, then the axis brakes
    st = rig.status()
    assert st.state == "IDLE"
    p1 = st.pos[pan.index]
    rig.sleep(0.2)
    assert rig.status().pos[pan.index] == p1  # standing still
    assert p1 > moving > p0  # it did move before stopping
    # The board counts the deadman in its own ticks: at most 200 ms at 20 deg/s (4 deg), plus
    # the brake from 20 deg/s at 720 deg/s^2 (0.3 deg, a little more with the jerk limit).
    assert p1 - p0 < 5.0, p1 - p0


def test_jog_refreshed_keeps_going_and_stale_ids_are_ignored(rig: Rig) -> None:
    rig.arm()
    tilt = rig.axis("tilt")
    jid = rig.jog("tilt", 10.0, timeout_ms=200)
    for _ in range(6):
        rig.sleep(0.1)
        rig.jog("tilt", 10.0, jog_id=jid, timeout_ms=200)
    assert _state(rig) == "JOGGING"
    rig.jog_end(jid)
    rig.wait_idle()
    p = rig.status().pos[tilt.index]
    # a late refresh of the ended jog must not restart it
    with pytest.raises(BadInput) as e:
        rig.jog("tilt", 10.0, jog_id=jid, timeout_ms=200)
    assert str(e.value) == f"jog {jid} is stale (ended or superseded); start a new one"
    rig.sleep(0.3)
    assert rig.status().pos[tilt.index] == p
    assert _state(rig) == "IDLE"


def test_jog_stops_at_the_soft_limit(rig: Rig) -> None:
    rig.arm()
    roll = rig.axis("roll")
    rig.drain()
    jid = rig.jog("roll", roll.vmax * 0.5, timeout_ms=1000)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        rig.sleep(0.1)
        rig.jog("roll", roll.vmax * 0.5, jog_id=jid, timeout_ms=1000)
        if rig.status().pos[roll.index] >= roll.max - 1e-3:
            break
    rig.jog_end(jid)
    rig.wait_idle()
    st = rig.status()
    assert st.pos[roll.index] <= roll.max
    assert st.pos[roll.index] >= roll.max - 0.5
    kinds = [rig.event(timeout=1).kind for _ in range(len(rig.link.events))]
    assert "LIMIT" in kinds
    assert st.flags & Flag.LIMIT


def test_link_loss_brakes_and_holds(rig: Rig, board: BoardUnderTest) -> None:
    with link_timeout(rig, 250):  # the default the crew's boards run with
        arm_homed(rig)
        slider = rig.axis("slider")
        rig.drain()
        mid = rig.move_to({"slider": 900.0}, speed=0.5)
        rig.sleep(0.4)
        rig.link.keepalive = 0  # the host goes silent mid-move
        t_quiet = time.monotonic()
        time.sleep(1.5)
        rig.link.keepalive = 0.1
        st = rig.status()
        assert st.state == "HOLD"
        assert st.flags & Flag.LINK_LOST
        assert rig.wait_motion(mid, timeout=5) == "FAULT"
        evs = []
        while rig.link.events:
            evs.append(rig.event())
        loss = [e for e in evs if e.kind == "LINK_LOSS"]
        assert loss and 250 <= loss[0].a <= 400  # tripped just after the 250 ms default
        p = st.pos[slider.index]
        rig.sleep(0.3)
        assert rig.status().pos[slider.index] == p  # standing still in HOLD
        assert time.monotonic() - t_quiet < 10
        rig.arm()  # ARM resumes from HOLD
        assert _state(rig) == "IDLE"


def test_config_round_trip_and_validation(rig: Rig) -> None:
    value, lo, hi = rig.config_get("pan", "vmax")
    assert lo <= value <= hi
    rig.config_set("pan", "vmax", 90_000)
    try:
        assert rig.config_get("pan", "vmax")[0] == 90_000
        assert rig.hello().axes[rig.axis("pan").index].vmax == 90.0  # IDENTIFY reflects it
        e = _refused(lambda: rig.config_set("pan", "vmax", 5_000_000), ErrorCode.BAD_VALUE)
        assert e.reason == "pan.vmax 5000000 outside 1..2000000"
        e = _refused(lambda: rig.config_set("tilt", "min", 95_000), ErrorCode.BAD_VALUE)
        assert "tilt.min" in e.reason and "tilt.max" in e.reason
        assert rig.config_get("pan", "vmax")[0] == 90_000  # a refused value changes nothing
    finally:
        rig.config_set("pan", "vmax", value)


def test_config_refused_while_moving(rig: Rig) -> None:
    rig.arm()
    rig.move_to({"pan": 10.0}, duration=1.0)
    _refused(lambda: rig.config_set("pan", "vmax", 100_000))
    rig.wait_idle()


CORRUPT_CONFIGS = {
    "cut short": b'{"version": 1, "axes": {"pan": {"vmax": "fast"',
    "invalid UTF-8": b'\xff\xfe{"version": 1}',
    "130 KB": b'{"version": 1, "pad": "' + b"x" * 130_000 + b'"}',
    "board is a list": b'{"version": 1, "axes": {}, "board": [1]}',
}


@pytest.mark.emulated_only
@pytest.mark.timeout(120)
@pytest.mark.parametrize("what", list(CORRUPT_CONFIGS))
def test_corrupt_config_boots_on_defaults_with_a_fault_flag(board: BoardUnderTest, what: str) -> None:
    emu = start_emulated()
    try:
        (Path(emu.flash_dir) / "config.json").write_bytes(CORRUPT_CONFIGS[what])
        port = emu.start(wait_link=True)
        # what a user types first: it answers, and says why the board runs on defaults
        info = subprocess.run(
            [sys.executable, "-m", "orbitrig.host.cli", "info", "--port", port],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert info.returncode == 0, info.stderr
        assert "flag         CONFIG_DEFAULTS: the stored configuration was unusable" in info.stdout
        with Rig.connect(port, timeout=2.0) as rig:
            st = rig.status()
            assert st.state == "DISARMED"
            assert st.flags & Flag.CONFIG_DEFAULTS
            assert rig.config_get("pan", "vmax")[0] == 180_000  # the default
            # fixing a value saves a good file and clears the flag
            rig.config_set("pan", "vmax", 150_000)
            assert not rig.status().flags & Flag.CONFIG_DEFAULTS
        stored = json.loads((Path(emu.flash_dir) / "config.json").read_text())
        assert stored["axes"]["pan"]["vmax"] == 150_000
        assert not (Path(emu.flash_dir) / "config.tmp").exists()
    finally:
        emu.stop()


@pytest.mark.emulated_only
def test_no_output_changes_while_disarmed(rig: Rig, board: BoardUnderTest) -> None:
    trace = board.emulator.trace_path  # type: ignore[union-attr]
    start = trace.stat().st_size
    for fn in (lambda: rig.move_to({"pan": 30.0}), lambda: rig.jog("tilt", 5.0)):
        with pytest.raises(CommandRefused):
            fn()
    rig.sleep(0.2)
    recs = read_trace(trace, start)
    commanded: dict[int, set[int]] = {}
    for r in recs:
        if r.kind == 1:
            commanded.setdefault(r.index, set()).add(r.a)
    assert all(len(v) <= 1 for v in commanded.values()), commanded  # no command changed
    assert not [r for r in recs if r.kind == STATE and r.index != State.DISARMED]


def test_hold_leaves_by_clear_to_disarmed(rig: Rig) -> None:
    with link_timeout(rig, 250):
        arm_homed(rig)
        rig.move_to({"slider": 600.0}, speed=0.3)
        rig.sleep(0.3)
        rig.link.keepalive = 0
        time.sleep(0.6)
        rig.link.keepalive = 0.1
        assert _state(rig) == "HOLD"
        _refused(lambda: rig.move_to({"pan": 1.0}))
        rig.clear()
        st = rig.status()
        assert st.state == "DISARMED" and not st.flags & Flag.LINK_LOST


@pytest.mark.emulated_only
@pytest.mark.timeout(120)
def test_steppers_must_be_homed_after_power_up(board: BoardUnderTest) -> None:
    emu = start_emulated()
    try:
        with Rig.connect(emu.start(wait_link=True), timeout=2.0) as rig:
            info = rig.hello()
            assert info.reset_cause == "POWER_ON"
            assert rig.status().flags & Flag.NOT_HOMED
            rig.arm()
            e = _refused(lambda: rig.move_to({"slider": 100.0}))
            assert e.reason == "slider not homed (run HOME first)"
            rig.move_to({"pan": 5.0})  # servos need no homing
            rig.wait_idle()
            assert rig.wait_motion(rig.home(), timeout=60) == "COMPLETE"
            st = rig.status()
            assert not st.flags & Flag.NOT_HOMED
            assert st.pos[rig.axis("slider").index] == pytest.approx(0.0, abs=0.01)
            assert st.pos[rig.axis("pan").index] == pytest.approx(0.0, abs=0.01)  # servos went home
            rig.move_to({"slider": 100.0})
            rig.wait_idle()
            slider = rig.axis("slider").index
            assert rig.status().pos[slider] == pytest.approx(100.0, abs=0.01)
            # the carriage is really there: homing re-based the step count at the switch
            # (the trace's b is the modelled carriage, measured from where the count reads 0)
            last = [r for r in read_trace(emu.trace_path) if r.kind == AXIS_SAMPLE and r.index == slider][-1]
            # (within what the carriage coasts past the switch at the model's deceleration cap,
            # (vmax/4)**2 / (2 * 4 * amax) = 1 mm; without the re-base it is off by ~137 mm)
            assert last.a == 100_000 and abs(last.b - last.a) <= 1500, last
    finally:
        emu.stop()


def test_stepper_drivers_off_forget_homing(rig: Rig) -> None:
    # With its driver off a carriage can coast (ESTOP mid-move) or be pushed (DISARM, CLEAR):
    # the board no longer knows where it is, so the stepper must be homed again.
    focus = rig.axis("focus")
    arm_homed(rig)
    rig.wait_motion(rig.move_to({"slider": 0.0}), timeout=60)  # short homing seeks from here
    rig.disarm()
    with requiring_home(rig):
        for cut in ("estop", "disarm", "clear from hold"):
            with link_timeout(rig, 250) if cut == "clear from hold" else contextlib.nullcontext():
                rig.arm()
                if rig.status().flags & Flag.NOT_HOMED:
                    assert rig.wait_motion(rig.home(["slider", "focus"]), timeout=60) == "COMPLETE"
                assert not rig.status().flags & Flag.NOT_HOMED
                p = rig.status().pos[focus.index]
                mid = rig.move_to({"focus": 8.0 if p < 4.0 else 1.0}, speed=0.2)
                if cut == "estop":
                    rig.sleep(0.1)
                    rig.estop()
                    rig.clear()
                elif cut == "disarm":
                    rig.wait_motion(mid)
                    rig.disarm()
                else:
                    rig.sleep(0.1)
                    rig.link.keepalive = 0
                    time.sleep(0.6)
                    rig.link.keepalive = 0.1
                    assert _state(rig) == "HOLD"
                    rig.clear()
                st = rig.status()
                assert st.state == "DISARMED" and st.flags & Flag.NOT_HOMED, (cut, st)
                rig.arm()
                e = _refused(lambda: rig.move_to({"focus": 2.0}))
                assert e.reason == "focus not homed (run HOME first)", cut
                rig.disarm()


def _motion_done(rig: Rig, mids: list[int], timeout: float = 10.0) -> dict[int, list[str]]:
    """Every MOTION_DONE reported for ``mids`` until each has one, then 0.3 s more (a second
    report for any of them would show there)."""
    seen: dict[int, list[str]] = {m: [] for m in mids}
    deadline = time.monotonic() + timeout
    settled = None
    while time.monotonic() < (settled or deadline):
        rig.sleep(0.02)
        buf = rig.link.events
        while buf:
            f = buf.popleft().fields
            if f["kind"] == EventKind.MOTION_DONE and f["a"] in seen:
                seen[f["a"]].append(DoneReason(f["b"]).name)
        if settled is None and all(seen.values()):
            settled = time.monotonic() + 0.3
    return seen


@pytest.mark.parametrize("how", ["STOP", "ESTOP", "LINK_LOSS"])
def test_every_queued_move_reports_when_dropped(rig: Rig, how: str) -> None:
    with link_timeout(rig, 250) if how == "LINK_LOSS" else contextlib.nullcontext():
        rig.arm()
        rig.drain()
        pan = rig.axis("pan")
        p0 = rig.status().pos[pan.index]
        a = rig.move_to({"pan": p0 - 40 if p0 > 0 else p0 + 40}, duration=2.0)
        b = rig.move_to({"pan": p0}, duration=1.0)
        c = rig.move_to({"tilt": 1.0}, duration=1.0)
        rig.sleep(0.2)
        if how == "STOP":
            rig.stop()
        elif how == "ESTOP":
            rig.estop()
        else:
            rig.link.keepalive = 0  # the host goes silent mid-move
            time.sleep(0.6)
            rig.link.keepalive = 0.1
        want = {"STOP": "STOPPED", "ESTOP": "ESTOP", "LINK_LOSS": "FAULT"}[how]
        # one MOTION_DONE each: the running move says how it ended, the queued ones that they
        # were dropped
        assert _motion_done(rig, [a, b, c]) == {a: [want], b: ["DROPPED"], c: ["DROPPED"]}
