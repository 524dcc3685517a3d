"""The emulated microcontroller (QEMU mps2-an385): its port's promises, its errors, its determinism.

Each test runs the real image on QEMU. Without the Debian packages they skip with the line
to install them (under CI=true that fails instead). Regenerate the stored replay trace after a
deliberate firmware change with ``python tests/test_mcu.py --regen``.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import serial

from orbitrig.host.boards import mcu_flash
from orbitrig.host.boards.emulator import EmulatorError
from orbitrig.host.boards.mcu import McuEmulator, McuSupervisor
from orbitrig.host.boards.mcu_build import (
    McuBuildError,
    build_image,
    missing_tools,
    repo_root,
    require_tools_or_skip,
    run_make,
)
from orbitrig.host.boards.mcu_replay import Step, normalized, replay
from orbitrig.host.boards.trace import BOOT, read_trace
from orbitrig.host.rig import Rig
from orbitrig.protocol.messages import Msg

ORBITRIG = [sys.executable, "-m", "orbitrig.host.cli"]
MPREMOTE = [sys.executable, "-m", "mpremote"]
STORED_TRACE = Path(__file__).parent / "mcu_vectors" / "replay_trace.json"

# A command sequence that arms, homes, moves servos and a stepper, and disarms (board times).
REPLAY_STEPS = [
    Step(0, Msg.ARM),
    Step(50, Msg.HOME, {"axes": 0}),
    Step(
        6000,
        Msg.MOVE_TO,
        {
            "duration_ms": 1000,
            "speed_permille": 1000,
            "targets": [{"axis": 0, "pos": 30000}, {"axis": 1, "pos": -10000}],
        },
    ),
    Step(
        7500, Msg.MOVE_TO, {"duration_ms": 0, "speed_permille": 500, "targets": [{"axis": 3, "pos": 100000}]}
    ),
    Step(9500, Msg.DISARM),
]


@pytest.fixture(scope="module")
def image() -> Path:
    require_tools_or_skip(missing_tools())
    return build_image().path


@pytest.fixture
def board(image: Path) -> Iterator[McuEmulator]:
    mcu = McuEmulator(safe_mode=True)  # the REPL is free: nothing runs the protocol on UART0
    try:
        mcu.start()
        yield mcu
    finally:
        mcu.stop()


def mpremote(port: str, *args: str, timeout: float = 60) -> str:
    done = subprocess.run(
        [*MPREMOTE, "connect", port, *args], capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def repl_exchange(port: str, steps: list[tuple[bytes, bytes]], timeout: float = 20) -> bytes:
    """Type into the friendly REPL: each step sends its bytes, then reads until its marker shows."""
    got = b""
    with serial.Serial(port, timeout=0.2) as s:
        # a prompt first: Enter (never Ctrl-C, which would interrupt a board still in boot.py)
        prompt = b""
        deadline = time.monotonic() + timeout
        while not prompt.endswith(b">>> ") and time.monotonic() < deadline:
            s.write(b"\r")
            prompt += s.read(256)
        for data, until in steps:
            s.write(data)
            seen = b""
            deadline = time.monotonic() + timeout
            while until not in seen and time.monotonic() < deadline:
                seen += s.read(256)
            got += seen
    return got


BANNER = b'Type "help()" for more information.'


# --- the build ------------------------------------------------------------------------------------


def test_an_unchanged_tree_is_not_rebuilt(image: Path) -> None:
    before = image.stat().st_mtime_ns
    again = build_image()
    assert again.cached and again.path == image and image.stat().st_mtime_ns == before


def test_missing_toolchain_is_one_line_naming_the_packages(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": str(tmp_path)}  # no cross compiler, no QEMU
    (tmp_path / "python").symlink_to(sys.executable)
    done = subprocess.run(
        [*ORBITRIG, "emulate", "--mcu"], capture_output=True, text=True, env=env, timeout=60
    )
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 8 and len(lines) == 1, done.stderr
    assert "gcc-arm-none-eabi" in lines[0] and "qemu-system-arm" in lines[0]
    assert "apt-get install --no-install-recommends" in lines[0] and "Traceback" not in done.stderr


def test_a_build_that_fails_is_one_line_and_leaves_no_image(
    image: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = tmp_path / "port"
    shutil.copytree(
        repo_root() / "firmware" / "ports" / "qemu", port, ignore=shutil.ignore_patterns("build*")
    )
    with open(port / "mpconfigport.h", "a") as f:
        f.write("#error this board does not build\n")
    monkeypatch.setattr("orbitrig.host.boards.mcu_build.port_dir", lambda: port)
    monkeypatch.setenv("MPY_DIR", str(repo_root() / "third_party" / "micropython"))
    monkeypatch.setenv("FROZEN_MANIFEST", str(repo_root() / "firmware" / "manifest.py"))
    with pytest.raises(McuBuildError) as e:
        run_make(tmp_path / "obj", tmp_path / "build.log")
    assert "\n" not in str(e.value) and "#error this board does not build" in str(e.value), e.value
    assert not (tmp_path / "obj" / "firmware.elf").exists()


# --- the board -------------------------------------------------------------------------------------


def test_boots_the_frozen_firmware_and_answers_hello(image: Path) -> None:
    with McuEmulator() as mcu:
        port = mcu.start(wait_link=True)
        with Rig.connect(port, timeout=2.0, log=False) as rig:
            info = rig.hello()
            assert info.reset_cause == "POWER_ON" and info.tick_hz == 200
            assert [a.name for a in info.axes] == ["pan", "tilt", "roll", "slider", "focus"]
        boots = [r for r in read_trace(mcu.trace_path) if r.kind == BOOT]
        assert len(boots) == 1  # the trace arrived over UART1


def test_ticks_us_never_steps_backwards(board: McuEmulator) -> None:
    code = (
        "import time\n"
        "back = 0\nt = time.ticks_us()\nt0 = t\n"
        "for _ in range(30000):\n"
        "    u = time.ticks_us()\n"
        "    if time.ticks_diff(u, t) < 0:\n"
        "        back += 1\n"
        "    t = u\n"
        "print('back', back, 'span', time.ticks_diff(t, t0) > 0)\n"
    )
    assert mpremote(board.port, "exec", code).split() == ["back", "0", "span", "True"]


def test_ctrl_c_interrupts_running_code(board: McuEmulator) -> None:
    got = repl_exchange(board.port, [(b"while True: pass\r\n\r\n", b"..."), (b"\x03", b"KeyboardInterrupt")])
    assert b"KeyboardInterrupt" in got, got


def test_flash_persists_across_resets_and_power_cycles(board: McuEmulator, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("kept on flash")
    mpremote(board.port, "fs", "cp", str(note), ":note.txt")
    cause = b"import machine; print(machine.reset_cause(), open('note.txt').read())\r\n"
    got = repl_exchange(board.port, [(b"import machine; machine.reset()\r\n", BANNER), (cause, b"flash\r\n")])
    assert b"\r\n2 kept on flash\r\n" in got, got  # HARD_RESET, and the file is still there
    board.power_cycle()
    got = repl_exchange(board.port, [(cause, b"flash\r\n")])
    assert b"\r\n1 kept on flash\r\n" in got, got  # PWRON_RESET
    assert (board.flash_view / "note.txt").read_text() == "kept on flash"  # the host's file holds it


def test_watchdog_resets_the_board_with_its_cause(board: McuEmulator) -> None:
    cause = b"import machine; print('cause', machine.reset_cause())\r\n"
    start = b"import machine; wdt = machine.WDT(timeout=300)\r\n"
    # nothing feeds it: the board resets, and the REPL comes back after the reset
    got = repl_exchange(board.port, [(start, BANNER), (cause, b"\r\n>>> ")])
    assert b"cause 3" in got, got


def test_emulate_prints_every_reset_with_its_cause(image: Path) -> None:
    # `orbitrig emulate --mcu` as a user runs it: a reset inside QEMU (here machine.reset() from
    # the REPL the firmware handed back) is printed with the cause the board's boot record gives
    proc = subprocess.Popen(
        [*ORBITRIG, "emulate", "--mcu", "--temp-flash"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(ln) for ln in proc.stdout or ()], daemon=True).start()
    try:
        first = lines.get(timeout=60)
        assert " on /dev/" in first, first
        port = first.rsplit(" on ", 1)[1].strip()
        Rig.connect(port, timeout=20.0, log=False).close()  # the firmware runs
        done = subprocess.run([*ORBITRIG, "repl", "-p", port], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        repl_exchange(port, [(b"import machine; machine.reset()\r\n", b"")])
        said = []
        deadline = time.monotonic() + 30
        while not any("reset #1:" in ln for ln in said) and time.monotonic() < deadline:
            with contextlib.suppress(queue.Empty):
                said.append(lines.get(timeout=0.5))
        assert any(
            re.search(r"^\d\d:\d\d:\d\d reset #1: HARD \(machine\.reset\(\)\)$", ln.strip()) for ln in said
        ), said
        Rig.connect(port, timeout=20.0, log=False).close()  # and the firmware runs again
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_an_image_that_is_not_an_elf_file_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "not-an-elf"
    bogus.write_bytes(b"nothing bootable here")
    sup = McuSupervisor(bogus, tmp_path / "flash.img", tmp_path, icount=None, parent_fd=None)
    try:
        with pytest.raises(EmulatorError, match=r"not-an-elf is not a firmware image \(an ELF file\)$"):
            sup.start_qemu()
    finally:
        sup.close()


def test_a_qemu_that_will_not_start_is_one_line(
    image: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "qemu"
    fake.write_text(
        "#!/bin/sh\necho 'qemu-system-arm: cannot map the flash: Permission denied' >&2\nexit 1\n"
    )
    fake.chmod(0o755)
    monkeypatch.setattr("orbitrig.host.boards.mcu.QEMU", str(fake))
    mcu_flash.make_image(tmp_path / "flash.img")
    sup = McuSupervisor(image, tmp_path / "flash.img", tmp_path, icount=None, parent_fd=None)
    try:
        with pytest.raises(EmulatorError) as e:
            sup.start_qemu()
    finally:
        sup.close()
    assert (
        str(e.value)
        == "QEMU would not start (exit status 1): qemu-system-arm: cannot map the flash: Permission denied"
    )


def test_a_firmware_that_fails_to_boot_is_named(image: Path) -> None:
    with McuEmulator() as mcu:
        (mcu.flash_view / "main.py").write_text("raise ValueError('the board is broken')\n")
        with pytest.raises(EmulatorError) as e:
            mcu.start(timeout=6, wait_link=True)
    assert "did not answer HELLO" in str(e.value) and "the board is broken" in str(e.value)


# --- determinism -----------------------------------------------------------------------------------


@pytest.mark.timeout(300)
def test_two_replays_trace_the_same_bytes_and_match_the_stored_trace(image: Path) -> None:
    first = replay(REPLAY_STEPS)
    second = replay(REPLAY_STEPS)
    assert first == second, "the same script on the instruction-count clock traced differently"
    stored = json.loads(STORED_TRACE.read_text())
    assert [list(r) for r in normalized(first)] == stored["records"], (
        "the rig did something else than the stored trace: regenerate it with "
        "`python tests/test_mcu.py --regen` if the change is deliberate"
    )


def _regen() -> None:
    records = [list(r) for r in normalized(replay(REPLAY_STEPS))]
    STORED_TRACE.parent.mkdir(exist_ok=True)
    STORED_TRACE.write_text(
        json.dumps(
            {
                "about": "tests/test_mcu.py REPLAY_STEPS: (kind, index, a, b) per trace record",
                "records": records,
            }
        )
        + "\n"
    )
    print(f"{STORED_TRACE}: {len(records)} records")


if __name__ == "__main__" and sys.argv[1:] == ["--regen"]:
    _regen()
