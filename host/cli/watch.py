"""`orbitrig monitor`'s live view: positions and velocities in axis units, the state with armed and homed, flags by name."""

from __future__ import annotations

import time

from rich.console import Console
from rich.live import Live
from rich.table import Table

from ..errors import RigError
from ..rig import Rig, Sample
from .tools import flags_text, standing


def table(rig: Rig, s: Sample | None, lost: int, count: int) -> Table:
    """One frame of the view (``s`` None before the first sample)."""
    head = f"{standing(s.state, s.flags)}  flags {flags_text(s.flags)}" if s else "waiting for telemetry"
    t = Table(title=f"{rig.link.url}  {head}", title_justify="left")
    t.add_column("axis")
    t.add_column("position", justify="right")
    t.add_column("velocity", justify="right")
    for a in rig.axes:
        if s is None:
            t.add_row(a.name, "-", "-")
            continue
        u = "°" if a.unit == "DEG" else " mm"
        t.add_row(a.name, f"{s.pos[a.index]:10.3f}{u}", f"{s.vel[a.index]:9.3f}{u}/s")
    t.caption = f"board t={s.t_us / 1e6:.3f} s  samples {count}  lost {lost}" if s else ""
    return t


def run_watch(rig: Rig, rate: int, seconds: float | None) -> None:
    """Stream telemetry at ``rate`` Hz into a live table until Ctrl-C or ``seconds``."""
    rig.set_telemetry(rate)
    end = time.monotonic() + seconds if seconds else None
    last: Sample | None = None
    count = 0
    try:
        with Live(table(rig, None, 0, 0), console=Console(), refresh_per_second=10, transient=False) as live:
            while end is None or time.monotonic() < end:
                try:
                    last = rig.telemetry(timeout=2.0)
                except RigError:
                    if end is not None and time.monotonic() >= end:
                        break
                    raise
                count += 1
                live.update(table(rig, last, rig.link.stats.telemetry_lost, count))
    except KeyboardInterrupt:
        pass
    finally:
        try:
            rig.set_telemetry(0)
        except RigError:
            pass
