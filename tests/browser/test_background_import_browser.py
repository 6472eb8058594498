"""A big upload in the page: a progress bar with the rows read, Cancel, and other viewers not held up."""

from __future__ import annotations

import time

import pytest

from data.events_io import events_to_csv
from data.synthetic import make_synthetic_events
from tests.browser.conftest import OUTSIDE, SCREENSHOTS
from tests.browser.helpers import count_event_markers, evidence, map_frame, open_app, wait_idle

pytestmark = pytest.mark.browser

UPLOADER = ".st-key-upload input[type=file]"
SUMMARY = ".st-key-import_summary"
PROGRESS = '[data-testid="stSidebar"] [data-testid="stProgress"]'
ROWS = 100_000


def test_big_upload_shows_progress_can_be_cancelled_and_others_keep_their_page(
    start_server, page, chromium, tmp_path
):
    data = tmp_path / "big.csv"
    data.write_bytes(events_to_csv(make_synthetic_events(ROWS, seed=11)))
    cache = tmp_path / "cache"
    # Any upload over 100 KB goes to the background import (5 MB by default).
    app = start_server(
        env={"STRIKE_MAP_BACKGROUND_IMPORT_BYTES": "100000", "STRIKE_MAP_CACHE_DIR": str(cache)}
    )
    open_app(page, app.url, timeout=120_000)
    map_frame(page, timeout=120_000)
    with evidence(page, app, SCREENSHOTS / "background_import.png"):
        page.locator(UPLOADER).set_input_files(str(data))
        page.locator(PROGRESS).wait_for(timeout=60_000)
        page.get_by_role("button", name="Cancel import").click()
        wait_idle(page, timeout=60_000)
        sidebar = page.locator('[data-testid="stSidebar"]')
        sidebar.get_by_text("Import of big.csv cancelled: nothing was loaded from it.").wait_for(
            timeout=30_000
        )
        assert not cache.exists() or not any(cache.iterdir())  # the child's work was dropped
        assert count_event_markers(map_frame(page)) == 5  # the page shows what it showed before

        page.get_by_role("button", name="Import it again").click()
        page.locator(PROGRESS).wait_for(timeout=60_000)
        # While it runs, another viewer opens the page and gets the map.
        other = chromium.new_context(viewport={"width": 1280, "height": 900})
        other.route(OUTSIDE, lambda route: route.abort())
        try:
            viewer = other.new_page()
            started = time.perf_counter()
            open_app(viewer, app.url, timeout=120_000)
            assert count_event_markers(map_frame(viewer, timeout=120_000)) == 5
            other_seconds = time.perf_counter() - started
            still_importing = page.locator(PROGRESS).count() > 0
        finally:
            other.close()
        progress_text = page.locator(PROGRESS).inner_text() if page.locator(PROGRESS).count() else ""
        print(f"other viewer's page with map: {other_seconds:.1f} s; import still running: {still_importing}")
        page.locator(SUMMARY).wait_for(timeout=300_000)
        wait_idle(page, timeout=120_000)
        summary = page.locator(SUMMARY).inner_text()
        assert f"{ROWS:,} rows read: {ROWS:,} loaded, 0 rejected" in summary, summary
        assert progress_text == "" or "Importing" in progress_text
        assert page.locator(PROGRESS).count() == 0  # the bar is gone once done
        assert any(cache.iterdir())  # imported once, into the cache
        assert page.page_errors == []
