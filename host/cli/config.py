"""`orbitrig config get|set|export|import`: the board's axis configuration.

Values are shown and taken in the axis unit (degrees or mm, per second, per second squared,
per second cubed); the wire carries thousandths. The board validates every value and keeps
the configuration on its flash (written atomically); a refused value names the field and
its allowed range. Export writes JSON with one setting per line, and import reports a bad
value as FILE:LINE.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from orbitrig.protocol.messages import ConfigKey

from ..errors import BadInput, CommandRefused
from ..rig import SCALE, Rig
from ..rig import to_wire as rig_to_wire

AXIS_KEYS = [k for k in ConfigKey if k < ConfigKey.LINK_TIMEOUT]
BOARD_KEYS = [k for k in ConfigKey if k >= ConfigKey.LINK_TIMEOUT]
# settings whose wire value is thousandths of the axis unit (per s, s^2, s^3)
SCALED = {ConfigKey.MIN, ConfigKey.MAX, ConfigKey.HOME, ConfigKey.VMAX, ConfigKey.AMAX, ConfigKey.JMAX}
SUFFIX = {ConfigKey.VMAX: "/s", ConfigKey.AMAX: "/s²", ConfigKey.JMAX: "/s³"}


def to_user(key: ConfigKey, value: int) -> float | int:
    return value / SCALE if key in SCALED else value


def to_wire(key: ConfigKey, value: Any, where: str) -> int:
    """A setting's wire value; BadInput names ``where`` for a value that is not a finite
    number, does not fit the wire, or (unscaled keys) is not whole."""
    if key in SCALED:
        return rig_to_wire(value, where)
    wv = rig_to_wire(value, where, scale=1)
    if wv != value:
        raise BadInput(f"{where}: {value!r} must be a whole number")
    return wv


def split_name(text: str) -> tuple[str, ConfigKey]:
    axis, dot, key = text.partition(".")
    if not dot:
        raise BadInput(f"bad setting {text!r}: expected AXIS.KEY, e.g. pan.vmax or board.link_timeout")
    try:
        return axis, ConfigKey[key.upper()]
    except KeyError:
        known = ", ".join(k.name.lower() for k in ConfigKey)
        raise BadInput(f"unknown setting {key!r} in {text!r}; known: {known}") from None


def read_all(rig: Rig) -> dict[str, dict[str, float | int]]:
    """Every setting of every axis and of the board, in user units."""
    out: dict[str, dict[str, float | int]] = {}
    for a in rig.axes:
        out[a.name] = {k.name.lower(): to_user(k, rig.config_get(a.name, k.name)[0]) for k in AXIS_KEYS}
    out["board"] = {k.name.lower(): rig.config_get("board", k.name)[0] for k in BOARD_KEYS}
    return out


def _line_of(text: str, section: str, key: str) -> int:
    """The line of ``"key":`` inside ``"section": {`` in an exported file (1-based)."""
    lines = text.splitlines()
    in_section = False
    for n, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith(f'"{section}"'):
            in_section = True
        elif in_section and stripped.startswith(f'"{key}"'):
            return n
    return 1


STAGE_CHUNK = 20  # settings per CONFIG_STAGE frame: short frames pass a noisy line


def apply_all(rig: Rig, items: list[tuple[str, ConfigKey, int]]) -> int:
    """Set every (axis or "board", key, wire value) on the board together: the board checks
    them as one configuration and applies and saves all of them, or none (CONFIG_STAGE, then
    CONFIG_APPLY). Returns how many were applied."""
    from orbitrig.protocol.messages import Msg

    staged = []
    for axis, key, value in items:
        ax, k = rig._config_key(axis, key.name)
        staged.append({"axis": ax, "key": int(k), "value": value})
    for i in range(0, len(staged), STAGE_CHUNK):
        rig.link.request(
            Msg.CONFIG_STAGE, {"begin": 1 if i == 0 else 0, "items": staged[i : i + STAGE_CHUNK]}
        )
    rig.link.request(Msg.CONFIG_APPLY, {"count": len(staged)})
    for axis, key, value in items:
        if axis == "board" and key == ConfigKey.LINK_TIMEOUT:
            rig.link.set_watchdog(value)  # keepalives keep pace with the board's new watchdog
    return len(staged)


def import_file(rig: Rig, path: Path) -> int:
    """Apply a file written by export, all or nothing. Every value is checked against the
    board's ranges before anything is sent; returns the number of settings written."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise BadInput(f"{path}: {e.strerror or e}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise BadInput(
            f"{path}:{line}: not a text file (byte 0x{raw[e.start]:02x}): expected JSON from `config export`"
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise BadInput(f"{path}:{line}: not a text file (a NUL byte): expected JSON from `config export`")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise BadInput(f"{path}:{e.lineno}: not valid JSON: {e.msg}") from None
    if not isinstance(doc, dict):
        raise BadInput(f"{path}:1: expected an object of axes")
    wanted: dict[tuple[str, ConfigKey], tuple[int, int]] = {}  # -> (wire value, line)
    current: dict[tuple[str, ConfigKey], int] = {}
    for section, values in doc.items():
        if not isinstance(values, dict):
            raise BadInput(f"{path}:{_line_of(text, section, '')}: {section} must map settings to values")
        if section != "board":
            rig.axis(section)  # BadInput names the axes this board has
        for name, value in values.items():
            line = _line_of(text, section, name)
            where = f"{path}:{line}: {section}.{name}"
            try:
                key = ConfigKey[name.upper()]
            except KeyError:
                raise BadInput(f"{where}: unknown setting") from None
            wv = to_wire(key, value, where)
            cur, lo, hi = rig.config_get(section, key.name)
            if not lo <= wv <= hi:
                raise BadInput(f"{where} = {value} outside {to_user(key, lo)}..{to_user(key, hi)}")
            wanted[(section, key)] = (wv, line)
            current[(section, key)] = cur
    changed = [(sec, key, wv) for (sec, key), (wv, _line) in wanted.items() if current[(sec, key)] != wv]
    if not changed:
        return 0
    try:
        return apply_all(rig, changed)
    except CommandRefused as e:
        from .tools import user_reason

        raise BadInput(f"{path}: {user_reason(e.reason)} (nothing applied)") from None


@click.group()
def config() -> None:
    """Read and write the board's axis configuration (kept on the board's flash).

    \b
    Settings are AXIS.KEY (e.g. pan.vmax) or board.KEY. Per-axis keys: min, max, home
    (unit), vmax (unit/s), amax (unit/s²), jmax (unit/s³), invert, cal_lo, cal_hi (servo
    pulse us at min and max; stepper: cal_lo = steps per unit), estop_hold (servo: hold
    position on ESTOP). Board keys: link_timeout, jog_timeout (ms), require_home.
    """


def _port_opts(fn: Any) -> Any:
    from .main import port_options

    return port_options(fn)


@config.command("get")
@_port_opts
@click.argument("names", nargs=-1, metavar="[AXIS.KEY]...")
def config_get(port: str, timeout: float, names: tuple[str, ...]) -> None:
    """Show settings with their allowed ranges (all of them without arguments)."""
    from .main import _connect

    with _connect(port, timeout) as rig:
        wanted = [split_name(n) for n in names] or [(a.name, k) for a in rig.axes for k in AXIS_KEYS] + [
            ("board", k) for k in BOARD_KEYS
        ]
        for axis, key in wanted:
            value, lo, hi = rig.config_get(axis, key.name)
            unit = ""
            if key in SCALED and axis != "board":
                unit = rig.axis(axis).unit_symbol + SUFFIX.get(key, "")
            click.echo(
                f"{axis}.{key.name.lower():<14} {to_user(key, value):>12g} {unit:<6} "
                f"({to_user(key, lo):g} .. {to_user(key, hi):g})"
            )


@config.command("set")
@_port_opts
@click.argument("assignments", nargs=-1, required=True, metavar="AXIS.KEY=VALUE...")
def config_set(port: str, timeout: float, assignments: tuple[str, ...]) -> None:
    """Validate, apply and save settings, all or nothing, e.g. `pan.vmax=90 board.link_timeout=300`.

    The board checks the settings together (limits against each other and against where each
    axis stands) and applies all of them or none; a refusal names the setting and its range
    in the axis unit."""
    from .main import _connect
    from .tools import strict_number

    items: list[tuple[str, ConfigKey, float]] = []
    seen: set[tuple[str, ConfigKey]] = set()
    for item in assignments:
        name, eq, text = item.partition("=")
        if not eq:
            raise BadInput(f"bad assignment {item!r}: expected AXIS.KEY=VALUE")
        axis, key = split_name(name)
        if (axis, key) in seen:
            raise BadInput(f"{name} given twice: set each setting once")
        seen.add((axis, key))
        if not text.strip() or text != text.strip():
            raise BadInput(f"bad assignment {item!r}: {text!r} is not a number")
        try:
            value = strict_number(text, name)
        except BadInput as e:
            if "finite" in str(e):
                raise
            raise BadInput(f"bad assignment {item!r}: {text!r} is not a number") from None
        items.append((axis, key, value))
    with _connect(port, timeout, control=True) as rig:
        wire_items = [
            (axis, key, to_wire(key, value, f"{axis}.{key.name.lower()}")) for axis, key, value in items
        ]
        if len(wire_items) == 1:
            axis, key, wv = wire_items[0]
            rig.config_set(axis, key.name, wv)
        else:
            apply_all(rig, wire_items)
    for item in assignments:
        name, _, text = item.partition("=")
        click.echo(f"{name} = {text}")


@config.command("export")
@_port_opts
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="file (default stdout)")
def config_export(port: str, timeout: float, output: Path | None) -> None:
    """Write the whole configuration as JSON (one setting per line)."""
    from .main import _connect

    with _connect(port, timeout) as rig:
        doc = read_all(rig)
    text = json.dumps(doc, indent=2) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text)
        click.echo(f"wrote {sum(len(v) for v in doc.values())} settings to {output}", err=True)


@config.command("import")
@_port_opts
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def config_import(port: str, timeout: float, file: Path) -> None:
    """Apply a file written by export, all or nothing. Every value is range-checked before any is sent."""
    from .main import _connect

    with _connect(port, timeout, control=True) as rig:
        n = import_file(rig, file)
    click.echo(f"applied {n} changed settings from {file}")
