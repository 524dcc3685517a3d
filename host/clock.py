"""Board clock synchronisation: the board's offset and drift from PING round trips, with an error bound.

The board owns time (ARCHITECTURE.md, principle 2): the host schedules shots in board time,
so it keeps an estimate of the board clock against its own ``time.monotonic()``. Each PING
gives one sample ``(t_send, t_recv, board_us)``; the board read its clock somewhere inside
that round trip, so the sample bounds the truth to within half the round trip of its
midpoint. ``ClockEstimator`` fits offset and drift over a sliding window of samples and
propagates those per-sample bounds into a bound on its own error; ``ClockSync`` feeds it from
a ``Rig``. The method and its statistics are in docs/clock.md.

Example:
    >>> sync = ClockSync(rig)                              # doctest: +SKIP
    >>> sync.sample(8)                                     # doctest: +SKIP
    8
    >>> t = time.monotonic() + 0.5                         # doctest: +SKIP
    >>> sync.wire_us(t), sync.estimate.error_at(t)         # doctest: +SKIP
    (734112093, 161.2)
"""

from __future__ import annotations

import math
import statistics
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from orbitrig.protocol.messages import Msg

from .errors import BadInput, BoardSilent, RigError

if TYPE_CHECKING:
    from .link import Pending
    from .rig import Rig

WRAP = 1 << 30  # board time on the wire is microseconds modulo 2**30 (firmware orbitfw/clock.py)
WIRE_MASK = WRAP - 1
HALF_WRAP = 1 << 29  # a wire time names the board instant nearest to the reference, within this
QUANT_US = 1.0  # the board truncates its clock to whole microseconds
RTT_KEEP_FACTOR = 2.0  # a round trip beyond this multiple of its neighbours' best is not used
RTT_KEEP_FLOOR_US = 20.0  # ... nor one this much slower, whichever is wider (for sub-us round trips)
RTT_NEIGHBOURS = 4  # samples either side of one that set its neighbours' best round trip
MAD_K = 4.0  # residuals this many robust standard deviations out are outlier candidates
MAD_SCALE = 1.4826  # MAD -> standard deviation for normal residuals
REJECT_ROUNDS = 4
DRIFT_LIMIT_PPM = 500.0  # assumed bound on any board's crystal error (RP2040 and ESP32: tens of ppm)
WANDER_PPM = 1.0  # assumed drift change, applied to the time outside the sampled span
UPDATE_INTERVAL = 0.2  # s between update() PINGs: 5 small frames a second beside a shot
UPDATE_WAIT_MAX = 0.02  # s update() may wait for its PONG before leaving it for the next call
CLIP_SLACK_US = 1e-6  # widens each band so rounding cannot empty a set of lines that just touch
TOKEN_BASE = 0xC10C0000  # PING tokens of the clock sync, told apart from keepalives in logs


class ClockUnsynced(RigError):
    """No clock estimate yet: no usable PING sample has been taken."""

    exit_code = 4


@dataclass(frozen=True, slots=True)
class ClockSample:
    """One round trip: host times of the PING write and the PONG read, and the board's time.

    ``board_us`` is unwrapped (continuous across 2**30 wraps)."""

    t_send: float
    t_recv: float
    board_us: int

    @property
    def mid(self) -> float:
        return 0.5 * (self.t_send + self.t_recv)

    @property
    def half_rtt_us(self) -> float:
        return 0.5e6 * (self.t_recv - self.t_send)

    @property
    def offset_us(self) -> float:
        """Board time minus host time (us) at the midpoint, the sample's offset reading."""
        return self.board_us - self.mid * 1e6


@dataclass(frozen=True)
class ErrorModel:
    """What bounds a fit's error at any host instant (docs/clock.md, "The error bound").

    Offsets here are relative to the fit's own reference (``fit_c`` is the fitted offset at
    ``t_ref``), slopes in ppm and times in s from ``t_ref``. ``vertices`` are the corners of
    the set of clock lines (offset, drift) that pass within every used sample's bound with a
    drift within the limit; the true line is one of them, so the fit is off by at most the
    farthest corner. Without such lines (the samples contradict the model) the bound falls
    back to the per-sample bounds carried through the fit, plus the contradiction."""

    t_ref: float
    fit_c: float
    fit_d: float
    vertices: tuple[tuple[float, float], ...]
    # per used sample: weight, midpoint - t_ref, bound (us); with the sums of the fit
    terms: tuple[tuple[float, float, float], ...]
    weight_sum: float
    sxx: float
    ridge: float  # the drift prior's weight in the fit
    drift_limit_ppm: float
    wander_ppm: float
    span: tuple[float, float]  # first and last used midpoint
    misfit_us: float  # how far the samples are from any admissible line (0 when they agree)

    def spread_at(self, host_t: float) -> float:
        """The per-sample bounds carried through the fit: the estimate is ``sum(l_i * y_i)``,
        so its error is at most ``sum(|l_i| * bound_i)``, plus what the drift prior's pull
        (``ridge / (sxx + ridge)`` of the true drift) can add."""
        dt = host_t - self.t_ref
        s = self.sxx + self.ridge
        spread = sum(abs(w / self.weight_sum + w * x * dt / s) * h for w, x, h in self.terms)
        shrink = max(self.drift_limit_ppm, abs(self.fit_d)) * abs(dt) * self.ridge / s
        return spread + shrink

    def at(self, host_t: float) -> float:
        """The bound (us) at host monotonic ``host_t``."""
        first, last = self.span
        wander = self.wander_ppm * max(0.0, host_t - last, first - host_t)
        if not self.vertices:
            return self.spread_at(host_t) + self.misfit_us + wander
        dt = host_t - self.t_ref
        fit = self.fit_c + self.fit_d * dt
        return max(abs(c + d * dt - fit) for c, d in self.vertices) + wander


@dataclass(frozen=True)
class ClockEstimate:
    """The fitted board clock: ``board_us(t) = t * 1e6 + offset_us + drift_ppm * (t - t_ref)``.

    ``error_us`` is the bound at ``t_last`` (the newest sample); ``error_at(t)`` gives it at
    any host instant. It is a worst-case bound, not a standard deviation: it holds whenever
    the board read its clock between each used PING's write and its PONG's read and the drift
    stayed within the limits assumed (docs/clock.md). ``residual_us`` is the fit's weighted
    RMS residual, the statistical spread, for information."""

    t_ref: float  # host monotonic (s) the offset refers to: the weighted centre of the samples
    offset_us: float  # unwrapped board us minus host us at t_ref
    drift_ppm: float  # board clock rate error: us of board time gained per s of host time
    error_us: float
    t_last: float  # host time the newest sample's PONG was read
    samples: int  # used in the fit
    window: int  # in the window
    rtt_min_us: float  # over the window
    rtt_median_us: float
    residual_us: float
    model: ErrorModel = field(repr=False)

    def offset_at(self, host_t: float) -> float:
        """Board minus host time (us) at host monotonic ``host_t``."""
        return self.offset_us + self.drift_ppm * (host_t - self.t_ref)

    def board_at(self, host_t: float) -> float:
        """Unwrapped board time (us, fractional) at host monotonic ``host_t``."""
        return host_t * 1e6 + self.offset_at(host_t)

    def host_at(self, board_us: float) -> float:
        """Host monotonic time (s) at unwrapped board time ``board_us``; inverse of board_at."""
        # board = t*1e6 + c + d*(t - t_ref)  =>  t = (board - c + d*t_ref) / (1e6 + d)
        return (board_us - self.offset_us + self.drift_ppm * self.t_ref) / (1e6 + self.drift_ppm)

    def error_at(self, host_t: float) -> float:
        """Bound (us) on the error of ``board_at(host_t)``; it grows away from the samples."""
        return self.model.at(host_t)

    def board_us(self, host_t: float) -> int:
        """Board time (unwrapped us, rounded) at host monotonic ``host_t``; BadInput names a
        host time that is not a finite number."""
        return round(self.board_at(_host_time(host_t)))

    def wire_us(self, host_t: float) -> int:
        """Board time at ``host_t`` as the wire carries it (us mod 2**30)."""
        return self.board_us(host_t) & WIRE_MASK

    def host_t(self, board_wire_us: int, near: float) -> float:
        """Host monotonic time of a board wire time, unwrapped to the instance nearest the
        host time ``near`` (a wire time names one instant in every 2**30 us)."""
        if isinstance(board_wire_us, bool) or not isinstance(board_wire_us, int):
            raise BadInput(f"board time: {board_wire_us!r} is not an integer number of us")
        if not 0 <= board_wire_us <= WIRE_MASK:
            raise BadInput(f"board time: {board_wire_us} outside 0..{WIRE_MASK} us")
        ref = self.board_at(_host_time(near))
        return self.host_at(ref + _centred(board_wire_us - ref))


@dataclass
class _Fit:
    # one weighted least-squares solution over some samples, and its error model
    t_ref: float
    offset: float  # absolute: board us minus host us at t_ref
    slope: float
    model: ErrorModel

    def at(self, t: float) -> float:
        return self.offset + self.slope * (t - self.t_ref)

    def reach(self, t: float) -> float:
        # how far the fit may be from the truth at t by the per-sample bounds alone
        return self.model.spread_at(t)


def _solve(samples: Sequence[ClockSample], ridge: float, drift_limit: float, wander: float) -> _Fit:
    """Weighted least squares of offset on time, weights 1/bound^2, ridge on the slope."""
    # A sample's reading is off by at most its half round trip (in board us: times the rate
    # error) plus the board's truncation to whole us.
    stretch = 1.0 + drift_limit * 1e-6
    hs = [s.half_rtt_us * stretch + QUANT_US for s in samples]
    ws = [1.0 / (h * h) for h in hs]
    W = sum(ws)
    t_ref = sum(w * s.mid for w, s in zip(ws, samples, strict=True)) / W
    y_ref = samples[-1].offset_us  # offsets can be ~1e12 us: fit the small differences
    ys = [s.offset_us - y_ref for s in samples]
    xs = [s.mid - t_ref for s in samples]
    y0 = sum(w * y for w, y in zip(ws, ys, strict=True)) / W
    sxx = sum(w * x * x for w, x in zip(ws, xs, strict=True))
    sxy = sum(w * x * y for w, x, y in zip(ws, xs, ys, strict=True))
    slope = sxy / (sxx + ridge)
    mids = [s.mid for s in samples]
    model = ErrorModel(
        t_ref=t_ref,
        fit_c=y0,
        fit_d=slope,
        vertices=_admissible(xs, ys, hs, drift_limit),
        terms=tuple(zip(ws, xs, hs, strict=True)),
        weight_sum=W,
        sxx=sxx,
        ridge=ridge,
        drift_limit_ppm=drift_limit,
        wander_ppm=wander,
        span=(min(mids), max(mids)),
        misfit_us=0.0,
    )
    return _Fit(t_ref, y_ref + y0, slope, model)


def _admissible(
    xs: Sequence[float], ys: Sequence[float], hs: Sequence[float], drift_limit: float
) -> tuple[tuple[float, float], ...]:
    """Corners of the convex set of lines ``y = c + d*x`` with ``|d| <= drift_limit`` that pass
    within ``hs[i]`` of every ``(xs[i], ys[i])``; empty if there is no such line."""
    # Start from the drift limit and the first sample's band, then clip by every band.
    x0, y0, h0 = xs[0], ys[0], hs[0]
    reach = drift_limit * abs(x0)
    lo, hi = y0 - h0 - reach, y0 + h0 + reach
    poly = [(lo, -drift_limit), (hi, -drift_limit), (hi, drift_limit), (lo, drift_limit)]
    for x, y, h in zip(xs, ys, hs, strict=True):
        poly = _clip(poly, x, y + h + CLIP_SLACK_US)  # c + d*x <= y + h
        poly = _clip(poly, -x, -(y - h - CLIP_SLACK_US), negate=True)  # c + d*x >= y - h
        if not poly:
            return ()
    return tuple(poly)


def _clip(
    poly: list[tuple[float, float]], x: float, r: float, *, negate: bool = False
) -> list[tuple[float, float]]:
    """The part of the convex polygon where ``s*(c + d*x) <= r`` (s = -1 if negate); in order."""
    sign = -1.0 if negate else 1.0
    out: list[tuple[float, float]] = []
    n = len(poly)
    for i in range(n):
        pc, pd = poly[i]
        qc, qd = poly[(i + 1) % n]
        fp = sign * pc + x * pd - r
        fq = sign * qc + x * qd - r
        if fp <= 0:
            out.append((pc, pd))
        if (fp < 0 < fq) or (fq < 0 < fp):
            k = fp / (fp - fq)
            out.append((pc + k * (qc - pc), pd + k * (qd - pd)))
    return out


def _centred(d: float) -> float:
    """``d`` modulo 2**30, as the representative nearest to 0."""
    return (d + HALF_WRAP) % WRAP - HALF_WRAP


class ClockEstimator:
    """Offset and drift of a board clock from round-trip samples, with a bound on its error.

    Pure arithmetic, no I/O: ``ClockSync`` feeds it from a board, tests from numbers.

    Example:
        >>> est = ClockEstimator()
        >>> est.add(10.0, 10.0002, 5_000_100)
        True
        >>> round(est.estimate.board_at(10.0001)), round(est.estimate.error_us)
        (5000100, 101)
    """

    def __init__(
        self,
        window: int = 64,
        *,
        drift_limit_ppm: float = DRIFT_LIMIT_PPM,
        wander_ppm: float = WANDER_PPM,
    ) -> None:
        if isinstance(window, bool) or not isinstance(window, int) or window < 1:
            raise BadInput(f"clock window: {window!r} is not a sample count of at least 1")
        for name, v in (("drift_limit_ppm", drift_limit_ppm), ("wander_ppm", wander_ppm)):
            if not (isinstance(v, int | float) and math.isfinite(v) and v >= 0):
                raise BadInput(f"clock {name}: {v!r} is not a finite number >= 0")
        if drift_limit_ppm <= 0:
            raise BadInput("clock drift_limit_ppm: must be above 0 (it bounds the drift prior)")
        self.window = window
        self.drift_limit_ppm = float(drift_limit_ppm)
        self.wander_ppm = float(wander_ppm)
        # the drift prior as a ridge term, in the units of the weighted sums (1/us^2 * s^2)
        self._ridge = 1.0 / (self.drift_limit_ppm * self.drift_limit_ppm)
        self._samples: deque[ClockSample] = deque(maxlen=window)
        self._estimate: ClockEstimate | None = None
        self._used: frozenset[ClockSample] = frozenset()

    def __len__(self) -> int:
        return len(self._samples)

    @property
    def samples(self) -> tuple[ClockSample, ...]:
        return tuple(self._samples)

    def reset(self) -> None:
        """Forget every sample (the board restarted: its clock did too)."""
        self._samples.clear()
        self._estimate = None
        self._used = frozenset()

    def add(self, t_send: float, t_recv: float, board_wire_us: int) -> bool:
        """Add one round trip and refit; returns whether the fit uses it.

        ``board_wire_us`` is the board time as sent (mod 2**30); it is unwrapped against the
        current estimate (or the previous sample), so samples must come less than ~9 minutes
        apart in board time or the drift must be known well enough to span the gap."""
        for name, v in (("t_send", t_send), ("t_recv", t_recv)):
            if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
                raise BadInput(f"clock sample {name}: {v!r} is not a finite host time in s")
        if t_recv < t_send:
            raise BadInput(f"clock sample: t_recv {t_recv!r} is before t_send {t_send!r}")
        if isinstance(board_wire_us, bool) or not isinstance(board_wire_us, int):
            raise BadInput(f"clock sample board_us: {board_wire_us!r} is not an integer")
        if not 0 <= board_wire_us <= WIRE_MASK:
            raise BadInput(f"clock sample board_us: {board_wire_us} outside 0..{WIRE_MASK}")
        mid = 0.5 * (t_send + t_recv)
        if self._estimate is not None:
            ref = self._estimate.board_at(mid)
        elif self._samples:
            last = self._samples[-1]
            ref = last.board_us + (mid - last.mid) * 1e6  # no fit yet: assume no drift
        else:
            ref = float(board_wire_us)
        board = round(ref + _centred(board_wire_us - ref))
        sample = ClockSample(float(t_send), float(t_recv), board)
        self._samples.append(sample)
        self._refit()
        return sample in self._used

    @property
    def estimate(self) -> ClockEstimate:
        """The current fit; ClockUnsynced before the first sample."""
        if self._estimate is None:
            raise ClockUnsynced("no clock estimate yet: no PING sample has been taken")
        return self._estimate

    @property
    def synced(self) -> bool:
        return self._estimate is not None

    def _refit(self) -> None:
        window = list(self._samples)
        kept = _rtt_filter(window)
        fit = self._solve(kept)
        for _ in range(REJECT_ROUNDS):
            if len(kept) < 3:
                break
            bad = self._outliers(kept, fit)
            if not bad:
                break
            kept = [s for s in kept if s not in bad]
            fit = self._solve(kept)
        model = fit.model
        if not model.vertices:
            # No admissible line: a drift beyond the limit, a drift that changed within the
            # window or a reading outside its round trip. Each sample and the fit bound the
            # truth at the sample; where the two bounds do not meet, the model is off by the gap.
            misfit = 0.0
            for s, (_, _, h) in zip(kept, model.terms, strict=True):
                gap = abs(s.offset_us - fit.at(s.mid)) - h
                if gap > 0:
                    misfit = max(misfit, gap - fit.reach(s.mid))
            model = replace(model, misfit_us=misfit)
        rtts = [2.0 * s.half_rtt_us for s in window]
        ws = [w for w, _, _ in model.terms]
        res = [s.offset_us - fit.at(s.mid) for s in kept]
        rms = math.sqrt(sum(w * r * r for w, r in zip(ws, res, strict=True)) / model.weight_sum)
        t_last = max(s.t_recv for s in window)
        self._estimate = ClockEstimate(
            t_ref=fit.t_ref,
            offset_us=fit.offset,
            drift_ppm=fit.slope,
            error_us=model.at(t_last),
            t_last=t_last,
            samples=len(kept),
            window=len(window),
            rtt_min_us=min(rtts),
            rtt_median_us=statistics.median(rtts),
            residual_us=rms,
            model=model,
        )
        self._used = frozenset(kept)

    def _solve(self, samples: Sequence[ClockSample]) -> _Fit:
        return _solve(samples, self._ridge, self.drift_limit_ppm, self.wander_ppm)

    def _outliers(self, kept: list[ClockSample], fit: _Fit) -> set[ClockSample]:
        # Robust scale from the median absolute deviation; a candidate is rejected only if
        # its own interval cannot reach the fit's, which a valid sample's always does.
        res = [s.offset_us - fit.at(s.mid) for s in kept]
        med = statistics.median(res)
        scale = max(MAD_SCALE * statistics.median(abs(r - med) for r in res), QUANT_US)
        bad: list[tuple[float, ClockSample]] = []
        for s, r, (_, _, h) in zip(kept, res, fit.model.terms, strict=True):
            if abs(r - med) <= MAD_K * scale:
                continue
            if abs(r) - h - fit.reach(s.mid) > 0:
                bad.append((abs(r - med), s))
        bad.sort(key=lambda p: p[0], reverse=True)
        room = len(kept) - 2  # a line needs two samples to stand on
        return {s for _, s in bad[: max(0, room)]}

    def uses(self, sample: ClockSample) -> bool:
        """Whether the current fit uses ``sample`` (it may have been filtered out)."""
        return sample in self._used


def _rtt_filter(window: list[ClockSample]) -> list[ClockSample]:
    """The samples whose round trip is near the best among their neighbours in time.

    A slower round trip carries more queueing, so more room for asymmetry. The best is
    taken locally because the link's own speed changes: a burst of back-to-back PINGs finds
    the board awake, PINGs between a shot's commands often find it asleep in its tick wait,
    and the slower stretch must still count, or the drift would rest on the burst alone."""
    order = sorted(window, key=lambda s: s.mid)
    halves = [s.half_rtt_us for s in order]
    n = len(order)
    kept = []
    for i, s in enumerate(order):
        best = min(halves[max(0, i - RTT_NEIGHBOURS) : i + RTT_NEIGHBOURS + 1])
        if s.half_rtt_us <= max(RTT_KEEP_FACTOR * best, best + 0.5 * RTT_KEEP_FLOOR_US):
            kept.append(s)
    if len(kept) < min(n, 2):
        cut = sorted(halves)[min(n, 2) - 1]
        kept = [s for s in order if s.half_rtt_us <= cut]
    return kept


@dataclass
class SyncStats:
    """What ClockSync did with its PINGs."""

    pings: int = 0
    used: int = 0  # samples taken into the window
    retransmitted: int = 0  # dropped: a retransmitted PING's round trip is ambiguous (Karn)
    failed: int = 0  # PINGs that ended in an error instead of a PONG
    mismatched: int = 0  # PONGs that carried another PING's token
    resets: int = 0  # the board restarted; the estimate started over


class ClockSync:
    """Keeps an estimate of one board's clock from PINGs on its Rig's link.

    ``sample(n)`` takes n round trips now (before a shot); ``update()`` takes at most one,
    when due, and is meant to be called every ~100 ms while a shot plays.
    """

    def __init__(
        self,
        rig: Rig,
        *,
        window: int = 64,
        interval: float = UPDATE_INTERVAL,
        drift_limit_ppm: float = DRIFT_LIMIT_PPM,
        wander_ppm: float = WANDER_PPM,
    ) -> None:
        if isinstance(interval, bool) or not isinstance(interval, int | float) or not 0 <= interval < 3600:
            raise BadInput(f"clock update interval: {interval!r} is not a number of seconds in 0..3600")
        self.rig = rig
        self.interval = float(interval)
        self.estimator = ClockEstimator(window, drift_limit_ppm=drift_limit_ppm, wander_ppm=wander_ppm)
        self.stats = SyncStats()
        self._boot_id = rig.link.boot_id
        self._token = 0
        self._outstanding: Pending | None = None
        self._tokens: dict[Pending, int] = {}  # what each PING in flight carried
        self._last_ping = -math.inf

    # --- sampling -------------------------------------------------------------------------
    def sample(self, n: int = 1) -> int:
        """Take ``n`` PING samples now, one after another; returns how many the fit uses.

        Retransmitted PINGs and outliers are not used. Raises what the link raises when the
        board does not answer."""
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 10_000:
            raise BadInput(f"clock sample count: {n!r} is not an integer in 1..10000")
        link = self.rig.link
        if self._outstanding is not None:
            p = self._outstanding
            self._outstanding = None
            self._harvest(p, wait=True)
        taken: list[ClockSample] = []
        for _ in range(n):
            p = self._ping()
            link.result(p)
            s = self._harvest(p)
            if s is not None:
                taken.append(s)
        if not taken:
            return 0
        return sum(1 for s in taken if self.estimator.uses(s))

    def update(self) -> None:
        """Cheap: take one sample if ``interval`` has passed since the last PING.

        Waits for the PONG no longer than about one round trip (at most UPDATE_WAIT_MAX); a
        later PONG is collected by the next call. Sends nothing while the link's window is
        full, so a busy shot is never held up."""
        link = self.rig.link
        if self._outstanding is not None:
            if not self._outstanding.done:
                link.pump(0)
            if not self._outstanding.done:
                return
            p = self._outstanding
            self._outstanding = None
            self._harvest(p)
        now = time.monotonic()
        if now - self._last_ping < self.interval or link.in_flight() >= link.window:
            return
        wait = self._update_wait()
        try:
            p = self._ping(timeout=wait)
        except BoardSilent:
            return  # the window stayed shut (a lost reply holds it): try again next call
        deadline = time.monotonic() + wait
        while not p.done:
            left = deadline - time.monotonic()
            if left <= 0:
                self._outstanding = p
                return
            link.pump(left)
        self._harvest(p)

    def _update_wait(self) -> float:
        if not self.estimator.synced:
            return UPDATE_WAIT_MAX
        return min(UPDATE_WAIT_MAX, max(0.002, 2e-6 * self.estimator.estimate.rtt_median_us))

    def _ping(self, timeout: float | None = None) -> Pending:
        self._token = (self._token + 1) & 0xFFFF
        token = TOKEN_BASE | self._token
        p = self.rig.link.submit(Msg.PING, {"token": token}, timeout=timeout)
        self._tokens[p] = token
        self._last_ping = p.t_sent
        self.stats.pings += 1
        return p

    def _harvest(self, p: Pending, *, wait: bool = False) -> ClockSample | None:
        """Turn a finished PING into a sample, or drop it (and say why in the stats)."""
        if wait and not p.done:
            try:
                self.rig.link.result(p)
            except RigError:
                pass
        token = self._tokens.pop(p, None)
        if p.error is not None or p.reply is None:
            self.stats.failed += 1
            return None
        if p.reply.fields.get("token") != token:
            self.stats.mismatched += 1  # not this PING's PONG: never a sample
            return None
        if p.tries != 1:
            # Karn: the PONG may answer any transmission, and the board answers repeats from
            # its reply cache with the first answer's time; the round trip is unknown.
            self.stats.retransmitted += 1
            return None
        f = p.reply
        boot = self.rig.link.boot_id
        if boot != self._boot_id:
            self.estimator.reset()
            self.stats.resets += 1
            self._boot_id = boot
        self.estimator.add(p.t_sent, f.t_host, f.fields["t_us"])
        self.stats.used += 1
        return self.estimator.samples[-1]

    # --- the estimate ---------------------------------------------------------------------
    @property
    def estimate(self) -> ClockEstimate:
        """The current fit (ClockUnsynced, naming the port, before the first sample)."""
        if not self.estimator.synced:
            raise ClockUnsynced(
                f"no clock estimate for the board on {self.rig.link.url}: call sample() first"
            )
        return self.estimator.estimate

    def board_us(self, host_t: float) -> int:
        """Board time (unwrapped us) at host monotonic time ``host_t``."""
        return self.estimate.board_us(host_t)

    def wire_us(self, host_t: float) -> int:
        """Board time at ``host_t`` as the wire carries it (us mod 2**30)."""
        return self.estimate.wire_us(host_t)

    def host_t(self, board_wire_us: int, near: float | None = None) -> float:
        """Host monotonic time of a board wire time: the instance nearest ``near`` (a host
        time; default now)."""
        return self.estimate.host_t(board_wire_us, time.monotonic() if near is None else near)


def _host_time(t: float) -> float:
    if isinstance(t, bool) or not isinstance(t, int | float) or not math.isfinite(t):
        raise BadInput(f"host time: {t!r} is not a finite time.monotonic() value in s")
    return float(t)


def common_start(syncs: Sequence[ClockSync], lead_s: float) -> tuple[float, list[int]]:
    """A host instant ``lead_s`` from now, and each board's wire time at that instant.

    Sent as a shot's start time, it starts the boards together, to within the sum of their
    ``error_at(host_t)``. The lead must cover sending the start to every board, and stay
    below 2**29 us (~537 s), past which a wire time names an earlier instant."""
    if not syncs:
        raise BadInput("common start: no boards given")
    if isinstance(lead_s, bool) or not isinstance(lead_s, int | float) or not math.isfinite(lead_s):
        raise BadInput(f"common start lead: {lead_s!r} is not a number of seconds")
    if not 0 < lead_s * 1e6 < HALF_WRAP:
        raise BadInput(f"common start lead: {lead_s:g} s outside 0..{HALF_WRAP / 1e6:g} s")
    host_t = time.monotonic() + lead_s
    wires = []
    for sync in syncs:
        est = sync.estimate
        err = est.error_at(host_t)
        if err >= lead_s * 1e6:
            raise BadInput(
                f"common start lead: {lead_s:g} s is within the clock error of the board on "
                f"{sync.rig.link.url} ({err:.0f} us at the start); sample more or lead longer"
            )
        wires.append(sync.wire_us(host_t))
    return host_t, wires


def truth_board_us(host_t: float) -> int:
    """The emulated board's true wire time at host monotonic ``host_t``.

    The unix port's ``time.ticks_us()`` reads CLOCK_MONOTONIC, the clock behind the host's
    ``time.monotonic()``, and truncates it to whole us (docs/clock.md shows the check); on the
    same machine the board's time is therefore known to within 1 us."""
    return math.floor(_host_time(host_t) * 1e6) & WIRE_MASK


def _require_truth(rig: Rig) -> None:
    url = rig.link.url
    board = rig.info.board if rig.info is not None else "unknown"
    if board != "SIM" or "://" in url:
        raise RigError(
            f"clock truth is known only for an emulated board on this machine; {url} is a {board} board"
        )


def measure_truth_error(sync: ClockSync, host_t: float | None = None) -> float:
    """The estimate's error (us, estimate minus truth) at ``host_t`` (default now).

    Only where the truth is known: an emulated board on this machine. Anything else raises
    RigError rather than return a meaningless figure."""
    _require_truth(sync.rig)
    t = time.monotonic() if host_t is None else _host_time(host_t)
    return _centred(sync.estimate.board_at(t) - truth_board_us(t))


def truth_benchmark(rig: Rig, seconds: float = 3.0, burst: int = 16) -> dict[str, float]:
    """The ``clock_sync_error_us`` figure: ``sample(burst)``, then ``update()`` every 50 ms for
    ``seconds`` as a shot player would, checking the estimate against the truth at each call.

    Statistics over the checks after the first second (once the drift is measured): the
    median and max of |estimate - truth| at the host instant of the check, the median of the
    estimator's own bound there, and the fraction of checks within that bound (1.0 unless
    the model is broken). Emulated board on this machine only (see measure_truth_error)."""
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 < seconds <= 600:
        raise BadInput(f"clock benchmark: {seconds!r} is not a duration in 0..600 s")
    _require_truth(rig)
    sync = ClockSync(rig)
    sync.sample(burst)
    start = time.monotonic()
    errors: list[float] = []
    bounds: list[float] = []
    while (now := time.monotonic()) < start + seconds:
        sync.update()
        if now >= start + min(1.0, seconds / 2):
            t = time.monotonic()
            errors.append(abs(measure_truth_error(sync, t)))
            bounds.append(sync.estimate.error_at(t))
        rig.sleep(0.05)
    if not errors:
        raise BadInput(f"clock benchmark: {seconds:g} s is too short to take a measurement")
    est = sync.estimate
    return {
        "median": statistics.median(errors),
        "max": max(errors),
        "bound_median": statistics.median(bounds),
        "within_bound": sum(e <= b + QUANT_US for e, b in zip(errors, bounds, strict=True)) / len(errors),
        "checks": float(len(errors)),
        "drift_ppm": est.drift_ppm,
        "rtt_median_us": est.rtt_median_us,
    }
