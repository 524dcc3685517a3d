"""Shot files: TOML text -> a validated Shot, where every error names its file, line and field.

    >>> shot = load_shot("whip_pan.toml", axes=("pan", "tilt", "roll", "slider", "focus"))

A bad file raises :class:`ShotErrors` (a ``ShotError``): ``str()`` is the first problem in
file order, one line, ``path:LINE: FIELD: what is wrong``; ``.errors`` holds every problem
found, one ShotError each, so a CLI can print them all. docs/shotfile.md is the format
reference.
"""

from __future__ import annotations

import difflib
import math
import os
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .model import (
    CUE_KINDS,
    CUE_LINE_ROLE,
    FOCUS_WIDTH,
    INTERPOLATIONS,
    LINES,
    MARKER_WIDTH,
    MODES,
    Cue,
    Key,
    Loc,
    Shot,
    ShotError,
    StopMotion,
    Track,
)
from .tomlpos import KeyLines, KeyPath, scan

FPS_MAX = 240.0
TRIGGER_LINES = range(4)  # the board's trigger lines 0..3
DEFAULT_INTERP = "cubic"
STOPMOTION_SETTLE = 0.2
STOPMOTION_INTERVAL = 0.0
STOPMOTION_CONFIRM = 1.0

# Times closer than this are the same instant: frame / fps and repeat sums are not exact.
EPS = 1e-9

TOP_KEYS = ("name", "fps", "timecode", "repeat", "pingpong", "mode", "camera", "axes", "cue", "stopmotion")
AXIS_KEYS = ("interp", "keys")
KEY_KEYS = ("t", "frame", "tc", "pos", "interp")
CUE_KEYS = ("kind", "t", "frame", "tc", "exposure", "width", "every", "every_s", "count", "label", "line")
STOPMOTION_KEYS = ("exposure", "settle", "interval", "confirm_timeout", "frames")
TIME_KEYS = ("t", "frame", "tc")
PULSE_KINDS = ("shutter", "marker", "focus_pulse")


class ShotErrors(ShotError):
    """Every problem found in one shot file; ``str()`` (and loc/message) is the first one."""

    def __init__(self, errors: Sequence[ShotError]) -> None:
        self.errors = list(errors)
        first = self.errors[0]
        super().__init__(first.loc, first.message)


def _single(loc: Loc | None, message: str) -> ShotErrors:
    return ShotErrors([ShotError(loc, message)])


# ---------------------------------------------------------------------------------------------
# SMPTE timecode


@dataclass(frozen=True)
class Timecode:
    """A SMPTE timecode as a frame count (``frames``) at the shot's rate.

    Timecode counts at the nominal rate (24 for 23.976, 30 for 29.97); drop-frame timecode
    (``;`` before the frames) skips labels so the count keeps to the clock at 29.97 / 59.94.
    """

    frames: int
    fps: float
    drop: bool

    def __str__(self) -> str:
        return format_timecode(self.frames, self.fps, self.drop)


_TIMECODE = re.compile(r"(\d\d):(\d\d):(\d\d)([:;])(\d{2,3})")


def nominal_rate(fps: float) -> int:
    """Frames per timecode second: the rate itself if whole, else rounded up (29.97 -> 30)."""
    whole = round(fps)
    return whole if abs(fps - whole) < 1e-6 else math.ceil(fps)


def drop_frames_per_minute(fps: float) -> int:
    """Labels drop-frame timecode skips each minute (2 at 29.97, 4 at 59.94); 0 if undefined."""
    for rate, drop in ((30000 / 1001, 2), (60000 / 1001, 4)):
        if abs(fps - rate) < 0.005:
            return drop
    return 0


def parse_timecode(text: str, fps: float) -> Timecode:
    """``"HH:MM:SS:FF"`` (or ``HH:MM:SS;FF``, drop-frame) at ``fps`` -> Timecode.

    Raises ValueError with a one-line reason."""
    m = _TIMECODE.fullmatch(text)
    if m is None:
        raise ValueError(f"timecode {text!r} is not HH:MM:SS:FF")
    hh, mm, ss, sep, ff = int(m[1]), int(m[2]), int(m[3]), m[4], int(m[5])
    nominal = nominal_rate(fps)
    if hh > 23 or mm > 59 or ss > 59:
        raise ValueError(f"timecode {text!r} is out of range (HH <= 23, MM <= 59, SS <= 59)")
    if ff >= nominal:
        raise ValueError(f"timecode {text!r}: frame {ff} must be below {nominal} at {fps:g} fps")
    count = ((hh * 60 + mm) * 60 + ss) * nominal + ff
    if sep == ":":
        return Timecode(count, fps, False)
    drop = drop_frames_per_minute(fps)
    if not drop:
        raise ValueError(
            f"timecode {text!r} is drop-frame (';'), which exists only at 29.97 and 59.94 fps, not {fps:g}"
        )
    if ss == 0 and ff < drop and mm % 10 != 0:
        raise ValueError(f"timecode {text!r} does not exist: drop-frame skips frames 0..{drop - 1} here")
    minutes = hh * 60 + mm
    return Timecode(count - drop * (minutes - minutes // 10), fps, True)


def format_timecode(frames: int, fps: float, drop: bool) -> str:
    """A frame count -> ``HH:MM:SS:FF`` (``;`` before FF when drop-frame); wraps at 24 h."""
    nominal = nominal_rate(fps)
    if drop:
        skip = drop_frames_per_minute(fps)
        per_ten = nominal * 600 - skip * 9
        per_minute = nominal * 60 - skip
        tens, rest = divmod(frames, per_ten)
        frames += skip * 9 * tens
        if rest >= skip:
            frames += skip * ((rest - skip) // per_minute)
    ff = frames % nominal
    seconds = frames // nominal
    sep = ";" if drop else ":"
    return f"{seconds // 3600 % 24:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}{sep}{ff:02d}"


# ---------------------------------------------------------------------------------------------
# loading


def load_shot(path: str | os.PathLike[str], axes: Sequence[str] | None = None) -> Shot:
    """Read and validate a shot file; ``axes`` (the board's axis names) refuses others."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise _single(None, f"{name}: no such shot file") from None
    except IsADirectoryError:
        raise _single(None, f"{name}: is a directory, not a shot file") from None
    except OSError as exc:
        raise _single(None, f"{name}: cannot read: {exc.strerror}") from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise _single(
            Loc(name, data.count(b"\n", 0, nul) + 1, "file"), "binary data (a NUL byte), not a TOML shot file"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _single(
            Loc(name, line, "file"),
            f"not UTF-8 text: byte 0x{data[exc.start]:02x} at column {column} (a binary file?)",
        ) from None
    return parse_shot(text, name, axes)


_TOML_WHERE = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$")


def parse_shot(text: str, path: str, axes: Sequence[str] | None = None) -> Shot:
    """Validate the shot file ``text`` (read from ``path``, which errors name) -> Shot."""
    if text.startswith("\ufeff"):  # a byte-order mark some editors write; TOML has no use for it
        text = text[1:]
    nul = text.find("\x00")
    if nul >= 0:
        raise _single(Loc(path, text.count("\n", 0, nul) + 1, "file"), "binary data (a NUL byte), not TOML")
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ShotErrors([_syntax_error(str(exc), text, path)]) from None
    if not doc:
        raise _single(
            Loc(path, 1, "file"), "empty shot file: it needs name, fps and at least one [axes.NAME] table"
        )
    reader = _Reader(path, scan(text), axes)
    shot = reader.read(doc)
    if reader.errors or shot is None:
        # sort() is stable: problems on one line keep the order they were found in
        raise ShotErrors(sorted(reader.errors, key=lambda e: e.loc.line if e.loc else 0))
    return shot


def _syntax_error(message: str, text: str, path: str) -> ShotError:
    """tomllib's "Invalid value (at line 3, column 7)" -> ``path:3: TOML syntax: invalid value ...``."""
    m = _TOML_WHERE.search(message)
    what = message[: m.start()] if m else message
    what = what[:1].lower() + what[1:]
    if m and m[1]:
        return ShotError(Loc(path, int(m[1]), "TOML syntax"), f"{what} (column {m[2]})")
    return ShotError(
        Loc(path, max(1, text.count("\n") + 1), "TOML syntax"), f"{what} (at the end of the file)"
    )


# ---------------------------------------------------------------------------------------------
# validation


def dotted(path: KeyPath) -> str:
    """("axes", "pan", "keys", 2, "t") -> "axes.pan.keys[2].t"."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            text = part if re.fullmatch(r"[A-Za-z0-9_-]+", part) else '"' + part.replace('"', '\\"') + '"'
            out += f".{text}" if out else text
    return out


def _what(value: Any) -> str:
    """A value's TOML type, for "expected X, got Y" messages."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, int | float):
        return f"{value!r} (a number)"
    if isinstance(value, str):
        return f"{value!r} (a string)"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return f"{value} (a date/time)"


def _close(name: str, allowed: Sequence[str]) -> str:
    match = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
    return f"; did you mean '{match[0]}'?" if match else f"; expected one of {', '.join(allowed)}"


def _secs(t: float) -> str:
    return f"{t:.3f} s"


@dataclass
class _When:
    """A time as written: which field (t / frame / tc), the raw value, and t in seconds."""

    field: str
    raw: Any
    t: float

    def __str__(self) -> str:
        if self.field == "t":
            return f"t={self.t:.3f} s"
        return f"{self.field} {self.raw} (t={self.t:.3f} s)"


@dataclass
class _Entry:
    """One [[cue]] table and the cues it expands to."""

    index: int
    kind: str
    when: _When
    line: int  # of its `kind`
    cues: list[Cue]  # expanded, but never more than the span holds plus the first that is late
    every_field: str  # "every" / "every_s" / "" (once)
    interval: float  # s between repeats (0 when once)
    width_field: str  # the key that set the pulse width ("" when defaulted)
    count: int  # as written


class _Reader:
    """Walks the parsed document, keeping values that pass and an error for each that fails."""

    def __init__(self, path: str, keylines: KeyLines, axes: Sequence[str] | None) -> None:
        self.path = path
        self.kl = keylines
        self.axes = tuple(axes) if axes is not None else None
        self.errors: list[ShotError] = []
        # paths an unknown key probably meant ('fsp' -> fps): their "missing" error would
        # only repeat what the did-you-mean line says
        self.typos: set[KeyPath] = set()
        self.fps: float | None = None
        self.start_tc: Timecode | None = None
        self.doc: dict[str, Any] = {}

    # -- plumbing --------------------------------------------------------------------------

    def loc(self, path: KeyPath) -> Loc:
        return Loc(self.path, self.kl.line_of(path), dotted(path))

    def line(self, path: KeyPath) -> int:
        return self.kl.line_of(path)

    def fail(self, path: KeyPath, message: str) -> None:
        self.errors.append(ShotError(self.loc(path), message))

    def known(self, table: dict[str, Any], at: KeyPath, allowed: Sequence[str]) -> None:
        for name in table:
            if name not in allowed:
                match = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
                if match:
                    self.typos.add(at + (match[0],))
                self.fail(at + (name,), f"unknown key '{name}'{_close(name, allowed)}")

    def get(self, table: dict[str, Any], path: KeyPath, kind: str, required: str = "") -> Any:
        """The value at ``path`` if it has TOML type ``kind``, else None (with an error).

        ``kind``: "number" (finite int or float, never a bool), "int", "str", "bool",
        "table". ``required``: what to say when it is missing (empty: optional)."""
        name = path[-1]
        if name not in table:
            if required and path not in self.typos:
                self.fail(path, f"missing required key '{name}' ({required})")
            return None
        value = table[name]
        if kind == "number":
            ok = isinstance(value, int | float) and not isinstance(value, bool)
            if ok and not math.isfinite(value):
                self.fail(path, f"{value} is not a finite number")
                return None
            expected = "a number"
        elif kind == "int":
            ok = isinstance(value, int) and not isinstance(value, bool)
            expected = "a whole number"
        elif kind == "str":
            ok, expected = isinstance(value, str), "a string"
        elif kind == "bool":
            ok, expected = isinstance(value, bool), "true or false"
        else:
            ok, expected = isinstance(value, dict), "a table"
        if not ok:
            self.fail(path, f"expected {expected}, got {_what(value)}")
            return None
        return value

    def number(
        self,
        table: dict[str, Any],
        path: KeyPath,
        *,
        above: float | None = None,
        least: float | None = None,
        most: float | None = None,
        unit: str = "",
        required: str = "",
    ) -> float | None:
        """A finite number within the bounds given (``above``: strictly greater)."""
        value = self.get(table, path, "number", required)
        if value is None:
            return None
        shown = f"{value:g}{unit}"
        if above is not None and not value > above:
            self.fail(path, f"must be > {above:g}{unit}, got {shown}")
        elif least is not None and value < least:
            self.fail(path, f"must be >= {least:g}{unit}, got {shown}")
        elif most is not None and value > most:
            self.fail(path, f"must be <= {most:g}{unit}, got {shown}")
        else:
            return float(value)
        return None

    def integer(
        self, table: dict[str, Any], path: KeyPath, *, least: int, most: int | None = None
    ) -> int | None:
        value = self.get(table, path, "int")
        if value is None:
            return None
        if value < least or (most is not None and value > most):
            bound = f"{least}..{most}" if most is not None else f">= {least}"
            self.fail(path, f"must be {bound}, got {value}")
            return None
        return int(value)

    def choice(self, table: dict[str, Any], path: KeyPath, allowed: Sequence[str], what: str) -> str | None:
        value = self.get(table, path, "str", "")
        if value is None:
            return None
        if value not in allowed:
            self.fail(path, f"unknown {what} '{value}'{_close(value, allowed)}")
            return None
        return str(value)

    def when(self, table: dict[str, Any], at: KeyPath) -> _When | None:
        """The one time a key or cue gives (t, frame or tc), in seconds from the shot's start."""
        given = [k for k in TIME_KEYS if k in table]
        if not given:
            if not any(at + (k,) in self.typos for k in TIME_KEYS):
                self.fail(at, "needs a time: one of t (s), frame or tc")
            return None
        if len(given) > 1:
            first_line = self.line(at + (given[0],))
            self.fail(
                at + (given[1],),
                f"both {given[0]} (line {first_line}) and {given[1]} are given; give exactly one of t, frame, tc",
            )
            return None
        field = given[0]
        path = at + (field,)
        if field == "t":
            t = self.number(table, path, least=0.0, unit=" s")
            return None if t is None else _When("t", t, t)
        if field == "frame":
            frame = self.get(table, path, "int")
            if frame is None:
                return None
            if frame < 0:
                self.fail(path, f"must be >= 0, got {frame}")
                return None
            # with a bad fps (already reported) a frame has no time
            return None if self.fps is None else _When("frame", frame, frame / self.fps)
        text = self.get(table, path, "str")
        if text is None or self.fps is None:
            return None
        if self.start_tc is None:
            if "timecode" not in self.doc:  # a bad one was reported where it is written
                self.fail(path, "a tc time needs the top-level timecode (the timecode of t = 0)")
            return None
        try:
            tc = parse_timecode(text, self.fps)
        except ValueError as exc:
            self.fail(path, str(exc))
            return None
        if tc.drop != self.start_tc.drop:
            self.fail(path, f"timecode {text!r} and the shot's {self.start_tc} mix drop-frame and non-drop")
            return None
        if tc.frames < self.start_tc.frames:
            ahead = (self.start_tc.frames - tc.frames) / self.fps
            self.fail(
                path,
                f"timecode {text} is {_secs(ahead)} before the shot's start timecode {self.start_tc} "
                f"(line {self.line(('timecode',))})",
            )
            return None
        return _When("tc", text, (tc.frames - self.start_tc.frames) / self.fps)

    # -- the document ----------------------------------------------------------------------

    def read(self, doc: dict[str, Any]) -> Shot | None:
        self.doc = doc
        self.known(doc, (), TOP_KEYS)
        name = self.get(doc, ("name",), "str", "the shot's name")
        if name is not None and not name.strip():
            self.fail(("name",), "the name is empty")
        self.fps = self.number(
            doc, ("fps",), above=0.0, most=FPS_MAX, required="frames per second, 0 < fps <= 240"
        )
        timecode = self.get(doc, ("timecode",), "str")
        if timecode is not None and self.fps is not None:
            try:
                self.start_tc = parse_timecode(timecode, self.fps)
            except ValueError as exc:
                self.fail(("timecode",), str(exc))
        repeat = self.integer(doc, ("repeat",), least=1)
        pingpong = self.get(doc, ("pingpong",), "bool")
        if repeat is None and "repeat" not in doc:
            repeat = 1
        if pingpong and repeat is not None and repeat < 2:
            self.fail(("pingpong",), f"pingpong needs repeat >= 2 (plays of the shot), got repeat = {repeat}")
        mode = self.choice(doc, ("mode",), MODES, "mode") if "mode" in doc else "video"
        lines = self.camera(doc)
        tracks = self.tracks(doc)
        end = max((tr.keys[-1].t for tr in tracks.values()), default=None)
        entries = self.cues(doc, lines, mode, end)
        if end is not None and not self.errors:
            # timing checks compare cues with each other and with the span: only meaningful
            # once every time in the file could be read
            self.span_check(entries, tracks, end)
            self.record_check(entries)
            if not self.errors:  # a record_start without its stop has no span to compare
                self.overlap_check(entries)
        stopmotion = self.stopmotion(doc, mode, end)
        if self.errors or name is None or self.fps is None or mode is None or end is None or repeat is None:
            return None
        cues = sorted((c for e in entries for c in e.cues), key=lambda c: c.t)
        return Shot(
            name=name,
            fps=self.fps,
            timecode=timecode,
            tracks=tracks,
            cues=tuple(cues),
            lines=lines,
            repeat=repeat,
            pingpong=bool(pingpong),
            mode=mode,
            stopmotion=stopmotion,
            path=self.path,
            loc=Loc(self.path, self.line(("name",)), "name"),
        )

    def camera(self, doc: dict[str, Any]) -> dict[str, int]:
        lines = dict(LINES)
        camera = self.get(doc, ("camera",), "table")
        if camera is None:
            return lines
        self.known(camera, ("camera",), tuple(LINES))
        for role in LINES:
            line = self.integer(camera, ("camera", role), least=TRIGGER_LINES[0], most=TRIGGER_LINES[-1])
            if line is not None:
                lines[role] = line
        return lines

    def tracks(self, doc: dict[str, Any]) -> dict[str, Track]:
        axes = self.get(doc, ("axes",), "table", "one [axes.NAME] table per axis, each with keys = [...]")
        tracks: dict[str, Track] = {}
        if axes is None:
            return tracks
        if not axes:
            self.fail(("axes",), "no axes: add an [axes.NAME] table with keys = [...]")
        for name, table in axes.items():
            at: KeyPath = ("axes", name)
            if self.axes is not None and name not in self.axes:
                self.fail(at, f"unknown axis '{name}'; this board has {', '.join(self.axes)}")
                continue
            if not isinstance(table, dict):
                self.fail(at, f"expected a table ([axes.{name}] with keys = [...]), got {_what(table)}")
                continue
            track = self.track(name, table, at)
            if track is not None:
                tracks[name] = track
        return tracks

    def track(self, name: str, table: dict[str, Any], at: KeyPath) -> Track | None:
        self.known(table, at, AXIS_KEYS)
        default = DEFAULT_INTERP
        if "interp" in table:
            default = self.choice(table, at + ("interp",), INTERPOLATIONS, "interp") or DEFAULT_INTERP
        raw = table.get("keys")
        if raw is None:
            if at + ("keys",) in self.typos:
                return None
            self.fail(
                at + ("keys",), "missing required key 'keys' (the keyframes: [{ t = 0, pos = 0 }, ...])"
            )
            return None
        if not isinstance(raw, list) or not raw:
            got = "an empty array" if raw == [] else _what(raw)
            self.fail(at + ("keys",), f"expected at least one keyframe {{ t = ..., pos = ... }}, got {got}")
            return None
        keys: list[Key] = []
        kept: list[tuple[int, bool]] = []  # per kept key: its index, and whether interp came from the axis
        for i, item in enumerate(raw):
            kp = at + ("keys", i)
            if not isinstance(item, dict):
                self.fail(kp, f"expected a keyframe {{ t = ..., pos = ... }}, got {_what(item)}")
                continue
            self.known(item, kp, KEY_KEYS)
            when = self.when(item, kp)
            pos = self.number(item, kp + ("pos",), required="the axis position at this key")
            interp = default
            if "interp" in item:
                interp = self.choice(item, kp + ("interp",), INTERPOLATIONS, "interp")
            if when is None or pos is None or interp is None:
                continue
            key = Key(when.t, pos, interp, Loc(self.path, self.line(kp), dotted(kp + (when.field,))))
            if keys and key.t <= keys[-1].t + EPS:
                prev = keys[-1]
                self.fail(
                    kp + (when.field,),
                    f"{when} is not after the previous key's t={prev.t:.3f} s (line {prev.loc.line})",
                )
                continue
            keys.append(key)
            kept.append((i, "interp" not in item))
        for a, b, (index, from_axis) in zip(keys, keys[1:], kept, strict=False):
            if a.interp == "hold" and abs(b.pos - a.pos) > EPS:
                where = at + ("interp",) if from_axis else at + ("keys", index, "interp")
                self.fail(
                    where,
                    f"hold keeps the position until the next key, but the key at line {a.loc.line} is at "
                    f"{a.pos:g} and the next one (line {b.loc.line}) at {b.pos:g}; use another interp to move",
                )
        if len(keys) != len(raw):
            return None
        return Track(name, tuple(keys), Loc(self.path, self.line(at), dotted(at)))

    def cues(
        self, doc: dict[str, Any], lines: dict[str, int], mode: str | None, end: float | None
    ) -> list[_Entry]:
        raw = doc.get("cue")
        if raw is None:
            return []
        if not isinstance(raw, list) or not all(isinstance(c, dict) for c in raw):
            self.fail(("cue",), f"expected [[cue]] tables (an array of tables), got {_what(raw)}")
            return []
        entries = []
        for i, table in enumerate(raw):
            entry = self.cue(i, table, lines, mode, end)
            if entry is not None:
                entries.append(entry)
        return entries

    def cue(
        self, i: int, table: dict[str, Any], lines: dict[str, int], mode: str | None, end: float | None
    ) -> _Entry | None:
        at: KeyPath = ("cue", i)
        self.known(table, at, CUE_KEYS)
        kind = self.choice(table, at + ("kind",), CUE_KINDS, "cue kind") if "kind" in table else None
        if "kind" not in table and at + ("kind",) not in self.typos:
            self.fail(at + ("kind",), f"missing required key 'kind' ({', '.join(CUE_KINDS)})")
        when = self.when(table, at)
        if kind is None:
            return None
        if kind == "shutter" and mode == "stopmotion":
            self.fail(
                at + ("kind",), "stop-motion fires the shutter itself, once per frame: remove shutter cues"
            )
        # the pulse width: exposure for shutters, width for the other pulses, none for levels
        width_field = (
            "exposure" if kind == "shutter" else "width" if kind in ("marker", "focus_pulse") else ""
        )
        for other in ("exposure", "width"):
            if other in table and other != width_field:
                hint = f"; {kind} takes {width_field}" if width_field else f"; {kind} is a level, not a pulse"
                self.fail(at + (other,), f"{other} does not apply to a {kind} cue{hint}")
        width = 0.0
        if width_field:
            given = self.number(table, at + (width_field,), above=0.0, unit=" s")
            if given is not None:
                width = given
            elif width_field in table:
                return None
            elif kind == "shutter":
                width = 0.5 / self.fps if self.fps else 0.0
            else:
                width = MARKER_WIDTH if kind == "marker" else FOCUS_WIDTH
        every_field, interval, count = self.repeats(table, at)
        label = self.get(table, at + ("label",), "str")
        line = self.integer(table, at + ("line",), least=TRIGGER_LINES[0], most=TRIGGER_LINES[-1])
        if line is None:
            line = lines[CUE_LINE_ROLE[kind]]
        if when is None or count is None or end is None:
            return None
        kind_line = self.line(at + ("kind",))
        first = Loc(self.path, kind_line, f"cue[{i}].{when.field}")
        again = Loc(self.path, kind_line, f"cue[{i}].{every_field}")
        cues = []
        for n in range(count):
            t = when.t + n * interval
            cues.append(Cue(kind, t, line, width, label or "", first if n == 0 else again))
            if t + width > end + EPS:
                # `count = 1000000000` must not become a billion Cues: the first one past the
                # span's end is all the span check needs
                break
        given_width = width_field if width_field in table else ""
        return _Entry(i, kind, when, kind_line, cues, every_field, interval, given_width, count)

    def repeats(self, table: dict[str, Any], at: KeyPath) -> tuple[str, float, int | None]:
        """(every field, interval in s, count) of a cue; count None when something is wrong."""
        has_every, has_every_s = "every" in table, "every_s" in table
        if has_every and has_every_s:
            self.fail(at + ("every_s",), "give every (frames) or every_s (seconds), not both")
            return "", 0.0, None
        if not (has_every or has_every_s):
            if "count" in table:
                self.fail(at + ("count",), "count needs every (frames) or every_s (seconds) to repeat by")
                return "", 0.0, None
            return "", 0.0, 1
        field = "every" if has_every else "every_s"
        if has_every:
            frames = self.integer(table, at + ("every",), least=1)
            interval = None if frames is None or self.fps is None else frames / self.fps
        else:
            interval = self.number(table, at + ("every_s",), above=0.0, unit=" s")
        if "count" not in table:
            self.fail(at + ("count",), f"missing required key 'count' (how many cues {field} makes, >= 1)")
            return field, 0.0, None
        count = self.integer(table, at + ("count",), least=1)
        if interval is None or count is None:
            return field, 0.0, None
        return field, interval, count

    def stopmotion(self, doc: dict[str, Any], mode: str | None, end: float | None) -> StopMotion | None:
        at: KeyPath = ("stopmotion",)
        present = "stopmotion" in doc
        if mode == "stopmotion" and not present:
            self.fail(("mode",), 'mode = "stopmotion" needs a [stopmotion] table (exposure, settle, ...)')
            return None
        if not present or mode is None:
            return None
        if mode != "stopmotion":
            self.fail(at, f'[stopmotion] applies only with mode = "stopmotion" (mode is "{mode}")')
            return None
        table = self.get(doc, at, "table")
        if table is None:
            return None
        self.known(table, at, STOPMOTION_KEYS)
        exposure = self.number(
            table, at + ("exposure",), above=0.0, unit=" s", required="s the shutter is open"
        )
        settle = self.number(table, at + ("settle",), least=0.0, unit=" s")
        interval = self.number(table, at + ("interval",), least=0.0, unit=" s")
        confirm = self.number(table, at + ("confirm_timeout",), above=0.0, unit=" s")
        frames = self.integer(table, at + ("frames",), least=1)
        if exposure is None or self.fps is None or end is None:
            return None
        return StopMotion(
            exposure=exposure,
            settle=STOPMOTION_SETTLE if settle is None else settle,
            interval=STOPMOTION_INTERVAL if interval is None else interval,
            confirm_timeout=STOPMOTION_CONFIRM if confirm is None else confirm,
            frames=frames if frames is not None else math.floor(end * self.fps + EPS) + 1,
            loc=self.loc(at),
        )

    # -- timing checks across cues ---------------------------------------------------------

    def span_check(self, entries: list[_Entry], tracks: dict[str, Track], end: float) -> None:
        """Every cue starts at or after 0 (its time was checked) and its pulse ends by the span's end."""
        last = max(tracks.values(), key=lambda tr: tr.keys[-1].t).keys[-1]
        where = f"the shot's end (t={end:.3f} s, its last keyframe, line {last.loc.line})"
        for e in entries:
            late = next((n for n, c in enumerate(e.cues) if c.t + c.width > end + EPS), None)
            if late is None:
                continue
            cue = e.cues[late]
            over = cue.t + cue.width - end
            ends = f"ends at t={cue.t + cue.width:.3f} s" if cue.width else f"is at t={cue.t:.3f} s"
            if late == 0:
                self.fail(("cue", e.index, e.when.field), f"the {e.kind} {ends}, {_secs(over)} after {where}")
            else:
                self.fail(
                    ("cue", e.index, "count"),
                    f"{e.kind} {late + 1} of {e.count} {ends}, {_secs(over)} after {where}; "
                    f"count = {late} fits",
                )

    def record_check(self, entries: list[_Entry]) -> None:
        """Per line, record_start and record_stop alternate, and recording stops by the end."""
        events = sorted(
            ((c.t, e, c) for e in entries for c in e.cues if e.kind in ("record_start", "record_stop")),
            key=lambda item: item[0],
        )
        running: dict[int, tuple[float, _Entry]] = {}
        told: set[int] = set()
        for t, e, cue in events:
            if e.index in told:
                continue
            since = running.get(cue.line)
            if e.kind == "record_start" and since is not None:
                told.add(e.index)
                self.fail(
                    ("cue", e.index, e.when.field),
                    f"record_start at t={t:.3f} s while line {cue.line} is already recording "
                    f"(record_start at t={since[0]:.3f} s, line {since[1].line})",
                )
            elif e.kind == "record_stop" and since is None:
                told.add(e.index)
                self.fail(
                    ("cue", e.index, e.when.field),
                    f"record_stop at t={t:.3f} s with no recording running on line {cue.line}",
                )
            elif e.kind == "record_start":
                running[cue.line] = (t, e)
            else:
                del running[cue.line]
        for line, (t, e) in running.items():
            if e.index not in told:
                self.fail(
                    ("cue", e.index, e.when.field),
                    f"record_start at t={t:.3f} s is never stopped: add a record_stop on line {line} "
                    "at or before the shot's end (a shot must not leave the camera recording)",
                )

    def overlap_check(self, entries: list[_Entry]) -> None:
        """Pulses and recordings on one line never overlap, nor touch: the line must fall between."""
        spans: dict[int, list[tuple[float, float, _Entry, int]]] = {}
        for e in entries:
            if e.kind in PULSE_KINDS:
                if e.count > 1 and e.cues[0].width >= e.interval - EPS:
                    # one clear message for the whole run instead of one per pair of repeats
                    by = f"every {self.every_text(e)}"
                    field = e.width_field or e.every_field
                    self.fail(
                        ("cue", e.index, field),
                        f"{'exposure' if e.kind == 'shutter' else 'width'} {e.cues[0].width * 1000:.1f} ms is not "
                        f"shorter than the repeat interval {e.interval * 1000:.1f} ms ({by}): the pulses on "
                        f"line {e.cues[0].line} would run together",
                    )
                    continue
                for n, c in enumerate(e.cues):
                    spans.setdefault(c.line, []).append((c.t, c.t + c.width, e, n))
        for line, level in self.recordings(entries).items():
            spans.setdefault(line, []).extend(level)
        told: set[tuple[int, int]] = set()
        for line, items in spans.items():
            items.sort(key=lambda s: s[0])
            held: tuple[float, float, _Entry, int] | None = None
            for item in items:
                t0, t1, e, n = item
                if held is not None and t0 < held[1] + EPS:
                    pair = (held[2].index, e.index)
                    if pair not in told:
                        told.add(pair)
                        self.fail(
                            ("cue", e.index, e.when.field if n == 0 else e.every_field),
                            self.overlap_text(item, held, line),
                        )
                if held is None or t1 > held[1]:
                    held = item

    def every_text(self, e: _Entry) -> str:
        if e.every_field == "every" and self.fps:
            frames = round(e.interval * self.fps)
            return f"{frames} frame{'s' if frames != 1 else ''} at {self.fps:g} fps"
        return _secs(e.interval)

    @staticmethod
    def recordings(entries: list[_Entry]) -> dict[int, list[tuple[float, float, _Entry, int]]]:
        """Per line, the spans the record level is held high (start -> stop, already paired)."""
        events = sorted(
            (
                (c.t, e, n, c.line)
                for e in entries
                for n, c in enumerate(e.cues)
                if e.kind in ("record_start", "record_stop")
            ),
            key=lambda item: item[0],
        )
        starts: dict[int, tuple[float, _Entry, int]] = {}
        out: dict[int, list[tuple[float, float, _Entry, int]]] = {}
        for t, e, n, line in events:
            if e.kind == "record_start":
                starts[line] = (t, e, n)
            elif line in starts:
                t0, e0, n0 = starts.pop(line)
                out.setdefault(line, []).append((t0, t, e0, n0))
        return out

    def overlap_text(
        self, item: tuple[float, float, _Entry, int], held: tuple[float, float, _Entry, int], line: int
    ) -> str:
        t0, _, e, _ = item
        h0, h1, he, _ = held
        what = "recording" if he.kind == "record_start" else f"{he.kind} pulse"
        mine = "record_start" if e.kind == "record_start" else f"{e.kind} pulse"
        return (
            f"{mine} at t={t0:.3f} s on line {line} starts before the {what} of cue[{he.index}] "
            f"(line {he.line}, t={h0:.3f}..{h1:.3f} s) has ended; one line needs a gap between pulses"
        )
