"""The firmware (firmware/orbitfw) importable under CPython, for fuzzing.

MicroPython-only pieces are replaced by stand-ins:

- ``micropython``: ``const`` is the identity, ``viper`` and ``native`` decorate with the
  identity, so a viper function runs as plain Python.
- ``ptr8`` / ``ptr16`` / ``ptr32``: viper's raw pointer casts, over ``memoryview``. A read
  of ``ptr8`` gives 0..255 and ``ptr16`` / ``ptr32`` are little-endian (the byte order of
  every port we support); a write wraps to the element width, as a viper store does. Unlike
  viper, an index outside the buffer raises IndexError instead of touching whatever memory
  is there, so a fuzzer sees an out-of-bounds access as an exception.
- ``time``: in every firmware module that imported ``time`` (and for ``utime``), the
  module is replaced by a ``FakeTime`` clock (ticks_us, ticks_add, ticks_diff, sleep_us...)
  that a test advances by hand.

Isolation: ``load()`` imports a fresh copy of the firmware modules every call and leaves
nothing behind: the fake ``micropython`` and the ``orbitfw`` modules are taken out of
``sys.modules`` again (any previous entries are put back), the firmware dir is taken off
``sys.path``, and the pointer casts are put in the firmware modules' own globals, not in
``builtins`` (they are in builtins only while the import runs, in case module-level code
uses them). Two ``load()`` calls give two independent firmwares.

ORBITRIG_FUZZ_FIRMWARE=DIR loads the firmware from DIR instead of the installed tree (e.g.
``git archive HEAD firmware | tar -x -C /tmp/fw`` to fuzz the committed firmware).

Example:
    >>> fw = load()
    >>> fw.link.Link  # the firmware's Link class, running under CPython
    <class 'orbitfw.link.Link'>
"""

from __future__ import annotations

import builtins
import importlib
import os
import sys
import time
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orbitrig.host.deploy.firmware import firmware_dir

# the modules a load() imports, and the names it must keep out of sys.modules afterwards
FW_PACKAGE = "orbitfw"
FW_MODULES = ("orbitfw.wire", "orbitfw.link", "orbitfw.motion", "orbitfw.loop")
_SHADOWED = ("micropython", "utime", FW_PACKAGE, "hal_sim", "simmodel")

if sys.byteorder != "little":  # pragma: no cover - every CI machine is little-endian
    raise ImportError("fwshim models little-endian viper pointers")


class _Ptr:
    """A viper pointer over a buffer: element reads, wrapped element writes."""

    __slots__ = ("_mv", "_mask")

    def __init__(self, buf: Any, fmt: str, mask: int) -> None:
        mv = buf if isinstance(buf, memoryview) else memoryview(buf)
        if mv.format != "B" or mv.ndim != 1:
            mv = mv.cast("B")
        self._mv = mv.cast(fmt) if fmt != "B" else mv
        self._mask = mask

    def __getitem__(self, i: int) -> int:
        if i < 0:
            raise IndexError(f"viper pointer read at negative index {i}")
        return self._mv[i]

    def __setitem__(self, i: int, v: int) -> None:
        if i < 0:
            raise IndexError(f"viper pointer write at negative index {i}")
        self._mv[i] = v & self._mask

    def __len__(self) -> int:
        return len(self._mv)


def ptr8(buf: Any) -> _Ptr:
    return _Ptr(buf, "B", 0xFF)


def ptr16(buf: Any) -> _Ptr:
    return _Ptr(buf, "H", 0xFFFF)


def ptr32(buf: Any) -> _Ptr:
    return _Ptr(buf, "I", 0xFFFFFFFF)


POINTERS = {"ptr8": ptr8, "ptr16": ptr16, "ptr32": ptr32}


def _identity(x: Any) -> Any:
    return x


def fake_micropython() -> types.ModuleType:
    """A stand-in for MicroPython's ``micropython`` module."""
    m = types.ModuleType("micropython")
    m.const = _identity  # type: ignore[attr-defined]
    m.viper = _identity  # type: ignore[attr-defined]
    m.native = _identity  # type: ignore[attr-defined]
    m.opt_level = lambda *a: 0  # type: ignore[attr-defined]
    m.mem_info = lambda *a: None  # type: ignore[attr-defined]
    m.alloc_emergency_exception_buf = lambda n: None  # type: ignore[attr-defined]
    m.schedule = lambda fn, arg: fn(arg)  # type: ignore[attr-defined]
    return m


_MASK30 = (1 << 30) - 1


class FakeTime:
    """MicroPython's ``time`` ticks API over a clock the test sets (in microseconds)."""

    def __init__(self, us: int = 0) -> None:
        self.us = us

    def advance(self, us: int) -> None:
        self.us += us

    def ticks_us(self) -> int:
        return self.us & _MASK30

    def ticks_ms(self) -> int:
        return (self.us // 1000) & _MASK30

    def ticks_cpu(self) -> int:
        return self.ticks_us()

    @staticmethod
    def ticks_add(t: int, delta: int) -> int:
        return (t + delta) & _MASK30

    @staticmethod
    def ticks_diff(a: int, b: int) -> int:
        d = (a - b) & _MASK30
        return d - (1 << 30) if d & (1 << 29) else d

    def sleep_us(self, us: int) -> None:
        self.us += max(0, us)

    def sleep_ms(self, ms: int) -> None:
        self.us += max(0, ms) * 1000

    def sleep(self, s: float) -> None:
        self.us += int(max(0.0, s) * 1_000_000)

    def time(self) -> int:
        return self.us // 1_000_000


@dataclass
class Firmware:
    """One freshly imported firmware: its modules and its clock."""

    micropython: types.ModuleType
    wire: types.ModuleType
    link: types.ModuleType
    motion: types.ModuleType
    loop: types.ModuleType
    time: FakeTime
    hal_sim: types.ModuleType | None = None
    modules: dict[str, types.ModuleType] = field(default_factory=dict)  # every orbitfw module


def fuzz_firmware_dir() -> Path:
    """The firmware tree to fuzz: $ORBITRIG_FUZZ_FIRMWARE, else the installed one."""
    env = os.environ.get("ORBITRIG_FUZZ_FIRMWARE")
    return Path(env) if env else firmware_dir()


def _time_module(clock: FakeTime) -> types.ModuleType:
    m = types.ModuleType("utime")
    for k in (
        "ticks_us",
        "ticks_ms",
        "ticks_cpu",
        "ticks_add",
        "ticks_diff",
        "sleep_us",
        "sleep_ms",
        "sleep",
    ):
        setattr(m, k, getattr(clock, k))
    m.time = clock.time  # type: ignore[attr-defined]
    return m


def load(fw_dir: Path | str | None = None, *, with_hal_sim: bool = False) -> Firmware:
    """Import the firmware under CPython into a fresh namespace (see the module doc)."""
    root = str(fw_dir if fw_dir is not None else fuzz_firmware_dir())
    saved = {name: mod for name, mod in sys.modules.items() if _shadowed(name)}
    for name in saved:
        del sys.modules[name]
    added_builtins = [k for k in POINTERS if not hasattr(builtins, k)]
    mp = fake_micropython()
    clock = FakeTime()
    sys.modules["micropython"] = mp
    sys.modules["utime"] = _time_module(clock)
    sys.path.insert(0, root)
    for k in added_builtins:
        setattr(builtins, k, POINTERS[k])
    try:
        for name in FW_MODULES:
            importlib.import_module(name)
        hal_sim = importlib.import_module("hal_sim") if with_hal_sim else None
        # every firmware module, including those the four above imported
        mods = {n: m for n, m in sys.modules.items() if n == FW_PACKAGE or n.startswith(FW_PACKAGE + ".")}
    finally:
        for k in added_builtins:
            delattr(builtins, k)
        try:
            sys.path.remove(root)
        except ValueError:
            pass
        for name in [n for n in sys.modules if _shadowed(n)]:
            del sys.modules[name]
        sys.modules.update(saved)
    for mod in [*mods.values(), hal_sim]:
        if mod is None:
            continue
        mod.__dict__.update(POINTERS)
        if mod.__dict__.get("time") is time:  # MicroPython's ticks API, on the fake clock
            mod.time = clock  # type: ignore[attr-defined]
    return Firmware(
        micropython=mp,
        wire=mods["orbitfw.wire"],
        link=mods["orbitfw.link"],
        motion=mods["orbitfw.motion"],
        loop=mods["orbitfw.loop"],
        time=clock,
        hal_sim=hal_sim,
        modules=mods,
    )


def _shadowed(name: str) -> bool:
    return name in _SHADOWED or name.startswith(FW_PACKAGE + ".")


class FakeHal:
    """Just enough HAL for Link and Board: the link reads from a queue of chunks (one
    chunk per ``link_read``, as a UART would hand over what arrived), writes go to a
    bytearray; the axes are the simulator's and follow their command at once.

    The HAL interface grows with the firmware (docs/hal.md). A method this class does not
    define is a no-op that returns 0, and its name is kept in ``unknown``, so fuzzing goes
    on while someone adds a model of it here."""

    BOARD_KIND = 0
    TRIGGER_LINES = 4
    CAMERA_LINE = 0
    SHOT_WORDS = 1024
    EDGE_LEAD_US = 0
    NAP_NEAR_US = 300
    LINK_WAIT_US = False  # no link_wait_us(): the loop waits with link_wait(ms) and naps
    SLEEP_WHEN_STILL = False

    # name, kind, unit, min, max, vmax, amax, cal_lo, cal_hi (firmware/orbitfw/config.py AXES;
    # tests/test_fuzz.py checks that the two agree)
    AXES = (
        ("pan", 0, 0, -170000, 170000, 180000, 720000, 500, 2500),
        ("tilt", 0, 0, -90000, 90000, 120000, 480000, 500, 2500),
        ("roll", 0, 0, -45000, 45000, 90000, 360000, 500, 2500),
        ("slider", 1, 1, 0, 1000000, 250000, 500000, 80, 0),
        ("focus", 1, 1, 0, 20000, 20000, 80000, 800, 0),
    )

    def __init__(self, axes: tuple[tuple[Any, ...], ...] | None = None) -> None:
        self._axes = tuple(axes) if axes is not None else self.AXES
        self.chunks: list[bytes] = []
        self._ci = 0
        self._co = 0  # offset into the current chunk
        self.out = bytearray()
        self.reads = 0
        self.cmd = [0] * len(self._axes)
        self.outputs = False
        self.states: list[tuple[int, int]] = []
        self.unknown: set[str] = set()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        self.unknown.add(name)
        return _noop

    def camera_confirm(self) -> int:
        return -1  # no camera: never a confirmation

    # --- link ---------------------------------------------------------------------------
    def feed(self, *chunks: bytes) -> None:
        self.chunks.extend(c for c in chunks if c)

    def pending(self) -> int:
        return sum(len(c) for c in self.chunks[self._ci :]) - self._co

    def link_read(self, buf: Any) -> int:
        self.reads += 1
        if self._ci >= len(self.chunks):
            self.chunks.clear()
            self._ci = 0
            return 0
        c = self.chunks[self._ci]
        n = min(len(buf), len(c) - self._co)
        buf[:n] = c[self._co : self._co + n]
        self._co += n
        if self._co >= len(c):
            self._ci += 1
            self._co = 0
        return n

    def link_write(self, buf: Any, n: int) -> None:
        self.out += bytes(buf[:n])

    def take_out(self) -> bytes:
        out = bytes(self.out)
        self.out.clear()
        return out

    def link_open(self) -> None:
        pass

    def link_close(self) -> None:
        pass

    def link_wait(self, ms: int) -> None:
        pass

    # --- board --------------------------------------------------------------------------
    def axes(self) -> tuple[tuple[Any, ...], ...]:
        return self._axes

    def configure_axis(self, i: int, vmax: int, tick_hz: int, amax: int = 0) -> None:
        pass

    def reset_cause(self) -> int:
        return 0

    def state_changed(self, new: int, old: int, t_us: int) -> None:
        self.states.append((new, old))
        del self.states[:-8]

    def set_outputs(self, on: bool, t_us: int) -> None:
        self.outputs = bool(on)

    def set_axis(self, i: int, pos: int) -> None:
        self.cmd[i] = pos

    def axis_pos(self, i: int) -> int:
        return self.cmd[i]

    def home_axis(self, i: int, pos: int) -> None:
        self.cmd[i] = pos

    def home_switch(self, i: int) -> bool:
        return self.cmd[i] <= 0

    def estop(self, hold: int, t_us: int) -> None:
        self.outputs = False

    def calibrate(self, i: int, lo: int, hi: int, cal_lo: int, cal_hi: int, invert: int) -> None:
        pass

    def note_rx(self, msg: int, seq: int, t_us: int) -> None:
        pass

    def trigger(self, line: int, level: int, t_us: int) -> int:
        return t_us

    def tick(self, t_us: int) -> None:
        pass

    def wdt_start(self, timeout_ms: int) -> None:
        pass

    def wdt_feed(self) -> None:
        pass


def _noop(*args: Any, **kw: Any) -> int:
    return 0
