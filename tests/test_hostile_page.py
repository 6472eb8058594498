"""The page with hostile files and links (AppTest): text from files is never Markdown, links never break it."""

from __future__ import annotations

import io
import sys
import time
import zipfile
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from streamlit.testing.v1 import AppTest

from data.url_params import MAX_MIN_CASUALTIES
from tests.conftest import FIXTURES

APP = str(Path(__file__).resolve().parents[1] / "app.py")
TRACKER = "![x](http://127.0.0.1:9/x.png)"
MARKDOWN = MarkdownIt("commonmark")
DATED = str(FIXTURES / "dated_events.csv")


def rendered_markdown(at: AppTest) -> list[str]:
    """Every Markdown-rendered text on the page (bodies and labels), rendered as CommonMark HTML."""
    bodies = []
    for kind in (
        "markdown",
        "caption",
        "error",
        "warning",
        "info",
        "success",
        "title",
        "header",
        "subheader",
    ):
        bodies += [element.value for element in at.get(kind)]
    bodies += [element.label for element in at.get("expandable")]
    return [MARKDOWN.render(str(body)) for body in bodies]


def shown_text(html: str) -> str:
    """Rendered HTML with the code spans' tags dropped: addresses from files are shown as code."""
    return html.replace("<code>", "").replace("</code>", "")


def _tracker_zip(path: Path) -> None:
    member = f"{TRACKER}.csv"
    csv_text = f"event_id,location,{TRACKER}\nE1,Kharkiv,x\n"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(member, csv_text)
    path.write_bytes(buffer.getvalue())


def test_markdown_in_column_and_member_names_is_shown_as_text(tmp_path, monkeypatch):
    data = tmp_path / "events.zip"
    _tracker_zip(data)
    monkeypatch.setenv("STRIKE_MAP_DATA", str(data))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception, at.exception
    html = "\n".join(rendered_markdown(at))
    assert "<img" not in html
    # The names are on the page, literally: the test did reach the notes.
    assert shown_text(html).count(TRACKER) >= 2, html


def test_markdown_in_an_unreadable_file_is_shown_as_text(tmp_path, monkeypatch):
    data = tmp_path / "events.csv"
    data.write_text(f"{TRACKER},[y](javascript:alert(1))\n1,2\n")
    monkeypatch.setenv("STRIKE_MAP_DATA", str(data))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception, at.exception
    html = "\n".join(rendered_markdown(at))
    assert "<img" not in html and "<a " not in html
    assert TRACKER in shown_text(html)


# --- shared links ----------------------------------------------------------------------


def run_with(monkeypatch, query: dict, data: str | None = None) -> AppTest:
    monkeypatch.setattr(sys, "argv", ["app.py", *(["--data", data] if data else [])])
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def captions(at: AppTest) -> str:
    return "\n".join(MARKDOWN.render(c.value) for c in at.caption)


def test_a_huge_minimum_is_clamped_not_an_overflow(monkeypatch):
    at = run_with(monkeypatch, {"min_cas": "1e400"})
    assert at.number_input(key="min_cas").value == MAX_MIN_CASUALTIES
    assert "Minimum killed + injured from the link ('1e400') was set to 1,000,000" in captions(at)


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ({"weapon": ["bogus", "drone"]}, "Ignored from the link: weapon 'bogus'"),
        ({"dates": "garbage"}, "Ignored from the link: dates 'garbage' (use YYYY-MM-DD)"),
        ({"min_cas": "nan"}, "Ignored from the link: minimum killed + injured 'nan'"),
        ({"undated": "maybe"}, "Ignored from the link: 'include events without a date' 'maybe'"),
        ({"dates": ["0001-01-01", "9999-12-31"]}, "Dates from the link were set to 2024-01-01 to 2024-03-12"),
    ],
)
def test_bogus_link_values_are_ignored_with_a_note(monkeypatch, query, note):
    at = run_with(monkeypatch, query, data=DATED)
    assert note in captions(at)


def test_a_bogus_weapon_keeps_the_good_one(monkeypatch):
    at = run_with(monkeypatch, {"weapon": ["bogus", "drone"]}, data=DATED)
    assert at.multiselect(key="weapon").value == ["drone"]


def test_link_text_in_notes_is_not_markdown(monkeypatch):
    at = run_with(monkeypatch, {"weapon": TRACKER})
    html = "\n".join(rendered_markdown(at))
    assert "<img" not in html and "Ignored from the link" in html


# --- pasted reports ---------------------------------------------------------------------


def test_the_report_box_stops_at_the_limit(monkeypatch):
    # The browser enforces max_chars as the text is pasted (a 2 MB paste froze the tab);
    # AppTest cuts the value the same way.  The limit comes from data/limits.py.
    from components.settings import app_limits

    monkeypatch.setenv("STRIKE_MAP_MAX_REPORT_CHARS", "5000")
    app_limits.clear()
    try:
        at = AppTest.from_file(APP, default_timeout=120).run()
        box = at.text_area[0]
        assert box.max_chars == 5000
        started = time.perf_counter()
        box.set_value("Kharkiv was struck by a missile. " * 62_000)
        at.button(key="FormSubmitter:report_form-Find events").click().run()
        assert time.perf_counter() - started < 30
        assert not at.exception
        assert len(at.text_area[0].value) == 5000
    finally:
        app_limits.clear()
