"""Hypothesis strategies for every message, derived from the layouts (not hand-written)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from orbitrig.protocol.layout import Field, Layout, layouts
from orbitrig.protocol.messages import REASON_MAX, Msg

_TEXT = st.characters(min_codepoint=0x21, max_codepoint=0x7E)


def _field(f: Field) -> st.SearchStrategy[Any]:
    if f.text:
        return st.text(_TEXT, max_size=f.size)
    lo, hi = f.bounds
    return st.integers(lo, hi)


def fields_for(lay: Layout) -> st.SearchStrategy[dict[str, Any]]:
    parts: dict[str, st.SearchStrategy[Any]] = {f.name: _field(f) for f in lay.fields}
    if lay.tail_kind == "array":
        item = st.fixed_dictionaries({f.name: _field(f) for f in lay.items})
        parts[lay.tail_name] = st.lists(item, max_size=12)
    elif lay.tail_kind == "string":
        parts[lay.tail_name] = st.text(
            st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=REASON_MAX
        )
    return st.fixed_dictionaries(parts)


def message(msgs: frozenset[Msg] | None = None) -> st.SearchStrategy[tuple[Msg, int, dict[str, Any]]]:
    """(msg, seq, fields) for any message in ``msgs`` (default: all)."""
    lays = layouts()
    choices = sorted(msgs if msgs is not None else lays)
    return st.sampled_from(choices).flatmap(
        lambda m: st.tuples(st.just(m), st.integers(0, 15), fields_for(lays[m]))
    )
