"""The shot figures of `orbitrig bench`, measured on emulated boards in one run.

Each figure says its statistic and where its clock starts and stops:

- event_error_us: actual minus scheduled board time of every trigger edge of a shot with
  >= 500 edges (the board reports both; the clock is the board's). Beside it, in the same
  run and at the same time, bare_loop_jitter_us: a bare MicroPython deadline loop (a second
  emulated board running nothing but `sleep_us` until each deadline of the same schedule),
  late by how much. The ratio of the p99s is the target (<= 1.5).
- tracking_error: per axis type, RMS and max of the board's commanded position (telemetry
  at every tick) minus the planned one; and of the simulated mechanism (the HAL's trace:
  servo slew, stepper steps actually taken) minus the planned one.
- clock_sync_error_us: |estimate - truth| of the board clock (the emulated board runs on the
  host's CLOCK_MONOTONIC, so the truth is known), host/clock.py truth_benchmark.
- two_board_start_skew_us: two emulated boards, one shot started together through their
  clock estimates: |board A's start instant - board B's| on the shared clock, over N starts
  (what the clock estimates agree on; target <= 2x clock_sync_error_us); beside it
  two_board_first_edge_skew_us, the same for an edge at shot time 0 as each board fired it,
  which adds both boards' firing errors (event_error_us).
- upload_s_60s_shot: SHOT_LOAD sent until SHOT_COMMIT acknowledged, a 60 s 5-axis shot.
- shot_check_s_10min: parse + plan + limit checks + compile of a 10-minute 5-axis shot with
  2,000 keyframes (what `shot check` does before its plot), best of 3.
- repeatability: two plays of one shot, per axis the largest difference between the
  positions the board reported at the same shot tick, in counts (0.001 unit; steppers also in
  microsteps).
- shot_buffer: the board's shot buffer and the longest reference shot that fits it.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from ..boards.emulator import Emulator
from ..boards.trace import AXIS_SAMPLE, read_trace
from ..deploy.firmware import install_sources
from ..rig import Rig
from .compile import PERIOD_US, Compiled, compile_plan
from .plan import limits_from_rig, plan_shot
from .player import Player, follow_all, start_together
from .run import Run
from .shotfile import parse_shot
from .testing import armed_and_homed

CLOCK = 1 << 30

BARE_MAIN = """\
# main.py of the bare deadline-loop board: sleep until each deadline, note how late
import time
SCHED = {sched}
time.sleep_ms({lead_ms})
t0 = time.ticks_us()
late = []
for off in SCHED:
    due = time.ticks_add(t0, off)
    while True:
        rem = time.ticks_diff(due, time.ticks_us())
        if rem <= 0:
            break
        time.sleep_us(rem)
    late.append(-rem)
print("BARE", late)
"""


def _pct(v: list[float] | np.ndarray, q: float) -> float:
    s = np.sort(np.asarray(v, dtype=float))
    return float(s[min(len(s) - 1, int(q / 100 * len(s)))])


def _stats(v: list[float] | np.ndarray) -> dict[str, float]:
    a = np.abs(np.asarray(v, dtype=float))
    return {"p50": _pct(a, 50), "p99": _pct(a, 99), "max": float(a.max()), "n": int(len(a))}


def bench_shot_toml(seconds: float = 15.0) -> str:
    """A 5-axis shot with a 24 fps shutter and markers at odd offsets: > 500 edges."""
    return f"""
name = "bench"
fps = 24
[axes.pan]
keys = [{{ t = 0, pos = -40, interp = "ease" }}, {{ t = {seconds / 2}, pos = 40, interp = "ease" }}, {{ t = {seconds}, pos = -40 }}]
[axes.tilt]
keys = [{{ t = 0, pos = 0, interp = "ease" }}, {{ t = {seconds / 3}, pos = 15, interp = "cubic" }}, {{ t = {2 * seconds / 3}, pos = -10, interp = "ease" }}, {{ t = {seconds}, pos = 0 }}]
[axes.roll]
keys = [{{ t = 0, pos = 0, interp = "ease" }}, {{ t = {seconds}, pos = 5 }}]
[axes.slider]
keys = [{{ t = 0, pos = 200, interp = "ease" }}, {{ t = {seconds}, pos = 400 }}]
[axes.focus]
keys = [{{ t = 0, pos = 5, interp = "ease" }}, {{ t = {seconds}, pos = 12 }}]
[[cue]]
kind = "shutter"
frame = 1
every = 1
count = {int(seconds * 24) - 3}
exposure = 0.0104
[[cue]]
kind = "marker"
t = 0.0137
every_s = 0.1371
count = {int((seconds - 0.2) / 0.1371)}
width = 0.02
"""


def long_shot_toml(seconds: float, keys: int) -> str:
    """A shot of `seconds` with `keys` keyframes over 5 axes (cubic through slow waves)."""
    per = keys // 5
    rng = np.random.default_rng(1)
    parts = ['name = "long"\nfps = 25\n']
    spans = {"pan": 60, "tilt": 20, "roll": 10, "slider": 300, "focus": 8}
    base = {"pan": 0, "tilt": 0, "roll": 0, "slider": 500, "focus": 10}
    for a, span in spans.items():
        ts = np.linspace(0, seconds, per)
        ps = (
            base[a] + span * np.sin(ts / seconds * 2 * np.pi * 7) * 0.5 + rng.uniform(-0.01, 0.01, per) * span
        )
        ps[0] = ps[-1] = base[a]
        rows = ",\n".join(
            f"  {{ t = {t:.4f}, pos = {p:.4f}{', interp = ' + chr(34) + 'ease' + chr(34) if i in (0, per - 2) else ''} }}"
            for i, (t, p) in enumerate(zip(ts, ps, strict=True))
        )
        parts.append(f'[axes.{a}]\ninterp = "cubic"\nkeys = [\n{rows}\n]\n')
    return "\n".join(parts)


def _emulator() -> Emulator:
    emu = Emulator(heap="256K")
    install_sources(Path(emu.flash_dir))
    emu.start(wait_link=True)
    return emu


def _ready(rig: Rig) -> None:
    rig.config_set("board", "link_timeout", 2000)  # a loaded bench machine stalls the host
    armed_and_homed(rig)


def _compile(rig: Rig, text: str) -> Compiled:
    limits = limits_from_rig(rig)
    plan = plan_shot(parse_shot(text, "bench.toml", axes=list(limits)), limits)
    if plan.violations:
        raise RuntimeError(f"bench shot not playable: {plan.violations[0]}")
    return compile_plan(plan, [a.name for a in rig.axes])


def _play(rig: Rig, c: Compiled, start_us: int | None = None) -> tuple[Player, Run]:
    p = Player(rig, c)
    p.upload()
    p.preroll()
    p.start(start_us)
    return p, p.follow()


def _bare_board(sched_us: list[int], lead_ms: int) -> Emulator:
    emu = Emulator(heap="256K")
    install_sources(Path(emu.flash_dir))
    (Path(emu.flash_dir) / "main.py").write_text(BARE_MAIN.format(sched=sched_us, lead_ms=lead_ms))
    emu.start()
    return emu


def _read_bare(s: Any, timeout: float) -> list[int]:
    end = time.monotonic() + timeout
    buf = b""
    while time.monotonic() < end:
        buf += s.read(65536)
        i = buf.find(b"BARE [")
        if i >= 0 and b"]" in buf[i:]:
            return json.loads(buf[i + 5 : buf.index(b"]", i) + 1])
    raise RuntimeError(f"the bare deadline-loop board printed no result: {buf[-200:]!r}")


def event_and_tracking(emu: Emulator, rig: Rig) -> dict[str, Any]:
    c = _compile(rig, bench_shot_toml())
    sched = [e[0] for e in c.edges]
    # the bare loop runs its schedule while the shot plays (both start ~1.5 s from now)
    import serial

    bare = _bare_board(sched, 2500)
    try:
        # its output reaches the pty only while a host holds it open
        with serial.Serial(bare.port, timeout=0.2) as port:
            start = emu.trace_path.stat().st_size
            t0 = time.monotonic()
            p, run = _play(rig, c)
            late_bare = _read_bare(port, 60 - (time.monotonic() - t0))
    finally:
        bare.stop()
    err = [cf.error_us for cf in run.cues if cf.error_us is not None]
    missing = sum(1 for cf in run.cues if cf.actual_us is None)
    ev = _stats(err)
    bl = _stats(late_bare)
    out: dict[str, Any] = {
        "event_error_us": {
            **ev,
            "missing": missing,
            "statistic": "|actual - scheduled| of every trigger edge, board clock, nearest rank",
        },
        "bare_loop_jitter_us": {
            **bl,
            "statistic": "lateness of a bare sleep_us deadline loop, same schedule, same time",
        },
        "event_error_over_bare_p99": round(ev["p99"] / max(1.0, bl["p99"]), 3),
        "event_error_target": 1.5,
    }
    # tracking: commanded (telemetry) and mechanism (trace) against the plan
    recs = read_trace(emu.trace_path, start)
    idx = {rig.axis(a).index: a for a in run.axes}
    kind = {a: ("gimbal_deg" if run.units[a] == "deg" else "linear_mm") for a in run.axes}
    cmd_err: dict[str, list[float]] = {"gimbal_deg": [], "linear_mm": []}
    mech_err: dict[str, list[float]] = {"gimbal_deg": [], "linear_mm": []}
    ticks = np.array(run.actual_us) // PERIOD_US
    for a in run.axes:
        planned = np.array(run.planned[a])
        cmd_err[kind[a]] += list(np.array(run.actual[a]) - planned[np.minimum(ticks, len(planned) - 1)])
    return out | _mechanism(recs, idx, kind, p.start_us, c, cmd_err, mech_err)


def _mechanism(
    recs: list[Any],
    idx: dict[int, str],
    kind: dict[str, str],
    start: int,
    c: Compiled,
    cmd_err: dict[str, list[float]],
    mech_err: dict[str, list[float]],
) -> dict[str, Any]:
    actual: dict[str, dict[int, int]] = {a: {} for a in idx.values()}
    for r in recs:
        if r.kind == AXIS_SAMPLE and r.index in idx:
            rel = (r.t_us - start) % CLOCK
            if rel < CLOCK // 2 and rel % PERIOD_US == 0 and rel // PERIOD_US <= c.ticks:
                actual[idx[r.index]][rel // PERIOD_US] = r.b
    offsets: dict[str, list[float]] = {"gimbal_deg": [], "linear_mm": []}
    for a, samples in actual.items():
        # the mechanism's offset when the shot starts (a stepper that overshot its homing
        # switch, say) is not tracking: it is reported apart and taken out
        last = samples.get(0, int(c.board_pos[a][0]))
        off = last - int(c.board_pos[a][0])
        offsets[kind[a]].append(off / 1000)
        for k in range(c.ticks + 1):
            last = samples.get(k, last)
            mech_err[kind[a]].append((last - int(c.board_pos[a][k]) - off) / 1000)

    def block(d: dict[str, list[float]]) -> dict[str, Any]:
        out = {}
        for k, v in d.items():
            if v:
                x = np.asarray(v, dtype=float)
                out[k] = {
                    "rms": round(float(np.sqrt(np.mean(x * x))), 6),
                    "max": round(float(np.abs(x).max()), 6),
                    "n": len(x),
                }
        return out

    return {
        "tracking_error": {
            "commanded": block(cmd_err),
            "mechanism": block(mech_err),
            "mechanism_offset_at_start": {k: max(map(abs, v)) for k, v in offsets.items() if v},
            "statistic": "RMS and max over every tick of one play; units deg (gimbal) and mm (linear)",
            "note": "commanded: telemetry at 200 Hz vs plan; mechanism: the simulated HAL's servo slew "
            "and stepper model (its trace) vs plan, less its offset at tick 0",
        }
    }


def _record_take(rig: Rig) -> str:
    """A take jogged on the board (pan, then tilt, then the slider, each with its ramps),
    recorded at the tick rate and fitted into a shot file (host/shots/record.py)."""
    from .record import Recorder, fit_recording

    rig.wait_motion(rig.move_to({"pan": -10.0, "tilt": 10.0, "slider": 200.0}, speed=0.5), timeout=30)
    rec = Recorder(rig, ["pan", "tilt", "slider"])
    rec.start()
    try:
        for axis, vel in (("pan", 40.0), ("tilt", -30.0), ("slider", 60.0)):
            jid = rig.jog(axis, vel, timeout_ms=500)
            end = time.monotonic() + 0.5
            while time.monotonic() < end:
                rec.poll(0.03)
                rig.jog(axis, vel, jog_id=jid, timeout_ms=500)
            rig.jog_end(jid)
            rec.wait_still(timeout=20)
    finally:
        take = rec.stop()
    return fit_recording(take, "recorded take", 25, 0.001).text


def repeatability(rig: Rig) -> dict[str, Any]:
    limits = limits_from_rig(rig)
    text = _record_take(rig)
    plan = plan_shot(parse_shot(text, "take.toml", axes=list(limits)), limits)
    c = compile_plan(plan, [a.name for a in rig.axes])
    _, a = _play(rig, c)
    _, b = _play(rig, c)
    steps = {x.name: rig.config_get(x.name, "cal_lo")[0] for x in rig.axes if x.kind == "STEPPER"}
    out: dict[str, Any] = {
        "statistic": "two plays of one recorded (jogged) take: max |A - B| of board-reported positions "
        "at the same shot tick",
    }
    for axis in a.axes:
        ta = dict(zip((np.array(a.actual_us) // PERIOD_US).tolist(), a.actual[axis], strict=True))
        tb = dict(zip((np.array(b.actual_us) // PERIOD_US).tolist(), b.actual[axis], strict=True))
        common = sorted(set(ta) & set(tb))
        d = max(abs(ta[k] - tb[k]) for k in common)
        row: dict[str, Any] = {"max_counts": round(d * 1000), "ticks": len(common)}
        if axis in steps:
            row["max_microsteps"] = round(d * steps[axis])
        out[axis] = row
    out["target_counts"] = 1
    return out


def two_board_skew(emu_a: Emulator, rig_a: Rig, trials: int = 5) -> dict[str, Any]:
    emu_b = _emulator()
    try:
        with Rig.connect(emu_b.port, timeout=2.0, log=False) as rig_b:
            _ready(rig_b)
            text = """
name = "skew"
fps = 25
[axes.pan]
keys = [{ t = 0, pos = 0, interp = "ease" }, { t = 0.6, pos = 10, interp = "ease" }, { t = 1.2, pos = 0 }]
[[cue]]
kind = "marker"
t = 0.0
"""
            ca, cb = _compile(rig_a, text), _compile(rig_b, text)
            skews, edge_skews, bounds = [], [], []
            for _ in range(trials):
                pa, pb = Player(rig_a, ca), Player(rig_b, cb)
                for p in (pa, pb):
                    p.upload()
                    p.preroll()
                host_t, syncs = start_together([pa, pb], 0.5)
                follow_all([pa, pb], syncs)
                # both boards run on the host's clock, so their board times compare directly: the
                # start instants each board took from the host's estimate of its clock (shot tick
                # 0 is aligned to it), and the first edges as they fired (each board's firing
                # error, as in event_error_us, added to the start's)
                d = (pa.start_us - pb.start_us) % CLOCK  # type: ignore[operator]
                skews.append(float(min(d, CLOCK - d)))
                ta = (pa.start_us + pa.run.cues[0].actual_us) % CLOCK  # type: ignore[union-attr,operator]
                tb = (pb.start_us + pb.run.cues[0].actual_us) % CLOCK  # type: ignore[union-attr,operator]
                d = (ta - tb) % CLOCK
                edge_skews.append(float(min(d, CLOCK - d)))
                bounds.append(sum(s.estimate.error_at(host_t) for s in syncs))
    finally:
        emu_b.stop()
    return {
        "two_board_start_skew_us": {
            "median": statistics.median(skews),
            "max": max(skews),
            "n": trials,
            "statistic": "|start instant on A - start instant on B| (shot tick 0 on each board), "
            "both boards on the host clock (the truth)",
            "clock_bound_median_us": round(statistics.median(bounds), 1),
        },
        "two_board_first_edge_skew_us": {
            "median": statistics.median(edge_skews),
            "max": max(edge_skews),
            "n": trials,
            "statistic": "|first edge on A - first edge on B| as they fired (an edge at shot time 0), "
            "both boards on the host clock: the start skew plus both boards' firing errors",
        },
    }


def upload_and_check() -> dict[str, Any]:
    from .plan import default_limits

    limits = default_limits()
    text60 = long_shot_toml(60.0, 100)
    text10 = long_shot_toml(600.0, 2000)
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        plan = plan_shot(parse_shot(text10, "ten_minutes.toml", axes=list(limits)), limits)
        c10 = compile_plan(plan, list(limits))
        best = min(best, time.perf_counter() - t0)
    return {
        "shot_check_s_10min": {"best_of_3": round(best, 3), "keys": 2000, "axes": 5, "words": len(c10.words)},
        "_text60": text60,
    }


def run_shot_bench() -> dict[str, Any]:
    out: dict[str, Any] = {}
    chk = upload_and_check()
    text60 = chk.pop("_text60")
    out.update(chk)
    emu = _emulator()
    try:
        with Rig.connect(emu.port, timeout=2.0, log=False) as rig:
            _ready(rig)
            out.update(event_and_tracking(emu, rig))
            from ..clock import truth_benchmark

            cs = truth_benchmark(rig, seconds=3.0)
            out["clock_sync_error_us"] = {
                "median": round(cs["median"], 1),
                "max": round(cs["max"], 1),
                "bound_median": round(cs["bound_median"], 1),
                "statistic": "|estimate - truth| over 3 s of 50 ms updates after 1 s; truth = host CLOCK_MONOTONIC",
                "target": 100,
            }
            c60 = _compile(rig, text60)
            times = []
            for _ in range(3):
                p = Player(rig, c60)
                t0 = time.perf_counter()
                p.upload()
                times.append(time.perf_counter() - t0)
            st = rig.shot_state()
            out["upload_s_60s_shot"] = {
                "median_of_3": round(statistics.median(times), 3),
                "words": len(c60.words),
                "statistic": "SHOT_LOAD written until SHOT_COMMIT acknowledged",
            }
            cap = st["capacity"]
            out["shot_buffer"] = {
                "capacity_words": cap,
                "capacity_kb": round(cap * 4 / 1024, 1),
                "largest_reference_shot_s": round(60.0 * cap / len(c60.words), 1),
                "reference": "the 60 s, 5-axis upload shot (words per second as it)",
            }
            out["repeatability"] = repeatability(rig)
            out.update(two_board_skew(emu, rig))
    finally:
        emu.stop()
    sk = out["two_board_start_skew_us"]["median"]
    out["two_board_skew_over_clock_error"] = round(sk / max(1.0, out["clock_sync_error_us"]["median"]), 2)
    out["two_board_skew_target"] = 2.0
    return out


if __name__ == "__main__":
    print(json.dumps(run_shot_bench(), indent=1))
