"""The rig server on the board under test (emulated or real): another terminal stops a move, watches it, and
takes no control it was not given."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from orbitrig.host.rig import Rig
from orbitrig.host.server.client import NotInControl
from orbitrig.host.testing.pytest_plugin import TEST_LINK_TIMEOUT_MS, BoardUnderTest, settle

ORBITRIG = [sys.executable, "-m", "orbitrig.host.cli"]


@pytest.fixture
def served(
    board: BoardUnderTest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, str]]:
    monkeypatch.setenv("ORBITRIG_RUN_DIR", str(tmp_path / "run"))
    monkeypatch.delenv("ORBITRIG_RIG", raising=False)
    env = dict(os.environ)
    proc = subprocess.Popen(
        [*ORBITRIG, "serve", "-p", board.port, "--http-port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "console and API on " in line, line + (proc.stderr.read() if proc.poll() is not None else "")
        yield env
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        with Rig.connect(board.port, timeout=2.0, direct=True) as r:  # leave the board as the suite expects
            settle(r)


def _ready(rig: Rig) -> None:
    rig.take_control()
    if rig.config_get("board", "link_timeout")[0] != TEST_LINK_TIMEOUT_MS:
        rig.config_set("board", "link_timeout", TEST_LINK_TIMEOUT_MS)
    if rig.status().state in ("ESTOP", "FAULT", "HOLD"):
        rig.clear()
    if rig.status().state == "DISARMED":
        rig.arm()


def test_another_terminal_watches_and_stops_a_move(board: BoardUnderTest, served: dict[str, str]) -> None:
    mover = Rig.connect(board.port, timeout=2.0, label="mover")
    try:
        assert mover.via_server
        _ready(mover)
        p0 = mover.status().pos[0]  # wherever an earlier test left pan
        mid = mover.move_to({"pan": 90}, duration=15)
        mover.sleep(0.5)
        r = subprocess.run(
            [*ORBITRIG, "status", "-p", board.port], capture_output=True, text=True, env=served, timeout=60
        )
        assert r.returncode == 0 and r.stdout.startswith("state MOVING (armed, "), r.stdout + r.stderr
        r = subprocess.run(
            [*ORBITRIG, "arm", "-p", board.port], capture_output=True, text=True, env=served, timeout=60
        )
        assert r.returncode == 3 and "control of the board on" in r.stderr and "held by mover" in r.stderr
        r = subprocess.run(
            [*ORBITRIG, "stop", "-p", board.port], capture_output=True, text=True, env=served, timeout=60
        )
        assert r.returncode == 0, r.stderr
        assert mover.wait_motion(mid, timeout=30) == "STOPPED"
        st = mover.wait_idle(timeout=30)
        assert st.state == "IDLE" and p0 < st.pos[0] < 90
    finally:
        mover.close()


def test_estop_from_a_watcher_latches_for_everyone(board: BoardUnderTest, served: dict[str, str]) -> None:
    mover = Rig.connect(board.port, timeout=2.0, label="mover")
    watcher = Rig.connect(board.port, timeout=2.0, label="watcher")
    try:
        _ready(mover)
        mid = mover.move_to({"tilt": 45}, duration=10)
        mover.sleep(0.3)
        watcher.estop()
        assert mover.wait_motion(mid, timeout=30) == "ESTOP"
        assert watcher.status().state == "ESTOP"
        with pytest.raises(NotInControl):
            watcher.clear()  # clearing is the controller's call
        mover.clear()
        assert mover.status().state == "DISARMED"
    finally:
        mover.close()
        watcher.close()
