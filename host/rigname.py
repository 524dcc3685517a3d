"""A rig's name: what `--rig NAME` is checked against, so two crews cannot drive each other's rig.

The name lives in the board's configuration (board.name) and travels in the NAME reply; a
board whose firmware predates names has none ("").
"""

from __future__ import annotations

from typing import Any

from .errors import BadInput, RigError

NAME_MAX = 16
_ALLOWED = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")


def check_name(name: str) -> str:
    """``name`` if it is a valid rig name; BadInput says what is wrong with it."""
    if not 1 <= len(name) <= NAME_MAX:
        raise BadInput(f"rig name {name!r}: 1..{NAME_MAX} characters")
    bad = sorted(set(name) - _ALLOWED)
    if bad:
        raise BadInput(f"rig name {name!r}: {''.join(bad)!r} not allowed (letters, digits, - _ .)")
    return name


def read_name(rig: Any) -> str:
    """The board's name, "" when it has none or its firmware cannot say."""
    from orbitrig.protocol.messages import Msg

    get = getattr(Msg, "GET_NAME", None)
    if get is None:
        return ""
    try:
        return str(rig.link.request(get).fields["name"])
    except RigError:
        return ""


def write_name(rig: Any, name: str) -> None:
    """Name the rig ("" clears the name); the board keeps it in its configuration."""
    from orbitrig.protocol.messages import Msg

    if name:
        check_name(name)
    rig.link.request(Msg.SET_NAME, {"name": name})


def require(rig: Any, wanted: str | None, where: str) -> None:
    """Refuse, in one line, a board that is not rig ``wanted``."""
    if not wanted:
        return
    have = read_name(rig)
    if have != wanted:
        shown = (
            f"rig {have!r}" if have else "a rig with no name (set one: orbitrig config set board.name=NAME)"
        )
        from .server.client import WrongRig

        raise WrongRig(f"--rig {wanted}: the board on {where} is {shown}, not {wanted!r}")
