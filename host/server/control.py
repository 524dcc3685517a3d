"""Which commands need the control lease: everything that moves, arms or changes the rig.

Reading (status, config, shot state), PING and the two stops are open to every client.
"""

from __future__ import annotations

from orbitrig.protocol.messages import HOST_TO_BOARD, Msg

OPEN = frozenset(
    {
        Msg.PING,
        Msg.GET_EVENTS,
        Msg.GET_AXIS,
        Msg.GET_STATUS,
        Msg.GET_CONFIG,
        Msg.GET_SHOT,
        Msg.STOP,
        Msg.ESTOP,
    }
    | {m for m in Msg if m.name in ("GET_NAME",)}
)
CONTROL = frozenset(HOST_TO_BOARD - OPEN - {Msg.HELLO, Msg.SET_TELEMETRY})
