"""The in-VM benchmark scripts of `orbitrig bench` run against the real firmware and report
figures that make sense (the benchmark itself prints the numbers; here they are only sane)."""

from __future__ import annotations

import pytest

from orbitrig.host import boardbench
from orbitrig.protocol.messages import State

pytestmark = pytest.mark.timeout(120)


def test_crc_cost_runs_the_firmware_crc_beside_the_builtin() -> None:
    r = boardbench.crc_cost(size=64, count=200, reps=1)  # raises if the check value is wrong
    assert r["viper_crc16_ns_per_byte"] > 0
    assert r["builtin_crc32_ns_per_byte"] > 0
    assert r["frame_bytes"] == 64


def test_tick_cost_allocates_nothing_per_tick() -> None:
    r = boardbench.tick_cost(n=200)
    assert r["alloc_per_tick"] == 0
    assert 0 < r["median"] <= r["p99"]


def test_tick_count_wraps_and_the_link_watchdog_still_trips() -> None:
    # The tick count wraps at 2**30 so that it stays a small int on 32-bit ports (62 days at
    # 200 Hz). Across the wrap, the link-loss watchdog must still see the silence grow.
    body = (
        boardbench.BUSY_BOARD
        + """
board._link_ticks = 50
board.ticks = 0x3FFFFFFF - 10
board.last_rx_tick = board.ticks
for _ in range(40):
    t += 5000
    board.tick(t)
moving = board.state
for _ in range(20):
    t += 5000
    board.tick(t)
print(json.dumps({"ticks": board.ticks, "moving": moving, "after": board.state}))
"""
    )
    r = boardbench.run_script(body, {})
    assert r["ticks"] == 49
    assert r["moving"] == State.MOVING and r["after"] == State.HOLD, r
