"""pytest plugin (entry point ``pytest11``): one HIL suite on any board.

``--board emulated`` (the default) starts an emulated board for the session; ``--board mcu``
the emulated microcontroller (QEMU Cortex-M3, host/boards/mcu.py); ``--board pico`` the emulated
Raspberry Pi Pico (the RP2040 HAL on rp2040js, host/boards/pico.py); ``--board /dev/ttyACM0``
or a pySerial URL runs the same tests on hardware. Tests that read the simulated HAL's trace
are marked ``emulated_only`` and skip on hardware.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ..errors import RigError
from ..rig import Rig


@dataclass
class BoardUnderTest:
    port: str
    emulator: object | None  # orbitrig.host.boards.emulator.Emulator when emulated

    @property
    def emulated(self) -> bool:
        return self.emulator is not None


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("orbitrig", "orbitrig hardware-in-the-loop")
    group.addoption(
        "--board",
        default="emulated",
        help="board under test: 'emulated' (start one; the default), 'mcu' (the emulated "
        "microcontroller), 'pico' (the emulated Raspberry Pi Pico) or a port path / pySerial URL",
    )


_session_board = "emulated"  # --board, for start_emulated()


def pytest_configure(config: pytest.Config) -> None:
    global _session_board
    _session_board = config.getoption("--board")
    # Session logs of test connections go to a throwaway directory, not the user's state dir.
    if "ORBITRIG_LOG_DIR" not in os.environ:
        os.environ["ORBITRIG_LOG_DIR"] = tempfile.mkdtemp(prefix="orbitrig-test-logs-")
    config.addinivalue_line(
        "markers", "emulated_only: needs the emulated board (reads the simulated HAL's trace)"
    )
    config.addinivalue_line("markers", "hardware_only: needs a real board")
    config.addinivalue_line(
        "markers",
        "host_clock: needs a board whose clock is this machine's CLOCK_MONOTONIC (the unix-port "
        "emulated board), to compare board times with the truth",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    emulated = config.getoption("--board") in ("emulated", "mcu")
    if config.getoption("--board") == "pico":
        from ..boards.pico_hil import mark_items

        mark_items(items)  # tested as a real board is; the tests it cannot hold skip with their reason
    for item in items:
        if emulated and "hardware_only" in item.keywords:
            item.add_marker(pytest.mark.skip(reason="needs a real board (--board PORT)"))
        if not emulated and "emulated_only" in item.keywords:
            item.add_marker(pytest.mark.skip(reason="needs the emulated board's trace"))
        if config.getoption("--board") != "emulated" and "host_clock" in item.keywords:
            item.add_marker(
                pytest.mark.skip(
                    reason="needs a board on this machine's monotonic clock (the unix-port board)"
                )
            )


def start_emulated(heap: str = "256K") -> contextlib.AbstractContextManager:
    """An Emulator with the firmware installed on its flash, not yet started (under --board mcu
    an MCU board, whose firmware is in its image)."""
    if _session_board == "mcu":
        from ..boards.mcu import McuEmulator

        return McuEmulator()
    from ..boards.emulator import Emulator
    from ..deploy.firmware import install_sources

    emu = Emulator(heap=heap)
    install_sources(Path(emu.flash_dir))
    return emu


@pytest.fixture(scope="session")
def board(request: pytest.FixtureRequest) -> Iterator[BoardUnderTest]:
    spec = request.config.getoption("--board")
    if spec == "mcu":
        from ..boards.mcu import McuEmulator
        from ..boards.mcu_build import missing_tools, require_tools_or_skip

        require_tools_or_skip(missing_tools())
        mcu = McuEmulator()
        request.addfinalizer(mcu.stop)
        yield BoardUnderTest(mcu.start(wait_link=True), mcu)
        return
    if spec == "pico":
        from ..boards.pico import PicoEmulator
        from ..boards.pico_build import missing_tools as pico_missing
        from ..boards.pico_build import require_tools_or_skip as pico_require

        pico_require(pico_missing())
        pico = PicoEmulator()
        request.addfinalizer(pico.stop)
        yield BoardUnderTest(pico.start(wait_link=True), pico)
        return
    if spec != "emulated":
        yield BoardUnderTest(spec, None)
        return
    emu = start_emulated()
    request.addfinalizer(emu.stop)  # type: ignore[attr-defined]
    port = emu.start(wait_link=True)  # type: ignore[attr-defined]
    yield BoardUnderTest(port, emu)


def clear_latched(rig: Rig) -> None:
    """Leave ESTOP, FAULT or HOLD (the board comes back DISARMED)."""
    if rig.status().state in ("ESTOP", "FAULT", "HOLD"):
        rig.clear()


def settle(rig: Rig) -> None:
    """Leave the board as the next test expects it: still, telemetry off, disarmed."""
    with contextlib.suppress(RigError):
        clear_latched(rig)
    with contextlib.suppress(RigError):
        rig.stop()
        rig.wait_idle(timeout=20)
    with contextlib.suppress(RigError):
        rig.set_telemetry(0)
    with contextlib.suppress(RigError):
        rig.disarm()


def ensure_homed(rig: Rig) -> None:
    """Home the board once if a stepper still needs it (motion tests assume it)."""
    from orbitrig.protocol.messages import Flag

    st = rig.status()
    if not st.flags & Flag.NOT_HOMED:
        return
    clear_latched(rig)
    if rig.status().state == "DISARMED":
        rig.arm()
    rig.wait_motion(rig.home(), timeout=60)
    rig.disarm()


# Tests run on loaded machines where a host process can stall for a few hundred ms; they
# give the link watchdog room, and the tests about link loss set it back (link_timeout()).
TEST_LINK_TIMEOUT_MS = 2000
DEFAULT_LINK_TIMEOUT_MS = 250


@contextlib.contextmanager
def link_timeout(rig: Rig, ms: int) -> Iterator[None]:
    """Run a block with the board's link watchdog at ``ms``, then restore it."""
    before = rig.config_get("board", "link_timeout")[0]
    rig.config_set("board", "link_timeout", ms)
    try:
        yield
    finally:
        with contextlib.suppress(RigError):
            clear_latched(rig)
            rig.config_set("board", "link_timeout", before)


@pytest.fixture
def rig(board: BoardUnderTest) -> Iterator[Rig]:
    r = Rig.connect(board.port, timeout=2.0)
    try:
        settle(r)
        if r.config_get("board", "link_timeout")[0] != TEST_LINK_TIMEOUT_MS:
            r.config_set("board", "link_timeout", TEST_LINK_TIMEOUT_MS)
        ensure_homed(r)
        r.drain()
        yield r
    finally:
        settle(r)
        r.close()
