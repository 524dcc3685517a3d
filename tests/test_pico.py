"""The emulated Pico's host side without a running chip: UF2 files and the flash, the pin trace, the
calibration math the HIL tests hold pulses to, build errors and missing packages, and the runner and
supervisor refusing what they cannot run, each in one line."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from orbitrig.host.boards import pico_build, pico_flash
from orbitrig.host.boards.pico_trace import (
    ENABLE_GPIO,
    HOST_IN,
    PIN,
    RECORD,
    START,
    PinTrace,
    duty_rounding_us,
    expected_servo_us,
    read_records,
)
from orbitrig.protocol import PROTOCOL_VERSION, codec, framing
from orbitrig.protocol.messages import Msg

ORBITRIG = [sys.executable, "-m", "orbitrig.host.cli"]


# --- UF2 and the flash --------------------------------------------------------------------------


def uf2_block(
    addr: int, data: bytes, n: int = 0, count: int = 1, family: int = pico_flash.RP2040_FAMILY
) -> bytes:
    head = struct.pack(
        "<8I",
        pico_flash.UF2_MAGIC0,
        pico_flash.UF2_MAGIC1,
        pico_flash.UF2_FLAG_FAMILY,
        addr,
        len(data),
        n,
        count,
        family,
    )
    body = data + b"\0" * (476 - len(data))
    return head + body + struct.pack("<I", pico_flash.UF2_MAGIC_END)


def test_a_uf2_is_programmed_as_the_bootrom_does_and_the_filesystem_stays(tmp_path: Path) -> None:
    flash = tmp_path / "flash.bin"
    pico_flash.make_flash(flash)
    with open(flash, "r+b") as f:  # a filesystem written by the board before
        f.seek(pico_flash.FS_OFFSET)
        f.write(b"littlefs was here")
        f.seek(0x1800)  # a stale byte in a sector the new image touches, past its end
        f.write(b"\x00")
    uf2 = tmp_path / "fw.uf2"
    uf2.write_bytes(uf2_block(0x10000000, b"A" * 256, 0, 2) + uf2_block(0x10001000, b"B" * 256, 1, 2))
    assert pico_flash.program_uf2(flash, uf2) == 512
    data = flash.read_bytes()
    assert data[:256] == b"A" * 256 and data[0x1000:0x1100] == b"B" * 256
    assert data[0x1800] == 0xFF  # the touched sector was erased whole
    assert data[pico_flash.FS_OFFSET : pico_flash.FS_OFFSET + 17] == b"littlefs was here"
    assert pico_flash.firmware_matches(flash, uf2)
    uf2.write_bytes(uf2_block(0x10000000, b"C" * 256))
    assert not pico_flash.firmware_matches(flash, uf2)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"not a uf2", "9 bytes is not a whole number of 512-byte UF2 blocks"),
        (b"\0" * 512, "block 0 is not a UF2 block (bad magic)"),
        (None, "block 0 is for family 0x12345678, not the RP2040's 0xe48bff56"),
        (
            uf2_block(0x10200000, b"x" * 256),
            "block 0 writes 256 bytes at 0x10200000, outside the Pico's 2 MiB flash",
        ),
    ],
)
def test_a_bad_uf2_is_refused_in_one_line_naming_the_block(
    tmp_path: Path, content: bytes | None, says: str
) -> None:
    uf2 = tmp_path / "bad.uf2"
    uf2.write_bytes(content if content is not None else uf2_block(0x10000000, b"x", family=0x12345678))
    with pytest.raises(pico_flash.Uf2Error) as e:
        pico_flash.read_uf2(uf2)
    assert str(e.value) == f"{uf2}: {says}"
    assert e.value.exit_code == 2


def test_a_flash_file_of_the_wrong_size_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "flash.bin"
    bad.write_bytes(b"\xff" * 1000)
    with pytest.raises(pico_flash.FlashError, match=r"is 1000 bytes, not the 2 MiB flash of a Pico"):
        pico_flash.check_flash(bad)


# --- the trace ----------------------------------------------------------------------------------


def rec(t_ns: float, kind: int, a: int = 0, b: int = 0, c: int = 0) -> bytes:
    return RECORD.pack(t_ns, kind, a, b, c)


def host_in(t_ns: float, data: bytes) -> bytes:
    out = b""
    for i in range(0, len(data), 6):
        chunk = data[i : i + 6]
        out += struct.pack("<dBB", t_ns, HOST_IN, len(chunk)) + chunk + b"\0" * (6 - len(chunk))
    return out


def test_the_trace_gives_pulses_steps_and_the_host_frames_in_emulated_time(tmp_path: Path) -> None:
    frame = framing.wire(PROTOCOL_VERSION, 3, Msg.ESTOP, codec.encode(Msg.ESTOP, {}))
    raw = rec(0, START, 0, 0, 1) + rec(10, PIN, ENABLE_GPIO, 0)  # drivers on
    raw += rec(100, PIN, 11, 1)  # direction up
    for k in range(5):  # five steps up, 5 us wide, the PIO's records in any order
        raw += rec(2005 + 1000 * k, PIN, 10, 0) + rec(2000 + 1000 * k, PIN, 10, 1)
    raw += rec(9000, PIN, 11, 0) + rec(10_000, PIN, 10, 1) + rec(10_005, PIN, 10, 0)  # one down
    raw += host_in(11_000, frame[:4]) + host_in(12_500, frame[4:])  # a frame in two USB packets
    raw += rec(13_000, PIN, ENABLE_GPIO, 1) + rec(14_000, PIN, 10, 1) + rec(14_005, PIN, 10, 0)
    path = tmp_path / "trace.bin"
    path.write_bytes(raw + b"\x01\x02")  # a torn last record is ignored
    t = PinTrace.read(path)
    assert len(read_records(path)) == len(t.records)
    assert t.starts() == [(0.0, "power-on")]
    pulses = t.high_pulses(10)
    assert [p.width_us for p in pulses] == [0.005] * 7
    assert t.steps("slider") == 5 - 1  # the last step came with the drivers off
    assert t.steps("slider", enabled=False) == 5 - 1 - 1
    assert t.steps("slider", 9000) == -1
    assert t.level_at(ENABLE_GPIO, 12_999) == 0 and t.level_at(ENABLE_GPIO, 13_000) == 1
    assert t.level_at(ENABLE_GPIO, 5) is None
    frames = t.frames()
    assert [(f.t_ns, f.msg, f.seq) for f in frames] == [(12_500, Msg.ESTOP, 3)]  # complete at its last byte


def test_servo_widths_are_the_hals_integer_calibration() -> None:
    # hal_board: us = p0 + (pos - lo) * (p1 - p0) // (hi - lo), clamped to the axis
    assert expected_servo_us(0, -170_000, 170_000, 500, 2500) == 1500
    assert expected_servo_us(30_000, -170_000, 170_000, 500, 2500) == 1676
    assert expected_servo_us(-999_999, -90_000, 90_000, 500, 2500) == 500
    assert expected_servo_us(90_000, -90_000, 90_000, 1000, 2000, invert=True) == 1000
    # us -> duty_u16 (us * 65535 // 20000) loses less than one duty count
    assert all(0 <= duty_rounding_us(us) < 20000 / 65535 for us in range(400, 2700, 7))


# --- build errors and packages ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("log", "line"),
    [
        ("x\nfoo.c:12:3: error: expected ';'\nmake: *** [x] Error 1\n", "foo.c:12:3: error: expected ';'"),
        (
            'MPY hal_rp2.py\nTraceback (most recent call last):\n  File "hal_rp2.py", line 141, in f\n'
            "ViperTypeError: can't do binary op\nmake[2]: *** Error 1\n",
            "hal_rp2.py:141: ViperTypeError: can't do binary op",
        ),
        ("CMake Error at CMakeLists.txt:4 (project):\n", "CMake Error at CMakeLists.txt:4 (project):"),
        ("building\nmake[1]: *** [all] Error 2\n", "make[1]: *** [all] Error 2"),
    ],
)
def test_a_failed_build_is_named_by_its_first_error(tmp_path: Path, log: str, line: str) -> None:
    path = tmp_path / "build.log"
    path.write_text(log)
    assert pico_build._first_error(path) == line


def test_missing_packages_are_named_with_their_install_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on it
    missing = pico_build.missing_tools()
    assert missing == list(pico_build.APT_PACKAGES)
    with pytest.raises(pico_build.ToolchainMissing) as e:
        pico_build.check_tools()
    assert "\n" not in str(e.value)
    assert "apt-get install --no-install-recommends cmake gcc-arm-none-eabi" in str(e.value)
    run = subprocess.run(
        [sys.executable, "-m", "orbitrig.host.boards.pico_build", "--if-tools"],
        env={**os.environ, "PATH": str(tmp_path), "CI": ""},
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0 and run.stdout.startswith("emulated Pico: skipped, needs cmake, ")
    run = subprocess.run(
        [sys.executable, "-m", "orbitrig.host.boards.pico_build", "--if-tools"],
        env={**os.environ, "PATH": str(tmp_path), "CI": "true"},
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1 and run.stderr.count("\n") == 1 and "(CI must have them)" in run.stderr


def test_emulate_pico_refuses_the_other_boards_options() -> None:
    for args, says in (
        (["--blank"], "--blank does not apply to --pico"),
        (["--mcu"], "--pico and --mcu/--icount: choose one board"),
        (["--flash-size", "512K"], "--flash-size does not apply to --pico"),
        (["--heap", "1M"], "--heap does not apply to --pico"),
    ):
        run = subprocess.run(
            [*ORBITRIG, "emulate", "--pico", "--temp-flash", *args], capture_output=True, text=True
        )
        assert run.returncode == 2 and run.stderr.strip().count("\n") == 0 and says in run.stderr, run.stderr


# --- the runner and the supervisor refuse what they cannot run ---------------------------------


@pytest.fixture(scope="module")
def modules() -> Path:
    pico_build.require_tools_or_skip(pico_build.missing_tools())
    return pico_build.runner_modules()


def runner(modules: Path, flash: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    cmd = ["node", str(pico_build.pico_dir() / "runner.js"), "--modules", str(modules)]
    cmd += [
        "--bootrom",
        str(pico_build.bootrom_path()),
        "--flash",
        str(flash),
        "--trace",
        str(tmp_path / "t.bin"),
    ]
    return subprocess.run(
        [*cmd, *extra], capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL
    )


def test_the_runner_refuses_a_bad_flash_or_option_in_one_line(modules: Path, tmp_path: Path) -> None:
    small = tmp_path / "small.bin"
    small.write_bytes(b"\xff" * 4096)
    for flash, extra, says in (
        (tmp_path / "none.bin", (), "cannot open the flash file"),
        (small, (), "is not a 2048 KiB flash image"),
        (small, ("--carriage", "1,x"), "--carriage takes an integer"),
        (small, ("--bogus",), "unknown option --bogus"),
    ):
        run = runner(modules, flash, tmp_path, *extra)
        assert run.returncode == 2 and run.stdout == "", run
        assert run.stderr.count("\n") == 1 and says in run.stderr, run.stderr


def test_the_runner_reads_the_bootrom_and_finds_the_flash_functions(modules: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bootrom.ts"
    bad.write_text("export const bootromB1 = new Uint32Array([0x1, 0x2]);\n")
    flash = tmp_path / "flash.bin"
    pico_flash.make_flash(flash)
    cmd = ["node", str(pico_build.pico_dir() / "runner.js"), "--modules", str(modules), "--bootrom", str(bad)]
    run = subprocess.run(
        [*cmd, "--flash", str(flash), "--trace", str(tmp_path / "t.bin")], capture_output=True, text=True
    )
    assert run.returncode == 2 and "holds 2 words, not the 4096 of a 16 KiB bootrom" in run.stderr


def test_a_board_whose_runner_cannot_start_is_one_line(modules: Path, tmp_path: Path) -> None:
    from orbitrig.host.boards.pico import PicoSupervisor

    bad = tmp_path / "flash.bin"
    bad.write_bytes(b"\xff" * 100)  # not a flash: the runner refuses it at once
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    sup = PicoSupervisor(bad, run_dir, modules)
    try:
        sup.start_runner()
        deadline = time.monotonic() + 20
        while sup.error is None and time.monotonic() < deadline:
            sup._step()
        assert sup.error is not None and "is not a 2048 KiB flash image" in sup.error
        assert "\n" not in sup.error
    finally:
        sup.close()
