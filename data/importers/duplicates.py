"""Flagging events from different files that may be the same attack.

Two events are flagged when they come from different files, fall on the same
day (both dated to the day), are not in two different countries, are of a
compatible kind (the same weapon, or one of them unknown or other) and are at the
same place: the same place name once spelling is folded, or points within
:data:`SAME_PLACE_KM` (unless either point stands for a whole oblast).  They are
flagged for review and never merged: each keeps its own record and source.

Pairs are found with joins, not loops: one join on (day, folded name), one on
(day, grid cell) against the 3 x 3 neighbouring cells, cells at least
:data:`SAME_PLACE_KM` wide, so every pair of points that close shares a
neighbourhood; a vectorised haversine then keeps those within the distance.
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


def _candidates(tables: list[pd.DataFrame]) -> pd.DataFrame:
    frames = []
    start = 0
    for number, events in enumerate(tables):
        dated = (events[S.DATE].notna() & (events[S.DATE_PRECISION] == "day")).to_numpy()
        frame = pd.DataFrame(
            {
                "file": number,
                "position": np.flatnonzero(dated),
                "order": start + np.flatnonzero(dated),
                "date": events[S.DATE].to_numpy()[dated],
                "event_id": events[S.EVENT_ID].to_numpy()[dated],
                "location": events[S.LOCATION].to_numpy()[dated],
                "latitude": events[S.LATITUDE].astype("float64").to_numpy()[dated],
                "longitude": events[S.LONGITUDE].astype("float64").to_numpy()[dated],
                "oblast_level": (events[S.GEO_PRECISION] == "oblast").to_numpy()[dated],
                "weapon": events[S.WEAPON].astype("string").to_numpy()[dated],
                "country": events[S.COUNTRY].to_numpy()[dated],
            }
        )
        frames.append(frame)
        start += len(events)
    candidates = pd.concat(frames, ignore_index=True)
    names = candidates["location"].astype("string")
    candidates["name"] = names.map({n: normalize_name(n) for n in names.dropna().unique()}).astype("string")
    return candidates


def _pairs_by_name(candidates: pd.DataFrame) -> pd.DataFrame:
    named = candidates.loc[candidates["name"].notna(), ["order", "date", "name"]]
    return named.merge(named, on=["date", "name"], suffixes=("_a", "_b"))[["order_a", "order_b"]]


def _pairs_by_distance(candidates: pd.DataFrame) -> pd.DataFrame:
    placed = candidates[
        candidates["latitude"].notna() & candidates["longitude"].notna() & ~candidates["oblast_level"]
    ]
    if placed.empty:
        return pd.DataFrame({"order_a": [], "order_b": []}, dtype="int64")
    # A cell as wide, in longitude, as SAME_PLACE_KM at the data's highest latitude.
    highest = min(float(np.abs(placed["latitude"]).max()), 89.0)
    cell_lon_degrees = _CELL_LAT_DEGREES / max(np.cos(np.radians(highest)), 1e-6)
    cells = placed[["order", "date", "latitude", "longitude"]].assign(
        cell_y=np.floor(placed["latitude"] / _CELL_LAT_DEGREES).astype("int64"),
        cell_x=np.floor(placed["longitude"] / cell_lon_degrees).astype("int64"),
    )
    neighbours = pd.concat(
        [
            cells.assign(cell_y=cells["cell_y"] + dy, cell_x=cells["cell_x"] + dx)
            for dy in (-1, 0, 1)
            for dx in (-1, 0, 1)
        ],
        ignore_index=True,
    )
    near = cells.merge(neighbours, on=["date", "cell_y", "cell_x"], suffixes=("_a", "_b"))
    near = near[near["order_a"] < near["order_b"]]
    within = distance_km(near["latitude_a"], near["longitude_a"], near["latitude_b"], near["longitude_b"])
    return near.loc[within <= SAME_PLACE_KM, ["order_a", "order_b"]]


def find_duplicate_pairs(tables: list[pd.DataFrame]) -> pd.DataFrame:
    """Every pair of events, from different tables, that may be the same attack.

    Returns
    -------
    pandas.DataFrame
        Columns ``file_a, position_a, event_id_a, order_a`` and the same for ``_b``
        (``order`` = position in all tables stacked), one row per unordered pair.
    """
    columns = ["file", "position", "event_id", "order"]
    empty = pd.DataFrame({f"{c}_{s}": [] for s in "ab" for c in columns})
    if len(tables) < 2:
        return empty
    candidates = _candidates(tables)
    if candidates.empty or candidates["file"].nunique() < 2:
        return empty
    pairs = pd.concat([_pairs_by_name(candidates), _pairs_by_distance(candidates)], ignore_index=True)
    pairs = pairs[pairs["order_a"] < pairs["order_b"]].drop_duplicates()
    by_order = candidates.set_index("order")
    a = by_order.loc[pairs["order_a"]].reset_index()
    b = by_order.loc[pairs["order_b"]].reset_index()
    different_files = a["file"].to_numpy() != b["file"].to_numpy()
    countries_differ = (
        a["country"].notna().to_numpy()
        & b["country"].notna().to_numpy()
        & (a["country"].astype(object).to_numpy() != b["country"].astype(object).to_numpy())
    )
    same_kind = (
        (a["weapon"].to_numpy() == b["weapon"].to_numpy())
        | a["weapon"].isin(_VAGUE_WEAPONS).to_numpy()
        | b["weapon"].isin(_VAGUE_WEAPONS).to_numpy()
    )
    keep = different_files & ~countries_differ & same_kind
    found = pd.concat([a[columns].add_suffix("_a"), b[columns].add_suffix("_b")], axis=1)
    return found[keep].reset_index(drop=True)


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
    partners = both_ways.groupby(["file", "position"], sort=False)["partner"].agg(list)
    flagged = []
    for number, events in enumerate(tables):
        events = events.copy()
        earlier = events[S.POSSIBLE_DUPLICATES].astype("string")
        mine = partners[partners.index.get_level_values("file") == number] if len(partners) else partners
        if len(mine):
            values = np.array(earlier.astype(object).where(earlier.notna(), None), dtype=object)
            for (_, position), ids in mine.items():
                # Flags a file already carried (a re-imported export) are kept, first.
                before = [] if values[position] is None else str(values[position]).split("; ")
                values[position] = "; ".join(dict.fromkeys(before + list(ids)))
            earlier = pd.Series(values, index=events.index, dtype="string")
        events[S.POSSIBLE_DUPLICATES] = earlier
        flagged.append(events)
    return flagged
