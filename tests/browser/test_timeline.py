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


def map_view(frame) -> tuple[float, float, float]:
    centre = frame.evaluate(
        "() => [window.map.getCenter().lat, window.map.getCenter().lng, window.map.getZoom()]"
    )
    return tuple(centre)


def wait_for_view(frame, lat: float, lon: float, zoom: float, timeout_ms: int = 20_000) -> None:
    frame.wait_for_function(
        """([lat, lon, zoom]) => { const c = window.map.getCenter();
               return Math.abs(c.lat - lat) < 0.05 && Math.abs(c.lng - lon) < 0.05 && window.map.getZoom() === zoom; }""",
        arg=[lat, lon, zoom],
        timeout=timeout_ms,
    )


def test_a_link_citing_an_event_opens_its_record_and_view(dated_server, page):
    open_app(page, f"{dated_server.url}/?event=d-4")
    frame = map_frame(page)
    record = page.locator('.sm-record[data-event-id="d-4"]')
    record.wait_for(timeout=30_000)
    assert "Odesa" in record.inner_text() and "≥ 30" in record.inner_text()
    wait_for_view(frame, 46.48572, 30.74383, 11)  # centred on the event, zoomed in
    # The map's "Copy link" writes the view beside the event into the address.
    frame.locator(".sm-copy-link").click()
    page.wait_for_function("() => location.search.includes('view=')", timeout=10_000)
    assert query(page)["event"] == ["d-4"]
    assert query(page)["view"][0].startswith("46.48572,30.74383,11")
    page.locator(".sm-record").first.scroll_into_view_if_needed()
    shot(page, "link-event")
    # A link with a view opens that view (here Kyiv at zoom 8), still showing the cited record.
    open_app(page, f"{dated_server.url}/?event=d-4&view=50.45,30.52,8")
    frame = map_frame(page)
    page.locator('.sm-record[data-event-id="d-4"]').wait_for(timeout=30_000)
    wait_for_view(frame, 50.45, 30.52, 8)
    assert not page.page_errors, page.page_errors


def test_a_link_to_an_event_this_data_lacks_says_so(dated_server, page):
    open_app(page, f"{dated_server.url}/?event=from-an-upload-7")
    alert = page.locator('[data-testid="stAlert"]', has_text="not in the data loaded here")
    alert.wait_for(timeout=30_000)
    assert "Load event files" in alert.inner_text()
    map_frame(page)
    shot(page, "link-missing-event")


def test_clicking_a_circle_cites_it_in_the_url(dated_server, page):
    from tests.browser.helpers import click_marker

    open_app(page, dated_server.url)
    frame = map_frame(page)
    click_marker(page, frame, "#d-5")
    page.wait_for_function("() => location.search.includes('event=d-5')", timeout=30_000)
    page.locator('.sm-record[data-event-id="d-5"]').wait_for(timeout=30_000)


def test_playback_advances_pauses_and_stops(dated_server, page):
    # Playback is a layer switch (its data is built only when asked for), kept in the link.
    open_app(page, f"{dated_server.url}/?play=true")
    frame = map_frame(page)
    frame.wait_for_function("() => window.strikeMapPlayback", timeout=30_000)
    state = lambda: frame.evaluate("() => window.strikeMapPlayback.state()")  # noqa: E731
    assert state()["unit"] == "week" and not state()["active"]
    frame.locator(".sm-pb-speed").select_option("8")
    frame.locator(".sm-pb-play").click()
    frame.wait_for_function("() => window.strikeMapPlayback.state().index >= 2", timeout=15_000)
    assert state()["playing"] and state()["active"]
    # The events layer gives way to the playback while it runs.
    assert not frame.evaluate("() => window.map.hasLayer(window.strikeMapEvents)")
    frame.locator(".sm-pb-play").click()  # pause
    paused = state()
    page.wait_for_timeout(1200)
    assert not state()["playing"] and state()["index"] == paused["index"]  # pause keeps the position
    # Week 11 of 2024 (from Monday 11 March): Odesa and Dnipro, and the event dated only to 2024,
    # are current; the February (month-only) event fades two steps on; January's are gone.
    frame.evaluate("() => window.strikeMapPlayback.go(10)")
    week = state()
    assert week["label"].startswith("11 Mar 2024 – 17 Mar 2024"), week
    assert week["current"] == 3 and week["shown"] == 4, week
    # The year-dated event is still current in the last week of 2024, the end of the period.
    frame.evaluate("() => window.strikeMapPlayback.go(1000)")
    assert state()["label"].startswith("30 Dec 2024") and state()["current"] == 1
    frame.evaluate("() => window.strikeMapPlayback.go(10)")
    page.locator("iframe").first.scroll_into_view_if_needed()
    shot(page, "playback-paused")
    frame.locator(".sm-pb-stop").click()
    assert frame.evaluate("() => window.map.hasLayer(window.strikeMapEvents)")
    assert count_event_markers(frame) == 6
    assert not page.page_errors, page.page_errors


def test_search_by_place_moves_the_map(dated_server, page):
    open_app(page, f"{dated_server.url}/?goto=Харків")
    frame = map_frame(page)
    wait_for_view(frame, 49.98, 36.25, 11)
    page.get_by_role("button", name="Events here").click()
    wait_idle(page)
    page.wait_for_function("() => location.search.includes('place=Kharkiv')", timeout=30_000)
    page.wait_for_function(
        """() => { const f = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
                   return f && f.contentWindow.strikeMapEvents
                       && f.contentWindow.strikeMapEvents.getLayers().length === 1; }""",
        timeout=30_000,
    )
    shot(page, "place-search")
