"""Waiting on Streamlit and the map iframe without fixed sleeps."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from components.pacing import FOLLOWS_KEY

MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


# Shown while the rest of the page follows the map (components/pacing.py, FOLLOWS_KEY).
REST_FOLLOWS = f".st-key-{FOLLOWS_KEY}"
LOADING = '[data-testid="stSkeleton"]'


def open_app(page, url: str, timeout: float = 60_000, whole: bool = True):
    """Open the page and wait until it is idle: with ``whole``, the rest that follows the map too."""
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector(IDLE, timeout=timeout)
    if whole:
        wait_for_the_rest(page, timeout)
    return page


def wait_for_the_rest(page, timeout: float = 60_000) -> None:
    """A visit's first run sends the map alone; the rest comes once the map reports itself drawn."""
    page.wait_for_selector(REST_FOLLOWS, state="detached", timeout=timeout)
    page.wait_for_selector(IDLE, timeout=timeout)
    # Widgets whose code loads on first use (uploader, select boxes, charts) show a placeholder
    # until it has: the run is over, the page is not yet all there.
    page.wait_for_function(f"() => !document.querySelector('{LOADING}')", timeout=timeout)


def wait_idle(page, timeout: float = 60_000) -> None:
    page.wait_for_timeout(300)  # let a rerun start before waiting for it to end
    page.wait_for_selector(IDLE, timeout=timeout)


def upload(page, paths, uploader: str = ".st-key-upload", timeout: float = 60_000) -> None:
    """Give the sidebar's uploader ``paths`` and wait until the page has run with them.

    Waits for each file's chip (the browser took it) and for the upload to finish, and
    fails at once if the uploader shows an upload error, so a lost or failed upload is
    reported as such instead of as a missing summary 30 s later.
    """
    paths = [str(p) for p in (paths if isinstance(paths, list | tuple) else [paths])]
    box = page.locator(uploader)
    box.locator("input[type=file]").set_input_files(paths)
    for path in paths:
        name = Path(path).name
        box.locator('[data-testid="stFileChipName"]', has_text=name).first.wait_for(timeout=timeout)
    page.wait_for_function(
        "(sel) => !document.querySelector(sel + ' [data-testid=stFileChipIconSpinner]')",
        arg=uploader,
        timeout=timeout,
    )
    failed = box.locator('[data-testid="stFileChipIconError"]').count()
    assert failed == 0, f"the upload failed in the browser: {box.inner_text()}"
    wait_idle(page, timeout)


def map_frame(page, timeout: float = 60_000):
    """The map's frame, once Leaflet has drawn the event layer into it."""
    element = page.wait_for_selector(MAP_IFRAME, timeout=timeout)
    frame = element.content_frame()
    frame.wait_for_selector(".leaflet-container", timeout=timeout)
    frame.wait_for_function("() => window.map && Object.keys(window.map._layers).length > 0", timeout=timeout)
    return frame


def count_event_markers(frame) -> int:
    """Circles in the event layer (canvas-drawn, possibly clustered: counted in Leaflet, not the DOM)."""
    return frame.evaluate("() => window.strikeMapEvents.getLayers().length")


def oblast_outline_count(frame) -> int:
    return frame.evaluate(
        """() => Object.values(window.map._layers)
              .filter(l => l.feature && l.feature.geometry && l.feature.geometry.type.includes('Polygon')).length"""
    )


def click_marker(page, frame, key: str) -> None:
    """Click the circle whose tooltip ends with ``[key]`` like a user would (real mouse, real pixel).

    The map is scrolled into view first: a click that scrolls the page mid-way lands
    its mousedown and click on different points and Leaflet sees no click.
    """
    iframe = page.locator(MAP_IFRAME)
    iframe.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    point = frame.evaluate(
        """(key) => {
            const m = Object.values(window.map._layers).find(
                l => l instanceof L.CircleMarker && l.getTooltip() && l.getTooltip().getContent().includes('[' + key + ']'));
            const p = window.map.latLngToContainerPoint(m.getLatLng());
            return {x: p.x, y: p.y};
        }""",
        key,
    )
    box = iframe.bounding_box()
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


@contextmanager
def evidence(page, app, screenshot: Path) -> Iterator[None]:
    """Around a test's steps: on failure print the server's log; either way save a full-page screenshot."""
    try:
        yield
    except Exception:
        print(app.output())
        raise
    finally:
        screenshot.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(screenshot), full_page=True)
