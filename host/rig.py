"""Rig: the host library's API to one board. Every CLI command is a call on it.

Positions are in the axis unit (degrees or millimetres) as floats here and as integer
thousandths on the wire.

Example:
    >>> from orbitrig.host.rig import Rig
    >>> with Rig.connect("/dev/pts/7") as rig:        # doctest: +SKIP
    ...     rig.arm()
    ...     rig.move_to({"pan": 30, "tilt": -10}, duration=2.0)
    ...     rig.wait_idle()
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from orbitrig.protocol import PROTOCOL_VERSION, SCHEMA_HASH
from orbitrig.protocol.messages import (
    BOARD_AXIS,
    AxisKind,
    BoardKind,
    ConfigKey,
    DoneReason,
    EventKind,
    Flag,
    Msg,
    ResetCause,
    ShotPhase,
    State,
    Unit,
)

from .errors import BadInput, BoardSilent, ProtocolMismatch
from .link import Frame, Link

SCALE = 1000  # wire integers are thousandths of the axis unit
WIRE_MIN = -(1 << 31)  # positions, velocities and config values travel as int32
WIRE_MAX = (1 << 31) - 1


def _fmt(x: float) -> str:
    return f"{x:.15g}"


def to_wire(value: Any, where: str, *, scale: int = SCALE, lo: int = WIRE_MIN, hi: int = WIRE_MAX) -> int:
    """``value`` in the user's unit as the wire's integer (``value * scale``, rounded).

    Raises BadInput naming ``where`` (an axis and field, e.g. ``"pan target"``) for a value
    that is not a finite number or that the wire field cannot carry; the allowed range is
    given in the user's unit. Every float that goes on the wire goes through here."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadInput(f"{where}: {value!r} is not a number")
    if not math.isfinite(value):
        raise BadInput(f"{where}: {value} is not a finite number")
    scaled = value * scale
    wire = round(scaled) if math.isfinite(scaled) else None
    if wire is None or not lo <= wire <= hi:
        raise BadInput(f"{where}: {value:g} outside {_fmt(lo / scale)}..{_fmt(hi / scale)}")
    return wire


def _enum_name(enum: type, value: int) -> str:
    try:
        return enum(value).name
    except ValueError:
        return f"UNKNOWN({value})"


@dataclass(frozen=True)
class Axis:
    index: int
    name: str
    kind: str
    unit: str
    min: float
    max: float
    vmax: float

    @property
    def unit_symbol(self) -> str:
        return "°" if self.unit == "DEG" else "mm"


@dataclass(frozen=True)
class BoardInfo:
    """What the board said in IDENTIFY."""

    version: int
    schema: int
    build_id: str
    board: str
    reset_cause: str
    rx_window: int
    tick_hz: int
    boot_id: int
    axes: tuple[Axis, ...]


@dataclass(frozen=True)
class Sample:
    """One TELEMETRY frame: board time, state and per-axis position and velocity."""

    t_us: int
    tseq: int
    state: str
    flags: int
    pos: tuple[float, ...]
    vel: tuple[float, ...]
    t_host: float


@dataclass(frozen=True)
class Status:
    state: str
    flags: int
    t_us: int
    rx_frames: int
    rx_bad: int
    tx_frames: int
    telemetry_hz: int
    motion_id: int
    executed: int
    rx_dup: int
    ev_next: int
    pos: tuple[float, ...]
    target: tuple[float, ...]


@dataclass(frozen=True)
class Event:
    """One board event: what happened, when (board time) and its arguments."""

    evseq: int
    kind: str
    t_us: int
    a: int
    b: int

    def describe(self) -> str:
        if self.kind == "MOTION_DONE":
            return f"motion {self.a} {_enum_name(DoneReason, self.b).lower()}"
        if self.kind == "STATE":
            return f"state {_enum_name(State, self.b)} -> {_enum_name(State, self.a)}"
        return f"{self.kind.lower()} a={self.a} b={self.b}"


FLAG_MEANINGS = {
    "CONFIG_DEFAULTS": "the stored configuration was unusable: running on safe defaults",
    "LINK_LOST": "the link watchdog or another host stopped the rig",
    "NOT_HOMED": "a stepper must be homed before it moves",
    "LIMIT": "a soft limit stopped motion",
    "WATCHDOG_RESET": "the last reset was the hardware watchdog",
}


def flag_names(flags: int) -> list[str]:
    """The names of the Flag bits set in ``flags``, lowest bit first (unknown bits as hex).

    >>> flag_names(0x05)
    ['CONFIG_DEFAULTS', 'NOT_HOMED']
    """
    out = []
    for bit in range(8):
        if flags >> bit & 1:
            try:
                out.append(Flag(1 << bit).name)
            except ValueError:
                out.append(f"0x{1 << bit:02x}")
    return out


def event_of(frame: Frame) -> Event:
    f = frame.fields
    return Event(f["evseq"], _enum_name(EventKind, f["kind"]), f["t_us"], f["a"], f["b"])


def sample_of(frame: Frame) -> Sample:
    f = frame.fields
    axes = f["axes"]
    return Sample(
        f["t_us"],
        f["tseq"],
        _enum_name(State, f["state"]),
        f["flags"],
        tuple(a["pos"] / SCALE for a in axes),
        tuple(a["vel"] / SCALE for a in axes),
        frame.t_host,
    )


def _open_log(url: str, log: bool | str) -> Any:
    import os

    if log is False or (log is True and os.environ.get("ORBITRIG_LOG") == "0"):
        return None
    try:
        from .logs.session import SessionLog, default_log_path
    except ImportError:
        return None
    path = default_log_path(url) if log is True else log
    from pathlib import Path

    return SessionLog(Path(path), {"port": url, "schema": f"{SCHEMA_HASH:08x}", "protocol": PROTOCOL_VERSION})


class Rig:
    """A connected board. Use ``Rig.connect(url)``; it handshakes before returning."""

    def __init__(self, link: Link) -> None:
        self.link = link
        self.info: BoardInfo | None = None
        self._jog_id = 0

    # --- connection -----------------------------------------------------------------------
    @classmethod
    def connect(
        cls,
        url: str,
        *,
        timeout: float = 1.0,
        handshake: bool = True,
        log: bool | str = True,
        rig: str | None = None,
        direct: bool = False,
        label: str = "script",
    ) -> Rig:
        """Open ``url`` and handshake. ``log``: True writes a session log to the default
        place ($ORBITRIG_LOG_DIR, else ~/.local/state/orbitrig/logs), a path writes it
        there, False writes none ($ORBITRIG_LOG=0 also turns it off).

        When a rig server owns ``url`` (or ``url`` is a server's http:// address), the Rig
        goes through it (docs/server.md): the same methods, and motion needs
        ``take_control()``. ``rig`` refuses a board whose name differs; ``direct`` never
        uses a server."""
        if not direct:
            from .server.client import check_rig, locate

            entry = locate(url, rig)
            if entry is not None:
                from .server.remote import RemoteLink

                remote = RemoteLink(entry, timeout=timeout, label=label)
                try:
                    check_rig(entry, rig, str(remote.server.get("name") or ""))
                    r = cls(remote)  # type: ignore[arg-type]
                    if handshake:
                        r.hello()
                except BaseException:
                    remote.close()
                    raise
                return r
        # The port first: a port that fails to open leaves no session log behind.
        link = Link.open(url, timeout=timeout)
        try:
            link.log = _open_log(url, log)
            r = cls(link)
            if handshake:
                r.hello()
            if rig:
                from .rigname import require

                require(r, rig, url)
        except BaseException:
            link.close()
            raise
        return r

    @property
    def via_server(self) -> bool:
        """True when a rig server stands between this Rig and the board."""
        return hasattr(self.link, "take_control")

    def take_control(self, force: bool = False) -> None:
        """Take a rig server's control lease, which motion commands need (one holder at a time;
        ``force`` takes it over). A direct link is exclusive already: nothing to do."""
        take = getattr(self.link, "take_control", None)
        if take is not None:
            take(force)

    def release_control(self) -> None:
        """Give a rig server's control lease back (motion keeps running)."""
        give = getattr(self.link, "release_control", None)
        if give is not None:
            give()

    def close(self) -> None:
        self.link.close()

    def __enter__(self) -> Rig:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- identity -------------------------------------------------------------------------
    def hello(self, *, check: bool = True) -> BoardInfo:
        """Handshake. Refuses (ProtocolMismatch) a board whose version or schema differs."""
        return self._adopt(self.link.hello(), check=check)

    def _adopt(self, f: Mapping[str, Any], *, check: bool = True) -> BoardInfo:
        # IDENTIFY fields -> BoardInfo, checked against this host's protocol and schema
        info = BoardInfo(
            version=f["version"],
            schema=f["schema"],
            build_id=f["build_id"],
            board=_enum_name(BoardKind, f["board"]),
            reset_cause=_enum_name(ResetCause, f["reset_cause"]),
            rx_window=f["rx_window"],
            tick_hz=f["tick_hz"],
            boot_id=f["boot_id"],
            axes=tuple(
                Axis(
                    i,
                    a["name"],
                    _enum_name(AxisKind, a["kind"]),
                    _enum_name(Unit, a["unit"]),
                    a["min"] / SCALE,
                    a["max"] / SCALE,
                    a["vmax"] / SCALE,
                )
                for i, a in enumerate(f["axes"])
            ),
        )
        if check and (info.version != PROTOCOL_VERSION or info.schema != SCHEMA_HASH):
            raise ProtocolMismatch(
                f"protocol mismatch: host v{PROTOCOL_VERSION} schema {SCHEMA_HASH:08x}, "
                f"board v{info.version} schema {info.schema:08x} (build {info.build_id}); "
                "flash a matching firmware or update the host"
            )
        self.info = info
        return info

    @property
    def axes(self) -> tuple[Axis, ...]:
        if self.info is None:
            self.hello()
        assert self.info is not None
        return self.info.axes

    def axis(self, key: str | int) -> Axis:
        """An axis by name or index; BadInput names the axes the board has."""
        axes = self.axes
        if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
            i = int(key)
            if 0 <= i < len(axes):
                return axes[i]
        else:
            for a in axes:
                if a.name == key:
                    return a
        names = ", ".join(a.name for a in axes)
        raise BadInput(f"unknown axis {key!r}; this board has {names}")

    # --- commands -------------------------------------------------------------------------
    def ping(self, token: int = 0) -> tuple[float, int]:
        """Round trip in seconds, and the board time of the answer (us mod 2**30)."""
        t0 = time.perf_counter()
        f = self.link.request(Msg.PING, {"token": token & 0xFFFFFFFF}).fields
        rtt = time.perf_counter() - t0
        if f["token"] != token & 0xFFFFFFFF:
            raise BoardSilent(f"PONG carried token {f['token']}, expected {token}")
        return rtt, f["t_us"]

    def arm(self) -> None:
        self.link.request(Msg.ARM)

    def disarm(self) -> None:
        self.link.request(Msg.DISARM)

    def move_to(
        self, targets: Mapping[str | int, float], *, duration: float | None = None, speed: float = 1.0
    ) -> int:
        """Start a coordinated move; returns the board's motion id once it is accepted.

        ``duration`` in seconds, or None for as fast as ``speed`` (a fraction of each
        axis's vmax) allows.
        """
        if not targets:
            raise BadInput("move needs at least one axis=value target")
        if not 0.001 <= speed <= 1.0:
            raise BadInput(f"speed {speed:g} outside 0.001..1")
        if duration is not None and not 0 < duration <= 600:
            raise BadInput(f"duration {duration:g} s outside 0..600 s")
        wire_targets = []
        for key, value in targets.items():
            a = self.axis(key)
            wire_targets.append({"axis": a.index, "pos": to_wire(value, f"{a.name} target")})
        f = self.link.request(
            Msg.MOVE_TO,
            {
                "duration_ms": round(duration * 1000) if duration else 0,
                "speed_permille": max(1, round(speed * 1000)),
                "targets": wire_targets,
            },
        ).fields
        return f["result"]

    def stop(self) -> None:
        self.link.request(Msg.STOP)

    def status(self) -> Status:
        f = self.link.request(Msg.GET_STATUS).fields
        return Status(
            state=_enum_name(State, f["state"]),
            flags=f["flags"],
            t_us=f["t_us"],
            rx_frames=f["rx_frames"],
            rx_bad=f["rx_bad"],
            tx_frames=f["tx_frames"],
            telemetry_hz=f["telemetry_hz"],
            motion_id=f["motion_id"],
            executed=f["executed"],
            rx_dup=f["rx_dup"],
            ev_next=f["ev_next"],
            pos=tuple(a["pos"] / SCALE for a in f["axes"]),
            target=tuple(a["target"] / SCALE for a in f["axes"]),
        )

    def estop(self) -> None:
        """Cut the outputs now (priority path). Latches until ``clear()``."""
        self.link.request(Msg.ESTOP)

    def clear(self) -> None:
        """Leave ESTOP, FAULT or HOLD: the board comes back DISARMED."""
        self.link.request(Msg.CLEAR)

    def jog(self, axis: str | int, velocity: float, *, jog_id: int | None = None, timeout_ms: int = 0) -> int:
        """Start or refresh a jog of ``axis`` at ``velocity`` unit/s; returns the jog id.

        The board stops the jog unless the same id is sent again within ``timeout_ms``
        (0: the board's default, 200 ms)."""
        a = self.axis(axis)
        vel = to_wire(velocity, f"{a.name} jog velocity")
        auto = jog_id is None
        for _ in range(2):
            if auto:
                jog_id = self._jog_id = (self._jog_id % 0xFFFF) + 1
            assert jog_id is not None
            f = self.link.request(
                Msg.JOG,
                {"axis": a.index, "vel": vel, "jog_id": jog_id, "timeout_ms": timeout_ms},
            ).fields
            if f["result"] & 1:
                return jog_id
            if not auto:
                break
            self._jog_id = f["result"] >> 8  # the board's last ended jog: start after it
        raise BadInput(f"jog {jog_id} is stale (ended or superseded); start a new one")

    def jog_end(self, jog_id: int) -> None:
        self.link.request(Msg.JOG_END, {"jog_id": jog_id})

    def home(self, axes: list[str | int] | None = None) -> int:
        """Home the named axes (all by default); returns the motion id."""
        mask = 0
        for key in axes or []:
            mask |= 1 << self.axis(key).index
        return self.link.request(Msg.HOME, {"axes": mask}).fields["result"]

    def config_get(self, axis: str | int, key: str) -> tuple[int, int, int]:
        """(value, lo, hi) of one setting, in wire units (docs/protocol.md, ConfigKey)."""
        ax, k = self._config_key(axis, key)
        f = self.link.request(Msg.GET_CONFIG, {"axis": ax, "key": k}).fields
        return f["value"], f["lo"], f["hi"]

    def config_set(self, axis: str | int, key: str, value: int) -> None:
        """Validate, apply and save one setting on the board (wire units)."""
        ax, k = self._config_key(axis, key)
        self.link.request(Msg.SET_CONFIG, {"axis": ax, "key": k, "value": value})
        if k == ConfigKey.LINK_TIMEOUT:
            self.link.set_watchdog(value)  # keepalives keep pace with the board's new watchdog

    def _config_key(self, axis: str | int, key: str) -> tuple[int, int]:
        try:
            k = ConfigKey[key.upper()]
        except KeyError:
            raise BadInput(
                f"unknown setting {key!r}; known: {', '.join(x.name.lower() for x in ConfigKey)}"
            ) from None
        if axis == "board":
            if k < ConfigKey.LINK_TIMEOUT:
                raise BadInput(f"{key} is a per-axis setting, not a board one")
            return BOARD_AXIS, k
        if k >= ConfigKey.LINK_TIMEOUT:
            raise BadInput(f"{key} is a board setting: use board.{key}")
        return self.axis(axis).index, k

    # --- shots (the player in orbitrig.host.shots.player drives these) ------------------------
    def shot_state(self) -> dict[str, Any]:
        """The board's shot buffer and player: phase, ticks played, words held, capacity."""
        f = dict(self.link.request(Msg.GET_SHOT).fields)
        f["phase"] = _enum_name(ShotPhase, f["phase"])
        f["done_reason"] = _enum_name(DoneReason, f["done_reason"])
        return f

    def trigger(self, line: int, level: int = 1, pulse: float = 0.0) -> None:
        """Set trigger line ``line`` now; with ``pulse`` (s), set it back after that long."""
        if not 0 <= pulse <= 10:
            raise BadInput(f"pulse {pulse:g} s outside 0..10 s")
        self.link.request(
            Msg.TRIGGER, {"line": line, "level": 1 if level else 0, "pulse_us": round(pulse * 1e6)}
        )

    def set_telemetry(self, rate_hz: int) -> None:
        self.link.request(Msg.SET_TELEMETRY, {"rate_hz": rate_hz})

    def telemetry(self, timeout: float = 1.0) -> Sample:
        """The next TELEMETRY sample (after any already buffered). Raises BoardSilent."""
        buf = self.link.telemetry
        deadline = time.monotonic() + timeout
        while not buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BoardSilent(f"no telemetry from {self.link.url} within {timeout:g} s (is it enabled?)")
            self.link.pump(left)
        return sample_of(buf.popleft())

    def wait_idle(self, timeout: float = 30.0, poll: float = 0.05) -> Status:
        """Block until no motion is running; returns the final status."""
        deadline = time.monotonic() + timeout
        while True:
            st = self.status()
            if st.state not in ("MOVING", "JOGGING", "RUNNING"):
                return st
            if time.monotonic() > deadline:
                raise BoardSilent(f"motion still running after {timeout:g} s (state {st.state})")
            self.link.pump(poll)

    def sleep(self, seconds: float) -> None:
        """Wait while keeping the link alive (the board holds a moving rig whose host goes
        quiet for longer than its link timeout)."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            self.link.pump(left)

    def drain(self) -> None:
        """Forget buffered telemetry and events."""
        self.link.telemetry.clear()
        self.link.events.clear()

    def event(self, timeout: float = 1.0) -> Event:
        """The next board event, in order and without gaps (lost ones are fetched again)."""
        buf = self.link.events
        deadline = time.monotonic() + timeout
        while not buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BoardSilent(f"no event from {self.link.url} within {timeout:g} s")
            self.link.pump(left)
        return event_of(buf.popleft())

    def wait_motion(self, motion_id: int, timeout: float = 30.0) -> str:
        """Wait for MOTION_DONE of ``motion_id``; returns how it ended (e.g. COMPLETE).
        Other events stay buffered for ``event()``."""
        deadline = time.monotonic() + timeout
        buf = self.link.events
        while True:
            for f in buf:
                if f.fields["kind"] == EventKind.MOTION_DONE and f.fields["a"] == motion_id:
                    buf.remove(f)
                    return _enum_name(DoneReason, f.fields["b"])
            left = deadline - time.monotonic()
            if left <= 0:
                raise BoardSilent(f"motion {motion_id} not done after {timeout:g} s")
            self.link.pump(left)

    def reconnect(self, timeout: float = 5.0) -> BoardInfo:
        """Close and reopen the port (a replugged cable) and resume the session."""
        return self._adopt(self.link.reopen(timeout))  # reopen() has already handshaken

    def describe(self) -> dict[str, Any]:
        """What the board is (IDENTIFY) and how it stands: its state and the flags set, e.g.
        CONFIG_DEFAULTS when its stored configuration was unusable."""
        info = self.info or self.hello()
        st = self.status()
        return {
            "state": st.state,
            "flags": flag_names(st.flags),
            "protocol": info.version,
            "schema": f"{info.schema:08x}",
            "build_id": info.build_id,
            "board": info.board,
            "reset_cause": info.reset_cause,
            "tick_hz": info.tick_hz,
            "rx_window": info.rx_window,
            "axes": [
                {"name": a.name, "kind": a.kind, "unit": a.unit, "min": a.min, "max": a.max, "vmax": a.vmax}
                for a in info.axes
            ],
        }
