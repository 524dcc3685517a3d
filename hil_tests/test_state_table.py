"""The whole state table on a board: every command that the state machine guards, sent in
every state the host can bring the board into, with what must follow.

The table below is written from docs/safety.md, not read from the firmware, so a change to
the firmware's COMMANDS table that the design does not show fails here.

BOOT lasts only until main.py has built the board; FAULT and RUNNING are reserved (no
command enters them yet), so neither can be reached from the host.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

import pytest

from hil_tests.homing import arm_homed
from orbitrig.host.errors import CommandRefused
from orbitrig.host.rig import Rig
from orbitrig.host.testing.pytest_plugin import DEFAULT_LINK_TIMEOUT_MS, link_timeout, settle
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
# to the REPL, which hil_tests/test_flash.py covers from both. The table leaves those cells out.

# Accepted commands whose effect plays out over time: the state the board must reach, and
# within how many seconds. Each bound is shorter than the motion would take by itself (the long
# move runs for 16 s or more, the jog's own deadman is 3 s), so an acknowledged command that
# does nothing fails.
SETTLES: dict[tuple[str, str], tuple[str, float]] = {
    ("MOVING", "STOP"): ("IDLE", 5.0),
    ("JOGGING", "STOP"): ("IDLE", 1.5),
    ("JOGGING", "JOG_END"): ("IDLE", 1.5),
}


class Scene:
    """Brings the board into a state and sends one guarded command."""

    def __init__(self, rig: Rig) -> None:
        self.rig = rig
        self.jog_id = 0

    def enter(self, state: str) -> None:
        r = self.rig
        settle(r)
        if state == "DISARMED":
            return
        arm_homed(r)
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

    def send(self, cmd: str) -> object:
        r = self.rig
        tilt = r.axis("tilt")
        act: dict[str, Callable[[], object]] = {
            "ARM": r.arm,
            "DISARM": r.disarm,
            "CLEAR": r.clear,
            # a target away from where tilt is, so the move cannot end at once
            "MOVE_TO": lambda: r.move_to(
                {"tilt": 0.0 if r.status().pos[tilt.index] > 0.5 else 1.0}, duration=1.0
            ),
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
        return act[cmd]()


@pytest.mark.timeout(180)
@pytest.mark.parametrize("state", list(TABLE))
def test_every_guarded_command_in_state(rig: Rig, state: str) -> None:
    # The watchdog runs at the crew's default only where the test trips it; elsewhere it keeps
    # the test suite's wider margin, so a stalled host does not end in HOLD.
    with link_timeout(rig, DEFAULT_LINK_TIMEOUT_MS) if state == "HOLD" else contextlib.nullcontext():
        _check_row(Scene(rig), state)


def _check_row(scene: Scene, state: str) -> None:
    rig = scene.rig
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
        assert rig.status().state == state, f"{cmd} refused in {state} still changed the state"
    # Each accepted command gets a fresh visit.
    for cmd in accepted:
        scene.enter(state)
        if cmd == "HOME":  # start away from home, so that homing has to move the axis
            rig.wait_motion(rig.move_to({"pan": 3.0}))
        try:
            result = scene.send(cmd)
        except CommandRefused as e:
            raise AssertionError(f"{cmd} in state {state} was refused: {e}") from None
        after = rig.status().state
        assert after in row[cmd], f"{cmd} in state {state} left the board {after}, expected {row[cmd]}"
        if (state, cmd) in SETTLES:
            final, within = SETTLES[state, cmd]
            st = rig.wait_idle(timeout=within)
            assert st.state == final, f"{cmd} in state {state}: {st.state} after {within} s, expected {final}"
        if cmd == "HOME":
            assert isinstance(result, int) and rig.wait_motion(result, timeout=10) == "COMPLETE"
            pan = rig.axis("pan")
            home = rig.config_get("pan", "home")[0] / 1000
            assert rig.status().pos[pan.index] == pytest.approx(home, abs=1e-3)
