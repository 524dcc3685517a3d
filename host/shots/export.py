"""Per-frame export of a planned shot (CSV, JSON, Nuke .chan) for visual-effects work.

    >>> export_frames(plan, "csv", Path("take1.csv"))

Every axis at every frame of one play, frame = 0 .. floor(duration * fps), at
t = frame / fps, interpolated linearly between the plan's ticks (5 ms apart, so the error
is far below the 4 decimals written). docs/shotfile.md describes the columns and the .chan
axis mapping.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import numpy as np

from ..errors import BadInput
from .plan import Plan
from .shotfile import format_timecode, parse_timecode
from .timeline import DEFAULT_UNITS

FORMATS = ("csv", "json", "chan")
CHAN_CHANNELS = ("tx", "ty", "tz", "rx", "ry", "rz")
# Nuke's camera: x right, y up, z toward the viewer; rotations in degrees about those axes.
# A slider along x moves the camera sideways, tilt turns about x, pan about y, roll about z.
CHAN_MAP = {"tx": "slider", "rx": "tilt", "ry": "pan", "rz": "roll"}


@dataclass
class FrameTable:
    """Every axis sampled at every frame of one play."""

    frame: np.ndarray  # 0 .. last, int
    t: np.ndarray  # s, frame / fps
    timecode: list[str] | None  # per frame, when the shot has a timecode
    first_tc_frame: int | None  # the start timecode as a frame count
    pos: dict[str, np.ndarray]  # axis -> position at every frame (axis unit)
    units: dict[str, str]  # axis -> "deg" / "mm"


def frame_table(plan: Plan) -> FrameTable:
    """Sample ``plan`` at every frame of its shot (one play)."""
    shot = plan.shot
    last = math.floor(shot.duration * shot.fps + 1e-6)
    frame = np.arange(last + 1)
    t = frame / shot.fps
    # board order (the limits' order) first, then any axis the plan has without limits
    axes = [a for a in plan.limits if a in plan.pos] + [a for a in plan.pos if a not in plan.limits]
    pos = {a: np.interp(t, plan.t, plan.pos[a]) for a in axes}
    units = {a: plan.limits[a].unit if a in plan.limits else DEFAULT_UNITS.get(a, "") for a in axes}
    timecode = None
    first = None
    if shot.timecode:
        start = parse_timecode(shot.timecode, shot.fps)
        first = start.frames
        timecode = [format_timecode(first + int(n), shot.fps, start.drop) for n in frame]
    return FrameTable(frame, t, timecode, first, pos, units)


def export_frames(
    plan: Plan, fmt: str, out: Path | TextIO, chan_map: Mapping[str, str] | None = None
) -> None:
    """Write every axis at every frame of ``plan`` as ``fmt`` ("csv", "json" or "chan") to ``out``.

    ``chan_map`` (chan only) maps .chan channels (tx ty tz rx ry rz) to axes; by default
    tx = slider, rx = tilt, ry = pan, rz = roll. Raises BadInput for an unknown format, a
    bad mapping or a file that cannot be written."""
    if fmt not in FORMATS:
        raise BadInput(f"unknown export format '{fmt}'; use {', '.join(FORMATS)}")
    table = frame_table(plan)
    buffer = io.StringIO()
    if fmt == "csv":
        _csv(table, buffer)
    elif fmt == "json":
        _json(plan, table, buffer)
    else:
        _chan(table, buffer, chan_map)
    text = buffer.getvalue()
    if isinstance(out, Path):
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise BadInput(f"cannot write {out}: {exc.strerror}") from None
    else:
        out.write(text)


def _column(axis: str, unit: str) -> str:
    return f"{axis}_{unit}" if unit else axis


def _csv(table: FrameTable, out: TextIO) -> None:
    axes = list(table.pos)
    header = ["frame"] + (["timecode"] if table.timecode else []) + ["t_s"]
    out.write(",".join(header + [_column(a, table.units[a]) for a in axes]) + "\n")
    columns = [table.pos[a] for a in axes]
    for i, n in enumerate(table.frame):
        cells = [str(int(n))]
        if table.timecode:
            cells.append(table.timecode[i])
        cells.append(f"{table.t[i]:.6f}")
        cells.extend(f"{col[i]:.4f}" for col in columns)
        out.write(",".join(cells) + "\n")


def _json(plan: Plan, table: FrameTable, out: TextIO) -> None:
    shot = plan.shot
    head = {
        "shot": shot.name,
        "fps": shot.fps,
        "timecode": shot.timecode,
        "axes": {a: {"unit": table.units[a]} for a in table.pos},
    }
    # one frame per line: readable, and a diff of two exports shows the frames that changed
    out.write(json.dumps(head, ensure_ascii=False, indent=2)[:-2] + ',\n  "frames": [\n')
    last = len(table.frame) - 1
    for i, n in enumerate(table.frame):
        frame: dict[str, object] = {
            "frame": int(n),
            "t": round(float(table.t[i]), 6),
            "timecode": table.timecode[i] if table.timecode else None,
        }
        for a, col in table.pos.items():
            frame[a] = round(float(col[i]), 4)
        out.write("    " + json.dumps(frame) + (",\n" if i < last else "\n"))
    out.write("  ]\n}\n")


def _chan(table: FrameTable, out: TextIO, chan_map: Mapping[str, str] | None) -> None:
    mapping = dict(CHAN_MAP if chan_map is None else chan_map)
    for channel, axis in mapping.items():
        if channel not in CHAN_CHANNELS:
            raise BadInput(f"chan channel '{channel}' unknown; use {', '.join(CHAN_CHANNELS)}")
        if axis not in table.pos:
            if chan_map is None:
                continue  # a default axis this plan does not have stays at 0
            raise BadInput(
                f"chan {channel} = {axis}: the plan has no axis '{axis}' (it has {', '.join(table.pos)})"
            )
        need = "mm" if channel.startswith("t") else "deg"
        if table.units[axis] != need:
            raise BadInput(
                f"chan {channel} = {axis}: {channel} needs an axis in {need}, {axis} is in {table.units[axis]}"
            )
    zeros = np.zeros(len(table.frame))
    values = []
    for channel in CHAN_CHANNELS:
        axis = mapping.get(channel)
        col = table.pos[axis] if axis in table.pos else zeros
        # translations in metres (the axis is in mm), rotations in degrees
        values.append(col / 1000.0 if channel.startswith("t") else col)
    # compositing tools count frames from 1, or from the timecode's frame count when there is one
    first = 1 if table.first_tc_frame is None else table.first_tc_frame
    for i, n in enumerate(table.frame):
        translate = " ".join(f"{v[i]:.6f}" for v in values[:3])
        rotate = " ".join(f"{v[i]:.4f}" for v in values[3:])
        out.write(f"{first + int(n)} {translate} {rotate}\n")
