"""The bench's raw round trips (host/bench/rtt.py) against the real firmware on the MicroPython
VM behind a pty: a PING written outside the host's Link is answered in the rig's own sequence,
its PONG is checked, and the Link goes on afterwards as if nothing had happened."""

from __future__ import annotations

import pytest

from orbitrig.host.bench import rtt
from orbitrig.host.bench.board import BenchError
from orbitrig.host.bench.run import _board
from orbitrig.host.rig import Rig
from orbitrig.protocol import codec, framing
from orbitrig.protocol.messages import Msg

pytestmark = pytest.mark.timeout(120)


def test_raw_pings_are_answered_in_sequence_and_the_link_goes_on() -> None:
    with _board(None, "256K") as port, Rig.connect(port, timeout=2.0, log=False) as rig:
        fd = rtt.board_fd(rig)
        with rtt.quiet_link(rig):
            for token in (1, 2, 0xDEADBEEF):
                frame, want = rtt.ping(rig, token)
                us, reply = rtt.round_trip_us(fd, frame, rtt.PONG_WIRE_LEN)
                assert us > 0
                assert len(reply) == rtt.PONG_WIRE_LEN
                rtt.check_pong(reply, want)
                assert rtt.ping_us(rig, fd, token + 7) > 0  # checks its own PONG
                rig.ping(token)  # the Link's own requests between them (no keepalive of its own)
        assert rig.link.keepalive > 0  # given back
        before = rig.status().executed
        rig.ping(5)  # the Link's next command carries the next sequence number
        assert rig.status().executed == before + 2  # the PING and the first STATUS both ran


def test_check_pong_refuses_anything_but_the_pong_asked_for() -> None:
    pong = framing.wire(1, 3, Msg.PONG, codec.encode(Msg.PONG, {"token": 9, "t_us": 0}))
    rtt.check_pong(pong, 9)
    with pytest.raises(BenchError, match="token 9, expected 8"):
        rtt.check_pong(pong, 8)
    ack = framing.wire(1, 3, Msg.ACK, codec.encode(Msg.ACK, {"seq": 3, "result": 0}))
    with pytest.raises(BenchError, match="expected one PONG"):
        rtt.check_pong(ack, 9)
    with pytest.raises(BenchError, match="expected one PONG"):
        rtt.check_pong(pong[:-3] + b"\x00", 9)  # damaged
