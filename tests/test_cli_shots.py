"""`orbitrig shot ...` from the command line: exit codes, one-line errors, the outputs it writes."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from orbitrig.host.rig import Rig
from orbitrig.host.shots.testing import armed_and_homed
from orbitrig.host.testing.pytest_plugin import BoardUnderTest

ORBITRIG = [sys.executable, "-m", "orbitrig.host.cli"]


def run(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*ORBITRIG, *args], capture_output=True, text=True, timeout=timeout, cwd=cwd)


@pytest.mark.parametrize(
    "sample", ["shutter_24fps", "record_move", "whip_pan", "push_in_2min", "stopmotion", "pingpong"]
)
def test_every_sample_checks_playable_and_plots(sample: str, tmp_path: Path) -> None:
    png = tmp_path / "plan.png"
    p = run("shot", "check", sample, "--plot", str(png))
    assert p.returncode == 0, p.stderr
    assert "playable" in p.stdout and "peaks against limits:" in p.stdout
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_shot_beyond_the_limits_lists_each_problem_and_exits_2(tmp_path: Path) -> None:
    f = tmp_path / "fast.toml"
    f.write_text(
        'name = "too fast"\nfps = 24\n[axes.pan]\nkeys = [\n'
        '  { t = 0, pos = -150, interp = "ease" },\n'
        "  { t = 1.0, pos = 150 },\n]\n"
    )
    p = run("shot", "check", str(f), "--no-plot")
    assert p.returncode == 2
    assert "Traceback" not in p.stderr
    lines = p.stderr.strip().splitlines()
    assert lines[-1] == f"orbitrig: {f}: not playable: {len(lines) - 1} limit problem(s) (listed above)"
    assert (
        f"orbitrig: {f}:5: axes.pan.keys[0].t: pan velocity 562.500 °/s at t=0.500 s exceeds 180.000 °/s"
        in (p.stderr)
    )


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('name = "x"\nfps = 24\n[axes.pan\nkeys = []\n', ":3: "),  # malformed TOML
        (
            'name = "x"\nfps = 24\n[axes.pann]\nkeys = [{ t = 0, pos = 0 }]\n',
            ":3: axes.pann: unknown axis 'pann'",
        ),
        (
            'name = "x"\nfps = 24\n[axes.pan]\nkeys = [{ t = 1, pos = 0 }, { t = 0.5, pos = 1 }]\n',
            ":4: axes.pan.keys[1].t",
        ),
        (
            'name = "x"\nfps = 24\n[axes.pan]\nkeys = [{ t = 0, pos = 0 }, { t = 1, pos = 1 }]\n[[cue]]\nkind = "flash"\nt = 0\n',
            ":6: cue[0].kind",
        ),
        (
            'name = "x"\nfps = 24\n[axes.pan]\nkeys = [{ t = 0, pos = 0 }, { t = 1, pos = 1 }]\n[[cue]]\nkind = "marker"\nt = 3\n',
            ":7: cue[0].t: the marker ends at t=3.020 s",
        ),
    ],
)
def test_bad_shot_files_are_one_line_with_file_and_line(text: str, where: str, tmp_path: Path) -> None:
    f = tmp_path / "bad.toml"
    f.write_text(text)
    p = run("shot", "check", str(f), "--no-plot")
    assert p.returncode == 2, p.stdout
    assert "Traceback" not in p.stderr
    first = p.stderr.strip().splitlines()[0]
    assert first.startswith(f"orbitrig: {f}{where}"), first


def test_a_binary_file_and_a_missing_one_are_refused_in_one_line(tmp_path: Path) -> None:
    f = tmp_path / "x.toml"
    f.write_bytes(bytes(range(256)) * 4)
    p = run("shot", "check", str(f), "--no-plot")
    assert p.returncode == 2 and len(p.stderr.strip().splitlines()) == 1 and str(f) in p.stderr
    p = run("shot", "check", str(tmp_path / "none.toml"))
    assert p.returncode == 2 and p.stderr.startswith("orbitrig: no such shot file:")


@pytest.mark.parametrize("fmt", ["csv", "json", "chan"])
def test_export_writes_every_frame(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"f.{fmt}"
    p = run("shot", "export", "record_move", "--per-frame", fmt, "-o", str(out))
    assert p.returncode == 0, p.stderr
    text = out.read_text()
    if fmt == "json":
        d = json.loads(text)
        assert len(d["frames"]) == int(8.5 * 25) + 1 and d["fps"] == 25
    elif fmt == "csv":
        assert len(text.strip().splitlines()) == int(8.5 * 25) + 2  # header
    else:
        assert len(text.strip().splitlines()) == int(8.5 * 25) + 1


def _armed(board: BoardUnderTest) -> None:
    with Rig.connect(board.port, timeout=2.0) as rig:
        armed_and_homed(rig)


def test_play_and_compare_two_runs(board: BoardUnderTest, tmp_path: Path) -> None:
    _armed(board)
    for name in ("a", "b"):
        p = run("shot", "play", "whip_pan", "-p", board.port, "--in", "0.5", "--report", str(tmp_path / name))
        assert p.returncode == 0, p.stderr
        assert "COMPLETE" in p.stdout and "edges 6/6 reported" in p.stdout
        for f in ("run.json", "stats.json", "report.png"):
            assert (tmp_path / name / f).exists()
    p = run("shot", "compare", str(tmp_path / "a"), str(tmp_path / "b"), "--tolerance", "0.001")
    assert p.returncode == 0, p.stderr
    assert "within tolerance" in p.stdout
    # a bound no pair of plays on a pty meets: their edges never fire to the microsecond alike
    p = run("shot", "compare", str(tmp_path / "a"), str(tmp_path / "b"), "--event-us", "0")
    assert p.returncode == 9, p.stdout
    assert "exceeds the bound 0 us" in p.stderr and p.stderr.strip().endswith(
        "beyond tolerance (1 breach(es))"
    )


def test_ctrl_c_brakes_the_rig_and_says_where_it_stopped(board: BoardUnderTest, tmp_path: Path) -> None:
    _armed(board)
    proc = subprocess.Popen(
        [
            *ORBITRIG,
            "shot",
            "play",
            "push_in_2min",
            "-p",
            board.port,
            "--in",
            "0.3",
            "--report",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        seen = ""
        assert proc.stderr is not None
        while "playing" not in seen:  # the shot has started
            line = proc.stderr.readline()
            seen += line
            assert line and time.monotonic() < deadline, seen
        time.sleep(3.0)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert "aborted: " in err and "stopped at" in err and "slider" in err
    with Rig.connect(board.port, timeout=2.0) as rig:
        st = rig.status()
        assert st.state == "IDLE"
        assert rig.shot_state()["phase"] == "ABORTED" and rig.shot_state()["done_reason"] == "STOPPED"


def test_check_against_a_board_uses_its_limits_and_buffer_and_changes_nothing(board: BoardUnderTest) -> None:
    with Rig.connect(board.port, timeout=2.0) as rig:
        before = rig.shot_state()
        ev = rig.status().ev_next
    p = run("shot", "check", "shutter_24fps", "-p", board.port, "--no-plot")
    assert p.returncode == 0, p.stderr
    assert "(limits: SIM board on " in p.stdout
    assert "fits the board's buffer" in p.stdout
    with Rig.connect(board.port, timeout=2.0) as rig:
        assert rig.shot_state() == before  # nothing loaded, nothing played
        assert rig.status().ev_next == ev  # and nothing happened on the board
