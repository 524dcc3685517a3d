"""The shot data model shared by the shot modules: what a shot file says, after validation.

Times are seconds from the shot's start (t = 0), positions are in the axis unit (degrees
for gimbal axes, millimetres for linear ones). Every element remembers where it came from
(``Loc``), so a later stage (planning, limit checks, the board's refusal) can still point
at the file, line and field that caused it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import BadInput

# Interpolation of the segment that STARTS at a keyframe (the last keyframe's is unused).
#   linear    constant velocity between the two keys
#   cubic     smooth through the keys: velocity and acceleration continuous (no overshoot
#             between monotone keys)
#   ease_in   leaves its first key from rest;  ease_out  arrives at its second key at rest
#   ease      both (ease in and out)
#   hold      stays at the first key's position until the second key's time (a step is
#             refused: the next key must have the same position)
INTERPOLATIONS = ("linear", "cubic", "ease_in", "ease_out", "ease", "hold")

# Camera events. Each drives one trigger line (CueKind -> default line below):
#   record_start / record_stop   the record line goes high / low (a level, held)
#   shutter                      the shutter line is high for `exposure` seconds
#   marker                       a short pulse on the marker line (`width`, default 20 ms)
#   focus_pulse                  a pulse on the focus line (`width`, default 100 ms)
CUE_KINDS = ("record_start", "record_stop", "shutter", "marker", "focus_pulse")
LINES = {"shutter": 0, "focus": 1, "record": 2, "marker": 3}  # default trigger line per role
CUE_LINE_ROLE = {
    "record_start": "record",
    "record_stop": "record",
    "shutter": "shutter",
    "marker": "marker",
    "focus_pulse": "focus",
}
MARKER_WIDTH = 0.020
FOCUS_WIDTH = 0.100

MODES = ("video", "stopmotion")  # real-time play, or shoot-move-shoot


@dataclass(frozen=True)
class Loc:
    """Where a value came from: file, 1-based line, and the field's dotted path."""

    file: str
    line: int
    field: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}"


@dataclass(frozen=True)
class Key:
    """One keyframe of one axis."""

    t: float  # seconds from the shot's start (a `frame = N` key has t = N / fps)
    pos: float  # axis unit
    interp: str  # of the segment that starts here (INTERPOLATIONS)
    loc: Loc


@dataclass(frozen=True)
class Track:
    """The keyframes of one axis, in time order (at least one)."""

    axis: str
    keys: tuple[Key, ...]
    loc: Loc


@dataclass(frozen=True)
class Cue:
    """One camera event, after repeats are expanded (a `count = 240` entry is 240 Cues)."""

    kind: str  # CUE_KINDS
    t: float  # seconds from the shot's start
    line: int  # trigger line
    width: float  # seconds the line is held high; 0 for record_start / record_stop (levels)
    label: str  # free text (markers), "" if none
    loc: Loc


@dataclass(frozen=True)
class StopMotion:
    """Shoot-move-shoot: per frame, move to the frame's position, settle, expose, confirm."""

    exposure: float  # s the shutter line is held
    settle: float  # s between arriving and opening the shutter
    interval: float  # s from one frame's shutter to the next's, at least (0: as fast as possible)
    confirm_timeout: float  # s to wait for the camera's confirmation before moving on
    frames: int  # frames to shoot (default: every frame of the shot's span at fps)
    loc: Loc


@dataclass(frozen=True)
class Shot:
    name: str
    fps: float
    timecode: str | None  # SMPTE "HH:MM:SS:FF" of t = 0, or None
    tracks: dict[str, Track]  # by axis name
    cues: tuple[Cue, ...]  # sorted by time
    lines: dict[str, int]  # trigger line per role (LINES, overridden by [camera])
    repeat: int  # plays of the whole shot (1 = once)
    pingpong: bool  # every other play runs backwards
    mode: str  # MODES
    stopmotion: StopMotion | None  # set when mode == "stopmotion"
    path: str  # the file it came from
    loc: Loc = field(default_factory=lambda: Loc("", 0, ""))

    @property
    def span(self) -> tuple[float, float]:
        """(first, last) keyframe time over every track."""
        first = min(tr.keys[0].t for tr in self.tracks.values())
        last = max(tr.keys[-1].t for tr in self.tracks.values())
        return first, last

    @property
    def duration(self) -> float:
        """Seconds of one play: from 0 to the last keyframe."""
        return self.span[1]


class ShotError(BadInput):
    """A shot that cannot be played, with where: ``file:line: field: what is wrong``.

    ``str()`` is the one line the CLI prints; the exit code is BadInput's (2)."""

    def __init__(self, loc: Loc | None, message: str) -> None:
        self.loc = loc
        self.message = message
        super().__init__(f"{loc}: {message}" if loc is not None else message)
