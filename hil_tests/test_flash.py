"""`orbitrig flash` on a board: blank boards, incremental updates, a flash killed anywhere, a
full flash, peers that are not MicroPython, rollback, safe mode, and mpremote on the emulated board.

Each test that needs a blank, full or power-cycled board starts its own emulated one; on real
hardware (--board PORT) those are skipped and the others flash the board under test."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import serial

from orbitrig.host.boards.emulator import FLASH_IMAGE, Emulator
from orbitrig.host.deploy.build import build_firmware
from orbitrig.host.deploy.firmware import firmware_dir, firmware_tree, install_build, install_sources
from orbitrig.host.deploy.flash import KILL_ENV, KILL_POINTS
from orbitrig.host.errors import RigError
from orbitrig.host.rig import Rig
from orbitrig.host.testing.pytest_plugin import BoardUnderTest

ORBITRIG = [sys.executable, "-m", "orbitrig.host.cli"]
MPREMOTE = [sys.executable, "-m", "mpremote"]


@dataclass(frozen=True)
class Variant:
    """A firmware tree (ORBITRIG_FIRMWARE_DIR) and the id its sim/x64 build gets."""

    path: Path
    build_id: str

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "ORBITRIG_FIRMWARE_DIR": str(self.path)}


def _variant(root: Path, name: str, edits: dict[str, str]) -> Variant:
    path = root / name
    shutil.copytree(firmware_dir(), path, ignore=shutil.ignore_patterns("__pycache__"))
    for rel, line in edits.items():
        with open(path / rel, "a") as f:
            f.write(line + "\n")
    v = Variant(path, "")
    with firmware_tree(v.path):
        return Variant(path, build_firmware("sim", "x64").build_id)


@pytest.fixture(scope="module")
def variants(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Variant]:
    """A: the firmware; B: motion.py, clock.py and main.py changed; C: only clock.py changed
    from A; BROKEN: A whose loop raises at import; ALL: every file changed."""
    root = tmp_path_factory.mktemp("firmware-variants")
    out = {
        "A": _variant(root, "A", {}),
        "B": _variant(
            root,
            "B",
            {
                "orbitfw/motion.py": "FLASH_TEST_VARIANT = 'B'",
                "orbitfw/clock.py": "FLASH_TEST_VARIANT = 'B'",
                "main.py": "# variant B",
            },
        ),
        "C": _variant(root, "C", {"orbitfw/clock.py": "FLASH_TEST_VARIANT = 'C'"}),
        "BROKEN": _variant(root, "BROKEN", {"orbitfw/loop.py": "raise RuntimeError('a broken build')"}),
        # every file differs from A's (and B's): nothing of it can be kept for another build
        "ALL": _variant(
            root,
            "ALL",
            {
                str(p.relative_to(firmware_dir())): "FLASH_TEST_VARIANT = 'ALL'"
                for p in firmware_dir().rglob("*.py")
                if "ports" not in p.parts and "__pycache__" not in p.parts
            },
        ),
    }
    assert len({v.build_id for v in out.values()}) == len(out)
    return out


@pytest.fixture
def emulated(request: pytest.FixtureRequest) -> Callable[..., Emulator]:
    """Factory: a started emulated board, blank or with a variant installed; stopped at teardown."""
    if request.config.getoption("--board") != "emulated":
        pytest.skip("needs an emulated board")

    def make(
        variant: Variant | None = None,
        *,
        flash_size: str | None = None,
        safe_mode: bool = False,
        flat: bool = False,
    ) -> Emulator:
        emu = Emulator(flash_size=flash_size, safe_mode=safe_mode)
        request.addfinalizer(emu.stop)
        if variant is not None:
            with firmware_tree(variant.path):
                (install_sources if flat else install_build)(Path(emu.flash_dir))
        emu.start(wait_link=variant is not None and not safe_mode)
        return emu

    return make


def run(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*ORBITRIG, *args], capture_output=True, text=True, env=env, timeout=timeout)


def one_line_error(p: subprocess.CompletedProcess[str]) -> str:
    assert p.returncode != 0, p.stdout
    assert "Traceback" not in p.stderr and "Traceback" not in p.stdout
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1, p.stderr
    return lines[0]


def hello_id(port: str, timeout: float = 10.0) -> str:
    """The build id the board reports in HELLO, waiting for it to boot."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with Rig.connect(port, timeout=0.5, log=False) as rig:
                return rig.hello(check=False).build_id
        except RigError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def flash(port: str, variant: Variant, *extra: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return run("flash", "--port", port, *extra, env=variant.env, timeout=timeout)


# --- flashing -----------------------------------------------------------------------------------


@pytest.mark.timeout(90)
def test_flash_a_blank_board_then_hello_reports_the_build(
    variants: dict[str, Variant], emulated: Callable[..., Emulator]
) -> None:
    port = emulated().port  # holds no firmware at all
    p = flash(port, variants["A"])
    assert p.returncode == 0, p.stderr
    assert f"build    none -> {variants['A'].build_id}" in p.stdout
    assert re.search(r"^flashed  \S+: booted, answered HELLO, confirmed", p.stdout, re.M)
    assert hello_id(port) == variants["A"].build_id
    info = run("info", "--port", port)
    assert f"build {variants['A'].build_id}" in info.stdout


@pytest.mark.timeout(90)
def test_reflash_sends_only_the_changed_file(
    variants: dict[str, Variant], emulated: Callable[..., Emulator]
) -> None:
    emu = emulated(variants["A"])
    p = flash(emu.port, variants["C"], "--json")
    assert p.returncode == 0, p.stderr
    report = json.loads(p.stdout)
    with firmware_tree(variants["C"].path):
        build = build_firmware("sim", "x64")
    assert report["old_build"] == variants["A"].build_id and report["new_build"] == variants["C"].build_id
    assert report["sent"] == ["orbitfw/clock.mpy"] and report["root_sent"] == []
    assert report["bytes_sent"] == len(build.files["orbitfw/clock.mpy"])
    assert sorted(report["copied"]) == sorted(n for n in build.app if n != "orbitfw/clock.mpy")
    assert hello_id(emu.port) == variants["C"].build_id
    # the previous build is gone once the new one is confirmed; nothing is staged
    assert sorted(p.name for p in emu.flash_dir.iterdir()) == ["BUILD", "app", "boot.py", "main.py"]
    again = flash(emu.port, variants["C"])
    assert again.returncode == 0 and "up to date" in again.stdout


@pytest.mark.timeout(60)
@pytest.mark.parametrize("left", ["IDLE", "ESTOP"])
def test_flash_over_a_source_install_of_a_live_board(
    variants: dict[str, Variant], emulated: Callable[..., Emulator], left: str
) -> None:
    emu = emulated(variants["A"], flat=True)  # the test suite's board: sources copied into the root
    with Rig.connect(emu.port, timeout=2.0, log=False) as rig:
        rig.arm()  # the flash disarms an armed board before asking for the REPL
        if left == "ESTOP":
            rig.estop()  # a latched board hands over its port as it is
        assert rig.status().state == left
    p = flash(emu.port, variants["C"])
    assert p.returncode == 0, p.stderr
    assert ("disarming the board to flash it" in p.stdout) == (left == "IDLE")
    assert f"build    unversioned -> {variants['C'].build_id}" in p.stdout
    assert hello_id(emu.port) == variants["C"].build_id
    assert not (emu.flash_dir / "orbitfw").exists() and not (emu.flash_dir / "hal_sim.py").exists()


@pytest.mark.timeout(60)
def test_dry_run_sends_nothing(variants: dict[str, Variant], emulated: Callable[..., Emulator]) -> None:
    emu = emulated(variants["A"])
    before = {p: p.read_bytes() for p in emu.flash_dir.rglob("*") if p.is_file()}
    p = flash(emu.port, variants["B"], "--dry-run")
    assert p.returncode == 0, p.stderr
    assert "would send main.py" in p.stdout and "would send orbitfw/motion.mpy" in p.stdout
    assert "dry run: nothing sent" in p.stdout
    assert hello_id(emu.port) == variants["A"].build_id  # back to running its firmware
    after = {p: p.read_bytes() for p in emu.flash_dir.rglob("*") if p.is_file() and p.name != "config.json"}
    assert after == {k: v for k, v in before.items() if k.name != "config.json"}


@pytest.mark.timeout(60)
def test_a_build_that_crashes_is_rolled_back(
    variants: dict[str, Variant], emulated: Callable[..., Emulator]
) -> None:
    emu = emulated(variants["A"])
    p = flash(emu.port, variants["BROKEN"], "--boot-timeout", "5")
    line = one_line_error(p)
    assert f"build {variants['BROKEN'].build_id} stopped at the REPL" in line
    assert f"rolled back, the board runs {variants['A'].build_id} again" in line
    assert p.returncode == 8
    assert hello_id(emu.port) == variants["A"].build_id
    emu.power_cycle()
    assert hello_id(emu.port) == variants["A"].build_id


@pytest.mark.timeout(170)
def test_a_flash_killed_anywhere_leaves_a_bootable_board(
    variants: dict[str, Variant], emulated: Callable[..., Emulator]
) -> None:
    a, b = variants["A"], variants["B"]
    emu = emulated(a)
    current = a.build_id
    rng = random.Random(1234)
    points = [p for p in KILL_POINTS] + ["send:1000", "send:9000"]
    timings = [rng.uniform(0.3, 1.2) for _ in range(3)]
    outcomes = []
    for point in [*points, *(f"random:{t:.2f}" for t in timings)]:
        target = b if current == a.build_id else a
        cmd = [*ORBITRIG, "flash", "--port", emu.port]
        if point.startswith("random:"):
            proc = subprocess.Popen(cmd, env=target.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(float(point.split(":")[1]))
            proc.kill()
            proc.wait(30)
        else:
            done = subprocess.run(
                cmd, env={**target.env, KILL_ENV: point}, capture_output=True, text=True, timeout=60
            )
            assert done.returncode == -9, f"{point}: not reached ({done.returncode}): {done.stderr}"
        emu.power_cycle()
        current = hello_id(emu.port)
        assert current in (a.build_id, b.build_id), f"killed at {point}: the board runs {current}"
        outcomes.append((point, "new" if current == target.build_id else "old"))
    print(outcomes)
    assert {o for _, o in outcomes} == {"old", "new"}
    target = b if current == a.build_id else a
    final = flash(emu.port, target)
    assert final.returncode == 0, final.stderr
    assert hello_id(emu.port) == target.build_id


@pytest.mark.timeout(60)
def test_leftovers_of_flashes_cut_short_are_cleaned_up(
    variants: dict[str, Variant], emulated: Callable[..., Emulator]
) -> None:
    a, c = variants["A"], variants["C"]
    emu = emulated(a)
    # C verified in app.new, no reboot yet: flashing A again must not leave C to the next boot
    cut = subprocess.run([*ORBITRIG, "flash", "--port", emu.port], env={**c.env, KILL_ENV: "verified"})
    assert cut.returncode == -9 and (emu.flash_dir / "app.new" / "READY").exists()
    p = flash(emu.port, a)
    assert p.returncode == 0 and "up to date" in p.stdout and "dropped the build" in p.stdout, p.stderr
    assert not (emu.flash_dir / "app.new").exists()
    assert hello_id(emu.port) == a.build_id  # running again, no power cycle needed
    emu.power_cycle()
    assert hello_id(emu.port) == a.build_id
    # C confirmed but A not deleted yet: the next flash deletes it before it counts free space
    cut = subprocess.run([*ORBITRIG, "flash", "--port", emu.port], env={**c.env, KILL_ENV: "confirm"})
    assert cut.returncode == -9 and (emu.flash_dir / "app.old").exists()
    p = flash(emu.port, a)
    assert p.returncode == 0, p.stderr
    assert hello_id(emu.port) == a.build_id
    assert sorted(p.name for p in emu.flash_dir.iterdir()) == ["BUILD", "app", "boot.py", "main.py"]


@pytest.mark.timeout(120)
def test_a_partial_staging_left_behind_does_not_refuse_the_next_flash(
    variants: dict[str, Variant], emulated: Callable[..., Emulator]
) -> None:
    # 300 KiB of flash: room for A and one staged build, not for a half-staged one as well.
    # The files that a flash of ALL cut short left in app.new are of no use to B: they are
    # deleted before the room is counted, not counted against it.
    a, b, every = variants["A"], variants["B"], variants["ALL"]
    emu = emulated(a, flash_size="300K")
    cut = subprocess.run([*ORBITRIG, "flash", "--port", emu.port], env={**every.env, KILL_ENV: "send:60000"})
    assert cut.returncode == -9 and (emu.flash_dir / FLASH_IMAGE).exists()
    emu.power_cycle()
    assert hello_id(emu.port) == a.build_id
    dry = flash(emu.port, b, "--dry-run")
    assert dry.returncode == 0 and "no room" not in dry.stdout, dry.stdout
    p = flash(emu.port, b)
    assert p.returncode == 0, p.stderr
    assert hello_id(emu.port) == b.build_id


@pytest.mark.timeout(60)
def test_an_up_to_date_flash_deletes_a_previous_build_left_behind(
    variants: dict[str, Variant], emulated: Callable[..., Emulator]
) -> None:
    a, c = variants["A"], variants["C"]
    emu = emulated(a)
    # C confirmed, A's build not deleted yet: C is up to date, and A's copy is garbage
    cut = subprocess.run([*ORBITRIG, "flash", "--port", emu.port], env={**c.env, KILL_ENV: "confirm"})
    assert cut.returncode == -9 and (emu.flash_dir / "app.old").exists()
    p = flash(emu.port, c)
    assert p.returncode == 0 and "up to date" in p.stdout, p.stderr
    assert not (emu.flash_dir / "app.old").exists()
    assert hello_id(emu.port) == c.build_id


@pytest.mark.timeout(120)
@pytest.mark.parametrize("point", ["handoff", "staged", "verified", "switch", "trial", "confirm"])
def test_a_board_that_vanishes_mid_flash_is_one_line_and_exit_7(
    variants: dict[str, Variant],
    emulated: Callable[..., Emulator],
    point: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The cable comes out (the emulated board stops) at each step, the switch and the
    # confirmation included: the user gets one line saying the board went away, exit 7.
    from orbitrig.host.cli.main import main as cli_main
    from orbitrig.host.deploy import flash as flashmod

    emu = emulated(variants["A"])
    step = flashmod.FlashSession.checkpoint

    def vanish(self: flashmod.FlashSession, name: str) -> None:
        if name == point:
            emu.stop()
        step(self, name)

    monkeypatch.setattr(flashmod.FlashSession, "checkpoint", vanish)
    with firmware_tree(variants["B"].path):
        code = cli_main(["flash", "--port", emu.port, "--json"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 7, err
    assert len(err) == 1 and err[0].startswith("orbitrig: "), err
    assert "lost" in err[0] and "internal error" not in err[0], err


@pytest.mark.timeout(60)
def test_a_full_board_is_refused_and_keeps_its_build(
    variants: dict[str, Variant], emulated: Callable[..., Emulator]
) -> None:
    emu = emulated(variants["A"], flash_size="128K")
    assert hello_id(emu.port) == variants["A"].build_id
    p = flash(emu.port, variants["B"])
    line = one_line_error(p)
    assert re.fullmatch(
        r"orbitrig: not enough room on the board: staging the build needs \d+ KiB, \d+ KiB free; "
        rf"the board still runs {re.escape(variants['A'].build_id)}",
        line,
    ), line
    assert p.returncode == 9
    assert hello_id(emu.port) == variants["A"].build_id  # running again, untouched
    emu.power_cycle()
    assert hello_id(emu.port) == variants["A"].build_id


@pytest.mark.timeout(60)
def test_a_flash_that_runs_out_of_room_midway_drops_its_staging(
    variants: dict[str, Variant], emulated: Callable[..., Emulator], monkeypatch: pytest.MonkeyPatch
) -> None:
    from orbitrig.host.deploy import flash as flashmod

    emu = emulated(variants["A"], flash_size="128K")
    monkeypatch.setattr(flashmod, "staging_need", lambda *a: 0)  # as if the room check had been wrong
    with firmware_tree(variants["B"].path), pytest.raises(flashmod.NoRoom) as e:
        flashmod.flash_board(emu.port, progress=False)
    assert "the board's flash filled up while" in str(e.value)
    assert f"app.new removed, the board still runs {variants['A'].build_id}" in str(e.value)
    assert hello_id(emu.port) == variants["A"].build_id  # rebooted into its firmware
    monkeypatch.undo()
    p = flash(emu.port, variants["B"], "--dry-run", "--json")
    assert p.returncode == 0, p.stderr
    report = json.loads(p.stdout)
    assert report["kept"] == [] and report["removed"] == []  # no staged file left behind
    assert hello_id(emu.port) == variants["A"].build_id


# --- failures before anything is written ---------------------------------------------------------


@pytest.mark.timeout(30)
def test_a_peer_that_is_not_micropython_is_refused_within_the_timeout() -> None:
    master, slave = os.openpty()  # a serial peer that never answers the raw REPL
    try:
        t0 = time.monotonic()
        p = run("flash", "--port", os.ttyname(slave), "--timeout", "1")
        elapsed = time.monotonic() - t0
        line = one_line_error(p)
        assert re.fullmatch(r"orbitrig: no MicroPython REPL answered on \S+ within 1 s: .*", line), line
        assert p.returncode == 4
        assert elapsed < 10
    finally:
        os.close(master)
        os.close(slave)


@pytest.mark.timeout(30)
def test_a_missing_or_busy_port(board: BoardUnderTest) -> None:
    p = run("flash", "--port", "/dev/ttyNOPE9")
    assert one_line_error(p) == "orbitrig: no such port: /dev/ttyNOPE9" and p.returncode == 2
    holder = serial.Serial(board.port, exclusive=True)
    try:
        p = run("flash", "--port", board.port)
        assert "port busy" in one_line_error(p) and p.returncode == 3
    finally:
        holder.close()


# --- the emulated board as a real one -------------------------------------------------------------


@pytest.mark.timeout(90)
def test_emulate_blank_with_a_littlefs_flash_then_flash_and_info(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if request.config.getoption("--board") != "emulated":
        pytest.skip("needs an emulated board")
    port_file = tmp_path / "port"
    emulate = subprocess.Popen(
        [*ORBITRIG, "emulate", "--blank", "--flash-size", "512K", "--flash", str(tmp_path / "flash"),
         "--port-file", str(port_file)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while not port_file.exists():
            assert emulate.poll() is None and time.monotonic() < deadline, emulate.stderr
            time.sleep(0.02)
        port = port_file.read_text().strip()
        ls = subprocess.run(
            [*MPREMOTE, "connect", port, "resume", "fs", "ls"], capture_output=True, text=True, timeout=30
        )
        assert ls.returncode == 0 and ls.stdout.strip().splitlines()[1:] == [], ls.stdout + ls.stderr
        p = run("flash", "--port", port, "--json")
        assert p.returncode == 0, p.stderr
        report = json.loads(p.stdout)
        assert report["free_bytes"] < 512 * 1024  # statvfs of the littlefs image, not the host disk
        info = run("info", "--port", port)
        assert f"build {report['new_build']}" in info.stdout
        assert (tmp_path / "flash" / "flash.img").stat().st_size == 512 * 1024
    finally:
        emulate.terminate()
        emulate.wait(10)


@pytest.mark.timeout(90)
def test_mpremote_works_against_the_emulated_board(tmp_path: Path, emulated: Callable[..., Emulator]) -> None:
    emu = emulated()  # blank: the REPL is free
    connect = [*MPREMOTE, "connect", emu.port]

    def mpremote(*args: str) -> str:
        done = subprocess.run([*connect, *args], capture_output=True, text=True, timeout=30)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    local = tmp_path / "note.txt"
    local.write_text("hello board")
    mpremote("resume", "fs", "cp", str(local), ":note.txt")
    assert (emu.flash_dir / "note.txt").read_text() == "hello board"
    assert "note.txt" in mpremote("resume", "fs", "ls")
    assert mpremote("resume", "exec", "print(6 * 7)").strip() == "42"
    assert mpremote("resume", "fs", "cat", ":note.txt").strip() == "hello board"
    port = emu.port
    mpremote("soft-reset")
    assert emu.stats()["restarts"] == 1 and emu.port == port
    out = mpremote("resume", "exec", "import os; print(os.getenv('ORBITRIG_RESET_CAUSE'))")
    assert out.strip() == "1"  # a soft reboot, on the same port path


@pytest.mark.timeout(90)
def test_safe_mode_frees_the_repl_and_a_flash_only_stages(
    variants: dict[str, Variant], emulated: Callable[..., Emulator]
) -> None:
    emu = emulated(variants["A"], safe_mode=True)
    connect = [*MPREMOTE, "connect", emu.port, "resume"]
    flags = subprocess.run(
        [*connect, "exec", "print(ORBITRIG_SAFE_MODE, 'orbitrig_hal' in globals())"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert flags.stdout.strip() == "True False", flags.stdout + flags.stderr  # boot.py's flag, main.py obeyed
    assert emu.stats()["link_connected"] is False
    ls = subprocess.run([*connect, "fs", "ls", ":app"], capture_output=True, text=True, timeout=30)
    assert "READY" in ls.stdout and "hal_sim.mpy" in ls.stdout
    p = flash(emu.port, variants["C"])
    assert p.returncode == 0, p.stderr
    assert "the board is in safe mode" in p.stdout and "staged and verified" in p.stdout
    assert (emu.flash_dir / "app.new" / "READY").read_text() == variants["C"].build_id
    assert (emu.flash_dir / "app" / "BUILD").read_text() == variants["A"].build_id
