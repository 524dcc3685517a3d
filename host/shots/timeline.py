"""The timeline table `orbitrig shot check` prints: what happens when, keyframes and cues, in order.

    >>> print(format_timeline(timeline_rows(shot)))
      time s  frame  timecode     event
       0.000      0  01:00:00:00  pan -> -20.000° (ease_in); shutter x240 every 1 frame, line 0, ...
       2.000     48  01:00:02:00  pan -> -15.000° (linear)

Keyframes at one time share a row; a [[cue]] that repeats (every / count) is one summary
row at its first firing instead of a row per pulse.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .model import Cue, Shot
from .shotfile import EPS, format_timecode, parse_timecode

DEFAULT_UNITS = {"pan": "deg", "tilt": "deg", "roll": "deg", "slider": "mm", "focus": "mm"}
SYMBOLS = {"deg": "°", "mm": " mm"}
SUMMARY_MIN = 3  # a cue entry that fires this often or more becomes one summary row

_KIND_TEXT = {
    "record_start": "record start",
    "record_stop": "record stop",
    "shutter": "shutter",
    "marker": "marker",
    "focus_pulse": "focus pulse",
}


@dataclass
class Row:
    """One instant of the shot and everything that happens at it."""

    t: float  # s from the shot's start
    frame: float  # t * fps (whole on frame boundaries)
    timecode: str | None  # of the frame t falls in, when the shot has a timecode
    events: list[str] = field(default_factory=list)


def unit_symbol(unit: str) -> str:
    """ "deg" -> "°", "mm" -> " mm" (what follows a number)."""
    return SYMBOLS.get(unit, f" {unit}" if unit else "")


def timeline_rows(shot: Shot, units: Mapping[str, str] | None = None) -> list[Row]:
    """The shot's keyframes and cues as rows in time order (one play; repeats are not unrolled).

    ``units`` maps an axis to its unit ("deg" / "mm"); by default pan, tilt and roll are
    degrees and slider and focus millimetres."""
    units = DEFAULT_UNITS if units is None else units
    events: list[tuple[float, int, str]] = []  # (t, 0 keys / 1 cues, text): keys first at one time
    for axis, track in shot.tracks.items():
        symbol = unit_symbol(units.get(axis, ""))
        last = len(track.keys) - 1
        for n, key in enumerate(track.keys):
            segment = f" ({key.interp})" if n < last else ""
            events.append((key.t, 0, f"{axis} -> {key.pos:.3f}{symbol}{segment}"))
    for run in _cue_runs(shot.cues):
        if len(run) >= SUMMARY_MIN:
            events.append((run[0].t, 1, _summary(run, shot.fps)))
        else:
            events.extend((c.t, 1, _cue_text(c)) for c in run)
    events.sort(key=lambda e: (e[0], e[1]))
    start = parse_timecode(shot.timecode, shot.fps) if shot.timecode else None
    rows: list[Row] = []
    for t, _, text in events:
        if rows and abs(t - rows[-1].t) <= EPS:
            rows[-1].events.append(text)
            continue
        frame = t * shot.fps
        tc = None
        if start is not None:
            tc = format_timecode(start.frames + math.floor(frame + 1e-6), shot.fps, start.drop)
        rows.append(Row(t, frame, tc, [text]))
    return rows


def _cue_runs(cues: Sequence[Cue]) -> list[list[Cue]]:
    """Cues grouped by the [[cue]] entry they were expanded from (its `kind` line), in time order."""
    runs: dict[tuple[int, str], list[Cue]] = {}
    for cue in cues:
        runs.setdefault((cue.loc.line, cue.kind), []).append(cue)
    return list(runs.values())


def _cue_text(cue: Cue) -> str:
    text = _KIND_TEXT.get(cue.kind, cue.kind)
    label = f" {cue.label!r}" if cue.label else ""
    width = f", {cue.width * 1000:.1f} ms" if cue.width else ""
    return f"{text}{label} line {cue.line}{width}"


def _summary(run: list[Cue], fps: float) -> str:
    first = run[0]
    interval = run[1].t - first.t
    frames = interval * fps
    if abs(frames - round(frames)) < 1e-6:
        n = round(frames)
        every = f"every {n} frame{'s' if n != 1 else ''}"
    else:
        every = f"every {interval:.3f} s"
    label = f" {first.label!r}" if first.label else ""
    width = f", {first.width * 1000:.1f} ms" if first.width else ""
    kind = _KIND_TEXT.get(first.kind, first.kind)
    return f"{kind}{label} x{len(run)} {every}, line {first.line}{width}, {first.t:.3f}..{run[-1].t:.3f} s"


def _frame_text(frame: float) -> str:
    whole = round(frame)
    return str(whole) if abs(frame - whole) < 1e-6 else f"{frame:.2f}"


def format_timeline(rows: Sequence[Row], max_rows: int = 60) -> str:
    """The rows as an aligned text table; past ``max_rows`` the middle is cut to one line."""
    shown: list[Row | None] = list(rows)
    head = tail = 0
    if len(rows) > max_rows:
        head = max(1, (max_rows - 1) // 2)
        tail = max(1, max_rows - 1 - head)
        shown = [*rows[:head], None, *rows[-tail:]]
    with_tc = any(r.timecode for r in rows)
    header = ["time s", "frame"] + (["timecode"] if with_tc else []) + ["event"]
    table: list[list[str] | str] = [header]
    for row in shown:
        if row is None:
            table.append(f"... {len(rows) - head - tail} more rows ...")
            continue
        cells = [f"{row.t:.3f}", _frame_text(row.frame)]
        if with_tc:
            cells.append(row.timecode or "")
        cells.append("; ".join(row.events))
        table.append(cells)
    widths = [max(len(r[i]) for r in table if isinstance(r, list)) for i in range(len(header) - 1)]
    lines = []
    for r in table:
        if isinstance(r, str):
            lines.append(r)
            continue
        # numbers align right, the timecode and the event text left
        cells = [r[0].rjust(widths[0]), r[1].rjust(widths[1])]
        if with_tc:
            cells.append(r[2].ljust(widths[2]))
        cells.append(r[-1])
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
