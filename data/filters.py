"""Filtering the events table: one filter object, one function that applies it.

The same filtered table feeds the map, the charts, the table and the headline
figures, so they can never disagree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import weakref
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


def table_token(events: pd.DataFrame) -> str:
    """An identity for a table's whole content: every column, every cell, and the dtypes.

    Caches of anything drawn from a table are keyed by it, so two tables that differ
    in any single cell (a weapon, a description, a source link) never share a map,
    a chart or a table.  Hashing all 28 columns of 250,000 rows costs ~0.3 s, so the
    token is remembered per table object (the page's loaded table is one object
    across reruns); a different object with equal content gets the same token.
    """
    remembered = _TOKENS.get(id(events))
    if remembered is not None and remembered[0]() is events:
        return remembered[1]
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr([(str(c), str(t)) for c, t in events.dtypes.items()]).encode())
    digest.update(str(len(events)).encode())
    if len(events):
        digest.update(pd.util.hash_pandas_object(events, index=False).to_numpy().tobytes())
    token = digest.hexdigest()
    _TOKENS[id(events)] = (weakref.ref(events, lambda _, key=id(events): _TOKENS.pop(key, None)), token)
    return token


_TOKENS: dict[int, tuple[weakref.ref, str]] = {}


def view_token(source_token: str, selection: EventFilter) -> str:
    """The identity of ``apply_filter(source, selection)``: the source's token and the filter.

    The filter is a pure function of both, so this names the filtered table as
    completely as hashing it would, at no cost per rerun.
    """
    digest = hashlib.blake2b(digest_size=16)
    digest.update(source_token.encode())
    digest.update(repr(selection).encode())
    return digest.hexdigest()
