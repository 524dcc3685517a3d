"""The MCU board's flash: a host file QEMU maps as the board's PSRAM, holding its littlefs.

Layout (firmware/ports/qemu/board.h): the file is the 16 MiB region; the littlefs filesystem
takes its first ``fs_bytes``; the last 4 KiB hold a header that the board reads at reset:

    b"ORBFLASH"  u32 fs_bytes  u32 straps (bit 0: the safe-mode "pin" is held)  u32 noise

A new file is sparse and unformatted, and the board formats it at its first boot, as a new
Pico does. Files are put on it or read from it on the host with the MicroPython unix port's
own littlefs (VfsLfs2), the same code the board runs:

    >>> make_image(Path("flash.img"), 512 * 1024, seed=Path("files"))   # doctest: +SKIP
    >>> snapshot(Path("flash.img"), Path("copy"))                       # doctest: +SKIP
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

from ..errors import RigError

REGION_BYTES = 16 * 1024 * 1024  # QEMU's mps2 PSRAM: the machine insists on 16 MiB
BLOCK = 4096
HEADER_OFFSET = REGION_BYTES - BLOCK
MAGIC = b"ORBFLASH"
HEADER = struct.Struct("<8sIII")  # magic, fs_bytes, straps, noise (the boot's random seed)
STRAP_SAFE_MODE = 1
DEFAULT_FS_BYTES = 1024 * 1024  # as much as a Pico's MicroPython filesystem (1.4 MB), roughly
MP_TIMEOUT_S = 60

# Run by the unix port: a block device over the first fs_bytes of the image, then one job.
_FS_SCRIPT = """\
import os, sys


class Region:
    def __init__(self, path, blocks):
        self.f = open(path, "r+b")
        self.blocks = blocks

    def readblocks(self, n, buf, off=0):
        self.f.seek(n * 4096 + off)
        self.f.readinto(buf)

    def writeblocks(self, n, buf, off=0):
        self.f.seek(n * 4096 + off)
        self.f.write(buf)

    def ioctl(self, op, arg):
        if op == 4:
            return self.blocks
        if op == 5:
            return 4096
        if op == 6:
            self.f.seek(arg * 4096)
            self.f.write(b"\\xff" * 4096)
        return 0


def copy(src, dst):
    for entry in os.ilistdir(src):
        a, b = src + "/" + entry[0], dst + "/" + entry[0]
        if entry[1] == 0x4000:
            try:
                os.mkdir(b)
            except OSError:
                pass
            copy(a, b)
        else:
            with open(a, "rb") as fi, open(b, "wb") as fo:
                fo.write(fi.read())


job, image, blocks, host_dir = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
dev = Region(image, blocks)
if job == "seed":
    # no timestamps: the same files make the same image (deterministic runs start from it)
    os.VfsLfs2.mkfs(dev)
    os.mount(os.VfsLfs2(dev, mtime=False), "/flash")
    copy(host_dir, "/flash")
else:
    try:
        os.mount(os.VfsLfs2(dev), "/flash", readonly=True)
    except OSError:
        sys.exit(3)  # never formatted: an empty flash
    copy("/flash", host_dir)
os.umount("/flash")
"""


class FlashImageError(RigError):
    """The flash file is unusable (wrong size, unreadable); the message names the file."""

    exit_code = 2


def _micropython() -> str:
    from .emulator import find_micropython

    mp = find_micropython()
    if mp is None:
        raise FlashImageError(
            "the MCU board's flash tools need the `micropython` command: pip install '.[emulator]'"
        )
    return mp


def read_header(image: Path) -> tuple[int, int]:
    """``(fs_bytes, straps)`` of an image; the defaults when the header is missing."""
    try:
        with open(image, "rb") as f:
            f.seek(HEADER_OFFSET)
            raw = f.read(HEADER.size)
    except OSError as e:
        raise FlashImageError(f"cannot read the flash image {image}: {e.strerror or e}") from None
    if len(raw) == HEADER.size:
        magic, fs_bytes, straps, _noise = HEADER.unpack(raw)
        if magic == MAGIC:
            return fs_bytes, straps
    return DEFAULT_FS_BYTES, 0


def write_header(image: Path, fs_bytes: int, straps: int, noise: int = 0) -> None:
    with open(image, "r+b") as f:
        f.seek(HEADER_OFFSET)
        f.write(HEADER.pack(MAGIC, fs_bytes, straps, noise))


def set_noise(image: Path, noise: int) -> None:
    """The random seed the board's next power-on starts from (0 in a deterministic run)."""
    fs_bytes, straps = read_header(image)
    write_header(image, fs_bytes, straps, noise & 0xFFFFFFFF)


def check_image(image: Path) -> None:
    """Refuse a file that is not a flash image of the right size (one line names it)."""
    size = image.stat().st_size
    if size != REGION_BYTES:
        raise FlashImageError(
            f"{image} is {size} bytes, not a flash image of the MCU board ({REGION_BYTES} bytes)"
        )


def make_image(
    image: Path, fs_bytes: int = DEFAULT_FS_BYTES, seed: Path | None = None, straps: int = 0
) -> None:
    """A new flash file; with ``seed``, formatted and holding that dir's files, else blank."""
    if fs_bytes % BLOCK or not 16 * BLOCK <= fs_bytes <= HEADER_OFFSET:
        raise FlashImageError(
            f"bad flash size {fs_bytes}: a multiple of 4K from 64K to {HEADER_OFFSET // 1024}K"
        )
    tmp = image.with_name(f".{image.name}.{os.getpid()}")
    with open(tmp, "wb") as f:
        f.truncate(REGION_BYTES)  # sparse: only what the board writes takes disk space
    write_header(tmp, fs_bytes, straps)
    try:
        if seed is not None and any(seed.iterdir()):
            _run_fs("seed", tmp, fs_bytes, seed)
        os.replace(tmp, image)
    finally:
        tmp.unlink(missing_ok=True)


def set_safe_mode(image: Path, on: bool) -> None:
    """Hold (or release) the safe-mode strap; the board reads it at its next reset."""
    fs_bytes, straps = read_header(image)
    straps = (straps | STRAP_SAFE_MODE) if on else (straps & ~STRAP_SAFE_MODE)
    write_header(image, fs_bytes, straps)


def snapshot(image: Path, dest: Path) -> None:
    """Copy the board's files as they are now into ``dest`` (emptied first).

    The region is copied before it is read, so a board writing meanwhile only shows as a write
    that has not happened yet, as after a power cut (littlefs keeps every commit whole).
    """
    fs_bytes, _ = read_header(image)
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="orbitrig-mcu-flash-") as tmp:
        copy = Path(tmp) / "fs.img"
        with open(image, "rb") as src, open(copy, "wb") as dst:
            dst.write(src.read(fs_bytes))
        _run_fs("read", copy, fs_bytes, dest)


def _run_fs(job: str, image: Path, fs_bytes: int, host_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="orbitrig-mcu-fs-") as tmp:
        script = Path(tmp) / "fs.py"
        script.write_text(_FS_SCRIPT)
        cmd = [_micropython(), str(script), job, str(image), str(fs_bytes // BLOCK), str(host_dir)]
        try:
            run = subprocess.run(cmd, capture_output=True, text=True, timeout=MP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise FlashImageError(f"reading the flash image {image} took over {MP_TIMEOUT_S} s") from None
    if run.returncode == 3 and job == "read":
        return  # a flash the board has not formatted yet holds no files
    if run.returncode != 0:
        lines = (run.stderr or run.stdout).strip().splitlines()
        raise FlashImageError(f"cannot {job} the flash image {image}: {lines[-1] if lines else 'failed'}")
