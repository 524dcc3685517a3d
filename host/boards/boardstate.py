"""Where `orbitrig emulate` keeps an emulated board's flash between runs: a per-user state folder.

Each running board takes the first free slot (``board-1``, ``board-2``, ...), held with an
flock for as long as it runs, so two boards never share one flash and a restarted board finds
its configuration and builds where it left them.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from ..errors import RigError

SLOTS = 16


def state_root() -> Path:
    """$ORBITRIG_STATE_DIR, else $XDG_STATE_HOME/orbitrig, else ~/.local/state/orbitrig."""
    base = os.environ.get("ORBITRIG_STATE_DIR")
    if base:
        return Path(base).expanduser()
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state).expanduser() / "orbitrig"


def claim_flash(kind: str = "board") -> tuple[Path, int]:
    """The first free flash folder for a ``kind`` board (made if missing) and the lock fd that
    holds it; close the fd (or exit) to give it back."""
    root = state_root() / "emulated"
    for i in range(1, SLOTS + 1):
        d = root / f"{kind}-{i}"
        try:
            d.mkdir(parents=True, exist_ok=True)
            fd = os.open(d / ".lock", os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        except OSError as e:
            raise RigError(f"cannot use {d} for the emulated board's flash: {e.strerror or e}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue  # another emulated board runs on this flash
        return d, fd
    raise RigError(f"{SLOTS} emulated boards already run from {root}: give one --flash DIR or --temp-flash")
