"""The emulated board as a board: a watchdog on the board's time (not the busy host's), kept across a
soft reboot as an RP2040's is; `emulate` prints every reset; its flash kept across restarts."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from orbitrig.host.boards import emulator
from orbitrig.host.boards.emulator import RESET_SOFT, RESET_WATCHDOG, Emulator, Watchdog
from orbitrig.host.deploy.firmware import install_sources

MPREMOTE = [sys.executable, "-m", "mpremote"]


class FakeClock:
    """time.monotonic and the interpreter's wait for a CPU, moved by the test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = 1000.0
        self.waited: dict[int, float] = {}
        monkeypatch.setattr(emulator.time, "monotonic", lambda: self.now)
        monkeypatch.setattr(emulator, "runqueue_wait", lambda pid: self.waited.get(pid) if pid else None)


def test_a_busy_host_does_not_trip_the_watchdog(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock(monkeypatch)
    clock.waited[42] = 5.0
    wd = Watchdog()
    wd.arm(1000, pid=42)
    clock.now += 1.5  # 1.5 s of host time, of which the interpreter waited 1.2 s for a CPU
    clock.waited[42] += 1.2
    assert not wd.expired(clock.now)
    assert wd.deadline == pytest.approx(clock.now + 0.7)  # 0.3 s of board time counted
    clock.now += 0.69
    assert not wd.expired(clock.now)
    clock.now += 0.02  # the interpreter ran, and did not feed it: stuck
    assert wd.expired(clock.now)


def test_without_schedstat_it_counts_host_time(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock(monkeypatch)
    wd = Watchdog()
    wd.arm(500, pid=7)  # no schedstat for pid 7
    clock.now += 0.49
    assert not wd.expired(clock.now)
    clock.now += 0.02
    assert wd.expired(clock.now)


def test_a_soft_reboot_carries_the_count_into_the_next_interpreter(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock(monkeypatch)
    clock.waited.update({1: 0.0, 2: 0.0})
    wd = Watchdog()
    wd.arm(1000, pid=1)
    clock.now += 0.6
    wd.hold()  # soft reboot: the old interpreter goes
    clock.now += 0.1
    wd.carry_to(2)
    assert wd.deadline == pytest.approx(clock.now + 0.3)
    clock.now += 0.31
    assert wd.expired(clock.now)
    wd.feed()  # the new firmware feeds it: a full period again
    assert wd.deadline == pytest.approx(clock.now + 1.0)


def _mpremote(port: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*MPREMOTE, "connect", port, *args], capture_output=True, text=True, timeout=60)


def _wait_reset(emu: Emulator, cause: int, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        st = emu.stats()
        if st["reset_cause"] == cause or time.monotonic() > deadline:
            return st
        time.sleep(0.05)


def test_the_watchdog_runs_on_after_a_soft_reboot_as_on_an_rp2040() -> None:
    emu = Emulator(safe_mode=True)  # at the REPL: nothing feeds a watchdog once armed
    try:
        install_sources(Path(emu.flash_dir))
        port = emu.start()
        r = _mpremote(port, "resume", "exec", "import hal_sim; hal_sim.Hal().wdt_start(3000)")
        assert r.returncode == 0, r.stderr
        r = _mpremote(port, "soft-reset")  # the interpreter goes; an RP2040's watchdog does not stop
        assert r.returncode == 0, r.stderr
        st = emu.stats()
        assert st["restarts"] >= 1 and st["reset_cause"] == RESET_SOFT, st
        st = _wait_reset(emu, RESET_WATCHDOG, 15)  # nobody fed it in the new interpreter
        assert st["reset_cause"] == RESET_WATCHDOG, st
    finally:
        emu.stop()


def _board_port(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert first.startswith("flash: "), first
    line = proc.stdout.readline()
    assert line.startswith("orbitrig emulated board on "), line
    return line.rsplit(" ", 1)[1].strip()


def _emulate(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "orbitrig.host.cli", "emulate", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def test_emulate_keeps_its_flash_between_runs(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "ORBITRIG_RUN_DIR": str(tmp_path / "run"),
        "ORBITRIG_STATE_DIR": str(tmp_path / "state"),
    }
    env["ORBITRIG_NO_SERVER"] = "1"
    cli = [sys.executable, "-m", "orbitrig.host.cli"]
    first = _emulate(env)
    try:
        port = _board_port(first)
        second = _emulate(env)  # a second board at the same time gets its own flash
        try:
            _board_port(second)
        finally:
            _stop(second)
        r = subprocess.run(
            [*cli, "name", "-p", port, "Kept"], capture_output=True, text=True, env=env, timeout=60
        )
        assert r.returncode == 0, r.stderr
    finally:
        _stop(first)
    assert (tmp_path / "state" / "emulated" / "board-1" / "config.json").exists()
    assert (tmp_path / "state" / "emulated" / "board-2").is_dir()
    again = _emulate(env)
    try:
        port = _board_port(again)
        r = subprocess.run([*cli, "name", "-p", port], capture_output=True, text=True, env=env, timeout=60)
        assert r.stdout.strip() == "Kept", r.stdout + r.stderr
    finally:
        _stop(again)
    temp = _emulate(env, "--temp-flash")
    try:
        assert temp.stdout is not None
        line = temp.stdout.readline()
        assert line.startswith("orbitrig emulated board on "), line  # no kept flash mentioned
    finally:
        _stop(temp)


def test_emulate_prints_every_reset_with_its_cause(tmp_path: Path) -> None:
    port_file = tmp_path / "port"
    env = {
        **os.environ,
        "ORBITRIG_RUN_DIR": str(tmp_path / "run"),
        "ORBITRIG_STATE_DIR": str(tmp_path / "state"),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "orbitrig.host.cli", "emulate", "--safe-mode", "--port-file", str(port_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        port = _board_port(proc)
        r = _mpremote(
            port,
            "exec",
            "import sys; sys.path.insert(0, 'app'); import hal_sim; hal_sim.Hal().wdt_start(300)",
        )
        assert r.returncode == 0, r.stderr
        seen = []
        while not seen or "WATCHDOG" not in seen[-1]:  # mpremote's first connection may soft-reboot it
            seen.append(proc.stdout.readline().rstrip())
            assert seen[-1] and len(seen) < 5, seen
        n = len(seen)
        assert seen[-1].endswith(f"reset #{n}: WATCHDOG (the firmware stopped feeding it)"), seen
        assert _mpremote(port, "soft-reset").returncode == 0
        line = proc.stdout.readline()
        assert line.rstrip().endswith(f"reset #{n + 1}: SOFT (soft reboot)"), line
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
