"""Shot -> Plan: every axis's trajectory at the board's tick rate, checked against its limits.

(Planning itself is filled in by plan_shot(); the data classes are the contract the
compiler, the reports and the exports read.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .model import Loc, Shot


@dataclass(frozen=True)
class Edge:
    """One trigger-line edge in the plan."""

    t: float  # s from the shot's start
    line: int
    level: int  # 1 rising, 0 falling
    cue: int  # index into Shot.cues


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

    @property
    def duration(self) -> float:
        return self.ticks / self.hz
