"""The `orbitrig` command line: a thin table of commands over orbitrig.host.rig.Rig.

Every command that talks to a board takes ``--port`` (or $ORBITRIG_PORT): a device path
such as /dev/ttyACM0, the /dev/pts/N an emulated board prints, or a pySerial URL.
Failures print one line and exit non-zero; set ORBITRIG_DEBUG=1 for tracebacks.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import BadInput, CommandRefused, RigError

if TYPE_CHECKING:
    from ..rig import Rig

PORT_HELP = (
    "board port: /dev/ttyACM0, an emulated board's /dev/pts/N, a pySerial URL, or a rig server's "
    "http://HOST:PORT [env: ORBITRIG_PORT]"
)


class Seconds(click.FloatRange):
    """A number of seconds within a range; unlike FloatRange it refuses nan, inf, "1_0" and " 10"."""

    name = "seconds"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str):
            from .tools import _NUMBER

            if not _NUMBER.fullmatch(value) and value.strip().lower().lstrip("+-") not in (
                "nan",
                "inf",
                "infinity",
            ):
                self.fail(f"{value!r} is not a number of seconds (write e.g. 2 or 0.5)", param, ctx)
        v = super().convert(value, param, ctx)
        if not math.isfinite(v):
            self.fail(f"{value!r} is not a finite number of seconds", param, ctx)
        return v


class StrictNumber(click.ParamType):
    """A finite decimal number within a range: no "1_0", no " 10", no "nan"."""

    name = "number"

    def __init__(self, lo: float, hi: float, unit: str = "") -> None:
        self.lo, self.hi, self.unit = lo, hi, unit

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, float):
            return value
        from .tools import strict_number

        try:
            v = strict_number(str(value), param.name if param and param.name else "value")
        except BadInput as e:
            self.fail(str(e), param, ctx)
        if not self.lo <= v <= self.hi:
            self.fail(
                f"{v:g} outside {self.lo:g}..{self.hi:g}{' ' + self.unit if self.unit else ''}", param, ctx
            )
        return v


def _remember_rig(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    # Rig.connect reads it, so every command (config, shot, ...) checks the board's name
    if value:
        from ..rigname import check_name

        os.environ["ORBITRIG_RIG"] = check_name(value)
    return value


def port_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option(
        "--timeout",
        default=1.0,
        show_default=True,
        type=Seconds(0.01, 3600),
        help="seconds to wait for each answer",
    )(fn)
    fn = click.option(
        "--rig",
        metavar="NAME",
        envvar="ORBITRIG_RIG",
        expose_value=False,
        callback=_remember_rig,
        help="refuse a board (or server) whose rig name is not NAME; alone, finds the server of rig NAME",
        show_envvar=True,
    )(fn)
    fn = click.option("--port", "-p", envvar="ORBITRIG_PORT", help=PORT_HELP)(fn)
    return fn


def _port_of(port: str | None) -> str:
    """The port to use: the one given, or the one whose running server drives --rig NAME."""
    if port:
        return port
    rig = os.environ.get("ORBITRIG_RIG")
    if rig:
        from ..server.registry import find

        entry = find(name=rig)
        if entry is None:
            raise BadInput(f"--rig {rig}: no rig server for that rig runs here; give --port")
        return entry.port
    raise BadInput("no port: give --port/-p (or set $ORBITRIG_PORT); `orbitrig ports` lists them")


def _connect(port: str | None, timeout: float, *, control: bool = False) -> Rig:
    """Connect (through a rig server when one owns the port); ``control`` takes its lease."""
    from ..rig import Rig

    rig = Rig.connect(
        _port_of(port), timeout=timeout, rig=os.environ.get("ORBITRIG_RIG") or None, label="cli"
    )
    if control:
        try:
            rig.take_control()
        except BaseException:
            rig.close()
            raise
    return rig


def _server_for(port: str | None) -> Any:
    """The running rig server for this port (or --rig), for the quick HTTP path; None if none."""
    from ..server.client import locate

    return locate(_port_of(port), os.environ.get("ORBITRIG_RIG") or None)


def parse_targets(items: tuple[str, ...]) -> dict[str, float]:
    """``("pan=30", "tilt=-5.5")`` -> ``{"pan": 30.0, "tilt": -5.5}``; BadInput names the item."""
    from .tools import parse_targets as strict

    return strict(items)


def _interruptible(rig: Rig, what: str) -> Any:
    """A context in which Ctrl-C stops the rig, waits until it is still and exits 130."""
    import contextlib

    @contextlib.contextmanager
    def guard() -> Any:
        try:
            yield
        except KeyboardInterrupt:
            from .tools import stop_and_report

            click.echo(stop_and_report(rig, what), err=True)
            sys.exit(130)

    return guard()


class LazyGroup(click.Group):
    """A command group whose heavier sub-groups import only when used (`--help` imports none)."""

    LAZY = {
        "config": (
            "orbitrig.host.cli.config",
            "config",
            "The board's configuration: get, set, export, import.",
        ),
        "log": ("orbitrig.host.cli.log", "log", "Session logs: list, show, export (CSV in axis units)."),
        "shot": ("orbitrig.host.shots.cli", "shot", "Shots: check, play, report, compare, export, record."),
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY and cmd_name not in self.commands:
            import importlib

            module, attr, _ = self.LAZY[cmd_name]
            self.add_command(getattr(importlib.import_module(module), attr), cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        limit = formatter.width - 6 - max(len(n) for n in self.list_commands(ctx))
        for name in self.list_commands(ctx):
            if name in self.LAZY and name not in self.commands:
                rows.append((name, self.LAZY[name][2]))
            elif not self.commands[name].hidden:
                rows.append((name, self.commands[name].get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(
    cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(package_name="orbitrig")
def cli() -> None:
    """orbitrig: drive camera-rig boards (gimbal and stepper axes, camera triggers).

    \b
    Quick start on an emulated board:
      orbitrig emulate                 # prints: orbitrig emulated board on /dev/pts/N
      orbitrig info -p /dev/pts/N
      orbitrig arm -p /dev/pts/N
      orbitrig move -p /dev/pts/N pan=30 tilt=-10 --duration 2
    \b
    Many clients, one board: `orbitrig serve -p PORT` owns it; every command with that
    --port then goes through the server, and its console opens in a browser.
    """


@cli.command()
def ports() -> None:
    """List serial ports, emulated boards and running rig servers."""
    from serial.tools import list_ports

    from ..server.registry import emulators, servers

    found = sorted(list_ports.comports(), key=lambda p: p.device)
    click.echo("SERIAL PORT          DESCRIPTION")
    for p in found:
        click.echo(f"{p.device:<20} {p.description} ({p.hwid})")
    if not found:
        click.echo("(none)")
    click.echo("\nEMULATED BOARD       PID")
    emus = emulators()
    for e in emus:
        click.echo(f"{e['port']:<20} {e['pid']}")
    if not emus:
        click.echo("(none: `orbitrig emulate` starts one)")
    click.echo("\nRIG SERVER                     RIG          PORT                 PID")
    srvs = servers()
    for s in srvs:
        click.echo(f"{s.url:<30} {s.name or '-':<12} {s.port:<20} {s.pid}")
    if not srvs:
        click.echo("(none: `orbitrig serve -p PORT` starts one)")


@cli.command()
@click.option(
    "--flash",
    type=click.Path(file_okay=False, path_type=Path),
    help="board filesystem dir (default: kept between runs in ~/.local/state/orbitrig/emulated/)",
)
@click.option("--temp-flash", is_flag=True, help="a throwaway flash, removed when the board stops")
@click.option("--blank", is_flag=True, help="start with a flash that holds no firmware")
@click.option("--safe-mode", is_flag=True, help="boot without running main.py (recovery)")
@click.option("--heap", default="256K", show_default=True, help="MicroPython heap size")
@click.option("--port-file", type=click.Path(dir_okay=False), help="write the port path here once up")
@click.option(
    "--camera-lag",
    type=click.FloatRange(0, 10_000),
    default=35.0,
    show_default=True,
    help="simulated camera: ms from the shutter line rising to its flash-sync confirmation",
)
@click.option(
    "--camera-jitter",
    type=click.FloatRange(0, 1_000),
    default=2.0,
    show_default=True,
    help="simulated camera: up to this many ms more, repeatable pseudo-random",
)
@click.option(
    "--flash-size",
    metavar="SIZE",
    help="give the board a littlefs2 flash of SIZE bytes (e.g. 256K) with real free space",
)
@click.option("--mcu", is_flag=True, help="the emulated microcontroller: QEMU Cortex-M3, firmware frozen in")
@click.option(
    "--icount", type=click.IntRange(0, 10), help="with --mcu: QEMU's deterministic clock, 2**N ns/instr"
)
@click.option(
    "--pico", is_flag=True, help="the emulated Raspberry Pi Pico: the RP2040 image (its UF2) on rp2040js"
)
def emulate(
    flash: Path | None,
    temp_flash: bool,
    blank: bool,
    safe_mode: bool,
    heap: str,
    port_file: str | None,
    flash_size: str | None,
    mcu: bool,
    icount: int | None,
    pico: bool = False,
    camera_lag: float = 35.0,
    camera_jitter: float = 2.0,
) -> None:
    """Run an emulated board: the real firmware on the MicroPython unix port behind a pty.

    Prints the port path, and every reset with its cause; every other command accepts the
    port with --port. The path stays the same across resets. Ctrl-C stops the board. Its
    flash (configuration, builds) is kept between runs unless --temp-flash. A new flash
    starts with a compiled build, as `orbitrig flash` leaves it; --blank starts with no
    firmware at all. --mcu runs the
    firmware frozen into MicroPython on QEMU's Cortex-M3 instead (docs/mcu.md; --heap does
    not apply to it). --pico runs the Raspberry Pi Pico's image, its HAL driving the pins of an
    emulated RP2040, behind its USB CDC (docs/pico.md).
    """
    if flash is not None and temp_flash:
        raise BadInput("--flash and --temp-flash: choose one")
    if pico:
        from ..boards.pico import check_emulate_options

        check_emulate_options(mcu or icount is not None, blank, heap, flash_size)
    if flash is None and not temp_flash:
        from ..boards.boardstate import claim_flash

        kind = "pico" if pico else "mcu" if mcu or icount is not None else "board"
        flash, _lock = claim_flash(kind)  # held until exit
        click.echo(f"flash: {flash} (kept between runs; --temp-flash for a throwaway one)")
    if port_file is None:
        from ..server.registry import emulator_port_file

        port_file = str(emulator_port_file())  # `orbitrig ports` lists it; removed when the board stops
    if pico:
        from ..boards.pico import emulate_cli as pico_emulate

        sys.exit(pico_emulate(flash, safe_mode, port_file, camera_lag, camera_jitter))
    if mcu or icount is not None:
        from ..boards.mcu import emulate_cli

        sys.exit(emulate_cli(flash, blank, safe_mode, port_file, flash_size, icount))
    from ..boards.emulator import FLASH_IMAGE, EmulatorError, serve
    from ..deploy.firmware import install_build

    os.environ["ORBITRIG_CAMERA_LAG_US"] = str(round(camera_lag * 1000))  # the board inherits it
    os.environ["ORBITRIG_CAMERA_JITTER_US"] = str(round(camera_jitter * 1000))
    tmp = None
    if flash is None:
        tmp = tempfile.TemporaryDirectory(prefix="orbitrig-flash-")
        flash = Path(tmp.name)
    flash.mkdir(parents=True, exist_ok=True)
    fresh = not (flash / "main.py").exists() and not (flash / FLASH_IMAGE).exists()
    if not blank and fresh:
        install_build(flash)
    try:
        code = serve(flash=flash, safe_mode=safe_mode, heap=heap, port_file=port_file, flash_size=flash_size)
    except EmulatorError as e:
        raise RigError(str(e)) from None
    finally:
        if tmp is not None:
            tmp.cleanup()
    sys.exit(code)


@cli.command()
@port_options
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
def info(port: str, timeout: float, as_json: bool) -> None:
    """Show what the board is: build, protocol, reset cause, state (armed, homed), flags, axes and limits."""
    from ..rig import FLAG_MEANINGS
    from .tools import standing

    with _connect(port, timeout) as rig:
        d = rig.describe()
        st = rig.status()
        if rig.via_server:
            d["server"] = {k: rig.link.server.get(k) for k in ("name", "lease", "log")}  # type: ignore[attr-defined]
    d["armed"] = st.state in ("IDLE", "MOVING", "JOGGING", "RUNNING")
    d["homed"] = "NOT_HOMED" not in d["flags"]
    from ..boards.pico import chip_of

    d["chip"] = chip_of(d["board"])
    if as_json:
        click.echo(json.dumps(d, indent=2))
        return
    chip = f" ({d['chip']})" if d["chip"] else ""
    click.echo(f"board        {d['board']}{chip}  build {d['build_id']}")
    click.echo(f"protocol     v{d['protocol']}  schema {d['schema']}  window {d['rx_window']}")
    click.echo(f"reset cause  {d['reset_cause']}    tick {d['tick_hz']} Hz")
    click.echo(f"state        {standing(st.state, st.flags)}")
    for name in d["flags"]:
        click.echo(f"flag         {name}: {FLAG_MEANINGS.get(name, 'unknown flag')}")
    if "server" in d:
        holder = (d["server"]["lease"] or {}).get("holder") or "nobody"
        click.echo(f"server       rig {d['server']['name'] or '(no name)'}; control held by {holder}")
    for a in d["axes"]:
        u = "deg" if a["unit"] == "DEG" else "mm"
        click.echo(
            f"  {a['name']:<8} {a['kind'].lower():<8} {a['min']:>9.3f} .. {a['max']:<9.3f} {u:<3}"
            f"  vmax {a['vmax']:g} {u}/s"
        )


@cli.command("name")
@port_options
@click.argument("new_name", required=False, metavar="[NAME]")
@click.option("--clear", is_flag=True, help="remove the rig's name")
def name_cmd(port: str, timeout: float, new_name: str | None, clear: bool) -> None:
    """Show the rig's name, or set it: 1..16 of letters, digits, - _ . kept on the board.

    With a name set, `--rig NAME` on any command refuses every other board, and finds
    the rig server of that rig without --port."""
    from ..rigname import read_name, write_name

    if new_name is not None or clear:
        with _connect(port, timeout, control=True) as rig:
            write_name(rig, "" if clear else new_name or "")
        click.echo(f"rig name: {new_name}" if not clear else "rig name cleared")
        return
    with _connect(port, timeout) as rig:
        shown = read_name(rig)
    click.echo(shown or "(no name: set one with `orbitrig name NAME`)")


@cli.command()
@port_options
@click.option("--count", "-n", default=10, show_default=True, type=click.IntRange(1, 1_000_000))
def ping(port: str, timeout: float, count: int) -> None:
    """Measure round-trip time to the board (through a rig server: to the board via the server)."""
    with _connect(port, timeout) as rig:
        rtts = [rig.ping(i)[0] * 1e6 for i in range(count)]
    rtts.sort()
    p99 = rtts[min(len(rtts) - 1, int(len(rtts) * 0.99))]
    click.echo(
        f"{count} pings: median {statistics.median(rtts):.0f} us, min {rtts[0]:.0f} us, "
        f"p99 {p99:.0f} us, max {rtts[-1]:.0f} us"
    )


@cli.command()
@port_options
def arm(port: str, timeout: float) -> None:
    """Enable the outputs (DISARMED -> IDLE). Nothing moves until the board is armed."""
    with _connect(port, timeout, control=True) as rig:
        rig.arm()
    click.echo("armed")


@cli.command()
@port_options
def disarm(port: str, timeout: float) -> None:
    """Release the outputs (IDLE -> DISARMED)."""
    with _connect(port, timeout, control=True) as rig:
        rig.disarm()
    click.echo("disarmed")


@cli.command()
@port_options
@click.argument("targets", nargs=-1, required=True, metavar="AXIS=VALUE...")
@click.option(
    "--duration",
    "-d",
    type=StrictNumber(0.001, 600, "s"),
    help="seconds for the whole move, 0.001..600 (default: as fast as --speed allows)",
)
@click.option(
    "--speed",
    "-s",
    default=1.0,
    show_default=True,
    type=StrictNumber(0.001, 1),
    help="fraction of each axis's vmax, 0.001..1",
)
@click.option(
    "--wait/--no-wait",
    default=True,
    show_default=True,
    help="wait until the move ends; --no-wait needs a rig server (it keeps the link alive: "
    "without one the board holds the rig once no host has spoken for its link timeout)",
)
def move(
    port: str, timeout: float, targets: tuple[str, ...], duration: float | None, speed: float, wait: bool
) -> None:
    """Coordinated move: all named axes start and arrive together.

    Values are degrees for gimbal axes (pan, tilt, roll) and millimetres for linear ones
    (slider, focus), within each axis's soft limits (`orbitrig info` shows them), e.g.
    `orbitrig move -p /dev/pts/3 pan=30 tilt=-10 --duration 2`. Exits 10 naming the reason
    when the move ends other than complete; Ctrl-C stops the rig and exits 130.
    """
    from .tools import check_targets, ended, positions

    goal = parse_targets(targets)
    with _connect(port, timeout, control=True) as rig:
        if not wait and not rig.via_server:
            raise BadInput(
                "--no-wait needs a rig server (`orbitrig serve -p PORT`): without one the board holds the "
                "rig as soon as this command exits and stops feeding its link watchdog"
            )
        check_targets(rig, goal)
        with _interruptible(rig, "move"):
            mid = rig.move_to(goal, duration=duration, speed=speed)
            click.echo(f"motion {mid} accepted")
            if not wait:
                rig.link.detach()  # type: ignore[attr-defined]
                return
            reason = rig.wait_motion(mid, timeout=(duration or 0) + 120)
            ended(rig, f"motion {mid}", reason)
            st = rig.status()
            click.echo(f"motion {mid} done: {positions(rig, st.pos, goal)}")


def _quick(port: str | None, path: str, timeout: float) -> dict[str, Any] | None:
    """POST/GET one quick request to a running server for this port; None when there is none."""
    entry = _server_for(port)
    if entry is None:
        return None
    from ..server.client import call, check_rig

    data = call(entry, "GET" if path.endswith("status") else "POST", path, timeout=max(timeout, 1.0) + 1.0)
    check_rig(entry, os.environ.get("ORBITRIG_RIG") or None, data.get("name", entry.name))
    return data


@cli.command()
@port_options
def stop(port: str, timeout: float) -> None:
    """Controlled stop: every axis decelerates within its limits; queued moves are dropped.

    Works from any terminal, whoever holds control, through a running rig server."""
    if _quick(port, "/api/stop", timeout) is None:
        with _connect(port, timeout) as rig:
            rig.stop()
    click.echo("stopping")


@cli.command()
@port_options
def estop(port: str, timeout: float) -> None:
    """Emergency stop: cut the outputs now. Latches until `orbitrig clear`. Works from any terminal."""
    if _quick(port, "/api/estop", timeout) is None:
        with _connect(port, timeout) as rig:
            rig.estop()
    click.echo("ESTOP: outputs cut; run `orbitrig clear` then `orbitrig arm` to resume")


@cli.command()
@port_options
def clear(port: str, timeout: float) -> None:
    """Leave ESTOP, FAULT or HOLD. The board comes back DISARMED (an armed, idle rig has nothing to clear)."""
    with _connect(port, timeout, control=True) as rig:
        st = rig.status()
        if st.state == "IDLE":
            click.echo("nothing to clear: IDLE (armed)")
            return
        rig.clear()
    click.echo("cleared: DISARMED")


@cli.command()
@port_options
@click.argument("target", metavar="AXIS=VELOCITY")
@click.option(
    "--seconds", default=1.0, show_default=True, type=Seconds(0.05, 600), help="how long to jog, 0.05..600 s"
)
def jog(port: str, timeout: float, target: str, seconds: float) -> None:
    """Jog one axis at a velocity for a while, then decelerate to a stop.

    VELOCITY is degrees per second for gimbal axes and mm per second for linear ones, at
    most the axis's vmax; the sign is the direction. The board stops a jog that is not
    refreshed within its deadman timeout (default 200 ms); this command refreshes it every
    50 ms, so closing it stops the axis. A jog that runs into a soft limit says so and
    exits 10; Ctrl-C stops the rig and exits 130.
    """
    import time as _time

    from .tools import MotionIncomplete, check_jog, positions
    from .tools import parse_targets as strict_targets

    (name, vel), *rest = strict_targets((target,), "jog velocity").items()
    with _connect(port, timeout, control=True) as rig:
        a = rig.axis(name)
        check_jog(a, vel)
        rig.drain()
        with _interruptible(rig, "jog"):
            jid = rig.jog(name, vel)
            end = _time.monotonic() + seconds
            try:
                while _time.monotonic() < end:
                    rig.link.pump(0.05)
                    rig.jog(name, vel, jog_id=jid)
            finally:
                rig.jog_end(jid)
            st = rig.wait_idle()
        limit = [e for e in list(rig.link.events) if e.fields["kind"] == 4 and e.fields["a"] == a.index]
        where = positions(rig, st.pos, [name])
        if limit:
            side = "max" if vel > 0 else "min"
            raise MotionIncomplete(f"jog {jid} stopped at {a.name}'s soft limit ({side}): {where}")
        click.echo(f"jog {jid} ended: {where}")


@cli.command()
@port_options
@click.argument("axes", nargs=-1, metavar="[AXIS]...")
def home(port: str, timeout: float, axes: tuple[str, ...]) -> None:
    """Home axes (all without arguments): steppers seek their switch, servos go home.

    Exits 10 naming the reason when homing ends other than complete; Ctrl-C stops and exits 130."""
    from .tools import ended

    if len(set(axes)) != len(axes):
        raise BadInput(f"an axis is named twice in {' '.join(axes)}: name each axis once")
    with _connect(port, timeout, control=True) as rig:
        with _interruptible(rig, "homing"):
            mid = rig.home(list(axes) or None)
            reason = rig.wait_motion(mid, timeout=120)
        ended(rig, f"homing (motion {mid})", reason)
        click.echo(f"homing (motion {mid}) {reason.lower()}")


def status_view(fields: dict[str, Any], names: list[str], scale: float = 1.0) -> dict[str, Any]:
    """A STATUS (from a Rig, or a server's JSON with wire units and ``scale`` 1000) as the CLI shows it."""
    from .tools import flag_list

    state = fields["state"]
    if isinstance(state, int):
        from .tools import STATE_NAMES

        state = STATE_NAMES[state] if state < len(STATE_NAMES) else f"UNKNOWN({state})"
    axes = fields.get("axes")
    if axes is not None:
        pos = [x["pos"] / scale for x in axes]
        target = [x["target"] / scale for x in axes]
    else:
        pos, target = list(fields["pos"]), list(fields["target"])
    d = {k: v for k, v in fields.items() if k not in ("axes", "pos", "target", "state")}
    d["state"] = state
    d["flag_names"] = flag_list(fields["flags"])
    d["armed"] = state in ("IDLE", "MOVING", "JOGGING", "RUNNING")
    d["homed"] = not fields["flags"] & 0x04
    d["axes"] = {n: {"pos": p, "target": t} for n, p, t in zip(names, pos, target, strict=True)}
    return d


def print_status(d: dict[str, Any]) -> None:
    from .tools import flags_text, standing

    click.echo(
        f"state {standing(d['state'], d['flags'])}  flags {flags_text(d['flags'])}  motion {d['motion_id']}  "
        f"telemetry {d['telemetry_hz']} Hz"
    )
    click.echo(f"link  rx {d['rx_frames']} frames, {d['rx_bad']} bad; tx {d['tx_frames']} frames")
    for n, a in d["axes"].items():
        click.echo(f"  {n:<8} {a['pos']:>10.3f}  target {a['target']:.3f}")


@cli.command()
@port_options
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
def status(port: str, timeout: float, as_json: bool) -> None:
    """Show state (armed, homed), flags by name, link counters and axis positions."""
    data = _quick(port, "/api/status", timeout)
    if data is not None:
        names = [a["name"] for a in data["identify"]["axes"]]
        d = status_view(data["reply"]["fields"], names, 1000.0)
    else:
        with _connect(port, timeout) as rig:
            st = rig.status()
            names = [a.name for a in rig.axes]
        d = status_view(dict(st.__dict__), names)
    if as_json:
        click.echo(json.dumps(d, indent=2))
        return
    print_status(d)


@cli.command()
@port_options
@click.option(
    "--rate", default=20, show_default=True, type=click.IntRange(1, 200), help="samples per second, 1..200"
)
@click.option("--seconds", type=Seconds(0, 365 * 86400), help="stop after this long (default: until Ctrl-C)")
def monitor(port: str, timeout: float, rate: int, seconds: float | None) -> None:
    """Live telemetry: position (deg or mm) and velocity of every axis, the state (armed, homed)
    and flags by name. Through a rig server, any number of monitors watch one board."""
    from .watch import run_watch

    with _connect(port, timeout) as rig:
        run_watch(rig, rate, seconds)


@cli.command()
@port_options
@click.option("--dry-run", is_flag=True, help="print what would change on the board; send nothing")
@click.option("--json", "as_json", is_flag=True, help="print the flash report as JSON")
@click.option("--boot-timeout", default=10.0, show_default=True, help="seconds for the new build to answer")
def flash(port: str, timeout: float, dry_run: bool, as_json: bool, boot_timeout: float) -> None:
    """Build the firmware for the board and install it atomically.

    Compiles with mpy-cross for the board's architecture, sends only the files that differ,
    checks them on the board, switches on reboot and keeps the previous build until the new
    one answers HELLO. A running firmware hands over its port by itself. docs/flashing.md.
    """
    from ..deploy.flash import flash_board

    report = flash_board(
        port,
        timeout=timeout,
        boot_timeout=boot_timeout,
        dry_run=dry_run,
        progress=not as_json,
        say=None if as_json else click.echo,
    )
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    elif report.status == "flashed":
        click.echo(
            f"flashed  {report.new_build}: booted, answered HELLO, confirmed "
            f"({report.bytes_sent:,} bytes sent, {report.seconds:.2f} s)"
        )


@cli.command()
@click.option("--port", "-p", envvar="ORBITRIG_PORT", required=True, help=PORT_HELP)
@click.option(
    "--name", help="the rig's name: refuse a board named otherwise (a board with none is served as NAME)"
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="address to listen on (not loopback: a token is required)",
)
@click.option(
    "--http-port",
    default=8765,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="TCP port (0: any free one)",
)
@click.option(
    "--token-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="the API token (made if missing, mode 0600) [or env: ORBITRIG_TOKEN]; never printed",
)
@click.option(
    "--deadman",
    default=2.0,
    show_default=True,
    type=Seconds(0.2, 60),
    help="seconds of silence from the control holder before it loses control and the rig stops",
)
@click.option(
    "--timeout", default=1.0, show_default=True, type=Seconds(0.01, 3600), help="seconds per board answer"
)
@click.option(
    "--shots",
    "shots_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="folder of shot files for the console",
)
def serve(
    port: str,
    name: str | None,
    host: str,
    http_port: int,
    token_file: Path | None,
    deadman: float,
    timeout: float,
    shots_dir: Path | None,
) -> None:
    """Own a board and serve it to many clients: the CLI, scripts and the browser console.

    While it runs, every other `orbitrig` command with the same --port (or --rig NAME) goes
    through it; anyone may watch, STOP or ESTOP; motion needs the control lease. Open the
    printed address in a browser for the console. docs/server.md.
    """
    try:
        from ..server.serve import run_server
    except ImportError as e:
        raise RigError(
            f"orbitrig serve needs the server extra ({e.name} is missing): pip install 'orbitrig[server]'"
        ) from None
    sys.exit(
        run_server(
            port,
            name=name,
            host=host,
            http_port=http_port,
            token_file=token_file,
            deadman=deadman,
            timeout=timeout,
            shots_dir=shots_dir,
            say=click.echo,
        )
    )


@cli.command()
@port_options
@click.option("--back", is_flag=True, help="the other way: leave the REPL and run the firmware again")
def repl(port: str, timeout: float, back: bool) -> None:
    """Hand the board's port to the MicroPython REPL (stops and disarms the rig first).

    Then `mpremote connect PORT resume fs ls` (or any mpremote command with `resume`) works.
    `orbitrig repl --back -p PORT` (or Ctrl-D at the friendly REPL) runs the firmware again."""
    from ..errors import PortBusy
    from ..rig import Rig
    from ..server.client import locate
    from .tools import MOVING_STATES

    port = _port_of(port)
    entry = locate(port)
    if entry is not None:
        raise PortBusy(
            f"port busy: the rig server (pid {entry.pid}) at {entry.url} owns {port}; stop it first"
        )
    if back:
        _repl_back(port, timeout)
        return
    with Rig.connect(port, timeout=timeout, direct=True, rig=os.environ.get("ORBITRIG_RIG") or None) as rig:
        st = rig.status()
        if st.state in MOVING_STATES:
            rig.stop()
            st = rig.wait_idle(timeout=30)
        if st.state == "HOLD":
            rig.clear()
        elif st.state == "IDLE":
            rig.disarm()
        from orbitrig.protocol.messages import Msg

        rig.link.request(Msg.REPL)
    click.echo(f"the REPL has {port} now: mpremote connect {port} resume fs ls")
    click.echo(f"run the firmware again: orbitrig repl --back -p {port}")


def _repl_back(port: str, timeout: float) -> None:
    """Leave the raw REPL (Ctrl-B) and soft-reset from the friendly one (Ctrl-D): main.py runs."""
    import time as _time

    from ..link import open_port
    from ..rig import Rig

    ser = open_port(port)
    try:
        ser.write(b"\r\x02")
        _time.sleep(0.1)
        ser.write(b"\x04")
        ser.flush()
        _time.sleep(0.3)
    finally:
        ser.close()
    deadline = _time.monotonic() + max(5.0, timeout)
    while True:
        try:
            with Rig.connect(port, timeout=1.0, direct=True) as rig:
                info = rig.info
            break
        except RigError:
            if _time.monotonic() > deadline:
                raise
    assert info is not None
    click.echo(f"firmware {info.build_id} runs again on {port}")


@cli.command()
@click.option("--pings", default=2000, show_default=True, type=click.IntRange(100, 1_000_000))
@click.option("--heap", default="256K", show_default=True, help="emulated board heap")
def bench(pings: int, heap: str) -> None:
    """Measure the link and codec on emulated boards; prints one JSON object."""
    from ..bench.run import run_bench
    from ..boards.emulator import EmulatorError

    try:
        result = run_bench(pings=pings, heap=heap)
    except EmulatorError as e:
        raise RigError(str(e)) from None
    click.echo(json.dumps(result, indent=2))


@cli.command()
@click.option("--port", "-p", envvar="ORBITRIG_PORT", help="use this board instead of an emulated one")
def demo(port: str | None) -> None:
    """Start an emulated board, arm it, move the axes with live telemetry, stop it."""
    from .demo import run_demo

    run_demo(port)


def main(argv: list[str] | None = None) -> int:
    """Entry point: runs the CLI and turns every failure into one line and an exit code."""
    debug = os.environ.get("ORBITRIG_DEBUG") == "1"
    # through a rig server, a motion command typed here takes the control lease if it is free
    os.environ.setdefault("ORBITRIG_AUTO_CONTROL", "1")
    try:
        cli.main(args=argv, prog_name="orbitrig", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.UsageError as e:
        # one line: what is wrong, and where to read more (click's own form takes three)
        where = e.ctx.command_path if e.ctx is not None else "orbitrig"
        click.echo(f"Error: {e.format_message()} (see: {where} --help)", err=True)
        return e.exit_code
    except click.ClickException as e:
        click.echo(f"Error: {e.format_message()}", err=True)
        return e.exit_code
    except CommandRefused as e:
        from .tools import user_reason

        hint = ""
        if "DISARMED" in e.reason:
            hint = " (run `orbitrig arm` first)"
        text = str(e)
        if e.reason:
            text = text.replace(e.reason, user_reason(e.reason))
        click.echo(f"orbitrig: {text}{hint}", err=True)
        return e.exit_code
    except RigError as e:
        if debug:
            raise
        click.echo(f"orbitrig: {e}", err=True)
        return e.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # a traceback in front of a user is a bug: say what and where
        if debug:
            raise
        click.echo(
            f"orbitrig: internal error: {type(e).__name__}: {e} (ORBITRIG_DEBUG=1 shows a traceback)",
            err=True,
        )
        return 70
    return 0


if __name__ == "__main__":
    sys.exit(main())
