"""Protocol version and schema hash.

PROTOCOL_VERSION changes when the frame format changes; it travels in every frame's high
nibble. SCHEMA_HASH is a digest of the message table (ids, field names, wire types, enum
values), so any change to a message changes it. HELLO/IDENTIFY carry both, and peers whose
hashes differ refuse to talk.
"""

from __future__ import annotations

import hashlib

from .layout import layouts
from .messages import ENUMS

PROTOCOL_VERSION = 1


def canonical() -> str:
    """The text the schema hash is computed over: one line per field, stable order."""
    lines = [f"version {PROTOCOL_VERSION}", "frame cobs+ver4seq4+msg8+crc16-ibm-3740-le"]
    for msg, lay in sorted(layouts().items()):
        lines.append(f"msg {int(msg):#04x} {msg.name}")
        for f in lay.fields:
            lines.append(f"  {f.name} {f.code}")
        if lay.tail_kind == "string":
            lines.append(f"  {lay.tail_name} pascal-utf8")
        elif lay.tail_kind == "array":
            lines.append(f"  {lay.tail_name} array[u8]")
            for f in lay.items:
                lines.append(f"    {f.name} {f.code}")
    for enum in ENUMS:
        for member in enum:
            lines.append(f"enum {enum.__name__}.{member.name} {int(member)}")
    return "\n".join(lines) + "\n"


SCHEMA_HASH = int.from_bytes(hashlib.sha256(canonical().encode()).digest()[:4], "little")
