# link.py: frames on the serial link: COBS + 0x00 delimiter, header, CRC-16/IBM-3740,
# and the reply cache that makes retransmitted commands harmless.
#
# Every per-byte loop here is a viper function (machine code on every port), and every
# buffer is allocated once, so receiving and sending frames does not touch the heap.
# Frame layout and CRC parameters come from the generated wire.py.
import micropython
from micropython import const

from orbitfw import wire

_MAX = const(512)  # wire.MAX_FRAME: decoded bytes
_MAX_WIRE = const(516)  # MAX_FRAME + one COBS byte per 254 + the code byte (as the host)
_CHUNK = const(256)
_SLOT = const(80)  # bytes per cached reply (wire form; a STATUS of 5 axes is 79); bigger ones are not cached
# The board answers a retransmission only of the 8 sequence numbers before the one it expects
# (loop.py: 8 or more behind, modulo 16); each of those was the last to use its slot seq % 8, so
# 8 slots keep every reply that can be asked for again (the host's window is at most 7).
_SLOTS = const(8)
_SLOT_MASK = const(7)
_VERSION_BITS = wire.PROTOCOL_VERSION << 4
PAYLOAD = const(2)  # payload offset in Link.frame and Link.tx
RX_WINDOW = const(4)  # commands the host may have in flight (IDENTIFY advertises it)


@micropython.viper
def _crc16(buf, n: int, table) -> int:
    # CRC-16/IBM-3740 of buf[0:n], MSB first, table-driven.
    p = ptr8(buf)
    t = ptr16(table)
    c = 0xFFFF
    i = 0
    while i < n:
        c = ((c << 8) ^ t[((c >> 8) ^ p[i]) & 0xFF]) & 0xFFFF
        i += 1
    return c


@micropython.viper
def _absorb(src, start: int, n: int, acc, fill: int, cap: int) -> int:
    # Copy src[start:n] into acc[fill:] up to the first 0x00 delimiter.
    # Returns pos | fill << 10 | found << 21 | overflow << 22, where pos is the index in
    # src after what was consumed. Bytes past ``cap`` are dropped and flagged.
    s = ptr8(src)
    a = ptr8(acc)
    i = start
    over = 0
    while i < n:
        b = s[i]
        i += 1
        if b == 0:
            return i | (fill << 10) | (1 << 21) | (over << 22)
        if fill < cap:
            a[fill] = b
            fill += 1
        else:
            over = 1
    return i | (fill << 10) | (over << 22)


@micropython.viper
def _cobs_decode(src, start: int, end: int, dst) -> int:
    # COBS-decode src[start:end] into dst; returns the length, or -1 if malformed.
    p = ptr8(src)
    d = ptr8(dst)
    r = start
    w = 0
    while r < end:
        code = p[r]
        if code == 0:
            return -1
        blk = r + code
        if blk > end:
            return -1
        r += 1
        while r < blk:
            d[w] = p[r]
            w += 1
            r += 1
        if code != 0xFF and r < end:
            d[w] = 0
            w += 1
    return w


@micropython.viper
def _cobs_encode(src, n: int, dst) -> int:
    # dst gets COBS(src[0:n]) + 0x00; returns its length.
    s = ptr8(src)
    d = ptr8(dst)
    code_at = 0
    w = 1
    code = 1
    i = 0
    while i < n:
        b = s[i]
        i += 1
        if b != 0:
            d[w] = b
            w += 1
            code += 1
            if code == 0xFF and i < n:  # a full block with more data to come
                d[code_at] = code
                code_at = w
                w += 1
                code = 1
        else:
            d[code_at] = code
            code_at = w
            w += 1
            code = 1
    d[code_at] = code
    d[w] = 0
    return w + 1


@micropython.viper
def _split_scan(enc, n: int, dec, table, after: int) -> int:
    # Decode the COBS run enc[0:n] into dec, keeping a running CRC of what is decoded. At
    # each block boundary past ``after``, test whether everything before it is a whole
    # frame (its last two bytes are the CRC of the rest). Returns the first such boundary
    # (its encoded position), or -1. One pass: O(n).
    p = ptr8(enc)
    d = ptr8(dec)
    t = ptr16(table)
    c = 0xFFFF
    j = 0  # dec[0:j] is in c
    r = 0
    w = 0
    while r < n:
        code = p[r]
        blk = r + code
        if code == 0 or blk > n:
            return -1
        r += 1
        while r < blk:
            d[w] = p[r]
            w += 1
            r += 1
        if r > after and w >= 4 and r < n - 3:
            while j < w - 2:
                c = ((c << 8) ^ t[((c >> 8) ^ d[j]) & 0xFF]) & 0xFFFF
                j += 1
            if c == d[w - 2] | d[w - 1] << 8:
                return r
        if code != 0xFF and r < n:
            d[w] = 0
            w += 1
    return -1


@micropython.viper
def _copy(dst, doff: int, src, n: int):
    d = ptr8(dst)
    s = ptr8(src)
    i = 0
    while i < n:
        d[doff + i] = s[i]
        i += 1


@micropython.viper
def _copy_out(dst, src, soff: int, n: int):
    d = ptr8(dst)
    s = ptr8(src)
    i = 0
    while i < n:
        d[i] = s[soff + i]
        i += 1


class Link:
    # One frame is decoded at a time into ``frame``; handlers read their payload from
    # frame[PAYLOAD:PAYLOAD + plen] and build replies in ``tx`` at PAYLOAD.

    def __init__(self, hal):
        self.hal = hal
        self._chunk = bytearray(_CHUNK)
        self._n = 0
        self._pos = 0
        self._acc = bytearray(_MAX_WIRE)  # the COBS bytes of the frame being received
        self._fill = 0
        self._over = False
        self._split = 0  # > 0: a second frame waits in _acc[_split:_split_end]
        self._split_end = 0
        self.frame = bytearray(_MAX_WIRE)  # the decoded frame being handled
        self.tx = bytearray(_MAX + 4)
        self._wire = bytearray(_MAX_WIRE + 4)
        self._table = wire.CRC_TABLE
        self._tseq = 0
        # the reply sent for each of the last 8 sequence numbers, in wire form, for retransmissions
        self._cache = bytearray(_SLOT * _SLOTS)
        self._slot_len = bytearray(_SLOTS)  # a reply of at most _SLOT bytes, 0: none
        # counters, reported in STATUS
        self.rx_frames = 0
        self.rx_bad = 0
        self.tx_frames = 0
        self.rx_split = 0  # frames recovered from a run whose delimiter was lost
        # the frame being handled
        self.msg = 0
        self.seq = 0
        self.version = 0
        self.plen = 0

    # --- receiving ------------------------------------------------------------------------
    def poll(self):
        # Advance the receiver. Returns 1 with msg/seq/plen set when a valid frame is
        # in ``frame``, -1 when a damaged frame with a readable seq was dropped (seq set),
        # 0 when the bytes that are here now hold no further frame.
        if self._split:
            start = self._split
            self._split = 0
            if self._decode(start, self._split_end) == 1:
                self.rx_frames += 1
                return 1
        while True:
            if self._pos >= self._n:
                self._n = self.hal.link_read(self._chunk)
                self._pos = 0
                if self._n == 0:
                    return 0
            r = _absorb(self._chunk, self._pos, self._n, self._acc, self._fill, _MAX_WIRE)
            self._pos = r & 0x3FF
            self._fill = (r >> 10) & 0x7FF
            if r & (1 << 22):
                self._over = True
            if not r & (1 << 21):
                continue
            n = self._fill
            self._fill = 0
            if self._over:
                self._over = False
                self.rx_bad += 1
                continue
            if n == 0:
                continue  # idle delimiter
            res = self._decode(0, n)
            if res == 1:
                self.rx_frames += 1
                return 1
            seq = self.seq
            if self._recover(n):
                self.rx_frames += 1
                return 1
            self.seq = seq
            self.rx_bad += 1
            if res < 0:
                return -1

    def _decode(self, start, end):
        # 1: a valid frame is in ``frame``; -1: CRC failed but seq was readable; 0: junk.
        f = self.frame
        n = _cobs_decode(self._acc, start, end, f)
        if n < 4:
            return 0
        self.seq = f[0] & 0x0F
        if _crc16(f, n - 2, self._table) != f[n - 2] | f[n - 1] << 8:
            return -1
        self.version = f[0] >> 4
        self.msg = f[1]
        self.plen = n - 4
        return 1

    def _recover(self, n):
        # A lost or damaged delimiter merges two frames into one run. A single scan finds
        # the block boundaries where everything before is a whole frame; only there is
        # the rest tried (with and without one damaged byte in between). Both halves must
        # pass their CRC, so this does not raise the odds of taking a damaged frame for a
        # good one, and junk costs one pass over the run.
        after = 0
        while True:
            # the scan decodes into ``frame``: it holds nothing yet, and _decode refills it
            b = _split_scan(self._acc, n, self.frame, self._table, after)
            if b < 0:
                return False
            for skip in (0, 1):
                if self._decode(b + skip, n) == 1 and self._decode(0, b) == 1:
                    self._split = b + skip
                    self._split_end = n
                    self.rx_split += 1
                    return True
            after = b

    # --- sending --------------------------------------------------------------------------
    def send(self, msg, seq, plen, cache=False, write=True):
        # Frame tx[PAYLOAD:PAYLOAD + plen] as ``msg`` and write it out. With ``cache``,
        # keep the wire bytes as the reply for ``seq``, for a retransmitted command.
        t = self.tx
        t[0] = _VERSION_BITS | (seq & 0x0F)
        t[1] = msg
        n = plen + 2
        c = _crc16(t, n, self._table)
        t[n] = c & 0xFF
        t[n + 1] = c >> 8
        m = _cobs_encode(t, n + 2, self._wire)
        if cache:
            s = seq & _SLOT_MASK
            if m <= _SLOT:
                _copy(self._cache, s * _SLOT, self._wire, m)
                self._slot_len[s] = m
            else:
                self._slot_len[s] = 0
        if write:
            self.hal.link_write(self._wire, m)
            self.tx_frames += 1

    def resend(self, seq):
        # Repeat the cached reply for ``seq``; False if there is none.
        s = seq & _SLOT_MASK
        m = self._slot_len[s]
        if not m:
            return False
        _copy_out(self._wire, self._cache, s * _SLOT, m)
        self.hal.link_write(self._wire, m)
        self.tx_frames += 1
        return True

    def forget(self):
        # Drop every cached reply: a retransmission of an earlier seq gets NOT_KEPT from now on.
        for i in range(_SLOTS):
            self._slot_len[i] = 0

    def next_tseq(self):
        s = self._tseq
        self._tseq = (s + 1) & 0x0F
        return s
