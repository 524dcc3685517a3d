"""Tests for the host-facing pty: attach/detach detection, stale-output flush, buffered writes, reattach."""

from __future__ import annotations

import math
import os
import select
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from test_faultlink import assert_silent, read_n

from orbitrig.host.boards.ptyhost import MAX_PENDING, PROBE_S, HostPty, PortFile, flush_slave_input

pytestmark = pytest.mark.timeout(30)

_POLLIN = select.POLLIN
_POLLOUT = select.POLLOUT
_POLLBAD = select.POLLHUP | select.POLLERR | select.POLLNVAL


# --- helpers -----------------------------------------------------------------------------------------


def _open_fds() -> set[str]:
    return set(os.listdir("/proc/self/fd"))


@pytest.fixture(autouse=True)
def no_fd_leak() -> Iterator[None]:
    """Every test closes what it opens, and so does HostPty (it opens the slave to flush it)."""
    before = _open_fds()
    yield
    assert _open_fds() - before == set()


@pytest.fixture
def hp() -> Iterator[HostPty]:
    port = HostPty()
    try:
        yield port
    finally:
        port.close()


class Hosts:
    """Host-side opens of the slave; whatever a test leaves open is closed after it."""

    def __init__(self) -> None:
        self.fds: list[int] = []

    def open(self, path: str) -> int:
        # A plain open, not pyserial (whose open() flushes input and would hide a stale tail).
        fd = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
        self.fds.append(fd)
        return fd

    def close(self, fd: int) -> None:
        self.fds.remove(fd)
        os.close(fd)


@pytest.fixture
def hosts() -> Iterator[Hosts]:
    h = Hosts()
    try:
        yield h
    finally:
        for fd in h.fds:
            os.close(fd)


def drive(hp: HostPty, until: Callable[[bytes], bool], timeout: float = 5.0) -> bytes:
    """An owner's poll loop, as the emulator and the fault link run it, until ``until(received)``.

    Polls the master only while a host is attached; while none is, sleeps until the next probe.
    """
    got = bytearray()
    poller = select.poll()
    registered = False
    deadline = time.monotonic() + timeout
    while not until(bytes(got)):
        now = time.monotonic()
        if now > deadline:
            raise AssertionError(f"timed out; attached={hp.attached}, got {bytes(got)!r}")
        if hp.attached:
            poller.register(hp.fd, _POLLIN | (_POLLOUT if hp.out.pending else 0))
            registered = True
            wait_ms = 50
        else:
            if registered:
                poller.unregister(hp.fd)
                registered = False
            wait_ms = max(0, math.ceil((hp.next_probe - now) * 1000))
        for _, ev in poller.poll(wait_ms):
            if ev & _POLLOUT and not hp.flush():
                continue
            if ev & (_POLLIN | _POLLBAD) and (data := hp.read(4096)):
                got += data
        hp.tick(time.monotonic())
    return bytes(got)


# --- attach and detach -------------------------------------------------------------------------------


def test_attached_only_while_a_host_holds_the_slave(hp: HostPty, hosts: Hosts) -> None:
    assert os.path.exists(hp.path)
    assert not hp.attached and not hp.probe()
    host = hosts.open(hp.path)
    assert hp.probe() and hp.attached
    hosts.close(host)
    assert not hp.probe() and not hp.attached  # the probe notices a host gone, too
    assert hp.read(100) is None  # no host: EIO


def test_host_leaving_shows_as_pollhup_then_eio(hp: HostPty, hosts: Hosts) -> None:
    host = hosts.open(hp.path)
    assert hp.probe()
    os.write(host, b"hi")
    assert drive(hp, lambda got: got == b"hi") == b"hi"
    hosts.close(host)
    poller = select.poll()
    poller.register(hp.fd, _POLLIN)
    assert [ev & select.POLLHUP for _, ev in poller.poll(1000)] == [select.POLLHUP]
    assert hp.read(100) is None
    assert not hp.attached
    assert hp.detach() is False  # already detached


def test_host_leaving_drops_queued_output(hp: HostPty, hosts: Hosts) -> None:
    host = hosts.open(hp.path)
    assert hp.probe()
    hp.send(b"x" * (MAX_PENDING * 2))  # more than the kernel takes: the rest waits in out
    assert hp.out.pending and hp.out.full
    hosts.close(host)
    drive(hp, lambda got: not hp.attached)
    assert not hp.out.pending and not hp.out.full


def test_a_failed_write_detaches(hp: HostPty, hosts: Hosts) -> None:
    """A master write rarely fails, so a pipe with no reader stands in for the pty (EPIPE)."""
    hosts.open(hp.path)
    r, w = os.pipe()
    os.close(r)
    fd, hp.out.fd = hp.out.fd, w
    try:
        assert hp.probe()
        hp.send(b"x")
        assert not hp.attached and not hp.out.pending
        assert hp.probe()  # the host is still there: the next probe attaches it again
        hp.out.pending += b"queued"
        assert hp.flush() is False
        assert not hp.attached and not hp.out.pending
    finally:
        hp.out.fd = fd
        os.close(w)


def test_tick_probes_at_most_every_probe_s(hp: HostPty, hosts: Hosts) -> None:
    t0 = time.monotonic()
    hp.tick(t0)
    assert not hp.attached and hp.next_probe == pytest.approx(t0 + PROBE_S)
    host = hosts.open(hp.path)
    hp.tick(t0 + PROBE_S / 2)
    assert not hp.attached  # not probed yet
    hp.tick(t0 + PROBE_S)
    assert hp.attached
    hosts.close(host)
    hp.tick(t0 + 100.0)
    assert hp.attached  # no probes while attached: the owner's poll sees the host leave
    assert hp.read(100) is None and not hp.attached


def test_detached_loop_sleeps_between_probes(hp: HostPty, hosts: Hosts) -> None:
    """While no host is attached the loop wakes about every PROBE_S, never spins, and sees one arrive."""
    turns = 0
    opened_at = None
    poller = select.poll()  # nothing registered: the owner leaves a detached master out of its poll
    start = time.monotonic()
    while not hp.attached:
        now = time.monotonic()
        assert now - start < 5.0, "the host was never seen"
        if opened_at is None and now - start >= 0.2:
            hosts.open(hp.path)
            opened_at = now
        poller.poll(max(0, math.ceil((hp.next_probe - now) * 1000)))
        hp.tick(time.monotonic())
        turns += 1
    seen_after = time.monotonic() - opened_at if opened_at is not None else math.nan
    assert 0.2 / PROBE_S / 2 <= turns <= 0.3 / PROBE_S + 20, turns
    assert seen_after < PROBE_S + 0.1


# --- stale output ------------------------------------------------------------------------------------


def test_without_a_flush_a_pty_keeps_stale_output(hosts: Hosts) -> None:
    """The premise of the flush: unread output outlives the host that did not read it."""
    hp = HostPty()
    try:
        host = hosts.open(hp.path)
        assert hp.probe()
        hp.send(b"stale")
        hosts.close(host)
        host = hosts.open(hp.path)  # reopened before the owner noticed: nothing flushed it
        assert read_n(host, 5) == b"stale"
        hosts.close(host)
    finally:
        hp.close()


@pytest.mark.parametrize("size", [12, 4 * MAX_PENDING], ids=["in the pty", "in the outbox too"])
def test_detach_flushes_stale_output(hp: HostPty, hosts: Hosts, size: int) -> None:
    host = hosts.open(hp.path)
    assert hp.probe()
    hp.send(b"s" * size)  # the host never reads it
    assert bool(hp.out.pending) == (size > MAX_PENDING)
    hosts.close(host)
    drive(hp, lambda got: not hp.attached)
    assert not hp.out.pending
    host = hosts.open(hp.path)
    drive(hp, lambda got: hp.attached)
    assert_silent(host, 0.2)
    hp.send(b"fresh")
    assert read_n(host, 5) == b"fresh"
    assert_silent(host, 0.05)


def test_send_while_detached_is_dropped(hp: HostPty, hosts: Hosts) -> None:
    hp.send(b"nobody listens")
    assert not hp.out.pending
    host = hosts.open(hp.path)
    drive(hp, lambda got: hp.attached)
    assert_silent(host, 0.2)


def test_flush_slave_input_drops_unread_bytes(hp: HostPty, hosts: Hosts) -> None:
    host = hosts.open(hp.path)
    os.write(hp.fd, b"unread")
    flush_slave_input(hp.path)
    assert_silent(host, 0.2)
    flush_slave_input("/nonexistent/orbitrig-pty")  # nothing to flush is no error


# --- writes ------------------------------------------------------------------------------------------


def test_buffered_writes_under_a_slow_reader(hp: HostPty, hosts: Hosts) -> None:
    """send() never blocks, even with no reader; flush() delivers it all, in order, at the reader's pace."""
    host = hosts.open(hp.path)
    assert hp.probe()
    data = bytes(range(251)) * (4 * MAX_PENDING // 251)
    chunk = 1024
    sent = 0
    # No reader yet: a blocking write would hang here; send() queues, and out says when to stop.
    while not hp.out.full:
        hp.send(data[sent : sent + chunk])
        sent += chunk
    assert hp.out.pending and len(hp.out.pending) < MAX_PENDING + chunk

    received = bytearray()
    errors: list[BaseException] = []

    def slow_reader() -> None:
        try:
            deadline = time.monotonic() + 20
            while len(received) < len(data) and time.monotonic() < deadline:
                if select.select([host], [], [], 0.5)[0]:
                    try:
                        received.extend(os.read(host, 2048))
                    except BlockingIOError:
                        continue
                    time.sleep(0.0005)  # slower than the writer
        except BaseException as e:  # reported by the test thread
            errors.append(e)

    reader = threading.Thread(target=slow_reader, daemon=True)
    reader.start()
    try:
        most_pending = 0
        poller = select.poll()
        while sent < len(data) or hp.out.pending:
            if sent < len(data) and not hp.out.full:  # flow control: feed only while out has room
                hp.send(data[sent : sent + chunk])
                sent += chunk
            most_pending = max(most_pending, len(hp.out.pending))
            poller.register(hp.fd, _POLLOUT if hp.out.pending else 0)
            for _, ev in poller.poll(0 if sent < len(data) and not hp.out.full else 100):
                if ev & _POLLOUT:
                    assert hp.flush()
            if not reader.is_alive():
                break
    finally:
        reader.join(20)
    assert not reader.is_alive() and not errors
    assert hp.attached
    assert most_pending < MAX_PENDING + chunk
    assert bytes(received) == data


def test_write_is_raw_and_non_blocking(hp: HostPty, hosts: Hosts) -> None:
    hosts.open(hp.path)
    assert hp.probe()
    total = 0
    with pytest.raises(BlockingIOError):
        for _ in range(10_000):
            total += hp.write(b"w" * 4096)
    assert total > 0 and not hp.out.pending  # write() bypasses the outbox


# --- reattach ----------------------------------------------------------------------------------------


def test_reattach_many_times(hp: HostPty, hosts: Hosts) -> None:
    for i in range(100):
        host = hosts.open(hp.path)
        drive(hp, lambda got: hp.attached)
        ping, pong = f"ping {i}".encode(), f"pong {i}".encode()
        os.write(host, ping)
        assert drive(hp, lambda got, want=ping: len(got) >= len(want)) == ping
        hp.send(pong)
        assert read_n(host, len(pong)) == pong  # and nothing of the previous host's stale tail
        hp.send(f"stale {i}".encode())
        if i % 2:
            os.write(host, b"last words")  # a host leaving with input in flight is seen leaving too
        hosts.close(host)
        drive(hp, lambda got: not hp.attached)
    host = hosts.open(hp.path)
    drive(hp, lambda got: hp.attached)
    assert_silent(host, 0.2)


# --- the port file -----------------------------------------------------------------------------------


def test_port_file_is_written_whole_and_removed(tmp_path: Path) -> None:
    pf = PortFile(tmp_path / "port")
    pf.write("/dev/pts/7")
    assert (tmp_path / "port").read_text() == "/dev/pts/7\n"
    assert os.listdir(tmp_path) == ["port"]  # no temp file left
    pf.remove()
    assert not (tmp_path / "port").exists()
    pf.remove()  # idempotent


def test_port_file_never_removes_what_it_did_not_write(tmp_path: Path) -> None:
    path = tmp_path / "port"
    path.write_text("/dev/pts/1\n")  # a running sibling's
    PortFile(path).remove()  # never written: not ours
    assert path.read_text() == "/dev/pts/1\n"

    pf = PortFile(path)
    pf.write("/dev/pts/2")
    sibling = PortFile(path)
    sibling.write("/dev/pts/3")  # replaced since: no longer ours
    pf.remove()
    assert path.read_text() == "/dev/pts/3\n"
    sibling.remove()
    assert not path.exists()


def test_a_failed_port_file_write_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "port"
    path.write_text("/dev/pts/1\n")
    (tmp_path / f".port.{os.getpid()}.tmp").mkdir()  # the temp file cannot be written
    pf = PortFile(path)
    with pytest.raises(OSError):
        pf.write("/dev/pts/2")
    pf.remove()
    assert path.read_text() == "/dev/pts/1\n"
