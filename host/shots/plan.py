"""Shot -> Plan: every axis's trajectory at the board's tick rate, checked against its limits.

Each axis's keyframes become a piecewise QUINTIC curve: every segment is the quintic that
meets the position, velocity and acceleration chosen at its two keys, so position, velocity
and acceleration are continuous wherever the shot does not ask otherwise and the jerk stays
finite. The velocity at a key follows the interpolation on either side of it:

    linear              the segment's own slope (and zero acceleration)
    ease / ease_in      leaves its first key from rest;  ease / ease_out: arrives at rest
    hold                at rest at both ends (the keys must hold the same position)
    cubic               free: the C2 cubic spline through the keys (one tridiagonal solve),
                        zero velocity at an extreme, and its tangents scaled back only where a
                        segment would overshoot (Fritsch-Carlson), so monotone keys give a
                        monotone curve

The first and last keys are at rest unless a linear segment says otherwise. Where the two
sides of a key insist on different velocities (two linear segments of different slopes) the
velocity steps, and the check reports the acceleration that step needs.

Time scaling, reverse play, repeats and ping-pong are applied to the Shot first (`timed`),
so everything downstream (checks, edges, compiler, reports) sees the shot as it will play.

Example:
    >>> from orbitrig.host.shots.shotfile import load_shot           # doctest: +SKIP
    >>> plan = plan_shot(load_shot("whip_pan.toml"), default_limits())  # doctest: +SKIP
    >>> [str(v) for v in plan.violations]                             # doctest: +SKIP
    []
"""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from .model import Cue, Key, Loc, Shot, ShotError, Track

TICK_HZ = 200  # the board's control loop (firmware/orbitfw/clock.py); IDENTIFY says it too
_EPS = 1e-9


@dataclass(frozen=True)
class Edge:
    """One trigger-line edge in the plan."""

    t: float  # s from the shot's start
    line: int
    level: int  # 1 rising, 0 falling
    cue: int  # index into Shot.cues
    hold: bool = False  # a level that stays (record): an abort leaves it as it is


@dataclass(frozen=True)
class Violation:
    """A limit the planned trajectory breaks, in the axis's unit."""

    axis: str
    what: str  # "position", "velocity", "acceleration", "jerk"
    t: float  # s, where it is worst
    value: float  # signed, axis unit (per s, s**2, s**3 by `what`)
    limit: float  # the limit it breaks (positive; for position the bound it crosses)
    unit: str  # e.g. "°/s²"
    loc: Loc | None  # the keyframe whose segment breaks it

    @property
    def excess(self) -> float:
        return abs(self.value) - abs(self.limit) if self.what != "position" else abs(self.value - self.limit)

    def __str__(self) -> str:
        where = f"{self.loc}: " if self.loc is not None else ""
        if self.what == "position":
            return (
                f"{where}{self.axis} position {self.value:.3f} {self.unit} at t={self.t:.3f} s is "
                f"{self.excess:.3f} {self.unit} beyond its limit {self.limit:.3f} {self.unit}"
            )
        return (
            f"{where}{self.axis} {self.what} {abs(self.value):.3f} {self.unit} at t={self.t:.3f} s "
            f"exceeds {self.limit:.3f} {self.unit} by {self.excess:.3f} {self.unit}"
        )


@dataclass
class AxisLimits:
    """One axis as the board (or its defaults) describes it, in the axis unit."""

    name: str
    unit: str  # "deg" | "mm"
    kind: str  # "SERVO" | "STEPPER"
    min: float
    max: float
    vmax: float
    amax: float
    jmax: float

    @property
    def symbol(self) -> str:
        return "°" if self.unit == "deg" else "mm"


@dataclass
class Curve:
    """One axis's trajectory: quintic pieces between `breaks`, in local time tau = t - break."""

    breaks: np.ndarray  # (m + 1,) s
    coef: np.ndarray  # (m, 6): p(tau) = sum coef[j] * tau**j
    locs: list[Loc | None]  # the key each piece starts at (None: a hold before/after the keys)

    def piece(self, t: np.ndarray) -> np.ndarray:
        return np.clip(np.searchsorted(self.breaks, t, side="right") - 1, 0, len(self.coef) - 1)

    def eval(self, t: np.ndarray | float, deriv: int = 0) -> np.ndarray:
        """Position (deriv 0) or its deriv-th time derivative at times t (s)."""
        t = np.atleast_1d(np.asarray(t, dtype=float))
        i = self.piece(t)
        tau = t - self.breaks[i]
        c = self.coef[i]
        out = np.zeros_like(tau)
        for j in range(5, deriv - 1, -1):  # Horner on the deriv-th derivative
            out = out * tau + c[:, j] * (math.factorial(j) // math.factorial(j - deriv))
        return out


@dataclass
class Plan:
    shot: Shot
    hz: int  # board ticks per second
    ticks: int  # shot length in ticks; samples are k = 0..ticks
    t: np.ndarray  # s, t[k] = k / hz
    pos: dict[str, np.ndarray]  # axis -> planned position at every tick (axis unit)
    vel: dict[str, np.ndarray]  # axis unit / s
    acc: dict[str, np.ndarray]  # axis unit / s**2
    limits: dict[str, AxisLimits]
    edges: list[Edge] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    curves: dict[str, Curve] = field(default_factory=dict)
    jerk: dict[str, np.ndarray] = field(default_factory=dict)
    speed: float = 1.0
    reverse: bool = False

    @property
    def duration(self) -> float:
        return self.ticks / self.hz

    @property
    def ok(self) -> bool:
        return not self.violations


# --- limits ----------------------------------------------------------------------------------
def default_limits() -> dict[str, AxisLimits]:
    """The board's default axes (firmware/orbitfw/config.py AXES), read without running it."""
    from orbitrig.protocol.messages import AxisKind, Unit

    src = (Path(__file__).resolve().parents[2] / "firmware" / "orbitfw" / "config.py").read_text()
    tree = ast.parse(src)
    names = {f"AXIS_{k.name}": k.name for k in AxisKind} | {f"UNIT_{u.name}": u.name.lower() for u in Unit}
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "AXES" for t in node.targets
        ):
            rows = []
            for row in node.value.elts:  # type: ignore[attr-defined]
                vals = []
                for e in row.elts:
                    if isinstance(e, ast.Attribute):
                        vals.append(names[e.attr])
                    else:
                        vals.append(ast.literal_eval(e))
                rows.append(vals)
            out = {}
            for name, kind, unit, lo, hi, vmax, amax, *_ in rows:
                out[name] = AxisLimits(
                    name, unit, kind, lo / 1000, hi / 1000, vmax / 1000, amax / 1000, amax * 8 / 1000
                )
            return out
    raise RuntimeError("firmware/orbitfw/config.py has no AXES table")


def limits_from_rig(rig) -> dict[str, AxisLimits]:  # noqa: ANN001 (Rig: avoids an import cycle)
    """The connected board's axes and limits (IDENTIFY plus each axis's amax and jmax)."""
    out = {}
    for a in rig.axes:
        amax = rig.config_get(a.name, "amax")[0] / 1000
        jmax = rig.config_get(a.name, "jmax")[0] / 1000
        out[a.name] = AxisLimits(a.name, a.unit.lower(), a.kind, a.min, a.max, a.vmax, amax, jmax)
    return out


# --- time scaling, reverse, repeats -------------------------------------------------------------
_REVERSED_INTERP = {"ease_in": "ease_out", "ease_out": "ease_in"}
_REVERSED_CUE = {"record_start": "record_stop", "record_stop": "record_start"}


def _reverse_track(tr: Track, end: float) -> Track:
    keys = tr.keys
    out = []
    for j in range(len(keys) - 1, -1, -1):
        k = keys[j]
        # the segment that now starts at key j is the one that ended there going forwards
        interp = keys[j - 1].interp if j > 0 else k.interp
        out.append(replace(k, t=end - k.t, interp=_REVERSED_INTERP.get(interp, interp)))
    return replace(tr, keys=tuple(out))


def _reverse_cue(c: Cue, end: float) -> Cue:
    # a pulse keeps its width and mirrors as an interval; a record start becomes its stop
    return replace(c, t=end - c.t - c.width, kind=_REVERSED_CUE.get(c.kind, c.kind))


def timed(shot: Shot, speed: float = 1.0, reverse: bool = False) -> Shot:
    """The shot as it will play: `speed` scales time (0.5 = half speed, twice as long), `reverse`
    plays it backwards, and the shot's own repeat / pingpong are unrolled into one timeline."""
    if not (math.isfinite(speed) and 0.01 <= speed <= 100):
        raise ShotError(None, f"speed {speed:g} outside 0.01..100")
    end = shot.duration
    plays = max(1, shot.repeat)
    if plays > 1 and not shot.pingpong:
        for tr in shot.tracks.values():
            if abs(tr.keys[0].pos - tr.keys[-1].pos) > 1e-9 or tr.keys[0].t > _EPS:
                raise ShotError(
                    tr.keys[-1].loc,
                    f"repeat needs {tr.axis} to end where it starts at t=0 "
                    f"(starts {tr.keys[0].pos:g}, ends {tr.keys[-1].pos:g}): use pingpong or add a key",
                )
    tracks: dict[str, list[Key]] = {a: [] for a in shot.tracks}
    cues: list[Cue] = []
    for p in range(plays):
        back = reverse != (shot.pingpong and p % 2 == 1)
        base = p * end
        for a, tr in shot.tracks.items():
            t2 = _reverse_track(tr, end) if back else tr
            keys = list(t2.keys)
            if keys[0].t > _EPS:
                keys.insert(0, replace(keys[0], t=0.0))  # hold the first position from t = 0
            if keys[-1].t < end - _EPS:
                keys.append(replace(keys[-1], t=end, interp="hold"))
            for k in keys:
                k2 = replace(k, t=(base + k.t) / speed)
                if tracks[a] and abs(tracks[a][-1].t - k2.t) < _EPS:
                    tracks[a][-1] = replace(tracks[a][-1], interp=k2.interp)  # the junction of two plays
                else:
                    tracks[a].append(k2)
        for c in shot.cues:
            c2 = _reverse_cue(c, end) if back else c
            cues.append(replace(c2, t=(base + c2.t) / speed))
    cues.sort(key=lambda c: c.t)
    new_tracks = {a: replace(shot.tracks[a], keys=tuple(ks)) for a, ks in tracks.items()}
    return replace(shot, tracks=new_tracks, cues=tuple(cues), repeat=1, pingpong=False)


# --- trajectories -------------------------------------------------------------------------------
def _quintic(p0: float, v0: float, a0: float, p1: float, v1: float, a1: float, T: float) -> np.ndarray:
    """Coefficients of the quintic on [0, T] with those end states."""
    c0, c1, c2 = p0, v0, a0 / 2
    h = p1 - p0 - v0 * T - a0 * T * T / 2
    dv = v1 - v0 - a0 * T
    da = a1 - a0
    c3 = (10 * h - 4 * dv * T + da * T * T / 2) / T**3
    c4 = (-15 * h + 7 * dv * T - da * T * T) / T**4
    c5 = (6 * h - 3 * dv * T + da * T * T / 2) / T**5
    return np.array([c0, c1, c2, c3, c4, c5])


def _side(interp: str, end: bool) -> str:
    # what a segment with this interpolation asks of its start key (end=False) or end key
    if interp == "linear":
        return "slope"
    if (
        interp == "hold"
        or interp == "ease"
        or (interp == "ease_in" and not end)
        or (interp == "ease_out" and end)
    ):
        return "rest"
    return "free"


def _spline_velocities(
    free: list[int], dt: np.ndarray, d: np.ndarray, vl: np.ndarray, vr: np.ndarray
) -> None:
    """Velocities of the free keys: those of the C2 cubic spline through the keys, the other
    keys' velocities held (h_k v_k-1 + 2 (h_k-1 + h_k) v_k + h_k-1 v_k+1 = 3 (h_k d_k-1 +
    h_k-1 d_k), one tridiagonal system, solved by the Thomas algorithm); then zero at an
    extreme, and scaled back (Fritsch-Carlson's step 3) only on a segment that would
    otherwise overshoot its keys. Writes vl and vr in place."""
    m = len(d)
    idx = {k: j for j, k in enumerate(free)}
    nf = len(free)
    sub = np.zeros(nf)
    diag = np.zeros(nf)
    sup = np.zeros(nf)
    rhs = np.zeros(nf)
    for j, k in enumerate(free):
        h0, h1 = dt[k - 1], dt[k]
        diag[j] = 2 * (h0 + h1)
        rhs[j] = 3 * (h1 * d[k - 1] + h0 * d[k])
        if k - 1 in idx:
            sub[j] = h1
        else:
            rhs[j] -= h1 * vr[k - 1]
        if k + 1 in idx:
            sup[j] = h0
        else:
            rhs[j] -= h0 * vl[k + 1]
    for j in range(1, nf):
        if sub[j]:
            w = sub[j] / diag[j - 1]
            diag[j] -= w * sup[j - 1]
            rhs[j] -= w * rhs[j - 1]
    v = np.zeros(nf)
    for j in range(nf - 1, -1, -1):
        v[j] = (rhs[j] - (sup[j] * v[j + 1] if sup[j] else 0.0)) / diag[j]
    for j, k in enumerate(free):
        vl[k] = vr[k] = 0.0 if d[k - 1] * d[k] <= 0 else v[j]
    isfree = set(free)
    for k in range(m):
        if d[k] == 0 or not (k in isfree or k + 1 in isfree):
            continue
        a, b = vr[k] / d[k], vl[k + 1] / d[k]
        r = a * a + b * b
        if r > 9:
            tau = 3 / math.sqrt(r)
            if k in isfree:
                vl[k] = vr[k] = tau * a * d[k]
            if k + 1 in isfree:
                vl[k + 1] = vr[k + 1] = tau * b * d[k]


def _curve(tr: Track) -> tuple[Curve, list[tuple[float, float, float, Loc]]]:
    """The axis's piecewise quintic, and the velocity steps its keys ask for (t, from, to, loc)."""
    keys = tr.keys
    if len(keys) == 1:
        c = np.zeros((1, 6))
        c[0, 0] = keys[0].pos
        return Curve(np.array([0.0, max(keys[0].t, 1.0)]), c, [keys[0].loc]), []
    t = np.array([k.t for k in keys])
    p = np.array([k.pos for k in keys])
    dt = np.diff(t)
    d = np.diff(p) / dt
    m = len(keys) - 1
    vl = np.zeros(m + 1)  # velocity at each key as the segment arriving there ends
    vr = np.zeros(m + 1)  # ...and as the segment leaving it starts
    acc = np.zeros(m + 1)
    free = []  # interior keys free on both sides: their velocity comes from a C2 spline
    for i in range(m + 1):
        left = _side(keys[i - 1].interp, True) if i > 0 else "rest"
        right = _side(keys[i].interp, False) if i < m else "rest"
        sl = d[i - 1] if i > 0 else 0.0
        sr = d[i] if i < m else 0.0
        want_l = sl if left == "slope" else 0.0 if left == "rest" else None
        want_r = sr if right == "slope" else 0.0 if right == "rest" else None
        if want_l is None and want_r is None:
            free.append(i)
        elif want_l is None:
            vl[i] = vr[i] = want_r  # type: ignore[assignment]
        elif want_r is None:
            vl[i] = vr[i] = want_l
        else:
            vl[i], vr[i] = want_l, want_r
    if free:
        _spline_velocities(free, dt, d, vl, vr)
    # accelerations: zero beside a flat or a linear segment; elsewhere the mean of the cubic
    # Hermite's accelerations on both sides (for an unlimited spline velocity the two agree:
    # the curve is then that C2 spline exactly)
    for i in range(1, m):
        if _side(keys[i - 1].interp, True) != "free" or _side(keys[i].interp, False) != "free":
            continue
        if d[i - 1] == 0 or d[i] == 0:
            continue  # beside a flat: any acceleration would overshoot into it
        a_end = (-6 * (p[i] - p[i - 1]) / dt[i - 1] + 2 * vr[i - 1] + 4 * vl[i]) / dt[i - 1]
        a_start = (6 * (p[i + 1] - p[i]) / dt[i] - 4 * vr[i] - 2 * vl[i + 1]) / dt[i]
        acc[i] = (a_end + a_start) / 2
    coef = np.array([_quintic(p[i], vr[i], acc[i], p[i + 1], vl[i + 1], acc[i + 1], dt[i]) for i in range(m)])
    steps = [
        (float(t[i]), float(vl[i]), float(vr[i]), keys[i].loc)
        for i in range(1, m)
        if abs(vl[i] - vr[i]) > 1e-9
    ]
    return Curve(t, coef, [k.loc for k in keys[:-1]]), steps


# --- the plan -----------------------------------------------------------------------------------
def _edges(shot: Shot) -> list[Edge]:
    out: list[Edge] = []
    for i, c in enumerate(shot.cues):
        if c.kind == "record_start":
            out.append(Edge(c.t, c.line, 1, i, True))
        elif c.kind == "record_stop":
            out.append(Edge(c.t, c.line, 0, i, True))
        else:
            out.append(Edge(c.t, c.line, 1, i))
            out.append(Edge(c.t + c.width, c.line, 0, i))
    out.sort(key=lambda e: (e.t, e.level))  # a line falls before it rises again at the same instant
    high: dict[int, Edge] = {}
    for e in out:
        c = shot.cues[e.cue]
        if e.level and e.line in high and not e.hold:
            prev = shot.cues[high[e.line].cue]
            raise ShotError(
                c.loc,
                f"{c.kind} at t={c.t:.4f} s on line {c.line} starts while the {prev.kind} from "
                f"t={prev.t:.4f} s (line {prev.loc.line}) still holds it high",
            )
        if e.level:
            high[e.line] = e
        else:
            high.pop(e.line, None)
    return out


def _worst(
    axis: str, what: str, t: np.ndarray, value: np.ndarray, limit: float, unit: str, curve: Curve
) -> list[Violation]:
    """One Violation per curve piece where |value| exceeds limit (at its worst tick)."""
    bad = np.abs(value) > limit * (1 + 1e-9) + 1e-9
    if not bad.any():
        return []
    pieces = curve.piece(t)
    out = []
    for pc in np.unique(pieces[bad]):
        sel = np.flatnonzero(bad & (pieces == pc))
        k = sel[np.argmax(np.abs(value[sel]))]
        out.append(Violation(axis, what, float(t[k]), float(value[k]), limit, unit, curve.locs[pc]))
    return out


def plan_shot(
    shot: Shot, limits: dict[str, AxisLimits], hz: int = TICK_HZ, *, speed: float = 1.0, reverse: bool = False
) -> Plan:
    """Plan `shot` against `limits` (by axis name). Raises ShotError for an axis the board does
    not have; limit breaches are collected in Plan.violations (a plan with any is not playable)."""
    for name, tr in shot.tracks.items():
        if name not in limits:
            raise ShotError(tr.loc, f"unknown axis {name!r}; this board has {', '.join(limits)}")
    if not shot.tracks:
        raise ShotError(shot.loc, "the shot moves no axis (add an [axes.NAME] table)")
    played = timed(shot, speed, reverse)
    ticks = max(1, math.ceil(played.duration * hz - 1e-6))
    t = np.arange(ticks + 1) / hz
    plan = Plan(played, hz, ticks, t, {}, {}, {}, limits, speed=speed, reverse=reverse)
    for name, tr in played.tracks.items():
        lim = limits[name]
        curve, steps = _curve(tr)
        plan.curves[name] = curve
        pos = curve.eval(t)
        vel = curve.eval(t, 1)
        acc = curve.eval(t, 2)
        jerk = curve.eval(t, 3)
        plan.pos[name], plan.vel[name], plan.acc[name], plan.jerk[name] = pos, vel, acc, jerk
        u = lim.symbol
        v = plan.violations
        lo_bad = pos < lim.min - 1e-9
        hi_bad = pos > lim.max + 1e-9
        for bad, bound in ((lo_bad, lim.min), (hi_bad, lim.max)):
            if bad.any():
                pieces = curve.piece(t)
                for pc in np.unique(pieces[bad]):
                    sel = np.flatnonzero(bad & (pieces == pc))
                    k = sel[np.argmax(np.abs(pos[sel] - bound))]
                    v.append(
                        Violation(name, "position", float(t[k]), float(pos[k]), bound, u, curve.locs[pc])
                    )
        v += _worst(name, "velocity", t, vel, lim.vmax, f"{u}/s", curve)
        v += _worst(name, "acceleration", t, acc, lim.amax, f"{u}/s²", curve)
        v += _worst(name, "jerk", t, jerk, lim.jmax, f"{u}/s³", curve)
        for tk, v0, v1, loc in steps:
            # a velocity step happens within one tick on the board
            a = (v1 - v0) * hz
            if abs(a) > lim.amax * (1 + 1e-9) + 1e-9:
                v.append(Violation(name, "acceleration", tk, a, lim.amax, f"{u}/s²", loc))
    if played.mode == "stopmotion":
        # the board plans every frame's move within its own limits: only where it goes matters
        plan.violations = [x for x in plan.violations if x.what == "position"]
    plan.violations.sort(key=lambda x: (x.loc.line if x.loc else 0, x.t))
    plan.edges = _edges(played)
    return plan
