# loop.py: the board: safety state, command dispatch and the fixed-rate control loop.
#
# One thread, no interrupts: between control ticks the loop services the link (poll plus
# non-blocking reads, so a frame is answered as soon as it is complete), and at each
# deadline it runs one tick: motion step, outputs, HAL dynamics, telemetry, watchdog.
import random
import time

from micropython import const

from orbitfw import wire
from orbitfw.link import PAYLOAD, Link
from orbitfw.motion import BRAKE, Motion, PlanError

TICK_HZ = const(200)
_PERIOD_US = const(5000)
RX_WINDOW = const(4)
_BUSY_WAIT_US = const(1500)  # below this, poll the link with short sleeps
_NAP_US = const(50)
_BUILD_FILE = "BUILD"
_EVENTS = const(32)  # events kept for GET_EVENTS
_CLOCK_MASK = const(0x3FFFFFFF)  # board time on the wire: us mod 2**30 on every port


def now_us():
    # ticks_us() wraps at 2**30 on 32-bit ports but 2**62 on 64-bit ones; mask to agree.
    # ticks are plain ints on every port; the stubs make them opaque to steer code to ticks_diff
    return time.ticks_us() & _CLOCK_MASK  # pyright: ignore[reportOperatorIssue]


class Nack(Exception):
    # args: (error code, reason)
    pass


def _read_build_id():
    try:
        with open(_BUILD_FILE) as f:
            return f.read().strip()[:32].encode()
    except OSError:
        return b"unversioned"


_STATE_NAMES = ("BOOT", "DISARMED", "IDLE", "MOVING", "JOGGING", "RUNNING", "HOLD", "FAULT", "ESTOP")


class Board:
    def __init__(self, hal):
        self.hal = hal
        self.link = Link(hal)
        axes = hal.axes()
        self.axes = axes
        self.motion = Motion(axes, TICK_HZ)
        for i in range(len(axes)):
            hal.configure_axis(i, axes[i][5], TICK_HZ)
        self.state = wire.STATE_BOOT
        self.flags = 0
        self.build_id = _read_build_id()
        self.telemetry_hz = 0
        self._tdiv = 0
        self._tcount = 0
        self._tseq = 0
        self.ticks = 0
        self.overruns = 0
        self.running = True
        # the sequenced command stream (docs/reliability.md)
        self.boot_id = random.getrandbits(16)
        self.rx_next = 0
        self.executed = 0
        self.rx_dup = 0
        self._cached = False  # replies are being cached for the command at hand
        # the event ring: kind, time, a, b of the last _EVENTS events
        self.ev_next = 0
        self._ev_kind = bytearray(_EVENTS)
        self._ev_t = [0] * _EVENTS
        self._ev_a = [0] * _EVENTS
        self._ev_b = [0] * _EVENTS
        self._handlers = {
            wire.MSG_HELLO: self._hello,
            wire.MSG_PING: self._ping,
            wire.MSG_GET_EVENTS: self._get_events,
            wire.MSG_GET_STATUS: self._get_status,
            wire.MSG_SET_TELEMETRY: self._set_telemetry,
            wire.MSG_ARM: self._arm,
            wire.MSG_DISARM: self._disarm,
            wire.MSG_MOVE_TO: self._move_to,
            wire.MSG_STOP: self._stop,
        }
        self._set_state(wire.STATE_DISARMED)

    # --- state ------------------------------------------------------------------------
    def _set_state(self, new):
        old = self.state
        if new != old:
            self.state = new
            t = now_us()
            self.hal.state_changed(new, old, t)
            if old != wire.STATE_BOOT:
                self.event(wire.EV_STATE, new, old, t)

    # --- events ---------------------------------------------------------------------------
    def event(self, kind, a, b, t):
        # Keep the event in the ring and send it; the host asks again for any it missed.
        i = self.ev_next % _EVENTS
        self._ev_kind[i] = kind
        self._ev_t[i] = t
        self._ev_a[i] = a
        self._ev_b[i] = b
        self._send_event(self.ev_next, i)
        self.ev_next = (self.ev_next + 1) & 0xFFFF

    def _send_event(self, evseq, i):
        link = self.link
        wire.pack_event(link.tx, PAYLOAD, evseq, self._ev_kind[i], self._ev_t[i], self._ev_a[i], self._ev_b[i])
        link.send(wire.MSG_EVENT, link.next_tseq(), wire.EVENT_SIZE)

    def _require(self, allowed, what):
        if self.state not in allowed:
            raise Nack(wire.ERR_BAD_STATE, "%s not allowed in state %s" % (what, _STATE_NAMES[self.state]))

    # --- replies ------------------------------------------------------------------------
    def _reply(self, msg, seq, plen):
        # The answer to the command at hand, kept for a retransmission of it.
        self.link.send(msg, seq, plen, self._cached)

    def _ack(self, seq, result=0):
        wire.pack_ack(self.link.tx, PAYLOAD, seq, result)
        self._reply(wire.MSG_ACK, seq, wire.ACK_SIZE)

    def _nack(self, seq, code, reason, cache=None, write=True):
        end = wire.pack_nack(self.link.tx, PAYLOAD, seq, code, reason)
        self.link.send(wire.MSG_NACK, seq, end - PAYLOAD, self._cached if cache is None else cache, write)

    # --- dispatch -----------------------------------------------------------------------
    def service(self):
        # Handle every complete frame that is already here. Returns the number handled.
        link = self.link
        handled = 0
        while True:
            r = link.poll()
            if r == 0:
                return handled
            handled += 1
            seq = link.seq
            self._cached = False
            if r < 0:
                self._nack(seq, wire.ERR_CORRUPT, b"CRC mismatch")
                continue
            msg = link.msg
            if link.version != wire.PROTOCOL_VERSION and msg != wire.MSG_HELLO:
                self._nack(
                    seq,
                    wire.ERR_BAD_VERSION,
                    ("frame is protocol v%d, board speaks v%d" % (link.version, wire.PROTOCOL_VERSION)).encode(),
                )
                continue
            if wire.is_unsequenced(msg):
                self._execute(msg, seq)
                continue
            d = (seq - self.rx_next) & 0x0F
            if d >= 8:
                # behind what we expect: a retransmission of a command already handled
                if link.resend(seq):
                    self.rx_dup += 1
                else:
                    self._nack(seq, wire.ERR_OUT_OF_ORDER, b"seq %d already handled; reply not kept" % seq)
                continue
            if d and not wire.is_priority(msg):
                # ahead: an earlier command was lost; the host goes back and resends it
                self._nack(seq, wire.ERR_OUT_OF_ORDER, b"expected seq %d" % self.rx_next)
                continue
            while self.rx_next != seq:
                # a STOP overtook these: they will never run; say so when they arrive
                self._nack(self.rx_next, wire.ERR_CANCELLED, b"cancelled by a later STOP", True, False)
                self.rx_next = (self.rx_next + 1) & 0x0F
            self._cached = True
            self.executed += 1
            self.rx_next = (seq + 1) & 0x0F
            self._execute(msg, seq)

    def _execute(self, msg, seq):
        h = self._handlers.get(msg)
        try:
            if h is None:
                raise Nack(wire.ERR_UNKNOWN_MESSAGE, "unknown message 0x%02x" % msg)
            h(seq, self.link.plen)
        except Nack as e:
            self._nack(seq, e.args[0], e.args[1].encode())
        except PlanError as e:
            self._nack(seq, e.args[0], e.args[1].encode())
        except Exception as e:  # a bug must cost one command, never the board
            self._nack(seq, wire.ERR_INTERNAL, ("%s: %s" % (type(e).__name__, e)).encode())

    def _expect(self, plen, size):
        if plen != size:
            raise Nack(wire.ERR_BAD_LENGTH, "payload is %d bytes, expected %d" % (plen, size))

    def _hello(self, seq, plen):
        # Answered whatever the frame version: IDENTIFY's layout never changes.
        tx = self.link.tx
        axes = self.axes
        off = wire.pack_identify(
            tx,
            PAYLOAD,
            wire.PROTOCOL_VERSION,
            wire.SCHEMA_HASH,
            RX_WINDOW,
            self.hal.BOARD_KIND,
            self.hal.reset_cause(),
            TICK_HZ,
            self.boot_id,
            self.rx_next,
            self.ev_next,
            self.build_id,
            len(axes),
        )
        for a in axes:
            off = wire.pack_identify_axis(tx, off, a[0].encode(), a[1], a[2], a[3], a[4], a[5])
        self._reply(wire.MSG_IDENTIFY, seq, off - PAYLOAD)

    def _ping(self, seq, plen):
        self._expect(plen, wire.PING_SIZE)
        token = wire.unpack_ping(self.link.frame, PAYLOAD)[0]
        wire.pack_pong(self.link.tx, PAYLOAD, token, now_us())
        self._reply(wire.MSG_PONG, seq, wire.PONG_SIZE)

    def _get_events(self, seq, plen):
        self._expect(plen, wire.GET_EVENTS_SIZE)
        first = wire.unpack_get_events(self.link.frame, PAYLOAD)[0]
        behind = (self.ev_next - first) & 0xFFFF
        if behind > 0x8000:
            raise Nack(wire.ERR_BAD_VALUE, "from_seq %d is after the next event %d" % (first, self.ev_next))
        lost = behind - _EVENTS if behind > _EVENTS else 0
        s = (first + lost) & 0xFFFF
        sent = 0
        while s != self.ev_next:
            self._send_event(s, s % _EVENTS)
            s = (s + 1) & 0xFFFF
            sent += 1
        self._ack(seq, sent | lost << 16)

    def _get_status(self, seq, plen):
        self._expect(plen, wire.GET_STATUS_SIZE)
        link = self.link
        m = self.motion
        off = wire.pack_status(
            link.tx,
            PAYLOAD,
            self.state,
            self.flags,
            now_us(),
            link.rx_frames,
            link.rx_bad,
            link.tx_frames,
            self.telemetry_hz,
            m.motion_id or m.last_id,
            self.executed,
            self.rx_dup,
            self.ev_next,
            m.n,
        )
        for i in range(m.n):
            off = wire.pack_status_axis(link.tx, off, self.hal.axis_pos(i), m.target[i])
        self._reply(wire.MSG_STATUS, seq, off - PAYLOAD)

    def _set_telemetry(self, seq, plen):
        self._expect(plen, wire.SET_TELEMETRY_SIZE)
        hz = wire.unpack_set_telemetry(self.link.frame, PAYLOAD)[0]
        if hz > TICK_HZ:
            raise Nack(wire.ERR_BAD_VALUE, "rate_hz %d above the tick rate %d" % (hz, TICK_HZ))
        self.telemetry_hz = hz
        self._tdiv = TICK_HZ // hz if hz else 0
        self._tcount = 0
        self._ack(seq)

    def _arm(self, seq, plen):
        self._expect(plen, wire.ARM_SIZE)
        if self.state != wire.STATE_IDLE:
            self._require((wire.STATE_DISARMED,), "ARM")
            m = self.motion
            for i in range(m.n):
                # hold the axes where they are: no jump when outputs come on
                m.pos[i] = self.hal.axis_pos(i)
                m.target[i] = m.pos[i]
                self.hal.set_axis(i, m.pos[i])
            self.hal.set_outputs(True, now_us())
            self._set_state(wire.STATE_IDLE)
        self._ack(seq)

    def _disarm(self, seq, plen):
        self._expect(plen, wire.DISARM_SIZE)
        self._require((wire.STATE_IDLE, wire.STATE_DISARMED), "DISARM")
        self.hal.set_outputs(False, now_us())
        self._set_state(wire.STATE_DISARMED)
        self._ack(seq)

    def _move_to(self, seq, plen):
        frame = self.link.frame
        duration, speed, count = wire.unpack_move_to(frame, PAYLOAD)
        self._expect(plen, wire.MOVE_TO_SIZE + count * wire.MOVE_TO_TARGET_SIZE)
        self._require((wire.STATE_IDLE, wire.STATE_MOVING), "MOVE_TO")
        m = self.motion
        if m.mode == BRAKE:
            raise Nack(wire.ERR_BAD_STATE, "MOVE_TO not allowed while stopping")
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
        self._set_state(wire.STATE_MOVING)
        self._ack(seq, mid)

    def _stop(self, seq, plen):
        self._expect(plen, wire.STOP_SIZE)
        self.motion.stop()
        self._ack(seq)

    # --- the control tick (allocation-free) -----------------------------------------------
    def tick(self, t):
        hal = self.hal
        m = self.motion
        if m.step() or m.done_id:
            if self.state == wire.STATE_MOVING or self.state == wire.STATE_IDLE:
                pos = m.pos
                for i in range(m.n):
                    hal.set_axis(i, pos[i])
        if m.done_id:
            self.event(wire.EV_MOTION_DONE, m.done_id, m.done_reason, t)
            m.done_id = 0
            if not m.busy() and self.state == wire.STATE_MOVING:
                self._set_state(wire.STATE_IDLE)
        hal.tick(t)
        if self._tdiv:
            self._tcount += 1
            if self._tcount >= self._tdiv:
                self._tcount = 0
                self._telemetry(t)
        self.ticks += 1
        hal.wdt_feed()

    def _telemetry(self, t):
        link = self.link
        tx = link.tx
        m = self.motion
        hal = self.hal
        off = wire.pack_telemetry(tx, PAYLOAD, t, self._tseq, self.state, self.flags, self.ev_next, m.n)
        for i in range(m.n):
            off = wire.pack_telemetry_axis(tx, off, hal.axis_pos(i), m.velocity(i))
        self._tseq = (self._tseq + 1) & 0xFFFF
        link.send(wire.MSG_TELEMETRY, link.next_tseq(), off - PAYLOAD)

    # --- the loop -------------------------------------------------------------------------
    def run(self):
        hal = self.hal
        nxt = time.ticks_add(time.ticks_us(), _PERIOD_US)
        while self.running:
            rem = time.ticks_diff(nxt, time.ticks_us())
            if rem > 0:
                if self.service():
                    continue
                if rem > _BUSY_WAIT_US:
                    hal.link_wait((rem - 1000) // 1000)
                elif rem > _NAP_US:
                    time.sleep_us(_NAP_US)
                else:
                    time.sleep_us(rem)
                continue
            self.tick(nxt & _CLOCK_MASK)  # pyright: ignore[reportOperatorIssue]
            nxt = time.ticks_add(nxt, _PERIOD_US)
            if time.ticks_diff(time.ticks_us(), nxt) > 0:
                # a tick ran past the next deadline: skip ahead rather than burst
                self.overruns += 1
                nxt = time.ticks_add(time.ticks_us(), _PERIOD_US)


def run(hal):
    board = Board(hal)
    hal.link_open()
    try:
        board.run()
    finally:
        hal.link_close()
