"""Flashing, piece by piece: build ids, arch selection, manifest diffing, boot.py under power cuts,
and the board checks against a scripted raw REPL."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from orbitrig.host.boards.emulator import find_micropython
from orbitrig.host.deploy import build as buildmod
from orbitrig.host.deploy import flash as flashmod
from orbitrig.host.deploy.build import Build, BuildError, MpyInfo, build_firmware, content_hash, make_build_id
from orbitrig.host.deploy.firmware import firmware_dir
from orbitrig.host.deploy.flash import (
    IncompatibleBoard,
    flash_board,
    leftover_flat_files,
    plan_update,
    staging_need,
)

# --- build ids ---------------------------------------------------------------------------------


def test_build_id_is_content_hash_plus_describe() -> None:
    assert make_build_id("a1b2c3d4e5f6", "g1234abc") == "a1b2c3d4e5f6+g1234abc"
    assert make_build_id("a1b2c3d4e5f6", None) == "a1b2c3d4e5f6"
    long = make_build_id("a1b2c3d4e5f6", "v1.2.3-456-g1234abcd-dirty")
    assert len(long) == 32 and long.startswith("a1b2c3d4e5f6+v1.2.3")


def test_content_hash_depends_on_names_and_bytes_not_order() -> None:
    a = {"x.mpy": b"1", "y.mpy": b"2"}
    assert content_hash(a) == content_hash(dict(reversed(a.items())))
    assert content_hash(a) != content_hash({"x.mpy": b"1", "y.mpy": b"3"})
    assert content_hash(a) != content_hash({"x.mpy": b"1", "z.mpy": b"2"})
    assert len(content_hash(a)) == 12


def test_content_hash_of_known_digests_is_the_same() -> None:
    a = {"x.mpy": b"1", "y.mpy": b"2"}
    assert content_hash(a) == "bff2e3b61da8"  # boards in the field report ids made this way
    assert content_hash(a, {n: buildmod.sha256_hex(d) for n, d in a.items()}) == "bff2e3b61da8"


def test_git_describe_of_the_firmware_tree(tmp_path: Path) -> None:
    described = buildmod.git_describe(firmware_dir())
    if described is None:
        pytest.skip("not a git checkout")
    assert described.startswith("g") or described[0].isalnum()
    assert buildmod.git_describe(tmp_path) is None  # outside git: the id is the content hash alone


def test_build_is_reproducible_and_fits_hello() -> None:
    a = build_firmware("sim", "x64")
    b = build_firmware("sim", "x64")
    assert a.build_id == b.build_id and a.files == b.files
    assert len(a.build_id) <= 32
    assert a.build_id.split("+")[0] == content_hash(a.files)  # hashed from the files themselves
    assert a.digests == {n: buildmod.sha256_hex(d) for n, d in a.files.items()}
    assert sorted(a.root) == ["boot.py", "main.py"]
    assert all(n.endswith(".mpy") for n in a.app) and "hal_sim.mpy" in a.app
    assert a.root["main.py"] == (firmware_dir() / "main.py").read_bytes()  # stays source


def test_one_changed_source_changes_one_compiled_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    before = build_firmware("sim", "x64")
    tree = tmp_path / "fw"
    shutil.copytree(firmware_dir(), tree, ignore=shutil.ignore_patterns("__pycache__"))
    with open(tree / "orbitfw" / "clock.py", "a") as f:
        f.write("FLASH_TEST_MARK = 1\n")
    monkeypatch.setenv("ORBITRIG_FIRMWARE_DIR", str(tree))
    after = build_firmware("sim", "x64")
    changed = [n for n in after.files if after.files[n] != before.files.get(n)]
    assert changed == ["orbitfw/clock.mpy"]
    assert after.build_id != before.build_id and "+" not in after.build_id  # no git there


# --- mpy version and arch ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sys_mpy, arch",
    [
        (0xB06, "x64"),  # the unix port on x86-64 (the emulated board)
        ((4 << 10) | (3 << 8) | 6, "armv6m"),  # rp2
        ((10 << 10) | (3 << 8) | 6, "xtensawin"),  # esp32
        ((11 << 10) | (3 << 8) | 6, "rv32imc"),  # esp32-c3
        (6, None),  # no native emitter
    ],
)
def test_arch_from_sys_mpy(sys_mpy: int, arch: str | None) -> None:
    info = MpyInfo.decode(sys_mpy)
    assert info.arch == arch and info.version == 6


@pytest.mark.parametrize(
    "board, arch, header_byte", [("sim", "x64", 0x0B), ("rp2", "armv6m", 0x13), ("esp32", "xtensawin", 0x2B)]
)
def test_compiled_for_the_board_arch(board: str, arch: str, header_byte: int) -> None:
    b = build_firmware(board, arch)
    link = b.files["orbitfw/link.mpy"]  # viper code: the header names the arch
    assert link[:2] == b"M\x06" and link[2] == header_byte
    assert f"hal_{board}.mpy" in b.files
    others = {"sim", "rp2", "esp32"} - {board}
    assert not any(f"hal_{o}.mpy" in b.files for o in others)


def test_mpy_cross_version() -> None:
    banner, ver, sub = buildmod.mpy_cross_version()
    assert (ver, sub) == (6, 3) and "MicroPython" in banner


@pytest.mark.parametrize(
    "error, message",
    [
        (
            subprocess.TimeoutExpired(["mpy-cross"], 60),
            r"^m\.py: mpy-cross -march=x64 did not finish within 60 s$",
        ),
        (PermissionError(13, "Permission denied"), r"^m\.py: cannot run mpy-cross: Permission denied$"),
    ],
)
def test_mpy_cross_failures_are_build_errors(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, error: BaseException, message: str
) -> None:
    buildmod.mpy_cross_version()  # cached now: only the compile itself fails
    monkeypatch.setenv("ORBITRIG_CACHE_DIR", str(tmp_path))  # nothing cached: mpy-cross has to run

    def run(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(buildmod.subprocess, "run", run)
    with pytest.raises(BuildError, match=message):
        buildmod.compile_module(b"x = 1\n", "m.py", "x64")


# --- plans -------------------------------------------------------------------------------------


def _build(files: dict[str, bytes], bid: str = "new") -> Build:
    return Build("sim", "x64", files, bid, {n: buildmod.sha256_hex(d) for n, d in files.items()})


def _inv(app: dict[str, bytes] | None, new: dict[str, bytes] | None = None, **kw: object) -> dict:
    def listing(files: dict[str, bytes] | None) -> dict | None:
        if files is None:
            return None
        return {n: (buildmod.sha256_hex(d), len(d)) for n, d in files.items()}

    out = {"app": listing(app), "new": listing(new), "root": {}, "ready": app is not None, "build": "old"}
    out.update(kw)
    return out


def test_plan_sends_only_what_differs() -> None:
    b = _build({"a.mpy": b"A", "lib/b.mpy": b"B2", "c.mpy": b"C", "main.py": b"m"})
    inv = _inv({"a.mpy": b"A", "lib/b.mpy": b"B1", "BUILD": b"old", "READY": b"old"}, root={"main.py": "x"})
    p = plan_update(b, inv)
    assert p.send == ["c.mpy", "lib/b.mpy"]
    assert p.copy == ["a.mpy"] and p.keep == [] and p.remove == []
    assert p.dirs == ["lib"] and p.root == ["main.py"] and not p.up_to_date


def test_plan_resumes_an_interrupted_staging() -> None:
    b = _build({"a.mpy": b"A", "b.mpy": b"B", "c.mpy": b"C"})
    inv = _inv({"a.mpy": b"A"}, new={"b.mpy": b"B", "c.mpy": b"half", "gone.mpy": b"x", "READY": b""})
    p = plan_update(b, inv)
    assert p.keep == ["b.mpy"] and p.copy == ["a.mpy"] and p.send == ["c.mpy"]
    assert p.remove == ["gone.mpy"]  # c.mpy is overwritten, READY is the board's own


def test_plan_up_to_date() -> None:
    files = {"a.mpy": b"A", "boot.py": b"b"}
    b = _build(files, "same")
    inv = _inv({"a.mpy": b"A", "BUILD": b"same"}, build="same", root={"boot.py": buildmod.sha256_hex(b"b")})
    assert plan_update(b, inv).up_to_date
    inv["build"] = "other"
    assert not plan_update(b, inv).up_to_date  # same files under another id still switch


def test_plan_on_a_blank_board() -> None:
    b = _build({"a.mpy": b"A", "boot.py": b"b"})
    p = plan_update(b, {"app": None, "new": None, "root": {}, "ready": False, "build": None})
    assert p.send == ["a.mpy"] and p.root == ["boot.py"] and not p.copy


def test_staging_need_counts_blocks() -> None:
    b = _build({"a.mpy": b"A" * 5000, "b.mpy": b"B" * 10, "x/c.mpy": b"C"})
    p = plan_update(b, _inv({"b.mpy": b"B" * 10}))
    # a: 2 blocks, c: 1, b copied: 1; dirs app.new + x: 4; slack 2
    assert staging_need(b, p, 4096) == (2 + 1 + 1 + 4 + 2) * 4096
    assert staging_need(b, p, 0) == 0


def test_leftovers_of_a_flat_install() -> None:
    b = _build({"orbitfw/loop.mpy": b"", "hal_sim.mpy": b""})
    assert leftover_flat_files(b) == ["hal_sim.mpy", "hal_sim.py", "orbitfw/loop.mpy", "orbitfw/loop.py"]


# --- boot.py under power cuts, on the MicroPython VM -------------------------------------------

# Runs boot.py with os and open wrapped so that the k-th change to the flash (rename, remove,
# rmdir, mkdir, a write) never happens: the power went at that moment. Prints what boot.py chose.
BOOT_HARNESS = r"""
import sys
import os as _os

cut = int(sys.argv[2])
count = [0]

class Cut(BaseException):
    pass

def _change():
    count[0] += 1
    if count[0] == cut:
        raise Cut()

class _Os:
    def __getattr__(self, name):
        return getattr(_os, name)
    def rename(self, a, b):
        _change(); _os.rename(a, b)
    def remove(self, p):
        _change(); _os.remove(p)
    def rmdir(self, p):
        _change(); _os.rmdir(p)
    def mkdir(self, p):
        _change(); _os.mkdir(p)

def _open(p, mode="r"):
    if "w" in mode:
        _change()
    return open(p, mode)

sys.modules["os"] = _Os()
g = {"__name__": "__main__", "open": _open}
with open(sys.argv[1]) as f:
    code = compile(f.read(), "boot.py", "exec")
try:
    exec(code, g)
    done = True
except Cut:
    done = False
sys.modules.pop("os")
app = g.get("ORBITRIG_APP")
print(repr((done, count[0], app)))
"""


def _make_build(d: Path, name: str) -> None:
    for i in range(3):
        (d / "orbitfw").mkdir(parents=True, exist_ok=True)
        (d / "orbitfw" / f"m{i}.mpy").write_text(name)
    (d / "BUILD").write_text(name)
    (d / "READY").write_text(name)


def _running(root: Path, app: str | None) -> str | None:
    """The build the board would run: a complete one, or None."""
    if app is None:
        return None
    if app == "":
        return "flat"
    d = Path(app)
    assert (d / "READY").exists(), f"{d} runs without READY"
    name = (d / "BUILD").read_text()
    assert all((d / "orbitfw" / f"m{i}.mpy").read_text() == name for i in range(3)), f"{d} is incomplete"
    assert (root / "BUILD").read_text() == name  # what HELLO reports
    return name


class BootHarness:
    def __init__(self, tmp: Path) -> None:
        mp = find_micropython()
        if mp is None:
            pytest.skip("micropython is not installed")
        self.mp = mp
        self.script = tmp / "harness.py"
        self.script.write_text(BOOT_HARNESS)
        self.boot = firmware_dir() / "boot.py"

    def boot_once(self, root: Path, cut: int = 0) -> tuple[bool, int, str | None]:
        run = subprocess.run(
            [self.mp, str(self.script), str(self.boot), str(cut)], cwd=root, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stdout + run.stderr
        done, count, app = ast.literal_eval(run.stdout.strip().splitlines()[-1])
        return done, count, app


@pytest.fixture
def harness(tmp_path: Path) -> BootHarness:
    return BootHarness(tmp_path)


def _scenario(root: Path, kind: str) -> None:
    if kind == "switch":  # the host staged and verified B next to A
        _make_build(root / "app", "A")
        (root / "BUILD").write_text("A")
        _make_build(root / "app.new", "B")
    elif kind == "switch-over-unconfirmed":  # B on trial, A kept, C arrives
        _make_build(root / "app.old", "A")
        _make_build(root / "app", "B")
        (root / "app.trial").write_text("B 0")
        _make_build(root / "app.new", "C")
    elif kind == "rollback":  # B booted once and was never confirmed
        _make_build(root / "app.old", "A")
        _make_build(root / "app", "B")
        (root / "BUILD").write_text("B")
        (root / "app.trial").write_text("B 1")
    elif kind == "rollback-to-flat":  # first flash over a source install, never confirmed
        (root / "orbitfw").mkdir()
        _make_build(root / "app", "B")
        (root / "BUILD").write_text("B")
        (root / "app.trial").write_text("B 1")
    elif kind == "first-flash":  # a blank board with its first build staged
        _make_build(root / "app.new", "A")


ALLOWED = {
    "switch": {"A", "B"},
    "switch-over-unconfirmed": {"A", "B", "C"},
    "rollback": {"A"},
    "rollback-to-flat": {"flat"},
    "first-flash": {"A"},
}


@pytest.mark.parametrize("kind", sorted(ALLOWED))
def test_boot_py_survives_a_power_cut_at_every_step(harness: BootHarness, tmp_path: Path, kind: str) -> None:
    cut = 1
    while True:
        root = tmp_path / f"{kind}-{cut}"
        root.mkdir()
        _scenario(root, kind)
        done, _, _ = harness.boot_once(root, cut)
        _, _, app = harness.boot_once(root)  # the next power-on, uninterrupted
        got = _running(root, app)
        assert got in ALLOWED[kind], f"power cut at change {cut}: runs {got}"
        assert not (root / "app.bad").exists()
        if done:
            break
        cut += 1
    assert cut > 2  # the scenario did change the flash


def test_an_unconfirmed_build_gets_one_boot(harness: BootHarness, tmp_path: Path) -> None:
    _scenario(tmp_path, "switch")
    assert _running(tmp_path, harness.boot_once(tmp_path)[2]) == "B"  # the switch boot
    assert (tmp_path / "app.trial").read_text() == "B 1"
    assert _running(tmp_path, harness.boot_once(tmp_path)[2]) == "A"  # never confirmed: back
    assert not (tmp_path / "app.trial").exists() and not (tmp_path / "app.old").exists()


def test_a_confirmed_build_stays(harness: BootHarness, tmp_path: Path) -> None:
    _scenario(tmp_path, "switch")
    harness.boot_once(tmp_path)
    (tmp_path / "app.trial").unlink()  # what the host does after HELLO
    for _ in range(3):
        assert _running(tmp_path, harness.boot_once(tmp_path)[2]) == "B"


def test_half_staged_build_is_ignored(harness: BootHarness, tmp_path: Path) -> None:
    _make_build(tmp_path / "app", "A")
    _make_build(tmp_path / "app.new", "B")
    (tmp_path / "app.new" / "READY").unlink()
    (tmp_path / "app.new" / "orbitfw" / "m2.mpy").write_text("half")
    assert _running(tmp_path, harness.boot_once(tmp_path)[2]) == "A"
    assert (tmp_path / "app.new").exists()  # left for the next flash to resume


def test_blank_and_flat_boards(harness: BootHarness, tmp_path: Path) -> None:
    assert harness.boot_once(tmp_path)[2] is None
    (tmp_path / "orbitfw").mkdir()
    assert harness.boot_once(tmp_path)[2] == ""


# --- the board checks, against a scripted raw REPL ---------------------------------------------


class FakeRawRepl(threading.Thread):
    """A pty peer that speaks just enough raw REPL (no raw-paste) to answer the probe."""

    def __init__(self, answer: tuple) -> None:
        super().__init__(daemon=True)
        self.master, self.slave = os.openpty()
        import tty

        tty.setraw(self.slave)
        self.port = os.ttyname(self.slave)
        self.answer = answer
        self.stop = False

    def run(self) -> None:
        import select

        buf = b""
        while not self.stop:
            if not select.select([self.master], [], [], 0.05)[0]:
                continue
            try:
                data = os.read(self.master, 4096)
            except OSError:
                return
            buf += data
            if b"\x05A\x01" in buf:
                os.write(self.master, b"R\x00")  # raw-paste: understood, not supported
                buf = buf.replace(b"\x05A\x01", b"")
            if b"\x01" in buf:
                os.write(self.master, b"raw REPL; CTRL-B to exit\r\n>")
                buf = buf[buf.rindex(b"\x01") + 1 :]
            if b"\x04" in buf:
                os.write(self.master, b"OK" + repr(self.answer).encode() + b"\r\n\x04\x04>")
                buf = buf[buf.index(b"\x04") + 1 :]

    def close(self) -> None:
        self.stop = True
        self.join(1)
        os.close(self.master)
        os.close(self.slave)


@pytest.fixture
def fake_repl() -> Iterator[Callable[[tuple], FakeRawRepl]]:
    made: list[FakeRawRepl] = []

    def make(answer: tuple) -> FakeRawRepl:
        peer = FakeRawRepl(answer)
        peer.start()
        made.append(peer)
        return peer

    yield make
    for peer in made:
        peer.close()


@pytest.mark.timeout(30)
def test_refuses_an_older_mpy(fake_repl: Callable[[tuple], FakeRawRepl]) -> None:
    peer = fake_repl(("micropython", (1, 22, 2), (4 << 10) | (2 << 8) | 6, "rp2", (4096, 352, 300), False))
    with pytest.raises(
        IncompatibleBoard, match=r"loads mpy v6.2 \(MicroPython 1.22.2\), mpy-cross writes mpy v6.3"
    ):
        flash_board(peer.port, timeout=1.0)


@pytest.mark.timeout(30)
def test_refuses_a_python_that_is_not_micropython(fake_repl: Callable[[tuple], FakeRawRepl]) -> None:
    peer = fake_repl(("circuitpython", (9, 0, 0), 6, "rp2", (4096, 352, 300), False))
    with pytest.raises(IncompatibleBoard, match="runs circuitpython 9.0.0, not MicroPython"):
        flash_board(peer.port, timeout=1.0)


@pytest.mark.timeout(30)
def test_refuses_an_unknown_platform(fake_repl: Callable[[tuple], FakeRawRepl]) -> None:
    peer = fake_repl(("micropython", (1, 29, 0), (5 << 10) | (3 << 8) | 6, "pyboard", (512, 100, 50), False))
    with pytest.raises(IncompatibleBoard, match="no orbitrig HAL .* 'pyboard'"):
        flash_board(peer.port, timeout=1.0)


class _Session:
    """A FlashSession that stopped a running firmware and holds the board at its REPL."""

    made: list[_Session] = []

    def __init__(self, port: str, timeout: float, say: Callable[[str], None]) -> None:
        self.restore = True
        self.in_repl = True
        self.resets = 0
        self.closed = False
        self.made.append(self)

    def soft_reset(self) -> None:
        self.resets += 1
        self.restore = self.in_repl = False

    def close(self) -> None:
        self.closed = True


@pytest.mark.parametrize(
    "error",
    [
        BuildError("m.py: mpy-cross -march=x64 did not finish within 60 s"),
        KeyboardInterrupt(),
        subprocess.TimeoutExpired(["mpy-cross"], 60),
    ],
    ids=["BuildError", "KeyboardInterrupt", "TimeoutExpired"],
)
def test_any_failure_before_the_switch_restarts_the_old_build(
    monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    def run(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(_Session, "made", [])
    monkeypatch.setattr(flashmod, "FlashSession", _Session)
    monkeypatch.setattr(flashmod, "_run", run)
    with pytest.raises(type(error)) as raised:
        flash_board("/dev/null")
    assert raised.value is error  # re-raised as it was
    (session,) = _Session.made
    assert session.resets == 1 and session.closed


def test_report_is_json() -> None:
    from orbitrig.host.deploy.flash import FlashReport

    r = FlashReport("/dev/pts/1", old_build="a", new_build="b", sent=["x.mpy"], bytes_sent=3)
    assert json.loads(json.dumps(r.to_dict()))["sent"] == ["x.mpy"]
