"""The hostile corpus in a real browser: nothing runs, nothing calls out, text shows literally."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest

from data import schema as S
from tests.browser.conftest import SCREENSHOTS
from tests.browser.helpers import click_marker, evidence, map_frame, open_app, wait_idle
from tests.hostile import PAYLOADS, TRACKER_URL

pytestmark = pytest.mark.browser

TRACKER = f"![x]({TRACKER_URL})"
SHOWN = ("script", "img", "svg", "template", "jinja", "markdown_image", "quotes")


def _hostile_zip(path) -> None:
    """A ZIP whose member name and one column name are Markdown images, holding one event per payload."""
    buffer = io.StringIO()
    columns = [S.EVENT_ID, S.LOCATION, S.LATITUDE, S.LONGITUDE, S.DESCRIPTION, S.SOURCE_TITLE]
    columns += [S.CASUALTY_NOTE, S.SOURCE_URL, S.KILLED, TRACKER]
    writer = csv.writer(buffer)
    writer.writerow(columns)
    kinds = [k for k in PAYLOADS if k != "nul"]  # NUL makes the whole file binary: tested without a browser
    for number, kind in enumerate(kinds):
        payload = PAYLOADS[kind]
        url = payload if kind in ("javascript_url", "data_url") else "https://example.org/x"
        writer.writerow(
            [
                f"h-{kind}",
                payload[:200],
                48.0 + number * 0.2,
                26.0 + number * 0.9,
                payload,
                payload,
                payload,
                url,
                1,
                "x",
            ]
        )
    content = io.BytesIO()
    with zipfile.ZipFile(content, "w") as archive:
        archive.writestr(f"{TRACKER}.csv", buffer.getvalue())
    path.write_bytes(content.getvalue())


def test_hostile_corpus_never_runs_or_calls_out(start_server, page, tmp_path):
    data = tmp_path / "hostile.zip"
    _hostile_zip(data)
    requests: list[str] = []
    page.context.on("request", lambda request: requests.append(request.url))
    app = start_server(["--data", str(data)])
    open_app(page, app.url, timeout=120_000)
    with evidence(page, app, SCREENSHOTS / "hostile_corpus.png"):
        frame = map_frame(page, timeout=120_000)
        # The record beside the map shows the clicked event's text literally.
        click_marker(page, frame, "#h-script")
        wait_idle(page)
        page.get_by_text(PAYLOADS["script"]).locator("visible=true").first.wait_for(timeout=30_000)
        # Open every popup and tooltip: payloads get their chance to run.
        frame.evaluate(
            """() => Object.values(window.map._layers)
                  .filter(l => l instanceof L.CircleMarker && l.getTooltip && l.getTooltip())
                  .forEach(l => { l.openTooltip(); if (l.getPopup && l.getPopup()) l.openPopup(); })"""
        )
        # The report panel: payloads pasted into a report are highlighted as text.
        report = "A missile struck Kharkiv on Monday, killing two people.\n\n" + "\n\n".join(
            PAYLOADS[k] for k in SHOWN
        )
        page.get_by_label("Report text").fill(report)
        page.get_by_role("button", name="Find events").click()
        wait_idle(page)
        page.locator(".report-evidence").first.wait_for(timeout=60_000)
        shown = page.locator(".report-evidence").first.inner_text()
        for kind in ("script", "img", "template", "jinja", "markdown_image"):
            assert PAYLOADS[kind] in shown, kind
        sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
        assert TRACKER in sidebar  # the member and column names, as text
        page.wait_for_timeout(1500)
        assert page.evaluate("() => typeof window.__pwned") == "undefined"
        assert frame.evaluate("() => typeof window.__pwned") == "undefined"
        assert not [u for u in requests if "127.0.0.1:9/" in u], requests
        assert page.locator(f'img[src="{TRACKER_URL}"]').count() == 0
        assert frame.locator(f'img[src="{TRACKER_URL}"]').count() == 0
        assert page.locator('a[href^="javascript:"]').count() == 0
        assert page.page_errors == []
