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
from typing import Any

import click

from .errors import BadInput, CommandRefused, RigError
from .rig import FLAG_MEANINGS, Rig

PORT_HELP = "board port: /dev/ttyACM0, an emulated board's /dev/pts/N, or a pySerial URL [env: ORBITRIG_PORT]"


class Seconds(click.FloatRange):
    """A number of seconds within a range; unlike FloatRange it refuses nan and inf."""

    name = "seconds"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        v = super().convert(value, param, ctx)
        if not math.isfinite(v):
            self.fail(f"{value!r} is not a finite number of seconds", param, ctx)
        return v


def port_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option(
        "--timeout",
        default=1.0,
        show_default=True,
        type=Seconds(0.01, 3600),
        help="seconds to wait for each answer",
    )(fn)
    fn = click.option("--port", "-p", envvar="ORBITRIG_PORT", required=True, help=PORT_HELP)(fn)
    return fn


def _connect(port: str, timeout: float) -> Rig:
    return Rig.connect(port, timeout=timeout)


def parse_targets(items: tuple[str, ...]) -> dict[str, float]:
    """``("pan=30", "tilt=-5.5")`` -> ``{"pan": 30.0, "tilt": -5.5}``; BadInput names the item."""
    out: dict[str, float] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise BadInput(f"bad target {item!r}: expected AXIS=VALUE, e.g. pan=30")
        try:
            out[name.strip()] = float(value)
        except ValueError:
            raise BadInput(f"bad target {item!r}: {value!r} is not a number") from None
    return out


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="orbitrig")
def cli() -> None:
    """orbitrig: drive camera-rig boards (gimbal and stepper axes, camera triggers).

    \b
    Quick start on an emulated board:
      orbitrig emulate                 # prints: orbitrig emulated board on /dev/pts/N
      orbitrig info -p /dev/pts/N
      orbitrig arm -p /dev/pts/N
      orbitrig move -p /dev/pts/N pan=30 tilt=-10 --duration 2
    """


@cli.command()
def ports() -> None:
    """List serial ports that may hold a board."""
    from serial.tools import list_ports

    found = sorted(list_ports.comports(), key=lambda p: p.device)
    if not found:
        click.echo("no serial ports found (for an emulated board, run `orbitrig emulate`)")
        return
    for p in found:
        click.echo(f"{p.device}\t{p.description}\t{p.hwid}")


@cli.command()
@click.option("--flash", type=click.Path(file_okay=False, path_type=Path), help="board filesystem dir")
@click.option("--blank", is_flag=True, help="start with a flash that holds no firmware")
@click.option("--safe-mode", is_flag=True, help="boot without running main.py (recovery)")
@click.option("--heap", default="256K", show_default=True, help="MicroPython heap size")
@click.option("--port-file", type=click.Path(dir_okay=False), help="write the port path here once up")
@click.option(
    "--flash-size",
    metavar="SIZE",
    help="give the board a littlefs2 flash of SIZE bytes (e.g. 256K) with real free space",
)
@click.option("--mcu", is_flag=True, help="the emulated microcontroller: QEMU Cortex-M3, firmware frozen in")
@click.option(
    "--icount", type=click.IntRange(0, 10), help="with --mcu: QEMU's deterministic clock, 2**N ns/instr"
)
def emulate(
    flash: Path | None,
    blank: bool,
    safe_mode: bool,
    heap: str,
    port_file: str | None,
    flash_size: str | None,
    mcu: bool,
    icount: int | None,
) -> None:
    """Run an emulated board: the real firmware on the MicroPython unix port behind a pty.

    Prints the port path; every other command accepts it with --port. The path stays the
    same across resets. Ctrl-C stops the board. The flash starts with a compiled build, as
    `orbitrig flash` leaves it; --blank starts with no firmware at all. --mcu runs the
    firmware frozen into MicroPython on QEMU's Cortex-M3 instead (docs/mcu.md; --heap does
    not apply to it).
    """
    if mcu or icount is not None:
        from .boards.mcu import emulate_cli

        sys.exit(emulate_cli(flash, blank, safe_mode, port_file, flash_size, icount))
    from .emulator import FLASH_IMAGE, EmulatorError, serve
    from .firmware import install_build

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
    """Show what the board is: build, protocol, reset cause, axes and limits."""
    with _connect(port, timeout) as rig:
        d = rig.describe()
    if as_json:
        click.echo(json.dumps(d, indent=2))
        return
    click.echo(f"board        {d['board']}  build {d['build_id']}")
    click.echo(f"protocol     v{d['protocol']}  schema {d['schema']}  window {d['rx_window']}")
    click.echo(f"reset cause  {d['reset_cause']}    tick {d['tick_hz']} Hz")
    click.echo(f"state        {d['state']}")
    for name in d["flags"]:
        click.echo(f"flag         {name}: {FLAG_MEANINGS.get(name, 'unknown flag')}")
    for a in d["axes"]:
        u = "deg" if a["unit"] == "DEG" else "mm"
        click.echo(
            f"  {a['name']:<8} {a['kind'].lower():<8} {a['min']:>9.3f} .. {a['max']:<9.3f} {u:<3}"
            f"  vmax {a['vmax']:g} {u}/s"
        )


@cli.command()
@port_options
@click.option("--count", "-n", default=10, show_default=True, type=click.IntRange(1, 1_000_000))
def ping(port: str, timeout: float, count: int) -> None:
    """Measure round-trip time to the board."""
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
    with _connect(port, timeout) as rig:
        rig.arm()
    click.echo("armed")


@cli.command()
@port_options
def disarm(port: str, timeout: float) -> None:
    """Release the outputs (IDLE -> DISARMED)."""
    with _connect(port, timeout) as rig:
        rig.disarm()
    click.echo("disarmed")


@cli.command()
@port_options
@click.argument("targets", nargs=-1, required=True, metavar="AXIS=VALUE...")
@click.option("--duration", "-d", type=float, help="seconds for the whole move (default: fastest)")
@click.option(
    "--speed", "-s", default=1.0, show_default=True, type=float, help="fraction of each axis's vmax"
)
@click.option(
    "--wait/--no-wait",
    default=True,
    show_default=True,
    help="wait until the move ends (with --no-wait the board holds the rig once no host has "
    "spoken for its link timeout, 250 ms by default)",
)
def move(
    port: str, timeout: float, targets: tuple[str, ...], duration: float | None, speed: float, wait: bool
) -> None:
    """Coordinated move: all named axes start and arrive together.

    Values are degrees for gimbal axes and millimetres for linear ones, e.g.
    `orbitrig move -p /dev/pts/3 pan=30 tilt=-10 --duration 2`.
    """
    goal = parse_targets(targets)
    with _connect(port, timeout) as rig:
        mid = rig.move_to(goal, duration=duration, speed=speed)
        click.echo(f"motion {mid} accepted")
        if wait:
            st = rig.wait_idle(timeout=(duration or 0) + 120)
            names = [a.name for a in rig.axes]
            shown = ", ".join(f"{n}={st.pos[names.index(n)]:.3f}" for n in goal if n in names)
            click.echo(f"motion {mid} done: {shown}")


@cli.command()
@port_options
def stop(port: str, timeout: float) -> None:
    """Controlled stop: every axis decelerates within its limits; queued moves are dropped."""
    with _connect(port, timeout) as rig:
        rig.stop()
    click.echo("stopping")


@cli.command()
@port_options
def estop(port: str, timeout: float) -> None:
    """Emergency stop: cut the outputs now. Latches until `orbitrig clear`."""
    with _connect(port, timeout) as rig:
        rig.estop()
    click.echo("ESTOP: outputs cut; run `orbitrig clear` then `orbitrig arm` to resume")


@cli.command()
@port_options
def clear(port: str, timeout: float) -> None:
    """Leave ESTOP, FAULT or HOLD. The board comes back DISARMED."""
    with _connect(port, timeout) as rig:
        rig.clear()
    click.echo("cleared: DISARMED")


@cli.command()
@port_options
@click.argument("target", metavar="AXIS=VELOCITY")
@click.option("--seconds", default=1.0, show_default=True, type=Seconds(0.05, 600))
def jog(port: str, timeout: float, target: str, seconds: float) -> None:
    """Jog one axis at a velocity (unit/s) for a while, then decelerate to a stop.

    The board stops a jog that is not refreshed within its deadman timeout (default
    200 ms); this command refreshes it every 50 ms, so closing it stops the axis.
    """
    import time as _time

    (name, vel), *rest = parse_targets((target,)).items()
    with _connect(port, timeout) as rig:
        jid = rig.jog(name, vel)
        end = _time.monotonic() + seconds
        try:
            while _time.monotonic() < end:
                rig.link.pump(0.05)
                rig.jog(name, vel, jog_id=jid)
        finally:
            rig.jog_end(jid)
        st = rig.wait_idle()
        i = rig.axis(name).index
        click.echo(f"jog {jid} ended: {name}={st.pos[i]:.3f}")


@cli.command()
@port_options
@click.argument("axes", nargs=-1, metavar="[AXIS]...")
def home(port: str, timeout: float, axes: tuple[str, ...]) -> None:
    """Home axes (all without arguments): steppers seek their switch, servos go home."""
    with _connect(port, timeout) as rig:
        mid = rig.home(list(axes) or None)
        reason = rig.wait_motion(mid, timeout=120)
        click.echo(f"homing (motion {mid}) {reason.lower()}")


@cli.command()
@port_options
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
def status(port: str, timeout: float, as_json: bool) -> None:
    """Show state, link counters and axis positions."""
    with _connect(port, timeout) as rig:
        st = rig.status()
        names = [a.name for a in rig.axes]
    if as_json:
        d = dict(st.__dict__)
        d["axes"] = {n: {"pos": p, "target": t} for n, p, t in zip(names, st.pos, st.target, strict=True)}
        del d["pos"], d["target"]
        click.echo(json.dumps(d, indent=2))
        return
    click.echo(
        f"state {st.state}  flags {st.flags:#04x}  motion {st.motion_id}  telemetry {st.telemetry_hz} Hz"
    )
    click.echo(f"link  rx {st.rx_frames} frames, {st.rx_bad} bad; tx {st.tx_frames} frames")
    for n, p, t in zip(names, st.pos, st.target, strict=True):
        click.echo(f"  {n:<8} {p:>10.3f}  target {t:.3f}")


@cli.command()
@port_options
@click.option("--rate", default=20, show_default=True, type=click.IntRange(1, 200), help="samples per second")
@click.option("--seconds", type=Seconds(0, 365 * 86400), help="stop after this long (default: until Ctrl-C)")
def monitor(port: str, timeout: float, rate: int, seconds: float | None) -> None:
    """Live telemetry: position and velocity of every axis."""
    from .monitor import run_monitor

    with _connect(port, timeout) as rig:
        run_monitor(rig, rate, seconds)


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
    from .flash import flash_board

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
        from .server.serve import run_server
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
@click.option("--pings", default=2000, show_default=True, type=click.IntRange(100, 1_000_000))
@click.option("--heap", default="256K", show_default=True, help="emulated board heap")
def bench(pings: int, heap: str) -> None:
    """Measure the link and codec on emulated boards; prints one JSON object."""
    from .bench import run_bench
    from .emulator import EmulatorError

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


from .configcli import config  # noqa: E402
from .logcli import log  # noqa: E402
from .shots.cli import shot  # noqa: E402

cli.add_command(log)
cli.add_command(config)
cli.add_command(shot)


def main(argv: list[str] | None = None) -> int:
    """Entry point: runs the CLI and turns every failure into one line and an exit code."""
    debug = os.environ.get("ORBITRIG_DEBUG") == "1"
    try:
        cli.main(args=argv, prog_name="orbitrig", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.ClickException as e:
        e.show()
        return e.exit_code
    except CommandRefused as e:
        hint = ""
        if "DISARMED" in e.reason:
            hint = " (run `orbitrig arm` first)"
        click.echo(f"orbitrig: {e}{hint}", err=True)
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
