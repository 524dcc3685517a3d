"""Build the MCU board's image (MicroPython for QEMU mps2-an385 with the firmware frozen in), cached.

The image is ``firmware/ports/qemu`` built over ``third_party/micropython`` with
``firmware/manifest.py``. An image is kept under ``build/mcu/images/<key>.elf``, where the key
hashes every source the build reads (the port, the firmware, the vendored MicroPython) and the
compiler's version, so an unchanged tree never rebuilds:

    >>> image = build_image()                     # doctest: +SKIP
    >>> image.path.name, image.cached             # doctest: +SKIP
    ('5d0c7f1e2a9b.elf', True)

A build that fails leaves no image behind (make writes into an object dir; the image is copied
into place only when make succeeded), so a half-built image never runs.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import RigError

APT_PACKAGES = ("gcc-arm-none-eabi", "libnewlib-arm-none-eabi", "qemu-system-arm")
CC = "arm-none-eabi-gcc"
QEMU = "qemu-system-arm"
BUILD_TIMEOUT_S = 900  # a from-scratch build takes about a minute on 2 loaded cores
KEY_LEN = 12
_TOOL_TIMEOUT_S = 20


class McuBuildError(RigError):
    """The MCU board's image cannot be built: a missing toolchain, or a build that fails."""

    exit_code = 8


class ToolchainMissing(McuBuildError):
    """The cross compiler, newlib or QEMU is not installed; the message says what to install."""


@dataclass(frozen=True)
class Image:
    """A built image: its path, its cache key, and whether it came from the cache."""

    path: Path
    key: str
    cached: bool
    build_s: float  # wall time of the make run that produced it (0 when cached)


def repo_root() -> Path:
    """The source checkout: the MCU board builds from its third_party/ and firmware/ports/."""
    from ..deploy.firmware import firmware_dir

    root = firmware_dir().resolve().parent
    if not (root / "third_party" / "micropython" / "py" / "mpconfig.h").is_file():
        raise McuBuildError(
            f"the MCU board builds from a source checkout: no third_party/micropython under {root}"
        )
    return root


def port_dir() -> Path:
    return repo_root() / "firmware" / "ports" / "qemu"


def build_dir() -> Path:
    """$ORBITRIG_MCU_BUILD_DIR, else build/mcu in the checkout."""
    override = os.environ.get("ORBITRIG_MCU_BUILD_DIR")
    return Path(override) if override else repo_root() / "build" / "mcu"


def install_hint() -> str:
    return "apt-get install --no-install-recommends " + " ".join(APT_PACKAGES)


def missing_tools() -> list[str]:
    """The Debian packages the MCU board needs that are not installed (empty when all are)."""
    missing = []
    if shutil.which(CC) is None:
        missing += ["gcc-arm-none-eabi", "libnewlib-arm-none-eabi"]  # newlib cannot be checked without gcc
    elif not _has_newlib():
        missing.append("libnewlib-arm-none-eabi")
    if shutil.which(QEMU) is None:
        missing.append("qemu-system-arm")
    return missing


def _has_newlib() -> bool:
    # The port includes newlib's headers (stdlib.h, alloca.h); gcc alone has none of them.
    try:
        run = subprocess.run(
            [CC, "-E", "-x", "c", "-"],
            input="#include <alloca.h>\n#include <stdlib.h>\n",
            capture_output=True,
            text=True,
            timeout=_TOOL_TIMEOUT_S,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return run.returncode == 0


def check_tools() -> None:
    """Raise ToolchainMissing naming the packages to install, in one line."""
    missing = missing_tools()
    if missing:
        raise ToolchainMissing(
            f"the MCU board needs {', '.join(missing)}: "
            f"{install_hint()} (as root; `make test` does it where it can)"
        )


def require_tools_or_skip(missing: list[str]) -> None:
    """For tests: skip with the install line when the MCU board's packages are missing, or fail
    under CI (CI=true), where they must be there."""
    import pytest

    if not missing:
        return
    why = f"MCU board needs {', '.join(missing)}: {install_hint()}"
    if os.environ.get("CI") == "true":
        pytest.fail(why, pytrace=False)
    pytest.skip(why)


def _compiler_version() -> str:
    try:
        run = subprocess.run([CC, "--version"], capture_output=True, text=True, timeout=_TOOL_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise McuBuildError(f"cannot run {CC}: {e}") from None
    return run.stdout.splitlines()[0] if run.stdout else ""


def _source_files(root: Path) -> list[Path]:
    # What the image is made of: the port, every firmware module (the manifest picks among
    # them), and the vendored MicroPython's sources.
    mpy = root / "third_party" / "micropython"
    files = [p for p in (root / "firmware").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    for sub in ("py", "extmod", "shared", "lib", "mpy-cross", "tools", "drivers"):
        files += [p for p in (mpy / sub).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return sorted(files)


def source_key() -> str:
    """The cache key of the image the current tree builds: its sources and the compiler."""
    root = repo_root()
    h = hashlib.sha256(_compiler_version().encode() + b"\0")
    for path in _source_files(root):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:KEY_LEN]


def image_path(key: str) -> Path:
    return build_dir() / "images" / f"{key}.elf"


def run_make(obj_dir: Path, log: Path) -> float:
    """One make of the port into ``obj_dir`` (output in ``log``); returns its wall time.

    Raises McuBuildError with the first compiler error (or the last line) on failure.
    """
    jobs = str(max(1, os.cpu_count() or 1))
    cmd = ["make", "-C", str(port_dir()), f"-j{jobs}", f"BUILD={obj_dir}"]
    t0 = time.monotonic()
    obj_dir.mkdir(parents=True, exist_ok=True)
    with open(log, "w") as out:
        try:
            run = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, timeout=BUILD_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise McuBuildError(f"the MCU image build took over {BUILD_TIMEOUT_S} s (log: {log})") from None
        except OSError as e:
            raise McuBuildError(f"cannot run make: {e.strerror or e}") from None
    elapsed = time.monotonic() - t0
    if run.returncode != 0:
        lines = [ln.strip() for ln in log.read_text(errors="replace").splitlines() if ln.strip()]
        errors = [ln for ln in lines if "error:" in ln.lower()]
        stops = [ln for ln in lines if "***" in ln]  # make's own "*** [target] Error 2"
        why = (errors or stops or lines or ["make failed"])[0]
        raise McuBuildError(f"the MCU image does not build: {why} (log: {log})")
    return elapsed


def build_image(force: bool = False) -> Image:
    """The image for the current tree: from the cache, else built (needs the toolchain)."""
    check_tools()  # the cache key names the compiler, and the image needs QEMU to run
    key = source_key()
    dest = image_path(key)
    if dest.is_file() and not force:
        return Image(dest, key, True, 0.0)
    out = build_dir()
    obj = out / "obj"
    elapsed = run_make(obj, out / "build.log")
    built = obj / "firmware.elf"
    if not built.is_file():
        raise McuBuildError(f"make succeeded but left no image at {built}")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}")
    shutil.copyfile(built, tmp)
    os.replace(tmp, dest)  # a reader sees the whole image or none
    return Image(dest, key, False, elapsed)


def timed_clean_build(work: Path) -> float:
    """Seconds for a from-scratch build (mpy-cross and the image) into ``work``: the build figure."""
    check_tools()
    return run_make(work / "obj", work / "build.log")


def main(argv: list[str] | None = None) -> int:
    """`python -m orbitrig.host.boards.mcu_build`: build (or find) the image and print its path.

    ``--missing`` prints the missing Debian packages (nothing when all are there), for
    `make`'s installer. ``--if-tools`` builds only where the packages are: elsewhere it says
    in one line what to install and exits 0, so that the MCU tests report themselves as
    skipped, except under CI (CI=true), where a missing package fails the run.
    """
    import argparse
    import sys

    parser = argparse.ArgumentParser(prog="python -m orbitrig.host.boards.mcu_build")
    parser.add_argument("--missing", action="store_true", help="print the missing Debian packages")
    parser.add_argument("--if-tools", action="store_true", help="skip (exit 0) when packages are missing")
    args = parser.parse_args(argv)
    if args.missing:
        print(" ".join(missing_tools()))
        return 0
    missing = missing_tools()
    if missing and args.if_tools:
        line = f"MCU board: skipped, needs {', '.join(missing)}: {install_hint()}"
        if os.environ.get("CI") == "true":
            print(f"orbitrig mcu build: {line} (CI must have them)", file=sys.stderr)
            return 1
        print(line)
        return 0
    try:
        image = build_image()
    except McuBuildError as e:
        print(f"orbitrig mcu build: {e}", file=sys.stderr)
        return 2 if isinstance(e, ToolchainMissing) else 1
    how = "cached" if image.cached else f"built in {image.build_s:.1f} s"
    print(f"MCU image {image.path} ({how})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
