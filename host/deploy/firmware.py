"""Where the firmware lives, which of its files a given board gets, and where they go on its flash.

Two layouts are valid on a board's flash (docs/flashing.md):

- a **build**: boot.py and main.py (source) in the root, the compiled firmware in ``app/``
  with ``BUILD`` (its id) and ``READY``; ``orbitrig flash`` and ``install_build`` write it;
- a **flat source install**: boot.py, main.py, the HAL and ``orbitfw/`` as .py files in the
  root, as ``install_sources`` writes it for the emulated board of the test suite.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path

import orbitrig.firmware as _fw

HALS = {"sim": "hal_sim.py", "rp2": "hal_rp2.py", "esp32": "hal_esp32.py", "mcu": "hal_mcu.py"}
BOARD_HAL = "hal_board.py"  # the HAL code the real boards share: their HALs import it
SIM_MODEL = "simmodel.py"  # the simulated rig the emulated boards' HALs (sim, mcu) build on
# MicroPython reports every Thumb-2 core as armv7em; the MCU board is a Cortex-M3 (armv7m).
BOARD_ARCH = {"mcu": "armv7m"}
ROOT_FILES = ("boot.py", "main.py")  # stay source, in the flash root, outside any build
APP_DIR = "app"


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


def board_kind(platform: str) -> str:
    """The HAL kind for a board's ``sys.platform``: rp2, esp32, mcu (QEMU), or sim (the unix port)."""
    if platform in ("rp2", "esp32"):
        return platform
    if platform == "qemu":
        return "mcu"
    if platform in ("linux", "darwin"):
        return "sim"
    raise ValueError(
        f"no orbitrig HAL for a board whose sys.platform is {platform!r} (rp2, esp32, qemu, linux)"
    )


def app_files(board: str = "sim") -> list[Path]:
    """Paths, relative to firmware_dir(), of the modules a build compiles: the orbitfw
    package and this board's HAL modules: hal_board.py too on a real board, simmodel.py on
    an emulated one (boot.py and main.py are not among them)."""
    if board not in HALS:
        raise ValueError(f"unknown board kind {board!r}; known: {', '.join(HALS)}")
    root = firmware_dir()
    shared = SIM_MODEL if board in ("sim", "mcu") else BOARD_HAL
    hals = [Path(HALS[board]), Path(shared)]
    return hals + sorted(p.relative_to(root) for p in (root / "orbitfw").glob("*.py"))


def root_files() -> list[Path]:
    """boot.py and main.py, those of them the firmware tree has."""
    root = firmware_dir()
    return [Path(name) for name in ROOT_FILES if (root / name).is_file()]


def board_files(board: str = "sim") -> list[Path]:
    """Paths, relative to firmware_dir(), that a board of this kind runs: boot.py, main.py,
    the orbitfw package and its own HAL modules (app_files)."""
    return root_files() + app_files(board)


def install_sources(flash_dir: Path, board: str = "sim") -> list[Path]:
    """Copy the firmware sources onto a flash dir as a flat source install (see above)."""
    root = firmware_dir()
    out = []
    for rel in board_files(board):
        dst = flash_dir / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / rel, dst)
        out.append(dst)
    return out


@contextlib.contextmanager
def firmware_tree(path: Path) -> Iterator[None]:
    """Point firmware_dir() at another source tree for a block ($ORBITRIG_FIRMWARE_DIR)."""
    old = os.environ.get("ORBITRIG_FIRMWARE_DIR")
    os.environ["ORBITRIG_FIRMWARE_DIR"] = str(path)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("ORBITRIG_FIRMWARE_DIR", None)
        else:
            os.environ["ORBITRIG_FIRMWARE_DIR"] = old


def write_build(files: Mapping[str, bytes], dest: Path) -> None:
    """Lay compiled files out as a board holds them: boot.py and main.py in ``dest``, the rest
    under ``dest``/app."""
    for rel, data in files.items():
        dst = (dest if rel in ROOT_FILES else dest / APP_DIR) / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_bytes(data)


def install_build(flash_dir: Path, board: str = "sim", arch: str = "x64") -> str:
    """Write a compiled build onto a flash dir in the layout ``orbitrig flash`` leaves (a
    factory image); returns its build id."""
    from .build import build_firmware

    build = build_firmware(board, arch)
    app = flash_dir / APP_DIR
    if app.exists():
        shutil.rmtree(app)
    write_build(build.files, flash_dir)
    (app / "BUILD").write_text(build.build_id)
    (app / "READY").write_text(build.build_id)
    (flash_dir / "BUILD").write_text(build.build_id)
    return build.build_id
