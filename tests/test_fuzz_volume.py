"""fuzz/volume.py, the fuzzer `make fuzz` runs a million inputs through: a short run of the same
code (fresh seed: a failure names it), and proof that its checks catch what they are for, on
firmware copies with a bug put in."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import fwshim
import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("volume", ROOT / "fuzz" / "volume.py")
assert _spec and _spec.loader
volume = importlib.util.module_from_spec(_spec)
sys.modules["volume"] = volume
_spec.loader.exec_module(volume)

pytestmark = pytest.mark.timeout(300)


def _broken_copy(tmp_path: Path, rel: str, old: str, new: str) -> Path:
    fw = tmp_path / "firmware"
    shutil.copytree(fwshim.fuzz_firmware_dir(), fw, ignore=shutil.ignore_patterns("__pycache__"))
    text = (fw / rel).read_text()
    assert old in text, f"{rel} no longer has {old!r}: the planted bug needs a new place"
    (fw / rel).write_text(text.replace(old, new, 1))
    return fw


def test_a_short_volume_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import os

    monkeypatch.chdir(tmp_path)
    seed = int.from_bytes(os.urandom(4), "little")
    counts = volume.run(20_000, 4_000, seed)
    assert sum(counts.values()) == 20_000
    assert counts["vm_link"] + counts["vm_board"] == 4_000
    assert all(n > 0 for n in counts.values())
    assert f"fuzz seed {seed}" in capsys.readouterr().out


def test_the_vm_board_check_catches_a_handler_that_raises(tmp_path: Path) -> None:
    fw = _broken_copy(
        tmp_path,
        "orbitfw/commands.py",
        "    token = wire.unpack_ping(b.link.frame, PAYLOAD)[0]\n",
        "    token = wire.unpack_ping(b.link.frame, PAYLOAD)[0]\n    if token % 5 == 0:\n        raise KeyError(token)\n",
    )
    axes = tuple(tuple(a) for a in fwshim.load(fw).modules["orbitfw.config"].AXES)
    with pytest.raises(volume.Failure, match="a handler raised|no PONG"):
        volume.vm("board", 3, 2000, axes, firmware=fw)


def test_the_vm_link_check_catches_a_frame_taken_with_a_bad_crc(tmp_path: Path) -> None:
    fw = _broken_copy(
        tmp_path,
        "orbitfw/link.py",
        "if _crc16(f, n - 2, self._table) != f[n - 2] | f[n - 1] << 8:",
        "if _crc16(f, n - 2, self._table) != f[n - 2] | f[n - 1] << 8 and f[1] & 1:",
    )
    axes = tuple(tuple(a) for a in fwshim.load(fw).modules["orbitfw.config"].AXES)
    with pytest.raises(volume.Failure, match="CRC that does not match"):
        volume.vm("link", 3, 5000, axes, firmware=fw)


def test_the_shim_checks_catch_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    fw = fwshim.load(
        _broken_copy(
            tmp_path,
            "orbitfw/link.py",
            "if _crc16(f, n - 2, self._table) != f[n - 2] | f[n - 1] << 8:",
            "if _crc16(f, n - 2, self._table) != f[n - 2] | f[n - 1] << 8 and f[1] & 1:",
        )
    )
    with pytest.raises(volume.Failure, match="CRC that does not match"):
        volume.fw_link(volume.Gen(3), 5000, fw)
