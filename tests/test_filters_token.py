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
