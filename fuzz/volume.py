"""Fuzzing at volume: a million inputs through every decoder of the link, with fresh seeds.

    python fuzz/volume.py                      # 1,000,000 inputs, 100,000 of them on the VM
    python fuzz/volume.py --inputs 20000 --vm-inputs 4000 --seed 7   # what `make test` runs

Targets (each input is one byte stream, cut into reads of 1 to 300 bytes):
    host       protocol.framing.Packetizer + codec.decode            (CPython)
    host_link  host.link.Link._feed, commands in flight               (CPython)
    fw_link    the firmware's Link.poll() through tests/fwshim.py     (CPython)
    fw_board   the firmware's Board.service() + tick(), then a PING   (CPython)
    vm_link, vm_board   the same two on the real MicroPython VM (tests/mp/fuzz_harness.py
               makes and checks the inputs there: no pipe per input)

Inputs: random bytes (with and without delimiters), and one to four frames with a valid CRC
(host-to-board or board-to-host messages, random payloads) damaged by up to three of: a bit
flip, a cut, a lost or added byte, an added or lost delimiter, a chunk sent twice, a long run
without a delimiter. Checks: no exception escapes; every frame reported passes its CRC and
carries its own header; the decoders' buffers keep their identity and size and hold nothing
past the delimiter that ends a run; a board writes only well-formed frames, never an
INTERNAL NACK, and answers the PING that follows every input.

Prints the seed and the count of each target; exits 1 at the first input that breaks a check,
naming the target, the seed and the input's index, and writing the input to
fuzz-fail-<target>-<seed>-<index>.bin.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import fwshim  # noqa: E402
import hostlinkfix  # noqa: E402
from mpchild import MicroPythonChild  # noqa: E402

from orbitrig.protocol import codec, framing  # noqa: E402
from orbitrig.protocol.crc import crc16  # noqa: E402
from orbitrig.protocol.messages import BOARD_TO_HOST, HOST_TO_BOARD, ErrorCode, Msg  # noqa: E402

V = 1
HOST_MSGS = sorted(int(m) for m in HOST_TO_BOARD)
BOARD_MSGS = sorted(int(m) for m in BOARD_TO_HOST)
# the share of each CPython target in what is not run on the VM
SHARES = {"host": 0.45, "host_link": 0.25, "fw_link": 0.18, "fw_board": 0.12}


class Failure(Exception):
    """An input broke a check: the message says which."""


class Gen:
    """Inputs from one seed: the same seed gives the same inputs."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def raw(self) -> bytes:
        r = self.r
        n = r.randrange(600)
        if r.getrandbits(1):
            return r.randbytes(n)
        return bytes(b or 1 for b in r.randbytes(n))  # no delimiter at all

    def frames(self, msgs: list[int], seq: int = 0) -> bytes:
        r = self.r
        out = b""
        for _ in range(1 + r.randrange(4)):
            msg = r.choice(msgs) if r.getrandbits(3) else r.getrandbits(8)
            s = seq if r.getrandbits(2) else r.getrandbits(4)
            seq = (seq + 1) & 0x0F
            out += framing.wire(V, s, msg, r.randbytes(r.randrange(64)))
        return out

    def mutate(self, data: bytes) -> bytes:
        r = self.r
        b = bytearray(data)
        for _ in range(r.randrange(4)):
            if not b:
                break
            i = r.randrange(len(b))
            k = r.randrange(8)
            if k == 0:
                b[i] ^= 1 << r.randrange(8)
            elif k == 1:
                del b[i:]
            elif k == 2:
                del b[i]
            elif k == 3:
                b.insert(i, r.getrandbits(8))
            elif k == 4:
                b.insert(i, 0)
            elif k == 5:
                j = b.find(0, i)
                if j >= 0:
                    del b[j]
            elif k == 6:
                b[i:i] = b[i : i + 64]
            else:
                b[i:i] = bytes(x or 1 for x in r.randbytes(200 + r.randrange(1000)))
        return bytes(b)

    def stream(self, msgs: list[int], seq: int = 0) -> bytes:
        return self.raw() if self.r.getrandbits(2) == 0 else self.mutate(self.frames(msgs, seq))

    def chunks(self, data: bytes) -> list[bytes]:
        out = []
        i = 0
        while i < len(data):
            n = 1 + self.r.randrange(300)
            out.append(data[i : i + n])
            i += n
        return out


# --- the CPython targets --------------------------------------------------------------------------
def host(g: Gen, n: int) -> None:
    for k in range(n):
        data = g.stream(BOARD_MSGS)
        pk = framing.Packetizer()
        try:
            for chunk in g.chunks(data):
                hostlinkfix.check_host_feed(pk, chunk)
        except Exception as e:
            raise Failure(k, data, f"{type(e).__name__}: {e}") from None


def host_link(g: Gen, n: int) -> None:
    link = None
    for k in range(n):
        if k % 500 == 0:
            link, _ = hostlinkfix.host_link(True)
        assert link is not None
        data = g.stream(BOARD_MSGS)
        try:
            for chunk in g.chunks(data):
                link._feed(chunk)
                if len(link._pk._buf) > link._pk._max_wire:
                    raise AssertionError("the partial frame grew past the longest frame")
        except Exception as e:
            raise Failure(k, data, f"{type(e).__name__}: {e}") from None


def _fw_frames(link: Any, hal: fwshim.FakeHal, chunks: list[bytes]) -> None:
    for chunk in [*chunks, b"\x00"]:
        hal.feed(chunk)
        for _ in range(len(chunk) + 4):
            r = link.poll()
            if r == 0:
                break
            if r == 1:
                f = bytes(link.frame[: link.plen + 4])
                if crc16(f[:-2]) != int.from_bytes(f[-2:], "little"):
                    raise AssertionError("a frame reported with a CRC that does not match")
                if (link.version, link.seq, link.msg) != (f[0] >> 4, f[0] & 0x0F, f[1]):
                    raise AssertionError("a frame reported with a header that is not its own")
            elif r != -1:
                raise AssertionError(f"poll() returned {r!r}")
        else:
            raise AssertionError("poll() keeps returning frames from bytes it already had")


def fw_link(g: Gen, n: int, fw: fwshim.Firmware) -> None:
    hal = fwshim.FakeHal()
    link = fw.link.Link(hal)
    before = hostlinkfix.link_buffers(link)
    for k in range(n):
        data = g.stream(HOST_MSGS)
        try:
            _fw_frames(link, hal, g.chunks(data))
            if hostlinkfix.link_buffers(link) != before:
                raise AssertionError("a Link buffer was replaced or resized")
            if link._fill or link._over:
                raise AssertionError("bytes held past the delimiter that ends them")
        except Exception as e:
            raise Failure(k, data, f"{type(e).__name__}: {e}") from None


def fw_board(g: Gen, n: int, fw: fwshim.Firmware, axes: Any) -> None:
    hal = fwshim.FakeHal(axes)
    board = fw.loop.Board(hal)
    before = hostlinkfix.link_buffers(board.link)
    pk = framing.Packetizer()
    for k in range(n):
        data = g.stream(HOST_MSGS, board.rx_next)
        try:
            for chunk in g.chunks(data):
                hal.feed(chunk)
                for _ in range(len(chunk) + 4):
                    if not board.service():
                        break
            if g.r.getrandbits(2) == 0:
                for _ in range(1 + g.r.randrange(32)):
                    fw.time.advance(5000)
                    board.tick(fw.time.ticks_us())
            hal.feed(b"\x00")
            board.service()
            token = g.r.getrandbits(32)
            seq = board.rx_next
            hal.feed(framing.wire(V, seq, Msg.PING, codec.encode(Msg.PING, {"token": token})))
            board.service()
            pong = False
            for f in pk.feed(hal.take_out()):
                if not isinstance(f, framing.RawFrame):
                    raise AssertionError(f"the board wrote a damaged frame: {f}")
                fields = codec.decode(f.msg, f.payload)
                if f.msg == Msg.NACK and fields["code"] == ErrorCode.INTERNAL:
                    raise AssertionError(f"a handler raised: {fields['reason']}")
                if f.msg == Msg.PONG and f.seq == seq and fields["token"] == token:
                    pong = True
            if not pong:
                raise AssertionError("no PONG for the PING after the input")
            if hostlinkfix.link_buffers(board.link) != before:
                raise AssertionError("a Link buffer was replaced or resized")
        except Exception as e:
            raise Failure(k, data, f"{type(e).__name__}: {e}") from None


# --- the VM targets -------------------------------------------------------------------------------
def vm(kind: str, seed: int, n: int, axes: Any, firmware: Path | None = None, batch: int = 10_000) -> None:
    """``n`` inputs made and checked on the MicroPython VM, in batches of ``batch`` (each its
    own seed, derived from ``seed``)."""
    with tempfile.TemporaryDirectory(prefix="orbitrig-fuzz-") as flash:
        with MicroPythonChild("fuzz_harness.py", cwd=Path(flash), firmware=firmware) as mp:
            mp.call(op="reset", axes=[list(a) for a in axes])
            done = 0
            while done < n:
                count = min(batch, n - done)
                sub = (seed * 1_000_003 + done) & 0x3FFFFFFF
                rep = mp.call(op="volume", kind=kind, seed=sub, count=count)
                if "fail" in rep:
                    raise Failure(
                        done + rep["done"], bytes.fromhex(rep["input"]), f"{rep['fail']} (VM seed {sub})"
                    )
                done += count


# --- the driver -----------------------------------------------------------------------------------
def run(inputs: int, vm_inputs: int, seed: int, say: Callable[[str], None] = print) -> dict[str, int]:
    """``inputs`` in all, ``vm_inputs`` of them on the VM; returns the count per target.
    Raises Failure (its message names the target, seed and input) at the first broken check."""
    fw = fwshim.load(with_hal_sim=True)
    axes = tuple(tuple(a) for a in fw.modules["orbitfw.config"].AXES)
    cpython = inputs - vm_inputs
    counts = {t: round(cpython * share) for t, share in SHARES.items()}
    counts["host"] += cpython - sum(counts.values())
    counts["vm_link"] = vm_inputs * 6 // 10
    counts["vm_board"] = vm_inputs - counts["vm_link"]
    jobs: dict[str, Callable[[Gen, int], None]] = {
        "host": host,
        "host_link": host_link,
        "fw_link": lambda g, n: fw_link(g, n, fw),
        "fw_board": lambda g, n: fw_board(g, n, fw, axes),
    }
    say(f"fuzz seed {seed}: {inputs:,} inputs, {vm_inputs:,} on the MicroPython VM")
    old = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="orbitrig-fuzz-") as scratch:
        os.chdir(scratch)  # the shimmed firmware saves its configuration in its working directory
        try:
            for i, (target, n) in enumerate(counts.items()):
                t0 = time.perf_counter()
                sub = seed * 31 + i
                try:
                    if target.startswith("vm_"):
                        vm(target[3:], sub, n, axes)
                    else:
                        jobs[target](Gen(sub), n)
                except Failure as f:
                    k, data, why = f.args
                    path = Path(old) / f"fuzz-fail-{target}-{seed}-{k}.bin"
                    path.write_bytes(data)
                    raise Failure(
                        f"{target}: input {k} of seed {seed} ({sub}): {why}; the input is in {path}"
                    ) from None
                dt = time.perf_counter() - t0
                say(f"{n:>10,} inputs  {target:<9} {dt:7.1f} s  ({n / max(dt, 1e-9):,.0f}/s)")
        finally:
            os.chdir(old)
    say(f"{sum(counts.values()):>10,} inputs in all, no check broken")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--inputs", type=int, default=1_000_000, help="inputs in all (default 1,000,000)")
    ap.add_argument("--vm-inputs", type=int, default=100_000, help="of them on the MicroPython VM")
    ap.add_argument("--seed", type=int, help="default: a fresh one (printed)")
    args = ap.parse_args(argv)
    if not 0 <= args.vm_inputs <= args.inputs:
        ap.error("--vm-inputs must be between 0 and --inputs")
    seed = args.seed if args.seed is not None else int.from_bytes(os.urandom(4), "little")
    try:
        run(args.inputs, args.vm_inputs, seed)
    except Failure as e:
        print(f"fuzz: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
