"""The page with hostile files and links (AppTest): text from files is never Markdown, links never break it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from markdown_it import MarkdownIt
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "app.py")
TRACKER = "![x](http://127.0.0.1:9/x.png)"
MARKDOWN = MarkdownIt("commonmark")


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
    assert html.count(TRACKER) >= 2, html


def test_markdown_in_an_unreadable_file_is_shown_as_text(tmp_path, monkeypatch):
    data = tmp_path / "events.csv"
    data.write_text(f"{TRACKER},[y](javascript:alert(1))\n1,2\n")
    monkeypatch.setenv("STRIKE_MAP_DATA", str(data))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception, at.exception
    html = "\n".join(rendered_markdown(at))
    assert "<img" not in html and "<a " not in html
    assert TRACKER in html
