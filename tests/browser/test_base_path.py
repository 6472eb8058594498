"""Served under a URL prefix, as Community Cloud serves the app: the map still finds Leaflet.

The map's scripts were requested from an absolute ``/app/static/...``, which misses
under ``--server.baseUrlPath``; they are now relative to the map's frame.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import SCREENSHOTS
from tests.browser.helpers import count_event_markers, map_frame, oblast_outline_count, open_app

pytestmark = pytest.mark.browser


def test_the_map_draws_under_a_base_url_path(start_server, page):
    app = start_server(streamlit_args=["--server.baseUrlPath", "strikemap"])
    failed: list[str] = []
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    open_app(page, f"{app.url}/strikemap/")
    frame = map_frame(page)
    assert count_event_markers(frame) == 5
    assert oblast_outline_count(frame) >= 27  # the outlines file came from the prefixed static path
    scripts = frame.evaluate("() => Array.from(document.scripts).map(s => s.src).filter(Boolean)")
    assert f"{app.url}/strikemap/app/static/vendor/leaflet-bundle.js" in scripts, scripts
    assert not [url for url in failed if "/static/" in url], failed
    assert not page.blocked_requests or all("tile" in url for url in page.blocked_requests)
    page.wait_for_timeout(500)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "base_url_path.png"))
