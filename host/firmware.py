"""Where the firmware lives and which of its files a given board gets."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import orbitrig.firmware as _fw

HALS = {"sim": "hal_sim.py", "rp2": "hal_rp2.py", "esp32": "hal_esp32.py"}


def firmware_dir() -> Path:
    """The firmware/ source tree: $ORBITRIG_FIRMWARE_DIR if set, else the repo's (editable
    install) or the packaged copy."""
    override = os.environ.get("ORBITRIG_FIRMWARE_DIR")
    if override:
        path = Path(override)
        if not (path / "main.py").is_file():
            raise FileNotFoundError(f"ORBITRIG_FIRMWARE_DIR={override} holds no main.py")
        return path
    for p in _fw.__path__:
        path = Path(p)
        if (path / "main.py").is_file():
            return path
    raise FileNotFoundError("firmware sources not found in the orbitrig installation")


def board_files(board: str = "sim") -> list[Path]:
    """Paths, relative to firmware_dir(), that a board of this kind runs: main.py, the
    orbitfw package and its own HAL."""
    if board not in HALS:
        raise ValueError(f"unknown board kind {board!r}; known: {', '.join(HALS)}")
    root = firmware_dir()
    files = [Path("main.py"), Path(HALS[board])]
    if (root / "boot.py").is_file():
        files.insert(0, Path("boot.py"))
    files += sorted(p.relative_to(root) for p in (root / "orbitfw").glob("*.py"))
    return files


def install_sources(flash_dir: Path, board: str = "sim") -> list[Path]:
    """Copy the firmware sources onto a flash dir (the emulated board's filesystem)."""
    root = firmware_dir()
    out = []
    for rel in board_files(board):
        dst = flash_dir / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / rel, dst)
        out.append(dst)
    return out
