"""Homing helpers for the HIL tests (see conftest.py for why the suite keeps homing off)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from orbitrig.host.errors import RigError
from orbitrig.host.rig import Rig
from orbitrig.host.testing.pytest_plugin import clear_latched
from orbitrig.protocol.messages import Flag


@contextlib.contextmanager
def requiring_home(rig: Rig) -> Iterator[None]:
    """Run a block with ``board.require_home`` 1 (the firmware's default), then restore it."""
    before = rig.config_get("board", "require_home")[0]
    rig.config_set("board", "require_home", 1)
    try:
        yield
    finally:
        with contextlib.suppress(RigError):
            clear_latched(rig)
            rig.config_set("board", "require_home", before)


def arm_homed(rig: Rig) -> None:
    """Arm, and home the steppers if the board says they need it (a real board, after DISARM)."""
    rig.arm()
    if rig.status().flags & Flag.NOT_HOMED:
        rig.wait_motion(rig.home(), timeout=120)
