"""Shared by the decoder fuzzers (tests/test_fuzz.py and fuzz/fuzz_decoders.py), so that both
check the same things: a host Link on loop:// (nothing reaches a board; what it writes is kept,
the last four writes), the checks after the host Packetizer is fed a chunk, and the fixed
buffers of a firmware Link."""

from __future__ import annotations

import time
from typing import Any

import serial

from orbitrig.host import link as hostlink
from orbitrig.protocol import codec, framing
from orbitrig.protocol.messages import Msg

V = 1  # protocol version in the frames built here

# The firmware Link's fixed buffers (firmware/orbitfw/link.py): besides these, its _slots list
# and _slot_len list. None of them may ever be replaced or resized.
LINK_BUFFERS = ("_chunk", "_acc", "frame", "tx", "_wire", "_cache", "_slots", "_slot_len")


def link_buffers(link: Any) -> dict[str, tuple[int, int]]:
    """The fixed buffers of a firmware Link: name -> (id, length). They must never change.
    (A firmware that drops one of them, say the per-slot views of the reply cache, is checked
    on the ones it has.)"""
    return {k: (id(getattr(link, k)), len(getattr(link, k))) for k in LINK_BUFFERS if hasattr(link, k)}


def check_host_feed(pk: framing.Packetizer, chunk: bytes) -> list[framing.RawFrame | framing.BadFrame]:
    """Feed one chunk to the host Packetizer and check what comes out and what it keeps: every
    frame is a RawFrame (within MAX_FRAME, decoded without an exception other than CodecError)
    or a BadFrame; the partial frame stays within _max_wire; no recovered half is left pending.
    Returns the frames."""
    frames = list(pk.feed(chunk))
    for f in frames:
        assert isinstance(f, framing.RawFrame | framing.BadFrame), f
        if isinstance(f, framing.RawFrame):
            assert len(f.payload) + 4 <= framing.MAX_FRAME
            try:
                codec.decode(f.msg, f.payload)
            except codec.CodecError:
                pass
    assert len(pk._buf) <= pk._max_wire
    assert pk._pending is None
    return frames


def host_link(pending: bool) -> tuple[hostlink.Link, list[bytes]]:
    """A Link and the list of its latest writes. With ``pending``, commands are in flight (three
    sequenced, one STOP, a HELLO), so that replies reach every path of Link._reply()."""
    port = serial.serial_for_url("loop://", do_not_open=True)
    link = hostlink.Link(port, "loop://")
    sent: list[bytes] = []

    def write_raw(data: bytes) -> None:
        sent.append(data)
        del sent[:-4]

    link.write_raw = write_raw  # type: ignore[method-assign]
    if pending:
        now = time.monotonic()
        for seq, msg in ((1, Msg.PING), (2, Msg.MOVE_TO), (3, Msg.GET_STATUS)):
            p = hostlink.Pending(seq, msg, framing.seal(V, seq, msg, b""), False)
            p.t_sent = now - 0.5
            p.tries = 1
            link._pending[seq] = p
        stop = hostlink.Pending(4, Msg.STOP, framing.seal(V, 4, Msg.STOP, b""), True)
        stop.t_sent = now
        stop.tries = 2
        link._prio = stop
        link._hello = hostlink.Pending(0, Msg.HELLO, framing.seal(V, 0, Msg.HELLO, b""), False)
        link._seq = 4
    return link, sent
