"""Coverage-guided fuzzing (atheris / libFuzzer) of both ends of the link.

Usage:
    python fuzz/fuzz_decoders.py TARGET [libFuzzer options] [CORPUS_DIR ...]
    python fuzz/fuzz_decoders.py make-corpus DIR     # seed DIR with the golden frames

TARGET:
    host       protocol.framing.Packetizer.feed + protocol.codec.decode
    host_link  host.link.Link._feed, with commands in flight so replies reach _reply()
    fw_link    the firmware's Link.poll() (under CPython, through tests/fwshim.py)
    fw_board   the firmware's Board.service() + tick(): the input is turned into frames
               with a valid CRC (so it reaches the handlers), some of them damaged

Example: python fuzz/fuzz_decoders.py fw_board -max_total_time=60 -print_final_stats=1

An exception escaping a decoder, or a broken invariant (a buffer that grew, a reply the
host cannot decode, a handler that raised, no PONG for a valid PING), is a crash: libFuzzer
stops and writes the input to crash-<sha1> (or -artifact_prefix). Replay it with
``python fuzz/fuzz_decoders.py TARGET crash-<sha1>``.

The checks include those of the bugs fuzzing found and that are fixed (docs/fuzzing.md): the
firmware's rx_frames counts only delivered frames; in one long read, a run longer than any frame
never reaches the split recovery. atheris is not a project dependency:
``pip install atheris==3.0.0``. For a fixed number of inputs at volume, see fuzz/volume.py.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

with atheris.instrument_imports(include=["orbitrig", "orbitfw", "fwshim"]):
    import fwshim
    import hostlinkfix

    from orbitrig.protocol import codec, framing
    from orbitrig.protocol.crc import crc16
    from orbitrig.protocol.messages import BOARD_TO_HOST, HOST_TO_BOARD, ErrorCode, Msg

    FW = fwshim.load(with_hal_sim=True)

V = 1
AXES = tuple(tuple(a) for a in FW.hal_sim.AXES) if FW.hal_sim is not None else fwshim.FakeHal.AXES
HOST_MSGS = sorted(int(m) for m in HOST_TO_BOARD)
FLASH = tempfile.mkdtemp(prefix="orbitrig-fuzz-flash-")


def _chunks(fdp: atheris.FuzzedDataProvider) -> list[bytes]:
    # the first byte sets the read size (1..256, as a UART or USB hands bytes over)
    size = fdp.ConsumeIntInRange(1, 256)
    data = fdp.ConsumeBytes(fdp.remaining_bytes())
    return [data[i : i + size] for i in range(0, len(data), size)]


# --- host -----------------------------------------------------------------------------------
def host(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    pk = framing.Packetizer()
    for chunk in _chunks(fdp):
        hostlinkfix.check_host_feed(pk, chunk)
    # all of it in one read: a run longer than any frame is dropped, never split (O(n^2))
    whole = framing.Packetizer()
    real = whole._recover
    too_long: list[int] = []

    def recover(chunk: bytes) -> object:
        if len(chunk) > whole._max_wire:
            too_long.append(len(chunk))
        return real(chunk)

    whole._recover = recover  # type: ignore[method-assign]
    list(whole.feed(data))
    assert not too_long, f"split recovery ran on runs of {too_long} bytes"


def host_link(data: bytes) -> None:
    # Frames with a valid CRC (so the input reaches codec.decode and _route), then raw bytes.
    fdp = atheris.FuzzedDataProvider(data)
    link, _ = hostlinkfix.host_link(True)
    board_msgs = sorted(int(m) for m in BOARD_TO_HOST)
    while fdp.remaining_bytes() > 2:
        if fdp.ConsumeBool():
            msg = fdp.PickValueInList(board_msgs) if fdp.ConsumeBool() else fdp.ConsumeIntInRange(0, 255)
            payload = fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 80))
            link._feed(framing.wire(fdp.ConsumeIntInRange(0, 15), fdp.ConsumeIntInRange(0, 15), msg, payload))
        else:
            link._feed(fdp.ConsumeBytes(fdp.ConsumeIntInRange(1, 256)))
        assert len(link._pk._buf) <= link._pk._max_wire
    assert len(link._ev_held) <= 0x8000
    assert len(link.stats.bad_reasons) <= 8


# --- firmware -------------------------------------------------------------------------------
def fw_link(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    hal = fwshim.FakeHal()
    link = FW.link.Link(hal)
    before = hostlinkfix.link_buffers(link)
    delivered = 0
    for chunk in _chunks(fdp) + [b"\x00"]:
        hal.feed(chunk)
        for _ in range(len(chunk) + 4):
            r = link.poll()
            if r == 0:
                break
            if r == 1:
                n = link.plen + 2
                f = link.frame
                assert crc16(f[:n]) == f[n] | f[n + 1] << 8
                delivered += 1
        else:
            raise AssertionError("Link.poll() does not return 0")
        assert hostlinkfix.link_buffers(link) == before
        assert 0 <= link._fill <= len(link._acc)
    assert link.rx_frames == delivered, (link.rx_frames, delivered)


class _Board:
    def __init__(self) -> None:
        self.hal = fwshim.FakeHal(AXES)
        self.board = FW.loop.Board(self.hal)
        self.bufs = hostlinkfix.link_buffers(self.board.link)
        self.pk = framing.Packetizer()

    def feed(self, data: bytes) -> list[framing.RawFrame]:
        self.hal.feed(data)
        self.board.service()
        assert hostlinkfix.link_buffers(self.board.link) == self.bufs
        got = []
        for f in self.pk.feed(self.hal.take_out()):
            assert isinstance(f, framing.RawFrame), f
            fields = codec.decode(f.msg, f.payload)
            if f.msg == Msg.NACK:
                assert fields["code"] != ErrorCode.INTERNAL, fields["reason"]
            got.append(f)
        return got


def fw_board(data: bytes) -> None:
    # the firmware treats its working directory as the board's flash: keep it in scratch
    cwd = os.getcwd()
    os.chdir(FLASH)
    try:
        _fw_board(data)
    finally:
        os.chdir(cwd)


def _fw_board(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    b = _Board()
    b.feed(framing.wire(V, 0, Msg.ARM, b""))
    while fdp.remaining_bytes() > 2:
        op = fdp.ConsumeIntInRange(0, 9)
        if op < 7:  # a frame with a valid CRC, in sequence most of the time
            msg = fdp.PickValueInList(HOST_MSGS) if op < 5 else fdp.ConsumeIntInRange(0, 255)
            seq = b.board.rx_next if op != 4 else fdp.ConsumeIntInRange(0, 15)
            version = V if op != 6 else fdp.ConsumeIntInRange(0, 15)
            payload = fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 64))
            b.feed(framing.wire(version, seq, msg, payload))
        elif op == 7:  # control ticks: moves run, telemetry goes out
            for _ in range(fdp.ConsumeIntInRange(1, 100)):
                FW.time.advance(5000)
                b.board.tick(FW.time.ticks_us())
            b.feed(b"")
        else:  # raw bytes
            b.feed(fdp.ConsumeBytes(fdp.ConsumeIntInRange(1, 300)))
    b.feed(b"\x00")
    seq = b.board.rx_next
    got = b.feed(framing.wire(V, seq, Msg.PING, b"\x2a\x00\x00\x00"))
    assert any(f.msg == Msg.PONG and f.seq == seq for f in got), got


TARGETS = {"host": host, "host_link": host_link, "fw_link": fw_link, "fw_board": fw_board}


def make_corpus(where: str) -> None:
    d = Path(where)
    d.mkdir(parents=True, exist_ok=True)
    vectors = json.loads((ROOT / "tests" / "vectors" / "frames.json").read_text())["vectors"]
    for v in vectors:
        (d / v["name"]).write_bytes(b"\x40" + bytes.fromhex(v["wire_hex"]))


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in (*TARGETS, "make-corpus"):
        sys.exit(f"usage: {sys.argv[0]} {{{'|'.join(TARGETS)}|make-corpus DIR}} [libFuzzer options]")
    if sys.argv[1] == "make-corpus":
        make_corpus(sys.argv[2])
        return
    target = TARGETS[sys.argv[1]]
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
