"""A link to a board through a rig server: the same interface as orbitrig.host.link.Link, over a WebSocket.

``Rig(RemoteLink(...))`` has every method a direct ``Rig`` has: each command travels as
JSON to the server, which sends it on the board's link and returns the reply with the
host times it was sent and answered (the server's monotonic clock: on one machine the same
clock as this one, so clock sync through a local server is as good as direct). Events and
telemetry are pushed by the server into this link's ``events`` and ``telemetry`` deques.

Motion commands need the control lease: ``take_control()``. While it holds the lease, this
link says it is alive whenever it pumps (the server's deadman drops a silent holder).
"""

from __future__ import annotations

import itertools
import json
import os
import time
from collections import deque
from collections.abc import Mapping
from typing import Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from orbitrig.protocol.messages import PRIORITY, Msg

from ..errors import BadInput, BoardSilent, LinkLost, RigError
from ..link import Frame, LinkStats
from .client import ServerUnreachable, raise_error
from .control import CONTROL
from .registry import ServerEntry

ALIVE_EVERY = 0.2  # s between "alive" messages while pumping (the deadman is seconds)
BUFFER = 4096


class RemotePending:
    """A command sent to the server, until its reply (or error) comes back."""

    __slots__ = ("id", "seq", "msg", "priority", "t_sent", "tries", "reply", "error", "extra")

    def __init__(self, rid: int, msg: Msg) -> None:
        self.id = rid
        self.seq = 0
        self.msg = msg
        self.priority = msg in PRIORITY
        self.t_sent = time.monotonic()
        self.tries = 1
        self.reply: Frame | None = None
        self.error: RigError | None = None
        self.extra: dict[str, Any] = {}

    @property
    def done(self) -> bool:
        """True once the reply or the error has come."""
        return self.reply is not None or self.error is not None


class RemoteLink:
    """The board's link as a rig server's client sees it."""

    def __init__(self, entry: ServerEntry, *, timeout: float = 1.0, label: str = "script") -> None:
        self.entry = entry
        self.timeout = timeout
        self.label = label
        self.stats = LinkStats()
        self.telemetry: deque[Frame] = deque(maxlen=BUFFER)
        self.events: deque[Frame] = deque(maxlen=BUFFER)
        self.log = None
        self.window = 7
        self.keepalive = ALIVE_EVERY
        self.identify: dict[str, Any] | None = None
        self.boot_id: int | None = None
        self.server: dict[str, Any] = {}
        self.url = entry.port
        self.in_control = False
        # The CLI sets $ORBITRIG_AUTO_CONTROL=1: a motion command typed by a person takes a free lease
        # (never one another client holds). A script calls take_control() itself.
        self.auto_control = os.environ.get("ORBITRIG_AUTO_CONTROL") == "1"
        self._ids = itertools.count(1)
        self._pending: dict[int, RemotePending] = {}
        self._last_tx = 0.0
        self._ws: ClientConnection | None = None
        self._open()

    # --- connection -----------------------------------------------------------------------
    def _open(self) -> None:
        ws_url = self.entry.url.replace("http", "ws", 1).rstrip("/") + f"/api/ws?client={self.label}"
        headers = {"Authorization": f"Bearer {self.entry.token}"} if self.entry.token else None
        try:
            self._ws = connect(
                ws_url,
                additional_headers=headers,
                open_timeout=max(1.0, self.timeout),
                max_size=1 << 22,
                compression=None,
                legacy=True,  # a long-lived link object, closed by close()
            )
        except InvalidStatus as e:
            if e.response.status_code == 401:
                raise BadInput(
                    f"rig server at {self.entry.url} needs its token: set $ORBITRIG_TOKEN"
                ) from None
            raise ServerUnreachable(f"rig server at {self.entry.url} refused the connection: {e}") from None
        except (OSError, InvalidHandshake, TimeoutError) as e:
            raise ServerUnreachable(f"rig server at {self.entry.url} did not answer: {e}") from None
        deadline = time.monotonic() + max(1.0, self.timeout)
        while not self.server:
            if self._recv(deadline - time.monotonic()) is None and time.monotonic() >= deadline:
                raise ServerUnreachable(f"rig server at {self.entry.url} sent no greeting")
        self.url = self.server.get("port") or self.entry.port

    def close(self) -> None:
        """Close the WebSocket (the server gives back a lease this client held)."""
        ws, self._ws = self._ws, None
        if ws is not None:
            ws.close()

    def reopen(self, timeout: float = 5.0) -> dict[str, Any]:
        """Reconnect to the server (the lease is not kept across a reconnect)."""
        self.close()
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._open()
                break
            except ServerUnreachable:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.1)
        self.stats.reconnects += 1
        self.in_control = False
        return self.hello()

    # --- identity and control -------------------------------------------------------------
    def hello(self, timeout: float | None = None) -> dict[str, Any]:
        """The board's IDENTIFY as the server holds it (the server did the handshake)."""
        info = self._op({"op": "info"}, timeout).extra["info"]
        self._adopt_info(info)
        if not info.get("connected") or self.identify is None:
            raise LinkLost(f"rig server at {self.entry.url} has lost its board on {self.url}")
        return dict(self.identify)

    def _adopt_info(self, info: Mapping[str, Any]) -> None:
        self.server = dict(info)
        ident = info.get("identify")
        if ident:
            self.identify = dict(ident)
            self.window = max(1, min(7, ident.get("rx_window", 7)))
            self.boot_id = ident.get("boot_id")

    def take_control(self, force: bool = False) -> None:
        """Take the control lease (refused with NotInControl while another client holds it)."""
        self._op({"op": "lease", "force": force})
        self.in_control = True

    def release_control(self, stop: bool = False) -> None:
        """Give the lease back; ``stop`` also stops the rig's motion."""
        self._op({"op": "release", "stop": stop})
        self.in_control = False

    def detach(self) -> None:
        """Give the lease back and leave, letting the motion run (``move --no-wait``)."""
        self._op({"op": "detach"})
        self.in_control = False

    # --- commands ---------------------------------------------------------------------------
    def submit(
        self, msg: Msg, fields: Mapping[str, Any] | None = None, *, timeout: float | None = None
    ) -> RemotePending:
        """Send one command to the board through the server; returns its RemotePending."""
        msg = Msg(msg)
        if msg == Msg.HELLO:
            raise ValueError("HELLO is not a sequenced command; use hello()")
        if msg in CONTROL and self.auto_control and not self.in_control:
            self.take_control()
        p = RemotePending(next(self._ids), msg)
        body: dict[str, Any] = {"op": "req", "id": p.id, "msg": int(msg), "fields": dict(fields or {})}
        if timeout is not None:
            body["timeout"] = timeout
        self._pending[p.id] = p
        self._send(body)
        self.stats.commands += 1
        return p

    def result(self, p: RemotePending, timeout: float | None = None) -> Frame:
        """Wait for ``p``'s reply (the server's own timeout answers first); raises its error."""
        t = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + t + 0.5  # the server's own timeout answers first
        while not p.done:
            left = deadline - time.monotonic()
            if left <= 0:
                self._pending.pop(p.id, None)
                raise BoardSilent(f"rig server for {self.url} did not answer {p.msg.name} within {t:g} s")
            self.pump(left)
        if p.error is not None:
            raise p.error
        assert p.reply is not None
        return p.reply

    def request(
        self, msg: Msg, fields: Mapping[str, Any] | None = None, *, timeout: float | None = None
    ) -> Frame:
        """Send a command and wait for its reply; a refusal raises CommandRefused, as direct."""
        return self.result(self.submit(msg, fields, timeout=timeout), timeout)

    def in_flight(self) -> int:
        """Commands sent and not yet answered."""
        return len(self._pending)

    def set_watchdog(self, link_timeout_ms: int) -> None:
        """The server keeps the board's watchdog fed; nothing to pace here."""

    def _op(self, body: dict[str, Any], timeout: float | None = None) -> RemotePending:
        p = RemotePending(next(self._ids), Msg.PING)
        body["id"] = p.id
        self._pending[p.id] = p
        self._send(body)
        self.result(p, timeout)
        return p

    # --- I/O ----------------------------------------------------------------------------------
    def _send(self, body: dict[str, Any]) -> None:
        if self._ws is None:
            raise LinkLost(f"link to the rig server for {self.url} is closed")
        try:
            self._ws.send(json.dumps(body, separators=(",", ":")))
        except ConnectionClosed:
            raise ServerUnreachable(f"rig server for {self.url} went away") from None
        self._last_tx = time.monotonic()

    def pump(self, timeout: float = 0.0) -> int:
        """Read what the server sends within ``timeout`` (returning early once something came)."""
        if self.in_control and time.monotonic() - self._last_tx >= ALIVE_EVERY:
            self._send({"op": "alive"})
        deadline = time.monotonic() + timeout
        handled = 0
        while True:
            n = self._recv(min(ALIVE_EVERY, max(0.0, deadline - time.monotonic())))
            handled += n or 0
            if self.in_control and time.monotonic() - self._last_tx >= ALIVE_EVERY:
                self._send({"op": "alive"})
            if handled or time.monotonic() >= deadline:
                return handled

    def _recv(self, wait: float) -> int | None:
        if self._ws is None:
            raise LinkLost(f"link to the rig server for {self.url} is closed")
        try:
            text = self._ws.recv(timeout=max(0.0, wait))
        except TimeoutError:
            return None
        except ConnectionClosed:
            self._fail_all(ServerUnreachable(f"rig server for {self.url} went away"))
            raise ServerUnreachable(f"rig server for {self.url} went away") from None
        handled = 1
        m = json.loads(text)
        op = m.get("op")
        if op == "rep":
            self._reply(m)
        elif op == "tel":
            for s in m["s"]:
                self.telemetry.append(Frame(int(Msg.TELEMETRY), 0, s, s.get("t_host", 0.0)))
                self.stats.telemetry += 1
        elif op == "ev":
            for e in m["e"]:
                self.events.append(Frame(int(Msg.EVENT), 0, e, e.get("t_host", 0.0)))
                self.stats.events += 1
        elif op == "hello":
            self._adopt_info(m)
        elif op == "lease":
            if m.get("lost"):
                self.in_control = False
        elif op == "link" and m.get("identify"):
            self._adopt_info({**self.server, "identify": m["identify"], "connected": True})
        return handled

    def _reply(self, m: dict[str, Any]) -> None:
        p = self._pending.pop(m.get("id"), None) if m.get("id") is not None else None
        if p is None:
            self.stats.rx_stray += 1
            return
        if "error" in m:
            try:
                raise_error(m["error"])
            except RigError as e:
                p.error = e
            if p.reply is None and p.error is None:
                p.error = RigError(str(m["error"]))
            return
        p.extra = m
        r = m.get("reply")
        if r is None:
            p.reply = Frame(int(Msg.ACK), 0, {}, time.monotonic())
            return
        p.reply = Frame(r["msg"], r["seq"], r["fields"], r["t_host"], r.get("wire_len", 0))
        p.t_sent = m.get("t_sent", p.t_sent)
        p.tries = m.get("tries", 1)
        p.seq = m.get("seq", 0)
        self.stats.completed += 1
        self.stats.acked += 1

    def _fail_all(self, e: RigError) -> None:
        for p in self._pending.values():
            p.error = e
        self._pending.clear()
