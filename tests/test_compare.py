"""Period comparison against a plain pandas groupby, with lower bounds and unknowns."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from data import schema as S
from data.aggregate import CountTotal
from data.compare import (
    ALL,
    Change,
    compare_periods,
    comparison_chart,
    comparison_display,
    count_change,
    format_total,
    previous_period,
)
from data.synthetic import make_synthetic_events


def reference(events: pd.DataFrame, start: str, end: str) -> pd.DataFrame:
    """Per oblast: events, sum of reported figures, any lower bound, events without a figure; plain groupby."""
    dates = events[S.DATE]
    part = events[(dates >= pd.Timestamp(start)) & (dates <= pd.Timestamp(end))].copy()
    part["_oblast"] = part[S.OBLAST].astype("string").fillna("(oblast not reported)")
    groups = part.groupby("_oblast")
    table = pd.DataFrame({"events": groups.size()})
    for column in S.COUNT_COLUMNS:
        table[column] = groups[column].sum().astype(int)  # sum of what was reported
        table[f"{column}_missing"] = groups[column].apply(lambda s: int(s.isna().sum()))
        table[f"{column}_bound"] = groups[S.at_least_column(column)].any() | (table[f"{column}_missing"] > 0)
    return table


def with_bounds(count: int, seed: int) -> pd.DataFrame:
    events = make_synthetic_events(count, seed=seed)
    events.loc[events.index[: count // 6], S.KILLED + "_at_least"] = True
    events.loc[events.index[: count // 6], S.KILLED] = events[S.KILLED].iloc[: count // 6].fillna(2)
    events.loc[events.index[count // 6 : count // 4], S.OBLAST] = pd.NA
    return events


@pytest.mark.parametrize(("start", "end"), [("2024-03-01", "2024-03-31"), ("2023-01-01", "2023-12-31")])
@pytest.mark.parametrize("seed", [1, 2])
def test_matches_a_groupby_per_oblast_in_both_periods(start, end, seed):
    events = with_bounds(4_000, seed)
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    table = compare_periods(events, first, last).set_index("oblast")
    before_start, before_end = previous_period(first, last)
    for name, (a, b) in {"now": (start, end), "before": (before_start, before_end)}.items():
        expected = reference(events, str(a), str(b))
        shown = table.drop(index=ALL)
        shown = shown[shown[f"events_{name}"] > 0]
        assert sorted(shown.index) == sorted(expected.index)
        for oblast, row in expected.iterrows():
            assert shown.loc[oblast, f"events_{name}"] == row["events"]
            for column in S.COUNT_COLUMNS:
                total = shown.loc[oblast, f"{column}_{name}"]
                assert total.value == row[column]
                assert total.unreported == row[f"{column}_missing"]
                assert total.at_least == row[f"{column}_bound"]
        # The first row is the whole period.
        assert table.loc[ALL, f"events_{name}"] == expected["events"].sum()
        assert table.loc[ALL, f"killed_{name}"].value == expected[S.KILLED].sum()


def test_previous_period_has_the_same_length_and_ends_the_day_before():
    assert previous_period(dt.date(2024, 3, 1), dt.date(2024, 3, 31)) == (
        dt.date(2024, 1, 30),
        dt.date(2024, 2, 29),
    )
    assert previous_period(dt.date(2024, 3, 5), dt.date(2024, 3, 5)) == (
        dt.date(2024, 3, 4),
        dt.date(2024, 3, 4),
    )


@pytest.mark.parametrize(
    ("now", "before", "text"),
    [
        (CountTotal(10, False, 2, 0), CountTotal(4, False, 2, 0), "+6"),
        (CountTotal(4, False, 2, 0), CountTotal(10, False, 2, 0), "−6"),
        (CountTotal(4, False, 2, 0), CountTotal(4, False, 2, 0), "0"),
        (CountTotal(10, True, 2, 0), CountTotal(4, False, 2, 0), "≥ +6"),
        (CountTotal(10, False, 2, 0), CountTotal(4, True, 1, 1), "≤ +6"),
        (CountTotal(10, True, 2, 0), CountTotal(4, True, 2, 0), "unknown (both lower bounds)"),
    ],
)
def test_change_is_only_as_certain_as_its_totals(now, before, text):
    assert str(count_change(now, before)) == text


@pytest.mark.parametrize(
    ("total", "text"),
    [
        (CountTotal(0, False, 0, 0), "0"),
        (CountTotal(12, False, 3, 0), "12"),
        (CountTotal(12, True, 3, 2), "≥ 12 · 2 without figures"),
        (CountTotal(0, True, 0, 2), "not reported · 2 without figures"),
    ],
)
def test_totals_read_honestly(total, text):
    assert format_total(total) == text


def test_display_and_chart_build():
    events = with_bounds(500, 3)
    table = compare_periods(events, dt.date(2024, 1, 1), dt.date(2024, 6, 30))
    shown = comparison_display(table)
    assert shown["oblast"].iloc[0] == ALL
    assert {"events now", "events before", "killed change", "children injured now"} <= set(shown.columns)
    assert any("without figures" in text for text in shown["killed now"])
    comparison_chart(table).to_dict()


def test_empty_periods():
    events = with_bounds(50, 4)
    table = compare_periods(events, dt.date(1990, 1, 1), dt.date(1990, 1, 31))
    assert table["oblast"].tolist() == [ALL]
    assert table.loc[0, "events_now"] == 0 and str(table.loc[0, "killed_change"]) == "0"
    assert isinstance(table.loc[0, "events_change"], Change)
