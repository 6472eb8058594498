"""Basemap switch, embed mode and the publish section in a real browser. Outside traffic blocked."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlencode, urlparse

import pytest

from geo.event_map.basemaps import BASEMAPS
from tests.browser.conftest import SCREENSHOTS
from tests.browser.helpers import (
    MAP_IFRAME,
    count_event_markers,
    map_frame,
    oblast_outline_count,
    open_app,
    wait_idle,
)
from tests.conftest import FIXTURES

pytestmark = pytest.mark.browser

TILE_LAYERS = """() => Object.values(window.map._layers)
    .filter(l => l instanceof L.TileLayer).map(l => l._url)"""
ATTRIBUTION = "() => document.querySelector('.leaflet-control-attribution').innerText"
# Streamlit binds a select box to the URL by the label it shows, not by its key.
NO_TILES = urlencode({"basemap": BASEMAPS["none"].label})


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_basemap_switch_from_the_url_and_the_sidebar(server, page):
    open_app(page, f"{server.url}/?{NO_TILES}")
    frame = map_frame(page)
    assert frame.evaluate(TILE_LAYERS) == []  # outlines only: nothing to fetch
    assert oblast_outline_count(frame) >= 27
    assert count_event_markers(frame) == 5
    assert "OpenStreetMap" in frame.evaluate(ATTRIBUTION)  # the boundaries' credit stays
    page.wait_for_timeout(500)
    shot(page, "basemap-none")

    # The switch in the sidebar writes the choice to the URL and swaps the tiles.
    page.get_by_text("Background", exact=True).scroll_into_view_if_needed()
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').filter(
        has_text="Background"
    ).click()
    page.get_by_role("option", name=re.compile("CARTO")).click()
    wait_idle(page)
    page.wait_for_function(
        "() => (new URLSearchParams(location.search).get('basemap') || '').includes('CARTO')"
    )
    frame = map_frame(page)
    frame.wait_for_function("() => Object.values(window.map._layers).some(l => l instanceof L.TileLayer)")
    urls = frame.evaluate(TILE_LAYERS)
    assert len(urls) == 1 and "cartocdn" in urls[0]
    assert "CARTO" in frame.evaluate(ATTRIBUTION)
    assert count_event_markers(frame) == 5
    # Tiles were asked for and blocked: the map still drew its outlines and events.
    assert any("cartocdn" in url for url in page.blocked_requests)
    chosen = parse_qs(urlparse(page.url).query)["basemap"][0]

    # The copied link opens with the same basemap.
    page.goto("about:blank")
    open_app(page, f"{server.url}/?{urlencode({'basemap': chosen})}")
    assert "cartocdn" in map_frame(page).evaluate(TILE_LAYERS)[0]


def test_default_basemap_is_openstreetmap_with_its_attribution(server, page):
    open_app(page, server.url)
    frame = map_frame(page)
    urls = frame.evaluate(TILE_LAYERS)
    assert len(urls) == 1 and "openstreetmap.org" in urls[0]
    assert "OpenStreetMap" in frame.evaluate(ATTRIBUTION)


def test_embed_mode_shows_the_filtered_map_and_legend_only(server, page):
    open_app(page, f"{server.url}/?weapon=drone&{NO_TILES}&embed=true")
    frame = map_frame(page)
    assert count_event_markers(frame) == 1  # the same filter as the full page
    assert frame.locator(".sm-legend").count() == 1
    assert frame.evaluate(TILE_LAYERS) == []
    # No sidebar, no headline figures, no charts or table.
    assert (
        page.locator('[data-testid="stSidebar"]').count() == 0
        or not page.locator('[data-testid="stSidebar"]').is_visible()
    )
    assert page.locator(".sm-figure").count() == 0
    assert page.locator('[data-testid="stVegaLiteChart"]').count() == 0
    title = page.locator(".sm-embed-title")
    assert title.inner_text().startswith("1 drone attack on Kharkiv")
    link = title.locator("a").get_attribute("href")
    assert link.startswith(server.url) and "weapon=drone" in link and "embed" not in link
    assert page.page_errors == []
    page.wait_for_timeout(500)
    # Nothing follows the embedded map: it never reports "drawn" (no extra rerun per visit).
    assert frame.evaluate("() => window.__smDrawnSent === undefined")
    shot(page, "embed")


def test_publish_section_gives_the_iframe_code_and_the_citation(server, page):
    open_app(page, f"{server.url}/?weapon=drone")
    map_frame(page)
    heading = page.get_by_role("heading", name="Publish")
    heading.scroll_into_view_if_needed()
    # Folded until asked for: no code box (and no highlighter) on a plain visit.
    assert page.locator('[data-testid="stCode"]').count() == 0
    page.get_by_text("Cite this view · embed the map").click()
    page.locator('[data-testid="stCode"]').nth(1).wait_for(timeout=30_000)
    codes = page.locator('[data-testid="stCode"]').all_inner_texts()
    iframe = next(code for code in codes if "<iframe" in code)
    src = re.search(r'src="([^"]+)"', iframe).group(1).replace("&amp;", "&")
    params = parse_qs(urlparse(src).query)
    assert params["weapon"] == ["drone"] and params["embed"] == ["true"]
    citation = next(code for code in codes if code.startswith("Strike Map ("))
    assert "1 drone attack on Kharkiv" in citation
    for label in (
        "Map image (PNG, web)",
        "Map image (SVG)",
        "Figure pack (zip)",
        "Chart images (PNG and SVG, zip)",
    ):
        assert page.get_by_role("button", name=label).count() == 1
    shot(page, "publish-section")

    # The iframe code works: the embed view it points at draws the same map.
    page.goto(src)
    page.wait_for_selector(MAP_IFRAME)
    assert count_event_markers(map_frame(page)) == 1


def test_map_image_download_is_a_png(server, page):
    open_app(page, f"{server.url}/?weapon=drone")
    map_frame(page)
    button = page.get_by_role("button", name="Map image (PNG, web)")
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=60_000) as download:
        button.click()
    path = download.value.path()
    content = open(path, "rb").read()
    assert content[:8] == b"\x89PNG\r\n\x1a\n"
    assert download.value.suggested_filename == "strike-map.png"


def test_embed_mode_reads_the_data_file_the_page_was_started_with(start_server, page):
    server = start_server(["--data", str(FIXTURES / "dated_events.csv")])
    open_app(page, f"{server.url}/?weapon=missile&embed=true")
    frame = map_frame(page)
    assert count_event_markers(frame) == 2  # as tests/test_app_filters.py counts for the full page
    assert page.locator(".sm-embed-title").inner_text().startswith("2 missile attacks")
