"""Tests for the emulated board supervisor: pty relay, REPL, resets, watchdog, host reconnects, cleanup."""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import serial

from orbitrig.host.boards.emulator import Emulator, EmulatorError, ctl_request

pytestmark = pytest.mark.timeout(60)

# A tiny firmware: serve the protocol link with poll + non-blocking reads. "?" asks for the reset
# cause, "!" hands the port back to the REPL, anything else is echoed. With TEST_WDT=1 the first
# (power-on) run arms the watchdog, feeds it a few times and then hangs.
ECHO_MAIN = """\
import os
import select
import socket
import struct
import time

CAUSE = os.getenv("ORBITRIG_RESET_CAUSE")


def unix_addr(path):
    # The unix port's connect() takes a raw struct sockaddr_un: family, path, NUL.
    return struct.pack("H", socket.AF_UNIX) + path.encode() + b"\\0"


if os.getenv("TEST_WDT") == "1" and CAUSE == "0":
    ctl = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    ctl.connect(unix_addr(os.getenv("ORBITRIG_CTL")))
    ctl.send(b"wdt 300\\n")
    for _ in range(3):
        time.sleep(0.1)
        ctl.send(b"feed\\n")
    time.sleep(60)

link = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
link.connect(unix_addr(os.getenv("ORBITRIG_LINK")))
link.setblocking(False)
poller = select.poll()
poller.register(link, select.POLLIN)
buf = bytearray(256)
while True:
    poller.poll()
    n = link.readinto(buf)
    if n is None:
        continue
    if n == 0:
        break
    data = bytes(buf[:n])
    if data == b"!":
        break
    link.send(b"cause=" + CAUSE.encode() + b"\\n" if data == b"?" else data)
link.close()
"""

RAW_REPL = b"raw REPL; CTRL-B to exit\r\n>"


def read_until(port: serial.Serial, token: bytes, timeout: float = 5.0) -> bytes:
    """Read until token shows up; fail with what was seen otherwise."""
    seen = b""
    deadline = time.monotonic() + timeout
    while token not in seen:
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {token!r}; got {seen!r}")
        seen += port.read(max(1, port.in_waiting))
    return seen


def wait_for(cond: Callable[[], bool], timeout: float = 5.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


def ctl_send(ctl_path: Path, line: str, reply: bool = False) -> str:
    """One command on the control socket, as the firmware (no reply awaited) or a test sends it."""
    if reply:
        return ctl_request(ctl_path, line, 5.0, "the emulator")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(5.0)
        sock.connect(str(ctl_path))
        sock.sendall(line.encode() + b"\n")
    return ""


def alive(pid: int) -> bool:
    """True if pid exists and is not a zombie."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def link_up(emu: Emulator) -> bool:
    return bool(emu.stats()["link_connected"])


def query_cause(port: serial.Serial) -> bytes:
    port.write(b"?")
    return read_until(port, b"\n").strip().split(b"cause=")[-1]


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[Callable[..., Emulator]]:
    """Factory: an emulated board running `main` from a fresh flash dir; all stopped at teardown."""
    started: list[Emulator] = []

    def make(main: str | None = ECHO_MAIN, **kwargs: object) -> Emulator:
        flash = tmp_path / f"flash{len(started)}"
        flash.mkdir()
        if main is not None:
            (flash / "main.py").write_text(main)
        emu = Emulator(flash, **kwargs)  # type: ignore[arg-type]
        started.append(emu)
        emu.start()
        return emu

    yield make
    for emu in started:
        emu.stop()


def test_echo_through_link(emulator: Callable[..., Emulator]) -> None:
    emu = emulator()
    assert emu.port.startswith("/dev/pts/")
    wait_for(lambda: link_up(emu), what="the firmware's link connection")
    with serial.Serial(emu.port, timeout=2) as port:
        assert query_cause(port) == b"0"
        for payload in (b"hello", bytes(range(256)), b"\x00\x01\x02\x03\x04\x7e\xff" * 50):
            port.write(payload)
            assert port.read(len(payload)) == payload
        assert emu.stats()["host_connected"] is True


def test_echo_round_trip_latency(emulator: Callable[..., Emulator]) -> None:
    emu = emulator()
    wait_for(lambda: link_up(emu), what="the firmware's link connection")
    with serial.Serial(emu.port, timeout=2) as port:
        times = []
        for _ in range(1000):
            t0 = time.perf_counter()
            port.write(b"ping")
            assert port.read(4) == b"ping"
            times.append(time.perf_counter() - t0)
    median_us = statistics.median(times) * 1e6
    print(f"echo round trip through the relay: median {median_us:.0f} us over {len(times)} writes")
    assert median_us < 20_000  # generous: only catches a relay that sleeps or polls on a timer


def test_raw_repl_when_no_link(emulator: Callable[..., Emulator]) -> None:
    emu = emulator("print('main done')\n")
    with serial.Serial(emu.port, timeout=2) as port:
        port.write(b"\r\x01")
        read_until(port, RAW_REPL)
        port.write(b"print(6*7)\x04")
        assert b"OK42" in read_until(port, b"\x04>")
        port.write(b"\x02")
        read_until(port, b">>> ")
    assert emu.stats()["link_connected"] is False


def test_main_exception_drops_to_repl(emulator: Callable[..., Emulator]) -> None:
    emu = emulator("x = 41\nraise ValueError('firmware bug')\n")
    with serial.Serial(emu.port, timeout=2) as port:
        port.write(b"\r\x01")
        read_until(port, RAW_REPL)
        port.write(b"print(x + 1)\x04")  # main.py ran in the REPL's namespace, as on a real board
        assert b"OK42" in read_until(port, b"\x04>")
    assert emu.stats()["restarts"] == 0


def test_ctrl_c_interrupts_running_main(emulator: Callable[..., Emulator]) -> None:
    emu = emulator("import time\nprint('busy')\nwhile True:\n    time.sleep(0.01)\n")
    with serial.Serial(emu.port, timeout=2) as port:
        time.sleep(0.3)  # main.py is in its loop by now
        port.write(b"\r\x03")
        assert b"KeyboardInterrupt" in read_until(port, b">>> ")
        port.write(b"\x03")  # at the prompt Ctrl-C is a plain byte and must not kill the board
        read_until(port, b">>> ")
        port.write(b"\r\x01")
        read_until(port, RAW_REPL)
        port.write(b"print(6*7)\x04")
        assert b"OK42" in read_until(port, b"\x04>")
    assert emu.stats()["restarts"] == 0


def test_safe_mode_skips_main(emulator: Callable[..., Emulator]) -> None:
    emu = emulator(safe_mode=True)
    with serial.Serial(emu.port, timeout=2) as port:
        port.write(b"\r\x01")
        read_until(port, RAW_REPL)
        port.write(b"import os; print(os.getenv('ORBITRIG_SAFE_MODE'), 'link' in globals())\x04")
        assert b"OK1 False" in read_until(port, b"\x04>")
    assert emu.stats()["link_connected"] is False


def test_reset_keeps_port(emulator: Callable[..., Emulator]) -> None:
    emu = emulator()
    wait_for(lambda: link_up(emu), what="the firmware's link connection")
    first = emu.stats()
    port_path = emu.port
    with serial.Serial(port_path, timeout=2) as port:
        assert query_cause(port) == b"0"
        ctl_send(emu.run_dir / "ctl.sock", "reset 1")
        wait_for(lambda: emu.stats()["restarts"] == 1, what="the restart")
        wait_for(lambda: link_up(emu), what="the link after reset")
    after = emu.stats()
    assert after["pid"] != first["pid"] and not alive(first["pid"])
    assert after["reset_cause"] == 1
    with serial.Serial(port_path, timeout=2) as port:
        assert query_cause(port) == b"1"
        port.write(b"still here")
        assert port.read(10) == b"still here"


def test_power_cycle(emulator: Callable[..., Emulator]) -> None:
    emu = emulator()
    wait_for(lambda: link_up(emu), what="the firmware's link connection")
    emu.power_cycle()
    wait_for(lambda: link_up(emu), what="the link after the power cycle")
    with serial.Serial(emu.port, timeout=2) as port:
        assert query_cause(port) == b"0"
    assert emu.stats()["restarts"] == 1


def test_watchdog_restarts_with_cause_2(emulator: Callable[..., Emulator]) -> None:
    emu = emulator(extra_env={"TEST_WDT": "1"})
    started = time.monotonic()
    wait_for(lambda: emu.stats()["restarts"] == 1, timeout=10, what="the watchdog reset")
    assert time.monotonic() - started >= 0.5  # three feeds at 100 ms, then 300 ms without one
    wait_for(lambda: link_up(emu), what="the link after the watchdog reset")
    with serial.Serial(emu.port, timeout=2) as port:
        assert query_cause(port) == b"2"
    time.sleep(0.5)  # the second run does not arm it: no further resets
    assert emu.stats()["restarts"] == 1


def test_host_close_and_reopen(emulator: Callable[..., Emulator]) -> None:
    emu = emulator()
    wait_for(lambda: link_up(emu), what="the firmware's link connection")
    for i in range(5):
        with serial.Serial(emu.port, timeout=2) as port:
            msg = f"round {i}".encode()
            port.write(msg)
            assert port.read(len(msg)) == msg
        if i % 2:
            wait_for(lambda: not emu.stats()["host_connected"], what="the host disconnect")
    assert emu.stats()["restarts"] == 0


def test_reopened_port_gets_no_stale_output(emulator: Callable[..., Emulator]) -> None:
    emu = emulator()
    wait_for(lambda: link_up(emu), what="the firmware's link connection")
    with serial.Serial(emu.port, timeout=2) as port:
        port.write(b"echo that nobody reads")
        time.sleep(0.1)
    wait_for(lambda: not emu.stats()["host_connected"], what="the host disconnect")
    # A plain open, not pyserial (whose open() flushes input and would hide a stale tail).
    fd = os.open(emu.port, os.O_RDWR | os.O_NOCTTY)
    try:
        assert select.select([fd], [], [], 0.3)[0] == []
    finally:
        os.close(fd)


def test_soft_reboot_from_repl(emulator: Callable[..., Emulator]) -> None:
    emu = emulator("import os\nCAUSE = os.getenv('ORBITRIG_RESET_CAUSE')\n")
    with serial.Serial(emu.port, timeout=2) as port:
        port.write(b"\r\x03")
        read_until(port, b">>> ")
        port.write(b"\x04")  # Ctrl-D at the friendly REPL: the child exits, the board soft-reboots
        read_until(port, b"soft reboot\r\n")
        read_until(port, b">>> ")
        port.write(b"\r\x01")
        read_until(port, RAW_REPL)
        port.write(b"print(CAUSE)\x04")
        assert b"OK1" in read_until(port, b"\x04>")
    assert emu.stats()["restarts"] == 1


def test_mpremote_exec_and_copy(emulator: Callable[..., Emulator], tmp_path: Path) -> None:
    emu = emulator("print('main done')\n")
    mpremote = [sys.executable, "-m", "mpremote", "connect", emu.port]
    run = subprocess.run([*mpremote, "exec", "print(6*7)"], capture_output=True, timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == b"42"
    local = tmp_path / "cfg.json"
    local.write_text('{"axes": 2}')
    run = subprocess.run([*mpremote, "fs", "cp", str(local), ":cfg.json"], capture_output=True, timeout=30)
    assert run.returncode == 0, run.stderr
    assert (emu.flash_dir / "cfg.json").read_text() == '{"axes": 2}'


def test_stop_leaves_no_process(emulator: Callable[..., Emulator]) -> None:
    emu = emulator()
    child = emu.stats()["pid"]
    supervisor = emu.pid
    assert supervisor is not None and alive(supervisor) and alive(child)
    emu.stop()
    emu.stop()  # idempotent
    assert not alive(supervisor)
    assert not alive(child)
    assert not (emu.run_dir / "ctl.sock").exists()


@pytest.mark.parametrize("how", ["exit", "sigkill"])
def test_no_orphan_when_the_owner_dies(tmp_path: Path, how: str) -> None:
    """atexit stops the supervisor on a normal exit; a SIGKILLed owner's supervisor sees EOF on its
    stdin pipe, stops its MicroPython child and cleans up."""
    flash, run_dir = tmp_path / "flash", tmp_path / "run"
    flash.mkdir()
    (flash / "main.py").write_text(ECHO_MAIN)
    script = tmp_path / "owner.py"
    script.write_text(
        "import sys, time\n"
        "from orbitrig.host.boards.emulator import Emulator\n"
        f"emu = Emulator({str(flash)!r}, run_dir={str(run_dir)!r})\n"
        "emu.start()\n"
        "print(emu.pid, emu.stats()['pid'], flush=True)\n"
        "sys.stdin.readline()  # until the test has seen both alive: then exit, or wait for SIGKILL\n"
        f"if {how!r} == 'sigkill':\n"
        "    time.sleep(60)\n"
    )
    owner = subprocess.Popen(
        [sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    pids: list[int] = []
    try:
        assert owner.stdout is not None
        ready, _, _ = select.select([owner.stdout], [], [], 30)
        assert ready, "the owner printed nothing"
        pids = [int(p) for p in owner.stdout.readline().split()]
        assert len(pids) == 2 and all(alive(pid) for pid in pids), pids
        assert owner.stdin is not None
        owner.stdin.write("go\n")
        owner.stdin.flush()
        if how == "sigkill":
            owner.kill()
        assert owner.wait(30) == (-signal.SIGKILL if how == "sigkill" else 0)
        supervisor, child = pids
        wait_for(lambda: not alive(supervisor), 10.0, f"supervisor {supervisor} to exit")
        wait_for(lambda: not alive(child), 10.0, f"MicroPython {child} to exit")
        # It shut down, rather than being killed: it removed what it made in the run dir.
        assert not (run_dir / "ctl.sock").exists() and not (run_dir / "link.sock").exists()
        assert not (run_dir / "port").exists()
    finally:
        if owner.poll() is None:
            owner.kill()
            owner.wait()
        for f in (owner.stdin, owner.stdout):
            if f is not None:
                f.close()
        for pid in pids:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_cli_ignores_stdin_eof(tmp_path: Path) -> None:
    """In the foreground stdin is the user's: the board runs on after its EOF (here /dev/null)."""
    run_dir = tmp_path / "run"
    cmd = [sys.executable, "-m", "orbitrig.host.boards.emulator", "--run-dir", str(run_dir)]
    proc = subprocess.Popen(
        cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert _read_line(proc, 10).startswith("orbitrig emulated board on /dev/pts/")
        time.sleep(0.5)
        assert proc.poll() is None
        assert json.loads(ctl_send(run_dir / "ctl.sock", "stats", reply=True))["pid"] is not None
        proc.send_signal(signal.SIGINT)
        assert proc.wait(10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_stop_on_stdin_eof(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    cmd = [
        sys.executable,
        "-m",
        "orbitrig.host.boards.emulator",
        "--run-dir",
        str(run_dir),
        "--stop-on-stdin-eof",
    ]
    cmd += ["--port-file", str(run_dir / "port")]
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert _read_line(proc, 10).startswith("orbitrig emulated board on /dev/pts/")
        child = json.loads(ctl_send(run_dir / "ctl.sock", "stats", reply=True))["pid"]
        assert alive(child)
        assert proc.stdin is not None
        proc.stdin.close()
        assert proc.wait(10) == 0
        assert proc.stderr is not None and proc.stderr.read() == ""
        assert not alive(child)
        assert not (run_dir / "ctl.sock").exists() and not (run_dir / "port").exists()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_failed_start_keeps_the_running_boards_port_file(
    emulator: Callable[..., Emulator], tmp_path: Path
) -> None:
    first = emulator(run_dir=tmp_path / "run")
    port_file = tmp_path / "run" / "port"
    assert port_file.read_text().strip() == first.port
    second = Emulator(tmp_path / "flash-second", run_dir=tmp_path / "run")
    try:
        with pytest.raises(EmulatorError, match="another emulated board is running"):
            second.start()
    finally:
        second.stop()
    assert port_file.read_text().strip() == first.port
    assert first.stats()["pid"] is not None


def test_a_stale_port_file_is_not_taken_for_the_new_board(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    (run_dir / "port").write_text("/dev/pts/stale\n")  # left by a supervisor that was SIGKILLed
    with Emulator(tmp_path / "flash", run_dir=run_dir) as emu:
        assert emu.port.startswith("/dev/pts/") and emu.port != "/dev/pts/stale"
        assert (run_dir / "port").read_text().strip() == emu.port
    assert not (run_dir / "port").exists()


def test_link_timeout_stops_the_supervisor(tmp_path: Path) -> None:
    class Watched(Emulator):
        supervisor: int | None = None

        def wait_link(self, timeout: float = 10.0) -> None:
            self.supervisor = self.pid
            super().wait_link(timeout)

    emu = Watched(tmp_path / "flash")  # no main.py: the firmware never opens its link
    try:
        with pytest.raises(EmulatorError, match="did not open its link"):
            emu.start(timeout=1.0, wait_link=True)
        assert emu.supervisor is not None and emu.pid is None
        assert not alive(emu.supervisor)
    finally:
        emu.stop()


def test_unusable_flash_dir_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(EmulatorError, match="cannot use"):
        Emulator(tmp_path / "file" / "flash")


def test_bad_heap_is_a_clear_error(tmp_path: Path) -> None:
    emu = Emulator(tmp_path / "flash", heap="lots")
    try:
        with pytest.raises(EmulatorError, match="bad heap size"):
            emu.start()
    finally:
        emu.stop()


def _read_line(proc: subprocess.Popen[str], timeout: float) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "the supervisor printed nothing"
    return proc.stdout.readline()


def test_cli_sigint_exits_cleanly(tmp_path: Path) -> None:
    flash, run_dir = tmp_path / "flash", tmp_path / "run"
    flash.mkdir()
    (flash / "main.py").write_text(ECHO_MAIN)
    cmd = [
        sys.executable,
        "-m",
        "orbitrig.host.boards.emulator",
        "--flash",
        str(flash),
        "--run-dir",
        str(run_dir),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = _read_line(proc, 10)
        assert line.startswith("orbitrig emulated board on /dev/pts/"), line
        port_path = line.rsplit(" ", 1)[1].strip()
        child = json.loads(ctl_send(run_dir / "ctl.sock", "stats", reply=True))["pid"]
        assert alive(child)
        with serial.Serial(port_path, timeout=2) as port:
            wait_for(
                lambda: json.loads(ctl_send(run_dir / "ctl.sock", "stats", reply=True))["link_connected"]
            )
            port.write(b"abc")
            assert port.read(3) == b"abc"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(10) == 0
        assert proc.stderr is not None and proc.stderr.read() == ""
        assert not alive(child)
        assert not (run_dir / "ctl.sock").exists() and not (run_dir / "link.sock").exists()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_cli_crash_loop_is_one_line_error(tmp_path: Path) -> None:
    fake = tmp_path / "micropython"
    fake.write_text("#!/bin/sh\necho 'broken interpreter' >&2\nexit 3\n")
    fake.chmod(0o755)
    cmd = [sys.executable, "-m", "orbitrig.host.boards.emulator", "--micropython", str(fake)]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "5 times in a row" in lines[0] and "broken interpreter" in lines[0], lines


def test_read_trace_from_inside_a_record_starts_at_the_next_one(tmp_path: Path) -> None:
    # A caller marks "from now on" with the file's size, which can fall inside a record the
    # board is still writing: the records read from there must not come misaligned.
    from orbitrig.host.boards.trace import RECORD, read_trace

    path = tmp_path / "trace.bin"
    path.write_bytes(b"".join(RECORD.pack(k, k, 1000 * k, -k, k) for k in (1, 2, 3)))
    assert [r.kind for r in read_trace(path, RECORD.size)] == [2, 3]
    assert [r.kind for r in read_trace(path, RECORD.size + 3)] == [3]
    assert [(r.t_us, r.a) for r in read_trace(path, 1)] == [(2000, -2), (3000, -3)]
