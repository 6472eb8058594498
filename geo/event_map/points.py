"""Events grouped into the points drawn on the map.

Events are grouped by their rounded coordinates into *map points*; the rounding
is coarsened until the number of points fits ``max_points``, so 250,000 events
draw as at most that many circles from one compact JSON array (no per-event
folium object).  Every point has a key: ``#<event id>`` for a point of one event,
``@<decimals>:<lat>:<lon>`` for a group.  The event id is percent-encoded in the
key, so ids holding ``]`` or spaces survive the trip through a tooltip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

import numpy as np
import pandas as pd

from data import schema as S

# At most this many circles reach the browser; denser data is grouped on a coarser grid.
MAX_POINTS = 5_000
# Decimal places tried for grouping, finest first: 5 ~ 1 m, 1 ~ 10 km.
GROUPING_DECIMALS = (5, 3, 2, 1, 0)

_KEY = re.compile(r"\[(#[^\]\s]+|@[^\]\s]+)\]\s*$")


@dataclass(frozen=True)
class MapPoints:
    """Located events grouped into the circles drawn on the map."""

    table: pd.DataFrame  # one row per point
    decimals: int  # rounding used to group
    located: pd.DataFrame  # the located events, in their original order
    group: np.ndarray  # for each located event, the row of its point in ``table``
    first: np.ndarray  # for each point, the row in ``located`` of its first event


def point_key_of_event(event_id: str) -> str:
    """The key of a point holding one event (the id percent-encoded)."""
    return "#" + quote(str(event_id), safe="")


def _per_group(group: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    return np.bincount(group, weights=values.astype(float), minlength=size)


def _cells(lat: np.ndarray, lon: np.ndarray, decimals: int) -> np.ndarray:
    # One int64 per rounded (lat, lon): np.round(x, d) is round(x * 10**d) / 10**d, so
    # these cells group exactly as the rounded coordinates in the point keys do.
    scale = 10.0**decimals
    lat_cell = np.round(lat * scale).astype(np.int64)
    lon_cell = np.round(lon * scale).astype(np.int64) + (1 << 31)
    return (lat_cell << 32) | lon_cell


def _factorize(cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A point number per event (numbered by first appearance) and each point's first event.

    pandas' hash table does this in one pass (numpy's np.unique sorted or hashed
    four times slower at 250,000 events).
    """
    group, uniques = pd.factorize(cells, sort=False)
    first = np.empty(len(uniques), dtype=np.int64)
    # Reversed, so for repeated points the earliest event is written last and kept.
    first[group[::-1]] = np.arange(len(group) - 1, -1, -1)
    return group.astype(np.int64), first


def _codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes and the labels they stand for (categories without a text copy per row)."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.codes.to_numpy(), np.asarray(values.cat.categories.astype(str))
    codes, uniques = pd.factorize(values.astype("string").fillna(""), sort=False)
    return codes, np.asarray(uniques, dtype=object)


def group_events(events: pd.DataFrame, max_points: int = MAX_POINTS) -> MapPoints:
    """Group located events by rounded coordinates, coarsening until ``max_points`` fit.

    Vectorised: one int64 cell per event, ``np.unique`` for the groups and
    ``np.bincount`` for the sums, so 250,000 events group in about 0.1 s.
    """
    placed = (events[S.LATITUDE].notna() & events[S.LONGITUDE].notna()).to_numpy(dtype=bool)
    # Most tables place every event: no copy of all columns then (50 ms at 250,000 events).
    located = events if placed.all() else events[placed]
    lat = located[S.LATITUDE].to_numpy(dtype=float)
    lon = located[S.LONGITUDE].to_numpy(dtype=float)
    decimals = GROUPING_DECIMALS[-1]
    for decimals in GROUPING_DECIMALS:
        group, first = _factorize(_cells(lat, lon, decimals))
        if len(first) <= max_points:
            break
    size = len(first)
    count = np.bincount(group, minlength=size)
    table = pd.DataFrame(
        {
            "events": count,
            "first_id": located[S.EVENT_ID].iloc[first].to_numpy(dtype=object),
            "latitude": _per_group(group, lat, size) / np.maximum(count, 1),
            "longitude": _per_group(group, lon, size) / np.maximum(count, 1),
            "location": located[S.LOCATION].iloc[first].to_numpy(dtype=object, na_value=None),
        }
    )
    # Counts per point: known sum, whether any part is a lower bound, events without figures.
    for column in (S.KILLED, S.INJURED):
        values = located[column].to_numpy(dtype=float, na_value=np.nan)
        known = ~np.isnan(values)
        sums = _per_group(group, np.where(known, values, 0), size)
        table[column] = np.where(_per_group(group, known, size) > 0, sums, np.nan)
        flags = located[S.at_least_column(column)].to_numpy(dtype=bool, na_value=False)
        table[S.at_least_column(column)] = _per_group(group, flags, size) > 0
    no_figures = located[S.KILLED].isna().to_numpy() & located[S.INJURED].isna().to_numpy()
    table["no_figures"] = _per_group(group, no_figures, size).astype(int)
    weapon_codes, weapon_names = _codes(located[S.WEAPON])
    differs = weapon_codes != weapon_codes[first][group] if len(group) else np.zeros(0, dtype=bool)
    first_weapon = weapon_names[weapon_codes[first]] if len(first) else np.zeros(0, dtype=object)
    table["weapon"] = np.where(_per_group(group, differs, size) > 0, "mixed", first_weapon)
    precision_codes, precision_names = _codes(located[S.GEO_PRECISION])
    approximate_codes = np.flatnonzero(np.isin(precision_names, ["oblast", "unknown"]))
    approximate = np.isin(precision_codes, approximate_codes) | (precision_codes < 0)
    table["approximate"] = _per_group(group, ~approximate, size) == 0
    cell_lat_first = np.round(lat[first], decimals)
    cell_lon_first = np.round(lon[first], decimals)
    table["key"] = [
        point_key_of_event(first_id) if n == 1 else f"@{decimals}:{la:.{decimals}f}:{lo:.{decimals}f}"
        for n, first_id, la, lo in zip(
            count.tolist(), table["first_id"].tolist(), cell_lat_first.tolist(), cell_lon_first.tolist()
        )
    ]
    return MapPoints(table, decimals, located, group, first)


def events_for_key(events: pd.DataFrame, key: str) -> pd.DataFrame:
    """The events behind a map point key (``#id`` or ``@decimals:lat:lon``)."""
    if key.startswith("#"):
        return events[events[S.EVENT_ID] == unquote(key[1:])]
    if key.startswith("@"):
        try:
            decimals_text, lat_text, lon_text = key[1:].split(":")
            decimals, lat_value, lon_value = int(decimals_text), float(lat_text), float(lon_text)
        except ValueError:  # a key we did not write (a hand-edited link)
            return events.iloc[0:0]
        lat = events[S.LATITUDE].astype(float).round(decimals)
        lon = events[S.LONGITUDE].astype(float).round(decimals)
        return events[(lat == lat_value) & (lon == lon_value)]
    return events.iloc[0:0]


def key_from_tooltip(tooltip: str | None) -> str | None:
    """The point key at the end of a clicked tooltip's text, if any."""
    if not tooltip:
        return None
    match = _KEY.search(tooltip.strip())
    return match.group(1) if match else None
