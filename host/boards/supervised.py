"""A microcontroller board emulated in a supervisor subprocess, seen from the host's Python.

The MCU board (QEMU, mcu.py) and the emulated Pico (rp2040js, pico.py) each run a supervisor
process that owns the emulator, the host pty and a control socket (``ctl.sock`` in the run dir:
newline-terminated commands, one JSON or ``ok``/``error ...`` line back). ``SupervisedBoard`` is
what the two share on this side: the run and flash dirs, starting the supervisor and waiting for
its port, waiting for the firmware's HELLO, the control requests, and stopping. A subclass says
which supervisor module to run with which arguments, and how to read its flash file.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Self

from .emulator import EmulatorError, ctl_request
from .ptyhost import reap_group

STOP_WAIT_S = 5.0
CONNECT_TIMEOUT_S = 10.0


def last_words(output: str) -> str:
    """What to quote of a board that did not boot: the error it printed before its REPL came up
    (after that, the REPL only complains about the HELLO probes), else its last line."""
    lines = [ln.strip() for ln in output.splitlines() if ln.strip() and not ln.strip().startswith(">")]
    banner = max((i for i, ln in enumerate(lines) if ln.startswith("MicroPython v")), default=len(lines))
    pattern = re.compile(r"(\w+(Error|Exception|Interrupt)\b|FATAL:)")
    errors = [ln for ln in lines[:banner] if pattern.match(ln)] or [ln for ln in lines if pattern.match(ln)]
    if errors:
        return f"; it printed: {errors[-1]!r}"
    return f"; it printed: {lines[-1]!r}" if lines else "; it printed nothing"


class SupervisedBoard:
    """A board in a supervisor subprocess; a context manager, like emulator.Emulator.

    ``flash_dir`` is where the flash file lives (a temporary dir by default). Reading the
    ``flash_view`` property gives a fresh copy of the board's files; before the first start,
    files written into that view become the new flash's content.
    """

    NAME = "the board"  # in messages: "the MCU board did not come up ..."
    MODULE = ""  # the supervisor: python -m MODULE
    FLASH_FILE = "flash.img"
    HELLO_TRY_S = 0.3  # each HELLO probe's timeout while the firmware boots
    BOOT_S = 20.0  # how long a start waits for the port, and wait_link for HELLO, by default

    def __init__(
        self,
        flash_dir: str | os.PathLike[str] | None,
        run_dir: str | os.PathLike[str] | None,
        *,
        safe_mode: bool,
        prefix: str,
    ) -> None:
        self._temp_dirs: list[Path] = []
        self.flash_home = self._dir(flash_dir, f"{prefix}-flash-")
        self.run_dir = self._dir(run_dir, f"{prefix}-run-")
        self.flash_image = self.flash_home / self.FLASH_FILE
        self.trace_path = self.run_dir / "trace.bin"
        self.safe_mode = safe_mode
        self.port = ""
        self.build_s = 0.0
        self._view = self.run_dir / "flash"
        self._proc: subprocess.Popen[bytes] | None = None
        self._log = self.run_dir / "supervisor.log"
        atexit.register(self.stop)

    # --- what a board says of itself ----------------------------------------------------------

    def _snapshot(self, image: Path, view: Path) -> None:
        """Copy the files on the flash file ``image`` into the dir ``view``."""
        raise NotImplementedError

    def _silence(self, stats: dict[str, Any]) -> str:
        """Why the firmware may not have answered HELLO, from the supervisor's stats."""
        return last_words(str(stats.get("output_tail", "")))

    # --- dirs and flash -----------------------------------------------------------------------

    def _dir(self, path: str | os.PathLike[str] | None, prefix: str) -> Path:
        if path is None:
            d = Path(tempfile.mkdtemp(prefix=prefix))
            self._temp_dirs.append(d)
            return d
        d = Path(path).absolute()
        d.mkdir(parents=True, exist_ok=True)
        return d

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    @property
    def flash_view(self) -> Path:
        """The board's files, copied from its flash now (a staging dir before the first start)."""
        if self.flash_image.exists():
            self._snapshot(self.flash_image, self._view)
        else:
            self._view.mkdir(parents=True, exist_ok=True)
        return self._view

    flash_dir = flash_view  # the unix-port Emulator's name for the board's files

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- the supervisor -----------------------------------------------------------------------

    def _spawn(self, args: list[str], timeout: float, wait_link: bool) -> str:
        """Start the supervisor with ``args``, wait for its port (and with ``wait_link`` for the
        firmware's HELLO); on any failure stop it again. Returns the port path."""
        port_file = self.run_dir / "port"
        port_file.unlink(missing_ok=True)
        cmd = [sys.executable, "-m", self.MODULE, "--stop-on-stdin-eof", *args, "--port-file", str(port_file)]
        with open(self._log, "wb") as log:
            self._proc = subprocess.Popen(
                cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        try:
            while not port_file.exists():
                if self._proc.poll() is not None:
                    raise EmulatorError(self._log_tail())
                if time.monotonic() > deadline:
                    raise EmulatorError(
                        f"{self.NAME} did not come up within {timeout:g} s: {self._log_tail()}"
                    )
                time.sleep(0.01)
            self.port = port_file.read_text().strip()
            if wait_link:
                self.wait_link(max(1.0, deadline - time.monotonic()))
        except BaseException:
            self.stop()
            raise
        return self.port

    def _log_tail(self) -> str:
        try:
            lines = [ln for ln in self._log.read_text(errors="replace").splitlines() if ln.strip()]
        except OSError:
            return "(no output)"
        last = lines[-1] if lines else "(no output)"
        return re.sub(r"^orbitrig \w+: error: ", "", last)

    def wait_link(self, timeout: float | None = None) -> float:
        """Wait until the firmware answers HELLO; returns the seconds that took."""
        from ..errors import BoardSilent, LinkLost
        from ..rig import Rig

        if timeout is None:
            timeout = self.BOOT_S
        t0 = time.monotonic()
        while True:
            try:
                with Rig.connect(self.port, timeout=self.HELLO_TRY_S, log=False):
                    return time.monotonic() - t0
            except (BoardSilent, LinkLost):
                pass  # still booting; anything else (a protocol mismatch) is the answer
            if self._proc is None or self._proc.poll() is not None:
                raise EmulatorError(f"{self.NAME} stopped: {self._log_tail()}")
            if time.monotonic() - t0 > timeout:
                raise EmulatorError(
                    f"{self.NAME}'s firmware did not answer HELLO within {timeout:g} s{self._silence(self.stats())}"
                )

    def _request(self, line: str) -> str:
        if self._proc is None or self._proc.poll() is not None:
            raise EmulatorError(f"{self.NAME} is not running")
        return ctl_request(
            self.run_dir / "ctl.sock", line, CONNECT_TIMEOUT_S + 5, f"{self.NAME}'s supervisor"
        )

    def stats(self) -> dict:
        """The supervisor's view of the board. MCU: power cycles, QEMU's pid, whether a host holds
        the port, the board's recent output. Pico: the chip's emulated time (t_ns) and CPU time,
        its starts and their causes, faults, the host, the recent output; the trace is flushed to
        its file first."""
        return json.loads(self._request("stats"))

    def power_cycle(self) -> None:
        """Power the board off and on (reset cause power-on); the port path and the flash stay."""
        self._request("power-cycle")

    def set_safe_mode(self, on: bool) -> None:
        """Hold the safe-mode strap at the next reset (on a Pico GP22 to ground): boot.py then
        starts nothing."""
        self._request(f"safe-mode {'on' if on else 'off'}")

    def stop(self) -> None:
        """Stop the supervisor and its emulator; idempotent."""
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.stdin is not None:
                with contextlib.suppress(OSError):
                    proc.stdin.close()
            try:
                proc.wait(STOP_WAIT_S)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    proc.send_signal(signal.SIGTERM)
                reap_group(proc, STOP_WAIT_S)
        for d in self._temp_dirs:
            shutil.rmtree(d, ignore_errors=True)
        self._temp_dirs.clear()
        atexit.unregister(self.stop)
