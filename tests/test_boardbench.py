"""The in-VM benchmark scripts of `orbitrig bench` run against the real firmware and report
figures that make sense (the benchmark itself prints the numbers; here they are only sane)."""

from __future__ import annotations

import pytest

from orbitrig.host import boardbench

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
