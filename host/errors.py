"""The host's exception tree: one RigError subclass per failure a user can act on.

Every message is one line that says what is wrong and where (port, axis, field, limit);
the CLI prints ``str(exc)`` and exits non-zero without a traceback.
"""

from __future__ import annotations


class RigError(Exception):
    """Base of every error the host library raises on purpose."""

    exit_code = 1


class PortNotFound(RigError):
    """The port path or URL does not exist."""

    exit_code = 2


class PortBusy(RigError):
    """Another program holds the port."""

    exit_code = 3


class BoardSilent(RigError):
    """The board did not answer within the timeout."""

    exit_code = 4


class ProtocolMismatch(RigError):
    """Host and board speak different protocol versions or schemas."""

    exit_code = 5


class CommandRefused(RigError):
    """The board NACKed a command; ``code`` and ``reason`` come from the board."""

    exit_code = 6

    def __init__(self, message: str, code: int, reason: str, seq: int) -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.seq = seq


class LinkLost(RigError):
    """The link closed or failed mid-session."""

    exit_code = 7


class BadInput(RigError):
    """The user's input is malformed (an axis name, a value, a file line)."""

    exit_code = 2
