"""`orbitrig shot ...`: check, play, report, compare, export and record shots from the CLI.

Every command is a thin layer over orbitrig.host.shots; heavy imports (numpy, matplotlib)
happen inside the commands, so `orbitrig --help` stays fast.
"""

from __future__ import annotations

import datetime
import json
import math
import os
import sys
import time
from pathlib import Path
from typing import Any

import click

from ..errors import BadInput, RigError

SAMPLES = Path(__file__).resolve().parent / "samples"


class ToleranceExceeded(RigError):
    """Two runs of a shot differ by more than the allowed tolerance."""

    exit_code = 9


def shot_path(name: str) -> Path:
    """A shot file, or the name of a sample shot (`whip_pan`) shipped with orbitrig."""
    p = Path(name)
    if p.exists():
        return p
    sample = SAMPLES / (name if name.endswith(".toml") else name + ".toml")
    if "/" not in name and sample.exists():
        return sample
    known = ", ".join(sorted(q.stem for q in SAMPLES.glob("*.toml")))
    raise BadInput(f"no such shot file: {name} (sample shots: {known})")


def _state_dir(kind: str) -> Path:
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state).expanduser() / "orbitrig" / kind


def _load(name: str, axes: list[str] | None) -> Any:
    from .shotfile import ShotErrors, load_shot

    try:
        return load_shot(shot_path(name), axes=axes)
    except ShotErrors as e:
        for err in e.errors[1:]:
            click.echo(f"orbitrig: {err}", err=True)
        raise


def _limits(port: str | None, timeout: float) -> tuple[dict[str, Any], str, dict[str, Any] | None]:
    """(limits by axis, where they came from, the board's shot buffer state or None)."""
    from .plan import default_limits, limits_from_rig

    if not port:
        return default_limits(), "the board's default axes", None
    from ..rig import Rig

    with Rig.connect(port, timeout=timeout, log=False) as rig:
        info = rig.describe()
        return limits_from_rig(rig), f"{info['board']} board on {port}", rig.shot_state()


def _plan(shot: Any, limits: dict[str, Any], speed: float, reverse: bool) -> Any:
    from .plan import plan_shot

    return plan_shot(shot, limits, speed=speed, reverse=reverse)


def _speed(shot: Any, speed: float, duration: float | None) -> float:
    if duration is not None:
        if not (math.isfinite(duration) and duration > 0):
            raise BadInput(f"--duration {duration:g}: not a positive number of seconds")
        speed = shot.duration * max(1, shot.repeat) / duration
    if not (math.isfinite(speed) and 0.01 <= speed <= 100):
        raise BadInput(f"--speed {speed:g} outside 0.01..100")
    return speed


def _headroom(plan: Any) -> list[str]:
    import numpy as np

    rows = []
    for a, lim in plan.limits.items():
        if a not in plan.pos:
            continue
        u = lim.symbol
        pos = plan.pos[a]
        v = float(np.max(np.abs(plan.vel[a])))
        ac = float(np.max(np.abs(plan.acc[a])))
        j = float(np.max(np.abs(plan.jerk[a])))
        rows.append(
            f"  {a:<7} {pos.min():9.3f}..{pos.max():<9.3f}{u:<3} (limits {lim.min:g}..{lim.max:g})  "
            f"v {v:8.3f} {u}/s {100 * v / lim.vmax:3.0f}%  a {ac:9.3f} {u}/s² {100 * ac / lim.amax:3.0f}%  "
            f"j {j:10.3f} {u}/s³ {100 * j / lim.jmax:3.0f}%"
        )
    return rows


SPEED_OPTS = [
    click.option("--speed", type=float, default=1.0, show_default=True, help="time scale: 0.5 = half speed"),
    click.option("--duration", type=float, help="play the shot in this many seconds instead (sets --speed)"),
    click.option(
        "--reverse", is_flag=True, help="play backwards (every cue mirrored, record start/stop swapped)"
    ),
]


def speed_options(fn: Any) -> Any:
    for opt in reversed(SPEED_OPTS):
        fn = opt(fn)
    return fn


@click.group()
def shot() -> None:
    """Shots: camera moves with camera events, played on the board's own clock.

    \b
    A shot is a TOML file (docs/shotfile.md); FILE may also name a sample shot:
      orbitrig shot samples                       # the sample shots shipped with orbitrig
      orbitrig shot check whip_pan                # validate, plan, timeline and a PNG plot
      orbitrig shot play whip_pan -p /dev/pts/N   # upload, pre-roll, play, report
      orbitrig shot compare RUN1 RUN2 --tolerance 0.01
    """


@shot.command()
def samples() -> None:
    """List the sample shots and where they are."""
    for p in sorted(SAMPLES.glob("*.toml")):
        first = next((ln[1:].strip() for ln in p.read_text().splitlines() if ln.startswith("#")), "")
        click.echo(f"{p.stem:<16} {first}")
    click.echo(f"({SAMPLES})")


@shot.command()
@click.argument("file")
@click.option(
    "--port", "-p", envvar="ORBITRIG_PORT", help="check against this board's axes, limits and memory"
)
@click.option("--timeout", type=float, default=2.0, show_default=True, help="seconds to wait for the board")
@click.option(
    "--plot", "plot", type=click.Path(dir_okay=False, path_type=Path), help="PNG to write [FILE.plan.png]"
)
@click.option("--no-plot", is_flag=True, help="do not write the PNG")
@click.option("--rows", type=int, default=60, show_default=True, help="timeline rows to print at most")
@speed_options
def check(
    file: str,
    port: str | None,
    timeout: float,
    plot: Path | None,
    no_plot: bool,
    rows: int,
    speed: float,
    duration: float | None,
    reverse: bool,
) -> None:
    """Validate and plan FILE without moving anything.

    Prints the timeline and each axis's peak position, velocity, acceleration and jerk
    against its limits, and writes a PNG of the planned trajectories with the events marked.
    Every problem is one line naming the file, line and field (and for a limit: the axis,
    the time and by how much). Exit 0: playable; 2: not. With --port, the board's own limits
    and buffer are used, and nothing is sent that changes the board.
    """
    from .compile import compile_plan
    from .timeline import format_timeline, timeline_rows

    limits, source, shot_state = _limits(port, timeout)
    s = _load(file, list(limits))
    speed = _speed(s, speed, duration)
    t0 = time.perf_counter()
    plan = _plan(s, limits, speed, reverse)
    how = (f"  speed {speed:g}" if speed != 1 else "") + ("  reversed" if reverse else "")
    click.echo(
        f'shot "{s.name}"  {s.path}  {plan.duration:.3f} s  {s.fps:g} fps  {plan.ticks} ticks{how}  (limits: {source})'
    )
    units = {a: lim.unit for a, lim in limits.items()}
    click.echo(format_timeline(timeline_rows(s, units=units), max_rows=rows))
    click.echo("peaks against limits:")
    for line in _headroom(plan):
        click.echo(line)
    if not no_plot:
        from .plots import plot_plan

        out = plot or Path(Path(s.path).stem + ".plan.png")
        plot_plan(plan, out)
        click.echo(f"plot: {out}")
    if plan.violations:
        for v in plan.violations:
            click.echo(f"orbitrig: {v}", err=True)
        raise BadInput(f"{s.path}: not playable: {len(plan.violations)} limit problem(s) (listed above)")
    c = compile_plan(plan, list(limits))
    kb = len(c.words) * 4 / 1024
    if shot_state is not None:
        cap = shot_state["capacity"]
        fit = (
            "fits the board's buffer"
            if len(c.words) <= cap
            else f"streams through the board's {cap}-word buffer"
        )
        click.echo(
            f"board data: {len(c.words)} words ({kb:.1f} KB), {len(c.segments)} segments, {len(c.edges)} edges; {fit}"
        )
    else:
        click.echo(
            f"board data: {len(c.words)} words ({kb:.1f} KB), {len(c.segments)} segments, {len(c.edges)} edges"
        )
    click.echo(f"playable (planned and compiled in {time.perf_counter() - t0:.2f} s)")


def _when(at: str | None, in_s: float | None) -> float:
    """Host monotonic time of the start from --at (wall clock, today) or --in (seconds)."""
    if at is not None and in_s is not None:
        raise BadInput("give --at or --in, not both")
    if at is not None:
        try:
            hms = datetime.time.fromisoformat(at)
        except ValueError:
            raise BadInput(f"--at {at!r}: expected a wall-clock time HH:MM:SS[.ffffff]") from None
        now = datetime.datetime.now()
        target = datetime.datetime.combine(now.date(), hms)
        lead = (target - now).total_seconds()
        if not 0.2 <= lead <= 500:
            raise BadInput(f"--at {at}: {lead:.1f} s from now; it must be 0.2..500 s ahead")
        return time.monotonic() + lead
    lead = 1.0 if in_s is None else in_s
    if not (math.isfinite(lead) and 0.2 <= lead <= 500):
        raise BadInput(f"--in {lead:g}: must be 0.2..500 s")
    return time.monotonic() + lead


class _Keys:
    """Single keys from a terminal while a shot plays (cbreak mode, restored on every exit)."""

    def __init__(self) -> None:
        self.on = sys.stdin.isatty()
        self._saved: Any = None

    def __enter__(self) -> _Keys:
        if self.on:
            import termios
            import tty

            self._saved = termios.tcgetattr(sys.stdin)
            tty.setcbreak(sys.stdin)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._saved is not None:
            import termios

            termios.tcsetattr(sys.stdin, termios.TCSADRAIN, self._saved)

    def read(self) -> str:
        if not self.on:
            return ""
        import select

        if select.select([sys.stdin], [], [], 0)[0]:
            return sys.stdin.read(1).lower()
        return ""


class _Progress:
    """One status line while the shot plays (rewritten on a terminal, once a second if not)."""

    def __init__(self, shot: Any) -> None:
        self.shot = shot
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, p: Any) -> None:
        now = time.monotonic()
        if now - self.last < (0.1 if self.tty else 1.0):
            return
        self.last = now
        from .shotfile import format_timecode, parse_timecode

        tc = ""
        if self.shot.timecode:
            start = parse_timecode(self.shot.timecode, self.shot.fps)
            tc = "  " + format_timecode(start.frames + int(p.frame), self.shot.fps, start.drop)
        nxt = f"  next: {p.next_cue}" if p.next_cue else ""
        text = f"  frame {int(p.frame)}{tc}  {p.t:7.3f} s  ({100 * p.tick / max(1, p.ticks):3.0f}%){nxt}"
        if self.tty:
            click.echo("\r" + text.ljust(79)[:79], err=True, nl=False)
        else:
            click.echo(text, err=True)

    def end(self) -> None:
        if self.tty:
            click.echo("", err=True)


@shot.command()
@click.argument("file")
@click.option(
    "--port",
    "-p",
    "ports",
    multiple=True,
    envvar="ORBITRIG_PORT",
    required=True,
    help="board port; repeat it to start the shot on several boards at the same instant",
)
@click.option("--at", help="start at this wall-clock time today, HH:MM:SS[.ffffff]")
@click.option("--in", "in_s", type=float, help="start this many seconds from now [1]")
@speed_options
@click.option("--return", "go_back", is_flag=True, help="move back to the shot's start afterwards")
@click.option(
    "--report", "report_dir", type=click.Path(file_okay=False, path_type=Path), help="report folder"
)
@click.option("--timeout", type=float, default=2.0, show_default=True, help="seconds to wait for each answer")
def play(
    file: str,
    ports: tuple[str, ...],
    at: str | None,
    in_s: float | None,
    speed: float,
    duration: float | None,
    reverse: bool,
    go_back: bool,
    report_dir: Path | None,
    timeout: float,
) -> None:
    """Play FILE on the board's clock: upload, pre-roll to the first keyframe, start, report.

    The board must be armed (and its steppers homed). The shot starts at an agreed board
    time (--at / --in, default 1 s from now); with several --port options every board
    starts at the same instant through its own clock estimate, and the measured skew is
    printed. Ctrl-C (or another client's STOP) brakes every axis under control. After the
    play a report (run.json, stats.json, report.png) is written; exit 0 only when the shot
    played to its end.
    """
    from ..rig import Rig
    from .compile import compile_plan
    from .player import Player, ShotFailed, follow_all, start_together
    from .report import run_stats, write_report

    rigs: list[Any] = []
    players: list[Player] = []
    progress = None
    try:
        for port in ports:
            rig = Rig.connect(port, timeout=timeout)
            rigs.append(rig)
            rig.take_control()  # through a rig server: the shot needs its control lease
        shots = []
        for rig in rigs:
            from .plan import limits_from_rig

            limits = limits_from_rig(rig)
            s = _load(file, list(limits))
            spd = _speed(s, speed, duration)
            plan = _plan(s, limits, spd, reverse)
            if plan.violations:
                for v in plan.violations:
                    click.echo(f"orbitrig: {v}", err=True)
                raise BadInput(
                    f"{s.path}: not playable on {rig.link.url}: {len(plan.violations)} limit problem(s)"
                )
            shots.append(s)
            players.append(Player(rig, compile_plan(plan, [a.name for a in rig.axes])))
        s = shots[0]
        for p in players:
            p.upload()
            kind = "streamed" if p.stream else "loaded"
            click.echo(
                f"{p.rig.link.url}: {kind} {len(p.c.words)} words ({p.c.ticks / p.c.plan.hz:.3f} s)", err=True
            )
        for p in players:
            p.preroll()
        host_t = _when(at, in_s)
        lead = host_t - time.monotonic()
        start_t, syncs = start_together(players, lead)
        click.echo(f'playing "{s.name}" on {len(players)} board(s) in {lead:.2f} s', err=True)
        progress = _Progress(s)
        with _Keys() as keys:
            if keys.on:
                click.echo("  keys: p or space = pause / resume, s = stop (brakes every axis)", err=True)
            paused = [False]

            def each() -> None:
                progress(players[0].progress())
                k = keys.read()
                if k in ("p", " "):
                    for p in players:
                        if not p.done:
                            p.resume() if paused[0] else p.pause()
                    paused[0] = not paused[0]
                    click.echo(f"\n  {'paused' if paused[0] else 'resumed'}", err=True)
                elif k == "s":
                    raise KeyboardInterrupt

            follow_all(players, syncs, each)
        progress.end()
    except KeyboardInterrupt:
        if progress is not None:
            progress.end()
        for p in players:
            if p.run is not None and not p.done:
                try:
                    p.abort()
                except RigError:
                    pass
        for rig in rigs:
            try:
                st = rig.wait_idle(timeout=10)
                where = ", ".join(f"{a.name} {st.pos[a.index]:.3f}" for a in rig.axes)
                click.echo(f"aborted: {rig.link.url} stopped at {where}", err=True)
            except RigError as e:
                click.echo(f"aborted: {rig.link.url}: {e}", err=True)
        for rig in rigs:
            rig.close()
        sys.exit(130)
    try:
        base = report_dir or _state_dir("runs") / (
            datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
            + "-"
            + "".join(c if c.isalnum() else "_" for c in s.name)
        )
        firsts = []
        for i, p in enumerate(players):
            run = p.run
            assert run is not None
            est = syncs[i].estimate
            run.clock = {
                "offset_us": est.offset_at(start_t),
                "drift_ppm": est.drift_ppm,
                "error_us": est.error_at(start_t),
                "start_wire_us": p.start_us,
                "samples": est.samples,
            }
            out = base if len(players) == 1 else base / f"board{i + 1}"
            out.mkdir(parents=True, exist_ok=True)
            run.save(out / "run.json")
            write_report(run, out)
            st = run_stats(run)
            cue = st.get("cues", {})
            click.echo(f"{p.rig.link.url}: {run.outcome}  report {out}")
            if cue.get("count"):
                click.echo(
                    f"  edges {cue['count']}/{cue['edges']} reported; timing error (actual - scheduled): "
                    f"p50 {cue['p50']:.0f} us, p99 {cue['p99']:.0f} us, max |{cue['max_abs']:.0f}| us"
                )
            cam = st.get("camera", {})
            if cam.get("frames"):
                click.echo(
                    f"  camera {cam['count']} confirmations, {cam['timed_out']} timed out; trigger-to-exposure "
                    f"p50 {cam['p50']:.0f} us, max {cam['max']:.0f} us"
                )
            for a, tr in st.get("tracking", {}).get("axes", {}).items():
                if tr.get("rms") is not None:
                    click.echo(
                        f"  {a:<7} tracking error rms {tr['rms']:.4f}, max {tr['max_abs']:.4f} {tr['unit']}"
                    )
            fired = [c for c in run.cues if c.actual_us is not None]
            first = (p.start_us + (fired[0].actual_us if fired else 0)) % (1 << 30)
            firsts.append((syncs[i].host_t(first, start_t), est.error_at(start_t)))
        if len(players) > 1:
            hosts = [h for h, _ in firsts]
            skew = (max(hosts) - min(hosts)) * 1e6
            bound = sum(e for _, e in firsts)
            click.echo(
                f"start skew between boards: {skew:.0f} us (each board's first edge, through its clock "
                f"estimate; the estimates' error bound is ±{bound:.0f} us)"
            )
        bad = [p for p in players if p.run is not None and p.run.outcome != "COMPLETE"]
        if bad:
            r = bad[0].run
            assert r is not None
            raise ShotFailed(
                f"shot ended {r.outcome.lower()} on {bad[0].rig.link.url}"
                + (f" at frame {r.broke_at_frame}" if r.broke_at_frame is not None else "")
            )
        if go_back:
            for p in players:
                p.preroll()
    finally:
        for rig in rigs:
            rig.close()


@shot.command()
@click.argument("run_path", metavar="RUN", type=click.Path(path_type=Path))
def report(run_path: Path) -> None:
    """Rewrite the report (stats.json, report.png) of RUN (a run.json or its folder)."""
    from .report import load_run, write_report

    run = load_run(run_path)
    out = run_path if run_path.is_dir() else run_path.parent
    j, png = write_report(run, out)
    click.echo(f"{j}\n{png}")


@shot.command()
@click.argument("run1", type=click.Path(path_type=Path))
@click.argument("run2", type=click.Path(path_type=Path))
@click.option(
    "--tolerance", help="largest allowed position difference: one number, or axis=N,axis=N (axis units)"
)
@click.option("--event-us", type=float, help="largest allowed event-time difference, us")
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
def compare(run1: Path, run2: Path, tolerance: str | None, event_us: float | None, as_json: bool) -> None:
    """Repeatability between two plays of one shot: per-axis max and RMS position
    difference at each shot tick, and event-time differences. With --tolerance (and
    --event-us) it exits 9 when a bound is exceeded, so a take can be refused automatically."""
    from .report import compare as cmp
    from .report import load_run

    tol: float | dict[str, float] | None = None
    if tolerance is not None:
        try:
            if "=" in tolerance:
                tol = {}
                for part in tolerance.split(","):
                    k, _, v = part.partition("=")
                    tol[k.strip()] = float(v)
            else:
                tol = float(tolerance)
        except ValueError:
            raise BadInput(f"--tolerance {tolerance!r}: expected a number or axis=N,axis=N") from None
    c = cmp(load_run(run1), load_run(run2), a_label=str(run1), b_label=str(run2))
    if as_json:
        click.echo(json.dumps(c.to_dict(), indent=1))
    else:
        click.echo(c.format())
    if tol is not None or event_us is not None:
        breaches = c.breaches(tol if tol is not None else {}, event_us=event_us)
        if breaches:
            for b in breaches:
                click.echo(f"orbitrig: {b}", err=True)
            raise ToleranceExceeded(f"runs differ beyond tolerance ({len(breaches)} breach(es))")
        click.echo("within tolerance")


@shot.command()
@click.argument("file")
@click.option("--per-frame", "fmt", type=click.Choice(["csv", "json", "chan"]), required=True, help="format")
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="file to write [stdout]"
)
@click.option("--port", "-p", envvar="ORBITRIG_PORT", help="plan against this board's limits")
@speed_options
def export(
    file: str,
    fmt: str,
    output: Path | None,
    port: str | None,
    speed: float,
    duration: float | None,
    reverse: bool,
) -> None:
    """Write every axis at every frame of FILE for visual-effects work (chan: the plain
    per-frame camera text compositing tools import; mapping in docs/shotfile.md)."""
    from .export import export_frames

    limits, _, _ = _limits(port, 2.0)
    s = _load(file, list(limits))
    plan = _plan(s, limits, _speed(s, speed, duration), reverse)
    export_frames(plan, fmt, output if output is not None else sys.stdout)
    if output is not None:
        click.echo(f"wrote {output}", err=True)


from .record import record  # noqa: E402  (its module, not this one, holds the command)

shot.add_command(record)
