"""Round trips timed the same way on a firmware board and on a bare echo board.

A PING's round trip and the echo's are both timed by ``round_trip_us``: from just before the
host writes the frame (one write of its wire bytes, already encoded) to the last byte of the
answer read, on the host's ``perf_counter``, with the same non-blocking reads of the same
file descriptor kind. Encoding the PING and decoding the PONG happen outside the clock, so the
ratio of the two is the board's work over the transport's floor, and the host's protocol stack,
the same for every board, is in neither. (The round trip through the host's Link, encode to
decode, is measured too: ``via_link_us``.)

    >>> fd = board_fd(rig)                                        # doctest: +SKIP
    >>> frame, token = ping(rig, 7)                               # doctest: +SKIP
    >>> us, reply = round_trip_us(fd, frame, PONG_WIRE_LEN)       # doctest: +SKIP
    >>> check_pong(reply, token)                                  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import os
import select
import time
from collections.abc import Iterator

import serial

from orbitrig.protocol import codec, framing
from orbitrig.protocol.messages import Msg

from ..rig import Rig
from .board import BenchError

# A PONG on the wire: COBS adds one byte to a frame this short, and the delimiter one more.
PONG_WIRE_LEN = len(framing.wire(1, 0, Msg.PONG, codec.encode(Msg.PONG, {"token": 0, "t_us": 0})))


def serial_fd(port: serial.Serial) -> int:
    """The file descriptor of an open local serial device, made non-blocking."""
    fd = port.fileno()
    os.set_blocking(fd, False)
    return fd


def board_fd(rig: Rig) -> int:
    """The descriptor of the rig's link, for raw round trips beside it (a local port only)."""
    fd = rig.link.fileno()
    if fd is None:
        raise BenchError(f"{rig.link.url} is not a local serial device: no raw round trips on it")
    return fd


@contextlib.contextmanager
def quiet_link(rig: Rig) -> Iterator[None]:
    """The rig's Link sends nothing of its own (keepalives, event requests) while raw round
    trips share its port, and has nothing in flight when they start: a reply of its own read
    by a raw round trip would fail the figure. A still rig needs no keepalive."""
    link = rig.link
    keepalive, link.keepalive = link.keepalive, 0
    try:
        while link.in_flight():
            link.pump(0.05)
        link.pump(0.05)  # whatever was still on its way
        yield
    finally:
        link.keepalive = keepalive


def ping(rig: Rig, token: int) -> tuple[bytes, int]:
    """The wire bytes of a PING in the rig's sequenced stream (written outside its Link)."""
    link = rig.link
    seq = link.next_seq()
    return framing.wire(link.version, seq, Msg.PING, codec.encode(Msg.PING, {"token": token})), token


def ping_us(rig: Rig, fd: int, token: int) -> float:
    """One PING written on the rig's port outside its Link, timed by ``round_trip_us``; its
    answer must be the PONG to ``token``."""
    frame, want = ping(rig, token)
    us, reply = round_trip_us(fd, frame, PONG_WIRE_LEN)
    check_pong(reply, want)
    return us


def round_trip_us(fd: int, frame: bytes, reply_len: int, timeout: float = 2.0) -> tuple[float, bytes]:
    """Host microseconds from writing ``frame`` to the last of ``reply_len`` bytes read."""
    got = bytearray()
    t0 = time.perf_counter()
    view = memoryview(frame)
    while view:
        view = view[os.write(fd, view) :]
    while len(got) < reply_len:
        try:
            chunk = os.read(fd, reply_len - len(got))
        except BlockingIOError:
            chunk = b""
        if chunk:
            got += chunk
            continue
        if not select.select([fd], [], [], timeout)[0]:
            raise BenchError(f"no answer within {timeout:g} s ({len(got)} of {reply_len} bytes)")
    return (time.perf_counter() - t0) * 1e6, bytes(got)


def check_pong(reply: bytes, token: int) -> None:
    """The reply must be exactly the PONG to ``token``: anything else means the figure is wrong."""
    frames = list(framing.Packetizer().feed(reply))
    if len(frames) != 1 or not isinstance(frames[0], framing.RawFrame) or frames[0].msg != Msg.PONG:
        raise BenchError(f"expected one PONG, read {reply.hex()}")
    got = codec.decode(Msg.PONG, frames[0].payload)["token"]
    if got != token:
        raise BenchError(f"PONG carried token {got}, expected {token}")
