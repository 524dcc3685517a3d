"""`orbitrig serve`: open the board, start the web application, publish the server, run until Ctrl-C."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import secrets
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

from aiohttp import web

from ..errors import BadInput, PortBusy, RigError
from . import registry
from .app import RigServer, is_loopback, make_app
from .client import WrongRig
from .owner import BoardOwner

DEFAULT_HTTP_PORT = 8765


def read_token(token_file: Path | None) -> str:
    """The API token: from $ORBITRIG_TOKEN, or from ``token_file`` (made with a new random one
    when it does not exist yet). Never printed."""
    env = os.environ.get("ORBITRIG_TOKEN", "")
    if env:
        return env
    if token_file is None:
        return ""
    if not token_file.exists():
        token_file.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(token_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(24) + "\n")
    try:
        token = token_file.read_text().strip()
    except OSError as e:
        raise BadInput(f"--token-file {token_file}: {e.strerror}") from None
    if len(token) < 16:
        raise BadInput(f"--token-file {token_file}: the token is {len(token)} characters; use at least 16")
    return token


def run_server(
    port: str,
    *,
    name: str | None = None,
    host: str = "127.0.0.1",
    http_port: int = DEFAULT_HTTP_PORT,
    token_file: Path | None = None,
    deadman: float = 2.0,
    timeout: float = 1.0,
    telemetry_hz: int = 50,
    shots_dir: Path | None = None,
    say: Callable[[str], None] = print,
) -> int:
    """Serve the board on ``port`` until SIGINT or SIGTERM; returns the exit code."""
    token = read_token(token_file)
    if not is_loopback(host) and not token:
        raise BadInput(
            f"--host {host} is reachable from other machines: give a token (--token-file FILE or "
            "$ORBITRIG_TOKEN), which every client must then send"
        )
    other = registry.find(port)
    if other is not None:
        raise PortBusy(f"port busy: the rig server (pid {other.pid}) at {other.url} already owns {port}")
    srv_box: list[RigServer] = []
    owner = BoardOwner(
        port, timeout=timeout, telemetry_hz=telemetry_hz, sink=lambda k, p: srv_box[0].sink(k, p)
    )
    owner.open()
    try:
        board_name = _board_name(owner)
        if name and board_name and board_name != name:
            raise WrongRig(f"--name {name}: the board on {port} is rig {board_name!r}, not {name!r}")
        srv = RigServer(
            owner, name=board_name or name or "", token=token, deadman=deadman, shots_dir=shots_dir
        )
        srv_box.append(srv)
        return asyncio.run(_serve(srv, host, http_port, say))
    finally:
        owner.close()


def _board_name(owner: BoardOwner) -> str:
    """The name the board carries in its configuration ("" when it has none or cannot say)."""
    from ..rigname import read_name

    assert owner.rig is not None
    return read_name(owner.rig)


async def _serve(srv: RigServer, host: str, http_port: int, say: Callable[[str], None]) -> int:
    logging.getLogger("aiohttp.access").disabled = True  # the console's login link carries the token
    app = make_app(srv)
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, host, http_port)
    try:
        await site.start()
    except OSError as e:
        await runner.cleanup()
        raise RigError(
            f"cannot listen on {host}:{http_port}: {e.strerror or e} (another server? try --http-port 0)"
        ) from None
    bound = runner.addresses[0]
    shown_host = f"[{bound[0]}]" if ":" in bound[0] else bound[0]
    url = f"http://{shown_host}:{bound[1]}"
    entry = registry.ServerEntry(
        pid=os.getpid(),
        port=srv.owner.url,
        port_key=registry.port_key(srv.owner.url),
        name=srv.name,
        url=url if not host.startswith("0.0.0.0") else f"http://127.0.0.1:{bound[1]}",
        token=srv.token,
        started=time.time(),
    )
    registry.publish(entry)
    srv.url = entry.url

    def renamed(name: str) -> None:
        """The rig was renamed through the server: be found by the new name."""
        nonlocal entry
        entry = dataclasses.replace(entry, name=name)
        registry.publish(entry)

    srv.on_rename = renamed
    srv.owner.start()
    rig = f"rig {srv.name}" if srv.name else "unnamed rig"
    say(f"orbitrig server: {rig} on {srv.owner.url}; console and API on {url}")
    if srv.owner.log_path:
        say(f"session log {srv.owner.log_path}")
    sys.stdout.flush()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        registry.withdraw(entry)
        await runner.cleanup()
    say("orbitrig server stopped")
    return 0
