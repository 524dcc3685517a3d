"""docs/protocol.md is generated from the construct tables; it must be current and complete."""

from __future__ import annotations

import re
from pathlib import Path

from orbitrig.protocol import spec
from orbitrig.protocol.crc import CHECK, NAME
from orbitrig.protocol.layout import layouts
from orbitrig.protocol.messages import BOARD_TO_HOST, ENUMS, ERRORS, HOST_TO_BOARD, ErrorCode, Msg
from orbitrig.protocol.schema import PROTOCOL_VERSION, SCHEMA_HASH


def test_committed_spec_is_current() -> None:
    committed = spec.TARGET.read_text()
    assert committed == spec.render(), "docs/protocol.md is stale: run `python -m orbitrig.protocol.spec`"
    assert "DO NOT EDIT" in committed.splitlines()[0] and spec.GENERATOR in committed.splitlines()[0]


def test_check_mode_fails_on_drift(tmp_path: Path) -> None:
    out = tmp_path / "protocol.md"
    assert spec.main(["--check", "--out", str(out)]) == 1  # missing
    out.write_text(spec.render().replace("TELEMETRY", "TELEMETRIE", 1))
    assert spec.main(["--check", "--out", str(out)]) == 1
    assert spec.main(["--out", str(out)]) == 0
    assert spec.main(["--check", "--out", str(out)]) == 0


def test_every_message_and_field_appears() -> None:
    text = spec.render()
    for m, lay in layouts().items():
        head = f"### 0x{int(m):02x} {m.name}"
        assert head in text, m.name
        section = text.split(head, 1)[1].split("\n### ", 1)[0]
        side = "host → board" if m in HOST_TO_BOARD else "board → host"
        assert m in HOST_TO_BOARD or m in BOARD_TO_HOST
        assert f"Direction: **{side}**" in section
        for f in (*lay.fields, *lay.items):
            assert f"`{f.name}`" in section, f"{m.name}.{f.name}"
        if lay.tail_kind:
            assert f"`{lay.tail_name}`" in section


def test_every_enum_and_error_code_appears() -> None:
    text = spec.render()
    for enum in ENUMS:
        assert f"### {enum.__name__}" in text
        for member in enum:
            assert f"| {int(member)} | `{member.name}` |" in text, f"{enum.__name__}.{member.name}"
    for code in ErrorCode:
        assert f"| {int(code)} | `{code.name}` | {ERRORS[code]} |" in text


def test_header_facts() -> None:
    text = spec.render()
    assert f"Protocol version: **{PROTOCOL_VERSION}**" in text
    assert f"0x{SCHEMA_HASH:08x}" in text
    assert NAME in text and f"0x{CHECK:04x}" in text
    assert re.search(r"Overhead: 6 bytes per frame", text)
    assert "version:4 seq:4" in text


def test_crc_parameters_match_the_implementation() -> None:
    p = spec.crc_params()
    assert (p["poly"], p["init"], p["refin"], p["refout"], p["xorout"]) == (0x1021, 0xFFFF, False, False, 0)


def test_module_entry_point_writes_the_default_target() -> None:
    assert spec.TARGET.name == "protocol.md" and spec.TARGET.parent.name == "docs"
    assert Msg.HELLO.name in spec.TARGET.read_text()
