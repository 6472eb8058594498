"""The dashboard on the embedded report, in a real browser with outside traffic blocked."""

from __future__ import annotations

import pytest

from tests.browser.conftest import SCREENSHOTS
from tests.browser.helpers import count_event_markers, map_frame, oblast_outline_count, open_app

pytestmark = pytest.mark.browser


def test_embedded_events_draw_on_oblast_outlines_offline(server, page):
    page.set_viewport_size({"width": 1280, "height": 1500})
    open_app(page, server.url)
    frame = map_frame(page)
    try:
        # Five events have a place; the congress-centre attack has none and is not mapped.
        assert count_event_markers(frame) == 5
        assert oblast_outline_count(frame) >= 27
        scripts = frame.evaluate("() => Array.from(document.scripts).map(s => s.src).filter(Boolean)")
        # Every script comes from the app itself; Leaflet (with its plugins, one file) from its static folder.
        assert all(src.startswith(server.url) for src in scripts), scripts
        assert f"{server.url}/app/static/vendor/leaflet-bundle.js" in scripts
        attribution = frame.inner_text(".leaflet-control-attribution")
        assert "OpenStreetMap contributors (ODbL" in attribution and "GeoNames" in attribution
    except AssertionError:
        print(server.output())
        raise
    page.wait_for_timeout(500)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "first_page.png"), full_page=True)
    # Nothing outside localhost was needed except map tiles.
    non_tile = [u for u in page.blocked_requests if "tile.openstreetmap.org" not in u]
    assert non_tile == []
    assert page.page_errors == []
