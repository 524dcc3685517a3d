# shot.py: the shot player: a compiled shot, held in a ring of words, played on the board's clock.
#
# The host compiles a shot (host/shots/compile.py) into records of 32-bit words, sorted by
# their key tick; docs/shots.md has the layouts. Every record's first word is its key tick
# and its second word's low 4 bits its kind:
#   SEG   (12 words) key = start tick; w1 = kind | axis << 4 | ticks << 8; then the
#         motion core's fixed-point segment state (motion.py): j2 j6 s v h, each as a
#         whole and a 24-bit fraction. The axis follows that constant-jerk cubic for `ticks`.
#   EDGE  (4 words)  key = fire tick - 1 (queued a tick ahead); w1 = kind | line << 4 |
#         level << 8 | hold << 9 | edge index << 12; w2 = fire tick; w3 = us into that tick.
#   END   (2 words)  key = the shot's last tick (stop-motion: the frame count).
# A stop-motion shot (shoot-move-shoot) is keyed by frame instead of tick:
#   SMS   (7 words)  key 0, first: w2 settle us, w3 exposure us, w4 interval us, w5 confirm
#         timeout us, w6 shutter line | move speed (permille of vmax) << 8.
#   FRAME (2 + axes) key = frame; w1 = kind | axis mask << 4; then every axis's position.
#   EDGE             a cue shot with the frame: w2 = 0, w3 = us after the shutter opens.
# Records with the same key are applied in the tick with that number: segments tile every
# used axis's time exactly, so a segment that ends at tick T is followed by one keyed T.
#
# Two halves, as in motion.py: upload, validation and PLAY run on the command path (they may
# allocate); step() and the edge queue run on the tick path and do not allocate. Words are
# validated as they arrive (positions within the soft limits, velocity and acceleration
# within the axis's limits), and a shot plays only after a COMMIT whose CRC-32 matches, so
# a half-uploaded shot never runs. A stream (longer than the buffer) commits its first part,
# plays while the rest arrives, and brakes under control (DONE_STARVED) if the data runs out.
import binascii
import time

import micropython
from micropython import const

from orbitfw import wire
from orbitfw.clock import CLOCK_MASK, PERIOD_US, now_us
from orbitfw.motion import PlanError

_F = const(24)
_FM = const(0xFFFFFF)
_ONE = const(1 << 24)

_R_SEG = const(1)
_R_EDGE = const(2)
_R_END = const(3)
_R_SMS = const(4)
_R_FRAME = const(5)
_SEG_W = const(12)
_EDGE_W = const(4)
_END_W = const(2)
_SMS_W = const(7)

# stop-motion steps
_S_MOVE = const(0)  # plan the frame's move
_S_ARRIVE = const(1)  # moving
_S_SETTLE = const(2)  # standing still for `settle`
_S_EXPOSE = const(3)  # shutter open, then waiting for the camera's confirmation
_S_NEXT = const(4)  # waiting out the interval
_CUES = const(8)  # cues one stop-motion frame may carry
_RAMP_MIN = const(4)  # shot ticks a pause's slow-down (or a resume's speed-up) runs on, at least
_RAMP_MAX = const(100)  # ...and at most: the ramp takes twice as many board ticks
_NONE = (0,)  # a placeholder that costs no RAM (a constant of the module)
_CAMQ = const(8)  # shutter openings a camera may have unconfirmed at once
_CAM_STALE_US = const(2000000)  # an opening unconfirmed this long is given up on

_PAGE = const(1024)  # words per page of the buffer: 4 KB blocks, which a fragmented heap still has
_PAGE_SHIFT = const(10)
_EDGES = const(16)  # trigger edges queued ahead of their time
_START_MIN_US = const(10000)  # PLAY's start time at least this far ahead...
_START_MAX_US = const(120000000)  # ...and at most this far
_START_TOL = const(2)  # 0.001 unit: how far an axis may stand from the shot's start
_MANUAL = const(0x3FFFF)  # edge index of a TRIGGER command's pulse end


@micropython.viper
def _word(buf, i: int) -> int:
    # the little-endian int32 at word i of buf (its values stay small ints by design)
    p = ptr8(buf)
    o = i << 2
    hi = int(p[o + 3])
    if hi >= 128:
        hi -= 256
    return int(p[o]) | (int(p[o + 1]) << 8) | (int(p[o + 2]) << 16) | (hi << 24)


@micropython.viper
def _put(dst, doff: int, src, soff: int, n: int):
    d = ptr8(dst)
    s = ptr8(src)
    i = 0
    while i < n:
        d[doff + i] = s[soff + i]
        i += 1


def _fmt(v):
    sign = "-" if v < 0 else ""
    v = -v if v < 0 else v
    return "%s%d.%03d" % (sign, v // 1000, v % 1000)


class Player:
    def __init__(self, motion, hal, capacity_words, lines):
        n = motion.n
        self.m = motion
        self.hal = hal
        self.n = n
        self.cap_max = capacity_words
        self.lines = lines
        self.buf = None  # allocated by the first load(): no RAM is held until a shot is loaded
        self.cap = 0
        self.id = 0
        self.phase = wire.SHOT_EMPTY
        self.reason = wire.DONE_COMPLETE
        self.words = 0
        self.ticks = 0
        self.stream = False
        self.crc = 0  # expected CRC-32 of every word
        self._crc = 0  # running CRC-32 of the words received
        self.committed = 0
        self.wp = 0  # words received
        self.vp = 0  # words validated
        self.rp = 0  # words the player has read
        self._vkey = 0
        self.ended = False
        self.tick = 0
        self.fired = 0
        self.start_raw = 0
        self.start_us = 0
        self.done_tick = 0
        self.used = 0  # bit per axis the shot drives
        self.eh = 0  # the edge queue's head and length (its lists come with the first use)
        self.en = 0
        self.pn = 0  # edges fired and not yet reported
        self.cq_h = 0  # the camera's openings waiting for their confirmation
        self.cq_n = 0
        self.cam_idx = 0  # what camera_edge() found: the opening's edge index and time
        self.cam_t = 0
        self.cam_line = hal.CAMERA_LINE
        self._lists = False  # the per-axis and queue lists exist (_ensure)
        # stop-motion (SMS record): parameters, and where the frame loop is
        self.sms = False
        self.s_settle = 0
        self.s_exposure = 0
        self.s_interval = 0
        self.s_timeout = 0
        self.s_line = 0
        self.s_speed = 1000
        self.frame = 0
        self.s_step = _S_MOVE
        self.s_t = 0
        self.s_open = 0
        self.s_conf = -1
        self.s_ncue = 0
        self.s_done = -1  # a frame shot and not yet reported, and its confirmation latency (-1: none)
        self.s_lat = -1
        # pause / resume: the shot's clock slows (or speeds up) along a ramp computed when the
        # command arrives: per ramp tick k, the shot time reached (w_sig, us after shot tick
        # w_t0) and every used axis's position there (w_pos, w_n + 1 per axis)
        self.w_n = 0
        self.w_i = 0
        self.w_t0 = 0
        self.w_base = 0  # raw board time of ramp tick 0
        self.w_sig = _NONE  # lists made by _ramp_table
        self.w_pos = _NONE
        self.w_ax = _NONE  # the used axes, in order
        self.w_event = 0  # 1 paused / 2 resumed: for the loop to report (EV_SHOT_PAUSE / _RESUME)


    def _ensure(self):
        # The lists a shot (or a TRIGGER pulse) needs, made at the first use: a board that
        # never plays a shot keeps its heap.
        if self._lists:
            return
        self._lists = True
        # per-axis integrator (the motion core's fixed point: whole + 24-bit fraction)
        self.p0 = [0] * self.n  # each axis's start position (its first segment)
        self.k = [0] * self.n  # ticks left in the axis's segment
        self.s = [0] * self.n
        self.sf = [0] * self.n
        self.v = [0] * self.n
        self.vf = [0] * self.n
        self.h = [0] * self.n
        self.hf = [0] * self.n
        self.j2 = [0] * self.n
        self.j2f = [0] * self.n
        self.j6 = [0] * self.n
        self.j6f = [0] * self.n
        # the edge queue: board time (raw ticks_us) and edge word, in time order
        self.et = [0] * _EDGES
        self.ew = [0] * _EDGES
        # edges fired and not yet reported: events wait until every edge due has fired, so
        # that sending one never delays the next (index, scheduled time, fired time, kind)
        self.pa = [0] * _EDGES
        self.pb = [0] * _EDGES
        self.pt = [0] * _EDGES
        self.pk = bytearray(_EDGES)
        self.level = bytearray(self.lines)
        self.hold = bytearray(self.lines)  # the line's level was set by a held cue (record)
        # the camera line's openings still waiting for their confirmation, oldest first (a
        # camera whose shutter lag is longer than the frame interval has several pending)
        self.cq_idx = [0] * _CAMQ
        self.cq_t = [0] * _CAMQ
        # a stop-motion frame's cue edges (edge word, offset after the shutter) and targets
        self.s_cue = [0] * _CUES
        self.s_off = [0] * _CUES
        self.s_targets = [(0, 0)] * self.n

    # --- upload (command path) ------------------------------------------------------------
    def busy(self):
        p = self.phase
        return p == wire.SHOT_WAITING or p == wire.SHOT_PLAYING or p >= wire.SHOT_PAUSING

    def load(self, shot_id, words, ticks, crc, flags):
        if self.busy():
            raise PlanError(wire.ERR_BAD_STATE, "a shot is playing")
        self._ensure()
        stream = bool(flags & wire.SHOTF_STREAM)
        if self.buf is None:
            # the whole buffer at the first load, kept for good, in pages: no RAM is held
            # before a shot is loaded, and no block larger than a page is ever asked for
            import gc

            gc.collect()
            pages = []
            try:
                for _ in range((self.cap_max + _PAGE - 1) >> _PAGE_SHIFT):
                    pages.append(bytearray(4 * _PAGE))
            except MemoryError:
                self.cap_max = len(pages) << _PAGE_SHIFT
            if not pages:
                raise PlanError(wire.ERR_BUSY, "no RAM for a shot buffer")
            self.buf = pages
        if words > self.cap_max and not stream:
            self.phase = wire.SHOT_EMPTY
            raise PlanError(
                wire.ERR_BUSY,
                "shot of %d words does not fit the %d-word buffer (stream it)" % (words, self.cap_max),
            )
        cap = self.cap_max if stream else words
        self.cap = cap
        self.id = shot_id
        self.words = words
        self.ticks = ticks
        self.crc = crc
        self.stream = stream
        self._crc = 0
        self.committed = 0
        self.wp = 0
        self.vp = 0
        self.rp = 0
        self._vkey = 0
        self.ended = False
        self.used = 0
        self.sms = False
        self.reason = wire.DONE_COMPLETE
        self.phase = wire.SHOT_LOADING
        return cap

    def data(self, frame, off, offset, count):
        # count words from frame[off:], which must continue the upload exactly
        if self.phase == wire.SHOT_EMPTY or self.buf is None:
            raise PlanError(wire.ERR_BAD_STATE, "no shot upload in progress (SHOT_LOAD first)")
        if offset != self.wp:
            raise PlanError(wire.ERR_BAD_VALUE, "offset %d: expected word %d" % (offset, self.wp))
        if self.wp + count > self.words:
            raise PlanError(wire.ERR_BAD_VALUE, "words past the shot's end (%d)" % self.words)
        if self.wp + count - self.rp > self.cap:
            raise PlanError(wire.ERR_BUSY, "shot buffer full: %d of %d words unplayed" % (self.wp - self.rp, self.cap))
        nbytes = count * 4
        self._crc = binascii.crc32(memoryview(frame)[off : off + nbytes], self._crc)
        cap = self.cap
        done = 0
        while done < count:
            at = (self.wp + done) % cap
            k = count - done
            room = _PAGE - (at & (_PAGE - 1))  # to the end of the page...
            if k > room:
                k = room
            if k > cap - at:  # ...and of the ring
                k = cap - at
            _put(self.buf[at >> _PAGE_SHIFT], (at & (_PAGE - 1)) * 4, frame, off + done * 4, k * 4)
            done += k
        self.wp += count
        try:
            self._validate()
        except PlanError:
            if self.busy():
                self.abort(wire.DONE_FAULT)
            self.phase = wire.SHOT_EMPTY
            raise
        if self.stream and self.wp == self.words and self.committed and self._crc != self.crc:
            if self.busy():
                self.abort(wire.DONE_FAULT)
            self.phase = wire.SHOT_EMPTY
            raise PlanError(wire.ERR_BAD_VALUE, "stream CRC mismatch: the shot was damaged in transit")
        return self.rp

    def _w(self, i):
        j = i % self.cap
        return _word(self.buf[j >> _PAGE_SHIFT], j & (_PAGE - 1))

    def _validate(self):
        # Check every complete record between vp and wp (command path: floats allowed).
        m = self.m
        n = self.n
        hz = m.hz
        while True:
            vp = self.vp
            avail = self.wp - vp
            if avail < 2:
                return
            key = self._w(vp)
            w1 = self._w(vp + 1)
            kind = w1 & 15
            if kind == _R_SEG:
                size = _SEG_W
            elif kind == _R_EDGE:
                size = _EDGE_W
            elif kind == _R_END:
                size = _END_W
            elif kind == _R_SMS:
                size = _SMS_W
            elif kind == _R_FRAME:
                size = 2 + n
            else:
                raise PlanError(wire.ERR_BAD_VALUE, "word %d: unknown record kind %d" % (vp + 1, kind))
            if avail < size:
                return
            if key < self._vkey or key > self.ticks:
                raise PlanError(wire.ERR_BAD_VALUE, "word %d: key tick %d out of order" % (vp, key))
            if self.ended:
                raise PlanError(wire.ERR_BAD_VALUE, "word %d: a record after the END" % vp)
            self._vkey = key
            if kind == _R_SEG:
                self._check_seg(vp, key, w1, n, hz)
            elif kind == _R_EDGE:
                line = (w1 >> 4) & 15
                if line >= self.lines:
                    raise PlanError(
                        wire.ERR_BAD_VALUE, "edge on line %d: this board has %d lines" % (line, self.lines)
                    )
                ft = self._w(vp + 2)
                us = self._w(vp + 3)
                if self.sms:
                    ok = ft == 0 and 0 <= us < 60000000
                else:
                    ok = 0 <= us < PERIOD_US and key <= ft <= key + 1 and ft <= self.ticks
                if not ok:
                    raise PlanError(wire.ERR_BAD_VALUE, "word %d: edge time out of range" % vp)
            elif kind == _R_SMS:
                self._check_sms(vp)
            elif kind == _R_FRAME:
                self._check_frame(vp, key, w1 >> 4)
            else:
                if key != self.ticks:
                    raise PlanError(wire.ERR_BAD_VALUE, "END at tick %d, shot has %d" % (key, self.ticks))
                self.ended = True
            self.vp = vp + size

    def _check_sms(self, o):
        if o != 0:
            raise PlanError(wire.ERR_BAD_VALUE, "word %d: stop-motion parameters must come first" % o)
        self.sms = True
        self.s_settle = self._w(2)
        self.s_exposure = self._w(3)
        self.s_interval = self._w(4)
        self.s_timeout = self._w(5)
        w = self._w(6)
        self.s_line = w & 255
        self.s_speed = w >> 8
        for v in (self.s_settle, self.s_exposure, self.s_interval, self.s_timeout):
            if not 0 <= v <= 60000000:
                raise PlanError(wire.ERR_BAD_VALUE, "stop-motion time %d us outside 0..60 s" % v)
        if self.s_exposure < 1 or self.s_line >= self.lines or not 1 <= self.s_speed <= 1000:
            raise PlanError(wire.ERR_BAD_VALUE, "stop-motion exposure, shutter line or speed out of range")

    def _check_frame(self, o, key, mask):
        m = self.m
        if not self.sms:
            raise PlanError(wire.ERR_BAD_VALUE, "word %d: a frame record in a shot without stop-motion" % o)
        if mask >> self.n or not mask:
            raise PlanError(wire.ERR_BAD_AXIS, "frame %d names axes the board does not have" % key)
        for i in range(self.n):
            if mask >> i & 1:
                p = self._w(o + 2 + i)
                if p < m.lo[i] or p > m.hi[i]:
                    raise PlanError(
                        wire.ERR_LIMIT,
                        "%s at frame %d: position %s outside %s..%s"
                        % (m.names[i], key, _fmt(p), _fmt(m.lo[i]), _fmt(m.hi[i])),
                    )
                if key == 0:
                    self.p0[i] = p
        if key == 0:
            self.used = mask
        elif mask & ~self.used:
            raise PlanError(wire.ERR_BAD_VALUE, "frame %d moves an axis frame 0 does not place" % key)

    def _check_seg(self, o, key, w1, n, hz):
        m = self.m
        axis = (w1 >> 4) & 15
        nt = w1 >> 8
        if axis >= n:
            raise PlanError(wire.ERR_BAD_AXIS, "segment for axis %d: board has %d" % (axis, n))
        if nt < 1 or key + nt > self.ticks:
            raise PlanError(wire.ERR_BAD_VALUE, "word %d: segment length %d out of range" % (o, nt))
        j6 = (self._w(o + 4) + self._w(o + 5) / _ONE)
        s = self._w(o + 6) + self._w(o + 7) / _ONE
        v = self._w(o + 8) + self._w(o + 9) / _ONE
        h = self._w(o + 10) + self._w(o + 11) / _ONE
        if key == 0:
            self.used |= 1 << axis
            self.p0[axis] = self._w(o + 6) + (self._w(o + 7) >> 23)
        elif not self.used >> axis & 1:
            raise PlanError(wire.ERR_BAD_VALUE, "%s has no segment at tick 0" % m.names[axis])
        # extremes of the cubic p(t) = s + v t + h t^2 + j6 t^3 and of its velocity over [0, nt]
        lo = m.lo[axis] - _START_TOL
        hi = m.hi[axis] + _START_TOL
        ts = [0.0, float(nt)]
        a3 = 3.0 * j6
        b2 = 2.0 * h
        if a3 != 0.0:
            disc = b2 * b2 - 4.0 * a3 * v
            if disc >= 0.0:
                r = disc**0.5
                ts.append((-b2 + r) / (2.0 * a3))
                ts.append((-b2 - r) / (2.0 * a3))
            ts.append(-b2 / (2.0 * a3))  # the velocity's extreme
        elif b2 != 0.0:
            ts.append(-v / b2)
        vmax = m.vmax[axis] * 1.05 / hz + 1.0
        for t in ts:
            if t < 0.0 or t > nt:
                continue
            p = s + t * (v + t * (h + t * j6))
            if p < lo or p > hi:
                raise PlanError(
                    wire.ERR_LIMIT,
                    "%s at shot tick %d: position %s outside %s..%s"
                    % (m.names[axis], key + int(t), _fmt(int(p)), _fmt(m.lo[axis]), _fmt(m.hi[axis])),
                )
            vel = v + t * (b2 + t * a3)
            if vel > vmax or vel < -vmax:
                raise PlanError(
                    wire.ERR_LIMIT,
                    "%s at shot tick %d: velocity %s above vmax %s"
                    % (m.names[axis], key + int(t), _fmt(int(abs(vel) * hz)), _fmt(m.vmax[axis])),
                )

    def commit(self, shot_id, words, crc):
        if self.phase != wire.SHOT_LOADING or shot_id != self.id:
            raise PlanError(wire.ERR_BAD_STATE, "shot %d is not being loaded" % shot_id)
        if words != self.wp:
            raise PlanError(wire.ERR_BAD_VALUE, "commit of %d words: %d received" % (words, self.wp))
        if not self.stream and words != self.words:
            raise PlanError(wire.ERR_BAD_VALUE, "commit of %d words: the shot has %d" % (words, self.words))
        if crc != self._crc or (words == self.words and crc != self.crc):
            self.phase = wire.SHOT_EMPTY
            raise PlanError(wire.ERR_BAD_VALUE, "CRC mismatch: the shot was damaged in transit; load it again")
        if self.vp != self.wp:
            raise PlanError(wire.ERR_BAD_VALUE, "the upload ends inside a record")
        if not self.used:
            raise PlanError(wire.ERR_BAD_VALUE, "the shot moves no axis")
        self.committed = words
        self.phase = wire.SHOT_READY

    # --- play (command path) ----------------------------------------------------------------
    def check_start(self):
        # Every axis the shot drives stands where the shot starts (pre-roll puts it there).
        m = self.m
        for i in range(self.n):
            if self.used >> i & 1:
                d = m.pos[i] - self.p0[i]
                if d > _START_TOL or d < -_START_TOL:
                    raise PlanError(
                        wire.ERR_BAD_STATE,
                        "%s at %s, shot starts at %s: pre-roll first"
                        % (m.names[i], _fmt(m.pos[i]), _fmt(self.p0[i])),
                    )
                if m.require_home and not m.homed[i]:
                    raise PlanError(wire.ERR_BAD_STATE, "%s not homed (run HOME first)" % m.names[i])

    def play(self, shot_id, start_raw, start_us):
        if shot_id != self.id or self.phase not in (wire.SHOT_READY, wire.SHOT_DONE, wire.SHOT_ABORTED):
            raise PlanError(wire.ERR_BAD_STATE, "shot %d is not loaded and committed" % shot_id)
        if self.stream and self.rp:
            raise PlanError(wire.ERR_BAD_STATE, "a streamed shot plays once: load it again")
        if self.en:
            raise PlanError(wire.ERR_BUSY, "a trigger pulse is still running")
        self.check_start()
        self.rp = 0
        self.tick = 0
        self.fired = 0
        self.eh = 0
        self.en = 0
        self.cq_n = 0
        self.start_raw = start_raw
        self.start_us = start_us
        self.reason = wire.DONE_COMPLETE
        self.phase = wire.SHOT_WAITING
        self.w_n = 0
        if self.sms:
            self.rp = _SMS_W
            self.frame = 0
            self.s_step = _S_MOVE
            self.s_done = -1
            return
        self._apply(0, start_raw)  # the start segments and the first edges, ahead of time

    # --- the tick (allocation-free) ---------------------------------------------------------------
    def step(self, t_raw, pos):
        # One board tick at deadline t_raw (raw ticks_us). Writes the commanded position of
        # every used axis into pos. Returns False when the play has ended (self.reason says why).
        phase = self.phase
        if phase == wire.SHOT_WAITING:
            if time.ticks_diff(t_raw, self.start_raw) < 0:
                return True
            self.phase = wire.SHOT_PLAYING
            if not self.sms:
                self._out(pos)
            return True
        if phase == wire.SHOT_PAUSED:
            return True
        if phase == wire.SHOT_PAUSING or phase == wire.SHOT_RESUMING:
            return self._ramp_step(t_raw, pos)
        if phase != wire.SHOT_PLAYING:
            return False
        if self.sms:
            return self._sms_step(t_raw)
        T = self.tick + 1
        self.tick = T
        n = self.n
        used = self.used
        for i in range(n):
            if used >> i & 1:
                self._advance(i)
        if not self._apply(T, t_raw):
            return False
        self._out(pos)
        if T >= self.ticks:
            self._finish(wire.DONE_COMPLETE)
            return False
        for i in range(n):
            if used >> i & 1 and self.k[i] < 0:
                # a segment ended with nothing after it: a compiler bug or damaged data
                self.abort(wire.DONE_FAULT)
                return False
        return True

    def _out(self, pos):
        used = self.used
        s = self.s
        sf = self.sf
        for i in range(self.n):
            if used >> i & 1:
                pos[i] = s[i] + (sf[i] >> 23)

    def _advance(self, i):
        # one tick of constant jerk, exactly as motion.py integrates its segments
        sw = self.s[i]
        sf = self.sf[i]
        vw = self.v[i]
        vf = self.vf[i]
        hw = self.h[i]
        hf = self.hf[i]
        j2w = self.j2[i]
        j2f = self.j2f[i]
        t = sf + vf + hf + self.j6f[i]
        self.s[i] = sw + vw + hw + self.j6[i] + (t >> _F)
        self.sf[i] = t & _FM
        t = vf + hf + hf + j2f
        self.v[i] = vw + hw + hw + j2w + (t >> _F)
        self.vf[i] = t & _FM
        t = hf + j2f
        self.h[i] = hw + j2w + (t >> _F)
        self.hf[i] = t & _FM
        self.k[i] -= 1
        if self.k[i] == 0:
            self.k[i] = -1  # ended: a segment keyed this tick must follow

    def _apply(self, T, t_raw):
        # Apply every record keyed T. False when the stream starved (the play was aborted).
        while True:
            rp = self.rp
            if rp >= self.vp:
                if self.ended or rp >= self.words:
                    return True
                self.abort(wire.DONE_STARVED)
                return False
            if self._w(rp) > T:
                return True
            w1 = self._w(rp + 1)
            kind = w1 & 15
            if kind == _R_SEG:
                i = (w1 >> 4) & 15
                self.k[i] = w1 >> 8
                self.j2[i] = self._w(rp + 2)
                self.j2f[i] = self._w(rp + 3)
                self.j6[i] = self._w(rp + 4)
                self.j6f[i] = self._w(rp + 5)
                self.s[i] = self._w(rp + 6)
                self.sf[i] = self._w(rp + 7)
                self.v[i] = self._w(rp + 8)
                self.vf[i] = self._w(rp + 9)
                self.h[i] = self._w(rp + 10)
                self.hf[i] = self._w(rp + 11)
                self.rp = rp + _SEG_W
            elif kind == _R_EDGE:
                ft = self._w(rp + 2)
                us = self._w(rp + 3)
                if self.w_n:
                    # on a ramp: the edge fires when the shot's clock reaches it
                    rel = (ft - self.w_t0) * PERIOD_US + us
                    if rel > self.w_sig[self.w_n] and self.phase == wire.SHOT_PAUSING:
                        return True  # after the pause: it waits in the buffer for the resume
                    self._queue(w1, self._warp(rel))
                else:
                    self._queue(w1, time.ticks_add(t_raw, (ft - T) * PERIOD_US + us))
                self.rp = rp + _EDGE_W
            else:
                self.rp = rp + _END_W

    # --- pause and resume: the shot's clock slows to a stop and comes back, on the path ----------
    # The rate of the shot's clock follows a smooth step over 2 D board ticks while the shot
    # runs on D ticks: rate 1 -> 0 (pause) or 0 -> 1 (resume), with its derivative zero at both
    # ends, so every axis stays on its planned path with continuous velocity and
    # acceleration; D is chosen from the axes' velocities so that slowing down costs at most
    # half their amax, and the ramp's positions are checked against amax before it starts.
    # Edges keep their place on the shot's time line: they fire when the clock reaches them.
    def pause(self, t_raw):
        if self.phase != wire.SHOT_PLAYING:
            raise PlanError(wire.ERR_BAD_STATE, "no shot is playing at speed")
        if self.sms:
            raise PlanError(wire.ERR_BAD_STATE, "a stop-motion shot cannot pause (STOP it)")
        self._ramp(True, t_raw)
        self.phase = wire.SHOT_PAUSING
        self.w_event = 1

    def resume(self, t_raw):
        if self.phase != wire.SHOT_PAUSED:
            raise PlanError(wire.ERR_BAD_STATE, "the shot is not paused")
        self._ramp(False, t_raw)
        self.phase = wire.SHOT_RESUMING
        self.w_event = 2

    def _ramp(self, down, t_raw):
        # Command path: plan the ramp from shot tick `tick`, as board tick t_raw's state.
        m = self.m
        hz = m.hz
        ax = [i for i in range(self.n) if self.used >> i & 1]
        d = _RAMP_MIN
        for i in ax:
            # 1.5 v hz / amax shot ticks keep v * (the clock's deceleration) within amax / 2
            v = abs(self.v[i]) * hz + 1
            need = (3 * v * hz) // (2 * m.amax[i]) + 1
            if need > d:
                d = need
        while True:
            if d > _RAMP_MAX:
                raise PlanError(
                    wire.ERR_BAD_STATE, "cannot slow the shot within the axes' limits here: STOP it"
                )
            if self.tick + d >= self.ticks:
                raise PlanError(wire.ERR_BAD_STATE, "too close to the shot's end to pause")
            if self._ramp_table(d, down, ax):
                break
            d *= 2
        self.w_t0 = self.tick
        self.w_base = t_raw
        self.w_i = 0
        self.w_ax = ax
        if down:
            # edges already queued were timed at full speed: time them on the ramp
            for j in range(self.en):
                q = (self.eh + j) % _EDGES
                rel = time.ticks_diff(self.et[q], t_raw)
                self.et[q] = self._warp(rel)

    def _ramp_table(self, d, down, ax):
        # The ramp's positions (exact integer state of every shot tick, a cubic between them)
        # and the shot time at each ramp tick. False when the ramp would break an axis's amax.
        m = self.m
        hz = m.hz
        n2 = 2 * d
        na = len(ax)
        wpos = [0] * (na * (n2 + 1))
        wsig = [0] * (n2 + 1)
        S = [(self.s[i] << _F) + self.sf[i] for i in ax]
        V = [(self.v[i] << _F) + self.vf[i] for i in ax]
        H = [(self.h[i] << _F) + self.hf[i] for i in ax]
        J = [(self.j6[i] << _F) + self.j6f[i] for i in ax]
        slot = [-1] * self.n
        for j in range(na):
            slot[ax[j]] = j
        rp = self.rp
        T0 = self.tick
        k = 0
        for mt in range(d + 1):
            if mt:
                for j in range(na):
                    S[j] += V[j] + H[j] + J[j]
                    V[j] += 2 * H[j] + 3 * J[j]
                    H[j] += 3 * J[j]
                while rp < self.vp and self._w(rp) == T0 + mt:
                    w1 = self._w(rp + 1)
                    kind = w1 & 15
                    if kind == _R_SEG:
                        j = slot[(w1 >> 4) & 15]
                        if j >= 0:
                            S[j] = (self._w(rp + 6) << _F) + self._w(rp + 7)
                            V[j] = (self._w(rp + 8) << _F) + self._w(rp + 9)
                            H[j] = (self._w(rp + 10) << _F) + self._w(rp + 11)
                            J[j] = (self._w(rp + 4) << _F) + self._w(rp + 5)
                        rp += _SEG_W
                    elif kind == _R_EDGE:
                        rp += _EDGE_W
                    else:
                        rp += _END_W
                if rp >= self.vp and not self.ended:
                    raise PlanError(wire.ERR_BAD_STATE, "not enough of the stream is here to pause")
            while k <= n2:
                x = k / n2
                sig = n2 * (x - x * x * x + x * x * x * x / 2) if down else n2 * (x * x * x - x * x * x * x / 2)
                if mt < d and sig >= mt + 1:
                    break
                u = sig - mt
                if u < 0.0:
                    u = 0.0
                wsig[k] = mt * PERIOD_US + int(u * PERIOD_US + 0.5)
                for j in range(na):
                    frac = (S[j] & _FM) + u * (V[j] + u * (H[j] + u * J[j]))
                    wpos[j * (n2 + 1) + k] = (S[j] >> _F) + int(frac / _ONE + 0.5)
                k += 1
        # the warped positions must stay within each axis's acceleration limit (+ rounding)
        for j in range(na):
            lim = m.amax[ax[j]] * 21 // (20 * hz * hz) + 2
            o = j * (n2 + 1)
            for k in range(1, n2):
                a = wpos[o + k + 1] - 2 * wpos[o + k] + wpos[o + k - 1]
                if a > lim or a < -lim:
                    return False
        self.w_n = n2
        self.w_sig = wsig
        self.w_pos = wpos
        return True

    def _warp(self, rel):
        # board time (raw) at which the ramp's shot clock reaches `rel` us after shot tick w_t0
        sig = self.w_sig
        n = self.w_n
        if rel >= sig[n]:
            return time.ticks_add(self.w_base, n * PERIOD_US + rel - sig[n])  # pyright: ignore[reportArgumentType]
        k = 0
        while k < n and sig[k + 1] <= rel:
            k += 1
        span = sig[k + 1] - sig[k]
        f = (rel - sig[k]) * PERIOD_US // span if span > 0 else 0
        return time.ticks_add(self.w_base, k * PERIOD_US + f)  # pyright: ignore[reportArgumentType]

    def _ramp_step(self, t_raw, pos):
        k = self.w_i + 1
        n2 = self.w_n
        target = self.w_t0 + self.w_sig[k] // PERIOD_US
        used = self.used
        while self.tick < target:
            T = self.tick + 1
            self.tick = T
            for i in range(self.n):
                if used >> i & 1:
                    self._advance(i)
            if not self._apply(T, t_raw):
                return False
        ax = self.w_ax
        for j in range(len(ax)):
            pos[ax[j]] = self.w_pos[j * (n2 + 1) + k]
        self.w_i = k
        if k >= n2:
            if self.phase == wire.SHOT_PAUSING:
                self.phase = wire.SHOT_PAUSED
            else:
                self.phase = wire.SHOT_PLAYING
                self.w_n = 0
        return True

    # --- stop-motion: shoot, move, shoot --------------------------------------------------------------
    def _sms_step(self, t_raw):
        # One tick of the frame loop. Planning a frame's move allocates: it happens once per
        # frame, and a stop-motion frame has no tick-exact timing to keep.
        m = self.m
        st = self.s_step
        if st == _S_MOVE:
            if not self._sms_frame():
                if self.reason == wire.DONE_COMPLETE and self.phase == wire.SHOT_PLAYING:
                    self._finish(wire.DONE_COMPLETE)
                return False
            try:
                m.plan(self.s_targets, 0, self.s_speed)
            except PlanError:
                self.abort(wire.DONE_FAULT)
                return False
            self.s_step = _S_ARRIVE
        elif st == _S_ARRIVE:
            if not m.busy():
                self.s_t = time.ticks_add(t_raw, self.s_settle)
                self.s_step = _S_SETTLE
        elif st == _S_SETTLE:
            if time.ticks_diff(t_raw, self.s_t) >= 0:
                # open the shutter on the next tick's deadline: queued ahead, fired on time. A
                # loop running behind (a slow board catching up its ticks) has that deadline in
                # the past: then a period from now, so the exposure is never cut short by the
                # backlog (both edges would fire at once, as soon as the loop got to them)
                t = time.ticks_add(t_raw, PERIOD_US)
                now = time.ticks_us()
                if time.ticks_diff(t, now) < PERIOD_US // 2:
                    t = time.ticks_add(now, PERIOD_US)
                self.s_open = t
                self.s_conf = -1
                base = self.frame * 2
                self._queue(1 << 8 | self.s_line << 4 | _R_EDGE | base << 12, t)
                self._queue(self.s_line << 4 | _R_EDGE | (base + 1) << 12, time.ticks_add(t, self.s_exposure))
                for j in range(self.s_ncue):
                    self._queue(self.s_cue[j], time.ticks_add(t, self.s_off[j]))
                self.s_step = _S_EXPOSE
        elif st == _S_EXPOSE:
            waited = time.ticks_diff(t_raw, self.s_open)
            if self.en or waited < self.s_exposure:
                return True
            if self.s_conf < 0 and waited < self.s_timeout:
                return True
            self.s_t = time.ticks_add(self.s_open, self.s_interval)  # pyright: ignore[reportArgumentType]
            self.s_step = _S_NEXT
            self.s_done = self.frame  # the loop reports it (EV_FRAME)
            self.s_lat = self.s_conf
        else:
            if time.ticks_diff(t_raw, self.s_t) >= 0:
                self.frame += 1
                self.tick = self.frame
                self.s_step = _S_MOVE
        return True

    def _sms_frame(self):
        # Read frame `frame` (its record and its cues) into s_targets / s_cue. False at the END.
        self.s_ncue = 0
        got = False
        while True:
            rp = self.rp
            if rp >= self.vp:
                if not self.ended:
                    self.abort(wire.DONE_STARVED)
                    return False
                return got
            key = self._w(rp)
            w1 = self._w(rp + 1)
            kind = w1 & 15
            if kind == _R_END or key > self.frame:
                return got
            if kind == _R_FRAME:
                mask = w1 >> 4
                t = []
                for i in range(self.n):
                    if mask >> i & 1:
                        t.append((i, self._w(rp + 2 + i)))
                self.s_targets = t
                self.rp = rp + 2 + self.n
                got = True
            elif kind == _R_EDGE:
                if self.s_ncue < _CUES:
                    self.s_cue[self.s_ncue] = w1
                    self.s_off[self.s_ncue] = self._w(rp + 3)
                    self.s_ncue += 1
                self.rp = rp + _EDGE_W
            else:
                self.rp = rp + 2

    def camera_edge(self, c):
        # The shutter opening a confirmation at board time c belongs to: the oldest one still
        # waiting that happened before it (openings too old to be waiting are given up on).
        # Sets cam_idx / cam_t and returns True, or False when none is waiting.
        while self.cq_n:
            j = self.cq_h
            d = (c - self.cq_t[j]) & CLOCK_MASK
            self.cq_h = (j + 1) % _CAMQ
            self.cq_n -= 1
            if d < _CAM_STALE_US:
                self.cam_idx = self.cq_idx[j]
                self.cam_t = self.cq_t[j]
                return True
        return False

    def confirmed(self, t):
        # the camera's confirmation (board time, wire) while a stop-motion frame is exposing
        if self.sms and self.s_step == _S_EXPOSE and self.s_conf < 0:
            # measured from when the shutter line really rose, not when it was due to
            d = (t - self.cam_t) & CLOCK_MASK
            if d < 1 << 29 and time.ticks_diff(time.ticks_us(), self.s_open) >= 0:
                self.s_conf = d

    def _queue(self, w1, t):
        # Insert an edge in time order (a stop-motion frame queues a long exposure's end before
        # its cues); a compiled shot's edges arrive in order and go straight to the tail.
        if self.en >= _EDGES:
            return  # cannot happen with a compiled shot (at most a few edges per tick)
        h = self.eh
        j = self.en
        while j > 0:
            p = (h + j - 1) % _EDGES
            if time.ticks_diff(self.et[p], t) <= 0:
                break
            q = (h + j) % _EDGES
            self.et[q] = self.et[p]
            self.ew[q] = self.ew[p]
            j -= 1
        q = (h + j) % _EDGES
        self.ew[q] = w1
        self.et[q] = t
        self.en += 1

    # --- edges: the loop fires them at their time ---------------------------------------------
    def next_edge(self):
        # raw ticks_us of the next queued edge; only valid while pending() is True
        return self.et[self.eh]

    def pending(self):
        return self.en > 0

    def fire(self, board, early=False):
        # Fire the queued edge (its time has come) and report when it really happened; early:
        # the HAL times it in hardware (hal_rp2's PIO) and says when it happens.
        j = self.eh
        w1 = self.ew[j]
        due = self.et[j]
        t_sched = due & CLOCK_MASK
        self.eh = (j + 1) % _EDGES
        self.en -= 1
        line = (w1 >> 4) & 15
        level = (w1 >> 8) & 1
        idx = w1 >> 12
        if early:
            t = self.hal.trigger_at(line, level, due) & CLOCK_MASK
        else:
            t = self.hal.trigger(line, level, t_sched)  # when the line changed
        self.level[line] = level
        self.hold[line] = (w1 >> 9) & 1 if level else 0
        if level:
            if line == self.cam_line:
                if self.cq_n == _CAMQ:  # the oldest has waited longest: give it up
                    self.cq_h = (self.cq_h + 1) % _CAMQ
                    self.cq_n -= 1
                j = (self.cq_h + self.cq_n) % _CAMQ
                self.cq_idx[j] = idx
                self.cq_t[j] = t
                self.cq_n += 1
        if self.pn < _EDGES:
            j = self.pn
            if idx == _MANUAL:
                self.pk[j] = wire.EV_TRIGGER
                self.pa[j] = line
                self.pb[j] = level
            else:
                self.fired += 1
                self.pk[j] = wire.EV_CUE
                self.pa[j] = idx
                self.pb[j] = t_sched
            self.pt[j] = t
            self.pn = j + 1

    def report(self, board):
        # the events of the edges fired since the last report, in the order they fired
        for j in range(self.pn):
            board.event(self.pk[j], self.pa[j], self.pb[j], self.pt[j])
        self.pn = 0

    def pulse(self, line, level, pulse_us, t_raw):
        # TRIGGER: set a line now; with pulse_us, queue the edge back
        self._ensure()
        self.hal.trigger(line, level, t_raw & CLOCK_MASK)
        self.level[line] = level
        self.hold[line] = 0
        if pulse_us:
            self._queue((1 - level) << 8 | line << 4 | _R_EDGE | _MANUAL << 12, time.ticks_add(t_raw, pulse_us))

    # --- ending -----------------------------------------------------------------------------------
    def _finish(self, reason):
        self.reason = reason
        self.done_tick = self.tick
        self.phase = wire.SHOT_DONE if reason == wire.DONE_COMPLETE else wire.SHOT_ABORTED

    def abort(self, reason):
        # End the play early: queued edges are dropped and every pulse that is high goes low
        # (a held level, the record line, stays). The caller brakes the axes (state()).
        if not self.busy():
            return
        self.en = 0
        t = now_us()
        for line in range(self.lines):
            if self.level[line] and not self.hold[line]:
                self.hal.trigger(line, 0, t)
                self.level[line] = 0
        self._finish(reason)

    def state(self, i):
        # (S, V, A) of axis i in the motion core's per-axis LSB units, for a controlled brake
        if self.w_n:
            # on a ramp (or paused): the ramp's positions are what the axis follows
            n2 = self.w_n
            o = self.w_ax.index(i) * (n2 + 1)
            k = self.w_i
            p0 = self.w_pos[o + k]
            p1 = self.w_pos[o + k - 1] if k > 0 else p0
            p2 = self.w_pos[o + k - 2] if k > 1 else p1
            if self.phase == wire.SHOT_PAUSED:
                p1 = p2 = p0
            return p0 << _F, (p0 - p1) << _F, (p0 - 2 * p1 + p2) << _F
        S = (self.s[i] << _F) + self.sf[i]
        V = (self.v[i] << _F) + self.vf[i]
        A = ((self.h[i] << _F) + self.hf[i]) * 2
        return S, V, A

    def velocity(self, i):
        # commanded velocity of axis i, 0.001 unit/s (tick path)
        if not self.used >> i & 1:
            return 0
        if self.w_n:
            if self.phase == wire.SHOT_PAUSED or self.w_i == 0:
                return 0
            o = self.w_ax.index(i) * (self.w_n + 1) + self.w_i
            return (self.w_pos[o] - self.w_pos[o - 1]) * self.m.hz
        if self.phase != wire.SHOT_PLAYING:
            return 0
        return self.v[i] * self.m.hz + ((self.vf[i] >> 8) * self.m.hz >> 16)
