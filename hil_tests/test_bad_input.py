"""Malformed frames are dropped or NACKed and counted, and the board keeps answering."""

from __future__ import annotations

import pytest

from orbitrig.host.errors import CommandRefused
from orbitrig.host.rig import Rig
from orbitrig.protocol import codec, framing
from orbitrig.protocol.messages import ErrorCode, Msg


def _reply(rig: Rig, raw: bytes, seq: int):
    rig.link.write_raw(raw)
    return rig.link.wait_reply(seq, Msg.PING, 2.0)


def test_garbage_is_counted_and_board_still_answers(rig: Rig) -> None:
    before = rig.status().rx_bad
    rig.link.write_raw(b"\x13\x37garbage without a delimiter" * 40 + b"\x00")
    rig.link.write_raw(b"\x02\x01\x00")  # too short to be a frame
    rig.ping(7)
    assert rig.status().rx_bad >= before + 2


def test_crc_error_is_nacked_with_its_seq(rig: Rig) -> None:
    seq = rig.link.peek_seq()  # a damaged frame does not take its sequence number
    frame = bytearray(framing.seal(1, seq, Msg.PING, codec.encode(Msg.PING, {"token": 5})))
    frame[-1] ^= 0xFF  # break the CRC
    reply = _reply(rig, framing.cobs_encode(frame) + b"\x00", seq)
    assert reply.msg == Msg.NACK
    assert reply.fields["code"] == ErrorCode.CORRUPT
    rig.ping(8)


def test_unknown_message_is_nacked(rig: Rig) -> None:
    seq = rig.link.next_seq()
    reply = _reply(rig, framing.wire(1, seq, 0x7E, b"\x01\x02"), seq)
    assert reply.msg == Msg.NACK
    assert reply.fields["code"] == ErrorCode.UNKNOWN_MESSAGE
    assert "unknown message" in reply.fields["reason"]


def test_wrong_payload_length_is_nacked(rig: Rig) -> None:
    seq = rig.link.next_seq()
    reply = _reply(rig, framing.wire(1, seq, Msg.PING, b"\x01\x02"), seq)
    assert reply.msg == Msg.NACK
    assert reply.fields["code"] == ErrorCode.BAD_LENGTH


def test_out_of_range_field_is_nacked_with_its_name(rig: Rig) -> None:
    with pytest.raises(CommandRefused) as e:
        rig.set_telemetry(1000)
    assert "rate_hz" in e.value.reason
