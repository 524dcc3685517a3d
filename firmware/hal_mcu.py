# hal_mcu.py: the HAL of the emulated microcontroller (MicroPython on QEMU's mps2-an385, Cortex-M3).
#
# The rig itself (axes, homing switches, camera, trace records) is simmodel.SimRig, the same
# model the unix-port board runs. What is this board's own:
#   link     UART0, the REPL's UART, with Ctrl-C off while the protocol runs (as on a Pico's
#            USB-CDC); link_close() gives the port back to the REPL. Bytes go out on
#            sys.stdout and come in through machine.UART(0), which reads the same receive ring
#            as sys.stdin but returns what has arrived (a stdin read waits for every byte asked
#            for, so it would need a loop per byte: the loop polls the link every 50 us)
#   trace    UART1, which the host's emulator writes to a file: the records leave the board on
#            their own wire and never share the link's
#   watchdog machine.WDT (kept by the board's clock interrupt), reset machine.reset(), with the
#            cause a reset was asked for kept in the file reset_cause as on the real boards
#   replay   with the replay strap held (ORBITRIG_REPLAY=1) the link's input comes from the
#            file replay.bin instead of UART0, each frame at its board time: on QEMU's
#            instruction-count clock a run is then a function of the script alone, so two runs
#            trace the same bytes (host/boards/mcu_replay.py). Records: u32 us after
#            link_open, u16 length, the bytes.
import os
import select
import sys
import time

import machine
import micropython
from micropython import const
from orbitfw import wire
from simmodel import SimRig

_LINK_UART = const(0)
_TRACE_UART = const(1)
_CAUSE_FILE = "reset_cause"
_REPLAY_FILE = "replay.bin"
_CAM_LAG_US = const(35000)  # the simulated camera's shutter lag, as on the unix-port board
_CAM_JITTER_US = const(2000)
# machine.reset_cause() of this port -> the protocol's reset causes
_CAUSES = (
    (machine.PWRON_RESET, wire.RESET_POWER_ON),  # pyright: ignore[reportAttributeAccessIssue]
    (machine.HARD_RESET, wire.RESET_HARD),  # pyright: ignore[reportAttributeAccessIssue]
    (machine.WDT_RESET, wire.RESET_WATCHDOG),  # pyright: ignore[reportAttributeAccessIssue]
    (machine.SOFT_RESET, wire.RESET_SOFT),  # pyright: ignore[reportAttributeAccessIssue]
)


def _boot_cause():
    # A reset the firmware asked for recorded its cause; the chip knows the rest.
    try:
        with open(_CAUSE_FILE) as f:
            text = f.read()
        os.remove(_CAUSE_FILE)
        return int(text)
    except (OSError, ValueError):
        pass
    c = machine.reset_cause()
    for hw, cause in _CAUSES:
        if c == hw:
            return cause
    return wire.RESET_UNKNOWN


class Hal(SimRig):
    # The protocol has no board kind for this board yet; until it does it reports as the
    # simulated board it shares its model with.
    BOARD_KIND = getattr(wire, "BOARD_QEMU", wire.BOARD_SIM)
    # time.sleep_us() here is a timer interrupt and WFI that lands on its microsecond: the loop
    # sleeps straight to a deadline (each wake-up costs the host ~40 us of QEMU's time)
    NAP_NEAR_US = 0
    # link_wait_us(): one sleep to the deadline that a whole frame ends early (the port's
    # machine.wait_mark_us), so an idle tick costs one wake-up and a frame waits for no nap
    LINK_WAIT_US = True
    SHOT_WORDS = 8192  # shot buffer: 32 KB of the 140 KB heap, allocated only with a shot

    def __init__(self):
        SimRig.__init__(self, _boot_cause(), machine.UART(_TRACE_UART), _CAM_LAG_US, _CAM_JITTER_US)
        self._poll = select.poll()
        self._rx = None
        self._tx = None
        self._wdt = None
        self._script = None  # replay: the script, where the next record starts, when it began
        self._spos = 0
        self._t0 = 0

    # --- link -------------------------------------------------------------------------
    def link_open(self):
        # Ctrl-C (0x03) is protocol data now; link_close() gives it back to the REPL.
        micropython.kbd_intr(-1)
        # poll wakes the loop when a frame's delimiter (0x00) has arrived, not at every byte
        self._rx = machine.UART(_LINK_UART, mark=0)  # pyright: ignore[reportCallIssue]
        self._tx = sys.stdout.buffer
        self._poll.register(self._rx, select.POLLIN)
        if os.getenv("ORBITRIG_REPLAY") == "1":
            with open(_REPLAY_FILE, "rb") as f:
                self._script = f.read()
            self._spos = 0
            self._t0 = time.ticks_us()

    def link_close(self):
        if self._rx is None:
            return
        machine.UART(_LINK_UART, mark=-1)  # pyright: ignore[reportCallIssue]
        self._poll.unregister(self._rx)
        micropython.kbd_intr(3)
        self._rx = None
        self._tx = None

    def link_read(self, buf):
        # Non-blocking: the bytes that are there now, up to len(buf); 0 when none.
        if self._script is not None:
            return self._replay(buf)
        return self._rx.readinto(buf) or 0

    def _replay(self, buf):
        # The next record once its time has come (whole: a record fits the link's chunk).
        if self._due_in() > 0:
            return 0  # not yet, or none left
        s = self._script
        p = self._spos
        n = s[p + 4] | s[p + 5] << 8
        for i in range(n):
            buf[i] = s[p + 6 + i]
        self._spos = p + 6 + n
        return n

    def link_write(self, buf, n):
        # The UART takes every byte (the emulator never stalls it for long).
        tx = self._tx
        if tx is not None:
            # MicroPython streams take write(buf, off, count); the stubs know only write(buf)
            tx.write(buf, 0, n)  # pyright: ignore[reportCallIssue]

    def link_wait(self, ms):
        # Sleep (WFI) until a whole frame is there or ``ms`` elapsed (ipoll: no list allocated).
        if self._script is not None:
            time.sleep_ms(ms)  # the next record is at most a wait late: the loop's waits are short
            return
        for _ in self._poll.ipoll(ms):
            break

    def link_wait_us(self, us):
        # Sleep (WFI) until a whole frame is there or ``us`` elapsed, to the microsecond.
        if self._script is not None:
            d = self._due_in()
            if d > 0:
                time.sleep_us(d if d < us else us)
            return
        machine.wait_mark_us(us)  # pyright: ignore[reportAttributeAccessIssue]

    def _due_in(self):
        # Replay: us until the next record is due (<= 0: due; 0x3FFFFFFF: none left).
        s = self._script
        p = self._spos
        if p + 6 > len(s):
            return 0x3FFFFFFF
        due = s[p] | s[p + 1] << 8 | s[p + 2] << 16 | s[p + 3] << 24
        return time.ticks_diff(time.ticks_add(self._t0, due), time.ticks_us())  # pyright: ignore[reportArgumentType]

    # --- watchdog and reset -------------------------------------------------------------
    def wdt_start(self, timeout_ms):
        # Once started the watchdog cannot be stopped, only fed.
        self._wdt = machine.WDT(timeout=timeout_ms)

    def wdt_feed(self):
        wdt = self._wdt
        if wdt is not None:
            wdt.feed()

    def reset(self, cause):
        try:
            with open(_CAUSE_FILE, "w") as f:
                f.write("%d" % cause)
        except OSError:
            pass
        machine.reset()
