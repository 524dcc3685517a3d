"""Rig server figures for `orbitrig bench`: STOP and ESTOP through a server while another client moves the rig,
and the CLI's start-up through a server.

Latencies are measured from outside the code under test: the clock starts when the stopping
client hands its request to its socket (host monotonic time) and stops at the board's own
trace record (the STOP frame arriving, the state turning ESTOP). On the unix port the board's
``ticks_us`` is the host's CLOCK_MONOTONIC in microseconds (mod 2**30), so the two ends need
no clock sync; the board's time of a PING answer is checked to lie inside its round trip.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ..boards.emulator import Emulator
from ..boards.trace import FRAME_IN, STATE, read_trace
from ..errors import RigError
from ..rig import Rig

MASK = (1 << 30) - 1
ORBITRIG = [sys.executable, "-m", "orbitrig.host.cli"]
ESTOP_STATE = 8


def _now_us() -> int:
    return (time.monotonic_ns() // 1000) & MASK


def _pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(len(s) * q))]


def _summary(ms: list[float], target: float | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {
        "median": round(statistics.median(ms), 3),
        "p99": round(_pct(ms, 0.99), 3),
        "max": round(max(ms), 3),
        "n": len(ms),
    }
    if target is not None:
        d["target_p99"] = target
    return d


def _start_server(port: str, env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [*ORBITRIG, "serve", "-p", port, "--http-port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "console and API on " not in line:
        proc.kill()
        raise RigError(f"rig server did not start: {line.strip() or proc.communicate(timeout=5)[1].strip()}")
    return proc, line.rsplit(" ", 1)[1].strip()


def _stop_server(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _clocks_agree(rig: Rig) -> bool:
    for i in range(5):
        t0 = _now_us()
        _rtt, t = rig.ping(i)
        t1 = _now_us()
        if (t - t0) & MASK > (t1 - t0) & MASK:
            return False
    return True


def server_figures(rounds: int = 30, cli_runs: int = 10) -> dict[str, Any]:
    """``server_stop_ms``, ``server_estop_ms``, ``cli_status_s`` and ``cli_help_s``."""
    from ..deploy.firmware import install_sources

    run_dir = tempfile.mkdtemp(prefix="orbitrig-bench-run-")
    env = {
        **os.environ,
        "ORBITRIG_RUN_DIR": run_dir,
        "ORBITRIG_LOG_DIR": tempfile.mkdtemp(prefix="orbitrig-bench-"),
    }
    emu = Emulator()
    install_sources(Path(emu.flash_dir))
    out: dict[str, Any] = {}
    try:
        port = emu.start(wait_link=True)
        proc, _url = _start_server(port, env)
        saved = dict(os.environ)
        os.environ.update(env)
        try:
            mover = Rig.connect(port, timeout=2.0, label="mover")
            stopper = Rig.connect(port, timeout=2.0, label="stopper")
            try:
                if not _clocks_agree(stopper):
                    raise RigError("the board's clock is not the host's monotonic clock: no outside measure")
                mover.take_control()
                mover.config_set("board", "link_timeout", 2000)
                stop_ms = _stop_rounds(emu, mover, stopper, rounds, estop=False)
                estop_ms = _stop_rounds(emu, mover, stopper, rounds, estop=True)
            finally:
                mover.close()
                stopper.close()
            out["server_stop_ms"] = _summary(stop_ms, 20.0)
            out["server_stop_ms"]["what"] = (
                "client's STOP request -> the board has the STOP frame (its trace)"
            )
            out["server_estop_ms"] = _summary(estop_ms, 20.0)
            out["server_estop_ms"]["what"] = (
                "client's ESTOP request -> the board's state is ESTOP (its trace)"
            )
            out["cli_status_s"] = _cli_times(["status", "-p", port], cli_runs, env, 0.2)
            out["cli_help_s"] = _cli_times(["--help"], cli_runs, env, 0.15)
            out["cli_version_s"] = _cli_times(["--version"], cli_runs, env, 0.15)
        finally:
            os.environ.clear()
            os.environ.update(saved)
            _stop_server(proc)
    finally:
        emu.stop()
    return out


def _stop_rounds(emu: Emulator, mover: Rig, stopper: Rig, rounds: int, *, estop: bool) -> list[float]:
    from orbitrig.protocol.messages import Msg

    ms: list[float] = []
    for k in range(rounds):
        st = mover.status()
        if st.state in ("ESTOP", "FAULT", "HOLD"):
            mover.clear()
        if mover.status().state == "DISARMED":
            mover.arm()
        mid = mover.move_to({"pan": 60.0 if k % 2 else -60.0}, duration=3.0)
        mover.sleep(0.15 + 0.01 * (k % 7))  # the move runs in the other client; stop at varying phases
        start = emu.trace_path.stat().st_size
        msg = Msg.ESTOP if estop else Msg.STOP
        t0 = _now_us()
        stopper.link.result(stopper.link.submit(msg), 5.0)
        mover.wait_motion(mid, timeout=10)
        recs = read_trace(emu.trace_path, start)
        if estop:
            hit = next(r for r in recs if r.kind == STATE and r.index == ESTOP_STATE)
        else:
            hit = next(r for r in recs if r.kind == FRAME_IN and r.index == Msg.STOP)
        ms.append(((hit.t_us - t0) & MASK) / 1000)
    return ms


def _cli_times(args: list[str], runs: int, env: dict[str, str], target: float) -> dict[str, Any]:
    """Wall time of whole `orbitrig ...` processes (start to exit), ``runs`` of them."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = subprocess.run([*ORBITRIG, *args], capture_output=True, env=env, timeout=60)
        times.append(time.perf_counter() - t0)
        if r.returncode != 0:
            raise RigError(f"orbitrig {' '.join(args)} failed: {r.stderr.decode(errors='replace').strip()}")
    return {
        "median": round(statistics.median(times), 3),
        "min": round(min(times), 3),
        "max": round(max(times), 3),
        "n": runs,
        "target_median": target,
    }
