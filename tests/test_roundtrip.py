"""Property tests: random messages round-trip between construct, the host codec and the
firmware's generated codec running on the real MicroPython VM, in both directions."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings

from orbitrig.protocol import codec, framing
from orbitrig.protocol.messages import BOARD_TO_HOST, HOST_TO_BOARD, PAYLOADS, Msg

from strategies import message
from test_protocol import _plain, fw_fields, fw_fixed

MP = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@settings(max_examples=500, deadline=None)
@given(message())
def test_host_codec_agrees_with_construct(m: tuple[Msg, int, dict[str, Any]]) -> None:
    msg, _, fields = m
    built = PAYLOADS[msg].build(fields)
    assert codec.encode(msg, fields) == built
    assert codec.decode(msg, built) == fields
    assert _plain(PAYLOADS[msg].parse(built)) == fields


@MP
@given(message(HOST_TO_BOARD))
def test_construct_to_firmware_to_construct(mpcodec: Any, m: tuple[Msg, int, dict[str, Any]]) -> None:
    # host -> board: construct builds the frame, the firmware decodes it on MicroPython,
    # and what it decoded builds the same bytes again with construct
    msg, seq, fields = m
    payload = PAYLOADS[msg].build(fields)
    wire = framing.wire(1, seq, msg, payload)
    (frame,) = mpcodec.call(op="decode", hex=wire.hex())["frames"]
    assert (frame["r"], frame["msg"], frame["seq"], frame["plen"]) == (1, msg, seq, len(payload))
    if "fixed" in frame:
        seen = fw_fields(msg, frame)
        assert seen == fields
        assert PAYLOADS[msg].build(seen) == payload


@MP
@given(message(BOARD_TO_HOST))
def test_firmware_to_construct(mpcodec: Any, m: tuple[Msg, int, dict[str, Any]]) -> None:
    # board -> host: the firmware encodes on MicroPython, construct parses the wire bytes
    msg, seq, fields = m
    fixed, extra = fw_fixed(msg, fields)
    wire = bytes.fromhex(
        mpcodec.call(op="encode", msg=msg.name.lower(), seq=seq, fixed=fixed, **extra)["hex"]
    )
    assert wire[-1] == 0 and b"\x00" not in wire[:-1]
    parsed = framing.Frame.parse(framing.cobs_decode(wire[:-1]))
    assert parsed.body.value.msg == msg and parsed.body.value.header.seq == seq
    assert _plain(parsed.body.value.payload) == fields
