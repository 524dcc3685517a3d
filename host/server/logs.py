"""Session logs as the console lists them: newest first, with size and port, from the log folder."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

_NAME = re.compile(r"^[A-Za-z0-9._-]+\.orblog$")


def log_dir() -> Path:
    """Where session logs go (the same rule as orbitrig.host.sessionlog.default_log_path)."""
    base = os.environ.get("ORBITRIG_LOG_DIR")
    if base:
        return Path(base).expanduser()
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state).expanduser() / "orbitrig" / "logs"


def list_logs(limit: int = 50, current: str | None = None) -> list[dict[str, Any]]:
    """The newest ``limit`` session logs: name, bytes, modification time, and the one being written."""
    d = log_dir()
    try:
        files = [p for p in d.iterdir() if p.suffix == ".orblog" and p.is_file()]
    except OSError:
        return []
    files.sort(key=lambda p: p.name, reverse=True)  # names start with the UTC start time
    out = []
    for p in files[:limit]:
        try:
            st = p.stat()
        except OSError:
            continue
        out.append(
            {"name": p.name, "bytes": st.st_size, "mtime": st.st_mtime, "current": str(p) == (current or "")}
        )
    return out


def log_file(name: str) -> Path | None:
    """The log called ``name`` in the log folder; None for anything else (no paths, no dots up)."""
    if not _NAME.match(name):
        return None
    p = log_dir() / name
    return p if p.is_file() else None
