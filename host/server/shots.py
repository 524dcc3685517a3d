"""Shots from the console: list, check and play them with the `orbitrig shot` commands, run through this server.

The console does not re-implement the shot tools: `check` and `play` run the same CLI a
person would type, as a child process whose --port is this server, so a shot played from a
tablet is checked, planned, clock-synced and reported exactly as one played from a terminal.
Their output lines go to every console; the last report (stats.json, report.png) is served.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import Client, RigServer

_PERCENT = re.compile(r"\((\s*\d+)%\)")
_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")
LINES_KEPT = 200


def shot_files(shots_dir: Path | None) -> list[dict[str, str]]:
    """Sample shots and the .toml files in ``shots_dir``: name and where it comes from."""
    from ..shots.cli import SAMPLES

    out = [{"name": p.stem, "source": "sample"} for p in sorted(SAMPLES.glob("*.toml"))]
    if shots_dir is not None and shots_dir.is_dir():
        out += [{"name": p.name, "source": str(shots_dir)} for p in sorted(shots_dir.glob("*.toml"))]
    return out


class ShotJob:
    """One `orbitrig shot check|play` child process and what it printed."""

    def __init__(self, kind: str, name: str, report_dir: Path | None) -> None:
        self.kind = kind
        self.name = name
        self.report_dir = report_dir
        self.lines: list[str] = []
        self.percent: int | None = None
        self.returncode: int | None = None
        self.started = time.time()
        self.proc: asyncio.subprocess.Process | None = None

    def summary(self) -> dict[str, Any]:
        """The job as the console shows it: state, progress, the last lines, the report."""
        d: dict[str, Any] = {
            "kind": self.kind,
            "name": self.name,
            "running": self.returncode is None,
            "returncode": self.returncode,
            "percent": self.percent,
            "lines": self.lines[-40:],
        }
        stats = self.report_dir / "stats.json" if self.report_dir else None
        if self.returncode is not None and stats is not None and stats.exists():
            try:
                d["report"] = json.loads(stats.read_text())
                d["report_png"] = (self.report_dir / "report.png").exists() if self.report_dir else False
            except (OSError, ValueError):
                pass
        return d


def _resolve(srv: RigServer, name: str) -> str | None:
    if not _NAME.match(name):
        return None
    if srv.shots_dir is not None and (srv.shots_dir / name).is_file():
        return str(srv.shots_dir / name)
    from ..shots.cli import SAMPLES

    return name if (SAMPLES / f"{name}.toml").is_file() else None


async def shot_op(srv: RigServer, c: Client, req: dict[str, Any]) -> dict[str, Any]:
    """The console's shot requests: list, check, play, progress."""
    what = req.get("what")
    if what == "list":
        return {"shots": shot_files(srv.shots_dir), "job": srv.shot_job.summary() if srv.shot_job else None}
    if what == "progress":
        return {"job": srv.shot_job.summary() if srv.shot_job else None}
    if what not in ("check", "play"):
        return {"error": {"type": "BadInput", "message": f"unknown shot request {what!r}", "exit": 2}}
    job = srv.shot_job
    if job is not None and job.returncode is None:
        return {
            "error": {
                "type": "PortBusy",
                "message": f"shot {job.kind} of {job.name} still running",
                "exit": 3,
            }
        }
    path = _resolve(srv, str(req.get("name", "")))
    if path is None:
        return {"error": {"type": "BadInput", "message": f"no such shot: {req.get('name')!r}", "exit": 2}}
    if what == "play":
        if srv.holder is not None and srv.holder is not c:
            return {
                "error": {
                    "type": "NotInControl",
                    "message": f"control is held by {srv.holder.label}: take control to play a shot",
                    "exit": 3,
                }
            }
        srv.release(c, stop=False, why="hands control to the shot player")
    report = Path(tempfile.mkdtemp(prefix="orbitrig-console-shot-")) if what == "play" else None
    job = ShotJob(what, str(req.get("name")), report)
    srv.shot_job = job
    assert srv.loop is not None
    srv.loop.create_task(_run(srv, job, path))
    return {"job": job.summary()}


async def _run(srv: RigServer, job: ShotJob, path: str) -> None:
    entry_url = _self_url(srv)
    args = [sys.executable, "-m", "orbitrig.host.cli", "shot", job.kind, path, "-p", entry_url]
    if job.kind == "check":
        args.append("--no-plot")
    else:
        assert job.report_dir is not None
        args += ["--report", str(job.report_dir)]
    env = {**os.environ, "ORBITRIG_AUTO_CONTROL": "1", "ORBITRIG_TOKEN": srv.token, "PYTHONUNBUFFERED": "1"}
    proc = await asyncio.create_subprocess_exec(
        *args,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env=env,
    )
    job.proc = proc
    assert proc.stdout is not None
    async for raw in proc.stdout:
        for line in raw.decode(errors="replace").replace("\r", "\n").splitlines():
            if not line.strip():
                continue
            m = _PERCENT.search(line)
            if m:
                job.percent = int(m.group(1))
            job.lines.append(line)
            del job.lines[:-LINES_KEPT]
            for cl in list(srv.clients.values()):
                cl.send({"op": "shot", "line": line, "percent": job.percent})
    job.returncode = await proc.wait()
    for cl in list(srv.clients.values()):
        cl.send({"op": "shot", "done": job.summary()})


def _self_url(srv: RigServer) -> str:
    url = getattr(srv, "url", "")
    if not url:
        raise RuntimeError("the rig server's own address is not known yet")
    return url


def report_png(srv: RigServer) -> Path | None:
    """The plot of the console's last played shot, if there is one."""
    job = srv.shot_job
    if job is None or job.report_dir is None:
        return None
    p = job.report_dir / "report.png"
    return p if p.is_file() else None
