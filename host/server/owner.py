"""The board's owner: one thread holds the link, sends what clients ask, and hands out what the board says.

The link (orbitrig.host.link) is single-threaded and sans-threads, so exactly one thread
touches it. Clients' commands arrive on a queue and go out as soon as the link's window has
room; nothing in this thread ever waits for a reply, so a STOP or ESTOP that arrives while
another client's command is in flight is on the wire within one pump slice (PUMP_SLICE).
STOP and ESTOP ride the link's priority path, ahead of everything queued.

Replies, telemetry, events and link state go to ``sink(kind, payload)``, called in this
thread; the web application forwards them to its event loop.
"""

from __future__ import annotations

import collections
import os
import queue
import select
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from orbitrig.protocol.messages import PRIORITY, Msg

from ..errors import BoardSilent, CommandRefused, LinkLost, RigError
from ..link import Frame, Link, Pending
from ..rig import Rig

PUMP_SLICE = 0.05  # s: the longest the owner waits on the port; a client's command wakes it at once
BUSY_SLICE = 0.005  # s: the wait while commands are in flight (retransmission timers run in pump)
REOPEN_EVERY = 0.5  # s between attempts to reopen a lost port
RECENT_EVENTS = 200

Done = Callable[[dict[str, Any]], None]


@dataclass
class Job:
    """One command from a client, and where its answer goes."""

    msg: Msg
    fields: dict[str, Any]
    done: Done
    timeout: float
    deadline: float = 0.0
    pending: Pending | None = None
    t_queued: float = field(default_factory=time.monotonic)


def frame_json(f: Frame) -> dict[str, Any]:
    """A decoded frame as JSON-able data (fields as the codec gives them)."""
    return {"msg": int(f.msg), "seq": f.seq, "fields": f.fields, "t_host": f.t_host, "wire_len": f.wire_len}


def error_json(e: BaseException) -> dict[str, Any]:
    """An exception as the wire carries it: its class name, message and exit code."""
    d: dict[str, Any] = {"type": type(e).__name__, "message": str(e), "exit": getattr(e, "exit_code", 1)}
    if isinstance(e, CommandRefused):
        d.update(code=e.code, reason=e.reason, seq=e.seq)
    return d


class BoardOwner:
    """Owns one board: opens it, keeps its link alive and multiplexes clients onto it.

    Example:
        >>> owner = BoardOwner("/dev/pts/7", sink=print)   # doctest: +SKIP
        >>> owner.open(); owner.start()                    # doctest: +SKIP
        >>> owner.submit(Msg.STOP, {}, done=print)         # doctest: +SKIP
    """

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 1.0,
        telemetry_hz: int = 50,
        log: bool = True,
        sink: Callable[[str, Any], None] | None = None,
    ) -> None:
        self.url = url
        self.timeout = timeout
        self.telemetry_hz = telemetry_hz
        self.want_log = log
        self.sink = sink or (lambda kind, payload: None)
        self.rig: Rig | None = None
        self.identify: dict[str, Any] | None = None
        self.connected = False
        self.last_sample: dict[str, Any] | None = None
        self.recent: collections.deque[dict[str, Any]] = collections.deque(maxlen=RECENT_EVENTS)
        self.log_path: str | None = None
        self._jobs: queue.SimpleQueue[Job] = queue.SimpleQueue()
        self._urgent: collections.deque[Job] = collections.deque()
        self._waiting: collections.deque[Job] = collections.deque()  # taken off the queue, not yet sent
        self._flying: list[Job] = []
        self._urgent_flying: Job | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self._lost_at = 0.0
        self.stats = {"stops": 0, "commands": 0, "reopens": 0}

    # --- life cycle -------------------------------------------------------------------------
    def open(self) -> dict[str, Any]:
        """Open the port and handshake (in the caller's thread, before ``start``)."""
        link = Link.open(self.url, timeout=self.timeout)
        try:
            if self.want_log:
                link.log = _session_log(self.url)
                self.log_path = str(link.log.path) if link.log is not None else None
            rig = Rig(link)
            rig.hello()
            if self.telemetry_hz:
                rig.set_telemetry(self.telemetry_hz)
        except BaseException:
            link.close()
            raise
        self.rig = rig
        self.identify = _identify_json(link)
        self.connected = True
        return self.identify

    def start(self) -> None:
        """Run the owner thread (after ``open``)."""
        self._thread = threading.Thread(target=self._run, name="orbitrig-board", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop the thread and close the port (the board holds a moving rig once we are gone)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5.0)
        if self.rig is not None:
            try:
                self.rig.set_telemetry(0)
            except RigError:
                pass
            self.rig.close()
        for fd in (self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:
                pass

    # --- from any thread --------------------------------------------------------------------
    def submit(
        self, msg: Msg, fields: dict[str, Any] | None, done: Done, timeout: float | None = None
    ) -> None:
        """Queue one command; ``done`` gets {"reply": ...} or {"error": ...} in the owner thread."""
        job = Job(Msg(msg), dict(fields or {}), done, self.timeout if timeout is None else timeout)
        if job.msg in PRIORITY:
            self._urgent.append(job)  # deque.append is atomic: no lock between threads
        else:
            self._jobs.put(job)
        try:
            os.write(self._wake_w, b"!")
        except BlockingIOError:
            pass  # the pipe is full: a wake-up is pending already

    # --- the owner thread -------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            if not self.connected:
                self._reopen()
                continue
            try:
                self._send()
                assert self.rig is not None
                self._wait(self.rig.link)
                self.rig.link.pump(0)
                self._send()  # a STOP that arrived while we waited goes before the bookkeeping
                self._collect()
                self._forward()
            except LinkLost as e:
                self._lost(e)
            except RigError as e:  # a board that stops answering mid-submit: fail the jobs, go on
                self._fail_all(e)

    def _wait(self, link: Link) -> None:
        """Wait for bytes from the board or a client's command, whichever comes first."""
        if link.in_flight():
            wait = BUSY_SLICE
        else:
            wait = min(PUMP_SLICE, max(0.002, link.keepalive / 2)) if link.keepalive else PUMP_SLICE
        try:
            fd = link.port.fileno()
        except Exception:  # a URL transport has no descriptor (pyserial raises its own types)
            fd = None
        if fd is None:
            link.pump(min(wait, 0.002))
            return
        ready = select.select([fd, self._wake_r], [], [], wait)[0]
        if self._wake_r in ready:
            try:
                os.read(self._wake_r, 4096)
            except BlockingIOError:
                pass

    def _send(self) -> None:
        link = self.rig.link if self.rig else None
        if link is None:
            return
        u = self._urgent_flying
        if self._urgent and (u is None or u.pending is None or u.pending.done):
            job = self._urgent.popleft()
            self._start(link, job)
            self._urgent_flying = job
            self.stats["stops"] += 1
        while True:
            try:
                self._waiting.append(self._jobs.get_nowait())
            except queue.Empty:
                break
        while self._waiting and link.in_flight() < link.window:
            self._start(link, self._waiting.popleft())

    def _start(self, link: Link, job: Job) -> None:
        job.deadline = time.monotonic() + job.timeout
        try:
            job.pending = link.submit(job.msg, job.fields, timeout=job.timeout)
        except LinkLost:
            raise
        except RigError as e:
            job.done({"error": error_json(e)})
            return
        self.stats["commands"] += 1
        self._flying.append(job)

    def _collect(self) -> None:
        now = time.monotonic()
        keep: list[Job] = []
        for job in self._flying:
            p = job.pending
            assert p is not None
            if p.done:
                if p.error is not None:
                    job.done({"error": error_json(p.error)})
                else:
                    assert p.reply is not None
                    job.done(
                        {
                            "reply": frame_json(p.reply),
                            "t_sent": p.t_sent,
                            "tries": p.tries,
                            "seq": p.seq,
                        }
                    )
            elif now > job.deadline:
                err = BoardSilent(
                    f"board on {self.url} did not answer {job.msg.name} within {job.timeout:g} s"
                )
                job.done({"error": error_json(err)})
            else:
                keep.append(job)
        self._flying = keep
        for job in list(self._waiting):
            if now - job.t_queued > job.timeout + 1.0:
                self._waiting.remove(job)
                err = BoardSilent(
                    f"board on {self.url} is busy: {job.msg.name} waited {job.timeout:g} s to go out"
                )
                job.done({"error": error_json(err)})

    def _forward(self) -> None:
        assert self.rig is not None
        link = self.rig.link
        if link.telemetry:
            batch = [_telemetry_json(f) for f in link.telemetry]
            link.telemetry.clear()
            self.last_sample = batch[-1]
            self.sink("telemetry", batch)
        if link.events:
            evs = [dict(f.fields, t_host=f.t_host) for f in link.events]
            link.events.clear()
            self.recent.extend(evs)
            self.sink("events", evs)

    def _fail_all(self, e: RigError) -> None:
        err = {"error": error_json(e)}
        for job in [*self._flying, *self._waiting]:
            job.done(err)
        self._flying.clear()
        self._waiting.clear()
        while self._urgent:
            self._urgent.popleft().done(err)
        self._urgent_flying = None

    def _lost(self, e: RigError) -> None:
        self.connected = False
        self._lost_at = time.monotonic()
        self._fail_all(e)
        self.sink("link", {"connected": False, "reason": str(e)})

    def _reopen(self) -> None:
        # Fail what clients send while the board is away, then try the port again.
        while True:
            try:
                self._jobs.get_nowait().done({"error": error_json(LinkLost(f"link to {self.url} is down"))})
            except queue.Empty:
                break
        while self._urgent:
            self._urgent.popleft().done({"error": error_json(LinkLost(f"link to {self.url} is down"))})
        if self._stop.wait(REOPEN_EVERY):
            return
        assert self.rig is not None
        try:
            self.rig.reconnect(timeout=1.0)
            if self.telemetry_hz:
                self.rig.set_telemetry(self.telemetry_hz)
        except RigError:
            return
        self.stats["reopens"] += 1
        self.identify = _identify_json(self.rig.link)
        self.connected = True
        self.sink("link", {"connected": True, "identify": self.identify})


def _telemetry_json(f: Frame) -> dict[str, Any]:
    d = dict(f.fields)
    d["t_host"] = f.t_host
    return d


def _identify_json(link: Link) -> dict[str, Any]:
    assert link.identify is not None
    return dict(link.identify)


def _session_log(url: str) -> Any:
    from orbitrig.protocol import PROTOCOL_VERSION, SCHEMA_HASH

    from ..logs.session import SessionLog, default_log_path

    meta = {"port": url, "schema": f"{SCHEMA_HASH:08x}", "protocol": PROTOCOL_VERSION, "server": True}
    return SessionLog(default_log_path(url), meta)
