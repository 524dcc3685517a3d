# motion.py: coordinated jerk-limited (S-curve) moves, jogs, homing and controlled stops.
#
# Two halves with different rules (docs/motion.md has the full story):
#
# * Planning runs when a command arrives. It may allocate and may use floats and big
#   ints (MicroPython's long ints are arbitrary precision on every port). It turns a
#   command into a *segment table*: a flat list of small ints, 11 per segment.
# * step() runs every tick and must not allocate: on rp2 and esp32 every float and every
#   int outside +-2**30 is a heap object. It only reads tables and adds small ints.
#
# Fixed point. A profile is integrated in "LSB" units with a whole part and a 24-bit
# fraction part kept in two small ints, w and f (value = w * 2**24 + f, 0 <= f < 2**24).
# A coordinated move integrates ONE normalized path parameter s from 0 to 1 with
# 1 == 2**48 LSB, so the whole part of s counts 2**-24 of the path; a per-axis profile
# (jog, homing seek) integrates the axis position with 1 LSB == 2**-24 of 0.001 unit.
# The state is s, v and h = a / 2, and one tick of constant jerk j is exact:
#     s += v + h + j/6 ;  v += 2h + j/2 ;  h += j/2
# with j/2 and j/6 rounded to the LSB. Constant-acceleration and cruise segments are
# therefore integrated without any error; jerk segments drift by at most ~k**3/3 LSB/2
# over k ticks, so long jerk segments are cut into chunks of _CHUNK ticks and every
# segment (and chunk) starts from its exact state, computed with exact integer arithmetic
# at planning time: rounding never accumulates across segments.
#
# Segment record: n, j2w, j2f, j6w, j6f, sw, sf, vw, vf, hw, hf   (the state at its start)
#   n > 0: n ticks of constant jerk from that state
#   n == 0: the end of the table: that state is final; with v and a zero the profile is
#           done, otherwise it cruises on at that velocity (a jog) until told otherwise.
#
# Integer budget on the tick path: fractions < 2**24 and sums of four of them < 2**26;
# normalized whole parts <= 2**24 (s) and 2**23 (v); per-axis positions within about
# +-7e6 (a homing seek may run past lo by the axis span) and velocities <= 10_000 per
# tick. Per-axis products use split multiplies whose partial products stay below 2**26.
import math

from micropython import const

from orbitfw import wire

_F = const(24)
_FM = const(0xFFFFFF)
_SEG = const(11)  # ints per segment record
_CHUNK = const(256)  # longest jerk segment integrated without a resync
_QLEN = const(4)  # moves waiting behind the current one
_BIG = const(0x1FFFFFFF)  # "no trigger" for the per-axis soft-limit compare
_ONE48 = const(1 << 48)  # s == 1 (a big int: planning only)

POS_LIMIT = const(2_000_000)
VMAX_LIMIT = const(2_000_000)
AMAX_LIMIT = const(16_000_000)
JMAX_LIMIT = const(500_000_000)
_HZ_LIMIT = const(1000)

# mode: what the motion core is doing (the loop reads BRAKE)
IDLE = const(0)
RAMP = const(1)  # a planned move (the queue's head)
BRAKE = const(2)  # a controlled stop of whatever ran
JOG = const(3)  # velocity mode
HOME = const(4)  # homing: servo move plus switch seeks

# per-axis slot kinds
_OFF = const(0)
_SJOG = const(1)
_SSEEK = const(2)
_SBRAKE = const(3)

# homing phases of an axis with a switch (a seek slot's, or the brake between two of them)
_HNONE = const(0)
_HFAST = const(1)  # seeking the switch at vmax/4
_HBRAKE1 = const(2)  # found it: braking, under the axis's limits, past it
_HBACK = const(3)  # backing off until it opens again
_HBRAKE2 = const(4)
_HSLOW = const(5)  # the second approach, slow: where it closes is the home position
_SLOW_DIV = const(128)  # slow approach at vmax / 128 unless configure_home says otherwise
_BACK_MUL = const(4)  # back off at 4x the slow speed

_EMPTY = [0] * _SEG  # a table that ends at once (placeholder, never mutated)


class PlanError(Exception):
    # args: (error code, reason)
    pass


# --- planning helpers (command path: may allocate) -------------------------------------------
def _rdiv(a, b):
    # a / b rounded to the nearest int (b > 0), exact for big ints
    return (2 * a + b) // (2 * b)


def _ceil(x):
    i = int(x)
    return i + 1 if x > i else i


def _bitlen(x):
    n = 0
    while x:
        x >>= 1
        n += 1
    return n


def _fmt(v):
    # 0.001-unit integer as a decimal string, e.g. 170000 -> "170.000"
    sign = "-" if v < 0 else ""
    v = -v if v < 0 else v
    return "%s%d.%03d" % (sign, v // 1000, v % 1000)


def _scurve(V, A, J):
    # Continuous 7-segment S-curve over distance 1 from rest to rest with limits V, A, J
    # (floats, per tick). Returns (t1, t2, t4): jerk-segment, constant-acceleration and
    # cruise durations; the profile is t1 t2 t1 t4 t1 t2 t1.
    if V * J >= A * A:
        t1 = A / J
        t2 = V / A - t1
    else:
        t1 = math.sqrt(V / J)
        t2 = 0.0
    ramp = 2.0 * t1 + t2
    if V * ramp <= 1.0:
        return t1, t2, (1.0 - V * ramp) / V
    # V is not reached: the peak velocity vp covers the distance with the two ramps
    r = A * A / J
    vp = (math.sqrt(r * r + 4.0 * A) - r) / 2.0
    if vp >= r:
        t1 = A / J
        return t1, vp / A - t1, 0.0
    return (0.5 / J) ** (1.0 / 3.0), 0.0, 0.0


def _scurve_ticks(V, A, J):
    t1, t2, t4 = _scurve(V, A, J)
    return 4.0 * t1 + 2.0 * t2 + t4


def _vchange(v0, a0, v1, an, ad, jn, jd):
    # A jerk-limited change from velocity v0 and acceleration a0 to velocity v1 with zero
    # acceleration. v0, a0, v1 are ints in LSB per tick (per tick**2); the limits are the
    # rationals an/ad (acceleration) and jn/jd (jerk). Three segments: jerk to a peak
    # acceleration, hold it, jerk back to zero, each a whole number of ticks. With the tick
    # counts n1, n2, n3 fixed, the peak acceleration that lands exactly on v1 is linear:
    #     ap = (2 (v1 - v0) - a0 n1) / (n1 + 2 n2 + n3)
    # and the two jerks follow; tick counts grow until every limit holds (exactly).
    # Returns (segments [(ticks, jerk numerator)], jerk denominator).
    if v0 == v1 and a0 == 0:
        return [], 1
    Af = an / ad
    Jf = jn / jd
    fa0 = float(a0)
    # the velocity reached if the acceleration went to zero at full jerk now
    va = v0 + fa0 * abs(fa0) / (2.0 * Jf)
    sg = 1 if v1 >= va else -1
    if a0 * sg < 0:
        # The acceleration still drives the velocity away from v1: first take it to zero in
        # as few whole ticks as the jerk limit allows. A state of one of our own profiles
        # reaches zero acceleration on a whole tick, so this overshoots no further than the
        # profile it interrupts would have (never past the velocity limit). Then change the
        # velocity from v0 + a0 n / 2, solved doubled to stay in integers.
        # (A jerk segment's state drifts from its exact profile by up to half an LSB per
        # tick of h = a/2 until the next resync: allow that much acceleration.)
        aa = -a0 if a0 < 0 else a0
        n = max(1, _ceil(aa / Jf - 0.01))
        while aa * jd > (jn + jd) * n + (_CHUNK + 2) * jd:
            n += 1
        segs, den = _vchange(2 * v0 + a0 * n, 0, 2 * v1, 2 * an, ad, 2 * jn, jd)
        d2 = 2 * den
        out = [(n, -a0 * d2)]
        for seg in segs:
            out.append((seg[0], seg[1] * n))
        return out, n * d2
    v0 *= sg
    a0 *= sg
    dv = v1 * sg - v0
    fa0 = float(a0)
    fdv = float(dv)
    ap = Af
    t2 = (fdv - ap * ap / Jf + fa0 * fa0 / (2.0 * Jf)) / ap
    if t2 < 0.0:
        t2 = 0.0
        x = Jf * fdv + fa0 * fa0 / 2.0
        ap = math.sqrt(x) if x > 0.0 else 0.0
    n1 = max(1, _ceil((ap - fa0) / Jf))
    n2 = max(0, _ceil(t2))
    n3 = max(1, _ceil(ap / Jf))
    # one LSB of slack: a0 itself is rounded to the LSB
    an2 = an + ad
    jn2 = jn + jd
    for _ in range(2000):
        m = n1 + 2 * n2 + n3
        p = 2 * dv - a0 * n1
        q = p - a0 * m
        pa = -p if p < 0 else p
        qa = -q if q < 0 else q
        if pa * ad > an2 * m:
            n2 += 1 + n2 // 16
        elif pa * jd > jn2 * m * n3:
            n3 += 1 + n3 // 16
        elif qa * jd > jn2 * m * n1:
            n1 += 1 + n1 // 16
        else:
            break
    m = n1 + 2 * n2 + n3
    p = 2 * dv - a0 * n1
    q = p - a0 * m
    return [(n1, sg * q * n3), (n2, 0), (n3, -sg * p * n1)], m * n1 * n3


def _record(out, n, j2, j6, S, V, A, d6):
    s = _rdiv(S, d6)
    v = _rdiv(V, d6)
    h = _rdiv(A, 2 * d6)
    out.extend(
        (n, j2 >> _F, j2 & _FM, j6 >> _F, j6 & _FM, s >> _F, s & _FM, v >> _F, v & _FM, h >> _F, h & _FM)
    )


def _table(s0, v0, a0, segs, den):
    # The segment table of a profile that starts at s0, v0, a0 (ints, LSB) and runs
    # segs [(ticks, jerk numerator over den)]. The state is carried exactly as numerators
    # over 6 * den, so every segment start is the exact state, rounded once.
    # Returns (table, end position in LSB).
    d6 = 6 * den
    S = s0 * d6
    V = v0 * d6
    A = a0 * d6
    out = []
    for seg in segs:
        n = seg[0]
        jn = seg[1]
        if n <= 0:
            continue
        j2 = _rdiv(jn, 2 * den)
        j6 = _rdiv(jn, 6 * den)
        while n > 0:
            k = n if (jn == 0 or n <= _CHUNK) else _CHUNK
            _record(out, k, j2, j6, S, V, A, d6)
            # exact: A is a multiple of 6 and the jerk is 6 jn over d6
            S += V * k + A * k * k // 2 + jn * k * k * k
            V += A * k + 3 * jn * k * k
            A += 6 * jn * k
            n -= k
    _record(out, 0, 0, 0, S, V, A, d6)
    return out, _rdiv(S, d6)


def _scale(absd, k, r):
    # (c, p) with c < 2**22 and p <= 33 such that c * (x >> r) >> p ~= absd * k * x / 2**48
    p = 33
    base = absd * k
    while p > 0 and (base << (r + p)) >> 48 >= 1 << 22:
        p -= 1
    return (base << (r + p)) >> 48, p


def _shift_for(mag):
    # right shift that brings values up to mag (LSB) below 2**29
    r = _bitlen(mag) - 29
    return r if r > 0 else 0


# --- tick-path arithmetic (allocation-free) ---------------------------------------------------
def _mulshr(a, b, sh):
    # floor(a * b / 2**sh) for 0 <= a < 2**22, 0 <= b < 2**30, 0 <= sh <= 33, when the
    # result is below 2**29. Base-2**11 long multiplication: every partial product is
    # below 2**22 and every column sum below 2**24.
    a0 = a & 2047
    a1 = a >> 11
    b0 = b & 2047
    b1 = (b >> 11) & 2047
    b2 = b >> 22
    c = a0 * b0
    r0 = c & 2047
    c = (c >> 11) + a0 * b1 + a1 * b0
    r1 = c & 2047
    c = (c >> 11) + a0 * b2 + a1 * b1
    r2 = c & 2047
    c = (c >> 11) + a1 * b2
    if sh >= 22:
        return (c << (33 - sh)) + (r2 >> (sh - 22))
    if sh >= 11:
        return (c << (33 - sh)) + (r2 << (22 - sh)) + (r1 >> (sh - 11))
    return (c << (33 - sh)) + (r2 << (22 - sh)) + (r1 << (11 - sh)) + (r0 >> sh)


def _part(w, f, r):
    # (w * 2**24 + f) >> r without forming the wide value (result assumed small)
    if r >= _F:
        return w >> (r - _F)
    return (w << (_F - r)) + (f >> r)


class _Move:
    # A planned coordinated move (built at planning time; read-only on the tick path).
    def __init__(self, n):
        self.mid = 0
        self.tab = _EMPTY
        self.start = [0] * n
        self.goal = [0] * n
        self.sg = [0] * n  # sign of the axis's travel, 0 if it does not move
        self.dh = [0] * n  # |d| split in 11-bit halves for the position multiply
        self.dl = [0] * n
        self.clo = [0] * n  # output clamp
        self.chi = [0] * n
        # normalized limits (LSB rationals) for a controlled stop
        self.an = 1
        self.ad = 1
        self.jn = 1
        self.jd = 1
        # velocity() / accel() scaling: value = c * (state >> r) >> p
        self.vr = 0
        self.ar = 0
        self.vc = [0] * n
        self.vp = [0] * n
        self.ac = [0] * n
        self.ap = [0] * n


class Motion:
    def __init__(self, axes, tick_hz):
        n = len(axes)
        if not 1 <= tick_hz <= _HZ_LIMIT:
            raise ValueError("tick_hz outside 1..%d" % _HZ_LIMIT)
        self.n = n
        self.hz = tick_hz
        self.names = [a[0] for a in axes]
        self.lo = [a[3] for a in axes]
        self.hi = [a[4] for a in axes]
        self.vmax = [a[5] for a in axes]
        self.amax = [a[6] for a in axes]
        self.jmax = [a[7] for a in axes]
        self.home_pos = [0] * n
        self.home_slow = [0] * n  # speed of the second approach, 0.001 unit/s (0: vmax / 128)
        self._stepper = [a[1] == wire.AXIS_STEPPER for a in axes]
        self.homed = [not s for s in self._stepper]
        self.homed_now = 0  # bit per axis that reached its switch this tick (the loop clears it)
        self.require_home = True
        # state the loop reads
        self.pos = [0] * n
        self.target = [0] * n
        self.mode = IDLE
        self.motion_id = 0
        self.last_id = 0
        self.done_id = 0
        self.done_reason = 0
        # ids of queued moves that a stop or halt dropped before they started: each still gets
        # its MOTION_DONE (DONE_DROPPED); the loop reports and clears them
        self.dropped = []
        self.limit_axis = -1
        self.jogging = False
        self.jog_id = 0  # the jog session running (or last run)
        self.jog_ended = 0  # JOGs with ids up to this one are stale
        self._next_id = 1
        # the queue of planned moves
        self._q = [None] * _QLEN
        self._qh = 0
        self._qn = 0
        self._end = [0] * n  # where the last queued move ends
        # the coordinated integrator
        self._mv = _Move(n)
        self._tab = _EMPTY
        self._cact = False
        self._stopping = False  # STOP arrived; the move's own end is the stop
        self._stop_reason = wire.DONE_STOPPED
        self._idx = 0
        self._k = 0
        self._sw = 0
        self._sf = 0
        self._vw = 0
        self._vf = 0
        self._hw = 0
        self._hf = 0
        self._j2w = 0
        self._j2f = 0
        self._j6w = 0
        self._j6f = 0
        # per-axis integrators (jogs and homing seeks)
        self._nslot = 0
        self._jkind = [_OFF] * n
        self._jtab = [_EMPTY] * n
        self._jbrk = [_EMPTY] * n  # precomputed stop from the jog's cruise velocity
        self._jidx = [0] * n
        self._jk = [0] * n
        self._jbase = [0] * n
        self._js = [0] * n
        self._jsf = [0] * n
        self._jv = [0] * n
        self._jvf = [0] * n
        self._jh = [0] * n
        self._jhf = [0] * n
        self._jj2 = [0] * n
        self._jj2f = [0] * n
        self._jj6 = [0] * n
        self._jj6f = [0] * n
        self._jthi = [_BIG] * n  # brake when the position passes these (cruise only)
        self._jtlo = [-_BIG] * n
        self._jclo = [0] * n  # output clamp: the limits, widened to where the slot started
        self._jchi = [0] * n
        self._jvel = [0] * n  # the velocity the host asked for (0.001 unit/s)
        self._jsess = False  # a jog session is open (its deadman runs)
        self._dead = 0
        self._home_fault = False
        # homing: the phase per axis, and the tables of the later phases, planned by home()
        self._hph = [_HNONE] * n
        self._hback = [_EMPTY] * n  # ramp to the back-off speed, from rest (relative)
        self._hbackb = [_EMPTY] * n  # and the stop from it
        self._hslow = [_EMPTY] * n  # ramp to the slow speed (negative), from rest
        self._hslowb = [_EMPTY] * n
        self._hbmax = [0] * n  # the farthest each phase may travel before it is a fault
        self._hsmax = [0] * n
        self._hfar = [0] * n  # a switch closed before the seek got this low was closed from the start

    # --- configuration ---------------------------------------------------------------------
    def _axis(self, i):
        if not 0 <= i < self.n:
            raise PlanError(wire.ERR_BAD_AXIS, "no axis %d (board has %d)" % (i, self.n))

    def configure(self, i, lo, hi, vmax, amax, jmax):
        self._axis(i)
        if self.busy():
            raise PlanError(wire.ERR_BAD_STATE, "configure not allowed while moving")
        name = self.names[i]
        if not -POS_LIMIT <= lo <= hi <= POS_LIMIT:
            raise PlanError(
                wire.ERR_BAD_VALUE,
                "%s limits %s..%s outside -%s..%s"
                % (name, _fmt(lo), _fmt(hi), _fmt(POS_LIMIT), _fmt(POS_LIMIT)),
            )
        for what, v, top in (
            ("vmax", vmax, VMAX_LIMIT),
            ("amax", amax, AMAX_LIMIT),
            ("jmax", jmax, JMAX_LIMIT),
        ):
            if not 0 < v <= top:
                raise PlanError(wire.ERR_BAD_VALUE, "%s %s %d outside 1..%d" % (name, what, v, top))
        self.lo[i] = lo
        self.hi[i] = hi
        self.vmax[i] = vmax
        self.amax[i] = amax
        self.jmax[i] = jmax

    def configure_home(self, i, pos, slow=0):
        # slow: the speed of the second approach to the switch, 0.001 unit/s; the loop makes it
        # one step per tick, so the home position is where the switch closes, to the step
        self._axis(i)
        if self.busy():
            raise PlanError(wire.ERR_BAD_STATE, "configure_home not allowed while moving")
        if not -POS_LIMIT <= pos <= POS_LIMIT:
            raise PlanError(
                wire.ERR_BAD_VALUE, "%s home %s outside the position range" % (self.names[i], _fmt(pos))
            )
        self.home_pos[i] = pos
        self.home_slow[i] = slow if slow > 0 else 0

    # --- checks (command path) ---------------------------------------------------------------
    def check_axis(self, axis, pos):
        self._axis(axis)
        if pos < self.lo[axis]:
            raise PlanError(
                wire.ERR_LIMIT,
                "%s target %s below min %s" % (self.names[axis], _fmt(pos), _fmt(self.lo[axis])),
            )
        if pos > self.hi[axis]:
            raise PlanError(
                wire.ERR_LIMIT,
                "%s target %s above max %s" % (self.names[axis], _fmt(pos), _fmt(self.hi[axis])),
            )

    def _check_homed(self, i):
        if self.require_home and not self.homed[i]:
            raise PlanError(wire.ERR_BAD_STATE, "%s not homed (run HOME first)" % self.names[i])

    def _new_id(self):
        mid = self._next_id
        self._next_id = mid + 1 if mid < 0xFFFF else 1
        return mid

    # --- coordinated moves (command path) ------------------------------------------------------
    def plan(self, targets, duration_ms, speed_permille):
        # targets: (axis, pos) pairs. Queues the move and returns its motion id, or raises
        # PlanError before anything moves. A straight line in joint space between two
        # in-limit points stays in the (box-shaped) limits, so checking the endpoints is
        # checking the whole path; the profile s(t) never leaves [0, 1].
        mode = self.mode
        if mode == JOG or self.jogging:
            raise PlanError(wire.ERR_BAD_STATE, "MOVE_TO not allowed while jogging")
        if mode == HOME:
            raise PlanError(wire.ERR_BAD_STATE, "MOVE_TO not allowed while homing")
        if mode == BRAKE:
            raise PlanError(wire.ERR_BAD_STATE, "MOVE_TO not allowed while stopping")
        if self._qn >= _QLEN:
            raise PlanError(wire.ERR_BUSY, "motion queue full (%d moves)" % _QLEN)
        if not 1 <= speed_permille <= 1000:
            raise PlanError(wire.ERR_BAD_VALUE, "speed_permille %d outside 1..1000" % speed_permille)
        if duration_ms < 0:
            raise PlanError(wire.ERR_BAD_VALUE, "duration_ms %d is negative" % duration_ms)
        base = self._end if (mode != IDLE or self._qn) else self.pos
        goal = list(base)
        for axis, p in targets:
            self.check_axis(axis, p)
            if p != base[axis]:
                self._check_homed(axis)
            goal[axis] = p
        mv = self._plan_move(base, goal, duration_ms, speed_permille)
        mv.mid = self._new_id()
        self._q[(self._qh + self._qn) % _QLEN] = mv
        self._qn += 1
        for i in range(self.n):
            self._end[i] = goal[i]
        return mv.mid

    def _plan_move(self, base, goal, duration_ms, spd):
        n = self.n
        hz = self.hz
        mv = _Move(n)
        moving = []
        for i in range(n):
            d = goal[i] - base[i]
            mv.start[i] = base[i]
            mv.goal[i] = goal[i]
            lo = self.lo[i]
            hi = self.hi[i]
            mv.clo[i] = lo if lo < base[i] else base[i]
            mv.chi[i] = hi if hi > base[i] else base[i]
            if d:
                ad = -d if d < 0 else d
                mv.sg[i] = 1 if d > 0 else -1
                mv.dh[i] = ad >> 11
                mv.dl[i] = ad & 2047
                moving.append(i)
        if not moving:
            mv.tab, _ = _table(_ONE48, 0, 0, [], 1)
            return mv
        # normalized limits (floats, per tick) for the tick counts, and the slowest axis
        V = A = J = 0.0
        slow = moving[0]
        tslow = -1.0
        for i in moving:
            ad = abs(goal[i] - base[i])
            vi = self.vmax[i] * spd / (1000.0 * ad * hz)
            ai = self.amax[i] / (float(ad) * hz * hz)
            ji = self.jmax[i] / (float(ad) * hz * hz * hz)
            ti = _scurve_ticks(vi, ai, ji)
            if ti > tslow:
                tslow = ti
                slow = i
            if not V or vi < V:
                V = vi
            if not A or ai < A:
                A = ai
            if not J or ji < J:
                J = ji
        t1, t2, t4 = _scurve(V, A, J)
        n1, n2, n4 = self._fit(
            base, goal, moving, spd, _ceil(t1 - 1e-6) or 1, _ceil(t2 - 1e-6), _ceil(t4 - 1e-6)
        )
        nmin = 4 * n1 + 2 * n2 + n4
        if duration_ms:
            min_ms = (nmin * 1000 + hz - 1) // hz
            if duration_ms < min_ms:
                raise PlanError(
                    wire.ERR_BAD_VALUE,
                    "duration_ms %d too short: %s needs %d ms" % (duration_ms, self.names[slow], min_ms),
                )
            want = (duration_ms * hz + 500) // 1000
            if want > nmin:
                n1, n2, n4 = self._stretch(base, goal, moving, spd, want, V, A, J, n1, n2, n4)
        m = 2 * n1 + n2 + n4
        k = n1 * (n1 + n2) * m
        one = _ONE48
        mv.tab, _ = _table(
            0, 0, 0, [(n1, one), (n2, 0), (n1, -one), (n4, 0), (n1, -one), (n2, 0), (n1, one)], k
        )
        # the tightest normalized acceleration and jerk limits (rationals), for STOP
        first = True
        for i in moving:
            ad = abs(goal[i] - base[i])
            an = self.amax[i] << 48
            aq = ad * hz * hz
            jn = self.jmax[i] << 48
            jq = aq * hz
            if first or an * mv.ad < mv.an * aq:
                mv.an = an
                mv.ad = aq
            if first or jn * mv.jd < mv.jn * jq:
                mv.jn = jn
                mv.jd = jq
            first = False
        # velocity() / accel() scaling from the largest values the integrator can hold
        vpk = one // m + 1
        apk = one // ((n1 + n2) * m) + 1
        alim = mv.an // mv.ad + 1
        amag = 2 * vpk + 2 * apk
        if alim < amag:
            amag = alim
        mv.vr = _shift_for(2 * vpk)
        mv.ar = _shift_for(amag)
        for i in moving:
            ad = abs(goal[i] - base[i])
            mv.vc[i], mv.vp[i] = _scale(ad, hz, mv.vr)
            mv.ac[i], mv.ap[i] = _scale(ad, 2 * hz * hz, mv.ar)
        return mv

    def _over(self, base, goal, moving, spd, n1, n2, n4):
        # Which limit the quantized profile breaks ("v", "a", "j"), or None. Peaks of the
        # normalized profile: v = 1/m, a = 1/((n1+n2) m), j = 1/(n1 (n1+n2) m); checked
        # per axis in exact integers.
        hz = self.hz
        m = 2 * n1 + n2 + n4
        p2 = (n1 + n2) * m
        k = n1 * p2
        for i in moving:
            ad = abs(goal[i] - base[i])
            if ad * hz * 1000 > self.vmax[i] * spd * m:
                return "v"
            if ad * hz * hz > self.amax[i] * p2:
                return "a"
            if ad * hz * hz * hz > self.jmax[i] * k:
                return "j"
        return None

    def _fit(self, base, goal, moving, spd, n1, n2, n4):
        # Grow the tick counts until the quantized profile is within every limit. The
        # rounded-up counts from the continuous solution normally pass at once.
        while True:
            what = self._over(base, goal, moving, spd, n1, n2, n4)
            if what is None:
                return n1, n2, n4
            if what == "v":
                n4 += 1 + n4 // 64
            elif what == "a":
                n2 += 1 + n2 // 64
            else:
                n1 += 1 + n1 // 64

    def _stretch(self, base, goal, moving, spd, want, V, A, J, n1, n2, n4):
        # A profile of exactly `want` ticks: lower the cruise velocity by bisection on the
        # continuous profile, then try the neighbouring whole-tick splits with the cruise
        # taking up the rest. Falls back to the fastest profile's shape with a longer
        # cruise (still `want` ticks) or, failing that, a few ticks more.
        lo = 0.5 / want
        hi = V
        for _ in range(60):
            mid = (lo + hi) / 2.0
            if _scurve_ticks(mid, A, J) > want:
                lo = mid
            else:
                hi = mid
        t1, t2, _ = _scurve(hi, A, J)
        for c1 in (int(t1 + 0.5), _ceil(t1), int(t1)):
            if c1 < 1:
                continue
            for c2 in (int(t2 + 0.5), _ceil(t2), int(t2)):
                c4 = want - 4 * c1 - 2 * c2
                if c4 >= 0 and self._over(base, goal, moving, spd, c1, c2, c4) is None:
                    return c1, c2, c4
        c4 = want - 4 * n1 - 2 * n2
        if c4 >= n4:
            return n1, n2, c4
        return self._fit(base, goal, moving, spd, _ceil(t1) or 1, _ceil(t2), 0)

    # --- stop and halt (command path; also the loop's watchdog) ---------------------------------
    def stop(self, reason=wire.DONE_STOPPED):
        # Controlled stop of everything: the queue is dropped, a running move brakes along
        # its own path (jerk-limited, within the axes' amax/jmax), jogs and seeks brake per
        # axis. The running move or homing ends with `reason` (DONE_STOPPED; the loop's
        # link-loss watchdog passes DONE_FAULT).
        self._drop_queue()
        mode = self.mode
        if mode == IDLE:
            self._set_end()
            return
        self._end_session()
        for i in range(self.n):
            self._hph[i] = _HNONE  # a homing stop ends the homing: no phase follows it
        if mode != BRAKE:
            self._stop_reason = reason
        if self._cact and not self._stopping:
            self._brake_path()
        for i in range(self.n):
            if self._jkind[i] and self._jkind[i] != _SBRAKE:
                self._brake_axis(i)
        self.mode = BRAKE
        self._set_end()

    def _brake_path(self):
        mv = self._mv
        S = (self._sw << _F) + self._sf
        V = (self._vw << _F) + self._vf
        A = ((self._hw << _F) + self._hf) * 2
        segs, den = _vchange(V, A, 0, mv.an, mv.ad, mv.jn, mv.jd)
        tab, send = _table(S, V, A, segs, den)
        self._stopping = True
        if send > _ONE48:
            return  # already braking harder than a stop would: the move's own end is the stop
        self._tab = tab
        self._cact = self._cload(0)
        if not self._cact:
            self._cfinish()

    def _drop_queue(self):
        # Moves accepted but not started never will be: each is reported DONE_DROPPED.
        while self._qn:
            mv = self._q[self._qh]
            if mv is not None:
                self.dropped.append(mv.mid)
                self.last_id = mv.mid
            self._q[self._qh] = None
            self._qh = (self._qh + 1) % _QLEN
            self._qn -= 1

    def lost_position(self):
        # The stepper drivers were switched off (DISARM, CLEAR, ESTOP, REPL) or steps may have
        # been lost: where the steppers are is not known any more until they are homed again.
        for i in range(self.n):
            if self._stepper[i]:
                self.homed[i] = False

    def halt(self, reason):
        # Immediate: velocities and accelerations are zero now (ESTOP). Positions stay where
        # they were last commanded.
        self._drop_queue()
        self._cact = False
        self._stopping = False
        for i in range(self.n):
            self._jkind[i] = _OFF
            self._hph[i] = _HNONE
            self.target[i] = self.pos[i]
        self._nslot = 0
        self._end_session()
        self.jogging = False
        if self.motion_id:
            self._report(reason)
        self.mode = IDLE
        self._set_end()

    def _set_end(self):
        if not self._qn:
            for i in range(self.n):
                self._end[i] = self.target[i] if self._cact else self.pos[i]

    def _report(self, reason):
        self.done_id = self.motion_id
        self.done_reason = reason
        self.last_id = self.motion_id
        self.motion_id = 0

    # --- jog (command path) ---------------------------------------------------------------------
    def jog(self, axis, vel, jog_id, timeout_ticks):
        # Velocity mode for one axis. A new jog_id opens a session (axes of the previous
        # session ramp to zero), the same id sets this axis's velocity and refreshes the
        # deadman, older ids are stale and ignored (False). Returns True if taken.
        self._axis(axis)
        if self.motion_id or self._qn or self._cact:
            raise PlanError(wire.ERR_BAD_STATE, "JOG not allowed while a move runs")
        if jog_id <= self.jog_ended or (self._jsess and jog_id < self.jog_id):
            return False
        if timeout_ticks <= 0:
            raise PlanError(wire.ERR_BAD_VALUE, "jog timeout %d ticks must be positive" % timeout_ticks)
        vm = self.vmax[axis]
        if vel > vm or vel < -vm:
            raise PlanError(
                wire.ERR_LIMIT,
                "%s jog velocity %s above vmax %s" % (self.names[axis], _fmt(vel), _fmt(vm)),
            )
        self._check_homed(axis)
        if not self._jsess or jog_id != self.jog_id:
            if self._jsess and self.jog_id > self.jog_ended:
                self.jog_ended = self.jog_id
            for i in range(self.n):
                if i != axis and self._jkind[i] == _SJOG:
                    self._jvel[i] = 0
                    self._jog_set(i, 0)
            self.jog_id = jog_id
            self._jsess = True
            self._jvel[axis] = vel
            self._jog_set(axis, vel)
        elif vel != self._jvel[axis]:
            self._jvel[axis] = vel
            self._jog_set(axis, vel)
        self._dead = timeout_ticks
        self.jogging = True
        self.mode = JOG
        return True

    def jog_end(self, jog_id):
        # Decelerate that jog to zero; JOGs with ids up to jog_id are stale from now on.
        if jog_id <= self.jog_ended:
            return False
        self.jog_ended = jog_id
        if self._jsess and self.jog_id <= jog_id:
            self._end_session()
            for i in range(self.n):
                if self._jkind[i] == _SJOG:
                    self._brake_axis(i)
            return True
        return False

    def _end_session(self):
        if self._jsess:
            self._jsess = False
            if self.jog_id > self.jog_ended:
                self.jog_ended = self.jog_id

    def _slot_state(self, i):
        if self._jkind[i]:
            S = (self._js[i] << _F) + self._jsf[i]
            V = (self._jv[i] << _F) + self._jvf[i]
            A = ((self._jh[i] << _F) + self._jhf[i]) * 2
            return S, V, A
        return self.pos[i] << _F, 0, 0

    def _axis_limits(self, i):
        hz = self.hz
        return self.amax[i] << _F, hz * hz, self.jmax[i] << _F, hz * hz * hz

    def _jog_set(self, i, vel):
        # Plan axis i's change to vel (0.001 unit/s) from its current state, and the stop
        # from that velocity. The stop's length fixes where braking must start before the
        # soft limit (a plain integer compare on the tick); a velocity whose ramp would end
        # past that point is lowered until it fits, down to zero (then limit_axis = i).
        S, V, A = self._slot_state(i)
        an, ad, jn, jd = self._axis_limits(i)
        v1 = _rdiv(vel << _F, self.hz)
        lo = self.lo[i]
        hi = self.hi[i]
        capped = False
        while True:
            segs, den = _vchange(V, A, v1, an, ad, jn, jd)
            tab, se = _table(S, V, A, segs, den)
            if v1 == 0:
                brk = _EMPTY
                thi = _BIG
                tlo = -_BIG
                break
            bsegs, bden = _vchange(v1, 0, 0, an, ad, jn, jd)
            brk, be = _table(0, v1, 0, bsegs, bden)
            vstep = ((v1 if v1 > 0 else -v1) >> _F) + 1
            if v1 > 0:
                thi = hi - (be >> _F) - 2 - vstep
                tlo = -_BIG
                ok = (se >> _F) <= thi
            else:
                thi = _BIG
                tlo = lo + ((-be) >> _F) + 2 + vstep
                ok = (se >> _F) >= tlo
            if ok:
                break
            capped = True
            v1 = v1 * 3 // 4 if v1 > 0 else -((-v1) * 3 // 4)
            if -(1 << 16) < v1 < (1 << 16):
                v1 = 0
        if capped:
            self.limit_axis = i
        p = S >> _F
        self._install(i, _SJOG, tab, brk, thi, tlo, lo if lo < p else p, hi if hi > p else p)

    def _install(self, i, kind, tab, brk, thi, tlo, clo, chi):
        if not self._jkind[i]:
            self._nslot += 1
        self._jkind[i] = kind
        self._jtab[i] = tab
        self._jbrk[i] = brk
        self._jthi[i] = thi
        self._jtlo[i] = tlo
        self._jclo[i] = clo
        self._jchi[i] = chi
        self._jbase[i] = 0
        self._jload(i, 0)

    def brake_from(self, states, reason):
        # A controlled stop of axes that something else was driving (a shot's abort): states
        # holds (axis, S, V, A) in per-axis LSB units (position, per tick, per tick**2); each
        # axis brakes on its own, jerk-limited, as a jog does. BRAKE ends with no MOTION_DONE.
        for st in states:
            i = st[0]
            S = st[1]
            V = st[2]
            A = st[3]
            an, ad, jn, jd = self._axis_limits(i)
            segs, den = _vchange(V, A, 0, an, ad, jn, jd)
            tab, _ = _table(S, V, A, segs, den)
            p = S >> _F
            self.pos[i] = p
            self.target[i] = p
            self._install(i, _SBRAKE, tab, _EMPTY, _BIG, -_BIG, min(self.lo[i], p), max(self.hi[i], p))
        self._stop_reason = reason
        self.mode = BRAKE if self._nslot else IDLE
        self._set_end()

    def _brake_axis(self, i):
        # Stop axis i's slot, jerk-limited. From cruise the precomputed stop is used (no
        # allocation); mid-ramp the stop is planned now (a rare event).
        if self._jk[i] < 0 and self._jbrk[i] is not _EMPTY:
            self._use_brake(i)
            return
        S, V, A = self._slot_state(i)
        an, ad, jn, jd = self._axis_limits(i)
        segs, den = _vchange(V, A, 0, an, ad, jn, jd)
        tab, _ = _table(S, V, A, segs, den)
        self._install(i, _SBRAKE, tab, _EMPTY, _BIG, -_BIG, self._jclo[i], self._jchi[i])

    def _use_brake(self, i):
        # switch axis i from cruise to its precomputed stop (tick path: no allocation)
        self._jtab[i] = self._jbrk[i]
        self._jbrk[i] = _EMPTY
        self._jkind[i] = _SBRAKE
        self._jbase[i] = self._js[i]
        self._jthi[i] = _BIG
        self._jtlo[i] = -_BIG
        self._jload(i, 0)

    # --- homing (command path) ------------------------------------------------------------------
    def home(self, mask, switch_axes):
        # Axes in mask with a switch (switch_axes: a bit mask or a sequence of indices) seek
        # it in the negative direction at vmax/4; on the switch they stop and take their
        # home position. The other axes in mask make one planned move to their home
        # position. Returns the motion id; it ends when every part is done.
        if self.busy():
            raise PlanError(wire.ERR_BAD_STATE, "HOME not allowed while moving")
        n = self.n
        if mask >> n:
            raise PlanError(wire.ERR_BAD_AXIS, "home mask 0x%x names axes beyond %d" % (mask, n))
        if isinstance(switch_axes, int):
            smask = switch_axes
        else:
            smask = 0
            for i in switch_axes:
                self._axis(i)
                smask |= 1 << i
        goal = list(self.pos)
        seek = []
        for i in range(n):
            if not mask >> i & 1:
                continue
            if smask >> i & 1:
                seek.append(i)
            elif goal[i] != self.home_pos[i]:
                self.check_axis(i, self.home_pos[i])
                self._check_homed(i)
                goal[i] = self.home_pos[i]
        mv = None
        if goal != self.pos:
            mv = self._plan_move(self.pos, goal, 0, 1000)
        mid = self._new_id()
        for i in seek:
            self.homed[i] = False
            self._seek(i)
        self._home_fault = False
        self.motion_id = mid
        self.mode = HOME
        if mv is not None:
            mv.mid = mid
            self._cstart(mv)
        for i in range(n):
            self._end[i] = goal[i]
        return mid

    def _seek(self, i):
        # Plan the three phases of axis i's homing: the seek at vmax/4 (installed now), then,
        # from wherever its stop ends, the back-off and the slow second approach (relative
        # tables, installed from the tick where the phase before ends: nothing to plan there).
        an, ad, jn, jd = self._axis_limits(i)
        vmax = self.vmax[i]
        fast = vmax // 4 or 1
        slow = self.home_slow[i] or vmax // _SLOW_DIV or 1
        if slow > fast:
            slow = fast
        back = slow * _BACK_MUL
        if back > fast:
            back = fast
        v1 = -_rdiv(fast << _F, self.hz) or -1
        S = self.pos[i] << _F
        segs, den = _vchange(0, 0, v1, an, ad, jn, jd)
        tab, _ = _table(S, 0, 0, segs, den)
        brk, fstop = self._ramp_stop(i, v1)
        vb = _rdiv(back << _F, self.hz) or 1
        self._hback[i], _ = self._ramp(i, vb)
        self._hbackb[i], bstop = self._ramp_stop(i, vb)
        vs = -_rdiv(slow << _F, self.hz) or -1
        self._hslow[i], _ = self._ramp(i, vs)
        self._hslowb[i], _ = self._ramp_stop(i, vs)
        span = self.hi[i] - self.lo[i]
        # the back-off passes the fast stop's overshoot and the switch's travel; the second
        # approach the back-off's own stop: past either, the switch does not work as one
        margin = span // 64 + 1000
        self._hbmax[i] = 2 * fstop + margin
        self._hsmax[i] = 2 * bstop + margin
        self._hfar[i] = self.pos[i] - fstop
        self._hph[i] = _HFAST
        # give up (DONE_FAULT) after the axis's whole span and then some
        tlo = self.pos[i] - span - span // 8 - 1000
        self._install(i, _SSEEK, tab, brk, _BIG, tlo, -_BIG, _BIG)

    def _ramp(self, i, v1):
        # from rest to v1 (LSB per tick), relative to where it is installed
        an, ad, jn, jd = self._axis_limits(i)
        segs, den = _vchange(0, 0, v1, an, ad, jn, jd)
        return _table(0, 0, 0, segs, den)

    def _ramp_stop(self, i, v1):
        # from v1 to rest: the table, and how far it travels (0.001 unit)
        an, ad, jn, jd = self._axis_limits(i)
        segs, den = _vchange(v1, 0, 0, an, ad, jn, jd)
        tab, end = _table(0, v1, 0, segs, den)
        return tab, (end if end > 0 else -end) >> _F

    def _home_phase(self, i, p):
        # A homing stop has ended at p: the next phase starts there (tick path, no allocation).
        if self._hph[i] == _HBRAKE1:
            self._hph[i] = _HBACK
            self._install_at(i, self._hback[i], self._hbackb[i], p, p + self._hbmax[i], -_BIG)
        else:
            self._hph[i] = _HSLOW
            self._install_at(i, self._hslow[i], self._hslowb[i], p, _BIG, p - self._hsmax[i])

    def _install_at(self, i, tab, brk, base, thi, tlo):
        # a seek slot from a relative table, started at position ``base``
        self._jkind[i] = _SSEEK
        self._jtab[i] = tab
        self._jbrk[i] = brk
        self._jthi[i] = thi
        self._jtlo[i] = tlo
        self._jclo[i] = -_BIG
        self._jchi[i] = _BIG
        self._jbase[i] = base
        self._jload(i, 0)

    # --- the tick (allocation-free) ---------------------------------------------------------------
    def step(self, switches=None):
        # Advance one tick. `switches(i)` -> bool reads axis i's homing switch. Returns True
        # while anything moves.
        if self.mode == IDLE:
            if not self._qn:
                return False
            self._start_next()
        moving = False
        if self._cact:
            moving = True
            self._cstep()
        if self._jsess:
            self._dead -= 1
            if self._dead <= 0:
                self._deadman()
        if self._nslot:
            moving = True
            kinds = self._jkind
            for i in range(self.n):
                if kinds[i]:
                    self._jstep(i, switches)
        mode = self.mode
        if mode == RAMP:
            if not self._cact:
                self._report(self._stop_reason if self._stopping else wire.DONE_COMPLETE)
                self._stopping = False
                self.mode = IDLE
        elif mode == HOME or mode == BRAKE:
            if not self._cact and not self._nslot:
                self._stopping = False
                self.jogging = False
                if self.motion_id:
                    if mode == BRAKE:
                        self._report(self._stop_reason)
                    else:
                        self._report(wire.DONE_FAULT if self._home_fault else wire.DONE_COMPLETE)
                self.mode = IDLE
        elif mode == JOG:
            if not self._nslot and not self._jsess:
                self.jogging = False
                self.mode = IDLE
        return moving

    def _deadman(self):
        self._end_session()
        for i in range(self.n):
            if self._jkind[i] == _SJOG:
                self._brake_axis(i)

    def _start_next(self):
        mv = self._q[self._qh]
        self._q[self._qh] = None
        self._qh = (self._qh + 1) % _QLEN
        self._qn -= 1
        if mv is None:
            return
        self.motion_id = mv.mid
        self.mode = RAMP
        self._cstart(mv)

    def _cstart(self, mv):
        self._mv = mv
        self._tab = mv.tab
        self._stopping = False
        goal = mv.goal
        for i in range(self.n):
            if mv.sg[i]:
                self.target[i] = goal[i]
        self._cact = self._cload(0)
        if not self._cact:
            self._cfinish()

    def _cload(self, idx):
        # start the coordinated segment at idx from its exact state; False at the end
        tab = self._tab
        self._idx = idx
        n = tab[idx]
        self._j2w = tab[idx + 1]
        self._j2f = tab[idx + 2]
        self._j6w = tab[idx + 3]
        self._j6f = tab[idx + 4]
        self._sw = tab[idx + 5]
        self._sf = tab[idx + 6]
        vw = self._vw = tab[idx + 7]
        vf = self._vf = tab[idx + 8]
        hw = self._hw = tab[idx + 9]
        hf = self._hf = tab[idx + 10]
        if n:
            self._k = n
            return True
        self._k = -1
        return bool(vw or vf or hw or hf)

    def _cstep(self):
        sw = self._sw
        sf = self._sf
        vw = self._vw
        vf = self._vf
        hw = self._hw
        hf = self._hf
        j2w = self._j2w
        j2f = self._j2f
        t = sf + vf + hf + self._j6f
        sw += vw + hw + self._j6w + (t >> _F)
        self._sf = t & _FM
        self._sw = sw
        t = vf + hf + hf + j2f
        self._vw = vw + hw + hw + j2w + (t >> _F)
        self._vf = t & _FM
        t = hf + j2f
        self._hw = hw + j2w + (t >> _F)
        self._hf = t & _FM
        k = self._k
        if k > 0:
            k -= 1
            self._k = k
            if k == 0:
                if not self._cload(self._idx + _SEG):
                    self._cact = False
                sw = self._sw
        # per-axis positions: start + d * s with s's whole part (2**-24), rounded
        mv = self._mv
        sg = mv.sg
        dh = mv.dh
        dl = mv.dl
        st = mv.start
        clo = mv.clo
        chi = mv.chi
        pos = self.pos
        sh = sw >> 12
        sl = sw & 4095
        for i in range(self.n):
            g = sg[i]
            if not g:
                continue
            a = dh[i]
            b = dl[i]
            x = a * sh
            m = a * sl + 2 * b * sh + ((b * sl) >> 11) + 4096
            p = (x >> 1) + ((m + ((x & 1) << 12)) >> 13)
            p = st[i] + p if g > 0 else st[i] - p
            if p < clo[i]:
                p = clo[i]
            elif p > chi[i]:
                p = chi[i]
            pos[i] = p
        if not self._cact:
            self._cfinish()

    def _cfinish(self):
        mv = self._mv
        sg = mv.sg
        for i in range(self.n):
            if sg[i]:
                if self._stopping:
                    self.target[i] = self.pos[i]
                else:
                    self.pos[i] = mv.goal[i]
        if self._stopping:
            for i in range(self.n):
                self._end[i] = self.pos[i]

    def _jload(self, i, idx):
        # start axis i's segment at idx from its exact state; at the end of a stopping
        # table the slot is released
        tab = self._jtab[i]
        self._jidx[i] = idx
        n = tab[idx]
        self._jj2[i] = tab[idx + 1]
        self._jj2f[i] = tab[idx + 2]
        self._jj6[i] = tab[idx + 3]
        self._jj6f[i] = tab[idx + 4]
        s = self._js[i] = tab[idx + 5] + self._jbase[i]
        sf = self._jsf[i] = tab[idx + 6]
        vw = self._jv[i] = tab[idx + 7]
        vf = self._jvf[i] = tab[idx + 8]
        hw = self._jh[i] = tab[idx + 9]
        hf = self._jhf[i] = tab[idx + 10]
        if n:
            self._jk[i] = n
        else:
            self._jk[i] = -1
            if not (vw or vf or hw or hf):
                self._release(i, s + (sf >> 23))

    def _release(self, i, p):
        if p < self._jclo[i]:
            p = self._jclo[i]
        elif p > self._jchi[i]:
            p = self._jchi[i]
        ph = self._hph[i]
        if ph == _HBRAKE1 or ph == _HBRAKE2:
            self.pos[i] = p
            self.target[i] = p
            self._home_phase(i, p)  # the slot goes on with the next phase of homing
            return
        self._jkind[i] = _OFF
        self._nslot -= 1
        self._jk[i] = 0
        self.pos[i] = p
        self.target[i] = p

    def _jstep(self, i, switches):
        kind = self._jkind[i]
        if kind == _SSEEK:
            pressed = switches is not None and switches(i)
            ph = self._hph[i]
            if ph == _HSLOW and pressed:
                # closed again, at one step per tick: stop here, this is the home position
                h = self.home_pos[i]
                self._hph[i] = _HNONE
                self._js[i] = h
                self._jsf[i] = 0
                self._jv[i] = 0
                self._jvf[i] = 0
                self._jh[i] = 0
                self._jhf[i] = 0
                self._jbrk[i] = _EMPTY
                self.homed[i] = True
                self.homed_now |= 1 << i
                self._release(i, h)
                return
            if ph == _HFAST and pressed and self._js[i] > self._hfar[i]:
                # closed from the start: the carriage may be anywhere the switch is closed, so
                # the back-off may take the whole span to open it
                span = self.hi[i] - self.lo[i]
                self._hbmax[i] = span + span // 8 + 1000
            if (ph == _HFAST and pressed) or (ph == _HBACK and not pressed):
                # the switch closed (fast) or opened (backing off): a controlled stop, then the
                # next phase (a stop from cruise is planned already; from a ramp, now)
                self._hph[i] = ph + 1
                self._brake_axis(i)
            elif self._jk[i] < 0 and (self._js[i] < self._jtlo[i] or self._js[i] > self._jthi[i]):
                # no switch within the axis's span, or one that does not open or close again
                self._home_fault = True
                self._hph[i] = _HNONE
                self._use_brake(i)
        elif kind == _SJOG and self._jk[i] < 0:
            s = self._js[i]
            if s > self._jthi[i] or s < self._jtlo[i]:
                self._use_brake(i)
                self.limit_axis = i
        if not self._jkind[i]:
            return
        sw = self._js[i]
        sf = self._jsf[i]
        vw = self._jv[i]
        vf = self._jvf[i]
        hw = self._jh[i]
        hf = self._jhf[i]
        j2w = self._jj2[i]
        j2f = self._jj2f[i]
        t = sf + vf + hf + self._jj6f[i]
        sw += vw + hw + self._jj6[i] + (t >> _F)
        sf = t & _FM
        self._js[i] = sw
        self._jsf[i] = sf
        t = vf + hf + hf + j2f
        self._jv[i] = vw + hw + hw + j2w + (t >> _F)
        self._jvf[i] = t & _FM
        t = hf + j2f
        self._jh[i] = hw + j2w + (t >> _F)
        self._jhf[i] = t & _FM
        k = self._jk[i]
        if k > 0:
            k -= 1
            self._jk[i] = k
            if k == 0:
                self._jload(i, self._jidx[i] + _SEG)
                if not self._jkind[i]:
                    return
                sw = self._js[i]
                sf = self._jsf[i]
        p = sw + (sf >> 23)
        if p < self._jclo[i]:
            p = self._jclo[i]
        elif p > self._jchi[i]:
            p = self._jchi[i]
        self.pos[i] = p
        self.target[i] = p

    # --- commanded velocity and acceleration (allocation-free) -------------------------------
    def velocity(self, i):
        # 0.001 unit/s
        hz = self.hz
        if self._jkind[i]:
            return self._jv[i] * hz + _mulshr(hz, self._jvf[i], _F)
        mv = self._mv
        g = mv.sg[i]
        if not self._cact or not g:
            return 0
        b = _part(self._vw, self._vf, mv.vr)
        if b < 0:
            b = -b
            g = -g
        v = _mulshr(mv.vc[i], b, mv.vp[i])
        return v if g > 0 else -v

    def accel(self, i):
        # 0.001 unit/s**2
        hz = self.hz
        if self._jkind[i]:
            return 2 * self._jh[i] * hz * hz + _mulshr(2 * hz * hz, self._jhf[i], _F)
        mv = self._mv
        g = mv.sg[i]
        if not self._cact or not g:
            return 0
        b = _part(self._hw, self._hf, mv.ar)
        if b < 0:
            b = -b
            g = -g
        a = _mulshr(mv.ac[i], b, mv.ap[i])
        return a if g > 0 else -a

    def busy(self):
        return self.mode != IDLE or self._qn > 0
