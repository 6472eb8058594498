"""UCDP Georeferenced Event Dataset (GED) CSV, Windows-1252, month-first dates.

``killed`` is UCDP's ``best`` estimate, UCDP's own headline figure.  The range
(``low``-``high``) and the civilian part (``deaths_civilians``) go to
``casualty_note``.  When ``best`` is empty but ``low`` is given, ``killed`` is
``low`` marked as a lower bound ("at least").
"""

from __future__ import annotations

from typing import Any

from data import schema as S
from data.importers import common as C
from data.importers.reading import Table

NAME = "ucdp"
LABEL = "UCDP GED"
REQUIRED = frozenset({"date_start", "best", "where_prec"})
SOURCE_NAME = "UCDP GED"

DATE_FORMATS = (
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y",
    "%Y-%m-%d",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
)
# date_prec: 1 exact day, 2 within 2-6 days, 3 the week, 4 the month (8-30 days), 5 longer.
DATE_PRECISION = {"1": "day", "2": "week", "3": "week", "4": "month", "5": "year"}
# where_prec: 1 exact place, 2 within 25 km, 3 second-order unit, 4 first-order unit (oblast),
# 5 a line or area, 6 the country, 7 international waters or air.
GEO_PRECISION = {"1": "point", "2": "settlement", "3": "oblast", "4": "oblast"}
VIOLENCE_TYPES = {"1": "state-based conflict", "2": "non-state conflict", "3": "one-sided violence"}


def _deaths(row: dict[str, Any]) -> tuple[str | None, bool, str | None]:
    best = C.parse_count(row.get("best"), "best")
    low = C.parse_count(row.get("low"), "low")
    high = C.parse_count(row.get("high"), "high")
    civilians = C.parse_count(row.get("deaths_civilians"), "deaths_civilians")
    parts = []
    if low is not None and high is not None and low != high:
        parts.append(f"UCDP estimates {low} to {high} deaths (best estimate {best or 'not given'}).")
    if civilians is not None:
        parts.append(f"Civilians among the dead: {civilians}.")
    note = " ".join(parts) or None
    if best is None and low is not None:
        return low, True, note
    return best, False, note


def map_row(row: dict[str, Any]) -> dict[str, Any]:
    """One UCDP GED record as canonical text columns."""
    source_id = C.text(row.get("id"))
    if source_id is None:
        raise ValueError("column 'id': the UCDP event id is empty, so the row cannot be traced back")
    start = C.parse_date(row.get("date_start"), DATE_FORMATS, "date_start")
    end = C.parse_date(row.get("date_end"), DATE_FORMATS, "date_end")
    killed, at_least, note = _deaths(row)
    precision = C.text(row.get("date_prec"))
    violence = VIOLENCE_TYPES.get(C.text(row.get("type_of_violence")) or "")
    sides = " vs ".join(p for p in (C.text(row.get("side_a")), C.text(row.get("side_b"))) if p)
    return {
        S.EVENT_ID: f"ucdp-{source_id}",
        S.DATE: start,
        S.DATE_PRECISION: DATE_PRECISION.get(precision or "") if start else None,
        S.LOCATION: C.text(row.get("where_coordinates")) or C.text(row.get("adm_2")),
        S.COUNTRY: C.country_code(row.get("country")),
        S.LATITUDE: C.parse_coordinate(row.get("latitude"), "latitude", -90, 90),
        S.LONGITUDE: C.parse_coordinate(row.get("longitude"), "longitude", -180, 180),
        S.GEO_PRECISION: GEO_PRECISION.get(C.text(row.get("where_prec")) or "", "unknown"),
        S.KILLED: killed,
        S.at_least_column(S.KILLED): "true" if at_least else "false",
        S.CASUALTY_NOTE: note,
        S.SOURCE_NAME: SOURCE_NAME,
        S.SOURCE_EVENT_ID: source_id,
        S.SOURCE_TITLE: C.text(row.get("source_headline")),
        S.DESCRIPTION: C.join_text(
            f"{C.text(row.get('conflict_name'))}." if C.text(row.get("conflict_name")) else None,
            f"Sides: {sides}." if sides else None,
            f"UCDP type: {violence}." if violence else None,
            f"Between {start} and {end}." if start and end and end != start else None,
        ),
        C.OBLAST_HINT: C.text(row.get("adm_1")),
    }


def import_table(file_name: str, table: Table) -> C.ImportResult:
    """Import a UCDP GED table; see the module docstring for the casualty choice."""
    mapped, problems = C.map_records(table, map_row)
    return C.finish_import(file_name, LABEL, table, mapped, problems)
