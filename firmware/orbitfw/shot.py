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
#   END   (2 words)  key = the shot's last tick.
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
_SEG_W = const(12)
_EDGE_W = const(4)
_END_W = const(2)

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
        # per-axis integrator (the motion core's fixed point: whole + 24-bit fraction)
        self.used = 0  # bit per axis the shot drives
        self.p0 = [0] * n  # each axis's start position (its first segment)
        self.k = [0] * n  # ticks left in the axis's segment
        self.s = [0] * n
        self.sf = [0] * n
        self.v = [0] * n
        self.vf = [0] * n
        self.h = [0] * n
        self.hf = [0] * n
        self.j2 = [0] * n
        self.j2f = [0] * n
        self.j6 = [0] * n
        self.j6f = [0] * n
        # the edge queue: board time (raw ticks_us), scheduled time (wire), edge word
        self.et = [0] * _EDGES
        self.es = [0] * _EDGES
        self.ew = [0] * _EDGES
        self.eh = 0
        self.en = 0
        self.level = bytearray(lines)
        self.hold = bytearray(lines)  # the line's level was set by a held cue (record)
        self.last_rise = [0] * lines  # edge index and time of each line's last rising edge
        self.last_rise_t = [0] * lines

    # --- upload (command path) ------------------------------------------------------------
    def busy(self):
        p = self.phase
        return p == wire.SHOT_WAITING or p == wire.SHOT_PLAYING

    def load(self, shot_id, words, ticks, crc, flags):
        if self.busy():
            raise PlanError(wire.ERR_BAD_STATE, "a shot is playing")
        stream = bool(flags & wire.SHOTF_STREAM)
        if words > self.cap_max and not stream:
            raise PlanError(
                wire.ERR_BUSY,
                "shot of %d words does not fit the %d-word buffer (stream it)" % (words, self.cap_max),
            )
        cap = self.cap_max if stream else words
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
            self.buf = pages
            if stream or words > self.cap_max:
                cap = self.cap_max
            if words > self.cap_max and not stream:
                self.phase = wire.SHOT_EMPTY
                raise PlanError(
                    wire.ERR_BUSY,
                    "shot of %d words does not fit the %d-word buffer (stream it)" % (words, self.cap_max),
                )
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
                if not 0 <= us < PERIOD_US or ft < key or ft > key + 1 or ft > self.ticks:
                    raise PlanError(wire.ERR_BAD_VALUE, "word %d: edge time out of range" % vp)
            else:
                if key != self.ticks:
                    raise PlanError(wire.ERR_BAD_VALUE, "END at tick %d, shot has %d" % (key, self.ticks))
                self.ended = True
            self.vp = vp + size

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
        self.start_raw = start_raw
        self.start_us = start_us
        self.reason = wire.DONE_COMPLETE
        self.phase = wire.SHOT_WAITING
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
            self._out(pos)
            return True
        if phase != wire.SHOT_PLAYING:
            return False
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
                self._queue(w1, time.ticks_add(t_raw, (ft - T) * PERIOD_US + us))
                self.rp = rp + _EDGE_W
            else:
                self.rp = rp + _END_W

    def _queue(self, w1, t):
        if self.en >= _EDGES:
            return  # cannot happen with a compiled shot (at most a few edges per tick)
        j = (self.eh + self.en) % _EDGES
        self.ew[j] = w1
        self.et[j] = t
        self.en += 1

    # --- edges: the loop fires them at their time ---------------------------------------------
    def next_edge(self):
        # raw ticks_us of the next queued edge; only valid while pending() is True
        return self.et[self.eh]

    def pending(self):
        return self.en > 0

    def fire(self, board):
        # Fire the queued edge (its time has come) and report when it really happened.
        j = self.eh
        w1 = self.ew[j]
        t_sched = self.et[j] & CLOCK_MASK
        self.eh = (j + 1) % _EDGES
        self.en -= 1
        line = (w1 >> 4) & 15
        level = (w1 >> 8) & 1
        idx = w1 >> 12
        self.hal.trigger(line, level, t_sched)
        t = now_us()
        self.level[line] = level
        self.hold[line] = (w1 >> 9) & 1 if level else 0
        if level:
            self.last_rise[line] = idx
            self.last_rise_t[line] = t
        if idx == _MANUAL:
            board.event(wire.EV_TRIGGER, line, level, t)
        else:
            self.fired += 1
            board.event(wire.EV_CUE, idx, t_sched, t)

    def pulse(self, line, level, pulse_us, t_raw):
        # TRIGGER: set a line now; with pulse_us, queue the edge back
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
        S = (self.s[i] << _F) + self.sf[i]
        V = (self.v[i] << _F) + self.vf[i]
        A = ((self.h[i] << _F) + self.hf[i]) * 2
        return S, V, A

    def velocity(self, i):
        # commanded velocity of axis i, 0.001 unit/s (tick path)
        if self.phase != wire.SHOT_PLAYING or not self.used >> i & 1:
            return 0
        return self.v[i] * self.m.hz + ((self.vf[i] >> 8) * self.m.hz >> 16)
