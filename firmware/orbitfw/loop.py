# loop.py: the board: safety state, events, sequenced dispatch and the fixed-rate loop.
#
# One thread, no interrupts: between control ticks the loop services the link (poll plus
# non-blocking reads, so a frame is answered as soon as it is complete), and at each
# deadline it runs one tick: motion step, outputs, HAL dynamics, watchdogs, telemetry.
# The command handlers live in commands.py; the state rules are in COMMANDS there.
import gc
import random
import time

from micropython import const

from orbitfw import commands, wire
from orbitfw.clock import CLOCK_MASK, PERIOD_MS, PERIOD_US, TICK_HZ, now_us
from orbitfw.commands import Nack
from orbitfw.config import Config
from orbitfw.link import PAYLOAD, Link
from orbitfw.motion import Motion, PlanError
from orbitfw.shot import Player

_BUSY_WAIT_US = const(1500)  # below this, poll the link with short sleeps
_NAP_US = const(50)
_NAP_LONG_US = const(400)
_QUIET_US = const(400)  # no link work this close to a tick: a frame's handling would make it late
_BURST = const(4)  # frames handled before the loop looks at the clock again
_BUILD_FILE = "BUILD"
_EVENTS = const(32)  # events kept for GET_EVENTS
_WDT_MS = const(1000)  # hardware watchdog: a loop stuck this long resets the board
_TICK_MASK = const(0x3FFFFFFF)  # the tick count wraps at 2**30 (62 days at 200 Hz)
_GC_ROOM_US = const(3000)  # collect garbage only with this much time before the next deadline...
_GC_TICKS = const(20)  # ...at most once every this many ticks (0.1 s), after frames were handled...
_GC_FRAMES = const(256)  # ...while the rig is still, or after this many frames whatever it does
_STARVE_TICKS = const(8)  # ticks in a row without the link served before it is served anyway
_IDLE_TICKS = const(4)  # SLEEP_WHEN_STILL: a calm rig's tick runs once per this many periods


def _read_build_id():
    try:
        with open(_BUILD_FILE) as f:
            return f.read().strip()[:32].encode()
    except OSError:
        return b"unversioned"


class Board:
    def __init__(self, hal):
        self.hal = hal
        self.link = Link(hal)
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
        self.last_rx_tick = 0  # tick of the last valid frame: the link-loss watchdog
        self.session = 0  # the host session of the last HELLO (0: none yet, or a host without one)
        # the event ring: kind, time, a, b of the last _EVENTS events
        self.ev_next = 0
        self._ev_count = 0  # events raised since boot, up to 0x10000: older seqs never existed
        self._ev_kind = bytearray(_EVENTS)
        self._ev_t = [0] * _EVENTS
        self._ev_a = [0] * _EVENTS
        self._ev_b = [0] * _EVENTS
        # configuration, then the motion core built from it
        self.cfg = Config(hal.axes())
        self.cfg.load()
        try:
            self.motion = Motion(self.cfg.axis_table(), TICK_HZ)
            self.apply_config()
        except PlanError:
            # a stored file the motion core refuses: safe defaults and a fault, never a crash
            self.cfg.defaults()
            self.cfg.fault = True
            self.motion = Motion(self.cfg.axis_table(), TICK_HZ)
            self.apply_config()
        self._switches = hal.home_switch
        self.shot = Player(self.motion, hal, hal.SHOT_WORDS, hal.TRIGGER_LINES)
        self.t_raw = 0  # raw ticks_us deadline of the tick running now
        self._rephase = -1  # raw start time a shot wants its ticks aligned to, or -1
        self._gc_wait = 0  # ticks until the loop may collect garbage in spare time
        self._gc_frames = 0  # frames handled since the last collection (all that allocates)
        self._still = True  # no axis moved in the last tick and no shot plays
        self._calm = True  # still, and no frame has come since the last tick (SLEEP_WHEN_STILL)
        if self.cfg.fault:
            self.flags |= wire.FLAG_CONFIG_DEFAULTS
        if hal.reset_cause() == wire.RESET_WATCHDOG:
            self.flags |= wire.FLAG_WATCHDOG_RESET
        self._set_state(wire.STATE_DISARMED)
        if self.cfg.fault:
            self.event(wire.EV_FAULT, wire.FLAG_CONFIG_DEFAULTS, 0, now_us())

    def apply_config(self):
        # Push the configuration into the motion core and the HAL (only while still).
        cfg = self.cfg
        m = self.motion
        v = cfg.vals
        for i in range(cfg.n):
            m.configure(i, v[wire.CFG_MIN][i], v[wire.CFG_MAX][i], v[wire.CFG_VMAX][i], v[wire.CFG_AMAX][i],
                        v[wire.CFG_JMAX][i])
            # a stepper's second approach to its switch at one step per tick: its home is where
            # the switch closes, to the step
            steps = v[wire.CFG_CAL_LO][i] if cfg.kinds[i] == wire.AXIS_STEPPER else 0
            m.configure_home(i, v[wire.CFG_HOME][i], TICK_HZ * 1000 // steps if steps else 0)
            self.hal.configure_axis(i, v[wire.CFG_VMAX][i], TICK_HZ, v[wire.CFG_AMAX][i])
            self.hal.calibrate(i, v[wire.CFG_MIN][i], v[wire.CFG_MAX][i], v[wire.CFG_CAL_LO][i],
                               v[wire.CFG_CAL_HI][i], v[wire.CFG_INVERT][i])
        m.require_home = bool(cfg.board[wire.CFG_REQUIRE_HOME])
        self._link_ticks = cfg.board[wire.CFG_LINK_TIMEOUT] // PERIOD_MS
        self._jog_ticks = cfg.board[wire.CFG_JOG_TIMEOUT] // PERIOD_MS
        self._update_homed_flag()

    def _update_homed_flag(self):
        m = self.motion
        missing = False
        if m.require_home:
            for i in range(m.n):
                if not m.homed[i]:
                    missing = True
        if missing:
            self.flags |= wire.FLAG_NOT_HOMED
        else:
            self.flags &= ~wire.FLAG_NOT_HOMED

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
        if self._ev_count <= 0xFFFF:
            self._ev_count += 1

    def _send_event(self, evseq, i):
        link = self.link
        wire.pack_event(link.tx, PAYLOAD, evseq, self._ev_kind[i], self._ev_t[i], self._ev_a[i], self._ev_b[i])
        link.send(wire.MSG_EVENT, link.next_tseq(), wire.EVENT_SIZE)

    def resend_events(self, first):
        # GET_EVENTS: resend what the ring still holds; returns (sent, lost). Sequence numbers
        # from before the first event since boot name nothing: neither sent nor lost.
        behind = (self.ev_next - first) & 0xFFFF
        if behind > 0x8000:
            raise Nack(wire.ERR_BAD_VALUE, "from_seq %d is after the next event %d" % (first, self.ev_next))
        if behind > self._ev_count:
            behind = self._ev_count
        lost = behind - _EVENTS if behind > _EVENTS else 0
        first = (self.ev_next - behind) & 0xFFFF
        s = (first + lost) & 0xFFFF
        sent = 0
        while s != self.ev_next:
            self._send_event(s, s % _EVENTS)
            s = (s + 1) & 0xFFFF
            sent += 1
        return sent, lost

    # --- replies ------------------------------------------------------------------------
    def reply(self, msg, seq, plen):
        # The answer to the command at hand, kept for a retransmission of it.
        self.link.send(msg, seq, plen, self._cached)

    def ack(self, seq, result=0):
        wire.pack_ack(self.link.tx, PAYLOAD, seq, result)
        self.reply(wire.MSG_ACK, seq, wire.ACK_SIZE)

    def nack(self, seq, code, reason, cache=None, write=True):
        end = wire.pack_nack(self.link.tx, PAYLOAD, seq, code, reason)
        self.link.send(wire.MSG_NACK, seq, end - PAYLOAD, self._cached if cache is None else cache, write)

    # --- dispatch -----------------------------------------------------------------------
    def service(self):
        # Handle the complete frames that are already here, at most _BURST of them, so a
        # steady stream can never starve the control tick. Returns the number handled.
        link = self.link
        hal = self.hal
        handled = 0
        while handled < _BURST:
            r = link.poll()
            if r == 0:
                return handled
            handled += 1
            seq = link.seq
            self._cached = False
            if r < 0:
                self.nack(seq, wire.ERR_CORRUPT, b"CRC mismatch")
                continue
            msg = link.msg
            t_rx = now_us()
            self.last_rx_tick = self.ticks
            self._frame(link, msg, seq)
            hal.note_rx(msg, seq, t_rx)  # after the reply: a trace never delays it
        return handled

    def _frame(self, link, msg, seq):
        # One valid frame: its version, then its place in the sequenced stream, then its handler.
        if link.version != wire.PROTOCOL_VERSION and msg != wire.MSG_HELLO:
            self.nack(
                seq,
                wire.ERR_BAD_VERSION,
                ("frame is protocol v%d, board speaks v%d" % (link.version, wire.PROTOCOL_VERSION)).encode(),
            )
            return
        if wire.is_unsequenced(msg):
            self._execute(msg, seq)
            return
        d = (seq - self.rx_next) & 0x0F
        if d >= 8:
            # behind what we expect: a retransmission of a command already handled
            if link.resend(seq):
                self.rx_dup += 1
            else:
                self.nack(seq, wire.ERR_NOT_KEPT, b"seq %d already handled; reply not kept" % seq)
            return
        if d and not wire.is_priority(msg):
            # ahead: an earlier command was lost; the host goes back and resends it
            self.nack(seq, wire.ERR_OUT_OF_ORDER, b"expected seq %d" % self.rx_next)
            return
        while self.rx_next != seq:
            # a STOP/ESTOP overtook these: they will never run; say so when they arrive
            self.nack(self.rx_next, wire.ERR_CANCELLED, b"cancelled by a later STOP or ESTOP", True, False)
            self.rx_next = (self.rx_next + 1) & 0x0F
        self._cached = True
        self.executed += 1
        self.rx_next = (seq + 1) & 0x0F
        self._execute(msg, seq)

    def _execute(self, msg, seq):
        try:
            commands.dispatch(self, msg, seq, self.link.plen)
        except (Nack, PlanError) as e:
            self.nack(seq, e.args[0], e.args[1].encode())
        except Exception as e:  # a bug must cost one command, never the board
            self.nack(seq, wire.ERR_INTERNAL, ("%s: %s" % (type(e).__name__, e)).encode())

    # --- the control tick (allocation-free in steady state) ---------------------------------
    def tick(self, t):
        hal = self.hal
        m = self.motion
        state = self.state
        if state == wire.STATE_RUNNING:
            self._shot_tick(t)
            state = self.state
        moving = m.step(self._switches)
        self._still = not moving and state != wire.STATE_RUNNING
        self._calm = self._still
        if m.homed_now:
            # axes that reached their homing switch: the HAL counts from their home position
            for i in range(m.n):
                if m.homed_now >> i & 1:
                    hal.home_axis(i, m.pos[i])
            m.homed_now = 0
        if moving and (state == wire.STATE_IDLE or state == wire.STATE_MOVING or state == wire.STATE_JOGGING or state == wire.STATE_HOLD or state == wire.STATE_RUNNING):
            # only motion moves the outputs here: ARM, homing and calibration set them
            # themselves, and a still rig needs no rewrite every tick
            pos = m.pos
            for i in range(m.n):
                hal.set_axis(i, pos[i])
        if m.done_id:
            self.event(wire.EV_MOTION_DONE, m.done_id, m.done_reason, t)
            m.done_id = 0
            self._update_homed_flag()
        if m.dropped:
            # queued moves a stop dropped: each accepted id gets its one MOTION_DONE
            for mid in m.dropped:
                self.event(wire.EV_MOTION_DONE, mid, wire.DONE_DROPPED, t)
            m.dropped.clear()
        if m.limit_axis >= 0:
            self.flags |= wire.FLAG_LIMIT
            self.event(wire.EV_LIMIT, m.limit_axis, m.pos[m.limit_axis], t)
            m.limit_axis = -1
        if state == wire.STATE_MOVING or state == wire.STATE_JOGGING:
            if not m.busy():
                self._set_state(wire.STATE_IDLE)  # in the tick that reported MOTION_DONE
            elif (self.ticks - self.last_rx_tick) & _TICK_MASK > self._link_ticks:
                self._link_lost(t)
        hal.tick(t)
        c = hal.camera_confirm()
        if c >= 0:
            sh = self.shot
            if sh.camera_edge(c):
                sh.confirmed(c)
                self.event(wire.EV_CAMERA, sh.cam_idx, sh.cam_t, c)
        if self._tdiv:
            self._tcount += 1
            if self._tcount >= self._tdiv:
                self._tcount = 0
                self._telemetry(t)
        self.ticks = (self.ticks + 1) & _TICK_MASK  # a small int on every port, however long it runs
        hal.wdt_feed()

    def _shot_tick(self, t):
        # RUNNING: the player commands the axes it drives; its end (or a starved stream)
        # hands them to the motion core, braking from where they are.
        sh = self.shot
        m = self.motion
        if sh.w_event:
            # a pause or resume begins with this tick: say where on the shot and for how long
            kind = wire.EV_SHOT_PAUSE if sh.w_event == 1 else wire.EV_SHOT_RESUME
            self.event(kind, sh.tick, sh.w_n // 2, sh.w_base & CLOCK_MASK)
            sh.w_event = 0
        going = sh.step(self.t_raw, m.pos)
        if sh.s_done >= 0:
            self.event(wire.EV_FRAME, sh.s_done, sh.s_lat, t)
            sh.s_done = -1
        if going:
            used = sh.used
            if not sh.sms and (sh.phase == wire.SHOT_PLAYING or sh.phase >= wire.SHOT_PAUSING):
                for i in range(m.n):
                    if used >> i & 1:
                        m.target[i] = m.pos[i]
                        self.hal.set_axis(i, m.pos[i])
            if (self.ticks - self.last_rx_tick) & _TICK_MASK > self._link_ticks:
                self._link_lost(t)
            return
        self._shot_ended(t, sh.reason != wire.DONE_COMPLETE)

    def end_shot(self, reason, t, brake=True):
        # STOP, ESTOP, link loss or a starved stream while a shot plays: it ends now.
        sh = self.shot
        if not sh.busy():
            return
        sh.abort(reason)
        self._shot_ended(t, brake)

    def _shot_ended(self, t, brake):
        sh = self.shot
        m = self.motion
        self.event(wire.EV_SHOT_DONE, sh.id | sh.reason << 16, sh.done_tick, t)
        if brake and sh.phase == wire.SHOT_ABORTED and sh.done_tick > 0 and not sh.sms:
            states = []
            for i in range(m.n):
                if sh.used >> i & 1:
                    S, V, A = sh.state(i)
                    states.append((i, S, V, A))
            m.brake_from(states, sh.reason)
        if self.state == wire.STATE_RUNNING:
            self._set_state(wire.STATE_MOVING if m.busy() else wire.STATE_IDLE)

    def _tick_fault(self, e):
        # The tick raised: outputs safe (as ESTOP), motion and any shot ended, FAULT latched
        # until CLEAR; the loop goes on serving the link so the host can see it and recover.
        t = now_us()
        self.hal.estop(0, t)
        try:
            self.end_shot(wire.DONE_FAULT, t, False)
            self.motion.halt(wire.DONE_FAULT)
        except Exception:
            pass  # the outputs are cut already; FAULT says the rest
        if self.state != wire.STATE_FAULT:
            self._set_state(wire.STATE_FAULT)
            self.event(wire.EV_FAULT, 1, 0, t)  # a = 1: the control tick raised
        self.ticks = (self.ticks + 1) & _TICK_MASK
        self.hal.wdt_feed()

    def _link_lost(self, t, new_host=0):
        # The host went quiet while the rig moved, or another host said HELLO (new_host 1):
        # nobody is driving what runs now, so brake within limits and hold.
        silence = ((self.ticks - self.last_rx_tick) & _TICK_MASK) * PERIOD_MS
        self.end_shot(wire.DONE_FAULT, t)
        self.motion.stop(wire.DONE_FAULT)
        self.flags |= wire.FLAG_LINK_LOST
        self._set_state(wire.STATE_HOLD)
        self.event(wire.EV_LINK_LOSS, silence, new_host, t)

    def hello_from(self, session, t):
        # HELLO: a session other than the one that started what moves now takes nothing over.
        if session != self.session:
            st = self.state
            if st == wire.STATE_MOVING or st == wire.STATE_JOGGING or st == wire.STATE_RUNNING:
                self._link_lost(t, 1)
            self.session = session
            # the replies kept are another host's: a retransmission must not get one of them
            self.link.forget()

    def _telemetry(self, t):
        link = self.link
        tx = link.tx
        m = self.motion
        hal = self.hal
        off = wire.pack_telemetry(tx, PAYLOAD, t, self._tseq, self.state, self.flags, self.ev_next, m.n)
        running = self.state == wire.STATE_RUNNING
        sh = self.shot
        for i in range(m.n):
            v = sh.velocity(i) if running and not sh.sms else m.velocity(i)
            off = wire.pack_telemetry_axis(tx, off, hal.axis_pos(i), v)
        self._tseq = (self._tseq + 1) & 0xFFFF
        link.send(wire.MSG_TELEMETRY, link.next_tseq(), off - PAYLOAD)

    # --- the loop -------------------------------------------------------------------------
    def rephase(self, start_raw):
        # Align the tick deadlines to start_raw (a shot's tick 0) from the next tick on.
        self._rephase = start_raw

    def run(self):
        hal = self.hal
        sh = self.shot
        hal.wdt_start(_WDT_MS)
        nxt = time.ticks_add(time.ticks_us(), PERIOD_US)
        lead = hal.EDGE_LEAD_US
        near = hal.NAP_NEAR_US
        wait_us = hal.LINK_WAIT_US
        still_sleep = hal.SLEEP_WHEN_STILL
        starved = 0  # ticks since the link was last served
        while self.running:
            now = time.ticks_us()
            rem = time.ticks_diff(nxt, now)
            if sh.en:
                # a trigger edge is queued: it is the deadline when it comes before the tick
                d = time.ticks_diff(sh.et[sh.eh], now)
                if d <= 0 or d <= lead:
                    sh.fire(self, d > 0)  # a HAL with lead times the edge in hardware
                    continue
                if sh.pn:
                    sh.report(self)  # the edges just fired, once every due one has
                    continue
                if d < rem:
                    rem = d
                    if rem <= _BUSY_WAIT_US:
                        _nap(rem, near)  # close: no link work now, it could make the edge late
                        continue
            elif sh.pn:
                sh.report(self)
                continue
            if rem > 0:
                if rem > _QUIET_US:
                    starved = 0
                    n = self.service()
                    if n:
                        self._gc_frames += n
                        self._calm = False  # what the frame started gets its next tick on time
                        continue  # (the last _QUIET_US before a tick are kept for the tick alone)
                gf = self._gc_frames
                if gf and self._gc_wait <= 0 and rem > _GC_ROOM_US and (self._still or gf >= _GC_FRAMES):
                    # Only command handlers allocate (the tick does not); collect here, in spare
                    # time, so that an automatic collection seldom lands on a tick or an edge,
                    # and while the rig is still, since a collection can outlast a tick (on an
                    # RP2040: 1.9 ms with 20 KB in use, 3.9 ms more for a 32 KB shot buffer):
                    # a STOP or ESTOP is then late only where nothing moves. Without asking
                    # first: gc.mem_alloc() walks the heap (8.9 ms on an RP2040).
                    self._gc_wait = _GC_TICKS
                    self._gc_frames = 0
                    gc.collect()
                    continue
                if wait_us:
                    # one sleep to the deadline, which a whole frame ends early; none in the
                    # last _QUIET_US, where a frame would wait for the tick anyway
                    if rem > _QUIET_US:
                        hal.link_wait_us(rem)
                    else:
                        time.sleep_us(rem)
                elif still_sleep and self._calm:
                    # Nothing moves and nothing came: sleep (WFE) through to the tick, in whole
                    # ms, instead of a sub-ms spin (a busy wait on rp2 and esp32); the tick may
                    # start up to a ms late, where a late tick changes nothing. A frame wakes it.
                    if self._tdiv or sh.en or self._rephase != -1 or self.motion.busy():
                        hal.link_wait((rem + 999) // 1000)
                        continue
                    # With no telemetry, no edge queued and no motion session, sleep through
                    # _IDLE_TICKS periods and tick once: a still rig's tick changes nothing,
                    # and each one costs the chip a wake-up and 360 us of MicroPython on an
                    # RP2040. The tick count stays the time base: it takes the periods slept.
                    hal.link_wait((rem + (_IDLE_TICKS - 1) * PERIOD_US + 999) // 1000)
                    late = time.ticks_diff(time.ticks_us(), nxt)
                    if late >= PERIOD_US:
                        k = late // PERIOD_US
                        self.ticks = (self.ticks + k) & _TICK_MASK
                        self._gc_wait -= k
                        nxt = time.ticks_add(nxt, k * PERIOD_US)
                elif rem > _BUSY_WAIT_US:
                    # wake at once for a frame; a ms's poll still ends well before the deadline
                    hal.link_wait((rem - 1000) // 1000 if rem > 2000 else 1)
                else:
                    _nap(rem, near)
                continue
            starved += 1
            if starved > _STARVE_TICKS:
                # ticks ran back to back (a shot's late ticks keep their times) or each left
                # only the quiet window: serve the link now, or the host's frames would wait
                # until the board took it for silence and braked on its own
                starved = 0
                n = self.service()
                if n:
                    self._gc_frames += n
                    self._calm = False
            self.t_raw = nxt
            try:
                self.tick(nxt & CLOCK_MASK)  # pyright: ignore[reportOperatorIssue]
            except Exception as e:  # a bug in the tick must stop the rig, never the board
                self._tick_fault(e)
            if self._gc_wait > 0:
                self._gc_wait -= 1
            nxt = time.ticks_add(nxt, PERIOD_US)
            if self._rephase != -1:
                # a shot starts at _rephase: land a tick on it exactly (this one tick is shorter)
                d = time.ticks_diff(self._rephase, time.ticks_us())
                nxt = time.ticks_add(self._rephase, -(d // PERIOD_US) * PERIOD_US)  # pyright: ignore[reportArgumentType]
                self._rephase = -1
            elif time.ticks_diff(time.ticks_us(), nxt) > 0:
                # a tick ran past the next deadline: skip ahead rather than burst, except while
                # a shot plays, whose ticks keep their times (the late ones run back to back)
                self.overruns += 1
                if self.state != wire.STATE_RUNNING:
                    nxt = time.ticks_add(time.ticks_us(), PERIOD_US)


def _nap(rem, near):
    # Sleep towards a deadline rem us away: sleeps of up to _NAP_LONG_US until `near` us
    # before it (few wake-ups for an idle board, and the link looked at between them; a sleep
    # overshoots by tens of us on an OS), then short naps, then the rest. A HAL whose sleeps
    # land on their time says near = 0 (hal.NAP_NEAR_US).
    if rem > near + _NAP_US:
        d = rem - near
        time.sleep_us(d if d < _NAP_LONG_US else _NAP_LONG_US)
    elif rem > _NAP_US:
        time.sleep_us(_NAP_US)
    else:
        time.sleep_us(rem)


def run(hal):
    hal.link_open()  # first: events raised while the board starts up go out at once
    board = Board(hal)
    try:
        board.run()
    finally:
        hal.link_close()
