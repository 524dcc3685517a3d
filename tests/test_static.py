"""Static firmware checks: the firmware passes, and the checks can fail (isolation and compile errors)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from orbitrig.host.testing import static_checks as sc

RP2 = sc.TARGETS["rp2"]
ESP32 = sc.TARGETS["esp32"]


def _write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.write_text(text)
    return path


def _by_file(problems: list[sc.Problem]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in problems:
        out.setdefault(Path(p.path).name, []).append(p.message)
    return out


@pytest.mark.timeout(300)
def test_firmware_passes_static_checks() -> None:
    report = sc.run()
    assert report.ok, "\n" + "\n".join(str(p) for p in report.problems)
    assert report.files >= 9 and report.archs == 2
    assert report.pyright_counts == {"rp2": 0, "esp32": 0}


@pytest.fixture(scope="module")
def probe_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, list[str]]]:
    """One pyright run per target over small firmware-like probe files, each testing one thing."""
    results = {}
    for target, own, other in ((RP2, "rp2", "esp32"), (ESP32, "esp32", "rp2")):
        root = tmp_path_factory.mktemp(f"probe-{target.name}")
        files = [
            _write(root, "cpython_threading.py", "import threading\n\nT = threading.Thread\n"),
            _write(root, "cpython_dataclasses.py", "import dataclasses\n\nD = dataclasses.dataclass\n"),
            _write(root, "stub_only_typing.py", "from typing import TYPE_CHECKING\n\nT = TYPE_CHECKING\n"),
            _write(root, "stub_only_enum.py", "import enum\n\nE = enum.Enum\n"),
            _write(root, "other_port.py", f"import {other}\n\nM = {other}\n"),
            # host-side packages and the check's own directories must not leak in either
            _write(root, "host_numpy.py", "import numpy\n\nN = numpy\n"),
            _write(root, "host_venv.py", "import venv\n\nV = venv\n"),
            _write(root, "unknown_attr.py", "import machine\n\nX = machine.NoSuchThing\n"),
            _write(
                root,
                "board_ok.py",
                f"import machine\nimport {own}\nimport select\nimport struct\nimport sys\nimport time\n"
                "from micropython import const\n\n_X = const(3)\n"
                f"PIN = machine.Pin(_X)\nPORT = {own}\nPOLL = select.poll()\nPACK = struct.pack_into\n"
                "IN = sys.stdin\nT = time.ticks_us()\n"
                # keyword calls resolve only when the stubs' own typing imports do
                "U = machine.UART(0, 9600, tx=machine.Pin(0), rx=machine.Pin(1), timeout=0)\n"
                "P = machine.PWM(machine.Pin(2), freq=50, duty_u16=0)\n",
            ),
            _write(
                root,
                "viper_ok.py",
                "import micropython\n\n\n@micropython.viper\ndef f(buf, n: int) -> int:\n"
                "    p = ptr8(buf)\n    q = ptr16(buf)\n    return p[0] + q[n]\n",
            ),
            _write(root, "local_import_ok.py", "import board_ok\n\nM = board_ok.machine\n"),
        ]
        results[target.name] = _by_file(sc.pyright_check(target, files, root))
    return results


@pytest.mark.timeout(300)
@pytest.mark.parametrize("target", ["rp2", "esp32"])
@pytest.mark.parametrize("module", ["threading", "dataclasses"])
def test_cpython_only_import_is_rejected(probe_results, target: str, module: str) -> None:
    messages = probe_results[target].get(f"cpython_{module}.py", [])
    assert any(f'Import "{module}" could not be resolved' in m for m in messages), messages


@pytest.mark.timeout(300)
@pytest.mark.parametrize("target", ["rp2", "esp32"])
def test_micropython_imports_and_viper_builtins_are_accepted(probe_results, target: str) -> None:
    # Without this the rejection tests could pass by rejecting everything.
    for name in ("board_ok.py", "viper_ok.py", "local_import_ok.py"):
        assert name not in probe_results[target], probe_results[target][name]


@pytest.mark.timeout(300)
@pytest.mark.parametrize("target", ["rp2", "esp32"])
def test_stub_only_modules_are_rejected(probe_results, target: str) -> None:
    # typing and enum exist in the typeshed dir for the stubs' sake, not on the board.
    assert any('"typing"' in m for m in probe_results[target].get("stub_only_typing.py", []))
    assert any('"enum"' in m for m in probe_results[target].get("stub_only_enum.py", []))


@pytest.mark.timeout(300)
@pytest.mark.parametrize("target", ["rp2", "esp32"])
@pytest.mark.parametrize("module", ["numpy", "venv"])
def test_host_packages_are_not_visible(probe_results, target: str, module: str) -> None:
    messages = probe_results[target].get(f"host_{module}.py", [])
    assert any(f'Import "{module}" could not be resolved' in m for m in messages), messages


@pytest.mark.timeout(300)
@pytest.mark.parametrize("target, other", [("rp2", "esp32"), ("esp32", "rp2")])
def test_other_ports_modules_and_unknown_attributes_are_rejected(
    probe_results, target: str, other: str
) -> None:
    assert any(f'"{other}"' in m for m in probe_results[target].get("other_port.py", []))
    assert any("NoSuchThing" in m for m in probe_results[target].get("unknown_attr.py", []))


@pytest.mark.parametrize("march", ["armv6m", "xtensawin"])
def test_mpy_cross_rejects_a_syntax_error(tmp_path: Path, march: str) -> None:
    bad = _write(tmp_path, "bad.py", "x = 1\ndef broken(:\n    pass\n")
    problems = sc.compile_file(bad, march, tmp_path / "out")
    assert len(problems) == 1
    assert problems[0].line == 2 and "SyntaxError" in problems[0].message and march in problems[0].message
    good = _write(tmp_path, "good.py", "from micropython import const\n_X = const(1)\n")
    assert sc.compile_file(good, march, tmp_path / "out") == []
    assert (tmp_path / "out" / march / "good.mpy").is_file()


def test_blanket_pyright_ignore_is_reported(tmp_path: Path) -> None:
    f = _write(tmp_path, "x.py", "a = 1  # pyright: ignore\nb = 2  # pyright: ignore[reportCallIssue]\n")
    problems = sc.ignore_comment_problems([f])
    assert [p.line for p in problems] == [1]


def test_port_stubs_are_each_ports_own() -> None:
    # Both stub packages install machine.pyi into one site-packages; each target must get its own.
    rp2 = sc.stub_files(RP2.stubs)["machine.pyi"]
    esp32 = sc.stub_files(ESP32.stubs)["machine.pyi"]
    assert b"'port': 'rp2'" in rp2 and b"'port': 'esp32'" in esp32
    assert "rp2" in sc.board_modules(RP2) and "rp2" not in sc.board_modules(ESP32)
    assert "esp32" in sc.board_modules(ESP32) and "esp32" not in sc.board_modules(RP2)


def test_each_target_checks_its_own_hal() -> None:
    rp2 = {p.name for p in sc.target_files(RP2)}
    esp32 = {p.name for p in sc.target_files(ESP32)}
    assert {"main.py", "boot.py", "hal_board.py", "hal_rp2.py", "hal_sim.py", "hal_mcu.py", "loop.py"} <= rp2
    assert "hal_esp32.py" not in rp2
    assert {"main.py", "boot.py", "hal_board.py", "hal_esp32.py", "loop.py"} <= esp32
    assert not {"hal_rp2.py", "hal_sim.py", "hal_mcu.py"} & esp32


# --- the board HALs' logic on the real MicroPython VM, over fake hardware modules ----------------------
#
# The boards themselves are not here, but the HALs' arithmetic, the PIO/RMT batch encoding, the
# non-blocking stdin link and the no-allocation rule can all be checked on the unix port.

_FAKE_MACHINE = """
PWRON_RESET = 1
HARD_RESET = 2
WDT_RESET = 3
DEEPSLEEP_RESET = 4
SOFT_RESET = 5
def reset_cause():
    return WDT_RESET
def disable_irq():
    return 1
def enable_irq(state):
    pass
def reset():
    raise SystemExit(0)
class Pin:
    IN = 0
    OUT = 1
    PULL_UP = 1
    IRQ_FALLING = 2
    def __init__(self, id, mode=-1, pull=-1, value=0):
        self.id = id
        self.v = value
    def value(self, v=None):
        if v is None:
            return self.v
        self.v = v
    def irq(self, handler=None, trigger=0, hard=False):
        pass
class PWM:
    def __init__(self, pin, freq=0, duty_u16=0):
        self.d = duty_u16
    def duty_u16(self, d):
        self.d = d
class WDT:
    def __init__(self, timeout=0):
        self.timeout = timeout
        self.fed = 0
    def feed(self):
        self.fed += 1
class UART:
    pass
"""

_FAKE_RP2 = """
class PIO:
    OUT_LOW = 2
    SHIFT_RIGHT = 1
def asm_pio(**kw):
    def program(f):
        return f
    return program
class StateMachine:
    def __init__(self, id, prog, freq=0, set_base=None, out_base=None, jmp_pin=None):
        self.word = 0
        self.puts = 0
        self.fifo = 0
    def active(self, v):
        pass
    def tx_fifo(self):
        return self.fifo
    def rx_fifo(self):
        return 0
    def put(self, w):
        self.word = w
        self.puts += 1
"""

_FAKE_ESP32 = """
class RMT:
    def __init__(self, pin=None, resolution_hz=0, idle_level=False):
        self.durs = None
        self.levels = None
        self.writes = 0
        self.busy = False
    def wait_done(self):
        return not self.busy
    def write_pulses(self, durs, levels):
        self.durs = durs
        self.levels = levels
        self.writes += 1
"""

_HAL_SCRIPT = """
import gc
import sys
import time
import hal_{port} as H

hal = H.Hal()
for i, a in enumerate(hal.axes()):
    hal.configure_axis(i, a[5], 200)
hal.set_outputs(True, 0)
out = {{"cause": hal.reset_cause()}}
hal.set_axis(0, 170000)
out["servo_max"] = hal._pwms[0].d
hal.set_axis(0, -999999)
out["servo_clamped"] = hal._pwms[0].d
hal.set_axis(3, 1000)
hal.tick(0)
out["slider_pos"] = hal.axis_pos(3)
if "{port}" == "rp2":
    out["word"] = hal._sms[0].word
else:
    out["durs"] = list(hal._rmts[0].durs[:2])
    out["levels"] = sum(1 for v in hal._rmts[0].levels if v)
    out["dir"] = hal._dirs[0].value()
hal.set_axis(3, 0)
hal.tick(0)
out["slider_back"] = hal.axis_pos(3)
hal.set_axis(4, 100)  # 0.1 mm of focus
hal.tick(0)
out["focus_steps"] = hal._sent[1]
out["focus_pos"] = hal.axis_pos(4)
hal.set_axis(4, 0)
hal.tick(0)
hal.set_axis(3, -500)  # a homing seek runs below the axis's min
hal.tick(0)
out["seek"] = hal.axis_pos(3)
hal.home_axis(3, 0)  # on the switch: the count starts over at the home position
out["homed"] = (hal.axis_pos(3), hal._target[0] - hal._sent[0])
hal.tick(0)
out["after_home"] = hal.axis_pos(3)

def ticks(n):
    for k in range(n):
        hal.set_axis(0, k * 50)
        hal.set_axis(3, k * 400)
        hal.set_axis(4, k * 7)
        hal.tick(k)
        hal.axis_pos(3)
        hal.wdt_feed()

hal.wdt_start(1000)
buf = bytearray(64)
hal.link_open()
sys.stdout.write("ready\\n")
got = 0
while got < 64:
    hal.link_wait(100)
    got += hal.link_read(memoryview(buf)[got:])
out["link"] = bytes(buf).decode()
out["link_empty"] = hal.link_read(buf)
ticks(10)
hal.link_read(buf)
gc.collect()
gc.disable()
a0 = gc.mem_alloc()
ticks(300)
for _ in range(50):
    hal.link_read(buf)
out["alloc"] = gc.mem_alloc() - a0
gc.enable()
hal.link_close()
hal.set_axis(0, 0)
hal.estop(1, 0)  # ESTOP holding pan
out["held"] = hal._pwms[0].d
hal.set_outputs(False, 0)  # CLEAR / DISARM
out["released"] = hal._pwms[0].d
print(repr(out))
"""


@pytest.mark.timeout(120)
@pytest.mark.parametrize("port", ["rp2", "esp32"])
def test_board_hal_logic_on_the_micropython_vm(tmp_path: Path, port: str) -> None:
    import subprocess

    from orbitrig.host.boards.emulator import find_micropython

    mp = find_micropython()
    if mp is None:
        pytest.skip("the MicroPython unix port is not installed")
    fakes = tmp_path / "fakes"
    fakes.mkdir()
    _write(fakes, "machine.py", _FAKE_MACHINE)
    _write(fakes, "rp2.py", _FAKE_RP2)
    _write(fakes, "esp32.py", _FAKE_ESP32)
    script = _write(tmp_path, "run.py", _HAL_SCRIPT.format(port=port))
    env = {"MICROPYPATH": f"{fakes}:{sc.FIRMWARE_DIR}", "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen(
        [mp, str(script)],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin and proc.stdout and proc.stderr
    assert proc.stdout.readline() == b"ready\n", proc.stderr.read().decode()
    # 64 bytes including Ctrl-C; the pipe stays open, so a blocking read would hang the board
    proc.stdin.write(b"\x03" + b"x" * 62 + b"\x03")
    proc.stdin.flush()
    try:
        line = proc.stdout.readline()
    finally:
        proc.kill()
        proc.wait()
    assert line, proc.stderr.read().decode()
    out = ast.literal_eval(line.decode())
    assert out["cause"] == 2  # wire.RESET_WATCHDOG from machine.WDT_RESET
    assert out["servo_max"] == 2500 * 65535 // 20000
    assert out["servo_clamped"] == 500 * 65535 // 20000
    assert out["slider_pos"] == 1000 and out["slider_back"] == 0  # 80 steps out and back
    # focus is calibrated from the configuration's defaults: 800 steps/mm
    assert (out["focus_steps"], out["focus_pos"]) == (80, 100)
    assert out["seek"] == -500  # not clamped to the soft limit: homing needs to pass it
    assert out["homed"] == (0, 0) and out["after_home"] == 0  # no steps owed after homing
    assert out["held"] == 1500 * 65535 // 20000 and out["released"] == 0
    if port == "rp2":
        # dir 1, 80 pulses, spread over 7/8 of the 5 ms tick: period 4375 // 80 = 54 us = gap + 9
        word = out["word"]
        assert (word & 1, (word >> 1 & 0x7FFF) + 1, word >> 16) == (1, 80, 54 - 9)
    else:
        assert out["durs"] == [4375 // 128 - 5, 5] and out["levels"] == 80 and out["dir"] == 1
    assert out["link"] == "\x03" + "x" * 62 + "\x03" and out["link_empty"] == 0
    assert out["alloc"] == 0, f"set_axis/tick/axis_pos/link_read allocated {out['alloc']} bytes"
