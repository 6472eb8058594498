"""Events grouped into the points drawn on the map.

Events are grouped by their rounded coordinates into *map points*; the rounding
is coarsened until the number of points fits ``max_points``, so 250,000 events
draw as at most that many circles from one compact JSON array (no per-event
folium object).  Every point has a key: ``#<event id>`` for a point of one event,
``@<step>:<lat>:<lon>`` for a group (the grid's step in degrees, always written
with a decimal point, and the cell's centre).  The event id is percent-encoded in the
key, so ids holding ``]`` or spaces survive the trip through a tooltip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import quote, unquote

import numpy as np
import pandas as pd

from data import schema as S

# At most this many circles reach the browser; denser data is grouped on a coarser grid.
# Every circle costs the browser at each visit (made, clustered at ten zooms): measured at
# 250,000 synthetic events, 4,295 points on the 0.1-degree grid drew later than the 2,254
# of 10,000 events on the same grid; 3,000 keeps the 0.1 grid for most real tables and
# moves the densest to 0.15 degrees (docs/benchmarks.md).
MAX_POINTS = 3_000
# Grid steps tried for grouping, in degrees, finest first: 0.00001 ~ 1 m, 0.1 ~ 10 km.
# Written with a decimal point (they are the keys' first part).
GRID_STEPS = ("0.00001", "0.001", "0.01", "0.02", "0.05", "0.1", "0.15", "0.2", "0.3", "0.5", "1.0")

_KEY = re.compile(r"\[(#[^\]\s]+|@[^\]\s]+)\]\s*$")


@dataclass(frozen=True)
class MapPoints:
    """Located events grouped into the circles drawn on the map."""

    table: pd.DataFrame  # one row per point
    step: str  # the grid step used to group, in degrees (see GRID_STEPS)
    located: pd.DataFrame  # the located events, in their original order
    group: np.ndarray  # for each located event, the row of its point in ``table``
    first: np.ndarray  # for each point, the row in ``located`` of its first event


def point_key_of_event(event_id: str) -> str:
    """The key of a point holding one event (the id percent-encoded)."""
    return "#" + quote(str(event_id), safe="")


def _per_group(group: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    return np.bincount(group, weights=values.astype(float), minlength=size)


def _cell_index(values: np.ndarray, step: str) -> np.ndarray:
    """The grid row (or column) of each coordinate: the nearest multiple of ``step``.

    The one rounding used both to group and to find a group's events again
    (:func:`events_for_key`), so the two always agree.
    """
    return np.round(np.asarray(values, dtype=float) / float(step)).astype(np.int64)


def _cells(lat: np.ndarray, lon: np.ndarray, step: str) -> np.ndarray:
    # One int64 per grid cell (row in the high half, column in the low half).
    return (_cell_index(lat, step) << 32) | (_cell_index(lon, step) + (1 << 31))


def _step_places(step: str) -> int:
    """Decimal places a coordinate on the grid of ``step`` needs ("0.15" -> 2, "1.0" -> 1)."""
    return max(1, -Decimal(step).normalize().as_tuple().exponent)


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
    step = GRID_STEPS[-1]
    for step in GRID_STEPS:
        group, first = _factorize(_cells(lat, lon, step))
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
    # A group's key names its cell by the cell's centre, which maps back to the same cell.
    places, size_of_step = _step_places(step), float(step)
    cell_lat_first = _cell_index(lat[first], step) * size_of_step
    cell_lon_first = _cell_index(lon[first], step) * size_of_step
    table["key"] = [
        point_key_of_event(first_id) if n == 1 else f"@{step}:{la:.{places}f}:{lo:.{places}f}"
        for n, first_id, la, lo in zip(
            count.tolist(), table["first_id"].tolist(), cell_lat_first.tolist(), cell_lon_first.tolist()
        )
    ]
    return MapPoints(table, step, located, group, first)


def events_for_key(events: pd.DataFrame, key: str) -> pd.DataFrame:
    """The events behind a map point key (``#id`` or ``@step:lat:lon``)."""
    if key.startswith("#"):
        return events[events[S.EVENT_ID] == unquote(key[1:])]
    if key.startswith("@"):
        try:
            step, lat_text, lon_text = key[1:].split(":")
            if step not in GRID_STEPS:  # a key we did not write (a hand-edited link)
                raise ValueError(step)
            row, column = _cell_index(np.array([float(lat_text), float(lon_text)]), step)
        except ValueError:
            return events.iloc[0:0]
        lat = events[S.LATITUDE].to_numpy(dtype=float, na_value=np.nan)
        lon = events[S.LONGITUDE].to_numpy(dtype=float, na_value=np.nan)
        placed = ~(np.isnan(lat) | np.isnan(lon))
        inside = np.zeros(len(events), dtype=bool)
        inside[placed] = (_cell_index(lat[placed], step) == row) & (_cell_index(lon[placed], step) == column)
        return events[inside]
    return events.iloc[0:0]


def key_from_tooltip(tooltip: str | None) -> str | None:
    """The point key at the end of a clicked tooltip's text, if any."""
    if not tooltip:
        return None
    match = _KEY.search(tooltip.strip())
    return match.group(1) if match else None
