"""Flat struct layouts derived from the construct tables.

The firmware codec, the host's fast codec, the numpy log decoder and the spec all read
these layouts; none of them keeps a table of its own. ``layouts()`` walks each payload
Struct and turns it into a struct format of fixed fields plus at most one tail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from construct import (
    Array,
    Construct,
    FixedSized,
    FocusedSeq,
    FormatField,
    Prefixed,
    Renamed,
    StringEncoded,
    Struct,
)

from .messages import PAYLOADS, Meta, Msg, meta


@dataclass(frozen=True)
class Field:
    """One fixed-size field: its name, struct code (``B``, ``i``, ``32s``...) and meta."""

    name: str
    code: str
    size: int
    meta: Meta
    text: bool = False  # a NUL-padded ASCII string carried as bytes

    @property
    def signed(self) -> bool:
        return self.code in "bhiq"

    @property
    def bounds(self) -> tuple[int, int]:
        """The range the wire type can carry, narrowed by the field's declared range."""
        bits = self.size * 8
        lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if self.signed else (0, (1 << bits) - 1)
        if self.meta.lo is not None:
            lo = max(lo, self.meta.lo)
        if self.meta.hi is not None:
            hi = min(hi, self.meta.hi)
        return lo, hi


@dataclass(frozen=True)
class Layout:
    """A payload as ``struct`` sees it: fixed fields, then an optional tail.

    tail_kind is None, "array" (u8 count then ``count`` items of ``items``) or
    "string" (u8 length then UTF-8 bytes).
    """

    msg: Msg
    fields: tuple[Field, ...]
    tail_kind: str | None = None
    tail_name: str = ""
    tail_meta: Meta = field(default_factory=Meta)
    items: tuple[Field, ...] = ()
    item_name: str = ""

    @property
    def name(self) -> str:
        return self.msg.name.lower()

    @property
    def fmt(self) -> str:
        return "<" + "".join(f.code for f in self.fields)

    @property
    def size(self) -> int:
        return sum(f.size for f in self.fields)

    @property
    def item_fmt(self) -> str:
        return "<" + "".join(f.code for f in self.items)

    @property
    def item_size(self) -> int:
        return sum(f.size for f in self.items)


_CODES = {"B": 1, "b": 1, "H": 2, "h": 2, "I": 4, "i": 4, "Q": 8, "q": 8}


def _scalar(name: str, con: Construct, m: Meta) -> Field:
    if isinstance(con, FormatField):
        order, code = con.fmtstr[0], con.fmtstr[1:]
        code = {"L": "I", "l": "i"}.get(code, code)  # same width under "<"
        if code not in _CODES or (order not in "<" and _CODES[code] > 1):
            raise TypeError(f"{name}: only little-endian integers are supported, not {con.fmtstr}")
        return Field(name, code, _CODES[code], m)
    if isinstance(con, StringEncoded) and isinstance(con.subcon, FixedSized):
        if con.encoding not in ("ascii", "utf8"):
            raise TypeError(f"{name}: padded strings must be ascii or utf8")
        n = con.subcon.length
        if not isinstance(n, int):
            raise TypeError(f"{name}: padded string length must be constant")
        return Field(name, f"{n}s", n, m, text=True)
    raise TypeError(f"{name}: {type(con).__name__} cannot be flattened to a struct field")


def _unwrap(sc: Construct) -> tuple[str, Construct, Meta]:
    if not isinstance(sc, Renamed) or not sc.name:
        raise TypeError(f"unnamed field {sc!r}")
    con = sc.subcon
    while isinstance(con, Renamed):  # ``name / T * "doc"`` nests two Renamed
        con = con.subcon
    return sc.name, con, meta(sc)


def _singular(name: str) -> str:
    return {"axes": "axis"}.get(name, name[:-1] if name.endswith("s") else name + "_item")


def flatten(msg: Msg, st: Struct) -> Layout:
    fixed: list[Field] = []
    subcons = list(st.subcons)
    for i, sc in enumerate(subcons):
        name, con, m = _unwrap(sc)
        last = i == len(subcons) - 1
        if isinstance(con, FocusedSeq) and len(con.subcons) == 2 and isinstance(con.subcons[1].subcon, Array):
            if not last:
                raise TypeError(f"{msg.name}.{name}: an array must be the last field")
            count = con.subcons[0].subcon.subcon
            if not (isinstance(count, FormatField) and count.fmtstr[1:] == "B"):
                raise TypeError(f"{msg.name}.{name}: array count must be u8")
            item = con.subcons[1].subcon.subcon
            if not isinstance(item, Struct):
                raise TypeError(f"{msg.name}.{name}: array items must be Structs")
            items = tuple(_scalar(*_unwrap(s)) for s in item.subcons)
            return Layout(msg, tuple(fixed), "array", name, m, items, _singular(name))
        if isinstance(con, StringEncoded) and isinstance(con.subcon, Prefixed):
            if not last:
                raise TypeError(f"{msg.name}.{name}: a string tail must be the last field")
            return Layout(msg, tuple(fixed), "string", name, m)
        fixed.append(_scalar(name, con, m))
    return Layout(msg, tuple(fixed))


@cache
def layouts() -> dict[Msg, Layout]:
    """Every message's layout, by id."""
    return {m: flatten(m, st) for m, st in PAYLOADS.items()}
