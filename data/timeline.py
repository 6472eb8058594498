"""Events over time for the timeline under the map, with date precision kept honest.

The timeline counts events per day, week or month, whichever fits the span (see
:func:`choose_unit`).  An event goes in the *main band* when its date is at least
as precise as that unit.  An event known only to a coarser precision (a month
when the timeline is per day or week; a year) is drawn in its own band spanning
the whole month or year it could fall in: piling it on the first day would
invent a peak that never happened.  Events without a date, or with a date whose
precision was not stated, cannot be placed at all and are counted beside.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from data import schema as S

UNITS = ("day", "week", "month")
# Coarser precision = higher rank; a band is the coarser of the unit and the event's precision.
RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
# At most this many bars in the main band: a year of days, two years of weeks, then months.
MAX_DAY_SPAN = 190
MAX_WEEK_SPAN = 7 * 110

BIN_COLUMNS = ["band", "start", "end", "events", "casualties", "casualties_at_least", "no_figures"]


@dataclass(frozen=True)
class Timeline:
    """Binned events for the timeline chart.

    ``bins`` has one row per (band, bin) with events in it: ``band`` is
    ``"day"``, ``"week"``, ``"month"`` or ``"year"``; ``start`` and ``end``
    (exclusive) bound the period the events could fall in; ``casualties`` is
    killed + injured as reported (<NA> when no event in the bin reported either),
    ``casualties_at_least`` True when that sum is a lower bound, ``no_figures``
    the events without either figure.  ``undated`` counts events without a date;
    ``precision_unknown`` events with a date whose precision was not stated.
    """

    unit: str
    bins: pd.DataFrame
    undated: int
    precision_unknown: int

    @property
    def main(self) -> pd.DataFrame:
        """The bins of the main band (dates at least as precise as ``unit``)."""
        return self.bins[self.bins["band"] == self.unit]

    @property
    def coarse(self) -> pd.DataFrame:
        """The bins of the bands coarser than ``unit`` (month, year)."""
        return self.bins[self.bins["band"] != self.unit]

    @property
    def placed(self) -> int:
        return int(self.bins["events"].sum()) if len(self.bins) else 0


def choose_unit(start: dt.date | pd.Timestamp, end: dt.date | pd.Timestamp) -> str:
    """Day, week or month: the finest unit that keeps the main band to about a hundred bars."""
    span = (pd.Timestamp(end) - pd.Timestamp(start)).days + 1
    if span <= MAX_DAY_SPAN:
        return "day"
    if span <= MAX_WEEK_SPAN:
        return "week"
    return "month"


def period_start(dates: pd.Series, unit: str) -> pd.Series:
    """The first day of the day, ISO week (Monday), month or year each date falls in."""
    days = dates.dt.normalize()
    if unit == "day":
        return days
    if unit == "week":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    if unit == "month":
        return days.dt.to_period("M").dt.start_time.astype(dates.dtype)
    if unit == "year":
        return days.dt.to_period("Y").dt.start_time.astype(dates.dtype)
    raise ValueError(f"unknown unit {unit!r}")


def period_end(starts: pd.Series, unit: str) -> pd.Series:
    """The day after the period that begins at each of ``starts`` (exclusive end)."""
    if unit == "day":
        return starts + pd.Timedelta(days=1)
    if unit == "week":
        return starts + pd.Timedelta(days=7)
    if unit == "month":
        return starts + pd.offsets.MonthBegin(1)
    if unit == "year":
        return starts + pd.offsets.YearBegin(1)
    raise ValueError(f"unknown unit {unit!r}")


def event_bands(precision: pd.Series, unit: str) -> pd.Series:
    """The band each event is drawn in: the coarser of ``unit`` and its date precision (<NA> if none)."""
    ranks = precision.astype("string").map(RANK)
    band_rank = np.maximum(ranks.astype(float), RANK[unit])
    names = {rank: name for name, rank in RANK.items()}
    return pd.Series(band_rank, index=precision.index).map(names).astype("string")


def bin_events(events: pd.DataFrame, unit: str | None = None) -> Timeline:
    """Count ``events`` per bin of each band; see the module docstring for the bands.

    Parameters
    ----------
    events
        Canonical events table.
    unit
        ``"day"``, ``"week"`` or ``"month"``; chosen from the span of the dated
        events when None.
    """
    dates = events[S.DATE]
    undated = int(dates.isna().sum())
    dated = events[dates.notna()]
    bands = event_bands(dated[S.DATE_PRECISION], unit or "day")
    precision_unknown = int(bands.isna().sum())
    dated, bands = dated[bands.notna()], bands[bands.notna()]
    if unit is None:
        unit = choose_unit(dated[S.DATE].min(), dated[S.DATE].max()) if len(dated) else "month"
        bands = event_bands(dated[S.DATE_PRECISION], unit)
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, not {unit!r}")
    if dated.empty:
        return Timeline(unit, pd.DataFrame(columns=BIN_COLUMNS), undated, precision_unknown)

    starts = pd.Series(pd.NaT, index=dated.index, dtype=dated[S.DATE].dtype)
    for band in bands.unique():
        rows = bands == band
        starts[rows] = period_start(dated.loc[rows, S.DATE], band)
    killed, injured = dated[S.KILLED], dated[S.INJURED]
    no_figures = killed.isna() & injured.isna()
    frame = pd.DataFrame(
        {
            "band": bands.to_numpy(),
            "start": starts.to_numpy(),
            "casualties": (killed.fillna(0) + injured.fillna(0)).astype(float).to_numpy(),
            # A bin's sum is a lower bound when a summed figure is one or a figure is missing.
            "bound": (
                dated[S.at_least_column(S.KILLED)].fillna(False).to_numpy(dtype=bool)
                | dated[S.at_least_column(S.INJURED)].fillna(False).to_numpy(dtype=bool)
                | killed.isna().to_numpy()
                | injured.isna().to_numpy()
            ),
            "no_figures": no_figures.to_numpy(),
        }
    )
    grouped = frame.groupby(["band", "start"], sort=True)
    table = pd.DataFrame(
        {
            "events": grouped.size(),
            "casualties": grouped["casualties"].sum(),
            "casualties_at_least": grouped["bound"].any(),
            "no_figures": grouped["no_figures"].sum().astype(int),
        }
    ).reset_index()
    table["casualties"] = pd.array(table["casualties"].round(), dtype="Int64").astype("Int64")
    # Unknown is not zero: a bin where no event reported a figure has no sum.
    table.loc[table["no_figures"] == table["events"], "casualties"] = pd.NA
    table["end"] = table["start"]
    for band in table["band"].unique():
        rows = table["band"] == band
        table.loc[rows, "end"] = period_end(table.loc[rows, "start"], band)
    order = table["band"].map(RANK)
    table = table.assign(_order=order).sort_values(["_order", "start"]).drop(columns="_order")
    return Timeline(unit, table[BIN_COLUMNS].reset_index(drop=True), undated, precision_unknown)


def clamp_range(
    chosen: tuple[dt.date, dt.date], bounds: tuple[dt.date, dt.date]
) -> tuple[dt.date, dt.date] | None:
    """``chosen`` cut to ``bounds`` (first to last date in the data); None when they do not meet."""
    start, end = sorted(chosen)
    start, end = max(start, bounds[0]), min(end, bounds[1])
    return (start, end) if start <= end else None


def range_from_selection(values: list, unit: str) -> tuple[dt.date, dt.date] | None:
    """Dates covered by a brushed interval (two instants, epoch milliseconds or ISO text).

    The brush snaps nowhere, so the range is widened to the whole bins it touches:
    a brush over most of a week selects that week.
    """
    if not values or len(values) != 2:
        return None
    stamps = [
        pd.Timestamp(v, unit="ms") if isinstance(v, (int, float)) else pd.Timestamp(v).tz_localize(None)
        for v in values
    ]
    first, last = sorted(stamps)
    start = period_start(pd.Series([first]), unit).iloc[0]
    # The end instant is exclusive: a brush ending exactly at midnight does not take the next day.
    last_day = (last - pd.Timedelta(milliseconds=1)) if last > first else last
    end = period_end(period_start(pd.Series([last_day]), unit), unit).iloc[0] - pd.Timedelta(days=1)
    return start.date(), end.date()


__all__ = [
    "Timeline",
    "bin_events",
    "choose_unit",
    "clamp_range",
    "event_bands",
    "period_end",
    "period_start",
    "range_from_selection",
]
