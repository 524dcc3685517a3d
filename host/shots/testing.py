"""What shot tests and benchmarks need of a board before a shot: armed, steppers homed."""

from __future__ import annotations

from orbitrig.protocol.messages import Flag

from ..errors import RigError
from ..rig import Rig


def armed_and_homed(rig: Rig, timeout: float = 60.0) -> None:
    """Leave ESTOP/HOLD/FAULT, arm, and home the steppers if the board has forgotten where
    they are (after power-up, or once their drivers were off)."""
    st = rig.status()
    if st.state in ("ESTOP", "HOLD", "FAULT"):
        rig.clear()
        st = rig.status()
    if st.state == "DISARMED":
        rig.arm()
    if rig.status().flags & Flag.NOT_HOMED:
        how = rig.wait_motion(rig.home(), timeout=timeout)
        if how != "COMPLETE":
            raise RigError(f"homing on {rig.link.url} ended {how.lower()}")
