"""CIR "Eyes on Russia" / Russia-Ukraine Monitor Map CSV export.

Column names carry spaces and slashes (``brief description``, ``town/city``,
``arms/munition``).  Some rows have no date (kept, with the date empty); some
are in Russia or Belarus (kept, with their country).  CIR gives no casualty
counts, so every count stays empty.
"""

from __future__ import annotations

from typing import Any

from data import schema as S
from data.importers import common as C
from data.importers.reading import Table

NAME = "cir"
LABEL = "CIR Eyes on Russia"
REQUIRED = frozenset({"entry", "brief description", "town/city"})
SOURCE_NAME = "CIR Eyes on Russia"
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")


def map_row(row: dict[str, Any]) -> dict[str, Any]:
    """One CIR record as canonical text columns."""
    source_id = C.text(row.get("entry"))
    if source_id is None:
        raise ValueError("column 'entry': the CIR entry id is empty, so the row cannot be traced back")
    date = C.parse_date(row.get("date"), DATE_FORMATS, "date")
    arms = C.text(row.get("arms/munition"))
    weapon = C.weapon_from_text(arms) or ("other" if arms and arms.lower() != "unknown" else "unknown")
    geolocation = C.safe_link(row.get("geolocation"))
    return {
        S.EVENT_ID: f"cir-{source_id}",
        S.DATE: date,
        S.DATE_PRECISION: "day" if date else "unknown",
        S.LOCATION: C.text(row.get("town/city")) or C.text(row.get("district")),
        S.COUNTRY: C.country_code(row.get("country")),
        S.LATITUDE: C.parse_coordinate(row.get("lat"), "lat", -90, 90),
        S.LONGITUDE: C.parse_coordinate(row.get("lon"), "lon", -180, 180),
        # CIR geolocates footage to the spot it shows.
        S.GEO_PRECISION: "point" if C.text(row.get("lat")) else "unknown",
        S.WEAPON: weapon,
        S.TARGET: C.target_from_text(row.get("event_group")) or "unknown",
        S.SOURCE_NAME: SOURCE_NAME,
        S.SOURCE_EVENT_ID: source_id,
        S.SOURCE_TITLE: C.text(row.get("title")),
        S.SOURCE_URL: C.safe_link(row.get("link")),
        S.DESCRIPTION: C.join_text(
            C.text(row.get("brief description")),
            f"Arms/munition (CIR): {arms}." if arms else None,
            f"Geolocation: {geolocation}" if geolocation else None,
        ),
        C.OBLAST_HINT: C.text(row.get("province")),
    }


def import_table(file_name: str, table: Table) -> C.ImportResult:
    """Import a CIR table; see the module docstring."""
    mapped, problems = C.map_records(table, map_row)
    return C.finish_import(file_name, LABEL, table, mapped, problems)
