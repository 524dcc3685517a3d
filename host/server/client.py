"""The light side of talking to a rig server: finding one, and quick HTTP calls (status, stop, estop).

Nothing here imports the web framework, construct or the WebSocket client, so `orbitrig status`
and `orbitrig stop` through a running server start in a few tens of milliseconds. A full
``Rig`` over a server uses orbitrig.host.server.remote instead.
"""

from __future__ import annotations

import http.client
import json
import os
import urllib.parse
from typing import Any

from .. import errors
from ..errors import BadInput, LinkLost, RigError
from . import registry


class NotInControl(RigError):
    """Another client of the rig server holds the control lease (or nobody gave it to us)."""

    exit_code = 3


class ServerUnreachable(LinkLost):
    """The rig server did not answer (it stopped, or the address is wrong)."""


class WrongRig(BadInput):
    """The board (or server) answering is not the rig the user named with --rig."""


TOKEN_ENV = "ORBITRIG_TOKEN"


def is_server_url(port: str) -> bool:
    """``http://HOST:PORT`` names a rig server (perhaps on another machine) instead of a port."""
    return port.startswith(("http://", "https://"))


def locate(port: str | None, rig: str | None = None) -> registry.ServerEntry | None:
    """The server to use for ``port`` or rig ``name``: one given by URL, or a running local one.

    Returns None when the port should be opened directly. $ORBITRIG_NO_SERVER=1 never looks."""
    if port and is_server_url(port):
        return registry.ServerEntry(0, port, port, rig or "", port.rstrip("/"), os.environ.get(TOKEN_ENV, ""))
    if os.environ.get("ORBITRIG_NO_SERVER") == "1":
        return None
    return registry.find(port, rig)


def raise_error(err: dict[str, Any]) -> None:
    """Raise the RigError subclass a server's error object names (its message, its exit code)."""
    kind = err.get("type", "RigError")
    message = err.get("message", "rig server error")
    if kind == "CommandRefused":
        raise errors.CommandRefused(message, err.get("code", 0), err.get("reason", ""), err.get("seq", 0))
    cls: type[RigError] = (
        {
            "NotInControl": NotInControl,
            "Unauthorized": BadInput,
            "WrongRig": WrongRig,
        }.get(kind)
        or getattr(errors, kind, None)
        or RigError
    )  # type: ignore[assignment]
    if not (isinstance(cls, type) and issubclass(cls, RigError)):
        cls = RigError
    e = cls(message)
    if cls is RigError:
        e.exit_code = int(err.get("exit", 1))
    raise e


def call(entry: registry.ServerEntry, method: str, path: str, timeout: float = 2.0) -> dict[str, Any]:
    """One HTTP request to the server; the decoded JSON, or its error raised as a RigError."""
    u = urllib.parse.urlsplit(entry.url)
    conn_cls = http.client.HTTPSConnection if u.scheme == "https" else http.client.HTTPConnection
    conn = conn_cls(
        u.hostname or "127.0.0.1", u.port or (443 if u.scheme == "https" else 80), timeout=timeout
    )
    headers = {"Authorization": f"Bearer {entry.token}"} if entry.token else {}
    try:
        conn.request(method, path, headers=headers)
        resp = conn.getresponse()
        body = resp.read()
    except (OSError, http.client.HTTPException) as e:
        raise ServerUnreachable(f"rig server at {entry.url} did not answer: {e}") from None
    finally:
        conn.close()
    try:
        data = json.loads(body)
    except ValueError:
        raise ServerUnreachable(
            f"rig server at {entry.url} answered HTTP {resp.status} without JSON"
        ) from None
    if "error" in data:
        raise_error(data["error"])
    return data


def check_rig(entry: registry.ServerEntry, rig: str | None, name: str) -> None:
    """Refuse, in one line, a server whose rig is not the one the user named."""
    if rig and name != rig:
        shown = f"rig {name!r}" if name else "a rig with no name"
        raise WrongRig(f"--rig {rig}: the server at {entry.url} drives {shown} on {entry.port}, not {rig!r}")
