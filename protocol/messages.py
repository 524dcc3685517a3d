"""Message ids and payload layouts: the single definition of what travels on the wire.

Every payload is a construct Struct of fixed-size little-endian fields, optionally ending
in ONE variable tail (a u8-counted array of fixed-size items, or a u8-length UTF-8 string).
That restriction is what lets codegen emit allocation-free struct code for the firmware.

Units: positions are integers in 0.001 of the axis unit (millidegree for gimbal axes,
micrometre for linear axes); velocities in 0.001 unit/s. Board time is MicroPython's
``time.ticks_us()``: microseconds modulo 2**30.

Example:
    >>> from orbitrig.protocol.messages import PAYLOADS, Msg
    >>> PAYLOADS[Msg.PING].build({"token": 7})
    b'\\x07\\x00\\x00\\x00'
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from construct import (
    Construct,
    Int8ul,
    Int16ul,
    Int32sl,
    Int32ul,
    PaddedString,
    PascalString,
    PrefixedArray,
    Struct,
)


@dataclass(frozen=True)
class Meta:
    """What the spec and the validators need to know about one field."""

    unit: str = ""
    lo: int | None = None
    hi: int | None = None
    doc: str = ""
    enum: type[IntEnum] | None = None


def field(
    name: str,
    con: Construct,
    doc: str,
    unit: str = "",
    lo: int | None = None,
    hi: int | None = None,
    enum: type[IntEnum] | None = None,
) -> Construct:
    """A named field carrying its unit, range and meaning for the spec generator."""
    sc = (name / con) * doc
    sc.orbit_meta = Meta(unit, lo, hi, doc, enum)  # type: ignore[attr-defined]
    return sc


# fmt: off
class Msg(IntEnum):
    """Message ids. HELLO and IDENTIFY keep their ids, and the leading version and schema fields
    of their layouts, in every protocol version, so peers of any two versions can tell."""
    HELLO         = 0x01  # host -> board: who are you? (and which host session asks)
    IDENTIFY      = 0x02  # board -> host: version, schema hash, build, axes
    ACK           = 0x03  # board -> host: command accepted
    NACK          = 0x04  # board -> host: command refused, with a reason
    PING          = 0x05  # host -> board
    PONG          = 0x06  # board -> host
    EVENT         = 0x07  # board -> host: one event, with its own sequence number
    GET_EVENTS    = 0x08  # host -> board: resend events from a sequence number on
    GET_AXIS      = 0x09  # host -> board: one axis's description (a short IDENTIFY omits them)
    AXIS          = 0x0A  # board -> host: answer to GET_AXIS
    GET_STATUS    = 0x10  # host -> board
    STATUS        = 0x11  # board -> host
    SET_TELEMETRY = 0x12  # host -> board: telemetry rate
    TELEMETRY     = 0x13  # board -> host: time, state, per-axis position and velocity
    ARM           = 0x20  # host -> board: DISARMED -> IDLE
    DISARM        = 0x21  # host -> board: IDLE -> DISARMED
    MOVE_TO       = 0x22  # host -> board: coordinated move to per-axis targets
    STOP          = 0x23  # host -> board: controlled stop
    ESTOP         = 0x24  # host -> board: cut the outputs now; latches until CLEAR
    CLEAR         = 0x25  # host -> board: ESTOP, FAULT or HOLD -> DISARMED
    JOG           = 0x26  # host -> board: velocity mode for one axis, with a deadman
    JOG_END       = 0x27  # host -> board: decelerate a jog to a stop
    HOME          = 0x28  # host -> board: steppers seek their switch, servos go home
    GET_CONFIG    = 0x30  # host -> board: read one configuration value
    CONFIG        = 0x31  # board -> host: a configuration value and its allowed range
    SET_CONFIG    = 0x32  # host -> board: validate, apply and save one value
    GET_NAME      = 0x33  # host -> board: the rig's name
    NAME          = 0x34  # board -> host: answer to GET_NAME
    SET_NAME      = 0x35  # host -> board: name the rig (kept in its configuration)
    CONFIG_STAGE  = 0x36  # host -> board: values for an all-or-nothing change, each range-checked, held
    CONFIG_APPLY  = 0x37  # host -> board: check the staged values together; apply and save all, or none
    REPL          = 0x40  # host -> board: leave the protocol and hand the port to the REPL
    SHOT_LOAD     = 0x50  # host -> board: start uploading a shot (replaces a loaded one)
    SHOT_DATA     = 0x51  # host -> board: the next words of the shot being uploaded
    SHOT_COMMIT   = 0x52  # host -> board: the upload (or a stream's prefix) is complete: check it
    SHOT_PLAY     = 0x53  # host -> board: play the committed shot from a board time
    SHOT_PAUSE    = 0x54  # host -> board: slow the shot's clock to a stop, on the shot's path
    SHOT_RESUME   = 0x55  # host -> board: bring the shot's clock back up to speed
    GET_SHOT      = 0x56  # host -> board: the shot buffer and player state
    SHOT_STATE    = 0x57  # board -> host: answer to GET_SHOT
    TRIGGER       = 0x58  # host -> board: set a trigger line now (a level, or a pulse)


class ErrorCode(IntEnum):
    """NACK error codes."""
    UNKNOWN_MESSAGE = 1   # the message id is not in this board's table
    BAD_LENGTH      = 2   # payload shorter or longer than its layout
    CORRUPT         = 3   # CRC mismatch; the seq was readable but may itself be damaged
    BAD_VERSION     = 4   # frame version nibble differs from the board's
    BAD_STATE       = 5   # not allowed in the current state (the reason names it)
    LIMIT           = 6   # a target beyond an axis limit (the reason names axis and limit)
    BAD_AXIS        = 7   # no such axis index
    BAD_VALUE       = 8   # a field outside its range (the reason names the field)
    BUSY            = 9   # a queue is full (the reason says which)
    INTERNAL        = 10  # the firmware caught an exception handling this command
    OUT_OF_ORDER    = 11  # seq ahead of the one the board expects: an earlier frame was lost
    CANCELLED       = 12  # never executed: a STOP/ESTOP sent after it arrived first
    NOT_KEPT        = 13  # seq handled before, its reply not kept (another host since): outcome unknown


class EventKind(IntEnum):
    MOTION_DONE = 1  # a = motion id, b = DoneReason
    STATE       = 2  # a = new State, b = previous State
    FAULT       = 3  # a = fault code, b = detail
    LIMIT       = 4  # a = axis, b = the limit hit (0.001 unit)
    TRIGGER     = 5  # a = line, b = level
    LINK_LOSS   = 6  # a = ms of silence, b = 0 the watchdog tripped, 1 HELLO from another host session
    CUE         = 7  # a shot's trigger edge fired: a = edge index, b = scheduled board time
    CAMERA      = 8  # camera confirmed an exposure: a = shutter edge index, b = its trigger time
    SHOT_DONE   = 9  # a = shot id | DoneReason << 16, b = the shot tick it ended at
    FRAME       = 10  # stop-motion frame shot: a = frame index, b = confirmation latency us, -1 none
    SHOT_PAUSE  = 11  # a shot's clock slows to a stop: a = its tick now, b = shot ticks it runs on
    SHOT_RESUME = 12  # a shot's clock comes back: a = its tick now, b = shot ticks it takes


class DoneReason(IntEnum):
    COMPLETE = 0  # reached its targets
    STOPPED  = 1  # STOP (controlled deceleration)
    ESTOP    = 2  # ESTOP (outputs cut)
    FAULT    = 3  # a fault or the link-loss watchdog
    LIMIT    = 4  # a soft limit
    STARVED  = 5  # a streamed shot ran out of data: braked under control
    DROPPED  = 6  # accepted and queued, never started: a STOP, ESTOP or fault dropped the queue


class ConfigKey(IntEnum):
    """Configuration keys. Per-axis keys take the axis index; board keys take axis 255."""
    MIN          = 1   # soft limit low, 0.001 unit
    MAX          = 2   # soft limit high, 0.001 unit
    VMAX         = 3   # 0.001 unit/s
    AMAX         = 4   # 0.001 unit/s^2
    JMAX         = 5   # 0.001 unit/s^3
    HOME         = 6   # home position, 0.001 unit (steppers: position at the switch)
    INVERT       = 7   # 1 = reverse the output direction
    CAL_LO       = 8   # servo: pulse us at MIN; stepper: steps per unit
    CAL_HI       = 9   # servo: pulse us at MAX; stepper: unused (0)
    ESTOP_HOLD   = 10  # servo on ESTOP: 1 = hold position, 0 = release (no pulses)
    LINK_TIMEOUT = 32  # board: ms without a valid frame before a moving rig holds
    JOG_TIMEOUT  = 33  # board: default jog deadman, ms
    REQUIRE_HOME = 34  # board: 1 = steppers must be homed before they move


class Flag(IntEnum):
    """Bits of the STATUS/TELEMETRY flags byte."""
    CONFIG_DEFAULTS = 0x01  # the stored configuration was unreadable: running on safe defaults
    LINK_LOST       = 0x02  # the link-loss watchdog stopped the rig (state HOLD)
    NOT_HOMED       = 0x04  # a stepper that needs homing has not been homed
    LIMIT           = 0x08  # a soft limit clamped motion since the last CLEAR/ARM
    WATCHDOG_RESET  = 0x10  # the last reset was the hardware watchdog


BOARD_AXIS = 255


class ShotPhase(IntEnum):
    """Where the board's shot buffer and player are (SHOT_STATE.phase)."""
    EMPTY    = 0  # no shot loaded
    LOADING  = 1  # SHOT_LOAD accepted, data arriving, not yet committed
    READY    = 2  # committed (CRC checked): may be played
    WAITING  = 3  # SHOT_PLAY accepted: holding the start position until the start time
    PLAYING  = 4
    DONE     = 5  # played to its end (the shot stays loaded: play it again)
    ABORTED  = 6  # stopped early; done_reason says why
    PAUSING  = 7  # its clock slowing to a stop, on the shot's path
    PAUSED   = 8  # its clock stopped: the rig holds where the path stopped
    RESUMING = 9  # its clock coming back up to speed


class ShotFlag(IntEnum):
    """Bits of SHOT_LOAD.flags."""
    STREAM = 0x01  # longer than the buffer: it plays while the rest arrives


class BoardKind(IntEnum):
    SIM   = 0  # the emulated board (MicroPython unix port + simulated HAL)
    RP2   = 1  # Raspberry Pi Pico / RP2040
    ESP32 = 2
    QEMU  = 3  # the emulated microcontroller (MicroPython on QEMU's Cortex-M3, docs/mcu.md)


class ResetCause(IntEnum):
    POWER_ON = 0
    SOFT     = 1  # soft reset, or reset requested by the host
    WATCHDOG = 2
    HARD     = 3  # reset pin or machine.reset()
    DEEPSLEEP = 4
    UNKNOWN  = 255


class AxisKind(IntEnum):
    SERVO   = 0  # PWM hobby/gimbal servo, position-controlled
    STEPPER = 1  # step/dir driver


class Unit(IntEnum):
    DEG = 0  # positions in millidegrees
    MM  = 1  # positions in micrometres


class State(IntEnum):
    BOOT     = 0
    DISARMED = 1
    IDLE     = 2
    MOVING   = 3
    JOGGING  = 4
    RUNNING  = 5  # playing a shot (or waiting for its start time)
    HOLD     = 6
    FAULT    = 7
    ESTOP    = 8


AXIS_NAME_LEN = 8
RIG_NAME_MAX = 16  # letters, digits, - _ . (the board checks)
BUILD_ID_LEN = 32
REASON_MAX = 64

AxisInfo = Struct(
    field("name", PaddedString(AXIS_NAME_LEN, "ascii"), "axis name, NUL padded"),
    field("kind", Int8ul, "servo or stepper", enum=AxisKind),
    field("unit", Int8ul, "deg or mm", enum=Unit),
    field("min", Int32sl, "soft limit, low", "0.001 unit"),
    field("max", Int32sl, "soft limit, high", "0.001 unit"),
    field("vmax", Int32ul, "maximum velocity", "0.001 unit/s", 1),
)

AxisTarget = Struct(
    field("axis", Int8ul, "axis index, as listed by IDENTIFY", lo=0, hi=15),
    field("pos", Int32sl, "target position", "0.001 unit"),
)

AxisSample = Struct(
    field("pos", Int32sl, "position", "0.001 unit"),
    field("vel", Int32sl, "velocity", "0.001 unit/s"),
)

ShotWord = Struct(
    field("w", Int32sl, "one word of the compiled shot (docs/shots.md: record layouts)"),
)

ConfigItem = Struct(
    field("axis", Int8ul, "axis index, or 255 for board settings"),
    field("key", Int8ul, "configuration key", enum=ConfigKey),
    field("value", Int32sl, "new value (unit by key)"),
)

AxisStatus = Struct(
    field("pos", Int32sl, "position", "0.001 unit"),
    field("target", Int32sl, "target of the current or last move", "0.001 unit"),
)

PAYLOADS: dict[Msg, Struct] = {
    Msg.HELLO: Struct(
        field("host_version", Int8ul, "host's protocol version", lo=0, hi=15),
        field("host_schema", Int32ul, "host's schema hash"),
        field("session", Int32ul, "random per host session; another one while the rig moves stops it"),
        field("flags", Int8ul, "1 = IDENTIFY without its axes (asked with GET_AXIS): short frames pass noise"),
    ),
    Msg.IDENTIFY: Struct(
        field("version", Int8ul, "board's protocol version", lo=0, hi=15),
        field("schema", Int32ul, "board's schema hash"),
        field("rx_window", Int8ul, "commands the board accepts in flight", lo=1, hi=8),
        field("board", Int8ul, "board kind", enum=BoardKind),
        field("reset_cause", Int8ul, "why the board last reset", enum=ResetCause),
        field("tick_hz", Int16ul, "control loop rate", "Hz", 1),
        field("boot_id", Int16ul, "random per boot: a change means the board restarted"),
        field("rx_next", Int8ul, "sequence number the board expects next", lo=0, hi=15),
        field("ev_next", Int16ul, "sequence number of the board's next event"),
        field("build_id", PaddedString(BUILD_ID_LEN, "ascii"), "firmware build id"),
        field("axes", PrefixedArray(Int8ul, AxisInfo), "the board's axes, in index order"),
    ),
    Msg.ACK: Struct(
        field("seq", Int8ul, "sequence number of the accepted command", lo=0, hi=15),
        field("result", Int32ul, "command result: motion id for motion commands, else 0"),
    ),
    Msg.NACK: Struct(
        field("seq", Int8ul, "sequence number of the refused command", lo=0, hi=15),
        field("code", Int8ul, "error code", enum=ErrorCode),
        field("reason", PascalString(Int8ul, "utf8"), "short human-readable reason"),
    ),
    Msg.PING: Struct(
        field("token", Int32ul, "echoed in PONG"),
    ),
    Msg.PONG: Struct(
        field("token", Int32ul, "the PING's token"),
        field("t_us", Int32ul, "board time when answering", "us mod 2^30"),
    ),
    Msg.EVENT: Struct(
        field("evseq", Int16ul, "event sequence number; a gap means lost events"),
        field("kind", Int8ul, "what happened", enum=EventKind),
        field("t_us", Int32ul, "board time of the event", "us mod 2^30"),
        field("a", Int32sl, "first argument, by kind"),
        field("b", Int32sl, "second argument, by kind"),
    ),
    Msg.GET_EVENTS: Struct(
        field("from_seq", Int16ul, "first event to resend"),
    ),
    Msg.GET_AXIS: Struct(
        field("axis", Int8ul, "axis index", lo=0, hi=15),
    ),
    Msg.AXIS: Struct(
        field("axis", Int8ul, "axis index", lo=0, hi=15),
        field("count", Int8ul, "how many axes the board has"),
        field("name", PaddedString(AXIS_NAME_LEN, "ascii"), "axis name, NUL padded"),
        field("kind", Int8ul, "servo or stepper", enum=AxisKind),
        field("unit", Int8ul, "deg or mm", enum=Unit),
        field("min", Int32sl, "soft limit, low", "0.001 unit"),
        field("max", Int32sl, "soft limit, high", "0.001 unit"),
        field("vmax", Int32ul, "maximum velocity", "0.001 unit/s", 1),
    ),
    Msg.GET_STATUS: Struct(),
    Msg.STATUS: Struct(
        field("state", Int8ul, "safety state", enum=State),
        field("flags", Int8ul, "fault flags, 0 when healthy"),
        field("t_us", Int32ul, "board time", "us mod 2^30"),
        field("rx_frames", Int32ul, "valid frames received"),
        field("rx_bad", Int32ul, "frames dropped: CRC, COBS or length errors"),
        field("tx_frames", Int32ul, "frames sent"),
        field("telemetry_hz", Int16ul, "telemetry rate", "Hz"),
        field("motion_id", Int16ul, "id of the current or last motion"),
        field("executed", Int32ul, "sequenced commands executed, each exactly once"),
        field("rx_dup", Int32ul, "retransmitted commands answered from the reply cache"),
        field("ev_next", Int16ul, "sequence number of the board's next event"),
        field("axes", PrefixedArray(Int8ul, AxisStatus), "per-axis position and target"),
    ),
    Msg.SET_TELEMETRY: Struct(
        field("rate_hz", Int16ul, "telemetry frames per second, 0 = off", "Hz", 0, 1000),
    ),
    Msg.TELEMETRY: Struct(
        field("t_us", Int32ul, "board time of the sample", "us mod 2^30"),
        field("tseq", Int16ul, "telemetry counter; a gap means lost frames"),
        field("state", Int8ul, "safety state", enum=State),
        field("flags", Int8ul, "fault flags"),
        field("ev_next", Int16ul, "sequence number of the board's next event"),
        field("axes", PrefixedArray(Int8ul, AxisSample), "per-axis samples, in index order"),
    ),
    Msg.ARM: Struct(),
    Msg.DISARM: Struct(),
    Msg.MOVE_TO: Struct(
        field("duration_ms", Int32ul, "move duration; 0 = as fast as speed allows", "ms", 0, 600000),
        field("speed_permille", Int16ul, "fraction of each axis's vmax, when duration is 0",
              "1/1000", 1, 1000),
        field("targets", PrefixedArray(Int8ul, AxisTarget), "axes to move and their targets"),
    ),
    Msg.STOP: Struct(),
    Msg.ESTOP: Struct(),
    Msg.CLEAR: Struct(),
    Msg.JOG: Struct(
        field("axis", Int8ul, "axis index", lo=0, hi=15),
        field("vel", Int32sl, "target velocity; the sign is the direction", "0.001 unit/s"),
        field("jog_id", Int16ul, "a new id starts a jog, the same id refreshes its deadman", lo=1),
        field("timeout_ms", Int16ul, "deadman: stop unless refreshed within this; 0 = board default",
              "ms", 0, 5000),
    ),
    Msg.JOG_END: Struct(
        field("jog_id", Int16ul, "the jog to end; older ids arriving later are ignored", lo=1),
    ),
    Msg.HOME: Struct(
        field("axes", Int16ul, "bit mask of axes to home; 0 = all"),
    ),
    Msg.GET_CONFIG: Struct(
        field("axis", Int8ul, "axis index, or 255 for board settings"),
        field("key", Int8ul, "what to read", enum=ConfigKey),
    ),
    Msg.CONFIG: Struct(
        field("axis", Int8ul, "axis index, or 255 for board settings"),
        field("key", Int8ul, "configuration key", enum=ConfigKey),
        field("value", Int32sl, "current value (unit by key)"),
        field("lo", Int32sl, "lowest allowed value"),
        field("hi", Int32sl, "highest allowed value"),
    ),
    Msg.SET_CONFIG: Struct(
        field("axis", Int8ul, "axis index, or 255 for board settings"),
        field("key", Int8ul, "what to set", enum=ConfigKey),
        field("value", Int32sl, "new value (unit by key)"),
    ),
    Msg.GET_NAME: Struct(),
    Msg.NAME: Struct(
        field("name", PaddedString(RIG_NAME_MAX, "ascii"), "the rig's name, NUL padded; empty when it has none"),
    ),
    Msg.SET_NAME: Struct(
        field("name", PaddedString(RIG_NAME_MAX, "ascii"), "the new name: A-Z a-z 0-9 - _ . NUL padded (empty: none)"),
    ),
    Msg.CONFIG_STAGE: Struct(
        field("begin", Int8ul, "1 = drop what is staged and start a new change", lo=0, hi=1),
        field("items", PrefixedArray(Int8ul, ConfigItem), "settings to stage, each checked against its range"),
    ),
    Msg.CONFIG_APPLY: Struct(
        field("count", Int16ul, "items the host staged: a mismatch applies nothing"),
    ),
    Msg.REPL: Struct(),
    Msg.SHOT_LOAD: Struct(
        field("shot_id", Int16ul, "host's id for this shot; PLAY and SHOT_STATE name it", lo=1),
        field("words", Int32ul, "length of the compiled shot", "32-bit words", 1),
        field("ticks", Int32ul, "length of one play", "ticks", 1),
        field("crc", Int32ul, "CRC-32 (zlib) of all the words, little-endian bytes"),
        field("flags", Int8ul, "ShotFlag bits", enum=ShotFlag),
    ),
    Msg.SHOT_DATA: Struct(
        field("offset", Int32ul, "index of the first word: exactly the words received so far", "words"),
        field("words", PrefixedArray(Int8ul, ShotWord), "the next words, at most 125"),
    ),
    Msg.SHOT_COMMIT: Struct(
        field("shot_id", Int16ul, "the shot being loaded", lo=1),
        field("words", Int32ul, "words covered: all of them, or a stream's prefix", "words", 1),
        field("crc", Int32ul, "CRC-32 of those words"),
    ),
    Msg.SHOT_PLAY: Struct(
        field("shot_id", Int16ul, "the committed shot", lo=1),
        field("start_us", Int32ul, "board time of shot tick 0", "us mod 2^30"),
        field("flags", Int8ul, "1 = start at the next tick (start_us ignored)"),
    ),
    Msg.SHOT_PAUSE: Struct(),
    Msg.SHOT_RESUME: Struct(),
    Msg.GET_SHOT: Struct(),
    Msg.SHOT_STATE: Struct(
        field("shot_id", Int16ul, "the loaded shot, 0 if none"),
        field("phase", Int8ul, "player phase", enum=ShotPhase),
        field("done_reason", Int8ul, "how the last play ended", enum=DoneReason),
        field("tick", Int32ul, "shot ticks played", "ticks"),
        field("ticks", Int32ul, "length of one play", "ticks"),
        field("received", Int32ul, "words received", "words"),
        field("consumed", Int32ul, "words the player has read", "words"),
        field("capacity", Int32ul, "buffer size: the most words held at once", "words"),
        field("start_us", Int32ul, "board time of shot tick 0", "us mod 2^30"),
        field("edges", Int16ul, "trigger edges fired in this play"),
        field("lines", Int8ul, "trigger lines this board has"),
    ),
    Msg.TRIGGER: Struct(
        field("line", Int8ul, "trigger line", lo=0, hi=7),
        field("level", Int8ul, "1 high, 0 low", lo=0, hi=1),
        field("pulse_us", Int32ul, "0: set the level; else go back after this long", "us", 0, 10_000_000),
    ),
}

# Who sends what: the firmware only needs decoders for what it receives, and vice versa.
HOST_TO_BOARD = frozenset({
    Msg.HELLO, Msg.PING, Msg.GET_EVENTS, Msg.GET_AXIS, Msg.GET_STATUS, Msg.SET_TELEMETRY,
    Msg.ARM, Msg.DISARM, Msg.MOVE_TO, Msg.STOP, Msg.ESTOP, Msg.CLEAR,
    Msg.JOG, Msg.JOG_END, Msg.HOME, Msg.GET_CONFIG, Msg.SET_CONFIG, Msg.REPL,
    Msg.GET_NAME, Msg.SET_NAME, Msg.CONFIG_STAGE, Msg.CONFIG_APPLY,
    Msg.SHOT_LOAD, Msg.SHOT_DATA, Msg.SHOT_COMMIT, Msg.SHOT_PLAY, Msg.SHOT_PAUSE, Msg.SHOT_RESUME, Msg.GET_SHOT,
    Msg.TRIGGER,
})
# Handled on arrival, ahead of anything queued and even out of sequence order (see
# docs/reliability.md); they cancel earlier commands that have not arrived yet.
PRIORITY = frozenset({Msg.STOP, Msg.ESTOP})
# Not part of the sequenced command stream: always answered, never cached.
UNSEQUENCED = frozenset({Msg.HELLO})
BOARD_TO_HOST = frozenset(set(Msg) - HOST_TO_BOARD)
# fmt: on

ERRORS: dict[ErrorCode, str] = {
    ErrorCode.UNKNOWN_MESSAGE: "unknown message",
    ErrorCode.BAD_LENGTH: "bad payload length",
    ErrorCode.CORRUPT: "corrupt frame",
    ErrorCode.BAD_VERSION: "protocol version mismatch",
    ErrorCode.BAD_STATE: "not allowed in this state",
    ErrorCode.LIMIT: "beyond axis limit",
    ErrorCode.BAD_AXIS: "no such axis",
    ErrorCode.BAD_VALUE: "value out of range",
    ErrorCode.BUSY: "receive window full",
    ErrorCode.INTERNAL: "internal firmware error",
    ErrorCode.OUT_OF_ORDER: "out of order",
    ErrorCode.CANCELLED: "cancelled by a later STOP or ESTOP",
    ErrorCode.NOT_KEPT: "handled before, reply no longer kept",
}

ENUMS: tuple[type[IntEnum], ...] = (
    ErrorCode,
    EventKind,
    DoneReason,
    ConfigKey,
    Flag,
    BoardKind,
    ResetCause,
    AxisKind,
    Unit,
    State,
    ShotPhase,
    ShotFlag,
)


def meta(sc: Construct) -> Meta:
    """The Meta of a field built with ``field``."""
    return getattr(sc, "orbit_meta", Meta())
