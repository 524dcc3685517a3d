"""Shots on the board's clock: the sample shots replayed and held to the board's profile.

Assertions come from the board's own reports (every trigger edge with the time it fired,
the shot's end and why) and, on the emulated board, from the simulated HAL's trace (the
position commanded at every tick, every edge as the line really changed).
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import numpy as np
import pytest

from orbitrig.host.boards.trace import AXIS_SAMPLE, TRIGGER_EDGE, read_trace
from orbitrig.host.errors import CommandRefused
from orbitrig.host.rig import Rig
from orbitrig.host.shots.cli import SAMPLES
from orbitrig.host.shots.compile import PERIOD_US, Compiled, compile_plan
from orbitrig.host.shots.plan import limits_from_rig, plan_shot
from orbitrig.host.shots.player import Player, follow_all, start_together
from orbitrig.host.shots.run import Run
from orbitrig.host.shots.shotfile import load_shot, parse_shot
from orbitrig.host.shots.testing import armed_and_homed
from orbitrig.host.testing.pytest_plugin import BoardUnderTest
from orbitrig.protocol.messages import ErrorCode

from .profiles import profile

CLOCK = 1 << 30


def compiled(rig: Rig, source: str | Path, *, speed: float = 1.0, reverse: bool = False) -> Compiled:
    """A sample (Path) or TOML text, planned against the board's limits and compiled."""
    limits = limits_from_rig(rig)
    if isinstance(source, Path):
        shot = load_shot(source, axes=list(limits))
    else:
        shot = parse_shot(source, "test.toml", axes=list(limits))
    plan = plan_shot(shot, limits, speed=speed, reverse=reverse)
    assert not plan.violations, [str(v) for v in plan.violations]
    return compile_plan(plan, [a.name for a in rig.axes])


def play(rig: Rig, c: Compiled, **kw: object) -> tuple[Player, Run]:
    p = Player(rig, c)
    p.upload()
    p.preroll()
    p.start()
    return p, p.follow(**kw)  # type: ignore[arg-type]


def trace_offset(board: BoardUnderTest) -> int:
    path = board.emulator.trace_path  # type: ignore[union-attr]
    return path.stat().st_size if path.exists() else 0


def as_reported(rig: Rig, axis: str, planned: np.ndarray) -> np.ndarray:
    """Positions (units) as the board reports an axis commanded to them: on a board whose
    steppers count whole steps (profile.whole_steps), the least position with the step count
    that floor(position * steps per unit) gives; else the positions themselves."""
    if not profile(rig.info.board).whole_steps or rig.axis(axis).kind != "STEPPER":  # type: ignore[union-attr]
        return planned
    per = rig.config_get(axis, "cal_lo")[0]  # a stepper's steps per unit
    g = math.gcd(per, 1000)
    num, den = per // g, 1000 // g
    steps = np.round(np.asarray(planned) * 1000).astype(np.int64) * num // den
    return -((-steps * den) // num) / 1000


def check_edges(run: Run, c: Compiled, board_kind: str) -> np.ndarray:
    """Every edge fired once, at the compiled time, within the board profile. Returns errors."""
    assert run.outcome == "COMPLETE", run.notes
    assert not run.notes, run.notes  # the board's own schedule matched the compiled one
    missing = [cf.edge for cf in run.cues if cf.actual_us is None]
    assert not missing, f"edges never reported: {missing[:10]}"
    assert [cf.scheduled_us for cf in run.cues] == [e[0] for e in c.edges]
    err = np.array([cf.error_us for cf in run.cues], dtype=float)
    prof = profile(board_kind)
    assert (err >= 0).all(), "an edge fired before its time"
    assert np.percentile(err, 50) <= prof.edge_p50_us, np.percentile(err, 50)
    assert np.sort(err)[int(0.99 * (len(err) - 1))] <= prof.edge_p99_us
    assert err.max() <= prof.edge_max_us, err.max()
    return err


@pytest.mark.parametrize("sample", ["shutter_24fps", "record_move", "whip_pan"])
def test_sample_shot_plays_within_the_board_profile(rig: Rig, board: BoardUnderTest, sample: str) -> None:
    armed_and_homed(rig)
    c = compiled(rig, SAMPLES / f"{sample}.toml")
    _, run = play(rig, c)
    check_edges(run, c, rig.info.board)  # type: ignore[union-attr]
    # telemetry at every tick: the board commanded exactly the compiled positions (in whole
    # steps, on a board that reports its steppers' steps)
    for a in run.axes:
        ticks = np.array(run.actual_us) // PERIOD_US
        assert len(ticks) >= c.ticks * 0.95, f"{a}: {len(ticks)} samples of {c.ticks} ticks"
        if rig.axis(a).kind == "STEPPER":
            planned = as_reported(rig, a, np.array(run.planned[a])[ticks])
            assert np.array_equal(np.round(np.array(run.actual[a]) * 1000), np.round(planned * 1000))
    assert rig.status().state == "IDLE"


@pytest.mark.emulated_only
def test_trace_shows_every_edge_and_every_commanded_position(rig: Rig, board: BoardUnderTest) -> None:
    armed_and_homed(rig)
    c = compiled(rig, SAMPLES / "shutter_24fps.toml")
    start = trace_offset(board)
    p, run = play(rig, c)
    check_edges(run, c, "SIM")
    recs = read_trace(board.emulator.trace_path, start)  # type: ignore[union-attr]
    edges = [r for r in recs if r.kind == TRIGGER_EDGE]
    assert len(edges) == len(c.edges)
    for r, cf in zip(edges, run.cues, strict=True):
        assert (r.index, r.a) == (cf.line, cf.level)
        # the trace stamps the edge as the HAL set the line; the board reports just after
        actual = (r.t_us - p.start_us) % CLOCK
        assert 0 <= cf.actual_us - actual < 2_000, (cf, r)  # type: ignore[operator]
        assert (r.b - p.start_us) % CLOCK == cf.scheduled_us
    # the commanded position of every axis at every tick, bit for bit: the trace holds a
    # sample whenever a command changes, so the command at tick k is the last one traced
    index = {rig.axis(a).index: a for a in c.board_pos}
    changes: dict[str, dict[int, int]] = {a: {} for a in c.board_pos}
    for r in recs:
        rel = (r.t_us - p.start_us) % CLOCK
        if r.kind == AXIS_SAMPLE and r.index in index and rel < CLOCK // 2:  # not the pre-roll
            k, rem = divmod(rel, PERIOD_US)
            assert rem == 0, "an axis sample off the shot's tick grid"
            if k <= c.ticks:
                changes[index[r.index]][k] = r.a
    for a, ch in changes.items():
        cmd = np.empty(c.ticks + 1, dtype=np.int64)
        v = int(c.board_pos[a][0])  # where the pre-roll left it
        for k in range(c.ticks + 1):
            v = ch.get(k, v)
            cmd[k] = v
        assert np.array_equal(cmd, c.board_pos[a]), a
        assert len(ch) >= len(np.unique(c.board_pos[a])) - 1


def test_two_plays_are_bit_identical(rig: Rig) -> None:
    armed_and_homed(rig)
    c = compiled(rig, SAMPLES / "whip_pan.toml")
    _, a = play(rig, c)
    _, b = play(rig, c)
    for axis in a.axes:
        ta = dict(zip(np.array(a.actual_us) // PERIOD_US, a.actual[axis], strict=True))
        tb = dict(zip(np.array(b.actual_us) // PERIOD_US, b.actual[axis], strict=True))
        common = sorted(set(ta) & set(tb))
        assert len(common) > 0.9 * c.ticks
        diff = max(abs(ta[k] - tb[k]) for k in common)
        assert diff <= 0.001, f"{axis} differs by {diff} between plays"
    assert [x.scheduled_us for x in a.cues] == [x.scheduled_us for x in b.cues]


SHORT = """
name = "short"
fps = 25
[axes.pan]
keys = [{ t = 0, pos = -20, interp = "ease" }, { t = 1.0, pos = 20, interp = "ease" }, { t = 2.0, pos = -20 }]
[axes.slider]
keys = [{ t = 0, pos = 200, interp = "ease" }, { t = 2.0, pos = 260 }]
[[cue]]
kind = "record_start"
t = 0.1
[[cue]]
kind = "shutter"
t = 0.2
every_s = 0.2
count = 9
exposure = 0.05
[[cue]]
kind = "record_stop"
t = 1.95
"""


def test_stop_mid_shot_brakes_and_ends_every_pulse(rig: Rig) -> None:
    armed_and_homed(rig)
    c = compiled(rig, SHORT)
    p = Player(rig, c)
    p.upload()
    p.preroll()
    p.start()
    while p.last_tick < 0.9 * c.plan.hz:  # past the middle of the pan: moving fast
        p.poll(0.01)
    rig.stop()
    end = time.monotonic() + 5
    while not p.done and time.monotonic() < end:
        p.poll(0.02)
    run = p.run
    assert run is not None and run.outcome == "STOPPED"
    assert run.broke_at_frame is not None and 20 <= run.broke_at_frame <= 40
    st = rig.wait_idle(timeout=10)
    assert st.state == "IDLE"
    lim = limits_from_rig(rig)
    assert lim["pan"].min <= st.pos[rig.axis("pan").index] <= lim["pan"].max
    fired = [cf for cf in run.cues if cf.actual_us is not None]
    later = [cf for cf in run.cues if cf.actual_us is None]
    assert later and all(cf.scheduled_us > fired[-1].scheduled_us for cf in later)
    # nothing fires after the stop: the board's edge count is what the host saw
    assert rig.shot_state()["edges"] == len(fired)
    assert rig.shot_state()["phase"] == "ABORTED"


def test_upload_is_atomic_and_checked(rig: Rig) -> None:
    from orbitrig.protocol.messages import Msg

    armed_and_homed(rig)
    c = compiled(rig, SHORT)
    p = Player(rig, c, shot_id=4242)
    link = rig.link
    link.request(
        Msg.SHOT_LOAD, {"shot_id": 4242, "words": len(c.words), "ticks": c.ticks, "crc": c.crc, "flags": 0}
    )
    half = c.words[:100]
    link.request(Msg.SHOT_DATA, {"offset": 0, "words": [{"w": w} for w in half]})
    with pytest.raises(CommandRefused) as e:  # half a shot: not committed, cannot play
        link.request(Msg.SHOT_PLAY, {"shot_id": 4242, "start_us": 0, "flags": 1})
    assert e.value.code == ErrorCode.BAD_STATE and "not loaded and committed" in e.value.reason
    with pytest.raises(CommandRefused) as e:  # a gap in the data
        link.request(Msg.SHOT_DATA, {"offset": 125, "words": [{"w": 0}]})
    assert e.value.code == ErrorCode.BAD_VALUE and "expected word 100" in e.value.reason
    link.request(Msg.SHOT_DATA, {"offset": 100, "words": [{"w": w} for w in c.words[100:200]]})
    with pytest.raises(CommandRefused) as e:  # a commit of only part of a (non-streamed) shot
        link.request(Msg.SHOT_COMMIT, {"shot_id": 4242, "words": 200, "crc": 0})
    assert "the shot has" in e.value.reason
    rest = c.words[200:]
    for i in range(0, len(rest), 125):
        link.request(Msg.SHOT_DATA, {"offset": 200 + i, "words": [{"w": w} for w in rest[i : i + 125]]})
    with pytest.raises(CommandRefused) as e:  # the wrong CRC: damaged in transit
        link.request(Msg.SHOT_COMMIT, {"shot_id": 4242, "words": len(c.words), "crc": c.crc ^ 1})
    assert "CRC mismatch" in e.value.reason
    assert rig.shot_state()["phase"] == "EMPTY"
    p.upload()  # and a clean upload plays
    assert rig.shot_state()["phase"] == "READY"


def test_a_shot_over_the_limits_is_refused_by_the_board(rig: Rig) -> None:
    from orbitrig.protocol.messages import Msg

    armed_and_homed(rig)
    c = compiled(rig, SHORT)
    words = list(c.words)
    # push the first pan segment's start position past the pan limit (host checks bypassed)
    for i in range(0, len(words), 1):
        if words[i] == 0 and words[i + 1] & 15 == 1 and (words[i + 1] >> 4) & 15 == rig.axis("pan").index:
            words[i + 6] = 400_000
            break
    link = rig.link
    link.request(Msg.SHOT_LOAD, {"shot_id": 7, "words": len(words), "ticks": c.ticks, "crc": 0, "flags": 0})
    with pytest.raises(CommandRefused) as e:
        for i in range(0, len(words), 125):
            link.request(Msg.SHOT_DATA, {"offset": i, "words": [{"w": w} for w in words[i : i + 125]]})
    assert e.value.code == ErrorCode.LIMIT and e.value.reason.startswith("pan at shot tick 0")
    assert rig.shot_state()["phase"] == "EMPTY"


def test_play_needs_the_rig_at_the_start(rig: Rig) -> None:
    from orbitrig.protocol.messages import Msg

    armed_and_homed(rig)
    c = compiled(rig, SHORT)
    p = Player(rig, c)
    p.upload()
    rig.wait_motion(rig.move_to({"pan": 5.0}))
    with pytest.raises(CommandRefused) as e:
        rig.link.request(Msg.SHOT_PLAY, {"shot_id": p.id, "start_us": 0, "flags": 1})
    assert e.value.code == ErrorCode.BAD_STATE
    assert e.value.reason == "pan at 5.000, shot starts at -20.000: pre-roll first"
    assert rig.status().state == "IDLE"


def test_reverse_and_half_speed_fire_every_edge_inside_the_move(rig: Rig) -> None:
    armed_and_homed(rig)
    fwd = compiled(rig, SHORT)
    for kw in ({"reverse": True}, {"speed": 0.5}):
        c = compiled(rig, SHORT, **kw)  # type: ignore[arg-type]
        _, run = play(rig, c)
        check_edges(run, c, rig.info.board)  # type: ignore[union-attr]
        assert len(run.cues) == len(fwd.edges)
        assert all(0 <= cf.scheduled_us <= c.ticks * PERIOD_US for cf in run.cues)
        kinds = [cf.kind for cf in run.cues if cf.line == 2]
        assert kinds == ["record_start", "record_stop"]  # reversed: still starts before it stops
        if kw.get("speed"):
            assert c.ticks == 2 * fwd.ticks
            # cue times scale with the speed; a pulse keeps its width
            rise = [cf.scheduled_us for cf in run.cues if cf.level == 1]
            rise_fwd = [e[0] for e in fwd.edges if e[2] == 1]
            assert all(abs(a - 2 * b) <= 1 for a, b in zip(rise, rise_fwd, strict=True))


def test_camera_confirms_every_shutter_with_its_lag(rig: Rig) -> None:
    armed_and_homed(rig)
    c = compiled(rig, SHORT)
    _, run = play(rig, c)
    shutters = [cf for cf in run.cues if cf.kind == "shutter" and cf.level == 1]
    assert len(run.camera) == len(shutters) == 9
    lo, hi = profile(rig.info.board).camera_lag_us  # type: ignore[union-attr]
    for cam, cf in zip(run.camera, shutters, strict=True):
        assert cam.edge == cf.edge
        assert cam.trigger_us == cf.actual_us
        assert lo <= cam.latency_us <= hi  # type: ignore[operator]


@pytest.mark.emulated_only
def test_board_reset_mid_shot_reports_the_frame(rig: Rig, board: BoardUnderTest) -> None:
    from orbitrig.host.shots.player import ShotFailed

    armed_and_homed(rig)
    c = compiled(rig, SHORT)
    p = Player(rig, c)
    p.upload()
    p.preroll()
    p.start()
    while p.last_tick < c.plan.hz // 2:
        p.poll(0.01)
    board.emulator.power_cycle()  # type: ignore[union-attr]
    with pytest.raises(ShotFailed) as e:
        p.follow(timeout=20)
    assert "restarted mid-shot (reset cause POWER_ON)" in str(e.value)
    assert p.run is not None and p.run.outcome == "RESET"
    assert p.run.broke_at_frame is not None and 10 <= p.run.broke_at_frame <= 30
    assert rig.status().state == "DISARMED"


STOPMOTION = """
name = "stop-motion"
fps = 12
mode = "stopmotion"
[stopmotion]
exposure = 0.08
settle = 0.05
interval = 0.3
confirm_timeout = 0.5
frames = 6
[axes.slider]
keys = [{ frame = 0, pos = 300.0, interp = "ease" }, { frame = 5, pos = 320.0 }]
[axes.pan]
keys = [{ frame = 0, pos = 0.0, interp = "ease" }, { frame = 5, pos = 6.0 }]
[[cue]]
kind = "marker"
frame = 3
"""


def test_stopmotion_shoots_every_frame_still_and_confirmed(rig: Rig) -> None:
    armed_and_homed(rig)
    c = compiled(rig, STOPMOTION)
    assert c.stopmotion and len(c.frames) == 6
    _, run = play(rig, c)
    assert run.outcome == "COMPLETE"
    assert [f["frame"] for f in run.frames] == list(range(6))
    lo, hi = profile(rig.info.board).camera_lag_us  # type: ignore[union-attr]
    shutters = [cf for cf in run.cues if cf.kind == "shutter"]
    for f in run.frames:
        # confirmed by the camera, within its lag
        assert f["latency_us"] is not None and lo <= f["latency_us"] <= hi, f
        # the rig stood at the frame's position when the shutter opened
        for a, want in f["planned"].items():  # type: ignore[union-attr]
            want = float(as_reported(rig, a, np.array([want]))[0])
            assert abs(f["actual"][a] - want) < 0.0015, (f, a)  # type: ignore[index]
    # each exposure lasts `exposure`, and frames are at least `interval` apart
    rise = [cf.actual_us for cf in shutters if cf.level == 1]
    fall = [cf.actual_us for cf in shutters if cf.level == 0]
    for r, fl in zip(rise, fall, strict=True):
        assert abs(fl - r - 80_000) <= profile(rig.info.board).edge_max_us  # type: ignore[union-attr,operator]
    slack = profile(rig.info.board).edge_max_us  # type: ignore[union-attr]
    assert all(b - a >= 300_000 - slack for a, b in zip(rise, rise[1:], strict=False))  # type: ignore[operator]
    marker = [cf for cf in run.cues if cf.kind == "marker" and cf.level == 1]
    assert len(marker) == 1 and marker[0].actual_us == pytest.approx(rise[3], abs=2_000)


def test_pause_and_resume_keep_the_path_and_every_edge_on_the_time_line(rig: Rig) -> None:
    armed_and_homed(rig)
    c = compiled(rig, SHORT)
    p = Player(rig, c)
    p.upload()
    p.preroll()
    p.start()
    while p.last_tick < 0.45 * c.plan.hz:  # the pan is moving fast here
        p.poll(0.01)
    p.pause()
    deadline = time.monotonic() + 5
    while rig.shot_state()["phase"] != "PAUSED":
        p.poll(0.02)
        assert time.monotonic() < deadline, "the shot did not come to a stop"
    rig.drain()
    still = [rig.telemetry(timeout=2.0) for _ in range(10)]
    assert all(s.state == "RUNNING" and not any(s.vel) for s in still)
    assert len({s.pos for s in still}) == 1  # holding where the path stopped
    held = rig.shot_state()
    p.resume()
    run = p.follow()
    assert run.outcome == "COMPLETE"
    assert any("paused at shot tick" in n for n in run.notes) and any("resumed" in n for n in run.notes)
    err = np.array([cf.error_us for cf in run.cues], dtype=float)
    assert not np.isnan(err).any() and (err >= 0).all()
    assert err.max() <= profile(rig.info.board).edge_max_us  # type: ignore[union-attr]
    # every edge once: none lost, none fired while paused
    assert rig.shot_state()["edges"] == len(c.edges)
    # off the ramps, the board commanded the compiled positions, shot tick for shot tick
    ticks = np.array(run.actual_us) // PERIOD_US
    slider = np.array(run.actual["slider"])
    assert np.array_equal(np.round(slider * 1000), c.board_pos["slider"][ticks])
    assert held["tick"] < c.ticks


def long_shot(seconds: float, keys_per_axis: int) -> str:
    """A smooth 5-axis shot with dense keys: more segments than the board's buffer holds."""
    rows = []
    for axis, amp, base in (
        ("pan", 20.0, 0.0),
        ("tilt", 10.0, 0.0),
        ("roll", 5.0, 0.0),
        ("slider", 20.0, 300.0),
        ("focus", 3.0, 10.0),
    ):
        ks = []
        for i in range(keys_per_axis):
            t = seconds * i / (keys_per_axis - 1)
            ks.append(f"{{ t = {t:.4f}, pos = {base + amp * np.sin(2 * np.pi * t / 6.0) ** 3:.4f} }}")
        rows.append(f'[axes.{axis}]\ninterp = "cubic"\nkeys = [\n' + ",\n".join(ks) + "\n]\n")
    return 'name = "long"\nfps = 25\n' + "\n".join(rows)


def test_a_shot_longer_than_the_buffer_streams_and_starves_under_control(rig: Rig) -> None:
    armed_and_homed(rig)
    c = compiled(rig, long_shot(36.0, 150))
    cap = rig.shot_state()["capacity"]
    assert len(c.words) > 1.2 * cap, (len(c.words), cap)  # the test needs a real stream
    p, run = play(rig, c)
    assert p.stream and run.outcome == "COMPLETE"
    assert run.stream["min_margin_s"] > 0.5  # the host stayed ahead: the margin it kept
    ticks = np.array(run.actual_us) // PERIOD_US
    assert len(ticks) > 0.95 * c.ticks
    assert np.array_equal(np.round(np.array(run.actual["slider"]) * 1000), c.board_pos["slider"][ticks])
    # the same stream with the host holding back after the first part: the board runs dry,
    # brakes every axis under control and says why
    p = Player(rig, c)
    p.first_part = 2000  # about 4 s of the shot, then nothing
    p.stall_at = 0
    p.upload()
    p.preroll()
    p.start()
    run = p.follow(timeout=60)
    assert run.outcome == "STARVED" and run.broke_at_frame is not None
    st = rig.wait_idle(timeout=10)
    assert st.state == "IDLE"
    lim = limits_from_rig(rig)
    for a in ("pan", "tilt", "roll", "slider", "focus"):
        assert lim[a].min <= st.pos[rig.axis(a).index] <= lim[a].max


@pytest.mark.emulated_only
@pytest.mark.host_clock
def test_two_boards_start_together(rig: Rig, board: BoardUnderTest) -> None:
    from orbitrig.host.testing.pytest_plugin import start_emulated

    emu_b = start_emulated()
    try:
        port_b = emu_b.start(wait_link=True)  # type: ignore[attr-defined]
        with Rig.connect(port_b, timeout=2.0) as rig_b:
            rig_b.config_set("board", "link_timeout", 2000)
            armed_and_homed(rig)
            armed_and_homed(rig_b)
            ca, cb = compiled(rig, SHORT), compiled(rig_b, SHORT)
            pa, pb = Player(rig, ca), Player(rig_b, cb)
            for p in (pa, pb):
                p.upload()
                p.preroll()
            host_t, syncs = start_together([pa, pb], 0.5)
            follow_all([pa, pb], syncs)
            ra, rb = pa.run, pb.run
            assert ra is not None and rb is not None and ra.outcome == rb.outcome == "COMPLETE"
            # both emulated boards run on this machine's monotonic clock: their edges compare
            bound = sum(s.estimate.error_at(host_t) for s in syncs) + profile("SIM").start_skew_us
            for ea, eb in zip(ra.cues, rb.cues, strict=True):
                ta = (pa.start_us + ea.actual_us) % CLOCK  # type: ignore[operator]
                tb = (pb.start_us + eb.actual_us) % CLOCK  # type: ignore[operator]
                d = (ta - tb) % CLOCK
                assert min(d, CLOCK - d) <= bound, (ea, eb, bound)
    finally:
        emu_b.stop()  # type: ignore[attr-defined]


@pytest.mark.emulated_only
@pytest.mark.host_clock  # it starts a unix-port board of its own
def test_a_camera_slower_than_the_frame_rate_is_matched_to_the_right_shutter() -> None:
    from orbitrig.host.boards.emulator import Emulator
    from orbitrig.host.deploy.firmware import install_sources

    # 50 ms of shutter lag at 25 fps (40 ms a frame): each confirmation arrives after the
    # next shutter has opened, and must still be counted from its own
    emu = Emulator(extra_env={"ORBITRIG_CAMERA_LAG_US": "50000", "ORBITRIG_CAMERA_JITTER_US": "0"})
    try:
        install_sources(Path(emu.flash_dir))
        port = emu.start(wait_link=True)
        with Rig.connect(port, timeout=2.0) as rig:
            rig.config_set("board", "link_timeout", 2000)
            armed_and_homed(rig)
            c = compiled(
                rig,
                'name = "fast camera"\nfps = 25\n[axes.tilt]\nkeys = [{ t = 0, pos = 0, interp = "ease" }, '
                '{ t = 1.2, pos = 5 }]\n[[cue]]\nkind = "shutter"\nt = 0.04\nevery = 1\ncount = 25\nexposure = 0.01\n',
            )
            _, run = play(rig, c)
    finally:
        emu.stop()
    shutters = [cf for cf in run.cues if cf.kind == "shutter" and cf.level == 1]
    assert len(run.camera) == len(shutters) == 25
    for cam, cf in zip(run.camera, shutters, strict=True):
        assert cam.edge == cf.edge and cam.trigger_us == cf.actual_us
        # the board times the edge just after setting the line: it reads the lag that much short
        assert 49_000 <= cam.latency_us <= 50_500  # type: ignore[operator]
