"""The operator console in a real headless browser (Debian's chromium through chromium-driver).

Load the page, watch live positions change during a move another client started, press
STOP and see the board stop; jog by press-and-hold, and a lost page stops the jog.
The browser is driven over the W3C WebDriver protocol with plain HTTP (a few calls).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from test_server import Served, start_server, stop_server

from orbitrig.host.testing.pytest_plugin import start_emulated

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C key of an element reference
CHROME_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--window-size=1400,1100",
]


def _browser() -> tuple[str, str]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if chromium and driver:
        return chromium, driver
    why = "the console test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)"
    if os.environ.get("CI") == "true":
        pytest.fail(why)
    pytest.skip(why)


class Browser:
    """A WebDriver session: the handful of commands the tests need."""

    def __init__(self, driver_url: str, chromium: str, profile: str) -> None:
        self.base = driver_url
        caps = {
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": {
                        "binary": chromium,
                        "args": [*CHROME_FLAGS, f"--user-data-dir={profile}"],
                    },
                }
            }
        }
        self.sid = self._call("POST", "/session", caps)["sessionId"]

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return json.loads(r.read())["value"]
        except urllib.error.HTTPError as e:
            raise AssertionError(
                f"WebDriver {method} {path}: {e.read().decode(errors='replace')[:300]}"
            ) from None

    def s(self, method: str, path: str, body: Any = None) -> Any:
        return self._call(method, f"/session/{self.sid}{path}", body)

    def open(self, url: str) -> None:
        self.s("POST", "/url", {"url": url})

    def js(self, script: str, *args: Any) -> Any:
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def text(self, element_id: str) -> str:
        return str(self.js("return document.getElementById(arguments[0]).textContent", element_id))

    def element(self, css: str) -> str:
        return self.s("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def click(self, css: str) -> None:
        self.s("POST", f"/element/{self.element(css)}/click", {})

    def press(self, css: str) -> None:
        """Press the mouse button on an element and keep it down."""
        move = {"type": "pointerMove", "origin": {ELEMENT: self.element(css)}, "x": 0, "y": 0}
        self._pointer([move, {"type": "pointerDown", "button": 0}])

    def release(self) -> None:
        self._pointer([{"type": "pointerUp", "button": 0}])

    def _pointer(self, actions: list[dict[str, Any]]) -> None:
        chain = {"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"}, "actions": actions}
        self.s("POST", "/actions", {"actions": [chain]})

    def screenshot(self) -> bytes:
        return base64.b64decode(self.s("GET", "/screenshot"))

    def quit(self) -> None:
        try:
            self.s("DELETE", "")
        except (AssertionError, OSError):
            pass


def wait_for(what: str, check: Callable[[], Any], timeout: float = 20.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        v = check()
        if v:
            return v
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Served, Browser]]:
    chromium, chromedriver = _browser()
    env = {
        **os.environ,
        "ORBITRIG_RUN_DIR": str(tmp_path_factory.mktemp("run")),
        "ORBITRIG_LOG_DIR": str(tmp_path_factory.mktemp("logs")),
    }
    env.pop("ORBITRIG_RIG", None)
    emu = start_emulated()
    stack: list[Callable[[], None]] = [emu.stop]  # type: ignore[attr-defined]
    try:
        port = emu.start(wait_link=True)  # type: ignore[attr-defined]
        proc, url = start_server(port, env, "--name", "B-cam", "--deadman", "1.5")
        stack.append(lambda: stop_server(proc))
        served = Served(port, url, env, proc)
        dport = _free_port()
        driver = subprocess.Popen(
            [chromedriver, f"--port={dport}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )

        def stop_driver() -> None:
            driver.terminate()
            try:
                driver.wait(10)
            except subprocess.TimeoutExpired:
                driver.kill()
                driver.wait(5)

        stack.append(stop_driver)
        driver_url = f"http://127.0.0.1:{dport}"
        wait_for("chromedriver", lambda: _up(driver_url + "/status"), 20)
        profile = tempfile.mkdtemp(prefix="orbitrig-chromium-")
        stack.append(lambda: shutil.rmtree(profile, ignore_errors=True))
        browser = Browser(driver_url, chromium, profile)
        stack.append(browser.quit)
        prep = served.connect()
        try:
            prep.take_control()
            prep.config_set("board", "link_timeout", 2000)
            prep.arm()
            prep.wait_motion(prep.home(), timeout=60)
        finally:
            prep.close()
        yield served, browser
    finally:
        for undo in reversed(stack):
            undo()


def _up(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def _pos(browser: Browser, axis: str) -> float:
    text = browser.text(f"pos-{axis}").replace("°", "").replace("mm", "").strip()
    return float(text) if text not in ("", "—") else float("nan")


def test_live_positions_change_during_a_move_and_stop_stops_the_board(
    console: tuple[Served, Browser],
) -> None:
    served, browser = console
    browser.open(served.url + "/")
    wait_for("the page's first telemetry", lambda: browser.text("state") == "IDLE")
    assert browser.text("armed") == "armed" and browser.text("homed") == "homed"
    assert browser.text("rig-name") == "rig B-cam"
    mover = served.connect(label="mover")
    try:
        mover.take_control()
        mid = mover.move_to({"pan": 150}, duration=12)
        first = wait_for("pan to start moving on the page", lambda: _pos(browser, "pan") > 0.5)
        wait_for("pan to keep moving on the page", lambda: _pos(browser, "pan") > first + 1.0)
        assert browser.text("state") == "MOVING"
        browser.click("#stop")
        assert mover.wait_motion(mid, timeout=20) == "STOPPED"  # the board stopped: its own event
        st = mover.wait_idle(timeout=20)
        assert 0 < st.pos[0] < 150
        wait_for("the page to show IDLE", lambda: browser.text("state") == "IDLE")
        wait_for("the page to show where pan stopped", lambda: abs(_pos(browser, "pan") - st.pos[0]) < 0.01)
        events = browser.text("events")
        assert f"motion {mid} stopped" in events
        png = browser.screenshot()
        assert png.startswith(b"\x89PNG") and len(png) > 10_000
        shot_to = os.environ.get("ORBITRIG_CONSOLE_SCREENSHOT")
        if shot_to:
            Path(shot_to).write_bytes(png)
        mid = mover.move_to({"pan": 0}, duration=3)
        assert mover.wait_motion(mid, timeout=20) == "COMPLETE"
    finally:
        mover.close()


def test_jog_by_press_and_hold_and_a_lost_page_stops_it(console: tuple[Served, Browser]) -> None:
    served, browser = console
    browser.open(served.url + "/")
    wait_for("the page's first telemetry", lambda: browser.text("state") == "IDLE")
    watcher = served.connect(label="watcher")
    try:
        watcher.set_telemetry(50)
        start = watcher.status().pos[1]
        browser.press("#jog-tilt-plus")
        wait_for("tilt to jog", lambda: watcher.telemetry(timeout=5).vel[1] > 0.5)
        time.sleep(0.3)
        browser.release()
        st = watcher.wait_idle(timeout=10)  # release ended the jog
        assert st.pos[1] > start + 0.5
        wait_for("the page to show control held", lambda: "this console" in browser.text("lease"))
        browser.press("#jog-tilt-minus")
        wait_for("tilt to jog back", lambda: watcher.telemetry(timeout=5).vel[1] < -0.5)
        browser.open("about:blank")  # the page goes away mid-jog: nobody refreshes the jog now
        st = watcher.wait_idle(timeout=10)
        assert st.state == "IDLE"
        browser.release()
    finally:
        watcher.close()


def test_shot_check_and_play_with_progress_and_report(console: tuple[Served, Browser]) -> None:
    served, browser = console
    browser.open(served.url + "/")
    wait_for("the page's first telemetry", lambda: browser.text("state") == "IDLE")
    wait_for("the shot list", lambda: "pingpong" in browser.text("shots"))
    browser.click('#shots button[data-shot="pingpong"]')  # the first of the pair: Check
    wait_for("the check to finish", lambda: browser.text("shot-status") == "check pingpong: done", 60)
    assert "playable" in browser.text("shot-output")
    browser.js("document.querySelectorAll('#shots button[data-shot=\"pingpong\"]')[1].click()")
    wait_for("the shot to play", lambda: "play pingpong: running (" in browser.text("shot-status"), 60)
    width = wait_for(
        "progress",
        lambda: float(
            browser.js("return parseFloat(document.getElementById('shot-progress-bar').style.width) || 0")
        ),
    )
    assert width > 0
    wait_for("the play to finish", lambda: browser.text("shot-status") == "play pingpong: done", 90)
    wait_for("the report", lambda: "outcome COMPLETE" in browser.text("report"))
    assert browser.js("return document.querySelector('#report img') !== null")
