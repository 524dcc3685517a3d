"""A rig that stays trustworthy on a noisy line: moves, connects and a command soak through
the fault-injecting proxy, at the board's default 250 ms link watchdog.

Each test has a size for `make test` and the full one for `make soak` (the environment
variables below); both print their counts. The proxy (orbitrig.host.boards.faultlink) runs between
the host and the board, so the tests run unchanged on a real board too.

    ORBITRIG_NOISE_MOVES=2000 ORBITRIG_NOISE_SEEDS=1,2,3,4,5   back-to-back 0.5 deg moves
    ORBITRIG_NOISE_CONNECTS=100                                connects at 2 % byte faults
    ORBITRIG_SOAK_COMMANDS=100000                              commands at 1 % flips + 0.2 % drops
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from orbitrig.host.boards.faultlink import FaultLink, FaultSpec
from orbitrig.host.errors import CommandRefused, RigError
from orbitrig.host.link import Pending
from orbitrig.host.rig import Rig, Status
from orbitrig.host.testing.pytest_plugin import DEFAULT_LINK_TIMEOUT_MS, BoardUnderTest, clear_latched
from orbitrig.protocol.messages import DoneReason, ErrorCode, EventKind, Flag, Msg

MOVES = int(os.environ.get("ORBITRIG_NOISE_MOVES", "120"))
SEEDS = [int(s) for s in os.environ.get("ORBITRIG_NOISE_SEEDS", "1").split(",")]
CONNECTS = int(os.environ.get("ORBITRIG_NOISE_CONNECTS", "20"))
SOAK = int(os.environ.get("ORBITRIG_SOAK_COMMANDS", "4000"))

# the line: 1 % of bytes corrupted, 0.5 % dropped, 0.5 % duplicated, both ways
MOVE_NOISE = FaultSpec(flip=0.01, drop=0.005, dup=0.005)
CONNECT_NOISE = FaultSpec(flip=0.01, drop=0.005, dup=0.005)  # 2 % of bytes hit
SOAK_NOISE = FaultSpec(flip=0.01, drop=0.002)


def _budget(n: int, per: float, floor: float = 60.0) -> float:
    return max(floor, n * per)


@pytest.fixture
def proxy(board: BoardUnderTest) -> Iterator[FaultLink]:
    fl = FaultLink(board.port, seed=SEEDS[0])
    fl.start()
    try:
        yield fl
    finally:
        fl.stop()


class Events:
    """Takes the host's buffered events as they come (a long run would overflow the buffer)
    and keeps what the tests count."""

    def __init__(self, rig: Rig) -> None:
        self.rig = rig
        self.link_loss: list[tuple[int, int]] = []
        self.done: dict[int, list[int]] = {}  # motion id -> every reason reported for it

    def take(self) -> None:
        buf = self.rig.link.events
        while buf:
            f = buf.popleft().fields
            if f["kind"] == EventKind.LINK_LOSS:
                self.link_loss.append((f["a"], f["b"]))
            elif f["kind"] == EventKind.MOTION_DONE:
                self.done.setdefault(f["a"], []).append(f["b"])


def _counted_status(rig: Rig) -> tuple[Status, int]:
    """STATUS and the host's count of answered commands at the same instant: with keepalives
    paused and nothing in flight, so no command is between the two counts (the rig is still)."""
    link = rig.link
    keep = link.keepalive
    link.keepalive = 0
    try:
        deadline = time.monotonic() + 10
        while link.in_flight() and time.monotonic() < deadline:
            link.pump(0.05)
        st = rig.status()
        return st, link.stats.completed
    finally:
        link.keepalive = keep


def _settle_clean(fl: FaultLink, rig: Rig) -> None:
    fl.set_faults(down=FaultSpec(), up=FaultSpec())
    rig.stop()
    rig.wait_idle(timeout=10)
    clear_latched(rig)
    rig.disarm()


@pytest.mark.timeout(_budget(MOVES * len(SEEDS), 0.6, 120))
def test_back_to_back_moves_through_noise_never_trip_the_watchdog(proxy: FaultLink) -> None:
    # The board holds a rig whose host is silent for its link timeout. Under noise the host
    # must never look silent while it is alive and trying, even with its window full of
    # unanswered commands, and every command must still run exactly once.
    rig = Rig.connect(proxy.port, timeout=5.0)
    try:
        proxy.wait_host()
        rig.config_set("board", "link_timeout", DEFAULT_LINK_TIMEOUT_MS)
        rig.arm()
        pan = rig.axis("pan").index
        base = round(rig.status().pos[pan])
        rig.wait_motion(rig.move_to({"pan": base}), timeout=10)
        rig.drain()
        totals = {"moves": 0, "retransmits": 0, "timeouts": 0, "frames_hit": 0, "link_loss": 0}
        ev = Events(rig)
        for seed in SEEDS:
            before, c0 = _counted_status(rig)
            s0 = dict(rig.link.stats.__dict__)
            ev.take()
            ev.done.clear()
            proxy.set_faults(down=MOVE_NOISE, up=MOVE_NOISE, seed=seed, reset_stats=True)
            # back to back: the board's motion queue is kept fed (a move is refused BUSY while it
            # holds four), so the rig moves, and its link watchdog runs, for the whole run
            ids: list[int] = []
            busy = 0
            deadline = time.monotonic() + 30 + MOVES
            while len(ids) < MOVES:
                assert time.monotonic() < deadline, f"seed {seed}: {len(ids)} moves accepted"
                try:
                    ids.append(rig.move_to({"pan": base + (0.5 if len(ids) % 2 == 0 else 0.0)}))
                except CommandRefused as e:
                    ev.take()
                    assert not ev.link_loss, f"seed {seed}, move {len(ids)}: LINK_LOSS {ev.link_loss}"
                    assert e.code == ErrorCode.BUSY, e
                    busy += 1
                    rig.sleep(0.02)  # pumping: keepalives go out, events come in
                ev.take()
                assert not ev.link_loss, f"seed {seed}, move {len(ids)}: LINK_LOSS {ev.link_loss}"
            while not all(m in ev.done for m in ids) and time.monotonic() < deadline:
                rig.sleep(0.02)
                ev.take()
            assert all(ev.done.get(m) == [DoneReason.COMPLETE] for m in ids), f"seed {seed}: {ev.done}"
            assert busy, "the motion queue never filled: the moves were not back to back"
            fs = proxy.stats()
            proxy.set_faults(down=FaultSpec(), up=FaultSpec())
            after, c1 = _counted_status(rig)
            rig.sleep(0.1)
            ev.take()
            totals["moves"] += MOVES
            totals["retransmits"] += rig.link.stats.retransmits - s0["retransmits"]
            totals["timeouts"] += rig.link.stats.timeouts - s0["timeouts"]
            totals["frames_hit"] += fs["down"]["frames_hit"] + fs["up"]["frames_hit"]
            totals["link_loss"] += len(ev.link_loss)
            assert not ev.link_loss and not after.flags & Flag.LINK_LOST, f"seed {seed}: {ev.link_loss}"
            assert after.state == "IDLE", f"seed {seed}: {after.state}"
            # exactly once: one motion id per move and one MOTION_DONE each, and the board ran as
            # many commands as the host saw answered (the moves, the keepalives, the STATUS)
            assert ids == list(range(ids[0], ids[0] + MOVES)) and after.motion_id == ids[-1]
            assert sorted(ev.done) == ids and all(len(r) == 1 for r in ev.done.values())
            assert after.executed - before.executed == c1 - c0
            assert fs["down"]["frames_hit"] > MOVES // 20, fs["down"]  # the noise was real
        print(
            f"\nnoise moves: {totals['moves']} moves on seeds {SEEDS}, {totals['link_loss']} LINK_LOSS, "
            f"{totals['frames_hit']} frames hit, {totals['retransmits']} retransmits, "
            f"{totals['timeouts']} timeouts"
        )
    finally:
        _settle_clean(proxy, rig)
        rig.close()


@pytest.mark.timeout(_budget(CONNECTS, 6.0))
def test_connects_through_two_percent_byte_faults(proxy: FaultLink) -> None:
    proxy.set_faults(down=CONNECT_NOISE, up=CONNECT_NOISE, seed=SEEDS[0])
    times: list[float] = []
    failed: list[str] = []
    for _ in range(CONNECTS):
        t0 = time.monotonic()
        try:
            with Rig.connect(proxy.port, timeout=5.0, log=False) as rig:
                info = rig.info
                assert info is not None and len(info.axes) == 5
                times.append(time.monotonic() - t0)
        except RigError as e:
            failed.append(str(e))
    fs = proxy.stats()
    times.sort()
    print(
        f"\nnoisy connects: {len(times)} of {CONNECTS} within 5 s; median {times[len(times) // 2]:.3f} s, "
        f"slowest {times[-1]:.3f} s; {fs['down']['frames_hit']} + {fs['up']['frames_hit']} frames hit"
    )
    # 99 of 100 (every one of a shorter run)
    assert len(failed) <= CONNECTS // 100, failed[:3]
    assert fs["up"]["frames_hit"] > CONNECTS, fs["up"]  # the noise was real


@pytest.mark.timeout(_budget(SOAK, 0.01, 120))
def test_command_soak_through_noise(proxy: FaultLink) -> None:
    # A mix of commands, pipelined in the window: PINGs (their tokens come back), STATUS, and
    # a short move every 50 commands. Counted: lost (never answered), run twice (the board ran
    # more than the host saw answered), LINK_LOSS events.
    rig = Rig.connect(proxy.port, timeout=5.0)
    try:
        proxy.wait_host()
        rig.config_set("board", "link_timeout", DEFAULT_LINK_TIMEOUT_MS)
        rig.arm()
        link = rig.link
        pan = rig.axis("pan").index
        base = round(rig.status().pos[pan])
        rig.drain()
        before, c0 = _counted_status(rig)
        s0 = dict(link.stats.__dict__)
        proxy.set_faults(down=SOAK_NOISE, up=SOAK_NOISE, seed=SEEDS[0], reset_stats=True)
        ev = Events(rig)
        pending: list[tuple[int, Pending]] = []
        lost = refused = moves = 0
        t0 = time.monotonic()

        def settle_one() -> None:
            nonlocal lost, refused
            k, p = pending.pop(0)
            try:
                f = link.result(p, timeout=10)
            except CommandRefused:
                refused += 1  # an answer all the same (a move while the queue is full)
                return
            except RigError:
                lost += 1
                return
            if f.msg == Msg.PONG:
                assert f.fields["token"] == k, (k, f.fields)

        for k in range(SOAK):
            if k % 50 == 49:
                moves += 1
                target = round((base + (0.5 if moves % 2 else 0.0)) * 1000)
                fields = {"duration_ms": 0, "speed_permille": 1000, "targets": [{"axis": pan, "pos": target}]}
                p = link.submit(Msg.MOVE_TO, fields, timeout=10)
            elif k % 10 == 9:
                p = link.submit(Msg.GET_STATUS, timeout=10)
            else:
                p = link.submit(Msg.PING, {"token": k}, timeout=10)
            pending.append((k, p))
            while pending and pending[0][1].done:
                settle_one()
            ev.take()
        while pending:
            settle_one()
        seconds = time.monotonic() - t0
        fs = proxy.stats()
        proxy.set_faults(down=FaultSpec(), up=FaultSpec())
        rig.wait_idle(timeout=10)
        rig.sleep(0.2)  # events lost to the noise are fetched again
        after, c1 = _counted_status(rig)
        rig.sleep(0.2)
        ev.take()
        executed = after.executed - before.executed
        answered = c1 - c0
        twice = executed - answered
        started = after.motion_id - before.motion_id
        print(
            f"\nsoak: {SOAK} commands in {seconds:.1f} s through 1 % flips + 0.2 % drops: lost {lost}, "
            f"run twice {twice}, LINK_LOSS {len(ev.link_loss)}; {moves} moves ({refused} refused: queue "
            f"full), {fs['down']['frames_hit']} + {fs['up']['frames_hit']} frames hit, "
            f"{link.stats.retransmits - s0['retransmits']} retransmits"
        )
        assert lost == 0 and twice == 0 and not ev.link_loss
        assert not after.flags & Flag.LINK_LOST
        # each accepted move got one motion id and exactly one MOTION_DONE, completed or dropped
        assert started == moves - refused
        assert len(ev.done) == started and all(len(r) == 1 for r in ev.done.values())
        assert all(r[0] in (DoneReason.COMPLETE, DoneReason.DROPPED) for r in ev.done.values())
        assert fs["down"]["frames_hit"] > SOAK // 100  # the noise was real
    finally:
        _settle_clean(proxy, rig)
        rig.close()
