"""The emulated Pico's flash: a 2 MiB host file, the W25Q16 of a Raspberry Pi Pico, and UF2 files for it.

Layout (MicroPython's ``RPI_PICO`` board): the image from offset 0 (the second-stage boot loader in
its first 256 bytes), the littlefs filesystem in the last 1408 KiB from ``FS_OFFSET``. The runner
writes the board's erases and programs straight into the file, so it persists across resets, power
cycles and runs, and a killed runner leaves it as a power cut leaves a chip.

``program_uf2`` is what the bootrom does with a UF2 dragged onto a Pico in BOOTSEL mode: each
4 KiB sector the file touches is erased, then its 256-byte blocks are programmed; the rest of the
flash, the filesystem with it, stays. Files are read from (``snapshot``) or put on (``seed``) the
filesystem on the host with the MicroPython unix port's own littlefs:

    >>> make_flash(Path("flash.bin")); program_uf2(Path("flash.bin"), Path("firmware.uf2"))  # doctest: +SKIP
    >>> snapshot(Path("flash.bin"), Path("files"))                                          # doctest: +SKIP
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

from ..errors import BadInput, RigError

FLASH_BYTES = 2 * 1024 * 1024
XIP_BASE = 0x10000000
SECTOR = 4096
FS_BYTES = 1408 * 1024  # MICROPY_HW_FLASH_STORAGE_BYTES of ports/rp2/boards/RPI_PICO
FS_OFFSET = FLASH_BYTES - FS_BYTES
FS_PROGSIZE = 256  # ports/rp2/modules/_boot.py formats it with progsize=256
MP_TIMEOUT_S = 60

UF2_BLOCK = 512
UF2_MAGIC0 = 0x0A324655
UF2_MAGIC1 = 0x9E5D5157
UF2_MAGIC_END = 0x0AB16F30
UF2_FLAG_NOT_MAIN_FLASH = 0x00000001
UF2_FLAG_FAMILY = 0x00002000
RP2040_FAMILY = 0xE48BFF56
_UF2_HEAD = struct.Struct("<8I")


class FlashError(RigError):
    """The flash file is unusable (wrong size, unreadable); the message names the file."""

    exit_code = 2


class Uf2Error(BadInput):
    """A file that is not a UF2 for the RP2040's flash; the message names the file and the block."""


def read_uf2(path: Path) -> list[tuple[int, bytes]]:
    """The (flash offset, payload) of each block of an RP2040 UF2, checked as the bootrom checks them."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise Uf2Error(f"cannot read {path}: {e.strerror or e}") from None
    if not data or len(data) % UF2_BLOCK:
        raise Uf2Error(f"{path}: {len(data)} bytes is not a whole number of 512-byte UF2 blocks")
    blocks = []
    for n in range(len(data) // UF2_BLOCK):
        block = data[n * UF2_BLOCK : (n + 1) * UF2_BLOCK]
        m0, m1, flags, addr, size, _no, _count, family = _UF2_HEAD.unpack_from(block)
        (end,) = struct.unpack_from("<I", block, UF2_BLOCK - 4)
        if m0 != UF2_MAGIC0 or m1 != UF2_MAGIC1 or end != UF2_MAGIC_END:
            raise Uf2Error(f"{path}: block {n} is not a UF2 block (bad magic)")
        if flags & UF2_FLAG_NOT_MAIN_FLASH:
            continue  # a comment block the bootrom skips
        if flags & UF2_FLAG_FAMILY and family != RP2040_FAMILY:
            raise Uf2Error(
                f"{path}: block {n} is for family 0x{family:08x}, not the RP2040's 0x{RP2040_FAMILY:08x}"
            )
        if size > 476 or addr < XIP_BASE or addr - XIP_BASE + size > FLASH_BYTES:
            raise Uf2Error(
                f"{path}: block {n} writes {size} bytes at 0x{addr:08x}, outside the Pico's 2 MiB flash"
            )
        blocks.append((addr - XIP_BASE, block[32 : 32 + size]))
    if not blocks:
        raise Uf2Error(f"{path}: no block of it is for the flash")
    return blocks


def make_flash(path: Path) -> None:
    """A new, erased flash file (every byte 0xFF, as a new chip); the board formats its filesystem."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        with open(tmp, "wb") as f:
            f.write(b"\xff" * FLASH_BYTES)
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise FlashError(f"cannot make the flash file {path}: {e.strerror or e}") from None


def check_flash(path: Path) -> None:
    """Refuse a file that is not a 2 MiB flash image (one line names it)."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise FlashError(f"cannot read the flash file {path}: {e.strerror or e}") from None
    if size != FLASH_BYTES:
        raise FlashError(f"{path} is {size} bytes, not the 2 MiB flash of a Pico")


def program_uf2(flash: Path, uf2: Path) -> int:
    """Write a UF2 into the flash file as the bootrom does from BOOTSEL; returns the bytes programmed."""
    blocks = read_uf2(uf2)
    check_flash(flash)
    sectors = sorted({off // SECTOR for off, data in blocks for off in (off, off + len(data) - 1)})
    with open(flash, "r+b") as f:
        for s in sectors:
            f.seek(s * SECTOR)
            f.write(b"\xff" * SECTOR)
        for off, data in blocks:
            f.seek(off)
            f.write(data)
    return sum(len(d) for _, d in blocks)


def firmware_matches(flash: Path, uf2: Path) -> bool:
    """True when the flash already holds every block of ``uf2`` (nothing to program)."""
    with open(flash, "rb") as f:
        for off, data in read_uf2(uf2):
            f.seek(off)
            if f.read(len(data)) != data:
                return False
    return True


# Run by the unix port: a block device over the filesystem region of a copy of the flash, then one job.
_FS_SCRIPT = """\
import os, sys


class Region:
    def __init__(self, path, offset, blocks):
        self.f = open(path, "r+b")
        self.offset = offset
        self.blocks = blocks

    def readblocks(self, n, buf, off=0):
        self.f.seek(self.offset + n * 4096 + off)
        self.f.readinto(buf)

    def writeblocks(self, n, buf, off=0):
        self.f.seek(self.offset + n * 4096 + off)
        self.f.write(buf)

    def ioctl(self, op, arg):
        if op == 4:
            return self.blocks
        if op == 5:
            return 4096
        if op == 6:
            self.f.seek(self.offset + arg * 4096)
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


job, image, offset, blocks, progsize, host_dir = sys.argv[1:7]
dev = Region(image, int(offset), int(blocks))
if job == "seed":
    os.VfsLfs2.mkfs(dev, progsize=int(progsize))
    os.mount(os.VfsLfs2(dev, progsize=int(progsize)), "/flash")
    copy(host_dir, "/flash")
else:
    try:
        os.mount(os.VfsLfs2(dev, progsize=int(progsize)), "/flash", readonly=True)
    except OSError:
        sys.exit(3)  # never formatted: a new board holds no files
    copy("/flash", host_dir)
os.umount("/flash")
"""


def _run_fs(job: str, image: Path, host_dir: Path) -> None:
    from .emulator import find_micropython

    mp = find_micropython()
    if mp is None:
        raise FlashError(
            "reading the Pico's files needs the `micropython` command: pip install '.[emulator]'"
        )
    with tempfile.TemporaryDirectory(prefix="orbitrig-pico-fs-") as tmp:
        script = Path(tmp) / "fs.py"
        script.write_text(_FS_SCRIPT)
        cmd = [mp, str(script), job, str(image), str(FS_OFFSET), str(FS_BYTES // SECTOR), str(FS_PROGSIZE)]
        try:
            run = subprocess.run([*cmd, str(host_dir)], capture_output=True, text=True, timeout=MP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise FlashError(f"the filesystem of {image} took over {MP_TIMEOUT_S} s to {job}") from None
    if run.returncode == 3 and job == "read":
        return
    if run.returncode != 0:
        lines = (run.stderr or run.stdout).strip().splitlines()
        raise FlashError(f"cannot {job} the filesystem of {image}: {lines[-1] if lines else 'failed'}")


def snapshot(flash: Path, dest: Path) -> None:
    """Copy the board's files as they are now into ``dest`` (emptied first).

    The flash is copied before it is read, so a board writing meanwhile only shows as a write that has
    not happened yet, as after a power cut (littlefs keeps every commit whole).
    """
    check_flash(flash)
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="orbitrig-pico-flash-") as tmp:
        copy = Path(tmp) / "flash.bin"
        shutil.copyfile(flash, copy)
        _run_fs("read", copy, dest)


def seed(flash: Path, files: Path) -> None:
    """Format the filesystem and put ``files``' contents on it (a board that has not booted yet)."""
    check_flash(flash)
    _run_fs("seed", flash, files)
