"""Filtering the events table: one filter object, one function that applies it.

The same filtered table feeds the map, the charts, the table and the headline
figures, so they can never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from data import schema as S


@dataclass(frozen=True)
class EventFilter:
    """What the user asked to see. Empty selections mean "all"."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    include_undated: bool = True
    oblasts: tuple[str, ...] = ()  # ISO codes
    places: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    min_casualties: int = 0  # killed + injured as reported; unknown never passes a minimum > 0
    text: str = ""
    include_outside_ukraine: bool = False
    event_ids: tuple[str, ...] = ()


def reported_casualties(events: pd.DataFrame) -> pd.Series:
    """Killed + injured as reported (lower bounds count at their bound); <NA> if neither is known."""
    killed, injured = events[S.KILLED], events[S.INJURED]
    total = killed.fillna(0) + injured.fillna(0)
    return total.mask(killed.isna() & injured.isna())


def apply_filter(events: pd.DataFrame, selection: EventFilter) -> pd.DataFrame:
    """The events that match every part of ``selection``."""
    keep = np.ones(len(events), dtype=bool)
    if not selection.include_outside_ukraine:
        country = events[S.COUNTRY]
        keep &= (country.isna() | (country == "UA")).to_numpy(dtype=bool)
    dates = events[S.DATE]
    if selection.date_from is not None or selection.date_to is not None:
        in_range = pd.Series(True, index=events.index)
        if selection.date_from is not None:
            in_range &= dates >= pd.Timestamp(selection.date_from)
        if selection.date_to is not None:
            # The whole last day counts.
            in_range &= dates < pd.Timestamp(selection.date_to) + pd.Timedelta(days=1)
        dated = dates.notna()
        keep &= (in_range & dated).to_numpy(dtype=bool) | (
            (~dated).to_numpy(dtype=bool) & selection.include_undated
        )
    elif not selection.include_undated:
        keep &= dates.notna().to_numpy(dtype=bool)
    if selection.oblasts:
        keep &= events[S.OBLAST_ISO].isin(selection.oblasts).to_numpy(dtype=bool)
    if selection.places:
        wanted = {p.casefold() for p in selection.places}
        keep &= events[S.LOCATION].str.casefold().isin(wanted).fillna(False).to_numpy(dtype=bool)
    if selection.weapons:
        keep &= events[S.WEAPON].isin(selection.weapons).to_numpy(dtype=bool)
    if selection.targets:
        keep &= events[S.TARGET].isin(selection.targets).to_numpy(dtype=bool)
    if selection.min_casualties > 0:
        total = reported_casualties(events)
        keep &= (total >= selection.min_casualties).fillna(False).to_numpy(dtype=bool)
    if selection.text.strip():
        keep &= _text_match(events, selection.text.strip()).to_numpy(dtype=bool)
    if selection.event_ids:
        keep &= events[S.EVENT_ID].isin(selection.event_ids).to_numpy(dtype=bool)
    return events[keep]


_SEARCHED = (S.LOCATION, S.OBLAST, S.DESCRIPTION, S.SOURCE_TITLE, S.SOURCE_NAME, S.CASUALTY_NOTE, S.EVENT_ID)


def _text_match(events: pd.DataFrame, text: str) -> pd.Series:
    # Every word must appear somewhere in the event's text fields (case-insensitive, literal).
    haystack = events[_SEARCHED[0]].fillna("")
    for column in _SEARCHED[1:]:
        haystack = haystack + " " + events[column].fillna("")
    haystack = haystack.str.casefold()
    match = pd.Series(True, index=events.index)
    for word in text.casefold().split():
        match &= haystack.str.contains(word, regex=False)
    return match


def date_bounds(events: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """First and last known date, or None when no event has one."""
    dates = events[S.DATE].dropna()
    if dates.empty:
        return None
    return dates.min().date(), dates.max().date()


def filter_options(events: pd.DataFrame) -> dict[str, list[str]]:
    """Values present in the data for each multi-choice filter, sorted for the widgets."""
    oblasts = events[[S.OBLAST_ISO, S.OBLAST]].dropna().drop_duplicates(S.OBLAST_ISO).sort_values(S.OBLAST)
    places = events[S.LOCATION].dropna().value_counts()
    return {
        "oblasts": oblasts[S.OBLAST_ISO].tolist(),
        "oblast_names": oblasts[S.OBLAST].tolist(),
        # Most frequent first: a long list of villages stays usable.
        "places": places.index.tolist(),
        "weapons": [w for w in S.WEAPONS if (events[S.WEAPON] == w).any()],
        "targets": [t for t in S.TARGETS if (events[S.TARGET] == t).any()],
    }


def events_fingerprint(events: pd.DataFrame) -> str:
    """A cheap identity for a table's content, to key caches without hashing every cell."""
    columns = [S.EVENT_ID, S.LATITUDE, S.LONGITUDE, S.KILLED, S.INJURED, S.DATE]
    hashed = pd.util.hash_pandas_object(events[columns], index=False)
    return f"{len(events)}:{int(hashed.sum()) & 0xFFFFFFFFFFFF:x}"
