"""The emulated Raspberry Pi Pico: the RP2040 image on rp2040js, its USB CDC on a stable host pty.

A supervisor process owns the host-facing pty (one path for its whole life, as /dev/ttyACM0 is for a
Pico that stays plugged in) and runs the runner (``node host/boards/pico/runner.js``), which is the
chip: its stdin and stdout carry the USB CDC's bytes, a socketpair its control messages. The
runner writes the pin trace (``trace.bin`` in the run dir, read with host/boards/pico_trace.py)
and keeps the flash in a host file (host/boards/pico_flash.py), so it persists across resets,
power cycles and runs.

    >>> with PicoEmulator() as pico:                    # doctest: +SKIP
    ...     port = pico.start(wait_link=True)           # builds (or finds) the image first
    ...     Rig.connect(port).hello().board
    'RP2'

A watchdog timeout or ``machine.reset()`` restarts the chip inside the runner and keeps the pty; the
firmware then reads the reset cause from the watchdog as on a real Pico. ``power_cycle()`` powers it
off and on (RAM and registers lost, flash kept, cause power-on). While no host holds the pty the
board's output is dropped, as USB-CDC does without a host; while the chip boots the host's bytes
are dropped, as they are by a Pico that has not enumerated yet.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from . import pico_flash
from .emulator import EmulatorError, _die_with_parent_hook
from .pico_build import PicoBuildError, bootrom_path, build_image, check_tools, pico_dir, runner_modules
from .ptyhost import HostPty, Outbox, PollSet, PortFile, stopped_by_signals
from .supervised import SupervisedBoard

DESCRIPTION = "rp2040js 1.4.1, RP2040 (Raspberry Pi Pico), MicroPython 1.28 with the firmware frozen in"
READ_SIZE = 4096
CONNECT_TIMEOUT_S = 10.0
STOP_WAIT_S = 5.0
BOOT_TIMEOUT_S = 60.0  # node's start, the image's boot at ~0.4x real time, USB enumeration, on a loaded host
CAMERA_LAG_MS = 35.0
CAMERA_JITTER_MS = 2.0
# Where the carriages are at the first power-on, in steps from their homing switches: the slider at
# 137.5 mm (80 steps/mm), the focus at 3.2 mm (800 steps/mm), as the simulated rig (firmware/simmodel.py).
CARRIAGE_STEPS = (11000, 2560)
_POLLIN = select.POLLIN
_POLLOUT = select.POLLOUT
_SUN_PATH_MAX = 107


CHIPS = {"RP2": "RP2040", "ESP32": "ESP32"}  # the chip each board kind of the protocol is


def chip_of(board: str) -> str:
    """The chip of a board kind, for `orbitrig info` ("" for the emulated boards)."""
    return CHIPS.get(board, "")


def check_emulate_options(other_board: bool, blank: bool, heap: str, flash_size: str | None) -> None:
    """`orbitrig emulate --pico` refuses the other boards' options, in one line naming the option."""
    from ..errors import BadInput

    if other_board:
        raise BadInput("--pico and --mcu/--icount: choose one board")
    if blank:
        raise BadInput(
            "--blank does not apply to --pico: its firmware is in its image, which a new flash runs"
        )
    if flash_size:
        raise BadInput(
            "--flash-size does not apply to --pico: a Pico's flash is 2 MiB, 1408 KiB of it littlefs"
        )
    if heap.upper() != "256K":
        raise BadInput("--heap does not apply to --pico: the RP2040's heap is the RAM its image leaves")


def runner_command(
    modules: Path,
    flash: Path,
    trace: Path,
    ctl_fd: int,
    *,
    safe_mode: bool = False,
    camera_lag_ms: float = CAMERA_LAG_MS,
    camera_jitter_ms: float = CAMERA_JITTER_MS,
) -> list[str]:
    """The node command line of one run of the chip."""
    cmd = [
        "node",
        str(pico_dir() / "runner.js"),
        "--modules",
        str(modules),
        "--bootrom",
        str(bootrom_path()),
        "--flash",
        str(flash),
        "--trace",
        str(trace),
        "--ctl-fd",
        str(ctl_fd),
        "--carriage",
        ",".join(str(s) for s in CARRIAGE_STEPS),
        "--camera-lag-us",
        str(round(camera_lag_ms * 1000)),
        "--camera-jitter-us",
        str(round(camera_jitter_ms * 1000)),
    ]
    if safe_mode:
        cmd.append("--safe-mode")
    return cmd


def _listen(path: Path) -> socket.socket:
    if len(os.fsencode(path)) > _SUN_PATH_MAX:
        raise EmulatorError(
            f"run dir path is too long for AF_UNIX sockets ({_SUN_PATH_MAX} bytes max): {path}"
        )
    path.unlink(missing_ok=True)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(path))
    sock.listen(4)
    sock.setblocking(False)
    return sock


class PicoSupervisor:
    """Owns the pty and the runner; relays the USB CDC's bytes; forwards control requests."""

    def __init__(
        self,
        flash_image: Path,
        run_dir: Path,
        modules: Path,
        *,
        safe_mode: bool = False,
        camera_lag_ms: float = CAMERA_LAG_MS,
        camera_jitter_ms: float = CAMERA_JITTER_MS,
        parent_fd: int | None = None,
        out: TextIO | None = None,
        on_ready: Callable[[], None] | None = None,
    ) -> None:
        self.flash_image = flash_image
        self.run_dir = run_dir
        self.modules = modules
        self.safe_mode = safe_mode
        self.camera = (camera_lag_ms, camera_jitter_ms)
        self.parent_fd = parent_fd
        self.out = out
        self.trace_path = run_dir / "trace.bin"
        self.runner_log = run_dir / "runner.log"
        self.ctl_path = run_dir / "ctl.sock"
        self.ctl_listener = _listen(self.ctl_path)
        self.host = HostPty()
        self.runner: subprocess.Popen[bytes] | None = None
        self.to_runner: Outbox | None = None
        self.rctl: socket.socket | None = None
        self._rctl_buf = bytearray()
        self.pending: collections.deque[tuple[int, str]] = collections.deque()  # clients awaiting the runner
        self.clients: dict[int, tuple[socket.socket, bytearray]] = {}
        self.starts = 0
        self.causes: list[str] = []
        self.faults: list[str] = []
        self.error: str | None = None
        self.stop_requested = False
        # called once, when the board first listens: as /dev/ttyACM0 appears once a Pico has
        # enumerated, the port is published only then (bytes sent before would be lost)
        self.on_ready = on_ready
        self._wake_r, self._wake_w = os.pipe()
        for fd in (self._wake_r, self._wake_w):
            os.set_blocking(fd, False)
        self._poll = PollSet()

    @property
    def port(self) -> str:
        return self.host.path

    @property
    def wakeup_fd(self) -> int:
        return self._wake_w

    def request_stop(self) -> None:
        """Async-signal safe: ask the loop to finish."""
        self.stop_requested = True
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"x")

    def _say(self, line: str) -> None:
        if self.out is not None:
            print(line, file=self.out, flush=True)

    # --- the runner ------------------------------------------------------------------------------------

    def start_runner(self) -> None:
        """Plug the board in: start the runner (the chip powers on). Raises EmulatorError."""
        ours, theirs = socket.socketpair()
        cmd = runner_command(
            self.modules,
            self.flash_image,
            self.trace_path,
            theirs.fileno(),
            safe_mode=self.safe_mode,
            camera_lag_ms=self.camera[0],
            camera_jitter_ms=self.camera[1],
        )
        try:
            with open(self.runner_log, "ab") as log:
                self.runner = subprocess.Popen(
                    cmd,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=log,
                    pass_fds=(theirs.fileno(),),
                    start_new_session=True,
                    preexec_fn=_die_with_parent_hook(),
                )
        except OSError as e:
            ours.close()
            raise EmulatorError(f"cannot start the Pico runner (node): {e.strerror or e}") from None
        finally:
            theirs.close()
        assert self.runner.stdin is not None and self.runner.stdout is not None
        for stream in (self.runner.stdin, self.runner.stdout):
            os.set_blocking(stream.fileno(), False)
        ours.setblocking(False)
        self.rctl = ours
        self.to_runner = Outbox(self.runner.stdin.fileno())

    def runner_said(self) -> str:
        """The runner's last line on stderr: why it stopped."""
        try:
            lines = [
                ln.strip() for ln in self.runner_log.read_text(errors="replace").splitlines() if ln.strip()
            ]
        except OSError:
            return "(no output)"
        last = lines[-1] if lines else "(no output)"
        return last.removeprefix("pico runner: ")

    def _kill_runner(self) -> None:
        runner, self.runner = self.runner, None
        if runner is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(runner.pid, signal.SIGKILL)
            runner.wait()
            for stream in (runner.stdin, runner.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()
        if self.rctl is not None:
            self.rctl.close()
        self.rctl = None
        self.to_runner = None

    def _to_runner_ctl(self, msg: dict[str, object]) -> None:
        if self.rctl is None:
            raise EmulatorError("the Pico runner is not running")
        try:
            self.rctl.sendall(json.dumps(msg).encode() + b"\n")
        except OSError as e:
            raise EmulatorError(f"the Pico runner does not take requests: {e}") from None

    # --- the loop ----------------------------------------------------------------------------------

    def run(self) -> int:
        while not self.stop_requested and self.error is None:
            self._step()
        return 1 if self.error else 0

    def _step(self) -> None:
        host, runner, to_runner = self.host, self.runner, self.to_runner
        want: dict[int, tuple[int, object]] = {
            self._wake_r: (_POLLIN, self._on_wakeup),
            self.ctl_listener.fileno(): (_POLLIN, self._on_ctl_accept),
        }
        if self.parent_fd is not None:
            want[self.parent_fd] = (_POLLIN, self._on_parent)
        if host.attached:
            ev = _POLLIN if to_runner is not None and not to_runner.full else 0
            want[host.fd] = (ev | (_POLLOUT if host.out.pending else 0), self._on_host)
        if runner is not None and runner.stdout is not None and to_runner is not None:
            host_room = not (host.attached and host.out.full)
            want[runner.stdout.fileno()] = (_POLLIN if host_room else 0, self._on_board_output)
            if to_runner.pending:
                want[to_runner.fd] = (_POLLOUT, self._on_runner_writable)
        if self.rctl is not None:
            want[self.rctl.fileno()] = (_POLLIN, self._on_runner_ctl)
        for fd in self.clients:
            want[fd] = (_POLLIN, lambda ev, fd=fd: self._on_client(fd))
        self._poll.sync({fd: ev for fd, (ev, _) in want.items()})
        timeout = None if host.attached else max(0, int((host.next_probe - time.monotonic()) * 1000) + 1)
        for fd, ev in self._poll.poll(timeout):
            entry = want.get(fd)
            if entry is not None:
                entry[1](ev)  # type: ignore[operator]
        host.tick(time.monotonic())
        if self.runner is not None and self.runner.poll() is not None and self.error is None:
            self.error = (
                f"the Pico runner stopped (exit status {self.runner.returncode}): {self.runner_said()}"
            )

    def _on_host(self, ev: int) -> None:
        host = self.host
        if ev & _POLLOUT and not host.flush():
            return
        if ev & (_POLLIN | select.POLLHUP | select.POLLERR):
            data = host.read(READ_SIZE)
            if data and self.to_runner is not None:
                try:
                    self.to_runner.write(data)
                except OSError:
                    self.error = f"the Pico runner stopped taking the host's bytes: {self.runner_said()}"

    def _on_runner_writable(self, ev: int) -> None:
        if self.to_runner is not None:
            try:
                self.to_runner.flush()
            except OSError:
                self.error = f"the Pico runner stopped taking the host's bytes: {self.runner_said()}"

    def _on_board_output(self, ev: int) -> None:
        runner = self.runner
        if runner is None or runner.stdout is None:
            return
        try:
            data = os.read(runner.stdout.fileno(), READ_SIZE)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            return  # the runner has gone: _step reports it with its last words
        self.host.send(data)  # dropped while no host holds the port, as on USB-CDC

    def _on_runner_ctl(self, ev: int) -> None:
        if self.rctl is None:
            return
        try:
            data = self.rctl.recv(65536)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            return
        self._rctl_buf += data
        while (nl := self._rctl_buf.find(b"\n")) >= 0:
            line = bytes(self._rctl_buf[:nl])
            del self._rctl_buf[: nl + 1]
            try:
                msg = json.loads(line)
            except ValueError:
                continue
            self._on_event(msg)

    def _on_event(self, msg: dict) -> None:
        ev = msg.get("ev")
        if ev == "start":
            self.starts = int(msg.get("starts", self.starts + 1))
            self.causes.append(str(msg.get("cause")))
            if self.starts > 1:
                self._say(f"reset: {msg.get('cause')} (the chip has started {self.starts} times)")
        elif ev == "listening" and self.on_ready is not None:
            ready, self.on_ready = self.on_ready, None
            ready()
        elif ev == "fault":
            self.faults.append(str(msg.get("msg")))
            self._say(f"hard fault: {msg.get('msg')}; the core is locked up until the watchdog or a reset")
        elif ev == "fatal":
            self.error = f"the Pico runner failed: {msg.get('msg')}"
        elif ev in ("stats", "ok", "error") and self.pending:
            fd, cmd = self.pending.popleft()
            if ev == "stats":
                reply = json.dumps({**self.stats(), **{k: v for k, v in msg.items() if k != "ev"}})
            elif ev == "ok":
                reply = "ok"
            else:
                reply = f"error {msg.get('msg')}"
            entry = self.clients.get(fd)
            if entry is not None:
                with contextlib.suppress(OSError):
                    entry[0].sendall(reply.encode() + b"\n")

    def _on_wakeup(self, ev: int) -> None:
        with contextlib.suppress(BlockingIOError):
            while os.read(self._wake_r, 64):
                pass

    def _on_parent(self, ev: int) -> None:
        try:
            data = os.read(self.parent_fd, READ_SIZE) if self.parent_fd is not None else b""
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self.parent_fd = None
            self.request_stop()

    # --- control socket: "stats", "power-cycle", "safe-mode on|off" ----------------------------------

    def _on_ctl_accept(self, ev: int) -> None:
        try:
            conn, _ = self.ctl_listener.accept()
        except BlockingIOError:
            return
        conn.setblocking(False)
        self.clients[conn.fileno()] = (conn, bytearray())

    def _on_client(self, fd: int) -> None:
        entry = self.clients.get(fd)
        if entry is None:
            return
        conn, buf = entry
        try:
            data = conn.recv(READ_SIZE)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        buf += data
        while (nl := buf.find(b"\n")) >= 0:
            line = buf[:nl].decode(errors="replace").strip()
            del buf[: nl + 1]
            self._command(fd, line)
        if not data or len(buf) > 4096:
            conn.close()
            del self.clients[fd]
            self.pending = collections.deque(p for p in self.pending if p[0] != fd)

    def _command(self, fd: int, line: str) -> None:
        parts = line.split()
        conn = self.clients[fd][0]
        if parts == ["stats"]:
            if not self.host.attached:
                self.host.probe()
            msg: dict[str, object] = {"cmd": "stats"}
        elif parts == ["power-cycle"]:
            msg = {"cmd": "power-cycle"}
        elif len(parts) == 2 and parts[0] == "safe-mode" and parts[1] in ("on", "off"):
            self.safe_mode = parts[1] == "on"
            msg = {"cmd": "safe-mode", "on": self.safe_mode}
        else:
            with contextlib.suppress(OSError):
                conn.sendall(f"error unknown command: {line}\n".encode())
            return
        try:
            self._to_runner_ctl(msg)
        except EmulatorError as e:
            with contextlib.suppress(OSError):
                conn.sendall(f"error {e}\n".encode())
            return
        self.pending.append((fd, parts[0]))

    def stats(self) -> dict[str, object]:
        return {
            "runner_pid": self.runner.pid if self.runner else None,
            "host_connected": self.host.attached,
            "causes": self.causes,
            "faults": self.faults,
        }

    def close(self) -> None:
        self._kill_runner()
        for conn, _ in self.clients.values():
            conn.close()
        self.clients.clear()
        self.ctl_listener.close()
        self.ctl_path.unlink(missing_ok=True)
        self.host.close()
        os.close(self._wake_r)
        os.close(self._wake_w)


def serve(
    *,
    flash_image: Path,
    run_dir: Path,
    modules: Path,
    safe_mode: bool = False,
    camera_lag_ms: float = CAMERA_LAG_MS,
    camera_jitter_ms: float = CAMERA_JITTER_MS,
    port_file: str | os.PathLike[str] | None = None,
    out: TextIO | None = None,
    stop_on_stdin_eof: bool = False,
) -> int:
    """Run the board until SIGINT/SIGTERM (0) or until the runner fails (raises EmulatorError)."""
    supervisor: PicoSupervisor | None = None
    port_path = PortFile(port_file) if port_file else None
    try:

        def ready() -> None:
            print(f"orbitrig emulated Pico ({DESCRIPTION}) on {sup.port}", file=out or sys.stdout, flush=True)
            if port_path is not None:
                port_path.write(sup.port)

        supervisor = PicoSupervisor(
            flash_image,
            run_dir,
            modules,
            safe_mode=safe_mode,
            camera_lag_ms=camera_lag_ms,
            camera_jitter_ms=camera_jitter_ms,
            parent_fd=sys.stdin.fileno() if stop_on_stdin_eof else None,
            out=out or sys.stdout,
            on_ready=ready,
        )
        sup = supervisor
        with stopped_by_signals(supervisor.request_stop, supervisor.wakeup_fd):
            supervisor.start_runner()
            status = supervisor.run()
        if supervisor.error:
            raise EmulatorError(supervisor.error)
        return status
    finally:
        if supervisor is not None:
            supervisor.close()
        if port_path is not None:
            port_path.remove()


def prepare_flash(flash_dir: Path, uf2: Path, seed: Path | None = None) -> Path:
    """The flash file in ``flash_dir``, holding ``uf2``'s image: made when missing (with ``seed``'s
    files on its filesystem, if any), and the UF2 programmed into it, as from BOOTSEL, when the image
    on it differs (the filesystem stays)."""
    flash = flash_dir / "flash.bin"
    if not flash.exists():
        pico_flash.make_flash(flash)
        if seed is not None and seed.is_dir() and any(seed.iterdir()):
            pico_flash.seed(flash, seed)
    pico_flash.check_flash(flash)
    if not pico_flash.firmware_matches(flash, uf2):
        pico_flash.program_uf2(flash, uf2)
    return flash


def emulate_cli(
    flash: Path | None,
    safe_mode: bool,
    port_file: str | None,
    camera_lag_ms: float = CAMERA_LAG_MS,
    camera_jitter_ms: float = CAMERA_JITTER_MS,
) -> int:
    """`orbitrig emulate --pico`: build or find the image, then serve the board in the foreground."""
    from ..errors import RigError

    image = build_image()  # PicoBuildError names a missing package or the failing build
    modules = runner_modules()
    with tempfile.TemporaryDirectory(prefix="orbitrig-pico-") as tmp:
        flash_dir = Path(flash) if flash is not None else Path(tmp) / "flash"
        try:
            flash_dir.mkdir(parents=True, exist_ok=True)
            flash_image = prepare_flash(flash_dir.absolute(), image.uf2)
            run_dir = Path(tmp) / "run"
            run_dir.mkdir()
            return serve(
                flash_image=flash_image,
                run_dir=run_dir,
                modules=modules,
                safe_mode=safe_mode,
                camera_lag_ms=camera_lag_ms,
                camera_jitter_ms=camera_jitter_ms,
                port_file=port_file,
            )
        except (EmulatorError, OSError) as e:
            raise RigError(str(e)) from None


def main(argv: list[str] | None = None) -> int:
    """`python -m orbitrig.host.boards.pico`: the supervisor (PicoEmulator starts it)."""
    parser = argparse.ArgumentParser(prog="python -m orbitrig.host.boards.pico")
    parser.add_argument("--flash-image", required=True)
    parser.add_argument("--run-dir", required=True)
    parser.add_argument("--modules", required=True)
    parser.add_argument("--safe-mode", action="store_true")
    parser.add_argument("--camera-lag-ms", type=float, default=CAMERA_LAG_MS)
    parser.add_argument("--camera-jitter-ms", type=float, default=CAMERA_JITTER_MS)
    parser.add_argument("--port-file")
    parser.add_argument("--stop-on-stdin-eof", action="store_true")
    args = parser.parse_args(argv)
    try:
        return serve(
            flash_image=Path(args.flash_image),
            run_dir=Path(args.run_dir),
            modules=Path(args.modules),
            safe_mode=args.safe_mode,
            camera_lag_ms=args.camera_lag_ms,
            camera_jitter_ms=args.camera_jitter_ms,
            port_file=args.port_file,
            stop_on_stdin_eof=args.stop_on_stdin_eof,
        )
    except (EmulatorError, OSError) as e:
        print(f"orbitrig pico: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0


# --- Python API --------------------------------------------------------------------------------


class PicoEmulator(SupervisedBoard):
    """The emulated Pico in a supervisor subprocess (supervised.py). ``trace_path`` is the pin
    trace (host/boards/pico_trace.py)."""

    NAME = "the emulated Pico"
    MODULE = "orbitrig.host.boards.pico"
    FLASH_FILE = "flash.bin"
    HELLO_TRY_S = 0.5
    BOOT_S = BOOT_TIMEOUT_S

    def __init__(
        self,
        flash_dir: str | os.PathLike[str] | None = None,
        *,
        safe_mode: bool = False,
        run_dir: str | os.PathLike[str] | None = None,
        camera_lag_ms: float = CAMERA_LAG_MS,
        camera_jitter_ms: float = CAMERA_JITTER_MS,
    ) -> None:
        super().__init__(flash_dir, run_dir, safe_mode=safe_mode, prefix="orbitrig-pico")
        self.camera = (camera_lag_ms, camera_jitter_ms)
        self.image_elf: Path | None = None

    def _snapshot(self, image: Path, view: Path) -> None:
        pico_flash.snapshot(image, view)

    def _silence(self, stats: dict[str, Any]) -> str:
        if stats.get("faults"):
            return f"; it hard-faulted: {stats['faults'][-1]}"
        return super()._silence(stats)

    def start(self, timeout: float = BOOT_TIMEOUT_S, *, wait_link: bool = False) -> str:
        """Build or find the image, plug the board in and return its port path.

        With ``wait_link``, also wait until the firmware answers HELLO. Raises PicoBuildError or
        EmulatorError, each one line naming the cause.
        """
        if self._proc is not None:
            raise EmulatorError("the emulated Pico is already started")
        check_tools()
        image = build_image()
        self.build_s = image.build_s
        self.image_elf = image.elf
        modules = runner_modules()
        seed = self._view if self._view.is_dir() else None
        prepare_flash(self.flash_home, image.uf2, seed)
        args = [
            "--flash-image",
            str(self.flash_image),
            "--run-dir",
            str(self.run_dir),
            "--modules",
            str(modules),
        ]
        args += ["--camera-lag-ms", str(self.camera[0]), "--camera-jitter-ms", str(self.camera[1])]
        if self.safe_mode:
            args.append("--safe-mode")
        return self._spawn(args, timeout, wait_link)

    def emulated_ns(self) -> float:
        """The board's emulated time now, in the trace's clock (the trace holds everything before it)."""
        return float(self.stats()["t_ns"])


__all__ = ["PicoBuildError", "PicoEmulator", "PicoSupervisor", "serve", "prepare_flash", "runner_command"]

if __name__ == "__main__":
    sys.exit(main())
