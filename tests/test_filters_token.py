"""Cache keys name everything they depend on: any single changed cell gives a new token."""

from __future__ import annotations

import pandas as pd
import pytest

from data import schema as S
from data.filters import EventFilter, table_token, view_token
from data.synthetic import make_synthetic_events


def _changed(events: pd.DataFrame, column: str) -> pd.DataFrame:
    changed = events.copy()
    value = changed[column].iloc[0]
    dtype = str(changed[column].dtype)
    if column in (S.LATITUDE, S.LONGITUDE):
        new = (value if not pd.isna(value) else 49.0) + 0.001
    elif dtype == "Int64":
        new = 0 if pd.isna(value) else value + 1
    elif dtype == "boolean" or dtype == "bool":
        new = not bool(value)
    elif dtype.startswith("datetime"):
        new = pd.Timestamp("2001-01-01") if pd.isna(value) else value + pd.Timedelta(days=1)
    elif dtype == "category":
        categories = list(changed[column].cat.categories)
        new = next(c for c in categories if c != value)
    else:
        new = ("x" if pd.isna(value) else str(value)) + "!"
    changed.loc[changed.index[0], column] = new
    return changed


@pytest.mark.parametrize("column", S.COLUMNS)
def test_changing_any_single_column_changes_the_token(column):
    events = make_synthetic_events(50, seed=3)
    changed = _changed(events, column)
    assert not changed.equals(events)
    assert table_token(changed) != table_token(events)


def test_equal_content_equal_token_and_filters_are_part_of_the_view():
    events = make_synthetic_events(50, seed=3)
    assert table_token(events) == table_token(events.copy())
    token = table_token(events)
    assert view_token(token, EventFilter()) != view_token(token, EventFilter(weapons=("drone",)))
    assert view_token(token, EventFilter()) == view_token(token, EventFilter())


def test_filter_choices_are_worked_out_once_per_table_and_again_for_another():
    from data.filters import date_bounds, filter_options, table_choices

    events = make_synthetic_events(300, seed=5)
    first = table_choices(events)
    assert first == (filter_options(events), date_bounds(events))
    assert table_choices(events) is first  # remembered for this table object
    fewer = events[events[S.WEAPON] != "drone"].copy()
    assert "drone" in first[0]["weapons"]
    assert "drone" not in table_choices(fewer)[0]["weapons"]  # another table: its own choices


def test_the_full_view_is_the_table_itself_and_a_filter_a_new_table():
    from data.filters import apply_filter

    events = make_synthetic_events(300, seed=6)
    assert apply_filter(events, EventFilter()) is events
    some = apply_filter(events, EventFilter(min_casualties=1))
    assert some is not events and len(some) < len(events)
