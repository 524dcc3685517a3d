"""The rig server: CLI and Rig through it, STOP from anywhere, the control lease and its deadman, tokens, rig names."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from orbitrig.host.errors import BadInput, RigError
from orbitrig.host.rig import Rig
from orbitrig.host.server.client import NotInControl
from orbitrig.host.testing.pytest_plugin import start_emulated

ORBITRIG = [sys.executable, "-m", "orbitrig.host.cli"]


@dataclass
class Served:
    port: str  # the board's port
    url: str  # the server's http:// address
    env: dict[str, str]
    proc: subprocess.Popen[str]

    def run(
        self, *args: str, timeout: float = 60, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*ORBITRIG, *args], capture_output=True, text=True, timeout=timeout, env=env or self.env
        )

    def connect(self, **kw: object) -> Rig:
        old = dict(os.environ)
        os.environ.update(self.env)
        try:
            return Rig.connect(self.port, timeout=2.0, **kw)  # type: ignore[arg-type]
        finally:
            os.environ.clear()
            os.environ.update(old)


def start_server(port: str, env: dict[str, str], *extra: str) -> tuple[subprocess.Popen[str], str]:
    """`orbitrig serve` on ``port``; returns the process and its URL once it listens."""
    proc = subprocess.Popen(
        [*ORBITRIG, "serve", "-p", port, "--http-port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "console and API on " not in line:
        proc.kill()
        out, err = proc.communicate(timeout=10)
        raise AssertionError(f"server did not start: {line}{out}{err}")
    return proc, line.rsplit(" ", 1)[1].strip()


def stop_server(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    run_dir = tmp_path_factory.mktemp("run")
    env = {
        **os.environ,
        "ORBITRIG_RUN_DIR": str(run_dir),
        "ORBITRIG_LOG_DIR": str(tmp_path_factory.mktemp("logs")),
    }
    env.pop("ORBITRIG_RIG", None)
    emu = start_emulated()
    try:
        port = emu.start(wait_link=True)  # type: ignore[attr-defined]
        proc, url = start_server(port, env, "--deadman", "0.6", "--name", "A-cam")
        try:
            s = Served(port, url, env, proc)
            prep = s.connect()
            try:
                prep.take_control()
                prep.config_set("board", "link_timeout", 2000)  # a loaded machine stalls for 100s of ms
                if prep.status().state != "DISARMED":
                    prep.clear()
                prep.arm()
                prep.wait_motion(prep.home(), timeout=60)
            finally:
                prep.close()
            yield s
        finally:
            stop_server(proc)
    finally:
        emu.stop()  # type: ignore[attr-defined]


def _idle(rig: Rig) -> None:
    rig.take_control()
    st = rig.status()
    if st.state in ("ESTOP", "FAULT", "HOLD"):
        rig.clear()
    if rig.status().state == "DISARMED":
        rig.arm()
    rig.wait_idle(timeout=20)


def test_cli_goes_through_the_server_and_stop_reaches_a_running_move(served: Served) -> None:
    r = served.run("status", "-p", served.port)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("state IDLE (armed, homed)"), r.stdout
    mover = subprocess.Popen(
        [*ORBITRIG, "move", "-p", served.port, "pan=120", "--duration", "20"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=served.env,
    )
    try:
        assert mover.stdout is not None
        assert "accepted" in mover.stdout.readline()
        watcher = served.connect()
        try:
            watcher.set_telemetry(50)
            first = watcher.telemetry(timeout=5).pos[0]
            deadline = time.monotonic() + 10
            while watcher.telemetry(timeout=5).pos[0] == first and time.monotonic() < deadline:
                pass
            r = served.run("stop", "-p", served.port)  # another terminal, while the move holds control
            assert r.returncode == 0 and r.stdout.strip() == "stopping", r.stderr
            out, err = mover.communicate(timeout=30)
            assert mover.returncode == 10, (out, err)
            assert err.strip().startswith("orbitrig: motion 1 ended: stopped") or "ended: stopped" in err, err
            assert len(err.strip().splitlines()) == 1
            st = watcher.wait_idle(timeout=20)
            assert st.state == "IDLE" and 0 < st.pos[0] < 120
        finally:
            watcher.close()
    finally:
        if mover.poll() is None:
            mover.kill()
            mover.wait(5)


def test_a_rig_over_the_server_has_the_same_methods(served: Served) -> None:
    rig = served.connect()
    try:
        assert rig.via_server
        _idle(rig)
        d = rig.describe()
        assert [a["name"] for a in d["axes"]] == ["pan", "tilt", "roll", "slider", "focus"]
        assert rig.config_get("pan", "vmax")[0] == 180000
        rtt, _t = rig.ping(7)
        assert rtt > 0
        mid = rig.move_to({"tilt": 10}, duration=1.0)
        assert rig.wait_motion(mid, timeout=20) == "COMPLETE"
        assert abs(rig.status().pos[1] - 10) < 0.01
        mid = rig.move_to({"tilt": 0}, duration=1.0)
        assert rig.wait_motion(mid, timeout=20) == "COMPLETE"
    finally:
        rig.close()


def test_one_control_holder_anyone_may_stop(served: Served) -> None:
    a = served.connect(label="alice")
    b = served.connect(label="bob")
    try:
        _idle(a)
        with pytest.raises(NotInControl, match=r"held by alice") as e:
            b.take_control()
        assert e.value.exit_code == 3
        with pytest.raises(NotInControl, match=r"MOVE_TO needs control"):
            b.move_to({"pan": 10})
        start = a.status().pos[0]
        mid = a.move_to({"pan": -100}, duration=20)
        while a.status().pos[0] == start:  # started, not merely queued (a STOP would drop it)
            a.link.pump(0.01)
        b.stop()  # no lease needed to stop
        assert a.wait_motion(mid, timeout=20) == "STOPPED"
        a.close()  # disconnecting gives the lease back
        deadline = time.monotonic() + 5
        while True:
            try:
                b.take_control()
                break
            except NotInControl:
                assert time.monotonic() < deadline, "the lease was not released on disconnect"
                b.link.pump(0.05)
        mid = b.move_to({"pan": 0}, duration=1)
        assert b.wait_motion(mid, timeout=20) == "COMPLETE"
    finally:
        a.close()
        b.close()


def test_deadman_drops_a_silent_holder_and_stops_its_motion(served: Served) -> None:
    holder = served.connect(label="sleeper")
    watcher = served.connect(label="watcher")
    try:
        _idle(holder)
        mid = holder.move_to({"roll": 40}, duration=20)
        time.sleep(2.0)  # silent past the 0.6 s deadman: no pump, nothing sent
        assert watcher.wait_motion(mid, timeout=20) == "STOPPED"
        watcher.take_control()  # the lease is free again
        watcher.release_control()
        holder.link.pump(0.2)
        with pytest.raises(NotInControl):
            holder.move_to({"roll": 0})  # it must take control again, explicitly
        holder.take_control()
        assert holder.wait_motion(holder.move_to({"roll": 0}, duration=0.5), timeout=20) == "COMPLETE"
    finally:
        holder.close()
        watcher.close()


def test_no_wait_runs_on_through_the_server(served: Served) -> None:
    r = served.run("move", "-p", served.port, "slider=40", "--duration", "1.5", "--no-wait")
    assert r.returncode == 0, r.stderr
    rig = served.connect()
    try:
        st = rig.wait_idle(timeout=20)
        assert abs(st.pos[3] - 40) < 0.01  # the board did not hold it once the CLI had gone
        assert rig.status().state == "IDLE"
    finally:
        rig.close()
    r = served.run("move", "-p", served.port, "slider=0", "--duration", "2")
    assert r.returncode == 0, r.stderr


def test_rig_names_refuse_the_wrong_rig(served: Served) -> None:
    r = served.run("status", "--rig", "A-cam")  # no port: the server of rig A-cam
    assert r.returncode == 0 and "state" in r.stdout, r.stderr
    r = served.run("status", "-p", served.port, "--rig", "B-cam")
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [
        f"orbitrig: --rig B-cam: the server at {served.url} drives rig 'A-cam' on {served.port}, not 'B-cam'"
    ]
    r = served.run("arm", "-p", served.port, "--rig", "B-cam")
    assert r.returncode == 2 and "not 'B-cam'" in r.stderr
    r = served.run("status", "--rig", "C-cam")
    assert r.returncode == 2 and "no rig server for that rig" in r.stderr


def test_ports_lists_the_server(served: Served) -> None:
    r = served.run("ports")
    assert r.returncode == 0
    assert "RIG SERVER" in r.stdout and served.url in r.stdout and "A-cam" in r.stdout


def test_a_second_server_for_the_same_port_is_refused(served: Served) -> None:
    r = served.run("serve", "-p", served.port, "--http-port", "0", timeout=30)
    assert r.returncode == 3
    assert r.stderr.strip().splitlines() == [
        f"orbitrig: port busy: the rig server (pid {served.proc.pid}) at {served.url} already owns {served.port}"
    ]


def test_console_page_and_api_are_served(served: Served) -> None:
    page = urllib.request.urlopen(served.url + "/", timeout=5).read().decode()
    assert "<title>orbitrig console</title>" in page and 'id="estop"' in page
    info = json.loads(urllib.request.urlopen(served.url + "/api/info", timeout=5).read())
    assert info["name"] == "A-cam" and info["port"] == served.port and info["connected"]
    logs = json.loads(urllib.request.urlopen(served.url + "/api/logs", timeout=5).read())["logs"]
    assert any(x["current"] for x in logs)
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(served.url + "/api/logs/..%2Fsecret.orblog", timeout=5)
    assert e.value.code == 404


def test_non_loopback_needs_a_token_and_refuses_requests_without_it(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "ORBITRIG_RUN_DIR": str(tmp_path / "run"),
        "ORBITRIG_LOG_DIR": str(tmp_path / "logs"),
    }
    env.pop("ORBITRIG_TOKEN", None)
    r = subprocess.run(
        [*ORBITRIG, "serve", "-p", "/dev/null", "--host", "0.0.0.0", "--http-port", "0"],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [
        "orbitrig: --host 0.0.0.0 is reachable from other machines: give a token (--token-file FILE or "
        "$ORBITRIG_TOKEN), which every client must then send"
    ]
    emu = start_emulated()
    try:
        port = emu.start(wait_link=True)  # type: ignore[attr-defined]
        token_file = tmp_path / "token"
        proc, url = start_server(port, env, "--host", "0.0.0.0", "--token-file", str(token_file))
        try:
            token = token_file.read_text().strip()
            assert oct(token_file.stat().st_mode & 0o777) == "0o600" and len(token) >= 16
            local = url.replace("0.0.0.0", "127.0.0.1")
            req = urllib.request.Request(local + "/api/stop", method="POST")
            with pytest.raises(urllib.error.HTTPError) as e:
                urllib.request.urlopen(req, timeout=5)
            assert e.value.code == 401
            no_token = {**env, "ORBITRIG_NO_SERVER": "1"}
            r = subprocess.run(
                [*ORBITRIG, "arm", "-p", local], capture_output=True, text=True, env=no_token, timeout=30
            )
            assert r.returncode == 2 and "needs its token" in r.stderr, r.stderr
            with_token = {**no_token, "ORBITRIG_TOKEN": token}
            r = subprocess.run(
                [*ORBITRIG, "status", "-p", local], capture_output=True, text=True, env=with_token, timeout=30
            )
            assert r.returncode == 0 and r.stdout.startswith("state DISARMED"), r.stderr
        finally:
            stop_server(proc)
            out, err = proc.communicate(timeout=10)
        assert token not in out + err  # never logged
    finally:
        emu.stop()  # type: ignore[attr-defined]


def test_no_wait_without_a_server_is_refused(board: object) -> None:
    port = board.port  # type: ignore[attr-defined]
    env = {**os.environ, "ORBITRIG_NO_SERVER": "1"}
    r = subprocess.run(
        [*ORBITRIG, "move", "-p", port, "pan=1", "--no-wait"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert r.returncode == BadInput.exit_code
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("orbitrig: --no-wait needs a rig server"), r.stderr


def test_unknown_op_and_garbage_are_one_line_errors(served: Served) -> None:
    rig = served.connect()
    try:
        with pytest.raises(RigError, match=r"unknown op 'dance'"):
            rig.link._op({"op": "dance"})  # type: ignore[attr-defined]
    finally:
        rig.close()


def test_bench_server_figures_are_measured_from_outside() -> None:
    from orbitrig.host.server.bench import server_figures

    d = server_figures(rounds=3, cli_runs=1)
    for key in ("server_stop_ms", "server_estop_ms"):
        assert d[key]["n"] == 3 and 0 < d[key]["median"] < 1000, d[key]
    for key in ("cli_status_s", "cli_help_s"):
        assert d[key]["n"] == 1 and 0 < d[key]["median"] < 30, d[key]


IDENTICAL = [
    ["move", "pan=400"],
    ["move", "pan=1_0"],
    ["move", "pann=3"],
    ["home", "nosuch"],
    ["config", "get", "pan.vmax", "board.link_timeout"],
    ["config", "set", "pan.vmax=5000"],
    ["config", "set", "pan.home=120", "pan.min=100"],
    ["clear"],
    ["name"],
    ["move", "tilt=5", "--duration", "1"],
    ["move", "tilt=0", "--duration", "1"],
    ["jog", "roll=80", "--seconds", "2"],
]


def _normal(text: str) -> str:
    import re

    text = re.sub(r"(motion|jog) \d+", r"\1 N", text)
    return re.sub(r"roll=\d+\.\d+", "roll=X", text)  # where a jog meets its limit varies by a tick


def test_the_cli_says_the_same_through_a_server_as_direct(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "ORBITRIG_RUN_DIR": str(tmp_path / "run"),
        "ORBITRIG_LOG_DIR": str(tmp_path / "logs"),
    }
    env.pop("ORBITRIG_RIG", None)
    emu = start_emulated()
    try:
        port = emu.start(wait_link=True)  # type: ignore[attr-defined]
        with Rig.connect(port, timeout=2.0, direct=True) as rig:
            rig.config_set("board", "link_timeout", 2000)
            rig.arm()
            rig.wait_motion(rig.home(), timeout=60)

        def run_all(via: str) -> list[tuple[int, str, str]]:
            out = []
            for args in IDENTICAL:
                r = subprocess.run(
                    [*ORBITRIG, *args, "-p", port], capture_output=True, text=True, env=env, timeout=60
                )
                out.append((r.returncode, _normal(r.stdout), _normal(r.stderr)))
                if args[0] == "jog":  # back inside the limits for the next round
                    with Rig.connect(via, timeout=2.0) as rig:  # the port, or the server's address
                        rig.take_control()
                        rig.wait_motion(rig.move_to({"roll": 0}, duration=2), timeout=20)
            return out

        direct = run_all(port)
        proc, url = start_server(port, env)
        try:
            served = run_all(url)
        finally:
            stop_server(proc)
        for args, d, s in zip(IDENTICAL, direct, served, strict=True):
            assert d == s, (args, d, s)
        assert [d[0] for d in direct] == [6, 2, 2, 2, 0, 6, 6, 0, 0, 0, 0, 10]
    finally:
        emu.stop()  # type: ignore[attr-defined]
