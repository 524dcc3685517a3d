"""`orbitrig demo`: the main job end to end on an emulated board (or a real one): arm, home,
a move, then a shot played on the board's clock with its camera events, and its report."""

from __future__ import annotations

import contextlib
from pathlib import Path

from rich.console import Console

from ..rig import Rig

MOVES: tuple[tuple[str, dict[str, float], float], ...] = (
    ("establishing pan", {"pan": 45.0, "tilt": -15.0, "slider": 300.0}, 2.5),
)
SHOT = "record_move"  # a sample shot (host/shots/samples): record start/stop framing a move


def _play(rig: Rig, console: Console, label: str, targets: dict[str, float], duration: float) -> None:
    mid = rig.move_to(targets, duration=duration)
    console.print(f"[bold]{label}[/]: motion {mid} accepted, {duration:g} s to {targets}")
    names = [a.name for a in rig.axes]
    rig.drain()
    shown = 0.0
    while True:
        s = rig.telemetry(timeout=2.0)
        if s.t_host - shown >= 0.25 or s.state != "MOVING":
            shown = s.t_host
            cells = " ".join(f"{n}={p:.3f}" for n, p in zip(names, s.pos, strict=True))
            console.print(f"  t={s.t_us / 1e6:.3f}s {s.state:<7} {cells}")
        if s.state != "MOVING":
            break


def _shot(rig: Rig, console: Console) -> None:
    import tempfile

    from ..shots.cli import SAMPLES
    from ..shots.compile import compile_plan
    from ..shots.plan import limits_from_rig, plan_shot
    from ..shots.player import Player
    from ..shots.report import run_stats, write_report
    from ..shots.shotfile import load_shot

    limits = limits_from_rig(rig)
    shot = load_shot(SAMPLES / f"{SHOT}.toml", axes=list(limits))
    plan = plan_shot(shot, limits)
    c = compile_plan(plan, [a.name for a in rig.axes])
    console.print(
        f"[bold]shot[/] {shot.name!r} ({SAMPLES / SHOT}.toml): {plan.duration:.1f} s, "
        f"{len(c.segments)} segments and {len(c.edges)} trigger edges in {len(c.words)} words"
    )
    p = Player(rig, c)
    p.upload()
    p.preroll()
    p.start()
    console.print(f"  playing on the board's clock from board time {p.start_us} us")
    shown = -1
    run = None
    while not p.done:
        p.poll(0.05)
        pr = p.progress()
        if int(pr.t) != shown:
            shown = int(pr.t)
            console.print(
                f"  {pr.t:5.2f} s  frame {int(pr.frame):4d}  {('next: ' + pr.next_cue) if pr.next_cue else ''}"
            )
    p.finish()
    run = p.run
    assert run is not None
    out = Path(tempfile.mkdtemp(prefix="orbitrig-demo-run-"))
    run.save(out / "run.json")
    write_report(run, out)
    st = run_stats(run)
    cue = st["cues"]
    console.print(
        f"  {run.outcome}: {cue['count']}/{cue['edges']} edges fired; error (actual - scheduled, board clock) "
        f"p50 {cue['p50']:.0f} us, max |{cue['max_abs']:.0f}| us; report in {out}"
    )


def run_demo(port: str | None) -> None:
    console = Console(soft_wrap=True)
    emulated = port is None
    with contextlib.ExitStack() as stack:
        if port is None:
            from ..boards.emulator import Emulator
            from ..deploy.firmware import install_sources

            emu = Emulator()
            stack.callback(emu.stop)
            install_sources(Path(emu.flash_dir))
            port = emu.start(wait_link=True)
            console.print(f"emulated board on [bold]{port}[/] (MicroPython unix port, simulated HAL)")
        rig = stack.enter_context(Rig.connect(port, timeout=2.0))
        d = rig.describe()
        console.print(
            f"board {d['board']} build {d['build_id']} protocol v{d['protocol']} schema {d['schema']}, "
            f"axes: {', '.join(a['name'] for a in d['axes'])}"
        )
        rtts = sorted(rig.ping(i)[0] * 1e6 for i in range(200))
        console.print(f"ping: median {rtts[100]:.0f} us over 200")
        rig.arm()
        console.print("armed")
        mid = rig.home()
        console.print(f"homing (motion {mid}): steppers seek their switches, servos go home ...")
        reason = rig.wait_motion(mid, timeout=60)
        console.print(f"homing {reason.lower()}")
        rig.set_telemetry(50)
        for label, targets, duration in MOVES:
            _play(rig, console, label, targets, duration)
        _shot(rig, console)
        mid = rig.move_to({"slider": 900.0}, speed=0.3)
        rig.sleep(0.6)
        rig.stop()
        st = rig.wait_idle()
        console.print(f"STOP during motion {mid}: halted at slider={st.pos[3]:.3f} mm, state {st.state}")
        rig.set_telemetry(0)
        rig.disarm()
        st = rig.status()
        console.print(
            f"disarmed. link: {st.rx_frames} frames received by the board, {st.rx_bad} bad; "
            f"host saw {rig.link.stats.telemetry} telemetry frames, {rig.link.stats.telemetry_lost} lost"
        )
    if emulated:
        console.print("emulated board stopped")
