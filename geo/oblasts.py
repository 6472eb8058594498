"""Oblast boundaries (geoBoundaries / OpenStreetMap, ODbL) and point-in-oblast lookups."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.gazetteer import OBLASTS_PATH, resolve_oblast


def _N(message: str) -> str:  # noqa: N802 - the gettext convention
    return message


# Points on the coast can fall just outside the land-clipped polygons.
COAST_TOLERANCE_M = 5_000
# A metric CRS for Ukraine (UTM zone 36N) for distance-based fallbacks.
METRIC_CRS = "EPSG:32636"

# Marked for the catalogues (data.i18n.N_ is the identity; geo does not import data):
# pages and figures show them through tr().
ATTRIBUTION_BOUNDARIES = _N(
    "Boundaries © OpenStreetMap contributors (ODbL 1.0), via geoBoundaries "
    "(Runfola et al. 2020); coastline from Natural Earth"
)
ATTRIBUTION_PLACES = _N("Place names and coordinates: GeoNames (CC BY 4.0)")


@lru_cache(maxsize=1)
def load_oblasts() -> gpd.GeoDataFrame:
    """The 27 first-level units of Ukraine, EPSG:4326, indexed by ISO code."""
    oblasts = gpd.read_file(OBLASTS_PATH)
    return oblasts.set_index("iso_3166_2", drop=False)


@dataclass(frozen=True)
class Oblast:
    iso: str
    name: str
    latitude: float  # a label point guaranteed inside the unit
    longitude: float


def find_oblast(name: str) -> Oblast | None:
    """An oblast named by code (``UA-51``) or name (``Odesa Oblast``, ``Одеська область``)."""
    iso = resolve_oblast(name)
    if iso is None:
        return None
    row = load_oblasts().loc[iso]
    return Oblast(iso, row.name_en, float(row.label_lat), float(row.label_lon))


def assign_oblasts(latitude: pd.Series, longitude: pd.Series) -> pd.Series:
    """ISO code of the oblast containing each point (<NA> outside Ukraine or unplaced).

    Points within :data:`COAST_TOLERANCE_M` of a unit but outside every polygon
    (piers, spits, rounding on the coast) take the nearest unit.
    """
    result = pd.Series(pd.NA, index=latitude.index, dtype="string")
    placed = (latitude.notna() & longitude.notna()).to_numpy(dtype=bool)
    if not placed.any():
        return result
    x = longitude[placed].astype(float).to_numpy()
    y = latitude[placed].astype(float).to_numpy()
    # Each distinct point is placed once: published coordinates stand for settlements and
    # repeat (50,000 invented TimeMap records have 24,000 distinct points).
    # Factorized one coordinate at a time, then the pairs of codes: a MultiIndex of the
    # pairs made tuples, and cost more than the spatial join it saved.
    x_codes, x_values = pd.factorize(x)
    y_codes, y_values = pd.factorize(y)
    which, pairs = pd.factorize(x_codes.astype(np.int64) * len(y_values) + y_codes)
    codes = _oblasts_of_points(x_values[pairs // len(y_values)], y_values[pairs % len(y_values)])
    result.iloc[np.flatnonzero(placed)] = codes.take(which).to_numpy()
    return result


def _oblasts_of_points(x: np.ndarray, y: np.ndarray) -> pd.Series:
    """ISO code of the unit holding each point (or the nearest within the tolerance), by position."""
    result = pd.Series(pd.NA, index=pd.RangeIndex(len(x)), dtype="string")
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(x, y), crs="EPSG:4326")
    oblasts = load_oblasts()[["iso_3166_2", "geometry"]].reset_index(drop=True)
    inside = gpd.sjoin(points, oblasts, how="left", predicate="within")
    inside = inside[~inside.index.duplicated(keep="first")]
    result.loc[inside.index] = inside["iso_3166_2"].astype("string")
    missing = result.isna()
    if missing.any():
        outside = points.loc[missing[missing].index].to_crs(METRIC_CRS)
        nearest = gpd.sjoin_nearest(
            outside,
            oblasts.to_crs(METRIC_CRS),
            how="left",
            max_distance=COAST_TOLERANCE_M,
        )
        nearest = nearest[~nearest.index.duplicated(keep="first")].dropna(subset=["iso_3166_2"])
        result.loc[nearest.index] = nearest["iso_3166_2"].astype("string")
    return result


@lru_cache(maxsize=1)
def oblast_boxes() -> pd.DataFrame:
    """Bounding box of each unit (``minx, miny, maxx, maxy`` in degrees), indexed by ISO code."""
    return load_oblasts().geometry.bounds.astype(float)


def oblast_names() -> dict[str, str]:
    """ISO code -> English name, for every unit."""
    oblasts = load_oblasts()
    return dict(zip(oblasts.iso_3166_2, oblasts.name_en))


def ukraine_bounds() -> list[list[float]]:
    """[[south, west], [north, east]] of the country."""
    west, south, east, north = load_oblasts().total_bounds
    return [[float(south), float(west)], [float(north), float(east)]]


__all__ = [
    "ATTRIBUTION_BOUNDARIES",
    "ATTRIBUTION_PLACES",
    "Oblast",
    "assign_oblasts",
    "find_oblast",
    "load_oblasts",
    "oblast_boxes",
    "oblast_names",
    "ukraine_bounds",
]
