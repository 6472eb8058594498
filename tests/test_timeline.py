"""Timeline binning: the unit fits the span, coarse dates get their own band, undated are counted beside."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from data import schema as S
from data.events_io import load_events
from data.synthetic import make_synthetic_events
from data.timeline import bin_events, choose_unit, clamp_range, event_bands, range_from_selection
from tests.conftest import FIXTURES


def events_on(rows: list[tuple[str | None, str, float | None, float | None]]) -> pd.DataFrame:
    """Events with (date, precision, killed, injured); everything else defaulted."""
    lines = ["event_id,date,date_precision,killed,injured,killed_at_least"]
    for number, (date, precision, killed, injured) in enumerate(rows):
        cells = [f"t-{number}", date or "", precision]
        cells += ["" if v is None else str(int(v)) for v in (killed, injured)] + ["false"]
        lines.append(",".join(cells))
    return load_events("\n".join(lines).encode())


@pytest.mark.parametrize(
    ("start", "end", "unit"),
    [
        ("2024-03-01", "2024-03-01", "day"),
        ("2024-03-01", "2024-08-31", "day"),
        ("2024-01-01", "2024-12-31", "week"),
        ("2023-01-01", "2024-12-31", "week"),
        ("2022-02-24", "2025-06-30", "month"),
        ("2014-01-01", "2023-12-31", "month"),
    ],
)
def test_unit_fits_the_span(start, end, unit):
    assert choose_unit(dt.date.fromisoformat(start), dt.date.fromisoformat(end)) == unit


def test_month_and_year_dates_get_their_own_band_not_the_first_day():
    events = events_on(
        [
            ("2024-03-01", "day", 1, 2),
            ("2024-03-01", "day", None, None),
            ("2024-03", "month", 5, None),  # stored as 2024-03-01, known only to the month
            ("2024", "year", None, 3),  # stored as 2024-01-01
            (None, "unknown", 4, 4),
        ]
    )
    timeline = bin_events(events, "day")
    day = timeline.main
    # Only the two events really dated 1 March are on 1 March.
    assert day["start"].tolist() == [pd.Timestamp("2024-03-01")]
    assert day["events"].tolist() == [2]
    assert day["casualties"].tolist() == [3]
    assert day["casualties_at_least"].tolist() == [True]  # one of them has no figures
    assert day["no_figures"].tolist() == [1]
    coarse = timeline.coarse.set_index("band")
    assert coarse.loc["month", "start"] == pd.Timestamp("2024-03-01")
    assert coarse.loc["month", "end"] == pd.Timestamp("2024-04-01")
    assert coarse.loc["year", "start"] == pd.Timestamp("2024-01-01")
    assert coarse.loc["year", "end"] == pd.Timestamp("2025-01-01")
    assert coarse.loc["year", "casualties"] == 3 and coarse.loc["year", "casualties_at_least"]
    assert timeline.undated == 1
    assert timeline.placed + timeline.undated == len(events)


@pytest.mark.parametrize(
    ("unit", "bands"),
    [
        ("day", ["day", "week", "month", "year"]),
        ("week", ["week", "week", "month", "year"]),
        ("month", ["month", "month", "month", "year"]),
    ],
)
def test_band_is_the_coarser_of_unit_and_precision(unit, bands):
    precision = pd.Series(["day", "week", "month", "year"], dtype="string")
    assert event_bands(precision, unit).tolist() == bands


def test_weeks_start_on_monday_and_months_on_the_first():
    events = events_on(
        [("2024-03-13", "day", 1, 0), ("2024-03-17", "day", 1, 0), ("2024-03-18", "day", 1, 0)]
    )
    weeks = bin_events(events, "week").main
    assert weeks["start"].tolist() == [pd.Timestamp("2024-03-11"), pd.Timestamp("2024-03-18")]
    assert weeks["events"].tolist() == [2, 1]
    assert (weeks["end"] - weeks["start"]).dt.days.tolist() == [7, 7]
    months = bin_events(events, "month").main
    assert months["start"].tolist() == [pd.Timestamp("2024-03-01")]
    assert months["events"].tolist() == [3]


def test_a_bin_with_no_figures_has_no_sum_not_zero():
    timeline = bin_events(events_on([("2024-03-01", "day", None, None)]), "day")
    assert timeline.bins["casualties"].isna().all()
    assert timeline.bins["no_figures"].tolist() == [1]


def test_undated_and_unstated_precision_are_counted_beside():
    events = events_on(
        [(None, "unknown", 1, 1), ("2024-05-02", "unknown", 1, 1), ("2024-05-02", "day", 1, 1)]
    )
    timeline = bin_events(events)
    assert timeline.undated == 1
    assert timeline.precision_unknown == 1
    assert timeline.placed == 1


def test_nothing_dated():
    timeline = bin_events(events_on([(None, "unknown", None, None)]))
    assert timeline.bins.empty and timeline.undated == 1


@pytest.mark.parametrize("unit", ["day", "week", "month", None])
def test_every_event_is_placed_or_counted_and_sums_match_a_groupby(unit):
    events = make_synthetic_events(3_000, seed=4)
    timeline = bin_events(events, unit)
    assert timeline.placed + timeline.undated + timeline.precision_unknown == len(events)
    # Reference: killed + injured of the events in each bin, by a plain filter per bin.
    for row in timeline.bins.sample(20, random_state=1, replace=True).itertuples():
        bands = event_bands(events[S.DATE_PRECISION], timeline.unit)
        members = events[(bands == row.band) & (events[S.DATE] >= row.start) & (events[S.DATE] < row.end)]
        assert len(members) == row.events
        reported = members[S.KILLED].notna() | members[S.INJURED].notna()
        expected = (members[S.KILLED].fillna(0) + members[S.INJURED].fillna(0))[reported].sum()
        assert (pd.isna(row.casualties) and not reported.any()) or row.casualties == expected


def test_fixture_file_bands():
    timeline = bin_events(load_events(FIXTURES / "dated_events.csv"))
    assert timeline.unit == "day"
    assert set(timeline.coarse["band"]) == {"month", "year"}
    assert timeline.undated == 1


@pytest.mark.parametrize(
    ("values", "unit", "expected"),
    [
        (["2024-03-04T10:00:00", "2024-03-06T02:00:00"], "day", ("2024-03-04", "2024-03-06")),
        (["2024-03-06T00:00:00", "2024-03-04T00:00:00"], "day", ("2024-03-04", "2024-03-05")),
        (["2024-03-05T00:00:00", "2024-03-13T00:00:00"], "week", ("2024-03-04", "2024-03-17")),
        (["2024-02-10T00:00:00", "2024-04-02T00:00:00"], "month", ("2024-02-01", "2024-04-30")),
        ([1709251200000, 1709856000000], "day", ("2024-03-01", "2024-03-07")),  # epoch ms
    ],
)
def test_brushed_interval_widens_to_whole_bins(values, unit, expected):
    start, end = range_from_selection(values, unit)
    assert (start.isoformat(), end.isoformat()) == expected


def test_brush_without_two_ends_selects_nothing():
    assert range_from_selection([], "day") is None
    assert range_from_selection(["2024-03-01"], "day") is None


def test_clamp_range():
    bounds = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert clamp_range((dt.date(2023, 6, 1), dt.date(2024, 2, 1)), bounds) == (
        dt.date(2024, 1, 1),
        dt.date(2024, 2, 1),
    )
    assert clamp_range((dt.date(2025, 1, 1), dt.date(2025, 2, 1)), bounds) is None
