"""The shot planner and compiler on the host: curves, limit checks, time scaling, reverse,
repeats, and the compiled words checked against an independent step-by-step integrator."""

from __future__ import annotations

import zlib

import numpy as np
import pytest

from orbitrig.host.shots.compile import MAX_SEG, R_EDGE, R_END, R_SEG, TOLERANCE, compile_plan
from orbitrig.host.shots.model import ShotError
from orbitrig.host.shots.plan import default_limits, plan_shot, timed
from orbitrig.host.shots.shotfile import parse_shot

LIMITS = default_limits()
AXES = list(LIMITS)


def plan(text: str, **kw: object):  # noqa: ANN201
    return plan_shot(parse_shot(text, "t.toml", axes=AXES), LIMITS, **kw)  # type: ignore[arg-type]


def shot(pan: str, extra: str = "") -> str:
    return f'name = "t"\nfps = 25\n[axes.pan]\nkeys = [{pan}]\n{extra}'


EASE = '{ t = 0, pos = -20, interp = "ease" }, { t = 2.0, pos = 20, interp = "ease" }, { t = 4.0, pos = -20 }'


def test_limits_come_from_the_firmware_axis_table() -> None:
    pan = LIMITS["pan"]
    assert (pan.min, pan.max, pan.vmax, pan.amax, pan.jmax) == (-170, 170, 180, 720, 5760)
    assert LIMITS["slider"].unit == "mm" and LIMITS["slider"].kind == "STEPPER"


def test_ease_starts_and_ends_at_rest_and_hits_every_key() -> None:
    p = plan(shot(EASE))
    assert not p.violations
    pos, vel, acc = p.pos["pan"], p.vel["pan"], p.acc["pan"]
    assert pos[0] == -20 and pos[400] == pytest.approx(20) and pos[-1] == pytest.approx(-20)
    for k in (0, 400, 800):
        assert abs(vel[k]) < 1e-9 and abs(acc[k]) < 1e-9


def test_cubic_is_smooth_and_does_not_overshoot_monotone_keys() -> None:
    p = plan(
        shot(
            '{ t = 0, pos = 0, interp = "ease_in" }, { t = 1, pos = 10, interp = "cubic" },'
            ' { t = 2, pos = 30, interp = "cubic" }, { t = 3, pos = 32, interp = "ease_out" }, { t = 4, pos = 32 }'
        )
    )
    pos, vel, acc = p.pos["pan"], p.vel["pan"], p.acc["pan"]
    assert np.all(np.diff(pos) >= -1e-9)  # monotone keys, monotone curve
    assert pos.max() <= 32 + 1e-9
    # velocity and acceleration continuous across every key (no step between ticks)
    assert np.max(np.abs(np.diff(vel))) < 0.5
    assert np.max(np.abs(np.diff(acc))) < 5


def test_a_limit_violation_names_file_line_axis_time_and_excess() -> None:
    p = plan(shot('{ t = 0, pos = -150, interp = "ease" }, { t = 1.0, pos = 150 }'))
    v = [x for x in p.violations if x.what == "velocity"]
    assert v, p.violations
    text = str(v[0])
    # a quintic ease peaks at 1.875 x the mean speed: 562.5 deg/s at t = 0.5 s
    assert text == (
        "t.toml:4: axes.pan.keys[0].t: pan velocity 562.500 °/s at t=0.500 s exceeds 180.000 °/s by 382.500 °/s"
    )
    assert {x.what for x in p.violations} >= {"velocity", "acceleration", "jerk"}


def test_positions_past_a_soft_limit_are_reported_with_the_bound() -> None:
    p = plan(shot('{ t = 0, pos = 0, interp = "ease" }, { t = 5.0, pos = 175 }'))
    pos = [x for x in p.violations if x.what == "position"]
    assert pos and pos[0].limit == 170 and pos[0].value == pytest.approx(175)
    assert "5.000 ° beyond its limit 170.000 °" in str(pos[0])


def test_a_velocity_step_between_linear_segments_is_an_acceleration_violation() -> None:
    p = plan(
        shot(
            '{ t = 0, pos = 0, interp = "linear" }, { t = 1, pos = 10, interp = "linear" }, { t = 2, pos = 40 }'
        )
    )
    steps = [x for x in p.violations if x.what == "acceleration" and x.t == 1.0]
    # from 10 deg/s to 30 deg/s within one 5 ms tick: 4000 deg/s^2
    assert steps and steps[0].value == pytest.approx(4000)


def test_speed_scales_time_and_what_it_costs() -> None:
    slow = plan(shot(EASE), speed=0.5)
    base = plan(shot(EASE))
    assert slow.ticks == 2 * base.ticks
    assert np.allclose(slow.pos["pan"][::2], base.pos["pan"])
    assert np.max(np.abs(slow.vel["pan"])) == pytest.approx(np.max(np.abs(base.vel["pan"])) / 2)
    with pytest.raises(ShotError, match="speed 200 outside"):
        plan(shot(EASE), speed=200)


CUES = """
[[cue]]
kind = "record_start"
t = 0.5
[[cue]]
kind = "marker"
t = 1.0
width = 0.1
[[cue]]
kind = "record_stop"
t = 3.0
"""


def test_reverse_mirrors_the_move_and_keeps_recording_around_it() -> None:
    fwd = plan(shot(EASE.replace("{ t = 4.0, pos = -20 }", "{ t = 4.0, pos = 0 }"), CUES))
    rev = plan(shot(EASE.replace("{ t = 4.0, pos = -20 }", "{ t = 4.0, pos = 0 }"), CUES), reverse=True)
    assert np.allclose(rev.pos["pan"], fwd.pos["pan"][::-1])
    kinds = [(rev.shot.cues[e.cue].kind, round(e.t, 6), e.level) for e in rev.edges]
    # record start at 4 - 3.0, the marker's pulse mirrored as an interval, stop at 4 - 0.5
    assert kinds == [
        ("record_start", 1.0, 1),
        ("marker", 2.9, 1),
        ("marker", 3.0, 0),
        ("record_stop", 3.5, 0),
    ]


def test_repeat_needs_a_closed_move_and_pingpong_unrolls() -> None:
    text = shot('{ t = 0, pos = 0, interp = "ease" }, { t = 2, pos = 30 }')
    with pytest.raises(ShotError, match=r"t.toml:\d+: .*repeat needs pan to end where it starts"):
        plan(text.replace("fps = 25", "fps = 25\nrepeat = 2"))
    pp = plan(text.replace("fps = 25", "fps = 25\nrepeat = 3\npingpong = true"))
    assert pp.ticks == 3 * 400
    assert pp.pos["pan"][400] == pytest.approx(30) and pp.pos["pan"][800] == pytest.approx(0)
    assert pp.pos["pan"][1200] == pytest.approx(30)


def _integrate(words: list[int], axis: int, ticks: int) -> np.ndarray:
    """The firmware's per-tick integration, limb by limb, written again from its spec."""
    out = np.zeros(ticks + 1, dtype=np.int64)
    i = 0
    state = None
    segs = {}
    while i < len(words):
        kind = words[i + 1] & 15
        if kind == R_SEG and (words[i + 1] >> 4) & 15 == axis:
            segs[words[i]] = words[i + 1 : i + 12]
        i += {R_SEG: 12, R_EDGE: 4, R_END: 2}[kind]
    fm = (1 << 24) - 1
    for k in range(ticks + 1):
        if k in segs:
            w = segs[k]
            j2w, j2f, j6w, j6f, sw, sf, vw, vf, hw, hf = w[1:]
            state = [sw, sf, vw, vf, hw, hf]
        else:
            sw, sf, vw, vf, hw, hf = state  # type: ignore[misc]
            t = sf + vf + hf + j6f
            sw += vw + hw + j6w + (t >> 24)
            sf = t & fm
            t = vf + hf + hf + j2f
            vw = vw + hw + hw + j2w + (t >> 24)
            vf = t & fm
            t = hf + j2f
            hw = hw + j2w + (t >> 24)
            hf = t & fm
            state = [sw, sf, vw, vf, hw, hf]
        out[k] = state[0] + (state[1] >> 23)  # type: ignore[index]
    return out


def test_compiled_words_integrate_to_the_predicted_positions_and_stay_near_the_curve() -> None:
    p = plan(
        'name = "t"\nfps = 24\n[axes.pan]\nkeys = [' + EASE + "]\n"
        '[axes.focus]\nkeys = [{ t = 0, pos = 2, interp = "ease_in" }, { t = 1, pos = 4, interp = "linear" },'
        ' { t = 3, pos = 12, interp = "ease_out" }, { t = 4, pos = 12 }]\n' + CUES
    )
    c = compile_plan(p, AXES)
    assert c.crc == zlib.crc32(c.data)
    for a in ("pan", "focus"):
        ref = _integrate(c.words, AXES.index(a), p.ticks)
        assert np.array_equal(ref, c.board_pos[a]), a
        # within the segment tolerance of the curve, plus the output's rounding
        assert np.max(np.abs(c.board_pos[a] - p.pos[a] * 1000)) <= TOLERANCE + 0.5 + 1e-6
    # records are sorted by key; every segment is within its length limit; J2 = 3 J6 exactly
    keys = []
    i = 0
    while i < len(c.words):
        kind = c.words[i + 1] & 15
        keys.append(c.words[i])
        if kind == R_SEG:
            n = c.words[i + 1] >> 8
            assert 1 <= n <= MAX_SEG
            j2 = (c.words[i + 2] << 24) + c.words[i + 3]
            j6 = (c.words[i + 4] << 24) + c.words[i + 5]
            assert j2 == 3 * j6
        i += {R_SEG: 12, R_EDGE: 4, R_END: 2}[kind]
    assert keys == sorted(keys) and keys[-1] == p.ticks
    assert c.start == {"pan": -20000, "focus": 2000}


def test_edges_land_on_their_microsecond_and_are_keyed_a_tick_ahead() -> None:
    p = plan(shot(EASE, CUES))
    c = compile_plan(p, AXES)
    got = []
    i = 0
    while i < len(c.words):
        if c.words[i + 1] & 15 == R_EDGE:
            key, w1, ft, us = c.words[i : i + 4]
            assert key == max(0, ft - 1)
            got.append((ft * 5000 + us, (w1 >> 4) & 15, (w1 >> 8) & 1, (w1 >> 9) & 1))
            i += 4
        else:
            i += 12 if c.words[i + 1] & 15 == R_SEG else 2
    assert got == [(500_000, 2, 1, 1), (1_000_000, 3, 1, 0), (1_100_000, 3, 0, 0), (3_000_000, 2, 0, 1)]


def test_an_unknown_axis_and_a_violating_plan_are_refused_before_compiling() -> None:
    bad = plan(shot('{ t = 0, pos = -150, interp = "ease" }, { t = 1.0, pos = 150 }'))
    with pytest.raises(ShotError, match="not playable: t.toml:4: axes.pan.keys"):
        compile_plan(bad, AXES)
    ok = plan(shot(EASE))
    with pytest.raises(ShotError, match="unknown axis 'pan'; this board has tilt"):
        compile_plan(ok, ["tilt"])


def test_stopmotion_compiles_one_record_per_frame_at_its_time() -> None:
    text = (
        'name = "sm"\nfps = 10\nmode = "stopmotion"\n[stopmotion]\nexposure = 0.2\nframes = 5\n'
        '[axes.slider]\nkeys = [{ frame = 0, pos = 100, interp = "linear" }, { frame = 4, pos = 140 }]\n'
    )
    p = plan(text)
    c = compile_plan(p, AXES)
    assert c.stopmotion and [f["slider"] for f in c.frames] == [100000, 110000, 120000, 130000, 140000]
    assert c.words[:2] == [0, 4] and c.words[3] == 200_000  # exposure, us
    rev = compile_plan(plan(text, reverse=True), AXES)
    assert [f["slider"] for f in rev.frames] == [140000, 130000, 120000, 110000, 100000]


def test_timed_keeps_where_every_key_came_from() -> None:
    s = parse_shot(shot(EASE), "t.toml", axes=AXES)
    t = timed(s, speed=0.5, reverse=True)
    assert [k.loc.line for k in t.tracks["pan"].keys] == [4, 4, 4]
    assert [k.t for k in t.tracks["pan"].keys] == [0.0, 4.0, 8.0]
