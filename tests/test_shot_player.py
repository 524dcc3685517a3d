"""The firmware's shot player (orbitfw/shot.py) on the real MicroPython VM, tick by tick.

The host predicts the board's command at every tick (compile.py, `board_pos`); here the
player itself, fed the compiled words, must command exactly that, bit for bit, and refuse
words that break the axis limits, arrive out of order, or run out (a starved stream).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import numpy as np
import pytest
from mpchild import MicroPythonChild

from orbitrig.host.shots.compile import Compiled, compile_plan
from orbitrig.host.shots.plan import default_limits, plan_shot
from orbitrig.host.shots.shotfile import parse_shot
from orbitrig.protocol.messages import DoneReason, ErrorCode, ShotPhase

AXES = list(default_limits())
SHOT = """
name = "player"
fps = 24
[axes.pan]
keys = [{ t = 0, pos = -30, interp = "ease" }, { t = 1.2, pos = 25, interp = "cubic" },
        { t = 2.0, pos = 10, interp = "ease" }, { t = 2.8, pos = 10 }]
[axes.focus]
keys = [{ t = 0, pos = 2, interp = "ease_in" }, { t = 1.0, pos = 4, interp = "linear" },
        { t = 2.2, pos = 12, interp = "ease_out" }, { t = 2.8, pos = 13 }]
[[cue]]
kind = "shutter"
t = 0.0
every = 1
count = 64
exposure = 0.01
[[cue]]
kind = "marker"
t = 0.021
every_s = 0.05
count = 50
width = 0.01
[[cue]]
kind = "record_start"
t = 0.003
[[cue]]
kind = "record_stop"
t = 2.7
"""


def compiled(text: str = SHOT) -> Compiled:
    limits = default_limits()
    plan = plan_shot(parse_shot(text, "t.toml", axes=AXES), limits)
    assert not plan.violations
    return compile_plan(plan, AXES)


@pytest.fixture
def player() -> Iterator[MicroPythonChild]:
    with MicroPythonChild("shot_harness.py") as mp:
        mp.call(op="new", cap=4096, lines=4)
        yield mp


def upload(mp: MicroPythonChild, c: Compiled, *, stream: bool = False, upto: int | None = None) -> None:
    n = len(c.words)
    mp.call(op="load", id=1, words=n, ticks=c.ticks, crc=c.crc, flags=1 if stream else 0)
    data = c.data
    end = n if upto is None else upto
    for off in range(0, end, 125):
        k = min(125, end - off)
        rep = mp.call(op="data", offset=off, hex=data[off * 4 : (off + k) * 4].hex())
        assert "r" in rep, rep
    assert "r" in mp.call(op="commit", id=1, words=end, crc=zlib.crc32(data[: end * 4]))


def start(mp: MicroPythonChild, c: Compiled) -> None:
    pos = [0] * len(AXES)
    for a, p in c.start.items():
        pos[AXES.index(a)] = p
    mp.call(op="pos", pos=pos)
    assert mp.call(op="play", id=1) == {"r": None}


def test_player_commands_the_compiled_positions_bit_for_bit(player: MicroPythonChild) -> None:
    c = compiled()
    upload(player, c)
    start(player, c)
    r = player.call(op="run", n=c.ticks + 10)["r"]
    assert r["phase"] == ShotPhase.DONE and r["reason"] == DoneReason.COMPLETE and r["tick"] == c.ticks
    got = np.array(r["pos"])
    assert len(got) == c.ticks + 1  # tick 0 and every tick after it
    for a, want in c.board_pos.items():
        assert np.array_equal(got[:, AXES.index(a)], want), a
    # the axes the shot does not drive are left alone
    assert not got[:, AXES.index("tilt")].any()


def test_edges_are_queued_a_tick_ahead_at_their_compiled_times(player: MicroPythonChild) -> None:
    c = compiled()
    upload(player, c)
    start(player, c)
    r = player.call(op="run", n=c.ticks + 10)["r"]
    edges = r["edges"]
    assert [e[0] for e in edges] == list(range(len(c.edges)))
    for (idx, level, line, t), (us, cline, clevel, _hold, _cue) in zip(edges, c.edges, strict=True):
        assert (level, line) == (clevel, cline), idx
        assert t == us, idx  # board time 0 is shot tick 0


def test_a_stream_plays_through_a_small_buffer_and_starves_without_data(player: MicroPythonChild) -> None:
    c = compiled()
    n = len(c.words)
    player.call(op="new", cap=1024, lines=4)  # one page: the shot (> 1,024 words) must stream
    assert n > 1024
    data = c.data
    # its first part, up to a record boundary within the buffer, committed with its CRC
    bound = max(o for o in _record_starts(c) if o <= 1024)
    player.call(op="new", cap=1024, lines=4)
    player.call(op="load", id=1, words=n, ticks=c.ticks, crc=c.crc, flags=1)
    for off in range(0, bound, 125):
        k = min(125, bound - off)
        player.call(op="data", offset=off, hex=data[off * 4 : (off + k) * 4].hex())
    player.call(op="commit", id=1, words=bound, crc=zlib.crc32(data[: bound * 4]))
    start(player, c)
    got: list[list[int]] = []
    sent = bound
    while True:
        r = player.call(op="run", n=20)["r"]
        got += r["pos"]
        if r["phase"] != ShotPhase.PLAYING:
            break
        # keep the buffer topped up, never more than it holds unplayed
        room = 1024 - (sent - r["consumed"])
        k = min(room, n - sent, 125)
        if k > 0:
            rep = player.call(op="data", offset=sent, hex=data[sent * 4 : (sent + k) * 4].hex())
            assert "r" in rep, rep
            sent += k
    assert r["reason"] == DoneReason.COMPLETE, r
    arr = np.array(got)
    for a, want in c.board_pos.items():
        assert np.array_equal(arr[:, AXES.index(a)], want), a
    # the same stream, fed nothing after its first part: it starves, and says so
    player.call(op="new", cap=1024, lines=4)
    player.call(op="load", id=1, words=n, ticks=c.ticks, crc=c.crc, flags=1)
    for off in range(0, bound, 125):
        k = min(125, bound - off)
        player.call(op="data", offset=off, hex=data[off * 4 : (off + k) * 4].hex())
    player.call(op="commit", id=1, words=bound, crc=zlib.crc32(data[: bound * 4]))
    start(player, c)
    r = player.call(op="run", n=c.ticks + 10)["r"]
    assert r["phase"] == ShotPhase.ABORTED and r["reason"] == DoneReason.STARVED
    assert 0 < r["tick"] < c.ticks


def _record_starts(c: Compiled) -> list[int]:
    out, i, w = [], 0, c.words
    while i < len(w):
        out.append(i)
        i += {1: 12, 2: 4, 3: 2}[w[i + 1] & 15]
    return out + [len(w)]


def test_words_that_leave_the_limits_are_refused_as_they_arrive(player: MicroPythonChild) -> None:
    c = compiled()
    words = list(c.words)
    pan = AXES.index("pan")
    # the second pan segment: its start position pushed past pan's max (170)
    seen = 0
    for o in _record_starts(c)[:-1]:
        if words[o + 1] & 15 == 1 and (words[o + 1] >> 4) & 15 == pan:
            seen += 1
            if seen == 2:
                words[o + 6] = 171_000
                break
    player.call(op="load", id=1, words=len(words), ticks=c.ticks, crc=0, flags=0)
    import struct

    data = struct.pack(f"<{len(words)}i", *words)
    err = None
    for off in range(0, len(words), 125):
        k = min(125, len(words) - off)
        rep = player.call(op="data", offset=off, hex=data[off * 4 : (off + k) * 4].hex())
        if "err" in rep:
            err = rep["err"]
            break
    assert err is not None and err[0] == ErrorCode.LIMIT
    assert err[1].startswith("pan at shot tick ") and "outside -170.000..170.000" in err[1]
    assert player.call(op="state")["r"]["phase"] == ShotPhase.EMPTY


def test_commit_checks_the_crc_and_play_checks_the_start(player: MicroPythonChild) -> None:
    c = compiled()
    n = len(c.words)
    player.call(op="load", id=1, words=n, ticks=c.ticks, crc=c.crc, flags=0)
    for off in range(0, n, 125):
        k = min(125, n - off)
        player.call(op="data", offset=off, hex=c.data[off * 4 : (off + k) * 4].hex())
    rep = player.call(op="commit", id=1, words=n, crc=c.crc ^ 0x10)
    assert rep["err"][0] == ErrorCode.BAD_VALUE and "CRC mismatch" in rep["err"][1]
    rep = player.call(op="play", id=1)
    assert rep["err"] == [ErrorCode.BAD_STATE, "shot 1 is not loaded and committed"]
    upload(player, c)
    player.call(op="pos", pos=[0] * len(AXES))  # pan at 0, the shot starts at -30
    rep = player.call(op="play", id=1)
    assert rep["err"] == [ErrorCode.BAD_STATE, "pan at 0.000, shot starts at -30.000: pre-roll first"]


def test_abort_drops_queued_edges_and_lowers_pulses_but_not_the_record_line(player: MicroPythonChild) -> None:
    c = compiled()
    upload(player, c)
    start(player, c)
    # run to 0.130 s: frame 3's shutter rose at 0.125 s (10 ms exposure), its fall is ahead
    r = player.call(op="run", n=27)["r"]
    rise = next(i for i, e in enumerate(c.edges) if e[0] == 125_000 and e[1] == 0 and e[2] == 1)
    fall = next(i for i, e in enumerate(c.edges) if e[0] == 135_000 and e[1] == 0 and e[2] == 0)
    fired = {e[0] for e in r["edges"]}
    assert rise in fired and fall not in fired
    rep = player.call(op="abort", reason=DoneReason.STOPPED)["r"]
    assert rep["phase"] == ShotPhase.ABORTED and rep["reason"] == DoneReason.STOPPED
    assert rep["queued"] == 0  # the fall (and everything after) is dropped...
    assert [0, 0] in rep["lowered"]  # ...the shutter line is lowered now...
    assert all(level == 0 for line, level in rep["lowered"]) and [2, 0] not in rep["lowered"]
    assert rep["levels"] == [0, 0, 1, 0]  # ...and only the record line (held) stays high


def test_pause_and_resume_keep_the_path_and_the_time_line(player: MicroPythonChild) -> None:
    from orbitrig.host.shots.plan import default_limits as limits

    c = compiled()
    upload(player, c)
    start(player, c)
    before = player.call(op="run", n=180)["r"]  # ticks 0..179: pan near its fastest
    t0, n_down = player.call(op="pause")["r"]
    assert t0 == 179 and n_down >= 8  # 2 D board ticks for D shot ticks
    down = player.call(op="run", n=n_down)["r"]
    assert down["phase"] == ShotPhase.PAUSED and down["tick"] == t0 + n_down // 2
    held = player.call(op="run", n=50)["r"]
    tp, n_up = player.call(op="resume")["r"]
    assert tp == t0 + n_down // 2
    rest = player.call(op="run", n=c.ticks * 2)["r"]
    assert rest["phase"] == ShotPhase.DONE and rest["reason"] == DoneReason.COMPLETE
    pan = AXES.index("pan")
    lim = limits()["pan"]
    seq = before["pos"] + down["pos"] + held["pos"] + rest["pos"]
    path = np.array([p[pan] for p in seq])
    # on the path: within pan's velocity and acceleration limits at every tick
    v = np.diff(path)
    a = np.diff(v)
    assert np.max(np.abs(v)) <= lim.vmax * 1000 / 200 + 1
    assert np.max(np.abs(a)) <= lim.amax * 1000 / 200**2 * 1.05 + 2
    # paused: still, exactly where the shot's own path is at the tick its clock stopped
    assert {p[pan] for p in held["pos"]} == {c.board_pos["pan"][tp]}
    # after the speed-up ramp (n_up board ticks for n_up / 2 shot ticks) the shot plays on
    # exactly as compiled, one shot tick per board tick: only its board time has moved
    after = np.array([p[pan] for p in rest["pos"][n_up:]])
    assert np.array_equal(after, c.board_pos["pan"][tp + n_up // 2 + 1 :])
    assert np.array_equal(np.array([p[pan] for p in before["pos"]]), c.board_pos["pan"][:180])
    # every edge fired exactly once, in order, none while paused; those after the pause are
    # late by exactly the time the pause added (2 D + held + 2 D' board ticks for D + D' shot ticks)
    fired = before["edges"] + down["edges"] + held["edges"] + rest["edges"]
    assert [e[0] for e in fired] == list(range(len(c.edges)))
    assert not held["edges"]
    shift = (n_down + 50 + n_up - (n_down // 2 + n_up // 2)) * 5000
    late = [
        (e[3] - c.edges[e[0]][0]) for e in rest["edges"] if c.edges[e[0]][0] > (tp + n_up // 2 + 1) * 5000
    ]
    assert late and set(late) == {shift}


def test_the_tick_path_allocates_nothing_while_a_shot_plays(player: MicroPythonChild) -> None:
    c = compiled()
    upload(player, c)
    start(player, c)
    player.call(op="run", n=2)  # past tick 0
    # 400 ticks: segments loaded from the ring, shutter and marker edges queued and fired
    assert player.call(op="alloc", n=400)["r"] == 0
    assert player.call(op="state")["r"]["phase"] == ShotPhase.PLAYING
