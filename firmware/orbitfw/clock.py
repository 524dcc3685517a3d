# clock.py: the board's time base, shared by the loop and the command handlers.
import time

from micropython import const

TICK_HZ = const(200)
PERIOD_US = const(5000)
PERIOD_MS = const(5)
CLOCK_MASK = const(0x3FFFFFFF)  # board time on the wire: us mod 2**30 on every port


def now_us():
    # ticks_us() wraps at 2**30 on 32-bit ports but 2**62 on 64-bit ones; mask to agree.
    # ticks are plain ints on every port; the stubs make them opaque to steer code to ticks_diff
    return time.ticks_us() & CLOCK_MASK  # pyright: ignore[reportOperatorIssue]
