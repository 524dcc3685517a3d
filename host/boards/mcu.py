"""The emulated microcontroller board: the frozen-firmware image on QEMU's mps2-an385, behind a stable pty.

A supervisor process owns the host-facing pty (one path for its whole life, like the unix-port
board's), runs ``qemu-system-arm`` and relays bytes between the pty and the board's UART0,
which QEMU connects to a unix socket of the supervisor's. UART1 carries the simulation trace
into ``trace.bin`` in the run dir. The flash is a host file (host/boards/mcu_flash.py) that
QEMU maps as shared memory, so it persists across resets, power cycles and runs.

    >>> with McuEmulator() as mcu:                     # doctest: +SKIP
    ...     port = mcu.start(wait_link=True)           # builds (or finds) the image first
    ...     Rig.connect(port).hello().board

Resets the firmware asks for (machine.reset(), the watchdog) happen inside QEMU and keep the
pty. ``power_cycle()`` restarts QEMU itself (reset cause power-on). ``deterministic=N`` runs
QEMU on its instruction-count clock (``-icount shift=N,sleep=off``): the board's time then
depends only on the instructions it executes, never on the host.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from . import mcu_flash
from .emulator import RESET_WHY, EmulatorError, _die_with_parent_hook
from .mcu_build import QEMU, McuBuildError, build_image, check_tools
from .ptyhost import HostPty, Outbox, PollSet, PortFile, stopped_by_signals
from .supervised import SupervisedBoard

MACHINE = "mps2-an385"
DESCRIPTION = "QEMU mps2-an385, Cortex-M3, MicroPython 1.28 with the firmware frozen in"
DEFAULT_ICOUNT_SHIFT = 5  # 32 ns per instruction: about a 31 MHz Cortex-M3
READ_SIZE = 4096
TAIL_BYTES = 16384  # what the board printed last; a failed boot is quoted from it
CONNECT_TIMEOUT_S = 10.0  # QEMU connects the UART socket while it starts up
STOP_WAIT_S = 5.0
BOOT_TIMEOUT_S = 20.0
RESET_SCAN_S = 0.25  # `emulate --mcu` looks for resets in the trace this often
TRACE_RECORD = 14  # a trace record's size and the boot record's kind (firmware/simmodel.py)
TRACE_BOOT = b"\x05"
BOOT_DEAF_S = 5.0  # at most this long after power-on the board ignores the host (see booting_until)
_POLLIN = select.POLLIN
_POLLOUT = select.POLLOUT
_SUN_PATH_MAX = 107


def qemu_command(elf: Path, flash_image: Path, uart_sock: Path, trace: Path, icount: int | None) -> list[str]:
    """The QEMU command line of one run of the board."""
    cmd = [
        QEMU,
        "-machine",
        f"{MACHINE},memory-backend=flash",
        "-object",
        f"memory-backend-file,id=flash,size={mcu_flash.REGION_BYTES},mem-path={flash_image},share=on",
        "-nographic",
        "-monitor",
        "none",
        "-chardev",
        f"socket,id=uart0,path={uart_sock}",
        "-serial",
        "chardev:uart0",
        "-chardev",
        f"file,id=trace,path={trace},append=on",
        "-serial",
        "chardev:trace",
        "-kernel",
        str(elf),
    ]
    if icount is not None:
        cmd += ["-icount", f"shift={icount},sleep=off"]
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


class McuSupervisor:
    """Owns the pty, the UART socket and QEMU; relays bytes; power-cycles on request."""

    def __init__(
        self, elf: Path, flash_image: Path, run_dir: Path, *, icount: int | None, parent_fd: int | None
    ) -> None:
        self.elf = elf
        self.flash_image = flash_image
        self.run_dir = run_dir
        self.icount = icount
        self.parent_fd = parent_fd
        self.uart_path = run_dir / "uart0.sock"
        self.ctl_path = run_dir / "ctl.sock"
        self.trace_path = run_dir / "trace.bin"
        self.qemu_log = run_dir / "qemu.log"
        self.uart_listener = _listen(self.uart_path)
        self.ctl_listener = _listen(self.ctl_path)
        self.host = HostPty()
        self.qemu: subprocess.Popen[bytes] | None = None
        self.uart: socket.socket | None = None
        self.uart_out: Outbox | None = None
        self.clients: dict[int, tuple[socket.socket, bytearray]] = {}
        self.tail = bytearray()  # recent board output, for the error that names a failed boot
        self.power_cycles = 0
        # While the board boots, the host's bytes are dropped, as a USB port is not there while
        # a board resets: until the firmware's HAL is up (its boot record in the trace) or the
        # REPL is (a prompt), or BOOT_DEAF_S. Bytes that reached boot.py would interrupt it.
        self.booting_until = 0.0
        self._boot_trace_size = 0
        # `orbitrig emulate --mcu` prints every reset, with its cause from the boot record the
        # firmware writes to the trace (resets inside QEMU do not pass through here otherwise)
        self.say: Callable[[str], None] | None = None
        self.resets = 0
        self._scan_at = 0  # trace bytes looked at for boot records
        self._scan_next = 0.0
        self._boots_seen = 0  # boot records since QEMU started (the first is its power-on)
        self.error: str | None = None
        self.stop_requested = False
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

    # --- QEMU ----------------------------------------------------------------------------------

    def start_qemu(self) -> None:
        """Power the board on: start QEMU and take its UART connection. Raises EmulatorError."""
        try:
            with open(self.elf, "rb") as f:
                magic = f.read(4)
        except OSError as e:
            raise EmulatorError(f"cannot read the board's image {self.elf}: {e.strerror or e}") from None
        if magic != b"\x7fELF":
            raise EmulatorError(f"{self.elf} is not a firmware image (an ELF file)")
        # the board's entropy at power-on; none where a run must repeat exactly
        mcu_flash.set_noise(self.flash_image, 0 if self.icount is not None else secrets.randbits(32))
        self._align_trace()
        cmd = qemu_command(self.elf, self.flash_image, self.uart_path, self.trace_path, self.icount)
        with open(self.qemu_log, "ab") as log:
            try:
                self.qemu = subprocess.Popen(
                    cmd,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=log,
                    start_new_session=True,
                    preexec_fn=_die_with_parent_hook(),
                )
            except OSError as e:
                raise EmulatorError(f"cannot start {QEMU}: {e.strerror or e}") from None
        deadline = time.monotonic() + CONNECT_TIMEOUT_S
        self.uart_listener.setblocking(True)
        self.uart_listener.settimeout(0.05)
        try:
            while True:
                try:
                    conn, _ = self.uart_listener.accept()
                    break
                except TimeoutError:
                    pass
                status = self.qemu.poll()
                if status is not None:
                    raise EmulatorError(f"QEMU would not start (exit status {status}): {self._qemu_said()}")
                if time.monotonic() > deadline:
                    raise EmulatorError(f"QEMU did not open the board's UART within {CONNECT_TIMEOUT_S:g} s")
        except BaseException:
            self._kill_qemu()
            raise
        finally:
            self.uart_listener.setblocking(False)
        conn.setblocking(False)
        self.uart = conn
        self.uart_out = Outbox(conn.fileno())
        self.booting_until = time.monotonic() + BOOT_DEAF_S
        self._boot_trace_size = self.trace_path.stat().st_size if self.trace_path.exists() else 0
        self._scan_at = self._boot_trace_size
        self._boots_seen = 0

    def _align_trace(self) -> None:
        # A QEMU stopped while the board wrote a trace record leaves it torn: complete it with
        # zeros, so the next board's records start on a record boundary (read_trace reads from
        # the boundary at or after the offset it is given).
        try:
            torn = self.trace_path.stat().st_size % TRACE_RECORD
        except FileNotFoundError:
            return
        if torn:
            with open(self.trace_path, "ab") as f:
                f.write(bytes(TRACE_RECORD - torn))

    def _qemu_said(self) -> str:
        try:
            lines = [
                ln.strip() for ln in self.qemu_log.read_text(errors="replace").splitlines() if ln.strip()
            ]
        except OSError:
            return "(no output)"
        return lines[-1] if lines else "(no output)"

    def _kill_qemu(self) -> None:
        qemu, self.qemu = self.qemu, None
        if qemu is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(qemu.pid, signal.SIGKILL)
            qemu.wait()
        if self.uart is not None:
            self.uart.close()
        self.uart = None
        self.uart_out = None

    def power_cycle(self) -> None:
        """Power off (kill QEMU: RAM is lost, the flash file keeps what was written) and on."""
        self._kill_qemu()
        self.power_cycles += 1
        self.start_qemu()
        self._tell_reset(None)

    def _tell_reset(self, cause: int | None) -> None:
        self.resets += 1
        if self.say is not None:
            why = "POWER_ON (power cycle)" if cause is None else RESET_WHY.get(cause, str(cause))
            self.say(f"{time.strftime('%H:%M:%S')} reset #{self.resets}: {why}")

    def _scan_trace(self) -> None:
        """Tell each boot record since the last look but QEMU's first (its power-on)."""
        try:
            with open(self.trace_path, "rb") as f:
                f.seek(self._scan_at)
                data = f.read()
        except OSError:
            return
        n = len(data) // TRACE_RECORD
        self._scan_at += n * TRACE_RECORD
        kinds = data[: n * TRACE_RECORD : TRACE_RECORD]
        i = kinds.find(TRACE_BOOT)
        while i >= 0:
            self._boots_seen += 1
            if self._boots_seen > 1:
                self._tell_reset(data[i * TRACE_RECORD + 1])
            i = kinds.find(TRACE_BOOT, i + 1)

    # --- the loop ------------------------------------------------------------------------------

    def run(self) -> int:
        while not self.stop_requested and self.error is None:
            self._step()
        return 1 if self.error else 0

    def _step(self) -> None:
        host, uart, out = self.host, self.uart, self.uart_out
        want: dict[int, tuple[int, object]] = {
            self._wake_r: (_POLLIN, self._on_wakeup),
            self.ctl_listener.fileno(): (_POLLIN, self._on_ctl_accept),
        }
        if self.parent_fd is not None:
            want[self.parent_fd] = (_POLLIN, self._on_parent)
        host_room = not (host.attached and host.out.full)
        if host.attached:
            ev = _POLLIN if out is not None and not out.full else 0
            want[host.fd] = (ev | (_POLLOUT if host.out.pending else 0), self._on_host)
        if uart is not None and out is not None:
            ev = (_POLLIN if host_room else 0) | (_POLLOUT if out.pending else 0)
            want[uart.fileno()] = (ev, self._on_uart)
        for fd in self.clients:
            want[fd] = (_POLLIN, lambda ev, fd=fd: self._on_client(fd))
        self._poll.sync({fd: ev for fd, (ev, _) in want.items()})
        timeout = None if host.attached else max(0, int((host.next_probe - time.monotonic()) * 1000) + 1)
        if self.booting_until:
            timeout = 20 if timeout is None else min(timeout, 20)  # watch the trace for the boot
        now = time.monotonic()
        if self.say is not None:
            if now >= self._scan_next:
                self._scan_next = now + RESET_SCAN_S
                self._scan_trace()
            wait = max(0, int((self._scan_next - now) * 1000) + 1)
            timeout = wait if timeout is None else min(timeout, wait)
        for fd, ev in self._poll.poll(timeout):
            entry = want.get(fd)
            if entry is not None:
                entry[1](ev)  # type: ignore[operator]
        host.tick(time.monotonic())
        if self.booting_until and self._booted():
            self.booting_until = 0.0
        if self.qemu is not None and self.qemu.poll() is not None and self.error is None:
            self.error = f"QEMU stopped (exit status {self.qemu.returncode}): {self._qemu_said()}"

    def _booted(self) -> bool:
        if (
            time.monotonic() >= self.booting_until
            or self.tail.endswith(b">>> ")
            or self.tail.endswith(b"\n>")
        ):
            return True
        try:
            return self.trace_path.stat().st_size > self._boot_trace_size
        except OSError:
            return False

    def _on_host(self, ev: int) -> None:
        host = self.host
        if ev & _POLLOUT and not host.flush():
            return
        if ev & (_POLLIN | select.POLLHUP | select.POLLERR):
            data = host.read(READ_SIZE)
            if data and self.booting_until:
                return  # dropped: the board is not listening yet
            if data and self.uart_out is not None:
                try:
                    self.uart_out.write(data)
                except OSError:
                    self.error = "QEMU closed the board's UART"

    def _on_uart(self, ev: int) -> None:
        uart, out = self.uart, self.uart_out
        if uart is None or out is None:
            return
        if ev & _POLLOUT:
            try:
                out.flush()
            except OSError:
                self.error = "QEMU closed the board's UART"
                return
        if ev & (_POLLIN | select.POLLHUP):
            try:
                data = os.read(uart.fileno(), READ_SIZE)
            except BlockingIOError:
                return
            except OSError:
                data = b""
            if not data:
                self.error = f"QEMU closed the board's UART: {self._qemu_said()}"
                return
            self.tail += data
            if len(self.tail) > TAIL_BYTES:
                del self.tail[:-TAIL_BYTES]
            self.host.send(data)  # dropped while no host holds the port, as on USB-CDC

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

    # --- control socket: "stats", "power-cycle", "safe-mode on|off" -----------------------------

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
            with contextlib.suppress(OSError):
                conn.send((self._command(line) + "\n").encode())
        if not data or len(buf) > 4096:
            conn.close()
            del self.clients[fd]

    def _command(self, line: str) -> str:
        parts = line.split()
        if parts == ["stats"]:
            if not self.host.attached:
                self.host.probe()
            return json.dumps(self.stats())
        if parts == ["power-cycle"]:
            try:
                self.power_cycle()
            except EmulatorError as e:
                self.error = str(e)
                return f"error {e}"
            return "ok"
        if len(parts) == 2 and parts[0] == "safe-mode" and parts[1] in ("on", "off"):
            mcu_flash.set_safe_mode(self.flash_image, parts[1] == "on")
            return "ok"
        return f"error unknown command: {line}"

    def stats(self) -> dict[str, object]:
        return {
            "power_cycles": self.power_cycles,
            "qemu_pid": self.qemu.pid if self.qemu else None,
            "host_connected": self.host.attached,
            "output_tail": self.tail.decode(errors="replace"),
        }

    def close(self) -> None:
        self._kill_qemu()
        for conn, _ in self.clients.values():
            conn.close()
        self.clients.clear()
        for sock, path in ((self.uart_listener, self.uart_path), (self.ctl_listener, self.ctl_path)):
            sock.close()
            path.unlink(missing_ok=True)
        self.host.close()
        os.close(self._wake_r)
        os.close(self._wake_w)


def serve(
    *,
    elf: Path,
    flash_image: Path,
    run_dir: Path,
    icount: int | None = None,
    port_file: str | os.PathLike[str] | None = None,
    out: TextIO | None = None,
    stop_on_stdin_eof: bool = False,
) -> int:
    """Run the board until SIGINT/SIGTERM (0) or until QEMU fails (raises EmulatorError)."""
    supervisor: McuSupervisor | None = None
    port_path = PortFile(port_file) if port_file else None
    try:
        supervisor = McuSupervisor(
            elf,
            flash_image,
            run_dir,
            icount=icount,
            parent_fd=sys.stdin.fileno() if stop_on_stdin_eof else None,
        )
        supervisor.say = lambda line: print(line, file=out or sys.stdout, flush=True)
        with stopped_by_signals(supervisor.request_stop, supervisor.wakeup_fd):
            supervisor.start_qemu()
            print(
                f"orbitrig emulated MCU board ({DESCRIPTION}) on {supervisor.port}",
                file=out or sys.stdout,
                flush=True,
            )
            if port_path is not None:
                port_path.write(supervisor.port)
            status = supervisor.run()
        if supervisor.error:
            raise EmulatorError(supervisor.error)
        return status
    finally:
        if supervisor is not None:
            supervisor.close()
        if port_path is not None:
            port_path.remove()


def prepare_flash(flash_dir: Path, flash_size: int | None, seed: Path | None = None) -> Path:
    """The flash file in ``flash_dir``: made (from ``seed``'s files, if any) when missing."""
    image = flash_dir / "flash.img"
    if image.exists():
        mcu_flash.check_image(image)
        if flash_size is not None and mcu_flash.read_header(image)[0] != flash_size:
            raise EmulatorError(
                f"{image} holds a {mcu_flash.read_header(image)[0] // 1024} KiB filesystem, "
                f"not the {flash_size // 1024} KiB of --flash-size"
            )
        return image
    mcu_flash.make_image(image, flash_size or mcu_flash.DEFAULT_FS_BYTES, seed)
    return image


def emulate_cli(
    flash: Path | None,
    blank: bool,
    safe_mode: bool,
    port_file: str | None,
    flash_size: str | None,
    icount: int | None,
) -> int:
    """`orbitrig emulate --mcu`: build or find the image, then serve the board in the foreground."""
    from ..errors import BadInput, RigError
    from .emulator import parse_size

    if blank:
        raise BadInput("--blank does not apply to --mcu: its firmware is frozen into the image")
    try:
        size = parse_size(flash_size) if flash_size else None
    except EmulatorError as e:
        raise BadInput(str(e)) from None
    image = build_image()  # McuBuildError names a missing toolchain or the failing build
    with tempfile.TemporaryDirectory(prefix="orbitrig-mcu-") as tmp:
        flash_dir = Path(flash) if flash is not None else Path(tmp) / "flash"
        try:
            flash_dir.mkdir(parents=True, exist_ok=True)
            flash_image = prepare_flash(flash_dir.absolute(), size)
            mcu_flash.set_safe_mode(flash_image, safe_mode)
            run_dir = Path(tmp) / "run"
            run_dir.mkdir()
            return serve(
                elf=image.path, flash_image=flash_image, run_dir=run_dir, icount=icount, port_file=port_file
            )
        except (EmulatorError, OSError) as e:
            raise RigError(str(e)) from None


def main(argv: list[str] | None = None) -> int:
    """`python -m orbitrig.host.boards.mcu`: the supervisor (McuEmulator starts it)."""
    parser = argparse.ArgumentParser(prog="python -m orbitrig.host.boards.mcu")
    parser.add_argument("--elf", required=True)
    parser.add_argument("--flash-image", required=True)
    parser.add_argument("--run-dir", required=True)
    parser.add_argument("--icount", type=int)
    parser.add_argument("--port-file")
    parser.add_argument("--stop-on-stdin-eof", action="store_true")
    args = parser.parse_args(argv)
    try:
        return serve(
            elf=Path(args.elf),
            flash_image=Path(args.flash_image),
            run_dir=Path(args.run_dir),
            icount=args.icount,
            port_file=args.port_file,
            stop_on_stdin_eof=args.stop_on_stdin_eof,
        )
    except (EmulatorError, OSError) as e:
        print(f"orbitrig mcu: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0


# --- Python API --------------------------------------------------------------------------------


class McuEmulator(SupervisedBoard):
    """The MCU board in a supervisor subprocess (supervised.py); ``deterministic=N`` runs QEMU's
    instruction-count clock (2**N ns per instruction)."""

    NAME = "the MCU board"
    MODULE = "orbitrig.host.boards.mcu"
    FLASH_FILE = "flash.img"
    HELLO_TRY_S = 0.3
    BOOT_S = BOOT_TIMEOUT_S

    def __init__(
        self,
        flash_dir: str | os.PathLike[str] | None = None,
        *,
        safe_mode: bool = False,
        flash_size: int | None = None,
        deterministic: int | None = None,
        run_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        super().__init__(flash_dir, run_dir, safe_mode=safe_mode, prefix="orbitrig-mcu")
        self.flash_size = flash_size
        self.icount = deterministic

    def _snapshot(self, image: Path, view: Path) -> None:
        mcu_flash.snapshot(image, view)

    def start(self, timeout: float = BOOT_TIMEOUT_S, *, wait_link: bool = False) -> str:
        """Build or find the image, power the board on and return its port path.

        With ``wait_link``, also wait until the firmware answers HELLO. Raises McuBuildError
        or EmulatorError, each one line naming the cause.
        """
        if self._proc is not None:
            raise EmulatorError("the MCU board is already started")
        check_tools()
        image = build_image()
        self.build_s = image.build_s
        seed = self._view if self._view.is_dir() else None
        prepare_flash(self.flash_home, self.flash_size, seed)
        mcu_flash.set_safe_mode(self.flash_image, self.safe_mode)
        args = [
            "--elf",
            str(image.path),
            "--flash-image",
            str(self.flash_image),
            "--run-dir",
            str(self.run_dir),
        ]
        if self.icount is not None:
            args += ["--icount", str(self.icount)]
        return self._spawn(args, timeout, wait_link)


__all__ = ["McuBuildError", "McuEmulator", "McuSupervisor", "serve", "prepare_flash", "qemu_command"]

if __name__ == "__main__":
    sys.exit(main())
