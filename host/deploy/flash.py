"""`orbitrig flash`: build the firmware for the board at hand and install it atomically.

One session on the board's port, through mpremote's SerialTransport (raw REPL, raw-paste):

1. **reach the REPL.** A running firmware answers HELLO; it is disarmed if needed and the
   REPL command hands the port back. A board with no firmware is at its REPL already.
2. **probe.** MicroPython? Which .mpy version and native arch (``sys.implementation._mpy``),
   which platform, how much free flash (``os.statvfs``). Anything else is refused.
3. **plan.** Build for that arch (host/deploy/build.py) and compare by sha256 with the files on the
   board: the current build in ``app/`` and whatever an interrupted flash left in ``app.new/``.
4. **stage** into ``app.new/``, after checking there is room: files the board has are copied
   on the board, only the others are sent (base64 in raw-paste execs; a rich progress bar
   counts the bytes).
5. **verify** every file's sha256 on the board; replace boot.py / main.py if they changed
   (written beside, checked, renamed); then write ``BUILD`` and, last, ``READY``.
6. **switch** with a soft reset: boot.py renames ``app`` to ``app.old`` and ``app.new`` to
   ``app`` and puts the new build on trial (``app.trial``).
7. **confirm.** Once the new build answers HELLO with its id, the host deletes ``app.trial``
   and ``app.old``. A build that does not is rolled back: boot.py restores ``app.old`` on the
   next boot of an unconfirmed build, and the host forces that boot.

A flash cut short anywhere leaves a board that boots a complete build, old or new: see
firmware/boot.py and docs/flashing.md. ``ORBITRIG_FLASH_KILL_AT=<point>`` makes this process
SIGKILL itself at a named point (the names are in KILL_POINTS; ``send:<bytes>`` dies halfway
through the command that crosses that many bytes sent), for the tests that prove it.

Example:
    >>> report = flash_board("/dev/ttyACM0")                 # doctest: +SKIP
    >>> report.old_build, report.new_build, report.sent      # doctest: +SKIP
    ('3f2a9c01d4e5+g804a9fd', '9b1e77c2a0f3+g81c2d4e', ['orbitfw/motion.mpy'])
"""

from __future__ import annotations

import ast
import base64
import contextlib
import io
import os
import re
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

import serial

from orbitrig.protocol import framing
from orbitrig.protocol.messages import Msg

from ..errors import BoardSilent, CommandRefused, LinkLost, RigError
from ..link import HELLO_SHORT, Link, hello_frame, new_session, open_port
from ..rig import BoardInfo, Rig
from .build import Build, BuildError, MpyInfo, build_firmware, mpy_cross_version
from .firmware import BOARD_ARCH, ROOT_FILES, board_kind, firmware_tree, write_build

KILL_ENV = "ORBITRIG_FLASH_KILL_AT"
KILL_POINTS = (
    "handoff",  # the firmware has handed over the port
    "probe",  # the raw REPL answered the probe
    "staged",  # app.new/ prepared: stale files gone, unchanged ones copied on the board
    "sent",  # every changed file sent, none verified yet
    "root",  # app.new/ verified; a new boot.py / main.py written beside the old one, not renamed
    "verified",  # boot files in place, READY written into app.new/
    "switch",  # the soft reset that makes boot.py switch has been sent
    "trial",  # the new build answered HELLO, not confirmed yet
    "confirm",  # app.trial deleted, app.old not yet
    "done",  # confirmed, before the reboot into the confirmed build
)
CHUNK = 1536  # raw bytes per _w() call: 2 KiB of base64
EXEC_MAX = 8 * 1024  # command bytes per exec; small enough for the compiler on any board
BOOT_TIMEOUT = 10.0
SERIAL_TIMEOUT = 0.5  # pyserial read timeout under mpremote (its own timeouts sit on top)
META = ("BUILD", "READY")  # written by the board itself, not part of a build's files

# Helpers defined on the board once per session (MicroPython code, run in the REPL's globals).
# Every loop feeds the watchdog that the firmware left running (main.py keeps the HAL for it).
AGENT = """\
import os, hashlib, binascii
def _fd():
    h = globals().get('orbitrig_hal')
    if h is not None:
        try:
            h.wdt_feed()
        except Exception:
            pass
_B = bytearray(1024)
_M = memoryview(_B)
def _h(p):
    h = hashlib.sha256()
    with open(p, 'rb') as f:
        while True:
            n = f.readinto(_B)
            if not n:
                break
            h.update(_M[:n])
            _fd()
    return binascii.hexlify(h.digest()).decode()
def _ok(p):
    try:
        os.stat(p)
        return True
    except OSError:
        return False
def _rd(p):
    try:
        with open(p) as f:
            return f.read().strip()
    except OSError:
        return None
def _wt(p, t):
    with open(p, 'w') as f:
        f.write(t)
def _rm(p):
    try:
        os.remove(p)
    except OSError:
        pass
def _sync():
    s = getattr(os, 'sync', None)
    if s:
        s()
def _walk(d, pre=''):
    try:
        es = list(os.ilistdir(d))
    except OSError:
        return None
    out = {}
    for e in es:
        p = d + '/' + e[0]
        if e[1] == 0x4000:
            out.update(_walk(p, pre + e[0] + '/') or {})
        else:
            out[pre + e[0]] = (_h(p), os.stat(p)[6])
    return out
def _rmt(d):
    _rm(d + '/READY')
    for e in list(os.ilistdir(d)):
        p = d + '/' + e[0]
        if e[1] == 0x4000:
            _rmt(p)
        else:
            os.remove(p)
        _fd()
    os.rmdir(d)
def _mk(p):
    q = ''
    for part in p.split('/'):
        q = q + '/' + part if q else part
        if not _ok(q):
            os.mkdir(q)
def _cp(s, d):
    with open(s, 'rb') as fi:
        with open(d, 'wb') as fo:
            while True:
                n = fi.readinto(_B)
                if not n:
                    break
                fo.write(_M[:n])
                _fd()
_F = None
def _o(p):
    global _F
    _F = open(p, 'wb')
def _w(s):
    _F.write(binascii.a2b_base64(s))
    _fd()
def _c():
    global _F
    _F.close()
    _F = None
def _mv(s, d):
    try:
        os.rename(s, d)
    except OSError:
        _rm(d)
        os.rename(s, d)
def _inv(names):
    r = {'app': _walk('app'), 'new': _walk('app.new'), 'ready': _ok('app/READY'),
         'old': _ok('app.old/READY'), 'trial': _rd('app.trial'), 'build': _rd('app/BUILD'),
         'olddir': _ok('app.old'), 'flat': _ok('orbitfw'), 'root': {}}
    for n in names:
        if _ok(n):
            r['root'][n] = _h(n)
    print(repr(r))
def _stage(rm, dirs, cps):
    _rm('app.new/READY')
    _rm('app.new/BUILD')
    _mk('app.new')
    for p in rm:
        _rm('app.new/' + p)
    for p in dirs:
        _mk('app.new/' + p)
    for p in cps:
        _cp('app/' + p, 'app.new/' + p)
    _sync()
def _verify(exp):
    got = _walk('app.new') or {}
    bad = [n for n in exp if n not in got or got[n][0] != exp[n]]
    extra = [n for n in got if n not in exp and n not in ('BUILD', 'READY')]
    print(repr((bad, extra)))
def _ready(bid):
    _wt('app.new/BUILD', bid)
    _sync()
    _wt('app.new/READY', bid)
    _sync()
def _root(n, x):
    if _h(n + '.new') != x:
        print('bad')
        return
    _mv(n + '.new', n)
    _sync()
    print('ok')
def _tidy(stale):
    if _ok('app.old') and not _ok('app.trial'):
        _rmt('app.old')
    if _ok('app.new'):
        _rm('app.new/READY')
        _rm('app.new/BUILD')
        for p in stale:
            _rm('app.new/' + p)
            _fd()
    _rm('boot.py.new')
    _rm('main.py.new')
    _sync()
    s = os.statvfs('.')
    print((s[1] or s[0]) * (s[4] if s[4] <= s[2] else 0))
def _clean(old, leftovers):
    if old and _ok('app.old'):
        _rmt('app.old')
    for p in leftovers:
        _rm(p)
    try:
        os.rmdir('orbitfw')
    except OSError:
        pass
    _sync()
"""

# littlefs counts a full filesystem's blocks past its size, and statvfs then reports
# 2**32 - k free blocks: more free than there are blocks means none.
PROBE = """\
import sys, os
try:
    _s = os.statvfs('.')
    _v = (_s[1] or _s[0], _s[2], _s[4] if _s[4] <= _s[2] else 0)
except Exception:
    _v = (0, 0, 0)
print(repr((sys.implementation.name, tuple(sys.implementation.version)[:3],
            getattr(sys.implementation, '_mpy', -1), sys.platform, _v,
            bool(globals().get('ORBITRIG_SAFE_MODE')))))
"""

_DROP_STAGING = """\
try:
    _c()
except Exception:
    pass
if _ok('app.new'):
    _rmt('app.new')
"""


# --- errors ------------------------------------------------------------------------------------


class FlashError(RigError):
    """The flash did not complete; the message says what the board runs now."""

    exit_code = 8


class IncompatibleBoard(FlashError):
    """Not MicroPython, or a MicroPython whose .mpy version mpy-cross does not write."""

    exit_code = 5


class NoRoom(FlashError):
    """The board's flash cannot hold the staging copy next to the current build."""

    exit_code = 9


# --- the report --------------------------------------------------------------------------------


@dataclass
class FlashReport:
    """What a flash found and did; ``orbitrig flash --json`` prints it."""

    port: str
    platform: str = ""
    micropython: str = ""
    mpy: str = ""
    free_bytes: int | None = None
    old_build: str | None = None
    new_build: str = ""
    status: str = ""  # flashed | up-to-date | dry-run
    sent: list[str] = field(default_factory=list)  # app files sent, relative to app/
    root_sent: list[str] = field(default_factory=list)  # boot.py / main.py sent
    bytes_sent: int = 0  # file bytes (before base64)
    copied: list[str] = field(default_factory=list)  # copied from app/ on the board
    kept: list[str] = field(default_factory=list)  # already right in app.new/
    removed: list[str] = field(default_factory=list)  # stale files dropped from app.new/
    confirmed_earlier: bool = False  # the running build was on trial and got confirmed
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Plan:
    """Which build files go where; paths are relative to app/ (root files: to the root)."""

    send: list[str]
    copy: list[str]
    keep: list[str]
    remove: list[str]
    dirs: list[str]
    root: list[str]
    up_to_date: bool


def plan_update(build: Build, inventory: dict[str, Any]) -> Plan:
    """Compare a build with the board's inventory (``_inv`` output): what to send, what to copy
    on the board, what an interrupted flash already staged, what to delete from app.new/.

    >>> b = Build("sim", "x64", {"a.mpy": b"1", "b.mpy": b"2"}, "id", {"a.mpy": "h1", "b.mpy": "h2"})
    >>> p = plan_update(b, {"app": {"a.mpy": ("h1", 1)}, "new": {"x.mpy": ("h9", 1)}, "root": {}})
    >>> p.copy, p.send, p.remove
    (['a.mpy'], ['b.mpy'], ['x.mpy'])
    """
    current = {k: v[0] for k, v in (inventory.get("app") or {}).items() if k not in META}
    staged = {k: v[0] for k, v in (inventory.get("new") or {}).items() if k not in META}
    send, copy, keep = [], [], []
    for name in sorted(build.app):
        want = build.digests[name]
        if staged.get(name) == want:
            keep.append(name)
        elif current.get(name) == want:
            copy.append(name)
        else:
            send.append(name)
    remove = sorted(n for n in staged if n not in build.app)  # the others get overwritten
    dirs = sorted({n.rsplit("/", 1)[0] for n in build.app if "/" in n})
    root_have = inventory.get("root") or {}
    root = [n for n in sorted(build.root) if root_have.get(n) != build.digests[n]]
    up_to_date = (
        bool(inventory.get("ready"))
        and inventory.get("build") == build.build_id
        and current == {n: build.digests[n] for n in build.app}
        and not root
    )
    return Plan(send, copy, keep, remove, dirs, root, up_to_date)


def staging_need(build: Build, plan: Plan, block: int) -> int:
    """Bytes of flash that staging takes, counted in whole blocks as littlefs allocates them:
    every new file's blocks, two metadata blocks per directory, and two blocks of slack."""
    if block <= 0:
        return 0
    blocks = sum(-(-len(build.files[n]) // block) for n in plan.send + plan.copy)
    blocks += sum(-(-len(build.files[n]) // block) for n in plan.root)
    blocks += 2 * (1 + len(plan.dirs)) + 2
    return blocks * block


def leftover_flat_files(build: Build) -> list[str]:
    """Root-level copies of the build's modules from a flat source install, to delete once the
    build is confirmed (``orbitfw/loop.mpy`` -> ``orbitfw/loop.py``, ``orbitfw/loop.mpy``)."""
    out = []
    for name in build.app:
        stem = name[: -len(".mpy")] if name.endswith(".mpy") else name
        out += [stem + ".py", stem + ".mpy"]
    return sorted(set(out))


# --- the session -------------------------------------------------------------------------------


def _quiet() -> contextlib.AbstractContextManager[Any]:
    """mpremote prints what it read when it gives up; our errors are one line, so hide it."""
    return contextlib.redirect_stdout(io.StringIO())


def _restore(undo: Callable[[], object]) -> None:
    """Put a port setting back on the way out of a step. A board that has gone away makes that
    fail too, and its error must not replace the LinkLost already on its way to the user."""
    with contextlib.suppress(OSError, serial.SerialException):
        undo()


def _b64_lines(data: bytes) -> Iterator[tuple[str, int]]:
    for i in range(0, len(data), CHUNK):
        piece = data[i : i + CHUNK]
        yield f"_w('{base64.b64encode(piece).decode()}')\n", len(piece)
    if not data:
        yield "", 0


class FlashSession:
    """The board on one port: protocol handoff, raw REPL, and the on-board steps."""

    def __init__(self, port: str, timeout: float, say: Callable[[str], None]) -> None:
        from mpremote.transport import TransportError
        from mpremote.transport_serial import SerialTransport

        self.port = port
        self.timeout = timeout
        self.say = say
        self.kill_at = os.environ.get(KILL_ENV, "")
        self.sent_total = 0
        open_port(port).close()  # one-line PortNotFound / PortBusy before mpremote's generic error
        try:
            with _quiet():
                self.t = SerialTransport(port, baudrate=115200, timeout=SERIAL_TIMEOUT)
        except TransportError as e:
            raise RigError(f"cannot open {port}: {e}") from None
        self.in_repl = False
        # one host session for every HELLO of this flash: a firmware moving the rig for another
        # host stops it at the first (as handoff() would)
        self.session = new_session(HELLO_SHORT)
        self.restore = False  # a failure before the switch reboots into the firmware it stopped
        self.stale = False  # HELLOs may have reached a REPL: drain its answers before the raw REPL

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.t.close()

    # --- test hook ----------------------------------------------------------------------------
    def checkpoint(self, name: str) -> None:
        if self.kill_at == name:
            os.kill(os.getpid(), signal.SIGKILL)

    # --- the firmware side --------------------------------------------------------------------
    def who(self, timeout: float) -> str | None:
        """ "firmware" if a HELLO is answered, "repl" if a REPL shows, None if nothing does.

        The HELLO frame holds 0x01 (its message id), which is Ctrl-A to a REPL: a friendly or raw
        REPL answers it with the raw REPL banner, so neither side costs a timeout."""
        # a REPL acts on no byte of it but the Ctrl-A (new_session sees to that)
        hello = hello_frame(self.session, HELLO_SHORT)
        pk = framing.Packetizer()
        seen = b""
        ser = self.t.serial
        deadline = time.monotonic() + timeout
        resend = 0.0
        try:
            ser.timeout = 0.02
            while (now := time.monotonic()) < deadline:
                if now >= resend:
                    ser.write(hello)
                    resend = now + 0.025
                data = ser.read(max(1, ser.in_waiting))
                if not data:
                    continue
                for f in pk.feed(data):
                    if isinstance(f, framing.RawFrame) and f.msg == Msg.IDENTIFY:
                        return "firmware"
                seen = (seen + data)[-256:]
                if b"raw REPL" in seen or b">>> " in seen:
                    self.stale = True  # more banners may follow, one per 0x01 sent
                    return "repl"
        except (serial.SerialException, OSError) as e:
            raise LinkLost(f"lost the board on {self.port}: {e}") from None
        finally:
            _restore(lambda: setattr(ser, "timeout", SERIAL_TIMEOUT))
        self.stale = True
        return None

    def wait_boot(self, timeout: float, want: str) -> BoardInfo | str | None:
        """After a reset: the firmware's IDENTIFY once it answers with build ``want``, "repl" if
        the board ends up at its REPL (the build crashed), None if silent until ``timeout``."""
        deadline = time.monotonic() + timeout
        info = None
        while (left := deadline - time.monotonic()) > 0:
            seen = self.who(min(left, 0.5))
            if seen == "repl":
                return seen
            if seen == "firmware":
                info = self.hello(max(0.2, deadline - time.monotonic()), want)
                if info is not None and info.build_id == want:
                    return info
        return info

    def hello(self, timeout: float, want: str | None = None) -> BoardInfo | None:
        """HELLO until answered, with build id ``want`` if given, or ``timeout``; the last answer
        (maybe another build's), None if there was none."""
        fd = self.t.serial.fileno()
        rig = Rig(self._link(0.05))
        deadline = time.monotonic() + timeout
        info = None
        try:
            while time.monotonic() < deadline:
                try:
                    info = rig.hello(check=False)
                except BoardSilent:
                    continue
                if want is None or info.build_id == want:
                    return info
                time.sleep(0.05)
            return info
        finally:
            _restore(lambda: os.set_blocking(fd, True))

    def _link(self, timeout: float) -> Link:
        link = Link(self.t.serial, self.port, timeout=timeout)
        link.session = self.session
        return link

    def handoff(self) -> None:
        """Ask a running firmware for the port (the REPL command), disarming it first."""
        fd = self.t.serial.fileno()
        rig = Rig(self._link(max(1.0, self.timeout)))
        try:
            rig.hello(check=False)
            with contextlib.suppress(RigError, ValueError, KeyError):
                state = rig.status().state
                if state in ("MOVING", "JOGGING", "RUNNING"):
                    rig.stop()
                    state = rig.wait_idle(timeout=30).state
                if state == "HOLD":
                    rig.clear()
                    state = "DISARMED"
                if state == "IDLE":
                    self.say("disarming the board to flash it")
                    rig.disarm()
            rig.link.request(Msg.REPL)
            self.restore = True
        except CommandRefused as e:
            raise FlashError(
                f"the board refused to hand over its port ({e.reason}); boot it in safe mode "
                "(docs/flashing.md) and flash again"
            ) from None
        finally:
            _restore(lambda: os.set_blocking(fd, True))
        self.checkpoint("handoff")

    # --- the REPL side ------------------------------------------------------------------------
    def enter_raw(self, timeout: float) -> None:
        """Raw REPL, without a soft reset (that would count as a boot of a build on trial)."""
        from mpremote.transport import TransportError

        if self.stale:
            self.drain()
            self.stale = False
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            try:
                with _quiet():
                    self.t.enter_raw_repl(soft_reset=False, timeout_overall=max(0.05, min(0.5, left)))
                self.in_repl = True
                return
            except TransportError:
                if time.monotonic() >= deadline:
                    raise BoardSilent(
                        f"no MicroPython REPL answered on {self.port} within {timeout:g} s: not a "
                        "MicroPython board, or its firmware holds the port (see safe mode in docs/flashing.md)"
                    ) from None
            except (serial.SerialException, OSError) as e:
                raise LinkLost(f"lost the board on {self.port}: {e}") from None

    def load_agent(self) -> None:
        """Define the on-board helpers (AGENT); a soft reset clears them."""
        self.exec(AGENT, "loading the flash helpers")

    def drain(self, quiet: float = 0.02, limit: float = 1.0) -> None:
        """Read until the board has been quiet for ``quiet`` s: answers to bytes sent earlier
        (a REPL's banners for the 0x01 in a HELLO) must not be taken for the next answer."""
        ser = self.t.serial
        end = time.monotonic() + limit
        try:
            ser.timeout = quiet
            while time.monotonic() < end and ser.read(max(1, ser.in_waiting)):
                pass
        except (serial.SerialException, OSError) as e:
            raise LinkLost(f"lost the board on {self.port}: {e}") from None
        finally:
            _restore(lambda: setattr(ser, "timeout", SERIAL_TIMEOUT))

    def exec(self, code: str, what: str) -> str:
        """Run code in the raw REPL; its output, or FlashError with the board's last error line."""
        from mpremote.transport import TransportError, TransportExecError

        try:
            with _quiet():
                return self.t.exec(code).decode(errors="replace")
        except TransportExecError as e:
            lines = [ln.strip() for ln in e.error_output.splitlines() if ln.strip()]
            last = lines[-1] if lines else "error"
            if re.search(r"OSError: (\[Errno )?28\b|ENOSPC", last):
                raise NoRoom(f"the board's flash filled up while {what} ({last})") from None
            raise FlashError(f"the board failed while {what}: {last}") from None
        except TransportError as e:
            raise BoardSilent(f"the board stopped answering while {what}: {e}") from None
        except (serial.SerialException, OSError) as e:
            raise LinkLost(f"lost the board on {self.port} while {what}: {e}") from None

    def eval(self, code: str, what: str) -> Any:
        out = self.exec(code, what).strip().splitlines()
        try:
            return ast.literal_eval(out[-1])
        except (IndexError, ValueError, SyntaxError):
            raise FlashError(f"unexpected answer from the board while {what}: {out[-1:]!r}") from None

    def soft_reset(self) -> None:
        """Leave the raw REPL and soft-reset from the friendly one: boot.py, then main.py."""
        try:
            self.t.exit_raw_repl()
            self.t.serial.write(b"\x04")
            self.t.serial.flush()
            # Nothing more until the reboot shows: bytes that reach the old REPL could undo it.
            self.t.read_until(1, b"soft reboot\r\n", timeout=2, timeout_overall=5)
        except (serial.SerialException, OSError) as e:
            raise LinkLost(f"lost the board on {self.port}: {e}") from None
        self.in_repl = False
        self.restore = False

    def write_files(
        self, files: list[tuple[str, bytes]], advance: Callable[[int], None], what: str = "sending files"
    ) -> None:
        """Send files in as few raw-paste execs as EXEC_MAX allows."""
        batch: list[str] = []
        batch_bytes = 0
        size = 0

        def flush() -> None:
            nonlocal batch, batch_bytes, size
            if not batch:
                return
            code = "".join(batch)
            self._maybe_die_mid_send(code, batch_bytes)
            self.exec(code, what)
            self.sent_total += batch_bytes
            advance(batch_bytes)
            batch, batch_bytes, size = [], 0, 0

        for path, data in files:
            opener = f"_o({path!r})\n"
            batch.append(opener)
            size += len(opener)
            for line, n in _b64_lines(data):
                if size + len(line) > EXEC_MAX:
                    flush()
                batch.append(line)
                size += len(line)
                batch_bytes += n
            batch.append("_c()\n")
            size += 5
        flush()

    def _maybe_die_mid_send(self, code: str, n: int) -> None:
        if not self.kill_at.startswith("send:"):
            return
        at = int(self.kill_at.split(":", 1)[1])
        if self.sent_total <= at < self.sent_total + n:
            # Half a command on the wire, then gone: as if the cable came out mid-write.
            self.t.serial.write(code[: len(code) // 2].encode())
            self.t.serial.flush()
            os.kill(os.getpid(), signal.SIGKILL)


# --- the whole flash ---------------------------------------------------------------------------


def flash_board(
    port: str,
    *,
    timeout: float = 1.0,
    boot_timeout: float = BOOT_TIMEOUT,
    dry_run: bool = False,
    progress: bool = True,
    say: Callable[[str], None] | None = None,
) -> FlashReport:
    """Flash the firmware onto the board on ``port``; see the module docstring for the steps.

    Raises a RigError subclass (one line, for the CLI) on every failure.
    """
    say = say or (lambda line: None)
    t0 = time.monotonic()
    report = FlashReport(port)
    marks = [t0]

    def phase(name: str) -> None:
        now = time.monotonic()
        report.phases[name] = round(now - marks[-1], 4)
        marks.append(now)

    session = FlashSession(port, timeout, say)
    try:
        _run(session, report, phase, boot_timeout=boot_timeout, dry_run=dry_run, progress=progress, say=say)
    except BaseException:
        # Any failure before the switch, Ctrl-C and a stuck mpy-cross too: the old build, untouched,
        # runs again rather than leaving the board at its REPL.
        if session.restore and session.in_repl:
            with contextlib.suppress(RigError):
                session.soft_reset()
        raise
    finally:
        session.close()
    report.seconds = round(time.monotonic() - t0, 3)
    return report


def _run(
    s: FlashSession,
    report: FlashReport,
    phase: Callable[[str], None],
    *,
    boot_timeout: float,
    dry_run: bool,
    progress: bool,
    say: Callable[[str], None],
) -> None:
    # 1. the REPL: ask a running firmware for the port, else the board is at its REPL already
    running = None
    if s.who(s.timeout) == "firmware":
        running = s.hello(max(1.0, s.timeout))
        if running is not None:
            report.old_build = running.build_id
            s.handoff()
    s.enter_raw(s.timeout)
    phase("reach_repl")

    # 2. what the board is
    probe = s.eval(PROBE, "probing the board")
    name, version, sys_mpy, platform, (fs_block, _fs_blocks, fs_free), safe_mode = probe
    report.platform = platform
    report.micropython = ".".join(str(v) for v in version)
    if name != "micropython":
        raise IncompatibleBoard(f"the board on {s.port} runs {name} {report.micropython}, not MicroPython")
    _banner, want_ver, want_sub = mpy_cross_version()
    if sys_mpy < 0:
        raise IncompatibleBoard(f"MicroPython {report.micropython} on {s.port} cannot load .mpy files")
    mpy = MpyInfo.decode(sys_mpy)
    report.mpy = str(mpy)
    if (mpy.version, mpy.sub) != (want_ver, want_sub):
        raise IncompatibleBoard(
            f"the board loads mpy v{mpy.version}.{mpy.sub} (MicroPython {report.micropython}), mpy-cross "
            f"writes mpy v{want_ver}.{want_sub}: put MicroPython 1.29 on the board"
        )
    try:
        kind = board_kind(platform)
    except ValueError as e:
        raise IncompatibleBoard(str(e)) from None
    report.free_bytes = fs_free * fs_block if fs_block else None
    s.checkpoint("probe")
    s.load_agent()
    inventory = s.eval(f"_inv({list(ROOT_FILES)!r})", "listing the board's files")
    phase("probe")

    # 3. build and compare
    build = build_firmware(kind, BOARD_ARCH.get(kind, mpy.arch))
    report.new_build = build.build_id
    if report.old_build is None:
        report.old_build = inventory.get("build") if inventory.get("ready") else None
    plan = plan_update(build, inventory)
    phase("build")
    free = f", {_size(report.free_bytes)} free" if report.free_bytes is not None else ""
    say(f"board    {s.port}: MicroPython {report.micropython} {platform}, {mpy}{free}")
    old_text = report.old_build or ("flat source install" if inventory.get("flat") else "none")
    say(f"build    {old_text} -> {build.build_id}")

    # a build still on trial that answered HELLO with its own id has passed: confirm it
    trial = (inventory.get("trial") or "").split()
    if trial and running is not None and trial[0] == running.build_id == inventory.get("build"):
        s.exec("_rm('app.trial')\n_sync()", "confirming the running build")
        report.confirmed_earlier = True
        say(f"confirmed the running build {running.build_id} (an earlier flash ended before it could)")

    staged_ready = "READY" in (inventory.get("new") or {})
    if plan.up_to_date:
        report.status = "up-to-date"
        say(f"up to date: the board already runs {build.build_id}")
        if inventory.get("new") is not None:
            # an earlier flash staged another build; left there, the next boot would switch to it
            s.exec("_rmt('app.new')", "dropping a stale app.new")
            say("dropped the build an earlier flash had staged in app.new")
        if inventory.get("olddir"):
            # the build before this confirmed one, left by a flash cut short before deleting it
            # (kept while this one is still on trial: it is what a failed trial goes back to)
            s.exec("_tidy([])", "deleting the previous build")
        if running is not None or not safe_mode:
            s.soft_reset()  # back to the firmware (a flash cut short may have left it at the REPL)
            info = s.wait_boot(boot_timeout, build.build_id)
            if not isinstance(info, BoardInfo):
                raise FlashError(
                    f"the board holds {build.build_id} but it did not answer HELLO after a reboot"
                )
        return
    report.copied, report.kept, report.removed = plan.copy, plan.keep, plan.remove
    report.sent, report.root_sent = plan.send, plan.root
    report.bytes_sent = sum(len(build.files[n]) for n in plan.send + plan.root)
    need = staging_need(build, plan, fs_block)
    # files in app.new that this build does not keep as they are: deleted before the room is
    # counted (staging_need counts every file it sends or copies in full)
    stale = sorted(n for n in (inventory.get("new") or {}) if n not in plan.keep and n not in META)
    if dry_run:
        report.status = "dry-run"
        _say_plan(say, build, plan, would=True)
        if report.free_bytes is not None:
            sizes = inventory.get("new") or {}
            report.free_bytes += sum(-(-sizes[n][1] // fs_block) * fs_block for n in stale if fs_block)
        if report.free_bytes is not None and need > report.free_bytes:
            say(
                f"no room: staging needs {need // 1024} KiB, the board has {report.free_bytes // 1024} KiB free"
            )
        say("dry run: nothing sent")
        if staged_ready:
            say("the board stays at its REPL: app.new holds a verified build that a reboot would switch to")
        elif running is not None:
            s.soft_reset()
        return
    if report.free_bytes is not None:
        # The previous build of a confirmed one is garbage (a flash cut short before deleting
        # it), and so are the files an interrupted flash staged that this build does not keep:
        # counted as used, they would refuse every later flash on a board with little room.
        report.free_bytes = int(s.exec(f"_tidy({stale!r})", "tidying the flash").strip() or 0)
    if report.free_bytes is not None and need > report.free_bytes:
        if running is not None:
            s.soft_reset()
        raise NoRoom(
            f"not enough room on the board: staging the build needs {need // 1024} KiB, "
            f"{report.free_bytes // 1024} KiB free; the board still runs {old_text}"
        )

    _say_plan(say, build, plan, would=False)

    # 4. stage
    try:
        s.exec(f"_stage({plan.remove!r}, {plan.dirs!r}, {plan.copy!r})", "preparing app.new")
        s.checkpoint("staged")
        phase("stage")
        with _progress(progress, report.bytes_sent) as advance:
            s.write_files([("app.new/" + n, build.files[n]) for n in plan.send], advance)
            s.checkpoint("sent")
            phase("send")
            # 5. verify on the board
            expected = {n: build.digests[n] for n in build.app}
            bad, extra = s.eval(f"_verify({expected!r})", "verifying app.new")
            if bad or extra:
                raise FlashError(
                    f"verification on the board failed ({len(bad)} files differ, {len(extra)} unexpected: "
                    f"{', '.join((bad + extra)[:3])}); the board still runs {old_text}; flash again"
                )
            phase("verify")
            # boot.py and main.py (they serve every build): beside the old ones, checked, renamed
            if plan.root:
                s.write_files(
                    [(n + ".new", build.files[n]) for n in plan.root], advance, "sending boot files"
                )
                s.checkpoint("root")
                for n in plan.root:
                    if s.exec(f"_root({n!r}, {build.digests[n]!r})", f"replacing {n}").strip() != "ok":
                        raise FlashError(f"{n} did not arrive intact; the board still runs {old_text}")
            else:
                s.checkpoint("root")
            # READY last: from here on the next boot switches
            s.exec(f"_ready({build.build_id!r})", "marking app.new ready")
            s.checkpoint("verified")
    except NoRoom as e:
        with contextlib.suppress(RigError):
            s.exec(_DROP_STAGING, "removing app.new")
        raise NoRoom(f"{e}; app.new removed, the board still runs {old_text}") from None
    phase("root")
    if safe_mode:
        report.status = "staged"
        say(
            f"the board is in safe mode: {build.build_id} is staged and verified; release the safe-mode "
            "pin and reset the board to start it, then run `orbitrig flash` again to confirm it"
        )
        return

    # 6. switch: boot.py does it on the soft reset
    s.soft_reset()
    s.checkpoint("switch")
    info = s.wait_boot(boot_timeout, build.build_id)
    phase("switch")
    if isinstance(info, BoardInfo) and info.build_id != build.build_id:
        raise FlashError(f"the board did not switch to {build.build_id}: it answers HELLO as {info.build_id}")
    if not isinstance(info, BoardInfo):
        _roll_back(s, build, report, boot_timeout, old_text, crashed=info == "repl")
    s.checkpoint("trial")

    # 7. confirm, then restart into the confirmed build
    s.handoff()
    s.enter_raw(s.timeout)
    s.load_agent()
    s.exec("_rm('app.trial')\n_sync()", "confirming the new build")
    s.checkpoint("confirm")
    leftovers = leftover_flat_files(build) if inventory.get("flat") else []
    s.exec(f"_clean(True, {leftovers!r})", "deleting the previous build")
    s.checkpoint("done")
    s.soft_reset()
    info = s.wait_boot(boot_timeout, build.build_id)
    if not isinstance(info, BoardInfo):
        raise FlashError(f"build {build.build_id} is confirmed but did not answer HELLO after its reboot")
    phase("confirm")
    report.status = "flashed"


def _roll_back(
    s: FlashSession, build: Build, report: FlashReport, boot_timeout: float, old_text: str, *, crashed: bool
) -> None:
    """The new build did not answer: one more boot of an unconfirmed build makes boot.py go back."""
    if crashed:
        what = f"build {build.build_id} stopped at the REPL instead of answering HELLO (it crashed)"
    else:
        what = f"build {build.build_id} did not answer HELLO within {boot_timeout:g} s"
    if report.old_build is None:
        raise FlashError(f"{what}, and the board has no previous build to go back to")
    try:
        s.enter_raw(s.timeout)
        s.soft_reset()
    except RigError:
        raise FlashError(
            f"{what} and its REPL does not answer: power-cycle the board and it goes back to {old_text}"
        ) from None
    back = s.wait_boot(boot_timeout, report.old_build)
    if not isinstance(back, BoardInfo) or back.build_id != report.old_build:
        raise FlashError(f"{what}; the board did not come back with {old_text} either: power-cycle it")
    raise FlashError(f"{what}; rolled back, the board runs {old_text} again")


def _size(n: int) -> str:
    """A size for people.

    >>> _size(181248), _size(85202771968)
    ('177 KiB', '79.4 GiB')
    """
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20)):
        if n >= 10 * scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n // 1024} KiB"


def _say_plan(say: Callable[[str], None], build: Build, plan: Plan, *, would: bool) -> None:
    def verb(v: str) -> str:
        return f"{'would ' + v if would else v:<10}"

    for n in plan.root + plan.send:
        say(f"{verb('send')} {n} ({len(build.files[n]):,} bytes)")
    if not plan.root + plan.send:
        say(f"{verb('send')} nothing: every file is on the board already")
    if plan.copy:
        say(f"{verb('copy')} {len(plan.copy)} unchanged files on the board")
    if plan.keep:
        say(f"{verb('keep')} {len(plan.keep)} files an earlier flash staged")
    if plan.remove:
        say(f"{verb('drop')} {', '.join(plan.remove)} from app.new")


@contextlib.contextmanager
def _progress(show: bool, total: int) -> Iterator[Callable[[int], None]]:
    """A rich progress bar of bytes sent, on stderr when it is a terminal."""
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    console = Console(stderr=True)
    if not show or not console.is_terminal or total == 0:
        yield lambda n: None
        return
    with Progress(
        TextColumn("sending"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("send", total=total)
        yield lambda n: bar.advance(task, n)


__all__ = [
    "BuildError",
    "FlashError",
    "FlashReport",
    "IncompatibleBoard",
    "KILL_POINTS",
    "NoRoom",
    "flash_board",
    "plan_update",
]


# --- benchmark ---------------------------------------------------------------------------------


def measure_flash(rounds: int = 3) -> dict[str, Any]:
    """Medians over ``rounds``, each step a CLI run as a user types it, on emulated boards:
    ``flash_full_s`` (a blank board to a confirmed build), ``flash_incremental_s`` (one changed
    module), and ``mpremote_cp_s`` (``mpremote cp -r`` of the same compiled files onto a blank
    board of the same kind: no checks, no switch, no reboot). The build cache is warm.
    ``flash_incremental_in_process_s`` is flash_board() alone, without the CLI's start-up."""
    import shutil
    import statistics
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    from ..boards.emulator import Emulator
    from .firmware import firmware_dir

    cli = [sys.executable, "-m", "orbitrig.host.cli", "flash", "--port"]
    mpremote = [sys.executable, "-m", "mpremote", "connect"]

    def timed(cmd: list[str], env: dict[str, str] | None = None, cwd: str | None = None) -> float:
        t0 = time.perf_counter()
        done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
        elapsed = time.perf_counter() - t0
        if done.returncode != 0:
            raise RigError(f"flash bench: {' '.join(cmd[2:4])} failed: {done.stderr.strip()[-200:]}")
        return elapsed

    full, incremental, copy, in_process = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="orbitrig-flashbench-") as tmp:
        base = Path(tmp) / "fw"
        shutil.copytree(firmware_dir(), base, ignore=shutil.ignore_patterns("__pycache__"))
        changed = Path(tmp) / "fw-changed"
        shutil.copytree(base, changed)
        with open(changed / "orbitfw" / "clock.py", "a") as f:
            f.write("FLASH_BENCH = 1  # one changed module\n")
        envs = [{**os.environ, "ORBITRIG_FIRMWARE_DIR": str(d)} for d in (base, changed)]
        with firmware_tree(changed):
            build_firmware("sim", "x64")  # warm the cache for both trees
        with firmware_tree(base):
            build = build_firmware("sim", "x64")
        stage = Path(tmp) / "stage"
        write_build(build.files, stage)
        for _ in range(rounds):
            with Emulator() as ours, Emulator() as theirs:
                full.append(timed([*cli, ours.port], envs[0]))
                for i in (1, 0):
                    incremental.append(timed([*cli, ours.port], envs[i]))
                for tree in (changed, base):  # the same, without Python starting and importing
                    with firmware_tree(tree):
                        t0 = time.perf_counter()
                        flash_board(ours.port, progress=False)
                        in_process.append(time.perf_counter() - t0)
                copy.append(
                    timed(
                        [*mpremote, theirs.port, "resume", "cp", "-r", "app", *ROOT_FILES, ":."],
                        cwd=str(stage),
                    )
                )
    return {
        "flash_full_s": round(statistics.median(full), 3),
        "flash_incremental_s": round(statistics.median(incremental), 3),
        "mpremote_cp_s": round(statistics.median(copy), 3),
        "flash_incremental_target_s": 1.0,
        "flash_incremental_in_process_s": round(statistics.median(in_process), 3),
        "flash_bytes_full": build.size,
    }
