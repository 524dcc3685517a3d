"""`orbitrig bench` figures of the emulated Raspberry Pi Pico, each with its statistic and its clock.

``pico_figures()`` returns the ``pico`` object of the bench's JSON. Emulated time is the RP2040's
own clock as the runner keeps it (the pin trace's); host time is this machine's monotonic clock.

- ``servo_pulse_error_us``: the servo pulses on GP2-4 against the width the calibration gives for
  each commanded angle (hal_board's integer math), over a sweep of every servo; max |error|, and
  max of what is left beyond the calibration's rounding to a duty count. Emulated clock, from each
  pulse's rising to its falling edge in the trace. Target: <= 1 us beyond the rounding.
- ``step_count_error``: steps on the step pins (signed by the direction pin, taken while the
  drivers' enable is low) against the commanded distance in steps, over a set of moves of both
  steppers; max |counted - commanded|. Target 0.
- ``estop_to_outputs_off_us``: from the ESTOP frame's last byte reaching the board's USB to the
  last output off (the drivers' enable high; the last pulse of each released servo ended),
  emulated clock; median and max over ESTOPs at several points of a move, with the host's
  keepalives running (a round in which the board lost the link first fails the figure: it would
  time an ESTOP of a braking rig). Target <= 5 ms.
- ``heap_after_boot_bytes``: ``gc.mem_alloc()`` with the frozen firmware running (HAL, link open,
  the Board's loop past 400 ticks) minus what was allocated before its first import, one reading
  after ``gc.collect()``; run from the REPL of a board in safe mode (its frozen main.py would not
  let a probe in), on the board's own clock. Target 24 KiB.
- ``boot_s``: from the host's power-cycle request to the firmware's answer to HELLO, host clock;
  median of 3 (beside it the emulated time from power-on to that answer).
- ``speed_factor``: emulated time over host time while the firmware runs a move with telemetry
  on, one ~10 s window, both read from the runner at its start and end.
- ``ping_rtt_us``: PING/PONG round trips through the pty and the emulated USB CDC; median, p99,
  min of 200; host clock, from writing the PING's bytes (encoded before) to the PONG's last byte
  read (decoded after), by ``bench.rtt.round_trip_us``.
- ``idle_cpu_percent``: the runner's CPU time (user + system) over 10 s while the firmware runs
  with no host attached, as a percentage of one host core; beside it the same for an idle REPL
  (safe mode), the runner's own floor. Target: not a host core.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from orbitrig.protocol.messages import EventKind, Msg

from ..bench import rtt
from ..rig import Rig
from .pico import PicoEmulator
from .pico_build import install_hint, missing_tools
from .pico_trace import (
    ENABLE_GPIO,
    SERVO_GPIO,
    SERVO_PERIOD_US,
    PinTrace,
    duty_rounding_us,
    expected_servo_us,
)

IDLE_S = 10.0
SPEED_S = 10.0
PINGS = 200
PROBE_TICKS = 400
HEAP_TARGET = 24 * 1024
ESTOP_TARGET_US = 5000
TICK_NS = 5_000_000

# Run in the raw REPL of a board in safe mode: the firmware as main.py starts it (HAL, link open,
# Board, its loop), with a probe in the Board's tick that, once the loop has run PROBE_TICKS
# ticks, collects and writes the heap in use beside what was in use before the first import.
PROBE = """\
import gc
gc.collect()
_base = gc.mem_alloc()
import hal_rp2
from orbitfw import loop
_hal = hal_rp2.Hal()
_hal.link_open()
_board = loop.Board(_hal)
_tick = _board.tick
_n = [0]
def _probe(t):
    _tick(t)
    _n[0] += 1
    if _n[0] == PROBE_TICKS:
        gc.collect()
        heap = gc.mem_alloc()
        with open("bench.txt", "w") as f:
            f.write("%d %d" % (_base, heap))
_board.tick = _probe
_board.run()
""".replace("PROBE_TICKS", str(PROBE_TICKS))


def _stats(values: list[float]) -> dict[str, float | int]:
    s = sorted(values)
    return {
        "median": round(statistics.median(s), 1),
        "p99": round(s[min(len(s) - 1, int(len(s) * 0.99))], 1),
        "min": round(s[0], 1),
        "n": len(s),
    }


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100.0  # utime, stime in clock ticks (USER_HZ)


def _idle_cpu(pico: PicoEmulator) -> float:
    pid = int(pico.stats()["runner_pid"])
    c0, t0 = _cpu_seconds(pid), time.monotonic()
    time.sleep(IDLE_S)
    return (_cpu_seconds(pid) - c0) / (time.monotonic() - t0) * 100


def _settled(pico: PicoEmulator, periods: int = 3) -> PinTrace:
    """The trace once the board has run ``periods`` servo periods past now."""
    until = pico.emulated_ns() + periods * SERVO_PERIOD_US * 1000
    while pico.emulated_ns() < until:
        time.sleep(0.05)
    return PinTrace.read(pico.trace_path)


def servo_figures(pico: PicoEmulator, rig: Rig) -> dict[str, Any]:
    """Pulse widths against the calibration over a sweep of each servo."""
    rig.arm()
    cal = {}
    for axis in SERVO_GPIO:
        cfg = [rig.config_get(axis, k)[0] for k in ("min", "max", "cal_lo", "cal_hi", "invert")]
        cal[axis] = (cfg[0], cfg[1], cfg[2], cfg[3], bool(cfg[4]))
    errors: list[float] = []
    beyond: list[float] = []
    for frac in (-1.0, -0.61, -0.25, 0.0, 0.1234, 0.5, 0.87, 1.0):
        targets = {a: round(frac * cal[a][1] / 1000, 3) for a in SERVO_GPIO}
        rig.wait_motion(rig.move_to(targets), timeout=120)
        done = pico.emulated_ns()
        trace = _settled(pico)
        for axis, deg in targets.items():
            want = expected_servo_us(round(deg * 1000), *cal[axis])
            for p in trace.high_pulses(SERVO_GPIO[axis], after=done):
                err = abs(p.width_us - want)
                errors.append(err)
                beyond.append(max(0.0, err - duty_rounding_us(want)))
    rig.disarm()
    return {
        "servo_pulse_error_us": {
            "max": round(max(errors), 3),
            "beyond_rounding_max": round(max(beyond), 3),
            "pulses": len(errors),
            "statistic": "max |pulse - calibrated width| over 8 angles x 3 servos; emulated clock, rise to fall",
        },
        "servo_pulse_error_target_us": 1.0,
    }


def step_figures(pico: PicoEmulator, rig: Rig) -> dict[str, Any]:
    """Counted steps against commanded ones over a set of moves of both steppers."""
    rig.arm()
    per = {a: rig.config_get(a, "cal_lo")[0] for a in ("slider", "focus")}
    pos = dict(zip(("slider", "focus"), rig.status().pos[3:], strict=True))
    worst = 0
    moves = [("slider", 25.0), ("slider", 3.7125), ("focus", 4.321), ("slider", 61.05), ("focus", 0.8)]
    moves += [("slider", 10.0), ("focus", 2.5)]
    for axis, target in moves:
        t0 = pico.emulated_ns()
        rig.wait_motion(rig.move_to({axis: target}), timeout=120)
        trace = PinTrace.read(pico.trace_path)
        t1 = pico.emulated_ns()
        want = round(target * 1000) * per[axis] // 1000 - round(pos[axis] * 1000) * per[axis] // 1000
        worst = max(worst, abs(trace.steps(axis, t0, t1) - want))
        pos[axis] = target
    rig.disarm()
    return {
        "step_count_error": worst,
        "step_count_error_statistic": f"max |counted - commanded| steps over {len(moves)} moves of both steppers",
        "step_count_error_target": 0,
    }


def estop_figures(pico: PicoEmulator, rig: Rig, rounds: int = 8) -> dict[str, Any]:
    """ESTOP frame at the board's USB to the last output off, with the servos released."""
    holds = {a: rig.config_get(a, "estop_hold")[0] for a in SERVO_GPIO}
    for a in SERVO_GPIO:
        rig.config_set(a, "estop_hold", 0)
    late: list[float] = []
    try:
        for k in range(rounds):
            rig.drain()
            rig.arm()
            side = 1 if k % 2 else -1
            rig.move_to({"pan": 90.0 * side, "tilt": 45.0 * side, "slider": 40.0 + 20 * side}, duration=2.5)
            # ESTOPs at several points of the move and of the loop. rig.sleep keeps the link fed:
            # a host silent for the board's link timeout (250 ms of its clock) would have it brake
            # on its own first, and the ESTOP would land on a braking rig, not a moving one.
            rig.sleep(0.4 + 0.2 * k)
            before = pico.emulated_ns()
            rig.estop()
            if any(ev.fields["kind"] == EventKind.LINK_LOSS for ev in rig.link.events):
                raise RuntimeError(
                    "the board lost the link before the ESTOP: this round measured a braking rig"
                )
            # the first ESTOP frame: on a slow emulator the host may have sent it again
            e = [
                f.t_ns
                for f in PinTrace.read(pico.trace_path).frames()
                if f.msg == Msg.ESTOP and f.t_ns >= before
            ][0]
            while pico.emulated_ns() < e + 20 * TICK_NS:
                time.sleep(0.05)
            trace = PinTrace.read(pico.trace_path)
            off = [t for t, lv in trace.edges(ENABLE_GPIO, e) if lv == 1][:1]
            for gpio in SERVO_GPIO.values():
                pulses = [p for p in trace.high_pulses(gpio, e - SERVO_PERIOD_US * 1000) if p.fall_ns > e]
                off += [pulses[-1].fall_ns] if pulses else []
            late.append((max(off) - e) / 1000)
            rig.clear()
    finally:
        if rig.status().state == "ESTOP":
            rig.clear()  # a round that failed left it there, and ESTOP takes no configuration
        for a, v in holds.items():
            rig.config_set(a, "estop_hold", v)
    return {
        "estop_to_outputs_off_us": _stats(late)
        | {
            "max": round(max(late), 1),
            "clock": "emulated: ESTOP's last byte at the USB to the last output off",
        },
        "estop_to_outputs_off_target_us": ESTOP_TARGET_US,
    }


def link_figures(pico: PicoEmulator, rig: Rig) -> dict[str, Any]:
    """PING round trips, and the emulated speed while a move runs with telemetry on."""
    fd = rtt.board_fd(rig)
    with rtt.quiet_link(rig):
        for i in range(10):
            rtt.ping_us(rig, fd, i)
        rtts = [rtt.ping_us(rig, fd, 100 + i) for i in range(PINGS)]
    rig.arm()
    rig.set_telemetry(50)
    s0, w0 = pico.emulated_ns(), time.monotonic()
    deadline = w0 + SPEED_S
    k = 0
    while time.monotonic() < deadline:
        k += 1
        rig.wait_motion(rig.move_to({"pan": 60.0 if k % 2 else -60.0, "slider": 30.0 if k % 2 else 10.0}))
    s1, w1 = pico.emulated_ns(), time.monotonic()
    rig.set_telemetry(0)
    rig.disarm()
    return {
        "ping_rtt_us": _stats(rtts)
        | {
            "clock": "host: the PING's bytes (encoded before) written to the pty to the PONG's last byte read"
        },
        "speed_factor": round((s1 - s0) / 1e9 / (w1 - w0), 3),
        "speed_factor_statistic": f"emulated s over host s, one {w1 - w0:.1f} s window of moves with telemetry",
    }


def boot_figures(pico: PicoEmulator) -> dict[str, Any]:
    """Power cycle to HELLO answered, host clock; the emulated time of the same."""
    wall, emulated = [], []
    for _ in range(3):
        t0 = time.monotonic()
        pico.power_cycle()
        pico.wait_link()
        wall.append(time.monotonic() - t0)
        trace = PinTrace.read(pico.trace_path)
        start = trace.starts()[-1][0]
        first = [f.t_ns for f in trace.frames() if f.msg == Msg.HELLO and f.t_ns > start]
        emulated.append((first[-1] - start) / 1e6 if first else float("nan"))
    return {
        "boot_s": {"median": round(statistics.median(wall), 3), "runs": len(wall), "clock": "host"},
        "boot_emulated_ms": round(statistics.median(emulated), 1),
    }


def heap_figures(timeout: float = 180.0) -> dict[str, Any]:
    """The heap the frozen firmware holds as it runs, from a probe in the REPL of a safe-mode board."""
    with PicoEmulator(safe_mode=True) as pico:
        pico.start()
        run = subprocess.run(
            [sys.executable, "-m", "mpremote", "connect", pico.port, "resume", "exec", "--no-follow", PROBE],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if run.returncode != 0:
            raise RuntimeError(f"the heap probe did not start: {(run.stderr or run.stdout).strip()[-200:]}")
        deadline = time.monotonic() + timeout
        while True:
            time.sleep(2.0)
            found = pico.flash_view / "bench.txt"
            if found.exists():
                base, heap = (int(x) for x in found.read_text().split())
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"the heap probe wrote nothing within {timeout:g} s")
        idle_repl = _idle_cpu_repl()
    return {
        "heap_after_boot_bytes": heap - base,
        "heap_after_boot_target": HEAP_TARGET,
        "heap_after_boot_statistic": f"gc.mem_alloc() after gc.collect(), {PROBE_TICKS} ticks in, minus before import",
        "idle_repl_cpu_percent": idle_repl,
    }


def _idle_cpu_repl() -> float:
    with PicoEmulator(safe_mode=True) as pico:
        pico.start()
        return round(_idle_cpu(pico), 1)


def pico_figures() -> dict[str, Any]:
    """The ``pico`` object of `orbitrig bench`; ``{"skipped": why}`` without the packages it needs."""
    missing = missing_tools()
    if missing:
        return {"skipped": f"needs {', '.join(missing)}: {install_hint(missing)}"}
    out: dict[str, Any] = {
        "board": "rp2040js RP2040 (Raspberry Pi Pico), MicroPython 1.28, firmware frozen in"
    }
    with PicoEmulator() as pico:
        pico.start(wait_link=True)
        out["idle_cpu_percent"] = round(_idle_cpu(pico), 1)  # nobody attached yet: the firmware idles
        out["idle_cpu_statistic"] = f"runner CPU over {IDLE_S:g} s, % of one core, firmware running, no host"
        with Rig.connect(pico.port, timeout=3.0, log=False) as rig:
            rig.config_set("board", "require_home", 0)  # steppers counted in steps, no homing travel
            try:
                out.update(servo_figures(pico, rig))
                out.update(step_figures(pico, rig))
                out.update(estop_figures(pico, rig))
                out.update(link_figures(pico, rig))
            finally:
                rig.config_set("board", "require_home", 1)
        out.update(boot_figures(pico))
    out.update(heap_figures())
    return out


if __name__ == "__main__":
    import json

    print(json.dumps(pico_figures(), indent=2))
