"""Shared fixtures: the firmware codec running on the real MicroPython VM."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mpchild import MicroPythonChild

from orbitrig.host.deploy.firmware import firmware_dir


class MicroPythonCodec(MicroPythonChild):
    """The firmware's generated codec and framing, in a MicroPython unix-port child."""

    def __init__(self) -> None:
        super().__init__("codec_harness.py", cwd=firmware_dir())
        from orbitrig.protocol.layout import layouts

        tails = {lay.name: lay.item_name for lay in layouts().values() if lay.tail_kind == "array"}
        self.call(op="tails", items=tails)


@pytest.fixture(scope="session")
def mpcodec() -> Iterator[MicroPythonCodec]:
    with MicroPythonCodec() as c:
        yield c
