"""Where the firmware lives and which of its files a given board gets."""

from __future__ import annotations

import shutil
from pathlib import Path

import orbitrig.firmware as _fw

HALS = {"sim": "hal_sim.py", "rp2": "hal_rp2.py", "esp32": "hal_esp32.py"}


def firmware_dir() -> Path:
    """The firmware/ source tree (the repo's in an editable install, else the packaged copy)."""
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
