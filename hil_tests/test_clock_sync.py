"""Clock sync against the emulated board, whose clock is the host's own: the error is measured, not assumed.

The unix port's ``time.ticks_us()`` reads CLOCK_MONOTONIC, the clock behind the host's
``time.monotonic()`` (docs/clock.md), so on the same machine the board's true time at any host
instant is known to 1 us. That makes the whole module ``emulated_only``.

Margins, for a loaded 2-core machine: the error measured on an idle machine is 5-30 us and the
estimator's own bound 60-300 us (half the round trip of its best PINGs, plus what the drift
may add). ERROR_LIMIT_US is 2 ms, well over the measured error and under half of one 5 ms
board tick; the comparison with the bound itself has no margin but the truth's truncation,
because the bound is a worst case that holds by construction when the model holds.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

import pytest

from orbitrig.host.boards.faultlink import FaultLink, FaultSpec
from orbitrig.host.clock import (
    WRAP,
    ClockSync,
    common_start,
    measure_truth_error,
    truth_benchmark,
    truth_board_us,
)
from orbitrig.host.rig import Rig
from orbitrig.host.testing.pytest_plugin import TEST_LINK_TIMEOUT_MS, BoardUnderTest, settle, start_emulated

pytestmark = [pytest.mark.emulated_only, pytest.mark.host_clock]

ERROR_LIMIT_US = 2000.0
TRUTH_SLACK_US = 1.0  # the truth is floor(host us): it is itself up to 1 us from the board's reading
TRACK_S = 2.5  # update() as a shot player calls it, long enough for the drift to be measured


def _track(syncs: list[ClockSync], seconds: float) -> None:
    """Call update() every ~50 ms, as a shot player does while it plays."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for s in syncs:
            s.update()
        time.sleep(0.05)


def _check_against_truth(sync: ClockSync, ahead: tuple[float, ...] = (0.0, 0.2, 1.0)) -> float:
    est = sync.estimate
    worst = 0.0
    for dt in ahead:
        t = time.monotonic() + dt
        err = measure_truth_error(sync, t)
        bound = est.error_at(t)
        assert abs(err) <= bound + TRUTH_SLACK_US, (
            f"{dt:+} s: error {err:.1f} us above own bound {bound:.1f} us"
        )
        assert abs(err) < ERROR_LIMIT_US, f"{dt:+} s: error {err:.1f} us ({est})"
        worst = max(worst, abs(err))
    return worst


def test_board_clock_is_the_host_monotonic_clock(rig: Rig) -> None:
    # The premise of every truth figure here: the board read floor(CLOCK_MONOTONIC in us)
    # mod 2**30 somewhere between the PING's write and the PONG's read.
    sync = ClockSync(rig)
    sync.sample(50)
    assert sync.stats.used == 50
    for s in sync.estimator.samples:
        wire = s.board_us % WRAP
        # +1: the host's float seconds and the board's integer ns may round apart by 1 us
        after_send = (wire + 1 - truth_board_us(s.t_send)) % WRAP
        before_recv = (truth_board_us(s.t_recv) + 1 - wire) % WRAP
        assert after_send < WRAP // 2 and before_recv < WRAP // 2, s


def test_error_is_within_its_own_bound(rig: Rig, record_property) -> None:
    sync = ClockSync(rig)
    assert sync.sample(8) >= 1
    _check_against_truth(sync)  # right after a burst: the drift is still only the prior
    _track([sync], TRACK_S)
    est = sync.estimate
    assert est.samples >= 5 and est.window > 8  # the tracked PINGs are in the fit
    worst = _check_against_truth(sync)
    assert sync.stats.failed == 0 and sync.stats.resets == 0
    # the emulated board runs on the host's clock: a drift beyond the prior's reach is a bug
    assert abs(est.drift_ppm) < 100, est
    record_property("clock_sync_error_us", round(worst, 1))
    record_property("clock_sync_bound_us", round(est.error_us, 1))


def test_truth_benchmark_reports_the_error_and_the_bound(rig: Rig) -> None:
    fig = truth_benchmark(rig, seconds=2.0)
    assert fig["checks"] >= 5
    assert fig["within_bound"] == 1.0, fig
    assert 0 <= fig["median"] <= fig["max"] < ERROR_LIMIT_US, fig
    assert fig["bound_median"] > 0 and fig["rtt_median_us"] > 0


def test_update_sends_one_ping_when_due_and_no_more(rig: Rig) -> None:
    sync = ClockSync(rig, interval=30.0)
    sync.update()
    assert sync.stats.pings == 1
    deadline = time.monotonic() + 5.0
    while sync.stats.used + sync.stats.failed + sync.stats.retransmitted < 1:
        assert time.monotonic() < deadline, "the PONG was never collected"
        rig.link.pump(0.01)
        sync.update()
    for _ in range(20):
        sync.update()
    assert sync.stats.pings == 1  # the next one is due in 30 s
    assert sync.stats.used == 1 and sync.estimate.samples == 1


@pytest.fixture
def lossy(board: BoardUnderTest) -> Iterator[Rig]:
    """The board behind a fault link that drops host->board bytes (so PINGs are resent) and
    holds board->host bytes now and then (so round trips are slow and lopsided)."""
    fl = FaultLink(
        board.port,
        down=FaultSpec(drop=0.02),
        up=FaultSpec(stall_rate=0.004, stall_ms=4),
        seed=3,
    )
    fl.start()
    try:
        rig = Rig.connect(fl.port, timeout=5.0)
        try:
            fl.wait_host()
            if rig.config_get("board", "link_timeout")[0] != TEST_LINK_TIMEOUT_MS:
                rig.config_set("board", "link_timeout", TEST_LINK_TIMEOUT_MS)
            yield rig
        finally:
            with contextlib.suppress(Exception):
                fl.set_faults(down=FaultSpec(), up=FaultSpec())
                settle(rig)
            rig.close()
    finally:
        fl.stop()


def test_resent_and_delayed_pings_keep_the_bound(lossy: Rig) -> None:
    sync = ClockSync(lossy, interval=0.05)
    sync.sample(60)  # ~18% of PING frames lose a byte: P(none resent) is ~1e-6
    _track([sync], TRACK_S)
    assert sync.stats.retransmitted > 0, sync.stats  # Karn's rule had something to do
    est = sync.estimate
    assert est.rtt_median_us > est.rtt_min_us
    _check_against_truth(sync)


@pytest.fixture
def second_rig() -> Iterator[Rig]:
    """A second emulated board, its own port and MicroPython process, stopped afterwards."""
    emu = start_emulated()
    try:
        port = emu.start(wait_link=True)  # type: ignore[attr-defined]
        rig = Rig.connect(port, timeout=2.0)
        try:
            yield rig
        finally:
            rig.close()
    finally:
        emu.stop()  # type: ignore[attr-defined]


def test_two_boards_start_at_one_instant(rig: Rig, second_rig: Rig, record_property) -> None:
    syncs = [ClockSync(rig), ClockSync(second_rig)]
    for s in syncs:
        assert s.sample(8) >= 1
    _track(syncs, TRACK_S)
    host_t, wires = common_start(syncs, 0.5)
    assert len(wires) == 2 and all(0 <= w < WRAP for w in wires)
    # When does each board's clock truly read its start time? (nearest to host_t)
    truth = truth_board_us(host_t)
    starts = [host_t + ((w - truth + WRAP // 2) % WRAP - WRAP // 2) / 1e6 for w in wires]
    errors = [s.estimate.error_at(host_t) for s in syncs]
    for start, err in zip(starts, errors, strict=True):
        assert abs(start - host_t) * 1e6 <= err + TRUTH_SLACK_US
    skew_us = abs(starts[0] - starts[1]) * 1e6
    assert skew_us <= errors[0] + errors[1] + 2 * TRUTH_SLACK_US
    assert skew_us < ERROR_LIMIT_US
    record_property("clock_sync_two_board_skew_us", round(skew_us, 1))
