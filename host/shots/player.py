"""Play a compiled shot on a board: upload, pre-roll, start at a board time, follow, record a Run.

The host never times motion or trigger edges: it uploads the shot, puts the rig at the
shot's first position, and names a board time for shot tick 0. From then on the board plays
on its own clock and reports every edge with the time it really fired; the host only
watches (telemetry at the tick rate, events), keeps a streamed shot's buffer filled, and
writes down what happened.

Example:
    >>> with Rig.connect(port) as rig:                               # doctest: +SKIP
    ...     p = Player(rig, compile_plan(plan, [a.name for a in rig.axes]))
    ...     p.upload(); p.preroll(); p.start()
    ...     run = p.follow()
"""

from __future__ import annotations

import datetime
import random
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from orbitrig.protocol.messages import DoneReason, ErrorCode, EventKind, Msg, ShotFlag

from ..errors import BoardSilent, CommandRefused, LinkLost, RigError
from ..rig import SCALE, Rig, event_of, sample_of
from .compile import PERIOD_US, Compiled
from .run import CameraFrame, CueFiring, Run

CHUNK_WORDS = 125  # SHOT_DATA carries at most 125 words (a 508-byte payload)
CLOCK = 1 << 30  # board time on the wire: us mod 2**30
TELEMETRY_HZ = 200  # every tick, so the report sees every commanded position
PREROLL_SPEED = 0.25  # fraction of each axis's vmax for the move to the start
START_MAX_S = 120.0  # the board takes a start time at most this far ahead
STREAM_POLL_S = 0.05  # with the buffer full, ask the board how far it has played this often


class ShotFailed(RigError):
    """The board ended a shot other than by completing it."""

    exit_code = 6


@dataclass
class Progress:
    """What the CLI shows while a shot plays."""

    tick: int
    ticks: int
    t: float  # s into the shot
    frame: float
    next_cue: str  # "" when none is left


def _rel(t_us: int, start_us: int) -> int:
    """Board time t_us as us after start_us (both mod 2**30); negative when before it."""
    d = (t_us - start_us) % CLOCK
    return d - CLOCK if d >= CLOCK // 2 else d


class Player:
    """One shot on one board."""

    def __init__(self, rig: Rig, compiled: Compiled, *, shot_id: int | None = None) -> None:
        self.rig = rig
        self.c = compiled
        self.id = shot_id or random.randint(1, 0xFFFF)
        self.capacity = 0
        self.stream = False
        self.sent = 0  # words sent
        self.consumed = 0  # words the board's player has read (from SHOT_DATA ACKs)
        self._data = compiled.data
        self._pending: list[Any] = []
        self.start_us = 0
        self.run: Run | None = None
        self._started = 0.0
        # pauses: board time after the start where the last pause's ramp began and where the
        # resume's ramp ended; shift_us: how far board time runs ahead of shot time after it
        self._warp_from: int | None = None
        self._warp_to: int | None = None
        self.shift_us = 0
        self._shift_before = 0
        self.pauses = 0
        self.done = False
        self.reason = ""
        self.last_tick = 0
        self.min_margin_ticks: int | None = None
        self._asked = 0.0
        self.stall_at: int | None = None  # testing: stop streaming after this many words
        self.first_part: int | None = None  # testing: send at most this much before the start
        # key tick of the record at each word offset (for the stream's margin)
        self._keys: list[tuple[int, int]] = []
        w = compiled.words
        size = {1: 12, 2: 4, 3: 2, 4: 7, 5: 2 + len(compiled.axes)}
        i = 0
        while i < len(w):
            self._keys.append((i, w[i]))
            i += size[w[i + 1] & 15]

    # --- upload ---------------------------------------------------------------------------------
    def upload(self, progress: Callable[[int, int], None] | None = None) -> None:
        """SHOT_LOAD, the data in chunks (pipelined), SHOT_COMMIT with the CRC-32. A shot
        longer than the board's buffer is sent as a stream: its first buffer-full now, the
        rest while it plays."""
        rig = self.rig
        n = len(self.c.words)
        cap = rig.shot_state()["capacity"]
        self.stream = n > cap
        try:
            self.capacity = self._load()
        except CommandRefused as e:
            # the board found less RAM for its buffer than it hoped: stream instead
            if self.stream or e.code != ErrorCode.BUSY or "stream it" not in e.reason:
                raise
            self.stream = True
            self.capacity = self._load()
        self.sent = 0
        self.consumed = 0
        # a stream's first part ends on a record boundary, so that it can be checked whole
        most = self.capacity if self.first_part is None else min(self.capacity, self.first_part)
        first = n if n <= most else max(off for off, _ in self._keys if off <= most)
        self._send_until(first, progress)
        self._collect(wait=True)
        crc = zlib.crc32(self._data[: self.sent * 4])
        rig.link.request(Msg.SHOT_COMMIT, {"shot_id": self.id, "words": self.sent, "crc": crc})

    def _load(self) -> int:
        c = self.c
        flags = ShotFlag.STREAM if self.stream else 0
        f = self.rig.link.request(
            Msg.SHOT_LOAD,
            {"shot_id": self.id, "words": len(c.words), "ticks": c.ticks, "crc": c.crc, "flags": flags},
        ).fields
        return f["result"]

    def _send_until(self, upto: int, progress: Callable[[int, int], None] | None = None) -> None:
        link = self.rig.link
        n = len(self.c.words)
        while self.sent < upto:
            k = min(CHUNK_WORDS, upto - self.sent)
            words = self.c.words[self.sent : self.sent + k]
            self._pending.append(
                link.submit(Msg.SHOT_DATA, {"offset": self.sent, "words": [{"w": w} for w in words]})
            )
            self.sent += k
            self._collect(wait=False)
            if progress is not None:
                progress(self.sent, n)

    def _collect(self, wait: bool) -> None:
        link = self.rig.link
        keep = []
        for p in self._pending:
            if wait or p.done:
                self.consumed = max(self.consumed, link.result(p).fields["result"])
            else:
                keep.append(p)
        self._pending = keep

    # --- pre-roll and start ----------------------------------------------------------------------
    def preroll(self, speed: float = PREROLL_SPEED, timeout: float = 120.0) -> None:
        """Move every axis the shot drives to its start position, at a safe speed, and wait."""
        targets = {a: p / SCALE for a, p in self.c.start.items()}
        st = self.rig.status()
        here = {a: st.pos[self.rig.axis(a).index] for a in targets}
        if all(abs(here[a] - targets[a]) < 0.5 / SCALE for a in targets):
            return
        mid = self.rig.move_to(targets, speed=speed)
        how = self.rig.wait_motion(mid, timeout=timeout)
        if how != "COMPLETE":
            raise ShotFailed(f"pre-roll to the shot's start ended {how.lower()}")

    def start(self, start_us: int | None = None) -> int:
        """SHOT_PLAY: shot tick 0 at board time start_us (us mod 2**30), or at the board's next
        tick (plus its 10 ms lead) when None. Returns the board time of tick 0."""
        rig = self.rig
        rig.set_telemetry(TELEMETRY_HZ)
        rig.drain()
        f = rig.link.request(
            Msg.SHOT_PLAY,
            {"shot_id": self.id, "start_us": (start_us or 0) % CLOCK, "flags": 1 if start_us is None else 0},
        ).fields
        self.start_us = f["result"]
        self._started = time.monotonic()
        c = self.c
        plan = c.plan
        axes = list(c.board_pos)
        self.run = Run(
            shot=plan.shot.name,
            shot_path=plan.shot.path,
            board={
                "port": rig.link.url,
                "board": rig.info.board if rig.info else "",
                "build": rig.info.build_id if rig.info else "",
                "boot_id": rig.info.boot_id if rig.info else 0,
            },
            started=datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds"),
            hz=plan.hz,
            axes=axes,
            units={a: plan.limits[a].unit for a in axes},
            speed=plan.speed,
            reverse=plan.reverse,
            planned={} if c.stopmotion else {a: (c.board_pos[a] / SCALE).tolist() for a in axes},
            actual={a: [] for a in axes},
        )
        if c.stopmotion:
            # the board times a stop-motion frame's edges itself: 2 f, 2 f + 1 are frame f's
            # shutter, the shot's cues follow; their schedule arrives with each edge
            line = plan.shot.lines["shutter"]
            for f in range(len(c.frames)):
                self.run.cues.append(CueFiring(2 * f, -1, "shutter", line, 1, -1, None))
                self.run.cues.append(CueFiring(2 * f + 1, -1, "shutter", line, 0, -1, None))
            base = 2 * len(c.frames)
        else:
            base = 0
        for i, (us, line, level, _hold, cue) in enumerate(c.edges):
            kind = plan.shot.cues[cue].kind
            self.run.cues.append(
                CueFiring(base + i, cue, kind, line, level, -1 if c.stopmotion else us, None)
            )
        self.done = False
        return self.start_us

    # --- following ---------------------------------------------------------------------------------
    def poll(self, timeout: float = 0.05) -> None:
        """Pump the link once: record telemetry and events, keep a stream fed."""
        link = self.rig.link
        link.pump(timeout)
        self._collect(wait=False)
        run = self.run
        assert run is not None
        index = {a: self.rig.axis(a).index for a in run.axes}
        while link.events:
            self._event(event_of(link.events.popleft()))
        while link.telemetry:
            s = sample_of(link.telemetry.popleft())
            rel = _rel(s.t_us, self.start_us)
            if rel < 0:
                continue
            shot_us = self._shot_time(rel)
            if shot_us is None:
                continue  # on a pause's ramp, or paused: off the shot's own time line
            if not self.c.stopmotion:
                self.last_tick = shot_us // PERIOD_US
            if s.state == "RUNNING" and not self.done:
                run.actual_us.append(shot_us)
                for a, i in index.items():
                    run.actual[a].append(s.pos[i])
        if self.stream and not self.done and self.sent < len(self.c.words):
            self._feed()

    # --- pause and resume ---------------------------------------------------------------------
    def pause(self) -> int:
        """Slow the shot's clock to a stop along its path (the board plans the ramp); returns
        the shot tick where the slow-down starts. The rig holds where the path stopped."""
        return self.rig.link.request(Msg.SHOT_PAUSE).fields["result"]

    def resume(self) -> int:
        """Bring the paused shot's clock back up to speed; later edges keep their place on the
        shot's time line, late by the time the pause took."""
        return self.rig.link.request(Msg.SHOT_RESUME).fields["result"]

    def _shot_time(self, rel: int) -> int | None:
        """Shot time (us from tick 0) of board time `rel` (us after the start), or None while
        a pause is ramping, holding or ramping back."""
        if self._warp_from is not None and rel >= self._warp_from:
            if self._warp_to is None or rel < self._warp_to:
                return None
        return rel - self.shift_us if rel >= (self._warp_to or 0) else rel - self._shift_before

    def _feed(self) -> None:
        if self.capacity - (self.sent - self.consumed) < CHUNK_WORDS:
            # the buffer was full at the last ACK: ask how far the board has played since
            now = time.monotonic()
            if now - self._asked >= STREAM_POLL_S:
                self._asked = now
                self.consumed = max(self.consumed, self.rig.shot_state()["consumed"])
        room = self.capacity - (self.sent - self.consumed)
        upto = min(len(self.c.words), self.sent + room)
        if self.stall_at is not None:
            upto = min(upto, self.stall_at)
        if upto - self.sent >= CHUNK_WORDS or (upto == len(self.c.words) and upto > self.sent):
            self._send_until(upto)
        ahead = self._key_at(self.sent) - self.last_tick
        if self.min_margin_ticks is None or ahead < self.min_margin_ticks:
            self.min_margin_ticks = ahead

    def _key_at(self, offset: int) -> int:
        # the key tick of the last complete record before word `offset`
        lo, hi = 0, len(self._keys)
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self._keys[mid][0] < offset:
                lo = mid
            else:
                hi = mid
        return self._keys[lo][1]

    def _event(self, ev: Any) -> None:
        run = self.run
        assert run is not None
        if ev.kind == EventKind.CUE.name:
            if 0 <= ev.a < len(run.cues):
                run.cues[ev.a].actual_us = _rel(ev.t_us, self.start_us)
                # the board's own schedule must be the compiled one: keep it for the report
                sched = _rel(ev.b, self.start_us)
                if self.c.stopmotion:
                    run.cues[ev.a].scheduled_us = sched
                elif self.pauses:
                    # after a pause the board's schedule has moved on the board's clock: keep
                    # the edge on the shot's time line, late or early as the board measured it
                    run.cues[ev.a].actual_us = run.cues[ev.a].scheduled_us + _rel(ev.t_us, ev.b)
                elif sched != run.cues[ev.a].scheduled_us:
                    run.notes.append(
                        f"edge {ev.a}: board scheduled {sched} us, compiled {run.cues[ev.a].scheduled_us} us"
                    )
        elif ev.kind == EventKind.CAMERA.name:
            run.camera.append(CameraFrame(ev.a, _rel(ev.b, self.start_us), _rel(ev.t_us, self.start_us)))
        elif ev.kind == EventKind.SHOT_PAUSE.name:
            # the clock slows from shot tick a over b shot ticks (2 b board ticks), from time t
            self.pauses += 1
            self._shift_before = self.shift_us
            self._warp_from = _rel(ev.t_us, self.start_us)
            self._warp_to = None
            run.notes.append(f"paused at shot tick {ev.a} (a {2 * ev.b}-tick slow-down)")
        elif ev.kind == EventKind.SHOT_RESUME.name:
            end = _rel(ev.t_us, self.start_us) + 2 * ev.b * PERIOD_US
            self._warp_to = end
            self.shift_us = end - (ev.a + ev.b) * PERIOD_US
            run.notes.append(
                f"resumed at shot tick {ev.a}; later events {self.shift_us / 1e6:.3f} s later on the board"
            )
        elif ev.kind == EventKind.FRAME.name:
            rise = run.cues[2 * ev.a] if 2 * ev.a < len(run.cues) else None
            run.frames.append(
                {
                    "frame": ev.a,
                    "shutter_us": rise.actual_us if rise is not None else None,
                    "latency_us": ev.b if ev.b >= 0 else None,
                }
            )
            self.last_tick = ev.a + 1
        elif ev.kind == EventKind.SHOT_DONE.name and (ev.a & 0xFFFF) == self.id:
            try:
                self.reason = DoneReason(ev.a >> 16).name
            except ValueError:
                self.reason = f"UNKNOWN({ev.a >> 16})"
            run.outcome = self.reason
            if self.reason != "COMPLETE":
                plan = self.c.plan
                run.broke_at_frame = ev.b if self.c.stopmotion else int(ev.b / plan.hz * plan.shot.fps)
            self.done = True
        elif ev.kind == EventKind.STATE.name and ev.a in (8, 6) and not self.done:  # ESTOP, HOLD
            run.notes.append(
                f"board entered {('HOLD', 'ESTOP')[ev.a == 8]} at shot time {_rel(ev.t_us, self.start_us)} us"
            )

    def progress(self) -> Progress:
        plan = self.c.plan
        tick = min(self.last_tick, self.c.ticks)
        if self.c.stopmotion:
            return Progress(tick, self.c.ticks, tick / plan.shot.fps, float(tick), "")
        t = tick / plan.hz
        nxt = ""
        run = self.run
        if run is not None:
            for cf in run.cues:
                if cf.actual_us is None and cf.level == 1 and cf.scheduled_us >= tick * PERIOD_US:
                    nxt = f"{cf.kind} at {cf.scheduled_us / 1e6:.3f} s"
                    break
        return Progress(tick, self.c.ticks, t, t * plan.shot.fps, nxt)

    def follow(
        self, on_progress: Callable[[Progress], None] | None = None, timeout: float | None = None
    ) -> Run:
        """Watch the play until the board reports the shot done; returns the Run."""
        limit = timeout if timeout is not None else self.c.plan.duration + 30.0
        sm = self.c.plan.shot.stopmotion
        if timeout is None and self.c.stopmotion and sm is not None:
            per = sm.settle + sm.exposure + sm.confirm_timeout + sm.interval + 5.0  # + the move
            limit = len(self.c.frames) * per + 30.0
        deadline = self._started + START_MAX_S + limit
        quiet_since = time.monotonic()
        seen = 0
        while not self.done:
            try:
                self.poll(0.05)
            except LinkLost:
                self._reset_check()
                raise
            run = self.run
            assert run is not None
            if len(run.actual_us) != seen:
                seen = len(run.actual_us)
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since > 2.0 and self.last_tick > 0 and not self.c.stopmotion:
                self._reset_check()
                quiet_since = time.monotonic()
            if on_progress is not None:
                on_progress(self.progress())
            if time.monotonic() > deadline:
                raise BoardSilent(
                    f"shot {self.id} not done after {limit:.0f} s (board at tick {self.last_tick})"
                )
        self.finish()
        assert self.run is not None
        return self.run

    def _reset_check(self) -> None:
        # Telemetry stopped mid-shot: has the board restarted? Then say where the take broke.
        run = self.run
        assert run is not None
        try:
            old = self.rig.link.boot_id
            info = self.rig.reconnect(timeout=5.0)
        except RigError:
            return
        if info.boot_id != old:
            run.outcome = "RESET"
            frame = int(self.last_tick / self.c.plan.hz * self.c.plan.shot.fps)
            run.broke_at_frame = frame
            self.done = True
            raise ShotFailed(
                f"the board restarted mid-shot (reset cause {info.reset_cause}); the take broke at "
                f"frame {frame} ({self.last_tick / self.c.plan.hz:.3f} s); it is DISARMED now"
            )

    def finish(self) -> None:
        run = self.run
        assert run is not None
        # events raised right at the end may still be on their way
        end = time.monotonic() + 0.2
        while time.monotonic() < end:
            self.poll(0.02)
        try:
            self.rig.set_telemetry(0)
        except RigError:
            pass
        if self.c.stopmotion and run.actual_us:
            # every frame with where each axis was planned and where the board had it when
            # the shutter opened (the telemetry sample at or just before that instant)
            import bisect

            for fr in run.frames:
                f = int(fr["frame"])  # type: ignore[arg-type]
                fr["planned"] = {a: v / SCALE for a, v in self.c.frames[f].items()}  # type: ignore[assignment]
                k = bisect.bisect_right(run.actual_us, fr["shutter_us"] or 0) - 1
                if k >= 0:
                    fr["actual"] = {a: run.actual[a][k] for a in run.axes}  # type: ignore[assignment]
        if self.stream:
            run.stream = {
                "buffer_words": float(self.capacity),
                "buffer_s": self.capacity / max(1, len(self.c.words)) * self.c.plan.duration,
                "min_margin_s": (self.min_margin_ticks or 0) / self.c.plan.hz,
            }

    def abort(self) -> None:
        """Controlled stop of a playing shot (every axis brakes), then wait until still."""
        self.rig.stop()
        end = time.monotonic() + 10
        while not self.done and time.monotonic() < end:
            self.poll(0.05)


def start_together(players: list[Player], lead_s: float, samples: int = 24) -> tuple[float, list[Any]]:
    """Start every player's shot at one instant, `lead_s` from now, each through its own
    board's clock estimate (host/clock.py). Returns the host instant and the ClockSyncs,
    which `follow_all` keeps up to date."""
    from ..clock import ClockSync, common_start

    syncs = [ClockSync(p.rig) for p in players]
    for sync in syncs:
        sync.sample(samples)
    host_t, wires = common_start(syncs, lead_s)
    for p, w in zip(players, wires, strict=True):
        p.start(w)
    return host_t, syncs


def follow_all(players: list[Player], syncs: list[Any], each: Callable[[], None] | None = None) -> list[Run]:
    """Watch every player until its board says its shot is done (one PING per board when due
    keeps each clock estimate current); `each` runs once per round. Returns the Runs."""
    while not all(p.done for p in players):
        for p, sync in zip(players, syncs, strict=True):
            if not p.done:
                p.poll(0.01)
                sync.update()
        if each is not None:
            each()
    for p in players:
        p.finish()
    return [p.run for p in players if p.run is not None]
