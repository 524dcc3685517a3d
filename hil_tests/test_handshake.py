"""Handshake and ping, on any board (--board emulated or a port)."""

from __future__ import annotations

from orbitrig.host.rig import Rig
from orbitrig.protocol import PROTOCOL_VERSION, SCHEMA_HASH, codec, framing
from orbitrig.protocol.messages import Msg


def test_identify_matches_host(rig: Rig) -> None:
    info = rig.hello()
    assert info.version == PROTOCOL_VERSION
    assert info.schema == SCHEMA_HASH
    assert info.build_id
    assert 1 <= info.rx_window <= 8
    assert info.tick_hz >= 100
    names = [a.name for a in info.axes]
    assert len(names) == len(set(names)) >= 3
    for a in info.axes:
        assert a.min < a.max and a.vmax > 0


def test_hello_is_answered_whatever_the_frame_version(rig: Rig) -> None:
    # HELLO/IDENTIFY never change layout, so a peer of another version can still learn ours
    link = rig.link
    payload = codec.encode(Msg.HELLO, {"host_version": 9, "host_schema": 1})
    link.write_raw(framing.wire(9, 0, Msg.HELLO, payload))
    reply = link.wait_reply(0, Msg.HELLO, 2.0)
    assert reply.msg == Msg.IDENTIFY
    assert reply.fields["version"] == PROTOCOL_VERSION


def test_ping_round_trips(rig: Rig) -> None:
    tokens = [0, 1, 0xFFFFFFFF, 12345]
    times = []
    for t in tokens:
        rtt, t_us = rig.ping(t)
        assert 0 < rtt < 1.0
        assert 0 <= t_us < 2**30
        times.append(t_us)
    # board time moves forward between pings (mod 2**30)
    assert all(((b - a) % 2**30) < 2**29 for a, b in zip(times, times[1:], strict=False))


def test_many_pings_none_lost(rig: Rig) -> None:
    for i in range(300):
        rig.ping(i)
    assert rig.link.stats.rx_bad == 0
