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


def point_key_of_event(event_id: str) -> str:
    """The key of a point holding one event (the id percent-encoded)."""
    return "#" + quote(str(event_id), safe="")


def _per_group(group: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    return np.bincount(group, weights=values.astype(float), minlength=size)


def group_events(events: pd.DataFrame, max_points: int = MAX_POINTS) -> MapPoints:
    """Group located events by rounded coordinates, coarsening until ``max_points`` fit.

    Vectorised with ``np.bincount`` over a group number per event, so 250,000
    events group in well under a second.
    """
    located = events[events[S.LATITUDE].notna() & events[S.LONGITUDE].notna()]
    lat = located[S.LATITUDE].to_numpy(dtype=float)
    lon = located[S.LONGITUDE].to_numpy(dtype=float)
    decimals = GROUPING_DECIMALS[-1]
    for decimals in GROUPING_DECIMALS:
        cells = pd.DataFrame({"lat": np.round(lat, decimals), "lon": np.round(lon, decimals)})
        if len(cells.drop_duplicates()) <= max_points:
            break
    cell_lat, cell_lon = np.round(lat, decimals), np.round(lon, decimals)
    group = (
        pd.DataFrame({"lat": cell_lat, "lon": cell_lon})
        .groupby(["lat", "lon"], sort=False)
        .ngroup()
        .to_numpy()
    )
    size = int(group.max()) + 1 if len(group) else 0
    _, first = np.unique(group, return_index=True)  # first event of each point (groups numbered in order)
    count = np.bincount(group, minlength=size)
    table = pd.DataFrame(
        {
            "events": count,
            "first_id": located[S.EVENT_ID].to_numpy()[first],
            "latitude": _per_group(group, lat, size) / np.maximum(count, 1),
            "longitude": _per_group(group, lon, size) / np.maximum(count, 1),
            "location": located[S.LOCATION].to_numpy()[first],
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
    weapons = located[S.WEAPON].astype(str).to_numpy()
    differs = weapons != weapons[first][group] if len(group) else np.zeros(0, dtype=bool)
    table["weapon"] = np.where(_per_group(group, differs, size) > 0, "mixed", weapons[first])
    approximate = located[S.GEO_PRECISION].astype(str).isin(["oblast", "unknown"]).to_numpy()
    table["approximate"] = _per_group(group, ~approximate, size) == 0
    cell_lat_first, cell_lon_first = cell_lat[first], cell_lon[first]
    table["key"] = [
        point_key_of_event(first_id) if n == 1 else f"@{decimals}:{la:.{decimals}f}:{lo:.{decimals}f}"
        for n, first_id, la, lo in zip(count, table["first_id"], cell_lat_first, cell_lon_first)
    ]
    return MapPoints(table, decimals, located, group)


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
