"""Where running rig servers are found: one small JSON file per server in a per-user folder.

A server writes ``server-<pid>.json`` (mode 0600: it may hold the token) when it is up and
removes it when it stops; a file whose process is gone is stale and is removed by the next
reader. Clients find a server by the port it owns or by the rig's name.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class ServerEntry:
    """One running server as its registry file describes it."""

    pid: int
    port: str  # the board port as the server was given it
    port_key: str  # the same port, resolved (a symlink or ./path names the same device)
    name: str  # the rig's name as the board reports it ("" when it has none)
    url: str  # http://HOST:PORT of the API and the console
    token: str = ""  # the API token when one is required ("" for a loopback-only server)
    started: float = 0.0

    @property
    def path(self) -> Path:
        """This entry's file in the run folder."""
        return run_dir() / f"server-{self.pid}.json"


def run_dir() -> Path:
    """$ORBITRIG_RUN_DIR, else $XDG_RUNTIME_DIR/orbitrig, else ~/.local/state/orbitrig/run."""
    base = os.environ.get("ORBITRIG_RUN_DIR")
    if base:
        return Path(base).expanduser()
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg:
        return Path(xdg) / "orbitrig"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state).expanduser() / "orbitrig" / "run"


def port_key(port: str) -> str:
    """A port resolved so that two spellings of one device compare equal (URLs stay as given)."""
    if "://" in port:
        return port
    try:
        return os.path.realpath(port)
    except OSError:
        return port


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive, and not ours to judge
    return True


def publish(entry: ServerEntry) -> Path:
    """Write ``entry`` atomically, readable by its owner only."""
    d = run_dir()
    d.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = d / f".server-{entry.pid}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(asdict(entry), f)
    os.replace(tmp, entry.path)
    return entry.path


def withdraw(entry: ServerEntry) -> None:
    """Remove ``entry``'s file (the server stops)."""
    try:
        entry.path.unlink()
    except FileNotFoundError:
        pass


def servers() -> list[ServerEntry]:
    """Every running server of this user, oldest first; stale files are removed."""
    d = run_dir()
    found: list[ServerEntry] = []
    try:
        files = sorted(d.glob("server-*.json"))
    except OSError:
        return []
    for p in files:
        try:
            e = ServerEntry(**json.loads(p.read_text()))
        except (OSError, ValueError, TypeError):
            continue  # half-written or foreign: not a server we can use
        if not _alive(e.pid):
            try:
                p.unlink()
            except OSError:
                pass
            continue
        found.append(e)
    return sorted(found, key=lambda e: e.started)


def find(port: str | None = None, name: str | None = None) -> ServerEntry | None:
    """The running server that owns ``port`` (any spelling of it), or whose rig is ``name``."""
    key = port_key(port) if port else None
    for e in servers():
        if key is not None and e.port_key == key:
            return e
        if key is None and name and e.name == name:
            return e
    return None


def emulator_port_file() -> Path:
    """Where `orbitrig emulate` (this process) writes its port, so that `orbitrig ports` lists it."""
    d = run_dir()
    d.mkdir(parents=True, exist_ok=True, mode=0o700)
    return d / f"emulator-{os.getpid()}.port"


def emulators() -> list[dict[str, object]]:
    """The emulated boards `orbitrig emulate` runs for this user: port and pid."""
    found: list[dict[str, object]] = []
    try:
        files = sorted(run_dir().glob("emulator-*.port"))
    except OSError:
        return []
    for p in files:
        try:
            pid = int(p.stem.split("-", 1)[1])
            port = p.read_text().strip()
        except (OSError, ValueError, IndexError):
            continue
        if port and _alive(pid):
            found.append({"port": port, "pid": pid})
    return found
