"""The host end of the serial link: a pyserial port, the packetizer and request matching.

Transports are URLs, as in pySerial: ``/dev/ttyACM0``, ``/dev/pts/7`` (an emulated board),
``socket://host:port`` or ``loop://``. Only this module knows that bytes travel over a port.

The link is single-threaded: ``pump()`` reads what is there, splits it into frames and
routes them: replies to the request waiting for their sequence number, TELEMETRY into a
bounded buffer, damaged frames into counters.
"""

from __future__ import annotations

import errno
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import serial

from orbitrig.protocol import PROTOCOL_VERSION, codec, framing
from orbitrig.protocol.messages import ERRORS, ErrorCode, Msg

from .errors import BoardSilent, CommandRefused, LinkLost, PortBusy, PortNotFound, RigError

REPLIES = frozenset({Msg.ACK, Msg.NACK, Msg.IDENTIFY, Msg.PONG, Msg.STATUS})
TELEMETRY_BUFFER = 4096


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
    rx_undecodable: int = 0
    rx_stray: int = 0  # replies nobody waited for (late answers to timed-out requests)
    telemetry: int = 0
    telemetry_lost: int = 0
    bad_reasons: dict[str, int] = field(default_factory=dict)


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


class Link:
    """Frames in and out of one port, with replies matched to requests by sequence number.

    Example:
        >>> link = Link.open("/dev/pts/7")               # doctest: +SKIP
        >>> link.request(Msg.PING, {"token": 1}).fields   # doctest: +SKIP
        {'token': 1, 't_us': 123456}
    """

    def __init__(self, port: serial.SerialBase, url: str, timeout: float = 1.0) -> None:
        self.port = port
        self.url = url
        self.timeout = timeout
        self.version = PROTOCOL_VERSION
        self.stats = LinkStats()
        self.telemetry: deque[Frame] = deque(maxlen=TELEMETRY_BUFFER)
        self.listeners: list[Callable[[Frame], None]] = []
        self._pk = framing.Packetizer()
        self._seq = 0
        self._replies: dict[int, Frame] = {}
        self._waiting: set[int] = set()
        self._last_tseq: int | None = None

    @classmethod
    def open(cls, url: str, timeout: float = 1.0, baudrate: int = 115200) -> Link:
        link = cls(open_port(url, baudrate), url, timeout)
        link.port.reset_input_buffer()
        return link

    def close(self) -> None:
        try:
            self.port.close()
        except (OSError, serial.SerialException):
            pass

    # --- sending --------------------------------------------------------------------------
    def next_seq(self) -> int:
        self._seq = (self._seq + 1) & 0x0F
        return self._seq

    def send(self, msg: Msg, fields: Mapping[str, Any] | None = None, seq: int | None = None) -> int:
        """Write one frame; returns its sequence number."""
        if seq is None:
            seq = self.next_seq()
        payload = codec.encode(msg, fields)
        self.write_raw(framing.wire(self.version, seq, msg, payload))
        self.stats.tx_frames += 1
        return seq

    def write_raw(self, data: bytes) -> None:
        try:
            self.port.write(data)
        except (OSError, serial.SerialException) as e:
            raise LinkLost(f"link to {self.url} lost while writing: {e}") from None

    # --- receiving ------------------------------------------------------------------------
    def pump(self, timeout: float = 0.0) -> int:
        """Read what arrives within ``timeout`` seconds (at least one read) and route it.
        Returns the number of frames handled."""
        port = self.port
        deadline = time.monotonic() + timeout
        handled = 0
        while True:
            try:
                n = port.in_waiting
                if n:
                    port.timeout = 0
                    data = port.read(n)
                else:
                    left = deadline - time.monotonic()
                    port.timeout = max(0.0, left)
                    data = port.read(1)
                    if data and port.in_waiting:
                        port.timeout = 0
                        data += port.read(port.in_waiting)
            except (OSError, serial.SerialException) as e:
                raise LinkLost(f"link to {self.url} lost: {e}") from None
            if data:
                handled += self._feed(data)
                if handled:
                    return handled
            if time.monotonic() >= deadline:
                return handled

    def _feed(self, data: bytes) -> int:
        now = time.monotonic()
        handled = 0
        for f in self._pk.feed(data):
            if isinstance(f, framing.BadFrame):
                self.stats.rx_bad += 1
                self.stats.bad_reasons[f.reason] = self.stats.bad_reasons.get(f.reason, 0) + 1
                continue
            try:
                fields = codec.decode(f.msg, f.payload)
            except codec.CodecError:
                self.stats.rx_undecodable += 1
                continue
            self.stats.rx_frames += 1
            frame = Frame(f.msg, f.seq, fields, now, f.wire_len)
            handled += 1
            self._route(frame)
        return handled

    def _route(self, frame: Frame) -> None:
        for fn in self.listeners:
            fn(frame)
        if frame.msg == Msg.TELEMETRY:
            tseq = frame.fields["tseq"]
            if self._last_tseq is not None:
                gap = (tseq - self._last_tseq - 1) & 0xFFFF
                if gap < 0x8000:
                    self.stats.telemetry_lost += gap
            self._last_tseq = tseq
            self.stats.telemetry += 1
            self.telemetry.append(frame)
        elif frame.msg in REPLIES:
            if frame.seq in self._waiting:
                self._replies[frame.seq] = frame
            else:
                self.stats.rx_stray += 1

    # --- request / reply ------------------------------------------------------------------
    def request(
        self, msg: Msg, fields: Mapping[str, Any] | None = None, *, timeout: float | None = None
    ) -> Frame:
        """Send a command and wait for its reply. A NACK raises CommandRefused."""
        seq = self.next_seq()
        self._waiting.add(seq)
        self._replies.pop(seq, None)
        try:
            self.send(msg, fields, seq)
            reply = self.wait_reply(seq, msg, self.timeout if timeout is None else timeout)
        finally:
            self._waiting.discard(seq)
        if reply.msg == Msg.NACK:
            code = reply.fields["code"]
            reason = reply.fields["reason"]
            try:
                what = ERRORS[ErrorCode(code)]
            except ValueError:
                what = f"error {code}"
            raise CommandRefused(f"{Msg(msg).name} refused: {reason or what}", code, reason, seq)
        return reply

    def wait_reply(self, seq: int, msg: Msg, timeout: float) -> Frame:
        deadline = time.monotonic() + timeout
        replies = self._replies
        while seq not in replies:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BoardSilent(f"board on {self.url} did not answer {Msg(msg).name} within {timeout:g} s")
            self.pump(left)
        return replies.pop(seq)
