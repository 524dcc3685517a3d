"""`orbitrig bench`: link and codec figures from emulated boards, as one JSON object.

Every comparison is measured side by side in the same run: the firmware board and the
bare echo board run at the same time and are sampled in alternating rounds, so a load
spike on this machine hits both sides alike.
"""

from __future__ import annotations

import contextlib
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import serial

from orbitrig.protocol import PROTOCOL_VERSION, codec, framing
from orbitrig.protocol.messages import Msg

from .boardbench import crc_cost, firmware_frame_cost, heap_after_boot_compiled, jitter, tick_cost
from .emulator import Emulator
from .firmware import install_sources
from .link import Link
from .rig import Rig

# The board side of the link's own floor: the same HAL link, echoing whatever arrives.
ECHO_MAIN = """\
# main.py for the bare-echo board: the link's floor, no protocol work
import hal_sim
hal = hal_sim.Hal()
hal.link_open()
buf = bytearray(256)
while True:
    n = hal.link_read(buf)
    if n:
        hal.link_write(buf, n)
    else:
        hal.link_wait(1000)
"""

ROUNDS = 20


def _stats(us: list[float]) -> dict[str, float | int]:
    s = sorted(us)
    return {
        "median": round(statistics.median(s), 1),
        "p99": round(s[min(len(s) - 1, int(len(s) * 0.99))], 1),
        "min": round(s[0], 1),
        "n": len(s),
    }


@contextlib.contextmanager
def _board(main_py: str | None, heap: str) -> Iterator[str]:
    with _emulator(main_py, heap) as emu:
        yield emu.port


@contextlib.contextmanager
def _emulator(main_py: str | None, heap: str) -> Iterator[Emulator]:
    emu = Emulator(heap=heap)
    try:
        if main_py is None:
            install_sources(Path(emu.flash_dir))
        else:
            hal = Path(emu.flash_dir)
            install_sources(hal)
            (hal / "main.py").write_text(main_py)
        emu.start(wait_link=True)
        yield emu
    finally:
        emu.stop()


def _echo_rtt(port: serial.SerialBase, frame: bytes) -> float:
    n = len(frame)
    t0 = time.perf_counter()
    port.write(frame)
    got = 0
    while got < n:
        got += len(port.read(n - got))
    return (time.perf_counter() - t0) * 1e6


def _interleaved(
    a: Callable[[], float], b: Callable[[], float], total: int
) -> tuple[list[float], list[float]]:
    per = max(1, total // ROUNDS)
    xs: list[float] = []
    ys: list[float] = []
    while len(xs) < total:
        xs += [a() for _ in range(per)]
        ys += [b() for _ in range(per)]
    return xs, ys


def telemetry_decode_rate(frames: int = 50_000) -> float:
    """Frames per second through the host's receive path (packetizer + codec + routing)."""
    one = []
    for i in range(64):
        axes = [
            {"pos": (i * 977 + k * 31337) % 340000 - 170000, "vel": (i * 13 - k * 7) * 100} for k in range(5)
        ]
        payload = codec.encode(
            Msg.TELEMETRY, {"t_us": i * 5000, "tseq": i, "state": 3, "flags": 0, "ev_next": 0, "axes": axes}
        )
        one.append(framing.wire(PROTOCOL_VERSION, i & 15, Msg.TELEMETRY, payload))
    blob = b"".join(one)
    reps = max(1, frames // len(one))
    link = Link(serial.serial_for_url("loop://", do_not_open=True), "loop://")
    t0 = time.perf_counter()
    for _ in range(reps):
        link._feed(blob)
    dt = time.perf_counter() - t0
    assert link.stats.telemetry == reps * len(one)
    return reps * len(one) / dt


def command_rates(rig: Rig, n: int) -> dict[str, float]:
    """Commands per second with the window kept full, beside one at a time."""
    link = rig.link
    t0 = time.perf_counter()
    for i in range(n // 4):
        link.request(Msg.PING, {"token": i})
    sequential = (n // 4) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    pending = [link.submit(Msg.PING, {"token": i}) for i in range(n)]
    for p in pending:
        link.result(p)
    pipelined = n / (time.perf_counter() - t0)
    assert all(p.reply is not None and p.reply.fields["token"] == i for i, p in enumerate(pending))
    return {"pipelined": pipelined, "sequential": sequential, "window": link.window}


def telemetry_frame_figures(rig: Rig) -> dict[str, float]:
    """Wire bytes vs payload bytes of a real TELEMETRY frame from the board."""
    rig.set_telemetry(50)
    rig.drain()
    rig.telemetry(timeout=2.0)
    frame = rig.link.telemetry[0] if rig.link.telemetry else None
    while frame is None:
        rig.link.pump(0.1)
        frame = rig.link.telemetry[0] if rig.link.telemetry else None
    rig.set_telemetry(0)
    payload = len(codec.encode(Msg.TELEMETRY, frame.fields))
    return {
        "overhead": frame.wire_len - payload,
        "efficiency": payload / frame.wire_len,
        "wire": frame.wire_len,
    }


def safety_figures(heap: str = "256K", rounds: int = 10) -> dict[str, Any]:
    """ESTOP latency (frame received -> outputs safe) and link-loss stop time (last frame ->
    axes still), both read from the simulated HAL's trace of an emulated board."""
    from .trace import AXIS_SAMPLE, FRAME_IN, OUTPUTS, read_trace

    estop_ms: list[float] = []
    with _emulator(None, heap) as emu, Rig.connect(emu.port, timeout=2.0, log=False) as rig:
        pan = rig.axis("pan").index
        for k in range(rounds):
            rig.arm()
            rig.move_to({"pan": 60.0 if k % 2 else -60.0}, duration=2.0)
            rig.sleep(0.3)
            start = emu.trace_path.stat().st_size
            rig.estop()
            recs = read_trace(emu.trace_path, start)
            rx = next(r for r in recs if r.kind == FRAME_IN and r.index == Msg.ESTOP)
            cut = next(r for r in recs if r.kind == OUTPUTS and r.a == 0)
            estop_ms.append(((cut.t_us - rx.t_us) % (1 << 30)) / 1000)
            rig.clear()
        rig.arm()
        rig.move_to({"pan": 80.0}, duration=3.0)
        rig.sleep(0.5)
        start = emu.trace_path.stat().st_size
        rig.link.keepalive = 0  # the host goes quiet mid-move
        time.sleep(1.5)
        rig.link.keepalive = 0.1
        state = rig.status().state
        recs = read_trace(emu.trace_path, start)
    # the silence is the longest gap between received frames; the axis is still once its
    # command stops changing
    rx = [r.t_us for r in recs if r.kind == FRAME_IN]
    gaps = [((b - a) % (1 << 30), a) for a, b in zip(rx, rx[1:], strict=False)]
    t_quiet = max(gaps)[1] if gaps else recs[0].t_us
    t_still = t_quiet
    prev = None
    for r in recs:
        if r.kind == AXIS_SAMPLE and r.index == pan:
            if prev is not None and r.a != prev and (r.t_us - t_quiet) % (1 << 30) < (1 << 29):
                t_still = r.t_us
            prev = r.a
    estop_ms.sort()
    return {
        "estop_latency_ms": {
            "median": round(estop_ms[len(estop_ms) // 2], 3),
            "max": round(estop_ms[-1], 3),
            "n": len(estop_ms),
            "target_max": 5.0,
        },
        "link_loss_stop_ms": round(((t_still - t_quiet) % (1 << 30)) / 1000, 1),
        "link_loss_state": state,
    }


def run_bench(pings: int = 2000, heap: str = "256K") -> dict[str, Any]:
    out: dict[str, Any] = {
        "version": 1,
        "machine_note": "emulated boards; MicroPython unix port behind a pty",
    }
    ping_frame = framing.wire(PROTOCOL_VERSION, 1, Msg.PING, codec.encode(Msg.PING, {"token": 1}))
    with _board(None, heap) as fw_port, _board(ECHO_MAIN, heap) as echo_port:
        rig = Rig.connect(fw_port, timeout=2.0)
        echo = serial.Serial(echo_port, timeout=2.0)
        try:
            for i in range(100):  # warm up both paths
                rig.ping(i)
                _echo_rtt(echo, ping_frame)
            counter = iter(range(1, 10**9))
            ping_us, echo_us = _interleaved(
                lambda: rig.ping(next(counter))[0] * 1e6, lambda: _echo_rtt(echo, ping_frame), pings
            )
            rates = command_rates(rig, 4000)
            tel = telemetry_frame_figures(rig)
        finally:
            echo.close()
            rig.close()
    out["ping_rtt_us"] = _stats(ping_us)
    out["bare_echo_rtt_us"] = _stats(echo_us)
    out["ping_over_echo_median"] = round(out["ping_rtt_us"]["median"] / out["bare_echo_rtt_us"]["median"], 3)
    out["ping_over_echo_target"] = 2.0
    out["telemetry_decode_per_s"] = round(telemetry_decode_rate())
    out["pipelined_cmds_per_s"] = round(rates["pipelined"])
    out["sequential_cmds_per_s"] = round(rates["sequential"])
    out["window"] = rates["window"]
    out["frame_overhead_bytes"] = tel["overhead"]
    out["frame_overhead_target"] = 6
    out["link_efficiency"] = round(tel["efficiency"], 3)
    out["firmware_frame_cost_us"] = firmware_frame_cost()
    out["firmware_crc"] = crc_cost()
    try:
        from .sessionlog import bench_log_decode
    except ImportError:
        out["log_decode_frames_per_s"] = None
    else:
        log = bench_log_decode()
        out["log_decode_frames_per_s"] = round(log["log_decode_frames_per_s"])
        out["construct_parse_frames_per_s"] = round(log["construct_parse_frames_per_s"])
        out["log_decode_over_construct"] = round(log["ratio"], 1)
        out["log_decode_targets"] = {"frames_per_s": 2_000_000, "over_construct": 50}
        out["log_decode_detail"] = {k: v for k, v in log.items() if k not in ("ratio",) and "per_s" not in k}
    tick = tick_cost()
    out["tick_cost_us"] = {"median": tick["median"], "p99": tick["p99"], "ticks": tick["ticks"]}
    out["alloc_per_tick_bytes"] = tick["alloc_per_tick"]
    out["alloc_per_tick_target"] = 0
    jit = jitter()
    out["tick_jitter_us"] = {"p99": jit["fw_p99"], "median": jit["fw_median"], "ticks": jit["ticks"]}
    out["bare_loop_jitter_us"] = {"p99": jit["bare_p99"], "median": jit["bare_median"]}
    out["tick_jitter_over_bare_p99"] = round(jit["fw_p99"] / max(1, jit["bare_p99"]), 3)
    out["tick_jitter_target"] = 1.5
    out["heap_after_boot_bytes"] = heap_after_boot_compiled()
    out["heap_after_boot_target"] = 32 * 1024
    out.update(safety_figures(heap))
    out.update(flash_bench())
    from .shots.bench import run_shot_bench

    out.update(run_shot_bench())
    try:
        from .server.bench import server_figures
    except ImportError:  # `orbitrig serve` is an extra: without aiohttp there is no server to measure
        out["server_stop_ms"] = None
    else:
        out.update(server_figures())
    from .boards.mcu_bench import mcu_figures

    out["mcu"] = mcu_figures()  # the emulated microcontroller beside the unix-port board
    return out


def flash_bench() -> dict[str, Any]:
    """Flashing: a full flash to a blank emulated board, one changed file, and `mpremote cp -r`
    of the same compiled files to the same kind of board, timed in the same run (host/flash.py)."""
    from .flash import measure_flash

    return measure_flash()
