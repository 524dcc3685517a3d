"""Reliable link on a noisy line: nothing lost, nothing run twice, damage costs only its frame.

These tests put the fault-injecting proxy (orbitrig.host.boards.faultlink) between the host and
the board, so they run unchanged on a real board too.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from hil_tests.homing import arm_homed
from orbitrig.host.boards.faultlink import FaultLink, FaultSpec
from orbitrig.host.errors import CommandRefused, LinkLost
from orbitrig.host.rig import Rig
from orbitrig.host.testing.pytest_plugin import TEST_LINK_TIMEOUT_MS, BoardUnderTest, link_timeout
from orbitrig.protocol.messages import DoneReason, ErrorCode, EventKind, Flag, Msg


@pytest.fixture
def proxy(board: BoardUnderTest) -> Iterator[FaultLink]:
    fl = FaultLink(board.port, seed=7)
    fl.start()
    try:
        yield fl
    finally:
        fl.stop()


def _connect(fl: FaultLink) -> Rig:
    rig = Rig.connect(fl.port, timeout=5.0)
    fl.wait_host()
    if rig.config_get("board", "link_timeout")[0] != TEST_LINK_TIMEOUT_MS:
        rig.config_set("board", "link_timeout", TEST_LINK_TIMEOUT_MS)  # room for a loaded machine
    return rig


@pytest.mark.timeout(240)
def test_ten_thousand_commands_through_noise(proxy: FaultLink, record_property) -> None:
    rig = _connect(proxy)
    try:
        link = rig.link
        before = rig.status()
        s0 = link.stats.__dict__.copy()
        noisy = FaultSpec(flip=0.01, drop=0.002)
        proxy.set_faults(down=noisy, up=noisy, reset_stats=True)
        n = 10_000
        pending = []
        for i in range(n):
            pending.append((i, link.submit(Msg.PING, {"token": i}, timeout=30)))
            while pending and pending[0][1].done:
                tok, p = pending.pop(0)
                assert link.result(p).fields["token"] == tok
        for tok, p in pending:
            assert link.result(p, timeout=30).fields["token"] == tok
        fs = proxy.stats()
        proxy.set_faults(down=FaultSpec(), up=FaultSpec())
        after = rig.status()
        # Every command was answered (with its own token, checked above): none lost. The
        # board ran exactly as many commands as the host saw answered (the 10,000 PINGs,
        # any keepalive, the final STATUS): none ran twice.
        acked = link.stats.acked - s0["acked"]
        executed = after.executed - before.executed
        assert acked >= n + 1
        assert executed == acked
        # each corruption costs at most the frame it hit (a hit delimiter merges two frames,
        # which the readers split again; the bound still allows for it)
        down_sent = link.stats.tx_frames - s0["tx_frames"]
        down_lost = down_sent - (after.rx_frames - before.rx_frames - 1)
        down_hit = fs["down"]["frames_hit"] + fs["down"]["delims_hit"]
        up_sent = after.tx_frames - before.tx_frames - 1
        up_lost = up_sent - (link.stats.rx_frames - s0["rx_frames"] - 1)
        up_hit = fs["up"]["frames_hit"] + fs["up"]["delims_hit"]
        record_property("down_frames_hit", fs["down"]["frames_hit"])
        record_property("down_frames_lost", down_lost)
        record_property("up_frames_hit", fs["up"]["frames_hit"])
        record_property("up_frames_lost", up_lost)
        record_property("retransmits", link.stats.retransmits - s0["retransmits"])
        record_property("rx_dup", after.rx_dup - before.rx_dup)
        print(
            f"\n10k commands: down {down_lost} frames lost / {fs['down']['frames_hit']} hit; "
            f"up {up_lost} lost / {fs['up']['frames_hit']} hit; "
            f"retransmits {link.stats.retransmits - s0['retransmits']}, board dup answers "
            f"{after.rx_dup - before.rx_dup}, split recoveries {link.stats.rx_split}"
        )
        assert fs["down"]["frames_hit"] > 100 and fs["up"]["frames_hit"] > 100  # the noise was real
        assert 0 <= down_lost <= down_hit
        assert 0 <= up_lost <= up_hit
    finally:
        rig.close()


def test_resent_move_moves_once(proxy: FaultLink) -> None:
    rig = _connect(proxy)
    try:
        rig.arm()
        roll = rig.axis("roll")
        start = rig.status()
        link = rig.link
        c0 = link.stats.completed
        proxy.set_faults(up=FaultSpec(drop=1.0))  # every answer lost: the host must resend
        p = link.submit(
            Msg.MOVE_TO,
            {"duration_ms": 1000, "speed_permille": 1000, "targets": [{"axis": roll.index, "pos": 7000}]},
        )
        deadline = time.monotonic() + 0.3
        while time.monotonic() < deadline:
            link.pump(0.02)
        assert not p.done and p.tries >= 2  # resent at least once, answers still lost
        proxy.set_faults(up=FaultSpec())
        mid = link.result(p, timeout=5).fields["result"]
        assert rig.wait_motion(mid, timeout=10) == "COMPLETE"
        st = rig.status()
        # the board ran each command the host saw answered exactly once (the MOVE_TO, the
        # keepalive PINGs, this STATUS): the resent MOVE_TO did not run again
        assert st.executed - start.executed == link.stats.completed - c0
        assert st.rx_dup - start.rx_dup >= 1  # the resends were answered from the cache
        assert st.motion_id == mid == start.motion_id + 1  # one motion, not two
        assert st.pos[roll.index] == pytest.approx(7.0, abs=0.01)
    finally:
        rig.close()


def test_stop_overtakes_and_cancels_lost_commands(proxy: FaultLink) -> None:
    rig = _connect(proxy)
    try:
        rig.arm()
        link = rig.link
        proxy.set_faults(down=FaultSpec(drop=1.0))  # the next command vanishes on the way
        lost = link.submit(Msg.PING, {"token": 99})
        link.pump(0.02)
        proxy.set_faults(down=FaultSpec())
        stop = link.submit(Msg.STOP)  # priority: runs on arrival, ahead of the lost PING
        assert link.result(stop, timeout=5).msg == Msg.ACK
        with pytest.raises(CommandRefused) as e:
            link.result(lost, timeout=5)
        assert e.value.code == ErrorCode.CANCELLED
        rig.ping(1)  # and the stream carries on
    finally:
        rig.close()


def test_stop_is_not_held_back_by_a_full_window(rig: Rig) -> None:
    link = rig.link
    queued = [link.submit(Msg.PING, {"token": i}) for i in range(link.window)]
    assert link.in_flight() == link.window
    stop = link.submit(Msg.STOP, timeout=0.001)  # would time out if it waited for the window
    assert link.result(stop).msg == Msg.ACK
    assert [link.result(p).fields["token"] for p in queued] == list(range(link.window))


def test_lost_event_is_fetched_again(proxy: FaultLink) -> None:
    rig = _connect(proxy)
    try:
        rig.drain()
        link = rig.link
        proxy.set_faults(up=FaultSpec(drop=1.0))
        p = link.submit(Msg.ARM)  # its ACK and the STATE event are lost
        deadline = time.monotonic() + 0.1
        while time.monotonic() < deadline:
            link.pump(0.02)
        proxy.set_faults(up=FaultSpec())
        link.result(p, timeout=5)
        rig.status()  # reports ev_next: the host notices the missing event and asks again
        ev = rig.event(timeout=5)
        assert ev.kind == "STATE" and ev.describe() == "state DISARMED -> IDLE"
        assert link.stats.events_lost == 0
    finally:
        rig.close()


def test_unplug_and_replug_resumes_without_a_restart(rig: Rig) -> None:
    link = rig.link
    boot = rig.info.boot_id if rig.info else None
    before = rig.status()
    c0 = link.stats.completed
    pending = [link.submit(Msg.PING, {"token": 500 + i}) for i in range(3)]
    link.port.close()  # cable pulled with three commands in flight
    info = rig.reconnect()
    assert info.boot_id == boot  # the board did not restart
    assert [link.result(p).fields["token"] for p in pending] == [500, 501, 502]
    after = rig.status()
    # each ran once, whether it reached the board before the cable came out (then its resend
    # was answered from the reply cache) or only after the replug
    assert after.executed - before.executed == link.stats.completed - c0


def test_events_raised_while_unplugged_arrive_after_replug(rig: Rig) -> None:
    with link_timeout(rig, 250):
        # The cable comes out mid-move: the board's link watchdog brakes and holds, and the
        # host, once replugged, receives every event it missed, in order.
        arm_homed(rig)
        rig.drain()
        mid = rig.move_to({"slider": 400.0}, speed=0.2)
        rig.sleep(0.2)
        rig.link.port.close()
        time.sleep(1.0)
        rig.reconnect()
        kinds = []
        while True:
            ev = rig.event(timeout=5)
            kinds.append(ev.describe() if ev.kind != "LINK_LOSS" else "link loss")
            if ev.kind == "MOTION_DONE" and ev.a == mid:
                break
        assert "link loss" in kinds
        assert kinds[-1] == f"motion {mid} fault"
        assert "state MOVING -> HOLD" in kinds
        assert rig.link.stats.events_lost == 0
        assert rig.status().state == "HOLD"


def test_events_from_before_the_first_are_neither_made_up_nor_lost(rig: Rig) -> None:
    # The board has raised ev_next events since it booted (0 .. ev_next - 1) and keeps the last
    # 32. Asked from five before the first, it sends what it still holds and counts as lost
    # only events that existed: the five that never did are neither.
    link = rig.link
    seen: list[dict] = []
    deliver = link._event
    link._event = lambda f: (seen.append(dict(f.fields)), deliver(f))[-1]  # type: ignore[method-assign]
    try:
        ev_next = rig.status().ev_next
        assert ev_next < 0x8000, "this test needs a board that has raised fewer than 32768 events"
        result = link.request(Msg.GET_EVENTS, {"from_seq": (-5) & 0xFFFF}).fields["result"]
        rig.sleep(0.1)
    finally:
        link._event = deliver  # type: ignore[method-assign]
    sent, lost = result & 0xFFFF, result >> 16
    held = min(ev_next, 32)
    assert (sent, lost) == (held, ev_next - held)
    assert [e["evseq"] for e in seen] == list(range(ev_next - held, ev_next))
    assert all(e["kind"] in iter(EventKind) for e in seen), seen  # no made-up kind 0


def test_a_new_host_cannot_take_over_a_moving_rig(rig: Rig, board: BoardUnderTest) -> None:
    # This host goes away mid-move, and another one connects well within the link timeout:
    # the board must not carry on a move that nobody is driving any more.
    rig.arm()
    rig.drain()
    pan = rig.axis("pan")
    p0 = rig.status().pos[pan.index]
    mid = rig.move_to({"pan": p0 - 60 if p0 > 0 else p0 + 60}, duration=3.0)
    rig.sleep(0.2)
    asked = rig.link.submit(Msg.PING, {"token": 77})  # its answer is never read here
    rig.link.port.close()
    with Rig.connect(board.port, timeout=2.0) as other:
        st = other.status()
        assert st.state == "HOLD" and st.flags & Flag.LINK_LOST
        other.wait_idle(timeout=10)  # it brakes under control, then stands
        assert other.status().state == "HOLD"
    rig.reconnect()  # the first host is back: it learns what happened to its move
    # what it had in flight is not resent into the other host's sequence, nor answered with
    # one of its replies: its outcome is unknown, and said so
    with pytest.raises(LinkLost, match="another host has used the board"):
        rig.link.result(asked)
    kinds = []
    while True:
        ev = rig.event(timeout=5)
        kinds.append((ev.kind, ev.a, ev.b))
        if ev.kind == "MOTION_DONE" and ev.a == mid:
            break
    assert ("LINK_LOSS", 0, 1) in kinds, kinds  # b = 1: another host session said HELLO
    assert kinds[-1] == ("MOTION_DONE", mid, DoneReason.FAULT)


def test_the_same_host_reconnecting_keeps_its_move(rig: Rig) -> None:
    rig.arm()
    pan = rig.axis("pan")
    p0 = rig.status().pos[pan.index]
    mid = rig.move_to({"pan": p0 - 20 if p0 > 0 else p0 + 20}, duration=1.5)
    rig.sleep(0.2)
    rig.link.port.close()  # the cable comes out and goes back in: the same session
    rig.reconnect()
    assert rig.status().state == "MOVING"
    assert rig.wait_motion(mid, timeout=10) == "COMPLETE"


def test_a_resend_up_to_eight_behind_gets_the_first_answer(rig: Rig) -> None:
    # The board keeps the replies of the 8 sequence numbers behind the one it expects (a frame
    # that far behind is a retransmission): the oldest and the newest of them come back as first
    # sent, not run again with the resent frame's fields.
    link = rig.link
    keepalive, link.keepalive = link.keepalive, 0  # no PING of the link's own between these
    try:
        before = rig.status()
        resent = link.stats.retransmits  # a slow board's (the emulated Pico's) late replies
        seqs = []
        for k in range(8):
            p = link.submit(Msg.PING, {"token": 1000 + k})
            assert link.result(p, timeout=5).fields["token"] == 1000 + k
            seqs.append(p.seq)
        for k in (0, 7):  # 8 behind the next expected, and 1 behind
            link.send(Msg.PING, {"token": 9999}, seq=seqs[k])
            reply = link.wait_reply(seqs[k], Msg.PING, 5.0)
            assert (reply.msg, reply.fields["token"]) == (Msg.PONG, 1000 + k)
        resent = link.stats.retransmits - resent  # (written, so handled, before the STATUS)
        after = rig.status()
    finally:
        link.keepalive = keepalive
    # the two resends here, and any the host's own timer sent again: each is answered from the
    # cache and counted, never run a second time
    assert after.rx_dup - before.rx_dup == 2 + resent
    assert after.executed - before.executed == 8 + 1  # the 8 PINGs and the STATUS, once each
