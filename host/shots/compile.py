"""Plan -> the words the board plays: per-axis constant-jerk segments, trigger edges, an END.

The board integrates each axis one tick at a time in the motion core's fixed point
(firmware/orbitfw/motion.py): a whole part in 0.001 unit and a 24-bit fraction. With the
per-tick state S (position), V (velocity), H (acceleration / 2) and constant jerk given as
J6 = j/6 and J2 = j/2, one tick is

    S += V + H + J6;   V += 2H + J2;   H += J2

The compiler always sends J2 = 3 * J6 exactly. Then, after k ticks,
S_k = S + k V + k**2 H + k**3 J6: the board traces an exact integer cubic and nothing drifts,
however long a segment runs. So the host knows the board's command at every tick to the
last bit (`Compiled.board_pos`), and two plays of one shot command the same positions.

Each axis's curve is cut into segments (at most `MAX_SEG` ticks) where a cubic that meets the
curve's position and velocity at both ends stays within `tolerance` of it at every tick.
Every segment starts from the curve's exact state at its first tick (rounded once), so an
error never carries from one segment into the next.

Records (docs/shots.md): SEG 12 words, EDGE 4 words, END 2 words, sorted by key tick.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field

import numpy as np

from .model import ShotError
from .plan import Plan

PERIOD_US = 5000  # 1e6 / TICK_HZ
R_SEG, R_EDGE, R_END, R_SMS, R_FRAME = 1, 2, 3, 4, 5
SEG_WORDS, EDGE_WORDS, END_WORDS = 12, 4, 2
MAX_SEG = 1 << 20  # ticks in one segment (the record's length field holds 22 bits)
MAX_EDGES = 1 << 18  # the record's edge index field
ONE = 1 << 24
_FM = ONE - 1
TOLERANCE = 0.5  # 0.001 unit: how far a segment may stray from the curve between its ends


@dataclass
class Segment:
    axis: int
    start: int  # tick
    n: int  # ticks
    S: int  # state at `start`, LSB (2**-24 of 0.001 unit)
    V: int  # per tick
    H: int  # per tick**2 (acceleration / 2)
    J6: int  # per tick**3 (jerk / 6)


@dataclass
class Compiled:
    """A shot ready for the board."""

    plan: Plan
    axes: list[str]  # the board's axes in index order
    words: list[int]
    segments: list[Segment]
    edges: list[tuple[int, int, int, int, int]]  # (fire us, line, level, hold, cue)
    board_pos: dict[str, np.ndarray] = field(default_factory=dict)  # 0.001 unit, every tick
    fit_error: dict[str, float] = field(default_factory=dict)  # max |board - curve|, 0.001 unit

    frames: list[dict[str, int]] = field(default_factory=list)  # stop-motion: frame -> axis -> 0.001 unit

    @property
    def stopmotion(self) -> bool:
        return bool(self.frames)

    @property
    def ticks(self) -> int:
        """The key space the board counts: ticks, or frames for a stop-motion shot."""
        return len(self.frames) if self.frames else self.plan.ticks

    @property
    def crc(self) -> int:
        return zlib.crc32(self.data)

    @property
    def data(self) -> bytes:
        return struct.pack(f"<{len(self.words)}i", *self.words)

    @property
    def start(self) -> dict[str, int]:
        """Every driven axis's position at tick 0 (0.001 unit): where pre-roll must put it."""
        return {a: int(p[0]) for a, p in self.board_pos.items()}

    def edge_time_us(self, i: int) -> int:
        return self.edges[i][0]


def _fit(pos_u: np.ndarray, vel_u: np.ndarray, k0: int, n: int) -> tuple[int, int, int, int]:
    """The integer segment (S, V, H, J6 in LSB) over ticks k0..k0+n: a cubic meeting the curve's
    position and velocity at k0 and its velocity at the end; the jerk is rounded to the LSB
    first and H then chosen to land on the end position, so the rounding cannot drift."""
    p0, p1 = pos_u[k0], pos_u[k0 + n]
    v0, v1 = vel_u[k0], vel_u[k0 + n]
    c3 = (2 * (p0 - p1) + n * (v0 + v1)) / (n * n * n)
    S = round(p0 * ONE) if k0 else round(p0) * ONE  # tick 0 starts on a whole 0.001 unit
    V = round(v0 * ONE)
    J6 = round(c3 * ONE)
    H = round((p1 * ONE - S - V * n - J6 * n * n * n) / (n * n))
    return S, V, H, J6


_KS = np.arange(MAX_SEG + 1, dtype=float)


def _err(pos_u: np.ndarray, k0: int, n: int, seg: tuple[int, int, int, int]) -> float:
    """Largest |segment - curve| over its ticks, in 0.001 unit."""
    S, V, H, J6 = seg
    u = _KS[: n + 1]
    fit = (S + u * (V + u * (H + u * J6))) / ONE
    return float(np.max(np.abs(fit - pos_u[k0 : k0 + n + 1])))


def _segments(
    axis: int, pos_u: np.ndarray, vel_u: np.ndarray, knots: np.ndarray, tol: float
) -> list[Segment]:
    """Cut one axis (position in 0.001 unit, velocity in 0.001 unit per tick) into segments."""
    ticks = len(pos_u) - 1
    out: list[Segment] = []
    k0 = 0
    while k0 < ticks:
        # the longest run to try: up to the next knot of the curve (where its jerk jumps)
        after = knots[knots > k0]
        limit = max(1, min((int(after[0]) if len(after) else ticks) - k0, MAX_SEG))
        n = limit
        seg = _fit(pos_u, vel_u, k0, n)
        if _err(pos_u, k0, n, seg) > tol:
            lo, hi = 1, n  # over one tick a cubic meets the curve's ends exactly
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if _err(pos_u, k0, mid, _fit(pos_u, vel_u, k0, mid)) <= tol:
                    lo = mid
                else:
                    hi = mid
            n = lo
            seg = _fit(pos_u, vel_u, k0, n)
        out.append(Segment(axis, k0, n, *seg))
        k0 += n
    return out


def _simulate(segs: list[Segment], ticks: int) -> np.ndarray:
    """The board's command at every tick (0.001 unit), exactly as the firmware computes it."""
    out = np.zeros(ticks + 1, dtype=np.int64)
    for s in segs:
        k = np.arange(0, s.n + 1, dtype=object)  # python ints: exact beyond 2**63
        S = s.S + k * s.V + k * k * s.H + k * k * k * s.J6
        Sk = np.array([int(x) for x in S], dtype=object)
        pos = np.array([(x >> 24) + ((x >> 23) & 1) for x in Sk], dtype=np.int64)
        out[s.start : s.start + s.n + 1] = pos
    return out


def _simulate_fast(segs: list[Segment], ticks: int) -> np.ndarray:
    """As _simulate, in int64 where the values allow (they do for every shot in limits)."""
    out = np.zeros(ticks + 1, dtype=np.int64)
    for s in segs:
        k = np.arange(0, s.n + 1, dtype=np.int64)
        big = max(abs(s.V) * s.n, abs(s.H) * s.n**2, abs(s.J6) * s.n**3, abs(s.S))
        if big >= 1 << 62:
            out[s.start : s.start + s.n + 1] = _simulate([s], s.n)[: s.n + 1]
            continue
        S = s.S + k * s.V + k * k * s.H + k * k * k * s.J6
        out[s.start : s.start + s.n + 1] = (S >> 24) + ((S >> 23) & 1)
    return out


def _seg_words(s: Segment) -> list[int]:
    J2 = 3 * s.J6
    return [
        s.start,
        R_SEG | s.axis << 4 | s.n << 8,
        J2 >> 24,
        J2 & _FM,
        s.J6 >> 24,
        s.J6 & _FM,
        s.S >> 24,
        s.S & _FM,
        s.V >> 24,
        s.V & _FM,
        s.H >> 24,
        s.H & _FM,
    ]


def compile_plan(plan: Plan, axes: list[str], tolerance: float = TOLERANCE) -> Compiled:
    """Compile a playable plan for a board whose axes are `axes` (index order)."""
    if plan.shot.mode == "stopmotion":
        return compile_stopmotion(plan, axes)
    if plan.violations:
        raise ShotError(plan.violations[0].loc, f"not playable: {plan.violations[0]}")
    hz = plan.hz
    records: list[tuple[int, int, int, list[int]]] = []  # (key, order, time, words)
    segments: list[Segment] = []
    board_pos: dict[str, np.ndarray] = {}
    fit_error: dict[str, float] = {}
    for name, curve in plan.curves.items():
        if name not in axes:
            raise ShotError(
                plan.shot.tracks[name].loc, f"unknown axis {name!r}; this board has {', '.join(axes)}"
            )
        idx = axes.index(name)
        pos_u = plan.pos[name] * 1000.0
        vel_u = plan.vel[name] * 1000.0 / hz
        knots = np.unique(np.clip(np.ceil(curve.breaks * hz - 1e-6).astype(np.int64), 0, plan.ticks))
        segs = _segments(idx, pos_u, vel_u, knots, tolerance)
        segments += segs
        for s in segs:
            records.append((s.start, 0, 0, _seg_words(s)))
        bp = _simulate_fast(segs, plan.ticks)
        board_pos[name] = bp
        fit_error[name] = float(np.max(np.abs(bp - pos_u)))
    if len(plan.edges) > MAX_EDGES:
        raise ShotError(plan.shot.loc, f"{len(plan.edges)} trigger edges: at most {MAX_EDGES} per shot")
    edges = []
    for i, e in enumerate(plan.edges):
        us = round(e.t * 1e6)
        us = min(max(us, 0), plan.ticks * PERIOD_US)
        ft, within = divmod(us, PERIOD_US)
        key = max(0, ft - 1)
        w1 = R_EDGE | e.line << 4 | e.level << 8 | int(e.hold) << 9 | i << 12
        records.append((key, 1, us, [key, w1, ft, within]))
        edges.append((us, e.line, e.level, int(e.hold), e.cue))
    records.append((plan.ticks, 2, 0, [plan.ticks, R_END]))
    records.sort(key=lambda r: (r[0], r[1], r[2]))
    words = [w for r in records for w in r[3]]
    return Compiled(plan, list(axes), words, segments, edges, board_pos, fit_error)


def compile_stopmotion(plan: Plan, axes: list[str]) -> Compiled:
    """A shoot-move-shoot shot: the parameters, then per frame every driven axis's position
    (the curve at the frame's time) and the cues that fire with that frame's shutter. The
    board plans each frame's move itself, within its limits, so only positions are checked."""
    if plan.violations:
        raise ShotError(None, f"not playable: {plan.violations[0]}")
    shot = plan.shot
    sm = shot.stopmotion
    if sm is None:
        raise ShotError(shot.loc, 'mode = "stopmotion" needs a [stopmotion] table')
    us = round  # seconds -> us below
    words = [0, R_SMS, us(sm.settle * 1e6), us(sm.exposure * 1e6), us(sm.interval * 1e6)]
    words += [us(sm.confirm_timeout * 1e6), shot.lines["shutter"] | 1000 << 8]
    idx = {name: axes.index(name) for name in plan.curves}
    mask = sum(1 << i for i in idx.values())
    frames: list[dict[str, int]] = []
    n = sm.frames
    times = [f / shot.fps for f in range(n)]  # a reversed plan is already reversed
    pos = {
        a: np.round(curve.eval(np.array(times)) * 1000).astype(np.int64) for a, curve in plan.curves.items()
    }
    edges = []
    cue_edges: dict[int, list[tuple[int, int, int, int]]] = {}
    for e in plan.edges:
        f = min(n - 1, max(0, round(e.t * shot.fps)))
        c = shot.cues[e.cue]
        off = us((e.t - c.t) * 1e6) if e.level == 0 else 0  # a pulse ends its width after it starts
        cue_edges.setdefault(f, []).append((off, e.line, e.level, e.cue))
    for f in range(n):
        row = {a: int(pos[a][f]) for a in plan.curves}
        frames.append(row)
        vals = [0] * len(axes)
        for a, v in row.items():
            vals[idx[a]] = v
        words += [f, R_FRAME | mask << 4, *vals]
        for off, line, level, cue in cue_edges.get(f, []):
            i = 2 * n + len(edges)  # after the shutter's edges, 2 f and 2 f + 1
            words += [f, R_EDGE | line << 4 | level << 8 | i << 12, 0, off]
            edges.append((off, line, level, 0, cue))
    words += [n, R_END]
    board_pos = {a: pos[a] for a in plan.curves}
    return Compiled(plan, list(axes), words, [], edges, board_pos, {}, frames)
