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

from .errors import BadInput, CommandRefused
from .rig import SCALE, Rig
from .rig import to_wire as rig_to_wire

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


def import_file(rig: Rig, path: Path) -> int:
    """Apply a file written by export. Every value is checked against the board's ranges
    before anything is sent; returns the number of settings written."""
    try:
        text = path.read_text()
    except OSError as e:
        raise BadInput(f"{path}: {e.strerror or e}") from None
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
    steps: list[tuple[str, ConfigKey, int, int]] = []
    for section in doc:
        if section == "board":
            continue

        lo_new, lo_line = wanted.get((section, ConfigKey.MIN), (None, 0))  # type: ignore[assignment]
        hi_new, hi_line = wanted.get((section, ConfigKey.MAX), (None, 0))  # type: ignore[assignment]
        for key in (ConfigKey.MIN, ConfigKey.MAX):
            if (section, key) not in current:
                current[(section, key)] = rig.config_get(section, key.name)[0]
        lo_cur = current[(section, ConfigKey.MIN)]
        hi_cur = current[(section, ConfigKey.MAX)]
        lo_fin = lo_cur if lo_new is None else lo_new
        hi_fin = hi_cur if hi_new is None else hi_new
        home = wanted.get((section, ConfigKey.HOME))
        if lo_fin >= hi_fin:
            raise BadInput(f"{path}:{lo_line or hi_line}: {section}.min must be below {section}.max")
        # widen to the union, set home inside it, then narrow: never an invalid moment
        steps.append((section, ConfigKey.MIN, min(lo_cur, lo_fin), lo_line))
        steps.append((section, ConfigKey.MAX, max(hi_cur, hi_fin), hi_line))
        if home is not None:
            steps.append((section, ConfigKey.HOME, home[0], home[1]))
        steps.append((section, ConfigKey.MIN, lo_fin, lo_line))
        steps.append((section, ConfigKey.MAX, hi_fin, hi_line))
        for (sec, key), (wv, line) in wanted.items():
            if sec == section and key not in (ConfigKey.MIN, ConfigKey.MAX, ConfigKey.HOME):
                steps.append((sec, key, wv, line))
    steps += [(s, k, v, ln) for (s, k), (v, ln) in wanted.items() if s == "board"]
    done = 0
    last: dict[tuple[str, ConfigKey], int] = dict(current)
    for section, key, wv, line in steps:
        if last.get((section, key)) == wv:
            continue
        try:
            rig.config_set(section, key.name, wv)
        except CommandRefused as e:
            raise BadInput(f"{path}:{line}: {e.reason} ({done} settings applied before it)") from None
        last[(section, key)] = wv
        done += 1
    return done


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
    from .cli import port_options

    return port_options(fn)


@config.command("get")
@_port_opts
@click.argument("names", nargs=-1, metavar="[AXIS.KEY]...")
def config_get(port: str, timeout: float, names: tuple[str, ...]) -> None:
    """Show settings with their allowed ranges (all of them without arguments)."""
    with Rig.connect(port, timeout=timeout) as rig:
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
    """Validate, apply and save settings, e.g. `pan.vmax=90 board.link_timeout=300`."""
    with Rig.connect(port, timeout=timeout) as rig:
        for item in assignments:
            name, eq, text = item.partition("=")
            if not eq:
                raise BadInput(f"bad assignment {item!r}: expected AXIS.KEY=VALUE")
            axis, key = split_name(name)
            try:
                value = float(text)
            except ValueError:
                raise BadInput(f"bad assignment {item!r}: {text!r} is not a number") from None
            rig.config_set(axis, key.name, to_wire(key, value, name))
            click.echo(f"{name} = {text}")


@config.command("export")
@_port_opts
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="file (default stdout)")
def config_export(port: str, timeout: float, output: Path | None) -> None:
    """Write the whole configuration as JSON (one setting per line)."""
    with Rig.connect(port, timeout=timeout) as rig:
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
    """Apply a file written by export. Every value is range-checked before any is sent."""
    with Rig.connect(port, timeout=timeout) as rig:
        n = import_file(rig, file)
    click.echo(f"applied {n} changed settings from {file}")
