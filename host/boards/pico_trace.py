"""Reader of the emulated Pico's pin trace, and what the HIL suite and the bench measure in it.

The runner (host/boards/pico/runner.js) writes 16-byte records, little-endian: the emulated time
in ns (float64, since the runner started, continuous across chip restarts), then kind u8, a u8,
b u16, c u32:

==========  =============================================================================
kind        meaning
==========  =============================================================================
1 PIN       GPIO ``a`` changed to level ``b`` (0 low, 1 high, 2 not driven): an output edge
2 START     the chip started: ``a`` the cause (0 power-on, 1 watchdog, 2 machine.reset())
3 HOST_IN   ``a`` (1..6) of the host's bytes, in bytes 10..16, as the board's USB takes them
4 INPUT     the board model drove input GPIO ``a`` to ``b``
5 LISTEN    the host's bytes reach the board from here (before: dropped while it boots)
6 FLASH     ``a`` 0 erase / 1 program of ``b`` * 256 bytes at flash offset ``c``
7 FAULT     the core hard-faulted at PC ``c`` and locked up
==========  =============================================================================

Times here are emulated nanoseconds unless a name says otherwise:

    >>> t = PinTrace.read(Path("trace.bin"))                     # doctest: +SKIP
    >>> t.high_pulses(SERVO_GPIO["pan"], after=t.frames()[-1].t_ns)[-1].width_us   # doctest: +SKIP
    1500.0
"""

from __future__ import annotations

import bisect
import struct
from dataclasses import dataclass
from pathlib import Path

from orbitrig.protocol import framing

RECORD = struct.Struct("<dBBHI")
PIN, START, HOST_IN, INPUT, LISTEN, FLASH, FAULT = 1, 2, 3, 4, 5, 6, 7
CAUSES = {0: "power-on", 1: "watchdog", 2: "reset"}

# hal_rp2.py's pins
SERVO_GPIO = {"pan": 2, "tilt": 3, "roll": 4}
STEP_GPIO = {"slider": (10, 11), "focus": (12, 13)}  # step, dir
ENABLE_GPIO = 14  # the stepper drivers' enable, active low
TRIGGER_GPIO = (16, 17, 20, 21)
SWITCH_GPIO = {"slider": 18, "focus": 19}
SYNC_GPIO = 22
LED_GPIO = 25
SERVO_PERIOD_US = 20000


@dataclass(frozen=True, slots=True)
class Record:
    t_ns: float
    kind: int
    a: int
    b: int
    c: int
    data: bytes = b""  # HOST_IN: the host's bytes


@dataclass(frozen=True, slots=True)
class Pulse:
    """A high pulse on a pin: its rising edge and its width."""

    rise_ns: float
    fall_ns: float

    @property
    def width_us(self) -> float:
        return (self.fall_ns - self.rise_ns) / 1000.0


@dataclass(frozen=True, slots=True)
class HostFrame:
    """A frame from the host, complete on the board (its delimiter received) at ``t_ns``."""

    t_ns: float
    msg: int
    seq: int
    payload: bytes


def read_records(path: Path, start: int = 0) -> list[Record]:
    """Records from byte offset ``start`` on; a torn last record is ignored."""
    try:
        data = Path(path).read_bytes()[start:]
    except FileNotFoundError:
        return []
    out = []
    for i in range(len(data) // RECORD.size):
        off = i * RECORD.size
        t, kind, a, b, c = RECORD.unpack_from(data, off)
        if kind == HOST_IN:
            out.append(Record(t, kind, a, 0, 0, data[off + 10 : off + 10 + min(a, 6)]))
        else:
            out.append(Record(t, kind, a, b, c))
    return out


class PinTrace:
    """One read of the trace, indexed by pin."""

    def __init__(self, records: list[Record]) -> None:
        self.records = records
        self._edges: dict[int, list[tuple[float, int]]] = {}
        for r in records:
            if r.kind in (PIN, INPUT):
                self._edges.setdefault(r.a, []).append((r.t_ns, r.b))
        for edges in self._edges.values():
            edges.sort(key=lambda e: e[0])  # PIO edges are written when their state machine catches up

    @classmethod
    def read(cls, path: Path, start: int = 0) -> PinTrace:
        return cls(read_records(path, start))

    @property
    def end_ns(self) -> float:
        """The latest time the trace has seen."""
        return max((r.t_ns for r in self.records), default=0.0)

    def edges(self, gpio: int, after: float = 0.0, before: float = float("inf")) -> list[tuple[float, int]]:
        """(time, level) of each change of ``gpio`` in [after, before)."""
        edges = self._edges.get(gpio, [])
        lo = bisect.bisect_left(edges, (after, -1))
        return [e for e in edges[lo:] if e[0] < before]

    def level_at(self, gpio: int, t_ns: float) -> int | None:
        """The pin's level at ``t_ns`` (its last change at or before it), None before the first."""
        edges = self._edges.get(gpio, [])
        i = bisect.bisect_right(edges, (t_ns, 3))
        return edges[i - 1][1] if i else None

    def high_pulses(self, gpio: int, after: float = 0.0, before: float = float("inf")) -> list[Pulse]:
        """Whole high pulses (rise and fall both) of ``gpio`` rising in [after, before)."""
        out = []
        rise = None
        for t, lv in self.edges(gpio, after):
            if lv == 1:
                rise = t
            elif rise is not None:
                if rise < before:
                    out.append(Pulse(rise, t))
                rise = None
        return out

    def rising(self, gpio: int, after: float = 0.0, before: float = float("inf")) -> list[float]:
        return [t for t, lv in self.edges(gpio, after, before) if lv == 1]

    def steps(
        self, axis: str, after: float = 0.0, before: float = float("inf"), *, enabled: bool = True
    ) -> int:
        """Signed step pulses of a stepper in [after, before): + with its direction pin high. With
        ``enabled``, only those the driver takes (its enable low), as the carriage sees them."""
        step, dirn = STEP_GPIO[axis]
        n = 0
        for t in self.rising(step, after, before):
            if enabled and self.level_at(ENABLE_GPIO, t) != 0:
                continue
            n += 1 if self.level_at(dirn, t) == 1 else -1
        return n

    def starts(self) -> list[tuple[float, str]]:
        """(time, cause) of each chip start."""
        return [(r.t_ns, CAUSES.get(r.a, str(r.a))) for r in self.records if r.kind == START]

    def faults(self) -> list[tuple[float, int]]:
        return [(r.t_ns, r.c) for r in self.records if r.kind == FAULT]

    def frames(self) -> list[HostFrame]:
        """The host's frames as the board received them, each at the time its last byte arrived."""
        pk = framing.Packetizer()
        out = []
        for r in self.records:
            if r.kind == START:
                pk.reset()
            if r.kind != HOST_IN:
                continue
            for f in pk.feed(r.data):
                if isinstance(f, framing.RawFrame):
                    out.append(HostFrame(r.t_ns, f.msg, f.seq, f.payload))
        return out


def expected_servo_us(
    pos_milli: int, lo: int, hi: int, cal_lo: int, cal_hi: int, invert: bool = False
) -> int:
    """The pulse width hal_board.BoardHal.set_axis computes for a servo position (0.001 unit): linear
    from ``cal_lo`` us at ``lo`` to ``cal_hi`` us at ``hi``, in integers as the board does.

    >>> expected_servo_us(0, -170000, 170000, 500, 2500)
    1500
    """
    p0, p1 = (cal_hi, cal_lo) if invert else (cal_lo, cal_hi)
    pos = min(max(pos_milli, lo), hi)
    return p0 + (pos - lo) * (p1 - p0) // (hi - lo)


def duty_rounding_us(us: int) -> float:
    """What hal_board's us -> duty_u16 step loses (us * 65535 // 20000): at most one duty count."""
    duty = us * 65535 // SERVO_PERIOD_US
    return us - duty * SERVO_PERIOD_US / 65535
