"""Totals and breakdowns that keep lower bounds and unknowns honest.

A total is the sum of the figures that were reported.  It is a lower bound
(shown "≥") when any summed figure is itself a lower bound, or when some events
in the total have no figure at all: their true number is unknown, not zero.
The number of events without a figure is kept beside every total.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from data import schema as S
from data.display import format_count


@dataclass(frozen=True)
class CountTotal:
    """Sum of one count column over a set of events."""

    value: int  # sum of the reported figures
    at_least: bool  # True when the true total may be higher
    reported: int  # events with a figure
    unreported: int  # events without one

    def __str__(self) -> str:
        if self.reported == 0:
            return "not reported"
        return format_count(self.value, self.at_least)


def total_count(events: pd.DataFrame, column: str) -> CountTotal:
    """Total of ``column`` (a count column) over ``events``."""
    values = events[column]
    reported = int(values.notna().sum())
    unreported = len(values) - reported
    bound = bool(events[S.at_least_column(column)].fillna(False).any())
    return CountTotal(int(values.sum(skipna=True)), bound or unreported > 0, reported, unreported)


def headline_figures(events: pd.DataFrame) -> dict[str, object]:
    """Events, places and the casualty totals shown at the top of the page."""
    located = events[S.LATITUDE].notna()
    return {
        "events": len(events),
        "located_events": int(located.sum()),
        "places": int(events[S.LOCATION].dropna().str.casefold().nunique()),
        "no_figures": int((events[S.KILLED].isna() & events[S.INJURED].isna()).sum()),
        **{column: total_count(events, column) for column in S.COUNT_COLUMNS},
    }
