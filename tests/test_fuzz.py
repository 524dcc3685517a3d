"""Fuzzing every frame decoder on both ends of the link.

- The firmware's decoder (orbitfw.link.Link.poll) and dispatcher (orbitfw.loop.Board.service)
  under CPython through tests/fwshim.py, and again on the real MicroPython VM through
  tests/mp/fuzz_harness.py.
- The host's decoder: framing.Packetizer + codec.decode, and host.link.Link._feed.

Inputs: random bytes, and streams of valid frames that are then damaged (bit flips,
truncations, insertions, duplicated chunks, inserted or lost delimiters, long runs without
a delimiter), fed in random chunkings. Properties: no exception escapes, buffers stay their
size, memory does not grow, the board still answers a PING, and the two decoders agree.

Every test counts the inputs it tried; the counts are printed in a "fuzz inputs tried"
section of the pytest summary and recorded as the ``inputs_tried`` property (JUnit XML).
ORBITRIG_FUZZ_SCALE=10 runs ten times as many examples (default 1: the file takes ~40 s on
two cores); ORBITRIG_FUZZ_COUNTS=path appends the counts there as JSON lines.

Tests named ``test_regression_*`` pin bugs that fuzzing found and that are fixed (see
docs/fuzzing.md): each fails if its bug comes back. fuzz/volume.py runs the same kinds of
input at volume (`make fuzz`: a million inputs).
"""

from __future__ import annotations

import builtins
import gc
import importlib.util
import json
import os
import random
import re
import struct
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fwshim
import pytest
from hostlinkfix import check_host_feed, host_link, link_buffers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mpchild import MicroPythonChild

from orbitrig.host import link as hostlink
from orbitrig.protocol import codec, framing
from orbitrig.protocol.crc import crc16
from orbitrig.protocol.layout import layouts
from orbitrig.protocol.messages import BOARD_TO_HOST, HOST_TO_BOARD, ErrorCode, Msg

from strategies import fields_for

HERE = Path(__file__).resolve().parent
FW_DIR = fwshim.fuzz_firmware_dir()  # $ORBITRIG_FUZZ_FIRMWARE, else the installed tree
ROOT = HERE.parent
SCALE = float(os.environ.get("ORBITRIG_FUZZ_SCALE", "1"))
MAX_WIRE = framing.Packetizer()._max_wire  # 516: the host's longest run between delimiters
FW_MAX_WIRE = 520  # firmware/orbitfw/link.py _MAX_WIRE
V = 1  # protocol version


def examples(n: int) -> int:
    return max(1, int(n * SCALE))


def fuzz_settings(n: int, **kw: Any) -> settings:
    return settings(
        max_examples=examples(n),
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
        **kw,
    )


# --- counting what was tried --------------------------------------------------------------
COUNTS: dict[str, tuple[int, float]] = {}
_PLUGIN = "orbitrig-fuzz-summary"


class _FuzzSummary:
    """Adds a "fuzz inputs tried" section to the terminal summary."""

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if not COUNTS:
            return
        terminalreporter.section("fuzz inputs tried")
        total = 0
        for name, (n, dt) in COUNTS.items():
            terminalreporter.write_line(f"{n:8d} inputs in {dt:6.1f} s  {name}")
            total += n
        terminalreporter.write_line(f"{total:8d} inputs in total")


class Tally:
    def __init__(self, name: str) -> None:
        self.name = name
        self.n = 0
        self.t0 = time.perf_counter()

    def hit(self, k: int = 1) -> None:
        self.n += k


@pytest.fixture
def tally(request: pytest.FixtureRequest, record_property: Any) -> Iterator[Tally]:
    pm = request.config.pluginmanager
    if pm.get_plugin(_PLUGIN) is None:
        pm.register(_FuzzSummary(), _PLUGIN)
    t = Tally(request.node.name)
    yield t
    dt = time.perf_counter() - t.t0
    COUNTS[t.name] = (t.n, dt)
    record_property("inputs_tried", t.n)
    record_property("fuzz_seconds", round(dt, 2))
    print(f"{t.name}: {t.n} inputs tried in {dt:.1f} s")
    path = os.environ.get("ORBITRIG_FUZZ_COUNTS")
    if path:
        with open(path, "a") as f:
            f.write(json.dumps({"test": t.name, "inputs": t.n, "seconds": round(dt, 2)}) + "\n")


# --- the shimmed firmware -----------------------------------------------------------------
@pytest.fixture(autouse=True)
def _scratch_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The firmware treats its working directory as the board's flash (BUILD, saved
    # configuration): fuzzed commands must not write into the checkout.
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="module")
def fw() -> fwshim.Firmware:
    try:  # the simulator's axes, when its HAL imports under CPython
        return fwshim.load(with_hal_sim=True)
    except ImportError:
        return fwshim.load()


def axes_of(fw: fwshim.Firmware) -> tuple[tuple[Any, ...], ...]:
    return tuple(tuple(a) for a in fw.modules["orbitfw.config"].AXES)


def test_fake_hal_has_the_firmware_axes(fw: fwshim.Firmware) -> None:
    assert fwshim.FakeHal.AXES == axes_of(fw)


def check_link_state(link: Any, before: dict[str, tuple[int, int]]) -> None:
    assert link_buffers(link) == before, "a Link buffer was replaced or resized"
    assert 0 <= link._fill <= len(link._acc)
    assert 0 <= link._pos <= link._n <= len(link._chunk)
    assert 0 <= link._split < len(link._acc) and link._split_end <= len(link._acc)
    assert all(0 <= m <= 96 for m in link._slot_len)


def split(data: bytes, cuts: list[int]) -> list[bytes]:
    """``data`` in chunks whose sizes cycle through ``cuts``."""
    out = []
    i = 0
    k = 0
    while i < len(data):
        n = cuts[k % len(cuts)] if cuts else len(data)
        out.append(data[i : i + n])
        i += n
        k += 1
    return out


def longest_run(data: bytes) -> int:
    return max((len(r) for r in data.split(b"\x00")), default=0)


def fw_poll_all(link: Any, hal: fwshim.FakeHal, chunks: list[bytes]) -> tuple[list[tuple], int]:
    """Feed ``chunks`` one at a time, polling until the Link has nothing more; checks
    every frame it reports. Returns the good frames and the count of poll() == -1."""
    frames: list[tuple] = []
    bad = 0
    for chunk in chunks:
        hal.feed(chunk)
        budget = len(chunk) + 4  # poll returns 0 within this many calls, or it hangs
        while True:
            budget -= 1
            assert budget >= 0, "Link.poll() keeps returning frames from bytes it already had"
            r = link.poll()
            assert r in (-1, 0, 1)
            if r == 0:
                break
            assert 0 <= link.seq <= 15
            if r < 0:
                bad += 1
                continue
            n = link.plen + 2
            f = link.frame
            assert 0 <= link.plen and n + 2 <= len(f)
            assert crc16(f[:n]) == f[n] | f[n + 1] << 8, "a frame that fails its CRC was accepted"
            assert (link.version, link.seq, link.msg) == (f[0] >> 4, f[0] & 0x0F, f[1])
            frames.append((link.version, link.seq, link.msg, bytes(f[2:n])))
        assert hal.pending() == 0
    return frames, bad


def host_frames(chunks: list[bytes]) -> list[tuple]:
    pk = framing.Packetizer()
    out = []
    for c in chunks:
        for f in pk.feed(c):
            if isinstance(f, framing.RawFrame):
                out.append((f.version, f.seq, f.msg, f.payload))
    return out


# --- strategies ---------------------------------------------------------------------------
LAYOUTS = layouts()
ALL_MSGS = sorted(LAYOUTS)
SIZES = sorted({c.head.size for c in codec._C.values()})  # every layout's fixed part

# a few bytes, a UART FIFO, a USB packet, or several of them
cut_lists = st.lists(st.integers(1, 300), min_size=1, max_size=8) | st.just([1]) | st.just([256])


@st.composite
def valid_frame(draw: st.DrawFn, msgs: list[Msg] | None = None, version: int = V) -> bytes:
    msg = draw(st.sampled_from(msgs or ALL_MSGS))
    fields = draw(fields_for(LAYOUTS[msg]))
    seq = draw(st.integers(0, 15))
    return framing.wire(version, seq, msg, codec.encode(msg, fields))


def nonzero_bytes(min_size: int, max_size: int) -> st.SearchStrategy[bytes]:
    return st.binary(min_size=min_size, max_size=max_size).map(lambda b: b.replace(b"\x00", b"\xa5"))


# A damage to a stream; positions are fractions of the current length.
_pos = st.floats(0.0, 1.0, allow_nan=False)
mutation = st.one_of(
    st.tuples(st.just("flip"), _pos, st.integers(0, 7)),
    st.tuples(st.just("truncate"), _pos),
    st.tuples(st.just("delete"), _pos, st.integers(1, 40)),
    st.tuples(st.just("insert"), _pos, st.binary(min_size=1, max_size=40)),
    st.tuples(st.just("duplicate"), _pos, st.integers(1, 80), _pos),
    st.tuples(st.just("zero"), _pos),
    st.tuples(st.just("lose_delim"), _pos, st.integers(1, 255)),
    st.tuples(st.just("run"), _pos, nonzero_bytes(200, 1200)),
    st.tuples(st.just("run_of"), _pos, st.sampled_from([1, 2, 3, 0x7F, 0xFE, 0xFF]), st.integers(200, 1200)),
)


def mutate(data: bytes, muts: list[tuple]) -> bytes:
    b = bytearray(data)
    for m in muts:
        kind = m[0]
        at = int(m[1] * len(b))
        if kind == "flip":
            if b:
                b[min(at, len(b) - 1)] ^= 1 << m[2]
        elif kind == "truncate":
            del b[at:]
        elif kind == "delete":
            del b[at : at + m[2]]
        elif kind == "insert":
            b[at:at] = m[2]
        elif kind == "duplicate":
            piece = b[at : at + m[2]]
            dst = int(m[3] * len(b))
            b[dst:dst] = piece
        elif kind == "zero":
            b[at:at] = b"\x00"
        elif kind == "lose_delim":
            # the next delimiter at or after ``at`` becomes a damaged byte
            i = b.find(b"\x00", at)
            if i >= 0:
                b[i] = m[2]
        elif kind == "run":
            b[at:at] = m[2]
        elif kind == "run_of":
            b[at:at] = bytes([m[2]]) * m[3]
    return bytes(b)


@st.composite
def damaged_stream(draw: st.DrawFn, msgs: list[Msg] | None = None) -> bytes:
    frames = draw(st.lists(valid_frame(msgs), min_size=1, max_size=8))
    muts = draw(st.lists(mutation, max_size=4))
    return mutate(b"".join(frames), muts)


random_stream = st.one_of(
    st.binary(max_size=1500),
    # sparse delimiters, so that runs reach the interesting lengths
    st.lists(st.binary(max_size=600).map(lambda b: b.replace(b"\x00", b"\x01")), max_size=4).map(
        lambda parts: b"\x00".join(parts)
    ),
    # small COBS codes: many zeros once decoded
    st.lists(st.sampled_from([0, 1, 2, 3, 4, 0xFF]), max_size=800).map(bytes),
)

any_stream = st.one_of(random_stream, damaged_stream())


# --- 1. the shim is the firmware: known frames and the primitives -----------------------
VECTORS = json.loads((HERE / "vectors" / "frames.json").read_text())["vectors"]


def test_shim_leaves_no_trace() -> None:
    before = dict(sys.modules)
    fw2 = fwshim.load(with_hal_sim=True)
    for name in ("micropython", "orbitfw", "orbitfw.link", "orbitfw.loop", "orbitfw.wire", "hal_sim"):
        assert sys.modules.get(name) is before.get(name), name
    assert not any(hasattr(builtins, k) for k in ("ptr8", "ptr16", "ptr32"))
    assert str(FW_DIR) not in sys.path
    assert fwshim.load().link is not fw2.link  # each load is a fresh firmware


def test_shim_pointers_behave_like_viper() -> None:
    buf = bytearray(4)
    p = fwshim.ptr8(buf)
    p[0] = 0x1FF  # a store wraps to the element width
    p[1] = -1
    assert buf[:2] == b"\xff\xff" and p[0] == 255
    w = fwshim.ptr16(buf)
    w[1] = 0x12345
    assert buf[2:] == b"\x45\x23" and w[1] == 0x2345
    assert fwshim.ptr32(buf)[0] == 0x2345FFFF
    with pytest.raises(IndexError):
        p[4]
    with pytest.raises(IndexError):
        p[-1]


@pytest.mark.parametrize("vec", VECTORS, ids=[v["name"] for v in VECTORS])
def test_shim_firmware_decodes_and_encodes_known_frames(fw: fwshim.Firmware, vec: dict[str, Any]) -> None:
    wire = bytes.fromhex(vec["wire_hex"])
    payload = bytes.fromhex(vec["payload_hex"])
    hal = fwshim.FakeHal()
    link = fw.link.Link(hal)
    frames, bad = fw_poll_all(link, hal, [wire])
    assert bad == 0
    assert frames == [(V, vec["seq"], int(Msg[vec["msg"]]), payload)]
    assert (link.rx_frames, link.rx_bad) == (1, 0)
    # and the firmware's encoder writes the same bytes as the host's
    link.tx[2 : 2 + len(payload)] = payload
    link.send(int(Msg[vec["msg"]]), vec["seq"], len(payload))
    assert hal.take_out() == wire == framing.wire(V, vec["seq"], Msg[vec["msg"]], payload)


def test_shim_board_answers_a_ping(fw: fwshim.Firmware) -> None:
    hal = fwshim.FakeHal(axes_of(fw))
    board = fw.loop.Board(hal)
    fw.time.us = 1234
    hal.feed(framing.wire(V, 0, Msg.PING, codec.encode(Msg.PING, {"token": 0xDEADBEEF})))
    assert board.service() == 1
    (f,) = list(framing.Packetizer().feed(hal.take_out()))
    assert isinstance(f, framing.RawFrame) and (f.msg, f.seq) == (Msg.PONG, 0)
    assert codec.decode(f.msg, f.payload) == {"token": 0xDEADBEEF, "t_us": 1234}


def test_shim_primitives_agree_with_the_host(fw: fwshim.Firmware, tally: Tally) -> None:
    table = fw.wire.CRC_TABLE

    @fuzz_settings(500)
    @given(st.binary(max_size=600))
    def run(data: bytes) -> None:
        tally.hit()
        assert fw.link._crc16(data, len(data), table) == crc16(data)
        enc = framing.cobs_encode(data)
        dst = bytearray(len(enc) + 2)
        assert fw.link._cobs_encode(data, len(data), dst) == len(enc) + 1
        assert bytes(dst[: len(enc) + 1]) == enc + b"\x00"
        # decoding arbitrary bytes: the same result, or both refuse
        for src in (enc, data):
            out = bytearray(max(1, len(src)))
            n = fw.link._cobs_decode(src, 0, len(src), out)
            try:
                want: bytes | None = framing.cobs_decode(src)
            except ValueError:
                want = None
            assert (bytes(out[:n]) if n >= 0 else None) == want

    run()


# --- 2. the firmware decoder under CPython ------------------------------------------------
def _fw_link_case(fw: fwshim.Firmware, stream: bytes, cuts: list[int]) -> None:
    hal = fwshim.FakeHal()
    link = fw.link.Link(hal)
    before = link_buffers(link)
    chunks = split(stream + b"\x00", cuts)
    frames, bad = fw_poll_all(link, hal, chunks)
    check_link_state(link, before)
    assert link.rx_frames == len(frames)  # a frame is counted when it is handed over, only then
    assert link._fill == 0 and not link._over
    # the firmware and the host see the same frames (past the host's 516-byte limit the two
    # differ by design: see test_regression_host_packetizer_output_depends_on_chunking)
    if longest_run(stream) <= MAX_WIRE:
        assert frames == host_frames(chunks)


def test_firmware_link_random_streams(fw: fwshim.Firmware, tally: Tally) -> None:
    @fuzz_settings(500)
    @given(random_stream, cut_lists)
    def run(stream: bytes, cuts: list[int]) -> None:
        tally.hit()
        _fw_link_case(fw, stream, cuts)

    run()


def test_firmware_link_damaged_frames(fw: fwshim.Firmware, tally: Tally) -> None:
    @fuzz_settings(400)
    @given(damaged_stream(), cut_lists)
    def run(stream: bytes, cuts: list[int]) -> None:
        tally.hit()
        _fw_link_case(fw, stream, cuts)

    run()


def test_firmware_link_recovers_every_intact_frame(fw: fwshim.Firmware, tally: Tally) -> None:
    # Damage only between frames: every frame that is intact and delimited on both sides
    # must come through, however the stream was cut.
    @fuzz_settings(300)
    @given(st.lists(valid_frame(), min_size=1, max_size=6), st.lists(st.binary(max_size=30)), cut_lists)
    def run(frames: list[bytes], junk: list[bytes], cuts: list[int]) -> None:
        tally.hit()
        stream = b""
        for i, f in enumerate(frames):
            if i < len(junk):
                stream += junk[i] + b"\x00"
            stream += f
        hal = fwshim.FakeHal()
        link = fw.link.Link(hal)
        got, _ = fw_poll_all(link, hal, split(stream, cuts))
        want = [(V, *_hdr(f)) for f in frames]
        it = iter(got)
        assert all(w in it for w in want), "an intact frame was lost"

    run()


def _hdr(wire: bytes) -> tuple[int, int, bytes]:
    raw = framing.cobs_decode(wire[:-1])
    return raw[0] & 0x0F, raw[1], raw[2:-2]


# --- the firmware dispatcher under CPython ------------------------------------------------
HOST_MSGS = sorted(HOST_TO_BOARD)
MSG_IDS = st.one_of(st.sampled_from([int(m) for m in HOST_MSGS]), st.integers(0, 255))


@st.composite
def move_to_payload(draw: st.DrawFn, naxes: int = 5, lo: int = -200000, hi: int = 1000000) -> bytes:
    # mostly plausible moves, so the planner and the control tick get exercised, and
    # values outside the layout's ranges too (packed by hand: the codec refuses them)
    targets = draw(st.lists(st.tuples(st.integers(0, naxes), st.integers(lo, hi)), max_size=naxes + 1))
    duration = draw(st.one_of(st.just(0), st.integers(0, 5000), st.integers(0, 2**32 - 1)))
    speed = draw(st.one_of(st.integers(1, 1000), st.integers(0, 0xFFFF)))
    out = struct.pack("<IHB", duration, speed, len(targets))
    return out + b"".join(struct.pack("<Bi", a, p) for a, p in targets)


@st.composite
def command_payload(draw: st.DrawFn) -> tuple[int, bytes]:
    kind = draw(st.integers(0, 3))
    if kind == 0:  # a well-formed command
        msg = draw(st.sampled_from(HOST_MSGS))
        if msg == Msg.MOVE_TO:
            return int(msg), draw(move_to_payload())
        return int(msg), codec.encode(msg, draw(fields_for(LAYOUTS[msg])))
    if kind == 1:  # the size of some layout, random content
        return draw(MSG_IDS), draw(
            st.sampled_from(SIZES).flatmap(lambda n: st.binary(min_size=n, max_size=n))
        )
    if kind == 2:
        return int(draw(st.sampled_from([Msg.ARM, Msg.STOP, Msg.GET_STATUS]))), b""
    return draw(MSG_IDS), draw(st.binary(max_size=80))


# ("frame", version, seq offset from the board's rx_next, msg, payload, damage, cuts)
# ("noise", bytes, cuts) | ("tick", n)
board_op = st.one_of(
    st.tuples(
        st.just("frame"),
        st.one_of(st.just(V), st.integers(0, 15)),
        st.one_of(st.just(0), st.integers(0, 15)),
        command_payload(),
        st.one_of(st.just([]), st.lists(mutation, min_size=1, max_size=2)),
        cut_lists,
    ),
    st.tuples(st.just("noise"), random_stream, cut_lists),
    st.tuples(st.just("tick"), st.integers(1, 120)),
)


class BoardRig:
    """A shimmed Board with a fake HAL and a host Packetizer on its output, checking as it
    goes: no exception escapes service() or tick(), every byte the board writes is a
    well-formed frame the host decodes, no command ends in ERR_INTERNAL (a handler raised),
    and the Link's buffers never change."""

    def __init__(self, fw: fwshim.Firmware) -> None:
        self.fw = fw
        self.axes = axes_of(fw)
        self.hal = fwshim.FakeHal(self.axes)
        self.board = fw.loop.Board(self.hal)
        self.bufs = link_buffers(self.board.link)
        self.pk = framing.Packetizer()
        self.replies = 0
        self.limit_errors: list[str] = []
        lo = [a[3] for a in self.axes]
        hi = [a[4] for a in self.axes]
        hal = self.hal
        errs = self.limit_errors

        def set_axis(i: int, pos: int) -> None:
            if not lo[i] <= pos <= hi[i] and len(errs) < 5:
                errs.append(f"axis {i} commanded to {pos} outside {lo[i]}..{hi[i]}")
            hal.cmd[i] = pos

        hal.set_axis = set_axis  # type: ignore[method-assign]

    def feed(self, data: bytes, cuts: list[int]) -> list[framing.RawFrame]:
        for chunk in split(data, cuts):
            self.hal.feed(chunk)
            self.board.service()
            assert self.hal.pending() == 0
        check_link_state(self.board.link, self.bufs)
        return self.take()

    def take(self) -> list[framing.RawFrame]:
        got = []
        for f in self.pk.feed(self.hal.take_out()):
            assert isinstance(f, framing.RawFrame), f"the board wrote a damaged frame: {f}"
            assert f.version == V and f.msg in BOARD_TO_HOST
            fields = codec.decode(f.msg, f.payload)  # raises CodecError on a malformed reply
            if f.msg == Msg.NACK:
                assert fields["code"] != ErrorCode.INTERNAL, f"a handler raised: {fields['reason']}"
            got.append(f)
        self.replies += len(got)
        return got

    def tick(self, n: int) -> None:
        for _ in range(n):
            self.fw.time.advance(5000)
            self.board.tick(self.fw.time.ticks_us())
        self.take()
        assert not self.limit_errors, self.limit_errors

    def run(self, op: tuple) -> None:
        if op[0] == "tick":
            self.tick(op[1])
        elif op[0] == "noise":
            self.feed(op[1], op[2])
        else:
            _, version, off, (msg, payload), muts, cuts = op
            seq = (self.board.rx_next + off) & 0x0F
            data = mutate(framing.wire(version, seq, msg, payload), muts)
            self.feed(data, cuts)

    def ping(self, token: int) -> None:
        # after anything at all: an idle delimiter ends what was half-received, and the
        # next sequenced PING gets its PONG
        self.feed(b"\x00", [1])
        seq = self.board.rx_next
        got = self.feed(framing.wire(V, seq, Msg.PING, codec.encode(Msg.PING, {"token": token})), [256])
        pongs = [f for f in got if f.msg == Msg.PONG]
        assert len(pongs) == 1, f"no PONG for a valid PING (seq {seq}): {got}"
        assert pongs[0].seq == seq and codec.decode(Msg.PONG, pongs[0].payload)["token"] == token
        assert self.board.state in range(9)


def test_firmware_board_survives_any_command(fw: fwshim.Firmware, tally: Tally) -> None:
    @fuzz_settings(300)
    @given(st.lists(board_op, min_size=1, max_size=12), st.integers(0, 2**32 - 1))
    def run(ops: list[tuple], token: int) -> None:
        rig = BoardRig(fw)
        if ops[0][0] == "frame" and ops[0][1] == V:  # often start armed, so moves can run
            rig.run(("frame", V, 0, (int(Msg.ARM), b""), [], [256]))
        tally.hit()
        for op in ops:
            rig.run(op)
        rig.ping(token)

    run()


def test_firmware_board_moves_and_stops(fw: fwshim.Firmware, tally: Tally) -> None:
    # the command paths that reach the planner and the control tick, undamaged
    cmd = st.one_of(
        st.tuples(
            st.just("frame"), st.just(V), st.just(0), st.tuples(st.just(int(Msg.MOVE_TO)), move_to_payload())
        ),
        st.tuples(st.just("frame"), st.just(V), st.just(0), st.just((int(Msg.STOP), b""))),
        st.tuples(st.just("frame"), st.just(V), st.integers(1, 7), st.just((int(Msg.STOP), b""))),
        st.tuples(
            st.just("frame"),
            st.just(V),
            st.just(0),
            st.sampled_from([(int(Msg.ARM), b""), (int(Msg.DISARM), b""), (int(Msg.GET_STATUS), b"")]),
        ),
        st.tuples(
            st.just("frame"),
            st.just(V),
            st.just(0),
            st.tuples(
                st.just(int(Msg.SET_TELEMETRY)), st.sampled_from([b"\x00\x00", b"\xc8\x00", b"\x07\x00"])
            ),
        ),
        st.tuples(st.just("tick"), st.integers(1, 300)),
    ).map(lambda t: t if t[0] == "tick" else (*t, [], [256]))

    @fuzz_settings(200)
    @given(st.lists(cmd, min_size=1, max_size=15))
    def run(ops: list[tuple]) -> None:
        rig = BoardRig(fw)
        rig.run(("frame", V, 0, (int(Msg.ARM), b""), [], [256]))
        tally.hit()
        for op in ops:
            rig.run(op)
        rig.tick(10)
        rig.ping(7)

    run()


def _random_ops(rng: random.Random, n: int) -> Iterator[tuple]:
    """A long, seeded stream of board ops for the memory test (hypothesis draws short ones)."""
    msgs = [int(m) for m in HOST_MSGS]
    for _ in range(n):
        r = rng.random()
        if r < 0.1:
            yield ("tick", rng.randint(1, 40))
        elif r < 0.2:
            yield ("noise", rng.randbytes(rng.randint(0, 700)), [rng.randint(1, 300)])
        else:
            msg = rng.choice(msgs) if rng.random() < 0.8 else rng.randint(0, 255)
            if msg == Msg.ARM or rng.random() < 0.05:
                payload = b""
            elif msg in (Msg.PING, Msg.GET_EVENTS, Msg.SET_TELEMETRY, Msg.HELLO) and rng.random() < 0.7:
                payload = rng.randbytes(codec._C[msg].head.size)
            elif msg == Msg.MOVE_TO:
                k = rng.randint(0, 3)
                payload = (rng.randint(0, 3000)).to_bytes(4, "little") + rng.randint(1, 1000).to_bytes(
                    2, "little"
                )
                payload += bytes([k])
                for _ in range(k):
                    payload += bytes([rng.randint(0, 5)]) + rng.randint(-50000, 50000).to_bytes(
                        4, "little", signed=True
                    )
            else:
                payload = rng.randbytes(rng.randint(0, 40))
            off = 0 if rng.random() < 0.8 else rng.randint(0, 15)
            muts = [("flip", rng.random(), rng.randint(0, 7))] if rng.random() < 0.1 else []
            yield (
                "frame",
                V if rng.random() < 0.95 else rng.randint(0, 15),
                off,
                (msg, payload),
                muts,
                [rng.randint(1, 300)],
            )


def test_firmware_board_memory_stays_bounded(fw: fwshim.Firmware, tally: Tally) -> None:
    rng = random.Random(20240611)
    rig = BoardRig(fw)
    for op in _random_ops(rng, 300):  # warm up: every handler, event ring filled
        rig.run(op)
    tally.hit(300)
    gc.collect()
    tracemalloc.start()
    try:
        base, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        samples = []
        for i, op in enumerate(_random_ops(rng, 3000)):
            rig.run(op)
            if i % 500 == 499:
                gc.collect()
                samples.append(tracemalloc.get_traced_memory()[0] - base)
        tally.hit(3000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rig.ping(1)
    assert rig.replies > 2000
    # nothing accumulates: what is live after 500 ops is what is live after 3000
    assert max(samples) - min(samples) < 16 * 1024, samples
    assert samples[-1] < 32 * 1024, samples
    assert peak - base < 512 * 1024, peak - base


# --- 3. the firmware on the real MicroPython VM -------------------------------------------
class MicroPythonFuzz(MicroPythonChild):
    def __init__(self, flash: Path) -> None:
        # cwd: the board's flash, a scratch dir (the firmware may save files there)
        super().__init__("fuzz_harness.py", cwd=flash, firmware=FW_DIR)


@pytest.fixture(scope="module")
def mpfuzz(fw: fwshim.Firmware, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MicroPythonFuzz]:
    with MicroPythonFuzz(tmp_path_factory.mktemp("flash")) as m:
        m.call(op="reset", axes=[list(a) for a in axes_of(fw)])
        yield m


def _heap_flat(allocs: list[int]) -> None:
    # The live heap after a collection, input after input: no upward trend. MicroPython's
    # collector is conservative, so a stale pointer can keep one input's garbage alive for
    # a few more (spikes of ~30 KB that fall back); a leak raises the floor and the median.
    assert len(allocs) >= 8
    print("heap after each input:", allocs)
    q = len(allocs) // 4
    early, late = sorted(allocs[q : 2 * q]), sorted(allocs[3 * q :])
    assert late[0] <= early[0] + 1024, allocs
    assert late[len(late) // 2] <= early[len(early) // 2] + 2048, allocs


def test_micropython_link_fuzz(mpfuzz: MicroPythonFuzz, fw: fwshim.Firmware, tally: Tally) -> None:
    # the real VM, the shim and the host see the same frames; the VM and the shim count the same
    allocs: list[int] = []
    hal = fwshim.FakeHal()
    shim = fw.link.Link(hal)
    base = mpfuzz.call(op="link", chunks=[])

    @fuzz_settings(300, derandomize=True)
    @given(any_stream, cut_lists)
    def run(stream: bytes, cuts: list[int]) -> None:
        tally.hit()
        chunks = split(stream + b"\x00", cuts)
        rep = mpfuzz.call(op="link", chunks=[c.hex() for c in chunks])
        assert rep["exc"] is None, rep["exc"]
        assert rep["broken"] == [], rep["broken"]
        frames = [(v, s, m, bytes.fromhex(p)) for v, s, m, p in rep["frames"]]
        assert all(len(f[3]) + 4 <= FW_MAX_WIRE for f in frames)
        assert frames == fw_poll_all(shim, hal, chunks)[0]
        assert [rep[k] - base[k] for k in ("rx_frames", "rx_bad", "rx_split")] == [
            shim.rx_frames,
            shim.rx_bad,
            shim.rx_split,
        ]
        if longest_run(stream) <= MAX_WIRE:
            assert frames == host_frames(chunks)
        allocs.append(mpfuzz.call(op="mem")["alloc"])

    run()
    _heap_flat(allocs)


def test_micropython_board_fuzz(mpfuzz: MicroPythonFuzz, tally: Tally) -> None:
    allocs: list[int] = []
    pk = framing.Packetizer()
    state = {"rx_next": mpfuzz.call(op="board", chunks=[])["rx_next"]}

    def wire_of(op: tuple) -> tuple[list[bytes], int]:
        if op[0] == "tick":
            return [], op[1]
        if op[0] == "noise":
            return split(op[1], op[2]), 0
        _, version, off, (msg, payload), muts, cuts = op
        # the board's rx_next moves only with what it executes; take the last one reported
        seq = (state["rx_next"] + off) & 0x0F
        return split(mutate(framing.wire(version, seq, msg, payload), muts), cuts), 0

    @fuzz_settings(250, derandomize=True)
    @given(st.lists(board_op, min_size=1, max_size=6), st.integers(0, 2**32 - 1))
    def run(ops: list[tuple], token: int) -> None:
        tally.hit()
        chunks: list[str] = []
        ticks: list[int] = []
        for op in ops:
            cs, t = wire_of(op)
            if not cs:
                cs = [b""]
            chunks += [c.hex() for c in cs]
            ticks += [0] * (len(cs) - 1) + [t]
        rep = mpfuzz.call(op="board", chunks=chunks, ticks=ticks, ping=token)
        assert rep["exc"] is None, rep["exc"]
        assert rep["broken"] == [], rep["broken"]
        state["rx_next"] = rep["rx_next"]
        for f in pk.feed(bytes.fromhex(rep["out"])):
            assert isinstance(f, framing.RawFrame), f"the board wrote a damaged frame: {f}"
            fields = codec.decode(f.msg, f.payload)
            if f.msg == Msg.NACK:
                assert fields["code"] != ErrorCode.INTERNAL, fields["reason"]
        got = list(framing.Packetizer().feed(bytes.fromhex(rep["ping_out"])))
        pongs = [f for f in got if isinstance(f, framing.RawFrame) and f.msg == Msg.PONG]
        assert len(pongs) == 1, got
        assert codec.decode(Msg.PONG, pongs[0].payload)["token"] == token
        allocs.append(mpfuzz.call(op="mem")["alloc"])

    run()
    _heap_flat(allocs)


# --- 4. the host decoder ------------------------------------------------------------------
def _host_case(stream: bytes, cuts: list[int]) -> None:
    pk = framing.Packetizer()
    for chunk in split(stream, cuts):
        check_host_feed(pk, chunk)


def test_host_packetizer_and_codec(tally: Tally) -> None:
    @fuzz_settings(800)
    @given(any_stream, st.lists(st.integers(1, 256), min_size=1, max_size=8))
    def run(stream: bytes, cuts: list[int]) -> None:
        tally.hit()
        _host_case(stream, cuts)

    run()


def test_host_codec_decode_any_payload(tally: Tally) -> None:
    @fuzz_settings(3000)
    @given(st.one_of(st.sampled_from([int(m) for m in Msg]), st.integers(0, 255)), st.binary(max_size=600))
    def run(msg: int, payload: bytes) -> None:
        tally.hit()
        try:
            codec.decode(msg, payload)
        except codec.CodecError:
            pass

    run()


def test_host_packetizer_chunking_does_not_matter(tally: Tally) -> None:
    # within the length limit, how the bytes were cut makes no difference
    @fuzz_settings(400)
    @given(any_stream.filter(lambda s: longest_run(s) <= MAX_WIRE), cut_lists)
    def run(stream: bytes, cuts: list[int]) -> None:
        tally.hit()
        assert host_frames(split(stream, cuts)) == host_frames([stream])

    run()


BOARD_MSGS = sorted(BOARD_TO_HOST)


@st.composite
def board_stream(draw: st.DrawFn) -> bytes:
    frames = draw(
        st.lists(st.one_of(valid_frame(BOARD_MSGS), valid_frame(BOARD_MSGS, 2)), min_size=1, max_size=10)
    )
    return mutate(b"".join(frames), draw(st.lists(mutation, max_size=3)))


def test_host_link_feed(tally: Tally) -> None:
    @fuzz_settings(600)
    @given(
        st.one_of(board_stream(), any_stream),
        st.lists(st.integers(1, 256), min_size=1, max_size=8),
        st.booleans(),
    )
    def run(stream: bytes, cuts: list[int], pending: bool) -> None:
        tally.hit()
        link, _ = host_link(pending)
        for chunk in split(stream, cuts):
            link._feed(chunk)  # CodecError is caught inside; nothing may escape
            assert len(link._pk._buf) <= link._pk._max_wire
        s = link.stats
        assert len(link.telemetry) <= hostlink.TELEMETRY_BUFFER and len(link.events) <= hostlink.EVENT_BUFFER
        assert len(link._ev_held) <= 0x8000
        assert len(s.bad_reasons) <= 8, s.bad_reasons
        assert s.rx_split == link._pk.split
        assert link.in_flight() <= 4

    run()


def test_host_link_memory_stays_bounded(tally: Tally) -> None:
    rng = random.Random(7)
    link, _ = host_link(True)
    msgs = BOARD_MSGS

    def chunk() -> bytes:
        if rng.random() < 0.3:
            return rng.randbytes(rng.randint(1, 256))
        msg = rng.choice(msgs)
        payload = rng.randbytes(codec._C[msg].head.size + rng.choice([0, 0, 1, 8]))
        return framing.wire(V, rng.randint(0, 15), msg, payload)

    for _ in range(2000):
        link._feed(chunk())
    gc.collect()
    tracemalloc.start()
    try:
        base, _ = tracemalloc.get_traced_memory()
        for _ in range(8000):
            link._feed(chunk())
        gc.collect()
        now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    tally.hit(10000)
    # telemetry and events are kept in bounded deques (4096 frames each): once those are
    # full, nothing else may grow
    assert now - base < 2 * 1024 * 1024, now - base
    assert len(link._pk._buf) <= link._pk._max_wire


# --- 5. atheris (coverage-guided), when installed ---------------------------------------
ATHERIS = importlib.util.find_spec("atheris") is not None


@pytest.mark.skipif(not ATHERIS, reason="atheris is not installed (pip install atheris==3.0.0)")
@pytest.mark.parametrize("target", ["host", "host_link", "fw_link", "fw_board"])
def test_atheris_short_session(target: str, tally: Tally, tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "fuzz" / "fuzz_decoders.py"),
            target,
            "-max_total_time=2",
            "-print_final_stats=1",
            "-timeout=10",
            "-rss_limit_mb=1024",
            f"-artifact_prefix={tmp_path}/",
        ],
        capture_output=True,
        text=True,
        timeout=90,
        cwd=tmp_path,
    )
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log[-3000:]
    m = re.search(r"stat::number_of_executed_units:\s*(\d+)", log)
    assert m, log[-3000:]
    runs = int(m.group(1))
    tally.hit(runs)
    assert runs > 50


# --- bugs found by fuzzing, fixed: each fails if its bug comes back ---------------------------
def test_regression_host_packetizer_one_long_read_is_quadratic() -> None:
    # protocol/framing.py Packetizer.feed once capped a run with no delimiter at _max_wire
    # only when it spanned several feed() calls. Inside ONE read (host.link.Link.pump reads
    # everything waiting) the run went to _check() whole, and _recover() decoded both halves
    # at every COBS block boundary: O(n^2), 4 KiB took ~8 s. A run that long cannot be a
    # frame (the limit is 516 bytes): it is dropped as "frame too long" at once.
    # Counted, not timed: an over-long run must never reach the split recovery.
    pk = framing.Packetizer()
    recovered: list[int] = []
    real = pk._recover
    pk._recover = lambda chunk: recovered.append(len(chunk)) or real(chunk)  # type: ignore[method-assign]
    got = list(pk.feed(b"\x01" * 2048 + b"\x00"))
    assert [f.reason for f in got if isinstance(f, framing.BadFrame)] == ["frame too long"]
    assert recovered == [], f"split recovery ran on runs of {recovered} bytes"


def test_regression_host_packetizer_output_depends_on_chunking() -> None:
    # Same root cause, once: the 516-byte limit was checked only when a read ended inside a
    # run. Two valid frames whose delimiter was damaged, 552 bytes in all, were recovered
    # from one read and dropped when read byte by byte. Now both ways drop them, as the
    # firmware (a 520-byte receive buffer) always did.
    a = framing.wire(V, 1, Msg.NACK, codec.encode(Msg.NACK, {"seq": 1, "code": 3, "reason": "x" * 64}))
    b = framing.wire(V, 2, Msg.STATUS, _status_payload(55))
    stream = a[:-1] + b"\x55" + b  # the delimiter between them damaged
    assert len(stream) > MAX_WIRE
    whole = host_frames([stream])
    bytewise = host_frames(split(stream, [1]))
    assert whole == bytewise, f"one read: {len(whole)} frames, byte by byte: {len(bytewise)} frames"


def _status_payload(naxes: int) -> bytes:
    lay = LAYOUTS[Msg.STATUS]
    fields: dict[str, Any] = {f.name: (1 if not f.text else "x") for f in lay.fields}
    fields[lay.tail_name] = [{f.name: 1 for f in lay.items} for _ in range(naxes)]
    return codec.encode(Msg.STATUS, fields)


def test_regression_firmware_rx_frames_counts_rejected_halves(fw: fwshim.Firmware) -> None:
    # firmware/orbitfw/link.py Link._recover once counted a valid frame at the end of a
    # damaged run in rx_frames as soon as it passed its CRC as the second half of a pair,
    # and kept the count when the first half failed: STATUS reported frames never handled.
    # Frames are counted when poll() hands them over, only then.
    hal = fwshim.FakeHal()
    link = fw.link.Link(hal)
    frames, bad = fw_poll_all(link, hal, [b"\x01" * 10 + framing.wire(V, 0, Msg.GET_STATUS, b"")])
    assert (frames, bad) == ([], 1)
    assert link.rx_frames == 0, f"rx_frames is {link.rx_frames} after no frame was received"


def test_regression_firmware_recover_is_quadratic(fw: fwshim.Firmware) -> None:
    # firmware/orbitfw/link.py Link._recover once tried every COBS block boundary of a
    # damaged run and decoded + CRC'd both halves each time: O(n^2), ~540k viper steps for a
    # 519-byte run of 0x01 (tens of ms on an RP2040, against a 5 ms tick). One scan with a
    # running CRC now finds the candidate boundaries. Count the byte steps through the shim.
    steps = [0]
    mod = fw.link
    cobs, crc = mod._cobs_decode, mod._crc16

    def counted_cobs(src: Any, start: int, end: int, dst: Any) -> int:
        steps[0] += end - start
        return cobs(src, start, end, dst)

    def counted_crc(buf: Any, n: int, table: Any) -> int:
        steps[0] += n
        return crc(buf, n, table)

    mod._cobs_decode, mod._crc16 = counted_cobs, counted_crc
    try:
        hal = fwshim.FakeHal()
        link = mod.Link(hal)
        data = b"\x01" * (FW_MAX_WIRE - 1) + b"\x00"
        fw_poll_all(link, hal, split(data, [256]))
    finally:
        mod._cobs_decode, mod._crc16 = cobs, crc
    per_byte = steps[0] / len(data)
    assert per_byte <= 16, (
        f"{steps[0]} decode/CRC byte steps for {len(data)} bytes received ({per_byte:.0f}/byte)"
    )


def test_regression_board_service_never_returns_under_a_steady_stream(fw: fwshim.Firmware) -> None:
    # firmware/orbitfw/loop.py Board.service once looped until link_read() returned 0: while
    # bytes kept arriving (a host streaming PINGs, a noisy line at USB speed) it never
    # returned, and run() never reached tick(). It now handles at most a few frames a call.
    hal = fwshim.FakeHal(axes_of(fw))
    board = fw.loop.Board(hal)
    noise = bytes(range(1, 256)) + b"\x00"
    reads = [0]

    def link_read(buf: Any) -> int:
        reads[0] += 1
        if reads[0] > 1000:
            raise TimeoutError("service() still reading after 1000 chunks")
        buf[: len(noise)] = noise
        return len(noise)

    hal.link_read = link_read  # type: ignore[method-assign]
    try:
        board.service()
    except TimeoutError:
        pass
    assert reads[0] <= 64, f"one service() call read {reads[0]} chunks without returning"
