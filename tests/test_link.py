"""The host Link against a scripted board in this process: the short handshake, keepalives
with a full window, and what it does when another host has used the board in between."""

from __future__ import annotations

import time
from typing import Any

import pytest
import serial

from orbitrig.host import link as hostlink
from orbitrig.host.errors import BoardSilent, LinkLost
from orbitrig.protocol import PROTOCOL_VERSION, SCHEMA_HASH, codec, framing
from orbitrig.protocol.messages import BOARD_AXIS, ConfigKey, ErrorCode, Msg

AXES = [
    {"name": n, "kind": k, "unit": k, "min": -1000 * (i + 1), "max": 1000 * (i + 1), "vmax": 5000}
    for i, (n, k) in enumerate([("pan", 0), ("tilt", 0), ("roll", 0), ("slider", 1), ("focus", 1)])
]


class ScriptedBoard:
    """Answers what a Link writes, in process: IDENTIFY (short when asked), AXIS, CONFIG,
    PONG, ACK. ``mute`` leaves sequenced commands unanswered; ``nack`` answers them with that
    error code; ``damage_identify`` spoils that many IDENTIFYs (one flipped byte)."""

    def __init__(self, link: hostlink.Link, link_timeout_ms: int = 250) -> None:
        self.link = link
        self.link_timeout_ms = link_timeout_ms
        self.rx_next = 0
        self.boot_id = 4242
        self.mute = False
        self.nack: ErrorCode | None = None
        self.damage_identify = 0
        self.got: list[tuple[Msg, int, dict[str, Any]]] = []
        self._out = bytearray()
        self._pk = framing.Packetizer()
        link.write_raw = self._receive  # type: ignore[method-assign]
        link._read = self._read  # type: ignore[method-assign]

    def sent(self, msg: Msg) -> list[int]:
        """The seqs of every ``msg`` frame the link wrote (retransmissions included)."""
        return [seq for m, seq, _ in self.got if m == msg]

    def _read(self, wait: float) -> bytes:
        if not self._out:
            time.sleep(min(wait, 0.001))
        out = bytes(self._out)
        self._out.clear()
        return out

    def _send(self, msg: Msg, seq: int, fields: dict[str, Any]) -> None:
        self._out += framing.wire(PROTOCOL_VERSION, seq, msg, codec.encode(msg, fields))

    def _receive(self, data: bytes) -> None:
        for f in self._pk.feed(data):
            assert isinstance(f, framing.RawFrame)
            msg = Msg(f.msg)
            fields = codec.decode(msg, f.payload)
            self.got.append((msg, f.seq, fields))
            self._answer(msg, f.seq, fields)

    def _answer(self, msg: Msg, seq: int, fields: dict[str, Any]) -> None:
        if msg == Msg.HELLO:
            ident = {
                "version": PROTOCOL_VERSION,
                "schema": SCHEMA_HASH,
                "rx_window": 4,
                "board": 0,
                "reset_cause": 0,
                "tick_hz": 200,
                "boot_id": self.boot_id,
                "rx_next": self.rx_next,
                "ev_next": 0,
                "build_id": "scripted",
                "axes": [] if fields["flags"] & 1 else AXES,
            }
            frame = framing.wire(PROTOCOL_VERSION, seq, Msg.IDENTIFY, codec.encode(Msg.IDENTIFY, ident))
            if self.damage_identify:
                self.damage_identify -= 1
                frame = frame[:10] + bytes([frame[10] ^ 0x10]) + frame[11:]
            self._out += frame
            return
        if self.mute:
            return
        self.rx_next = (seq + 1) & 0x0F
        if self.nack is not None:
            self._send(Msg.NACK, seq, {"seq": seq, "code": self.nack, "reason": ""})
        elif msg == Msg.GET_AXIS:
            self._send(Msg.AXIS, seq, dict(AXES[fields["axis"]], axis=fields["axis"], count=len(AXES)))
        elif msg == Msg.GET_CONFIG:
            assert (fields["axis"], fields["key"]) == (BOARD_AXIS, ConfigKey.LINK_TIMEOUT)
            self._send(
                Msg.CONFIG,
                seq,
                {
                    "axis": BOARD_AXIS,
                    "key": ConfigKey.LINK_TIMEOUT,
                    "value": self.link_timeout_ms,
                    "lo": 50,
                    "hi": 10000,
                },
            )
        elif msg == Msg.PING:
            self._send(Msg.PONG, seq, {"token": fields["token"], "t_us": 0})
        else:
            self._send(Msg.ACK, seq, {"seq": seq, "result": 0})


def scripted(link_timeout_ms: int = 250) -> tuple[hostlink.Link, ScriptedBoard]:
    link = hostlink.Link(serial.serial_for_url("loop://"), "loop://", timeout=2.0)
    return link, ScriptedBoard(link, link_timeout_ms)


def test_short_identify_then_one_get_axis_per_axis() -> None:
    link, board = scripted()
    f = link.hello()
    assert f["axes"] == AXES
    hello = next(fields for m, _, fields in board.got if m == Msg.HELLO)
    assert hello["flags"] == 1 and hello["session"] == link.session != 0
    assert [fields["axis"] for m, _, fields in board.got if m == Msg.GET_AXIS] == [0, 1, 2, 3, 4]
    assert link.keepalive == pytest.approx(0.250 / hostlink.KEEPALIVES_PER_TIMEOUT)


@pytest.mark.parametrize(
    "timeout_ms, keepalive",
    [
        (250, 0.250 / 12),
        (50, hostlink.KEEPALIVE_MIN),
        (2000, hostlink.KEEPALIVE),
        (10_000, hostlink.KEEPALIVE),
    ],
)
def test_keepalive_is_paced_by_the_boards_link_timeout(timeout_ms: int, keepalive: float) -> None:
    link, _ = scripted(timeout_ms)
    link.hello()
    assert link.keepalive == pytest.approx(keepalive)
    link.keepalive = 0  # turned off on purpose: a board's timeout does not turn it back on
    link.set_watchdog(250)
    assert link.keepalive == 0


def test_damaged_identify_sends_hello_again_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # With the regular retry pushed far out, only the damaged frame can bring the second HELLO.
    monkeypatch.setattr(hostlink, "HELLO_RETRY", 30.0)
    link, board = scripted()
    board.damage_identify = 1
    link.hello(timeout=2.0)
    assert len(board.sent(Msg.HELLO)) == 2


def test_a_full_window_still_feeds_the_watchdog() -> None:
    # Four commands unanswered and a retransmission timer far away: the keepalive pace still
    # puts a frame on the line, the oldest command again (answered from the board's cache).
    link, board = scripted()
    link.hello()
    board.mute = True
    link.keepalive = 0.02
    queued = [link.submit(Msg.GET_STATUS) for _ in range(link.window)]
    assert not link._window_open()
    link.rto = 30.0
    before = len(board.got)
    link.pump(0.5)
    again = board.got[before:]
    assert len(again) >= 3, again  # ~25 at 20 ms; a stalled host still gets several out
    assert {seq for _, seq, _ in again} == {queued[0].seq}  # always the oldest, nothing new


def test_a_reply_not_kept_fails_the_command_once() -> None:
    link, board = scripted()
    link.hello()
    board.nack = ErrorCode.NOT_KEPT
    p = link.submit(Msg.GET_STATUS)
    with pytest.raises(LinkLost, match=r"no longer holds its reply .*whether it ran is unknown"):
        link.result(p)
    assert board.sent(Msg.GET_STATUS) == [p.seq]  # not resent: the answer will never come


def test_out_of_order_nacks_for_a_whole_window_cost_one_go_back() -> None:
    link, board = scripted()
    link.hello()
    board.mute = True
    link.keepalive = 0
    ps = [link.submit(Msg.GET_STATUS) for _ in range(link.window)]
    link._srtt = 5.0  # one round trip is long: all four NACKs arrive within it
    before = len(board.got)
    for p in ps:  # each NACK in a read of its own
        board._send(Msg.NACK, p.seq, {"seq": p.seq, "code": ErrorCode.OUT_OF_ORDER, "reason": ""})
        link.pump(0.01)
    assert len(board.got) - before == link.window  # the window once, not once per NACK


def test_in_flight_commands_resume_when_the_board_is_in_step() -> None:
    link, board = scripted()
    link.hello()
    board.mute = True
    ps = [link.submit(Msg.GET_STATUS) for _ in range(2)]
    board.rx_next = ps[1].seq  # the first ran (its answer was lost), the second did not arrive
    board.mute = False
    link.hello()
    assert all(link.result(p).msg == Msg.ACK for p in ps)


def test_in_flight_commands_fail_when_another_host_used_the_board() -> None:
    link, board = scripted()
    link.hello()
    board.mute = True
    ps = [link.submit(Msg.GET_STATUS) for _ in range(2)]
    board.rx_next = (ps[1].seq + 6) & 0x0F  # six more commands ran: not from this host
    board.mute = False
    link.hello()
    for p in ps:
        with pytest.raises(LinkLost, match=r"another host has used the board .* 2 commands in flight"):
            link.result(p)
    assert link.request(Msg.PING, {"token": 5}).fields["token"] == 5  # and it carries on in step


def test_hello_is_silent_after_its_timeout_without_a_board() -> None:
    link = hostlink.Link(serial.serial_for_url("loop://"), "loop://", timeout=0.2)
    link.write_raw = lambda data: None  # type: ignore[method-assign]
    with pytest.raises(BoardSilent, match=r"did not answer HELLO within 0\.2 s"):
        link.hello()


def test_hello_carries_no_repl_control_byte_but_ctrl_a() -> None:
    # A HELLO that reaches a board at its raw REPL (being flashed, or in safe mode) must only
    # bring the banner: a Ctrl-D among its bytes would run or soft-reset what the REPL holds.
    assert 0x04 in hostlink.hello_frame(0, hostlink.HELLO_SHORT)  # session 0: COBS codes of its zeros
    short = hostlink.HELLO_SHORT
    bad = next(v for v in range(1, 1 << 16) if hostlink.REPL_CONTROLS & set(hostlink.hello_frame(v, short)))
    good = next(
        v for v in range(1 << 24, 1 << 25) if not hostlink.REPL_CONTROLS & set(hostlink.hello_frame(v, short))
    )
    draws = iter([0, bad, good])
    assert hostlink.new_session(short, lambda: next(draws)) == good  # not 0, not one with a Ctrl-D
    for _ in range(200):
        frame = hostlink.hello_frame(hostlink.new_session(hostlink.HELLO_SHORT), hostlink.HELLO_SHORT)
        assert not hostlink.REPL_CONTROLS & set(frame), frame.hex(" ")
        assert 0x01 in frame  # the Ctrl-A that makes a REPL show itself
