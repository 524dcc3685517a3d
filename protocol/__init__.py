"""orbitrig.protocol: the wire format, defined once with construct.

Modules:
    crc        CRC-16/IBM-3740, the frame check (catalogue name, check value)
    framing    COBS + 0x00 delimiter, frame header, the resyncing packetizer
    messages   message ids (one IntEnum) and one construct Struct per payload
    layout     flat struct layouts derived from the construct tables
    codec      fast host encoder/decoder built from those layouts
    schema     protocol version and schema hash
    codegen    writes the firmware codec (firmware/orbitfw/wire.py)
"""

from .messages import ERRORS, PAYLOADS, ErrorCode, Msg
from .schema import PROTOCOL_VERSION, SCHEMA_HASH

__all__ = ["ERRORS", "PAYLOADS", "PROTOCOL_VERSION", "SCHEMA_HASH", "ErrorCode", "Msg"]
