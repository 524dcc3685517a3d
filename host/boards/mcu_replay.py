"""Deterministic runs of the MCU board: a command script on QEMU's instruction-count clock, and its trace.

Serial input reaches an emulated board on host timing, so no interactive session repeats
exactly. A replay does: the host writes the command sequence, each frame with the board time
it is due, into ``replay.bin`` on the flash and holds the replay strap; the board's HAL feeds
each frame to the firmware when its clock reaches it (firmware/hal_mcu.py), and QEMU runs with
``-icount shift=N,sleep=off``, where the board's clock counts its own instructions. The run is
then a function of the image and the script, and two runs trace the same bytes:

    >>> steps = [Step(0, Msg.ARM), Step(100, Msg.MOVE_TO, {"duration_ms": 500,
    ...          "speed_permille": 1000, "targets": [{"axis": 0, "pos": 30000}]})]
    >>> replay(steps) == replay(steps)            # doctest: +SKIP
    True
"""

from __future__ import annotations

import struct
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orbitrig.protocol import PROTOCOL_VERSION, codec, framing
from orbitrig.protocol.messages import UNSEQUENCED, Msg

from . import mcu_flash
from .emulator import EmulatorError
from .mcu import DEFAULT_ICOUNT_SHIFT, McuEmulator
from .trace import FRAME_IN, RECORD, TraceRecord, read_trace

REPLAY_FILE = "replay.bin"
STRAP_REPLAY = 2  # firmware/ports/qemu/board.h BOARD_STRAP_REPLAY
RECORD_HEAD = struct.Struct("<IH")  # us after the link opened, frame length
MAX_FRAME = 200  # the firmware reads the link in chunks of at least this
KEEPALIVE_MS = 100  # PINGs between the steps, so the link watchdog sees a live host
QUIET_S = 1.0  # the trace has stopped growing for this long: the run is over


@dataclass(frozen=True)
class Step:
    """One command of a script: sent ``at_ms`` after the board opened its link."""

    at_ms: int
    msg: Msg
    fields: Mapping[str, Any] = field(default_factory=dict)


def script(steps: Sequence[Step], keepalive_ms: int = KEEPALIVE_MS) -> tuple[bytes, tuple[int, int]]:
    """The replay file's bytes for ``steps`` (PINGs added between them), and the (msg, seq) of
    the last frame, whose arrival in the trace tells that the script has been read."""
    timed: list[tuple[int, Msg, Mapping[str, Any]]] = [(s.at_ms, s.msg, s.fields) for s in steps]
    end = max((s.at_ms for s in steps), default=0)
    timed += [(t, Msg.PING, {"token": t}) for t in range(keepalive_ms, end, keepalive_ms)]
    timed.sort(key=lambda x: x[0])  # stable: a step keeps its place before a PING at the same time
    out = bytearray()
    seq = 0
    last = (0, 0)
    for at_ms, msg, fields in timed:
        this = 0 if msg in UNSEQUENCED else seq
        frame = framing.wire(PROTOCOL_VERSION, this, msg, codec.encode(msg, dict(fields)))
        if len(frame) > MAX_FRAME:
            raise ValueError(f"{msg.name} at {at_ms} ms is {len(frame)} bytes on the wire, over {MAX_FRAME}")
        out += RECORD_HEAD.pack(at_ms * 1000, len(frame)) + frame
        last = (int(msg), this)
        if msg not in UNSEQUENCED:
            seq = (seq + 1) & 0x0F
    return bytes(out), last


def replay(steps: Sequence[Step], *, icount: int = DEFAULT_ICOUNT_SHIFT, timeout: float = 120.0) -> bytes:
    """Run ``steps`` on a new MCU board (fresh flash) and return its whole trace."""
    data, (last_msg, last_seq) = script(steps)
    with tempfile.TemporaryDirectory(prefix="orbitrig-replay-") as tmp:
        seed = Path(tmp) / "seed"
        seed.mkdir()
        (seed / REPLAY_FILE).write_bytes(data)
        home = Path(tmp) / "flash"
        home.mkdir()
        mcu_flash.make_image(home / "flash.img", seed=seed, straps=STRAP_REPLAY)
        with McuEmulator(home, deterministic=icount) as mcu:
            mcu.start()
            deadline = time.monotonic() + timeout
            seen = False
            size, since = -1, time.monotonic()
            while True:
                now = time.monotonic()
                if now > deadline:
                    raise EmulatorError(f"the replay did not finish within {timeout:g} s")
                recs = read_trace(mcu.trace_path) if not seen else []
                seen = seen or any(
                    r.kind == FRAME_IN and (r.index, r.a) == (last_msg, last_seq) for r in recs
                )
                cur = mcu.trace_path.stat().st_size if mcu.trace_path.exists() else 0
                if cur != size:
                    size, since = cur, now
                elif seen and now - since >= QUIET_S:
                    return mcu.trace_path.read_bytes()
                time.sleep(0.05)


def normalized(trace: bytes) -> list[tuple[int, int, int, int]]:
    """The trace without its times: what the rig did, in order, however long the firmware took
    to do it (a faster or slower build shifts every time, not what happens)."""
    n = len(trace) // RECORD.size
    recs = [TraceRecord(*RECORD.unpack_from(trace, i * RECORD.size)) for i in range(n)]
    return [(r.kind, r.index, r.a, r.b) for r in recs]
