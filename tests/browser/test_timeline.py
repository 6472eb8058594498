"""Timeline, playback and links in a real browser, outside traffic blocked; screenshots to look at."""

from __future__ import annotations

import urllib.parse

import pytest

from tests.browser.conftest import SCREENSHOTS
from tests.browser.helpers import count_event_markers, map_frame, open_app, wait_idle
from tests.conftest import FIXTURES

pytestmark = pytest.mark.browser

DATED = str(FIXTURES / "dated_events.csv")
TIMELINE = '[data-testid="stVegaLiteChart"]'


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.fixture(scope="module")
def dated_server(request):
    from tests.browser.conftest import StreamlitServer

    instance = StreamlitServer(["--data", DATED])
    request.addfinalizer(instance.stop)
    return instance


def settled_box(page, locator, quiet_ms: int = 600, timeout_s: float = 30) -> dict:
    """The element's box once the layout stopped moving (the map iframe grows after attaching)."""
    locator.scroll_into_view_if_needed()
    previous, still = None, 0
    for _ in range(int(timeout_s * 10)):
        box = locator.bounding_box()
        still = still + 100 if box == previous else 0
        if still >= quiet_ms:
            return box
        previous = box
        page.wait_for_timeout(100)
    raise AssertionError("layout never settled")


def query(page) -> dict[str, list[str]]:
    return urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query)


def test_brushing_the_timeline_filters_the_map_and_the_url(dated_server, page):
    open_app(page, dated_server.url)
    frame = map_frame(page)
    assert count_event_markers(frame) == 6  # d-1 and d-2 share Kharkiv's point
    box = settled_box(page, page.locator(TIMELINE).first)
    # The data run 1 Jan to 12 Mar 2024: the right sixth of the plot holds only 11 and 12 March.
    y = box["y"] + 50
    page.mouse.move(box["x"] + box["width"] * 0.83, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.92, y, steps=8)
    page.mouse.move(box["x"] + box["width"] - 2, y, steps=8)  # the plot ends at the chart's right edge
    page.mouse.up()

    wait_idle(page)
    page.wait_for_function("() => location.search.includes('dates=')", timeout=30_000)
    dates = query(page)["dates"]
    assert len(dates) == 2 and dates[0] >= "2024-02-15" and dates[1] == "2024-03-12", dates
    frame = map_frame(page)
    # Odesa and Dnipro (11, 12 March) and the undated Kherson event (undated are kept by default).
    page.wait_for_function(
        """() => { const f = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
                   return f && f.contentWindow.strikeMapEvents
                       && f.contentWindow.strikeMapEvents.getLayers().length === 3; }""",
        timeout=30_000,
    )
    assert count_event_markers(frame) == 3
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=stVegaLiteChart] .mark-rect path').length >= 2",
        timeout=30_000,
    )
    page.wait_for_timeout(500)
    shot(page, "timeline-brushed")
    # The link opens the same range.
    page.goto(page.url)
    wait_idle(page)
    assert count_event_markers(map_frame(page)) == 3
    assert not page.page_errors, page.page_errors
