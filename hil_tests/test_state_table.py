"""The whole state table on a board: every command that the state machine guards, sent in
every state the host can bring the board into, with what must follow.

The table below is written from docs/safety.md, not read from the firmware, so a change to
the firmware's ALLOWED table that the design does not show fails here.

BOOT lasts only until main.py has built the board; FAULT and RUNNING are reserved (no
command enters them yet), so neither can be reached from the host.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

import pytest

from orbitrig.host.errors import CommandRefused, RigError
from orbitrig.host.pytest_plugin import DEFAULT_LINK_TIMEOUT_MS, TEST_LINK_TIMEOUT_MS
from orbitrig.host.rig import Rig
from orbitrig.protocol.messages import ErrorCode, Msg

REFUSED = "refused"

# state -> command -> REFUSED, or the states the board may be in right after the command is
# accepted (a stop or a jog end may still be braking when the host looks).
TABLE: dict[str, dict[str, str | set[str]]] = {
    "DISARMED": {
        "ARM": {"IDLE"},
        "DISARM": {"DISARMED"},
        "CLEAR": {"DISARMED"},
        "MOVE_TO": REFUSED,
        "JOG": REFUSED,
        "JOG_END": {"DISARMED"},
        "HOME": REFUSED,
        "SET_CONFIG": {"DISARMED"},
        "STOP": {"DISARMED"},
        "ESTOP": {"ESTOP"},
    },
    "IDLE": {
        "ARM": {"IDLE"},
        "DISARM": {"DISARMED"},
        "CLEAR": REFUSED,
        "MOVE_TO": {"MOVING"},
        "JOG": {"JOGGING"},
        "JOG_END": {"IDLE"},
        "HOME": {"MOVING", "IDLE"},
        "SET_CONFIG": {"IDLE"},
        "STOP": {"IDLE"},
        "ESTOP": {"ESTOP"},
        "REPL": REFUSED,
    },
    "MOVING": {
        "ARM": REFUSED,
        "DISARM": REFUSED,
        "CLEAR": REFUSED,
        "MOVE_TO": {"MOVING"},  # queued behind the running move
        "JOG": REFUSED,
        "JOG_END": REFUSED,
        "HOME": REFUSED,
        "SET_CONFIG": REFUSED,
        "STOP": {"MOVING", "IDLE"},
        "ESTOP": {"ESTOP"},
        "REPL": REFUSED,
    },
    "JOGGING": {
        "ARM": REFUSED,
        "DISARM": REFUSED,
        "CLEAR": REFUSED,
        "MOVE_TO": REFUSED,
        "JOG": {"JOGGING"},
        "JOG_END": {"JOGGING", "IDLE"},
        "HOME": REFUSED,
        "SET_CONFIG": REFUSED,
        "STOP": {"JOGGING", "IDLE"},
        "ESTOP": {"ESTOP"},
        "REPL": REFUSED,
    },
    "HOLD": {
        "ARM": {"IDLE"},
        "DISARM": {"DISARMED"},
        "CLEAR": {"DISARMED"},
        "MOVE_TO": REFUSED,
        "JOG": REFUSED,
        "JOG_END": {"HOLD"},
        "HOME": REFUSED,
        "SET_CONFIG": REFUSED,
        "STOP": {"HOLD"},
        "ESTOP": {"ESTOP"},
        "REPL": REFUSED,
    },
    "ESTOP": {
        "ARM": REFUSED,
        "DISARM": REFUSED,
        "CLEAR": {"DISARMED"},
        "MOVE_TO": REFUSED,
        "JOG": REFUSED,
        "JOG_END": REFUSED,
        "HOME": REFUSED,
        "SET_CONFIG": REFUSED,
        "STOP": {"ESTOP"},
        "ESTOP": {"ESTOP"},
    },
}
# REPL is accepted in DISARMED and ESTOP (and FAULT): it ends the protocol and hands the port
# to the REPL, which test_flash.py covers. The table leaves those two cells out.


class Scene:
    """Brings the board into a state and sends one guarded command."""

    def __init__(self, rig: Rig) -> None:
        self.rig = rig
        self.jog_id = 0

    def reset(self) -> None:
        r = self.rig
        if r.status().state in ("ESTOP", "HOLD", "FAULT"):
            r.clear()
        r.stop()
        r.wait_idle(timeout=30)
        r.disarm()

    def enter(self, state: str) -> None:
        r = self.rig
        self.reset()
        # The watchdog runs at the crew's default only where the test trips it; elsewhere it
        # keeps the test suite's wider margin, so a stalled host does not end in HOLD.
        self.set_link_timeout(DEFAULT_LINK_TIMEOUT_MS if state == "HOLD" else TEST_LINK_TIMEOUT_MS)
        if state == "DISARMED":
            return
        r.arm()
        if state == "IDLE":
            pass
        elif state == "MOVING":
            self._long_move()
        elif state == "JOGGING":
            pan = r.axis("pan")
            vel = -5.0 if r.status().pos[pan.index] > 0 else 5.0
            self.jog_id = r.jog("pan", vel, timeout_ms=3000)
        elif state == "ESTOP":
            r.estop()
        elif state == "HOLD":
            self._long_move()
            r.sleep(0.1)
            r.link.keepalive = 0  # silent: the board's watchdog (250 ms) trips
            time.sleep(0.6)
            r.link.keepalive = 0.1
            self._wait_still()
        assert r.status().state == state, f"could not bring the board into {state}"

    def set_link_timeout(self, ms: int) -> None:
        if self.rig.config_get("board", "link_timeout")[0] != ms:
            self.rig.config_set("board", "link_timeout", ms)

    def _long_move(self) -> None:
        r = self.rig
        slider = r.axis("slider")
        far = 100.0 if r.status().pos[slider.index] > 500 else 900.0
        r.move_to({"slider": far}, speed=0.1)  # 25 mm/s: still going when the test looks

    def _wait_still(self) -> None:
        # HOLD brakes first; ARM is refused BUSY until the axes stand still
        r = self.rig
        last = r.status().pos
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            r.sleep(0.1)
            now = r.status().pos
            if now == last:
                return
            last = now
        raise AssertionError("the board did not come to a stand in HOLD")

    def send(self, cmd: str) -> None:
        r = self.rig
        act: dict[str, Callable[[], object]] = {
            "ARM": r.arm,
            "DISARM": r.disarm,
            "CLEAR": r.clear,
            "MOVE_TO": lambda: r.move_to({"tilt": 1.0}, duration=1.0),
            "JOG": lambda: r.jog("pan", 2.0, jog_id=self.jog_id or None, timeout_ms=3000),
            "JOG_END": lambda: r.jog_end(self.jog_id or 1),
            "HOME": lambda: r.home(["pan"]),
            "SET_CONFIG": lambda: r.config_set(
                "board", "jog_timeout", r.config_get("board", "jog_timeout")[0]
            ),
            "STOP": r.stop,
            "ESTOP": r.estop,
            "REPL": lambda: r.link.request(Msg.REPL),
        }
        act[cmd]()


@pytest.fixture
def scene(rig: Rig) -> Iterator[Scene]:
    s = Scene(rig)
    try:
        yield s
    finally:
        with contextlib.suppress(RigError):
            s.reset()
            s.set_link_timeout(TEST_LINK_TIMEOUT_MS)


@pytest.mark.timeout(180)
@pytest.mark.parametrize("state", list(TABLE))
def test_every_guarded_command_in_state(scene: Scene, state: str) -> None:
    row = TABLE[state]
    refused = [c for c, want in row.items() if want == REFUSED]
    accepted = [c for c, want in row.items() if want != REFUSED]
    # Refusals change nothing, so one visit to the state checks them all.
    scene.enter(state)
    for cmd in refused:
        with pytest.raises(CommandRefused) as e:
            scene.send(cmd)
        assert e.value.code == ErrorCode.BAD_STATE, (state, cmd, e.value)
        assert e.value.reason == f"{cmd} not allowed in state {state}", (state, cmd)
        assert scene.rig.status().state == state, f"{cmd} refused in {state} still changed the state"
    # Each accepted command gets a fresh visit.
    for cmd in accepted:
        scene.enter(state)
        try:
            scene.send(cmd)
        except CommandRefused as e:
            raise AssertionError(f"{cmd} in state {state} was refused: {e}") from None
        after = scene.rig.status().state
        assert after in row[cmd], f"{cmd} in state {state} left the board {after}, expected {row[cmd]}"
