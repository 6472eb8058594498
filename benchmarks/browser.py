"""Browser measurements on the path users take: a real ``streamlit run`` server, headless Chromium.

Every figure here is time from navigation (or from the user's action) until
something the user sees: the event layer drawn in the map's frame, or, for the
page floor, the text of a one-line Streamlit page.  Outside traffic is blocked,
as in the browser tests.  Servers are started on free ports and stopped by their
own process id.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
OUTSIDE = r"^(?!https?://(localhost|127\.0\.0\.1)[:/])[a-z][a-z0-9+.-]*://"
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
STEP_UP = '[data-testid="stNumberInputStepUp"]'  # the sidebar's "minimum killed + injured" +

# The event layer is drawn: our layer exists and its circles (or cluster bubbles) are on the map.
# A layer tagged ``__measured`` is the one shown before the user's action: wait for its successor.
EVENT_LAYER_DRAWN = """() => {
    if (!window.map || !window.L || !window.strikeMapEvents) { return false; }
    if (window.strikeMapEvents.__measured) { return false; }
    if (!window.map.hasLayer(window.strikeMapEvents)) { return false; }
    const drawn = Object.values(window.map._layers)
        .some(l => l instanceof L.CircleMarker && l.getTooltip && l.getTooltip());
    return drawn || document.querySelectorAll(".leaflet-marker-icon.sm-cluster").length > 0;
}"""
FLOOR_PAGE = 'import streamlit as st\n\nst.write("hello")\n'
# When did it happen?  Playwright notices a change only when it gets to evaluate its
# check, after a chain of steps (a visible frame, its content frame, then the predicate),
# each of which waits for the page's main thread (which the map's same-origin frame
# shares), busy building what arrived after the map: measured at 10,000 events on a
# loaded machine, a layer drawn at 3.7 s was noticed at 5.2 s.  So every frame of every
# page checks the same predicate itself every 16 ms from its first script on and records
# the wall-clock time it first held (``__smDrawn``: the layer and the time; a new layer
# after a filter change gets its own time), and when the floor page's text first showed
# (``__smHelloAt``).  The figures are those times minus the time of navigation or of the
# click, both wall clock on this machine; the harness's own time is kept as ``noticed``.
# (A timer, not requestAnimationFrame: in streamlit-folium's frame headless Chromium ran
# two animation frames and then none, while timers ran.)
PAINT_WATCH = (
    """(() => {
    const drawn = """
    + EVENT_LAYER_DRAWN
    + """;
    setInterval(function () {
        try {
            if (window.innerHeight > 100 && drawn()) {
                const layer = window.strikeMapEvents;
                if (!window.__smDrawn || window.__smDrawn.layer !== layer) {
                    window.__smDrawn = {layer: layer, at: Date.now()};
                }
            }
        } catch (e) {}
    }, 16);
})();"""
)
FLOOR_WATCH = """(() => {
    const timer = setInterval(function () {
        if (document.body && document.body.innerText.includes("hello")) {
            window.__smHelloAt = Date.now();
            clearInterval(timer);
        }
    }, 16);
})();"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def process_memory_mb(pid: int) -> dict[str, float]:
    """``{"VmRSS": MB, "VmHWM": MB}`` of a running process ({} once it is gone)."""
    values = {}
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return values
    for line in lines:
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, amount, _unit = line.split()
            values[key.rstrip(":")] = round(int(amount) / 1024, 1)
    return values


class Server:
    """``streamlit run SCRIPT`` on a free port; stopped by its own process id.

    The one way a real server is started, by the benchmarks and by the browser
    tests (``tests/browser/conftest.py`` turns its errors into test failures).
    Served under a prefix (``--server.baseUrlPath``), health is asked under it too.
    """

    def __init__(
        self,
        script: str | Path = "app.py",
        app_args: list[str] | None = None,
        env: dict[str, str] | None = None,
        cwd: Path = ROOT,
        startup_timeout: float = 300,
        streamlit_args: list[str] | None = None,
        port: int | None = None,
    ):
        self.port = port or free_port()
        self.url = f"http://localhost:{self.port}"
        self.log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)
        options = list(streamlit_args or [])
        prefix = (
            options[options.index("--server.baseUrlPath") + 1] if "--server.baseUrlPath" in options else ""
        )
        self.base_path = "/" + prefix.strip("/") if prefix.strip("/") else ""
        command = [
            sys.executable, "-m", "streamlit", "run", str(script),
            "--server.headless", "true", "--server.port", str(self.port),
            "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none", *options,
        ]  # fmt: skip
        if app_args:
            command += ["--", *app_args]
        self.process = subprocess.Popen(
            command, cwd=cwd, stdout=self.log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}
        )
        deadline = time.monotonic() + startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.process.returncode}:\n{self.output()}")
            try:
                with urllib.request.urlopen(
                    f"{self.url}{self.base_path}/_stcore/health", timeout=2
                ) as response:
                    if response.read().decode().strip() == "ok":
                        return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(
            f"streamlit did not answer /_stcore/health within {startup_timeout} s:\n{self.output()}"
        )

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def output(self) -> str:
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")[-8000:]

    def peak_rss_mb(self) -> float | None:
        """The server's peak resident memory (VmHWM), in MB."""
        return process_memory_mb(self.process.pid).get("VmHWM")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()


class Browser:
    """One headless Chromium; each visit is a fresh context (no cache, no cookies)."""

    def __enter__(self) -> Browser:
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self.browser = self._playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        return self

    def __exit__(self, *exc) -> None:
        self.browser.close()
        self._playwright.stop()

    def context(self, watch: str = PAINT_WATCH):
        """A fresh context, outside traffic blocked, ``watch`` run in each of its frames (the map's too)."""
        import re

        context = self.browser.new_context(viewport={"width": 1280, "height": 900})
        context.route(re.compile(OUTSIDE, re.IGNORECASE), lambda route: route.abort())
        context.add_init_script(watch)
        return context


def _map_frame(page, timeout_ms: float):
    return page.wait_for_selector(MAP_IFRAME, timeout=timeout_ms).content_frame()


def _drawn_at(frame) -> float | None:
    """Wall-clock seconds at which the frame's current event layer was first painted."""
    at = frame.evaluate(
        "() => window.__smDrawn && !window.strikeMapEvents.__measured ? window.__smDrawn.at : null"
    )
    return None if at is None else at / 1000


def visit_until_drawn(browser: Browser, url: str, timeout_ms: float = 600_000) -> tuple[float, Any]:
    """Seconds from navigation until the event layer was painted; the open page (caller closes).

    The open page's ``noticed_s`` attribute is when the harness noticed it (see PAINT_WATCH).
    """
    context = browser.context()
    page = context.new_page()
    start, clock = time.perf_counter(), time.time()
    page.goto(url, wait_until="commit")
    frame = _map_frame(page, timeout_ms)
    frame.wait_for_function(EVENT_LAYER_DRAWN, timeout=timeout_ms, polling=50)
    noticed = time.perf_counter() - start
    drawn = _drawn_at(frame)
    elapsed = noticed if drawn is None else min(noticed, drawn - clock)
    page.noticed_s = noticed
    page.navigated_at = clock
    return elapsed, (context, page, frame)


def controls_ready(page, timeout_ms: float = 600_000) -> float:
    """Seconds from the page's navigation until the sidebar's filters answer.

    The sidebar follows the drawn map (``components/pacing.py``): this is
    when a reader can first change a filter (the "minimum killed + injured" step button shows),
    as noticed by the harness, so a little late rather than early.
    """
    page.locator(STEP_UP).first.wait_for(state="visible", timeout=timeout_ms)
    return time.time() - page.navigated_at


def visit_floor(browser: Browser, url: str, timeout_ms: float = 120_000) -> float:
    """Seconds from navigation until the one-line page's text showed (timed as the map is)."""
    context = browser.context(watch=FLOOR_WATCH)
    page = context.new_page()
    start, clock = time.perf_counter(), time.time()
    page.goto(url, wait_until="commit")
    page.get_by_text("hello").wait_for(timeout=timeout_ms)
    noticed = time.perf_counter() - start
    shown = page.evaluate("() => window.__smHelloAt === undefined ? null : window.__smHelloAt")
    context.close()
    return noticed if shown is None else min(noticed, shown / 1000 - clock)


def filter_change(page, frame, step: int, timeout_ms: float = 300_000) -> float:
    """Seconds from one click on the sidebar's "minimum killed + injured" + until the new layer was painted.

    Each click raises the minimum by one: a new filter, a new event layer.
    """
    page.wait_for_selector(IDLE, timeout=timeout_ms)
    frame.evaluate("() => { window.strikeMapEvents.__measured = true; }")
    button = page.locator(STEP_UP).first
    start, clock = time.perf_counter(), time.time()
    button.click()
    frame.wait_for_function(EVENT_LAYER_DRAWN, timeout=timeout_ms, polling=20)
    noticed = time.perf_counter() - start
    drawn = _drawn_at(frame)
    del step
    return noticed if drawn is None else min(noticed, drawn - clock)


class FloorServer:
    """The floor page's server (``FLOOR_PAGE`` in a folder of its own), for ``with``."""

    def __enter__(self) -> Server:
        self._folder = tempfile.TemporaryDirectory(prefix="strike-map-floor-")
        script = Path(self._folder.name) / "floor.py"
        script.write_text(FLOOR_PAGE)
        try:
            self.server = Server(script, cwd=Path(self._folder.name))
        except Exception:
            self._folder.cleanup()
            raise
        return self.server

    def __exit__(self, *exc) -> None:
        self.server.stop()
        self._folder.cleanup()


def measure_floor(repeat: int) -> list[float]:
    """The page floor P: a one-line Streamlit page, opened the same way in the same browser."""
    with FloorServer() as server, Browser() as browser:
        visit_floor(browser, server.url)  # the first visit compiles the script
        return [visit_floor(browser, server.url) for _ in range(max(1, repeat))]


def measure_app(
    path: Path,
    repeat: int,
    env: dict[str, str] | None = None,
    log: Callable[[str], None] = lambda _: None,
    screenshot: Path | None = None,
    filter_changes: int | None = None,
) -> dict[str, Any]:
    """First visits (fresh server each), second visits (same server, new page), filter changes, peak RSS.

    ``filter_changes`` (default ``repeat``) raises the minimum killed + injured that many times; each
    step must change the events shown, or the map is rightly left as drawn and nothing is timed.

    On each second visit, after the map: when the sidebar's filters answer (``controls_ready``).

    Each second visit is paired with a visit of the floor page just before it (its own
    server, up for the whole measurement): ``floor_beside`` holds those, so the second
    visit can be compared with a floor taken in the same minute, not only with P taken
    at the start of the run (which drifted 0.86-1.16 s between runs on one machine).
    """
    first: list[float] = []
    second: list[float] = []
    floor_beside: list[float] = []
    controls: list[float] = []
    noticed: dict[str, list[float]] = {"first": [], "second": []}
    changes: list[float] = []
    peaks: list[float] = []
    with FloorServer() as floor_server, Browser() as browser:
        visit_floor(browser, floor_server.url)  # the first visit compiles the script
        for run in range(max(1, repeat)):
            # A fresh server with an empty import cache: the first visit reads the file cold.
            cache = tempfile.mkdtemp(prefix="strike-map-bench-cache-")
            server = Server(
                "app.py", ["--data", str(path)], env={**(env or {}), "STRIKE_MAP_CACHE_DIR": cache}
            )
            try:
                elapsed, (context, page, frame) = visit_until_drawn(browser, server.url)
                first.append(elapsed)
                noticed["first"].append(round(page.noticed_s, 4))
                context.close()
                log(f"  first visit {elapsed:.2f} s")
                floor_beside.append(visit_floor(browser, floor_server.url))
                elapsed, (context, page, frame) = visit_until_drawn(browser, server.url)
                second.append(elapsed)
                noticed["second"].append(round(page.noticed_s, 4))
                controls.append(controls_ready(page))
                log(f"  second visit {elapsed:.2f} s, filters usable at {controls[-1]:.2f} s")
                if run == 0 and screenshot is not None:
                    # To look at: the map as drawn at this size (cluster bubbles, legend, outlines).
                    screenshot.parent.mkdir(parents=True, exist_ok=True)
                    page.wait_for_selector(IDLE, timeout=600_000)
                    page.screenshot(path=str(screenshot), full_page=False)
                if run == 0:
                    for step in range(max(1, repeat if filter_changes is None else filter_changes)):
                        changes.append(filter_change(page, frame, step))
                        log(f"  filter change {changes[-1]:.2f} s")
                context.close()
                peak = server.peak_rss_mb()
                if peak is not None:
                    peaks.append(peak)
            finally:
                server.stop()
                shutil.rmtree(cache, ignore_errors=True)
    return {
        "first": first,
        "second": second,
        "noticed": noticed,
        "filter_change": changes,
        "peak_rss_mb": peaks,
        "floor_beside": floor_beside,
        "controls_ready": controls,
    }
