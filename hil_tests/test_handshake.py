"""Handshake and ping, on any board (--board emulated or a port)."""

from __future__ import annotations

import struct

import pytest

from orbitrig.host.errors import CommandRefused
from orbitrig.host.rig import Rig
from orbitrig.protocol import PROTOCOL_VERSION, SCHEMA_HASH, codec, framing
from orbitrig.protocol.messages import ErrorCode, Msg


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
    # HELLO and IDENTIFY keep their leading fields in every version, so a peer of another
    # version can still learn ours: here an older host's HELLO (version and schema only)
    link = rig.link
    payload = struct.pack("<BI", 9, 1)
    link.write_raw(framing.wire(9, 0, Msg.HELLO, payload))
    reply = link.wait_reply(0, Msg.HELLO, 2.0)
    assert reply.msg == Msg.IDENTIFY
    assert reply.fields["version"] == PROTOCOL_VERSION
    # such a host gets the whole IDENTIFY, axes included, as before
    assert [a["name"] for a in reply.fields["axes"]] == [a.name for a in rig.axes]


def test_short_identify_and_get_axis_describe_the_same_axes(rig: Rig) -> None:
    link = rig.link
    hello = {"host_version": PROTOCOL_VERSION, "host_schema": SCHEMA_HASH, "session": link.session}
    link.write_raw(
        framing.wire(PROTOCOL_VERSION, 0, Msg.HELLO, codec.encode(Msg.HELLO, dict(hello, flags=0)))
    )
    full = link.wait_reply(0, Msg.HELLO, 2.0).fields
    link.write_raw(
        framing.wire(PROTOCOL_VERSION, 0, Msg.HELLO, codec.encode(Msg.HELLO, dict(hello, flags=1)))
    )
    short = link.wait_reply(0, Msg.HELLO, 2.0).fields
    assert short["axes"] == [] and len(full["axes"]) == len(rig.axes)
    assert {k: v for k, v in short.items() if k != "axes"} == {k: v for k, v in full.items() if k != "axes"}
    for i, want in enumerate(full["axes"]):
        got = link.request(Msg.GET_AXIS, {"axis": i}).fields
        assert got["axis"] == i and got["count"] == len(full["axes"])
        assert {k: got[k] for k in want} == want
    with pytest.raises(CommandRefused) as e:
        link.request(Msg.GET_AXIS, {"axis": len(full["axes"])})
    assert e.value.code == ErrorCode.BAD_AXIS
    assert e.value.reason == f"no axis {len(full['axes'])} (board has {len(full['axes'])})"


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
