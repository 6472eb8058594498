"""The dashboard in a real browser: layers, URL filters, clicking, hostile data. Outside traffic blocked."""

from __future__ import annotations

import re

import pytest

from geo.event_map import MAX_POINTS
from tests.browser.conftest import SCREENSHOTS
from tests.browser.helpers import (
    MAP_IFRAME,
    click_marker,
    count_event_markers,
    map_frame,
    oblast_outline_count,
    open_app,
    wait_idle,
)
from tests.conftest import FIXTURES

pytestmark = pytest.mark.browser


FIGURE_KEYS = {"Events": "events", "Places": "places", "Killed": "killed", "Injured": "injured"}


def metric(page, label: str) -> str:
    """A headline figure as shown."""
    figure = page.locator(f'.sm-figure[data-figure="{FIGURE_KEYS[label]}"] .sm-value').first
    figure.wait_for()
    return figure.inner_text().strip()


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_layers_from_the_url(server, page):
    open_app(page, f"{server.url}/?heat=true&shade=killed")
    frame = map_frame(page)
    assert count_event_markers(frame) == 5
    assert frame.evaluate("() => Object.values(window.map._layers).some(l => l._heat !== undefined)")
    labels = frame.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert any("Events" in t for t in labels) and any("Heat map" in t for t in labels)
    assert any("Oblast shading" in t for t in labels)
    assert oblast_outline_count(frame) >= 54  # outlines + shading
    # The map's credits wrap on the right and leave the scale bar (bottom left) readable.
    covered = frame.evaluate(
        """() => {
            const a = document.querySelector('.leaflet-control-attribution').getBoundingClientRect();
            const s = document.querySelector('.leaflet-control-scale').getBoundingClientRect();
            return a.height > 0 && s.height > 0 &&
                !(a.right <= s.left || s.right <= a.left || a.bottom <= s.top || s.bottom <= a.top);
        }"""
    )
    assert covered is False
    page.wait_for_timeout(500)
    shot(page, "layers")


def test_url_filters_show_fewer_markers_and_matching_figures(server, page):
    open_app(page, f"{server.url}/?weapon=drone")
    frame = map_frame(page)
    assert count_event_markers(frame) == 1
    assert metric(page, "Events") == "1"
    assert metric(page, "Injured") == "≥ 7"
    assert metric(page, "Killed") == "not reported"


def test_changing_a_filter_writes_it_to_the_url(server, page):
    open_app(page, server.url)
    map_frame(page)
    page.get_by_label("Search text").fill("Kharkiv")
    page.get_by_label("Search text").press("Enter")
    wait_idle(page)
    page.wait_for_function("() => location.search.includes('q=Kharkiv')")
    assert metric(page, "Events") == "1"
    shared = page.url
    # A colleague opening the copied link (a new session) sees the same view.
    page.goto("about:blank")
    open_app(page, shared)
    page.wait_for_function(
        """() => { const i = document.querySelector('input[aria-label="Search text"]');
                   return i && i.value === 'Kharkiv'; }""",
        timeout=30_000,
    )
    assert metric(page, "Events") == "1"
    assert count_event_markers(map_frame(page)) == 1


def test_clicking_a_marker_shows_its_full_record(server, page):
    open_app(page, server.url)
    frame = map_frame(page)
    click_marker(page, frame, "#report000-02")
    wait_idle(page)
    record = page.locator(".sm-record").first
    record.wait_for(timeout=30_000)
    text = record.inner_text()
    assert "Kharkiv" in text and "≥ 7" in text and "drone" in text
    assert "not reported" in text  # killed
    assert "no link given" in text
    # The popup opened clear of the controls at the top right (layers, "Copy link").
    page.wait_for_timeout(600)  # the pan's animation
    overlap = frame.evaluate(
        """() => {
            const popup = document.querySelector('.leaflet-popup');
            const corners = [...document.querySelectorAll('.leaflet-right')];
            if (!popup || !corners.length) { return null; }
            const a = popup.getBoundingClientRect();
            return corners.some(corner => {
                const b = corner.getBoundingClientRect();
                return !(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top);
            });
        }"""
    )
    assert overlap is False  # neither the layer controls nor the legend cover it
    shot(page, "clicked_marker")


def test_hostile_text_shows_literally_and_never_runs(start_server, page):
    app = start_server(["--data", str(FIXTURES / "hostile_events.csv")])
    open_app(page, app.url)
    frame = map_frame(page)
    assert count_event_markers(frame) == 2
    # Open every popup and hover every marker: payloads get their chance to run.
    frame.evaluate(
        """() => Object.values(window.map._layers)
              .filter(l => l instanceof L.CircleMarker && l.getPopup && l.getPopup())
              .forEach(l => { l.openTooltip(); l.openPopup(); })"""
    )
    popup_text = frame.locator(".leaflet-popup-content").last.inner_text()
    assert "${window.__pwned" in popup_text or "<svg onload" in popup_text
    frame.locator(".leaflet-container").hover()
    page.wait_for_timeout(1000)
    assert frame.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    # The table shows the payloads as text.
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for()
    assert page.page_errors == []
    shot(page, "hostile_data")


def test_reset_returns_to_the_full_view(server, page):
    open_app(page, f"{server.url}/?weapon=drone&q=nothing-matches-this")
    page.get_by_text("No events match these filters.").wait_for()
    # Clicked once the run that wrote the text has ended, as a reader would: a click that lands while
    # that run re-sends the button can be lost (seen once in a full CI run, not alone in four tries).
    wait_idle(page)
    page.get_by_role("button", name="Reset filters").first.click()
    wait_idle(page)
    page.wait_for_function("() => !location.search.includes('weapon')")
    assert metric(page, "Events") == "6"
    assert re.search(r"q=", page.url) is None


def test_twenty_thousand_synthetic_events(start_server, page, tmp_path):
    from data.events_io import events_to_csv
    from data.synthetic import make_synthetic_events

    path = tmp_path / "synthetic_20k.csv"
    path.write_bytes(events_to_csv(make_synthetic_events(20_000, seed=7)))
    # No fallback timer: the charts must come because the map reported itself drawn.
    app = start_server(["--data", str(path)], env={"STRIKE_MAP_REST_FALLBACK_S": "3600"})
    page.set_viewport_size({"width": 1280, "height": 2600})
    # Notes, the moment the first chart is attached, whether the map's events were already drawn.
    page.add_init_script(CHART_AFTER_MAP)
    open_app(page, app.url, timeout=120_000)
    frame = map_frame(page, timeout=120_000)
    markers = count_event_markers(frame)
    assert 1_000 < markers <= MAX_POINTS  # grouped by place, never one object per event beyond the budget
    assert metric(page, "Events") == "20,000"
    # Each bubble shows the events it holds (a cached sum): the same as walking its circles,
    # at the first view and after zooming in and out (bubbles split and merge).
    for zoom in (None, 8, 5):
        if zoom is not None:
            frame.evaluate("(z) => { window.map.setZoom(z, {animate: false}); }", zoom)
            page.wait_for_timeout(700)
        bubbles = frame.evaluate(BUBBLE_SUMS)
        assert bubbles and all(shown == walked for shown, walked in bubbles), (zoom, bubbles[:5])
    frame.evaluate("() => { window.map.fitBounds(window.strikeMapEvents.getBounds(), {animate: false}); }")
    frame.evaluate("() => { window.strikeMapEvents.__drawnFirst = true; }")
    # The map came first; the sidebar, the charts and the table follow by themselves, no click needed.
    page.wait_for_selector('[data-testid="stDataFrame"]', timeout=120_000)
    page.wait_for_selector('[data-testid="stVegaLiteChart"]', timeout=120_000)
    page.wait_for_selector('[data-testid="stSidebar"] [data-testid="stMultiSelect"]', timeout=120_000)
    assert page.evaluate("window.__chartAfterMap") is True
    assert page.evaluate("window.__sidebarAfterMap") is True
    # The sidebar was there from the start (a note that the filters follow): the map keeps its width.
    width_now = page.locator(MAP_IFRAME).bounding_box()["width"]
    assert page.evaluate("window.__mapWidthAtDraw") == pytest.approx(width_now, abs=1)
    # What followed left the drawn layer alone: the same map, not drawn again.
    assert frame.evaluate("() => window.strikeMapEvents.__drawnFirst === true") is True
    assert frame.evaluate("() => window.__smDrawnSent") is True
    page.wait_for_timeout(1500)
    shot(page, "synthetic_20k")


# For each cluster bubble on the map: the number it shows and the events of its circles.
BUBBLE_SUMS = """() => Object.values(window.map._layers)
    .filter(l => l instanceof L.MarkerCluster && l._icon)
    .map(l => [Number(l._icon.innerText.replace(/,/g, "")),
               l.getAllChildMarkers().reduce((s, m) => s + m.options.events, 0)])"""


CHART_AFTER_MAP = """
function mapDrawn() {
    var frame = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
    var map = frame && frame.contentWindow;
    return !!(map && map.strikeMapEvents && map.map && map.map.hasLayer(map.strikeMapEvents));
}
new MutationObserver(function (changes, observer) {
    if (window.__sidebarAfterMap === undefined && document.querySelector('[data-testid="stSidebar"] [data-testid="stMultiSelect"]')) {
        window.__sidebarAfterMap = mapDrawn();
    }
    if (window.__chartAfterMap === undefined && document.querySelector('[data-testid="stVegaLiteChart"]')) {
        window.__chartAfterMap = mapDrawn();
    }
    if (window.__sidebarAfterMap !== undefined && window.__chartAfterMap !== undefined) { observer.disconnect(); }
}).observe(document, {childList: true, subtree: true});
// The map's width when its events were first drawn: the sidebar that follows must not narrow it.
var widthWatch = setInterval(function () {
    if (mapDrawn()) {
        window.__mapWidthAtDraw = document.querySelector('iframe[title="streamlit_folium.st_folium"]').getBoundingClientRect().width;
        clearInterval(widthWatch);
    }
}, 20);
"""


def test_narrow_screen(server, page):
    page.set_viewport_size({"width": 420, "height": 2400})
    open_app(page, server.url)
    frame = map_frame(page)
    assert count_event_markers(frame) == 5
    page.wait_for_timeout(800)
    shot(page, "narrow")


def test_big_figures_stay_on_one_line_inside_their_cards(start_server, page, tmp_path):
    # At 250,000 events "≥ 194,714" broke after its "≥"; a figure shrinks instead, never truncated.
    path = tmp_path / "big_figures.csv"
    header = (FIXTURES / "dated_events.csv").read_text(encoding="utf-8").splitlines()[0]
    path.write_text(
        header
        + "\nb-1,2024-01-05,day,Kharkiv,UA-63,Kharkiv Oblast,49.98177,36.25475,settlement,missile,residential,"
        "1234567,true,9876543,true,12345,,Invented wire,Invented,https://example.org/b-1,Invented: big figures.\n",
        encoding="utf-8",
    )
    app = start_server(["--data", str(path)])
    open_app(page, app.url)
    assert metric(page, "Killed") == "≥ 1,234,567"
    broken = page.evaluate(
        """() => [...document.querySelectorAll('.sm-value:not(.sm-words)')].filter(v => {
            const line = parseFloat(getComputedStyle(v).lineHeight);
            return v.getBoundingClientRect().height > line * 1.5 || v.scrollWidth > v.clientWidth + 1;
        }).map(v => v.textContent)"""
    )
    assert broken == []
    assert count_event_markers(map_frame(page)) == 1
    page.wait_for_timeout(500)
    shot(page, "big_figures")
