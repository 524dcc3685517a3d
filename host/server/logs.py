"""Session logs as the console lists them: newest first, with size, from the log folder."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..logs.session import log_dir, log_files

_NAME = re.compile(r"^[A-Za-z0-9._-]+\.orblog$")


def list_logs(limit: int = 50, current: str | None = None) -> list[dict[str, Any]]:
    """The newest ``limit`` session logs: name, bytes, modification time, and the one being written."""
    out = []
    for p in log_files()[:limit]:
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
