"""Shot reports: run statistics checked against hand-computed figures, the PNGs, compare, load_run."""

from __future__ import annotations

import json
import math
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from orbitrig.host.errors import BadInput
from orbitrig.host.shots import plots
from orbitrig.host.shots.model import Cue, Key, Loc, Shot, Track
from orbitrig.host.shots.plan import AxisLimits, Plan, Violation
from orbitrig.host.shots.report import compare, load_run, percentile, run_stats, shot_ticks, write_report
from orbitrig.host.shots.run import CameraFrame, CueFiring, Run

HZ = 200
PERIOD_US = 1_000_000 // HZ
TICKS = 1001  # planned samples k = 0..1000: a 5 s shot
LOC = Loc("orbit.toml", 3, "tracks.tilt")
UNITS = {"pan": "deg", "tilt": "deg", "slider": "mm"}


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk; fails on anything that is not a PNG."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert head[12:16] == b"IHDR"
    return struct.unpack(">II", head[16:24])


def planned_tracks(ticks: int = TICKS) -> dict[str, np.ndarray]:
    k = np.arange(ticks)
    return {
        "pan": 30 * np.sin(k / 300),
        "tilt": -10 + k * 0.02,  # a distinct position at every tick: a wrong tick shows as error
        "slider": k * 0.5,
    }


def make_run(
    actual: dict[str, np.ndarray] | None = None,
    ticks: np.ndarray | None = None,
    jitter_us: np.ndarray | None = None,
    **kw: object,
) -> Run:
    """A run whose telemetry samples every planned tick (or ``ticks``), exactly on plan unless
    ``actual`` says otherwise; ``jitter_us`` moves each sample's time off its tick."""
    plan = planned_tracks()
    ks = np.arange(TICKS) if ticks is None else ticks
    us = ks * PERIOD_US + (0 if jitter_us is None else jitter_us)
    act = {a: plan[a][ks] for a in plan} if actual is None else actual
    fields: dict[str, object] = {
        "shot": "orbit",
        "shot_path": "orbit.toml",
        "board": {"port": "/dev/pts/9", "kind": "emulated"},
        "started": "2026-12-06T10:00:00+00:00",
        "hz": HZ,
        "axes": list(plan),
        "units": dict(UNITS),
        "planned": {a: v.tolist() for a, v in plan.items()},
        "actual_us": [int(u) for u in us],
        "actual": {a: [float(x) for x in v] for a, v in act.items()},
    }
    fields.update(kw)
    return Run(**fields)  # type: ignore[arg-type]


def firing(edge: int, kind: str, scheduled: int, error: int | None) -> CueFiring:
    return CueFiring(edge, edge, kind, 0, 1, scheduled, None if error is None else scheduled + error)


# -- run_stats --------------------------------------------------------------------------------


def test_tracking_error_matches_hand_computation() -> None:
    plan = planned_tracks()
    tilt = plan["tilt"].copy()
    tilt[100:200] += 0.01  # 100 of 1001 samples off by 0.01 deg
    slider = plan["slider"].copy()
    slider[:10] -= 0.5  # 10 of 1001 samples off by -0.5 mm
    jitter = np.tile([0, 1200, -2400, 2499], TICKS)[:TICKS]  # all still nearest to their own tick
    stats = run_stats(make_run({"pan": plan["pan"], "tilt": tilt, "slider": slider}, jitter_us=jitter))
    axes = stats["tracking"]["axes"]

    t = axes["tilt"]
    assert t["unit"] == "deg" and t["type"] == "gimbal" and t["samples"] == TICKS
    assert t["rms"] == pytest.approx(0.01 * math.sqrt(100 / TICKS), rel=1e-9)
    assert t["max_abs"] == pytest.approx(0.01, rel=1e-9)
    assert t["mean"] == pytest.approx(0.01 * 100 / TICKS, rel=1e-9)
    # nearest rank 991 of 1001 sorted |errors|: 901 zeros, then the 100 of 0.01
    assert t["p99_abs"] == pytest.approx(0.01, rel=1e-9)
    assert t["tick_offset_max_us"] == 2499
    assert t["outside_plan"] == 0 and t["unusable"] == 0

    s = axes["slider"]
    assert s["unit"] == "mm" and s["type"] == "linear"
    assert s["rms"] == pytest.approx(0.5 * math.sqrt(10 / TICKS), rel=1e-9)
    assert s["max_abs"] == pytest.approx(0.5, rel=1e-9)
    assert s["mean"] == pytest.approx(-0.5 * 10 / TICKS, rel=1e-9)
    assert s["p99_abs"] == 0.0  # rank 991 lands on the last of 991 zeros

    assert axes["pan"]["rms"] == 0.0 and axes["pan"]["max_abs"] == 0.0

    gimbal = stats["tracking"]["by_type"]["gimbal"]
    assert gimbal["axes"] == ["pan", "tilt"] and gimbal["unit"] == "deg"
    assert gimbal["samples"] == 2 * TICKS
    assert gimbal["rms"] == pytest.approx(0.01 * math.sqrt(100 / (2 * TICKS)), rel=1e-9)
    assert gimbal["max_abs"] == pytest.approx(0.01, rel=1e-9)
    linear = stats["tracking"]["by_type"]["linear"]
    assert linear["axes"] == ["slider"] and linear["rms"] == pytest.approx(s["rms"])


def test_telemetry_time_rounds_to_the_nearest_tick() -> None:
    ticks, offset = shot_ticks([0, 2499, 2500, 7600, -2500, -2501], HZ)
    assert ticks.tolist() == [0, 0, 1, 2, 0, -1]  # a half tick rounds up, on both sides of zero
    assert offset.tolist() == [0, 2499, -2500, -2400, -2500, 2499]

    # a sample 0.52 ticks late is scored against the NEXT tick's plan, so its error is that gap
    plan = planned_tracks()
    run = make_run(
        {a: plan[a][[3]] for a in plan}, ticks=np.array([3]), jitter_us=np.array([2600]), axes=["tilt"]
    )
    t = run_stats(run)["tracking"]["axes"]["tilt"]
    assert t["samples"] == 1
    assert t["max_abs"] == pytest.approx(0.02, rel=1e-9)  # tilt moves 0.02 deg per tick
    assert t["tick_offset_max_us"] == 2400


def test_samples_outside_the_plan_or_without_a_position_are_counted_not_used() -> None:
    ks = np.array([-3, 0, 1, 2, TICKS + 4])
    plan = planned_tracks()
    tilt = np.array([99.0, plan["tilt"][0], np.nan, plan["tilt"][2], 99.0])
    run = make_run({"tilt": tilt}, ticks=ks, axes=["tilt"])
    run.actual["tilt"][2] = None  # how run.json says "no position" (NaN is not JSON)
    stats = run_stats(run)
    t = stats["tracking"]["axes"]["tilt"]
    assert (t["samples"], t["outside_plan"], t["unusable"], t["max_abs"]) == (2, 2, 1, 0.0)
    assert "tilt: 2 telemetry samples outside the plan's ticks, not used" in stats["missing"]
    assert "tilt: 1 telemetry samples without a position, not used" in stats["missing"]


def test_percentile_is_nearest_rank() -> None:
    v = np.arange(1, 101)
    assert percentile(v, 50) == 50 and percentile(v, 99) == 99 and percentile(v, 100) == 100
    assert percentile(np.array([7.0]), 99) == 7.0
    assert percentile(np.array([]), 50) is None


def test_cue_timing_figures() -> None:
    cues = [
        firing(0, "shutter", 1_000_000, 0),
        firing(1, "shutter", 1_500_000, 10),
        firing(2, "shutter", 2_000_000, -20),
        firing(3, "marker", 2_500_000, 300),
        firing(4, "shutter", 3_000_000, None),
        firing(5, "record_stop", 4_000_000, None),
    ]
    stats = run_stats(make_run(cues=cues))
    c = stats["cues"]
    assert c["unit"] == "us"
    assert (c["edges"], c["count"], c["missing"]) == (6, 4, 2)
    # sorted errors [-20, 0, 10, 300]: nearest rank 2 of 4 is 0, rank 4 is 300
    assert c["p50"] == 0 and c["p99"] == 300 and c["p99_abs"] == 300
    assert c["max_abs"] == 300 and c["mean"] == pytest.approx(72.5)
    shutter = c["by_kind"]["shutter"]
    assert (shutter["edges"], shutter["count"], shutter["missing"]) == (4, 3, 1)
    assert shutter["p50"] == 0 and shutter["max_abs"] == 20 and shutter["mean"] == pytest.approx(-10 / 3)
    assert c["by_kind"]["marker"]["max_abs"] == 300
    assert c["by_kind"]["record_stop"] == {
        "edges": 1,
        "count": 0,
        "missing": 1,
        "p50": None,
        "p99": None,
        "p99_abs": None,
        "max_abs": None,
        "mean": None,
    }
    assert "2 of 6 cue edges never reported (first: edge 4)" in stats["missing"]


def test_camera_latency_figures() -> None:
    frames = [
        CameraFrame(0, 1_000_000, 1_003_000),
        CameraFrame(2, 2_000_000, 2_005_000),
        CameraFrame(4, 3_000_000, 3_003_100),
        CameraFrame(6, 4_000_000, None),
    ]
    cam = run_stats(make_run(camera=frames))["camera"]
    assert (cam["frames"], cam["count"], cam["timed_out"]) == (4, 3, 1)
    assert (cam["p50"], cam["p99"], cam["max"]) == (3100, 5000, 5000)


def test_stats_copy_the_run_outcome_and_are_strict_json() -> None:
    clock = {"offset_us": 12.5, "drift_ppm": -3.0, "error_us": 40.0}
    run = make_run(outcome="STARVED", broke_at_frame=17, clock=clock, speed=0.5, reverse=True)
    stats = run_stats(run)
    assert stats["outcome"] == "STARVED" and stats["broke_at_frame"] == 17
    assert stats["clock"] == clock and stats["speed"] == 0.5 and stats["reverse"] is True
    assert stats["missing"][0] == "the take ended STARVED at frame 17"
    assert json.loads(json.dumps(stats, allow_nan=False)) == stats


# -- write_report ----------------------------------------------------------------------------


def test_write_report_writes_stats_and_a_png_of_the_documented_size(tmp_path: Path) -> None:
    cues = [firing(i, "shutter", 500_000 + i * 100_000, 40 + i) for i in range(30)]
    frames = [CameraFrame(i, 500_000 + i * 100_000, 503_000 + i * 100_000 + 10 * i) for i in range(30)]
    plan = planned_tracks()
    tilt = plan["tilt"] + 0.01 * np.sin(np.arange(TICKS) / 20)
    run = make_run({"pan": plan["pan"], "tilt": tilt, "slider": plan["slider"]}, cues=cues, camera=frames)
    stats_path, png = write_report(run, tmp_path / "take1")
    assert stats_path == tmp_path / "take1" / "stats.json" and png == tmp_path / "take1" / "report.png"
    assert json.loads(stats_path.read_text()) == run_stats(run)
    assert png_size(png) == (1600, 300 * 3 + plots.HIST_PX + plots.REPORT_HEADER_PX)


def test_a_run_that_broke_early_still_gets_a_report_that_says_what_is_missing(tmp_path: Path) -> None:
    plan = planned_tracks()
    ks = np.arange(0, 400)  # the link went at tick 400 of 1000
    run = make_run(
        {"pan": plan["pan"][ks], "tilt": plan["tilt"][ks] + 0.2},  # no slider samples at all
        ticks=ks,
        cues=[firing(0, "shutter", 100_000, 25), firing(1, "shutter", 3_000_000, None)],
        camera=[],
        outcome="LINK_LOST",
        broke_at_frame=48,
    )
    run.planned.pop("pan")  # and an axis whose plan never reached the report
    stats_path, png = write_report(run, tmp_path)
    stats = json.loads(stats_path.read_text())
    assert stats["missing"] == [
        "the take ended LINK_LOST at frame 48",
        "pan: no planned trajectory, tracking error not measured",
        "slider: no telemetry samples on planned ticks",
        "1 of 2 cue edges never reported (first: edge 1)",
        "no camera frames (no confirmation input, or no shutter cue fired)",
    ]
    axes = stats["tracking"]["axes"]
    assert axes["slider"]["samples"] == 0 and axes["slider"]["rms"] is None
    assert axes["tilt"]["samples"] == 400 and axes["tilt"]["max_abs"] == pytest.approx(0.2)
    assert stats["camera"]["count"] == 0 and stats["camera"]["p50"] is None
    assert png_size(png) == (1600, 300 * 3 + plots.HIST_PX + plots.REPORT_HEADER_PX)


def test_a_run_with_nothing_in_it_still_reports(tmp_path: Path) -> None:
    run = Run("empty", "e.toml", {}, "now", HZ, [], {})
    stats_path, png = write_report(run, tmp_path)
    assert "the run lists no axes" in json.loads(stats_path.read_text())["missing"]
    assert png_size(png) == (1600, plots.HIST_PX + plots.REPORT_HEADER_PX)


# -- compare ---------------------------------------------------------------------------------


def _pair() -> tuple[Run, Run]:
    """A: every tick. B: every other tick, tilt +0.02 deg on ticks 0..499, slider -0.1 mm
    everywhere; B fires edge 1 50 us later and edge 2 30 us earlier, and never reports edge 3."""
    plan = planned_tracks()
    cues_a = [firing(i, "shutter", 1_000_000 * (i + 1), 20) for i in range(4)]
    cues_b = [
        firing(0, "shutter", 1_000_000, 20),
        firing(1, "shutter", 2_000_000, 70),
        firing(2, "shutter", 3_000_000, -10),
        firing(3, "shutter", 4_000_000, None),
    ]
    a = make_run(cues=cues_a)
    kb = np.arange(0, TICKS, 2)
    tilt = plan["tilt"][kb] + np.where(kb < 500, 0.02, 0.0)
    b = make_run(
        {"pan": plan["pan"][kb], "tilt": tilt, "slider": plan["slider"][kb] - 0.1}, ticks=kb, cues=cues_b
    )
    return a, b


def test_compare_measures_the_known_difference() -> None:
    a, b = _pair()
    cmp = compare(a, b, a_label="take1", b_label="take2")
    assert cmp.common_ticks == 501  # B sampled the even ticks 0..1000
    tilt = cmp.axes["tilt"]
    assert tilt.ticks == 501 and tilt.unit == "deg"
    assert tilt.max_abs == pytest.approx(0.02, rel=1e-9)
    assert tilt.rms == pytest.approx(0.02 * math.sqrt(250 / 501), rel=1e-9)  # even ticks below 500: 250
    assert cmp.axes["slider"].max_abs == pytest.approx(0.1, rel=1e-9)
    assert cmp.axes["slider"].rms == pytest.approx(0.1, rel=1e-9)
    assert cmp.axes["pan"].max_abs == 0.0
    ev = cmp.events
    assert (ev.matched, ev.only_a, ev.only_b) == (3, [3], [])
    assert ev.max_abs_us == 50 and ev.mean_us == pytest.approx(20 / 3)
    assert ev.rms_us == pytest.approx(math.sqrt((50**2 + 30**2) / 3))


def test_breaches_fail_and_pass_at_the_right_tolerance() -> None:
    a, b = _pair()
    cmp = compare(a, b)
    assert cmp.breaches(0.15) == []
    assert cmp.breaches(0.05) == [
        "slider: max |A-B| 0.1000 mm exceeds the bound 0.05 mm (over 501 common ticks)"
    ]
    assert cmp.breaches({"tilt": 0.019}) == [
        "tilt: max |A-B| 0.0200 ° exceeds the bound 0.019 ° (over 501 common ticks)"
    ]
    assert cmp.breaches({"tilt": 0.021, "slider": 0.11}) == []
    assert cmp.breaches(1.0, event_us=49) == [
        "events: max |B-A| 50 us exceeds the bound 49 us (over 3 matched edges)",
        "events: 1 edges reported only by run A (3)",
    ]
    assert cmp.breaches({"event_us": 50}) == ["events: 1 edges reported only by run A (3)"]
    b.cues[3] = firing(3, "shutter", 4_000_000, 20)
    assert compare(a, b).breaches(1.0, event_us=50) == []


def test_bad_tolerances_are_one_line_bad_input() -> None:
    cmp = compare(*_pair())
    with pytest.raises(
        BadInput, match=r"^tolerance: no axis 'roll' in these runs \(axes: pan, tilt, slider\)$"
    ):
        cmp.breaches({"roll": 1.0})
    with pytest.raises(BadInput, match=r"^tolerance: tilt = -1 must be a finite number >= 0$"):
        cmp.breaches({"tilt": -1})
    with pytest.raises(BadInput, match=r"^tolerance: event_us = nan must be a finite number >= 0$"):
        cmp.breaches(0.1, event_us=float("nan"))


def test_an_axis_with_no_common_ticks_is_a_breach() -> None:
    a, b = _pair()
    b.actual["slider"] = []
    cmp = compare(a, b)
    assert cmp.axes["slider"].ticks == 0 and cmp.axes["slider"].max_abs is None
    assert cmp.breaches(1.0) == ["slider: no common ticks, cannot check the bound 1 mm"]


def test_compare_refuses_different_shots_and_disjoint_runs() -> None:
    a, b = _pair()
    b.shot = "dolly"
    with pytest.raises(BadInput, match=r"^cannot compare A and B: different shots \('orbit' vs 'dolly'\)$"):
        compare(a, b)
    a, b = _pair()
    b.planned["tilt"][120] += 0.5
    with pytest.raises(BadInput, match=r"^cannot compare A and B: planned tilt differs by 0.5 ° at tick 120"):
        compare(a, b)
    a = make_run(ticks=np.arange(0, 100))
    b = make_run(ticks=np.arange(200, 300))
    with pytest.raises(BadInput, match=r"no shot tick in both runs \(A ticks 0..99, B ticks 200..299\)$"):
        compare(a, b)


def test_comparison_dict_and_table() -> None:
    cmp = compare(*_pair(), a_label="take1", b_label="take2")
    d = json.loads(json.dumps(cmp.to_dict(), allow_nan=False))
    assert d["axes"]["slider"] == {
        "unit": "mm",
        "ticks": 501,
        "max_abs": pytest.approx(0.1),
        "rms": pytest.approx(0.1),
    }
    assert d["events"]["only_a"] == [3] and d["a"] == "take1"
    table = cmp.format().splitlines()
    assert table[0] == "shot 'orbit': A = take1, B = take2"
    assert table[4].split() == ["pan", "°", "501", "0.0000", "0.0000"]
    assert table[6].split() == ["slider", "mm", "501", "0.1000", "0.1000"]
    assert table[7].split() == ["events", "us", "3", "50", "34"]
    assert table[8] == "edges reported by one run only: A 1 (3), B 0 (none)"


# -- load_run --------------------------------------------------------------------------------


def test_load_run_from_a_file_or_a_report_directory(tmp_path: Path) -> None:
    run = make_run(cues=[firing(0, "marker", 1000, 5)], camera=[CameraFrame(0, 1005, None)])
    run.save(tmp_path / "run.json")
    for where in (tmp_path / "run.json", tmp_path, str(tmp_path)):
        loaded = load_run(where)
        assert loaded == run


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, r"^{d}/run.json: No such file or directory$"),
        ("{\n  nope", r"^{d}/run.json:2: not a run record: invalid JSON \(.+\)$"),
        ("[1, 2]", r"^{d}/run.json:1: not a run record: expected a JSON object$"),
        ('{"shot": "x"}', r"^{d}/run.json: not a run record: no field 'shot_path'$"),
        ("EXTRA", r"^{d}/run.json: not a run record: unknown field 'colour'$"),
        ("HZ", r"^{d}/run.json: hz = 'fast' must be a positive whole number of ticks per second$"),
        ("ACTUAL", r"^{d}/run.json: actual.tilt\[1\] = 'x' is not a number$"),
        ("CUE", r"^{d}/run.json: cues\[0\]: no field 'scheduled_us'$"),
    ],
)
def test_load_run_refuses_a_bad_file_in_one_line(tmp_path: Path, content: str | None, message: str) -> None:
    good = json.loads(make_run().to_json())
    bad = {
        "EXTRA": {**good, "colour": "red"},
        "HZ": {**good, "hz": "fast"},
        "ACTUAL": {**good, "actual": {"tilt": [1.0, "x"]}},
        "CUE": {
            **good,
            "cues": [{"edge": 0, "cue": 0, "kind": "shutter", "line": 0, "level": 1, "actual_us": 3}],
        },
    }
    if content is not None:
        text = json.dumps(bad[content]) if content in bad else content
        (tmp_path / "run.json").write_text(text)
    with pytest.raises(BadInput, match=message.replace("{d}", str(tmp_path))) as info:
        load_run(tmp_path / "run.json")
    assert "\n" not in str(info.value)


def test_load_run_names_a_directory_without_a_run(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match=rf"^{tmp_path}: no run.json in this directory$"):
        load_run(tmp_path)


# -- plot_plan -------------------------------------------------------------------------------


def make_plan(seconds: float, fps: float = 24.0) -> Plan:
    """Three axes from hand-made keyframes (linear), a spike on tilt, cues of every kind and
    two violations."""
    ticks = int(seconds * HZ)
    t = np.arange(ticks + 1) / HZ
    keys = {
        "pan": [(0.0, 0.0), (0.4 * seconds, 60.0), (seconds, 30.0)],
        "tilt": [(0.0, -10.0), (0.5 * seconds, 10.0), (seconds, 0.0)],
        "slider": [(0.0, 0.0), (seconds, 800.0)],
    }
    pos = {a: np.interp(t, [k[0] for k in ks], [k[1] for k in ks]) for a, ks in keys.items()}
    pos["tilt"][ticks // 3] += 5.0
    vel = {a: np.gradient(p, 1 / HZ) for a, p in pos.items()}
    acc = {a: np.gradient(v, 1 / HZ) for a, v in vel.items()}
    tracks = {a: Track(a, tuple(Key(k[0], k[1], "linear", LOC) for k in ks), LOC) for a, ks in keys.items()}
    cues = [Cue("record_start", 0.5, 2, 0.0, "", LOC), Cue("record_stop", seconds - 0.5, 2, 0.0, "", LOC)]
    cues += [Cue("shutter", 1 + i / fps, 0, 1 / (2 * fps), "", LOC) for i in range(int((seconds - 2) * fps))]
    cues += [
        Cue("marker", seconds / 2, 3, 0.02, "hero", LOC),
        Cue("focus_pulse", seconds / 4, 1, 0.1, "", LOC),
    ]
    shot = Shot("orbit", fps, None, tracks, tuple(cues), {}, 1, False, "video", None, "orbit.toml")
    limits = {
        "pan": AxisLimits("pan", "deg", "SERVO", -170, 170, 90, 300, 2000),
        "tilt": AxisLimits("tilt", "deg", "SERVO", -12, 45, 30, 300, 2000),
        "slider": AxisLimits("slider", "mm", "STEPPER", 0, 790, 200, 500, 5000),
    }
    violations = [
        Violation("slider", "position", seconds, 800.0, 790.0, "mm", LOC),
        Violation("tilt", "velocity", (ticks // 3) / HZ, 1000.0, 30.0, "°/s", LOC),
    ]
    return Plan(shot, HZ, ticks, t, pos, vel, acc, limits, [], violations)


def test_plot_plan_writes_a_png_of_the_documented_size(tmp_path: Path) -> None:
    png = plots.plot_plan(make_plan(8.0), tmp_path / "plots" / "orbit.png")
    assert png == tmp_path / "plots" / "orbit.png"
    assert png_size(png) == (1600, 300 * 3 + plots.PLAN_HEADER_PX)


def test_a_ten_minute_plan_is_drawn_decimated_with_its_spike(tmp_path: Path) -> None:
    plan = make_plan(600.0)
    assert plan.ticks == 120_000 and len(plan.shot.cues) > 14_000
    fig = plots.plan_figure(plan)
    drawn = [line for ax in fig.axes for line in ax.get_lines()]
    planned = [line for line in drawn if line.get_color() == plots.PLANNED_COLOR]
    assert len(planned) == 6  # position and velocity of three axes
    assert max(len(line.get_xdata()) for line in planned) <= 2 * plots.COLUMNS
    spike = plan.pos["tilt"][plan.ticks // 3]
    assert spike in planned[2].get_ydata()  # the one-tick spike on tilt survives decimation
    png = plots.plot_plan(plan, tmp_path / "long.png")
    assert png_size(png) == (1600, 300 * 3 + plots.PLAN_HEADER_PX)


def test_decimate_keeps_each_columns_extremes_in_order() -> None:
    x = np.arange(100_000, dtype=float)
    y = np.zeros_like(x)
    y[54_321] = 7.0
    y[54_322] = -3.0
    xs, ys = plots.decimate(x, y, columns=100)
    assert len(xs) == 200 and ys.max() == 7.0 and ys.min() == -3.0
    assert np.all(np.diff(xs) >= 0)
    ramp_x, ramp_y = plots.decimate(x, x * 2, columns=100)
    assert ramp_y[0] == 0 and ramp_y[-1] == 2 * x[-1] and np.all(np.diff(ramp_y) >= 0)
    short = plots.decimate(x[:50], y[:50], columns=100)
    assert np.array_equal(short[0], x[:50])


def test_importing_report_does_not_load_matplotlib() -> None:
    code = "import sys, orbitrig.host.shots.report; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "False"
