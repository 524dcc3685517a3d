"""The emulated microcontroller as a real board is used: `orbitrig flash` over its frozen firmware,
updates that survive power cycles, a flash cut short, and mpremote after the REPL hand-back.

Runs with --board mcu (each test powers its own MCU board, so the session's stays as it was);
on other boards it skips: these are that board's own behaviours."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from orbitrig.host.boards.mcu import McuEmulator
from orbitrig.host.deploy.build import build_firmware
from orbitrig.host.deploy.flash import KILL_ENV
from orbitrig.host.errors import RigError
from orbitrig.host.rig import Rig
from orbitrig.protocol.messages import Msg

ORBITRIG = [sys.executable, "-m", "orbitrig.host.cli"]
MPREMOTE = [sys.executable, "-m", "mpremote"]


@pytest.fixture
def mcu(request: pytest.FixtureRequest) -> Iterator[Callable[..., McuEmulator]]:
    if request.config.getoption("--board") != "mcu":
        pytest.skip("the MCU board's own behaviours (--board mcu)")
    boards: list[McuEmulator] = []

    def make(**kw: object) -> McuEmulator:
        board = McuEmulator(**kw)  # type: ignore[arg-type]
        boards.append(board)
        board.start(wait_link=not kw.get("safe_mode"))
        return board

    yield make
    for board in boards:
        board.stop()


def hello_id(port: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with Rig.connect(port, timeout=0.5, log=False) as rig:
                return rig.hello(check=False).build_id
        except RigError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def orbitrig(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*ORBITRIG, *args], capture_output=True, text=True, timeout=timeout, env=env)


@pytest.mark.timeout(240)
def test_flash_puts_an_armv7m_build_over_the_frozen_firmware_and_it_survives_power_cycles(
    mcu: Callable[..., McuEmulator],
) -> None:
    board = mcu()
    assert hello_id(board.port) == "unversioned"  # the frozen firmware: no build on its flash
    done = orbitrig("flash", "--port", board.port, "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["platform"] == "qemu" and report["old_build"] == "unversioned"
    assert report["new_build"] == build_firmware("mcu", "armv7m").build_id  # compiled for a Cortex-M3
    assert "hal_mcu.mpy" in report["sent"] and "simmodel.mpy" in report["sent"]
    assert hello_id(board.port) == report["new_build"]
    board.power_cycle()
    assert hello_id(board.port) == report["new_build"]  # the flash file kept it
    files = board.flash_view
    assert (files / "app" / "READY").read_text() == report["new_build"]
    again = orbitrig("flash", "--port", board.port)
    assert again.returncode == 0 and "up to date" in again.stdout, again.stderr


@pytest.mark.timeout(240)
def test_a_flash_killed_midway_leaves_a_board_that_boots(mcu: Callable[..., McuEmulator]) -> None:
    board = mcu()
    cut = subprocess.run(
        [*ORBITRIG, "flash", "--port", board.port],
        env={**os.environ, KILL_ENV: "sent"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert cut.returncode == -9, cut.stderr  # killed after sending, before anything was verified
    board.power_cycle()
    assert hello_id(board.port) == "unversioned"  # the frozen firmware still runs, nothing half-made
    done = orbitrig("flash", "--port", board.port)
    assert done.returncode == 0, done.stderr


@pytest.mark.timeout(120)
def test_mpremote_reaches_the_board_after_the_repl_handoff(
    mcu: Callable[..., McuEmulator], tmp_path: Path
) -> None:
    board = mcu()
    with Rig.connect(board.port, timeout=2.0, log=False) as rig:
        rig.link.request(Msg.REPL)  # the firmware gives UART0 back to the REPL, as on USB-CDC
    connect = [*MPREMOTE, "connect", board.port, "resume"]
    out = subprocess.run(
        [*connect, "exec", "import sys; print(sys.platform, 6 * 7)"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert out.stdout.split() == ["qemu", "42"], out.stdout + out.stderr
    note = tmp_path / "note.txt"
    note.write_text("hello board")
    cp = subprocess.run(
        [*connect, "fs", "cp", str(note), ":note.txt"], capture_output=True, text=True, timeout=30
    )
    assert cp.returncode == 0, cp.stderr
    assert (board.flash_view / "note.txt").read_text() == "hello board"


@pytest.mark.timeout(120)
def test_safe_mode_leaves_the_repl_free_and_starts_nothing(mcu: Callable[..., McuEmulator]) -> None:
    board = mcu(safe_mode=True)
    out = subprocess.run(
        [
            *MPREMOTE,
            "connect",
            board.port,
            "resume",
            "exec",
            "print(ORBITRIG_SAFE_MODE, 'orbitrig_hal' in globals())",
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert out.stdout.strip() == "True False", out.stdout + out.stderr
