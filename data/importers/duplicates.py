"""Flagging events from different files that may be the same attack.

Two events are flagged when they come from different files, fall on the same
day (both dated to the day), are of a compatible kind (the same weapon, or one
of them unknown) and are at the same place (the same place name once spelling is
folded, or points within :data:`SAME_PLACE_KM`).  They are flagged for review and
never merged: each keeps its own record and source.
"""

from __future__ import annotations

import math

import pandas as pd

from data import schema as S
from geo.gazetteer import normalize_name

SAME_PLACE_KM = 10.0
_VAGUE_WEAPONS = {"unknown", "other"}


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    # Haversine; the Earth's mean radius is close enough for a 10 km test.
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _same_place(a: pd.Series, b: pd.Series) -> bool:
    if isinstance(a[S.LOCATION], str) and isinstance(b[S.LOCATION], str):
        if normalize_name(a[S.LOCATION]) == normalize_name(b[S.LOCATION]):
            return True
    if pd.notna(a[S.LATITUDE]) and pd.notna(b[S.LATITUDE]):
        # Oblast-level points say nothing about the spot.
        if "oblast" in (a[S.GEO_PRECISION], b[S.GEO_PRECISION]):
            return False
        distance = _distance_km(a[S.LATITUDE], a[S.LONGITUDE], b[S.LATITUDE], b[S.LONGITUDE])
        return distance <= SAME_PLACE_KM
    return False


def _different_countries(a: pd.Series, b: pd.Series) -> bool:
    return pd.notna(a[S.COUNTRY]) and pd.notna(b[S.COUNTRY]) and a[S.COUNTRY] != b[S.COUNTRY]


def _same_kind(a: pd.Series, b: pd.Series) -> bool:
    return a[S.WEAPON] == b[S.WEAPON] or a[S.WEAPON] in _VAGUE_WEAPONS or b[S.WEAPON] in _VAGUE_WEAPONS


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
        the ids of the events from other files it may repeat (``; ``-separated).
    """
    frames = []
    for number, events in enumerate(tables):
        frame = events.assign(_file=number, _position=range(len(events)))
        frames.append(frame[frame[S.DATE].notna() & (frame[S.DATE_PRECISION] == "day")])
    flags: dict[tuple[int, int], list[str]] = {}
    if len(frames) > 1:
        candidates = pd.concat(frames, ignore_index=True)
        for _, same_day in candidates.groupby(S.DATE):
            if same_day["_file"].nunique() < 2:
                continue
            rows = [row for _, row in same_day.iterrows()]
            for i, a in enumerate(rows):
                for b in rows[i + 1 :]:
                    if a["_file"] == b["_file"] or _different_countries(a, b):
                        continue
                    if _same_kind(a, b) and _same_place(a, b):
                        flags.setdefault((a["_file"], a["_position"]), []).append(b[S.EVENT_ID])
                        flags.setdefault((b["_file"], b["_position"]), []).append(a[S.EVENT_ID])
    flagged = []
    for number, events in enumerate(tables):
        events = events.copy()
        # Flags a file already carried (a re-imported export) are kept.
        values = []
        for position, earlier in enumerate(events[S.POSSIBLE_DUPLICATES].tolist()):
            ids = ([] if pd.isna(earlier) else str(earlier).split("; ")) + flags.get((number, position), [])
            values.append("; ".join(dict.fromkeys(ids)) if ids else None)
        events[S.POSSIBLE_DUPLICATES] = pd.Series(values, index=events.index, dtype="string")
        flagged.append(events)
    return flagged
