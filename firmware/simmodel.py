# simmodel.py: the simulated rig that both emulated boards run: axes, homing switches, camera, trace.
#
# hal_sim.py (the unix-port board) and hal_mcu.py (the QEMU Cortex-M3 board) build their Hal on
# SimRig and add only their link, watchdog and reset. So the rig behaves, and traces, the same
# on both, and a trace from one reads like a trace from the other.
#
# Trace record, little-endian, 14 bytes: kind u8, index u8, t_us u32, a i32, b i32
#   kind 1 axis sample   index=axis  a=commanded position  b=actual position
#   kind 2 trigger edge  index=line  a=level               b=the time it was scheduled for
#   kind 3 outputs       index=0     a=1 enabled / 0 cut    b=0
#   kind 4 state         index=state a=previous state       b=0
#   kind 5 boot          index=reset cause                  a=b=0
#   kind 6 frame in      index=msg   a=seq                  b=0
#   kind 7 axis output   index=axis  a=1 driven / 0 released / 2 held   b=0
#   kind 8 camera sync   index=0     a=the shutter edge's time               b=0
#
# Servos slew towards their command at a bounded rate. Steppers move by their step count,
# except that a motor driven faster or harder than it can follow loses the excess steps
# (the board cannot know; the trace shows it). Each stepper has a homing switch at
# physical position 0; at power-on the carriage sits at an unknown place (_PHYS_START).
# The camera on trigger line CAMERA_LINE opens its shutter a shutter lag after the line
# rises (cam_lag_us, plus up to cam_jitter_us of pseudo-random spread) and then closes its
# flash-sync contact: camera_confirm() reports that instant.
import struct
import time

from micropython import const
from orbitfw import wire
from orbitfw.config import AXES

_REC = "<BBIii"
_REC_SIZE = const(14)
_TRACE_CAP = const(64 * 1024 * 1024)  # bytes; past this the trace stops growing
_STALL_V = const(3)  # a stepper follows up to 3x its configured vmax...
_STALL_A = const(4)  # ...and 4x its configured amax; beyond that it loses steps
_PHYS_START = (0, 0, 0, 137500, 3200)  # where each axis physically is at power-on
_MASK = const(0x3FFFFFFF)
_CAM_QUEUE = const(4)  # exposures a camera can have pending


class SimRig:
    TRIGGER_LINES = 4  # shutter, focus, record, marker by default (host/shots/model.py LINES)
    CAMERA_LINE = 0  # the line the simulated camera's shutter listens to
    EDGE_LEAD_US = 0  # edges are fired by the deadline loop itself (no hardware timing)
    NAP_NEAR_US = 300  # the loop sleeps in short naps only this close to a deadline
    LINK_WAIT_US = False  # no link_wait_us(): the loop waits with link_wait(ms) and naps
    SLEEP_WHEN_STILL = False  # ticks start on time, still or not

    def __init__(self, cause, trace, cam_lag_us, cam_jitter_us):
        # trace: a stream with write(buf, off, n) that takes the records, or None
        self.naxes = len(AXES)
        self._cause = cause
        # axis model: commanded and actual position, in 0.001 unit
        self._cmd = [0] * self.naxes
        self._act = [0] * self.naxes
        self._last = [0] * self.naxes  # the last traced actual and commanded positions
        self._lastc = [0] * self.naxes
        # servo slew per tick (0.001 unit); stepper velocity and acceleration caps per tick
        self._slew = [0] * self.naxes
        self._vcap = [0] * self.naxes
        self._acap = [0] * self.naxes
        self._vphys = [0] * self.naxes  # physical velocity, 0.001 unit per tick
        self._servo = [a[1] == wire.AXIS_SERVO for a in AXES]
        # steppers: the physical carriage; the board's step count starts at 0 wherever it is
        self._phys = [_PHYS_START[i] if not self._servo[i] else 0 for i in range(self.naxes)]
        self._base = list(self._phys)  # physical position where the board's count reads 0
        self._prev = [0] * self.naxes  # the step count at the previous tick
        self._drive = [1] * self.naxes  # 1 driven, 0 released, 2 held (ESTOP)
        self._enabled = False
        self._rec = bytearray(_REC_SIZE * (self.naxes + 1))
        self._trace = trace
        self._trace_len = 0
        # the simulated camera: exposures pending (board time of their sync pulse)
        self._cam_lag = cam_lag_us
        self._cam_jit = cam_jitter_us
        self._cam_rng = 1
        self._cam_due = [0] * _CAM_QUEUE
        self._cam_at = [0] * _CAM_QUEUE
        self._cam_h = 0
        self._cam_n = 0
        if trace is not None:
            self._emit(5, cause, 0, 0)

    # --- identity -------------------------------------------------------------------
    def reset_cause(self):
        return self._cause

    def axes(self):
        return AXES

    # --- axes and outputs ---------------------------------------------------------------
    def configure_axis(self, i, vmax, tick_hz, amax=0):
        # A servo slews at most 1.5x the planner's vmax: it lags the command, never leads.
        if self._servo[i]:
            self._slew[i] = vmax * 3 // 2 // tick_hz + 1
        else:
            self._vcap[i] = vmax * _STALL_V // tick_hz + 1
            self._acap[i] = (amax or vmax * 4) * _STALL_A // (tick_hz * tick_hz) + 1

    def calibrate(self, i, lo, hi, cal_lo, cal_hi, invert):
        # The simulated axes need no pulse or step calibration.
        pass

    def _coast_stop(self):
        # Drivers cut: a stepper stops where it is (no torque, no momentum kept in the model),
        # and whatever the board commands next counts from where it stands.
        for i in range(self.naxes):
            if not self._servo[i]:
                self._vphys[i] = 0
                self._prev[i] = self._cmd[i]

    def set_outputs(self, on, t_us):
        # Off always releases every servo, also one that ESTOP left holding.
        if not on:
            self._coast_stop()
            for i in range(self.naxes):
                if self._drive[i] == 2:
                    self._drive[i] = 0
                    self._emit(7, i, 0, 0, t_us)
        if on != self._enabled:
            self._enabled = on
            for i in range(self.naxes):
                self._drive[i] = 1
            self._emit(3, 0, 1 if on else 0, 0, t_us)

    def estop(self, hold, t_us):
        # Outputs safe now: steppers de-energised, servos released unless their bit in
        # ``hold`` asks them to hold position.
        self._enabled = False
        self._coast_stop()
        self._emit(3, 0, 0, 0, t_us)
        for i in range(self.naxes):
            d = 2 if self._servo[i] and hold & (1 << i) else 0
            self._drive[i] = d
            self._emit(7, i, d, 0, t_us)

    def home_switch(self, i):
        return not self._servo[i] and self._phys[i] <= 0

    def note_rx(self, msg, seq, t_us):
        self._emit(6, msg, seq, 0, t_us)

    def set_axis(self, i, pos):
        self._cmd[i] = pos

    def axis_pos(self, i):
        # servos: the modelled position; steppers: the step count (open loop)
        return self._act[i] if self._servo[i] else self._cmd[i]

    def home_axis(self, i, pos):
        # The board now says the carriage is at ``pos``: re-base the step count there.
        self._cmd[i] = pos
        self._act[i] = pos
        if not self._servo[i]:
            self._prev[i] = pos
            self._base[i] = self._phys[i] - pos

    def trigger(self, line, level, t_us):
        # The line changes now: the trace has when it did and when it was meant to.
        now = time.ticks_us() & _MASK  # pyright: ignore[reportOperatorIssue]
        self._emit(2, line, level, t_us, now)
        if line == self.CAMERA_LINE and level and self._cam_n < _CAM_QUEUE:
            # shutter lag with a repeatable spread (a small LCG keeps every value a small int)
            self._cam_rng = (self._cam_rng * 75 + 74) % 65537
            lag = self._cam_lag + (self._cam_rng % (self._cam_jit + 1) if self._cam_jit else 0)
            j = (self._cam_h + self._cam_n) % _CAM_QUEUE
            self._cam_due[j] = (now + lag) & _MASK
            self._cam_at[j] = now
            self._cam_n += 1
        return now  # when the line changed, however long the trace took to write

    def camera_confirm(self):
        # The board time of a flash-sync pulse that has happened since the last call, or -1.
        if not self._cam_n:
            return -1
        j = self._cam_h
        due = self._cam_due[j]
        now = time.ticks_us() & _MASK  # pyright: ignore[reportOperatorIssue]
        if (now - due) & _MASK >= 1 << 29:
            return -1  # not yet
        self._cam_h = (j + 1) % _CAM_QUEUE
        self._cam_n -= 1
        self._emit(8, 0, self._cam_at[j], 0, due)
        return due

    def state_changed(self, new, old, t_us):
        self._emit(4, new, old, 0, t_us)

    def tick(self, t_us):
        # Advance the dynamics one tick and trace every axis that moved.
        cmd = self._cmd
        act = self._act
        last = self._last
        lastc = self._lastc
        rec = self._rec
        off = 0
        for i in range(self.naxes):
            if self._enabled:
                if self._servo[i]:
                    err = cmd[i] - act[i]
                    s = self._slew[i]
                    if s == 0 or -s <= err <= s:
                        act[i] = cmd[i]
                    elif err > 0:
                        act[i] += s
                    else:
                        act[i] -= s
                else:
                    self._step_motor(i)
            if act[i] != last[i] or cmd[i] != lastc[i]:
                last[i] = act[i]
                lastc[i] = cmd[i]
                struct.pack_into(_REC, rec, off, 1, i, t_us, cmd[i], act[i])
                off += _REC_SIZE
        if off:
            self._write_trace(rec, off)

    def _step_motor(self, i):
        # The carriage follows this tick's steps within what the motor can do; steps
        # beyond that are lost for good (open loop: only the trace knows).
        want = self._cmd[i] - self._prev[i]
        self._prev[i] = self._cmd[i]
        v0 = self._vphys[i]
        a = self._acap[i]
        v = want
        if v > v0 + a:
            v = v0 + a
        elif v < v0 - a:
            v = v0 - a
        cap = self._vcap[i]
        if v > cap:
            v = cap
        elif v < -cap:
            v = -cap
        self._vphys[i] = v
        self._phys[i] += v
        self._act[i] = self._phys[i] - self._base[i]

    # --- trace ------------------------------------------------------------------------
    def _emit(self, kind, index, a, b, t_us=None):
        if self._trace is None:
            return
        if t_us is None:
            # ticks are ints on every port; the stubs make them opaque to stop raw arithmetic
            t_us = time.ticks_us() & 0x3FFFFFFF  # pyright: ignore[reportOperatorIssue]
        rec = self._rec
        struct.pack_into(_REC, rec, 0, kind, index, t_us, a, b)
        self._write_trace(rec, _REC_SIZE)

    def _write_trace(self, rec, n):
        if self._trace is None or self._trace_len + n > _TRACE_CAP:
            return
        # MicroPython streams take write(buf, off, count); the stubs know only write(buf)
        self._trace.write(rec, 0, n)  # pyright: ignore[reportCallIssue]
        self._trace_len += n
