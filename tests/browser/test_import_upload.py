"""Uploading outside formats through the sidebar, in a real browser with outside traffic blocked."""

from __future__ import annotations

import pytest

from data import schema as S
from data.importers import import_files
from tests.browser.conftest import SCREENSHOTS
from tests.browser.helpers import count_event_markers, evidence, map_frame, open_app, upload, wait_idle
from tests.conftest import FIXTURES

pytestmark = pytest.mark.browser

FORMATS = FIXTURES / "formats"
SUMMARY = ".st-key-import_summary"


def _expected_points(paths) -> int:
    """Distinct map points of the events the default view shows (in Ukraine or of unknown country)."""
    events = import_files([(p.name, p.read_bytes()) for p in paths]).events
    shown = events[events[S.LATITUDE].notna() & events[S.COUNTRY].fillna("UA").eq("UA")]
    return len(shown[[S.LATITUDE, S.LONGITUDE]].drop_duplicates())


def test_uploaded_files_are_imported_summarised_and_mapped(server, page):
    paths = [FORMATS / "acled.csv", FORMATS / "bellingcat_api.json", FORMATS / "cir.csv"]
    open_app(page, server.url)
    upload(page, paths)  # at once, while the page may still be settling
    summary = page.locator(SUMMARY)
    summary.wait_for(timeout=60_000)
    try:
        text = summary.inner_text()
        assert "acled.csv" in text and "ACLED export" in text
        assert "6 rows read: 4 loaded, 2 rejected" in text
        assert "5 rows read: 4 loaded, 1 rejected" in text  # Bellingcat
        assert "5 rows read: 5 loaded, 0 rejected" in text  # CIR
        assert "1 event outside Ukraine (RU) kept and marked by country" in text
        assert "flagged for review, not merged" in text
        summary.get_by_text("Rejected rows in acled.csv (2)").click()
        wait_idle(page)
        rejected = summary.locator('[data-testid="stExpander"]', has_text="Rejected rows in acled.csv")
        assert "row 5 (line 6): not an attack: ACLED event type 'Protests'" in rejected.inner_text()
        assert rejected.get_by_role("button", name="Download the rejected rows as they were").is_visible()
        frame = map_frame(page)
        assert count_event_markers(frame) == _expected_points(paths)
    except AssertionError:
        print(server.output())
        raise
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "import_upload.png"), full_page=True)
    summary.get_by_text("flagged for review").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "import_upload_duplicates.png"))
    assert page.page_errors == []


def test_an_unreadable_upload_is_explained_and_the_report_stays(server, page, tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("title,body\nhello,world\n")
    open_app(page, server.url)
    assert count_event_markers(map_frame(page)) == 5
    with evidence(page, server, SCREENSHOTS / "import_unreadable.png"):
        upload(page, bad)
        summary = page.locator(SUMMARY)
        summary.wait_for(timeout=60_000)
        text = summary.inner_text()
        assert "notes.csv could not be loaded" in text and "do not match any format" in text
        assert "Traceback" not in page.content()
        assert count_event_markers(map_frame(page)) == 5  # the embedded report is still shown


def test_data_option_reads_any_format(start_server, page):
    path = FORMATS / "ucdp_ged.csv"
    instance = start_server(["--data", str(path)])
    open_app(page, instance.url)
    try:
        text = page.locator(SUMMARY).inner_text()
        assert "ucdp_ged.csv" in text and "UCDP GED" in text and "Windows-1252" in text
        assert count_event_markers(map_frame(page)) == _expected_points([path])
    except AssertionError:
        print(instance.output())
        raise
