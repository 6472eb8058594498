"""Browser tests: a real ``streamlit run`` server driven by headless Debian Chromium.

Every request that does not go to localhost is aborted, so these tests prove the
page works offline.  Without Chromium or Playwright they skip, except under
``CI=true`` where that is a failure.  Screenshots go to ``tests/browser/screenshots``.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
IN_CI = os.environ.get("CI", "").lower() == "true"
OUTSIDE = re.compile(r"^(?!https?://(localhost|127\.0\.0\.1)[:/])[a-z][a-z0-9+.-]*://", re.IGNORECASE)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: browser tests must run)")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StreamlitServer:
    """A ``streamlit run app.py`` subprocess on a free port."""

    def __init__(
        self,
        app_args: list[str] | None = None,
        startup_timeout: float = 90,
        env: dict[str, str] | None = None,
        streamlit_args: list[str] | None = None,
    ):
        self.port = _free_port()
        self.url = f"http://localhost:{self.port}"
        self.log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)
        command = [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.headless",
            "true",
            "--server.port",
            str(self.port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
            "--server.fileWatcherType",
            "none",
        ]
        command += streamlit_args or []
        # Served under a prefix (--server.baseUrlPath), health answers under it too.
        args = streamlit_args or []
        prefix = args[args.index("--server.baseUrlPath") + 1] if "--server.baseUrlPath" in args else ""
        self.base_path = "/" + prefix.strip("/") if prefix.strip("/") else ""
        if app_args:
            command += ["--", *app_args]
        self.process = subprocess.Popen(
            command, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}
        )
        self._wait(startup_timeout)

    def _wait(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"streamlit exited with {self.process.returncode}:\n{self.output()}")
            try:
                with urllib.request.urlopen(
                    f"{self.url}{self.base_path}/_stcore/health", timeout=2
                ) as response:
                    if response.read().decode().strip() == "ok":
                        return
            except OSError:
                time.sleep(0.3)
        self.stop()
        pytest.fail(f"streamlit did not answer /_stcore/health within {timeout} s:\n{self.output()}")

    def output(self) -> str:
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")[-8000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        _unavailable(f"Chromium not found at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright (Python) is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def server():
    """The dashboard on the embedded data, shared by the tests that only read it."""
    instance = StreamlitServer()
    yield instance
    instance.stop()


@pytest.fixture
def start_server():
    """Start a server with extra app arguments (``["--data", path]``), environment or streamlit options."""
    started: list[StreamlitServer] = []

    def start(
        app_args: list[str] | None = None,
        env: dict[str, str] | None = None,
        streamlit_args: list[str] | None = None,
    ) -> StreamlitServer:
        instance = StreamlitServer(app_args, env=env, streamlit_args=streamlit_args)
        started.append(instance)
        return instance

    yield start
    for instance in started:
        instance.stop()


@pytest.fixture
def page(chromium, request):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    blocked: list[str] = []

    def abort(route):
        blocked.append(route.request.url)
        route.abort()

    # Only outside traffic is routed: routing local requests too left Streamlit stuck.
    context.route(OUTSIDE, abort)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.blocked_requests = blocked
    page.page_errors = errors
    yield page
    SCREENSHOTS.mkdir(exist_ok=True)
    failed = getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed
    if failed:
        page.screenshot(path=str(SCREENSHOTS / f"FAILED-{request.node.name}.png"), full_page=True)
    context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
