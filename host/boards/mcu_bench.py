"""`orbitrig bench` figures of the MCU board (QEMU Cortex-M3), each with its statistic and its clock.

``mcu_figures()`` returns the ``mcu`` object of the bench's JSON:

- ``heap_after_boot_bytes``: ``gc.mem_alloc()`` on the board as it runs (frozen firmware, link
  open, loop running, 2 s after boot), minus what was allocated before the firmware's first
  import; one reading, after ``gc.collect()``. Target 24 KiB (docs/memory.md).
- ``ping_rtt_us`` beside ``bare_echo_rtt_us``: median, p99, min of PING/PONG round trips to the
  firmware and of a PING frame echoed by a bare loop on a second MCU board (the HAL's link, no
  protocol), in alternating rounds, both timed by ``bench.rtt.round_trip_us``. Host clock: from
  writing the frame's bytes (encoded before) to the last byte of the reply read (decoded after).
  Target: ratio of medians <= 1.5. Beside them ``ping_rtt_via_link_us``: ``Rig.ping()``, through
  the host's Link (encode, write, read, decode), in the same rounds.
- ``tick_jitter_us``: median and p99 of how late each control tick starts after its deadline,
  over 1,000 ticks, read on the board's own clock (ticks_us) by a probe in the HAL's tick.
- ``boot_s``: median of 3 power-ons, from the host's power-cycle request (QEMU killed and
  started) to the firmware's answer to HELLO; host clock.
- ``build_s``: one from-scratch build (mpy-cross, then the image) into a temporary dir; host
  clock around make.
- ``idle_cpu_percent``: QEMU's CPU time (user + system) over 10 s while the firmware idles with
  no host attached, as a percentage of one host core. Target <= 10.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import serial

from orbitrig.protocol import PROTOCOL_VERSION, codec, framing
from orbitrig.protocol.messages import Msg

from ..bench import rtt
from ..rig import Rig
from .mcu import McuEmulator
from .mcu_build import install_hint, missing_tools, timed_clean_build

ROUNDS = 20
IDLE_S = 10.0
PROBE_TICKS = 1000
HEAP_TARGET = 24 * 1024

# The bare-echo board: the HAL's link, echoing what arrives (the link's floor, no protocol). It
# waits as the firmware's loop does (link_wait_us: woken by a whole frame).
ECHO_MAIN = """\
import hal_mcu
hal = hal_mcu.Hal()
hal.link_open()
buf = bytearray(256)
while True:
    n = hal.link_read(buf)
    if n:
        hal.link_write(buf, n)
    else:
        hal.link_wait_us(1000000)
"""

# The firmware as loop.run() runs it (link open, Board, its loop), with a probe around the
# board's tick: how late each tick starts after its deadline on the board's clock, then the
# heap in use once the loop has run PROBE_TICKS ticks; written to bench.txt. The probe's own
# buffer is allocated before the baseline, so it is not counted.
PROBE_MAIN = """\
import gc
import time

_late = [0] * PROBE_TICKS
gc.collect()
_base = gc.mem_alloc()
import hal_mcu
from orbitfw import loop

hal = hal_mcu.Hal()
hal.link_open()
board = loop.Board(hal)
_tick = board.tick
_n = [0]


def _timed(t):
    late = (time.ticks_us() - t) & 0x3FFFFFFF
    _tick(t)
    n = _n[0]
    if n < PROBE_TICKS:
        _late[n] = late
        _n[0] = n + 1
    elif n == PROBE_TICKS:
        _n[0] = n + 1
        gc.collect()
        heap = gc.mem_alloc()
        with open("bench.txt", "w") as f:
            f.write("%d %d " % (_base, heap) + " ".join(str(x) for x in _late))


board.tick = _timed
board.run()
""".replace("PROBE_TICKS", str(PROBE_TICKS))


def _stats(us: list[float]) -> dict[str, float | int]:
    s = sorted(us)
    return {
        "median": round(statistics.median(s), 1),
        "p99": round(s[min(len(s) - 1, int(len(s) * 0.99))], 1),
        "min": round(s[0], 1),
        "n": len(s),
    }


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100.0  # utime, stime in clock ticks (USER_HZ)


def link_figures(pings: int = 400) -> dict[str, Any]:
    """PING round trips beside the bare echo, the boot time and the idle CPU share."""
    frame = framing.wire(PROTOCOL_VERSION, 1, Msg.PING, codec.encode(Msg.PING, {"token": 1}))
    fw, echo_board = McuEmulator(), McuEmulator()
    try:
        (echo_board.flash_view / "main.py").write_text(ECHO_MAIN)
        fw_port = fw.start(wait_link=True)
        echo_port = echo_board.start()
        # idle: the firmware's loop with nobody attached, QEMU's CPU time over IDLE_S
        pid = fw.stats()["qemu_pid"]
        c0, t0 = _cpu_seconds(pid), time.monotonic()
        time.sleep(IDLE_S)
        idle = (_cpu_seconds(pid) - c0) / (time.monotonic() - t0) * 100
        ping_us: list[float] = []
        echo_us: list[float] = []
        link_us: list[float] = []
        with (
            Rig.connect(fw_port, timeout=2.0, log=False) as rig,
            serial.Serial(echo_port, timeout=2.0) as echo,
        ):
            fd, echo_fd = rtt.board_fd(rig), rtt.serial_fd(echo)
            token = 0

            def raw_ping() -> float:
                nonlocal token
                token += 1
                return rtt.ping_us(rig, fd, token)

            def via_link() -> float:
                nonlocal token
                token += 1
                return rig.ping(token)[0] * 1e6

            with rtt.quiet_link(rig):
                for _ in range(20):  # warm up every path
                    raw_ping()
                    via_link()
                    rtt.round_trip_us(echo_fd, frame, len(frame))
                per = max(1, pings // ROUNDS)
                while len(ping_us) < pings:
                    ping_us += [raw_ping() for _ in range(per)]
                    echo_us += [rtt.round_trip_us(echo_fd, frame, len(frame))[0] for _ in range(per)]
                    link_us += [via_link() for _ in range(per)]
        boots = []
        for _ in range(3):
            t0 = time.monotonic()
            fw.power_cycle()
            fw.wait_link()
            boots.append(time.monotonic() - t0)
    finally:
        fw.stop()
        echo_board.stop()
    ping, bare = _stats(ping_us), _stats(echo_us)
    return {
        "ping_rtt_us": ping,
        "bare_echo_rtt_us": bare,
        "ping_over_echo_median": round(ping["median"] / bare["median"], 3),
        "ping_over_echo_target": 1.5,
        "ping_rtt_clock": "host perf_counter: frame written (encoded before) to the reply's last byte read",
        "ping_rtt_via_link_us": _stats(link_us) | {"clock": "host: Rig.ping(), encode to PONG decoded"},
        "boot_s": {"median": round(statistics.median(boots), 3), "runs": len(boots)},
        "idle_cpu_percent": round(idle, 1),
        "idle_cpu_target": 10,
    }


def probe_figures(timeout: float = 60.0) -> dict[str, Any]:
    """Heap in use with the loop running, and tick lateness, from the probe main.py."""
    mcu = McuEmulator()
    try:
        (mcu.flash_view / "main.py").write_text(PROBE_MAIN)
        mcu.start()
        deadline = time.monotonic() + timeout
        while True:
            text = (mcu.flash_view / "bench.txt").read_text() if _has(mcu, "bench.txt") else ""
            if text:
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"the MCU probe wrote nothing within {timeout:g} s")
            time.sleep(1.0)
    finally:
        mcu.stop()
    parts = [int(x) for x in text.split()]
    base, heap, late = parts[0], parts[1], parts[2:]
    return {
        "heap_after_boot_bytes": heap - base,
        "heap_after_boot_target": HEAP_TARGET,
        "tick_jitter_us": {"median": statistics.median(late), "p99": sorted(late)[len(late) * 99 // 100]}
        | {"ticks": len(late)},
    }


def _has(mcu: McuEmulator, name: str) -> bool:
    return (mcu.flash_view / name).exists()


def mcu_figures() -> dict[str, Any]:
    """The ``mcu`` object of `orbitrig bench`; ``{"skipped": why}`` without the MCU toolchain."""
    missing = missing_tools()
    if missing:
        return {"skipped": f"needs {', '.join(missing)}: {install_hint()}"}
    out: dict[str, Any] = {"board": "QEMU mps2-an385, Cortex-M3, MicroPython 1.28, firmware frozen in"}
    out.update(probe_figures())
    out.update(link_figures())
    with tempfile.TemporaryDirectory(prefix="orbitrig-mcu-build-") as tmp:
        out["build_s"] = round(timed_clean_build(Path(tmp)), 1)
    return out
