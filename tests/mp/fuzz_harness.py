# fuzz_harness.py: runs under the MicroPython unix port and feeds fuzzed byte streams to
# the firmware's own frame decoder (orbitfw.link.Link) and dispatcher (orbitfw.loop.Board)
# for tests/test_fuzz.py. One Link and one Board live for the whole process, so the test
# can watch the heap across many inputs.
# Protocol: one JSON object per line on stdin, one JSON reply per line on stdout.
#   {"op": "reset", "axes": [[name, kind, unit, min, max, vmax, amax, cal_lo, cal_hi], ...]}
#   {"op": "link", "chunks": ["hex", ...]}
#       -> {"frames": [[version, seq, msg, payload hex], ...], "bad": n, "polls": n, ...}
#   {"op": "board", "chunks": ["hex", ...], "ticks": [n, ...], "ping": token}
#       every chunk is read and serviced, then ticks[i] control ticks run; with "ping",
#       an idle delimiter and a PING carrying ``token`` follow, as the next sequenced
#       command, and "ping_out" is what the board wrote for them.
#       -> {"out": hex, "ping_out": hex, "handled": n, ...}
#   {"op": "mem"}  -> the heap after a collection
#   {"op": "volume", "kind": "link"|"board", "seed": n, "count": n}
#       makes ``count`` inputs here, from ``seed`` (no pipe per input: fuzz/volume.py runs a
#       hundred thousand this way), and checks each as the tests do -> {"done": n} or
#       {"done": k, "fail": reason, "input": hex} at the first input that breaks a check
# Every reply has "exc": null or the text of an exception that escaped the firmware, and
# "alloc" / "free": gc.mem_alloc() / gc.mem_free() right after gc.collect().
import gc
import json
import random
import sys
import time

sys.path.insert(0, sys.argv[1])  # the firmware dir

from orbitfw import wire  # noqa: E402
from orbitfw.link import PAYLOAD, Link  # noqa: E402
from orbitfw.loop import Board  # noqa: E402

_CRC_TABLE = wire.CRC_TABLE


def _noop(*args):
    return 0


class _Hal:
    # The link reads one queued chunk (up to len(buf)) per link_read, as a UART hands
    # over what has arrived; writes are kept until the reply is sent. Axes follow their
    # command at once. A HAL method not modelled here is a no-op returning 0 (its name is
    # kept in ``unknown``), so fuzzing goes on while the HAL interface grows.
    BOARD_KIND = wire.BOARD_SIM
    TRIGGER_LINES = 4
    CAMERA_LINE = 0
    SHOT_WORDS = 1024
    EDGE_LEAD_US = 0
    NAP_NEAR_US = 300
    LINK_WAIT_US = False  # no link_wait_us(): the loop waits with link_wait(ms) and naps
    SLEEP_WHEN_STILL = False

    def camera_confirm(self):
        return -1  # no camera: never a confirmation

    def trigger(self, line, level, t_us):
        return t_us  # the edge's report: when the line changed

    def __getattr__(self, name):
        self.unknown[name] = 1
        return _noop

    def __init__(self, axes):
        self._axes = axes
        self.chunks = []
        self._ci = 0
        self._co = 0
        self.out = bytearray()
        self.cmd = [0] * len(axes)
        self.reads = 0
        self.unknown = {}

    def feed(self, chunk):
        if chunk:
            self.chunks.append(chunk)

    def link_read(self, buf):
        self.reads += 1
        if self._ci >= len(self.chunks):
            self.chunks = []
            self._ci = 0
            return 0
        c = self.chunks[self._ci]
        n = len(c) - self._co
        if n > len(buf):
            n = len(buf)
        o = self._co
        for i in range(n):
            buf[i] = c[o + i]
        self._co = o + n
        if self._co >= len(c):
            self._ci += 1
            self._co = 0
        return n

    def link_write(self, buf, n):
        self.out.extend(buf[:n])

    def axes(self):
        return self._axes

    def configure_axis(self, i, vmax, tick_hz, amax=0):
        pass

    def reset_cause(self):
        return 0

    def state_changed(self, new, old, t_us):
        pass

    def set_outputs(self, on, t_us):
        pass

    def set_axis(self, i, pos):
        self.cmd[i] = pos

    def axis_pos(self, i):
        return self.cmd[i]

    def home_switch(self, i):
        return self.cmd[i] <= 0

    def estop(self, hold, t_us):
        pass

    def calibrate(self, i, lo, hi, cal_lo, cal_hi, invert):
        pass

    def note_rx(self, msg, seq, t_us):
        pass

    def tick(self, t_us):
        pass

    def wdt_feed(self):
        pass

    def link_wait(self, ms):
        pass


def _crc(buf, n):
    c = 0xFFFF
    t = _CRC_TABLE
    for i in range(n):
        j = ((c >> 8) ^ buf[i]) & 0xFF
        c = ((c << 8) ^ (t[2 * j] | t[2 * j + 1] << 8)) & 0xFFFF
    return c


def _cobs(data):
    out = bytearray(1)
    code_at = 0
    code = 1
    last = len(data) - 1
    for i in range(len(data)):
        b = data[i]
        if b:
            out.append(b)
            code += 1
            if code == 0xFF and i < last:
                out[code_at] = code
                code_at = len(out)
                out.append(0)
                code = 1
        else:
            out[code_at] = code
            code_at = len(out)
            out.append(0)
            code = 1
    out[code_at] = code
    out.append(0)
    return bytes(out)


def _frame(seq, msg, payload):
    body = bytearray([wire.PROTOCOL_VERSION << 4 | (seq & 0x0F), msg]) + payload
    c = _crc(body, len(body))
    body.append(c & 0xFF)
    body.append(c >> 8)
    return _cobs(body)


def _buffers(link):
    # the fixed buffers of a Link: (name, object) - they must never be replaced or resized
    return (
        ("_chunk", link._chunk),
        ("_acc", link._acc),
        ("frame", link.frame),
        ("tx", link.tx),
        ("_wire", link._wire),
        ("_cache", link._cache),
    )


class Fuzz:
    def __init__(self):
        self.axes = None
        self.reset(None)

    def reset(self, axes):
        if axes is not None:
            self.axes = tuple(tuple(a) for a in axes)
        axes = self.axes or (("pan", 0, 0, -170000, 170000, 180000, 720000, 500, 2500),)
        self.lhal = _Hal(axes)
        self.link = Link(self.lhal)
        self.bhal = _Hal(axes)
        self.board = Board(self.bhal)
        self.sizes = [(k, len(b)) for k, b in _buffers(self.link)]
        self.bsizes = [(k, len(b)) for k, b in _buffers(self.board.link)]
        self.ids = [id(b) for k, b in _buffers(self.link)]
        self.bids = [id(b) for k, b in _buffers(self.board.link)]
        return {}

    def _check_link(self, link, sizes, ids):
        bufs = _buffers(link)
        bad = []
        for i in range(len(bufs)):
            k, b = bufs[i]
            if len(b) != sizes[i][1] or id(b) != ids[i]:
                bad.append(k)
        if not 0 <= link._fill <= len(link._acc):
            bad.append("_fill=%d" % link._fill)
        if not 0 <= link._pos <= link._n <= len(link._chunk):
            bad.append("_pos=%d _n=%d" % (link._pos, link._n))
        return bad

    def run_link(self, req):
        hal = self.lhal
        link = self.link
        for h in req["chunks"]:
            hal.feed(bytes.fromhex(h))
        frames = []
        bad = 0
        polls = 0
        exc = None
        try:
            while True:
                polls += 1
                r = link.poll()
                if r == 0:
                    break
                if r < 0:
                    bad += 1
                    continue
                f = link.frame
                frames.append(
                    [link.version, link.seq, link.msg, bytes(f[PAYLOAD : PAYLOAD + link.plen]).hex()]
                )
        except Exception as e:
            exc = "%s: %s" % (type(e).__name__, e)
        hal.chunks = []
        hal._ci = 0
        hal._co = 0
        return {
            "frames": frames,
            "bad": bad,
            "polls": polls,
            "rx_frames": link.rx_frames,
            "rx_bad": link.rx_bad,
            "rx_split": link.rx_split,
            "broken": self._check_link(link, self.sizes, self.ids),
            "exc": exc,
        }

    def run_board(self, req):
        hal = self.bhal
        board = self.board
        ticks = req.get("ticks") or []
        handled = 0
        exc = None
        hal.out = bytearray()
        ping_out = ""
        t = time.ticks_us() & 0x3FFFFFFF
        try:
            chunks = req["chunks"]
            for i in range(len(chunks)):
                hal.feed(bytes.fromhex(chunks[i]))
                handled += board.service()
                for _ in range(ticks[i] if i < len(ticks) else 0):
                    t = (t + 5000) & 0x3FFFFFFF
                    board.tick(t)
            handled += board.service()
            if "ping" in req:
                # an idle delimiter ends what was half-received (it may complete a frame
                # that then runs and takes a sequence number); then the PING
                hal.feed(b"\x00")
                handled += board.service()
                out = hal.out
                hal.out = bytearray()
                token = req["ping"]
                payload = bytes(
                    [token & 0xFF, (token >> 8) & 0xFF, (token >> 16) & 0xFF, (token >> 24) & 0xFF]
                )
                hal.feed(_frame(board.rx_next, wire.MSG_PING, payload))
                handled += board.service()
                ping_out = bytes(hal.out).hex()
                hal.out = out
        except Exception as e:
            exc = "%s: %s" % (type(e).__name__, e)
        hal.chunks = []
        hal._ci = 0
        hal._co = 0
        out = bytes(hal.out).hex()
        hal.out = bytearray()
        return {
            "out": out,
            "ping_out": ping_out,
            "handled": handled,
            "state": board.state,
            "rx_next": board.rx_next,
            "broken": self._check_link(board.link, self.bsizes, self.bids),
            "exc": exc,
        }


# --- volume: inputs made and checked in the VM -------------------------------------------------
_HOST_MSGS = (
    1,
    5,
    8,
    9,
    0x10,
    0x12,
    0x20,
    0x21,
    0x22,
    0x23,
    0x24,
    0x25,
    0x26,
    0x27,
    0x28,
    0x30,
    0x32,
    0x40,
    0x50,
    0x51,
    0x52,
    0x53,
    0x56,
    0x58,
)


def _rbytes(n, zeros):
    # n random bytes; with ``zeros`` every byte may be 0, else none is (a run with no delimiter)
    out = bytearray(n)
    for i in range(n):
        b = random.getrandbits(8)
        out[i] = b if zeros or b else 1
    return out


def _mutate(data):
    data = bytearray(data)
    for _ in range(random.getrandbits(2)):
        if not data:
            break
        k = random.getrandbits(3)
        i = random.getrandbits(16) % len(data)
        if k == 0:
            data[i] ^= 1 << random.getrandbits(3)  # bit flip
        elif k == 1:
            data = data[:i]  # cut short
        elif k == 2:
            data = data[:i] + data[i + 1 :]  # a byte lost
        elif k == 3:
            data = data[:i] + bytes([random.getrandbits(8)]) + data[i:]  # a byte added
        elif k == 4:
            data = data[:i] + b"\x00" + data[i:]  # a delimiter added
        elif k == 5:
            j = data.find(b"\x00", i)
            if j >= 0:
                data = data[:j] + data[j + 1 :]  # a delimiter lost
        elif k == 6:
            data = data[:i] + data[i : i + 64] + data[i:]  # a chunk twice
        else:
            data = data[:i] + _rbytes(200 + random.getrandbits(10) % 1000, False) + data[i:]  # long run
    return data


def _frames(n, seq):
    out = bytearray()
    for _ in range(n):
        msg = (
            _HOST_MSGS[random.getrandbits(8) % len(_HOST_MSGS)]
            if random.getrandbits(3)
            else random.getrandbits(8)
        )
        s = seq if random.getrandbits(2) else random.getrandbits(4)
        seq = (seq + 1) & 0x0F
        out += _frame(s, msg, _rbytes(random.getrandbits(6), True))
    return out


def _gen(seq):
    if random.getrandbits(2) == 0:
        return _rbytes(random.getrandbits(10) % 600, random.getrandbits(1))
    return _mutate(_frames(1 + random.getrandbits(2), seq))


def _chunked(hal, data):
    i = 0
    while i < len(data):
        n = 1 + random.getrandbits(9) % 300
        hal.feed(bytes(data[i : i + n]))
        i += n


def _uncobs(data):
    out = bytearray()
    i = 0
    while i < len(data):
        code = data[i]
        if code == 0 or i + code > len(data):
            return None
        out += data[i + 1 : i + code]
        i += code
        if code != 0xFF and i < len(data):
            out.append(0)
    return out


def _vol_link(fz, data):
    hal = fz.link_hal_for_volume
    link = fz.link
    _chunked(hal, data)
    hal.feed(b"\x00")
    for _ in range(len(data) + 16):
        r = link.poll()
        if r == 0:
            break
        if r == 1:
            f = link.frame
            n = link.plen + 2
            if _crc(f, n) != f[n] | f[n + 1] << 8:
                return "a frame reported with a CRC that does not match"
            if link.msg != f[1] or link.seq != f[0] & 0x0F or link.version != f[0] >> 4 or n + 2 > 520:
                return "a frame reported with fields that are not its own"
        elif r != -1:
            return "poll() returned %r" % r
    else:
        return "poll() did not run out of frames"
    bad = fz._check_link(link, fz.sizes, fz.ids)
    if bad:
        return "buffers changed: %s" % bad
    if link._fill or link._over:
        return "bytes held after the delimiter that ends them"
    return None


def _vol_board(fz, data):
    hal = fz.bhal
    board = fz.board
    hal.out = bytearray()
    _chunked(hal, data)
    for _ in range(len(data) + 16):
        if not board.service() and hal._ci >= len(hal.chunks):
            break
    if random.getrandbits(2) == 0:
        t = time.ticks_us() & 0x3FFFFFFF
        for _ in range(1 + random.getrandbits(5)):
            t = (t + 5000) & 0x3FFFFFFF
            board.tick(t)
    hal.feed(b"\x00")
    board.service()
    token = random.getrandbits(30)
    hal.feed(
        _frame(
            board.rx_next,
            wire.MSG_PING,
            bytes([token & 0xFF, token >> 8 & 0xFF, token >> 16 & 0xFF, token >> 24]),
        )
    )
    board.service()
    pong = False
    for raw in bytes(hal.out).split(b"\x00"):
        if not raw:
            continue
        f = _uncobs(raw)
        if f is None or len(f) < 4 or _crc(f, len(f) - 2) != f[-2] | f[-1] << 8:
            return "the board wrote a damaged frame"
        if f[1] == wire.MSG_NACK and f[3] == wire.ERR_INTERNAL:
            return "a handler raised: %s" % bytes(f[5 : 5 + f[4]])
        if f[1] == wire.MSG_PONG and f[2] | f[3] << 8 | f[4] << 16 | f[5] << 24 == token:
            pong = True
    if not pong:
        return "no PONG for the PING after the input"
    bad = fz._check_link(board.link, fz.bsizes, fz.bids)
    if bad:
        return "buffers changed: %s" % bad
    return None


def run_volume(fz, req):
    random.seed(req["seed"])
    check = _vol_link if req["kind"] == "link" else _vol_board
    fz.link_hal_for_volume = fz.lhal
    for k in range(req["count"]):
        data = _gen(fz.board.rx_next)
        try:
            why = check(fz, data)
        except Exception as e:
            why = "%s: %s" % (type(e).__name__, e)
        fz.lhal.chunks = []
        fz.lhal._ci = 0
        fz.lhal._co = 0
        fz.bhal.chunks = []
        fz.bhal._ci = 0
        fz.bhal._co = 0
        if why:
            return {"done": k, "fail": why, "input": bytes(data).hex()}
        if k % 256 == 255:
            gc.collect()
    return {"done": req["count"]}


def main():
    fz = Fuzz()
    while True:
        line = sys.stdin.readline()
        if not line:
            break
        req = json.loads(line)
        op = req.get("op")
        try:
            if op == "link":
                rep = fz.run_link(req)
            elif op == "board":
                rep = fz.run_board(req)
            elif op == "reset":
                rep = fz.reset(req.get("axes"))
            elif op == "mem":
                rep = {}
            elif op == "volume":
                rep = run_volume(fz, req)
            else:
                rep = {"error": "unknown op %s" % op}
        except Exception as e:
            rep = {"error": "%s: %s" % (type(e).__name__, e)}
        req = None
        line = None
        gc.collect()
        rep["alloc"] = gc.mem_alloc()
        rep["free"] = gc.mem_free()
        sys.stdout.write(json.dumps(rep))
        sys.stdout.write("\n")


main()
