"""The page's events table (data.display): built for the rows it shows, not for every filtered event."""

from __future__ import annotations

import pandas as pd

from data import schema as S
from data.display import TABLE_ROWS, events_display_table, shown_events_table
from data.synthetic import make_synthetic_events


def test_the_shown_table_formats_only_the_rows_it_shows(monkeypatch):
    events = make_synthetic_events(TABLE_ROWS + 500, seed=3)
    expected = events_display_table(events.head(TABLE_ROWS))
    seen: list[int] = []
    original = events_display_table

    def counting(frame: pd.DataFrame) -> pd.DataFrame:
        seen.append(len(frame))
        return original(frame)

    monkeypatch.setattr("data.display.events_display_table", counting)
    table = shown_events_table(events)
    assert seen == [TABLE_ROWS]
    pd.testing.assert_frame_equal(table, expected)
    assert list(table["event_id"]) == list(events[S.EVENT_ID].head(TABLE_ROWS))


def test_a_short_table_is_shown_whole():
    events = make_synthetic_events(12, seed=4)
    pd.testing.assert_frame_equal(shown_events_table(events), events_display_table(events))
