"""Values that parse but cannot be true: refused with the reason, never loaded silently.

- A date before 1900 or more than a year after today (year 1 or 9999 stretched the
  charts over millennia).
- A point outside Ukraine on a row that says it is in Ukraine (country ``UA``, or a
  Ukrainian oblast): swapped latitude and longitude drew "Kharkiv" in Iran while the
  headline counted it in Ukraine.  When the swapped pair would be inside, the
  reason says so.  The test is Ukraine's bounding box with a margin (vectorised, no
  polygons): it catches every swap, and a point just across a land border is left
  to the oblast lookup.
- A point outside the oblast its row names (:func:`points_outside_named_oblast`): noted,
  not refused.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from data import schema as S

EARLIEST_DATE = dt.date(1900, 1, 1)
# Ukraine's extent in geo/ukraine_oblasts.geojson (44.38-52.38 N, 22.14-40.23 E), widened
# by about 0.3 degrees; tests/test_plausible.py keeps it around the file's bounds.
SOUTH, NORTH, WEST, EAST = 44.0, 52.7, 21.8, 40.6


def latest_date(today: dt.date | None = None) -> dt.date:
    """A year after today: later dates are typing mistakes, not reports."""
    return (today or dt.date.today()) + dt.timedelta(days=366)


def implausible(
    events: pd.DataFrame, today: dt.date | None = None
) -> list[tuple[int, str, str, dict[str, str], str]]:
    """``(row, column, code, params, value)`` for each implausible cell (rows 1-based).

    ``code`` and ``params`` name a message of :data:`data.events_io.PROBLEM_MESSAGES`.

    Parameters
    ----------
    events
        A typed events table (:data:`data.schema.DTYPES`).
    today
        The date "a year from now" counts from; None for today.
    """
    found: list[tuple[int, str, str, dict[str, str], str]] = []
    first, last = pd.Timestamp(EARLIEST_DATE), pd.Timestamp(latest_date(today))
    for column in (S.DATE, S.SOURCE_DATE):
        if column not in events.columns:
            continue
        values = events[column]
        bad = (values.notna() & ((values < first) | (values > last))).to_numpy(dtype=bool)
        for position in np.flatnonzero(bad):
            found.append(
                (
                    int(position) + 1,
                    column,
                    "implausible_date",
                    {"first": EARLIEST_DATE.isoformat(), "last": last.date().isoformat()},
                    _iso_date(values.iloc[position]),
                )
            )
    if {S.LATITUDE, S.LONGITUDE, S.COUNTRY, S.OBLAST_ISO} <= set(events.columns):
        lat = events[S.LATITUDE].to_numpy(dtype=float, na_value=np.nan)
        lon = events[S.LONGITUDE].to_numpy(dtype=float, na_value=np.nan)
        country = events[S.COUNTRY].astype("string")
        oblast = events[S.OBLAST_ISO].astype("string")
        claims = country.eq("UA").fillna(False) | (
            country.isna() & oblast.str.startswith("UA-").fillna(False)
        )
        inside = (lat >= SOUTH) & (lat <= NORTH) & (lon >= WEST) & (lon <= EAST)
        swapped_inside = (lon >= SOUTH) & (lon <= NORTH) & (lat >= WEST) & (lat <= EAST)
        bad = claims.to_numpy(dtype=bool) & ~np.isnan(lat) & ~np.isnan(lon) & ~inside
        for position in np.flatnonzero(bad):
            params = {"point": f"{lat[position]:g}, {lon[position]:g}"}
            named_oblast = pd.notna(oblast.iloc[position])
            if named_oblast:
                params["oblast"] = str(oblast.iloc[position])
            if swapped_inside[position]:
                params["swapped"] = f"{lon[position]:g}, {lat[position]:g}"
                code = "swapped_in_oblast" if named_oblast else "swapped_in_ukraine"
            else:
                code = "outside_oblast" if named_oblast else "outside_ukraine"
            found.append((int(position) + 1, S.LATITUDE, code, params, ""))
    return found


# How far (degrees) a point may lie outside its oblast's bounding box before the polygons
# are asked: about 5 km, the coast tolerance of geo.oblasts.assign_oblasts.
OBLAST_BOX_MARGIN = 0.07


def points_outside_named_oblast(events: pd.DataFrame) -> list[tuple[int, str, dict[str, str]]]:
    """``(row, code, params)`` for each point that is not in the Ukrainian oblast its row names (rows 1-based).

    ``code`` is ``point_in_other_oblast`` (``params``: ``point``, ``claimed_oblast``,
    ``actual_oblast``, ISO codes) or ``point_beyond_borders`` (no ``actual_oblast``);
    :data:`data.events_io.PROBLEM_MESSAGES` words them.

    Such a row is loaded as given and noted, not refused: a geocoder may put a village
    just across an oblast line, and the reader decides.  First a vectorised test
    against each oblast's bounding box (widened by :data:`OBLAST_BOX_MARGIN`); only the
    points outside it are looked up in the polygons (a polygon lookup for every point
    of a 250,000-row file took 7 s).  A point inside the box of its oblast but in a
    neighbour's corner is not caught: the check is for points clearly elsewhere
    (a wrong oblast code, coordinates of another city, a point over the border).
    """
    if not {S.LATITUDE, S.LONGITUDE, S.OBLAST_ISO} <= set(events.columns) or events.empty:
        return []
    from geo.oblasts import assign_oblasts, oblast_boxes

    boxes = oblast_boxes()
    named = events[S.OBLAST_ISO].astype("string")
    lat = events[S.LATITUDE].to_numpy(dtype=float, na_value=np.nan)
    lon = events[S.LONGITUDE].to_numpy(dtype=float, na_value=np.nan)
    known = named.isin(list(boxes.index)).fillna(False).to_numpy(dtype=bool) & ~np.isnan(lat) & ~np.isnan(lon)
    if not known.any():
        return []
    # Per distinct oblast code, then spread to the rows: a reindex by 100,000 labels took 0.1 s.
    codes, distinct = pd.factorize(named)
    distinct_boxes = np.vstack([boxes.reindex(distinct).to_numpy(dtype=float), np.full((1, 4), np.nan)])
    box = distinct_boxes[codes]  # minx, miny, maxx, maxy per row (code -1, no oblast: the NaN row)
    margin = OBLAST_BOX_MARGIN
    with np.errstate(invalid="ignore"):
        outside_box = known & (
            (lon < box[:, 0] - margin)
            | (lat < box[:, 1] - margin)
            | (lon > box[:, 2] + margin)
            | (lat > box[:, 3] + margin)
        )
    positions = np.flatnonzero(outside_box)
    if not positions.size:
        return []
    found_in = assign_oblasts(
        pd.Series(lat[positions], index=positions), pd.Series(lon[positions], index=positions)
    )
    found: list[tuple[int, str, dict[str, str]]] = []
    for position in positions:
        claimed = str(named.iloc[position])
        actual = found_in.loc[position]
        params = {"point": f"{lat[position]:g}, {lon[position]:g}", "claimed_oblast": claimed}
        if pd.isna(actual):
            found.append((int(position) + 1, "point_beyond_borders", params))
        elif actual != claimed:  # the same: on the coast, within the tolerance of its own oblast
            found.append(
                (int(position) + 1, "point_in_other_oblast", {**params, "actual_oblast": str(actual)})
            )
    return found


def _iso_date(stamp: pd.Timestamp) -> str:
    # strftime refuses years outside Python's datetime (year 0, negative years), which
    # are exactly the implausible dates this module reports: format the parts directly.
    sign = "-" if stamp.year < 0 else ""
    return f"{sign}{abs(stamp.year):04d}-{stamp.month:02d}-{stamp.day:02d}"
