"""Build the emulated Pico's pieces, each cached by a hash of its sources: picotool, the RP2040 image, the runner.

The image is MicroPython's ``ports/rp2`` (``third_party/micropython``, board ``RPI_PICO``) with
``host/boards/pico/manifest.py`` frozen in: the stock Pico image's modules and the orbitrig
firmware (``firmware/manifest.py`` with the Pico's HAL). It is kept as
``build/pico/images/<key>.uf2`` (and ``.elf``), where the key hashes every source the build reads
and the compiler's version, so an unchanged tree never rebuilds; the last one built or found is
also ``build/pico/firmware.uf2``, the file a user drags onto a Pico in BOOTSEL mode:

    >>> image = build_image()                      # doctest: +SKIP
    >>> image.uf2.name, image.cached               # doctest: +SKIP
    ('3f0c2a9d51e7.uf2', True)

picotool (``third_party/picotool``, which the pico-sdk runs to write the UF2) is built once per
source hash into ``build/pico/picotool/<key>/``, without libusb: it only converts files here. The
runner's npm packages (``host/boards/pico/package-lock.json``) go into ``build/pico/node/``.

A failed build leaves no image (make writes into an object dir; the image is copied into place
only when make succeeded), so a half-built image never runs. Every failure is one line naming its
cause: a missing package with its install line, the compiler's first error with the log's path.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from ..deploy.firmware import firmware_dir
from ..errors import RigError

# What the emulated Pico needs from Debian: the pico-sdk's toolchain (cmake, the Arm cross compiler
# and newlib; build-essential for the host tools it builds: picotool, pioasm, mpy-cross) and Node.
APT_PACKAGES = (
    "cmake",
    "gcc-arm-none-eabi",
    "libnewlib-arm-none-eabi",
    "build-essential",
    "nodejs",
    "npm",
)
CC = "arm-none-eabi-gcc"
NODE_MIN = (18, 0)
BUILD_TIMEOUT_S = 1800  # a from-scratch build (picotool, mpy-cross, the image) takes ~3 min on 2 loaded cores
NPM_TIMEOUT_S = 300
KEY_LEN = 12
BOARD = "RPI_PICO"
_TOOL_TIMEOUT_S = 20
_MPY = ("py", "extmod", "shared", "lib", "drivers", "ports/rp2", "tools", "mpy-cross")


class PicoBuildError(RigError):
    """The emulated Pico cannot be built: a missing package, or a build that fails."""

    exit_code = 8


class ToolchainMissing(PicoBuildError):
    """A Debian package the emulated Pico needs is not installed; the message says what to install."""


@dataclass(frozen=True)
class Image:
    """A built image: its UF2 and ELF, its cache key, whether it came from the cache."""

    uf2: Path
    elf: Path
    key: str
    cached: bool
    build_s: float  # wall time of the builds that produced it (0 when cached)


def repo_root() -> Path:
    """The source checkout: the Pico builds from its third_party/ and host/boards/pico/ (the firmware
    from firmware_dir(), $ORBITRIG_FIRMWARE_DIR or the checkout's)."""
    root = Path(__file__).resolve().parents[2]
    if not (root / "third_party" / "micropython" / "ports" / "rp2" / "CMakeLists.txt").is_file():
        raise PicoBuildError(
            f"the emulated Pico builds from a source checkout: no third_party/micropython under {root}"
        )
    if not (root / "third_party" / "micropython" / "lib" / "pico-sdk" / "pico_sdk_init.cmake").is_file():
        raise PicoBuildError(f"the pico-sdk is missing from {root}/third_party/micropython/lib/pico-sdk")
    return root


def pico_dir() -> Path:
    """host/boards/pico: the runner, its npm lock, the manifest and the build's CMake additions."""
    return Path(__file__).resolve().parent / "pico"


def build_dir() -> Path:
    """$ORBITRIG_PICO_BUILD_DIR, else build/pico in the checkout."""
    override = os.environ.get("ORBITRIG_PICO_BUILD_DIR")
    return Path(override) if override else repo_root() / "build" / "pico"


def bootrom_path() -> Path:
    """The RP2040 B1 bootrom as rp2040js's repository ships it (third_party/rp2040js-bootrom)."""
    return repo_root() / "third_party" / "rp2040js-bootrom" / "demo" / "bootrom.ts"


# --- tools -------------------------------------------------------------------------------------------


def install_hint(packages: list[str] | tuple[str, ...] = APT_PACKAGES) -> str:
    return "apt-get install --no-install-recommends " + " ".join(packages)


def _run_quiet(cmd: list[str], stdin: str = "") -> subprocess.CompletedProcess[str] | None:
    try:
        return subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=_TOOL_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired):
        return None


def _has_newlib() -> bool:
    # the port includes newlib's headers; gcc alone has none of them
    run = _run_quiet([CC, "-E", "-x", "c", "-"], "#include <stdlib.h>\n#include <alloca.h>\n")
    return run is not None and run.returncode == 0


def node_version() -> tuple[int, int] | None:
    """Node's (major, minor), or None when there is no usable `node`."""
    run = _run_quiet(["node", "--version"]) if shutil.which("node") else None
    m = re.match(r"v(\d+)\.(\d+)", run.stdout.strip()) if run is not None and run.returncode == 0 else None
    return (int(m.group(1)), int(m.group(2))) if m else None


def missing_tools() -> list[str]:
    """The Debian packages the emulated Pico needs that are not installed (empty when all are)."""
    missing = []
    if shutil.which("cmake") is None:
        missing.append("cmake")
    if shutil.which(CC) is None:
        missing += ["gcc-arm-none-eabi", "libnewlib-arm-none-eabi"]  # newlib cannot be checked without gcc
    elif not _has_newlib():
        missing.append("libnewlib-arm-none-eabi")
    if not all(shutil.which(t) for t in ("make", "gcc", "g++")):
        missing.append("build-essential")
    version = node_version()
    if version is None or version < NODE_MIN:
        missing.append("nodejs")
    if shutil.which("npm") is None:
        missing.append("npm")
    return missing


def check_tools() -> None:
    """Raise ToolchainMissing naming the packages to install, in one line."""
    missing = missing_tools()
    if missing:
        old = node_version()
        why = f" (node {old[0]}.{old[1]} is older than {NODE_MIN[0]})" if old and old < NODE_MIN else ""
        raise ToolchainMissing(
            f"the emulated Pico needs {', '.join(missing)}{why}: {install_hint(missing)} "
            "(as root; `make test` does it where it can)"
        )


def require_tools_or_skip(missing: list[str]) -> None:
    """For tests: skip with the install line when packages are missing, or fail under CI (CI=true)."""
    import pytest

    if not missing:
        return
    why = f"the emulated Pico needs {', '.join(missing)}: {install_hint(missing)}"
    if os.environ.get("CI") == "true":
        pytest.fail(why, pytrace=False)
    pytest.skip(why)


# --- cache keys ------------------------------------------------------------------------------------


def _tool_banner(cmd: list[str]) -> str:
    run = _run_quiet(cmd)
    if run is None or run.returncode != 0:
        raise PicoBuildError(f"cannot run {cmd[0]}")
    return run.stdout.splitlines()[0] if run.stdout else ""


def _files(*dirs: Path) -> list[Path]:
    out: list[Path] = []
    for d in dirs:
        out += [p for p in d.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return out


def _hash(root: Path, files: list[Path], *extra: str) -> str:
    h = hashlib.sha256("\0".join(extra).encode() + b"\0")
    for path in sorted(set(files)):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:KEY_LEN]


def picotool_key() -> str:
    """picotool's sources (and the pico-sdk headers it includes) and the host compiler."""
    root = repo_root()
    files = _files(
        root / "third_party" / "picotool", root / "third_party" / "micropython" / "lib" / "pico-sdk"
    )
    return _hash(root, files, _tool_banner(["g++", "--version"]), _tool_banner(["cmake", "--version"]))


def image_key(tool_key: str | None = None) -> str:
    """Everything the image is made of: MicroPython with its submodules, every firmware module (the
    manifests pick among them), our manifest and CMake additions, picotool (``tool_key``), the compilers."""
    root = repo_root()
    mpy = root / "third_party" / "micropython"
    files = _files(*(mpy / sub for sub in _MPY))
    fw = [p for p in firmware_dir().resolve().rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    files += [p for p in pico_dir().iterdir() if p.suffix in (".py", ".cmake")]
    return _hash(
        root,
        files,
        _hash(firmware_dir().resolve(), fw),  # the firmware tree may live elsewhere ($ORBITRIG_FIRMWARE_DIR)
        tool_key or picotool_key(),
        _tool_banner([CC, "--version"]),
        _tool_banner(["gcc", "--version"]),
        _tool_banner(["cmake", "--version"]),
    )


def image_paths(key: str) -> tuple[Path, Path]:
    images = build_dir() / "images"
    return images / f"{key}.uf2", images / f"{key}.elf"


# --- builds ------------------------------------------------------------------------------------------


def _first_error(log: Path) -> str:
    """The line of a failed build's log that says why: the compiler's first error, a Python
    exception (mpy-cross freezing a module) with the file and line it names, CMake's, make's."""
    lines = [ln.strip() for ln in log.read_text(errors="replace").splitlines() if ln.strip()]
    for i, ln in enumerate(lines):
        if re.search(r":\d+:(\d+:)? (fatal )?error:", ln) or ln.startswith("CMake Error"):
            return ln
        m = re.match(r"(\w+Error): (.*)", ln)
        if m:
            where = [re.search(r'File "([^"]+)", line (\d+)', p) for p in lines[max(0, i - 3) : i]]
            found = [w for w in where if w]
            at = f"{found[-1].group(1)}:{found[-1].group(2)}: " if found else ""
            return f"{at}{m.group(1)}: {m.group(2)}"
    errors = [ln for ln in lines if re.search(r"\berror\b", ln, re.IGNORECASE)]
    stops = [ln for ln in lines if "***" in ln]  # make's own "*** [target] Error 2"
    return (errors or stops or lines or ["failed"])[0]


def _run(
    what: str, cmd: list[str], log: Path, env: dict[str, str] | None = None, cwd: Path | None = None
) -> float:
    """Run one build step with its output in ``log``; its wall time, or PicoBuildError with the first error."""
    log.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    with open(log, "a") as out:
        out.write(f"$ {' '.join(cmd)}\n")
        out.flush()
        try:
            run = subprocess.run(
                cmd, stdout=out, stderr=subprocess.STDOUT, timeout=BUILD_TIMEOUT_S, env=env, cwd=cwd
            )
        except subprocess.TimeoutExpired:
            raise PicoBuildError(f"{what} took over {BUILD_TIMEOUT_S} s (log: {log})") from None
        except OSError as e:
            raise PicoBuildError(f"{what}: cannot run {cmd[0]}: {e.strerror or e}") from None
    if run.returncode != 0:
        raise PicoBuildError(f"{what} failed: {_first_error(log)} (log: {log})")
    return time.monotonic() - t0


def _jobs() -> str:
    return f"-j{max(1, os.cpu_count() or 1)}"


def build_picotool(key: str | None = None) -> tuple[Path, float]:
    """picotool's CMake package dir (what the pico-sdk's find_package wants), built when missing."""
    root = repo_root()
    key = key or picotool_key()
    base = build_dir() / "picotool" / key
    package = base / "install" / "picotool"
    if (package / "picotool").is_file() and (package / "picotoolConfig.cmake").is_file():
        return package, 0.0
    shutil.rmtree(base, ignore_errors=True)
    log = base / "build.log"
    sdk = root / "third_party" / "micropython" / "lib" / "pico-sdk"
    took = _run(
        "building picotool",
        [
            "cmake",
            "-S",
            str(root / "third_party" / "picotool"),
            "-B",
            str(base / "obj"),
            f"-DPICO_SDK_PATH={sdk}",
            "-DPICOTOOL_NO_LIBUSB=1",  # it only writes UF2 files here, never talks to a board
            "-DPICOTOOL_FLAT_INSTALL=1",
            f"-DCMAKE_INSTALL_PREFIX={base / 'install'}",
            "-DCMAKE_BUILD_TYPE=Release",
        ],
        log,
    )
    took += _run("building picotool", ["make", "-C", str(base / "obj"), _jobs()], log)
    took += _run("installing picotool", ["make", "-C", str(base / "obj"), "install"], log)
    if not (package / "picotool").is_file():
        raise PicoBuildError(f"picotool built but left no binary at {package / 'picotool'} (log: {log})")
    return package, took


def _mpy_cross(log: Path) -> tuple[Path, float]:
    # frozen bytecode must match the VM exactly: mpy-cross from the same tree, built outside it
    out = build_dir() / "mpy-cross"
    mpy = repo_root() / "third_party" / "micropython"
    took = _run(
        "building mpy-cross",
        [
            "make",
            "-C",
            str(mpy / "mpy-cross"),
            f"BUILD={out}",
            _jobs(),
            "USER_C_MODULES=",
            "FROZEN_MANIFEST=",
        ],
        log,
    )
    return out / "mpy-cross", took


def build_image(force: bool = False) -> Image:
    """The image for the current tree: from the cache, else built (needs the toolchain)."""
    check_tools()
    tool_key = picotool_key()
    key = image_key(tool_key)
    uf2, elf = image_paths(key)
    if uf2.is_file() and elf.is_file() and not force:
        _publish(uf2)
        return Image(uf2, elf, key, True, 0.0)
    root = repo_root()
    out = build_dir()
    log = out / "build.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text("")
    picotool, took = build_picotool(tool_key)
    mpy_cross, t = _mpy_cross(log)
    took += t
    obj = out / "obj"
    mpy = root / "third_party" / "micropython"
    configure = [
        "cmake",
        "-S",
        str(mpy / "ports" / "rp2"),
        "-B",
        str(obj),
        "-DPICO_BUILD_DOCS=0",
        f"-DMICROPY_BOARD={BOARD}",
        f"-DMICROPY_BOARD_DIR={mpy / 'ports' / 'rp2' / 'boards' / BOARD}",
        f"-DMICROPY_FROZEN_MANIFEST={pico_dir() / 'manifest.py'}",
        f"-DMICROPY_MANIFEST_ORBITRIG_FIRMWARE={firmware_dir().resolve()}",  # $(ORBITRIG_FIRMWARE) there
        f"-Dpicotool_DIR={picotool}",
        f"-DCMAKE_PROJECT_INCLUDE={pico_dir() / 'pico_build.cmake'}",
    ]
    env = {**os.environ, "MICROPY_MPYCROSS": str(mpy_cross)}
    stamp = obj / "orbitrig-configure.json"
    if not (obj / "Makefile").is_file() or _read_json(stamp) != configure:
        shutil.rmtree(obj, ignore_errors=True)  # another configuration: start the object dir over
        took += _run("configuring the RP2040 image", configure, log, env)
        stamp.write_text(json.dumps(configure))
    built_uf2, built_elf = obj / "firmware.uf2", obj / "firmware.elf"
    for stale in (built_uf2, built_elf):
        stale.unlink(missing_ok=True)  # a make that fails must not leave the last image looking new
    took += _run("building the RP2040 image", ["make", "-C", str(obj), _jobs()], log, env)
    if not built_uf2.is_file() or not built_elf.is_file():
        raise PicoBuildError(f"make succeeded but left no image at {built_uf2} (log: {log})")
    for src, dest in ((built_elf, elf), (built_uf2, uf2)):  # the .uf2 last: it marks the pair complete
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.{os.getpid()}")
        shutil.copyfile(src, tmp)
        os.replace(tmp, dest)
    _publish(uf2)
    return Image(uf2, elf, key, False, took)


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def _publish(uf2: Path) -> None:
    # build/pico/firmware.uf2: the image of the tree as it is, under the name the README gives
    dest = build_dir() / "firmware.uf2"
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}")
    shutil.copyfile(uf2, tmp)
    os.replace(tmp, dest)


# --- the runner's npm packages -------------------------------------------------------------------------


def runner_modules() -> Path:
    """The node_modules dir holding rp2040js for the runner: `npm ci` of the committed lock, once per lock."""
    check_tools()
    lock = pico_dir() / "package-lock.json"
    key = hashlib.sha256(lock.read_bytes() + (pico_dir() / "package.json").read_bytes()).hexdigest()[:KEY_LEN]
    base = build_dir() / "node" / key
    modules = base / "node_modules"
    if (modules / "rp2040js" / "package.json").is_file():
        return modules
    shutil.rmtree(base, ignore_errors=True)
    tmp = base.with_name(f".{key}.{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(pico_dir() / name, tmp / name)
    log = build_dir() / "npm.log"
    try:
        run = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=tmp,
            capture_output=True,
            text=True,
            timeout=NPM_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        shutil.rmtree(tmp, ignore_errors=True)
        raise PicoBuildError(f"npm ci for the Pico runner took over {NPM_TIMEOUT_S} s") from None
    except OSError as e:
        raise PicoBuildError(f"cannot run npm: {e.strerror or e}") from None
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(run.stdout + run.stderr)
    if run.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        lines = [ln for ln in (run.stderr or run.stdout).splitlines() if ln.strip()]
        raise PicoBuildError(
            f"npm ci for the Pico runner failed: {lines[0] if lines else 'no output'} (log: {log})"
        )
    os.replace(tmp, base)
    return modules


def main(argv: list[str] | None = None) -> int:
    """`python -m orbitrig.host.boards.pico_build`: build (or find) picotool, the image and the runner.

    ``--missing`` prints the missing Debian packages (nothing when all are there), for `make`'s
    installer. ``--if-tools`` builds only where the packages are: elsewhere it says in one line what
    to install and exits 0, so the Pico's tests report themselves skipped, except under CI (CI=true),
    where a missing package fails the run. ``--picotool`` builds picotool alone.
    """
    import argparse
    import sys

    parser = argparse.ArgumentParser(prog="python -m orbitrig.host.boards.pico_build")
    parser.add_argument("--missing", action="store_true", help="print the missing Debian packages")
    parser.add_argument("--if-tools", action="store_true", help="skip (exit 0) when packages are missing")
    parser.add_argument("--picotool", action="store_true", help="build picotool only")
    args = parser.parse_args(argv)
    if args.missing:
        print(" ".join(missing_tools()))
        return 0
    missing = missing_tools()
    if missing and args.if_tools:
        line = f"emulated Pico: skipped, needs {', '.join(missing)}: {install_hint(missing)}"
        if os.environ.get("CI") == "true":
            print(f"orbitrig pico build: {line} (CI must have them)", file=sys.stderr)
            return 1
        print(line)
        return 0
    try:
        if args.picotool:
            check_tools()
            package, took = build_picotool()
            print(f"picotool {package / 'picotool'} ({f'built in {took:.1f} s' if took else 'cached'})")
            return 0
        image = build_image()
        runner_modules()
    except PicoBuildError as e:
        print(f"orbitrig pico build: {e}", file=sys.stderr)
        return 2 if isinstance(e, ToolchainMissing) else 1
    how = "cached" if image.cached else f"built in {image.build_s:.1f} s"
    print(f"Pico image {image.uf2} ({how}); drag {build_dir() / 'firmware.uf2'} onto a Pico in BOOTSEL mode")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
