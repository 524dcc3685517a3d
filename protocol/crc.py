"""CRC-16/IBM-3740, the frame check sequence.

Catalogue entry (Greg Cook's CRC catalogue): CRC-16/IBM-3740, also known as
CRC-16/CCITT-FALSE: width=16 poly=0x1021 init=0xffff refin=false refout=false
xorout=0x0000 check=0x29b1 (the CRC of b"123456789").

A 16-bit CRC keeps the frame overhead at 6 bytes (COBS code + delimiter + header 2 +
CRC 2). It detects every 1-, 2- and 3-bit error and every burst of up to 16 bits in frames
up to 4,095 bytes (Hamming distance 4). The host computes it with the C builtin
``binascii.crc_hqx``; the firmware uses a 512-byte table driven by a viper function.
"""

from __future__ import annotations

import binascii

NAME = "CRC-16/IBM-3740"
POLY = 0x1021
INIT = 0xFFFF
CHECK = 0x29B1


def crc16(data: bytes | bytearray | memoryview) -> int:
    """CRC-16/IBM-3740 of ``data``.

    >>> hex(crc16(b"123456789"))
    '0x29b1'
    """
    return binascii.crc_hqx(data, INIT)


def table() -> list[int]:
    """The 256-entry MSB-first lookup table, as the firmware carries it."""
    out = []
    for byte in range(256):
        c = byte << 8
        for _ in range(8):
            c = ((c << 1) ^ POLY) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
        out.append(c)
    return out
