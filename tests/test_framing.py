"""Framing: COBS, the catalogued CRC, and resynchronisation after damage."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from orbitrig.protocol import codec, crc, framing
from orbitrig.protocol.messages import Msg

from strategies import message


def test_crc_check_value() -> None:
    # CRC-16/IBM-3740 catalogue check value
    assert crc.crc16(b"123456789") == crc.CHECK == 0x29B1
    assert crc.table()[1] == 0x1021


def test_cobs_reference_examples() -> None:
    # the examples of Cheshire & Baker's COBS paper, as commonly tabulated
    assert framing.cobs_encode(b"\x00") == b"\x01\x01"
    assert framing.cobs_encode(b"\x00\x00") == b"\x01\x01\x01"
    assert framing.cobs_encode(b"\x11\x22\x00\x33") == b"\x03\x11\x22\x02\x33"
    assert framing.cobs_encode(b"\x11\x22\x33\x44") == b"\x05\x11\x22\x33\x44"
    run = bytes(range(1, 255))  # 254 non-zero bytes: exactly one full block
    assert framing.cobs_encode(run) == b"\xff" + run
    assert framing.cobs_encode(b"\x00" + run) == b"\x01\xff" + run
    assert framing.cobs_encode(run + b"\xff") == b"\xff" + run + b"\x02\xff"


@given(st.binary(max_size=700))
def test_cobs_round_trip_has_no_zero(data: bytes) -> None:
    enc = framing.cobs_encode(data)
    assert b"\x00" not in enc
    assert len(enc) <= len(data) + 1 + len(data) // 254 + 1
    assert framing.cobs_decode(enc) == data


def _frames(draw_msgs: list[tuple[Msg, int, dict[str, Any]]]) -> list[bytes]:
    return [framing.wire(1, seq, m, codec.encode(m, f)) for m, seq, f in draw_msgs]


@settings(max_examples=150, derandomize=True)  # CRC-16 misses 2**-16 of structural damage
@given(st.lists(message(), min_size=2, max_size=8), st.data())
def test_damage_costs_only_the_frame_it_hits(msgs: list[tuple[Msg, int, dict[str, Any]]], data: Any) -> None:
    frames = _frames(msgs)
    victim = data.draw(st.integers(0, len(frames) - 1))
    kind = data.draw(st.sampled_from(["flip", "truncate", "drop_byte", "garbage"]))
    damaged = bytearray(frames[victim])
    body = len(damaged) - 1  # never touch the delimiter itself, except by truncation
    if kind == "flip":
        i = data.draw(st.integers(0, body - 1))
        damaged[i] ^= 1 << data.draw(st.integers(0, 7))
        if damaged[i] == 0:
            damaged[i] = 0x5A  # a flip that makes a delimiter splits the frame: still one loss
    elif kind == "truncate":
        cut = data.draw(st.integers(1, body - 1))
        damaged = damaged[:cut] + b"\x00"
    elif kind == "drop_byte":
        i = data.draw(st.integers(0, body - 1))
        del damaged[i]
    else:
        damaged = bytearray(data.draw(st.binary(min_size=1, max_size=40)).replace(b"\x00", b"\x01")) + b"\x00"
    stream = b"".join(frames[:victim]) + bytes(damaged) + b"".join(frames[victim + 1 :])
    pk = framing.Packetizer()
    good = [f for f in pk.feed(stream) if isinstance(f, framing.RawFrame)]
    expect = [(m, seq) for i, (m, seq, _) in enumerate(msgs) if i != victim]
    got = [(f.msg, f.seq) for f in good]
    # every undamaged frame survives, in order, and the damaged one is dropped
    assert got == expect
    assert pk.bad >= 1


def test_packetizer_bounds_memory_on_endless_garbage() -> None:
    pk = framing.Packetizer()
    junk = bytes([0x41]) * 100_000
    assert list(pk.feed(junk)) == []
    assert len(pk._buf) <= framing.MAX_FRAME + 8
    out = list(pk.feed(b"\x00" + framing.wire(1, 2, Msg.PING, codec.encode(Msg.PING, {"token": 9}))))
    assert isinstance(out[0], framing.BadFrame) and out[0].reason == "frame too long"
    assert isinstance(out[1], framing.RawFrame) and out[1].msg == Msg.PING
