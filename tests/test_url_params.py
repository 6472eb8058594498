"""Checking a shared link's filter values (data/url_params.py), without Streamlit."""

from __future__ import annotations

import datetime as dt

import pytest

from data.url_params import MAX_MIN_CASUALTIES, MAX_SEARCH_CHARS, check_url_params

CHOICES = {
    "weapon": ["drone", "missile"],
    "target": ["energy"],
    "place": ["Kharkiv"],
    "oblast": ["Odesa Oblast"],
}
RANGE = (dt.date(2024, 1, 1), dt.date(2024, 3, 12))


@pytest.mark.parametrize(
    ("params", "changes"),
    [
        ({"min_cas": ["1e400"]}, {"min_cas": [str(MAX_MIN_CASUALTIES)]}),
        ({"min_cas": ["-5"]}, {"min_cas": ["0"]}),
        ({"min_cas": ["2.5"]}, {"min_cas": ["2"]}),
        ({"min_cas": ["inf"]}, {"min_cas": [str(MAX_MIN_CASUALTIES)]}),
        ({"min_cas": ["nan"]}, {"min_cas": []}),
        ({"min_cas": ["ten"]}, {"min_cas": []}),
        ({"min_cas": ["7"]}, {}),
        ({"weapon": ["drone", "catapult"]}, {"weapon": ["drone"]}),
        ({"oblast": ["UA-51"]}, {"oblast": []}),
        ({"undated": ["yes"]}, {"undated": []}),
        ({"undated": ["false"]}, {}),
        ({"dates": ["2024-02-01", "2024-02-10"]}, {}),
        ({"dates": ["0001-01-01", "9999-12-31"]}, {"dates": ["2024-01-01", "2024-03-12"]}),
        ({"dates": ["2024-02-30"]}, {"dates": []}),
        ({"q": ["x" * (MAX_SEARCH_CHARS + 5)]}, {"q": ["x" * MAX_SEARCH_CHARS]}),
        ({"event": ["anything]"], "timeline": ["1"]}, {}),  # not ours: left alone
    ],
)
def test_values_are_kept_dropped_or_clamped(params, changes):
    check = check_url_params(params, CHOICES, RANGE)
    assert check.changes == changes
    assert len(check.notes) == len(changes)


def test_dates_without_dated_events_are_dropped():
    check = check_url_params({"dates": ["2024-01-01"]}, CHOICES, None)
    assert check.changes == {"dates": []} and "no loaded event has a date" in check.notes[0]


def test_long_values_are_shortened_in_notes():
    check = check_url_params({"weapon": ["<" * 10_000]}, CHOICES, RANGE)
    assert len(check.notes[0]) < 200


@pytest.mark.parametrize(("value", "expected"), [("1e400", MAX_MIN_CASUALTIES), ("-3", 0), ("4", 4)])
def test_the_embed_view_reads_a_huge_minimum_clamped(value, expected):
    # The embed view (?embed=true) reads the link with data.filters, not the widgets.
    from data.embedded import load_embedded_events
    from data.filters import selection_from_query

    selection, _ = selection_from_query(f"min_cas={value}", load_embedded_events())
    assert selection.min_casualties == expected
