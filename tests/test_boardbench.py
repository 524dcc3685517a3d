"""The in-VM benchmark scripts of `orbitrig bench` run against the real firmware and report
figures that make sense (the benchmark itself prints the numbers; here they are only sane)."""

from __future__ import annotations

import pytest

from orbitrig.host.bench import board as boardbench
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


def test_frame_cost_is_the_median_over_runs_of_a_command_mix() -> None:
    r = boardbench.firmware_frame_cost(cycles=16, reps=3)  # raises unless every MOVE_TO was accepted
    assert r["statistic"] == "median over 3 runs of the mean per command"
    by_kind = r["median_us_by_kind"]
    assert set(by_kind) == {"PING", "GET_STATUS", "MOVE_TO"}
    assert by_kind["MOVE_TO"] > by_kind["PING"] > 0  # a move is planned for real
    assert r["commands_per_run"] == 48


def test_crc_cost_names_its_floor() -> None:
    r = boardbench.crc_cost(size=64, count=200, reps=3)
    assert 0 < r["floor_ns_per_byte"] <= r["viper_crc16_ns_per_byte"]
    assert r["viper_crc16_over_floor"] >= 1


def test_log_decode_and_construct_do_the_same_work() -> None:
    from orbitrig.host.bench.run import log_decode_figures

    r = log_decode_figures(n_frames=3000, runs=3)  # raises unless the log decoder decoded every frame
    assert r["log_decode_frames_per_s"] > r["construct_parse_frames_per_s"] > 0
    assert r["log_decode_statistic"].startswith("median of 3 runs each")


def test_a_latency_cannot_start_on_the_host_when_the_board_has_its_own_clock() -> None:
    from orbitrig.host.bench import run as bench

    class OwnClock:
        def ping(self, token: int) -> tuple[float, int]:
            return 0.0, (bench.host_us() + (1 << 28)) & bench.MASK  # far from the host's

    with pytest.raises(boardbench.BenchError, match="not the host's monotonic clock"):
        bench.check_shared_clock(OwnClock())  # type: ignore[arg-type]


@pytest.mark.timeout(180)
def test_loaded_board_figures_are_taken_on_a_running_board() -> None:
    from orbitrig.host.bench.run import loaded_board_figures

    r = loaded_board_figures(rounds=1, per_round=60)
    assert r["tick_jitter_us"]["ticks"] == 60 and r["bare_loop_jitter_us"]["ticks"] == 60
    assert 0 <= r["tick_jitter_us"]["median"] <= r["tick_jitter_us"]["p99"]
    assert r["heap_running_bytes"] > 20_000  # the firmware, booted, with its link and loop
    assert "commands/s pipelined" in r["tick_jitter_load"]
