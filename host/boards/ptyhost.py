"""A host-facing pty: a raw pty master that knows whether a host holds its slave open, and the file
that tells other processes its path."""

from __future__ import annotations

import contextlib
import errno
import os
import pty
import select
import signal
import subprocess
import termios
import tty
from collections.abc import Callable, Iterator

PROBE_S = 0.010  # how often a pty with no host attached is probed again
MAX_PENDING = 64 * 1024  # per outbox; beyond this, its owner stops reading the source (flow control)


class Outbox:
    """Non-blocking writes to one fd; whatever the kernel does not take yet waits here."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.pending = bytearray()

    @property
    def full(self) -> bool:
        """True when the source feeding this outbox should stop being read."""
        return len(self.pending) >= MAX_PENDING

    def write(self, data: bytes) -> None:
        """Write now if the kernel takes it, queue the rest. Raises OSError if the peer is gone."""
        if self.pending:
            self.pending += data
            return
        try:
            n = os.write(self.fd, data)
        except BlockingIOError:
            n = 0
        if n < len(data):
            self.pending += data[n:]

    def flush(self) -> None:
        """Write as much of the queue as the kernel takes. Raises OSError if the peer is gone."""
        try:
            n = os.write(self.fd, self.pending)
        except BlockingIOError:
            return
        del self.pending[:n]


class PollSet:
    """A select.poll whose registrations follow the {fd: events} map its owner wants now."""

    def __init__(self) -> None:
        self._poller = select.poll()
        self._registered: dict[int, int] = {}

    def sync(self, want: dict[int, int]) -> None:
        reg = self._registered
        for fd in [fd for fd in reg if fd not in want]:
            self._poller.unregister(fd)
            del reg[fd]
        for fd, ev in want.items():
            old = reg.get(fd)
            if old == ev:
                continue
            if old is None:
                self._poller.register(fd, ev)
            else:
                self._poller.modify(fd, ev)
            reg[fd] = ev

    def poll(self, timeout_ms: int | None) -> list[tuple[int, int]]:
        return self._poller.poll(timeout_ms)


def reap_group(proc: subprocess.Popen[bytes] | subprocess.Popen[str], timeout: float) -> int:
    """Wait up to ``timeout`` s for a child that was asked to stop (it leads its own process
    group); then SIGKILL the whole group. Returns its exit status."""
    try:
        return proc.wait(timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        return proc.wait()


def read_master(fd: int, size: int) -> bytes | None:
    """Up to ``size`` bytes from a non-blocking pty master: b"" if none yet, None once no one holds
    the slave open (EIO; bytes written before the close are read first)."""
    try:
        return os.read(fd, size)
    except BlockingIOError:
        return b""
    except OSError as e:
        if e.errno != errno.EIO:
            raise
        return None


def flush_slave_input(path: str) -> None:
    """Drop the bytes written to a pty's master that its slave (at ``path``) has not read yet.

    That queue can only be flushed through the slave, so it is opened for the moment; a slave that
    cannot be opened has nothing to flush.
    """
    try:
        slave = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError:
        return
    try:
        termios.tcflush(slave, termios.TCIFLUSH)
    except termios.error:
        pass
    finally:
        os.close(slave)


class HostPty:
    """A raw pty whose slave ``path`` a host opens; its master ``fd`` sees the host come and go.

    Only the host may hold the slave open: while no one does, the master reports POLLHUP and
    reads on it fail with EIO. The owner's poll loop drives it:

    - while ``attached``: poll ``fd`` for POLLIN (and POLLOUT while ``out.pending``), registered even
      with no events so that POLLHUP shows the host leaving; then ``read()`` and ``flush()``, which
      detach a host that has gone.
    - while detached: leave ``fd`` out of the poll (its POLLHUP would end every poll at once), wake
      up at ``next_probe`` and call ``tick()``, which notices a host opening the slave.

    On detach, output still queued for the old host is dropped, so that the next one starts clean.
    """

    def __init__(self) -> None:
        self.fd, slave = pty.openpty()
        try:
            tty.setraw(slave)
            self.path = os.ttyname(slave)
        except BaseException:
            os.close(self.fd)
            raise
        finally:
            # Only the host may hold the slave open, so that its close shows up as POLLHUP here.
            os.close(slave)
        os.set_blocking(self.fd, False)
        self.out = Outbox(self.fd)  # output for the host, for send() and flush()
        self.attached = False
        self.next_probe = 0.0  # when tick() probes next while detached (time.monotonic())
        self._probe = select.poll()
        self._probe.register(self.fd, select.POLLIN)

    def probe(self) -> bool:
        """Probe now (no waiting) and return ``attached``; a host found gone is detached."""
        hup = any(ev & select.POLLHUP for _, ev in self._probe.poll(0))
        if hup and self.attached:
            self.detach()
        self.attached = not hup
        return self.attached

    def tick(self, now: float) -> None:
        """While detached, probe if ``next_probe`` has come (at most every PROBE_S: never a busy loop)."""
        if not self.attached and now >= self.next_probe:
            self.next_probe = now + PROBE_S
            self.probe()

    def detach(self) -> bool:
        """The host closed the port: drop what is queued for it and the pty's stale output.

        Returns False if no host was attached. ``next_probe`` is left as it is: the next tick() probes
        at once unless it did within PROBE_S, so a host that reopens the port quickly is seen soon.
        """
        if not self.attached:
            return False
        self.attached = False
        self.out.pending.clear()
        # A pty keeps unread output across a close; the next host must not get a stale tail. It sits
        # partly on the master side and partly in the slave's input queue, only flushable via the slave.
        try:
            termios.tcflush(self.fd, termios.TCOFLUSH)
        except (OSError, termios.error):
            return True
        flush_slave_input(self.path)
        return True

    def read(self, size: int) -> bytes | None:
        """Up to ``size`` bytes from the host, b"" if none yet, None once it has closed the port."""
        data = read_master(self.fd, size)
        if data is None:
            self.detach()
        return data

    def send(self, data: bytes) -> None:
        """Send to the host now or queue it in ``out`` (never blocks); dropped while none is attached."""
        if not self.attached:
            return
        try:
            self.out.write(data)
        except OSError:
            self.detach()

    def flush(self) -> bool:
        """Write what the kernel takes of ``out``; False if the host has gone (it is detached)."""
        try:
            self.out.flush()
        except OSError:
            self.detach()
            return False
        return True

    def write(self, data: bytes | bytearray) -> int:
        """Write unqueued, for an owner with a queue of its own (not mixed with send()).

        Returns what the kernel took; raises BlockingIOError if nothing, OSError if the host is gone.
        """
        return os.write(self.fd, data)

    def close(self) -> None:
        os.close(self.fd)


class PortFile:
    """A file that tells other processes the path of a port, owned by the process that serves it.

    ``write()`` puts the whole line there at once (a temp file renamed over the path), so a reader
    never sees half of it; ``remove()`` deletes it only if this object wrote it and no one has
    replaced it since. A process that failed before writing, or a sibling that was started with
    the same path, never deletes the file of the process that is serving the port.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._written: tuple[int, int] | None = None  # (st_dev, st_ino) of the file written here

    def write(self, port: str) -> None:
        """Write ``port`` and a newline. Raises OSError, and then leaves no temp file behind."""
        head, name = os.path.split(self.path)
        tmp = os.path.join(head, f".{name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "w") as f:
                f.write(port + "\n")
                st = os.fstat(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        self._written = (st.st_dev, st.st_ino)

    def remove(self) -> None:
        """Delete the file if it is still the one ``write()`` wrote; otherwise leave it. Idempotent."""
        written, self._written = self._written, None
        if written is None:
            return
        with contextlib.suppress(OSError):
            st = os.lstat(self.path)
            if (st.st_dev, st.st_ino) == written:
                os.unlink(self.path)


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


@contextlib.contextmanager
def stopped_by_signals(request_stop: Callable[[], None], wakeup_fd: int) -> Iterator[None]:
    """While inside: SIGINT, SIGTERM and SIGHUP call ``request_stop`` (which must be
    async-signal safe) and wake a poll on ``wakeup_fd``; the previous handlers come back after.
    The emulated boards' supervisors run their loops inside it."""
    old = {sig: signal.getsignal(sig) for sig in STOP_SIGNALS}
    old_wakeup: int | None = None
    try:
        for sig in STOP_SIGNALS:
            signal.signal(sig, lambda signum, frame: request_stop())
        old_wakeup = signal.set_wakeup_fd(wakeup_fd)
        yield
    finally:
        if old_wakeup is not None:
            signal.set_wakeup_fd(old_wakeup)
        for sig, handler in old.items():
            signal.signal(sig, handler)
