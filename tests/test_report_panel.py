"""The report panel in AppTest: paste, find, add; and the review step's edits."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from components.report_panel import ADDED_KEY
from data import schema as S
from data.display import MISSING_CELL
from data.extraction import candidates_to_events, extract_events
from data.extraction.review import ADD_COLUMN, apply_edits, editor_table, highlighted_report_html

APP = str(Path(__file__).resolve().parents[1] / "app.py")
REPORT = (
    "Poltava school hit\n\n"
    "A Russian missile hit a school in Poltava on Monday, killing two people and injuring at least 14.\n"
    "Talks continued in London. A drone struck Chernihiv, injuring a dozen people.\n"
)


def _button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


@pytest.fixture(scope="module")
def found_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception, at.exception
    next(t for t in at.text_area if t.label == "Report text").input(REPORT)
    next(d for d in at.date_input if d.label.startswith("Report date")).set_value(
        pd.Timestamp("2025-04-23").date()
    )
    at = _button(at, "Find events").click().run()
    assert not at.exception, at.exception
    return at


def test_candidates_are_shown_with_their_evidence_highlighted(found_page):
    texts = [m.value for m in found_page.markdown]
    assert any("**2 candidate events**" in t for t in texts)
    highlighted = next(h.proto.body for h in found_page.get("html") if "report-evidence" in h.proto.body)
    assert "<mark" in highlighted and "killing two people" in highlighted
    # London is neither highlighted as evidence nor an event.
    assert "Talks continued in London. </span>" in highlighted
    assert ADDED_KEY not in found_page.session_state or found_page.session_state[ADDED_KEY].empty


def test_the_review_table_shows_a_missing_figure_as_the_events_table_does_not_as_none(found_page):
    # Chernihiv's dead are not reported: the editor shows "—" (explained in the column's help), never "None".
    editor = next(d for d in found_page.dataframe if d.proto.editing_mode)
    assert editor.proto.placeholder == MISSING_CELL
    assert json.loads(editor.proto.columns)[S.KILLED]["help"].startswith("— = not reported")
    assert editor.value[S.KILLED].isna().any()


def test_added_events_persist_with_the_report_as_source(found_page):
    at = _button(found_page, "Add selected events to the map").click().run()
    assert not at.exception, at.exception
    assert any("Added 2 events" in s.value for s in at.success)
    added = at.session_state[ADDED_KEY]
    assert list(added[S.LOCATION]) == ["Poltava", "Chernihiv"]
    assert added[S.SOURCE_TITLE].eq("Poltava school hit").all()
    assert str(added[S.SOURCE_DATE].iloc[0].date()) == "2025-04-23"
    assert str(added[S.DATE].iloc[0].date()) == "2025-04-21"
    # Another rerun keeps them, and adding the same report again does not duplicate them.
    at = _button(at, "Add selected events to the map").click().run()
    assert len(at.session_state[ADDED_KEY]) == 2
    assert any("already added" in s.value for s in at.success)


def _candidates(text: str):
    candidates = extract_events(text)
    return candidates, candidates_to_events(candidates, text)


def test_review_edits_are_applied_and_places_geocoded_again():
    candidates, events = _candidates(REPORT)
    edited = editor_table(events, candidates)
    edited.loc[1, ADD_COLUMN] = False
    edited.loc[0, S.LOCATION] = "Kremenchuk"
    edited.loc[0, S.KILLED] = 3
    edited.loc[0, S.at_least_column(S.KILLED)] = True
    reviewed, problems = apply_edits(events, edited)
    assert problems == []
    assert len(reviewed) == 1
    row = reviewed.iloc[0]
    assert row[S.LOCATION] == "Kremenchuk" and row[S.OBLAST_ISO] == "UA-53"
    assert row[S.KILLED] == 3 and bool(row[S.at_least_column(S.KILLED)])
    assert row[S.INJURED] == 14 and row[S.SOURCE_TITLE] == "Poltava school hit"


def test_an_impossible_edit_is_reported_not_added():
    candidates, events = _candidates(REPORT)
    edited = editor_table(events, candidates)
    edited.loc[0, S.CHILDREN_KILLED] = 5  # more children than the exact two killed
    reviewed, problems = apply_edits(events, edited)
    assert problems and "children_killed" in problems[0]


UKRAINIAN_REPORT = (
    "Удар по Полтаві\n\n"
    "Уночі ракета влучила у школу в Полтаві: загинули двоє людей, щонайменше 14 поранено, серед них троє дітей.\n"
    "Переговори тривали у Лондоні.\n"
)


def test_a_ukrainian_report_is_reviewed_the_same_way_with_its_evidence_as_written():
    candidates, events = _candidates(UKRAINIAN_REPORT)
    assert list(events[S.LOCATION]) == ["Poltava"]
    row = events.iloc[0]
    assert row[S.KILLED] == 2 and row[S.INJURED] == 14 and bool(row[S.at_least_column(S.INJURED)])
    assert row[S.CHILDREN_INJURED] == 3
    highlighted = highlighted_report_html(UKRAINIAN_REPORT, candidates)
    assert "загинули двоє людей" in highlighted and "<mark" in highlighted
    edited = editor_table(events, candidates)
    edited.loc[0, S.LOCATION] = "Кременчук"
    reviewed, problems = apply_edits(events, edited)
    assert problems == []
    assert reviewed.iloc[0][S.LOCATION] == "Кременчук" and reviewed.iloc[0][S.OBLAST_ISO] == "UA-53"


def test_the_panel_takes_a_russian_report():
    at = AppTest.from_file(APP, default_timeout=120).run()
    next(t for t in at.text_area if t.label == "Report text").input(
        "Дроны атаковали Одессу. Пострадали 5 человек, среди них двое детей."
    )
    at = _button(at, "Find events").click().run()
    assert not at.exception, at.exception
    assert any("Read as Russian" in c.value for c in at.caption)
    assert any("**1 candidate event**" in m.value for m in at.markdown)


def test_invisible_characters_in_the_review_table_are_named_and_kept_as_typed():
    """The editor shows cells as they are (so an edit saves what was typed); the page names the
    cells that hold invisible characters below it, and the read-only evidence is written out."""
    at = AppTest.from_file(APP, default_timeout=120).run()
    next(t for t in at.text_area if t.label == "Report text").input(
        "A missile struck Kharkiv on Monday, killing two people.\u202e Talks went on."
    )
    at = _button(at, "Find events").click().run()
    assert not at.exception, at.exception
    editor = at.data_editor[0]
    evidence = editor.value["evidence"].iloc[0]
    assert "\u202e" not in evidence and "people.[U+202E]" in evidence
    assert not at.warning  # nothing hidden in the editable cells yet
    # A place pasted with a direction override, as a reviewer's edit.
    at.session_state[editor.key] = {
        "edited_rows": {0: {S.LOCATION: "Kha\u202erkiv", S.CASUALTY_NOTE: "zero\u200bwidth"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert not at.exception, at.exception
    warning = next(w.value for w in at.warning if "Invisible characters" in w.value).replace("\\", "")
    assert "event 1, place: Kha[U+202E]rkiv" in warning and "event 1, note: zero[U+200B]width" in warning
    assert "\u202e" not in warning and "\u200b" not in warning
    at = _button(at, "Add selected events to the map").click().run()
    assert not at.exception, at.exception
    added = at.session_state[ADDED_KEY]
    assert added[S.LOCATION].iloc[0] == "Kha\u202erkiv"  # stored as typed, never silently changed
