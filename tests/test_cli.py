"""The CLI's failure paths: one clear line, no traceback, a non-zero exit code."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import serial

from orbitrig.host.boards.emulator import Emulator
from orbitrig.host.deploy.firmware import install_sources
from orbitrig.host.testing.pytest_plugin import BoardUnderTest

ORBITRIG = [sys.executable, "-m", "orbitrig.host.cli"]


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*ORBITRIG, *args], capture_output=True, text=True, timeout=timeout)


def one_line_error(p: subprocess.CompletedProcess[str]) -> str:
    assert p.returncode != 0, p.stdout
    assert "Traceback" not in p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1, p.stderr
    return lines[0]


def test_no_such_port() -> None:
    p = run("info", "--port", "/dev/ttyNOPE9")
    assert one_line_error(p) == "orbitrig: no such port: /dev/ttyNOPE9"
    assert p.returncode == 2


def test_port_busy(board: BoardUnderTest) -> None:
    holder = serial.Serial(board.port, exclusive=True)
    try:
        p = run("info", "--port", board.port)
        assert "port busy" in one_line_error(p)
        assert p.returncode == 3
    finally:
        holder.close()


def test_board_silent_past_timeout() -> None:
    master, slave = os.openpty()  # a port with nobody behind it
    try:
        p = run("ping", "--port", os.ttyname(slave), "--timeout", "0.3")
        assert re.fullmatch(r"orbitrig: board on \S+ did not answer HELLO within 0.3 s", one_line_error(p))
        assert p.returncode == 4
    finally:
        os.close(master)
        os.close(slave)


@pytest.fixture
def mismatched_board() -> Iterator[str]:
    # the real firmware, built with a different schema hash
    emu = Emulator()
    install_sources(Path(emu.flash_dir))
    wire = Path(emu.flash_dir) / "orbitfw" / "wire.py"
    text = wire.read_text()
    wire.write_text(re.sub(r"SCHEMA_HASH = 0x[0-9a-f]+", "SCHEMA_HASH = 0xdeadbeef", text))
    try:
        yield emu.start(wait_link=True)
    finally:
        emu.stop()


def test_schema_mismatch_names_both_sides(mismatched_board: str) -> None:
    from orbitrig.protocol import SCHEMA_HASH

    p = run("info", "--port", mismatched_board)
    line = one_line_error(p)
    assert f"host v1 schema {SCHEMA_HASH:08x}" in line and "board v1 schema deadbeef" in line
    assert p.returncode == 5


def test_nack_reason_is_printed(board: BoardUnderTest) -> None:
    assert run("arm", "--port", board.port).returncode == 0
    try:
        p = run("move", "--port", board.port, "pan=400")
        assert one_line_error(p) == "orbitrig: MOVE_TO refused: pan target 400.000 above max 170.000"
        assert p.returncode == 6
    finally:
        run("disarm", "--port", board.port)


def test_disarmed_move_hints_at_arm(board: BoardUnderTest) -> None:
    p = run("move", "--port", board.port, "pan=10")
    assert "not allowed in state DISARMED" in one_line_error(p)
    assert "orbitrig arm" in p.stderr


@pytest.mark.parametrize(
    "target, message",
    [
        ("pan", "bad target 'pan': expected AXIS=VALUE"),
        ("pan=abc", "bad target 'pan=abc': 'abc' is not a number"),
        ("pann=3", "unknown axis 'pann'; this board has pan, tilt, roll, slider, focus"),
    ],
)
def test_bad_move_input(board: BoardUnderTest, target: str, message: str) -> None:
    p = run("move", "--port", board.port, target)
    assert message in one_line_error(p)


def test_every_command_has_help() -> None:
    for cmd in [
        "ports",
        "emulate",
        "info",
        "ping",
        "move",
        "stop",
        "status",
        "monitor",
        "bench",
        "demo",
        "arm",
    ]:
        p = run(cmd, "--help")
        assert p.returncode == 0 and "Usage: orbitrig" in p.stdout, cmd


def test_status_and_info_work(board: BoardUnderTest) -> None:
    p = run("info", "--port", board.port)
    assert p.returncode == 0 and "pan" in p.stdout and "protocol     v1" in p.stdout
    p = run("status", "--port", board.port, "--json")
    assert p.returncode == 0 and '"state": "DISARMED"' in p.stdout


def test_config_export_import_round_trip(board: BoardUnderTest, tmp_path: Path) -> None:
    out = tmp_path / "rig.json"
    p = run("config", "export", "--port", board.port, "-o", str(out))
    assert p.returncode == 0, p.stderr
    original = out.read_text()
    doc = json.loads(original)
    assert doc["pan"]["vmax"] == 180.0 and 50 <= doc["board"]["link_timeout"] <= 10_000
    doc["pan"]["vmax"] = 150.0
    doc["tilt"]["min"] = -80.0
    out.write_text(json.dumps(doc, indent=2))
    try:
        p = run("config", "import", "--port", board.port, str(out))
        assert p.returncode == 0, p.stderr
        assert "applied 2 changed settings" in p.stdout
        p = run("config", "get", "--port", board.port, "pan.vmax", "tilt.min")
        assert "150" in p.stdout and "-80" in p.stdout
    finally:
        out.write_text(original)
        assert run("config", "import", "--port", board.port, str(out)).returncode == 0


def test_config_import_names_the_bad_line_and_changes_nothing(board: BoardUnderTest, tmp_path: Path) -> None:
    out = tmp_path / "rig.json"
    assert run("config", "export", "--port", board.port, "-o", str(out)).returncode == 0
    doc = json.loads(out.read_text())
    doc["pan"]["vmax"] = 123.0
    doc["roll"]["vmax"] = 5000.0  # beyond the 2000 unit/s the board allows
    text = json.dumps(doc, indent=2)
    out.write_text(text)
    line = next(n for n, ln in enumerate(text.splitlines(), 1) if '"roll"' in ln)
    line += next(n for n, ln in enumerate(text.splitlines()[line:], 1) if '"vmax"' in ln)
    p = run("config", "import", "--port", board.port, str(out))
    msg = one_line_error(p)
    assert msg.startswith(f"orbitrig: {out}:{line}: roll.vmax = 5000.0 outside")
    p = run("config", "get", "--port", board.port, "pan.vmax")
    assert " 180 " in p.stdout  # checked before anything was sent: pan untouched


def test_config_set_refusal_names_field_and_range(board: BoardUnderTest) -> None:
    p = run("config", "set", "--port", board.port, "pan.vmax=5000")
    # the board's range, in the axis's unit as `config get` shows it
    assert one_line_error(p) == "orbitrig: SET_CONFIG refused: pan.vmax 5000 outside 0.001..2000"
