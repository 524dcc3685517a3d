"""The board's stored configuration on the MicroPython VM: whatever config.json holds, the
board boots, on the file when it is one the firmware could have written, else on safe
defaults with the fault flag (CONFIG_DEFAULTS). Nothing unusable is taken silently."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from mpchild import MicroPythonChild

GOOD = {
    "version": 1,
    "axes": {
        name: {"min": lo, "max": hi, "vmax": vmax, "home": 0 if kind == 0 else lo}
        for name, kind, lo, hi, vmax in [
            ("pan", 0, -170000, 170000, 150000),
            ("tilt", 0, -90000, 90000, 120000),
            ("roll", 0, -45000, 45000, 90000),
            ("slider", 1, 0, 1000000, 250000),
            ("focus", 1, 0, 20000, 20000),
        ]
    },
    "board": {"link_timeout_ms": 400, "jog_timeout_ms": 200, "require_home": 1},
}
GOOD_TEXT = json.dumps(GOOD)


def _with(**changes: object) -> str:
    doc = json.loads(GOOD_TEXT)
    for path, value in changes.items():
        *parents, leaf = path.split("__")
        d = doc
        for p in parents:
            d = d[p]
        d[leaf] = value
    return json.dumps(doc)


# (name, the bytes of config.json): every one must boot on defaults with the fault flag
BAD: list[tuple[str, bytes]] = [
    ("invalid UTF-8", b"\xff\xfe" + GOOD_TEXT.encode()),
    ("invalid UTF-8 in a string", GOOD_TEXT.replace('"pan"', '"p\xe9n"').encode("latin-1")),
    ("40 KB of nesting", b"[" * 40_000 + b"]" * 40_000),
    ("4 KB of nesting", b"[" * 2_000 + b"]" * 2_000),
    ("130 KB of valid JSON", _with(pad="x" * 130_000).encode()),
    ("board is a list", _with(board=[1]).encode()),
    ("axes is a list", _with(axes=[1]).encode()),
    ("an axis is a number", _with(axes__pan=7).encode()),
    ("valid JSON, a NUL, garbage", GOOD_TEXT.encode() + b"\x00garbage"),
    ("valid JSON then garbage", GOOD_TEXT.encode() + b"garbage"),
    ("a misspelt key", _with(axes__pan__vmaxx=5).encode()),
    ("an unknown board setting", _with(board__speed=5).encode()),
    ("an unknown top-level key", _with(extra=1).encode()),
    ("an unknown axis", _with(axes__zoom={}).encode()),
    (
        "a missing axis",
        json.dumps({**GOOD, "axes": {k: v for k, v in GOOD["axes"].items() if k != "roll"}}).encode(),
    ),
    ("a true for a number", _with(axes__pan__vmax=True).encode()),
    ("a float", _with(axes__pan__vmax=1.5).encode()),
    ("a string", _with(axes__pan__vmax="fast").encode()),
    ("out of range", _with(axes__pan__vmax=5_000_000).encode()),
    ("min above max", _with(axes__tilt__min=95_000).encode()),
    ("another version", _with(version=2).encode()),
    ("not an object", b"[1, 2, 3]"),
    ("empty", b""),
    ("only NULs", b"\x00" * 4096),
    ("truncated", GOOD_TEXT.encode()[: len(GOOD_TEXT) // 2]),
]


@pytest.fixture
def board(tmp_path: Path) -> Iterator[tuple[MicroPythonChild, Path]]:
    flash = tmp_path / "flash"
    flash.mkdir()
    # the emulated board's heap: a file that would exhaust it must not stop the boot
    with MicroPythonChild("config_harness.py", cwd=flash, heap="256K") as mp:
        yield mp, flash


def test_a_good_file_is_used(board: tuple[MicroPythonChild, Path]) -> None:
    mp, flash = board
    (flash / "config.json").write_text(GOOD_TEXT)
    rep = mp.call(op="load")
    assert (rep["used"], rep["fault"], rep["vmax"], rep["link_timeout"]) == (True, False, 150000, 400)


def test_no_file_means_defaults_without_a_fault(board: tuple[MicroPythonChild, Path]) -> None:
    mp, _ = board
    rep = mp.call(op="load")
    assert (rep["used"], rep["fault"], rep["defaults"]) == (True, False, True)


@pytest.mark.parametrize("name, data", BAD, ids=[b[0] for b in BAD])
def test_an_unusable_file_boots_on_defaults_with_the_fault(
    board: tuple[MicroPythonChild, Path], name: str, data: bytes
) -> None:
    mp, flash = board
    (flash / "config.json").write_bytes(data)
    rep = mp.call(op="load")
    assert (rep["used"], rep["fault"], rep["defaults"]) == (False, True, True), name


def test_every_truncation_of_a_good_file_is_refused(board: tuple[MicroPythonChild, Path]) -> None:
    mp, flash = board
    data = GOOD_TEXT.encode()
    for cut in range(0, len(data), 7):
        (flash / "config.json").write_bytes(data[:cut])
        rep = mp.call(op="load")
        assert (rep["used"], rep["fault"], rep["defaults"]) == (False, True, True), cut


def test_a_left_over_temporary_file_is_used_or_refused(board: tuple[MicroPythonChild, Path]) -> None:
    # a power cut between removing config.json and renaming config.tmp over it
    mp, flash = board
    (flash / "config.tmp").write_text(GOOD_TEXT)
    assert mp.call(op="load")["vmax"] == 150000
    assert (flash / "config.json").read_text() == GOOD_TEXT and not (flash / "config.tmp").exists()
    (flash / "config.json").unlink()
    (flash / "config.tmp").write_bytes(b"\xff" * 200_000)
    rep = mp.call(op="load")
    assert (rep["fault"], rep["defaults"]) == (True, True)
