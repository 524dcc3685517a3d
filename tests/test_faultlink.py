"""Tests for the fault-injecting link: byte-exact faults on a pty-pair board, rates, stalls,
disconnects, frame accounting, the protocol through it on the emulated board, CLI and cleanup."""

from __future__ import annotations

import json
import os
import pty
import random
import select
import signal
import subprocess
import sys
import textwrap
import threading
import time
import tty
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_emulator import wait_for

from orbitrig.host.boards.faultlink import FaultLink, FaultLinkError, FaultSpec, parse_at
from orbitrig.host.errors import RigError
from orbitrig.host.rig import Rig
from orbitrig.host.testing.pytest_plugin import start_emulated
from orbitrig.protocol import codec, framing
from orbitrig.protocol.messages import Msg

pytestmark = pytest.mark.timeout(60)


# --- helpers -----------------------------------------------------------------------------------------


@dataclass
class PtyBoard:
    """A pty pair standing in for a board: the proxy opens ``path``, the test talks on ``fd``."""

    fd: int
    path: str


def read_quiet(fd: int, quiet: float = 0.2, timeout: float = 5.0) -> bytes:
    """Everything that arrives on fd until it stays quiet for ``quiet`` seconds."""
    out = bytearray()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            break
        try:
            out += os.read(fd, 65536)
        except BlockingIOError:
            continue
    return bytes(out)


def read_n(fd: int, n: int, timeout: float = 5.0) -> bytes:
    out = bytearray()
    deadline = time.monotonic() + timeout
    while len(out) < n:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"timed out after {len(out)} of {n} bytes: {bytes(out)!r}")
        r, _, _ = select.select([fd], [], [], left)
        if r:
            try:
                out += os.read(fd, n - len(out))
            except BlockingIOError:
                pass
    return bytes(out)


def assert_silent(fd: int, seconds: float) -> None:
    r, _, _ = select.select([fd], [], [], seconds)
    assert not r, f"unexpected bytes: {os.read(fd, 4096)!r}"


def transfer(
    src: int,
    data: bytes,
    dst: int,
    chunks: list[int] | None = None,
    quiet: float = 0.3,
    expect: int | None = None,
) -> bytes:
    """Write data to src (in chunks of the given sizes, cycled) while reading dst; what dst got.

    Reading ends once dst stays quiet for ``quiet`` seconds; with ``expect``, not before that
    many bytes arrived (or 10 s passed), so a relay starved on a loaded machine loses nothing."""
    view = memoryview(data)
    sizes = chunks or [len(data) or 1]
    k = 0
    got = bytearray()
    deadline = time.monotonic() + 30
    while view:
        assert time.monotonic() < deadline, "transfer stalled"
        size = sizes[k % len(sizes)]
        r, w, _ = select.select([dst], [src], [], 1.0)
        if w:
            try:
                n = os.write(src, view[:size])
            except BlockingIOError:
                n = 0
            if n:
                view = view[n:]
                k += 1
        if r:
            try:
                got += os.read(dst, 65536)
            except BlockingIOError:
                pass
    if expect is not None:
        deadline = time.monotonic() + 10
        while len(got) < expect and time.monotonic() < deadline:
            got += read_quiet(dst, quiet=0.5, timeout=1.0)
    return bytes(got) + read_quiet(dst, quiet)


def alive(pid: int) -> bool:
    """True if pid exists and is not a zombie.

    Not test_emulator.alive: that one lets ProcessLookupError escape when the process is reaped
    between opening and reading /proc/<pid>/stat (read gives ESRCH), which is the very moment
    ``wait_for(lambda: not alive(pid))`` polls for an orphaned relay that init reaps."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def frames_of(n: int, first_token: int = 0) -> list[bytes]:
    """n real protocol frames (PING) as they go on the wire."""
    return [
        framing.wire(
            1, i & 0x0F, Msg.PING, codec.encode(Msg.PING, {"token": (i + 1) * 2654435761 & 0xFFFFFFFF})
        )
        for i in range(first_token, first_token + n)
    ]


# --- fixtures ------------------------------------------------------------------------------------------


@pytest.fixture
def pty_board() -> Iterator[PtyBoard]:
    master, slave = pty.openpty()
    tty.setraw(slave)
    os.set_blocking(master, False)
    board = PtyBoard(master, os.ttyname(slave))
    try:
        yield board
    finally:
        os.close(master)
        os.close(slave)


@pytest.fixture
def faultlink(request: pytest.FixtureRequest) -> Callable[..., FaultLink]:
    """Factory: a started FaultLink; every one is stopped at teardown."""

    def make(board_url: str, **kwargs: object) -> FaultLink:
        fl = FaultLink(board_url, **kwargs)  # type: ignore[arg-type]
        request.addfinalizer(fl.stop)
        fl.start()
        return fl

    return make


@pytest.fixture
def host_open(request: pytest.FixtureRequest) -> Callable[[FaultLink], int]:
    """Factory: open the proxy's pty as the host (raw fd) and wait until the proxy sees it."""

    def open_(fl: FaultLink) -> int:
        fd = os.open(fl.port, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
        request.addfinalizer(lambda: os.close(fd))
        fl.wait_host()
        return fd

    return open_


@pytest.fixture(scope="module")
def emulated_port(request: pytest.FixtureRequest) -> str:
    emu = start_emulated()
    request.addfinalizer(emu.stop)  # type: ignore[attr-defined]
    return emu.start(wait_link=True)  # type: ignore[attr-defined]


# --- the spec ------------------------------------------------------------------------------------------


def test_spec_validation() -> None:
    with pytest.raises(ValueError, match="flip rate"):
        FaultSpec(flip=1.5)
    with pytest.raises(ValueError, match="unknown fault"):
        FaultSpec(schedule=[(3, "melt")])
    with pytest.raises(ValueError, match="bit 0..7"):
        FaultSpec(schedule=[(3, "flip", 9)])
    with pytest.raises(ValueError, match="byte offset"):
        FaultSpec(schedule=[(-1, "drop")])
    spec = FaultSpec(drop=0.01, schedule=[(3, "flip"), [0.5, "stall", 100]])
    assert spec.schedule == [(3, "flip", None), (0.5, "stall", 100)]
    assert FaultSpec.from_json(json.loads(json.dumps(spec.to_json()))) == spec
    assert not FaultSpec().active and spec.active


def test_parse_at() -> None:
    assert parse_at("100:flip") == (100, "flip", None)
    assert parse_at("40:drop:3") == (40, "drop", 3)
    assert parse_at("2s:stall:200") == (2.0, "stall", 200.0)
    assert parse_at("1500ms:disconnect:300") == (1.5, "disconnect", 300.0)
    for bad in ("flip", "1.5:flip", "3:zap", "3:flip:8"):
        with pytest.raises(ValueError):
            parse_at(bad)


# --- byte-exact faults -------------------------------------------------------------------------------

DATA = bytes(range(1, 41))
EXPECTED = {
    ("flip", 3): DATA[:10] + bytes((DATA[10] ^ 0x08,)) + DATA[11:],
    ("drop", 2): DATA[:10] + DATA[12:],
    ("dup", None): DATA[:11] + DATA[10:],
    ("dup", 2): DATA[:11] + DATA[10:11] * 2 + DATA[11:],
}


@pytest.mark.parametrize("direction", ["down", "up"])
@pytest.mark.parametrize(("kind", "arg"), list(EXPECTED))
def test_scheduled_fault_is_byte_exact(
    pty_board: PtyBoard,
    faultlink: Callable[..., FaultLink],
    host_open: Callable[[FaultLink], int],
    direction: str,
    kind: str,
    arg: int | None,
) -> None:
    spec = FaultSpec(schedule=[(10, kind, arg)])
    fl = faultlink(pty_board.path, **{direction: spec}, in_process=True)
    host = host_open(fl)
    src, dst = (host, pty_board.fd) if direction == "down" else (pty_board.fd, host)
    assert transfer(src, DATA, dst, expect=len(EXPECTED[(kind, arg)])) == EXPECTED[(kind, arg)]
    # Further bytes pass untouched: the schedule was one fault.
    assert transfer(src, DATA, dst, expect=len(DATA)) == DATA
    st = fl.stats()[direction]
    assert st[kind] == (1 if kind != "drop" else arg)
    assert st["bytes_in"] == 2 * len(DATA)
    assert st["bytes_out"] == len(EXPECTED[(kind, arg)]) + len(DATA)
    other = fl.stats()["up" if direction == "down" else "down"]
    assert other["flip"] == other["drop"] == other["dup"] == 0


@pytest.mark.parametrize("in_process", [True, False], ids=["thread", "process"])
def test_random_bit_flip_and_chunking(
    pty_board: PtyBoard,
    faultlink: Callable[..., FaultLink],
    host_open: Callable[[FaultLink], int],
    in_process: bool,
) -> None:
    """A flip without a bit flips exactly one bit; offsets hold however the writer chunks the stream."""
    fl = faultlink(
        pty_board.path,
        down=FaultSpec(schedule=[(5, "flip"), (17, "flip"), (33, "flip")]),
        in_process=in_process,
    )
    host = host_open(fl)
    got = transfer(host, DATA, pty_board.fd, chunks=[3, 1, 7])
    assert len(got) == len(DATA)
    diff = {i: got[i] ^ DATA[i] for i in range(len(DATA)) if got[i] != DATA[i]}
    assert sorted(diff) == [5, 17, 33]
    assert all(bin(x).count("1") == 1 for x in diff.values())


# --- rates ---------------------------------------------------------------------------------------------


def _noisy_run(board: PtyBoard, host_open: Callable[[FaultLink], int], seed: int, chunks: list[int]) -> tuple:
    data = random.Random(99).randbytes(50_000)
    spec = FaultSpec(flip=0.01, drop=0.005, dup=0.005)
    with FaultLink(board.path, down=spec, seed=seed, in_process=True) as fl:
        host = host_open(fl)
        got = transfer(host, data, board.fd, chunks=chunks)
        st = fl.stats()["down"]
    return data, got, st


def test_rates_are_honoured_and_reproducible(
    pty_board: PtyBoard, host_open: Callable[[FaultLink], int]
) -> None:
    data, got, st = _noisy_run(pty_board, host_open, seed=7, chunks=[4096])
    n = len(data)
    assert st["bytes_in"] == n
    for kind, p in (("flip", 0.01), ("drop", 0.005), ("dup", 0.005)):
        mean = n * p
        assert abs(st[kind] - mean) < 5 * (mean * (1 - p)) ** 0.5, (kind, st[kind], mean)
    assert len(got) == n - st["drop"] + st["dup"] == st["bytes_out"]
    # Same seed, same bytes, different chunking: the same faults in the same places.
    _, got2, st2 = _noisy_run(pty_board, host_open, seed=7, chunks=[1, 13, 500, 64])
    assert got2 == got
    assert {k: st2[k] for k in ("flip", "drop", "dup", "frames_hit")} == {
        k: st[k] for k in ("flip", "drop", "dup", "frames_hit")
    }
    _, got3, _ = _noisy_run(pty_board, host_open, seed=8, chunks=[4096])
    assert got3 != got


def test_flip_rate_flips_single_bits(
    pty_board: PtyBoard, faultlink: Callable[..., FaultLink], host_open: Callable[[FaultLink], int]
) -> None:
    data = random.Random(5).randbytes(20_000)
    fl = faultlink(pty_board.path, up=FaultSpec(flip=0.02), seed=3, in_process=True)
    host = host_open(fl)
    got = transfer(pty_board.fd, data, host)
    assert len(got) == len(data)
    diffs = [a ^ b for a, b in zip(data, got, strict=True) if a != b]
    st = fl.stats()["up"]
    assert len(diffs) == st["flip"] and 400 - 5 * 20 < st["flip"] < 400 + 5 * 20
    assert all(bin(x).count("1") == 1 for x in diffs)


# --- stalls --------------------------------------------------------------------------------------------


def test_scheduled_stall_delays_but_does_not_lose(
    pty_board: PtyBoard, faultlink: Callable[..., FaultLink], host_open: Callable[[FaultLink], int]
) -> None:
    # Margins for a loaded machine (the relay thread shares the GIL with this one): the stall is
    # long enough that bytes 0-9 arriving late still leave a silence window inside it.
    fl = faultlink(pty_board.path, down=FaultSpec(schedule=[(10, "stall", 1000)]), in_process=True)
    host = host_open(fl)
    t0 = time.monotonic()
    os.write(host, DATA[:20])
    assert read_n(pty_board.fd, 10, timeout=2.0) == DATA[:10]  # bytes before the stall go first
    assert_silent(pty_board.fd, 0.3)  # ... and the rest are held back
    assert read_n(pty_board.fd, 10, timeout=2.0) == DATA[10:20]
    assert time.monotonic() - t0 >= 0.99  # held for the whole stall
    st = fl.stats()["down"]
    assert (st["stall"], st["stall_ms"], st["frames_stalled"], st["frames_hit"]) == (1, 1000, 1, 0)
    assert st["bytes_out"] == 20 and st["queued"] == 0


def test_relay_wakes_for_bytes_that_come_due_while_it_decides(
    pty_board: PtyBoard, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On a loaded machine time passes between the relay's look at what it may write and its
    # choice of how long to sleep. Held bytes that come due in that gap must still wake it (it
    # once slept on them for good). A scripted clock makes the gap certain.
    from orbitrig.host.boards import faultlink as fl_mod

    relay = fl_mod.Relay(pty_board.path)
    host = os.open(relay.port, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    try:
        assert relay.host.probe()
        t = time.monotonic()
        relay.up.stall_here(t, [10])  # what the board sends next waits until t + 10 ms
        relay.up.enqueue(b"held")
        reads = iter([t])  # the relay's first look is at t; every later one at t + 20 ms
        monkeypatch.setattr(fl_mod, "time", type("Clock", (), {"monotonic": lambda: next(reads, t + 0.02)}))
        step = threading.Thread(target=relay._step, daemon=True)
        step.start()
        step.join(2.0)
        stuck = step.is_alive()
        if stuck:
            relay.request_stop()  # wakes the poll, so the thread ends
            step.join(2.0)
        assert not stuck, "the relay slept on bytes that were due"
        assert read_n(host, 4, timeout=2.0) == b"held"  # written as the step ended
    finally:
        os.close(host)
        relay.close()


def test_timed_stall_holds_the_direction(
    pty_board: PtyBoard, faultlink: Callable[..., FaultLink], host_open: Callable[[FaultLink], int]
) -> None:
    fl = faultlink(pty_board.path, in_process=False)
    host = host_open(fl)
    t0 = time.monotonic()  # before set_faults: the stall cannot start (or end) earlier
    fl.set_faults(up=FaultSpec(schedule=[(0.0, "stall", 2000)]))
    os.write(pty_board.fd, b"held up")
    os.write(host, b"not held")  # the other direction is not stalled
    assert read_n(pty_board.fd, 8, timeout=1.5) == b"not held"
    assert_silent(host, 0.3)  # while this one is
    assert read_n(host, 7, timeout=3.0) == b"held up"
    assert time.monotonic() - t0 >= 1.99
    assert fl.stats()["up"]["stall"] == 1


def test_stall_rate_keeps_every_byte_in_order(
    pty_board: PtyBoard, faultlink: Callable[..., FaultLink], host_open: Callable[[FaultLink], int]
) -> None:
    data = random.Random(1).randbytes(3000)
    fl = faultlink(pty_board.path, up=FaultSpec(stall_rate=0.01, stall_ms=5), seed=2, in_process=True)
    host = host_open(fl)
    assert transfer(pty_board.fd, data, host, chunks=[100], expect=len(data)) == data
    st = fl.stats()["up"]
    assert 10 <= st["stall"] <= 60 and st["stall_ms"] == 5 * st["stall"]
    assert st["frames_hit"] == 0


# --- disconnects ---------------------------------------------------------------------------------------


def test_disconnect_loses_bytes_both_ways_then_resumes(
    pty_board: PtyBoard, faultlink: Callable[..., FaultLink], host_open: Callable[[FaultLink], int]
) -> None:
    fl = faultlink(pty_board.path, in_process=False)
    host = host_open(fl)
    fl.disconnect(400)
    os.write(host, b"lost-down")
    os.write(pty_board.fd, b"lost-up")
    assert_silent(pty_board.fd, 0.15)
    assert_silent(host, 0.0)
    assert fl.stats()["link"]["disconnected"] is True
    wait_for(lambda: not fl.stats()["link"]["disconnected"], 2.0, "the cable to be back")
    os.write(host, b"after")
    assert read_n(pty_board.fd, 5) == b"after"
    os.write(pty_board.fd, b"back")
    assert read_n(host, 4) == b"back"
    assert_silent(pty_board.fd, 0.05)
    st = fl.stats()
    assert (st["down"]["lost"], st["up"]["lost"], st["link"]["disconnects"]) == (9, 7, 1)
    assert st["down"]["bytes_out"] == 5 and st["up"]["bytes_out"] == 4


def test_scheduled_disconnect_at_an_offset(
    pty_board: PtyBoard, faultlink: Callable[..., FaultLink], host_open: Callable[[FaultLink], int]
) -> None:
    fl = faultlink(pty_board.path, down=FaultSpec(schedule=[(5, "disconnect", 300)]), in_process=True)
    host = host_open(fl)
    os.write(host, DATA[:12])
    assert read_quiet(pty_board.fd, 0.1) == DATA[:5]  # the cable was pulled just before byte 5
    os.write(pty_board.fd, b"gone")
    assert_silent(host, 0.1)
    time.sleep(0.25)
    os.write(host, b"ok")
    os.write(pty_board.fd, b"OK")
    assert read_n(pty_board.fd, 2) == b"ok"
    assert read_n(host, 2) == b"OK"
    st = fl.stats()
    assert (st["down"]["disconnect"], st["down"]["lost"], st["up"]["lost"]) == (1, 7, 4)


def test_disconnect_rate(
    pty_board: PtyBoard, faultlink: Callable[..., FaultLink], host_open: Callable[[FaultLink], int]
) -> None:
    data = b"".join(frames_of(1500))
    fl = faultlink(
        pty_board.path, up=FaultSpec(disconnect_rate=0.0005, disconnect_ms=20), seed=6, in_process=True
    )
    host = host_open(fl)
    got = bytearray()
    for k in range(0, len(data), 500):  # paced, so that traffic resumes between disconnects
        got += transfer(pty_board.fd, data[k : k + 500], host, quiet=0.002)
        time.sleep(0.002)
    got += read_quiet(host, 0.1)
    st = fl.stats(detail=True)
    up = st["up"]
    assert up["disconnect"] >= 2 and st["link"]["disconnects"] == up["disconnect"]
    assert 0 < up["lost"] < len(data)
    assert len(got) == up["bytes_out"] == up["bytes_in"] - up["lost"]
    good = {f.payload for f in framing.Packetizer().feed(bytes(got)) if isinstance(f, framing.RawFrame)}
    assert up["frames_total"] - len(good) <= up["frames_hit"] + up["delims_hit"]
    assert up["flip"] == up["drop"] == up["dup"] == 0


def test_stalled_bytes_survive_a_disconnect(
    pty_board: PtyBoard, faultlink: Callable[..., FaultLink], host_open: Callable[[FaultLink], int]
) -> None:
    """Bytes already sent and held by a stall are not lost; they wait for the cable to come back."""
    fl = faultlink(pty_board.path, down=FaultSpec(schedule=[(0, "stall", 100)]), in_process=True)
    host = host_open(fl)
    os.write(host, b"early")
    fl.disconnect(300)
    os.write(host, b"late")
    t0 = time.monotonic()
    assert read_n(pty_board.fd, 5, timeout=2) == b"early"
    assert time.monotonic() - t0 >= 0.2
    assert_silent(pty_board.fd, 0.1)
    assert fl.stats()["down"]["lost"] == 4


# --- frame accounting ------------------------------------------------------------------------------


@pytest.mark.parametrize("direction", ["down", "up"])
def test_frames_hit_counts_exactly_the_frames_faulted(
    pty_board: PtyBoard,
    faultlink: Callable[..., FaultLink],
    host_open: Callable[[FaultLink], int],
    direction: str,
) -> None:
    frames = frames_of(20)
    starts = [sum(len(f) for f in frames[:i]) for i in range(len(frames))]
    stream = b"\x00" + b"".join(frames)  # a leading idle delimiter is no frame
    starts = [s + 1 for s in starts]
    schedule = [
        (starts[2] + 3, "flip", 0),
        (starts[5], "drop"),
        (starts[5] + 4, "dup"),  # the same frame again: still one frame hit
        (starts[9] + len(frames[9]) - 1, "flip", 4),  # frame 9's delimiter: merges it with frame 10
        (starts[12] + 2, "stall", 50),  # delays, does not damage
        (starts[15] + 1, "flip", 1),
        (starts[15] + 6, "flip", 2),
    ]
    fl = faultlink(pty_board.path, **{direction: FaultSpec(schedule=schedule)}, in_process=True)
    host = host_open(fl)
    src, dst = (host, pty_board.fd) if direction == "down" else (pty_board.fd, host)
    got = transfer(src, stream, dst, chunks=[37])
    st = fl.stats(detail=True)[direction]
    assert st["frames_total"] == 20
    assert st["hit_frames"] == [2, 5, 9, 15]
    assert (st["frames_hit"], st["delims_hit"], st["frames_stalled"]) == (4, 1, 1)
    # Each fault cost at most the frame it hit; the delimiter hit at most frame 9 and the frame it
    # merged into (the packetizer may split them again).
    good = {f.payload for f in framing.Packetizer().feed(got) if isinstance(f, framing.RawFrame)}
    sent = [next(framing.Packetizer().feed(f)).payload for f in frames]
    assert {i for i, p in enumerate(sent) if p not in good} - {9, 10} == {2, 5, 15}
    assert len(frames) - len(good) <= st["frames_hit"] + st["delims_hit"]


def test_lost_frames_are_hit_frames(
    pty_board: PtyBoard, faultlink: Callable[..., FaultLink], host_open: Callable[[FaultLink], int]
) -> None:
    """Under random faults of every damaging kind, frames lost <= frames hit (+ delimiters hit)."""
    frames = frames_of(400)
    spec = FaultSpec(flip=0.002, drop=0.001, dup=0.001)
    fl = faultlink(pty_board.path, up=spec, seed=11, in_process=True)
    host = host_open(fl)
    got = transfer(pty_board.fd, b"".join(frames), host, chunks=[200])
    st = fl.stats(detail=True)["up"]
    good = {f.payload for f in framing.Packetizer().feed(got) if isinstance(f, framing.RawFrame)}
    sent = [next(framing.Packetizer().feed(f)).payload for f in frames]
    lost = {i for i, p in enumerate(sent) if p not in good}
    assert st["frames_total"] == 400 and st["frames_hit"] > 5
    assert len(lost) <= st["frames_hit"] + st["delims_hit"]
    # Every lost frame was hit, or follows a frame whose delimiter was hit.
    hit = set(st["hit_frames"])
    assert all(i in hit or i - 1 in hit for i in lost), sorted(lost - hit)


# --- runtime control -----------------------------------------------------------------------------------


def test_set_faults_at_runtime(
    pty_board: PtyBoard, faultlink: Callable[..., FaultLink], host_open: Callable[[FaultLink], int]
) -> None:
    fl = faultlink(pty_board.path, in_process=True)
    host = host_open(fl)
    assert transfer(host, DATA, pty_board.fd, expect=len(DATA)) == DATA  # clean for setup
    os.write(host, b"old")  # written before set_faults: relayed under the old (clean) faults
    fl.set_faults(down=FaultSpec(schedule=[(0, "drop"), (2, "flip", 7)]), reset_stats=True)
    assert read_n(pty_board.fd, 3) == b"old"
    got = transfer(host, b"abcd", pty_board.fd)
    assert got == b"b" + bytes((ord("c") ^ 0x80,)) + b"d"  # offsets count from set_faults
    st = fl.stats()["down"]
    assert (st["bytes_in"], st["drop"], st["flip"], st["offset"]) == (4, 1, 1, 4)
    fl.set_faults(down=FaultSpec())
    assert transfer(host, DATA, pty_board.fd, expect=len(DATA)) == DATA


def test_board_output_without_host_is_discarded(
    pty_board: PtyBoard, faultlink: Callable[..., FaultLink], host_open: Callable[[FaultLink], int]
) -> None:
    """Like USB-CDC: what the board sends while no host has the port open is gone, not stale later."""
    fl = faultlink(pty_board.path, in_process=True)
    os.write(pty_board.fd, b"nobody listens")
    wait_for(lambda: fl.stats()["up"]["discarded"] == 14, what="board output to be discarded")
    host = os.open(fl.port, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    fl.wait_host()
    os.write(pty_board.fd, b"hello")
    assert read_n(host, 5) == b"hello"
    os.write(pty_board.fd, b"unread")
    wait_for(lambda: fl.stats()["up"]["bytes_out"] == 11, what="the unread bytes to be relayed")
    os.close(host)
    wait_for(lambda: not fl.stats()["link"]["host_attached"], what="the host to be gone")
    os.write(pty_board.fd, b"meanwhile")
    wait_for(lambda: fl.stats()["up"]["discarded"] == 23, what="board output to be discarded")
    host = host_open(fl)  # a new host gets neither the old host's unread tail nor "meanwhile"
    os.write(pty_board.fd, b"fresh")
    assert read_quiet(host, 0.1) == b"fresh"
    os.write(host, b"x")
    assert read_n(pty_board.fd, 1) == b"x"


@pytest.mark.parametrize("in_process", [True, False], ids=["thread", "process"])
def test_board_gone_is_reported(faultlink: Callable[..., FaultLink], in_process: bool) -> None:
    master, slave = pty.openpty()
    tty.setraw(slave)
    path = os.ttyname(slave)
    try:
        fl = faultlink(path, in_process=in_process)
    finally:
        os.close(slave)
    os.close(master)  # the board goes away (a USB board unplugged, an emulator stopped)
    wait_for(lambda: fl.stats()["link"]["error"] is not None, what="the lost board to be reported")
    assert fl.stats()["link"]["error"] == f"board port {path} closed"
    pid = fl.pid
    assert fl.stop() is not None
    assert pid is None or not alive(pid)


def test_errors_are_one_line(pty_board: PtyBoard) -> None:
    with pytest.raises(FaultLinkError, match="cannot open board port /nonexistent/tty"):
        FaultLink("/nonexistent/tty").start()
    with pytest.raises(FaultLinkError, match="cannot open board port"):
        FaultLink("/nonexistent/tty", in_process=True).start()
    fl = FaultLink(pty_board.path, in_process=True)
    with pytest.raises(FaultLinkError, match="not running"):
        fl.stats()


# --- the protocol through it ---------------------------------------------------------------------------


def test_clean_pass_through(emulated_port: str, faultlink: Callable[..., FaultLink]) -> None:
    fl = faultlink(emulated_port)
    with Rig.connect(fl.port, timeout=2.0, log=False) as rig:
        for i in range(20):
            rtt, _ = rig.ping(i)
            assert rtt < 1.0
        assert rig.info is not None and rig.info.axes
    st = fl.stats()
    for d in ("down", "up"):
        s = st[d]
        assert s["bytes_in"] == s["bytes_out"] > 0
        assert s["frames_total"] >= 21
        assert s["flip"] == s["drop"] == s["dup"] == s["lost"] == s["frames_hit"] == 0
    assert st["link"]["error"] is None


def test_protocol_on_a_noisy_link(emulated_port: str, faultlink: Callable[..., FaultLink]) -> None:
    """The point of the tool: every frame the host lost is a frame the proxy hit."""
    fl = faultlink(emulated_port, seed=4)
    with Rig.connect(fl.port, timeout=2.0, log=False) as rig:
        rig.ping(1)
        noisy = FaultSpec(flip=0.003, drop=0.001)
        before = rig.link.stats.rx_frames + rig.link.stats.rx_undecodable
        fl.set_faults(down=noisy, up=noisy, reset_stats=True)
        ok = 0
        for i in range(150):
            try:
                rig.ping(i)
                ok += 1
            except RigError:
                pass
        rig.link.pump(0.3)  # late replies
        fl.set_faults(down=FaultSpec(), up=FaultSpec())
        st = fl.stats(detail=True)
        received = rig.link.stats.rx_frames + rig.link.stats.rx_undecodable - before
        rig.ping(2)  # the link is healthy again
    up, down = st["up"], st["down"]
    assert up["frames_hit"] + down["frames_hit"] > 0
    assert up["frames_total"] - received <= up["frames_hit"] + up["delims_hit"]
    assert ok >= 75


# --- CLI and cleanup -----------------------------------------------------------------------------------


def test_stop_ends_the_relay_thread(pty_board: PtyBoard) -> None:
    with FaultLink(pty_board.path, in_process=True) as fl:
        assert any(t.name.startswith("faultlink") for t in threading.enumerate())
        port = fl.port
    assert not any(t.name.startswith("faultlink") for t in threading.enumerate())
    wait_for(lambda: not os.path.exists(port), 2.0, f"{port} to go away")


def test_stop_leaves_no_process(pty_board: PtyBoard, host_open: Callable[[FaultLink], int]) -> None:
    fl = FaultLink(pty_board.path)
    try:
        port = fl.start()
        pid = fl.pid
        assert pid is not None and alive(pid)
        host_open(fl)
        os.write(pty_board.fd, b"x")
    finally:
        final = fl.stop()
    assert not alive(pid)
    assert fl.pid is None
    assert final is not None and fl.stats() == final
    wait_for(lambda: not os.path.exists(port), 2.0, f"{port} to go away")
    assert fl.stop() == final  # idempotent


@pytest.mark.parametrize("how", ["exit", "sigkill"])
def test_no_orphan_when_the_owner_dies(pty_board: PtyBoard, tmp_path: Path, how: str) -> None:
    """atexit stops the relay on a normal exit; a killed owner's relay sees EOF and exits."""
    script = tmp_path / "owner.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys, time
            from orbitrig.host.boards.faultlink import FaultLink
            fl = FaultLink({pty_board.path!r})
            fl.start()
            print(fl.pid, flush=True)
            if {how!r} == "sigkill":
                time.sleep(60)
            else:
                sys.stdin.readline()  # exit once the test has seen the relay alive
            """
        )
    )
    owner = subprocess.Popen(
        [sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert owner.stdout is not None and owner.stdin is not None
        pid = int(owner.stdout.readline())
        assert alive(pid)
        if how == "sigkill":
            owner.kill()
        owner.stdin.close()
        assert owner.wait(10) in (0, -signal.SIGKILL)
    finally:
        if owner.poll() is None:
            owner.kill()
            owner.wait()
    wait_for(lambda: not alive(pid), 5.0, f"relay {pid} to exit")


def test_cli_relays_and_prints_stats(pty_board: PtyBoard) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "orbitrig.host.boards.faultlink", "--board", pty_board.path]
        + ["--at", "2:flip:0", "--seed", "1", "--down-only"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("faultlink on /dev/pts/"), line
        host = os.open(line.split()[-1], os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
        try:
            time.sleep(0.05)  # the relay notices the host within 10 ms
            os.write(host, b"\x10\x20\x30\x40")
            assert read_n(pty_board.fd, 4) == b"\x10\x20\x31\x40"
            os.write(pty_board.fd, b"\x01\x02\x03")
            assert read_n(host, 3) == b"\x01\x02\x03"  # --down-only: up is clean
        finally:
            os.close(host)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    stats = json.loads(out)
    assert stats["down"]["flip"] == 1 and stats["down"]["bytes_in"] == 4
    assert stats["up"]["bytes_out"] == 3 and stats["up"]["flip"] == 0


def test_cli_port_file_is_its_own_to_remove(pty_board: PtyBoard, tmp_path: Path) -> None:
    """--port-file names the pty while the relay runs; on exit it goes, unless someone replaced it."""
    port_file = tmp_path / "port"
    runs = []
    for replaced in (False, True):
        proc = subprocess.Popen(
            [sys.executable, "-m", "orbitrig.host.boards.faultlink", "--board", pty_board.path]
            + ["--port-file", str(port_file)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline().strip()
            assert line.startswith("faultlink on /dev/pts/"), line
            wait_for(port_file.exists, 5.0, "the port file")
            assert port_file.read_text() == line.split()[-1] + "\n"
            if replaced:
                tmp = tmp_path / "sibling"
                tmp.write_text("/dev/pts/sibling\n")
                os.replace(tmp, port_file)  # a sibling started with the same --port-file
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == 0, err
        runs.append(port_file.read_text() if port_file.exists() else None)
    assert runs == [None, "/dev/pts/sibling\n"]


def test_cli_exits_when_the_board_goes() -> None:
    master, slave = pty.openpty()
    tty.setraw(slave)
    path = os.ttyname(slave)
    proc = subprocess.Popen(
        [sys.executable, "-m", "orbitrig.host.boards.faultlink", "--board", path],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("faultlink on /dev/pts/")
        os.close(slave)
        os.close(master)
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 1
    assert json.loads(out)["link"]["error"] == f"board port {path} closed"
    assert err.strip() == f"faultlink: error: board port {path} closed"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--board", "/nonexistent/tty"], "faultlink: error: cannot open board port /nonexistent/tty"),
        (["--board", "/dev/null", "--at", "x:flip"], "faultlink: error: bad --at"),
        ([], "faultlink: error: --board PORT is required"),
    ],
)
def test_cli_errors_are_one_line(args: list[str], message: str) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "orbitrig.host.boards.faultlink", *args],
        capture_output=True,
        text=True,
        timeout=20,
    )
    assert r.returncode != 0
    assert r.stderr.strip().startswith(message), r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr
