"""The shot figures: the planned-shot plot that `shot check` writes and the run report PNG.

matplotlib is imported inside the functions (Agg, through ``matplotlib.figure.Figure``, so no
pyplot state or GUI backend is ever involved) to keep ``import orbitrig.host.shots.report`` fast.
Long shots are decimated for drawing: each pixel column keeps its min and max, so a one-tick
spike stays visible while a 120,000-tick axis draws as ~3,000 points.
docs/shot_reports.md explains every panel.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import BadInput
from .model import Cue
from .plan import Plan, Violation
from .report import axis_samples, unit_symbol
from .run import Run

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

DPI = 100
WIDTH_PX = 1600
AXIS_PX = 300  # per axis: its position row and its velocity (plan) or error (report) row
PLAN_HEADER_PX = 100  # title, summary line and legend
REPORT_HEADER_PX = 140  # title, summary line and up to three lines of what is missing
HIST_PX = 300  # the report's cue timing and camera latency histograms
COLUMNS = WIDTH_PX  # decimation buckets: one per pixel column of the figure width
TRAIN_PX = 12  # cues of one kind closer than this many pixels draw as one span
MAX_VIOLATION_LABELS = 8  # per axis; the rest are marked without text
MAX_MARKER_LABELS = 30
MARKER_LABEL_PX = 60  # closer marker labels would overprint

PLANNED_COLOR = "#1f4e9c"
ACTUAL_COLOR = "#e08a00"
ERROR_COLOR = "#6a3d9a"
LIMIT_COLOR = "#444444"
VIOLATION_COLOR = "#d62728"
CAMERA_COLOR = "#8c564b"
CUE_COLORS = {
    "record": "#2ca02c",  # the span between record_start and record_stop
    "shutter": "#1f77b4",
    "marker": "#9467bd",
    "focus_pulse": "#ff7f0e",
}
_RECORD_KINDS = ("record_start", "record_stop")
HIST_COLORS = CUE_COLORS | {"record_start": CUE_COLORS["record"], "record_stop": "#98df8a"}


def decimate(x: np.ndarray, y: np.ndarray, columns: int = COLUMNS) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) -> at most two points per column of ``columns`` equal slices of x: the slice's
    min and max (min first where the slice rises, max first where it falls), so spikes survive
    and ramps stay straight.

    ``x`` must be sorted. Non-finite y values are dropped first.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    keep = np.isfinite(y) & np.isfinite(x)
    x, y = x[keep], y[keep]
    if len(x) <= 2 * columns or x[-1] <= x[0]:
        return x, y
    bucket = np.minimum(((x - x[0]) / (x[-1] - x[0]) * columns).astype(np.int64), columns - 1)
    starts = np.flatnonzero(np.r_[True, bucket[1:] != bucket[:-1]])
    ends = np.r_[starts[1:], len(x)] - 1
    lo = np.minimum.reduceat(y, starts)
    hi = np.maximum.reduceat(y, starts)
    rising = y[ends] >= y[starts]
    xs = np.empty(2 * len(starts))
    ys = np.empty(2 * len(starts))
    xs[0::2], xs[1::2] = x[starts], x[ends]
    ys[0::2] = np.where(rising, lo, hi)
    ys[1::2] = np.where(rising, hi, lo)
    return xs, ys


def _new_figure(height_px: int) -> Figure:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_PX / DPI, height_px / DPI), dpi=DPI)
    fig.set_facecolor("white")
    return fig


def _save(fig: Figure, path: Path) -> Path:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, dpi=DPI, format="png")
    except OSError as e:
        raise BadInput(f"{path}: cannot write the figure: {e.strerror or e}") from None
    return path


def _frac(px: float, total_px: float) -> float:
    return px / total_px


def _fit_ylim(ax: Axes, values: Sequence[np.ndarray], bounds: Sequence[tuple[float, str]], unit: str) -> None:
    """Scale y to the data; a bound (limit) within half a data span of it is drawn dashed,
    one further out is named at the plot's edge so the curve is not squashed flat."""
    finite = [v[np.isfinite(v)] for v in values if len(v)]
    finite = [v for v in finite if len(v)]
    if finite:
        lo = min(float(v.min()) for v in finite)
        hi = max(float(v.max()) for v in finite)
    else:
        lo, hi = 0.0, 1.0
    # a flat series (a constant velocity) must not blow float noise up into a band
    least = 0.02 * max(abs(lo), abs(hi)) or 1.0
    if hi - lo < least:
        mid = (hi + lo) / 2
        lo, hi = mid - least / 2, mid + least / 2
    span = hi - lo
    reach_lo, reach_hi = lo - 0.75 * span, hi + 0.75 * span
    shown = [b for b, _ in bounds if reach_lo <= b <= reach_hi]
    lo, hi = min([lo, *shown]), max([hi, *shown])
    span = hi - lo
    ax.set_ylim(lo - 0.08 * span, hi + 0.08 * span)
    ax.ticklabel_format(axis="y", useOffset=False)
    for value, name in bounds:
        if reach_lo <= value <= reach_hi:
            ax.axhline(value, color=LIMIT_COLOR, linestyle=(0, (5, 4)), linewidth=1.0, zorder=1)
        else:
            top = value > hi
            ax.text(
                0.014,  # clear of a keyframe dot at t = 0
                0.97 if top else 0.03,
                f"{'↑' if top else '↓'} {name} {value:g} {unit} (off scale)",
                transform=ax.transAxes,
                va="top" if top else "bottom",
                ha="left",
                fontsize=8,
                color=LIMIT_COLOR,
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7, "pad": 1},
                zorder=6,
            )


def _cue_kind_color(kind: str) -> str:
    return CUE_COLORS["record"] if kind in _RECORD_KINDS else CUE_COLORS.get(kind, "#7f7f7f")


def _record_spans(cues: Sequence[Cue], end: float) -> list[tuple[float, float]]:
    spans: list[tuple[float, float]] = []
    start: float | None = None
    for c in sorted(cues, key=lambda c: c.t):
        if c.kind == "record_start" and start is None:
            start = c.t
        elif c.kind == "record_stop" and start is not None:
            spans.append((start, c.t))
            start = None
    if start is not None:
        spans.append((start, end))  # never stopped in the plan: recording runs to the end
    return spans


def _draw_cues(ax: Axes, cues: Sequence[Cue], duration: float) -> None:
    """Cues by kind: a line per cue where they stand apart, one shaded span over a train of cues
    closer than TRAIN_PX pixels (a 24 fps shutter over ten minutes is 14,400 cues), a span for
    a pulse wide enough to see, and a light shade while the record line is high."""
    span = max(duration, 1e-9)
    for lo, hi in _record_spans(cues, duration):
        ax.axvspan(lo, hi, color=CUE_COLORS["record"], alpha=0.08, linewidth=0, zorder=0)
    by_kind: dict[str, list[Cue]] = {}
    for c in cues:
        by_kind.setdefault(c.kind, []).append(c)
    for kind, group in by_kind.items():
        color = _cue_kind_color(kind)
        group = sorted(group, key=lambda c: c.t)
        px = np.array([c.t for c in group]) / span * COLUMNS
        breaks = np.flatnonzero(np.diff(px) > TRAIN_PX) + 1
        lines: list[float] = []
        for run in np.split(np.arange(len(group)), breaks):
            first, last = group[run[0]], group[run[-1]]
            if len(run) >= 3:
                ax.axvspan(first.t, last.t + last.width, color=color, alpha=0.14, linewidth=0, zorder=0)
                lines += [first.t, last.t]
                continue
            for i in run:
                c = group[i]
                lines.append(c.t)
                if c.width / span * COLUMNS >= 3:
                    ax.axvspan(c.t, c.t + c.width, color=color, alpha=0.12, linewidth=0, zorder=0)
        ax.vlines(
            lines, 0, 1, transform=ax.get_xaxis_transform(), colors=color, linewidth=1.3, alpha=0.75, zorder=1
        )


def _label_markers(ax: Axes, cues: Sequence[Cue]) -> None:
    """Marker cues carry the director's text: print it along the top of the first row."""
    labelled = sorted((c for c in cues if c.kind == "marker" and c.label), key=lambda c: c.t)
    lo, hi = ax.get_xlim()
    last_px = -math.inf
    for c in labelled[:MAX_MARKER_LABELS]:
        px = (c.t - lo) / (hi - lo) * COLUMNS
        if px - last_px < MARKER_LABEL_PX:  # two markers at one spot (a ping-pong turn): one label
            continue
        last_px = px
        ax.text(
            c.t,
            1.01,
            c.label,
            transform=ax.get_xaxis_transform(),
            fontsize=8,
            color=CUE_COLORS["marker"],
            ha="center",
            va="bottom",
            clip_on=False,
        )


def _cue_legend_handles(cues: Sequence[Cue]) -> list[Any]:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles: list[Any] = []
    kinds = {c.kind for c in cues}
    if kinds & set(_RECORD_KINDS):
        handles.append(Patch(color=CUE_COLORS["record"], alpha=0.25, label="recording (record_start..stop)"))
    for kind in ("shutter", "marker", "focus_pulse"):
        if kind in kinds:
            n = sum(1 for c in cues if c.kind == kind)
            handles.append(Line2D([], [], color=CUE_COLORS[kind], linewidth=1.5, label=f"{kind} cue ({n})"))
    return handles


def _short(v: Violation) -> str:
    what = {"position": "pos", "velocity": "vel", "acceleration": "acc", "jerk": "jerk"}.get(v.what, v.what)
    if v.what == "position":
        return f"{what} {v.value:.4g} beyond {v.limit:.4g} {v.unit}"
    return f"{what} {abs(v.value):.4g} > {v.limit:.4g} {v.unit}"


def _draw_violations(pos_ax: Axes, vel_ax: Axes, plan: Plan, axis: str, violations: list[Violation]) -> None:
    if not violations:
        return
    t = plan.t
    for i, v in enumerate(sorted(violations, key=lambda v: v.t)):
        k = int(np.clip(np.searchsorted(t, v.t), 0, len(t) - 1)) if len(t) else 0
        for ax in (pos_ax, vel_ax):
            ax.axvline(v.t, color=VIOLATION_COLOR, linewidth=1.0, alpha=0.8, zorder=4)
        ax = pos_ax if v.what == "position" else vel_ax
        series = plan.pos.get(axis) if v.what == "position" else plan.vel.get(axis)
        if series is not None and len(series):
            ax.plot([v.t], [series[k]], marker="X", color=VIOLATION_COLOR, markersize=9, zorder=6)
        if i < MAX_VIOLATION_LABELS:
            right = v.t > 0.75 * plan.duration  # label on the left of a late violation, inside the plot
            pos_ax.text(
                v.t,
                0.93 - 0.14 * (i % 3),  # staggered so neighbours do not overprint
                f"{_short(v)} " if right else f" {_short(v)}",
                transform=pos_ax.get_xaxis_transform(),
                fontsize=8,
                color=VIOLATION_COLOR,
                va="top",
                ha="right" if right else "left",
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 1},
                zorder=7,
            )
    if len(violations) > MAX_VIOLATION_LABELS:
        pos_ax.text(
            0.998,
            0.03,
            f"+{len(violations) - MAX_VIOLATION_LABELS} more violations (shot check lists them all)",
            transform=pos_ax.transAxes,
            fontsize=8,
            color=VIOLATION_COLOR,
            ha="right",
            va="bottom",
        )


def _axis_rows(fig: Figure, n_axes: int, header_px: int, footer_px: int, height_px: int) -> list[list[Axes]]:
    """Two rows per axis (a tall one and a thin one) sharing one time axis."""
    outer = fig.add_gridspec(
        n_axes,
        1,
        left=0.065,
        right=0.985,
        top=1 - _frac(header_px, height_px),
        bottom=_frac(footer_px, height_px),
        hspace=0.32,
    )
    rows: list[list[Axes]] = []
    first: Axes | None = None
    for i in range(n_axes):
        inner = outer[i].subgridspec(2, 1, height_ratios=[2.2, 1], hspace=0.06)
        top = fig.add_subplot(inner[0], sharex=first)
        first = first or top
        bottom = fig.add_subplot(inner[1], sharex=first)
        top.tick_params(labelbottom=False)
        for ax in (top, bottom):
            ax.grid(True, color="#dddddd", linewidth=0.6)
            ax.tick_params(labelsize=8)
        rows.append([top, bottom])
    return rows


def plan_figure(plan: Plan) -> Figure:
    """The planned shot: per axis position (limits dashed, keyframes as dots) over velocity,
    cues as coloured lines and spans, limit violations in red."""
    from matplotlib.lines import Line2D

    axes = list(plan.pos)
    height = AXIS_PX * max(len(axes), 1) + PLAN_HEADER_PX
    fig = _new_figure(height)
    shot = plan.shot
    violations = {a: [v for v in plan.violations if v.axis == a] for a in axes}
    stray = [v for v in plan.violations if v.axis not in plan.pos]
    n_viol = len(plan.violations)
    fig.text(
        0.5,
        1 - _frac(12, height),
        f"{shot.name}: {plan.duration:.3f} s at {shot.fps:g} fps  ({plan.ticks} ticks at {plan.hz} Hz)",
        ha="center",
        va="top",
        fontsize=14,
        weight="bold",
    )
    played = f" at speed {plan.speed:g}" if plan.speed != 1 else ""
    played += ", reversed" if plan.reverse else ""
    summary = f"mode {shot.mode}{played}, {len(shot.cues)} cues, " + (
        f"{n_viol} limit violation{'s' if n_viol != 1 else ''} (red)" if n_viol else "no limit violations"
    )
    if stray:
        summary += f"; {len(stray)} on axes not in the plan: " + ", ".join(sorted({v.axis for v in stray}))
    fig.text(
        0.5,
        1 - _frac(38, height),
        summary,
        ha="center",
        va="top",
        fontsize=10,
        color=VIOLATION_COLOR if n_viol else "black",
    )
    handles = [
        Line2D([], [], color=PLANNED_COLOR, linewidth=1.6, label="planned position / velocity"),
        Line2D([], [], color="black", marker="o", linestyle="none", markersize=5, label="keyframe"),
        Line2D([], [], color=LIMIT_COLOR, linestyle=(0, (5, 4)), label="soft limit / vmax"),
        *_cue_legend_handles(shot.cues),
    ]
    if n_viol:
        handles.append(
            Line2D([], [], color=VIOLATION_COLOR, marker="X", linewidth=1, label="limit violation")
        )
    fig.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, 1 - _frac(56, height)),
        ncol=len(handles),
        fontsize=9,
        frameon=False,
    )
    if not axes:
        fig.text(0.5, 0.3, "the plan has no axes", ha="center", fontsize=12)
        return fig
    rows = _axis_rows(fig, len(axes), PLAN_HEADER_PX, 45, height)
    for (pos_ax, vel_ax), axis in zip(rows, axes, strict=True):
        lim = plan.limits.get(axis)
        unit = lim.unit if lim is not None else ""
        sym = unit_symbol(unit)
        pos = np.asarray(plan.pos[axis], dtype=np.float64)
        vel = plan.vel.get(axis)
        vel = np.gradient(pos, 1 / plan.hz) if vel is None and len(pos) > 1 else vel
        vel = np.asarray(vel if vel is not None else [], dtype=np.float64)
        t = np.asarray(plan.t, dtype=np.float64)
        _draw_cues(pos_ax, shot.cues, plan.duration)
        _draw_cues(vel_ax, shot.cues, plan.duration)
        pos_ax.plot(*decimate(t[: len(pos)], pos), color=PLANNED_COLOR, linewidth=1.6, zorder=3)
        vel_ax.plot(*decimate(t[: len(vel)], vel), color=PLANNED_COLOR, linewidth=1.1, zorder=3)
        track = shot.tracks.get(axis)
        keys = track.keys if track is not None else ()
        kt = np.array([k.t for k in keys])
        kp = np.array([k.pos for k in keys])
        if len(keys):
            pos_ax.plot(kt, kp, "o", color="black", markersize=4.5, zorder=5)
        bounds = [(lim.min, "min"), (lim.max, "max")] if lim is not None else []
        _fit_ylim(pos_ax, [pos, kp], bounds, sym)
        vbounds = [(lim.vmax, "vmax"), (-lim.vmax, "-vmax")] if lim is not None else []
        _fit_ylim(vel_ax, [vel], vbounds, f"{sym}/s")
        _draw_violations(pos_ax, vel_ax, plan, axis, violations[axis])
        kind = f" {lim.kind.lower()}" if lim is not None else ""
        pos_ax.set_ylabel(f"{axis}{kind}\nposition ({sym})", fontsize=9)
        vel_ax.set_ylabel(f"velocity\n({sym}/s)", fontsize=8)
    pad = 0.006 * max(plan.duration, 1e-6)  # keyframe dots at 0 and at the end stay whole
    rows[0][0].set_xlim(-pad, plan.duration + pad)
    _label_markers(rows[0][0], shot.cues)
    rows[-1][1].set_xlabel("time from shot start (s)", fontsize=10)
    return fig


def plot_plan(plan: Plan, path: Path) -> Path:
    """Write the planned-shot PNG (1600 x (300 per axis + 100) px) that `shot check` shows."""
    return _save(plan_figure(plan), path)


# -- run report ------------------------------------------------------------------------------


def _fmt(v: float | None, spec: str = ".4g") -> str:
    return "-" if v is None else format(v, spec)


def _hist_panel(
    ax: Axes,
    groups: dict[str, np.ndarray],
    block: dict[str, Any],
    title: str,
    xlabel: str,
    empty: str,
    lines: list[str],
) -> None:
    ax.set_title(title, fontsize=11)
    ax.tick_params(labelsize=8)
    data = {k: v for k, v in groups.items() if len(v)}
    if not data:
        ax.text(
            0.5, 0.5, empty, transform=ax.transAxes, ha="center", va="center", fontsize=11, color="#a00000"
        )
        ax.set_xticks([])
        ax.set_yticks([])
        return
    allv = np.concatenate(list(data.values()))
    lo, hi = float(allv.min()), float(allv.max())
    bins = np.linspace(lo - 0.5, hi + 0.5, 2) if hi == lo else np.histogram_bin_edges(allv, bins="auto")
    if len(bins) > 81:
        bins = np.linspace(lo, hi, 81)
    ax.hist(
        list(data.values()),
        bins=bins,
        stacked=True,
        color=[HIST_COLORS.get(k, CAMERA_COLOR) for k in data],
        label=list(data),
        edgecolor="white",
        linewidth=0.4,
    )
    for key, style in (("p50", "-"), ("p99", "--")):
        if block.get(key) is not None:
            ax.axvline(
                block[key], color="black", linestyle=style, linewidth=1.2, label=f"{key} {block[key]:.0f} us"
            )
    ax.set_xlabel(xlabel, fontsize=9)
    ax.set_ylabel("count", fontsize=9)
    ax.grid(True, axis="y", color="#dddddd", linewidth=0.6)
    ax.legend(fontsize=8, loc="upper right")
    ax.text(
        0.01,
        0.97,
        "\n".join(lines),
        transform=ax.transAxes,
        va="top",
        ha="left",
        fontsize=8,
        family="monospace",
        bbox={"facecolor": "white", "edgecolor": "#cccccc", "alpha": 0.9},
    )


def report_figure(run: Run, stats: dict[str, Any]) -> Figure:
    """Per axis planned vs actual over the tracking error, then the cue timing and camera
    latency histograms; what could not be measured is written in the header."""
    from matplotlib.lines import Line2D

    axes = list(run.axes)
    height = AXIS_PX * len(axes) + HIST_PX + REPORT_HEADER_PX
    fig = _new_figure(height)
    ended = "" if run.outcome == "COMPLETE" else " (broke early)"
    fig.text(
        0.5,
        1 - _frac(12, height),
        f"{run.shot}: {run.outcome}{ended}, started {run.started}",
        ha="center",
        va="top",
        fontsize=14,
        weight="bold",
    )
    clock = ", ".join(f"{k} {v:.4g}" for k, v in run.clock.items()) or "none recorded"
    fig.text(
        0.5,
        1 - _frac(38, height),
        f"speed {run.speed:g}{', reversed' if run.reverse else ''}, {run.hz} Hz ticks, "
        f"{len(run.actual_us)} telemetry samples, clock sync: {clock}",
        ha="center",
        va="top",
        fontsize=10,
    )
    missing = stats["missing"]
    legend_px = 112 if missing else 66  # below the lines of what is missing, or right under the title
    if missing:
        shown = missing[:3]
        if len(missing) > 3:
            shown[-1] += f"; +{len(missing) - 3} more in stats.json"
        fig.text(
            0.5,
            1 - _frac(60, height),
            "missing: " + "\n".join(shown),
            ha="center",
            va="top",
            fontsize=9.5,
            color="#a00000",
        )
    handles = [
        Line2D([], [], color=PLANNED_COLOR, linewidth=1.6, label="planned (board command)"),
        Line2D([], [], color=ACTUAL_COLOR, linewidth=1.3, label="actual (telemetry)"),
        Line2D([], [], color=ERROR_COLOR, linewidth=1.0, label="tracking error = actual - planned"),
    ]
    fig.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, 1 - _frac(legend_px, height)),
        ncol=3,
        fontsize=9,
        frameon=False,
    )
    hist_bottom = 45
    rows = _axis_rows(fig, len(axes), REPORT_HEADER_PX, HIST_PX + 8, height) if axes else []
    t_end = max((len(v) - 1 for v in run.planned.values()), default=0) / run.hz
    last_us = max(run.actual_us) / 1e6 if run.actual_us else None
    for (pos_ax, err_ax), axis in zip(rows, axes, strict=True):
        st = stats["tracking"]["axes"][axis]
        sym = unit_symbol(st["unit"])
        planned = np.asarray(run.planned.get(axis, []), dtype=np.float64)
        pos_ax.plot(
            *decimate(np.arange(len(planned)) / run.hz, planned), color=PLANNED_COLOR, linewidth=1.6, zorder=3
        )
        actual = np.asarray(run.actual.get(axis, []), dtype=np.float64)
        n = min(len(actual), len(run.actual_us))
        order = np.argsort(np.asarray(run.actual_us[:n], dtype=np.float64), kind="stable")
        ta = np.asarray(run.actual_us[:n], dtype=np.float64)[order] / 1e6
        pos_ax.plot(*decimate(ta, actual[:n][order]), color=ACTUAL_COLOR, linewidth=1.2, zorder=4)
        s = axis_samples(run, axis)
        err = s.error
        err_ax.axhline(0, color=LIMIT_COLOR, linewidth=0.8)
        if err.size:
            eo = np.argsort(s.t, kind="stable")
            err_ax.plot(*decimate(s.t[eo], err[eo]), color=ERROR_COLOR, linewidth=1.0, zorder=3)
            peak = float(np.max(np.abs(err)))
            err_ax.set_ylim(-1.15 * peak if peak > 0 else -1, 1.15 * peak if peak > 0 else 1)
            err_ax.text(
                0.998,
                0.94,
                f"RMS {_fmt(st['rms'])} {sym}   max |err| {_fmt(st['max_abs'])} {sym}   "
                f"p99 |err| {_fmt(st['p99_abs'])} {sym}   ({st['samples']} samples)",
                transform=err_ax.transAxes,
                ha="right",
                va="top",
                fontsize=8,
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1},
            )
        else:
            why = "no planned trajectory" if not s.has_plan else "no telemetry samples on planned ticks"
            for ax in (pos_ax, err_ax):
                ax.text(
                    0.5,
                    0.5,
                    f"{axis}: {why}",
                    transform=ax.transAxes,
                    ha="center",
                    va="center",
                    fontsize=11,
                    color="#a00000",
                )
        if run.outcome != "COMPLETE" and last_us is not None:
            for ax in (pos_ax, err_ax):
                ax.axvline(last_us, color="#a00000", linewidth=1.2, linestyle=":")
            pos_ax.text(
                last_us,
                0.05,
                f" last sample: take ended {run.outcome}",
                transform=pos_ax.get_xaxis_transform(),
                fontsize=8,
                color="#a00000",
            )
        pos_ax.set_ylabel(f"{axis}\nposition ({sym})", fontsize=9)
        err_ax.set_ylabel(f"error\n({sym})", fontsize=8)
    if rows:
        rows[0][0].set_xlim(0, max(t_end, last_us or 0.0, 1e-6))
        rows[-1][1].set_xlabel("shot time (s): telemetry time from shot tick 0, planned at tick k = k / hz")
    gs = fig.add_gridspec(
        1,
        2,
        left=0.065,
        right=0.985,
        top=_frac(HIST_PX - 62, height),
        bottom=_frac(hist_bottom, height),
        wspace=0.15,
    )
    cues = stats["cues"]
    by_kind: dict[str, list[float]] = {}
    for c in run.cues:
        if c.error_us is not None and np.isfinite(c.error_us):
            by_kind.setdefault(c.kind, []).append(c.error_us)
    groups = {k: np.asarray(v, dtype=np.float64) for k, v in sorted(by_kind.items())}
    _hist_panel(
        fig.add_subplot(gs[0]),
        groups,
        cues,
        "cue timing error (actual - scheduled) per edge",
        "error (us); board time from shot tick 0",
        "no cue edges reported" if run.cues else "no cues in this run",
        [
            f"edges    {cues['edges']}",
            f"reported {cues['count']}",
            f"missing  {cues['missing']}",
            f"max|err| {_fmt(cues['max_abs'], '.0f')} us",
            f"mean     {_fmt(cues['mean'], '.1f')} us",
        ],
    )
    cam = stats["camera"]
    lat = np.array([f.latency_us for f in run.camera if f.latency_us is not None], dtype=np.float64)
    _hist_panel(
        fig.add_subplot(gs[1]),
        {"latency": lat[np.isfinite(lat)]},
        cam,
        "camera latency: shutter line raised -> confirmation",
        "latency (us)",
        "no camera frames" if not run.camera else "no camera frame was confirmed",
        [
            f"frames    {cam['frames']}",
            f"confirmed {cam['count']}",
            f"timed out {cam['timed_out']}",
            f"max       {_fmt(cam['max'], '.0f')} us",
        ],
    )
    return fig


def plot_report(run: Run, stats: dict[str, Any], path: Path) -> Path:
    """Write the run report PNG: 1600 x (300 per axis + 300 + 140) px."""
    return _save(report_figure(run, stats), path)
