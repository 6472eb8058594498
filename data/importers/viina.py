"""VIINA ``event_info`` CSV (one row per news report), optionally joined with ``event_labels``.

Dates are ``YYYYMMDD``.  VIINA gives no counts: when the label columns are in
the same file, ``t_civcas_b`` = 1 becomes a ``casualty_note`` ("civilian casualties
reported, no number") and ``t_airstrike_b`` / ``t_uav_b`` / ``t_artillery_b`` the
weapon when exactly one is set.  These labels are a model's output, which the note
says.
"""

from __future__ import annotations

import re
from typing import Any

from data import schema as S
from data.importers import common as C
from data.importers.reading import Table

NAME = "viina"
LABEL = "VIINA event_info"
REQUIRED = frozenset({"event_id", "geonameid", "asciiname", "adm1_name"})
SOURCE_NAME = "VIINA"
DATE_FORMATS = ("%Y%m%d", "%Y-%m-%d")
WEAPON_LABELS = {"t_airstrike_b": "airstrike", "t_uav_b": "drone", "t_artillery_b": "artillery"}


def _geo_precision(feature_code: str | None) -> str:
    code = (feature_code or "").upper()
    if code.startswith("PPL"):
        return "settlement"
    if code.startswith(("ADM1", "ADM2")):
        # A raion or an oblast: somewhere in the oblast is the most the point says.
        return "oblast"
    return "unknown"


def _flag(row: dict[str, Any], column: str) -> bool:
    value = C.text(row.get(column))
    if value is None:
        return False
    try:
        return float(value) >= 1
    except ValueError:
        raise ValueError(f"column '{column}': {value!r} is not 0 or 1") from None


def map_row(row: dict[str, Any]) -> dict[str, Any]:
    """One VIINA record as canonical text columns."""
    source_id = C.text(row.get("event_id"))
    if source_id is None:
        raise ValueError("column 'event_id': the VIINA event id is empty, so the row cannot be traced back")
    raw_date = C.text(row.get("date"))
    if raw_date is not None and not re.fullmatch(r"\d{8}|\d{4}-\d\d-\d\d", raw_date):
        raise ValueError(f"column 'date': {raw_date!r} is not a date in the form YYYYMMDD")
    date = C.parse_date(raw_date, DATE_FORMATS, "date")
    weapons = {weapon for column, weapon in WEAPON_LABELS.items() if _flag(row, column)}
    civilian_casualties = _flag(row, "t_civcas_b")
    outlet = C.text(row.get("source"))
    return {
        S.EVENT_ID: f"viina-{source_id}",
        S.DATE: date,
        S.DATE_PRECISION: "day" if date else "unknown",
        S.LOCATION: C.text(row.get("asciiname")) or C.text(row.get("location")),
        S.LATITUDE: C.parse_coordinate(row.get("latitude"), "latitude", -90, 90),
        S.LONGITUDE: C.parse_coordinate(row.get("longitude"), "longitude", -180, 180),
        S.GEO_PRECISION: _geo_precision(C.text(row.get("feature_code"))),
        S.WEAPON: weapons.pop() if len(weapons) == 1 else "unknown",
        S.CASUALTY_NOTE: (
            "VIINA's model flags civilian casualties in the report (t_civcas_b); no number is given."
            if civilian_casualties
            else None
        ),
        S.SOURCE_NAME: SOURCE_NAME,
        S.SOURCE_EVENT_ID: source_id,
        S.SOURCE_TITLE: f"News report ({outlet}) via VIINA" if outlet else None,
        S.SOURCE_URL: C.safe_link(row.get("url")),
        S.SOURCE_DATE: date,
        S.DESCRIPTION: C.text(row.get("text")),
        C.OBLAST_HINT: C.text(row.get("adm1_name")),
    }


def import_table(file_name: str, table: Table) -> C.ImportResult:
    """Import a VIINA event_info table; see the module docstring."""
    mapped, problems = C.map_records(table, map_row)
    return C.finish_import(file_name, LABEL, table, mapped, problems)
