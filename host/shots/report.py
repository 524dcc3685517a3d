"""Run -> statistics (stats.json), the report PNG, and the repeatability comparison of two runs.

Every figure is measured against the plan the board itself was given (``Run.planned``, the exact
command at every shot tick) and names its statistic and unit; docs/shot_reports.md defines each
one and where its clock starts and stops. matplotlib is imported only when a PNG is drawn.

Example::

    run = load_run("takes/orbit-3")           # a run.json or a report directory holding one
    stats, png = write_report(run, Path("takes/orbit-3"))
    cmp = compare(load_run("takes/orbit-2"), run)
    print(cmp.format())
    for line in cmp.breaches({"tilt": 0.05, "slider": 0.2}, event_us=500):
        print(line)
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import MISSING, asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import BadInput
from .run import CameraFrame, CueFiring, Run

UNIT_SYMBOL = {"deg": "°", "mm": "mm"}
AXIS_TYPE = {"deg": "gimbal", "mm": "linear"}  # servo axes move in degrees, stepper axes in mm
_PLANNED_SAME = 1e-9  # axis units: two plans closer than this everywhere are the same plan

TRACKING_WHAT = (
    "actual minus planned position at the same shot tick; each telemetry time is rounded to the "
    "nearest tick (tick_offset_max_us is the largest rounding)"
)
CUES_WHAT = "actual_us - scheduled_us of every reported trigger edge, board time from shot tick 0"
CAMERA_WHAT = "confirm_us - trigger_us per frame: shutter line raised to the camera's confirmation"


def unit_symbol(unit: str) -> str:
    """The symbol a figure or a message prints for an axis unit: ``deg`` -> ``°``."""
    return UNIT_SYMBOL.get(unit, unit)


def axis_type(unit: str) -> str:
    """``gimbal`` for degrees, ``linear`` for millimetres; any other unit is its own type."""
    return AXIS_TYPE.get(unit, unit or "unknown")


def percentile(values: np.ndarray, q: float) -> float | None:
    """Nearest-rank percentile: the smallest sample with at least q % of samples at or below it.

    Always a value that was observed (no interpolation), so a p99 of four edges is the worst
    edge. None for no samples.
    """
    v = np.asarray(values, dtype=np.float64)
    if v.size == 0:
        return None
    return float(np.percentile(v, q, method="inverted_cdf"))


def _f(x: float | np.floating | None) -> float | None:
    return None if x is None else float(x)


def _rms(v: np.ndarray) -> float | None:
    return float(np.sqrt(np.mean(np.square(v)))) if v.size else None


def _max_abs(v: np.ndarray) -> float | None:
    return float(np.max(np.abs(v))) if v.size else None


def shot_ticks(actual_us: Iterable[float], hz: int) -> tuple[np.ndarray, np.ndarray]:
    """Telemetry times (us from shot tick 0) -> (nearest tick index, distance to that tick in us).

    Telemetry is sampled on ticks, so the time is a tick index up to clock-sync noise; a half
    tick rounds up (floor(x + 0.5)) the same way on both sides of zero.
    """
    us = np.asarray(list(actual_us), dtype=np.float64)
    ticks = np.floor(us * hz / 1e6 + 0.5)
    offset_us = us - ticks * (1e6 / hz)
    return ticks.astype(np.int64), offset_us


@dataclass
class AxisSamples:
    """One axis's telemetry lined up with its plan: the samples that land on a planned tick."""

    axis: str
    unit: str
    t: np.ndarray  # s from shot tick 0, of each sample used
    tick: np.ndarray  # shot tick of each sample used
    actual: np.ndarray  # axis unit
    planned: np.ndarray  # axis unit, the plan at the same tick
    tick_offset_us: np.ndarray  # telemetry time minus its tick's time
    outside_plan: int  # samples whose tick is before tick 0 or past the plan's last tick
    unusable: int  # samples with no position (None or NaN) or no time
    has_plan: bool

    @property
    def error(self) -> np.ndarray:
        return self.actual - self.planned


def axis_samples(run: Run, axis: str) -> AxisSamples:
    """The telemetry of ``axis`` matched to the plan at the nearest shot tick."""
    unit = run.units.get(axis, "")
    planned = np.asarray(run.planned.get(axis, []), dtype=np.float64)
    actual = np.asarray(run.actual.get(axis, []), dtype=np.float64)
    n = min(len(actual), len(run.actual_us))
    # A take that broke mid-sample can leave the lists one apart; the tail is unusable.
    unusable = max(len(actual), len(run.actual_us)) - n if len(actual) else 0
    tick, offset = shot_ticks(run.actual_us[:n], run.hz)
    actual = actual[:n]
    ok = np.isfinite(actual)
    unusable += int(np.count_nonzero(~ok))
    inside = (tick >= 0) & (tick < len(planned))
    outside = int(np.count_nonzero(ok & ~inside)) if len(planned) else 0
    use = ok & inside
    # a plan without a number at some tick (never from the compiler) cannot score that sample
    bad_plan = use.copy()
    bad_plan[use] = ~np.isfinite(planned[tick[use]])
    unusable += int(np.count_nonzero(bad_plan))
    use &= ~bad_plan
    return AxisSamples(
        axis=axis,
        unit=unit,
        t=tick[use] / run.hz,
        tick=tick[use],
        actual=actual[use],
        planned=planned[tick[use]],
        tick_offset_us=offset[use],
        outside_plan=outside,
        unusable=unusable,
        has_plan=len(planned) > 0,
    )


def _reported(us: float | None) -> bool:
    return us is not None and math.isfinite(us)


def _timing_block(errors: np.ndarray) -> dict[str, Any]:
    return {
        "p50": percentile(errors, 50),
        "p99": percentile(errors, 99),
        "p99_abs": percentile(np.abs(errors), 99),
        "max_abs": _max_abs(errors),
        "mean": _f(np.mean(errors)) if errors.size else None,
    }


def _cue_stats(run: Run) -> tuple[dict[str, Any], list[str]]:
    missing_lines: list[str] = []
    kinds = sorted({c.kind for c in run.cues})

    def block(firings: list[Any]) -> dict[str, Any]:
        errs = np.array([c.error_us for c in firings if _reported(c.error_us)], dtype=np.float64)
        return {"edges": len(firings), "count": int(errs.size), "missing": len(firings) - int(errs.size)} | (
            _timing_block(errs)
        )

    out: dict[str, Any] = {"what": CUES_WHAT, "unit": "us"} | block(run.cues)
    out["by_kind"] = {k: block([c for c in run.cues if c.kind == k]) for k in kinds}
    if not run.cues:
        missing_lines.append("no cue edges in this run")
    elif out["missing"]:
        never = [c.edge for c in run.cues if not _reported(c.error_us)]
        missing_lines.append(
            f"{out['missing']} of {out['edges']} cue edges never reported (first: edge {never[0]})"
        )
    return out, missing_lines


def _camera_stats(run: Run) -> tuple[dict[str, Any], list[str]]:
    lat = np.array([f.latency_us for f in run.camera if _reported(f.latency_us)], dtype=np.float64)
    out = {
        "what": CAMERA_WHAT,
        "unit": "us",
        "frames": len(run.camera),
        "count": int(lat.size),
        "timed_out": len(run.camera) - int(lat.size),
        "p50": percentile(lat, 50),
        "p99": percentile(lat, 99),
        "max": _f(np.max(lat)) if lat.size else None,
    }
    lines = []
    if not run.camera:
        lines.append("no camera frames (no confirmation input, or no shutter cue fired)")
    elif out["timed_out"]:
        lines.append(f"{out['timed_out']} of {out['frames']} camera frames never confirmed")
    return out, lines


def run_stats(run: Run) -> dict[str, Any]:
    """The JSON-ready statistics of one run (docs/shot_reports.md defines every key).

    Tracking error per axis and per axis type (gimbal: degrees, linear: mm), cue timing error
    over every reported edge and per cue kind, camera trigger-to-confirmation latency, and the
    run's outcome. A part that could not be measured is None, with a line in ``missing``.
    """
    missing: list[str] = []
    axes: dict[str, Any] = {}
    pooled: dict[str, list[np.ndarray]] = {}
    for axis in run.axes:
        s = axis_samples(run, axis)
        err = s.error
        axes[axis] = {
            "unit": s.unit,
            "type": axis_type(s.unit),
            "samples": int(err.size),
            "rms": _rms(err),
            "max_abs": _max_abs(err),
            "p99_abs": percentile(np.abs(err), 99),
            "mean": _f(np.mean(err)) if err.size else None,
            "tick_offset_max_us": _max_abs(s.tick_offset_us),
            "outside_plan": s.outside_plan,
            "unusable": s.unusable,
        }
        pooled.setdefault(axis_type(s.unit), []).append(err)
        if not s.has_plan:
            missing.append(f"{axis}: no planned trajectory, tracking error not measured")
        elif not err.size:
            missing.append(f"{axis}: no telemetry samples on planned ticks")
        if s.outside_plan:
            missing.append(f"{axis}: {s.outside_plan} telemetry samples outside the plan's ticks, not used")
        if s.unusable:
            missing.append(f"{axis}: {s.unusable} telemetry samples without a position, not used")
    if not run.axes:
        missing.append("the run lists no axes")
    by_type: dict[str, Any] = {}
    for kind, errs in pooled.items():
        e = np.concatenate(errs) if errs else np.zeros(0)
        members = [a for a in run.axes if axes[a]["type"] == kind]
        by_type[kind] = {
            "unit": axes[members[0]]["unit"],
            "axes": members,
            "samples": int(e.size),
            "rms": _rms(e),  # pooled over every sample of every axis of this type
            "max_abs": _max_abs(e),
        }
    cues, cue_missing = _cue_stats(run)
    camera, cam_missing = _camera_stats(run)
    missing += cue_missing + cam_missing
    if run.outcome != "COMPLETE":
        at = f" at frame {run.broke_at_frame}" if run.broke_at_frame is not None else ""
        missing.insert(0, f"the take ended {run.outcome}{at}")
    return {
        "shot": run.shot,
        "started": run.started,
        "hz": run.hz,
        "outcome": run.outcome,
        "broke_at_frame": run.broke_at_frame,
        "clock": dict(run.clock),
        "speed": run.speed,
        "reverse": run.reverse,
        "tracking": {"what": TRACKING_WHAT, "axes": axes, "by_type": by_type},
        "cues": cues,
        "camera": camera,
        "missing": missing,
    }


def write_report(run: Run, out_dir: Path) -> tuple[Path, Path]:
    """Write ``stats.json`` and ``report.png`` into ``out_dir`` (created); returns both paths."""
    from .plots import plot_report  # matplotlib loads here, not when the CLI imports this module

    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BadInput(f"{out_dir}: cannot create the report directory: {e.strerror or e}") from None
    stats = run_stats(run)
    stats_path = out_dir / "stats.json"
    stats_path.write_text(json.dumps(stats, indent=1, allow_nan=False) + "\n")
    png = plot_report(run, stats, out_dir / "report.png")
    return stats_path, png


# -- loading ---------------------------------------------------------------------------------


def _check_numbers(where: str, name: str, values: Any, allow_none: bool) -> None:
    if not isinstance(values, list):
        raise BadInput(f"{where}: {name} must be a list of numbers")
    for i, v in enumerate(values):
        if v is None and allow_none:
            continue
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise BadInput(f"{where}: {name}[{i}] = {v!r} is not a number")
        if not allow_none and not math.isfinite(v):
            raise BadInput(f"{where}: {name}[{i}] = {v!r} is not a finite number")


def _record_problem(d: dict[str, Any], cls: type) -> str | None:
    """What stops ``cls(**d)``: a required field that is absent or a field it does not have."""
    names = {f.name for f in fields(cls)}
    required = [f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING]
    absent = [n for n in required if n not in d]
    if absent:
        return f"no field {absent[0]!r}"
    unknown = sorted(set(d) - names)
    return f"unknown field {unknown[0]!r}" if unknown else None


def _check_fields(d: dict[str, Any], where: str) -> None:
    problem = _record_problem(d, Run)
    if problem:
        raise BadInput(f"{where}: not a run record: {problem}")
    for key, cls in (("cues", CueFiring), ("camera", CameraFrame)):
        items = d.get(key, [])
        if not isinstance(items, list):
            raise BadInput(f"{where}: {key} must be a list of objects")
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise BadInput(f"{where}: {key}[{i}] must be an object")
            problem = _record_problem(item, cls)
            if problem:
                raise BadInput(f"{where}: {key}[{i}]: {problem}")


def _check_run(run: Run, where: str) -> None:
    if isinstance(run.hz, bool) or not isinstance(run.hz, int) or run.hz <= 0:
        raise BadInput(f"{where}: hz = {run.hz!r} must be a positive whole number of ticks per second")
    if not isinstance(run.axes, list) or not all(isinstance(a, str) for a in run.axes):
        raise BadInput(f"{where}: axes must be a list of axis names")
    for section in ("units", "planned", "actual", "clock"):
        if not isinstance(getattr(run, section), dict):
            raise BadInput(f"{where}: {section} must be an object")
    for axis in run.axes:
        if axis not in run.units:
            raise BadInput(f"{where}: units has no entry for axis {axis!r}")
    _check_numbers(where, "actual_us", run.actual_us, allow_none=False)
    for axis, values in run.planned.items():
        _check_numbers(where, f"planned.{axis}", values, allow_none=False)
    for axis, values in run.actual.items():
        _check_numbers(where, f"actual.{axis}", values, allow_none=True)
    if not all(isinstance(run.units[a], str) for a in run.axes):
        raise BadInput(f'{where}: units must map each axis to "deg" or "mm"')
    for i, c in enumerate(run.cues):
        if not isinstance(c.edge, int) or not isinstance(c.kind, str):
            raise BadInput(f"{where}: cues[{i}]: edge must be a whole number and kind a name")
        if not isinstance(c.scheduled_us, int | float) or not isinstance(c.actual_us, int | float | None):
            raise BadInput(f"{where}: cues[{i}] times must be numbers (actual_us may be null)")
    for i, f in enumerate(run.camera):
        if not isinstance(f.trigger_us, int | float) or not isinstance(f.confirm_us, int | float | None):
            raise BadInput(f"{where}: camera[{i}] times must be numbers (confirm_us may be null)")


def load_run(path: str | Path) -> Run:
    """A Run from a ``run.json`` file or from a report directory that holds one.

    Anything unreadable is one BadInput line naming the file (and the JSON line, when it is
    the JSON that is broken).
    """
    p = Path(path)
    if p.is_dir():
        p = p / "run.json"
        if not p.is_file():
            raise BadInput(f"{path}: no run.json in this directory")
    try:
        text = p.read_text()
    except UnicodeDecodeError:
        raise BadInput(f"{p}: not a run record (not text)") from None
    except OSError as e:
        raise BadInput(f"{p}: {e.strerror or e}") from None
    try:
        d = json.loads(text)
    except json.JSONDecodeError as e:
        raise BadInput(f"{p}:{e.lineno}: not a run record: invalid JSON ({e.msg})") from None
    if not isinstance(d, dict):
        raise BadInput(f"{p}:1: not a run record: expected a JSON object")
    _check_fields(d, str(p))
    run = Run.from_dict(d)
    _check_run(run, str(p))
    return run


# -- comparison ------------------------------------------------------------------------------


@dataclass
class AxisDiff:
    """|A - B| of one axis's actual positions over the shot ticks both runs sampled."""

    unit: str
    ticks: int  # common ticks compared
    max_abs: float | None
    rms: float | None


@dataclass
class EventDiff:
    """B minus A actual time of each trigger edge both runs reported, matched by edge index."""

    matched: int
    max_abs_us: float | None
    rms_us: float | None
    mean_us: float | None  # signed: positive when B fired later
    only_a: list[int] = field(default_factory=list)  # edges reported by A alone
    only_b: list[int] = field(default_factory=list)


@dataclass
class Comparison:
    """Repeatability of two passes of one shot; see ``breaches`` for the pass/fail check."""

    shot: str
    a: str  # labels (paths) of the two runs
    b: str
    hz: int
    common_ticks: int  # shot ticks where both runs have at least one sample of some axis
    axes: dict[str, AxisDiff]
    events: EventDiff

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready; axis units are in each axis entry, event times in us."""
        return asdict(self)

    def breaches(self, tolerance: float | Mapping[str, float], event_us: float | None = None) -> list[str]:
        """One line per bound the comparison breaks; an empty list is a pass.

        ``tolerance`` bounds max |A - B| in axis units: one number for every axis, or a mapping
        axis -> bound (axes left out are not checked; the key ``event_us`` is accepted there
        too). ``event_us`` bounds max |B - A| of the matched edges' times and also fails edges
        that only one run reported. An axis without common ticks cannot prove its bound and
        is a breach.
        """
        bounds, event_us = self._bounds(tolerance, event_us)
        out: list[str] = []
        for axis, bound in bounds.items():
            d = self.axes[axis]
            sym = unit_symbol(d.unit)
            if d.max_abs is None:
                out.append(f"{axis}: no common ticks, cannot check the bound {bound:g} {sym}")
            elif d.max_abs > bound:
                out.append(
                    f"{axis}: max |A-B| {d.max_abs:.4f} {sym} exceeds the bound {bound:g} {sym} "
                    f"(over {d.ticks} common ticks)"
                )
        if event_us is not None:
            ev = self.events
            if ev.max_abs_us is not None and ev.max_abs_us > event_us:
                out.append(
                    f"events: max |B-A| {ev.max_abs_us:.0f} us exceeds the bound {event_us:g} us "
                    f"(over {ev.matched} matched edges)"
                )
            for who, edges in (("A", ev.only_a), ("B", ev.only_b)):
                if edges:
                    out.append(f"events: {len(edges)} edges reported only by run {who} ({_edge_list(edges)})")
            if ev.matched == 0 and not ev.only_a and not ev.only_b:
                out.append(f"events: no edge reported by both runs, cannot check the bound {event_us:g} us")
        return out

    def _bounds(
        self, tolerance: float | Mapping[str, float], event_us: float | None
    ) -> tuple[dict[str, float], float | None]:
        if isinstance(tolerance, Mapping):
            raw = dict(tolerance)
            if "event_us" in raw:
                given = raw.pop("event_us")
                if event_us is not None and given != event_us:
                    raise BadInput(f"tolerance: event_us given twice ({given:g} and {event_us:g})")
                event_us = given
            unknown = sorted(set(raw) - set(self.axes))
            if unknown:
                raise BadInput(
                    f"tolerance: no axis {unknown[0]!r} in these runs (axes: {', '.join(self.axes)})"
                )
        else:
            raw = dict.fromkeys(self.axes, tolerance)
        for name, v in list(raw.items()) + ([("event_us", event_us)] if event_us is not None else []):
            if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) or v < 0:
                raise BadInput(f"tolerance: {name} = {v!r} must be a finite number >= 0")
        return {k: float(v) for k, v in raw.items()}, (None if event_us is None else float(event_us))

    def format(self) -> str:
        """A human-readable table of the comparison."""
        lines = [
            f"shot {self.shot!r}: A = {self.a}, B = {self.b}",
            f"{self.common_ticks} shot ticks sampled by both runs ({self.hz} Hz)",
            "",
            f"{'axis':<10} {'unit':<5} {'ticks':>8} {'max |A-B|':>12} {'RMS |A-B|':>12}",
        ]
        for axis, d in self.axes.items():
            mx = "-" if d.max_abs is None else f"{d.max_abs:.4f}"
            rms = "-" if d.rms is None else f"{d.rms:.4f}"
            lines.append(f"{axis:<10} {unit_symbol(d.unit):<5} {d.ticks:>8} {mx:>12} {rms:>12}")
        ev = self.events
        mx = "-" if ev.max_abs_us is None else f"{ev.max_abs_us:.0f}"
        rms = "-" if ev.rms_us is None else f"{ev.rms_us:.0f}"
        lines.append(f"{'events':<10} {'us':<5} {ev.matched:>8} {mx:>12} {rms:>12}")
        if ev.only_a or ev.only_b:
            lines.append(
                f"edges reported by one run only: A {len(ev.only_a)} ({_edge_list(ev.only_a)}), "
                f"B {len(ev.only_b)} ({_edge_list(ev.only_b)})"
            )
        return "\n".join(lines)


def _edge_list(edges: list[int], most: int = 8) -> str:
    if not edges:
        return "none"
    head = ", ".join(str(e) for e in edges[:most])
    return head + (f", ... {len(edges) - most} more" if len(edges) > most else "")


def _first_per_tick(s: AxisSamples) -> tuple[np.ndarray, np.ndarray]:
    ticks, first = np.unique(s.tick, return_index=True)
    return ticks, s.actual[first]


def _same_shot(a: Run, b: Run, la: str, lb: str) -> None:
    why = f"cannot compare {la} and {lb}"
    if a.shot != b.shot:
        raise BadInput(f"{why}: different shots ({a.shot!r} vs {b.shot!r})")
    if a.hz != b.hz:
        raise BadInput(f"{why}: different tick rates ({a.hz} vs {b.hz} Hz)")
    if set(a.axes) != set(b.axes):
        raise BadInput(f"{why}: different axes ({', '.join(a.axes)} vs {', '.join(b.axes)})")
    for axis in a.axes:
        pa = np.asarray(a.planned.get(axis, []), dtype=np.float64)
        pb = np.asarray(b.planned.get(axis, []), dtype=np.float64)
        if len(pa) != len(pb):
            raise BadInput(
                f"{why}: planned {axis} differs in length ({len(pa)} vs {len(pb)} ticks): not the same shot"
            )
        if len(pa):
            d = np.abs(pa - pb)
            k = int(np.argmax(d))
            if d[k] > _PLANNED_SAME:
                raise BadInput(
                    f"{why}: planned {axis} differs by {d[k]:.4g} {unit_symbol(a.units.get(axis, ''))} "
                    f"at tick {k}: not the same shot"
                )


def compare(a: Run, b: Run, *, a_label: str = "A", b_label: str = "B") -> Comparison:
    """Repeatability of two passes of the same shot.

    Per axis: max and RMS of |A - B| of the ACTUAL positions at each shot tick both runs
    sampled (a tick sampled twice by one run uses its first sample). Events: the actual times
    of trigger edges matched by edge index. Runs of different shots, or with no common tick,
    are refused with one BadInput line.
    """
    _same_shot(a, b, a_label, b_label)
    axes: dict[str, AxisDiff] = {}
    all_common: set[int] = set()
    spans = []
    for axis in a.axes:
        ta, va = _first_per_tick(axis_samples(a, axis))
        tb, vb = _first_per_tick(axis_samples(b, axis))
        spans.append((ta, tb))
        common, ia, ib = np.intersect1d(ta, tb, assume_unique=True, return_indices=True)
        diff = va[ia] - vb[ib]
        all_common.update(common.tolist())
        axes[axis] = AxisDiff(a.units.get(axis, ""), int(common.size), _max_abs(diff), _rms(diff))
    if not all_common:
        ra = _tick_range([s[0] for s in spans])
        rb = _tick_range([s[1] for s in spans])
        raise BadInput(f"cannot compare {a_label} and {b_label}: no shot tick in both runs (A {ra}, B {rb})")
    ea = {c.edge: c.actual_us for c in a.cues if _reported(c.actual_us)}
    eb = {c.edge: c.actual_us for c in b.cues if _reported(c.actual_us)}
    both = sorted(set(ea) & set(eb))
    dt = np.array([eb[e] - ea[e] for e in both], dtype=np.float64)
    events = EventDiff(
        matched=len(both),
        max_abs_us=_max_abs(dt),
        rms_us=_rms(dt),
        mean_us=_f(np.mean(dt)) if dt.size else None,
        only_a=sorted(set(ea) - set(eb)),
        only_b=sorted(set(eb) - set(ea)),
    )
    return Comparison(a.shot, a_label, b_label, a.hz, len(all_common), axes, events)


def _tick_range(per_axis: list[np.ndarray]) -> str:
    ticks = [t for t in per_axis if t.size]
    if not ticks:
        return "no samples"
    return f"ticks {min(int(t[0]) for t in ticks)}..{max(int(t[-1]) for t in ticks)}"
