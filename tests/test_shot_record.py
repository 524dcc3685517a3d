"""shot record without a board: takes from known curves, keys within tolerance, the key table.

Takes are fed through Take.add as telemetry Samples (the path a Recorder uses); every fit is
checked by reading its text back with parse_shot and planning it with the real planner
against the board's default limits, independently of the checks fit_recording makes itself.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from orbitrig.host.cli.main import main
from orbitrig.host.errors import RigError
from orbitrig.host.rig import Sample
from orbitrig.host.shots import record as rec_mod
from orbitrig.host.shots.model import ShotError
from orbitrig.host.shots.plan import default_limits, plan_shot
from orbitrig.host.shots.record import (
    JOG_KEYS,
    Action,
    AxisKeys,
    JogPad,
    Recording,
    Take,
    TakeBroken,
    action_for,
    fit_recording,
    split_keys,
    to_shot_toml,
)
from orbitrig.host.shots.shotfile import parse_shot

HZ = 200
LIMITS = default_limits()
AXES = list(LIMITS)


def take_of(curves: dict[str, np.ndarray], *, tseq0: int = 0, t0_us: int = 0) -> Recording:
    """A take of these per-tick positions (axis unit), as the board reports them: whole counts."""
    axes = list(curves)
    n = len(next(iter(curves.values())))
    take = Take(axes, range(len(axes)), HZ)
    for k in range(n):
        pos = tuple(round(float(curves[a][k]) * 1000) / 1000 for a in axes)
        s = Sample(
            (t0_us + k * 5000) % (1 << 30), (tseq0 + k) % (1 << 16), "JOGGING", 0, pos, (0.0,) * len(axes), 0
        )
        take.add(s)
    take.rec.limits = {a: LIMITS[a] for a in axes}
    take.rec.board = "SIM board (build test) on loop://"
    take.rec.started = "2026-01-01T00:00:00+00:00"
    return take.rec


def replay(text: str, rec: Recording) -> dict[str, float]:
    """Read the fit's text back, plan it, and return the largest |plan - take| per axis."""
    shot = parse_shot(text, "take.toml", axes=AXES)
    plan = plan_shot(shot, LIMITS)
    assert not plan.violations, [str(v) for v in plan.violations[:3]]
    assert plan.ticks == rec.samples[-1].tick
    ticks = rec.ticks()
    return {a: float(np.max(np.abs(plan.pos[a][ticks] - rec.positions(a)))) for a in rec.axes}


def s_curve(v: float, amax: float, jmax: float, dt: float = 1e-5) -> np.ndarray:
    """Velocity of a jerk-limited change 0 -> v (trapezoidal acceleration at amax, jmax), on a
    fine grid: the kind of ramp the board's jog makes."""
    sign, v = math.copysign(1.0, v), abs(v)
    tj = amax / jmax
    if v <= amax * tj:  # never reaches amax: a triangle
        tj = math.sqrt(v / jmax)
        ta = 0.0
    else:
        ta = (v - amax * tj) / amax
    a_peak = jmax * tj
    t = np.arange(0.0, 2 * tj + ta + dt / 2, dt)
    acc = np.minimum.reduce([jmax * t, np.full_like(t, a_peak), jmax * (2 * tj + ta - t)])
    acc = np.maximum(acc, 0.0)
    return sign * np.concatenate(([0.0], np.cumsum((acc[1:] + acc[:-1]) / 2) * dt))


def jog_take(v: float, cruise_s: float, axis: str = "pan", rest_s: float = 0.2) -> np.ndarray:
    """Positions per tick of a hard jog: rest, ramp to v at the axis's amax and jmax, cruise,
    ramp back to 0, rest."""
    lim = LIMITS[axis]
    dt = 1e-5
    up = s_curve(v, lim.amax, lim.jmax, dt)
    vel = np.concatenate(
        (
            np.zeros(round(rest_s / dt)),
            up,
            np.full(round(cruise_s / dt), v),
            up[::-1],
            np.zeros(round(rest_s / dt)),
        )
    )
    pos = np.concatenate(([0.0], np.cumsum((vel[1:] + vel[:-1]) / 2) * dt))
    step = round(1 / HZ / dt)
    return pos[::step]


# --- keys from known curves ---------------------------------------------------------------------


def test_a_still_axis_gets_one_key() -> None:
    moving = np.linspace(0, 0.5, 100)
    dither = np.full(100, -3.0) + (np.arange(100) % 2) * 0.001  # a count up and down
    rec = take_of({"pan": moving, "tilt": dither, "roll": np.full(100, 12.5)})
    fit = fit_recording(rec, "still", 25, 0.001)
    assert fit.keys["tilt"] == 1 and fit.keys["roll"] == 1
    dev = replay(fit.text, rec)
    assert dev["roll"] == 0 and dev["tilt"] <= 0.001 + 1e-12


def test_a_take_where_nothing_moved_is_refused() -> None:
    with pytest.raises(ShotError, match="nothing moved in the take: pan, tilt stayed within 0.001"):
        fit_recording(take_of({"pan": np.zeros(50), "tilt": np.ones(50)}), "x", 25, 0.001)


def test_a_constant_speed_move_is_one_linear_segment_between_holds() -> None:
    # 0.2 s still at 10, 2 deg/s for 1 s (10 counts a tick, exactly), 0.2 s still at 12
    k = np.arange(281)
    pan = np.clip(10 + (k - 40) * 0.01, 10, 12)
    rec = take_of({"pan": pan})
    fit = fit_recording(rec, "line", 25, 0.001)
    shot = parse_shot(fit.text, "line.toml", axes=AXES)
    keys = shot.tracks["pan"].keys
    assert [(k.t, k.pos) for k in keys] == [(0.0, 10.0), (0.2, 10.0), (1.2, 12.0), (1.4, 12.0)]
    assert [k.interp for k in keys[:-1]] == ["ease", "linear", "ease"]  # at rest at both ends
    assert replay(fit.text, rec)["pan"] == pytest.approx(0, abs=1e-9)


@pytest.mark.parametrize("accel", [0.4, 4.0, 40.0])
def test_parabolas_take_about_as_many_keys_as_their_curvature_needs(accel: float) -> None:
    # from rest to rest: accel for 1 s, then -accel for 1 s. A chord of a parabola strays
    # accel * h**2 / 8 from it; whole counts widen the band by up to a count
    t = np.arange(401) / HZ
    half = np.minimum(t, 1.0)
    rest = np.maximum(t - 1.0, 0.0)
    rec = take_of({"slider": 100 + accel * (half * half / 2 + rest * (1.0 - rest / 2))})
    tol = 0.001
    fit = fit_recording(rec, "parabola", 25, tol)
    dev = replay(fit.text, rec)
    assert dev["slider"] <= tol + 1e-9
    span = t[-1]
    h_longest = math.sqrt(8 * (tol + 0.001) / accel)  # rounding widens the band by a count
    h_shortest = math.sqrt(8 * max(tol - 0.001, 0.0005) / accel)
    assert span / h_longest - 1 <= fit.keys["slider"] - 1 <= span / h_shortest + 2, fit.keys


def test_a_hard_jog_stays_within_tolerance_and_the_limits() -> None:
    # ramps at exactly pan's amax and jmax: in whole counts the steps come out a count beyond
    # amax, so keys are moved within the band; the file still reads back within tolerance
    pan = jog_take(160.0, 0.3, rest_s=0.2017)  # ramps that start between two ticks
    tilt = jog_take(-100.0, 0.1, "tilt", rest_s=0.2031)
    n = min(len(pan), len(tilt))
    rec = take_of({"pan": pan[:n], "tilt": tilt[:n]})
    raw = np.round(pan[:n] * 1000)
    assert np.abs(np.diff(raw, 2)).max() > LIMITS["pan"].amax / HZ**2 * 1000  # the premise
    fit = fit_recording(rec, "whip", 25, 0.001)
    dev = replay(fit.text, rec)
    assert dev["pan"] <= 0.001 + 1e-9 and dev["tilt"] <= 0.001 + 1e-9
    assert fit.nudged["pan"] > 0
    assert any("moved off their sample" in n for n in fit.notes)
    # a ramp needs at least its velocity change over one tick of amax in keys...
    assert fit.keys["pan"] >= 2 * 160 / (LIMITS["pan"].amax / HZ)
    # ...but the rest is one hold and the cruise one segment: ramps are 0.347 s (0.125 s of
    # jerk, 0.097 s at amax, 0.125 s of jerk), the cruise runs 0.549..0.849 s
    keys = parse_shot(fit.text, "whip.toml", axes=AXES).tracks["pan"].keys
    assert keys[0].interp == "ease" and 0.2 <= keys[1].t <= 0.21
    assert not [k.t for k in keys if 0.56 < k.t < 0.84]


def test_a_wider_tolerance_needs_no_more_keys() -> None:
    t = np.arange(600) / HZ
    rec = take_of({"focus": 5 + 2 * np.sin(2 * np.pi * 0.5 * t) ** 2})
    counts = [fit_recording(rec, "f", 25, tol).keys["focus"] for tol in (0.001, 0.005, 0.05)]
    assert counts[0] >= counts[1] >= counts[2] and counts[0] > counts[2], counts
    for tol in (0.005, 0.05):
        assert replay(to_shot_toml(rec, "f", 25, tol), rec)["focus"] <= tol + 1e-9


def test_the_file_says_when_where_and_how_close() -> None:
    rec = take_of({"pan": (1 - np.cos(np.linspace(0, np.pi, 50))) / 2, "tilt": np.zeros(50)})
    text = to_shot_toml(rec, 'say "cheese"', 24, 0.002)
    head = [ln for ln in text.splitlines() if ln.startswith("#")]
    assert "2026-01-01T00:00:00+00:00" in head[0] and "SIM board (build test) on loop://" in head[0]
    assert any("Tolerance 0.002" in ln for ln in head)
    assert any(ln.startswith("# Largest deviation: pan ") for ln in head)
    shot = parse_shot(text, "x.toml", axes=AXES)
    assert shot.name == 'say "cheese"' and shot.fps == 24


# --- what cannot be played -----------------------------------------------------------------------


def test_a_jump_no_rig_can_make_is_one_clear_line() -> None:
    pan = np.concatenate((np.zeros(20), np.full(20, 5.0)))
    with pytest.raises(ShotError) as info:
        fit_recording(take_of({"pan": pan}), "jump", 25, 0.001)
    msg = str(info.value)
    assert "\n" not in msg and msg.startswith("pan: near t=0.1") and "amax 720" in msg


def test_a_take_that_ends_moving_is_refused() -> None:
    pan = 0.5 * np.arange(100)  # 100 deg/s from the first sample to the last
    with pytest.raises(ShotError, match=r"the take starts with pan moving at 100\.000 °/s"):
        fit_recording(take_of({"pan": pan}), "moving", 25, 0.001)


@pytest.mark.parametrize(
    "kw, message",
    [
        ({"tolerance": 0.0}, "tolerance 0.0: must be a positive number"),
        ({"tolerance": math.nan}, "tolerance nan: must be a positive number"),
        ({"fps": 0.0}, "fps 0: must be in 0 < fps <= 240"),
        ({"name": " "}, "the shot needs a name"),
    ],
)
def test_bad_arguments_are_bad_input(kw: dict[str, object], message: str) -> None:
    rec = take_of({"pan": np.linspace(0, 0.1, 10)})
    args: dict[str, object] = {"name": "x", "fps": 25.0, "tolerance": 0.001} | kw
    with pytest.raises(RigError, match=message) as info:
        fit_recording(rec, **args)  # type: ignore[arg-type]
    assert info.value.exit_code == 2


# --- the take: counters, clocks, lost frames ----------------------------------------------------


def test_lost_frames_are_counted_and_not_filled() -> None:
    take = Take(["pan"], [0], HZ)
    for tseq, t_us, pan in [(10, 1000, 0.0), (11, 6000, 0.0), (14, 21000, 0.003), (15, 26000, 0.003)]:
        take.add(Sample(t_us, tseq, "JOGGING", 0, (pan,), (0.0,), 0))
    rec = take.rec
    assert [s.tick for s in rec.samples] == [0, 1, 4, 5]
    assert rec.lost == 2 and rec.late == 0
    rec.limits = {"pan": LIMITS["pan"]}
    fit = fit_recording(rec, "gap", 25, 0.001)
    assert any("2 telemetry frame(s) lost" in n for n in fit.notes)
    assert "# Note: 2 telemetry frame(s) lost" in fit.text


def test_counter_and_clock_wrap_and_late_ticks() -> None:
    take = Take(["pan"], [0], HZ)
    clock = 1 << 30
    rows = [(65534, clock - 5000), (65535, 0), (0, 5000), (1, 12000)]  # the last tick ran 2 ms late
    for tseq, t_us in rows:
        take.add(Sample(t_us, tseq, "JOGGING", 0, (1.0,), (0.0,), 0))
    assert [(s.tick, s.t_us) for s in take.rec.samples] == [(0, 0), (1, 5000), (2, 10000), (3, 17000)]
    assert take.rec.lost == 0 and take.rec.late == 1
    # a silence longer than the counter's wrap: the board clock says how many ticks went by
    take.add(Sample((12000 + 70000 * 5000) % clock, (1 + 70000) % (1 << 16), "JOGGING", 0, (1.0,), (0.0,), 0))
    assert take.rec.samples[-1].tick == 3 + 70000 and take.rec.lost == 69999


def test_a_repeated_counter_breaks_the_take() -> None:
    take = Take(["pan"], [0], HZ)
    take.add(Sample(0, 7, "IDLE", 0, (0.0,), (0.0,), 0))
    with pytest.raises(TakeBroken, match="counter repeated"):
        take.add(Sample(5000, 7, "IDLE", 0, (0.0,), (0.0,), 0))


def test_stray_keys_go_where_the_plan_strays_most() -> None:
    ak = AxisKeys([0, 10, 20], [0.0, 1.0, 2.0], ["linear", "linear", "linear"])
    dev = np.zeros(21)
    dev[[3, 4, 15]] = [0.002, 0.005, 0.0011]
    p = np.arange(21) / 10
    assert rec_mod._add_stray_keys(ak, dev, p, 0.001)
    assert ak.idx == [0, 4, 10, 15, 20] and ak.pos == [0.0, 0.4, 1.0, 1.5, 2.0]
    assert not rec_mod._add_stray_keys(ak, np.zeros(21), p, 0.001)


# --- keys -> actions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, keys, rest",
    [
        ("\x1b[A\x1b[B\x1b[C\x1b[D", ["UP", "DOWN", "RIGHT", "LEFT"], ""),
        ("\x1bOC\x1bOD", ["RIGHT", "LEFT"], ""),  # application cursor mode
        ("q", ["q"], ""),
        ("9\x1b[C ", ["9", "RIGHT", " "], ""),
        ("\x1b[1;5C", ["ESC[1;5C"], ""),  # Ctrl-arrow: a key, not pan
        ("[]", ["[", "]"], ""),
        ("x\x1b", ["x"], "\x1b"),  # an escape sequence cut by the read: kept for the next
        ("\x1b[", [], "\x1b["),
        ("\x1bx", ["ESC", "x"], ""),
    ],
)
def test_split_keys(data: str, keys: list[str], rest: str) -> None:
    assert split_keys(data) == (keys, rest)


@pytest.mark.parametrize(
    "key, action",
    [
        ("RIGHT", Action("jog", "pan", 1)),
        ("LEFT", Action("jog", "pan", -1)),
        ("UP", Action("jog", "tilt", 1)),
        ("DOWN", Action("jog", "tilt", -1)),
        ("]", Action("jog", "roll", 1)),
        ("[", Action("jog", "roll", -1)),
        (".", Action("jog", "slider", 1)),
        (",", Action("jog", "slider", -1)),
        ("=", Action("jog", "focus", 1)),
        ("-", Action("jog", "focus", -1)),
        ("1", Action("speed", speed=0.1)),
        ("5", Action("speed", speed=0.5)),
        ("9", Action("speed", speed=0.9)),
        (" ", Action("stop")),
        ("\r", Action("finish")),
        ("\n", Action("finish")),
        ("q", Action("finish")),
        ("Q", Action("finish")),
        ("\x03", Action("abort")),
        ("0", Action("none")),
        ("x", Action("none")),
        ("ESC[1;5C", Action("none")),
    ],
)
def test_key_table(key: str, action: Action) -> None:
    assert action_for(key) == action


def test_every_jog_key_names_a_board_axis() -> None:
    assert {axis for axis, _ in JOG_KEYS.values()} == set(AXES)


class Board:
    """Stands in for a Rig: records the JOG traffic the pad sends (the pad's timing logic
    is what is tested here; hil_tests/test_shot_record.py drives a real board)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, ...]] = []
        self.next_id = 0

    def axis(self, name: str) -> object:
        return type("A", (), {"vmax": LIMITS[name].vmax})()

    def jog(self, axis: str, vel: float, *, jog_id: int | None = None, timeout_ms: int = 0) -> int:
        if jog_id is None:
            self.next_id += 1
            jog_id = self.next_id
        self.sent.append(("jog", axis, f"{vel:g}", str(jog_id)))
        return jog_id

    def jog_end(self, jog_id: int) -> None:
        self.sent.append(("end", str(jog_id)))


def test_a_held_key_jogs_until_its_repeats_stop() -> None:
    board = Board()
    pad = JogPad(board, ["pan", "tilt"])  # type: ignore[arg-type]
    pad.handle(action_for("RIGHT"), 0.0)
    assert board.sent == [("jog", "pan", "54", "1")]  # 30% of 180 deg/s
    # the terminal's auto-repeat delay: no release before HOLD_FIRST_S
    pad.service(rec_mod.HOLD_FIRST_S - 0.01)
    assert "end" not in {s[0] for s in board.sent}
    assert all(s == ("jog", "pan", "54", "1") for s in board.sent)  # deadman refreshes
    for i in range(10):  # repeats 30 ms apart
        now = 0.5 + 0.03 * i
        pad.handle(action_for("RIGHT"), now)
        pad.service(now)
    assert pad.held == {"pan": rec_mod.Held(1, 0.77 + rec_mod.HOLD_REPEAT_S)}
    pad.handle(action_for("9"), 0.78)  # speed up while held
    assert board.sent[-1] == ("jog", "pan", "162", "1")
    pad.service(0.77 + rec_mod.HOLD_REPEAT_S + 0.01)  # the repeats stopped: ramp down
    assert board.sent[-1] == ("end", "1") and pad.session is None and not pad.held
    pad.handle(action_for("UP"), 2.0)  # a new session for the next key
    pad.handle(action_for("LEFT"), 2.0)
    assert board.sent[-2:] == [("jog", "tilt", "108", "2"), ("jog", "pan", "-162", "2")]
    pad.handle(action_for(" "), 2.1)
    assert board.sent[-1] == ("end", "2") and not pad.held
    pad.handle(action_for("]"), 2.2)
    assert pad.message == "roll is not being recorded" and board.sent[-1] == ("end", "2")


# --- the command's checks before it touches a board ------------------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (["--tolerance", "0"], "--tolerance 0: must be a positive number of axis units"),
        (["--tolerance", "nan"], "--tolerance nan: must be a positive number of axis units"),
        (["--fps", "500"], "--fps 500: must be in 0 < fps <= 240"),
        (["--seconds", "-1"], "--seconds -1: must be in 0 < seconds <= 3600"),
        (["--timeout", "inf"], "--timeout inf: must be in 0 < seconds <= 3600"),
        (["--axes", "pan,,tilt"], "--axes 'pan,,tilt': expected names separated by commas, e.g. pan,tilt"),
        ([], "shot record reads the jog keys from a terminal, and stdin is not one"),
    ],
)
def test_command_refuses_bad_options_in_one_line(
    tmp_path: object, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = f"{tmp_path}/take.toml"
    code = main(["shot", "record", out, "-p", "/dev/ttyNOPE9", *args])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and err == [f"orbitrig: {message}"]


def test_command_checks_the_folder_before_the_take(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["shot", "record", f"{tmp_path}/nope/take.toml", "-p", "/dev/ttyNOPE9"])
    assert code == 2
    assert (
        capsys.readouterr().err.strip()
        == f"orbitrig: {tmp_path}/nope/take.toml: no such folder {tmp_path}/nope"
    )


def test_command_does_not_overwrite_without_force(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    out = Path(f"{tmp_path}/take.toml")
    out.write_text("keep me")
    code = main(["shot", "record", str(out), "-p", "/dev/ttyNOPE9"])
    assert code == 2
    assert capsys.readouterr().err.strip() == f"orbitrig: {out} exists; use --force to overwrite it"
    assert out.read_text() == "keep me"
    # with --force it goes on to the next check (stdin here is no terminal)
    code = main(["shot", "record", str(out), "-p", "/dev/ttyNOPE9", "--force"])
    assert code == 2 and "stdin is not one" in capsys.readouterr().err
