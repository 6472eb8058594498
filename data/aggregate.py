"""Totals and breakdowns that keep lower bounds and unknowns honest.

A total is the sum of the figures that were reported.  It is a lower bound
(shown "≥") when any summed figure is itself a lower bound, or when some events
in the total have no figure at all: their true number is unknown, not zero.
The number of events without a figure is kept beside every total.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from data import schema as S
from data.display import NOT_REPORTED, format_count
from data.i18n import tr


@dataclass(frozen=True)
class CountTotal:
    """Sum of one count column over a set of events."""

    value: int  # sum of the reported figures
    at_least: bool  # True when the true total may be higher
    reported: int  # events with a figure
    unreported: int  # events without one

    def __str__(self) -> str:
        if self.reported == 0:
            return tr(NOT_REPORTED)
        return format_count(self.value, self.at_least)


def total_count(events: pd.DataFrame, column: str) -> CountTotal:
    """Total of ``column`` (a count column) over ``events``."""
    values = events[column]
    reported = int(values.notna().sum())
    unreported = len(values) - reported
    bound = bool(events[S.at_least_column(column)].fillna(False).any())
    return CountTotal(int(values.sum(skipna=True)), bound or unreported > 0, reported, unreported)


def distinct_places(locations: pd.Series) -> np.ndarray:
    """The distinct place names, compared without case ("Kharkiv" and "KHARKIV" are one place).

    Case is folded once per distinct name, not per event: 250,000 events name a few
    thousand places, and folding every row cost 55 ms of each filter change.
    """
    names = pd.Series(locations.dropna().unique(), dtype="string")
    return names.str.casefold().unique().to_numpy(dtype=object) if len(names) else np.array([], dtype=object)


def headline_figures(events: pd.DataFrame) -> dict[str, object]:
    """Events, places and the casualty totals shown at the top of the page."""
    located = events[S.LATITUDE].notna()
    return {
        "events": len(events),
        "located_events": int(located.sum()),
        "places": len(distinct_places(events[S.LOCATION])),
        "no_figures": int((events[S.KILLED].isna() & events[S.INJURED].isna()).sum()),
        **{column: total_count(events, column) for column in S.COUNT_COLUMNS},
    }


def casualties_by(events: pd.DataFrame, key: str) -> pd.DataFrame:
    """Per value of ``key``: events, each count's total, its "at least" flag, and events without figures.

    A total's ``<count>_at_least`` is True when any summed figure is a lower bound
    or any event in the group has no figure for that count (the same rule as
    :func:`total_count`).  Rows are sorted by killed + injured, then events.
    """
    if events.empty:
        columns = ["events", "no_figures", *S.COUNT_COLUMNS, *S.AT_LEAST_COLUMNS]
        return pd.DataFrame(columns=[key, *columns])
    # Groups in order of first appearance, summed with np.bincount: the page asks
    # for six of these per filter change, and pandas groupby on text keys cost
    # ~50 ms each at 100,000 events.
    codes, uniques = pd.factorize(events[key], sort=False)
    size = len(uniques)
    if (codes < 0).any():
        codes = np.where(codes < 0, size, codes)
        size += 1
    labels = pd.Index(uniques).astype("string").tolist()[: len(uniques)] + [tr("(not reported)")] * (
        size - len(uniques)
    )
    table = pd.DataFrame(
        {"events": np.bincount(codes, minlength=size)}, index=pd.Index(labels, dtype="string")
    )
    for column in S.COUNT_COLUMNS:
        values = events[column].to_numpy(dtype=float, na_value=np.nan)
        known = ~np.isnan(values)
        reported = np.bincount(codes, weights=known, minlength=size)
        sums = np.bincount(codes, weights=np.where(known, values, 0), minlength=size)
        table[column] = (
            pd.array(np.where(reported > 0, sums, np.nan), dtype="Float64").round().astype("Int64")
        )
        flags = events[S.at_least_column(column)].to_numpy(dtype=bool, na_value=False)
        flagged = np.bincount(codes, weights=flags, minlength=size) > 0
        table[S.at_least_column(column)] = flagged | (reported < table["events"].to_numpy())
    no_figures = (events[S.KILLED].isna() & events[S.INJURED].isna()).to_numpy()
    table["no_figures"] = np.bincount(codes, weights=no_figures, minlength=size).astype(int)
    table["_order"] = table[S.KILLED].fillna(0) + table[S.INJURED].fillna(0)
    table = table.sort_values(["_order", "events"], ascending=False).drop(columns="_order")
    return table.rename_axis(key).reset_index()


MONTH_PRECISIONS = ("day", "week", "month")


def events_by_month(events: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Events and casualties per calendar month, and how many events could not be placed in a month.

    Events dated only to a year, or not at all, are left out of the series and
    counted in the second value so the chart can say so.
    """
    placeable = events[S.DATE].notna() & events[S.DATE_PRECISION].astype(str).isin(MONTH_PRECISIONS)
    dated = events[placeable]
    left_out = int((~placeable).sum())
    if dated.empty:
        return pd.DataFrame(columns=["month", "events", *S.COUNT_COLUMNS, *S.AT_LEAST_COLUMNS]), left_out
    # Only the columns the sums read, keyed by a numpy month: copying and formatting
    # every column of 250,000 events as text cost ~1.6 s per rerun.
    columns = [*S.COUNT_COLUMNS, *S.AT_LEAST_COLUMNS]
    month = dated[S.DATE].to_numpy().astype("datetime64[M]").astype("datetime64[s]")
    table = casualties_by(dated[columns].assign(month=month), "month")
    table["month"] = pd.to_datetime(table["month"])
    return table.sort_values("month").reset_index(drop=True), left_out


def oblast_shading(events: pd.DataFrame, measure: str) -> pd.DataFrame:
    """Per oblast ISO code: the value to shade by (events, killed or injured) and a tooltip label."""
    located = events[events[S.OBLAST_ISO].notna()]
    table = casualties_by(located, S.OBLAST_ISO).set_index(S.OBLAST_ISO)
    if table.empty:
        return pd.DataFrame(columns=["value", "label"])
    value = table["events"] if measure == "events" else table[measure].fillna(0)
    labels = [
        f"{row.events:,} events · killed {format_count(row.killed, row.killed_at_least)}"
        f" · injured {format_count(row.injured, row.injured_at_least)}"
        + (f" · {row.no_figures:,} without figures" if row.no_figures else "")
        for row in table.itertuples()
    ]
    return pd.DataFrame({"value": value.astype(float), "label": labels}, index=table.index)
