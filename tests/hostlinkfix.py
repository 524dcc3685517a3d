"""A host Link on loop:// for the decoder fuzzers (tests/test_fuzz.py and fuzz/fuzz_decoders.py):
nothing reaches a board; what it writes is kept (the last four writes)."""

from __future__ import annotations

import time

import serial

from orbitrig.host import link as hostlink
from orbitrig.protocol import framing
from orbitrig.protocol.messages import Msg

V = 1  # protocol version in the frames built here


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
