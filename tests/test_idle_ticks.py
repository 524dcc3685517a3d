"""A still rig's loop on a HAL that sleeps when still (hal_board: the Pico, the ESP32) ticks once
per few periods, keeps its tick count a time base, and still answers a frame at once: the real
loop (Board.run) on the MicroPython VM, with a HAL whose link is a frame the harness hands over
at a set time (tests/mp/idle_ticks_harness.py)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

from mpchild import MP_DIR

from orbitrig.host.boards.emulator import find_micropython
from orbitrig.host.deploy.firmware import firmware_dir
from orbitrig.protocol import codec, framing
from orbitrig.protocol.messages import Msg
from orbitrig.protocol.schema import PROTOCOL_VERSION

PERIOD_US = 5000


def idle_ticks() -> int:
    text = (firmware_dir() / "orbitfw" / "loop.py").read_text()
    m = re.search(r"^_IDLE_TICKS = const\((\d+)\)", text, re.M)
    assert m, "loop.py has no _IDLE_TICKS"
    return int(m.group(1))


def run(tmp_path: Path, mode: str) -> dict[str, Any]:
    mp = find_micropython()
    assert mp is not None
    ping = framing.wire(PROTOCOL_VERSION, 0, Msg.PING, codec.encode(Msg.PING, {"token": 7}))
    out = subprocess.run(
        [
            mp,
            str(MP_DIR / "idle_ticks_harness.py"),
            str(firmware_dir()),
            str(tmp_path / "trace.bin"),
            mode,
            ping.hex(),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_still_rig_ticks_once_per_few_periods_and_counts_every_period(tmp_path: Path) -> None:
    k = idle_ticks()
    r = run(tmp_path, "idle")
    periods = r["ran_us"] // PERIOD_US
    # the sleeps span k periods (whole ms, rounded up), and the tick runs once per sleep
    assert max(r["waits"]) >= (k - 1) * PERIOD_US // 1000, r["waits"][:20]
    assert max(r["waits"]) <= k * PERIOD_US // 1000 + 1, r["waits"][:20]
    assert r["hal_ticks"] <= periods // k + 3, f"{r['hal_ticks']} ticks in {periods} periods"
    # the tick count takes every period slept (one a tick ran long may skip, as it always has)
    assert periods - r["overruns"] - 2 <= r["ticks"] <= periods + 1, r


def test_with_telemetry_on_every_period_gets_its_tick(tmp_path: Path) -> None:
    r = run(tmp_path, "telemetry")
    # no sleep spans a tick: each period's tick runs (telemetry counts ticks)
    assert max(r["waits"]) <= PERIOD_US // 1000, r["waits"][:20]
    assert r["hal_ticks"] == r["ticks"], r


def test_a_frame_that_comes_mid_sleep_is_answered_before_the_next_tick(tmp_path: Path) -> None:
    r = run(tmp_path, "frame")
    assert r["pong_us"] >= 0, "the PING got no answer"
    # at most the tick whose deadline had come when the sleep ended runs first
    assert r["ticks_between"] <= 1, r
    periods = r["ran_us"] // PERIOD_US
    assert periods - r["overruns"] - 2 <= r["ticks"] <= periods + 1, r


def starve_ticks() -> int:
    text = (firmware_dir() / "orbitfw" / "loop.py").read_text()
    m = re.search(r"^_STARVE_TICKS = const\((\d+)\)", text, re.M)
    assert m, "loop.py has no _STARVE_TICKS"
    return int(m.group(1))


def test_ticks_that_leave_only_the_quiet_window_still_let_a_frame_through(tmp_path: Path) -> None:
    # Each tick takes all but the last few hundred us of its period, where the loop does no link
    # work: the loop serves the link after _STARVE_TICKS such ticks anyway. Without that, the PING
    # was never answered (and a moving rig took the host's silence for link loss).
    r = run(tmp_path, "starve")
    assert r["pong_us"] >= 0, f"the PING got no answer in {r['hal_ticks']} ticks"
    assert r["ticks_between"] <= starve_ticks() + 2, r
