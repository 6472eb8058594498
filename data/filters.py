"""Filtering the events table: one filter object, one function that applies it.

The same filtered table feeds the map, the charts, the table and the headline
figures, so they can never disagree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs

import numpy as np
import pandas as pd

from data import schema as S
from data.url_params import check_url_params


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
    # The full view is the table itself: no copy of 28 columns (0.1 s at 250,000 events).
    return events if keep.all() else events[keep]


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
    return _remembered(events, "token", _content_token)


def _content_token(events: pd.DataFrame) -> str:
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr([(str(c), str(t)) for c, t in events.dtypes.items()]).encode())
    digest.update(str(len(events)).encode())
    if len(events):
        digest.update(pd.util.hash_pandas_object(events, index=False).to_numpy().tobytes())
    return digest.hexdigest()


def table_choices(events: pd.DataFrame) -> tuple[dict[str, list[str]], tuple | None]:
    """:func:`filter_options` and :func:`date_bounds` of a table, worked out once per table object.

    Read on every run that builds a filter from a link (the first run of a visit on a big
    table, the embedded map): 0.1-0.2 s at 250,000 events each time before.  The lists are
    shared: callers must not change them.
    """
    return _remembered(events, "choices", lambda table: (filter_options(table), date_bounds(table)))


def _remembered(events: pd.DataFrame, what: str, compute):
    """``compute(events)``, remembered as long as the table object lives (tables are never
    changed in place: every step makes a new one)."""
    key = (id(events), what)
    remembered = _REMEMBERED.get(key)
    if remembered is not None and remembered[0]() is events:
        return remembered[1]
    value = compute(events)
    _REMEMBERED[key] = (weakref.ref(events, lambda _, key=key: _REMEMBERED.pop(key, None)), value)
    return value


_REMEMBERED: dict[tuple[int, str], tuple[weakref.ref, object]] = {}


def view_token(source_token: str, selection: EventFilter) -> str:
    """The identity of ``apply_filter(source, selection)`` as shown: the source's token, the filter
    and the interface language.

    The filter is a pure function of the first two, so this names the filtered table as
    completely as hashing it would, at no cost per rerun; the language is part of it
    because what is cached under it (map layers, charts, the formatted table) holds words.
    """
    from data.i18n import current_language

    digest = hashlib.blake2b(digest_size=16)
    digest.update(source_token.encode())
    digest.update(repr(selection).encode())
    digest.update(current_language().encode())
    return digest.hexdigest()


# --- the page's URL parameters ------------------------------------------------------
# The sidebar widgets are bound to these query parameters (Streamlit's
# ``bind="query-params"``); the CLI (``python -m data figures --query``) and the
# embed mode read the same parameters with :func:`selection_from_query`.
FILTER_KEYS = ("dates", "undated", "oblast", "place", "weapon", "target", "min_cas", "q", "abroad")
LAYER_KEYS = ("heat", "shade", "basemap")
SHADE_CHOICES = ("none", "events", "killed", "injured")

Query = Mapping[str, "str | Sequence[str]"]


def parse_query(query: str | Query) -> dict[str, list[str]]:
    """A query string (``weapon=drone&oblast=Kharkiv+Oblast``, leading ``?`` allowed) as key -> values.

    A mapping is accepted too (``st.query_params`` as a dict of lists); repeated
    keys (``weapon=drone&weapon=missile``) give several values, as Streamlit writes them.
    """
    if isinstance(query, str):
        return {k: list(v) for k, v in parse_qs(query.lstrip("?"), keep_blank_values=True).items()}
    return {k: [v] if isinstance(v, str) else list(v) for k, v in query.items()}


def _flag(values: list[str] | None, default: bool) -> bool:
    # Streamlit writes booleans as "true" / "false" and ignores anything else.
    if not values:
        return default
    text = values[-1].strip().lower()
    return {"true": True, "false": False}.get(text, default)


def _chosen(values: list[str] | None, options: Sequence[str], labels: Mapping[str, str] | None = None):
    # A widget bound to the URL writes each option's label (``Kharkiv Oblast``, not
    # ``UA-63``) and ignores values that are not labels: so does this, so a link
    # means the same here as on the page.
    by_label = {(labels or {}).get(o, o): o for o in options}
    picked, ignored = [], []
    for value in values or []:
        if not value:
            continue
        option = by_label.get(value)
        (picked if option is not None else ignored).append(option if option is not None else value)
    return tuple(dict.fromkeys(picked)), ignored


def selection_from_query(query: str | Query, events: pd.DataFrame) -> tuple[EventFilter, list[str]]:
    """The filter a page URL asks for, read exactly as the page reads it.

    The page first checks a link's values (:func:`data.url_params.check_url_params`:
    unknown choices dropped, numbers clamped, dates kept in range), then its
    widgets read what is left.  This does the same two steps, so a script, an
    embedded map and the page see the same events for the same link.

    Parameters
    ----------
    query
        The page's query string or its parameters (see :func:`parse_query`).
    events
        The events the page would show: the choices offered (oblasts, places,
        weapons, targets, date range) come from them, as on the page.

    Returns
    -------
    selection, notes
        The filter, and the page's note for each value it could not use (plus one
        for each parameter the page does not have).
    """
    params = parse_query(query)
    options, bounds = table_choices(events)
    names = dict(zip(options["oblasts"], options["oblast_names"]))
    choices = {
        "weapon": options["weapons"],
        "target": options["targets"],
        "place": options["places"],
        "oblast": [names.get(iso, iso) for iso in options["oblasts"]],  # the link holds the names
    }
    check = check_url_params(params, choices, bounds)
    params.update(check.changes)
    notes = list(check.notes)

    date_from = date_to = None
    chosen_dates = [v for v in params.get("dates", []) if v]
    if bounds and chosen_dates:
        picked = [dt.date.fromisoformat(v) for v in chosen_dates[:2]]
        # A bound at the range's edge filters nothing (the date widget starts there),
        # so only a narrower choice becomes a filter.
        if picked[0] != bounds[0]:
            date_from = picked[0]
        if len(picked) == 2 and picked[1] != bounds[1]:
            date_to = picked[1]

    oblasts, _ = _chosen(params.get("oblast"), options["oblasts"], names)
    places, _ = _chosen(params.get("place"), options["places"])
    weapons, _ = _chosen(params.get("weapon"), options["weapons"])
    targets, _ = _chosen(params.get("target"), options["targets"])
    min_casualties = int(float(params["min_cas"][-1])) if params.get("min_cas") else 0
    text = params["q"][-1] if params.get("q") else ""
    # The "outside Ukraine" box is only offered when such events exist.
    abroad = _flag(params.get("abroad"), False) and bool((events[S.COUNTRY].fillna("UA") != "UA").any())
    unknown = sorted(set(params) - set(FILTER_KEYS) - set(LAYER_KEYS) - {"embed", "embed_options"})
    notes += [f"Ignored from the link: {key} (not a parameter of the page)." for key in unknown]
    selection = EventFilter(
        date_from=date_from,
        date_to=date_to,
        include_undated=_flag(params.get("undated"), True),
        oblasts=oblasts,
        places=places,
        weapons=weapons,
        targets=targets,
        min_casualties=max(0, min_casualties),
        text=text,
        include_outside_ukraine=abroad,
    )
    return selection, notes


def layers_from_query(query: str | Query) -> dict[str, object]:
    """The map layer switches of a page URL: heat map, oblast shading and basemap.

    The basemap is written as the label the page's switch shows (Streamlit binds
    a select box to the URL by its labels); anything else means the default.
    """
    from geo.event_map.basemaps import BASEMAPS, DEFAULT_BASEMAP

    params = parse_query(query)
    shade = (params.get("shade") or ["none"])[-1]
    basemap, _ = _chosen(
        params.get("basemap", [])[-1:], list(BASEMAPS), {k: b.label for k, b in BASEMAPS.items()}
    )
    return {
        "show_heatmap": _flag(params.get("heat"), False),
        "shade_by": shade if shade in SHADE_CHOICES else "none",
        "basemap": basemap[0] if basemap else DEFAULT_BASEMAP,
        "playback": _flag(params.get("play"), False),
    }
