"""A bug that raises in the control tick stops the rig, never the board: the real loop
(Board.run) on the MicroPython VM, with a HAL whose tick raises once."""

from __future__ import annotations

import json
import subprocess

from mpchild import MP_DIR

from orbitrig.host.boards.emulator import find_micropython
from orbitrig.host.deploy.firmware import firmware_dir
from orbitrig.protocol.messages import EventKind, State


def test_a_tick_that_raises_cuts_the_outputs_latches_fault_and_the_loop_goes_on(tmp_path) -> None:  # noqa: ANN001
    mp = find_micropython()
    assert mp is not None
    out = subprocess.run(
        [mp, str(MP_DIR / "tick_fault_harness.py"), str(firmware_dir()), str(tmp_path / "trace.bin")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    r = json.loads(out.stdout.strip().splitlines()[-1])
    assert r["state"] == State.FAULT
    assert r["cut"] == 1  # the outputs cut once, at the fault
    assert [EventKind.FAULT, 1, 0] in r["events"]
    assert [EventKind.STATE, State.FAULT, State.IDLE] in r["events"]
    assert r["ticks"] == 60  # the loop went on ticking after the fault at tick 20
