"""Session logs: round trips, torn tails, reopen, numpy decode == codec decode, `orbitrig log`."""

from __future__ import annotations

import csv
import io
import json
import os
import struct
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orbitrig.host.cli.log import log
from orbitrig.host.logs import session as sl
from orbitrig.protocol import PROTOCOL_VERSION, codec, framing
from orbitrig.protocol.layout import Field, Layout, layouts
from orbitrig.protocol.messages import Msg

from strategies import message


def sample_fields(lay: Layout, pick: int = 0, items: int = 2) -> dict[str, Any]:
    """Deterministic valid fields from the layout: the bounds, or the first enum member."""

    def val(f: Field) -> Any:
        if f.text:
            return "ab"[: f.size]
        lo, hi = f.bounds
        if f.meta.enum is not None:
            ok = [int(e) for e in f.meta.enum if lo <= int(e) <= hi]
            return ok[pick % len(ok)]
        return (lo, hi, (lo + hi) // 2)[pick % 3]

    out = {f.name: val(f) for f in lay.fields}
    if lay.tail_kind == "array":
        out[lay.tail_name] = [{f.name: val(f) for f in lay.items} for _ in range(items)]
    elif lay.tail_kind == "string":
        out[lay.tail_name] = "limit on pan" if items else ""
    return out


def frame_of(msg: Msg, fields: dict[str, Any], seq: int = 1) -> bytes:
    return framing.seal(PROTOCOL_VERSION, seq, msg, codec.encode(msg, fields))


def every_message(items: int = 2) -> list[tuple[Msg, bytes]]:
    return [(m, frame_of(m, sample_fields(lay, int(m), items), int(m) & 15)) for m, lay in layouts().items()]


def direction_of(m: Msg) -> int:
    from orbitrig.protocol.messages import HOST_TO_BOARD

    return sl.OUT if m in HOST_TO_BOARD else sl.IN


def np_row_dict(lay: Layout, row: np.void) -> dict[str, Any]:
    """A by_msg row as the codec would decode it."""

    def conv(f: Field, v: Any) -> Any:
        return bytes(v).rstrip(b"\0").decode("ascii", "replace") if f.text else int(v)

    out = {f.name: conv(f, row[f.name]) for f in lay.fields}
    names = row.dtype.names or ()
    if lay.tail_kind == "array":
        n = int(row[sl.count_field(lay)])
        out[lay.tail_name] = [
            {f.name: conv(f, it[f.name]) for f in lay.items} for it in row[lay.tail_name][:n]
        ]
    elif lay.tail_kind == "string":
        n = int(row[sl.count_field(lay)])
        raw = bytes(row[lay.tail_name]) if lay.tail_name in names else b""
        out[lay.tail_name] = raw[:n].decode("utf8", "replace")
    return out


def write(path: Path, recs: list[tuple[int, float, bytes]], meta: dict[str, Any] | None = None) -> None:
    with sl.SessionLog(path, meta or {"port": "loop://"}) as lg:
        for d, t, fr in recs:
            lg.record(d, t, fr)


# --- format and round trips ----------------------------------------------------------------


def test_round_trip_every_message(tmp_path: Path) -> None:
    frames = every_message()
    recs = [(direction_of(m), 100.0 + i, fr) for i, (m, fr) in enumerate(frames)]
    recs.append((sl.BAD, 200.0, b"\x01\x02\x00garbage"))
    path = tmp_path / "a.orblog"
    write(path, recs, {"port": "/dev/ttyACM0"})

    data = sl.read_log(path)
    assert data.meta["port"] == "/dev/ttyACM0"
    assert data.meta["schema_hash"].startswith("0x") and data.schema_matches
    assert len(data) == len(recs) and data.torn_bytes == 0 and data.skipped_bytes == 0
    h = data.headers
    assert h["t_host"].tolist() == [t for _, t, _ in recs]
    assert h["direction"].tolist() == [d for d, _, _ in recs]
    for i, (m, fr) in enumerate(frames):
        assert data.frame(i) == fr
        assert (h["msg"][i], h["seq"][i], h["version"][i]) == (m, fr[0] & 15, PROTOCOL_VERSION)
        fields = codec.decode(m, fr[2:-2])
        if "t_us" in fields:
            assert h["flags"][i] & sl.F_T_BOARD and h["t_board"][i] == fields["t_us"]
        else:
            assert not h["flags"][i] & sl.F_T_BOARD
        got = data.by_msg(m)
        assert len(got) == 1 and data.index_of(m).tolist() == [i]
        assert np_row_dict(layouts()[m], got[0]) == fields
    assert data.frame(len(recs) - 1) == b"\x01\x02\x00garbage"
    recs_out = list(data)
    assert recs_out[-1]["dir"] == "bad" and recs_out[-1]["fields"] is None
    assert all(r["crc_ok"] and r["fields"] == codec.decode(r["msg"], r["raw"][2:-2]) for r in recs_out[:-1])


def test_record_layout_is_documented_size(tmp_path: Path) -> None:
    path = tmp_path / "s.orblog"
    fr = frame_of(Msg.PING, {"token": 7})
    write(path, [(sl.OUT, 1.5, fr)])
    blob = path.read_bytes()
    magic, fmt, mlen = struct.unpack_from("<8sHI", blob)
    assert (magic, fmt) == (b"ORBITLOG", 1)
    rec = blob[14 + mlen :]
    assert len(rec) == sl.REC_SIZE + len(fr) == 18 + len(fr)
    assert struct.unpack_from("<2sHBBId", rec) == (b"\xa5\x5a", len(fr), sl.OUT, 0, 0, 1.5)


def test_empty_log(tmp_path: Path) -> None:
    path = tmp_path / "e.orblog"
    sl.SessionLog(path, {"port": "x"}).close()
    data = sl.read_log(path)
    assert len(data) == 0 and len(data.by_msg(Msg.TELEMETRY)) == 0 and list(data) == []


def test_torn_tail_is_ignored_at_every_cut(tmp_path: Path) -> None:
    frames = every_message()
    path = tmp_path / "t.orblog"
    write(path, [(direction_of(m), float(i), fr) for i, (m, fr) in enumerate(frames)])
    full = path.read_bytes()
    last = sl.REC_SIZE + len(frames[-1][1])
    for cut in range(1, last):
        path.write_bytes(full[:-cut])
        data = sl.read_log(path)
        assert len(data) == len(frames) - 1, cut
        assert data.torn_bytes == last - cut
        assert [data.frame(i) for i in range(len(data))] == [fr for _, fr in frames[:-1]]
    # a tail of zeros (an OS crash after the size was updated) is torn too
    path.write_bytes(full + bytes(40))
    data = sl.read_log(path)
    assert len(data) == len(frames) and data.torn_bytes == 40


def test_damage_inside_is_skipped_and_later_records_survive(tmp_path: Path) -> None:
    fr = frame_of(Msg.PING, {"token": 1})
    path = tmp_path / "d.orblog"
    write(path, [(sl.OUT, float(i), fr) for i in range(10)])
    blob = bytearray(path.read_bytes())
    first = blob.index(sl.SYNC)
    step = sl.REC_SIZE + len(fr)
    blob[first + 4 * step : first + 4 * step + 2] = b"\x00\x00"  # record 4 loses its sync
    path.write_bytes(bytes(blob))
    data = sl.read_log(path)
    assert len(data) == 9 and data.skipped_bytes == step
    assert data.headers["t_host"].tolist() == [0, 1, 2, 3, 5, 6, 7, 8, 9]


def test_sync_bytes_inside_frames_do_not_confuse_the_reader(tmp_path: Path) -> None:
    tokens = [0x5AA5, 0x5AA55AA5, 0xA55AA55A, 0xA5A5A55A, 0x005AA500]
    recs = [(sl.OUT, float(i), frame_of(Msg.PING, {"token": t}, i)) for i, t in enumerate(tokens)]
    recs.append((sl.BAD, 9.0, sl.SYNC * 20))
    recs.append((sl.OUT, 10.0, frame_of(Msg.PING, {"token": 3})))
    path = tmp_path / "f.orblog"
    write(path, recs)
    data = sl.read_log(path)
    assert [data.frame(i) for i in range(len(data))] == [fr for _, _, fr in recs]
    assert data.by_msg(Msg.PING)["token"].tolist() == [*tokens, 3]


def test_append_after_reopen_cuts_a_torn_tail(tmp_path: Path) -> None:
    path = tmp_path / "r.orblog"
    a = frame_of(Msg.PING, {"token": 1})
    write(path, [(sl.OUT, 1.0, a), (sl.OUT, 2.0, a)], {"port": "first"})
    path.write_bytes(path.read_bytes()[:-3])  # the process died mid-record
    write(path, [(sl.OUT, 3.0, frame_of(Msg.PING, {"token": 2}))], {"port": "second"})
    data = sl.read_log(path)
    assert data.torn_bytes == 0 and data.skipped_bytes == 0
    assert data.meta["port"] == "first"
    assert data.headers["direction"].tolist() == [sl.OUT, sl.NOTE, sl.OUT]
    recs = list(data)
    assert recs[1]["fields"]["port"] == "second"
    assert data.by_msg(Msg.PING)["token"].tolist() == [1, 2]


def test_one_writer_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "w.orblog"
    with sl.SessionLog(path):
        with pytest.raises(sl.LogError, match="another program"):
            sl.SessionLog(path)
    sl.SessionLog(path).close()


def test_refuses_to_append_to_a_foreign_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n")
    with pytest.raises(sl.LogError, match="not an orbitrig session log"):
        sl.SessionLog(path)
    assert path.read_text() == "shopping list\n"


def test_closed_log_refuses_records(tmp_path: Path) -> None:
    lg = sl.SessionLog(tmp_path / "c.orblog")
    lg.close()
    with pytest.raises(ValueError, match="closed"):
        lg.record(sl.OUT, 0.0, b"")


def test_unknown_and_undecodable_frames(tmp_path: Path) -> None:
    good = frame_of(Msg.PING, {"token": 5})
    unknown = framing.seal(PROTOCOL_VERSION, 2, 0x7F, b"\x01\x02")
    short = framing.seal(PROTOCOL_VERSION, 3, Msg.PING, b"\x01")
    lying = framing.seal(PROTOCOL_VERSION, 4, Msg.NACK, b"\x01\x02\x09ab")  # length byte says 9
    path = tmp_path / "u.orblog"
    write(path, [(sl.IN, 1.0, unknown), (sl.OUT, 2.0, short), (sl.IN, 3.0, lying), (sl.OUT, 4.0, good)])
    data = sl.read_log(path)
    assert data.headers["msg"].tolist() == [0x7F, Msg.PING, Msg.NACK, Msg.PING]
    assert data.by_msg(Msg.PING)["token"].tolist() == [5]
    assert data.index_of(Msg.PING).tolist() == [3]
    assert len(data.by_msg(Msg.NACK)) == 0
    with pytest.raises(KeyError):
        data.by_msg(0x7F)
    recs = list(data)
    assert recs[0]["name"] == "0x7f" and "unknown message id" in recs[0]["error"]
    assert recs[1]["fields"] is None and recs[2]["fields"] is None


def test_mixed_tail_lengths_are_padded(tmp_path: Path) -> None:
    lay = layouts()[Msg.TELEMETRY]
    sent = [sample_fields(lay, i, items) for i, items in enumerate([3, 0, 1, 3, 2])]
    path = tmp_path / "m.orblog"
    write(path, [(sl.IN, float(i), frame_of(Msg.TELEMETRY, f)) for i, f in enumerate(sent)])
    got = sl.read_log(path).by_msg(Msg.TELEMETRY)
    assert got.dtype[lay.tail_name].shape == (3,)
    assert got[sl.count_field(lay)].tolist() == [3, 0, 1, 3, 2]
    assert [np_row_dict(lay, r) for r in got] == sent


def test_uniform_tails_are_a_plain_subarray(tmp_path: Path) -> None:
    lay = layouts()[Msg.TELEMETRY]
    sent = [sample_fields(lay, i, 2) for i in range(4)]
    path = tmp_path / "p.orblog"
    write(path, [(sl.IN, float(i), frame_of(Msg.TELEMETRY, f)) for i, f in enumerate(sent)])
    got = sl.read_log(path).by_msg(Msg.TELEMETRY)
    item = lay.items[0].name
    assert got[lay.tail_name][item].shape == (4, 2)
    assert got[lay.tail_name][item].tolist() == [[a[item] for a in f[lay.tail_name]] for f in sent]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(message(), min_size=1, max_size=30))
def test_numpy_decode_equals_codec_decode(msgs: list[tuple[Msg, int, dict[str, Any]]]) -> None:
    frames = [framing.seal(PROTOCOL_VERSION, seq, m, codec.encode(m, f)) for m, seq, f in msgs]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "h.orblog"
        write(
            path,
            [
                (direction_of(m), float(i), fr)
                for i, ((m, _, _), fr) in enumerate(zip(msgs, frames, strict=True))
            ],
        )
        data = sl.read_log(path)
        assert len(data) == len(msgs)
        for m in {m for m, _, _ in msgs}:
            rows = data.index_of(m)
            want = [codec.decode(m, frames[i][2:-2]) for i in rows]
            assert [np_row_dict(layouts()[m], r) for r in data.by_msg(m)] == want
            assert rows.tolist() == [i for i, (mm, _, _) in enumerate(msgs) if mm == m]


def test_default_log_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ORBITRIG_LOG_DIR", str(tmp_path / "logs"))
    p = sl.default_log_path("/dev/ttyACM0", now=0.0)
    assert p == tmp_path / "logs" / "19700101T000000.000Z_dev-ttyACM0.orblog"
    assert sl.default_log_path("socket://10.0.0.2:7000", now=0.0).name.endswith(
        "_socket-10.0.0.2-7000.orblog"
    )
    monkeypatch.delenv("ORBITRIG_LOG_DIR")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert sl.default_log_path("loop://").parent == tmp_path / "state" / "orbitrig" / "logs"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert (
        sl.default_log_path("loop://").parent == tmp_path / "home" / ".local" / "state" / "orbitrig" / "logs"
    )


def test_bench_small() -> None:
    r = sl.bench_log_decode(20_000, construct_subset=500)
    assert r["frames_decoded"] > 0.9 * 20_000
    assert r["ratio"] > 10
    assert r["construct_scaled_from_subset"] is True


# --- `orbitrig log` ------------------------------------------------------------------------


@pytest.fixture()
def session(tmp_path: Path) -> Path:
    path = tmp_path / "session.orblog"
    recs = [(direction_of(m), 10.0 + i, fr) for i, (m, fr) in enumerate(every_message())]
    recs.append((sl.BAD, 30.0, b"\xde\xad"))
    recs.append((sl.IN, 31.0, framing.seal(PROTOCOL_VERSION, 2, 0x7E, b"\x01\x02")))
    write(path, recs, {"port": "/dev/pts/3"})
    return path


def invoke(*args: str) -> Any:
    return CliRunner().invoke(log, list(args), catch_exceptions=False)


def test_show_lists_every_frame(session: Path) -> None:
    r = invoke("show", str(session))
    assert r.exit_code == 0, r.output
    lines = [ln for ln in r.stdout.splitlines() if not ln.startswith("#")]
    assert len(lines) == len(layouts()) + 2
    for m in layouts():
        assert any(f" {m.name} " in ln for ln in lines), m.name
    tel = next(ln for ln in lines if " TELEMETRY " in ln)
    assert "<-" in tel and "axes=[{" in tel
    assert next(ln for ln in lines if " NACK " in ln).count("reason=") == 1
    assert "!! BAD" in r.stdout and "dead" in r.stdout
    assert "0x7e" in r.stdout and "payload=0102" in r.stdout


def test_show_filters(session: Path) -> None:
    r = invoke("show", str(session), "--type", "telemetry", "--type", "0x04")
    lines = [ln for ln in r.stdout.splitlines() if not ln.startswith("#")]
    assert [ln.split()[2] for ln in lines] == ["NACK", "TELEMETRY"]
    r = invoke("show", str(session), "--direction", "out", "--limit", "2")
    lines = [ln for ln in r.stdout.splitlines() if not ln.startswith("#")]
    assert len(lines) == 2 and all("->" in ln for ln in lines)
    r = invoke("show", str(session), "--since", "1.5", "--until", "3.5")
    lines = [ln for ln in r.stdout.splitlines() if not ln.startswith("#")]
    assert [float(ln.split()[0]) for ln in lines] == [2.0, 3.0]
    r = invoke("show", str(session), "--type", "NOPE")
    assert r.exit_code != 0 and r.stderr.strip().splitlines() == [r.stderr.strip()]
    assert "unknown message type 'NOPE'" in r.stderr


def test_export_csv(session: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    # --units wire: the integers as they travel (the default is the axes' units)
    r = invoke("export", str(session), "--csv", "--units", "wire", "-o", str(out))
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == len(layouts()) + 2
    tel = next(row for row in rows if row["msg"] == "TELEMETRY")
    lay = layouts()[Msg.TELEMETRY]
    want = sample_fields(lay, int(Msg.TELEMETRY))
    item = lay.items[0].name
    assert int(tel[f"{lay.tail_name}.1.{item}"]) == want[lay.tail_name][1][item]
    assert tel["direction"] == "in" and int(tel["t_board"]) == want["t_us"]
    assert rows[-2]["direction"] == "bad" and rows[-2]["raw"] == "dead"
    assert rows[-1]["msg"] == "0x7e"


def test_export_csv_default_path_and_stdout(session: Path) -> None:
    r = invoke("export", str(session), "--csv")
    assert r.exit_code == 0 and session.with_suffix(".csv").exists()
    r = invoke("export", str(session), "--csv", "-o", "-", "--type", "PING")
    assert r.stdout.splitlines()[0].startswith("t_host,direction,msg,frame_seq,t_board")
    assert len(r.stdout.splitlines()) == 2


def test_export_parquet(session: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "pq"
    r = invoke("export", str(session), "--parquet", "-o", str(out))
    assert r.exit_code == 0, r.output
    data = sl.read_log(session)
    for m in layouts():
        t = pq.read_table(out / f"{m.name.lower()}.parquet").to_pylist()
        assert len(t) == 1
        want = codec.decode(m, data.frame(int(data.index_of(m)[0]))[2:-2])
        assert {k: t[0][k] for k in want} == want
    frames = pq.read_table(out / "frames.parquet").to_pylist()
    assert len(frames) == len(data)
    assert [f["raw"] for f in frames if not f["decoded"]] == [b"\xde\xad", data.frame(len(data) - 1)]
    assert json.loads((out / "meta.json").read_text())["port"] == "/dev/pts/3"


@pytest.mark.parametrize(
    "content, why",
    [
        (None, "no such file"),
        (b"", "not an orbitrig session log"),
        (b"hello world, not a log", "not an orbitrig session log"),
        (b"ORBITLOG\x01\x00", "truncated session log"),
        (b"ORBITLOG\x01\x00\x40\x00\x00\x00{", "truncated session log"),
        (b"ORBITLOG\x09\x00\x00\x00\x00\x00", "format 9"),
        (b"ORBITLOG\x01\x00\x03\x00\x00\x00}}}", "not JSON"),
    ],
)
@pytest.mark.parametrize("cmd", [["show"], ["export", "--csv"], ["export", "--parquet"]])
def test_bad_files_give_one_line(tmp_path: Path, content: bytes | None, why: str, cmd: list[str]) -> None:
    path = tmp_path / "bad.orblog"
    if content is not None:
        path.write_bytes(content)
    r = CliRunner().invoke(log, [cmd[0], str(path), *cmd[1:]])
    assert r.exit_code != 0
    assert r.exception is None or isinstance(r.exception, SystemExit)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and why in lines[0], r.stderr
    assert "Traceback" not in r.output


def test_torn_log_shows_with_a_warning(session: Path) -> None:
    session.write_bytes(session.read_bytes()[:-5])
    r = invoke("show", str(session))
    assert r.exit_code == 0
    assert "torn last record" in r.stderr
    assert "0x7e" not in r.stdout


def test_help_explains() -> None:
    for args in (["--help"], ["show", "--help"], ["export", "--help"]):
        r = invoke(*args)
        assert r.exit_code == 0
    assert "list<struct>" in invoke("export", "--help").stdout
    assert "board time" in invoke("show", "--help").stdout


def test_no_format_is_one_line(session: Path) -> None:
    r = CliRunner().invoke(log, ["export", str(session)])
    assert r.exit_code != 0 and r.stderr.strip() == "Error: choose a format: --csv or --parquet"


def test_directory_is_one_line(tmp_path: Path) -> None:
    r = CliRunner().invoke(log, ["show", str(tmp_path)])
    assert r.exit_code != 0 and len(r.stderr.strip().splitlines()) == 1


def test_log_dir_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "x.orblog"
    sl.SessionLog(path).close()
    assert path.exists() and os.path.getsize(path) > 14


def test_short_write_is_taken_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "full.orblog"
    fr = frame_of(Msg.PING, {"token": 9})
    lg = sl.SessionLog(path)
    lg.record(sl.OUT, 1.0, fr)
    real = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real(fd, data[: len(data) // 2]))
    with pytest.raises(OSError, match="short write"):
        lg.record(sl.OUT, 2.0, fr)
    monkeypatch.undo()
    lg.record(sl.OUT, 3.0, fr)
    lg.close()
    data = sl.read_log(path)
    assert data.headers["t_host"].tolist() == [1.0, 3.0] and data.torn_bytes == data.skipped_bytes == 0


_FUZZ_BASE: list[bytes] = []


def _fuzz_base() -> bytes:
    if not _FUZZ_BASE:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "z.orblog"
            frames = every_message() + every_message(0) + every_message(3)
            write(path, [(direction_of(m), float(i), fr) for i, (m, fr) in enumerate(frames)])
            _FUZZ_BASE.append(path.read_bytes())
    return _FUZZ_BASE[0]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_damaged_logs_never_crash_the_reader(data: st.DataObject) -> None:
    blob = bytearray(_fuzz_base())
    start = blob.index(sl.SYNC)
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(start, len(blob) - 1))
        op = data.draw(st.sampled_from(["flip", "cut", "insert", "sync"]))
        if op == "flip":
            blob[at] ^= data.draw(st.integers(1, 255))
        elif op == "cut":
            del blob[at : at + data.draw(st.integers(1, 40))]
        elif op == "insert":
            blob[at:at] = data.draw(st.binary(min_size=1, max_size=40))
        else:
            blob[at:at] = sl.SYNC
        if len(blob) <= start:
            break
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "z.orblog"
        path.write_bytes(bytes(blob))
        got = sl.read_log(path)
        assert len(got) <= len(blob)
        for m in layouts():
            got.by_msg(m)
        for rec in got:
            assert rec["raw"] is not None
        r = CliRunner().invoke(log, ["show", str(path)])
        assert r.exit_code == 0, r.output
