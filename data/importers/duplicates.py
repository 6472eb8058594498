"""Flagging events from different files that may be the same attack.

Two events are flagged when they come from different files, fall on the same
day (both dated to the day), are not in two different countries, are of a
compatible kind (the same weapon, or one of them unknown or other) and are at the
same place: the same place name once spelling is folded, or points within
:data:`SAME_PLACE_KM` (unless either point stands for a whole oblast).  They are
flagged for review and never merged: each keeps its own record and source.

Pairs are found with joins, not loops: one on (day, folded name), one on (day,
grid cell) against the 3 x 3 neighbouring cells, cells at least
:data:`SAME_PLACE_KM` wide, so every pair of points that close shares a
neighbourhood; a vectorised haversine then keeps those within the distance.  Keys
are packed into one int64 and joined by sorting and binary search (numpy), several
times faster here than a pandas merge on several columns.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from data import schema as S
from geo.gazetteer import normalize_name

SAME_PLACE_KM = 10.0
EARTH_RADIUS_KM = 6371.0
_VAGUE_WEAPONS = ("unknown", "other")
# 0.1 degree of latitude is 11.1 km: wider than SAME_PLACE_KM.
_CELL_LAT_DEGREES = 0.1


def distance_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Haversine distance between arrays of points (the mean Earth radius is close enough for 10 km)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def _candidates(tables: list[pd.DataFrame]) -> dict[str, np.ndarray]:
    """The events dated to the day, as plain arrays (codes for text), in load order."""
    parts: dict[str, list[np.ndarray]] = {k: [] for k in ("file", "position", "day", "lat", "lon", "oblast")}
    names, weapons, countries = [], [], []
    for number, events in enumerate(tables):
        dated = (events[S.DATE].notna() & (events[S.DATE_PRECISION] == "day")).to_numpy()
        positions = np.flatnonzero(dated)
        parts["file"].append(np.full(len(positions), number, dtype=np.int64))
        parts["position"].append(positions)
        parts["day"].append(events[S.DATE].to_numpy()[dated].astype("datetime64[D]").astype(np.int64))
        parts["lat"].append(events[S.LATITUDE].to_numpy(dtype="float64", na_value=np.nan)[dated])
        parts["lon"].append(events[S.LONGITUDE].to_numpy(dtype="float64", na_value=np.nan)[dated])
        parts["oblast"].append((events[S.GEO_PRECISION] == "oblast").to_numpy()[dated])
        names.append(events[S.LOCATION].astype("string")[dated])
        weapons.append(events[S.WEAPON].astype("string")[dated])
        countries.append(events[S.COUNTRY].astype("string")[dated])
    found = {k: np.concatenate(v) for k, v in parts.items()}
    location = pd.concat(names, ignore_index=True)
    # Each distinct place name is folded once; equal folded names share a code (-1: no name).
    folded = location.map({n: normalize_name(n) for n in location.dropna().unique()})
    found["name"] = pd.factorize(folded)[0]
    weapon = pd.concat(weapons, ignore_index=True)
    found["weapon"] = pd.factorize(weapon)[0]
    found["vague"] = weapon.isin(_VAGUE_WEAPONS).fillna(False).to_numpy(dtype=bool)
    found["country"] = pd.factorize(pd.concat(countries, ignore_index=True))[0]
    return found


def _equal_keys(
    left: np.ndarray, right: np.ndarray, order: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Every (i, j) with ``left[i] == right[j]``, by sorting and binary search (no hash join).

    ``order`` is ``argsort(right)`` when the caller already has it.
    """
    if order is None:
        order = np.argsort(right, kind="stable")
    ordered = right[order]
    low = np.searchsorted(ordered, left, "left")
    counts = np.searchsorted(ordered, left, "right") - low
    i = np.repeat(np.arange(len(left)), counts)
    step = np.arange(len(i)) - np.repeat(np.cumsum(counts) - counts, counts)
    j = order[np.repeat(low, counts) + step]
    return i, j


def _pairs_by_name(c: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    named = np.flatnonzero(c["name"] >= 0)
    key = c["day"][named] * (1 << 32) + c["name"][named]
    i, j = _equal_keys(key, key)
    return named[i[i < j]], named[j[i < j]]


def _pairs_by_distance(c: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    placed = np.flatnonzero(~np.isnan(c["lat"]) & ~np.isnan(c["lon"]) & ~c["oblast"])
    if not len(placed):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    latitude, longitude = c["lat"][placed], c["lon"][placed]
    # A cell as wide, in longitude, as SAME_PLACE_KM at the data's highest latitude.
    highest = min(float(np.abs(latitude).max()), 89.0)
    cell_lon_degrees = _CELL_LAT_DEGREES / max(np.cos(np.radians(highest)), 1e-6)
    # Cells counted from the south-west corner, packed with the day into one int64.
    cell_y = np.floor((latitude + 90) / _CELL_LAT_DEGREES).astype(np.int64) + 1
    cell_x = np.floor((longitude + 180) / cell_lon_degrees).astype(np.int64) + 1
    width, height = int(cell_x.max()) + 2, int(cell_y.max()) + 2
    day = c["day"][placed] - c["day"][placed].min()
    home = (day * height + cell_y) * width + cell_x
    order = np.argsort(home, kind="stable")
    found_i, found_j = [], []
    # The own cell and four of the eight neighbours: each pair of cells is visited once.
    for dy, dx in ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1)):
        i, j = _equal_keys(home + dy * width + dx, home, order)
        if dy == dx == 0:
            i, j = i[i < j], j[i < j]
        near = distance_km(latitude[i], longitude[i], latitude[j], longitude[j]) <= SAME_PLACE_KM
        found_i.append(i[near])
        found_j.append(j[near])
    i, j = placed[np.concatenate(found_i)], placed[np.concatenate(found_j)]
    # Pairs are unordered: the earlier event first.
    return np.minimum(i, j), np.maximum(i, j)


def find_duplicate_pairs(tables: list[pd.DataFrame]) -> pd.DataFrame:
    """Every pair of events, from different tables, that may be the same attack.

    Returns
    -------
    pandas.DataFrame
        Columns ``file_a, position_a, event_id_a, order_a`` and the same for ``_b``
        (``order`` = position among the day-dated events of all tables, in load order),
        one row per unordered pair.
    """
    columns = ["file", "position", "event_id", "order"]
    empty = pd.DataFrame({f"{c}_{s}": [] for s in "ab" for c in columns})
    if len(tables) < 2:
        return empty
    c = _candidates(tables)
    if len(np.unique(c["file"])) < 2:
        return empty
    name_i, name_j = _pairs_by_name(c)
    near_i, near_j = _pairs_by_distance(c)
    a = np.concatenate([name_i, near_i])
    b = np.concatenate([name_j, near_j])
    keep = (a < b) & (c["file"][a] != c["file"][b])
    # Two countries that are both known and differ are two attacks.
    keep &= ~((c["country"][a] >= 0) & (c["country"][b] >= 0) & (c["country"][a] != c["country"][b]))
    keep &= (c["weapon"][a] == c["weapon"][b]) | c["vague"][a] | c["vague"][b]
    # A pair found both by name and by distance counts once.
    packed = np.unique(a[keep] * len(c["file"]) + b[keep])
    a, b = packed // len(c["file"]), packed % len(c["file"])
    ids = [t[S.EVENT_ID].to_numpy(dtype=object) for t in tables]

    def event_ids(rows: np.ndarray) -> list:
        return [ids[f][p] for f, p in zip(c["file"][rows], c["position"][rows])]

    return pd.DataFrame(
        {
            "file_a": c["file"][a],
            "position_a": c["position"][a],
            "event_id_a": event_ids(a),
            "order_a": a,
            "file_b": c["file"][b],
            "position_b": c["position"][b],
            "event_id_b": event_ids(b),
            "order_b": b,
        }
    )


def flag_possible_duplicates(tables: list[pd.DataFrame]) -> list[pd.DataFrame]:
    """Set ``possible_duplicates`` on each table's events that may repeat another file's.

    Parameters
    ----------
    tables
        The events of each file, in order.

    Returns
    -------
    list of pandas.DataFrame
        The same tables with ``possible_duplicates`` listing, for each flagged event,
        the ids of the events from other files it may repeat (``; ``-separated, in
        the order the files and rows came), after any ids the file already carried.
    """
    pairs = find_duplicate_pairs(tables)
    # Each pair flags both of its events: one row per (event, partner), partners in load order.
    both_ways = pd.concat(
        [
            pd.DataFrame(
                {
                    "file": pairs["file_a"],
                    "position": pairs["position_a"],
                    "partner": pairs["event_id_b"],
                    "order": pairs["order_b"],
                }
            ),
            pd.DataFrame(
                {
                    "file": pairs["file_b"],
                    "position": pairs["position_b"],
                    "partner": pairs["event_id_a"],
                    "order": pairs["order_a"],
                }
            ),
        ],
        ignore_index=True,
    ).sort_values(["file", "position", "order"])
    # Consecutive rows of one event hold its partners: join each run (Python per flagged event only).
    files = both_ways["file"].to_numpy(dtype=np.int64)
    positions = both_ways["position"].to_numpy(dtype=np.int64)
    partners = both_ways["partner"].to_numpy(dtype=object)
    changes = (files[1:] != files[:-1]) | (positions[1:] != positions[:-1])
    starts = np.flatnonzero(np.r_[True, changes]) if len(files) else np.zeros(0, dtype=np.int64)
    ends = np.r_[starts[1:], len(files)]
    flagged = []
    for number, events in enumerate(tables):
        events = events.copy()
        earlier = events[S.POSSIBLE_DUPLICATES].astype("string")
        mine = [(positions[s], partners[s:e]) for s, e in zip(starts, ends) if files[s] == number]
        if mine:
            rows = np.array([position for position, _ in mine], dtype=np.int64)
            before = earlier.iloc[rows].tolist()
            joined = [
                # Flags a file already carried (a re-imported export) are kept, first.
                "; ".join(dict.fromkeys(([] if old is pd.NA else str(old).split("; ")) + list(ids)))
                for old, (_, ids) in zip(before, mine)
            ]
            earlier = earlier.copy()
            earlier.iloc[rows] = pd.array(joined, dtype="string")
        events[S.POSSIBLE_DUPLICATES] = earlier
        flagged.append(events)
    return flagged
