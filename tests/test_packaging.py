"""The distribution installs one namespace, and every transport pySerial knows works."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
import serial

from orbitrig.host.rig import Rig
from orbitrig.host.testing.pytest_plugin import BoardUnderTest


def test_only_the_orbitrig_namespace_is_installed(tmp_path) -> None:
    # run from an empty directory, so the repo's protocol/ and host/ are not on sys.path
    code = (
        "import importlib.util, importlib.metadata\n"
        "bad = [m for m in ('protocol', 'host', 'firmware', 'orbitfw') if importlib.util.find_spec(m)]\n"
        "import orbitrig.protocol, orbitrig.host\n"
        "print(','.join(bad) or 'clean')\n"
        "tops = {f.parts[0] for f in importlib.metadata.files('orbitrig') or []}\n"
        "print(','.join(sorted(tops)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    verdict, tops = out.stdout.strip().splitlines()
    assert verdict == "clean"
    # what the installation put in site-packages: the orbitrig package (or, for an editable
    # install, its finder and .pth), its dist-info, the console script
    for top in tops.split(","):
        assert top.startswith(("orbitrig", "__editable__", "..", "__pycache__")) or top.endswith(
            ".dist-info"
        ), top


@pytest.fixture
def tcp_bridge(board: BoardUnderTest) -> Iterator[str]:
    """A TCP port that carries the board's serial stream (as ser2net would)."""
    srv = socket.create_server(("127.0.0.1", 0))
    port = serial.Serial(board.port, timeout=0.01, exclusive=True)
    stop = threading.Event()

    def pump() -> None:
        conn, _ = srv.accept()
        conn.settimeout(0.01)
        while not stop.is_set():
            data = port.read(4096)
            if data:
                conn.sendall(data)
            try:
                got = conn.recv(4096)
            except TimeoutError:
                continue
            if not got:
                break
            port.write(got)
        conn.close()

    t = threading.Thread(target=pump, daemon=True)
    t.start()
    try:
        yield f"socket://127.0.0.1:{srv.getsockname()[1]}"
    finally:
        stop.set()
        t.join(5)
        srv.close()
        port.close()


def test_rig_over_a_socket_url(tcp_bridge: str) -> None:
    with Rig.connect(tcp_bridge, timeout=3.0, log=False) as rig:
        assert rig.hello().axes
        rtt, _ = rig.ping(42)
        assert rtt < 1.0
        assert rig.status().state in ("DISARMED", "IDLE")


def test_loop_url_reaches_the_link_layer() -> None:
    # loop:// echoes what is written: the host's own frames come back as frames it does
    # not expect, and are counted, not raised
    from orbitrig.host.link import Link
    from orbitrig.protocol.messages import Msg

    link = Link.open("loop://", timeout=0.2)
    link.send(Msg.PING, {"token": 1})
    link.pump(0.1)
    assert link.stats.rx_frames + link.stats.rx_undecodable + link.stats.rx_stray >= 1
    link.close()
