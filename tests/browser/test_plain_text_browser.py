"""Text from a file shows as text: no bare address becomes a link, no invisible character disguises a word.

Streamlit renders notes, captions and errors as GitHub-flavoured Markdown, which turns a
bare ``http://...``, ``www.`` or e-mail address into a link: a description, a file name
or a rejected cell quoted in its reason would then be one click from a page of the
file maker's choosing.  Every place text from the file reaches is checked in Chromium.
"""

from __future__ import annotations

import csv

import pytest

from tests.browser.conftest import SCREENSHOTS
from tests.browser.helpers import click_marker, evidence, map_frame, open_app, wait_idle

pytestmark = pytest.mark.browser

LEAK = "http://127.0.0.1:9/leak"
DESCRIPTION = f"Details at {LEAK} and www.example.org, or write to tips@example.org"
ANCHORS = "els => els.map(e => e.getAttribute('href') || '')"


def _data_file(path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["event_id", "location", "oblast_iso", "latitude", "longitude", "killed", "description"]
        )
        writer.writerow(["E1", "Kha\u202erkiv", "UA-63", "49.99", "36.23", "2", DESCRIPTION])
        writer.writerow(["E2", "Ode\u200bsa", "UA-51", "46.48", "30.73", "1", f"see {LEAK}"])
        # Rejected: its reason quotes the cell, which names an address.
        writer.writerow(["E3", "Sumy", "UA-59", "50.91", "34.80", "http://127.0.0.1:9/count", "x"])


def _bad_links(hrefs: list[str]) -> list[str]:
    return [h for h in hrefs if "example.org" in h or "127.0.0.1:9" in h or h.startswith("mailto:")]


def test_addresses_stay_text_and_hidden_characters_show(start_server, page, tmp_path):
    data = tmp_path / "www.example.org.csv"  # a file name that reads as an address
    _data_file(data)
    requests: list[str] = []
    page.context.on("request", lambda request: requests.append(request.url))
    app = start_server(["--data", str(data)])
    open_app(page, app.url, timeout=120_000)
    with evidence(page, app, SCREENSHOTS / "plain_text.png"):
        frame = map_frame(page, timeout=120_000)
        click_marker(page, frame, "#E1")
        wait_idle(page)
        record = page.locator(".sm-record").first
        record.wait_for(timeout=30_000)
        assert DESCRIPTION in record.inner_text()
        assert "Kha[U+202E]rkiv" in record.inner_text()
        page.get_by_text("Rejected rows in www.example.org.csv (1)").click()
        wait_idle(page)
        sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
        assert "www.example.org.csv" in sidebar and "http://127.0.0.1:9/count" in sidebar, sidebar
        # Popups and tooltips opened: their text gets its chance to become links too.
        frame.evaluate(
            """() => Object.values(window.map._layers)
                  .filter(l => l instanceof L.CircleMarker && l.getTooltip && l.getTooltip())
                  .forEach(l => { l.openTooltip(); if (l.getPopup && l.getPopup()) l.openPopup(); })"""
        )
        assert _bad_links(page.eval_on_selector_all("a", ANCHORS)) == []
        assert _bad_links(frame.eval_on_selector_all("a", ANCHORS)) == []
        # No invisible character reaches the page's text; each shows as its code point.
        body = page.evaluate("() => document.body.innerText")
        for char in ("\u202e", "\u200b"):
            assert char not in body and char not in frame.evaluate("() => document.body.innerText")
        tooltips = frame.evaluate(
            "() => Array.from(document.querySelectorAll('.leaflet-tooltip')).map(t => t.innerText).join(' | ')"
        )
        assert "Ode[U+200B]sa" in tooltips or "Ode[U+200B]sa" in body, tooltips
        assert not [u for u in requests if "127.0.0.1:9/" in u or "example.org" in u], requests
        assert page.page_errors == []
