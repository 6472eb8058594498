"""The page and the command line read a URL the same way: same events, same headline, same caption."""

from __future__ import annotations

import pytest

from data.captions import title_sentence
from data.events_io import load_events
from data.filters import apply_filter, selection_from_query
from data.summary import headline_cards
from tests.test_app import figures
from tests.test_app_filters import DATED, run_with

QUERIES = [
    {"weapon": ["missile", "drone"]},
    {"oblast": "Odesa Oblast"},
    {"dates": ["2024-03-01", "2024-03-12"], "undated": "false"},
    {"min_cas": "10", "target": "residential"},
]


@pytest.mark.parametrize("query", QUERIES)
def test_page_headline_equals_the_figures_of_the_parsed_query(monkeypatch, query):
    at = run_with(monkeypatch, query)
    shown = figures(at)
    events = load_events(DATED)
    selection, ignored = selection_from_query(query, events)
    assert ignored == []
    visible = apply_filter(events, selection)
    expected = {card["key"]: card["value"] for card in headline_cards(visible)}
    assert shown == expected
    # The caption of every published figure starts with the page's event count.
    assert title_sentence(visible).startswith(f"{shown['events']} ")
