"""shot record on a board: a jogged take becomes a shot that plays the take back.

The take is jogged through the same Rig that records it (pan, then tilt, then the slider,
each with its ramps), written as a shot file, read back, planned against the board's
limits, and played twice. The bound on played against recorded is the recording's
tolerance plus the compiler's: the planned shot is within the tolerance of the take at
every recorded tick (fit_recording checks it with the planner), and the board's integer
segments stay within half a count of the plan, rounded to whole counts on the wire, so
within one count more (Compiled.fit_error is the measured figure). Servos and steppers
report what they were commanded here, so nothing else adds to it.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from orbitrig.host.rig import Rig
from orbitrig.host.shots.compile import PERIOD_US, Compiled, compile_plan
from orbitrig.host.shots.plan import limits_from_rig, plan_shot
from orbitrig.host.shots.player import Player
from orbitrig.host.shots.record import (
    HOLD_REPEAT_S,
    JogPad,
    Recorder,
    Recording,
    action_for,
    fit_recording,
)
from orbitrig.host.shots.run import Run
from orbitrig.host.shots.shotfile import load_shot
from orbitrig.host.testing.pytest_plugin import BoardUnderTest, settle
from orbitrig.protocol.messages import Flag

TOL = 0.001  # one count
COMPILE_BOUND = 0.001  # half a count of segment fit, half a count of rounding (compile.py)


def arm_homed(rig: Rig) -> None:
    """Arm, and home the steppers if the board wants it (drivers off forget the position)."""
    rig.arm()
    if rig.status().flags & Flag.NOT_HOMED:
        rig.wait_motion(rig.home(), timeout=120)


def go_to(rig: Rig, **targets: float) -> None:
    rig.wait_motion(rig.move_to(targets, speed=0.5), timeout=30)


def jog_for(rig: Rig, rec: Recorder, axis: str, vel: float, seconds: float, jog_id: int | None = None) -> int:
    """Jog ``axis`` at ``vel`` for ``seconds`` (the deadman refreshed), recording all along."""
    jid = rig.jog(axis, vel, jog_id=jog_id, timeout_ms=500)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        rec.poll(0.03)
        rig.jog(axis, vel, jog_id=jid, timeout_ms=500)
    return jid


def end_jog(rig: Rig, rec: Recorder, jog_id: int) -> None:
    rig.jog_end(jog_id)
    rec.wait_still(timeout=20)


def played(run: Run, axis: str) -> dict[int, float]:
    """Shot tick -> the position the board reported there."""
    ticks = np.array(run.actual_us) // PERIOD_US
    return dict(zip(ticks.tolist(), run.actual[axis], strict=True))


def play(rig: Rig, c: Compiled) -> Run:
    p = Player(rig, c)
    p.upload()
    p.preroll()
    p.start()
    run = p.follow()
    assert run.outcome == "COMPLETE", run.notes
    return run


@pytest.fixture
def take(rig: Rig) -> Iterator[Recording]:
    """Pan 40 deg/s, then -25 deg/s in the same jog (a ramp through zero); tilt -30 deg/s;
    the slider 60 mm/s; still before, between and after."""
    arm_homed(rig)
    go_to(rig, pan=-10.0, tilt=10.0, slider=200.0)
    rec = Recorder(rig, ["pan", "tilt", "slider"])
    rec.start()
    try:
        rig.sleep(0.2)
        jid = jog_for(rig, rec, "pan", 40.0, 0.5)
        jog_for(rig, rec, "pan", -25.0, 0.4, jid)
        end_jog(rig, rec, jid)
        end_jog(rig, rec, jog_for(rig, rec, "tilt", -30.0, 0.5))
        end_jog(rig, rec, jog_for(rig, rec, "slider", 60.0, 0.5))
    finally:
        recording = rec.stop()
    yield recording


def test_a_jogged_take_plays_back_within_the_tolerance(rig: Rig, take: Recording, tmp_path: Path) -> None:
    assert take.axes == ["pan", "tilt", "slider"] and take.hz == 200
    ticks = take.ticks()
    assert ticks[-1] - ticks[0] == len(ticks) - 1 + take.lost  # every tick, or counted as lost
    fit = fit_recording(take, "jogged", 25, TOL)
    path = tmp_path / "jogged.toml"
    path.write_text(fit.text)
    limits = limits_from_rig(rig)
    shot = load_shot(path, axes=list(limits))
    assert shot.name == "jogged" and set(shot.tracks) == {"pan", "tilt", "slider"}
    plan = plan_shot(shot, limits)
    assert not plan.violations, [str(v) for v in plan.violations[:3]]
    assert plan.ticks == ticks[-1]
    for a in take.axes:
        # the plan itself: within the tolerance at every recorded tick, far fewer keys than ticks
        dev = np.abs(plan.pos[a][ticks] - take.positions(a))
        assert dev.max() <= TOL + 1e-9, (a, dev.max())
        assert fit.keys[a] < len(ticks) / 2, fit.keys
    c = compile_plan(plan, [x.name for x in rig.axes])
    first, second = play(rig, c), play(rig, c)
    for a in take.axes:
        bound = TOL + c.fit_error[a] / 1000
        assert bound <= TOL + COMPILE_BOUND + 1e-9
        got = played(first, a)
        recorded = dict(zip(ticks.tolist(), take.positions(a), strict=True))
        common = [k for k in recorded if k in got]
        assert len(common) >= 0.95 * len(recorded), f"{a}: {len(common)} of {len(recorded)} ticks played"
        diff = max(abs(got[k] - recorded[k]) for k in common)
        assert diff <= bound + 1e-9, f"{a}: played {diff:.4f} from the take (bound {bound:.4f})"
        # and the pre-roll put the axis where the take began
        assert abs(got[0] - recorded[0]) <= bound + 1e-9
        again = played(second, a)
        both = sorted(set(got) & set(again))
        assert len(both) >= 0.95 * c.ticks
        assert max(abs(got[k] - again[k]) for k in both) <= 0.001 + 1e-9, f"{a} differs between plays"


def test_keys_jog_the_board_while_they_are_held(rig: Rig) -> None:
    rig.arm()
    go_to(rig, pan=0.0)
    rec = Recorder(rig, ["pan"])
    rec.start()
    pad = JogPad(rig, ["pan"])
    try:
        pad.handle(action_for("2"), time.monotonic())  # 20% of 180 deg/s
        end = time.monotonic() + 0.8
        while time.monotonic() < end:  # the right arrow, repeating every 30 ms
            now = time.monotonic()
            pad.handle(action_for("RIGHT"), now)
            pad.service(now)
            rec.poll(0.03)
        assert rec.last is not None and rec.last.state == "JOGGING"
        assert rec.last.vel[rig.axis("pan").index] == pytest.approx(36.0, abs=0.01)
        let_go = time.monotonic()
        while pad.held:  # no more repeats: the pad ends the jog by itself
            pad.service(time.monotonic())
            rec.poll(0.01)
        assert time.monotonic() - let_go >= HOLD_REPEAT_S - 0.01
        rec.wait_still()
        moved = rec.recording.positions("pan")
        assert moved[0] == pytest.approx(0.0, abs=0.001) and moved[-1] > 36.0 * 0.5
        # space stops a held jog at once
        pad.handle(action_for("LEFT"), time.monotonic())
        rec.poll(0.2)
        assert rec.last.state == "JOGGING"
        pad.handle(action_for(" "), time.monotonic())
        assert pad.session is None and not pad.held
        rec.wait_still(timeout=10)
        assert rec.last.state == "IDLE"
    finally:
        pad.stop_all()
        rec.stop()


# --- the command in a terminal --------------------------------------------------------------------


class Terminal:
    """`orbitrig shot record` on a pty that is its controlling terminal (so Ctrl-C is a signal)."""

    def __init__(self, *args: str) -> None:
        self.master, slave = os.openpty()

        def controlling_tty() -> None:
            import fcntl

            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.proc = subprocess.Popen(
            [sys.executable, "-m", "orbitrig.host.cli", "shot", "record", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            preexec_fn=controlling_tty,  # noqa: PLW1509 (a new session, before exec)
        )
        os.close(slave)
        self.output = ""

    def read(self, seconds: float) -> str:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            if not select.select([self.master], [], [], min(left, 0.05))[0]:
                continue
            try:
                data = os.read(self.master, 4096)
            except OSError:  # EIO: every writer has closed the slave
                break
            if not data:
                break
            self.output += data.decode("utf-8", "replace")
        return self.output

    def wait_for(self, text: str, seconds: float = 30) -> None:
        end = time.monotonic() + seconds
        while text not in self.output and time.monotonic() < end and self.proc.poll() is None:
            self.read(0.1)
        assert text in self.output, self.output

    def send(self, data: str) -> None:
        os.write(self.master, data.encode())

    def finish(self, seconds: float = 60) -> int:
        end = time.monotonic() + seconds
        while self.proc.poll() is None and time.monotonic() < end:
            self.read(0.1)
        self.read(0.2)
        return self.proc.wait(timeout=1)

    def cooked(self) -> bool:
        """The terminal is back in line mode with echo (what the command found)."""
        lflag = termios.tcgetattr(self.master)[3]
        return bool(lflag & termios.ICANON) and bool(lflag & termios.ECHO)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        os.close(self.master)


@pytest.fixture
def armed(board: BoardUnderTest) -> Iterator[str]:
    """The board armed and idle with pan at 0, and the port free for the command."""
    rig = Rig.connect(board.port, timeout=2.0)
    try:
        settle(rig)
        rig.arm()
        go_to(rig, pan=0.0)
    finally:
        rig.close()
    yield board.port
    rig = Rig.connect(board.port, timeout=2.0)
    try:
        settle(rig)
    finally:
        rig.close()


@pytest.fixture
def terminal() -> Iterator[list[Terminal]]:
    started: list[Terminal] = []
    yield started
    for t in started:
        t.close()


def test_record_command_writes_a_shot_from_the_keys(
    armed: str, terminal: list[Terminal], tmp_path: Path
) -> None:
    out = tmp_path / "take.toml"
    term = Terminal(str(out), "-p", armed, "--axes", "pan", "--seconds", "30", "--name", "right")
    terminal.append(term)
    term.wait_for("Enter or q finishes")
    end = time.monotonic() + 0.8
    while time.monotonic() < end:  # hold the right arrow
        term.send("\x1b[C")
        term.read(0.03)
    term.read(1.5)  # let go: the jog ramps down
    term.send("q")
    assert term.finish() == 0, term.output
    assert term.cooked()
    assert "wrote " in term.output and "largest deviation" in term.output, term.output
    shot = load_shot(out, axes=["pan", "tilt", "roll", "slider", "focus"])
    assert shot.name == "right" and list(shot.tracks) == ["pan"]
    keys = shot.tracks["pan"].keys
    assert keys[0].pos == pytest.approx(0.0, abs=0.001) and keys[-1].pos > 10
    assert keys[0].interp == "ease"  # the take began at rest


def test_ctrl_c_stops_the_jog_and_writes_nothing(
    armed: str, terminal: list[Terminal], tmp_path: Path
) -> None:
    out = tmp_path / "take.toml"
    term = Terminal(str(out), "-p", armed, "--axes", "pan")
    terminal.append(term)
    term.wait_for("Enter or q finishes")
    for _ in range(10):
        term.send("\x1b[D")
        term.read(0.03)
    term.send("\x03")
    assert term.finish() == 130, term.output
    assert term.cooked()
    assert "aborted: every jog stopped; nothing written" in term.output
    assert not out.exists()
    with Rig.connect(armed, timeout=2.0) as rig:
        assert rig.wait_idle(timeout=10).state == "IDLE"


def test_record_refuses_a_disarmed_board(
    board: BoardUnderTest, terminal: list[Terminal], tmp_path: Path
) -> None:
    with Rig.connect(board.port, timeout=2.0) as rig:
        settle(rig)  # disarmed
    term = Terminal(str(tmp_path / "take.toml"), "-p", board.port)
    terminal.append(term)
    assert term.finish() == 6
    lines = [ln for ln in term.output.splitlines() if ln.strip()]
    assert lines == [
        f"orbitrig: the board on {board.port} is DISARMED, not armed and idle "
        "(run `orbitrig arm` first; record arms nothing by itself)"
    ]
    assert term.cooked()
