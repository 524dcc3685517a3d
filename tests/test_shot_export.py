"""What a shot turns into for people: the timeline table and the per-frame CSV / JSON / chan exports."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest

from orbitrig.host.errors import BadInput
from orbitrig.host.shots.export import export_frames, frame_table
from orbitrig.host.shots.plan import AxisLimits, Plan
from orbitrig.host.shots.shotfile import parse_shot
from orbitrig.host.shots.timeline import format_timeline, timeline_rows

HZ = 200  # the board's tick rate: 5 ms ticks
LIMITS = {
    "pan": AxisLimits("pan", "deg", "SERVO", -170, 170, 180, 720, 5760),
    "tilt": AxisLimits("tilt", "deg", "SERVO", -90, 90, 120, 480, 3840),
    "slider": AxisLimits("slider", "mm", "STEPPER", 0, 1000, 250, 500, 4000),
}


def shot_text(timecode: str | None = "01:00:00:00", fps: float = 24) -> str:
    tc = f'timecode = "{timecode}"\n' if timecode else ""
    return (
        f'name = "linear pan"\nfps = {fps}\n{tc}'
        + '[axes.pan]\ninterp = "linear"\nkeys = [{ t = 0, pos = -30 }, { t = 2, pos = 30 }]\n'
        + '[axes.slider]\ninterp = "linear"\nkeys = [{ t = 0, pos = 100 }, { t = 2, pos = 600 }]\n'
    )


def linear_plan(timecode: str | None = "01:00:00:00", fps: float = 24) -> Plan:
    """A hand-made plan: pan -30 -> 30 deg and slider 100 -> 600 mm, linearly over 2 s."""
    shot = parse_shot(shot_text(timecode, fps), "pan.toml", ("pan", "tilt", "slider"))
    ticks = 2 * HZ
    t = np.arange(ticks + 1) / HZ
    pos = {"slider": 100 + 250 * t, "pan": -30 + 30 * t}  # not in board order on purpose
    zeros = {a: np.zeros_like(t) for a in pos}
    return Plan(shot, HZ, ticks, t, pos, zeros, zeros, dict(LIMITS))


def export(plan: Plan, fmt: str, **kw: object) -> str:
    out = io.StringIO()
    export_frames(plan, fmt, out, **kw)  # type: ignore[arg-type]
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# csv


def test_csv_every_frame_every_axis() -> None:
    lines = export(linear_plan(), "csv").splitlines()
    assert lines[0] == "frame,timecode,t_s,pan_deg,slider_mm"  # board order, unit in the name
    assert len(lines) == 1 + 49  # frames 0..48 of a 2 s shot at 24 fps
    assert lines[1] == "0,01:00:00:00,0.000000,-30.0000,100.0000"
    assert lines[13] == "12,01:00:00:12,0.500000,-15.0000,225.0000"
    assert lines[-1] == "48,01:00:02:00,2.000000,30.0000,600.0000"
    for row in lines[1:]:
        frame, _, t, pan, slider = row.split(",")
        assert float(t) == pytest.approx(int(frame) / 24, abs=1e-6)
        assert float(pan) == pytest.approx(-30 + 30 * int(frame) / 24, abs=1e-4)
        assert float(slider) == pytest.approx(100 + 250 * int(frame) / 24, abs=1e-4)


def test_csv_without_timecode_has_no_timecode_column() -> None:
    lines = export(linear_plan(timecode=None), "csv").splitlines()
    assert lines[0] == "frame,t_s,pan_deg,slider_mm"
    assert lines[1] == "0,0.000000,-30.0000,100.0000"


def test_positions_interpolate_between_ticks() -> None:
    plan = linear_plan()
    # a curved trajectory: frame times fall between ticks, and the export must read the plan's
    # ticks (linearly between them), not some other curve
    plan.pos["pan"] = 1000 * plan.t**2
    table = frame_table(plan)
    t = 1 / 24  # between ticks 8 (0.040 s) and 9 (0.045 s)
    between = 1000 * (0.040**2 + (t - 0.040) / 0.005 * (0.045**2 - 0.040**2))
    assert table.pos["pan"][1] == pytest.approx(between, abs=1e-9)
    assert table.pos["pan"][1] != pytest.approx(1000 * t**2, abs=1e-4)
    assert export(plan, "csv").splitlines()[2].split(",")[3] == f"{between:.4f}"


def test_frame_count_for_a_duration_between_frames() -> None:
    table = frame_table(linear_plan(fps=25))
    assert table.frame[-1] == 50 and table.t[-1] == 2.0
    text = shot_text(None, 24).replace("t = 2, pos = 30", "t = 2.03, pos = 30")
    shot = parse_shot(text, "s.toml", None)
    odd = Plan(shot, HZ, 406, np.arange(407) / HZ, {"pan": np.arange(407) / HZ}, {}, {}, {})
    assert frame_table(odd).frame[-1] == 48  # floor(2.03 * 24) = 48


# --------------------------------------------------------------------------------------------
# json


def test_json_document() -> None:
    doc = json.loads(export(linear_plan(), "json"))
    assert doc["shot"] == "linear pan" and doc["fps"] == 24 and doc["timecode"] == "01:00:00:00"
    assert doc["axes"] == {"pan": {"unit": "deg"}, "slider": {"unit": "mm"}}
    assert len(doc["frames"]) == 49
    assert doc["frames"][12] == {
        "frame": 12,
        "t": 0.5,
        "timecode": "01:00:00:12",
        "pan": -15.0,
        "slider": 225.0,
    }
    assert doc["frames"][-1]["timecode"] == "01:00:02:00"


def test_json_without_timecode() -> None:
    doc = json.loads(export(linear_plan(timecode=None), "json"))
    assert doc["timecode"] is None
    assert doc["frames"][0] == {"frame": 0, "t": 0.0, "timecode": None, "pan": -30.0, "slider": 100.0}


# --------------------------------------------------------------------------------------------
# chan


def test_chan_frames_from_one_and_the_axis_mapping() -> None:
    lines = export(linear_plan(timecode=None), "chan").splitlines()
    assert len(lines) == 49
    # frame tx ty tz rx ry rz: tx = slider in metres, ry = pan, rx = tilt (absent: 0), rz = roll
    assert lines[0] == "1 0.100000 0.000000 0.000000 0.0000 -30.0000 0.0000"
    assert lines[12] == "13 0.225000 0.000000 0.000000 0.0000 -15.0000 0.0000"
    assert lines[-1] == "49 0.600000 0.000000 0.000000 0.0000 30.0000 0.0000"


def test_chan_frames_follow_the_timecode() -> None:
    lines = export(linear_plan(timecode="01:00:00:00"), "chan").splitlines()
    assert lines[0].split()[0] == str(3600 * 24)
    assert lines[-1].split()[0] == str(3600 * 24 + 48)


def test_chan_custom_mapping() -> None:
    lines = export(linear_plan(timecode=None), "chan", chan_map={"ty": "slider", "rz": "pan"}).splitlines()
    assert lines[0] == "1 0.000000 0.100000 0.000000 0.0000 0.0000 -30.0000"


@pytest.mark.parametrize(
    "mapping, message",
    [
        ({"tw": "slider"}, "chan channel 'tw' unknown; use tx, ty, tz, rx, ry, rz"),
        ({"rx": "tilt"}, "chan rx = tilt: the plan has no axis 'tilt' (it has pan, slider)"),
        ({"tx": "pan"}, "chan tx = pan: tx needs an axis in mm, pan is in deg"),
    ],
)
def test_chan_bad_mapping(mapping: dict[str, str], message: str) -> None:
    with pytest.raises(BadInput) as info:
        export(linear_plan(), "chan", chan_map=mapping)
    assert str(info.value) == message


# --------------------------------------------------------------------------------------------
# where it goes


def test_writes_a_file(tmp_path: Path) -> None:
    path = tmp_path / "take.csv"
    export_frames(linear_plan(), "csv", path)
    assert path.read_text(encoding="utf-8") == export(linear_plan(), "csv")


def test_unwritable_path_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "no such dir" / "take.csv"
    with pytest.raises(BadInput) as info:
        export_frames(linear_plan(), "csv", path)
    assert str(info.value) == f"cannot write {path}: No such file or directory"


def test_unknown_format() -> None:
    with pytest.raises(BadInput) as info:
        export(linear_plan(), "xls")
    assert str(info.value) == "unknown export format 'xls'; use csv, json, chan"


# --------------------------------------------------------------------------------------------
# the timeline table


TIMELINE_SHOT = """\
name = "timeline"
fps = 24
timecode = "01:00:00:00"
[axes.pan]
keys = [
  { t = 0, pos = -20, interp = "ease_in" },
  { t = 2, pos = -15, interp = "linear" },
  { t = 10, pos = 20 },
]
[axes.slider]
keys = [{ t = 0, pos = 100, interp = "ease" }, { frame = 60, pos = 200, interp = "hold" }, { t = 10, pos = 200 }]
[[cue]]
kind = "shutter"
t = 0
exposure = 0.0208
every = 1
count = 240
[[cue]]
kind = "record_start"
t = 0.5
[[cue]]
kind = "record_stop"
t = 9.5
[[cue]]
kind = "marker"
t = 1.0
label = "hero"
every_s = 3.5
count = 2
"""


def test_timeline_rows() -> None:
    shot = parse_shot(TIMELINE_SHOT, "t.toml", None)
    rows = timeline_rows(shot)
    assert [(r.t, r.frame, r.timecode) for r in rows] == [
        (0.0, 0.0, "01:00:00:00"),
        (0.5, 12.0, "01:00:00:12"),
        (1.0, 24.0, "01:00:01:00"),
        (2.0, 48.0, "01:00:02:00"),
        (2.5, 60.0, "01:00:02:12"),
        (4.5, 108.0, "01:00:04:12"),
        (9.5, 228.0, "01:00:09:12"),
        (10.0, 240.0, "01:00:10:00"),
    ]
    assert rows[0].events == [
        "pan -> -20.000° (ease_in)",
        "slider -> 100.000 mm (ease)",
        "shutter x240 every 1 frame, line 0, 20.8 ms, 0.000..9.958 s",
    ]
    assert rows[1].events == ["record start line 2"]
    assert rows[2].events == ["marker 'hero' line 3, 20.0 ms"]  # two markers stay two rows
    assert rows[4].events == ["slider -> 200.000 mm (hold)"]
    assert rows[5].events == ["marker 'hero' line 3, 20.0 ms"]
    assert rows[6].events == ["record stop line 2"]
    assert rows[7].events == ["pan -> 20.000°", "slider -> 200.000 mm"]  # last keys: no segment


def test_timeline_units_and_fractional_frames() -> None:
    text = 'name = "u"\nfps = 25\n[axes.lift]\nkeys = [{ t = 0, pos = 1 }, { t = 0.1, pos = 2 }]\n'
    rows = timeline_rows(parse_shot(text, "u.toml", None), units={"lift": "mm"})
    assert rows[1].events == ["lift -> 2.000 mm"] and rows[1].frame == pytest.approx(2.5)
    table = format_timeline(rows)
    assert table.splitlines() == [
        "time s  frame  event",
        " 0.000      0  lift -> 1.000 mm (cubic)",
        " 0.100   2.50  lift -> 2.000 mm",
    ]


def test_format_timeline_columns_and_cut() -> None:
    shot = parse_shot(TIMELINE_SHOT, "t.toml", None)
    table = format_timeline(timeline_rows(shot)).splitlines()
    assert table[0].split() == ["time", "s", "frame", "timecode", "event"]
    assert table[1].startswith(" 0.000      0  01:00:00:00  pan -> -20.000° (ease_in); slider -> 100.000 mm")
    assert table[-1] == "10.000    240  01:00:10:00  pan -> 20.000°; slider -> 200.000 mm"
    cut = format_timeline(timeline_rows(shot), max_rows=5).splitlines()
    assert len(cut) == 1 + 5
    assert cut[3] == "... 4 more rows ..."
    assert cut[-1] == table[-1]
