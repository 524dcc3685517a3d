# commands.py: the command handlers and COMMANDS, the table of which state allows which command
#
# Every transition of the safety state machine is made here or in the tick (motion done,
# link loss), and a command that its state does not allow gets a NACK naming the state.
# Handlers are functions of the Board (loop.py) they run on: handler(board, seq, plen).
import gc
import time

from micropython import const

from orbitfw import wire
from orbitfw.clock import CLOCK_MASK, TICK_HZ
from orbitfw.clock import now_us as _now
from orbitfw.config import ConfigError
from orbitfw.link import PAYLOAD, RX_WINDOW

_BOOT = const(0)
_DISARMED = const(1)
_IDLE = const(2)
_MOVING = const(3)
_JOGGING = const(4)
_RUNNING = const(5)
_HOLD = const(6)
_FAULT = const(7)
_ESTOP = const(8)
_ANY = (_BOOT, _DISARMED, _IDLE, _MOVING, _JOGGING, _RUNNING, _HOLD, _FAULT, _ESTOP)

_PERIOD_US = const(5000)
_START_MIN_US = const(10000)  # SHOT_PLAY's start time at least this far ahead...
_GC_LEAD_US = const(50000)  # ...and with this much lead the heap is collected before the take
_START_MAX_US = const(120000000)  # ...and at most this far
_MAX_SHOT_TICKS = const(0x3FFFFFF)  # 93 hours at 200 Hz

_HELLO_SHORT = const(1)  # HELLO.flags: IDENTIFY without the axes

_NAMES = ("BOOT", "DISARMED", "IDLE", "MOVING", "JOGGING", "RUNNING", "HOLD", "FAULT", "ESTOP")


class Nack(Exception):
    # args: (error code, reason)
    pass


def _expect(plen, size):
    if plen != size:
        raise Nack(wire.ERR_BAD_LENGTH, "payload is %d bytes, expected %d" % (plen, size))


def dispatch(b, msg, seq, plen):
    entry = COMMANDS.get(msg)
    if entry is None:
        raise Nack(wire.ERR_UNKNOWN_MESSAGE, "unknown message 0x%02x" % msg)
    if b.state not in entry[1]:
        raise Nack(wire.ERR_BAD_STATE, "%s not allowed in state %s" % (_msg_name(msg), _NAMES[b.state]))
    entry[0](b, seq, plen)


# --- identity and link ------------------------------------------------------------------
def _hello(b, seq, plen):
    # Answered whatever the frame version and length: HELLO and IDENTIFY start with the same
    # fields in every version. A host without a session (an older HELLO) counts as a new one.
    session = 0
    flags = 0
    if plen >= wire.HELLO_SIZE:
        _, _, session, flags = wire.unpack_hello(b.link.frame, PAYLOAD)
    b.hello_from(session, _now())
    tx = b.link.tx
    cfg = b.cfg
    v = cfg.vals
    count = 0 if flags & _HELLO_SHORT else cfg.n  # short: the host asks GET_AXIS for each
    off = wire.pack_identify(
        tx,
        PAYLOAD,
        wire.PROTOCOL_VERSION,
        wire.SCHEMA_HASH,
        RX_WINDOW,
        b.hal.BOARD_KIND,
        b.hal.reset_cause(),
        TICK_HZ,
        b.boot_id,
        b.rx_next,
        b.ev_next,
        b.build_id,
        count,
    )
    for i in range(count):
        off = wire.pack_identify_axis(
            tx,
            off,
            cfg.names[i].encode(),
            cfg.kinds[i],
            cfg.units[i],
            v[wire.CFG_MIN][i],
            v[wire.CFG_MAX][i],
            v[wire.CFG_VMAX][i],
        )
    b.reply(wire.MSG_IDENTIFY, seq, off - PAYLOAD)


def _get_axis(b, seq, plen):
    _expect(plen, wire.GET_AXIS_SIZE)
    i = wire.unpack_get_axis(b.link.frame, PAYLOAD)[0]
    cfg = b.cfg
    if i >= cfg.n:
        raise Nack(wire.ERR_BAD_AXIS, "no axis %d (board has %d)" % (i, cfg.n))
    v = cfg.vals
    wire.pack_axis(
        b.link.tx,
        PAYLOAD,
        i,
        cfg.n,
        cfg.names[i].encode(),
        cfg.kinds[i],
        cfg.units[i],
        v[wire.CFG_MIN][i],
        v[wire.CFG_MAX][i],
        v[wire.CFG_VMAX][i],
    )
    b.reply(wire.MSG_AXIS, seq, wire.AXIS_SIZE)


def _ping(b, seq, plen):
    _expect(plen, wire.PING_SIZE)
    token = wire.unpack_ping(b.link.frame, PAYLOAD)[0]
    wire.pack_pong(b.link.tx, PAYLOAD, token, _now())
    b.reply(wire.MSG_PONG, seq, wire.PONG_SIZE)


def _get_events(b, seq, plen):
    _expect(plen, wire.GET_EVENTS_SIZE)
    first = wire.unpack_get_events(b.link.frame, PAYLOAD)[0]
    sent, lost = b.resend_events(first)
    b.ack(seq, sent | lost << 16)


def _get_status(b, seq, plen):
    _expect(plen, wire.GET_STATUS_SIZE)
    link = b.link
    m = b.motion
    off = wire.pack_status(
        link.tx,
        PAYLOAD,
        b.state,
        b.flags,
        _now(),
        link.rx_frames,
        link.rx_bad,
        link.tx_frames,
        b.telemetry_hz,
        m.motion_id or m.last_id,
        b.executed,
        b.rx_dup,
        b.ev_next,
        m.n,
    )
    for i in range(m.n):
        off = wire.pack_status_axis(link.tx, off, b.hal.axis_pos(i), m.target[i])
    b.reply(wire.MSG_STATUS, seq, off - PAYLOAD)


def _set_telemetry(b, seq, plen):
    _expect(plen, wire.SET_TELEMETRY_SIZE)
    hz = wire.unpack_set_telemetry(b.link.frame, PAYLOAD)[0]
    if hz > TICK_HZ:
        raise Nack(wire.ERR_BAD_VALUE, "rate_hz %d above the tick rate %d" % (hz, TICK_HZ))
    b.telemetry_hz = hz
    b._tdiv = TICK_HZ // hz if hz else 0
    b._tcount = 0
    b.ack(seq)


# --- arming and safety -----------------------------------------------------------------
def _arm(b, seq, plen):
    _expect(plen, wire.ARM_SIZE)
    if b.motion.busy():
        raise Nack(wire.ERR_BUSY, "axes still braking; ARM when they stand still")
    if b.state != wire.STATE_IDLE:
        m = b.motion
        t = _now()
        for i in range(m.n):
            # hold the axes where they are: no jump when the outputs come on
            m.pos[i] = b.hal.axis_pos(i)
            m.target[i] = m.pos[i]
            b.hal.set_axis(i, m.pos[i])
        b.hal.set_outputs(True, t)
        b.flags &= ~(wire.FLAG_LINK_LOST | wire.FLAG_LIMIT)
        b._set_state(wire.STATE_IDLE)
    b.ack(seq)


def _drivers_off(b):
    # Stepper drivers off: a carriage that nothing holds may be pushed, and one that was moving
    # coasts. Its position is not known any more: it must be homed again.
    b.motion.lost_position()
    b._update_homed_flag()


def _disarm(b, seq, plen):
    _expect(plen, wire.DISARM_SIZE)
    b.motion.halt(wire.DONE_STOPPED)
    b.hal.set_outputs(False, _now())
    _drivers_off(b)
    b._set_state(wire.STATE_DISARMED)
    b.ack(seq)


def _clear(b, seq, plen):
    # Leave ESTOP, FAULT or HOLD explicitly: the rig comes back DISARMED.
    _expect(plen, wire.CLEAR_SIZE)
    b.motion.halt(wire.DONE_STOPPED)
    b.hal.set_outputs(False, _now())
    _drivers_off(b)
    b.flags &= ~(wire.FLAG_LINK_LOST | wire.FLAG_LIMIT)
    b._set_state(wire.STATE_DISARMED)
    b.ack(seq)


def _stop(b, seq, plen):
    _expect(plen, wire.STOP_SIZE)
    b.end_shot(wire.DONE_STOPPED, _now())
    b.motion.stop(wire.DONE_STOPPED)
    b.ack(seq)


def _estop(b, seq, plen):
    # Outputs safe first, bookkeeping after: this is the latency that matters.
    _expect(plen, wire.ESTOP_SIZE)
    t = _now()
    hold = 0
    flags = b.cfg.vals[wire.CFG_ESTOP_HOLD]
    for i in range(b.cfg.n):
        if flags[i]:
            hold |= 1 << i
    b.hal.estop(hold, t)
    b.end_shot(wire.DONE_ESTOP, t, False)
    b.motion.halt(wire.DONE_ESTOP)
    _drivers_off(b)
    b._set_state(wire.STATE_ESTOP)
    b.ack(seq)


# --- motion ----------------------------------------------------------------------------
def _move_to(b, seq, plen):
    frame = b.link.frame
    duration, speed, count = wire.unpack_move_to(frame, PAYLOAD)
    _expect(plen, wire.MOVE_TO_SIZE + count * wire.MOVE_TO_TARGET_SIZE)
    m = b.motion
    if not 1 <= speed <= 1000:
        raise Nack(wire.ERR_BAD_VALUE, "speed_permille %d outside 1..1000" % speed)
    if duration > 600000:
        raise Nack(wire.ERR_BAD_VALUE, "duration_ms %d above 600000" % duration)
    targets = []
    off = PAYLOAD + wire.MOVE_TO_SIZE
    for _ in range(count):
        axis, pos = wire.unpack_move_to_target(frame, off)
        off += wire.MOVE_TO_TARGET_SIZE
        m.check_axis(axis, pos)  # NACKs before anything moves
        targets.append((axis, pos))
    mid = m.plan(targets, duration, speed)
    b._set_state(wire.STATE_MOVING)
    b.ack(seq, mid)


def _jog(b, seq, plen):
    _expect(plen, wire.JOG_SIZE)
    axis, vel, jog_id, timeout_ms = wire.unpack_jog(b.link.frame, PAYLOAD)
    m = b.motion
    if axis >= m.n:
        raise Nack(wire.ERR_BAD_AXIS, "no axis %d (board has %d)" % (axis, m.n))
    vmax = b.cfg.vals[wire.CFG_VMAX][axis]
    if not -vmax <= vel <= vmax:
        raise Nack(
            wire.ERR_BAD_VALUE, "%s jog velocity %d outside -%d..%d" % (b.cfg.names[axis], vel, vmax, vmax)
        )
    if jog_id == 0:
        raise Nack(wire.ERR_BAD_VALUE, "jog_id 0 is reserved")
    ticks = timeout_ms * TICK_HZ // 1000 if timeout_ms else b._jog_ticks
    if m.jog(axis, vel, jog_id, ticks):
        b._set_state(wire.STATE_JOGGING)
        b.ack(seq, 1)
    else:
        # a stale jog id, ignored; tell the host the last ended id so it can move past it
        b.ack(seq, m.jog_ended << 8)


def _jog_end(b, seq, plen):
    _expect(plen, wire.JOG_END_SIZE)
    b.motion.jog_end(wire.unpack_jog_end(b.link.frame, PAYLOAD)[0])
    b.ack(seq)


def _home(b, seq, plen):
    _expect(plen, wire.HOME_SIZE)
    mask = wire.unpack_home(b.link.frame, PAYLOAD)[0]
    m = b.motion
    if mask == 0:
        mask = (1 << m.n) - 1
    if mask >> m.n:
        raise Nack(wire.ERR_BAD_AXIS, "axes mask 0x%x names axes beyond the %d this board has" % (mask, m.n))
    switch_axes = 0
    for i in range(m.n):
        if b.cfg.kinds[i] == wire.AXIS_STEPPER:
            switch_axes |= 1 << i
    mid = m.home(mask, switch_axes)
    b._set_state(wire.STATE_MOVING)
    b.ack(seq, mid)


def _repl(b, seq, plen):
    # Hand the port back to the REPL (for flashing): the loop ends after this ACK, the
    # link closes (Ctrl-C works again) and main.py returns to the REPL prompt.
    _expect(plen, wire.REPL_SIZE)
    b.hal.set_outputs(False, _now())
    _drivers_off(b)
    b.running = False
    b.ack(seq)


# --- configuration ---------------------------------------------------------------------
def _get_config(b, seq, plen):
    _expect(plen, wire.GET_CONFIG_SIZE)
    axis, key = wire.unpack_get_config(b.link.frame, PAYLOAD)
    try:
        value, lo, hi = b.cfg.get(axis, key)
    except ConfigError as e:
        raise Nack(wire.ERR_BAD_VALUE, e.args[0]) from None
    wire.pack_config(b.link.tx, PAYLOAD, axis, key, value, lo, hi)
    b.reply(wire.MSG_CONFIG, seq, wire.CONFIG_SIZE)


def _set_config(b, seq, plen):
    _expect(plen, wire.SET_CONFIG_SIZE)
    axis, key, value = wire.unpack_set_config(b.link.frame, PAYLOAD)
    cfg = b.cfg
    try:
        cfg.check(axis, key, value)
    except ConfigError as e:
        raise Nack(wire.ERR_BAD_VALUE, e.args[0]) from None
    if axis < cfg.n and (key == wire.CFG_MIN or key == wire.CFG_MAX):
        # a limit may not shut the axis out of where it stands
        pos = b.motion.pos[axis]
        if (key == wire.CFG_MIN and value > pos) or (key == wire.CFG_MAX and value < pos):
            raise Nack(
                wire.ERR_LIMIT,
                "%s %d would put the axis (at %d) outside its limits" % (cfg.label(axis, key), value, pos),
            )
    try:
        cfg.set(axis, key, value)
    except ConfigError as e:
        raise Nack(wire.ERR_BAD_VALUE, e.args[0]) from None
    try:
        cfg.save()
    except OSError as e:
        raise Nack(wire.ERR_INTERNAL, "config not saved: %s" % e) from None
    cfg.fault = False
    b.flags &= ~wire.FLAG_CONFIG_DEFAULTS
    b.apply_config()
    b.ack(seq)


def _saved(b):
    # after a change: keep it on flash, clear the defaults flag, let the motion core see it
    cfg = b.cfg
    try:
        cfg.save()
    except OSError as e:
        raise Nack(wire.ERR_INTERNAL, "config not saved: %s" % e) from None
    cfg.fault = False
    b.flags &= ~wire.FLAG_CONFIG_DEFAULTS
    b.apply_config()


def _get_name(b, seq, plen):
    _expect(plen, wire.GET_NAME_SIZE)
    wire.pack_name(b.link.tx, PAYLOAD, b.cfg.name.encode())
    b.reply(wire.MSG_NAME, seq, wire.NAME_SIZE)


def _set_name(b, seq, plen):
    _expect(plen, wire.SET_NAME_SIZE)
    raw = wire.unpack_set_name(b.link.frame, PAYLOAD)[0]
    try:
        name = raw.rstrip(b"\x00").decode()
        b.cfg.check_name(name)
    except (UnicodeError, ValueError, ConfigError) as e:
        raise Nack(wire.ERR_BAD_VALUE, e.args[0] if e.args else "rig name is not text") from None
    old = b.cfg.name
    b.cfg.name = name
    try:
        _saved(b)
    except Nack:
        b.cfg.name = old
        raise
    b.ack(seq)


def _config_stage(b, seq, plen):
    # Hold values for an all-or-nothing change: each is checked against its range here, the set
    # as a whole by CONFIG_APPLY. Nothing changes until then.
    frame = b.link.frame
    begin, count = wire.unpack_config_stage(frame, PAYLOAD)
    _expect(plen, wire.CONFIG_STAGE_SIZE + count * wire.CONFIG_STAGE_ITEM_SIZE)
    cfg = b.cfg
    if begin:
        cfg.stage = []
    off = PAYLOAD + wire.CONFIG_STAGE_SIZE
    for _ in range(count):
        axis, key, value = wire.unpack_config_stage_item(frame, off)
        off += wire.CONFIG_STAGE_ITEM_SIZE
        try:
            cfg.stage_add(axis, key, value)
        except ConfigError as e:
            cfg.stage = []
            raise Nack(wire.ERR_BAD_VALUE, e.args[0]) from None
    b.ack(seq, len(cfg.stage))


def _config_apply(b, seq, plen):
    _expect(plen, wire.CONFIG_APPLY_SIZE)
    count = wire.unpack_config_apply(b.link.frame, PAYLOAD)[0]
    cfg = b.cfg
    if count != len(cfg.stage):
        n = len(cfg.stage)
        cfg.stage = []
        raise Nack(wire.ERR_BAD_VALUE, "%d settings staged, the host sent %d: nothing applied" % (n, count))
    try:
        cfg.stage_check(b.motion.pos)
    except ConfigError as e:
        cfg.stage = []
        code = wire.ERR_LIMIT if "excludes the axis" in e.args[0] else wire.ERR_BAD_VALUE
        raise Nack(code, e.args[0]) from None
    old_vals = {k: list(v) for k, v in cfg.vals.items()}
    old_board = dict(cfg.board)
    cfg.stage_apply()
    try:
        _saved(b)
    except Nack:
        cfg.vals = old_vals  # not on flash: not in force either
        cfg.board = old_board
        raise
    b.ack(seq, count)


# --- shots (orbitfw/shot.py) ------------------------------------------------------------------
def _shot_load(b, seq, plen):
    _expect(plen, wire.SHOT_LOAD_SIZE)
    shot_id, words, ticks, crc, flags = wire.unpack_shot_load(b.link.frame, PAYLOAD)
    if shot_id == 0:
        raise Nack(wire.ERR_BAD_VALUE, "shot_id 0 is reserved")
    if ticks < 1 or ticks > _MAX_SHOT_TICKS:
        raise Nack(wire.ERR_BAD_VALUE, "shot of %d ticks outside 1..%d" % (ticks, _MAX_SHOT_TICKS))
    b.ack(seq, b.shot.load(shot_id, words, ticks, crc, flags))


def _shot_data(b, seq, plen):
    frame = b.link.frame
    offset, count = wire.unpack_shot_data(frame, PAYLOAD)
    _expect(plen, wire.SHOT_DATA_SIZE + count * wire.SHOT_DATA_WORD_SIZE)
    b.ack(seq, b.shot.data(frame, PAYLOAD + wire.SHOT_DATA_SIZE, offset, count))


def _shot_commit(b, seq, plen):
    _expect(plen, wire.SHOT_COMMIT_SIZE)
    shot_id, words, crc = wire.unpack_shot_commit(b.link.frame, PAYLOAD)
    b.shot.commit(shot_id, words, crc)
    b.ack(seq)


def _shot_play(b, seq, plen):
    # Start at an agreed board time: tick deadlines are re-aligned so that shot tick 0 falls on
    # start_us exactly, and every later tick and trigger edge follows from it.
    _expect(plen, wire.SHOT_PLAY_SIZE)
    shot_id, start_us, flags = wire.unpack_shot_play(b.link.frame, PAYLOAD)
    if b.motion.busy():
        raise Nack(wire.ERR_BAD_STATE, "axes still moving; PLAY when they stand still")
    if flags & 1:
        # a clean heap before the take, while the rig stands still: an automatic collection
        # (one can outlast a tick on an RP2040) then seldom comes during it
        gc.collect()
    now = time.ticks_us()
    if flags & 1:
        d = 2 * _PERIOD_US
    else:
        d = (start_us - (now & CLOCK_MASK)) & CLOCK_MASK  # pyright: ignore[reportOperatorIssue]
        if d >= 1 << 29:
            raise Nack(wire.ERR_BAD_VALUE, "start time is %d us in the past" % ((1 << 30) - d))
        if d < _START_MIN_US or d > _START_MAX_US:
            raise Nack(
                wire.ERR_BAD_VALUE,
                "start time %d ms ahead: outside %d..%d ms" % (d // 1000, _START_MIN_US // 1000, _START_MAX_US // 1000),
            )
        if d > _GC_LEAD_US:
            gc.collect()  # (as above, when the start leaves time for it)
    start_raw = time.ticks_add(now, d)
    b.shot.play(shot_id, start_raw, start_raw & CLOCK_MASK)  # pyright: ignore[reportOperatorIssue]
    b.rephase(start_raw)
    b._set_state(wire.STATE_RUNNING)
    b.ack(seq, start_raw & CLOCK_MASK)  # pyright: ignore[reportOperatorIssue]


def _shot_pause(b, seq, plen):
    # Slow the shot's clock to a stop along the path; RESUME brings it back (orbitfw/shot.py).
    _expect(plen, wire.SHOT_PAUSE_SIZE)
    b.shot.pause(b.t_raw)
    b.ack(seq, b.shot.tick)


def _shot_resume(b, seq, plen):
    _expect(plen, wire.SHOT_RESUME_SIZE)
    b.shot.resume(b.t_raw)
    b.ack(seq, b.shot.tick)


def _get_shot(b, seq, plen):
    _expect(plen, wire.GET_SHOT_SIZE)
    sh = b.shot
    wire.pack_shot_state(
        b.link.tx,
        PAYLOAD,
        sh.id,
        sh.phase,
        sh.reason,
        sh.tick,
        sh.ticks,
        sh.wp,
        sh.rp,
        sh.cap_max,
        sh.start_us,
        sh.fired,
        sh.lines,
    )
    b.reply(wire.MSG_SHOT_STATE, seq, wire.SHOT_STATE_SIZE)


def _trigger(b, seq, plen):
    _expect(plen, wire.TRIGGER_SIZE)
    line, level, pulse_us = wire.unpack_trigger(b.link.frame, PAYLOAD)
    sh = b.shot
    if line >= sh.lines:
        raise Nack(wire.ERR_BAD_VALUE, "trigger line %d: this board has lines 0..%d" % (line, sh.lines - 1))
    if sh.en:
        raise Nack(wire.ERR_BUSY, "a trigger pulse is still running")
    t = time.ticks_us()
    sh.pulse(line, level, pulse_us, t)
    b.event(wire.EV_TRIGGER, line, level, t & CLOCK_MASK)  # pyright: ignore[reportOperatorIssue]
    b.ack(seq)


def _msg_name(msg):
    for attr in dir(wire):
        if attr.startswith("MSG_") and getattr(wire, attr) == msg:
            return attr[4:]
    return "0x%02x" % msg


# command -> (handler, the states that allow it): the explicit state machine, which
# docs/safety.md draws. Handlers are handler(board, seq, plen).
COMMANDS = {
    wire.MSG_HELLO: (_hello, _ANY),
    wire.MSG_PING: (_ping, _ANY),
    wire.MSG_GET_EVENTS: (_get_events, _ANY),
    wire.MSG_GET_AXIS: (_get_axis, _ANY),
    wire.MSG_GET_STATUS: (_get_status, _ANY),
    wire.MSG_SET_TELEMETRY: (_set_telemetry, _ANY),
    wire.MSG_GET_CONFIG: (_get_config, _ANY),
    wire.MSG_STOP: (_stop, _ANY),
    wire.MSG_ESTOP: (_estop, _ANY),
    wire.MSG_ARM: (_arm, (_DISARMED, _IDLE, _HOLD)),
    wire.MSG_DISARM: (_disarm, (_DISARMED, _IDLE, _HOLD)),
    wire.MSG_CLEAR: (_clear, (_DISARMED, _HOLD, _FAULT, _ESTOP)),
    wire.MSG_MOVE_TO: (_move_to, (_IDLE, _MOVING)),
    wire.MSG_JOG: (_jog, (_IDLE, _JOGGING)),
    wire.MSG_JOG_END: (_jog_end, (_IDLE, _JOGGING, _HOLD, _DISARMED)),
    wire.MSG_HOME: (_home, (_IDLE,)),
    wire.MSG_SET_CONFIG: (_set_config, (_DISARMED, _IDLE)),
    wire.MSG_GET_NAME: (_get_name, _ANY),
    wire.MSG_SET_NAME: (_set_name, (_DISARMED, _IDLE)),
    wire.MSG_CONFIG_STAGE: (_config_stage, (_DISARMED, _IDLE)),
    wire.MSG_CONFIG_APPLY: (_config_apply, (_DISARMED, _IDLE)),
    wire.MSG_REPL: (_repl, (_DISARMED, _FAULT, _ESTOP)),
    wire.MSG_SHOT_LOAD: (_shot_load, (_DISARMED, _IDLE, _MOVING, _JOGGING, _HOLD)),
    wire.MSG_SHOT_DATA: (_shot_data, (_DISARMED, _IDLE, _MOVING, _JOGGING, _RUNNING, _HOLD)),
    wire.MSG_SHOT_COMMIT: (_shot_commit, (_DISARMED, _IDLE, _MOVING, _JOGGING, _HOLD)),
    wire.MSG_SHOT_PLAY: (_shot_play, (_IDLE,)),
    wire.MSG_SHOT_PAUSE: (_shot_pause, (_RUNNING,)),
    wire.MSG_SHOT_RESUME: (_shot_resume, (_RUNNING,)),
    wire.MSG_GET_SHOT: (_get_shot, _ANY),
    wire.MSG_TRIGGER: (_trigger, (_DISARMED, _IDLE, _MOVING, _JOGGING, _HOLD)),
}
