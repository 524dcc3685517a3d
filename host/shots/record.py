"""Record a move the operator jogs into a shot file that plays it back (`orbitrig shot record`).

Three parts, each usable on its own:

    Recorder        telemetry at the tick rate while the operator jogs: one sample per board
                    tick (tick count, board time, every recorded axis's position); lost frames
                    are counted from the telemetry counter's gaps, never filled in
    fit_recording   Recording -> shot file text: keyframes chosen so that the planned shot stays
                    within `tolerance` of the recording at every recorded tick, checked with the
                    real parser and planner against the board's limits (docs/shot_record.md)
    JogPad          key -> action -> JOG commands with the deadman refreshed while a key is held;
                    the terminal loop around it is `jog_session`

Example:
    >>> with Rig.connect(port) as rig:                                  # doctest: +SKIP
    ...     rec = Recorder(rig, ["pan", "tilt"]); rec.start()
    ...     ...                                                         # jog, calling rec.poll()
    ...     text = to_shot_toml(rec.stop(), "pan left", fps=25, tolerance=0.001)
"""

from __future__ import annotations

import contextlib
import datetime
import json
import math
import os
import select
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import click
import numpy as np

from ..errors import BadInput, CommandRefused, RigError
from ..rig import Rig, Sample, sample_of
from .model import Key, Loc, Shot, ShotError, Track
from .plan import AxisLimits, Plan, plan_shot

TOLERANCE = 0.001  # axis units: one count, the wire's resolution
CLOCK = 1 << 30  # board time on the wire wraps at 2**30 us
TSEQ = 1 << 16  # the telemetry counter wraps at 2**16
STILL_HOLD_S = 0.05  # a pause at least this long inside a take becomes a hold segment
ABLE_STATES = ("IDLE", "JOGGING", "MOVING", "RUNNING")  # states in which a take goes on


class NotArmed(RigError):
    """The board is not ready to jog (disarmed, stopped by ESTOP, HOLD or a fault)."""

    exit_code = 6


class TakeBroken(RigError):
    """The board left the jogging states mid-take (ESTOP, HOLD, a fault, a reset)."""

    exit_code = 6


# ---------------------------------------------------------------------------------------------
# recording


@dataclass(frozen=True)
class RecSample:
    """What the board reported at one tick, for the recorded axes."""

    tick: int  # board ticks since the take's first sample (from the telemetry counter)
    t_us: int  # board time since the take's first sample, us (unwrapped)
    pos: tuple[float, ...]  # axis unit, in Recording.axes order


@dataclass
class Recording:
    """One take: the samples and where they came from."""

    axes: list[str]
    hz: int  # board ticks per second
    samples: list[RecSample] = field(default_factory=list)
    lost: int = 0  # telemetry frames the board sent that never arrived (gaps in its counter)
    late: int = 0  # ticks that ran late on the board (their board time is not one period on)
    board: str = ""  # e.g. "SIM board (build abc123) on /dev/pts/3"
    started: str = ""  # UTC, ISO 8601
    limits: dict[str, AxisLimits] = field(default_factory=dict)

    @property
    def duration(self) -> float:
        """Seconds from the first sample to the last (by tick count)."""
        return self.samples[-1].tick / self.hz if self.samples else 0.0

    def positions(self, axis: str) -> np.ndarray:
        i = self.axes.index(axis)
        return np.array([s.pos[i] for s in self.samples], dtype=float)

    def ticks(self) -> np.ndarray:
        return np.array([s.tick for s in self.samples], dtype=np.int64)


class Take:
    """Samples in arrival order -> a Recording: unwraps the counter and the board clock,
    counts lost frames and late ticks. Key times come from the tick count, the time base of
    the board's motion core (a late tick still moves the rig by one tick)."""

    def __init__(self, axes: Sequence[str], index: Sequence[int], hz: int) -> None:
        self.rec = Recording(list(axes), hz)
        self.index = list(index)  # board axis index of each recorded axis
        self.period_us = 1_000_000 // hz
        self._last: tuple[int, int] | None = None  # (tseq, t_us) of the previous sample
        self._tick = 0
        self._t = 0

    def add(self, s: Sample) -> RecSample:
        pos = tuple(s.pos[i] for i in self.index)
        if self._last is not None:
            seq0, t0 = self._last
            dt = (s.t_us - t0) % CLOCK
            dseq = (s.tseq - seq0) % TSEQ
            # the counter wraps every 2**16 frames (5.5 minutes at 200 Hz): the board clock,
            # which a late tick only stretches, says how many wraps a long silence hid
            whole = dt // self.period_us
            if whole >= TSEQ:
                dseq += (whole - dseq + TSEQ // 2) // TSEQ * TSEQ
            if dseq == 0:
                raise TakeBroken(
                    f"telemetry counter repeated at board time {s.t_us} us: has the board reset?"
                )
            self.rec.lost += dseq - 1
            if dt != dseq * self.period_us:
                self.rec.late += 1
            self._tick += dseq
            self._t += dt
        self._last = (s.tseq, s.t_us)
        out = RecSample(self._tick, self._t, pos)
        self.rec.samples.append(out)
        return out


class Recorder:
    """Telemetry at the tick rate, collected while the operator jogs the rig.

    ``start()`` turns telemetry on at the board's tick rate; call ``poll()`` often (it also
    pumps the link); ``stop()`` turns telemetry off and returns the Recording. Every sample is
    what the board reported at that tick; a frame lost on the way is counted, not filled."""

    def __init__(self, rig: Rig, axes: Sequence[str] | None = None) -> None:
        from .plan import limits_from_rig

        self.rig = rig
        names = list(axes) if axes else [a.name for a in rig.axes]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise BadInput(f"axes {','.join(names)}: {', '.join(twice)} named twice")
        self.axes = [rig.axis(n) for n in names]  # BadInput names the board's axes
        info = rig.info
        self.hz = info.tick_hz if info is not None and info.tick_hz else 200
        self.limits = limits_from_rig(rig)
        self.take = Take([a.name for a in self.axes], [a.index for a in self.axes], self.hz)
        self.last: Sample | None = None  # the latest sample (the status line shows it)
        self.running = False

    @property
    def recording(self) -> Recording:
        return self.take.rec

    def start(self) -> None:
        """Telemetry on at every tick; frames sent before the board took the new rate reached
        the host before its ACK, so they are dropped here and the take starts clean."""
        rig = self.rig
        st = rig.status()
        if st.state not in ("IDLE", "JOGGING", "MOVING"):
            hint = (
                " (run `orbitrig arm` first; record arms nothing by itself)" if st.state == "DISARMED" else ""
            )
            raise NotArmed(f"the board on {rig.link.url} is {st.state}, not armed and idle{hint}")
        rec = self.take.rec
        rec.limits = {a.name: self.limits[a.name] for a in self.axes}
        rec.started = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        info = rig.info
        build = f" (build {info.build_id})" if info is not None and info.build_id else ""
        rec.board = f"{info.board if info is not None else 'unknown'} board{build} on {rig.link.url}"
        rig.set_telemetry(self.hz)
        rig.link.telemetry.clear()
        self.running = True

    def poll(self, timeout: float = 0.0) -> int:
        """Pump the link up to ``timeout`` s and take the telemetry that arrived; returns how
        many samples were added. Raises TakeBroken when the board leaves the jogging states."""
        link = self.rig.link
        link.pump(timeout)
        n = 0
        while link.telemetry:
            s = sample_of(link.telemetry.popleft())
            if not self.running:
                continue
            if s.state not in ABLE_STATES:
                t = len(self.recording.samples) and self.recording.samples[-1].tick / self.hz
                raise TakeBroken(f"the board entered {s.state} {t:.3f} s into the take; nothing was written")
            self.take.add(s)
            self.last = s
            n += 1
        return n

    def wait_still(self, timeout: float = 30.0, still_s: float = 0.1) -> None:
        """Keep recording until the board is IDLE and no recorded axis has moved for
        ``still_s``, so the take ends at rest."""
        need = max(2, round(still_s * self.hz))
        end = time.monotonic() + timeout
        samples = self.recording.samples
        while time.monotonic() < end:
            self.poll(0.02)
            if self.last is not None and self.last.state == "IDLE" and len(samples) >= need:
                tail = samples[-need:]
                if all(s.pos == tail[-1].pos for s in tail):
                    return
        raise TakeBroken(f"the rig did not come to rest within {timeout:g} s of the end of the take")

    def stop(self) -> Recording:
        """Telemetry off; the Recording."""
        if self.running:
            self.running = False
            with contextlib.suppress(RigError):
                self.rig.set_telemetry(0)
        return self.recording


# ---------------------------------------------------------------------------------------------
# keyframes from a recording


@dataclass
class AxisKeys:
    """One axis's keyframes: sample index, position and the interpolation each key starts."""

    idx: list[int]
    pos: list[float]
    interp: list[str]  # "linear", "hold" or "ease"; the last key's is unused

    def flat(self, k: int) -> bool:
        return self.interp[k] in ("hold", "ease")


@dataclass
class Fit:
    """A recording turned into a shot: the file's text and how well it follows the take."""

    text: str
    keys: dict[str, int]  # keyframes per axis
    deviation: dict[str, float]  # max |planned - recorded| over the recorded ticks, axis unit
    plan: Plan
    nudged: dict[str, int]  # keys moved off their sample (within tolerance) to stay in limits
    notes: list[str]


def _still_runs(p: np.ndarray, min_len: int) -> list[tuple[int, int]]:
    """(first, last) sample of every run of equal positions at least min_len samples long."""
    change = np.flatnonzero(np.diff(p) != 0)
    starts = np.concatenate(([0], change + 1))
    ends = np.concatenate((change, [len(p) - 1]))
    return [(int(a), int(b)) for a, b in zip(starts, ends, strict=True) if b - a + 1 >= min_len]


def _chords(t: np.ndarray, p: np.ndarray, a: int, b: int, tol: float) -> list[int]:
    """Keys (sample indexes, a and b included) of a polyline through samples a..b whose every
    sample lies within tol of it: from each key, the farthest sample whose chord stays inside
    the band (the band's slopes narrow sample by sample; past where they cross, none can)."""
    keys = [a]
    while a < b:
        best = a + 1
        w = 64
        while True:
            j1 = min(b, a + w)
            js = np.arange(a + 1, j1 + 1)
            dt = t[js] - t[a]
            slope = (p[js] - p[a]) / dt
            lo = np.maximum.accumulate((p[js] - tol - p[a]) / dt)
            hi = np.minimum.accumulate((p[js] + tol - p[a]) / dt)
            # a chord to sample j must pass the band of every sample before it
            lo_before = np.concatenate(([-np.inf], lo[:-1]))
            hi_before = np.concatenate(([np.inf], hi[:-1]))
            ok = (slope >= lo_before - 1e-12) & (slope <= hi_before + 1e-12)
            closed = np.flatnonzero(lo > hi + 1e-12)
            stop = int(closed[0]) if len(closed) else len(js)
            good = np.flatnonzero(ok[: stop + 1] if stop < len(js) else ok)
            if len(good):
                best = int(js[good[-1]])
            if len(closed) or j1 == b:
                break
            w *= 2
        keys.append(best)
        a = best
    return keys


def _initial_keys(t: np.ndarray, p: np.ndarray, tol: float, hz: int) -> AxisKeys:
    """Keys for one moving axis: still stretches become hold (ease at the ends), the rest a
    polyline that stays within tol of every sample."""
    n = len(p)
    runs = _still_runs(p, 2)
    keep: list[tuple[int, int]] = []
    for r0, r1 in runs:
        if r0 == 0 or r1 == n - 1 or t[r1] - t[r0] >= STILL_HOLD_S - 1e-9:
            keep.append((r0, r1))
    bounds: list[int] = [0, n - 1]
    flat_starts: set[int] = set()
    for r0, r1 in keep:
        bounds += [r0, r1]
        flat_starts.add(r0)
    bounds = sorted(set(bounds))
    idx = [bounds[0]]
    interp: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a in flat_starts and p[a] == p[b]:
            idx.append(b)
            interp.append("hold")
            continue
        chord = _chords(t, p, a, b, tol)
        idx += chord[1:]
        interp += ["linear"] * (len(chord) - 1)
    interp.append("linear")  # the last key's: unused
    if interp[0] == "hold":
        interp[0] = "ease"  # the take starts at rest
    if len(interp) >= 2 and interp[-2] == "hold":
        interp[-2] = "ease"  # ...and ends at rest
    return AxisKeys(idx, [float(p[i]) for i in idx], interp)


def _one_key(p: np.ndarray, tol: float) -> float | None:
    """The position of a single key within tol of every sample, or None if the axis moved."""
    lo, hi = float(p.max()) - tol, float(p.min()) + tol
    if lo > hi + 1e-12:
        return None
    for cand in (float(p[0]), round((lo + hi) / 2, 3), (lo + hi) / 2):
        if lo - 1e-12 <= cand <= hi + 1e-12:
            return cand
    return None


def _loc(axis: str, k: int) -> Loc:
    return Loc("<recording>", k + 1, f"axes.{axis}.keys[{k}]")


def _shot(name: str, fps: float, t: np.ndarray, keys: dict[str, AxisKeys]) -> Shot:
    tracks = {}
    for a, ak in keys.items():
        ks = tuple(
            Key(float(t[i]), float(q), it, _loc(a, k))
            for k, (i, q, it) in enumerate(zip(ak.idx, ak.pos, ak.interp, strict=True))
        )
        tracks[a] = Track(a, ks, Loc("<recording>", 0, f"axes.{a}"))
    return Shot(name, fps, None, tracks, (), {}, 1, False, "video", None, "<recording>")


# --- keeping a hard jog within amax: key positions moved within the band ---------------------
#
# The planner allows a velocity step at a key up to what amax gives in one tick. A jog that
# brakes at amax for many ticks, recorded in whole counts, has steps a count or two beyond
# that (rounding), so keys there are moved within the band. Offsets y_k (in units of the
# tolerance) from each key's sample are found exactly: going forwards, the offsets of two
# consecutive keys that every condition so far allows form a convex polygon, carried to the
# next pair by the step condition (an affine map plus a vertical stretch) and cut by that
# segment's conditions (each sample within the band, the slope within vmax, the key within
# the axis's travel); going back, each key takes the allowed offset nearest its sample.

Poly = list[tuple[float, float]]
_GEO_EPS = 1e-12


def _hull(pts: Poly) -> Poly:
    """Convex hull, counter-clockwise (Andrew's monotone chain); degenerate input gives a
    segment or a point."""
    pts = sorted(set(pts))
    if len(pts) <= 2:
        return pts

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: Poly = []
    for q in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], q) <= 0:
            lower.pop()
        lower.append(q)
    upper: Poly = []
    for q in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], q) <= 0:
            upper.pop()
        upper.append(q)
    return lower[:-1] + upper[:-1]


def _clip(poly: Poly, a: float, b: float, c: float) -> Poly:
    """The part of a convex polygon where a*x + b*y <= c."""
    if not poly:
        return poly
    tol = _GEO_EPS * (1 + abs(c))
    out: Poly = []
    n = len(poly)
    for i in range(n):
        p, q = poly[i], poly[(i + 1) % n]
        fp = a * p[0] + b * p[1] - c
        fq = a * q[0] + b * q[1] - c
        if fp <= tol:
            out.append(p)
        if (fp < -tol and fq > tol) or (fp > tol and fq < -tol):
            s = fp / (fp - fq)
            out.append((p[0] + s * (q[0] - p[0]), p[1] + s * (q[1] - p[1])))
    return _hull(out) if len(out) > 2 else list(dict.fromkeys(out))


def _range(poly: Poly, axis: int) -> tuple[float, float]:
    vals = [v[axis] for v in poly]
    return min(vals), max(vals)


def _slice(poly: Poly, y: float) -> tuple[float, float]:
    """The x range of the polygon on the line at second coordinate y (the nearest point's x
    when rounding leaves the line just outside)."""
    xs = []
    n = len(poly)
    for i in range(n):
        p, q = poly[i], poly[(i + 1) % n]
        if abs(p[1] - y) <= _GEO_EPS:
            xs.append(p[0])
        if (p[1] - y) * (q[1] - y) < 0:
            s = (y - p[1]) / (q[1] - p[1])
            xs.append(p[0] + s * (q[0] - p[0]))
    if not xs:
        near = min(poly, key=lambda v: abs(v[1] - y))
        return near[0], near[0]
    return min(xs), max(xs)


def _nearest(lo: float, hi: float, want: float = 0.0) -> float:
    return min(max(want, lo), hi) if lo <= hi else (lo + hi) / 2


def _band_solve(
    t: np.ndarray, p: np.ndarray, ak: AxisKeys, lim: AxisLimits, tol: float, hz: int
) -> list[float] | int:
    """Key positions within tol of every sample (polyline), with every velocity step within
    amax for one tick, every slope within vmax and every key within the axis's travel,
    each key as near its sample as that allows. Returns the positions, or the index of the
    first key by which no positions can meet the conditions."""
    idx = ak.idx
    m = len(idx) - 1
    P = [float(p[i]) for i in idx]
    h = [float(t[idx[k + 1]] - t[idx[k]]) for k in range(m)]
    flat = [ak.flat(k) for k in range(m)]
    fixed = _fixed(ak)
    # the planner checks steps and slopes strictly: aim a hair inside so that its own float
    # arithmetic cannot tip a key over (the band is checked here, with the same slack)
    W = 1.0
    S = lim.amax * (1 - 1e-6) / hz
    V = lim.vmax * (1 - 1e-6)
    G = [(P[k + 1] - P[k]) / tol for k in range(m)]

    def box(k: int) -> tuple[float, float]:
        lo, hi = (-1e-9, 1e-9) if k in fixed else (-W, W)
        return max(lo, (lim.min - P[k]) / tol), min(hi, (lim.max - P[k]) / tol)

    def cut(poly: Poly, k: int) -> Poly:
        # segment k's conditions on (y_k, y_k+1)
        lo, hi = box(k + 1)
        poly = _clip(_clip(poly, 0, 1, hi), 0, -1, -lo)
        if flat[k]:
            return poly
        for i in range(idx[k] + 1, idx[k + 1]):
            lam = (t[i] - t[idx[k]]) / h[k]
            e = (p[i] - (1 - lam) * P[k] - lam * P[k + 1]) / tol
            poly = _clip(_clip(poly, 1 - lam, lam, W + e), lam - 1, -lam, W - e)
        vb = V * h[k] / tol
        return _clip(_clip(poly, -1, 1, vb - G[k]), 1, -1, vb + G[k])

    lo0, hi0 = box(0)
    lo1, hi1 = box(1)
    if flat[0]:
        lo, hi = max(lo0, lo1), min(hi0, hi1)
        first: Poly = [(lo, lo), (hi, hi)] if lo <= hi else []
    else:
        first = [(lo0, lo1), (hi0, lo1), (hi0, hi1), (lo0, hi1)]
    polys: list[Poly] = [[], cut(_hull(first), 0)]
    if not polys[1]:
        return 1
    for k in range(1, m):
        poly = polys[k]
        if flat[k]:
            if not flat[k - 1]:
                sb = S * h[k - 1] / tol  # arriving at a hold: the step is the whole slope
                poly = _clip(_clip(poly, -1, 1, sb - G[k - 1]), 1, -1, sb + G[k - 1])
            new = _hull([(b, b) for _, b in poly])
        else:
            D = S * h[k] / tol
            if flat[k - 1]:
                mapped = [(b, b - G[k]) for _, b in poly]
            else:
                r = h[k] / h[k - 1]
                mapped = [(b, b + r * (b - a) + r * G[k - 1] - G[k]) for a, b in poly]
            new = _hull([(x, y + D) for x, y in mapped] + [(x, y - D) for x, y in mapped])
        new = cut(new, k)
        if not new:
            return k + 1
        polys.append(new)
    y = [0.0] * (m + 1)
    y[m] = _nearest(*_range(polys[m], 1))
    y[m - 1] = _nearest(*_slice(polys[m], y[m]))
    for k in range(m - 1, 0, -1):
        b, c = y[k], y[k + 1]
        lo, hi = _slice(polys[k], b)
        if flat[k - 1]:
            lo = hi = b
        elif not flat[k]:
            r = h[k] / h[k - 1]
            D = S * h[k] / tol
            X = b * (1 + r) + r * G[k - 1] - G[k] - c
            lo, hi = max(lo, (X - D) / r), min(hi, (X + D) / r)
        y[k - 1] = _nearest(lo, hi)
    return [P[k] if k in fixed else float(P[k] + tol * y[k]) for k in range(m + 1)]


def _densify(ak: AxisKeys, k0: int, k1: int, p: np.ndarray) -> bool:
    """Every sample between keys k0 and k1 becomes a key (linear segments stay linear).
    False when there was none to add."""
    k0, k1 = max(0, k0), min(len(ak.idx) - 1, k1)
    idx, pos, interp = [], [], []
    added = False
    for k in range(len(ak.idx)):
        idx.append(ak.idx[k])
        pos.append(ak.pos[k])
        interp.append(ak.interp[k])
        if k0 <= k < k1 and not ak.flat(k):
            for i in range(ak.idx[k] + 1, ak.idx[k + 1]):
                idx.append(i)
                pos.append(float(p[i]))
                interp.append("linear")
                added = True
    ak.idx, ak.pos, ak.interp = idx, pos, interp
    return added


def _fixed(ak: AxisKeys) -> set[int]:
    """Keys that stay on their sample: the ends and every key of a hold or ease segment
    (a hold needs equal positions; an ease between them stays flat)."""
    m = len(ak.idx) - 1
    out = {0, m}
    for k in range(m):
        if ak.flat(k):
            out |= {k, k + 1}
    return out


def _thin(t: np.ndarray, p: np.ndarray, ak: AxisKeys, lim: AxisLimits, tol: float, hz: int) -> None:
    """Drop every key whose two segments can be one without leaving the band or breaking a
    limit (after _repair, a key at every sample is more than a gentle stretch needs)."""
    S = lim.amax * (1 - 1e-6) / hz
    V = lim.vmax * (1 - 1e-6)
    fixed = _fixed(ak)
    idx, pos, interp = ak.idx, ak.pos, ak.interp
    keep = [0]
    k = 1
    while k < len(idx) - 1:
        a = keep[-1]
        b = k + 1
        ok = k not in fixed and interp[a] == "linear" and interp[k] == "linear"
        if ok:
            ta, tb = t[idx[a]], t[idx[b]]
            slope = (pos[b] - pos[a]) / (tb - ta)
            ts = t[idx[a] : idx[b] + 1]
            line = pos[a] + slope * (ts - ta)
            ok = abs(slope) <= V and float(np.max(np.abs(line - p[idx[a] : idx[b] + 1]))) <= tol
            if ok and a > 0:
                before = keep[-2]
                left = 0.0 if interp[before] != "linear" else (pos[a] - pos[before]) / (ta - t[idx[before]])
                ok = abs(slope - left) <= S
            if ok and b < len(idx) - 1:
                right = 0.0 if interp[b] != "linear" else (pos[b + 1] - pos[b]) / (t[idx[b + 1]] - tb)
                ok = abs(right - slope) <= S
        if not ok:
            keep.append(k)
        k += 1
    keep.append(len(idx) - 1)
    ak.idx = [idx[k] for k in keep]
    ak.pos = [pos[k] for k in keep]
    ak.interp = [interp[k] for k in keep]


def _repair(
    t: np.ndarray, p: np.ndarray, ak: AxisKeys, bad: list[int], lim: AxisLimits, tol: float, hz: int
) -> None:
    """Keys that the planner found beyond a limit (``bad``): the keys around them become every
    sample there, then every key's position is chosen within the band (``_band_solve``); where
    no positions can meet the limits, more samples there become keys; then keys that are not
    needed go again. Raises ShotError when even a key at every sample cannot."""
    for k in sorted(set(bad), reverse=True):  # from the end: densifying shifts later indexes
        _densify(ak, k - 2, k + 2, p)
    for _ in range(1000):
        res = _band_solve(t, p, ak, lim, tol, hz)
        if isinstance(res, list):
            ak.pos = res
            _thin(t, p, ak, lim, tol, hz)
            return
        if not (_densify(ak, res - 8, res + 1, p) or _densify(ak, res - 64, res + 8, p)):
            tk = float(t[ak.idx[res]])
            raise ShotError(
                None,
                f"{lim.name}: near t={tk:.3f} s no shot within {tol:g} {lim.symbol} of the take keeps "
                f"{lim.name} within amax {lim.amax:g} {lim.symbol}/s², vmax {lim.vmax:g} {lim.symbol}/s and "
                f"{lim.min:g}..{lim.max:g} {lim.symbol}; raise --tolerance or jog more gently there",
            )
    raise ShotError(None, f"{lim.name}: keyframes did not settle (a bug: please report it)")


def _num(x: float) -> str:
    """A number as short as it reads back exactly: six decimals at most for recorded values
    (whole counts and tick times), every digit for a position moved within the band."""
    s = f"{x:.6f}".rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s if float(s) == x else repr(float(x))


def _body(name: str, fps: float, t: np.ndarray, keys: dict[str, AxisKeys], units: dict[str, str]) -> str:
    lines = [f"name = {json.dumps(name, ensure_ascii=False)}", f"fps = {_num(fps)}", ""]
    for a, ak in keys.items():
        lines.append(f"[axes.{a}]  # {len(ak.idx)} key{'s' if len(ak.idx) != 1 else ''} ({units[a]})")
        lines.append('interp = "linear"')
        lines.append("keys = [")
        last = len(ak.idx) - 1
        for k, (i, q, it) in enumerate(zip(ak.idx, ak.pos, ak.interp, strict=True)):
            extra = f', interp = "{it}"' if it != "linear" and k != last else ""
            lines.append(f"  {{ t = {_num(float(t[i]))}, pos = {_num(q)}{extra} }},")
        lines += ["]", ""]
    return "\n".join(lines)


def _add_stray_keys(ak: AxisKeys, dev: np.ndarray, p: np.ndarray, tol: float) -> bool:
    """Where the plan strays more than tol from the take (``dev`` per sample), the worst
    sample of each such segment becomes a key. Linear keys give a plan that is the polyline
    itself, so this only acts if the planner's curves ever differ from it. True if any added."""
    if len(ak.idx) < 2 or dev.max() <= tol + 1e-9:
        return False
    seg = np.searchsorted(np.array(ak.idx), np.arange(len(dev)), side="right") - 1
    worst: dict[int, int] = {}
    for i in np.flatnonzero(dev > tol + 1e-9):
        s = int(min(seg[i], len(ak.idx) - 2))
        if not ak.flat(s) and (s not in worst or dev[i] > dev[worst[s]]):
            worst[s] = int(i)
    for s in sorted(worst, reverse=True):
        ak.idx.insert(s + 1, worst[s])
        ak.pos.insert(s + 1, float(p[worst[s]]))
        ak.interp.insert(s + 1, "linear")
    return bool(worst)


def _deviation(plan: Plan, rec: Recording, axis: str) -> np.ndarray:
    """|planned - recorded| at every recorded tick (the plan's own ticks: same grid)."""
    ticks = rec.ticks()
    return np.abs(plan.pos[axis][ticks] - rec.positions(axis))


def _check_rest(plan: Plan, limits: dict[str, AxisLimits]) -> None:
    # The planner checks velocity steps between keys; the first and last key meet a rig at
    # rest (before pre-roll ends, after the shot), so a take that starts or ends moving
    # faster than one tick of amax allows cannot be played as it was.
    for a, vel in plan.vel.items():
        lim = limits[a]
        for where, v in (("starts", vel[0]), ("ends", vel[-1])):
            if abs(v) * plan.hz > lim.amax * (1 + 1e-9):
                raise ShotError(
                    None,
                    f"the take {where} with {a} moving at {v:.3f} {lim.symbol}/s, more than the rig can "
                    f"reach from rest in one tick (amax {lim.amax:g} {lim.symbol}/s²): "
                    f"record from rest to rest",
                )


def fit_recording(
    rec: Recording,
    name: str,
    fps: float = 25.0,
    tolerance: float = TOLERANCE,
    limits: dict[str, AxisLimits] | None = None,
) -> Fit:
    """Keyframes for ``rec`` such that the planned shot (plan_shot against ``limits``, by
    default the board's from the recording) stays within ``tolerance`` (axis units) of the
    recording at every recorded tick, with few keys; the shot file's text and the figures.

    Per axis: a still axis gets one key; otherwise still stretches become hold segments (ease
    where the take starts or ends at rest) and the moving parts a polyline of linear keys,
    each chord as long as the tolerance band allows. The result is parsed and planned like
    any shot file; where the planner strays, the worst sample becomes a key, and where it
    reports a limit (a velocity step beyond amax: a hard jog), keys there are moved within
    the band, or every sample there becomes a key, until it does not. A take that cannot be
    followed within the limits raises ShotError (one line)."""
    from .shotfile import parse_shot

    if not (isinstance(tolerance, int | float) and math.isfinite(tolerance) and tolerance > 0):
        raise BadInput(f"tolerance {tolerance!r}: must be a positive number of axis units")
    if not (math.isfinite(fps) and 0 < fps <= 240):
        raise BadInput(f"fps {fps:g}: must be in 0 < fps <= 240")
    if not name.strip():
        raise BadInput("the shot needs a name (--name)")
    if len(rec.samples) < 2:
        raise ShotError(None, f"the take has {len(rec.samples)} sample(s): nothing to play back")
    limits = limits if limits is not None else rec.limits
    missing = [a for a in rec.axes if a not in limits]
    if missing:
        have = f"the limits given cover {', '.join(limits)}" if limits else "no limits were given"
        raise ShotError(
            None, f"no limits for {', '.join(missing)}: {have} (plan.limits_from_rig reads a board's)"
        )
    hz = rec.hz
    ticks = rec.ticks()
    t = ticks / hz
    pos = {a: rec.positions(a) for a in rec.axes}
    keys: dict[str, AxisKeys] = {}
    for a in rec.axes:
        one = _one_key(pos[a], tolerance)
        if one is not None:
            keys[a] = AxisKeys([0], [one], ["linear"])
        else:
            keys[a] = _initial_keys(t, pos[a], tolerance, hz)
    if all(len(ak.idx) == 1 for ak in keys.values()):
        raise ShotError(
            None,
            f"nothing moved in the take: {', '.join(rec.axes)} stayed within {tolerance:g} of where they began",
        )
    for _ in range(50):
        plan = plan_shot(_shot(name, fps, t, keys), limits, hz)
        changed = False
        for a in rec.axes:
            changed |= _add_stray_keys(keys[a], _deviation(plan, rec, a), pos[a], tolerance)
            bad = [v.loc.line - 1 for v in plan.violations if v.axis == a and v.loc is not None]
            if bad:
                _repair(t, pos[a], keys[a], bad, limits[a], tolerance, hz)
                changed = True
        if not changed:
            break
    else:
        raise ShotError(None, "keyframes did not settle after 50 rounds of checks (a bug: please report it)")
    nudged = {
        a: sum(1 for i, q in zip(ak.idx, ak.pos, strict=True) if q != pos[a][i]) for a, ak in keys.items()
    }
    body = _body(name, fps, t, keys, {a: limits[a].unit for a in rec.axes})
    # the file as written, read back and planned like any shot file: what `shot play` will do
    shot = parse_shot(body, f"{name}.toml", axes=list(limits))
    plan = plan_shot(shot, limits, hz)
    if plan.violations:
        raise ShotError(None, f"the recorded shot is not playable: {plan.violations[0]}")
    _check_rest(plan, limits)
    deviation = {a: float(_deviation(plan, rec, a).max()) for a in rec.axes}
    for a, d in deviation.items():
        if d > tolerance + 1e-9:
            raise ShotError(
                None, f"{a}: the written shot strays {d:.6f} from the take (a bug: please report it)"
            )
    notes = []
    if rec.lost:
        notes.append(
            f"{rec.lost} telemetry frame(s) lost on the link: those ticks are not in the take and "
            "were not checked"
        )
    if rec.late:
        notes.append(f"{rec.late} tick(s) ran late on the board; key times follow the tick count")
    for a, k in nudged.items():
        if k:
            notes.append(f"{a}: {k} key(s) moved off their sample (within tolerance) to keep amax")
    head = [
        f"# Recorded by `orbitrig shot record` at {rec.started or 'an unknown time'} from the "
        f"{rec.board or 'unknown board'}.",
        f"# {len(rec.samples)} samples at {hz} Hz over {rec.duration:.3f} s; "
        f"{rec.lost} telemetry frame(s) lost.",
        f"# Tolerance {tolerance:g} (axis units): the planned shot stays within it of the recording at "
        "every recorded tick.",
        "# Largest deviation: "
        + ", ".join(f"{a} {deviation[a]:.4f} {limits[a].unit}" for a in rec.axes)
        + "; keys: "
        + ", ".join(f"{a} {len(keys[a].idx)}" for a in rec.axes)
        + ".",
    ]
    head += [f"# Note: {n}." for n in notes]
    text = "\n".join(head) + "\n" + body
    return Fit(text, {a: len(keys[a].idx) for a in rec.axes}, deviation, plan, nudged, notes)


def to_shot_toml(
    samples: Recording,
    name: str,
    fps: float = 25.0,
    tolerance: float = TOLERANCE,
    limits: dict[str, AxisLimits] | None = None,
) -> str:
    """The shot file text that plays the recording back (see fit_recording)."""
    return fit_recording(samples, name, fps, tolerance, limits).text


# ---------------------------------------------------------------------------------------------
# keys -> jogs


# key -> (axis, direction). Arrow keys arrive as escape sequences; split_keys names them.
JOG_KEYS: dict[str, tuple[str, int]] = {
    "RIGHT": ("pan", 1),
    "LEFT": ("pan", -1),
    "UP": ("tilt", 1),
    "DOWN": ("tilt", -1),
    "]": ("roll", 1),
    "[": ("roll", -1),
    ".": ("slider", 1),
    ",": ("slider", -1),
    "=": ("focus", 1),
    "-": ("focus", -1),
}
_ARROWS = {"A": "UP", "B": "DOWN", "C": "RIGHT", "D": "LEFT"}
DEFAULT_SPEED = 0.3  # fraction of vmax before a number key is pressed
# A terminal reports a held key as the key again and again: first after its auto-repeat delay
# (often 250-600 ms), then some 15-50 times a second. A jog lasts while the repeats come.
HOLD_FIRST_S = 0.65
HOLD_REPEAT_S = 0.15
REFRESH_S = 0.05  # JOG resent this often while a key is held...
DEADMAN_MS = 300  # ...and the board stops the jog by itself if none comes for this long


@dataclass(frozen=True)
class Action:
    """What one key asks for: kind is "jog", "speed", "stop", "finish", "abort" or "none"."""

    kind: str
    axis: str = ""
    direction: int = 0
    speed: float = 0.0  # "speed": fraction of vmax


def split_keys(data: str) -> tuple[list[str], str]:
    """Terminal input -> key names (arrow escape sequences become "UP", "DOWN", "RIGHT",
    "LEFT"; other characters stay themselves) and the tail of an escape sequence cut short,
    to be prefixed to the next read."""
    keys: list[str] = []
    i = 0
    while i < len(data):
        ch = data[i]
        if ch != "\x1b":
            keys.append(ch)
            i += 1
            continue
        if i + 1 >= len(data):
            return keys, data[i:]
        if data[i + 1] in "[O":
            if i + 2 >= len(data):
                return keys, data[i:]
            j = i + 2
            while j < len(data) and not ("@" <= data[j] <= "~"):  # parameters, up to the final byte
                j += 1
            if j >= len(data):
                return keys, data[i:]
            plain = j == i + 2 and data[j] in _ARROWS  # a modified arrow (Ctrl, Shift) is not one
            keys.append(_ARROWS[data[j]] if plain else "ESC" + data[i + 1 : j + 1])
            i = j + 1
        else:
            keys.append("ESC")
            i += 1
    return keys, ""


def action_for(key: str) -> Action:
    """One key's action (the table in `orbitrig shot record --help`)."""
    if key in JOG_KEYS:
        axis, direction = JOG_KEYS[key]
        return Action("jog", axis, direction)
    if len(key) == 1 and "1" <= key <= "9":
        return Action("speed", speed=int(key) / 10)
    if key == " ":
        return Action("stop")
    if key in ("\r", "\n", "q", "Q"):
        return Action("finish")
    if key == "\x03":  # Ctrl-C as a character (a terminal in raw mode)
        return Action("abort")
    return Action("none")


@dataclass
class Held:
    """A jog key being held: its direction, and until when it counts as held."""

    direction: int
    until: float  # host monotonic s: past this with no repeat, the key was let go


class JogPad:
    """Turns key actions into JOG commands on one board: a held key jogs its axis at the
    chosen fraction of vmax, with the board's deadman refreshed while the key repeats; when
    the repeats stop, the axis ramps down. One jog session carries every held axis."""

    def __init__(self, rig: Rig, axes: Sequence[str], speed: float = DEFAULT_SPEED) -> None:
        self.rig = rig
        self.axes = list(axes)
        self.vmax = {a: rig.axis(a).vmax for a in self.axes}
        self.speed = speed
        self.held: dict[str, Held] = {}
        self.session: int | None = None
        self.message = ""
        self._refreshed = 0.0

    def velocity(self, axis: str, direction: int) -> float:
        return round(direction * self.speed * self.vmax[axis], 3)

    def _jog(self, axis: str, vel: float) -> None:
        rig = self.rig
        if self.session is not None:
            try:
                rig.jog(axis, vel, jog_id=self.session, timeout_ms=DEADMAN_MS)
                return
            except BadInput:
                # the board ended the session (its deadman ran out while the host was busy)
                self.session = None
                for a in list(self.held):
                    if a != axis:
                        del self.held[a]
        self.session = rig.jog(axis, vel, timeout_ms=DEADMAN_MS)

    def handle(self, act: Action, now: float) -> None:
        """Apply one key's action at host time ``now`` (monotonic seconds)."""
        try:
            if act.kind == "jog":
                if act.axis not in self.vmax:
                    self.message = f"{act.axis} is not being recorded"
                    return
                h = self.held.get(act.axis)
                if h is not None and h.direction == act.direction:
                    h.until = now + HOLD_REPEAT_S  # a repeat: the key is still down
                    return
                self._jog(act.axis, self.velocity(act.axis, act.direction))
                self.held[act.axis] = Held(act.direction, now + HOLD_FIRST_S)
                self.message = ""
            elif act.kind == "speed":
                self.speed = act.speed
                for a, h in self.held.items():
                    self._jog(a, self.velocity(a, h.direction))
            elif act.kind == "stop":
                self.stop_all()
        except CommandRefused as e:
            self.message = e.reason or str(e)

    def service(self, now: float) -> None:
        """Release axes whose key stopped repeating; keep the deadman fed for the others."""
        try:
            for a in [a for a, h in self.held.items() if now > h.until]:
                del self.held[a]
                if self.held:
                    self._jog(a, 0.0)
                elif self.session is not None:
                    self.rig.jog_end(self.session)
                    self.session = None
            if self.held and now - self._refreshed >= REFRESH_S:
                self._refreshed = now
                for a, h in list(self.held.items()):
                    self._jog(a, self.velocity(a, h.direction))
        except CommandRefused as e:
            self.message = e.reason or str(e)
            self.held.clear()

    def stop_all(self) -> None:
        """Every jog ramps down (the space bar, the end of the take, Ctrl-C)."""
        self.held.clear()
        if self.session is not None:
            session, self.session = self.session, None
            self.rig.jog_end(session)

    def describe(self) -> str:
        held = " ".join(f"{a}{'+' if h.direction > 0 else '-'}" for a, h in self.held.items())
        return f"speed {round(self.speed * 100)}%" + (f"  jog {held}" if held else "")


# ---------------------------------------------------------------------------------------------
# the terminal


@contextlib.contextmanager
def cbreak(fd: int) -> Iterator[None]:
    """Keys arrive one by one without echo; the terminal is restored on every way out
    (Ctrl-C still raises KeyboardInterrupt: cbreak keeps signals)."""
    import termios
    import tty

    old = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, old)


def status_line(rec: Recorder, pad: JogPad) -> str:
    """Axis positions, speed, held jogs, samples and the pad's last message."""
    s = rec.last
    parts = []
    for a in rec.axes:
        parts.append(f"{a.name} {s.pos[a.index]:.3f}{a.unit_symbol}" if s is not None else f"{a.name} -")
    r = rec.recording
    tail = f"  {r.duration:5.1f} s {len(r.samples)} samples {r.lost} lost  {pad.describe()}"
    return "  ".join(parts) + tail + (f"  ({pad.message})" if pad.message else "")


def jog_session(
    rec: Recorder,
    pad: JogPad,
    fd: int,
    seconds: float | None = None,
    show: Callable[[str], None] | None = None,
) -> str:
    """Read keys from terminal ``fd`` (already in cbreak mode) and drive ``pad`` while
    ``rec`` records, until Enter/q ("finish"), ``seconds`` ("time") or Ctrl-C ("abort").
    Every jog is stopped before it returns, whichever way it ends."""
    pending = ""
    pending_since = 0.0
    start = time.monotonic()
    shown = 0.0
    try:
        while True:
            now = time.monotonic()
            if seconds is not None and now - start >= seconds:
                return "time"
            raw = b""
            if select.select([fd], [], [], 0.01)[0]:
                raw = os.read(fd, 256)
                if not raw:  # the terminal hung up: as Ctrl-C, nothing is written
                    raise KeyboardInterrupt
            data = raw.decode("utf-8", "replace")
            if data:
                pending_since = now
            elif pending and now - pending_since > 0.05:
                pending = ""  # an Escape key on its own, not the start of an arrow: no action
            keys, pending = split_keys(pending + data)
            now = time.monotonic()
            for key in keys:
                act = action_for(key)
                if act.kind == "finish":
                    return "finish"
                if act.kind == "abort":
                    raise KeyboardInterrupt
                pad.handle(act, now)
            pad.service(now)
            rec.poll(0.0)
            if show is not None and now - shown >= 0.1:
                shown = now
                show(status_line(rec, pad))
    finally:
        with contextlib.suppress(RigError):
            pad.stop_all()


# ---------------------------------------------------------------------------------------------
# the command

KEYS_HELP = """\b
Keys (hold a key to jog; the jog ramps down when you let go):
  left / right arrows   pan  - / +
  down / up arrows      tilt - / +
  [ / ]                 roll - / +
  , / .                 slider - / +
  - / =                 focus - / +
  1 .. 9                speed: 10% .. 90% of the axis's vmax (30% to start)
  space                 stop every jog
  Enter or q            finish: the rig comes to rest, then the file is written
  Ctrl-C                abort: every jog stops, nothing is written"""


def _parse_axes(spec: str | None) -> list[str] | None:
    if spec is None:
        return None
    names = [a.strip() for a in spec.split(",")]
    if not all(names):
        raise BadInput(f"--axes {spec!r}: expected names separated by commas, e.g. pan,tilt")
    return names


def _show(text: str) -> None:
    click.echo("\r" + text + "\x1b[K", err=True, nl=False)


@click.command(epilog=KEYS_HELP)
@click.argument("out", metavar="OUT.toml", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--port",
    "-p",
    envvar="ORBITRIG_PORT",
    required=True,
    help="board port: /dev/ttyACM0, an emulated board's /dev/pts/N, or a pySerial URL [env: ORBITRIG_PORT]",
)
@click.option("--name", help="the shot's name [OUT's file name]")
@click.option("--fps", type=float, default=25.0, show_default=True, help="the shot's frame rate")
@click.option(
    "--tolerance",
    type=float,
    default=TOLERANCE,
    show_default=True,
    help="largest distance (axis units) of the planned shot from the recording at any tick",
)
@click.option("--seconds", type=float, help="stop recording after this many seconds")
@click.option("--axes", "axes_spec", help="axes to record, e.g. pan,tilt [all the board's]")
@click.option("--force", is_flag=True, help="overwrite OUT.toml if it exists")
@click.option("--timeout", type=float, default=2.0, show_default=True, help="seconds to wait for each answer")
def record(
    out: Path,
    port: str,
    name: str | None,
    fps: float,
    tolerance: float,
    seconds: float | None,
    axes_spec: str | None,
    force: bool,
    timeout: float,
) -> None:
    """Record a move you make by jogging, into a shot file OUT.toml that plays it back.

    The board must be armed (this command arms nothing) and its steppers homed. Recording
    starts at once: every axis's position at every board tick (200 Hz). When you finish,
    the rig comes to rest, keyframes are chosen so that the planned shot stays within
    --tolerance of the recording at every tick (docs/shot_record.md), and the file is
    written; `orbitrig shot play OUT.toml` plays it back.
    """
    if out.exists() and not force:
        raise BadInput(f"{out} exists; use --force to overwrite it")
    if not out.parent.is_dir():
        raise BadInput(f"{out}: no such folder {out.parent}")
    if not os.access(out.parent, os.W_OK):  # found out now, not after the take
        raise BadInput(f"{out}: the folder {out.parent} is not writable")
    if not (math.isfinite(tolerance) and tolerance > 0):
        raise BadInput(f"--tolerance {tolerance:g}: must be a positive number of axis units")
    if not (math.isfinite(fps) and 0 < fps <= 240):
        raise BadInput(f"--fps {fps:g}: must be in 0 < fps <= 240")
    if not (math.isfinite(timeout) and 0 < timeout <= 3600):
        raise BadInput(f"--timeout {timeout:g}: must be in 0 < seconds <= 3600")
    if seconds is not None and not (math.isfinite(seconds) and 0 < seconds <= 3600):
        raise BadInput(f"--seconds {seconds:g}: must be in 0 < seconds <= 3600")
    shot_name = name if name is not None else out.stem
    if not shot_name.strip():
        raise BadInput("--name: the shot needs a name")
    axes = _parse_axes(axes_spec)
    if not sys.stdin.isatty():
        raise BadInput("shot record reads the jog keys from a terminal, and stdin is not one")
    from orbitrig.protocol.messages import Flag

    with Rig.connect(port, timeout=timeout) as rig:
        rec = Recorder(rig, axes)
        pad = JogPad(rig, [a.name for a in rec.axes])
        st = rig.status()
        steppers = [a.name for a in rec.axes if a.kind == "STEPPER"]
        rec.start()
        if st.flags & Flag.NOT_HOMED and steppers:
            click.echo(f"note: not homed: {', '.join(steppers)} will not jog until `orbitrig home`", err=True)
        click.echo(
            f"recording {', '.join(a.name for a in rec.axes)} on {port}: hold the keys to jog "
            "(arrows pan/tilt, [ ] roll, , . slider, - = focus, 1-9 speed, space stop); Enter or q finishes",
            err=True,
        )
        fd = sys.stdin.fileno()
        try:
            with cbreak(fd):
                how = jog_session(rec, pad, fd, seconds, _show)
            click.echo("", err=True)
            if how == "time":
                click.echo(f"--seconds {seconds:g} reached", err=True)
            rec.wait_still()
        except KeyboardInterrupt:
            click.echo("", err=True)
            rec.stop()
            # stay on the link until the rig is still: a link that closes on a moving rig is
            # a lost link to the board, which holds the rig and latches HOLD
            with contextlib.suppress(RigError):
                rig.wait_idle(timeout=10)
            click.echo("aborted: every jog stopped; nothing written", err=True)
            sys.exit(130)
        recording = rec.stop()
    fit = fit_recording(recording, shot_name, fps, tolerance)
    tmp = out.with_name(out.name + ".tmp")
    try:
        tmp.write_text(fit.text, encoding="utf-8")
        os.replace(tmp, out)
    except OSError as e:
        raise BadInput(f"{out}: cannot write: {e.strerror or e}") from None
    click.echo(
        f'wrote {out}: "{shot_name}", {recording.duration:.3f} s, {len(recording.samples)} samples, '
        f"{recording.lost} lost"
    )
    for a in recording.axes:
        u = recording.limits[a].symbol
        n = fit.keys[a]
        click.echo(
            f"  {a:<7} {n:5d} key{'s' if n != 1 else ' '}   largest deviation {fit.deviation[a]:.4f} {u}"
        )
    for n in fit.notes:
        click.echo(f"  note: {n}")
