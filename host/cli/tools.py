"""What makes the CLI tell the truth: strict numbers, refusals in user units, how motion ended, Ctrl-C as STOP.

Kept apart from main.py so that `orbitrig --help` imports none of it, and so that the same
words reach the user whether a command went straight to the board or through a rig server.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import BadInput, CommandRefused, RigError

# A decimal number as a person writes it: no "1_0", no " 10", no "0x10", no "nan".
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
STATE_NAMES = ("BOOT", "DISARMED", "IDLE", "MOVING", "JOGGING", "RUNNING", "HOLD", "FAULT", "ESTOP")
ARMED_STATES = ("IDLE", "MOVING", "JOGGING", "RUNNING")
MOVING_STATES = ("MOVING", "JOGGING", "RUNNING")
NOT_HOMED = 0x04  # Flag.NOT_HOMED, without importing the protocol tables
FLAG_BITS = {
    0x01: "CONFIG_DEFAULTS",
    0x02: "LINK_LOST",
    0x04: "NOT_HOMED",
    0x08: "LIMIT",
    0x10: "WATCHDOG_RESET",
}
EXIT_INTERRUPTED = 130


class MotionIncomplete(RigError):
    """A move, homing or jog ended other than COMPLETE (stopped, limit, link loss, fault)."""

    exit_code = 10


class TargetBeyondLimit(CommandRefused):
    """A target outside an axis's soft limits: the same refusal (exit 6) at any magnitude."""


def check_jog(axis: Any, velocity: float) -> None:
    """Refuse a jog faster than the axis's vmax as the board does (exit 6), at any magnitude."""
    if abs(velocity) > axis.vmax:
        shown = f"{velocity:.3f}" if abs(velocity) < 1e9 else f"{velocity:.6g}"
        reason = f"{axis.name} jog velocity {shown} above vmax {axis.vmax:.3f}"
        raise TargetBeyondLimit(f"JOG refused: {reason}", 6, reason, 0)


def strict_number(text: str, where: str) -> float:
    """``text`` as a finite number, or BadInput naming ``where``."""
    if _special(text):
        raise BadInput(f"{where}: {float(text.strip())} is not a finite number")
    if not _NUMBER.fullmatch(text):
        raise BadInput(f"{where}: {text!r} is not a number (write e.g. 30, -12.5 or 1e3)")
    return float(text)


def _special(text: str) -> bool:
    return text.strip().lower().lstrip("+-") in ("nan", "inf", "infinity")


def parse_targets(items: Iterable[str], what: str = "target") -> dict[str, float]:
    """``("pan=30", "tilt=-5.5")`` -> ``{"pan": 30.0, "tilt": -5.5}``; one axis once."""
    out: dict[str, float] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name or name != name.strip():
            raise BadInput(f"bad {what} {item!r}: expected AXIS=VALUE, e.g. pan=30")
        if name in out:
            raise BadInput(
                f"axis {name} given twice ({name}={_g(out[name])} and {item}): name each axis once"
            )
        if not _NUMBER.fullmatch(value) and not _special(value):
            raise BadInput(f"bad {what} {item!r}: {value!r} is not a number (write e.g. 30, -12.5 or 1e3)")
        out[name] = strict_number(value, f"{name} {what}")
    return out


def _g(x: float) -> str:
    return f"{x:.6g}"


def check_targets(rig: Any, goal: Mapping[str, float]) -> None:
    """Refuse a target outside its axis's soft limits before anything is sent, in the board's
    own words (exit 6, the limit in the axis unit), whatever the magnitude."""
    for name, value in goal.items():
        a = rig.axis(name)
        shown = f"{value:.3f}" if abs(value) < 1e9 else f"{value:.6g}"
        if value < a.min:
            reason = f"{a.name} target {shown} below min {a.min:.3f}"
        elif value > a.max:
            reason = f"{a.name} target {shown} above max {a.max:.3f}"
        else:
            continue
        raise TargetBeyondLimit(f"MOVE_TO refused: {reason}", 6, reason, 0)


def flag_list(flags: int) -> list[str]:
    """The names of the flag bits set in ``flags`` (unknown bits as hex)."""
    return [name for bit, name in FLAG_BITS.items() if flags & bit] + [
        f"0x{1 << b:02x}" for b in range(8) if flags >> b & 1 and (1 << b) not in FLAG_BITS
    ]


def standing(state: str, flags: int) -> str:
    """``"IDLE (armed, homed)"``: the state with what a crew asks first."""
    armed = "armed" if state in ARMED_STATES else "disarmed"
    homed = "not homed" if flags & NOT_HOMED else "homed"
    return f"{state} ({armed}, {homed})"


def flags_text(flags: int) -> str:
    """The flags by name, or ``none``."""
    names = flag_list(flags)
    return ", ".join(names) if names else "none"


# --- refusals in the user's words ---------------------------------------------------------------
_PUBLIC = {"link_timeout_ms": "link_timeout", "jog_timeout_ms": "jog_timeout"}
# settings whose wire value is thousandths of the axis unit
_SCALED = ("min", "max", "home", "vmax", "amax", "jmax")
_CFG_RANGE = re.compile(r"^(\w+)\.(\w+) (-?\d+) outside (-?\d+)\.\.(-?\d+)$")
_CFG_PAIR = re.compile(r"^(\w+)\.(min|home) (-?\d+) (must be below|outside) (.*)$")
_CFG_AT = re.compile(r"^(\w+)\.(min|max) (-?\d+) would put the axis \(at (-?\d+)\) outside its limits$")
_CFG_EXCLUDES = re.compile(r"^(\w+)\.min\.\.max (-?\d+)\.\.(-?\d+) excludes the axis at (-?\d+)$")
_DURATION = re.compile(r"duration_ms (\d+)")
_NEEDS_MS = re.compile(r"needs (\d+) ms")
_JOG_VEL = re.compile(r"^(\w+) jog velocity (-?\d+) outside -(\d+)\.\.(\d+)$")


def _k(v: str) -> str:
    return _g(int(v) / 1000)


def user_reason(reason: str) -> str:
    """A board's refusal reason with wire integers turned into the axis unit and public names.

    >>> user_reason("pan.vmax 5000000 outside 1..2000000")
    'pan.vmax 5000 outside 0.001..2000'
    >>> user_reason("board.link_timeout_ms 20 outside 50..10000")
    'board.link_timeout 20 outside 50..10000 ms'
    >>> user_reason("pan.min..max 100000..170000 excludes the axis at 0")
    'pan.min..max 100..170 would put pan (now at 0) outside its limits'
    >>> user_reason("duration_ms 300 too short: tilt needs 440 ms")
    'duration 0.3 s too short: tilt needs 0.44 s'
    """
    m = _CFG_RANGE.match(reason)
    if m:
        axis, key, v, lo, hi = m.groups()
        if key in _SCALED:
            return f"{axis}.{key} {_k(v)} outside {_k(lo)}..{_k(hi)}"
        unit = " ms" if key.endswith("_ms") else ""
        return f"{axis}.{_PUBLIC.get(key, key)} {v} outside {lo}..{hi}{unit}"
    m = _CFG_AT.match(reason)
    if m:
        axis, key, v, at = m.groups()
        return f"{axis}.{key} {_k(v)} would put {axis} (now at {_k(at)}) outside its limits"
    m = _CFG_EXCLUDES.match(reason)
    if m:
        axis, lo, hi, at = m.groups()
        return f"{axis}.min..max {_k(lo)}..{_k(hi)} would put {axis} (now at {_k(at)}) outside its limits"
    m = _CFG_PAIR.match(reason)
    if m:
        axis, key, v, verb, rest = m.groups()
        rest = re.sub(r"-?\d+", lambda n: _k(n.group()), rest)
        return f"{axis}.{key} {_k(v)} {verb} {rest}"
    m = _JOG_VEL.match(reason)
    if m:
        axis, v, lo, hi = m.groups()
        return f"{axis} jog velocity {_k(v)} outside -{_k(lo)}..{_k(hi)} per second"
    reason = _DURATION.sub(lambda d: f"duration {int(d.group(1)) / 1000:g} s", reason)
    reason = _NEEDS_MS.sub(lambda d: f"needs {int(d.group(1)) / 1000:g} s", reason)
    for wire_name, public in _PUBLIC.items():
        reason = reason.replace(wire_name, public)
    return reason


# --- how motion ended ------------------------------------------------------------------------
WHY = {
    "STOPPED": "stopped (a STOP from this or another client)",
    "ESTOP": "ESTOP: outputs cut",
    "FAULT": "fault",
    "LIMIT": "a soft limit stopped it",
    "DROPPED": "dropped before it started (a STOP or fault emptied the queue)",
    "STARVED": "starved of data",
}


def ended(rig: Any, what: str, reason: str) -> None:
    """Raise MotionIncomplete for any ending but COMPLETE, naming the reason and where it is."""
    if reason == "COMPLETE":
        return
    why = WHY.get(reason, reason.lower())
    try:
        st = rig.status()
        if reason == "FAULT" and st.flags & 0x02:
            why = "link loss: the board's watchdog held the rig (state HOLD; `orbitrig clear` then `arm`)"
        where = positions(rig, st.pos)
    except RigError:
        where = "positions unknown"
    raise MotionIncomplete(f"{what} ended: {why}; {where}")


def positions(rig: Any, pos: Iterable[float], names: Iterable[str] | None = None) -> str:
    """``pan=12.000°, slider=3.000 mm``: the named axes (all by default) at ``pos``."""
    want = set(names) if names is not None else None
    parts = []
    for a, p in zip(rig.axes, pos, strict=False):
        if want is None or a.name in want:
            parts.append(f"{a.name}={p:.3f}{'°' if a.unit == 'DEG' else ' mm'}")
    return ", ".join(parts)


def stop_and_report(rig: Any, what: str, timeout: float = 30.0) -> str:
    """Ctrl-C: STOP the board, wait until it is still, return where each axis stopped."""
    try:
        rig.stop()
    except RigError as e:
        return f"{what} interrupted; STOP failed: {e}"
    deadline = time.monotonic() + timeout
    st = None
    while time.monotonic() < deadline:
        try:
            st = rig.status()
        except RigError as e:
            return f"{what} interrupted; STOP sent, then: {e}"
        if st.state not in MOVING_STATES:
            break
        rig.link.pump(0.05)
    if st is None:
        return f"{what} interrupted; STOP sent"
    return f"{what} interrupted: STOP sent, rig still ({st.state}) at {positions(rig, st.pos)}"
