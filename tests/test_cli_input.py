"""Bad numbers and failed connects: one line, the BadInput exit code, nothing left behind.

The CLI cases run the real `orbitrig` against the session's emulated board; the rest need
no board (a Link on loop:// with its reads and writes replaced).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import serial
from test_cli import one_line_error, run

from orbitrig.host import link as hostlink
from orbitrig.host.errors import BadInput, BoardSilent, CommandRefused, PortNotFound, RigError
from orbitrig.host.logs.session import SessionLog
from orbitrig.host.rig import Rig, to_wire
from orbitrig.host.testing.pytest_plugin import BoardUnderTest
from orbitrig.protocol import PROTOCOL_VERSION, SCHEMA_HASH, codec, framing
from orbitrig.protocol.messages import Msg

WIRE_RANGE = "-2147483.648..2147483.647"  # int32 thousandths, in the axis unit


@pytest.mark.parametrize(
    "command, values, message",
    [
        # a finite target beyond the axis's limit is refused as the board would, before the wire
        ("move", ["pan=1e12"], "MOVE_TO refused: pan target 1e+12 above max 170.000"),
        ("move", ["pan=1e300"], "MOVE_TO refused: pan target 1e+300 above max 170.000"),
        ("move", ["pan=nan"], "pan target: nan is not a finite number"),
        ("move", ["pan=inf"], "pan target: inf is not a finite number"),
        ("move", ["tilt=10", "pan=-inf"], "pan target: -inf is not a finite number"),
        ("jog", ["pan=1e9"], "JOG refused: pan jog velocity 1e+09 above vmax 180.000"),
        ("jog", ["tilt=NaN"], "tilt jog velocity: nan is not a finite number"),
        ("config set", ["pan.vmax=nan"], "pan.vmax: nan is not a finite number"),
        ("config set", ["pan.vmax=1e12"], f"pan.vmax: 1e+12 outside {WIRE_RANGE}"),
        ("config set", ["board.link_timeout=inf"], "board.link_timeout: inf is not a finite number"),
        (
            "config set",
            ["board.link_timeout=1e12"],
            "board.link_timeout: 1e+12 outside -2147483648..2147483647",
        ),
        ("config set", ["board.link_timeout=2.5"], "board.link_timeout: 2.5 must be a whole number"),
    ],
)
def test_bad_number_is_one_line_bad_input(
    board: BoardUnderTest, command: str, values: list[str], message: str
) -> None:
    p = run(*command.split(), "--port", board.port, *values)
    assert one_line_error(p) == f"orbitrig: {message}"
    assert p.returncode == (CommandRefused.exit_code if " refused: " in message else BadInput.exit_code)


def test_bad_number_in_config_import_names_file_and_line(board: BoardUnderTest, tmp_path: Path) -> None:
    out = tmp_path / "rig.json"
    out.write_text('{\n  "pan": {\n    "vmax": NaN\n  }\n}\n')  # json.loads takes NaN
    p = run("config", "import", "--port", board.port, str(out))
    assert one_line_error(p) == f"orbitrig: {out}:3: pan.vmax: nan is not a finite number"
    assert p.returncode == BadInput.exit_code
    p = run("config", "get", "--port", board.port, "pan.vmax")
    assert p.returncode == 0 and " 180 " in p.stdout


def test_to_wire_edges() -> None:
    assert to_wire(2147483.647, "pan target") == 2**31 - 1
    assert to_wire(-2147483.648, "pan target") == -(2**31)
    assert to_wire(-5.5, "tilt target") == -5500
    assert to_wire(7, "board.link_timeout", scale=1) == 7
    with pytest.raises(BadInput, match=r"^pan target: 2\.14748e\+06 outside -2147483\.648\.\.2147483\.647$"):
        to_wire(2147483.648, "pan target")
    with pytest.raises(BadInput, match=r"^x: 1e\+308 outside"):
        to_wire(1e308, "x")  # finite, but not once scaled
    for bad in ("3", None, True):
        with pytest.raises(BadInput, match="is not a number"):
            to_wire(bad, "x")


def loop_link() -> tuple[hostlink.Link, list[bytes]]:
    """A Link on loop:// that keeps what it writes instead of writing it."""
    link = hostlink.Link(serial.serial_for_url("loop://"), "loop://", timeout=1.0)
    sent: list[bytes] = []
    link.write_raw = sent.append  # type: ignore[method-assign]
    return link, sent


def test_codec_error_on_submit_is_bad_input() -> None:
    link, sent = loop_link()
    with pytest.raises(BadInput, match=r"^JOG\.vel: 1099511627776 0\.001 unit/s outside "):
        link.submit(Msg.JOG, {"axis": 0, "vel": 1 << 40, "jog_id": 1, "timeout_ms": 0})
    with pytest.raises(BadInput, match=r"^JOG: missing field jog_id$"):
        link.submit(Msg.JOG, {"axis": 0, "vel": 0})
    assert sent == [] and link.in_flight() == 0


# --- connecting -------------------------------------------------------------------------------


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "logs"
    monkeypatch.setenv("ORBITRIG_LOG_DIR", str(d))
    monkeypatch.delenv("ORBITRIG_LOG", raising=False)
    return d


def _logs(d: Path) -> list[Path]:
    return sorted(d.glob("*.orblog")) if d.exists() else []


def test_failed_connect_leaves_no_session_log(log_dir: Path) -> None:
    with pytest.raises(PortNotFound):
        Rig.connect("/dev/ttyNOPE9", timeout=0.2)
    assert _logs(log_dir) == []
    p = run("info", "--port", "/dev/ttyNOPE9")  # the environment names log_dir
    assert one_line_error(p) == "orbitrig: no such port: /dev/ttyNOPE9"
    assert _logs(log_dir) == []


def test_connect_writes_one_session_log(board: BoardUnderTest, log_dir: Path) -> None:
    # the other side of the test above: a connect that works does log
    with Rig.connect(board.port, timeout=2.0) as rig:
        rig.ping(1)
    assert len(_logs(log_dir)) == 1


@pytest.fixture
def silent_port() -> Iterator[str]:
    master, slave = os.openpty()  # a port with nobody behind it
    try:
        yield os.ttyname(slave)
    finally:
        os.close(master)
        os.close(slave)


def test_failed_handshake_closes_its_session_log(silent_port: str, log_dir: Path) -> None:
    with pytest.raises(BoardSilent):
        Rig.connect(silent_port, timeout=0.3)
    (path,) = _logs(log_dir)  # kept: it holds the HELLOs that went unanswered
    SessionLog(path).close()  # its lock was released (a held one raises LogError)


# --- the handshake and the counters ------------------------------------------------------------


def _fields(msg: Msg, **given: object) -> dict[str, object]:
    from orbitrig.protocol.layout import layouts

    lay = layouts()[msg]
    out: dict[str, object] = {f.name: "" if f.text else f.bounds[0] for f in lay.fields}
    if lay.tail_kind == "array":
        out[lay.tail_name] = []
    out.update(given)
    return out


def test_hello_is_not_resent_for_every_frame_received() -> None:
    link, sent = loop_link()
    telemetry = [
        framing.wire(
            PROTOCOL_VERSION, 0, Msg.TELEMETRY, codec.encode(Msg.TELEMETRY, _fields(Msg.TELEMETRY, tseq=i))
        )
        for i in range(40)
    ]
    identify = framing.wire(
        PROTOCOL_VERSION,
        0,
        Msg.IDENTIFY,
        codec.encode(
            Msg.IDENTIFY,
            # another schema: hello() then asks nothing more (no GET_AXIS, no GET_CONFIG)
            _fields(Msg.IDENTIFY, version=PROTOCOL_VERSION, schema=SCHEMA_HASH ^ 1, rx_window=4, boot_id=9),
        ),
    )
    # 40 reads with one telemetry frame each, then the answer: all well within one HELLO retry
    chunks = [*telemetry, identify]
    link._read = lambda wait: chunks.pop(0) if chunks else b""  # type: ignore[method-assign]
    f = link.hello(timeout=5.0)
    assert f["boot_id"] == 9 and link.stats.telemetry == 40
    hellos = [w for w in sent if next(framing.Packetizer().feed(w)).msg == Msg.HELLO]
    assert len(hellos) == 1


def test_hello_is_resent_after_its_retry_interval() -> None:
    link, sent = loop_link()
    with pytest.raises(BoardSilent):
        link.hello(timeout=4 * hostlink.HELLO_RETRY)
    assert 3 <= len(sent) <= 5  # one every retry interval (fewer if this host stalls)
    link.close()


def test_keepalive_is_not_held_back_by_a_pending_commands_rto() -> None:
    # A command waits on a backed-off RTO of 1 s; the board's link watchdog trips after 250 ms
    # of silence, so the host must still send its 100 ms keepalive while it waits.
    import time

    link, _ = loop_link()
    writes: list[tuple[float, int]] = []
    link.write_raw = lambda w: writes.append(  # type: ignore[method-assign]
        (time.monotonic(), next(framing.Packetizer().feed(w)).msg)
    )
    link.identify = {}  # connected, with room in the window for a PING
    link.window = 4
    link.keepalive = 0.1
    link.rto = hostlink.RTO_MAX
    link.submit(Msg.GET_STATUS)
    t0 = time.monotonic()
    link.pump(1.5)
    pings = [t - t0 for t, msg in writes if msg == Msg.PING]
    assert pings and pings[0] < 0.8, pings  # due at 0.1 s; the RTO would send at 1 s
    link.close()


def test_rx_split_accumulates_across_reopen(monkeypatch: pytest.MonkeyPatch) -> None:
    def pong(seq: int) -> bytes:
        return framing.wire(
            PROTOCOL_VERSION, seq, Msg.PONG, codec.encode(Msg.PONG, {"token": seq, "t_us": 0})
        )

    merged = pong(1)[:-1] + pong(2)  # a lost delimiter: recovered as two frames
    link, _ = loop_link()
    monkeypatch.setattr(link, "hello", lambda timeout=None: {})
    link._feed(merged)
    assert link.stats.rx_split == 1
    link._feed(pong(3)[:5])  # half a frame when the cable comes out
    link.reopen(timeout=1.0)
    assert link.stats.rx_split == 1 and link.stats.reconnects == 1
    link._feed(merged)
    assert link.stats.rx_split == 2
    assert link.stats.rx_bad == 0  # the half frame from before the reopen was dropped, not joined
    link.close()


def test_failed_board_benchmark_is_one_line() -> None:
    from orbitrig.host.bench.board import run_script

    with pytest.raises(RigError, match=r"^board benchmark failed: ValueError: boom$"):
        run_script('raise ValueError("boom")', {})  # cli.main prints a RigError as one line


@pytest.mark.parametrize(
    "args, message",
    [
        (["ping", "--timeout", "nan"], "'nan' is not a finite number of seconds"),
        (["ping", "--timeout", "inf"], "inf is not in the range 0.01<=x<=3600"),
        (["jog", "pan=1", "--seconds", "nan"], "'nan' is not a finite number of seconds"),
        (["monitor", "--seconds", "-inf"], "-inf is not in the range 0<=x<=31536000"),
    ],
)
def test_seconds_options_refuse_nan_and_inf(args: list[str], message: str) -> None:
    # refused before any port is opened (/dev/null is not a board)
    p = run(*args[:1], "--port", "/dev/null", *args[1:])
    assert p.returncode == 2
    assert f"Error: Invalid value for '{args[-2]}': {message}" in p.stderr, p.stderr
