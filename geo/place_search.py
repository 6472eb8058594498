"""Search by place: a name in any common spelling to a point on the map and the filters that follow it.

The name goes through the offline gazetteer (:func:`geo.gazetteer.geocode_place`),
so ``Kharkov``, ``Харків`` and ``kharkiv`` all find Kharkiv; a village the gazetteer lacks is found in
the settlements table when it is the only one of its name and has a point of its own.  The events "here"
are those placed within a few kilometres of the place's point, whatever spelling
their source used, so the place filter that follows lists every name they carry.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from data import schema as S
from geo.gazetteer import GeocodeResult, Place, geocode_place
from geo.oblasts import find_oblast
from geo.settlements import find_settlements

NEAR_KM = 5.0
EARTH_KM = 6371.0


@dataclass(frozen=True)
class PlaceHit:
    """A searched place and what the filters can follow."""

    place: Place
    confidence: float
    location_names: tuple[str, ...]  # the events' own spellings within NEAR_KM
    events_near: int
    alternatives: tuple[Place, ...]


def distance_km(lat: np.ndarray, lon: np.ndarray, to_lat: float, to_lon: float) -> np.ndarray:
    """Great-circle distance (haversine) from each point to one point."""
    p1, p2 = np.radians(lat), np.radians(to_lat)
    dp, dl = p2 - p1, np.radians(to_lon) - np.radians(lon)
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def events_near(events: pd.DataFrame, latitude: float, longitude: float, km: float = NEAR_KM) -> pd.DataFrame:
    """Placed events within ``km`` of a point."""
    lat = events[S.LATITUDE].to_numpy(dtype=float, na_value=np.nan)
    lon = events[S.LONGITUDE].to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        near = distance_km(lat, lon, latitude, longitude) <= km
    return events[np.nan_to_num(near, nan=0).astype(bool)]


def village_place(name: str) -> Place | None:
    """A village below the gazetteer's floor (``geo/settlements.py``), as a :class:`Place`: only when Ukraine has
    one settlement of that name and the bundled data has its own point (a hromada's centre is no place to go to,
    and among namesakes the box has no oblast to choose by). Its ``geonameid`` and ``population`` are 0: unknown."""
    found = find_settlements(name)
    if len(found) != 1 or not found[0].own_point:
        return None
    village = found[0]
    oblast = find_oblast(village.oblast_iso)
    return Place(
        0,
        village.name,
        village.name_uk,
        village.latitude,
        village.longitude,
        0,
        village.oblast_iso,
        oblast.name if oblast else village.oblast_iso,
    )


def search_place(name: str, events: pd.DataFrame, km: float = NEAR_KM) -> PlaceHit | None:
    """The place ``name`` means and the events near it; None when neither the gazetteer nor the settlements
    table (one village of that name, with its own point) knows such a place."""
    result: GeocodeResult = geocode_place(name)
    place, confidence, alternatives = result.place, result.confidence, result.alternatives
    if place is None:
        place, confidence, alternatives = village_place(name), 1.0, ()
        if place is None:
            return None
    near = events_near(events, place.latitude, place.longitude, km)
    names = near[S.LOCATION].dropna().value_counts().index.tolist()
    return PlaceHit(place, confidence, tuple(names), len(near), alternatives)
