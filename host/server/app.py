"""The rig server's web application (aiohttp): the JSON API, the WebSocket, the lease and the console's files.

Any number of clients connect; exactly one may hold the control lease at a time, and only
the holder's motion commands (CONTROL) reach the board. Anyone may watch, ask for status,
STOP or ESTOP. The lease is taken explicitly, given back on request, dropped when its
holder disconnects, and dropped (with a STOP if the rig is moving) when its holder has been
silent past the deadman. docs/server.md documents every route and message.
"""

from __future__ import annotations

import asyncio
import hmac
import itertools
import json
import logging
import os
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

from orbitrig.protocol.messages import Msg

from ..cli.tools import STATE_NAMES
from ..errors import BadInput
from .control import CONTROL
from .owner import BoardOwner

STATIC = Path(__file__).resolve().parent / "static"
MOVING = ("MOVING", "JOGGING", "RUNNING")
MAX_TELEMETRY_HZ = 200

log = logging.getLogger("orbitrig.server")


@dataclass(eq=False)
class Client:
    """One WebSocket client."""

    id: int
    label: str
    ws: web.WebSocketResponse
    peer: str
    out: asyncio.Queue[str] = field(default_factory=lambda: asyncio.Queue(maxsize=2000))
    rate: int = 0  # telemetry samples per second this client wants (0: none)
    next_t: float = 0.0  # host time the next forwarded sample is due
    seen: float = field(default_factory=time.monotonic)
    detached: bool = False

    def send(self, obj: dict[str, Any]) -> None:
        """Queue one message for this client (dropped, never blocking, when it lags far behind)."""
        try:
            self.out.put_nowait(json.dumps(obj, separators=(",", ":")))
        except asyncio.QueueFull:
            pass  # a client that cannot keep up loses samples, never blocks the others


class RigServer:
    """State shared by every request: the board's owner, the clients and the lease."""

    def __init__(
        self,
        owner: BoardOwner,
        *,
        name: str = "",
        token: str = "",
        deadman: float = 2.0,
        shots_dir: Path | None = None,
    ) -> None:
        self.owner = owner
        self.name = name
        self.token = token
        self.deadman = deadman
        self.shots_dir = shots_dir
        self.clients: dict[int, Client] = {}
        self.holder: Client | None = None
        self.held_since = 0.0
        self._ids = itertools.count(1)
        self.loop: asyncio.AbstractEventLoop | None = None
        self.board_rate = owner.telemetry_hz
        self.shot_job: Any = None  # the console's running shot command (host/server/shots.py)
        self.started = time.time()
        self.url = ""  # http://HOST:PORT once listening (the console's shot player connects to it)
        self.on_rename: Any = None

    # --- the owner thread's news ------------------------------------------------------------
    def sink(self, kind: str, payload: Any) -> None:
        """Called in the owner thread; hands over to the event loop."""
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._news, kind, payload)

    def _news(self, kind: str, payload: Any) -> None:
        if kind == "telemetry":
            now = time.monotonic()
            for c in self.clients.values():
                if not c.rate:
                    continue
                due = [s for s in payload if s["t_host"] >= c.next_t]
                if due:
                    c.next_t = max(c.next_t + 1.0 / c.rate, now - 0.5 / c.rate)
                    c.send({"op": "tel", "s": due[-1:]})
        elif kind == "events":
            for c in self.clients.values():
                c.send({"op": "ev", "e": payload})
        elif kind == "link":
            for c in self.clients.values():
                c.send({"op": "link", **payload})

    # --- board commands from the loop -------------------------------------------------------
    async def command(
        self, msg: Msg, fields: dict[str, Any] | None = None, timeout: float | None = None
    ) -> dict:
        """Send one command through the owner; returns {"reply": ...} or {"error": ...}."""
        assert self.loop is not None
        fut: asyncio.Future[dict[str, Any]] = self.loop.create_future()
        loop = self.loop

        def done(result: dict[str, Any]) -> None:
            """Called in the owner thread: hand the result to the event loop."""
            loop.call_soon_threadsafe(_settle, fut, result)

        self.owner.submit(msg, fields, done, timeout)
        return await fut

    def state(self) -> str:
        """The board's state by name, from the last telemetry sample."""
        s = self.owner.last_sample
        if s is None:
            return "UNKNOWN"
        return STATE_NAMES[s["state"]] if s["state"] < len(STATE_NAMES) else f"UNKNOWN({s['state']})"

    async def stop_motion(self, why: str) -> None:
        """STOP the rig if it moves (a lost lease holder's motion)."""
        if self.state() in MOVING:
            log.info("STOP: %s", why)
            await self.command(Msg.STOP)

    def rename(self, name: str) -> None:
        """The board was renamed through this server: say so, and be found by the new name."""
        self.name = name
        if self.on_rename is not None:
            self.on_rename(name)

    # --- lease ------------------------------------------------------------------------------
    def lease_info(self) -> dict[str, Any]:
        """Who holds the control lease, and since when."""
        h = self.holder
        return {"holder": h.label if h else None, "holder_id": h.id if h else None, "since": self.held_since}

    def take(self, c: Client, force: bool) -> dict[str, Any]:
        """Give ``c`` the lease if it is free (or ``force``); else the NotInControl error."""
        h = self.holder
        if h is not None and h is not c and not force:
            held = time.monotonic() - self.held_since
            return {
                "error": {
                    "type": "NotInControl",
                    "message": f"control of {self.title()} is held by {h.label} ({h.peer}) for {held:.0f} s; "
                    "wait for it, or take it over with force",
                    "exit": 3,
                }
            }
        if h is not c:
            if h is not None:
                h.send({"op": "lease", "holder": c.label, "lost": "taken over"})
            self.holder = c
            self.held_since = time.monotonic()
            self._announce()
        c.detached = False
        return {"lease": self.lease_info()}

    def release(self, c: Client, *, stop: bool, why: str) -> None:
        """Take the lease back from ``c`` (if it holds it); ``stop`` stops its motion."""
        if self.holder is c:
            self.holder = None
            self._announce()
            if stop and self.loop is not None:
                self.loop.create_task(self.stop_motion(f"{c.label} {why}"))

    def _announce(self) -> None:
        info = self.lease_info()
        for c in self.clients.values():
            c.send({"op": "lease", **info})

    async def watch_deadman(self) -> None:
        """Drop the lease of a holder silent past the deadman (its motion stops)."""
        while True:
            await asyncio.sleep(min(0.1, self.deadman / 4))
            h = self.holder
            if h is not None and time.monotonic() - h.seen > self.deadman:
                h.send({"op": "lease", "holder": None, "lost": f"silent for over {self.deadman:g} s"})
                self.release(h, stop=True, why=f"silent for over {self.deadman:g} s (deadman)")

    def needs_lease(self, c: Client, msg: Msg) -> dict[str, Any] | None:
        """The NotInControl error when ``msg`` needs the lease and ``c`` does not hold it, else None."""
        if msg not in CONTROL or self.holder is c:
            return None
        who = f"{self.holder.label} holds it" if self.holder else "nobody holds it"
        return {
            "error": {
                "type": "NotInControl",
                "message": f"{msg.name} needs control of {self.title()} ({who}): take the lease first "
                "(Rig.take_control(); the CLI does it for you)",
                "exit": 3,
            }
        }

    def set_rate(self, c: Client, rate: int) -> None:
        """Telemetry for ``c`` at ``rate`` Hz; the board runs at the highest rate anyone wants."""
        c.rate = max(0, min(MAX_TELEMETRY_HZ, int(rate)))
        c.next_t = 0.0
        want = max([self.owner.telemetry_hz, *(x.rate for x in self.clients.values())])
        if want != self.board_rate and self.loop is not None:
            self.board_rate = want
            self.loop.create_task(self.command(Msg.SET_TELEMETRY, {"rate_hz": want}))

    # --- descriptions ---------------------------------------------------------------------
    def title(self) -> str:
        """How messages name this rig."""
        return f"rig {self.name}" if self.name else f"the board on {self.owner.url}"

    def info(self) -> dict[str, Any]:
        """What a client learns on connecting (the hello message, /api/info)."""
        o = self.owner
        return {
            "name": self.name,
            "port": o.url,
            "connected": o.connected,
            "identify": o.identify,
            "lease": self.lease_info(),
            "clients": [{"id": c.id, "label": c.label, "peer": c.peer} for c in self.clients.values()],
            "log": o.log_path,
            "deadman_s": self.deadman,
            "started": self.started,
            "pid": os.getpid(),
            "protocol": protocol_tables(),
        }


def protocol_tables() -> dict[str, Any]:
    """The numbers the console needs, from the one definition (protocol/messages.py)."""
    from orbitrig.protocol.messages import DoneReason, EventKind, Flag, State

    return {
        "msg": {m.name: int(m) for m in Msg},
        "state": {int(x): x.name for x in State},
        "flag": {int(x): x.name for x in Flag},
        "event": {int(x): x.name for x in EventKind},
        "done": {int(x): x.name for x in DoneReason},
    }


def _settle(fut: asyncio.Future[dict[str, Any]], result: dict[str, Any]) -> None:
    if not fut.done():
        fut.set_result(result)


# --- HTTP ---------------------------------------------------------------------------------------
KEY = web.AppKey("rigserver", RigServer)


def _token_of(request: web.Request) -> str:
    auth = request.headers.get("Authorization", "")
    if auth.startswith("Bearer "):
        return auth[7:].strip()
    return request.cookies.get("orbitrig_token", "")


@web.middleware
async def token_guard(request: web.Request, handler: Any) -> web.StreamResponse:
    """With a token set, every request must carry it (header or the console's cookie)."""
    srv = request.app[KEY]
    if srv.token:
        given = request.query.get("token", "")
        if given and hmac.compare_digest(given, srv.token) and request.path == "/":
            # the console's login link: keep the token in a cookie, not in the address bar
            resp = web.HTTPFound("/")
            resp.set_cookie("orbitrig_token", srv.token, httponly=True, samesite="Strict")
            raise resp
        if not hmac.compare_digest(_token_of(request), srv.token):
            return web.json_response(
                {"error": {"type": "Unauthorized", "message": "this rig server needs its token", "exit": 2}},
                status=401,
            )
    return await handler(request)


def _reply_response(result: dict[str, Any]) -> web.Response:
    return web.json_response(result, status=200 if "reply" in result or "lease" in result else 409)


async def index(request: web.Request) -> web.StreamResponse:
    """The console page."""
    return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-store"})


async def api_info(request: web.Request) -> web.Response:
    """GET /api/info: the server, its board's IDENTIFY, the lease and the clients."""
    return web.json_response(request.app[KEY].info())


async def api_status(request: web.Request) -> web.Response:
    """GET /api/status: the board's STATUS (wire units) with its IDENTIFY, name and lease."""
    srv = request.app[KEY]
    result = await srv.command(Msg.GET_STATUS)
    if "reply" in result:
        result["identify"] = srv.owner.identify
        result["name"] = srv.name
        result["lease"] = srv.lease_info()
    return _reply_response(result)


async def api_stop(request: web.Request) -> web.Response:
    """POST /api/stop: a controlled stop, from anyone."""
    return _reply_response(await request.app[KEY].command(Msg.STOP))


async def api_estop(request: web.Request) -> web.Response:
    """POST /api/estop: cut the outputs, from anyone."""
    return _reply_response(await request.app[KEY].command(Msg.ESTOP))


async def api_events(request: web.Request) -> web.Response:
    """GET /api/events: the board's recent events, oldest first."""
    return web.json_response({"events": list(request.app[KEY].owner.recent)})


async def api_logs(request: web.Request) -> web.Response:
    """GET /api/logs: the newest session logs."""
    from .logs import list_logs

    srv = request.app[KEY]
    return web.json_response({"logs": list_logs(current=srv.owner.log_path)})


async def api_log(request: web.Request) -> web.StreamResponse:
    """GET /api/logs/NAME: one session log, as a download."""
    from .logs import log_file

    p = log_file(request.match_info["name"])
    if p is None:
        raise web.HTTPNotFound(text="no such session log")
    return web.FileResponse(p, headers={"Content-Disposition": f'attachment; filename="{p.name}"'})


async def api_report_png(request: web.Request) -> web.StreamResponse:
    """GET /api/shots/report.png: the plot of the console's last shot."""
    from .shots import report_png

    p = report_png(request.app[KEY])
    if p is None:
        raise web.HTTPNotFound(text="no shot report yet")
    return web.FileResponse(p, headers={"Cache-Control": "no-store"})


async def api_ws(request: web.Request) -> web.StreamResponse:
    """GET /api/ws: one client's WebSocket, for as long as it stays (docs/server.md lists the ops)."""
    srv = request.app[KEY]
    ws = web.WebSocketResponse(heartbeat=5.0, max_msg_size=1 << 20)
    await ws.prepare(request)
    peer = request.remote or "?"
    c = Client(next(srv._ids), request.query.get("client", "client")[:40], ws, peer)
    srv.clients[c.id] = c
    writer = asyncio.create_task(_writer(c))
    c.send({"op": "hello", **srv.info(), "you": c.id})
    try:
        async for m in ws:
            if m.type != WSMsgType.TEXT:
                continue
            c.seen = time.monotonic()
            try:
                req = json.loads(m.data)
                op = req["op"]
            except (ValueError, KeyError, TypeError):
                c.send({"op": "rep", "id": None, "error": _bad("not a JSON object with an op")})
                continue
            asyncio.create_task(_handle(srv, c, op, req))
    finally:
        srv.clients.pop(c.id, None)
        srv.release(c, stop=not c.detached, why="disconnected")
        writer.cancel()
        if c.rate:
            srv.set_rate(c, 0)
    return ws


def _bad(message: str) -> dict[str, Any]:
    return {"type": "BadInput", "message": message, "exit": BadInput.exit_code}


async def _writer(c: Client) -> None:
    try:
        while True:
            text = await c.out.get()
            await c.ws.send_str(text)
    except (ConnectionError, RuntimeError, asyncio.CancelledError):
        pass


async def _handle(srv: RigServer, c: Client, op: str, req: dict[str, Any]) -> None:
    rid = req.get("id")
    if op == "alive":
        return
    if op == "req":
        try:
            msg = Msg(int(req["msg"]))
        except (ValueError, KeyError, TypeError):
            c.send({"op": "rep", "id": rid, "error": _bad(f"no such message {req.get('msg')!r}")})
            return
        if msg == Msg.SET_TELEMETRY:
            srv.set_rate(c, int((req.get("fields") or {}).get("rate_hz", 0)))
            c.send(
                {
                    "op": "rep",
                    "id": rid,
                    "reply": {
                        "msg": int(Msg.ACK),
                        "seq": 0,
                        "fields": {"seq": 0, "result": 0},
                        "t_host": time.monotonic(),
                        "wire_len": 0,
                    },
                }
            )
            return
        refused = srv.needs_lease(c, msg)
        if refused is not None:
            c.send({"op": "rep", "id": rid, **refused})
            return
        timeout = req.get("timeout")
        result = await srv.command(msg, req.get("fields") or {}, float(timeout) if timeout else None)
        if msg.name == "SET_NAME" and "reply" in result:
            srv.rename(str((req.get("fields") or {}).get("name", "")))
        c.send({"op": "rep", "id": rid, **result})
    elif op == "lease":
        c.send({"op": "rep", "id": rid, **srv.take(c, bool(req.get("force")))})
    elif op == "release":
        srv.release(c, stop=bool(req.get("stop")), why="released control")
        c.send({"op": "rep", "id": rid, "lease": srv.lease_info()})
    elif op == "detach":
        # the client leaves on purpose (move --no-wait): its motion runs on, the server feeds the link
        c.detached = True
        srv.release(c, stop=False, why="detached")
        c.send({"op": "rep", "id": rid, "lease": srv.lease_info()})
    elif op == "info":
        c.send({"op": "rep", "id": rid, "info": srv.info(), "recent": list(srv.owner.recent)[-50:]})
    elif op == "shot":
        from .shots import shot_op

        c.send({"op": "rep", "id": rid, **await shot_op(srv, c, req)})
    else:
        c.send({"op": "rep", "id": rid, "error": _bad(f"unknown op {op!r}")})


def make_app(srv: RigServer) -> web.Application:
    """The aiohttp application for ``srv``: routes, the token guard, start-up and shut-down."""
    app = web.Application(middlewares=[token_guard])
    app[KEY] = srv
    app.router.add_get("/", index)
    app.router.add_get("/api/info", api_info)
    app.router.add_get("/api/status", api_status)
    app.router.add_post("/api/stop", api_stop)
    app.router.add_post("/api/estop", api_estop)
    app.router.add_get("/api/events", api_events)
    app.router.add_get("/api/logs", api_logs)
    app.router.add_get("/api/logs/{name}", api_log)
    app.router.add_get("/api/ws", api_ws)
    app.router.add_get("/api/shots/report.png", api_report_png)
    app.router.add_static("/static/", STATIC, append_version=False)

    async def started(app: web.Application) -> None:
        """Start-up: note the event loop and start the deadman."""
        srv.loop = asyncio.get_running_loop()
        app["deadman"] = asyncio.create_task(srv.watch_deadman())

    async def stopping(app: web.Application) -> None:
        """Shut-down: stop the deadman and close every client."""
        app["deadman"].cancel()
        for c in list(srv.clients.values()):
            await c.ws.close()

    app.on_startup.append(started)
    app.on_shutdown.append(stopping)
    return app


def is_loopback(host: str) -> bool:
    """True for an address that only this machine can reach."""
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False
    import ipaddress

    return all(ipaddress.ip_address(i[4][0]).is_loopback for i in infos)
