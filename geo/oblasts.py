"""Oblast boundaries (geoBoundaries / OpenStreetMap, ODbL) and point-in-oblast lookups."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geopandas as gpd
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
    placed = latitude.notna() & longitude.notna()
    if not placed.any():
        return result
    points = gpd.GeoDataFrame(
        geometry=gpd.points_from_xy(longitude[placed].astype(float), latitude[placed].astype(float)),
        index=latitude.index[placed],
        crs="EPSG:4326",
    )
    oblasts = load_oblasts()[["iso_3166_2", "geometry"]].reset_index(drop=True)
    inside = gpd.sjoin(points, oblasts, how="left", predicate="within")
    inside = inside[~inside.index.duplicated(keep="first")]
    result.loc[inside.index] = inside["iso_3166_2"].astype("string")
    missing = result.loc[placed].isna()
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
