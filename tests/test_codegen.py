"""The generated firmware codec is committed; it must equal what the generator writes now."""

from __future__ import annotations

import pytest
from construct import Float32l, Int8ul, Int16ub, Int32ul, PrefixedArray, Struct

from orbitrig.protocol import codegen
from orbitrig.protocol.layout import flatten
from orbitrig.protocol.messages import Msg, field


def test_generated_codec_is_current() -> None:
    committed = codegen.TARGET.read_text()
    assert committed == codegen.render(), "firmware/orbitfw/wire.py is stale: run `make gen`"
    assert "DO NOT EDIT" in committed.splitlines()[0]


def test_check_mode_fails_on_drift(tmp_path) -> None:
    stale = tmp_path / "wire.py"
    stale.write_text(codegen.render().replace("MSG_PING = const(0x05)", "MSG_PING = const(0x55)"))
    assert codegen.main(["--check", "--out", str(stale)]) == 1
    stale.write_text(codegen.render())
    assert codegen.main(["--check", "--out", str(stale)]) == 0


@pytest.mark.parametrize(
    "st, why",
    [
        (Struct(field("x", Float32l, "a float")), "only little-endian integers"),
        (Struct(field("x", Int16ub, "big-endian")), "only little-endian integers"),
        (
            Struct(field("a", PrefixedArray(Int32ul, Struct(field("v", Int32ul, "v"))), "wide count")),
            "array count must be u8",
        ),
        (
            Struct(
                field("a", PrefixedArray(Int8ul, Struct(field("v", Int32ul, "v"))), "a"),
                field("b", Int32ul, "after the tail"),
            ),
            "must be the last field",
        ),
    ],
)
def test_generator_refuses_what_struct_cannot_carry(st: Struct, why: str) -> None:
    with pytest.raises(TypeError, match=why):
        flatten(Msg.PING, st)
