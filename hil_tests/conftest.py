"""Suite-wide board setup for the HIL tests: homing that survives between tests.

The firmware forgets where a stepper is whenever its driver is switched off (DISARM, CLEAR,
ESTOP), and the `rig` fixture leaves every test's board DISARMED, so a stepper homed by one
test is not homed for the next. Homing the slider takes up to ~15 s of travel, which every
test moving a stepper would pay. On the emulated board, whose carriage no hand can push while
its driver is off, the suite therefore runs with ``board.require_home`` 0 and the tests about
homing turn it back on (hil_tests/homing.py ``requiring_home``). On a real board it stays on,
and the tests that move a stepper home it first (``arm_homed``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from orbitrig.host.errors import RigError
from orbitrig.host.rig import Rig
from orbitrig.host.testing.pytest_plugin import BoardUnderTest, clear_latched


@pytest.fixture(scope="session", autouse=True)
def _homing_kept_between_tests(board: BoardUnderTest) -> Iterator[None]:
    if not board.emulated:
        yield
        return
    with Rig.connect(board.port, timeout=2.0, log=False) as r:
        before = r.config_get("board", "require_home")[0]
        r.config_set("board", "require_home", 0)
    yield
    with contextlib.suppress(RigError), Rig.connect(board.port, timeout=2.0, log=False) as r:
        clear_latched(r)
        r.config_set("board", "require_home", before)
