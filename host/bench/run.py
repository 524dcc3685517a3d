"""`orbitrig bench`: link and codec figures from emulated boards, as one JSON object.

Every comparison is measured side by side in the same run: the firmware board and the
bare echo board run at the same time and are sampled in alternating rounds, so a load
spike on this machine hits both sides alike.
"""

from __future__ import annotations

import contextlib
import json
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import serial

from orbitrig.protocol import PROTOCOL_VERSION, codec, framing
from orbitrig.protocol.messages import EventKind, Msg

from ..boards.emulator import Emulator
from ..deploy.firmware import install_build, install_sources
from ..link import Link
from ..rig import Rig
from . import rtt
from .board import BenchError, crc_cost, firmware_frame_cost, tick_cost

MASK = (1 << 30) - 1  # board time: microseconds mod 2**30

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


def _interleaved(*fns: Callable[[], float], total: int) -> list[list[float]]:
    # each in turn, ROUNDS rounds of total // ROUNDS samples: a load spike hits them alike
    per = max(1, total // ROUNDS)
    out: list[list[float]] = [[] for _ in fns]
    while len(out[0]) < total:
        for f, xs in zip(fns, out, strict=True):
            xs += [f() for _ in range(per)]
    return out


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


def host_us() -> int:
    """The host's CLOCK_MONOTONIC in board-time form. The emulated board's ticks_us() reads the
    same clock, so a latency can start on the host and end in the board's trace."""
    return (time.monotonic_ns() // 1000) & MASK


def _after(a: int, b: int) -> int:
    """Microseconds from board time a to board time b (b not more than ~9 minutes after a)."""
    return (b - a) & MASK


def clock_shared(rig: Rig, tries: int = 20) -> bool:
    """Is the board's clock the host's? A PONG's time then lies within its round trip (on
    the unix-port board it does; the MCU board's clock is QEMU's, a real board's its own)."""
    for i in range(tries):
        t0 = host_us()
        _, t_board = rig.ping(0xC1C0 + i)
        t1 = host_us()
        if _after(t0, t_board) <= _after(t0, t1):
            return True
    return False


def check_shared_clock(rig: Rig) -> None:
    """BenchError unless the board's clock is the host's (see clock_shared)."""
    if not clock_shared(rig):
        raise BenchError(
            "the board's ticks_us() is not the host's monotonic clock: latencies cannot start on the host"
        )


def _in_flight(rig: Rig, n: int = 3) -> list[Any]:
    """Commands left unanswered on the wire (the traffic an ESTOP must not wait behind)."""
    return [
        rig.link.submit(Msg.GET_STATUS if k % 2 else Msg.PING, None if k % 2 else {"token": k})
        for k in range(n)
    ]


def safety_figures(heap: str = "256K", rounds: int = 10) -> dict[str, Any]:
    """ESTOP latency: from the host writing the frame's last byte to the outputs cut in the
    emulated board's trace (one clock), with 50 Hz telemetry on and commands in flight.
    Link-loss stop: from the host's last byte before it goes quiet to the simulated pan axis
    (its modelled position, not its command) standing still."""
    from ..boards.trace import AXIS_SAMPLE, OUTPUTS, read_trace

    estop_ms: list[float] = []
    with _emulator(None, heap) as emu, Rig.connect(emu.port, timeout=2.0, log=False) as rig:
        link = rig.link
        check_shared_clock(rig)
        pan = rig.axis("pan").index
        rig.set_telemetry(50)
        for k in range(rounds):
            rig.arm()
            rig.move_to({"pan": 60.0 if k % 2 else -60.0}, duration=2.0)
            rig.sleep(0.3)
            start = emu.trace_path.stat().st_size
            flying = _in_flight(rig)
            seq = link.next_seq()
            frame = framing.wire(PROTOCOL_VERSION, seq, Msg.ESTOP, b"")
            # One write puts every byte of the frame in the port: the clock starts as it is
            # made (read after it returns, the board can already have acted: a 2-core machine)
            t_sent = host_us()
            link.write_raw(frame)
            link.wait_reply(seq, Msg.ESTOP, 2.0)
            for p in flying:
                link.result(p)
            rig.sleep(0.05)
            cut = next(r for r in read_trace(emu.trace_path, start) if r.kind == OUTPUTS and r.a == 0)
            estop_ms.append(_after(t_sent, cut.t_us) / 1000)
            rig.clear()
        rig.arm()
        rig.move_to({"pan": 80.0}, duration=3.0)
        rig.sleep(0.5)
        start = emu.trace_path.stat().st_size
        link.keepalive = 0  # the host goes quiet mid-move
        link.pump(0.05)  # (answers still on their way are read; nothing more is written)
        t_quiet = link._last_tx
        time.sleep(1.5)
        link.keepalive = 0.1
        state = rig.status().state
        rig.sleep(0.1)
        trip = [e for e in link.events if e.fields["kind"] == EventKind.LINK_LOSS]
        recs = read_trace(emu.trace_path, start)
    quiet_us = (int(t_quiet * 1e6)) & MASK
    # still: the modelled pan position's last change after the host went quiet
    moves = [r for r in recs if r.kind == AXIS_SAMPLE and r.index == pan]
    t_still = quiet_us
    for a, b in zip(moves, moves[1:], strict=False):
        if b.b != a.b and _after(quiet_us, b.t_us) < (1 << 29):
            t_still = b.t_us
    estop_ms.sort()
    return {
        "estop_latency_ms": {
            "median": round(statistics.median(estop_ms), 3),
            "max": round(estop_ms[-1], 3),
            "n": len(estop_ms),
            "target_max": 5.0,
            "clock": "host hands the ESTOP frame to the port (one write) -> outputs cut in the board's trace (one clock)",
            "load": "50 Hz telemetry, a move running, 3 commands in flight",
        },
        "link_loss_stop_ms": {
            "value": round(_after(quiet_us, t_still) / 1000, 1),
            "watchdog_ms": trip[0].fields["a"] if trip else None,
            "clock": "host's last byte before it goes quiet -> the simulated pan axis (modelled) still",
            "statistic": "one run, pan braking from 80 deg/3 s",
        },
        "link_loss_state": state,
    }


# main.py of the loaded bench board: the real launcher (main_real.py) under a probe on
# Board.tick, so the firmware runs as flashed (boot.py, the link open, its own loop). The
# probe takes the heap once the board has run HEAP_AT ticks, then times tick starts against
# their deadlines, in rounds: PER_ROUND ticks of the firmware loop, then PER_ROUND of a bare
# deadline loop (time.sleep_us to the deadline, nothing else) in the same process, while the
# host keeps the link busy. Results go to probe.json in the board's working directory.
PROBE_MAIN = """\
import gc
import json
import os
import time
from orbitfw import loop

_tick = loop.Board.tick
_M = 0x3FFFFFFF
_st = [0, 0, 0]  # ticks seen, firmware samples, rounds done
_out = {}
_late = None


def _bare(hal, n, out, off):
    nxt = time.ticks_add(time.ticks_us(), 5000)
    k = 0
    while k < n:
        rem = time.ticks_diff(nxt, time.ticks_us())
        if rem > 0:
            time.sleep_us(rem)
            continue
        out[off + k] = -rem
        k += 1
        hal.wdt_feed()
        nxt = time.ticks_add(nxt, 5000)


def _report():
    # written number by number: no list or string of them all on a heap the firmware is using
    with open("probe.tmp", "w") as f:
        f.write('{"heap_bytes": %d, "heap_free": %d' % (_out["heap_bytes"], _out["heap_free"]))
        for name, off in (("fw", 0), ("bare", PER_ROUND)):
            f.write(', "%s": [' % name)
            sep = ""
            for r in range(ROUNDS):
                base = r * 2 * PER_ROUND + off
                for k in range(PER_ROUND):
                    f.write("%s%d" % (sep, _late[base + k]))
                    sep = ","
            f.write("]")
        f.write("}")


def _probe(self, t):
    global _late
    now = time.ticks_us() & _M
    st = _st
    st[0] += 1
    if st[0] == HEAP_AT:
        gc.collect()
        _out["heap_bytes"] = gc.mem_alloc() - globals().get("ORBITRIG_HEAP_BASE", 0)
        _out["heap_free"] = gc.mem_free()
        _late = [0] * (2 * ROUNDS * PER_ROUND)
    elif _late is not None and st[2] < ROUNDS and st[0] > HEAP_AT + 10:
        _late[st[2] * 2 * PER_ROUND + st[1]] = (now - t) & _M
        st[1] += 1
        if st[1] == PER_ROUND:
            _bare(self.hal, PER_ROUND, _late, st[2] * 2 * PER_ROUND + PER_ROUND)
            st[1] = 0
            st[2] += 1
            st[0] = HEAP_AT + 1  # skip the tick right after the bare round (the loop catches up)
            if st[2] == ROUNDS:
                try:
                    _report()
                except Exception as e:  # the bench must never stop the firmware it measures
                    with open("probe.tmp", "w") as f:
                        f.write(json.dumps({"error": "%s: %s" % (type(e).__name__, e)}))
                os.rename("probe.tmp", "probe.json")  # whole, or not there: the host polls for it
    _tick(self, t)


loop.Board.tick = _probe
exec(open("main_real.py").read())
"""


def loaded_board_figures(rounds: int = 6, per_round: int = 250) -> dict[str, Any]:
    """Heap and tick jitter of a compiled build booted by boot.py on an emulated board, as it
    runs: link open, a move running, 50 Hz telemetry and a window kept full of commands."""
    emu = Emulator()
    try:
        flash = Path(emu.flash_dir)
        install_build(flash)
        (flash / "main.py").rename(flash / "main_real.py")
        (flash / "main.py").write_text(
            f"HEAP_AT = 400\nROUNDS = {rounds}\nPER_ROUND = {per_round}\n" + PROBE_MAIN
        )
        emu.start(wait_link=True)
        with Rig.connect(emu.port, timeout=2.0, log=False) as rig:
            link = rig.link
            rig.arm()
            rig.set_telemetry(50)
            rig.move_to({"pan": 90.0, "tilt": 40.0, "roll": -30.0}, duration=120.0)
            probe = flash / "probe.json"
            commands = 0
            t0 = time.monotonic()
            tel0 = link.stats.telemetry
            pending: list[Any] = []
            deadline = t0 + 60 + rounds * per_round * 0.02
            while not probe.exists():
                if time.monotonic() > deadline:
                    raise BenchError("loaded board bench: the board's probe did not report")
                while link._window_open():
                    pending.append(link.submit(Msg.PING, {"token": commands & 0xFFFF}))
                    commands += 1
                link.pump(0.01)
                pending = [p for p in pending if not p.done]
            seconds = time.monotonic() - t0
            telemetry = link.stats.telemetry - tel0
            rig.stop()
        out = json.loads(probe.read_text())
    finally:
        emu.stop()
    if "error" in out:
        raise BenchError(f"loaded board bench: the board's probe failed: {out['error']}")
    fw = sorted(out["fw"])
    bare = sorted(out["bare"])

    def pct(xs: list[int], q: float) -> int:
        return xs[min(len(xs) - 1, int(len(xs) * q))]

    return {
        "heap_running_bytes": out["heap_bytes"],
        "heap_running_note": (
            "gc.mem_alloc() after gc.collect(), 2 s after boot, less what the VM and the emulator's ROM held "
            "before boot.py: boot.py's build, link open, loop running, host connected"
        ),
        "tick_jitter_us": {"p99": pct(fw, 0.99), "median": pct(fw, 0.5), "ticks": len(fw)},
        "bare_loop_jitter_us": {"p99": pct(bare, 0.99), "median": pct(bare, 0.5), "ticks": len(bare)},
        "tick_jitter_over_bare_p99": round(pct(fw, 0.99) / max(1, pct(bare, 0.99)), 3),
        "tick_jitter_clock": "tick start - its deadline, on the board; bare loop: time.sleep_us to the deadline",
        "tick_jitter_load": (
            f"{round(commands / seconds)} commands/s pipelined (window {link.window}), "
            f"{round(telemetry / seconds)} telemetry frames/s, 3 axes moving; rounds of {per_round} ticks "
            "alternating with the bare loop in the same process"
        ),
    }


def log_decode_figures(n_frames: int = 30_000, runs: int = 3) -> dict[str, Any]:
    """The log decoder beside construct on the same work: every stored frame's payload decoded
    to fields (no CRC check on either side: a log holds frames whose CRC passed on receipt),
    the same synthetic log, each the median of ``runs`` runs."""
    import tempfile

    from orbitrig.protocol.messages import PAYLOADS

    from ..logs.session import IN, decode_all, read_log, write_synthetic

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.orblog"
        frames = write_synthetic(path, n_frames)
        framed = [fr for d, _, fr in frames if d <= IN]
        read_log(path)  # the page cache warm for both
        fast: list[float] = []
        slow: list[float] = []
        for _ in range(runs):
            t0 = time.perf_counter()
            decoded = decode_all(read_log(path))
            fast.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            for fr in framed:
                PAYLOADS[Msg(fr[1])].parse(fr[2:-2])
            slow.append(time.perf_counter() - t0)
    if decoded != len(framed):
        raise BenchError(f"log decode bench: {decoded} frames decoded, {len(framed)} in the log")
    f = len(framed) / statistics.median(fast)
    c = len(framed) / statistics.median(slow)
    return {
        "log_decode_frames_per_s": round(f),
        "construct_parse_frames_per_s": round(c),
        "log_decode_over_construct": round(f / c, 1),
        "log_decode_statistic": (
            f"median of {runs} runs each, the same {len(framed)}-frame log; both decode every payload, neither checks CRCs"
        ),
    }


def homing_figures(rounds: int = 6) -> dict[str, Any]:
    """Homing repeatability on the emulated board: the slider homed from different places;
    each homing after the first finds the switch where the one before put the count's zero.
    The spread of those positions (the trace's command at the tick the switch was found, in
    the previous homing's count) is how far apart two homes can be."""
    from ..boards.trace import AXIS_SAMPLE, read_trace

    trips: list[int] = []
    with _emulator(None, "256K") as emu, Rig.connect(emu.port, timeout=2.0, log=False) as rig:
        slider = rig.axis("slider").index
        rig.arm()
        for k in range(rounds + 1):
            if k:
                rig.wait_motion(
                    rig.move_to({"slider": [300.0, 40.0, 7.5, 600.0, 120.0, 2.0][k % 6]}), timeout=60
                )
            start = emu.trace_path.stat().st_size
            if rig.wait_motion(rig.home(["slider"]), timeout=120) != "COMPLETE":
                raise BenchError("homing bench: homing did not complete")
            rig.sleep(0.05)
            recs = [
                r for r in read_trace(emu.trace_path, start) if r.kind == AXIS_SAMPLE and r.index == slider
            ]
            # the count is 0 from the tick the switch was found on: the sample before that run
            last = max(i for i, r in enumerate(recs) if r.a != 0)
            if k:
                trips.append(recs[last].a)
        rig.disarm()
    return {
        "homing_repeatability_um": {
            "spread": max(trips) - min(trips),
            "found_at": trips,
            "homings": len(trips),
            "note": "slider, emulated: where each homing found the switch in the count of the one before (0.001 mm)",
        }
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
            fd, echo_fd = rtt.board_fd(rig), rtt.serial_fd(echo)
            counter = iter(range(1, 10**9))

            def raw_ping() -> float:
                return rtt.ping_us(rig, fd, next(counter))

            def echo_rtt() -> float:
                return rtt.round_trip_us(echo_fd, ping_frame, len(ping_frame))[0]

            def via_link() -> float:
                return rig.ping(next(counter))[0] * 1e6

            with rtt.quiet_link(rig):
                for _ in range(100):  # warm up every path
                    raw_ping()
                    echo_rtt()
                    via_link()
                ping_us, echo_us, link_us = _interleaved(raw_ping, echo_rtt, via_link, total=pings)
            rates = command_rates(rig, 4000)
            tel = telemetry_frame_figures(rig)
        finally:
            echo.close()
            rig.close()
    out["ping_rtt_us"] = _stats(ping_us)
    out["bare_echo_rtt_us"] = _stats(echo_us)
    out["ping_rtt_clock"] = (
        "host perf_counter from writing a PING's bytes (encoded before) to the PONG's last byte read "
        f"(decoded after), beside the same bytes echoed by a bare board, {pings} of each in alternating "
        "rounds, both through bench.rtt.round_trip_us; keys name the statistic"
    )
    out["ping_rtt_via_link_us"] = _stats(link_us) | {
        "clock": "host: Rig.ping() through the host's Link, encode to PONG decoded, same rounds"
    }
    out["ping_over_echo_median"] = round(out["ping_rtt_us"]["median"] / out["bare_echo_rtt_us"]["median"], 3)
    out["ping_over_echo_target"] = 2.0
    out["telemetry_decode_per_s"] = round(telemetry_decode_rate())
    out["telemetry_decode_statistic"] = "one run: 50,000 TELEMETRY frames through Link._feed (no port)"
    out["pipelined_cmds_per_s"] = round(rates["pipelined"])
    out["sequential_cmds_per_s"] = round(rates["sequential"])
    out["cmds_per_s_statistic"] = "one run each: 4,000 PINGs with the window full, 1,000 one at a time"
    out["window"] = rates["window"]
    out["frame_overhead_bytes"] = tel["overhead"]
    out["frame_overhead_target"] = 6
    out["link_efficiency"] = round(tel["efficiency"], 3)
    out["firmware_frame_cost_us"] = firmware_frame_cost()
    out["firmware_crc"] = crc_cost()
    out.update(log_decode_figures())
    out["log_decode_targets"] = {"frames_per_s": 2_000_000, "over_construct": 50}
    tick = tick_cost()
    out["tick_cost_us"] = {
        "median": tick["median"],
        "p99": tick["p99"],
        "ticks": tick["ticks"],
        "clock": "ticks_us() around Board.tick() on the VM, 5 axes moving, telemetry on, no link",
    }
    out["alloc_per_tick_bytes"] = tick["alloc_per_tick"]
    out["alloc_per_tick_target"] = 0
    out.update(loaded_board_figures())
    out["tick_jitter_target"] = 1.5
    out["heap_after_boot_bytes"] = out.pop("heap_running_bytes")  # the board as it runs
    out["heap_after_boot_note"] = out.pop("heap_running_note")
    out["heap_after_boot_target"] = 32 * 1024
    out.update(safety_figures(heap))
    out.update(homing_figures())
    out.update(flash_bench())
    from ..shots.bench import run_shot_bench

    out.update(run_shot_bench())
    try:
        from ..server.bench import server_figures
    except ImportError:  # `orbitrig serve` is an extra: without aiohttp there is no server to measure
        out["server_stop_ms"] = None
    else:
        out.update(server_figures())
    from ..boards.mcu_bench import mcu_figures

    out["mcu"] = mcu_figures()  # the emulated microcontroller beside the unix-port board
    from ..boards.pico_bench import pico_figures

    out["pico"] = pico_figures()  # the emulated Raspberry Pi Pico (hal_rp2 at its pins)
    return out


def flash_bench() -> dict[str, Any]:
    """Flashing: a full flash to a blank emulated board, one changed file, and `mpremote cp -r`
    of the same compiled files to the same kind of board, timed in the same run (host/deploy/flash.py)."""
    from ..deploy.flash import measure_flash

    return measure_flash()
