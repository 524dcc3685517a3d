"""Writes docs/protocol.md, the protocol specification, from the construct tables.

Everything in the document comes from protocol/: the frame layout and sizes from
framing.py (checked by building real frames), the CRC from crc.py (its parameters
checked against a reference implementation), message ids, directions, fields, units,
ranges and meanings from messages.py and layout.py, enum meanings from the comments
beside each enum member.

    python -m orbitrig.protocol.spec            # rewrite docs/protocol.md
    python -m orbitrig.protocol.spec --check    # exit 1 if it is stale
"""

from __future__ import annotations

import inspect
import re
import sys
from enum import IntEnum
from pathlib import Path

from construct import Renamed

from . import crc, framing, generated, messages
from .layout import Field, Layout, layouts
from .messages import BOARD_TO_HOST, ENUMS, ERRORS, HOST_TO_BOARD, PAYLOADS, REASON_MAX, Msg
from .schema import PROTOCOL_VERSION, SCHEMA_HASH

TARGET = Path(__file__).resolve().parent.parent / "docs" / "protocol.md"
GENERATOR = "python -m orbitrig.protocol.spec"

_TYPES = {"B": "u8", "b": "i8", "H": "u16", "h": "i16", "I": "u32", "i": "i32", "Q": "u64", "q": "i64"}
_ARROW = re.compile(r"^\s*(host|board)\s*->\s*(host|board)\s*:?\s*")


# --- what the source says ------------------------------------------------------------------


def member_comments(enum: type[IntEnum]) -> dict[str, str]:
    """``NAME = value  # comment`` lines of an enum class: the comment is the member's meaning."""
    try:
        src = inspect.getsource(enum)
    except (OSError, TypeError):
        return {}
    out = {}
    for line in src.splitlines():
        m = re.match(r"^\s*([A-Z_][A-Z0-9_]*)\s*=\s*[^#]*#\s*(.*?)\s*$", line)
        if m and m.group(1) in enum.__members__:
            out[m.group(1)] = m.group(2)
    return out


def _doc_paragraphs(obj: object) -> list[str]:
    """Its own docstring's paragraphs (not one inherited) before any ``Example:``, one line each."""
    own = vars(obj).get("__doc__") if isinstance(obj, type) else getattr(obj, "__doc__", None)
    doc = inspect.cleandoc(own) if isinstance(own, str) else ""
    doc = doc.split("\nExample")[0]
    return [" ".join(p.split()) for p in doc.split("\n\n") if p.strip()]


def _item_struct_name(msg: Msg) -> str | None:
    """Name of the module-level Struct used as the items of ``msg``'s array tail, if any."""
    try:
        con = PAYLOADS[msg].subcons[-1]
        while isinstance(con, Renamed):
            con = con.subcon
        item = con.subcons[1].subcon.subcon  # PrefixedArray = FocusedSeq(count, Array(item))
    except (AttributeError, IndexError):
        return None
    for name, obj in vars(messages).items():
        if obj is item and not name.startswith("_"):
            return name
    return None


# --- checks that keep the document honest --------------------------------------------------


def crc_params() -> dict[str, object]:
    """The CRC's catalogue parameters, verified against crc16 with a bitwise reference."""
    p: dict[str, object] = {
        "width": 16,
        "poly": crc.POLY,
        "init": crc.INIT,
        "refin": getattr(crc, "REFIN", False),
        "refout": getattr(crc, "REFOUT", False),
        "xorout": getattr(crc, "XOROUT", 0),
        "check": crc.CHECK,
    }
    samples = [b"123456789", b"", b"\x00", b"\xff" * 7, bytes(range(256))]
    for s in samples:
        if _reference_crc(s, p) != crc.crc16(s):
            raise RuntimeError(f"{crc.NAME}: parameters {p} do not match crc16() on {s[:12]!r}")
    if crc.crc16(b"123456789") != crc.CHECK:
        raise RuntimeError(f"{crc.NAME}: check value differs from crc16(b'123456789')")
    return p


def _reflect(v: int, bits: int) -> int:
    return int(f"{v:0{bits}b}"[::-1], 2)


def _reference_crc(data: bytes, p: dict[str, object]) -> int:
    width = int(p["width"])  # type: ignore[call-overload]
    top, mask = 1 << (width - 1), (1 << width) - 1
    reg = int(p["init"])  # type: ignore[call-overload]
    for byte in data:
        if p["refin"]:
            byte = _reflect(byte, 8)
        reg ^= byte << (width - 8)
        for _ in range(8):
            reg = ((reg << 1) ^ int(p["poly"])) & mask if reg & top else (reg << 1) & mask  # type: ignore[call-overload]
    if p["refout"]:
        reg = _reflect(reg, width)
    return reg ^ int(p["xorout"])  # type: ignore[call-overload]


def overhead() -> tuple[int, int, int]:
    """(bytes added to a payload on the wire, largest payload that costs only that, worst case
    at MAX_FRAME), measured by building frames with no zero bytes (COBS's worst case)."""
    base = len(framing.wire(PROTOCOL_VERSION, 1, 1, b"")) - 0
    k = 0
    while k + framing.HEADER_SIZE + framing.CRC_SIZE < framing.MAX_FRAME:
        if len(framing.wire(PROTOCOL_VERSION, 1, 1, b"\x01" * (k + 1))) - (k + 1) != base:
            break
        k += 1
    big = framing.MAX_FRAME - framing.HEADER_SIZE - framing.CRC_SIZE
    worst = len(framing.wire(PROTOCOL_VERSION, 1, 1, b"\x01" * big)) - big
    return base, k, worst


def _header_bits() -> list[tuple[str, int]]:
    return [(sc.name, sc.subcon.length) for sc in framing.Header.subcon.subcons]


# --- rendering -----------------------------------------------------------------------------


def _type(f: Field) -> str:
    return f"char[{f.size}]" if f.text else _TYPES[f.code]


def _range(f: Field) -> str:
    if f.meta.enum is not None:
        e = f.meta.enum.__name__
        return f"[{e}](#{e.lower()})"
    if f.text:
        return "ASCII, NUL padded"
    lo, hi = f.meta.lo, f.meta.hi
    if lo is None and hi is None:
        return ""
    if hi is None:
        return f">= {lo}"
    if lo is None:
        return f"<= {hi}"
    return f"{lo}..{hi}"


def _cell(s: str) -> str:
    return s.replace("|", "\\|")


def _field_rows(fields: tuple[Field, ...], start: int = 0) -> list[str]:
    rows = []
    off = start
    for f in fields:
        rows.append(
            f"| {off} | `{f.name}` | {_type(f)} | {f.size} | {_cell(f.meta.unit)} | {_range(f)} "
            f"| {_cell(f.meta.doc)} |"
        )
        off += f.size
    return rows


_TABLE_HEAD = [
    "| offset | field | type | bytes | unit | range | meaning |",
    "|---:|---|---|---:|---|---|---|",
]


def _direction(m: Msg) -> str:
    sides = []
    if m in HOST_TO_BOARD:
        sides.append("host → board")
    if m in BOARD_TO_HOST:
        sides.append("board → host")
    return ", ".join(sides) or "unused"


def _size(lay: Layout) -> str:
    if lay.tail_kind is None:
        return str(lay.size)
    if lay.tail_kind == "string":
        return f"{lay.size + 1} + n"
    return f"{lay.size + 1} + {lay.item_size}·n"


def _handling(m: Msg) -> str:
    notes = []
    if m in getattr(messages, "PRIORITY", ()):
        notes.append("priority")
    if m in getattr(messages, "UNSEQUENCED", ()):
        notes.append("unsequenced")
    return ", ".join(notes)


def _message(m: Msg, lay: Layout, meaning: str) -> list[str]:
    out = [f"### 0x{int(m):02x} {m.name}", ""]
    line = f"Direction: **{_direction(m)}**."
    if meaning:
        line += f" {meaning[0].upper()}{meaning[1:]}" + ("" if meaning[-1] in ".?!" else ".")
    if _handling(m):
        line += f" Handling: {_handling(m)}."
    out.append(line)
    out.append("")
    max_payload = framing.MAX_FRAME - framing.HEADER_SIZE - framing.CRC_SIZE
    if not lay.fields and lay.tail_kind is None:
        out += ["Empty payload (0 bytes).", ""]
        return out
    out.append(f"Payload: {_size(lay)} bytes.")
    out.append("")
    if lay.fields:
        out += _TABLE_HEAD + _field_rows(lay.fields) + [""]
    if lay.tail_kind == "string":
        out.append(
            f"Then `{lay.tail_name}`, {lay.tail_meta.doc}: a u8 length n, then n bytes of UTF-8 "
            f"(senders cut it to {REASON_MAX} bytes)."
        )
        out.append("")
    elif lay.tail_kind == "array":
        item = _item_struct_name(m) or lay.item_name
        fit = min(255, (max_payload - lay.size - 1) // max(lay.item_size, 1))
        out.append(
            f"Then `{lay.tail_name}`, {lay.tail_meta.doc}: a u8 count n (at most {fit} fit in a "
            f"frame), then n × {item} of {lay.item_size} bytes each, at offset "
            f"{lay.size + 1} + {lay.item_size}·i:"
        )
        out.append("")
        out += _TABLE_HEAD + _field_rows(lay.items) + [""]
    return out


def _enum(enum: type[IntEnum], users: list[str]) -> list[str]:
    name = enum.__name__
    out = [f"### {name}", ""]
    doc = _doc_paragraphs(enum)
    if doc:
        out += [" ".join(doc), ""]
    if users:
        out += ["Used by " + ", ".join(f"`{u}`" for u in users) + ".", ""]
    notes = member_comments(enum)
    texts = ERRORS if enum is messages.ErrorCode else None
    if texts is not None:
        out += ["| value | name | text | meaning |", "|---:|---|---|---|"]
        for mem in enum:
            out.append(
                f"| {int(mem)} | `{mem.name}` | {_cell(texts.get(mem, ''))} | {_cell(notes.get(mem.name, ''))} |"
            )
    else:
        out += ["| value | name | meaning |", "|---:|---|---|"]
        for mem in enum:
            out.append(f"| {int(mem)} | `{mem.name}` | {_cell(notes.get(mem.name, ''))} |")
    out.append("")
    return out


def _frame_section() -> list[str]:
    bits = _header_bits()
    hdr = " ".join(f"{n}:{w}" for n, w in bits)
    payload = "payload (0..N)"
    crc_label = f"CRC-16 (LE), {framing.CRC_SIZE} bytes"
    cells = [hdr, "msg id", payload, crc_label]
    widths = [len(c) + 2 for c in cells]
    rule = "+" + "+".join("-" * w for w in widths) + "+"
    row = "|" + "|".join(f" {c} ".ljust(w) for c, w in zip(cells, widths, strict=True)) + "|"
    sizes = ["1 byte", "1 byte", "per message", f"{framing.CRC_SIZE} bytes"]
    under = " " + " ".join(s.ljust(w) for s, w in zip(sizes, widths, strict=True))
    base, cheap, worst = overhead()
    hi = 8
    bit_desc = []
    for n, w in bits:
        bit_desc.append(f"`{n}` (bits {hi - 1}..{hi - w})")
        hi -= w
    example = framing.seal(PROTOCOL_VERSION, 1, Msg.PING, PAYLOADS[Msg.PING].build({"token": 1}))
    wire = framing.wire(PROTOCOL_VERSION, 1, Msg.PING, PAYLOADS[Msg.PING].build({"token": 1}))
    p = crc_params()
    return [
        "## Frames",
        "",
        "A decoded frame, before COBS (multi-byte integers little-endian):",
        "",
        "```",
        rule,
        row,
        rule,
        under.rstrip(),
        "```",
        "",
        f"- Byte 0 holds {' and '.join(bit_desc)}. The version is {PROTOCOL_VERSION}; "
        f"seq is the sender's 4-bit sequence number.",
        "- Byte 1 is the message id ([Messages](#messages)); the payload layout depends on it.",
        f"- The CRC ({crc.NAME}, [CRC](#crc)) covers bytes 0 up to the end of the payload.",
        f"- A decoded frame is at most {framing.MAX_FRAME} bytes; longer ones are dropped as framing errors.",
        "",
        "On the wire each frame is `COBS(frame) + 0x00`: COBS removes every zero byte, so 0x00 "
        "always ends a frame and a receiver resynchronises at the next one after any damage.",
        "",
        f"Overhead: {base} bytes per frame (COBS code byte, delimiter, {framing.HEADER_SIZE} header, "
        f"{framing.CRC_SIZE} CRC) for payloads up to {cheap} bytes; COBS adds one byte per further "
        f"254, so a frame of {framing.MAX_FRAME} decoded bytes costs at most {worst} bytes over its payload.",
        "",
        f"Example: PING with token 1, seq 1: decoded `{example.hex(' ')}`, on the wire `{wire.hex(' ')}`.",
        "",
        "## CRC",
        "",
        f"{crc.NAME}, from Greg Cook's catalogue of parametrised CRC algorithms:",
        "",
        "| width | poly | init | refin | refout | xorout | check |",
        "|---:|---|---|---|---|---|---|",
        f"| {p['width']} | 0x{p['poly']:04x} | 0x{p['init']:04x} | {str(p['refin']).lower()} "
        f"| {str(p['refout']).lower()} | 0x{p['xorout']:04x} | 0x{p['check']:04x} |",
        "",
        "The check value is the CRC of the ASCII bytes `123456789`. The CRC is sent little-endian.",
        "",
    ]


def render() -> str:
    lays = layouts()
    comments = member_comments(Msg)
    meanings = {m: _ARROW.sub("", comments.get(m.name, "")) for m in Msg}
    out = [
        "<!-- DO NOT EDIT: generated by `" + GENERATOR + "` (protocol/spec.py) from protocol/. -->",
        "",
        "# orbitrig wire protocol",
        "",
        f"This file is generated from the construct definitions in protocol/ by `{GENERATOR}`; "
        "`--check` fails when it is stale. Edit the tables, not this file.",
        "",
        f"- Protocol version: **{PROTOCOL_VERSION}** (the high nibble of every frame's first byte)",
        f"- Schema hash: **0x{SCHEMA_HASH:08x}** (HELLO and IDENTIFY carry it; peers whose hashes "
        "differ refuse to talk)",
        "",
        "## Conventions",
        "",
    ]
    out += [p for para in _doc_paragraphs(messages)[1:] for p in (para, "")]
    out += _frame_section()
    out += [
        "## Messages",
        "",
        "| id | name | direction | payload bytes | meaning |",
        "|---|---|---|---|---|",
    ]
    for m in sorted(lays):
        out.append(
            f"| 0x{int(m):02x} | [{m.name}](#0x{int(m):02x}-{m.name.lower()}) "
            f"| {_direction(m)} | {_size(lays[m])} | {_cell(meanings[m])} |"
        )
    out.append("")
    msg_doc = _doc_paragraphs(Msg)
    if msg_doc:
        out += [" ".join(msg_doc), ""]
    for m in sorted(lays):
        out += _message(m, lays[m], meanings[m])
    out += ["## Enums", ""]
    for enum in ENUMS:
        users = []
        for m in sorted(lays):
            lay = lays[m]
            users += [f"{m.name}.{f.name}" for f in lay.fields if f.meta.enum is enum]
            users += [f"{m.name}.{lay.tail_name}[].{f.name}" for f in lay.items if f.meta.enum is enum]
        out += _enum(enum, users)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    return generated.main(__doc__, TARGET, render, GENERATOR, argv)


if __name__ == "__main__":
    sys.exit(main())
