"""Golden vectors through every codec: construct, the host's fast codec, and the firmware's
generated codec running on the real MicroPython VM."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from orbitrig.protocol import SCHEMA_HASH, codec, framing
from orbitrig.protocol.layout import layouts
from orbitrig.protocol.messages import BOARD_TO_HOST, HOST_TO_BOARD, PAYLOADS, Msg

VECTORS = json.loads((Path(__file__).parent / "vectors" / "frames.json").read_text())["vectors"]
IDS = [v["name"] for v in VECTORS]


def _plain(obj: Any) -> Any:
    """construct Containers -> plain dicts/lists, without construct's private keys."""
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items() if not k.startswith("_")}
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    return obj


@pytest.mark.parametrize("vec", VECTORS, ids=IDS)
def test_construct_parses_and_builds_vector(vec: dict[str, Any]) -> None:
    wire = bytes.fromhex(vec["wire_hex"])
    assert wire.endswith(b"\x00") and b"\x00" not in wire[:-1]
    frame = framing.Frame.parse(framing.cobs_decode(wire[:-1]))
    assert frame.body.value.header.version == 1
    assert frame.body.value.header.seq == vec["seq"]
    assert frame.body.value.msg == Msg[vec["msg"]]
    assert _plain(frame.body.value.payload) == vec["fields"]
    payload = PAYLOADS[Msg[vec["msg"]]].build(vec["fields"])
    assert payload.hex() == vec["payload_hex"]
    assert framing.wire(1, vec["seq"], Msg[vec["msg"]], payload) == wire


@pytest.mark.parametrize("vec", VECTORS, ids=IDS)
def test_host_codec_matches_vector(vec: dict[str, Any]) -> None:
    msg = Msg[vec["msg"]]
    assert codec.encode(msg, vec["fields"]).hex() == vec["payload_hex"]
    (raw,) = list(framing.Packetizer().feed(bytes.fromhex(vec["wire_hex"])))
    assert isinstance(raw, framing.RawFrame)
    assert (raw.msg, raw.seq, raw.version) == (msg, vec["seq"], 1)
    assert codec.decode(msg, raw.payload) == vec["fields"]


def fw_fixed(msg: Msg, fields: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    """Arguments for the firmware's pack_<msg>(): fixed fields, then items or tail."""
    lay = layouts()[msg]

    def arg(f: Any, v: Any) -> Any:
        return {"b": v.encode("ascii").hex()} if f.text else v

    fixed = [arg(f, fields[f.name]) for f in lay.fields]
    extra: dict[str, Any] = {}
    if lay.tail_kind == "array":
        extra["items"] = [[arg(f, it[f.name]) for f in lay.items] for it in fields[lay.tail_name]]
    elif lay.tail_kind == "string":
        extra["tail"] = fields[lay.tail_name].encode().hex()
    return fixed, extra


def fw_fields(msg: Msg, frame: dict[str, Any]) -> dict[str, Any]:
    """The firmware's unpack_<msg>() result as a field dict."""
    lay = layouts()[msg]

    def val(f: Any, v: Any) -> Any:
        return bytes.fromhex(v["b"]).rstrip(b"\x00").decode() if f.text else v

    out = {f.name: val(f, v) for f, v in zip(lay.fields, frame["fixed"], strict=False)}
    if lay.tail_kind == "array":
        out[lay.tail_name] = [
            {f.name: val(f, v) for f, v in zip(lay.items, it, strict=True)} for it in frame["items"]
        ]
    return out


@pytest.mark.parametrize(
    "vec",
    [v for v in VECTORS if Msg[v["msg"]] in HOST_TO_BOARD],
    ids=[v["name"] for v in VECTORS if Msg[v["msg"]] in HOST_TO_BOARD],
)
def test_firmware_decodes_vector(mpcodec: Any, vec: dict[str, Any]) -> None:
    rep = mpcodec.call(op="decode", hex=vec["wire_hex"])
    (frame,) = rep["frames"]
    assert frame["r"] == 1
    assert (frame["msg"], frame["seq"], frame["version"]) == (Msg[vec["msg"]], vec["seq"], 1)
    assert frame["plen"] == len(vec["payload_hex"]) // 2
    if layouts()[Msg[vec["msg"]]].fields:
        assert fw_fields(Msg[vec["msg"]], frame) == vec["fields"]


@pytest.mark.parametrize(
    "vec",
    [v for v in VECTORS if Msg[v["msg"]] in BOARD_TO_HOST],
    ids=[v["name"] for v in VECTORS if Msg[v["msg"]] in BOARD_TO_HOST],
)
def test_firmware_encodes_vector(mpcodec: Any, vec: dict[str, Any]) -> None:
    msg = Msg[vec["msg"]]
    fixed, extra = fw_fixed(msg, vec["fields"])
    rep = mpcodec.call(op="encode", msg=msg.name.lower(), seq=vec["seq"], fixed=fixed, **extra)
    assert rep["hex"] == vec["wire_hex"]


def test_firmware_constants_match_host(mpcodec: Any) -> None:
    assert mpcodec.call(op="consts") == {"version": 1, "schema": SCHEMA_HASH}


def test_vectors_cover_every_message() -> None:
    assert {Msg[v["msg"]] for v in VECTORS} == set(Msg)
