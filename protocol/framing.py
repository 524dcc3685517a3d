"""Frames: header, payload and CRC, COBS-encoded and delimited by 0x00.

Decoded frame (before COBS), little-endian::

    +----------------+--------+-------------------+-----------------+
    | ver:4 | seq:4  | msg id | payload (0..N)    | CRC-16 (LE)     |
    +----------------+--------+-------------------+-----------------+
      1 byte           1 byte   per message          2 bytes

On the wire: ``COBS(frame) + b"\\x00"``. COBS removes every 0x00 from the frame, so the
delimiter always marks a frame end: a corrupted or truncated frame costs only itself, and
the reader resynchronises at the next 0x00. Overhead: 1 COBS code byte (+1 per 254 bytes),
1 delimiter, 2 header, 2 CRC = 6 bytes for frames under 254 bytes.
"""

from __future__ import annotations

import binascii
from collections.abc import Iterator
from dataclasses import dataclass

from construct import (
    BitsInteger,
    BitStruct,
    Checksum,
    Error,
    Int8ul,
    Int16ul,
    RawCopy,
    Struct,
    Switch,
    Terminated,
    this,
)

from .crc import INIT, crc16
from .messages import PAYLOADS

HEADER_SIZE = 2
CRC_SIZE = 2
MAX_FRAME = 512  # decoded bytes; longer frames are dropped as framing errors
DELIM = 0

# fmt: off
Header = BitStruct(
    "version" / BitsInteger(4),
    "seq"     / BitsInteger(4),
)

Body = Struct(
    "header"  / Header,
    "msg"     / Int8ul,
    "payload" / Switch(this.msg, {int(k): v for k, v in PAYLOADS.items()}, default=Error),
)

Frame = Struct(
    "body" / RawCopy(Body),
    "crc"  / Checksum(Int16ul, lambda data: crc16(data), this.body.data),
    Terminated,
)
# fmt: on


def cobs_encode(data: bytes | bytearray | memoryview) -> bytes:
    """Consistent Overhead Byte Stuffing: ``data`` without any 0x00, one code byte longer
    (plus one per 254 bytes). Canonical: a final full block gets no empty block after it.

    >>> cobs_encode(b"\x11\x22\x00\x33").hex()
    '0311220233'
    """
    out = bytearray()
    parts = bytes(data).split(b"\x00")
    last = len(parts) - 1
    for i, part in enumerate(parts):
        n = len(part)
        start = 0
        while n - start >= 254:
            out.append(0xFF)
            out += part[start : start + 254]
            start += 254
        if start and start == n and i == last:
            break  # data ended on a full block: no empty block (and no implied zero) after it
        out.append(n - start + 1)
        out += part[start:]
    return bytes(out)


def cobs_decode(data: bytes | bytearray | memoryview) -> bytes:
    """Inverse of ``cobs_encode``. Raises ValueError on a malformed block."""
    data = bytes(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        code = data[i]
        if code == 0:
            raise ValueError("zero byte inside a COBS frame")
        end = i + code
        if end > n:
            raise ValueError("COBS block runs past the frame end")
        out += data[i + 1 : end]
        i = end
        if code != 0xFF and i < n:
            out.append(0)
    return bytes(out)


def seal(version: int, seq: int, msg: int, payload: bytes) -> bytes:
    """Header + payload + CRC: the decoded frame, before COBS."""
    body = bytes(((version & 0x0F) << 4 | (seq & 0x0F), msg & 0xFF)) + payload
    c = crc16(body)
    return body + bytes((c & 0xFF, c >> 8))


def wire(version: int, seq: int, msg: int, payload: bytes) -> bytes:
    """The bytes to put on the link for one frame."""
    return cobs_encode(seal(version, seq, msg, payload)) + b"\x00"


@dataclass(frozen=True, slots=True)
class RawFrame:
    """A frame that passed COBS and CRC checks; the payload is not decoded yet."""

    version: int
    seq: int
    msg: int
    payload: bytes
    wire_len: int
    sealed: bytes  # the whole decoded frame, header to CRC (what the session log keeps)


@dataclass(frozen=True, slots=True)
class BadFrame:
    """A dropped frame and why; ``seq`` is set when the header was readable."""

    reason: str
    seq: int | None
    wire_len: int
    raw: bytes = b""  # the COBS bytes as received, for the session log


class Packetizer:
    """Splits a byte stream into frames. Feed it any chunks; it yields RawFrame or BadFrame.

    It holds at most one partial frame; an over-long run without a delimiter is dropped
    and counted, so memory stays bounded whatever the input.
    """

    def __init__(self, max_frame: int = MAX_FRAME) -> None:
        self._buf = bytearray()
        self._max_frame = max_frame
        self._max_wire = max_frame + max_frame // 254 + 2
        self._overflow = False
        self.frames = 0
        self.bad = 0
        self.split = 0  # frames recovered from a run whose delimiter was lost
        self._pending: RawFrame | None = None

    def reset(self) -> None:
        """Forget a partial frame (the byte stream starts over, e.g. on a reopened port).
        The counters keep running."""
        self._buf.clear()
        self._overflow = False
        self._pending = None

    def feed(self, data: bytes) -> Iterator[RawFrame | BadFrame]:
        start = 0
        n = len(data)
        while start < n:
            end = data.find(b"\x00", start)
            if end < 0:
                self._buf += data[start:]
                if len(self._buf) > self._max_wire:
                    self._overflow = True
                    self._buf.clear()
                return
            chunk = data[start:end]
            start = end + 1
            if self._buf:
                self._buf += chunk
                chunk = bytes(self._buf)
                self._buf.clear()
            if self._overflow or len(chunk) > self._max_wire:
                self._overflow = False
                self.bad += 1
                yield BadFrame("frame too long", None, len(chunk) + 1, chunk[:64])
                continue
            if not chunk:
                continue  # idle delimiter, used to flush a line
            yield self._check(chunk)
            if self._pending is not None:  # the second half of a recovered pair
                second, self._pending = self._pending, None
                yield second

    def _check(self, chunk: bytes) -> RawFrame | BadFrame:
        got = self._one(chunk)
        if isinstance(got, RawFrame):
            self.frames += 1
            return got
        got = BadFrame(got.reason, got.seq, got.wire_len, chunk)
        pair = self._recover(chunk)
        if pair is not None:
            self.frames += 1
            self.split += 1
            self._pending = pair[1]
            return pair[0]
        self.bad += 1
        return got

    def _one(self, chunk: bytes) -> RawFrame | BadFrame:
        wire_len = len(chunk) + 1
        try:
            frame = cobs_decode(chunk)
        except ValueError as e:
            return BadFrame(f"COBS: {e}", None, wire_len)
        if len(frame) < HEADER_SIZE + CRC_SIZE:
            return BadFrame(f"frame too short ({len(frame)} bytes)", None, wire_len)
        if len(frame) > self._max_frame:
            return BadFrame("frame too long", None, wire_len)
        seq = frame[0] & 0x0F
        got = frame[-2] | frame[-1] << 8
        if crc16(frame[:-2]) != got:
            return BadFrame("CRC mismatch", seq, wire_len)
        return RawFrame(frame[0] >> 4, seq, frame[1], frame[2:-2], wire_len, bytes(frame))

    def _recover(self, chunk: bytes) -> tuple[RawFrame, RawFrame] | None:
        """Split a run that a lost or damaged delimiter merged from two frames.

        One pass decodes the run and keeps a running CRC; only at block boundaries where
        everything before is a whole frame is the rest tried (with and without one damaged
        byte between). Both halves must pass their CRC, so this does not raise the odds of
        taking a damaged frame for a good one, and junk costs a single pass."""
        n = len(chunk)
        dec = bytearray()
        crc = INIT
        done = 0  # dec[0:done] is in crc
        b = 0
        while b < n:
            code = chunk[b]
            end = b + code
            if code == 0 or end > n:
                return None
            dec += chunk[b + 1 : end]
            b = end
            k = len(dec)
            if k >= HEADER_SIZE + CRC_SIZE and b < n - 3:
                crc = binascii.crc_hqx(dec[done : k - 2], crc)
                done = k - 2
                if crc == dec[k - 2] | dec[k - 1] << 8:
                    for skip in (0, 1):
                        second = self._one(chunk[b + skip :])
                        if isinstance(second, RawFrame):
                            first = self._one(chunk[:b])
                            if isinstance(first, RawFrame):
                                return first, second
            if code != 0xFF and b < n:
                dec.append(0)
        return None
