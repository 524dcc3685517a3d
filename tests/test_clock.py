"""Board clock estimator on synthetic round trips whose truth is known, and ClockSync over loop://."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orbitrig.host.clock import (
    DRIFT_LIMIT_PPM,
    WRAP,
    ClockEstimate,
    ClockEstimator,
    ClockSync,
    ClockUnsynced,
    common_start,
    measure_truth_error,
    truth_benchmark,
)
from orbitrig.host.errors import BadInput, RigError
from orbitrig.host.rig import Rig
from orbitrig.protocol import PROTOCOL_VERSION, codec, framing
from orbitrig.protocol.messages import Msg

FLOAT_SLACK_US = 0.01  # host times near 1e6 s carry ~1e-4 us of double rounding per term


@dataclass
class SimBoard:
    """A board clock with a known truth: ``b0`` us at host time ``t0``, running ``drift_ppm`` fast."""

    b0: float
    t0: float
    drift_ppm: float

    def at(self, t: float) -> float:
        return self.b0 + (t - self.t0) * (1e6 + self.drift_ppm)

    def round_trip(self, t_send: float, fwd_s: float, back_s: float) -> tuple[float, float, int]:
        t_read = t_send + fwd_s  # the board reads its clock when the PING arrives
        return t_send, t_read + back_s, math.floor(self.at(t_read)) % WRAP


def centred(d: float) -> float:
    return (d + WRAP // 2) % WRAP - WRAP // 2


def truth_error(est: ClockEstimate, board: SimBoard, t: float) -> float:
    # the unwrapped count starts at an arbitrary multiple of 2**30: compare modulo it
    return centred(est.board_at(t) - board.at(t))


def feed(
    est: ClockEstimator,
    board: SimBoard,
    times: list[float],
    delays: Callable[[int], tuple[float, float]],
) -> None:
    for i, t in enumerate(times):
        est.add(*board.round_trip(t, *delays(i)))


def assert_within_bound(est: ClockEstimate, board: SimBoard, times: list[float]) -> None:
    for t in times:
        err = truth_error(est, board, t)
        assert abs(err) <= est.error_at(t) + FLOAT_SLACK_US, (
            f"at {t}: error {err} above bound {est.error_at(t)}"
        )


def test_no_samples_is_unsynced() -> None:
    est = ClockEstimator()
    assert not est.synced
    with pytest.raises(ClockUnsynced, match="no PING sample"):
        est.estimate  # noqa: B018


def test_one_sample_knows_the_offset_but_not_the_drift() -> None:
    board = SimBoard(b0=123_456_789.0, t0=500.0, drift_ppm=-400.0)
    est = ClockEstimator()
    assert est.add(*board.round_trip(500.0, 100e-6, 100e-6))
    e = est.estimate
    assert e.drift_ppm == 0.0 and e.samples == 1
    assert abs(truth_error(e, board, 500.0001)) < 1.5
    # a second later the unknown drift may have moved the clock by the assumed limit
    assert e.error_at(501.0001) >= DRIFT_LIMIT_PPM
    assert_within_bound(e, board, [500.0001, 501.0, 510.0, 499.0])


def test_offset_with_symmetric_delays_is_exact() -> None:
    board = SimBoard(b0=9_000_000.0, t0=1000.0, drift_ppm=0.0)
    est = ClockEstimator()
    times = [1000.0 + 0.1 * i for i in range(64)]
    feed(est, board, times, lambda i: (120e-6, 120e-6))
    e = est.estimate
    assert e.samples == 64
    assert abs(truth_error(e, board, times[-1])) < 1.5
    assert abs(e.drift_ppm) < 0.05
    assert 120 <= e.error_us < 130  # the half round trip plus a microsecond of truncation
    assert e.rtt_min_us == pytest.approx(240, abs=1e-3)


def test_drift_in_ppm_is_recovered() -> None:
    rng = random.Random(11)
    board = SimBoard(b0=40_000_000.0, t0=0.0, drift_ppm=37.5)
    est = ClockEstimator(window=64)
    times = [2000.0 + 0.25 * i for i in range(64)]
    feed(est, board, times, lambda i: (rng.uniform(40e-6, 160e-6), rng.uniform(40e-6, 160e-6)))
    e = est.estimate
    # midpoint noise is within +-60 us over a 16 s span: the slope is good to a few ppm
    assert e.drift_ppm == pytest.approx(37.5, abs=3.0)
    assert abs(truth_error(e, board, times[-1])) < 40
    assert_within_bound(e, board, [times[0], times[-1], times[-1] + 1.0, times[-1] + 10.0])


def test_asymmetric_delays_bias_the_midpoint_within_the_bound() -> None:
    # The PING takes 400 us to arrive and the PONG 40 us back: the board reads its clock
    # 180 us after the midpoint, so the fit runs 180 us ahead. No estimator can see this
    # from round trips alone; the bound must cover it.
    board = SimBoard(b0=0.0, t0=0.0, drift_ppm=0.0)
    est = ClockEstimator()
    times = [50.0 + 0.1 * i for i in range(40)]
    feed(est, board, times, lambda i: (400e-6, 40e-6))
    e = est.estimate
    err = truth_error(e, board, times[-1])
    assert err == pytest.approx(180.0, abs=1.5)
    assert e.error_us >= abs(err)
    assert_within_bound(e, board, [times[0], times[-1] + 2.0])


def test_heavy_tailed_delays_are_filtered_by_round_trip() -> None:
    rng = random.Random(5)
    board = SimBoard(b0=700_000_000.0, t0=0.0, drift_ppm=-12.0)
    est = ClockEstimator()

    def delays(i: int) -> tuple[float, float]:
        # queueing with a Pareto tail in each direction: some round trips take milliseconds
        return (60e-6 + 40e-6 * rng.paretovariate(1.2), 60e-6 + 40e-6 * rng.paretovariate(1.2))

    times = [3000.0 + 0.1 * i for i in range(64)]
    feed(est, board, times, delays)
    e = est.estimate
    assert e.rtt_median_us > 1.2 * e.rtt_min_us  # the tail is there ...
    assert e.samples < e.window  # ... and the slow round trips are not used
    slowest = max(est.samples, key=lambda s: s.t_recv - s.t_send)
    assert not est.uses(slowest)
    assert abs(truth_error(e, board, times[-1])) < 60
    assert_within_bound(e, board, [times[0], times[32], times[-1], times[-1] + 5.0])


def test_corrupt_readings_are_rejected() -> None:
    board = SimBoard(b0=5_000.0, t0=0.0, drift_ppm=3.0)
    est = ClockEstimator()
    bad_at = {7, 19, 20, 33, 50, 61}
    for i in range(64):
        t_send, t_recv, wire = board.round_trip(100.0 + 0.1 * i, 90e-6, 90e-6)
        if i in bad_at:
            wire = (wire + (5000 if i % 2 else -3000)) % WRAP  # a reading that is simply wrong
        est.add(t_send, t_recv, wire)
    e = est.estimate
    rejected = [i for i, s in enumerate(est.samples) if not est.uses(s)]
    assert rejected == sorted(bad_at)
    assert abs(truth_error(e, board, 106.3)) < 3
    assert e.model.misfit_us == 0.0
    assert_within_bound(e, board, [100.0, 106.3, 110.0])


def test_board_time_wraps_at_2_pow_30() -> None:
    # the board clock passes 2**30 two seconds into five seconds of samples
    board = SimBoard(b0=WRAP - 2_000_000.0, t0=700.0, drift_ppm=20.0)
    est = ClockEstimator()
    times = [700.0 + 0.1 * i for i in range(50)]
    feed(est, board, times, lambda i: (70e-6, 70e-6))
    unwrapped = [s.board_us for s in est.samples]
    assert unwrapped == sorted(unwrapped) and unwrapped[-1] - unwrapped[0] > 4_800_000
    assert any(s.board_us >= WRAP for s in est.samples) or any(s.board_us < 0 for s in est.samples)
    e = est.estimate
    assert abs(e.board_us(times[-1]) - e.board_us(times[0]) - 4.9e6) < 200
    for t in (701.0, 702.5, 706.0):  # before, just after and well after the wrap
        assert e.wire_us(t) == pytest.approx(board.at(t) % WRAP, abs=e.error_at(t) + 1)
    assert_within_bound(e, board, times[::7])
    # a wire time before the wrap, asked for after it, is the instant two seconds back
    assert e.host_t(WRAP - 1_000_000, near=703.0) == pytest.approx(701.0, abs=1e-3)
    assert e.host_t(1_000_000, near=703.0) == pytest.approx(703.0, abs=1e-3)
    assert e.host_t(e.wire_us(705.123456), near=705.0) == pytest.approx(705.123456, abs=2e-6)


def test_a_gap_longer_than_the_wrap_period_unwraps_with_the_drift() -> None:
    # 25 minutes without a sample (the wire time wraps every 17.9): the estimate predicts
    # the board time well enough to pick the right turn of the counter.
    board = SimBoard(b0=1e8, t0=0.0, drift_ppm=80.0)
    est = ClockEstimator()
    first = [10.0 + 0.5 * i for i in range(40)]
    later = [1510.0 + 0.5 * i for i in range(20)]
    feed(est, board, first + later, lambda i: (50e-6, 50e-6))
    e = est.estimate
    assert e.window == 60 and e.samples == 60
    assert e.drift_ppm == pytest.approx(80.0, abs=0.01)
    assert abs(truth_error(e, board, later[-1])) < 2
    assert_within_bound(e, board, [first[0], 800.0, later[-1], later[-1] + 60.0])


def test_a_short_burst_does_not_invent_a_drift() -> None:
    # Two round trips 1 ms apart with opposite asymmetry: read naively, a slope of
    # ~100,000 ppm. The drift prior keeps it near 0 and the bound admits what is unknown.
    board = SimBoard(b0=0.0, t0=0.0, drift_ppm=450.0)
    est = ClockEstimator()
    est.add(*board.round_trip(20.0, 190e-6, 10e-6))
    est.add(*board.round_trip(20.001, 10e-6, 190e-6))
    e = est.estimate
    assert abs(e.drift_ppm) < 10
    assert e.error_at(21.0) > 400  # a second later the drift (up to 500 ppm) dominates
    assert_within_bound(e, board, [20.0, 20.0005, 21.0, 25.0])


def test_the_window_slides() -> None:
    board = SimBoard(b0=0.0, t0=0.0, drift_ppm=0.0)
    est = ClockEstimator(window=16)
    feed(est, board, [1.0 + 0.1 * i for i in range(40)], lambda i: (50e-6, 50e-6))
    assert len(est) == 16
    assert est.samples[0].t_send == pytest.approx(1.0 + 0.1 * 24)
    assert 3.4 <= est.estimate.t_ref <= 4.9
    est.reset()
    assert not est.synced and len(est) == 0


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda e: e.add(2.0, 1.0, 5), "t_recv 1.0 is before t_send 2.0"),
        (lambda e: e.add(float("nan"), 1.0, 5), "t_send: nan is not a finite host time"),
        (lambda e: e.add(1.0, 1.1, WRAP), f"board_us: {WRAP} outside 0..{WRAP - 1}"),
        (lambda e: e.add(1.0, 1.1, 2.5), "board_us: 2.5 is not an integer"),
        (lambda e: ClockEstimator(0), "clock window: 0 is not a sample count"),
        (lambda e: ClockEstimator(drift_limit_ppm=0), "drift_limit_ppm: must be above 0"),
    ],
)
def test_bad_input_is_one_line(call: Callable[[ClockEstimator], object], message: str) -> None:
    with pytest.raises(BadInput) as exc:
        call(ClockEstimator())
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_conversions_reject_bad_times() -> None:
    est = ClockEstimator()
    est.add(1.0, 1.0001, 100)
    e = est.estimate
    with pytest.raises(BadInput, match="host time: inf"):
        e.board_us(float("inf"))
    with pytest.raises(BadInput, match=f"board time: -1 outside 0..{WRAP - 1}"):
        e.host_t(-1, near=1.0)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    b0=st.floats(0, 4 * WRAP),
    t0=st.floats(0, 1e6),
    drift=st.floats(-DRIFT_LIMIT_PPM, DRIFT_LIMIT_PPM),
    trips=st.lists(
        st.tuples(st.floats(0, 2.0), st.floats(0, 0.005), st.floats(0, 0.005)), min_size=1, max_size=40
    ),
    ask=st.lists(st.floats(-5.0, 5.0), min_size=1, max_size=4),
)
def test_the_bound_holds_for_any_causal_samples(
    b0: float, t0: float, drift: float, trips: list[tuple[float, float, float]], ask: list[float]
) -> None:
    # Whatever the delays (adversarial ones included), if the board read its clock inside
    # each round trip and the drift is within the limit, the error is within error_at().
    board = SimBoard(b0=b0, t0=t0, drift_ppm=drift)
    est = ClockEstimator()
    t = t0
    for gap, fwd, back in trips:
        t += gap
        est.add(*board.round_trip(t, fwd, back))
    e = est.estimate
    span = (est.samples[0].t_send, est.samples[-1].t_recv)
    assert_within_bound(e, board, [span[0] + a if a < 0 else span[1] + a for a in ask] + list(span))


# --- ClockSync over loop:// : the host writes the board's PONG itself ----------------------


@pytest.fixture
def loop_rig() -> Iterator[Rig]:
    rig = Rig.connect("loop://", handshake=False, log=False)
    rig.link.keepalive = 0  # nothing but the test's own frames on the loop
    try:
        yield rig
    finally:
        rig.close()


def pong(rig: Rig, seq: int, token: int, t_us: int) -> None:
    """Put the board's answer on the loop, as if the board had sent it."""
    payload = codec.encode(Msg.PONG, {"token": token, "t_us": t_us})
    rig.link.write_raw(framing.wire(PROTOCOL_VERSION, seq, Msg.PONG, payload))


def test_update_takes_one_sample_and_never_waits_long(loop_rig: Rig) -> None:
    sync = ClockSync(loop_rig, interval=0.0)
    link = loop_rig.link
    seq = link.peek_seq()
    sync.update()  # sends a PING; nobody answers within the wait, so it is left pending
    assert sync.stats.pings == 1 and link.in_flight() == 1 and not sync.estimator.synced
    sync.update()  # still unanswered: no second PING on top of it
    assert sync.stats.pings == 1
    pong(loop_rig, seq, 0xC10C0001, 777_000)
    sync.update()  # collects the answer
    assert sync.stats.used == 1 and sync.estimator.synced
    assert sync.estimator.samples[-1].board_us == 777_000


def test_a_retransmitted_ping_is_not_a_sample(loop_rig: Rig) -> None:
    sync = ClockSync(loop_rig, interval=0.0)
    link = loop_rig.link
    seq = link.peek_seq()
    sync.update()
    while link._pending[seq].tries < 2:  # the link resends after its timeout (100 ms at first)
        link.pump(0.05)
    pong(loop_rig, seq, 0xC10C0001, 5_000)
    sync.update()
    assert sync.stats.retransmitted == 1 and sync.stats.used == 0
    assert not sync.estimator.synced


def test_a_pong_with_another_token_is_not_a_sample(loop_rig: Rig) -> None:
    sync = ClockSync(loop_rig, interval=0.0)
    seq = loop_rig.link.peek_seq()
    sync.update()
    pong(loop_rig, seq, 12345, 5_000)
    sync.update()
    assert sync.stats.mismatched == 1 and sync.stats.used == 0 and not sync.estimator.synced


def test_sync_conversions_and_common_start(loop_rig: Rig) -> None:
    now = time.monotonic()
    boards = [SimBoard(b0=WRAP - 100.0, t0=now, drift_ppm=0.0), SimBoard(b0=3e8, t0=now, drift_ppm=-30.0)]
    syncs = [ClockSync(loop_rig), ClockSync(loop_rig)]
    with pytest.raises(ClockUnsynced, match="loop://: call sample"):
        syncs[0].estimate  # noqa: B018
    for sync, board in zip(syncs, boards, strict=True):
        for i in range(32):
            sync.estimator.add(*board.round_trip(now - 3.2 + 0.1 * i, 30e-6, 30e-6))
    a = syncs[0]
    assert a.board_us(now) == pytest.approx(boards[0].at(now), abs=2)
    assert a.wire_us(now + 0.05) == pytest.approx(boards[0].at(now + 0.05) % WRAP, abs=2)
    assert a.host_t(a.wire_us(now + 0.2), near=now) == pytest.approx(now + 0.2, abs=2e-6)
    host_t, wires = common_start(syncs, 0.5)
    assert host_t == pytest.approx(time.monotonic() + 0.5, abs=0.5)
    for sync, board, wire in zip(syncs, boards, wires, strict=True):
        # the instant each board's clock will read its start time, against the host instant
        off = centred(wire - board.at(host_t))
        assert abs(off) <= sync.estimate.error_at(host_t) + 1
    with pytest.raises(
        BadInput, match=r"lead: 1e-05 s is within the clock error of the board on loop:// \(\d+ us"
    ):
        common_start(syncs, 1e-5)
    with pytest.raises(BadInput, match="no boards"):
        common_start([], 1.0)
    with pytest.raises(BadInput, match="lead: 600 s outside 0..536.871 s"):
        common_start(syncs, 600.0)
    with pytest.raises(BadInput, match="lead: nan is not a number"):
        common_start(syncs, float("nan"))


def test_the_truth_is_refused_where_it_is_unknown(loop_rig: Rig) -> None:
    sync = ClockSync(loop_rig)
    sync.estimator.add(1.0, 1.0001, 100)
    with pytest.raises(RigError, match="known only for an emulated board on this machine; loop://"):
        measure_truth_error(sync)
    with pytest.raises(RigError, match="known only for an emulated board"):
        truth_benchmark(loop_rig, seconds=1.0)
    with pytest.raises(BadInput, match="clock benchmark: 0 is not a duration"):
        truth_benchmark(loop_rig, seconds=0)
