"""casualties_by (counted with np.bincount) against a plain pandas groupby reference."""

from __future__ import annotations

import pandas as pd
import pytest

from data import schema as S
from data.aggregate import casualties_by, events_by_month, oblast_shading
from data.synthetic import make_synthetic_events


def reference_casualties_by(events: pd.DataFrame, key: str) -> pd.DataFrame:
    """The straightforward groupby version the fast one must match, row for row."""
    if events.empty:
        columns = ["events", "no_figures", *S.COUNT_COLUMNS, *S.AT_LEAST_COLUMNS]
        return pd.DataFrame(columns=[key, *columns])
    labels = events[key].astype("string").fillna("(not reported)")
    groups = events.groupby(labels, sort=False, observed=True)
    table = pd.DataFrame({"events": groups.size()})
    for column in S.COUNT_COLUMNS:
        table[column] = groups[column].sum(min_count=1).astype("Int64")
        flagged = groups[S.at_least_column(column)].any()
        missing = groups[column].count() < table["events"]
        table[S.at_least_column(column)] = (flagged | missing).astype(bool)
    no_figures = events[S.KILLED].isna() & events[S.INJURED].isna()
    table["no_figures"] = no_figures.groupby(labels).sum()
    table["_order"] = table[S.KILLED].fillna(0) + table[S.INJURED].fillna(0)
    table = table.sort_values(["_order", "events"], ascending=False).drop(columns="_order")
    return table.rename_axis(key).reset_index()


def with_gaps(count: int, seed: int) -> pd.DataFrame:
    events = make_synthetic_events(count, seed=seed)
    for column, rows in ((S.LOCATION, slice(0, count // 7)), (S.OBLAST, slice(count // 9, count // 4))):
        events.loc[events.index[rows], column] = pd.NA
    events.loc[events.index[: count // 5], S.KILLED + "_at_least"] = True
    events.loc[events.index[: count // 5], S.KILLED] = events[S.KILLED].iloc[: count // 5].fillna(3)
    return events


KEYS = [S.LOCATION, S.OBLAST, S.OBLAST_ISO, S.WEAPON, S.TARGET, S.DATE_PRECISION, S.SOURCE_NAME]


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("count, seed", [(1, 0), (40, 1), (2_000, 2)])
def test_matches_the_groupby_reference(key, count, seed):
    events = with_gaps(count, seed)
    pd.testing.assert_frame_equal(casualties_by(events, key), reference_casualties_by(events, key))


@pytest.mark.parametrize("key", KEYS)
def test_empty_and_filtered_tables(key):
    events = with_gaps(500, 3)
    for part in (events.iloc[0:0], events[events[S.WEAPON] == "drone"], events.iloc[::-1]):
        pd.testing.assert_frame_equal(casualties_by(part, key), reference_casualties_by(part, key))


def test_all_keys_missing_is_one_not_reported_group():
    events = with_gaps(30, 4)
    events[S.LOCATION] = pd.array([pd.NA] * len(events), dtype="string")
    table = casualties_by(events, S.LOCATION)
    assert table[S.LOCATION].tolist() == ["(not reported)"]
    assert table["events"].tolist() == [30]


def test_monthly_series_and_shading_still_add_up():
    events = with_gaps(1_000, 5)
    monthly, left_out = events_by_month(events)
    assert monthly["events"].sum() + left_out == len(events)
    shading = oblast_shading(events, "events")
    assert shading["value"].sum() == events[S.OBLAST_ISO].notna().sum()


def test_distinct_places_ignore_case_and_missing_names():
    from data.aggregate import distinct_places

    names = pd.Series(["Kharkiv", "KHARKIV", None, "Odesa", "kharkiv", "Sumy"], dtype="string")
    assert sorted(distinct_places(names)) == ["kharkiv", "odesa", "sumy"]
    assert len(distinct_places(pd.Series([None, None], dtype="string"))) == 0
    # Folding after the distinct values: the same count as folding every row.
    assert len(distinct_places(names)) == names.dropna().str.casefold().nunique()
