# motion.py: coordinated move-to with velocity and acceleration limits, and controlled stop.
#
# Planning (when a MOVE_TO arrives) may use floats and allocate. The per-tick step may
# not: on rp2 and esp32 every float and every int beyond 30 bits is a heap object. So a
# plan is reduced to integers: ramp and cruise lengths in ticks, shared by all axes so they
# start and arrive together, and per-axis acceleration in Q16 fixed point
# (0.001 unit / tick^2 * 65536). The step integrates that exactly (trapezoid rule) and
# snaps to the target on the last tick.
#
# Integer budget (all values stay below 2**30, the small-int limit on 32-bit ports):
#   position |p| <= 2_000_000 (0.001 unit); vmax <= 2_000_000 0.001 unit/s;
#   so |velocity| <= 10_000 per tick = 655_360_000 in Q16.
from micropython import const

from orbitfw import wire

_Q = const(16)
_ONE = const(65536)
_QLEN = const(4)  # moves waiting behind the current one
POS_LIMIT = const(2_000_000)
VMAX_LIMIT = const(2_000_000)

IDLE = const(0)
RAMP = const(1)  # executing a planned move
BRAKE = const(2)  # controlled stop



class PlanError(Exception):
    # args: (error code, reason)
    pass


def _isqrt_f(x):
    return x**0.5 if x > 0 else 0.0


class Motion:
    def __init__(self, axes, tick_hz):
        n = len(axes)
        self.n = n
        self.hz = tick_hz
        self.names = [a[0] for a in axes]
        self.lo = [a[3] for a in axes]
        self.hi = [a[4] for a in axes]
        self.vmax = [a[5] for a in axes]
        self.amax = [a[6] for a in axes]
        # live state
        self.pos = [0] * n
        self.frac = [0] * n
        self.vel = [0] * n  # Q16 per tick
        self.acc = [0] * n  # Q16 per tick^2, this move
        self.target = [0] * n
        self.mode = IDLE
        self.k = 0
        self.na = 0
        self.nc = 0
        self.nt = 0
        self.motion_id = 0
        self.last_id = 0
        self._next_id = 1
        # the queue of planned moves
        self._q_na = [0] * _QLEN
        self._q_nc = [0] * _QLEN
        self._q_id = [0] * _QLEN
        self._q_acc = [0] * (_QLEN * n)
        self._q_tgt = [0] * (_QLEN * n)
        self._q_head = 0
        self._q_len = 0
        # where the last queued move ends: the start of the next one
        self._end = [0] * n
        # completion report, read and cleared by the loop
        self.done_id = 0
        self.done_reason = 0

    # --- planning (command path) --------------------------------------------------------
    def check_axis(self, axis, pos):
        if axis >= self.n:
            raise PlanError(wire.ERR_BAD_AXIS, "no axis %d (board has %d)" % (axis, self.n))
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

    def plan(self, targets, duration_ms, speed_permille):
        # targets: list of (axis, pos), already limit-checked. Queues the move and
        # returns its motion id, or raises PlanError.
        if self._q_len >= _QLEN:
            raise PlanError(wire.ERR_BUSY, "motion queue full (%d moves)" % _QLEN)
        n = self.n
        base = self._end if self.mode != IDLE or self._q_len else self.pos
        goal = list(base)
        for axis, pos in targets:
            goal[axis] = pos
        dist = [goal[i] - base[i] for i in range(n)]
        scale = speed_permille / 1000.0
        vm = [self.vmax[i] * scale for i in range(n)]
        am = [float(self.amax[i]) for i in range(n)]
        # fastest time for each axis on its own (s), and the slowest of them
        tmin = 0.0
        slow = -1
        for i in range(n):
            d = abs(dist[i])
            if d == 0:
                continue
            v = vm[i]
            a = am[i]
            t = d / v + v / a if d >= v * v / a else 2.0 * _isqrt_f(d / a)
            if t > tmin:
                tmin = t
                slow = i
        if slow < 0:
            na = nc = 0
            ta = 0.0
        else:
            want = duration_ms / 1000.0
            if want and want < tmin:
                raise PlanError(
                    wire.ERR_BAD_VALUE,
                    "duration_ms %d too short: %s needs %d ms"
                    % (duration_ms, self.names[slow], int(tmin * 1000.0 + 0.999)),
                )
            t = want if want > tmin else tmin
            ta = self._common_ramp(dist, vm, am, t)
            while ta < 0.0:
                t *= 1.05  # a shared ramp shape needs a little more time
                ta = self._common_ramp(dist, vm, am, t)
            hz = self.hz
            na = int(ta * hz + 0.999999) or 1
            nc = int((t - 2.0 * ta) * hz + 0.999999)
            if nc < 0:
                nc = 0
        mid = self._next_id
        self._next_id = mid + 1 if mid < 0xFFFF else 1
        slot = (self._q_head + self._q_len) % _QLEN
        self._q_na[slot] = na
        self._q_nc[slot] = nc
        self._q_id[slot] = mid
        off = slot * n
        den = na * (na + nc)
        for i in range(n):
            self._q_tgt[off + i] = goal[i]
            self._q_acc[off + i] = int(dist[i] * _ONE / den) if den else 0
            self._end[i] = goal[i]
        self._q_len += 1
        return mid

    def _common_ramp(self, dist, vm, am, t):
        # The ramp time ta shared by all axes for a move of t seconds, or -1 if none fits.
        # Axis i needs |d| <= a*ta*(t - ta) (acceleration) and |d|/(t - ta) <= v (speed).
        lo = 0.0
        hi = t / 2.0
        for i in range(self.n):
            d = abs(dist[i])
            if d == 0:
                continue
            c = d / am[i]
            disc = t * t - 4.0 * c
            if disc < 0.0:
                return -1.0
            need = (t - _isqrt_f(disc)) / 2.0
            if need > lo:
                lo = need
            cap = t - d / vm[i]
            if cap < hi:
                hi = cap
        return lo if lo <= hi + 1e-9 else -1.0

    def stop(self):
        # Controlled stop: every axis brakes at its own limit, scaled so all stop together.
        self._q_len = 0
        if self.mode == IDLE:
            return
        hz = self.hz
        nb = 1
        for i in range(self.n):
            v = self.vel[i]
            if v:
                # ticks to brake at amax: |v| / (amax * 65536 / hz^2)
                a = self.amax[i] * _ONE // (hz * hz) or 1
                k = (v if v > 0 else -v) // a + 1
                if k > nb:
                    nb = k
        for i in range(self.n):
            self.acc[i] = -(self.vel[i] // nb)
            self.target[i] = self.pos[i]
            self._end[i] = self.pos[i]
        self.mode = BRAKE
        self.k = 0
        self.nt = nb

    # --- the tick (allocation-free) -------------------------------------------------------
    def step(self):
        # Advance one tick. Returns True while anything is moving.
        mode = self.mode
        if mode == IDLE:
            if self._q_len == 0:
                return False
            self._start_next()
        k = self.k
        if self.mode == RAMP:
            if k < self.na:
                phase = 1
            elif k < self.na + self.nc:
                phase = 0
            else:
                phase = -1
        else:
            phase = 1  # BRAKE: acc already holds the (negative) deceleration
        pos = self.pos
        frac = self.frac
        vel = self.vel
        acc = self.acc
        for i in range(self.n):
            if phase == 0:
                da = 0
            else:
                a = acc[i]
                if a == 0:
                    continue  # not part of this move (or nothing left to brake)
                da = a if phase > 0 else -a
            v = vel[i]
            s = v + (da >> 1)  # mean velocity over the tick (trapezoid rule)
            vel[i] = v + da
            f = frac[i] + (s & 0xFFFF)
            w = s >> _Q
            if f >= _ONE:
                f -= _ONE
                w += 1
            frac[i] = f
            pos[i] += w
        k += 1
        self.k = k
        if k >= self.nt:
            self._finish()
        return True

    def _start_next(self):
        slot = self._q_head
        n = self.n
        off = slot * n
        self.na = self._q_na[slot]
        self.nc = self._q_nc[slot]
        self.nt = 2 * self.na + self.nc
        self.motion_id = self._q_id[slot]
        for i in range(n):
            self.acc[i] = self._q_acc[off + i]
            self.target[i] = self._q_tgt[off + i]
            self.frac[i] = 0
            self.vel[i] = 0
        self._q_head = (slot + 1) % _QLEN
        self._q_len -= 1
        self.k = 0
        self.mode = RAMP

    def _finish(self):
        reason = wire.DONE_STOPPED if self.mode == BRAKE else wire.DONE_COMPLETE
        for i in range(self.n):
            if reason == wire.DONE_COMPLETE:
                self.pos[i] = self.target[i]
            else:
                self.target[i] = self.pos[i]
            self.vel[i] = 0
            self.frac[i] = 0
        self.done_id = self.motion_id
        self.done_reason = reason
        self.last_id = self.motion_id
        self.mode = IDLE

    def velocity(self, i):
        # 0.001 unit/s, from Q16 per tick, without leaving small-int range.
        return ((self.vel[i] >> 8) * self.hz) >> 8

    def busy(self):
        return self.mode != IDLE or self._q_len > 0


def _fmt(v):
    # 0.001-unit integer as a decimal string, e.g. 170000 -> "170.000"
    sign = "-" if v < 0 else ""
    v = -v if v < 0 else v
    return "%s%d.%03d" % (sign, v // 1000, v % 1000)
