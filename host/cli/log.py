"""`orbitrig log`: list and export session logs (see host/logs/session.py for the format).

Loaded by host/cli/main.py (``LazyGroup``) when used. Every command is a thin layer
over ``logs.session.read_log``; bad files give one line and a non-zero exit.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
import numpy as np

from orbitrig.protocol.layout import Field, Layout, layouts
from orbitrig.protocol.messages import Msg

from ..logs.session import BAD, DIRECTIONS, IN, NOTE, OUT, LogData, LogError, count_field, msg_name, read_log

ARROWS = {OUT: "->", IN: "<-", BAD: "!!", NOTE: "##"}
_DIR_NAMES = {"out": OUT, "in": IN, "bad": BAD}
HEADER_COLUMNS = ["t_host", "direction", "msg", "frame_seq", "t_board"]


def _msg_id(text: str) -> int:
    """``TELEMETRY``, ``telemetry``, ``0x13`` or ``19`` -> 19."""
    t = text.strip()
    try:
        return int(Msg[t.upper()])
    except KeyError:
        pass
    try:
        v = int(t, 0)
    except ValueError:
        names = ", ".join(m.name for m in Msg)
        raise click.ClickException(
            f"unknown message type {text!r} (one of {names}, or an id like 0x13)"
        ) from None
    if not 0 <= v <= 255:
        raise click.ClickException(f"message id {text!r} is outside 0..255")
    return v


def resolve(path: Path) -> Path:
    """``latest`` (or ``latest~N``, N logs before it) names a log in the log folder, newest first."""
    text = str(path)
    if text == "latest" or text.startswith("latest~"):
        from ..logs.session import log_files

        back = text.partition("~")[2]
        if back and not back.isdigit():
            raise click.ClickException(f"{text}: expected latest or latest~N (N logs before the latest)")
        files = log_files()
        k = int(back or 0)
        if k >= len(files):
            raise click.ClickException(f"{text}: the log folder holds {len(files)} session logs")
        return files[k]
    return path


def _open(path: Path) -> LogData:
    try:
        data = read_log(path)
    except LogError as e:
        raise click.ClickException(str(e)) from None
    if data.torn_bytes:
        click.echo(f"warning: {path}: ignored a torn last record ({data.torn_bytes} bytes)", err=True)
    if data.skipped_bytes:
        click.echo(f"warning: {path}: skipped {data.skipped_bytes} damaged bytes inside the log", err=True)
    if not data.schema_matches:
        click.echo(
            f"warning: {path}: written with schema {data.meta.get('schema_hash')}, "
            f"decoded with this host's table; fields may not match",
            err=True,
        )
    return data


def _select(
    data: LogData,
    types: tuple[str, ...],
    since: float | None,
    until: float | None,
    direction: str | None,
) -> np.ndarray:
    """Row numbers of the records that pass the filters, in log order."""
    h = data.headers
    keep = np.ones(len(h), bool)
    if types:
        ids = [_msg_id(t) for t in types]
        keep &= np.isin(h["msg"], ids) & (h["direction"] <= IN)
    if direction is not None:
        keep &= h["direction"] == _DIR_NAMES[direction]
    if len(h) and (since is not None or until is not None):
        rel = h["t_host"] - h["t_host"][0]
        if since is not None:
            keep &= rel >= since
        if until is not None:
            keep &= rel <= until
    return np.flatnonzero(keep)


def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option(
        "--direction",
        type=click.Choice(sorted(_DIR_NAMES)),
        help="out = host->board, in = board->host, bad = received bytes that failed COBS/CRC",
    )(fn)
    fn = click.option("--until", type=float, metavar="SECONDS", help="last frame, seconds after the first")(
        fn
    )
    fn = click.option("--since", type=float, metavar="SECONDS", help="first frame, seconds after the first")(
        fn
    )
    fn = click.option(
        "--type",
        "types",
        multiple=True,
        metavar="MSG",
        help="only this message type (name such as TELEMETRY, or an id such as 0x13); repeatable",
    )(fn)
    return fn


@click.group()
def log() -> None:
    """Read session logs: every frame a host connection sent and received.

    \b
    A log holds each frame with the host time it was read or written, the board
    time where the frame carries one (its t_us field), and the raw bytes of frames
    that arrived damaged. Logs live in $ORBITRIG_LOG_DIR, else
    $XDG_STATE_HOME/orbitrig/logs, else ~/.local/state/orbitrig/logs.
    """


# --- list ----------------------------------------------------------------------------------


@log.command("list")
@click.option(
    "--limit", "-n", default=20, show_default=True, type=click.IntRange(min=1), help="newest N logs"
)
def list_cmd(limit: int) -> None:
    """List session logs, newest first: `log show latest` reads the first one."""
    import datetime as dt

    from ..logs.session import KEEP_ENV, keep_limit, log_dir, log_files

    files = log_files()
    d = log_dir()
    if not files:
        click.echo(f"no session logs in {d}")
        return
    click.echo(f"# {len(files)} session logs in {d} (kept: the newest {keep_limit()}; ${KEEP_ENV})")
    click.echo(f"{'':<9} {'started (UTC)':<23} {'size':>10}  file")
    for i, f in enumerate(files[:limit]):
        try:
            st = f.stat()
        except OSError:
            continue
        stamp = f.name.split("_", 1)[0]
        try:
            when = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S.%fZ").strftime("%Y-%m-%d %H:%M:%S.%f")[:23]
        except ValueError:
            when = dt.datetime.fromtimestamp(st.st_mtime, dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
        tag = "latest" if i == 0 else f"latest~{i}"
        click.echo(f"{tag:<9} {when:<23} {st.st_size:>10,}  {f.name}")


# --- show ----------------------------------------------------------------------------------


def _value(f: Field | None, v: Any) -> str:
    if isinstance(v, str):
        return json.dumps(v) if (not v or any(c in v for c in ' ,=[]{}"')) else v
    if f is not None and f.meta.enum is not None:
        try:
            return f.meta.enum(v).name
        except ValueError:
            return str(v)
    return str(v)


def _fields_text(lay: Layout, fields: dict[str, Any]) -> str:
    parts = []
    for f in lay.fields:
        if f.name == "t_us":
            continue  # it is the board-time column
        parts.append(f"{f.name}={_value(f, fields[f.name])}")
    if lay.tail_kind == "string":
        parts.append(f"{lay.tail_name}={_value(None, fields[lay.tail_name])}")
    elif lay.tail_kind == "array":
        items = (
            "{" + ",".join(f"{f.name}={_value(f, item[f.name])}" for f in lay.items) + "}"
            for item in fields[lay.tail_name]
        )
        parts.append(f"{lay.tail_name}=[{','.join(items)}]")
    return " ".join(parts)


def format_record(rec: dict[str, Any], t0: float) -> str:
    """One ``log show`` line."""
    d = rec["direction"]
    tb = "-" if rec["t_board"] is None else f"{rec['t_board'] / 1e6:.6f}"
    head = f"{rec['t_host'] - t0:12.6f} {ARROWS.get(d, '??')} "
    if d == BAD:
        raw = rec["raw"]
        return head + f"{'BAD':<14} {'':>3} {'-':>14}  {len(raw)} bytes: {raw.hex()}"
    if d == NOTE:
        return head + f"{'NOTE':<14} {'':>3} {'-':>14}  {json.dumps(rec['fields'] or {}, sort_keys=True)}"
    if rec["fields"] is None:
        payload = rec["raw"][2:-2] if len(rec["raw"]) >= 4 else rec["raw"]
        why = "" if rec["msg"] not in layouts() else f"undecodable ({rec['error']}) "
        text = f"{why}payload={payload.hex()}"
    else:
        text = _fields_text(layouts()[Msg(rec["msg"])], rec["fields"])
    if rec["crc_ok"] is False:
        text += " crc=BAD"
    return head + f"{rec['name']:<14} {rec['seq']:>3} {tb:>14}  {text}"


@log.command()
@click.argument("file", type=click.Path(path_type=Path))
@filter_options
@click.option("--limit", type=click.IntRange(min=0), metavar="N", help="print at most N frames")
def show(
    file: Path,
    types: tuple[str, ...],
    since: float | None,
    until: float | None,
    direction: str | None,
    limit: int | None,
) -> None:
    """List the frames of a session log, one per line (FILE may be `latest`, or `latest~1` ...).

    \b
    Columns: host time in seconds since the first frame, direction
    (-> host to board, <- board to host, !! damaged bytes, ## session reopened),
    message name (unknown ids as hex), sequence number, board time in seconds
    (the frame's t_us field; - when it has none), then the fields as k=v, with
    enum values by name and array tails as [{k=v,...},...].

    \b
    Example:
      orbitrig log show session.orblog --type NACK --type ACK --since 10 --limit 20
    """
    file = resolve(file)
    data = _open(file)
    rows = _select(data, types, since, until, direction)
    if limit is not None:
        rows = rows[:limit]
    t0 = float(data.headers["t_host"][0]) if len(data) else 0.0
    m = data.meta
    click.echo(
        f"# {file.name}: port {m.get('port')}, started {m.get('start_time')}, "
        f"schema {m.get('schema_hash')}, {len(data)} records"
    )
    click.echo(f"# {'t_host':>10} dir {'msg':<14} seq {'t_board':>14}  fields")
    out = sys.stdout
    try:
        for rec in data.records(rows):
            out.write(format_record(rec, t0) + "\n")
        out.flush()
    except BrokenPipeError:  # `orbitrig log show ... | head`
        sys.stderr.close()
        raise SystemExit(0) from None


# --- export --------------------------------------------------------------------------------


def _present(data: LogData, rows: np.ndarray) -> list[Msg]:
    h = data.headers[rows]
    ids = set(np.unique(h["msg"][h["direction"] <= IN]).tolist())
    return [m for m in layouts() if int(m) in ids]


def _csv_columns(data: LogData, msgs: list[Msg]) -> list[str]:
    """Header columns, every scalar field of ``msgs``, then each tail flattened item-major."""
    cols: dict[str, None] = dict.fromkeys(HEADER_COLUMNS)
    tails: dict[str, tuple[int, dict[str, None]]] = {}
    for m in msgs:
        lay = layouts()[m]
        cols.update(dict.fromkeys(f.name for f in lay.fields))
        if lay.tail_kind == "string":
            cols[lay.tail_name] = None
        elif lay.tail_kind == "array":
            arr = data.by_msg(m)
            width = arr.dtype[lay.tail_name].shape[0] if len(arr) else 0
            w, names = tails.get(lay.tail_name, (0, {}))
            names.update(dict.fromkeys(f.name for f in lay.items))
            tails[lay.tail_name] = (max(w, width), names)
    for tail, (width, names) in tails.items():
        cols.update(dict.fromkeys(f"{tail}.{i}.{n}" for i in range(width) for n in names))
    return [*cols, "raw", "note"]


def _user(f: Field, v: Any, user: bool) -> Any:
    """A field's value in the axis unit (degrees or mm, per second) when the wire carries thousandths."""
    if user and f.meta.unit.startswith("0.001 unit") and isinstance(v, int):
        return v / 1000
    return v


def _flatten(lay: Layout, fields: dict[str, Any], user: bool = True) -> dict[str, Any]:
    out = {f.name: _user(f, fields[f.name], user) for f in lay.fields}
    if lay.tail_kind == "string":
        out[lay.tail_name] = fields[lay.tail_name]
    elif lay.tail_kind == "array":
        for i, item in enumerate(fields[lay.tail_name]):
            for f in lay.items:
                out[f"{lay.tail_name}.{i}.{f.name}"] = _user(f, item[f.name], user)
    return out


def csv_rows(data: LogData, rows: np.ndarray, user: bool = True) -> Iterator[dict[str, Any]]:
    for rec in data.records(rows):
        row: dict[str, Any] = {
            "t_host": repr(rec["t_host"]),
            "direction": rec["dir"],
            "msg": rec["name"],
            "frame_seq": rec["seq"] if rec["direction"] <= IN else "",
            "t_board": "" if rec["t_board"] is None else rec["t_board"],
        }
        if rec["direction"] == NOTE:
            row["note"] = json.dumps(rec["fields"], sort_keys=True)
        elif rec["fields"] is not None:
            row.update(_flatten(layouts()[Msg(rec["msg"])], rec["fields"], user))
        else:
            row["raw"] = rec["raw"].hex()
            row["note"] = rec["error"] or ""
        yield row


def export_csv(data: LogData, rows: np.ndarray, out: Path | None, user: bool = True) -> None:
    cols = _csv_columns(data, _present(data, rows))
    fh = sys.stdout if out is None else open(out, "w", newline="")
    try:
        w = csv.DictWriter(fh, cols, restval="", extrasaction="raise")
        w.writeheader()
        w.writerows(csv_rows(data, rows, user))
    finally:
        if out is not None:
            fh.close()


def _arrow_table(data: LogData, m: Msg, keep: np.ndarray) -> Any:
    import pyarrow as pa

    lay = layouts()[m]
    arr = data.by_msg(m)
    idx = data.index_of(m)
    sel = keep[idx]
    arr, idx = arr[sel], idx[sel]
    h = data.headers[idx]
    cols: dict[str, Any] = {
        "t_host": pa.array(h["t_host"]),
        "direction": pa.array([DIRECTIONS[d] for d in h["direction"].tolist()], pa.string()),
        "frame_seq": pa.array(h["seq"]),
        "t_board": pa.array(h["t_board"], mask=(h["flags"] & 1) == 0),
    }

    def column(f: Field, values: np.ndarray) -> Any:
        if f.text:
            return pa.array(
                [v.rstrip(b"\0").decode("ascii", "replace") for v in values.tolist()], pa.string()
            )
        return pa.array(values)

    for f in lay.fields:
        cols[f.name] = column(f, arr[f.name])
    if lay.tail_kind == "string":
        name = lay.tail_name
        vals = arr[name].tolist() if name in (arr.dtype.names or ()) else [b""] * len(arr)
        cols[name] = pa.array([v.decode("utf8", "replace") for v in vals], pa.string())
    elif lay.tail_kind == "array":
        counts = arr[count_field(lay)].astype(np.int32)
        items = arr[lay.tail_name]
        present = np.arange(items.shape[1])[None, :] < counts[:, None]
        flat = items[present]  # row-major: each row's items in order
        struct = pa.StructArray.from_arrays(
            [column(f, flat[f.name]) for f in lay.items], [f.name for f in lay.items]
        )
        offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int32)
        cols[lay.tail_name] = pa.ListArray.from_arrays(pa.array(offsets), struct)
    meta = {b"orbitrig.msg": f"{m.name} 0x{int(m):02x}".encode()}
    return pa.table(cols).replace_schema_metadata(meta)


def export_parquet(data: LogData, rows: np.ndarray, out: Path) -> list[Path]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise click.ClickException("Parquet export needs pyarrow: pip install pyarrow") from None
    out.mkdir(parents=True, exist_ok=True)
    keep = np.zeros(len(data), bool)
    keep[rows] = True
    written = []
    h = data.headers[rows]
    decoded = np.zeros(len(data), bool)
    for m in _present(data, rows):
        decoded[data.index_of(m)] = True
        t = _arrow_table(data, m, keep)
        p = out / f"{m.name.lower()}.parquet"
        pq.write_table(t, p)
        written.append(p)
    dec = decoded[rows]
    raw = [None if ok else data.frame(int(i)) for i, ok in zip(rows.tolist(), dec.tolist(), strict=True)]
    frames = pa.table(
        {
            "t_host": pa.array(h["t_host"]),
            "direction": pa.array([DIRECTIONS[d] for d in h["direction"].tolist()], pa.string()),
            "msg": pa.array(h["msg"]),
            "name": pa.array([_name(r) for r in h[["direction", "msg"]].tolist()], pa.string()),
            "frame_seq": pa.array(h["seq"]),
            "t_board": pa.array(h["t_board"], mask=(h["flags"] & 1) == 0),
            "length": pa.array(h["length"]),
            "decoded": pa.array(dec),
            "raw": pa.array(raw, pa.binary()),
        }
    )
    p = out / "frames.parquet"
    pq.write_table(frames, p)
    written.append(p)
    (out / "meta.json").write_text(json.dumps(data.meta, indent=2, sort_keys=True) + "\n")
    return written


def _name(r: tuple[int, int]) -> str:
    d, msg = r
    return msg_name(msg) if d <= IN else DIRECTIONS.get(d, "?").upper()


@log.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--csv", "fmt", flag_value="csv", help="one CSV file, one row per frame")
@click.option("--parquet", "fmt", flag_value="parquet", help="a directory of Parquet tables")
@click.option(
    "-o",
    "--out",
    type=click.Path(path_type=Path),
    help="output file (CSV, '-' for stdout) or directory (Parquet) [default: beside FILE]",
)
@click.option(
    "--units",
    type=click.Choice(["user", "wire"]),
    default="user",
    show_default=True,
    help="CSV positions and velocities in degrees or mm (per second), or as the wire's thousandths",
)
@filter_options
def export(
    file: Path,
    fmt: str | None,
    out: Path | None,
    units: str,
    types: tuple[str, ...],
    since: float | None,
    until: float | None,
    direction: str | None,
) -> None:
    """Export a session log as CSV or Parquet (FILE may be `latest`).

    \b
    --csv: one row per frame. Columns: t_host (seconds, as logged), direction
    (out, in, bad, note), msg (name, or hex for unknown ids), frame_seq, t_board
    (the frame's t_us, empty when it has none), then every field of the messages
    present, with array tails flattened (axes.0.pos, axes.0.vel, axes.1.pos ...)
    and enum values as numbers; positions, targets, limits and velocities in the
    axis unit (degrees or mm, per second; --units wire: thousandths as sent);
    raw (hex) for frames that do not decode; note.
    Default output: FILE with the suffix .csv.

    \b
    --parquet: a directory (default: FILE without suffix, plus "-parquet") with
      <msg>.parquet   one table per message type (telemetry.parquet ...): t_host,
                      direction, frame_seq, t_board, then the message's fields; an
                      array tail is one list<struct> column, a string tail a string
      frames.parquet  every frame: t_host, direction, msg, name, frame_seq, t_board,
                      length, decoded, and raw bytes of frames that did not decode
      meta.json       the log's header (port, host version, schema hash, start)

    The --type/--since/--until/--direction filters work as in `log show`.
    """
    if fmt is None:
        raise click.ClickException("choose a format: --csv or --parquet")
    file = resolve(file)
    data = _open(file)
    rows = _select(data, types, since, until, direction)
    try:
        if fmt == "csv":
            target = file.with_suffix(".csv") if out is None else out
            export_csv(data, rows, None if str(target) == "-" else target, units == "user")
            if str(target) != "-":
                click.echo(f"wrote {len(rows)} frames to {target}", err=True)
        else:
            target = file.with_name(file.stem + "-parquet") if out is None else out
            written = export_parquet(data, rows, target)
            click.echo(f"wrote {len(rows)} frames to {target}/ ({len(written)} tables)", err=True)
    except BrokenPipeError:  # `... -o - | head`
        sys.stderr.close()
        raise SystemExit(0) from None
    except OSError as e:
        raise click.ClickException(f"cannot write {e.filename or target}: {e.strerror or e}") from None
