# hal_sim.py: the simulated HAL of the emulated board (MicroPython unix port).
#
# The firmware above this module is byte-for-byte the one that runs on a real board.
# Here the link is a unix socket to the emulator's supervisor (which bridges it to the
# host's pty), and the watchdog and resets go to the supervisor over its control socket.
# The rig itself (axis dynamics, homing switches, the camera and the binary trace with
# board timestamps) is simmodel.SimRig, which documents the trace format; the trace goes
# to the file ORBITRIG_TRACE. The camera's shutter lag is ORBITRIG_CAMERA_LAG_US, plus up
# to ORBITRIG_CAMERA_JITTER_US of pseudo-random spread.
import os
import select
import socket
import struct
import time

from micropython import const
from orbitfw import wire
from orbitfw.config import AXES  # noqa: F401  (still hal_sim.AXES for its readers, e.g. fuzz/)
from simmodel import SimRig

BOARD_KIND = wire.BOARD_SIM

_WDT_FEED_MS = const(100)  # feed the supervisor at most this often


def _sockaddr(path):
    # The unix port's socket.connect takes a raw struct sockaddr_un. AF_UNIX is unix-port
    # only, so the rp2 stubs this file is type-checked against do not declare it.
    return struct.pack("H", socket.AF_UNIX) + path.encode() + b"\x00"  # pyright: ignore[reportAttributeAccessIssue]


def _connect(path):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # pyright: ignore[reportAttributeAccessIssue]
    s.connect(_sockaddr(path))
    return s


class Hal(SimRig):
    BOARD_KIND = BOARD_KIND
    SHOT_WORDS = 12288  # shot buffer: 48 KB of the emulated board's 256 KB heap

    def __init__(self):
        cause = int(os.getenv("ORBITRIG_RESET_CAUSE") or "0")
        self._link = None
        self._poll = select.poll()
        self._ctl = None
        ctl = os.getenv("ORBITRIG_CTL")
        if ctl:
            self._ctl = _connect(ctl)
        self._wdt_ms = 0
        self._fed = time.ticks_ms()
        path = os.getenv("ORBITRIG_TRACE")
        SimRig.__init__(
            self,
            cause,
            open(path, "ab") if path else None,
            int(os.getenv("ORBITRIG_CAMERA_LAG_US") or "35000"),
            int(os.getenv("ORBITRIG_CAMERA_JITTER_US") or "2000"),
        )

    # --- link -------------------------------------------------------------------------
    def link_open(self):
        path = os.getenv("ORBITRIG_LINK")
        if not path:
            raise OSError("ORBITRIG_LINK is not set")
        s = _connect(path)
        s.setblocking(False)
        self._link = s
        self._poll.register(s, select.POLLIN)

    def link_close(self):
        if self._link is not None:
            self._poll.unregister(self._link)
            self._link.close()
            self._link = None

    def link_read(self, buf):
        # Non-blocking: the bytes that are there now, up to len(buf); 0 when none.
        n = self._link.readinto(buf)
        if n is None:
            return 0
        if n == 0:
            raise OSError("link closed by the supervisor")
        return n

    def link_write(self, buf, n):
        # The supervisor drains the socket promptly; retry the rest of a short write.
        if self._link is None:
            return  # no link (yet): like USB-CDC with no host, the bytes go nowhere
        off = 0
        while off < n:
            # MicroPython streams take write(buf, off, count); the stubs know only write(buf)
            k = self._link.write(buf, off, n - off)  # pyright: ignore[reportCallIssue]
            if k is None:
                self._poll.poll(1)
                continue
            off += k

    def link_wait(self, ms):
        # Sleep until the link has bytes or ``ms`` elapsed.
        self._poll.poll(ms)

    # --- watchdog and reset -------------------------------------------------------------
    def wdt_start(self, timeout_ms):
        self._wdt_ms = timeout_ms
        if self._ctl is not None:
            self._ctl.write(b"wdt %d\n" % timeout_ms)

    def wdt_feed(self):
        if self._ctl is None or not self._wdt_ms:
            return
        now = time.ticks_ms()
        if time.ticks_diff(now, self._fed) >= _WDT_FEED_MS:
            self._fed = now
            self._ctl.write(b"feed\n")

    def reset(self, cause):
        # machine.reset(): ask the supervisor to restart the interpreter; the port stays.
        if self._trace is not None:
            self._trace.close()
        if self._ctl is None:
            raise SystemExit(cause)
        self._ctl.write(b"reset %d\n" % cause)
        while True:
            time.sleep_ms(100)
