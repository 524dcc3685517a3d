"""A fault-injecting serial link: a proxy between the host and a board that damages bytes on purpose.

The proxy opens the board's port (a path or a pySerial URL) and offers the host a pty of its own;
the host opens that pty instead of the board's port. Each direction, host->board ("down") and
board->host ("up"), gets its own faults, as a per-byte rate and/or a schedule:

    flip        flip one bit of the byte (a random one, or the bit given in the schedule)
    drop        drop the byte (a schedule arg of n drops n bytes in a row)
    dup         send the byte twice (a schedule arg of n sends it n more times)
    stall       hold the direction for N ms; bytes are delayed, never lost
    disconnect  pull the cable for N ms: nothing passes either way, bytes sent meanwhile are lost

Every fault is counted, and so are frames: the proxy follows the 0x00 frame delimiters in each
direction's ORIGINAL stream (as the sender wrote it), so that a test can compare the frames it
hit with the frames the receiver lost.

Example:
    >>> from orbitrig.host.boards.faultlink import FaultLink, FaultSpec
    >>> with FaultLink(board_port, up=FaultSpec(flip=0.001), seed=1) as fl:   # doctest: +SKIP
    ...     rig = Rig.connect(fl.port)
    ...     ...
    ...     print(fl.stats()["up"]["frames_hit"])

The relay runs in a child process (``python -m orbitrig.host.boards.faultlink --control``) so that it does
not share a GIL with the host under test; ``in_process=True`` runs it in a thread instead, which
is cheaper for unit tests. The same module is a CLI::

    python -m orbitrig.host.boards.faultlink --board /dev/pts/7 --flip 0.01 --drop 0.002 --seed 1
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import errno
import json
import math
import os
import random
import re
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from typing import Any

import serial

from .ptyhost import HostPty, PollSet, PortFile, reap_group

MAX_MS = 3_600_000  # the longest stall or disconnect: an hour
KINDS = ("disconnect", "stall", "drop", "flip", "dup")  # also the order in which faults on one byte apply
_ORDER = {k: i for i, k in enumerate(KINDS)}
READ_SIZE = 16384
MAX_QUEUED = 1 << 20  # per direction; beyond this the source is not read (the kernel buffers, then blocks)
NO_FD_POLL_S = 0.001  # board ports without a file descriptor (loop://, rfc2217://) are polled
HIT_LIST_MAX = 100_000  # frame indices kept for stats(detail=True)
STOP_WAIT_S = 5.0
REQUEST_TIMEOUT_S = 10.0
_POLLIN = select.POLLIN
_POLLOUT = select.POLLOUT
_POLLHUP = select.POLLHUP
_INF = math.inf


class FaultLinkError(RuntimeError):
    """The fault link could not start or was lost; the message is one line meant for the user."""


# --- fault specification ---------------------------------------------------------------------------


@dataclass
class FaultSpec:
    """Faults for one direction.

    Rates are probabilities per byte (``stall_rate`` and ``disconnect_rate``: of starting one at
    that byte). ``schedule`` lists ``(at, kind)`` or ``(at, kind, arg)``: an ``int`` ``at`` is a
    byte offset in this direction's original stream, a ``float`` one is a time in seconds; both
    count from the moment the spec takes effect (``start()`` or ``set_faults()``). ``arg`` is the
    bit for flip (0..7, default random), the count for drop and dup (default 1) and the duration
    in ms for stall and disconnect (default ``stall_ms`` / ``disconnect_ms``). A time-scheduled
    flip, drop or dup hits the first byte that arrives after that time.
    """

    flip: float = 0.0
    drop: float = 0.0
    dup: float = 0.0
    stall_rate: float = 0.0
    stall_ms: float = 20
    disconnect_rate: float = 0.0
    disconnect_ms: float = 100
    schedule: list[tuple[Any, ...]] = field(default_factory=list)

    def __post_init__(self) -> None:
        for name in ("flip", "drop", "dup", "stall_rate", "disconnect_rate"):
            p = getattr(self, name)
            if not _in_range(p, 1.0):
                raise ValueError(f"{name} rate must be a probability per byte in 0..1, not {p!r}")
        for name in ("stall_ms", "disconnect_ms"):
            ms = getattr(self, name)
            if not _in_range(ms, MAX_MS):
                raise ValueError(f"{name} must be a duration in ms (0..{MAX_MS}), not {ms!r}")
        self.schedule = [_check_entry(e) for e in self.schedule]

    @property
    def active(self) -> bool:
        """True if this spec can inject anything at all."""
        rates = (self.flip, self.drop, self.dup, self.stall_rate, self.disconnect_rate)
        return any(rates) or bool(self.schedule)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["schedule"] = [list(e) for e in self.schedule]
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> FaultSpec:
        d = dict(d)
        d["schedule"] = [tuple(e) for e in d.get("schedule", ())]
        return cls(**d)


def _in_range(x: Any, hi: float) -> bool:
    """x is a number (not a bool) in 0..hi."""
    return not isinstance(x, bool) and isinstance(x, int | float) and 0 <= x <= hi


def _check_entry(entry: Any) -> tuple[int | float, str, Any]:
    """One schedule entry as (at, kind, arg), or ValueError saying what is wrong with it."""
    if not isinstance(entry, tuple | list) or len(entry) not in (2, 3):
        raise ValueError(f"schedule entry {entry!r}: use (at, kind) or (at, kind, arg)")
    at, kind = entry[0], entry[1]
    arg = entry[2] if len(entry) == 3 else None
    if kind not in KINDS:
        raise ValueError(f"schedule entry {entry!r}: unknown fault {kind!r} (known: {', '.join(KINDS)})")
    if isinstance(at, bool) or not isinstance(at, int | float) or at < 0 or not math.isfinite(at):
        raise ValueError(f"schedule entry {entry!r}: at must be a byte offset (int) or seconds (float) >= 0")
    ok = True
    if kind == "flip":
        ok = arg is None or (isinstance(arg, int) and not isinstance(arg, bool) and 0 <= arg <= 7)
    elif kind in ("drop", "dup"):
        ok = arg is None or (isinstance(arg, int) and not isinstance(arg, bool) and 1 <= arg <= 65536)
    elif arg is not None:
        ok = _in_range(arg, MAX_MS)
    if not ok:
        what = {"flip": "a bit 0..7", "drop": "a count >= 1", "dup": "a count >= 1"}.get(kind, "ms")
        raise ValueError(f"schedule entry {entry!r}: arg for {kind} must be {what}")
    return (at, kind, arg)


def _gap(rng: random.Random, p: float) -> float:
    """Bytes that pass before the next event when each byte triggers one with probability p.

    Geometric sampling: the same as one Bernoulli draw per byte, but it costs one draw per event,
    and the outcome does not depend on how the stream was chunked.
    """
    if p <= 0.0:
        return _INF
    if p >= 1.0:
        return 0
    return int(math.log1p(-rng.random()) / math.log1p(-p))


# --- one direction ---------------------------------------------------------------------------------


class Direction:
    """The fault state, the delay queue and the counters of one direction."""

    COUNTERS = (
        "bytes_in",  # original bytes read from the sender (while it could be heard)
        "bytes_out",  # bytes written to the receiver
        "flip",
        "drop",
        "dup",
        "stall",  # stalls started
        "stall_ms",  # total stall time requested
        "disconnect",  # disconnects this direction's faults started
        "lost",  # bytes lost to a disconnect (from either direction's faults or disconnect())
        "discarded",  # up: board output while no host had the port open (not counted in bytes_in)
        "frames_hit",  # frames with at least one flip, drop, dup or lost byte
        "delims_hit",  # of those faults, how many struck a 0x00 delimiter (merging two frames)
        "frames_stalled",  # frames in which a byte-scheduled or rate stall began
    )

    def __init__(self, name: str) -> None:
        self.name = name
        self.pos = 0  # bytes of the original stream read so far
        self.queue: deque[list[Any]] = deque()  # [release time, bytearray] segments, in order
        self.queued = 0
        self.hold_until = 0.0  # the whole direction waits until then (time stall, disconnect)
        self.in_frame = False  # the original stream is inside a frame (bytes since the last 0x00)
        self.reset_stats()
        self.install(FaultSpec(), 0, 0.0)

    def reset_stats(self) -> None:
        self.counts = dict.fromkeys(self.COUNTERS, 0)
        self.frame = 0  # index of the frame the next original byte belongs to; also frames ended
        self.hit_frames: list[int] = []
        self._last_hit = -1
        self._last_stalled = -1

    def install(self, spec: FaultSpec, seed: int, now: float) -> None:
        """Make spec effective now; its offsets and times count from here."""
        self.spec = spec
        self.rng = random.Random(f"orbitrig-faultlink:{seed}:{self.name}")
        self.base = self.pos
        self.at_offset: list[tuple[int, int, str, Any]] = []
        self.at_time: list[tuple[float, int, str, Any]] = []
        for at, kind, arg in spec.schedule:
            if isinstance(at, float):
                self.at_time.append((now + at, _ORDER[kind], kind, arg))
            elif kind == "drop":  # n bytes in a row: one drop each
                self.at_offset += [(self.pos + at + k, _ORDER[kind], kind, None) for k in range(arg or 1)]
            else:
                self.at_offset.append((self.pos + at, _ORDER[kind], kind, arg))
        self.at_offset.sort(key=lambda e: e[:2])
        self.at_time.sort(key=lambda e: e[:2])
        self._oi = self._ti = 0
        rates = {
            "disconnect": spec.disconnect_rate,
            "stall": spec.stall_rate,
            "drop": spec.drop,
            "flip": spec.flip,
            "dup": spec.dup,
        }
        self.rates = {k: p for k, p in rates.items() if p > 0}
        self.next_rate = {k: self.pos + _gap(self.rng, p) for k, p in self.rates.items()}
        self.next_byte: list[tuple[str, Any]] = []  # time-triggered byte faults for the next byte

    # --- events ---------------------------------------------------------------------------------

    def next_event_pos(self) -> float:
        if self.next_byte:
            return self.pos
        m = min(self.next_rate.values(), default=_INF)
        if self._oi < len(self.at_offset):
            m = min(m, self.at_offset[self._oi][0])
        return m

    def take_events(self) -> dict[str, list[Any]]:
        """The faults due at the current byte, by kind."""
        pos = self.pos
        ev: dict[str, list[Any]] = {}
        for kind, arg in self.next_byte:
            ev.setdefault(kind, []).append(arg)
        self.next_byte.clear()
        while self._oi < len(self.at_offset) and self.at_offset[self._oi][0] == pos:
            _, _, kind, arg = self.at_offset[self._oi]
            ev.setdefault(kind, []).append(arg)
            self._oi += 1
        for kind, at in self.next_rate.items():  # fixed order (KINDS), so draws are reproducible
            if at == pos:
                ev.setdefault(kind, []).append(None)
                self.next_rate[kind] = pos + 1 + _gap(self.rng, self.rates[kind])
        return ev

    def skip_to(self, pos: int) -> None:
        """Offset faults that fell on bytes lost to a disconnect do not happen."""
        while self._oi < len(self.at_offset) and self.at_offset[self._oi][0] < pos:
            self._oi += 1
        for kind, at in self.next_rate.items():
            while at < pos:
                at = at + 1 + _gap(self.rng, self.rates[kind])
            self.next_rate[kind] = at

    def due_time_events(self, now: float) -> list[tuple[str, Any]]:
        due = []
        while self._ti < len(self.at_time) and self.at_time[self._ti][0] <= now:
            _, _, kind, arg = self.at_time[self._ti]
            due.append((kind, arg))
            self._ti += 1
        return due

    @property
    def timed(self) -> bool:
        """Time-scheduled faults are still to come."""
        return self._ti < len(self.at_time)

    def next_time_event(self) -> float:
        return self.at_time[self._ti][0] if self._ti < len(self.at_time) else _INF

    # --- accounting -----------------------------------------------------------------------------

    def hit(self, delim: bool) -> None:
        """A damaging fault struck the current byte: it hits the current frame. A delimiter belongs to
        the frame it ends; an idle delimiter (no frame to end) counts for the frame that follows, which
        is the one a flipped idle delimiter would spoil."""
        c = self.counts
        if delim:
            c["delims_hit"] += 1
        if self.frame != self._last_hit:
            self._last_hit = self.frame
            c["frames_hit"] += 1
            if len(self.hit_frames) < HIT_LIST_MAX:
                self.hit_frames.append(self.frame)

    def count_frames(self, seg: bytes) -> None:
        """Follow frame boundaries through original bytes: frames are the non-empty runs ended by 0x00.

        Empty runs (idle delimiters) are no frames, as for the receiver's packetizer.
        """
        if not seg:
            return
        if 0 not in seg:
            self.in_frame = True
            return
        parts = seg.split(b"\x00")
        ended = 1 if (self.in_frame or parts[0]) else 0
        ended += sum(1 for part in parts[1:-1] if part)
        self.frame += ended
        self.in_frame = bool(parts[-1])

    def end_byte(self, orig: int) -> None:
        """Frame bookkeeping for one original byte handled on its own."""
        if orig:
            self.in_frame = True
        elif self.in_frame:
            self.frame += 1
            self.in_frame = False

    def lose(self, data: bytes) -> None:
        """Original bytes lost to a disconnect: every frame they belonged to is hit."""
        n = len(data)
        self.counts["bytes_in"] += n
        self.counts["lost"] += n
        parts = data.split(b"\x00")
        for k, part in enumerate(parts):
            if part:
                self.in_frame = True
                self.hit(False)
            if k < len(parts) - 1:  # a delimiter follows
                self.hit(True)
                self.end_byte(0)
        self.pos += n
        self.skip_to(self.pos)

    # --- delay queue ----------------------------------------------------------------------------

    def enqueue(self, data: bytes | bytearray) -> None:
        if not data:
            return
        if self.queue:
            self.queue[-1][1] += data
        else:
            self.queue.append([0.0, bytearray(data)])
        self.queued += len(data)

    def stall_here(self, now: float, stalls: list[float]) -> None:
        """Bytes from here on wait after the line would otherwise have been free, for each stall's ms."""
        ms = sum(stalls)
        c = self.counts
        c["stall"] += len(stalls)
        c["stall_ms"] += ms
        if self.frame != self._last_stalled:
            self._last_stalled = self.frame
            c["frames_stalled"] += 1
        tail = self.queue[-1][0] if self.queue else 0.0
        release = max(now, tail, self.hold_until) + ms / 1000.0
        self.queue.append([release, bytearray()])

    def hold(self, until: float) -> None:
        self.hold_until = max(self.hold_until, until)

    def clear_queue(self) -> int:
        n = self.queued
        self.queue.clear()
        self.queued = 0
        return n

    def writable(self, now: float) -> bool:
        """Bytes are due now."""
        if not self.queued or now < self.hold_until:
            return False
        for release, buf in self.queue:
            if release > now:
                return False
            if buf:
                return True
        return False

    def next_release(self, now: float) -> float:
        """When held bytes become due; inf if nothing waits or bytes are due already."""
        if not self.queued:
            return _INF
        t = self.hold_until
        for release, buf in self.queue:  # release times never decrease along the queue
            if buf:
                t = max(t, release)
                break
        return t if t > now else _INF

    def flush(self, write: Any, now: float) -> bool:
        """Write what is due; True if the receiver took everything that was due."""
        if now < self.hold_until:
            return True
        q = self.queue
        while q:
            release, buf = q[0]
            if release > now:
                return True
            if buf:
                try:
                    k = write(buf)
                except BlockingIOError:
                    k = 0
                self.counts["bytes_out"] += k
                self.queued -= k
                if k < len(buf):
                    del buf[:k]
                    return False
            q.popleft()
        return True

    def stats(self) -> dict[str, Any]:
        d: dict[str, Any] = dict(self.counts)
        d["frames_total"] = self.frame  # frames ended (non-empty runs + 0x00) since the stats were reset
        d["offset"] = self.pos - self.base  # the schedule's byte offset of the next byte
        d["queued"] = self.queued
        return d


# --- the ports -------------------------------------------------------------------------------------


class BoardPort:
    """The board's port through pyserial; raw os.read/os.write on its fd when it has one."""

    def __init__(self, url: str, baudrate: int) -> None:
        self.url = url
        try:
            port = serial.serial_for_url(url, baudrate=baudrate, timeout=0, do_not_open=True)
            if isinstance(port, serial.Serial) and "://" not in url:
                port.exclusive = True  # two programs on one board would corrupt each other's frames
            port.open()
        except (ValueError, serial.SerialException, OSError) as e:
            raise FaultLinkError(f"cannot open board port {url}: {_reason(e)}") from None
        self.port = port
        self.fd: int | None
        try:
            self.fd = port.fileno()
        except (AttributeError, NotImplementedError, OSError, serial.SerialException):
            self.fd = None
        self._hup: select.poll | None = None
        if self.fd is not None:
            os.set_blocking(self.fd, False)
            if os.isatty(self.fd):
                # A tty in pyserial's raw mode (VMIN=0) reads b"" when it has nothing: a port that is
                # gone shows as POLLHUP instead.
                self._hup = select.poll()
                self._hup.register(self.fd, _POLLIN)
            with contextlib.suppress(OSError, serial.SerialException):
                port.reset_input_buffer()  # a stale tail from before the proxy does not belong to anyone

    def read(self) -> bytes:
        """What the board sent, b"" if nothing yet. Raises FaultLinkError once the port is gone."""
        try:
            if self.fd is not None:
                data = os.read(self.fd, READ_SIZE)
                if not data and (self._hup is None or self._hung_up()):
                    raise FaultLinkError(f"board port {self.url} closed")
                return data
            return self.port.read(self.port.in_waiting or 0)
        except BlockingIOError:
            return b""
        except (OSError, serial.SerialException) as e:
            if self._hup is not None and getattr(e, "errno", None) == errno.EIO:
                # a tty whose other end went away reads EIO or b"" + POLLHUP, by timing: one message
                raise FaultLinkError(f"board port {self.url} closed") from None
            raise FaultLinkError(f"board port {self.url} lost: {_reason(e)}") from None

    def _hung_up(self) -> bool:
        assert self._hup is not None
        return any(ev & (_POLLHUP | select.POLLERR) for _, ev in self._hup.poll(0))

    def write(self, data: bytes | bytearray) -> int:
        try:
            if self.fd is not None:
                return os.write(self.fd, data)
            n = self.port.write(bytes(data))
            return len(data) if n is None else n
        except BlockingIOError:
            raise
        except (OSError, serial.SerialException) as e:
            raise FaultLinkError(f"board port {self.url} lost: {_reason(e)}") from None

    def close(self) -> None:
        with contextlib.suppress(OSError, serial.SerialException):
            self.port.close()


def _reason(e: BaseException) -> str:
    text = getattr(e, "strerror", None) or str(e) or type(e).__name__
    return text.splitlines()[0] if text else type(e).__name__


# --- the relay -------------------------------------------------------------------------------------


class Relay:
    """The poll loop: host pty <-> board port, with faults, plus an optional JSON-lines control channel."""

    def __init__(
        self,
        board_url: str,
        down: FaultSpec | None = None,
        up: FaultSpec | None = None,
        seed: int = 0,
        *,
        baudrate: int = 115200,
        ctl_in: int | None = None,
        ctl_out: int | None = None,
    ) -> None:
        self.board = BoardPort(board_url, baudrate)
        try:
            self.host = HostPty()
        except OSError as e:
            self.board.close()
            raise FaultLinkError(f"cannot create a pty: {_reason(e)}") from None
        self.started = time.monotonic()
        self.seed = seed
        self.down = Direction("down")
        self.up = Direction("up")
        self.down.install(down or FaultSpec(), seed, self.started)
        self.up.install(up or FaultSpec(), seed, self.started)
        self.disc_until = 0.0
        self.disconnects = 0  # all of them: from either direction's faults and from disconnect()
        self.error: str | None = None
        self.stopping = False
        self.ctl_in = ctl_in
        self.ctl_out = ctl_out
        self._ctl_buf = bytearray()
        if ctl_in is not None:
            os.set_blocking(ctl_in, False)
        self._wake_r, self._wake_w = os.pipe()
        for fd in (self._wake_r, self._wake_w):
            os.set_blocking(fd, False)
        self._poll = PollSet()
        self._idle = False  # the poll set is the idle one (see _step)
        self._closed = False

    @property
    def port(self) -> str:
        return self.host.path

    @property
    def wakeup_fd(self) -> int:
        return self._wake_w

    def request_stop(self) -> None:
        """Async-signal safe: finish the loop."""
        self.stopping = True
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"x")

    # --- loop -----------------------------------------------------------------------------------

    def run(self) -> None:
        """Relay until stopped. A lost board ends the relaying; a control channel stays served."""
        try:
            self._handle_ctl_lines()
            while not self.stopping:
                self._step()
        finally:
            self.close()

    def _step(self) -> None:
        now = time.monotonic()
        down, up = self.down, self.up
        if (
            down.queued
            or up.queued
            or down.timed
            or up.timed
            or now < self.disc_until
            or not self.host.attached
            or self.error is not None
            or self.board.fd is None
        ):
            self._idle = False
            self._timers(now)
            self._poll.sync(self._interest(now))
            # The same ``now`` as the interest: bytes that came due since then would be neither
            # polled for (no POLLOUT) nor waited for (next_release() leaves due bytes to POLLOUT),
            # and the relay would sleep on them for good.
            timeout = self._timeout_ms(now)
        else:  # the common case, kept cheap: nothing held, nothing timed, both ends there
            if not self._idle:
                self._idle = True
                self._poll.sync(self._interest(now))
            timeout = None
        for fd, ev in self._poll.poll(timeout):
            if fd == self.host.fd and self.error is None:
                self._on_host(ev)
            elif fd == self.board.fd and self.error is None:
                self._on_board(ev)
            elif fd == self.ctl_in:
                self._on_ctl()
            elif fd == self._wake_r:
                with contextlib.suppress(OSError):
                    os.read(self._wake_r, 512)
        if self.board.fd is None and self.error is None:
            self._read_board()
        self._flush(time.monotonic())

    def _interest(self, now: float) -> dict[int, int]:
        want = {self._wake_r: _POLLIN}
        if self.ctl_in is not None:
            want[self.ctl_in] = _POLLIN
        if self.error is not None:
            return want
        host, board = self.host, self.board
        if host.attached:
            ev = _POLLIN if self.down.queued < MAX_QUEUED else 0
            if self.up.writable(now):
                ev |= _POLLOUT
            want[host.fd] = ev  # registered even with no events, so that POLLHUP shows a host leaving
        if board.fd is not None:
            ev = _POLLIN if self.up.queued < MAX_QUEUED or not host.attached else 0
            if self.down.writable(now):
                ev |= _POLLOUT
            want[board.fd] = ev
        return want

    def _timeout_ms(self, now: float) -> int | None:
        if self.error is not None:
            return None
        t = min(
            self.down.next_release(now),
            self.up.next_release(now),
            self.down.next_time_event(),
            self.up.next_time_event(),
            self.disc_until if self.disc_until > now else _INF,
        )
        if not self.host.attached:
            t = min(t, self.host.next_probe)
        if self.board.fd is None:
            t = min(t, now + NO_FD_POLL_S)
        if t == _INF:
            return None
        return max(0, math.ceil((t - now) * 1000))

    def _timers(self, now: float) -> None:
        if self.error is None:
            self.host.tick(now)
        for d in (self.down, self.up):
            for kind, arg in d.due_time_events(now):
                if kind == "stall":
                    ms = d.spec.stall_ms if arg is None else arg
                    d.counts["stall"] += 1
                    d.counts["stall_ms"] += ms
                    d.hold(max(now, d.hold_until) + ms / 1000.0)
                elif kind == "disconnect":
                    d.counts["disconnect"] += 1
                    self.pull_cable(d.spec.disconnect_ms if arg is None else arg, now)
                else:
                    d.next_byte.append((kind, arg))

    # --- data path ------------------------------------------------------------------------------

    def _on_host(self, ev: int) -> None:
        if ev & _POLLOUT:
            self._flush_up(time.monotonic())
        if ev & (_POLLIN | _POLLHUP | select.POLLERR):
            self._read_host()

    def _read_host(self) -> int:
        data = self.host.read(READ_SIZE)
        if data is None:  # the host closed the port
            self._detach()
            return 0
        if data:
            now = time.monotonic()
            self.feed(self.down, data, now)
            self._flush_down(now)
        return len(data)

    def _on_board(self, ev: int) -> None:
        if ev & _POLLOUT:
            self._flush_down(time.monotonic())
        if ev & (_POLLIN | _POLLHUP | select.POLLERR):
            self._read_board()

    def _read_board(self) -> int:
        try:
            data = self.board.read()
        except FaultLinkError as e:
            self._fail(str(e))
            return 0
        if not data:
            return 0
        if not self.host.attached:
            self.up.counts["discarded"] += len(data)  # no host to hear it, as on USB-CDC
            return len(data)
        now = time.monotonic()
        self.feed(self.up, data, now)
        self._flush_up(now)
        return len(data)

    def feed(self, d: Direction, data: bytes, now: float) -> None:
        """Apply d's faults to bytes the sender wrote and queue the result for the receiver."""
        if now < self.disc_until:
            d.lose(data)
            return
        n = len(data)
        i = 0
        counts = d.counts
        out = bytearray()
        while i < n:
            nxt = d.next_event_pos()
            if nxt > d.pos:  # a clean run up to the next fault
                take = n - i if nxt == _INF else min(n - i, int(nxt) - d.pos)
                seg = data[i : i + take]
                out += seg
                d.count_frames(seg)
                counts["bytes_in"] += take
                d.pos += take
                i += take
                continue
            ev = d.take_events()
            orig = data[i]
            delim = orig == 0
            if "disconnect" in ev:
                d.enqueue(out)
                arg = ev["disconnect"][0]
                counts["disconnect"] += 1
                self.pull_cable(d.spec.disconnect_ms if arg is None else arg, now)
                d.lose(data[i:])
                return
            if "stall" in ev:
                d.enqueue(out)
                out = bytearray()
                d.stall_here(now, [d.spec.stall_ms if a is None else a for a in ev["stall"]])
            if "drop" in ev:
                counts["drop"] += 1
                d.hit(delim)
            elif "flip" in ev or "dup" in ev:
                b = orig
                for bit in ev.get("flip", ()):
                    b ^= 1 << (d.rng.randrange(8) if bit is None else bit)
                    counts["flip"] += 1
                out.append(b)
                for copies in ev.get("dup", ()):
                    out += bytes((b,)) * (copies or 1)
                    counts["dup"] += 1
                d.hit(delim)
            else:
                out.append(orig)
            d.end_byte(orig)
            counts["bytes_in"] += 1
            d.pos += 1
            i += 1
        d.enqueue(out)

    def pull_cable(self, ms: float, now: float) -> None:
        """For ms nothing passes either way; bytes sent meanwhile are lost, bytes held here wait."""
        self._flush(now)  # what is due was on the wire before the cable came out
        self.disconnects += 1
        self.disc_until = max(self.disc_until, now + ms / 1000.0)
        self.down.hold(self.disc_until)
        self.up.hold(self.disc_until)

    def _flush_down(self, now: float) -> None:
        try:
            self.down.flush(self.board.write, now)
        except FaultLinkError as e:
            self._fail(str(e))

    def _flush_up(self, now: float) -> None:
        if not self.host.attached:
            self.up.counts["discarded"] += self.up.clear_queue()
            return
        try:
            self.up.flush(self.host.write, now)
        except BlockingIOError:
            pass
        except OSError:
            self._detach()

    def _flush(self, now: float) -> None:
        if self.error is not None:
            return
        if self.down.writable(now):
            self._flush_down(now)
        if self.up.writable(now):
            self._flush_up(now)

    def _detach(self) -> None:
        """The host closed the port: board output is dropped until one opens it again."""
        self.host.detach()  # a no-op if read() found it gone and detached it already
        self.up.counts["discarded"] += self.up.clear_queue()

    def _pump_sources(self) -> None:
        """Read everything already sent, under the faults in force when it was sent."""
        if self.error is not None:
            return
        if not self.host.attached:
            self.host.probe()
        for _ in range(64):
            got = 0
            if self.host.attached:
                got += self._read_host()
            got += self._read_board()
            if not got or self.error is not None:
                return

    def _fail(self, message: str) -> None:
        """The board is gone: stop relaying. With a control channel the loop lives on to report it."""
        if self.error is None:
            self.error = message
        if self.ctl_in is None:
            self.stopping = True

    # --- control --------------------------------------------------------------------------------

    def queue_control(self, data: bytes) -> None:
        """Requests that arrived before the loop ran; handled on its first turn."""
        self._ctl_buf += data

    def _on_ctl(self) -> None:
        assert self.ctl_in is not None
        try:
            data = os.read(self.ctl_in, 65536)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:  # the controlling process went away: nothing may outlive it
            self.stopping = True
            return
        self._ctl_buf += data
        self._handle_ctl_lines()

    def _handle_ctl_lines(self) -> None:
        while not self.stopping and (nl := self._ctl_buf.find(b"\n")) >= 0:
            line = bytes(self._ctl_buf[:nl])
            del self._ctl_buf[: nl + 1]
            if line.strip():
                self._reply(self._command(line))

    def _command(self, line: bytes) -> dict[str, Any]:
        try:
            req = json.loads(line)
            cmd = req["cmd"]
            self._pump_sources()
            now = time.monotonic()
            if cmd == "stats":
                return {"ok": True, "stats": self.stats(bool(req.get("detail")))}
            if cmd == "set":
                seed = self.seed if req.get("seed") is None else int(req["seed"])
                self.seed = seed
                specs = [(d, req.get(d.name)) for d in (self.down, self.up)]
                parsed = [(d, FaultSpec.from_json(s)) for d, s in specs if s is not None]
                if req.get("reset_stats"):
                    self.reset_stats()
                for d, spec in parsed:
                    d.install(spec, seed, now)
                return {"ok": True}
            if cmd == "reset_stats":
                self.reset_stats()
                return {"ok": True}
            if cmd == "disconnect":
                ms = float(req["ms"])
                if not _in_range(ms, MAX_MS):
                    raise ValueError(f"disconnect ms {ms:g} outside 0..{MAX_MS}")
                self.pull_cable(ms, now)
                return {"ok": True}
            if cmd == "stop":
                stats = self.stats(bool(req.get("detail")))
                self.stopping = True
                return {"ok": True, "stats": stats}
            return {"ok": False, "error": f"unknown command {cmd!r}"}
        except (ValueError, KeyError, TypeError) as e:
            return {"ok": False, "error": f"bad request {line[:200]!r}: {e}"}

    def _reply(self, obj: dict[str, Any]) -> None:
        if self.ctl_out is None:
            return
        try:
            _write_all(self.ctl_out, json.dumps(obj).encode() + b"\n")
        except OSError:
            self.stopping = True

    def reset_stats(self) -> None:
        self.down.reset_stats()
        self.up.reset_stats()
        self.disconnects = 0

    def stats(self, detail: bool = False) -> dict[str, Any]:
        now = time.monotonic()
        out: dict[str, Any] = {}
        for d in (self.down, self.up):
            out[d.name] = d.stats()
            if detail:
                out[d.name]["hit_frames"] = list(d.hit_frames)
        out["link"] = {
            "port": self.host.path,
            "board": self.board.url,
            "host_attached": self.host.attached,
            "disconnected": now < self.disc_until,
            "disconnects": self.disconnects,
            "seed": self.seed,
            "uptime_s": round(now - self.started, 3),
            "error": self.error,
        }
        return out

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.board.close()
        self.host.close()
        os.close(self._wake_r)
        os.close(self._wake_w)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        try:
            n = os.write(fd, view)
        except BlockingIOError:
            select.select([], [fd], [], 1.0)
            continue
        view = view[n:]


# --- the child process and the CLI -----------------------------------------------------------------


def _control_main() -> int:
    """``--control``: the first stdin line is the config; then JSON-line requests until EOF or stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when this ends
    inp, out = sys.stdin.fileno(), sys.stdout.fileno()
    buf = b""
    while b"\n" not in buf:  # unbuffered: nothing after the first line may be read ahead
        chunk = os.read(inp, 4096)
        if not chunk:
            return 1
        buf += chunk
    line, rest = buf.split(b"\n", 1)
    try:
        cfg = json.loads(line)
        relay = Relay(
            cfg["board"],
            FaultSpec.from_json(cfg.get("down") or {}),
            FaultSpec.from_json(cfg.get("up") or {}),
            int(cfg.get("seed", 0)),
            baudrate=int(cfg.get("baudrate", 115200)),
            ctl_in=inp,
            ctl_out=out,
        )
        relay.queue_control(rest)
    except FaultLinkError as e:
        _write_all(out, json.dumps({"ok": False, "error": str(e)}).encode() + b"\n")
        return 1
    except (ValueError, KeyError, TypeError) as e:
        _write_all(out, json.dumps({"ok": False, "error": f"bad config: {e}"}).encode() + b"\n")
        return 1
    signal.signal(signal.SIGTERM, lambda *_: relay.request_stop())
    old = signal.set_wakeup_fd(relay.wakeup_fd)
    try:
        _write_all(out, json.dumps({"ok": True, "port": relay.port, "pid": os.getpid()}).encode() + b"\n")
        relay.run()
    finally:
        signal.set_wakeup_fd(old)
    return 0


_AT_RE = re.compile(r"^(?P<at>[0-9]+(?:\.[0-9]*)?)(?P<unit>s|ms)?:(?P<kind>[a-z]+)(?::(?P<arg>[0-9.]+))?$")


def parse_at(text: str) -> tuple[int | float, str, Any]:
    """``OFFSET:KIND[:ARG]``: OFFSET is a byte offset, or a time with an ``s`` or ``ms`` suffix."""
    m = _AT_RE.match(text.strip())
    if not m:
        raise ValueError(f"bad --at {text!r}: use OFFSET:KIND[:ARG], e.g. 100:flip, 250ms:disconnect:500")
    at_s, unit, kind, arg_s = m["at"], m["unit"], m["kind"], m["arg"]
    if unit is None:
        if "." in at_s:
            raise ValueError(f"bad --at {text!r}: a byte offset is a whole number (add s or ms for a time)")
        at: int | float = int(at_s)
    else:
        at = float(at_s) / (1000.0 if unit == "ms" else 1.0)
    arg: Any = None
    if arg_s is not None:
        arg = float(arg_s) if kind in ("stall", "disconnect") else int(float(arg_s))
    return _check_entry((at, kind, arg))


def _probability(text: str) -> float:
    try:
        p = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not _in_range(p, 1.0):
        raise argparse.ArgumentTypeError(f"{text} is not a probability per byte in 0..1")
    return p


def _ms(text: str) -> float:
    try:
        ms = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of ms: {text!r}") from None
    if not _in_range(ms, MAX_MS):
        raise argparse.ArgumentTypeError(f"{text} ms outside 0..{MAX_MS}")
    return ms


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m orbitrig.host.boards.faultlink",
        description="Relay a board's serial port through a pty that injects faults; the host opens the pty.",
    )
    p.add_argument("--board", help="the board's port: a path or a pySerial URL")
    p.add_argument("--flip", type=_probability, default=0.0, help="probability per byte of a bit flip")
    p.add_argument("--drop", type=_probability, default=0.0, help="probability per byte of dropping it")
    p.add_argument("--dup", type=_probability, default=0.0, help="probability per byte of sending it twice")
    p.add_argument("--stall-rate", type=_probability, default=0.0, help="probability per byte of a stall")
    p.add_argument("--stall-ms", type=_ms, default=20.0, help="stall length (default 20 ms)")
    p.add_argument(
        "--disconnect-rate", type=_probability, default=0.0, help="probability per byte of pulling the cable"
    )
    p.add_argument("--disconnect-ms", type=_ms, default=100.0, help="disconnect length (default 100 ms)")
    p.add_argument(
        "--at",
        action="append",
        default=[],
        metavar="OFFSET:KIND[:ARG]",
        help="a scheduled fault, e.g. 100:flip, 40:drop:3, 2s:stall:200, 1500ms:disconnect:300 (repeatable)",
    )
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    only = p.add_mutually_exclusive_group()
    only.add_argument("--up-only", action="store_true", help="faults on board->host only")
    only.add_argument("--down-only", action="store_true", help="faults on host->board only")
    p.add_argument("--baudrate", type=int, default=115200, help="board port baud rate (default 115200)")
    p.add_argument("--port-file", metavar="FILE", help="write the host-side pty path there once it is up")
    p.add_argument("--control", action="store_true", help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    """The CLI: relay until SIGINT/SIGTERM, then print the stats as JSON. Errors are one line."""
    args = build_parser().parse_args(argv)
    try:
        if args.control:
            return _control_main()
        return _cli(args)
    except KeyboardInterrupt:
        return 0  # interrupted during setup, before the signal handlers were installed


def _cli(args: argparse.Namespace) -> int:
    if not args.board:
        print("faultlink: error: --board PORT is required", file=sys.stderr)
        return 2
    relay: Relay | None = None
    port_file = PortFile(args.port_file) if args.port_file else None
    try:
        schedule = [parse_at(a) for a in args.at]
        spec = FaultSpec(
            flip=args.flip,
            drop=args.drop,
            dup=args.dup,
            stall_rate=args.stall_rate,
            stall_ms=args.stall_ms,
            disconnect_rate=args.disconnect_rate,
            disconnect_ms=args.disconnect_ms,
            schedule=schedule,
        )
        down = FaultSpec() if args.up_only else spec
        up = FaultSpec() if args.down_only else spec
        relay = Relay(args.board, down, up, args.seed, baudrate=args.baudrate)
    except (FaultLinkError, ValueError) as e:
        print(f"faultlink: error: {e}", file=sys.stderr)
        return 1
    stop_signals = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    r = relay
    for sig in stop_signals:
        signal.signal(sig, lambda *_: r.request_stop())
    signal.set_wakeup_fd(relay.wakeup_fd)
    try:
        print(f"faultlink on {relay.port}", flush=True)
        if port_file is not None:
            port_file.write(relay.port)
        relay.run()
    except OSError as e:
        print(f"faultlink: error: {_reason(e)}", file=sys.stderr)
        return 1
    finally:
        signal.set_wakeup_fd(-1)
        relay.close()
        if port_file is not None:
            port_file.remove()  # only the file this run wrote: never a running sibling's
    print(json.dumps(relay.stats()), flush=True)
    if relay.error:
        print(f"faultlink: error: {relay.error}", file=sys.stderr)
        return 1
    return 0


# --- Python API ------------------------------------------------------------------------------------


class _Channel:
    """JSON-line requests to a relay, one at a time."""

    def __init__(self, wfd: int, rfd: int) -> None:
        self.wfd = wfd
        self.rfd = rfd
        self.buf = bytearray()
        self.lock = threading.Lock()

    def request(self, obj: dict[str, Any], timeout: float = REQUEST_TIMEOUT_S) -> dict[str, Any]:
        with self.lock:
            try:
                _write_all(self.wfd, json.dumps(obj).encode() + b"\n")
            except OSError as e:
                raise FaultLinkError(f"the fault link is gone ({_reason(e)})") from None
            deadline = time.monotonic() + timeout
            while (nl := self.buf.find(b"\n")) < 0:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise FaultLinkError(f"the fault link did not answer {obj.get('cmd')!r} in {timeout:g} s")
                r, _, _ = select.select([self.rfd], [], [], left)
                if not r:
                    continue
                try:
                    data = os.read(self.rfd, 65536)
                except BlockingIOError:
                    continue
                except OSError:
                    data = b""
                if not data:
                    raise FaultLinkError("the fault link exited")
                self.buf += data
            line = bytes(self.buf[:nl])
            del self.buf[: nl + 1]
        return json.loads(line)


class FaultLink:
    """A fault-injecting proxy in front of a board; open ``start()``'s path (or ``.port``) as the host.

    ``down`` (host->board) and ``up`` (board->host) default to a clean link. The relay runs in a
    child process, or in a thread with ``in_process=True``. Use as a context manager, or call
    ``stop()``; an atexit hook stops it if neither happens.
    """

    def __init__(
        self,
        board_url: str,
        down: FaultSpec | None = None,
        up: FaultSpec | None = None,
        seed: int = 0,
        in_process: bool = False,
        *,
        baudrate: int = 115200,
    ) -> None:
        self.board_url = board_url
        self.down = down or FaultSpec()
        self.up = up or FaultSpec()
        self.seed = seed
        self.in_process = in_process
        self.baudrate = baudrate
        self.port = ""
        self.final_stats: dict[str, Any] | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None
        self._socks: tuple[socket.socket, socket.socket] | None = None
        self._chan: _Channel | None = None

    @property
    def pid(self) -> int | None:
        """The relay process's pid while it runs (None in process or when stopped)."""
        return self._proc.pid if self._proc is not None else None

    def __enter__(self) -> FaultLink:
        if self._chan is None:
            self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self, timeout: float = REQUEST_TIMEOUT_S) -> str:
        """Open the board's port and the host pty; returns the pty path for the host."""
        if self._chan is not None:
            raise FaultLinkError("the fault link is already started")
        self.final_stats = None
        atexit.register(self.stop)
        try:
            if self.in_process:
                self._start_thread()
            else:
                self._start_process(timeout)
        except BaseException:
            self.stop()
            raise
        return self.port

    def _start_thread(self) -> None:
        a, b = socket.socketpair()
        self._socks = (a, b)
        relay = Relay(
            self.board_url,
            self.down,
            self.up,
            self.seed,
            baudrate=self.baudrate,
            ctl_in=b.fileno(),
            ctl_out=b.fileno(),
        )
        self.port = relay.port
        self._chan = _Channel(a.fileno(), a.fileno())
        self._thread = threading.Thread(target=relay.run, name=f"faultlink {relay.port}", daemon=True)
        self._thread.start()

    def _start_process(self, timeout: float) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "orbitrig.host.boards.faultlink", "--control"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,  # a Ctrl-C for the test run is the parent's to handle
        )
        assert self._proc.stdin and self._proc.stdout
        self._chan = _Channel(self._proc.stdin.fileno(), self._proc.stdout.fileno())
        config = {
            "board": self.board_url,
            "down": self.down.to_json(),
            "up": self.up.to_json(),
            "seed": self.seed,
            "baudrate": self.baudrate,
        }
        try:
            reply = self._chan.request(config, timeout)
        except FaultLinkError as e:
            raise FaultLinkError(f"the fault link did not start: {e}{self._stderr_tail()}") from None
        if not reply.get("ok"):
            raise FaultLinkError(reply.get("error", "the fault link did not start"))
        self.port = reply["port"]

    def _stderr_tail(self) -> str:
        proc = self._proc
        if proc is None or proc.stderr is None or proc.poll() is None:
            return ""
        lines = proc.stderr.read().decode(errors="replace").strip().splitlines()
        return f": {lines[-1]}" if lines else ""

    def _request(self, **req: Any) -> dict[str, Any]:
        if self._chan is None:
            raise FaultLinkError("the fault link is not running")
        reply = self._chan.request(req)
        if not reply.get("ok"):
            raise FaultLinkError(reply.get("error", "request failed"))
        return reply

    def stats(self, detail: bool = False) -> dict[str, Any]:
        """Counters per direction ("down", "up") and for the link ("link"); after stop(), the final ones.

        With ``detail``, each direction also lists ``hit_frames``: the indices of the frames hit.
        """
        if self._chan is None and self.final_stats is not None:
            return self.final_stats
        return self._request(cmd="stats", detail=detail)["stats"]

    def set_faults(
        self,
        down: FaultSpec | None = None,
        up: FaultSpec | None = None,
        *,
        seed: int | None = None,
        reset_stats: bool = False,
    ) -> None:
        """Replace a direction's faults (None leaves it as it is; FaultSpec() makes it clean).

        Bytes already written before this call are relayed under the old faults. The new spec's
        offsets and times count from now, and its random generator restarts from the seed, so the
        faults it injects depend only on the seed and the bytes that follow.
        """
        req: dict[str, Any] = {"cmd": "set", "seed": seed, "reset_stats": reset_stats}
        if down is not None:
            req["down"] = down.to_json()
            self.down = down
        if up is not None:
            req["up"] = up.to_json()
            self.up = up
        self._request(**req)
        if seed is not None:
            self.seed = seed

    def reset_stats(self) -> None:
        """Zero every counter; frame indices count from the next frame boundary on."""
        self._request(cmd="reset_stats")

    def disconnect(self, ms: float) -> None:
        """Pull the cable now for ms: bytes sent either way meanwhile are lost."""
        self._request(cmd="disconnect", ms=ms)

    def wait_host(self, timeout: float = 5.0) -> None:
        """Wait until a host has the pty open (board output before that is discarded, as on USB-CDC)."""
        deadline = time.monotonic() + timeout
        while not self.stats()["link"]["host_attached"]:
            if time.monotonic() > deadline:
                raise FaultLinkError(f"no host opened {self.port} within {timeout:g} s")
            time.sleep(0.005)

    def stop(self) -> dict[str, Any] | None:
        """Stop the relay and release both ports; returns the final stats. Idempotent."""
        chan, self._chan = self._chan, None
        proc, self._proc = self._proc, None
        thread, self._thread = self._thread, None
        if chan is not None:
            with contextlib.suppress(FaultLinkError, OSError, ValueError):
                reply = chan.request({"cmd": "stop"}, timeout=STOP_WAIT_S)
                if reply.get("ok"):
                    self.final_stats = reply["stats"]
        if proc is not None:
            for f in (proc.stdin, proc.stdout):
                with contextlib.suppress(OSError):
                    f.close()  # type: ignore[union-attr]
            reap_group(proc, STOP_WAIT_S)
            if proc.stderr is not None:
                proc.stderr.close()
        if thread is not None:
            if self._socks is not None:
                with contextlib.suppress(OSError):
                    self._socks[0].shutdown(socket.SHUT_RDWR)  # EOF ends a relay that missed "stop"
            thread.join(STOP_WAIT_S)
        if self._socks is not None and (thread is None or not thread.is_alive()):
            for s in self._socks:
                s.close()
            self._socks = None
        atexit.unregister(self.stop)
        return self.final_stats


if __name__ == "__main__":
    sys.exit(main())
