"""Browser tests: a real ``streamlit run`` server driven by headless Debian Chromium.

Every request that does not go to localhost is aborted, so these tests prove the
page works offline.  Without Chromium or Playwright they skip, except under
``CI=true`` where that is a failure.  Screenshots go to ``tests/browser/screenshots``.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from benchmarks.browser import CHROMIUM_ARGS, Server
from benchmarks.browser import OUTSIDE as OUTSIDE_PATTERN

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
IN_CI = os.environ.get("CI", "").lower() == "true"
OUTSIDE = re.compile(OUTSIDE_PATTERN, re.IGNORECASE)


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: browser tests must run)")
    pytest.skip(reason)


class StreamlitServer(Server):
    """``streamlit run app.py`` (see :class:`benchmarks.browser.Server`); a failure to start fails the test."""

    def __init__(
        self,
        app_args: list[str] | None = None,
        startup_timeout: float = 90,
        env: dict[str, str] | None = None,
        streamlit_args: list[str] | None = None,
    ):
        # The rest of the page must come because the map reported itself drawn, never by the
        # fallback timer (components/pacing.py): a broken report then fails the test that waits for it.
        env = {"STRIKE_MAP_REST_FALLBACK_S": "3600", **(env or {})}
        try:
            super().__init__(
                "app.py", app_args, env=env, startup_timeout=startup_timeout, streamlit_args=streamlit_args
            )
        except RuntimeError as error:
            pytest.fail(str(error))


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
