"""Reader for the simulated HAL's trace (firmware/hal_sim.py documents the format)."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

RECORD = struct.Struct("<BBIii")

AXIS_SAMPLE = 1
TRIGGER_EDGE = 2
OUTPUTS = 3
STATE = 4
BOOT = 5
FRAME_IN = 6
AXIS_OUTPUT = 7  # a = 1 driven, 0 released, 2 held
CAMERA_SYNC = 8  # the simulated camera's flash-sync pulse: a = its shutter edge's time


@dataclass(frozen=True, slots=True)
class TraceRecord:
    kind: int
    index: int
    t_us: int
    a: int
    b: int


def read_trace(path: Path, start: int = 0) -> list[TraceRecord]:
    """Records from byte offset ``start`` on; a torn last record is ignored. ``start`` is
    usually the file's size taken earlier, which may fall inside a record the board was still
    writing: reading starts at the next record boundary, so the records never come misaligned."""
    start += -start % RECORD.size
    try:
        data = Path(path).read_bytes()[start:]
    except FileNotFoundError:
        return []
    n = len(data) // RECORD.size
    return [TraceRecord(*RECORD.unpack_from(data, i * RECORD.size)) for i in range(n)]
