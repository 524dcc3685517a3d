"""The host end of the serial link: reliable, ordered command delivery over a lossy port.

Transports are URLs, as in pySerial: ``/dev/ttyACM0``, ``/dev/pts/7`` (an emulated board),
``socket://host:port`` or ``loop://``. Only this module knows that bytes travel over a port.

Delivery (docs/reliability.md):
- Every command carries a 4-bit sequence number. At most ``window`` commands (the board
  advertises it in IDENTIFY) are in flight; the board executes them in order, exactly once,
  and answers a retransmission from its reply cache.
- A command is retransmitted when its retransmission timeout (adapted to the measured round
  trip, RFC 6298 style) expires, or at once when the board reports a damaged or
  out-of-order frame. Everything after it goes again too (go-back-N).
- STOP rides a priority path outside the window; the board runs it on arrival.
- EVENT frames carry their own sequence; a gap is filled with GET_EVENTS.
- Telemetry may be lost, but every loss is counted.
- The board holds a moving rig when no valid frame has arrived for its link timeout, so
  the host writes a frame at least every twelfth of it while it pumps, full window or not.
- HELLO carries a random host session id: the board stops a moving rig when a HELLO from
  another session arrives. It asks for a short IDENTIFY (no axes); the axes follow one
  GET_AXIS each, sequenced and retransmitted like any command, so a noisy link never has
  to carry one long frame intact.

The link is single-threaded: ``pump()`` reads what is there, routes frames, and sends
whatever retransmissions are due.
"""

from __future__ import annotations

import errno
import os
import secrets
import select
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import serial

from orbitrig.protocol import PROTOCOL_VERSION, SCHEMA_HASH, codec, framing
from orbitrig.protocol.messages import (
    BOARD_AXIS,
    BOARD_TO_HOST,
    ERRORS,
    PRIORITY,
    UNSEQUENCED,
    ConfigKey,
    ErrorCode,
    Msg,
    ResetCause,
)

from .errors import BadInput, BoardSilent, CommandRefused, LinkLost, PortBusy, PortNotFound, RigError

# every board-to-host message answers a command, except the ones the board sends by itself
REPLIES = BOARD_TO_HOST - {Msg.TELEMETRY, Msg.EVENT}
RETRY_CODES = frozenset({ErrorCode.CORRUPT, ErrorCode.OUT_OF_ORDER})
TELEMETRY_BUFFER = 4096
EVENT_BUFFER = 4096
RTO_MIN = 0.010
# A serial link has no congestion to back off from: a timeout means a lost frame, and a
# resend answered from the board's reply cache costs a few bytes. So the backoff stops well
# short of the board's 250 ms link watchdog.
RTO_MAX = 0.2
RTO_INITIAL = 0.100
KEEPALIVE = 0.100  # s of host silence before a frame keeps the watchdog fed, until its timeout is known
# Frames per link timeout. A noisy line loses a keepalive now and then; the watchdog trips
# only if all twelve of one timeout are lost (at 25 % frame loss: 6e-8 per timeout).
KEEPALIVES_PER_TIMEOUT = 12
KEEPALIVE_MIN = 0.005
HELLO_RETRY = 0.05  # s between HELLOs while the board has not answered
HELLO_NUDGE = 0.005  # s after a HELLO before a damaged frame (its IDENTIFY, hit) makes it go again
HELLO_SHORT = 1  # HELLO.flags: IDENTIFY without the axes


@dataclass(slots=True)
class Frame:
    """A decoded frame with the host time it was read or written."""

    msg: int
    seq: int
    fields: dict[str, Any]
    t_host: float
    wire_len: int = 0

    @property
    def name(self) -> str:
        try:
            return Msg(self.msg).name
        except ValueError:
            return f"0x{self.msg:02x}"


@dataclass
class LinkStats:
    """What the host has seen on the link; nothing is dropped without being counted."""

    tx_frames: int = 0
    rx_frames: int = 0
    rx_bad: int = 0
    rx_split: int = 0  # frames recovered from a run whose delimiter was lost
    rx_undecodable: int = 0
    rx_stray: int = 0  # duplicate replies to retransmitted commands
    commands: int = 0
    completed: int = 0  # commands that got their final reply (ACK, answer or NACK)
    acked: int = 0  # of those, the ones that succeeded
    retransmits: int = 0
    timeouts: int = 0
    telemetry: int = 0
    telemetry_lost: int = 0
    events: int = 0
    events_lost: int = 0
    reconnects: int = 0
    bad_reasons: dict[str, int] = field(default_factory=dict)


class Pending:
    """A command in flight until its final reply arrives."""

    __slots__ = ("seq", "msg", "wire", "sealed", "priority", "t_sent", "tries", "reply", "error")

    def __init__(self, seq: int, msg: Msg, sealed: bytes, priority: bool) -> None:
        self.seq = seq
        self.msg = msg
        self.sealed = sealed
        self.wire = framing.cobs_encode(sealed) + b"\x00"
        self.priority = priority
        self.t_sent = 0.0
        self.tries = 0
        self.reply: Frame | None = None
        self.error: RigError | None = None

    @property
    def done(self) -> bool:
        return self.reply is not None or self.error is not None


def open_port(url: str, baudrate: int = 115200) -> serial.SerialBase:
    """Open ``url`` with pyserial, turning its errors into one-line RigErrors."""
    try:
        port = serial.serial_for_url(url, baudrate=baudrate, timeout=0, do_not_open=True)
    except (ValueError, serial.SerialException) as e:
        raise PortNotFound(f"cannot use port {url!r}: {e}") from None
    if isinstance(port, serial.Serial) and "://" not in url:
        port.exclusive = True  # a second program on the same board would corrupt both
    try:
        port.open()
    except serial.SerialException as e:
        text = str(e)
        code = getattr(e, "errno", None)
        if code == errno.ENOENT or "No such file" in text:
            raise PortNotFound(f"no such port: {url}") from None
        if code in (errno.EBUSY, errno.EAGAIN) or "lock" in text.lower() or "busy" in text.lower():
            raise PortBusy(f"port busy: {url} is held by another program") from None
        if code == errno.EACCES or "Permission denied" in text:
            raise RigError(f"permission denied on {url} (on Linux, join the dialout group)") from None
        raise RigError(f"cannot open {url}: {text}") from None
    except OSError as e:
        raise RigError(f"cannot open {url}: {e.strerror or e}") from None
    return port


# Ctrl-B..Ctrl-E: what a MicroPython REPL acts on besides Ctrl-A. A HELLO may reach a board
# at its REPL (one being flashed, or in safe mode), where its 0x01 only brings the raw REPL
# banner; a Ctrl-D among its other bytes would run, or soft-reset, whatever that REPL holds.
REPL_CONTROLS = frozenset(range(0x02, 0x06))


def hello_frame(session: int, flags: int = 0) -> bytes:
    """The wire bytes of a HELLO from ``session`` (sequence 0, as every HELLO)."""
    fields = {
        "host_version": PROTOCOL_VERSION,
        "host_schema": SCHEMA_HASH,
        "session": session,
        "flags": flags,
    }
    return framing.wire(PROTOCOL_VERSION, 0, Msg.HELLO, codec.encode(Msg.HELLO, fields))


def new_session(flags: int = 0, draw: Callable[[], int] = lambda: secrets.randbits(32)) -> int:
    """A random, non-zero session id whose HELLO holds no REPL control byte but Ctrl-A."""
    while True:
        session = draw()
        if session and not REPL_CONTROLS & set(hello_frame(session, flags)):
            return session


def _left(deadline: float) -> float:
    """Seconds to ``deadline``, at least a short wait for one more answer."""
    return max(0.05, deadline - time.monotonic())


def _raw_fd(port: serial.SerialBase) -> int | None:
    """The file descriptor of a local serial device, for direct non-blocking I/O.

    pyserial reconfigures the tty on every timeout change and loops in Python on reads;
    on the hot path that costs more than the link itself. URL transports keep pyserial."""
    if type(port) is serial.Serial and port.is_open:
        try:
            fd = port.fileno()
        except (AttributeError, OSError, serial.SerialException):
            return None
        os.set_blocking(fd, False)
        return fd
    return None


class Link:
    """Frames in and out of one port, with reliable delivery of commands.

    Example:
        >>> link = Link.open("/dev/pts/7")               # doctest: +SKIP
        >>> link.hello()["boot_id"]                       # doctest: +SKIP
        48213
        >>> link.request(Msg.PING, {"token": 1}).fields   # doctest: +SKIP
        {'token': 1, 't_us': 123456}
    """

    def __init__(self, port: serial.SerialBase, url: str, timeout: float = 1.0, log: Any = None) -> None:
        self.port = port
        self.url = url
        self.timeout = timeout
        self.version = PROTOCOL_VERSION
        self.log = log  # a SessionLog, or None
        self.stats = LinkStats()
        self.telemetry: deque[Frame] = deque(maxlen=TELEMETRY_BUFFER)
        self.events: deque[Frame] = deque(maxlen=EVENT_BUFFER)
        self.window = 1  # until IDENTIFY says more
        self.boot_id: int | None = None
        self.identify: dict[str, Any] | None = None
        self._pk = framing.Packetizer()
        self._seq = 0
        self._pending: OrderedDict[int, Pending] = OrderedDict()  # in send order
        self._prio: Pending | None = None
        self._hello: Pending | None = None
        self._go_back = False
        self._go_back_t = 0.0
        self._srtt: float | None = None
        self._rttvar = 0.0
        self.rto = RTO_INITIAL
        self._last_tseq: int | None = None
        self._ev_expected: int | None = None
        self._ev_held: dict[int, Frame] = {}
        self._ev_request: Pending | None = None
        self._ev_asked = 0.0
        self._ev_known: int | None = None  # the highest ev_next the board has reported
        self._raw_waits: dict[int, Pending] = {}
        self._fd = _raw_fd(port)
        self.keepalive = KEEPALIVE  # 0 turns keepalives off
        self._last_tx = 0.0
        self._token = 0
        # who this host is to the board: kept across reopen(), so a replugged cable resumes
        # the session, while another program's HELLO stops a moving rig
        self.session = new_session(HELLO_SHORT)
        self._hello_nudge = False  # a damaged frame arrived while a HELLO waits

    @classmethod
    def open(cls, url: str, timeout: float = 1.0, baudrate: int = 115200, log: Any = None) -> Link:
        link = cls(open_port(url, baudrate), url, timeout, log)
        link.port.reset_input_buffer()
        return link

    def close(self) -> None:
        try:
            self.port.close()
        except (OSError, serial.SerialException):
            pass
        if self.log is not None:
            self.log.close()

    # --- handshake ------------------------------------------------------------------------
    def hello(self, timeout: float | None = None) -> dict[str, Any]:
        """HELLO -> IDENTIFY, retried until ``timeout``. Adopts the board's window and
        sequence number. A board that restarted since the last HELLO fails every command
        still in flight (they may or may not have run) with LinkLost.

        The IDENTIFY asked for is the short one; the axes then come one GET_AXIS each (and the
        board's link timeout, which sets the keepalive), within the same ``timeout``. A board
        of another schema gets none of these: its axes stay as its IDENTIFY gave them."""
        timeout = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + timeout
        fields = {"host_version": PROTOCOL_VERSION, "host_schema": SCHEMA_HASH, "session": self.session}
        sealed = framing.seal(
            self.version, 0, Msg.HELLO, codec.encode(Msg.HELLO, {**fields, "flags": HELLO_SHORT})
        )
        p = Pending(0, Msg.HELLO, sealed, False)
        self._hello = p
        self._hello_nudge = False
        try:
            while not p.done:
                now = time.monotonic()
                since = now - p.t_sent
                if p.tries == 0 or since >= HELLO_RETRY or (self._hello_nudge and since >= HELLO_NUDGE):
                    # the first HELLO, a resend once the last went unanswered, or at once when
                    # a damaged frame (most likely its IDENTIFY) came back
                    self._hello_nudge = False
                    self._transmit(p)
                # pump() returns on any frame (telemetry, a late reply): no reason to resend
                self.pump(max(0.0, min(deadline, p.t_sent + HELLO_RETRY) - time.monotonic()))
                if not p.done and time.monotonic() >= deadline:
                    raise BoardSilent(f"board on {self.url} did not answer HELLO within {timeout:g} s")
        finally:
            self._hello = None
            self._hello_nudge = False
        assert p.reply is not None
        f = dict(p.reply.fields)
        self.identify = f
        self.window = max(1, min(7, f["rx_window"]))
        restarted = self.boot_id is not None and f["boot_id"] != self.boot_id
        if restarted:
            try:
                cause = ResetCause(f["reset_cause"]).name
            except ValueError:
                cause = str(f["reset_cause"])
            lost = self.in_flight()
            self._fail_all(
                LinkLost(
                    f"board on {self.url} restarted (reset cause {cause}); {lost} commands in flight were lost"
                )
            )
        self.boot_id = f["boot_id"]
        if not restarted and not self._in_step(f["rx_next"]):
            # The board's sequence moved on past what this host sent: another host used it in
            # between. What is in flight may or may not have run, and its replies are gone.
            lost = self.in_flight()
            self._fail_all(
                LinkLost(
                    f"another host has used the board on {self.url} since this one lost it; "
                    f"{lost} commands in flight may or may not have run"
                )
            )
        if not self._pending and self._prio is None:
            self._seq = (f["rx_next"] - 1) & 0x0F  # continue where the board expects
        if self._ev_expected is None or restarted:
            self._ev_expected = f["ev_next"]
            self._ev_known = f["ev_next"]
            self._ev_held.clear()
        else:
            self._note_ev_next(f["ev_next"])
        self._go_back = True  # anything still in flight goes again, now: before what follows
        self._service()
        if f["version"] == PROTOCOL_VERSION and f["schema"] == SCHEMA_HASH:
            if not f["axes"]:
                f["axes"] = self._fetch_axes(deadline)
            lt = self.request(
                Msg.GET_CONFIG, {"axis": BOARD_AXIS, "key": ConfigKey.LINK_TIMEOUT}, timeout=_left(deadline)
            )
            self.set_watchdog(lt.fields["value"])
        return f

    def _in_step(self, rx_next: int) -> bool:
        """Could the board expect ``rx_next`` after the commands this host has in flight? It
        runs them in order, so anything from the oldest unanswered one to the next to send."""
        flying = [*self._pending.values(), *([self._prio] if self._prio else [])]
        if not flying:
            return True
        oldest = max(flying, key=lambda q: (self._seq - q.seq) & 0x0F).seq
        return (rx_next - oldest) & 0x0F <= (self._seq + 1 - oldest) & 0x0F

    def _fetch_axes(self, deadline: float) -> list[dict[str, Any]]:
        """The axes a short IDENTIFY left out: GET_AXIS 0 says how many there are, the rest
        go pipelined in the window."""
        first = self.request(Msg.GET_AXIS, {"axis": 0}, timeout=_left(deadline)).fields
        count = first["count"]
        asks = [self.submit(Msg.GET_AXIS, {"axis": i}, timeout=_left(deadline)) for i in range(1, count)]
        keys = ("name", "kind", "unit", "min", "max", "vmax")
        axes = [{k: first[k] for k in keys}]
        for q in asks:
            a = self.result(q, _left(deadline)).fields
            axes.append({k: a[k] for k in keys})
        return axes

    def set_watchdog(self, link_timeout_ms: int) -> None:
        """Pace keepalives for a board whose link watchdog trips after ``link_timeout_ms``."""
        if self.keepalive:  # 0: a caller turned keepalives off on purpose
            self.keepalive = min(
                KEEPALIVE, max(KEEPALIVE_MIN, link_timeout_ms / 1000 / KEEPALIVES_PER_TIMEOUT)
            )

    def reopen(self, timeout: float = 5.0) -> dict[str, Any]:
        """Unplug and replug: reopen the port, re-handshake and resume the command stream."""
        try:
            self.port.close()
        except (OSError, serial.SerialException):
            pass
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.port = open_port(self.url)
                break
            except RigError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.05)
        self.port.reset_input_buffer()
        self._fd = _raw_fd(self.port)
        self._pk.reset()  # drop a partial frame from the old port; keep the counters
        self.stats.reconnects += 1
        f = self.hello(max(0.5, deadline - time.monotonic()))
        self.pump(0)
        return f

    def fileno(self) -> int | None:
        """The non-blocking descriptor of a local serial device (None for a URL transport):
        for a bench that times raw round trips beside the Link, while the Link waits."""
        return self._fd

    # --- sending --------------------------------------------------------------------------
    def next_seq(self) -> int:
        self._seq = (self._seq + 1) & 0x0F
        return self._seq

    def peek_seq(self) -> int:
        """The sequence number the next command will carry (without taking it)."""
        return (self._seq + 1) & 0x0F

    def submit(
        self, msg: Msg, fields: Mapping[str, Any] | None = None, *, timeout: float | None = None
    ) -> Pending:
        """Send a command as soon as the window allows; returns its Pending."""
        msg = Msg(msg)
        if msg in UNSEQUENCED:
            raise ValueError(f"{msg.name} is not a sequenced command; use hello()")
        try:
            payload = codec.encode(msg, fields)
        except codec.CodecError as e:
            raise BadInput(str(e)) from None  # names the message, field and its range
        priority = msg in PRIORITY
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while (self._prio is not None) if priority else not self._window_open():
            left = deadline - time.monotonic()
            if left <= 0:
                raise BoardSilent(
                    f"board on {self.url} stopped answering: {len(self._pending)} commands unanswered"
                )
            self.pump(left)
        return self._start(msg, payload, priority)

    def _start(self, msg: Msg, payload: bytes, priority: bool = False) -> Pending:
        """Number, frame, register and send a command (the window has room)."""
        seq = self.next_seq()
        p = Pending(seq, msg, framing.seal(self.version, seq, msg, payload), priority)
        if priority:
            self._prio = p
        else:
            self._pending[seq] = p
        self.stats.commands += 1
        self._transmit(p)
        return p

    def _window_open(self) -> bool:
        """May a new sequenced command go out? The window slides over sequence numbers, not
        over a count: a command whose reply was lost holds it until answered, so a later
        one can never reuse its number (16 numbers, window <= 7)."""
        oldest = next(iter(self._pending.values()), None)
        if oldest is None:
            return True
        return ((self._seq + 1 - oldest.seq) & 0x0F) < self.window

    def _transmit(self, p: Pending) -> None:
        now = time.monotonic()
        self._last_tx = now
        if p.tries:
            self.stats.retransmits += 1
        p.t_sent = now
        p.tries += 1
        self.write_raw(p.wire)
        self.stats.tx_frames += 1
        if self.log is not None:
            self.log.record(0, time.time(), p.sealed)

    def send(self, msg: Msg, fields: Mapping[str, Any] | None = None, seq: int | None = None) -> int:
        """Write one frame outside the reliable stream (tests, fault drills)."""
        if seq is None:
            seq = self.next_seq()
        sealed = framing.seal(self.version, seq, msg, codec.encode(msg, fields))
        self.write_raw(framing.cobs_encode(sealed) + b"\x00")
        self.stats.tx_frames += 1
        if self.log is not None:
            self.log.record(0, time.time(), sealed)
        return seq

    def write_raw(self, data: bytes) -> None:
        try:
            if self._fd is None:
                self.port.write(data)
                return
            view = memoryview(data)
            while view:
                try:
                    n = os.write(self._fd, view)
                except BlockingIOError:
                    select.select([], [self._fd], [], self.timeout)
                    continue
                view = view[n:]
        except (OSError, serial.SerialException) as e:
            raise LinkLost(f"link to {self.url} lost while writing: {e}") from None

    def _read(self, wait: float) -> bytes:
        # What the port has now, waiting up to ``wait`` seconds for the first byte.
        fd = self._fd
        if fd is not None:
            if wait > 0 and not select.select([fd], [], [], wait)[0]:
                return b""
            try:
                return os.read(fd, 65536)
            except BlockingIOError:
                return b""
        port = self.port
        n = port.in_waiting
        if n:
            port.timeout = 0
            return port.read(n)
        port.timeout = wait
        data = port.read(1)
        if data and port.in_waiting:
            port.timeout = 0
            data += port.read(port.in_waiting)
        return data

    # --- request / reply ------------------------------------------------------------------
    def request(
        self, msg: Msg, fields: Mapping[str, Any] | None = None, *, timeout: float | None = None
    ) -> Frame:
        """Send a command and wait for its final reply. A NACK raises CommandRefused."""
        timeout = self.timeout if timeout is None else timeout
        p = self.submit(msg, fields, timeout=timeout)
        return self.result(p, timeout)

    def result(self, p: Pending, timeout: float | None = None) -> Frame:
        """Wait for ``p``'s final reply (retransmitting as needed)."""
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while not p.done:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BoardSilent(
                    f"board on {self.url} did not answer {p.msg.name} within "
                    f"{self.timeout if timeout is None else timeout:g} s ({p.tries} tries)"
                )
            self.pump(left)
        if p.error is not None:
            raise p.error
        assert p.reply is not None
        return p.reply

    def in_flight(self) -> int:
        return len(self._pending) + (self._prio is not None)

    # --- receiving ------------------------------------------------------------------------
    def pump(self, timeout: float = 0.0) -> int:
        """Read what arrives within ``timeout`` seconds (returning early once frames were
        handled), route it, and send due retransmissions. Returns the frames handled."""
        deadline = time.monotonic() + timeout
        handled = 0
        while True:
            wake = min(deadline, self._next_due())
            try:
                data = self._read(max(0.0, wake - time.monotonic()))
            except (OSError, serial.SerialException) as e:
                raise LinkLost(f"link to {self.url} lost: {e}") from None
            if data:
                handled += self._feed(data)
            self._service()
            if handled or self._hello_nudge or time.monotonic() >= deadline:
                return handled

    def _next_due(self) -> float:
        due = float("inf")
        if self.keepalive and self.identify is not None:
            due = self._last_tx + self.keepalive  # as _service() sends it
        oldest = next(iter(self._pending.values()), None)
        if oldest is not None:
            due = min(due, oldest.t_sent + self.rto)
        if self._prio is not None:
            due = min(due, self._prio.t_sent + self.rto)
        return due

    def _service(self) -> None:
        # Retransmissions that are due, and any event request that is wanted.
        now = time.monotonic()
        oldest = next(iter(self._pending.values()), None)
        timed_out = oldest is not None and now - oldest.t_sent >= self.rto
        if timed_out:
            self.stats.timeouts += 1
            self.rto = min(RTO_MAX, self.rto * 2)  # back off until a clean sample arrives
        if self._go_back or timed_out:
            self._go_back = False
            for p in list(self._pending.values()):
                self._transmit(p)
        if self._prio is not None and now - self._prio.t_sent >= self.rto:
            self._transmit(self._prio)
        if self.keepalive and self.identify is not None and now - self._last_tx >= self.keepalive:
            # The board stops a moving rig when the host goes quiet; while the host is
            # merely waiting, say it is still here. With the window full of unanswered
            # commands, the oldest goes again instead: the board answers it from its reply
            # cache (or runs it, if it never arrived), and its watchdog is fed either way.
            # The keepalive asks for the events from the next one expected: usually none, but
            # when the last events' frames were lost, nothing else would tell the host.
            if self._window_open():
                if self._ev_request is None and self._ev_expected is not None:
                    self._ask_events()
                else:
                    self._token = (self._token + 1) & 0xFFFFFFFF
                    self._start(Msg.PING, codec.encode(Msg.PING, {"token": self._token}))
            elif oldest is not None:
                self._transmit(oldest)
        if self._ev_request is not None and self._ev_request.done:
            self._events_answered(self._ev_request)
            self._ev_request = None
        if (
            self._ev_request is None
            and self._events_missing()
            and self._window_open()
            and now - self._ev_asked > self.rto
        ):
            self._ask_events()

    def _feed(self, data: bytes) -> int:
        now = time.monotonic()
        handled = 0
        log = self.log
        for f in self._pk.feed(data):
            if isinstance(f, framing.BadFrame):
                if self._hello is not None:
                    self._hello_nudge = True
                if log is not None:
                    log.record(2, time.time(), f.raw)
                self.stats.rx_bad += 1
                self.stats.bad_reasons[f.reason] = self.stats.bad_reasons.get(f.reason, 0) + 1
                continue
            if log is not None:
                log.record(1, time.time(), f.sealed)
            try:
                fields = codec.decode(f.msg, f.payload)
            except codec.CodecError:
                self.stats.rx_undecodable += 1
                continue
            self.stats.rx_frames += 1
            frame = Frame(f.msg, f.seq, fields, now, f.wire_len)
            handled += 1
            self._route(frame)
        self.stats.rx_split = self._pk.split
        return handled

    def _route(self, frame: Frame) -> None:
        msg = frame.msg
        if msg == Msg.TELEMETRY:
            tseq = frame.fields["tseq"]
            if self._last_tseq is not None:
                gap = (tseq - self._last_tseq - 1) & 0xFFFF
                if gap < 0x8000:
                    self.stats.telemetry_lost += gap
            self._last_tseq = tseq
            self.stats.telemetry += 1
            self.telemetry.append(frame)
            self._note_ev_next(frame.fields["ev_next"])
        elif msg == Msg.EVENT:
            self._event(frame)
        elif msg == Msg.IDENTIFY:
            if self._hello is not None and not self._hello.done:
                self._hello.reply = frame
            elif frame.seq in self._raw_waits:
                self._raw_waits[frame.seq].reply = frame
        elif msg in REPLIES:
            if msg == Msg.NACK and self._hello is not None and frame.fields["code"] == ErrorCode.CORRUPT:
                self._hello_nudge = True  # the board got a damaged frame: most likely the HELLO
            self._reply(frame)

    def _reply(self, frame: Frame) -> None:
        seq = frame.seq
        raw = self._raw_waits.get(seq)
        if raw is not None:
            raw.reply = frame
            return
        p = self._pending.get(seq)
        if p is None and self._prio is not None and self._prio.seq == seq:
            p = self._prio
        if p is None:
            self.stats.rx_stray += 1
            return
        if frame.msg == Msg.NACK and frame.fields["code"] in RETRY_CODES:
            # The board lost something: resend from the oldest. Every frame behind the lost
            # one draws its own NACK; one go-back per round trip answers them all.
            now = time.monotonic()
            if now - self._go_back_t >= (self._srtt or RTO_MIN):
                self._go_back = True
                self._go_back_t = now
            return
        if p.tries == 1:
            self._rtt_sample(frame.t_host - p.t_sent)
        if p.priority:
            self._prio = None
        else:
            # Commands run in order: any older one still unanswered has run too and only
            # its reply was lost. Ask again now (from the board's cache), not after an RTO.
            now = time.monotonic()
            gap = self._srtt or self.rto
            for q in self._pending.values():
                if q is p:
                    break
                if now - q.t_sent > gap:
                    self._transmit(q)
            del self._pending[seq]
        self.stats.completed += 1
        if frame.msg == Msg.NACK:
            code = frame.fields["code"]
            reason = frame.fields["reason"]
            try:
                what = ERRORS[ErrorCode(code)]
            except ValueError:
                what = f"error {code}"
            if code == ErrorCode.NOT_KEPT:
                p.error = LinkLost(
                    f"{p.msg.name} (seq {seq}) on {self.url}: the board handled that seq before but no longer "
                    "holds its reply (another host has used it since): whether it ran is unknown"
                )
            else:
                p.error = CommandRefused(f"{p.msg.name} refused: {reason or what}", code, reason, seq)
        else:
            self.stats.acked += 1
        p.reply = frame
        if frame.msg == Msg.STATUS:
            self._note_ev_next(frame.fields["ev_next"])

    def _rtt_sample(self, r: float) -> None:
        # RFC 6298: smoothed RTT and variance; samples only from first transmissions (Karn)
        if self._srtt is None:
            self._srtt = r
            self._rttvar = r / 2
        else:
            self._rttvar = 0.75 * self._rttvar + 0.25 * abs(self._srtt - r)
            self._srtt = 0.875 * self._srtt + 0.125 * r
        self.rto = min(RTO_MAX, max(RTO_MIN, self._srtt + 4 * self._rttvar))

    def _fail_all(self, err: RigError) -> None:
        for p in list(self._pending.values()) + ([self._prio] if self._prio else []):
            p.error = err
        self._pending.clear()
        self._prio = None
        self._ev_request = None

    # --- events ---------------------------------------------------------------------------
    def _event(self, frame: Frame) -> None:
        s = frame.fields["evseq"]
        if self._ev_expected is None:
            self._ev_expected = s
        d = (s - self._ev_expected) & 0xFFFF
        if d >= 0x8000:
            return  # already delivered (a resend)
        self._ev_held[s] = frame
        self._deliver_events()

    def _deliver_events(self) -> None:
        assert self._ev_expected is not None
        while self._ev_expected in self._ev_held:
            self.events.append(self._ev_held.pop(self._ev_expected))
            self.stats.events += 1
            self._ev_expected = (self._ev_expected + 1) & 0xFFFF

    def _note_ev_next(self, ev_next: int) -> None:
        # The board has raised events up to ev_next - 1; remember to ask for any we lack.
        if self._ev_expected is None:
            self._ev_expected = ev_next
        if self._ev_known is None or 0 < (ev_next - self._ev_known) & 0xFFFF < 0x8000:
            self._ev_known = ev_next

    def _events_missing(self) -> bool:
        if self._ev_held:
            return True
        if self._ev_known is None or self._ev_expected is None:
            return False
        return 0 < (self._ev_known - self._ev_expected) & 0xFFFF < 0x8000

    def _ask_events(self) -> None:
        assert self._ev_expected is not None
        self._ev_asked = time.monotonic()
        payload = codec.encode(Msg.GET_EVENTS, {"from_seq": self._ev_expected})
        self._ev_request = self._start(Msg.GET_EVENTS, payload)

    def _events_answered(self, p: Pending) -> None:
        if p.reply is None or p.reply.msg != Msg.ACK:
            return
        lost = p.reply.fields["result"] >> 16
        if lost and self._ev_expected is not None:
            self.stats.events_lost += lost
            self._ev_expected = (self._ev_expected + lost) & 0xFFFF
        self._deliver_events()

    # --- convenience ----------------------------------------------------------------------
    def wait_reply(self, seq: int, msg: Msg, timeout: float) -> Frame:
        """Wait for a reply to a frame written with ``send()`` (outside the reliable stream)."""
        p = Pending(seq, msg, b"", False)
        self._raw_waits[seq] = p
        try:
            deadline = time.monotonic() + timeout
            while not p.done:
                if time.monotonic() >= deadline:
                    raise BoardSilent(f"board on {self.url} did not answer {msg.name} within {timeout:g} s")
                self.pump(deadline - time.monotonic())
        finally:
            self._raw_waits.pop(seq, None)
        assert p.reply is not None
        return p.reply
