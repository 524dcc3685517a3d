"""A CLI that tells the truth, straight to a board: how motion ended, Ctrl-C, strict input, all-or-nothing
config, rig names, one-line usage errors, and a `--help` that imports nothing heavy."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from orbitrig.host.rig import Rig
from orbitrig.host.testing.pytest_plugin import start_emulated

ORBITRIG = [sys.executable, "-m", "orbitrig.host.cli"]


@pytest.fixture(scope="module")
def port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    emu = start_emulated()
    try:
        p = emu.start(wait_link=True)  # type: ignore[attr-defined]
        with Rig.connect(p, timeout=2.0, direct=True) as rig:
            rig.config_set("board", "link_timeout", 2000)  # a loaded machine stalls for 100s of ms
            rig.arm()
            rig.wait_motion(rig.home(), timeout=60)
        yield p
    finally:
        emu.stop()  # type: ignore[attr-defined]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    e = {**os.environ, "ORBITRIG_RUN_DIR": str(tmp_path / "run"), "ORBITRIG_NO_SERVER": "1"}
    e.pop("ORBITRIG_RIG", None)
    return e


def run(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*ORBITRIG, *args], capture_output=True, text=True, env=env, timeout=timeout)


def one_line(p: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1, p.stderr
    return lines[0]


def test_config_set_of_several_keys_is_all_or_nothing(port: str, env: dict[str, str]) -> None:
    before = run(env, "config", "get", "-p", port, "pan.home", "pan.min").stdout
    p = run(env, "config", "set", "-p", port, "pan.home=120", "pan.min=100")
    assert p.returncode == 6
    assert one_line(p) == (
        "orbitrig: CONFIG_APPLY refused: pan.min..max 100..170 would put pan (now at 0) outside its limits"
    )
    assert run(env, "config", "get", "-p", port, "pan.home", "pan.min").stdout == before  # nothing applied
    p = run(env, "config", "set", "-p", port, "board.link_timeout=20", "pan.vmax=90")
    assert p.returncode == 6
    assert one_line(p) == "orbitrig: CONFIG_STAGE refused: board.link_timeout 20 outside 50..10000 ms"
    assert " 180 " in run(env, "config", "get", "-p", port, "pan.vmax").stdout
    p = run(env, "config", "set", "-p", port, "pan.home=10", "pan.min=-100")
    assert p.returncode == 0, p.stderr
    got = run(env, "config", "get", "-p", port, "pan.home", "pan.min").stdout
    assert " 10 " in got and " -100 " in got
    assert run(env, "config", "set", "-p", port, "pan.home=0", "pan.min=-170").returncode == 0


def test_config_refusals_are_in_user_units(port: str, env: dict[str, str]) -> None:
    p = run(env, "config", "set", "-p", port, "pan.vmax=5000")
    assert p.returncode == 6
    assert one_line(p) == "orbitrig: SET_CONFIG refused: pan.vmax 5000 outside 0.001..2000"


@pytest.mark.parametrize(
    "blob",
    [bytes(range(256)) * 2, b"\x00\x01garbage\x00", b'{"pan": {"vmax": 90}\n\xff\xfe'],
    ids=["binary", "nul", "latin1"],
)
def test_binary_config_import_is_one_line(
    port: str, env: dict[str, str], tmp_path: Path, blob: bytes
) -> None:
    f = tmp_path / "rig.json"
    f.write_bytes(blob)
    p = run(env, "config", "import", "-p", port, str(f))
    assert p.returncode == 2
    line = one_line(p)
    assert line.startswith(f"orbitrig: {f}:") and "not a text file" in line or "not valid JSON" in line, line


def test_duplicate_settings_and_sloppy_numbers_are_refused(port: str, env: dict[str, str]) -> None:
    p = run(env, "config", "set", "-p", port, "pan.vmax=90", "pan.vmax=80")
    assert p.returncode == 2 and one_line(p) == "orbitrig: pan.vmax given twice: set each setting once"
    for text in ("1_0", " 10", "0x10"):
        p = run(env, "config", "set", "-p", port, f"pan.vmax={text}")
        assert p.returncode == 2 and "is not a number" in one_line(p), text
        p = run(env, "move", "-p", port, f"pan={text}")
        assert p.returncode == 2 and "is not a number" in one_line(p), text
    p = run(env, "move", "-p", port, "pan=10", "pan=20")
    assert p.returncode == 2
    assert one_line(p) == "orbitrig: axis pan given twice (pan=10 and pan=20): name each axis once"
    p = run(env, "move", "-p", port, "pan=10", "--duration", "1_0")
    assert p.returncode == 2 and one_line(p).startswith("Error: Invalid value for '--duration'")


def test_a_target_past_the_limit_is_the_limits_error_at_any_magnitude(port: str, env: dict[str, str]) -> None:
    for value in ("400", "1e12", "1e308", "-1e308"):
        p = run(env, "move", "-p", port, f"pan={value}")
        assert p.returncode == 6, (value, p.stderr)
        assert one_line(p).startswith("orbitrig: MOVE_TO refused: pan target "), p.stderr


def test_rig_name_and_rig_refusal(port: str, env: dict[str, str]) -> None:
    assert run(env, "name", "-p", port, "A-cam").returncode == 0
    try:
        assert run(env, "name", "-p", port).stdout.strip() == "A-cam"
        p = run(env, "status", "-p", port, "--rig", "B-cam")
        assert p.returncode == 2
        assert one_line(p) == f"orbitrig: --rig B-cam: the board on {port} is rig 'A-cam', not 'B-cam'"
        assert run(env, "status", "-p", port, "--rig", "A-cam").returncode == 0
        p = run(env, "name", "-p", port, "no spaces")
        assert p.returncode == 2 and "not allowed" in one_line(p)
    finally:
        run(env, "name", "-p", port, "--clear")


def test_status_names_flags_and_shows_armed_and_homed(port: str, env: dict[str, str]) -> None:
    p = run(env, "status", "-p", port)
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines()[0].startswith("state IDLE (armed, homed)  flags none")
    d = json.loads(run(env, "status", "-p", port, "--json").stdout)
    assert d["armed"] is True and d["homed"] is True and d["flag_names"] == []
    info = run(env, "info", "-p", port).stdout
    assert "state        IDLE (armed, homed)" in info


def test_jog_into_a_soft_limit_says_so(port: str, env: dict[str, str]) -> None:
    p = run(env, "jog", "-p", port, "roll=80", "--seconds", "3")
    assert p.returncode == 10, p.stderr
    assert (
        one_line(p).startswith("orbitrig: jog ") and "stopped at roll's soft limit (max): roll=" in p.stderr
    )
    with Rig.connect(port, direct=True) as rig:
        rig.clear() if rig.status().state != "IDLE" else None
        if rig.status().state == "DISARMED":
            rig.arm()
        rig.wait_motion(rig.move_to({"roll": 0}, duration=2), timeout=20)


def test_clear_when_armed_and_idle_is_not_an_error(port: str, env: dict[str, str]) -> None:
    p = run(env, "clear", "-p", port)
    assert p.returncode == 0 and p.stdout.strip() == "nothing to clear: IDLE (armed)", p.stderr


def test_ctrl_c_during_a_move_stops_the_rig_and_says_where(port: str, env: dict[str, str]) -> None:
    mover = subprocess.Popen(
        [*ORBITRIG, "move", "-p", port, "tilt=80", "--duration", "20"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert mover.stdout is not None
        assert "accepted" in mover.stdout.readline()
        time.sleep(0.5)
        mover.send_signal(signal.SIGINT)
        out, err = mover.communicate(timeout=30)
    finally:
        if mover.poll() is None:
            mover.kill()
            mover.wait(5)
    assert mover.returncode == 130, (out, err)
    assert err.strip().startswith("move interrupted: STOP sent, rig still (IDLE) at pan=0.000°, tilt="), err
    with Rig.connect(port, direct=True) as rig:
        st = rig.status()
        assert st.state == "IDLE" and 0 < st.pos[1] < 80  # stopped, not held by the link watchdog
        rig.wait_motion(rig.move_to({"tilt": 0}, duration=2), timeout=20)


def test_usage_errors_are_one_line(env: dict[str, str]) -> None:
    for args in (
        ["move"],
        ["status", "--bogus"],
        ["nosuchcommand"],
        ["move", "-p", "/dev/null", "--speed", "2", "pan=1"],
    ):
        p = run(env, *args)
        assert p.returncode == 2
        assert one_line(p).startswith("Error: "), p.stderr
        assert p.stderr.strip().endswith("--help)"), p.stderr


def test_help_and_version_import_nothing_heavy(env: dict[str, str]) -> None:
    probe = (
        "import sys\n"
        "from orbitrig.host.cli.main import main\n"
        "code = main(sys.argv[1:])\n"
        "heavy = sorted(m for m in ('numpy', 'construct', 'serial', 'aiohttp', 'websockets', 'rich') if m in sys.modules)\n"
        "print('HEAVY', heavy, code)\n"
    )
    for arg in ("--help", "--version"):
        p = subprocess.run(
            [sys.executable, "-c", probe, arg], capture_output=True, text=True, env=env, timeout=60
        )
        assert p.stdout.strip().splitlines()[-1] == "HEAVY [] 0", p.stdout + p.stderr
    p = run(env, "--help")
    for command in ("serve", "config", "log", "shot", "name", "ports"):
        assert f"  {command} " in p.stdout


def test_ports_has_headers_and_lists_emulated_boards(env: dict[str, str], tmp_path: Path) -> None:
    run_dir = Path(env["ORBITRIG_RUN_DIR"])
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / f"emulator-{os.getpid()}.port").write_text("/dev/pts/77\n")  # as `orbitrig emulate` writes it
    p = run(env, "ports")
    assert p.returncode == 0
    lines = p.stdout.splitlines()
    assert lines[0].startswith("SERIAL PORT") and "EMULATED BOARD       PID" in lines
    assert f"/dev/pts/77          {os.getpid()}" in lines
    assert any(x.startswith("RIG SERVER") for x in lines)


def test_repl_hands_the_port_to_mpremote_and_back(port: str, env: dict[str, str]) -> None:
    assert run(env, "name", "-p", port, "R-cam").returncode == 0
    try:
        p = run(env, "repl", "-p", port)
        assert p.returncode == 0, p.stderr
        assert p.stdout.splitlines()[0] == f"the REPL has {port} now: mpremote connect {port} resume fs ls"
        ls = subprocess.run(
            [sys.executable, "-m", "mpremote", "connect", port, "resume", "fs", "ls"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert ls.returncode == 0 and "main.py" in ls.stdout and "config.json" in ls.stdout, ls.stderr
        p = run(env, "repl", "--back", "-p", port)
        assert p.returncode == 0 and "runs again" in p.stdout, p.stderr
        st = run(env, "status", "-p", port)
        assert "CONFIG_DEFAULTS" not in st.stdout, st.stdout  # the stored name is a valid configuration
        assert run(env, "name", "-p", port).stdout.strip() == "R-cam"  # kept across the reboot
    finally:
        run(env, "name", "-p", port, "--clear")
        with Rig.connect(port, direct=True) as rig:
            if rig.status().state == "DISARMED":
                rig.arm()
            if rig.status().flags & 0x04:
                rig.wait_motion(rig.home(), timeout=60)


def test_log_list_latest_retention_and_csv_in_user_units(tmp_path: Path, env: dict[str, str]) -> None:
    from orbitrig.host.logs.session import IN, SessionLog, default_log_path
    from orbitrig.protocol import codec, framing
    from orbitrig.protocol.messages import Msg

    logs = tmp_path / "logs"
    env = {**env, "ORBITRIG_LOG_DIR": str(logs), "ORBITRIG_LOG_KEEP": "3"}
    old = dict(os.environ)
    os.environ.update(env)
    try:
        tel = codec.encode(
            Msg.TELEMETRY,
            {
                "t_us": 5,
                "tseq": 1,
                "state": 2,
                "flags": 0,
                "ev_next": 0,
                "axes": [{"pos": 30500, "vel": -1250}],
            },
        )
        for i in range(5):
            with SessionLog(
                default_log_path("/dev/ttyACM0", now=1_800_000_000 + i), {"port": "/dev/ttyACM0"}
            ) as log:
                log.record(IN, time.time(), framing.seal(1, 0, Msg.TELEMETRY, tel))
    finally:
        os.environ.clear()
        os.environ.update(old)
    assert len(list(logs.glob("*.orblog"))) == 3  # the retention limit
    p = run(env, "log", "list")
    assert p.returncode == 0
    lines = p.stdout.splitlines()
    assert (
        lines[0].startswith("# 3 session logs in")
        and lines[2].startswith("latest ")
        and "20270115T080004" in lines[2]
    )
    p = run(env, "log", "show", "latest", "--limit", "1")
    assert p.returncode == 0 and "TELEMETRY" in p.stdout, p.stderr
    p = run(env, "log", "export", "latest", "--csv", "-o", "-")
    row = p.stdout.splitlines()[1].split(",")
    header = p.stdout.splitlines()[0].split(",")
    assert row[header.index("axes.0.pos")] == "30.5" and row[header.index("axes.0.vel")] == "-1.25"
    p = run(env, "log", "export", "latest", "--csv", "-o", "-", "--units", "wire")
    assert p.stdout.splitlines()[1].split(",")[header.index("axes.0.pos")] == "30500"
    p = run(env, "log", "show", "latest~7")
    assert p.returncode != 0 and one_line(p) == "Error: latest~7: the log folder holds 3 session logs"
