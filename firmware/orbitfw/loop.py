# loop.py: the board: safety state, command dispatch and the fixed-rate control loop.
#
# One thread, no interrupts: between control ticks the loop services the link (poll plus
# non-blocking reads, so a frame is answered as soon as it is complete), and at each
# deadline it runs one tick: motion step, outputs, HAL dynamics, telemetry, watchdog.
import time

from micropython import const

from orbitfw import wire
from orbitfw.link import PAYLOAD, Link
from orbitfw.motion import BRAKE, Motion, PlanError

TICK_HZ = const(200)
_PERIOD_US = const(5000)
RX_WINDOW = const(4)
_BUSY_WAIT_US = const(1500)  # below this, poll the link with short sleeps
_NAP_US = const(100)
_BUILD_FILE = "BUILD"
_CLOCK_MASK = const(0x3FFFFFFF)  # board time on the wire: us mod 2**30 on every port


def now_us():
    # ticks_us() wraps at 2**30 on 32-bit ports but 2**62 on 64-bit ones; mask to agree.
    return time.ticks_us() & _CLOCK_MASK


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
        self._handlers = {
            wire.MSG_HELLO: self._hello,
            wire.MSG_PING: self._ping,
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
            self.hal.state_changed(new, old, now_us())

    def _require(self, allowed, what):
        if self.state not in allowed:
            raise Nack(wire.ERR_BAD_STATE, "%s not allowed in state %s" % (what, _STATE_NAMES[self.state]))

    # --- replies ------------------------------------------------------------------------
    def _ack(self, seq, result=0):
        wire.pack_ack(self.link.tx, PAYLOAD, seq, result)
        self.link.send(wire.MSG_ACK, seq, wire.ACK_SIZE)

    def _nack(self, seq, code, reason):
        end = wire.pack_nack(self.link.tx, PAYLOAD, seq, code, reason)
        self.link.send(wire.MSG_NACK, seq, end - PAYLOAD)

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
            if r < 0:
                self._nack(seq, wire.ERR_CORRUPT, b"CRC mismatch")
                continue
            msg = link.msg
            h = self._handlers.get(msg)
            try:
                if h is None:
                    raise Nack(wire.ERR_UNKNOWN_MESSAGE, "unknown message 0x%02x" % msg)
                if link.version != wire.PROTOCOL_VERSION and msg != wire.MSG_HELLO:
                    raise Nack(
                        wire.ERR_BAD_VERSION,
                        "frame is protocol v%d, board speaks v%d" % (link.version, wire.PROTOCOL_VERSION),
                    )
                h(seq, link.plen)
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
            self.build_id,
            len(axes),
        )
        for a in axes:
            off = wire.pack_identify_axis(tx, off, a[0].encode(), a[1], a[2], a[3], a[4], a[5])
        self.link.send(wire.MSG_IDENTIFY, seq, off - PAYLOAD)

    def _ping(self, seq, plen):
        self._expect(plen, wire.PING_SIZE)
        token = wire.unpack_ping(self.link.frame, PAYLOAD)[0]
        wire.pack_pong(self.link.tx, PAYLOAD, token, now_us())
        self.link.send(wire.MSG_PONG, seq, wire.PONG_SIZE)

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
            m.n,
        )
        for i in range(m.n):
            off = wire.pack_status_axis(link.tx, off, self.hal.axis_pos(i), m.target[i])
        link.send(wire.MSG_STATUS, seq, off - PAYLOAD)

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
        off = wire.pack_telemetry(tx, PAYLOAD, t, self._tseq, self.state, self.flags, m.n)
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
            self.tick(nxt & _CLOCK_MASK)
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
