"""ACLED exports (CSV or Excel, one row per event).

``fatalities`` becomes ``killed``; ACLED's figure is deliberately conservative and
may be split across several events, which ``casualty_note`` says.  ACLED writes
0 when no fatalities were reported, so 0 is kept out of ``killed`` (unknown is not
zero) and stated in the note instead.
"""

from __future__ import annotations

import re
from typing import Any

from data import schema as S
from data.importers import common as C
from data.importers.reading import Table

NAME = "acled"
LABEL = "ACLED export"
REQUIRED = frozenset({"event_id_cnty", "event_date", "fatalities"})
SOURCE_NAME = "ACLED"

DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y", "%d-%B-%Y", "%d %b %Y")
TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
# ACLED 1 = the named place itself, 2 = near it or part of a region, 3 = only the region.
GEO_PRECISION = {"1": "settlement", "2": "settlement", "3": "oblast"}
SUB_EVENT_WEAPONS = {
    "air/drone strike": "airstrike",
    "remote explosive/landmine/ied": "mine",
    "grenade": "other",
    "suicide bomb": "other",
    "chemical weapon": "other",
}
# Event types that are not attacks: reported as rejected, with the type named.
NOT_ATTACKS = {"protests", "riots", "strategic developments"}
_SPLIT = re.compile(r"\[[^\]]*fatalit[^\]]*split[^\]]*\]", re.IGNORECASE)


def _weapon(sub_event_type: str | None, notes: str | None) -> str:
    from_notes = C.weapon_from_text(notes)
    sub = (sub_event_type or "").strip().lower()
    if sub == "air/drone strike":
        return from_notes if from_notes in ("drone", "airstrike", "missile", "glide bomb") else "airstrike"
    if sub == "shelling/artillery/missile attack":
        # The sub-type joins three weapons; only the notes can tell which.
        return from_notes if from_notes in ("artillery", "missile", "rocket") else "unknown"
    return SUB_EVENT_WEAPONS.get(sub) or from_notes or "unknown"


def map_row(row: dict[str, Any]) -> dict[str, Any]:
    """One ACLED record as canonical text columns."""
    source_id = C.text(row.get("event_id_cnty"))
    if source_id is None:
        raise ValueError(
            "column 'event_id_cnty': the ACLED event id is empty, so the row cannot be traced back"
        )
    event_type = C.text(row.get("event_type"))
    if event_type and event_type.lower() in NOT_ATTACKS:
        raise ValueError(f"not an attack: ACLED event type '{event_type}' is not mapped by Strike Map")
    precision = C.text(row.get("time_precision"))
    if precision is not None and precision not in TIME_PRECISION:
        raise ValueError(f"column 'time_precision': {precision!r} is not 1, 2 or 3")
    notes = C.text(row.get("notes"))
    fatalities = C.parse_count(row.get("fatalities"), "fatalities")
    casualty_note = None
    if fatalities is not None:
        casualty_note = (
            f"ACLED records {fatalities} {'fatality' if fatalities == '1' else 'fatalities'}: "
            "a conservative count, possibly lower than other reports."
        )
        if fatalities == "0":
            casualty_note = "ACLED records 0 fatalities, meaning none were reported; left empty here."
            fatalities = None
    split = _SPLIT.search(notes or "")
    if split:
        casualty_note = C.join_text(casualty_note, f"ACLED notes: {split.group(0)}")
    sub_event_type = C.text(row.get("sub_event_type"))
    civilian = (C.text(row.get("civilian_targeting")) or "").lower() == "civilian targeting"
    return {
        S.EVENT_ID: f"acled-{source_id}",
        S.DATE: C.parse_date(row.get("event_date"), DATE_FORMATS, "event_date"),
        S.DATE_PRECISION: TIME_PRECISION.get(precision or "", "day" if row.get("event_date") else None),
        S.LOCATION: C.text(row.get("location")),
        S.COUNTRY: C.country_code(row.get("country"), row.get("iso")),
        S.LATITUDE: C.parse_coordinate(row.get("latitude"), "latitude", -90, 90),
        S.LONGITUDE: C.parse_coordinate(row.get("longitude"), "longitude", -180, 180),
        S.GEO_PRECISION: GEO_PRECISION.get(C.text(row.get("geo_precision")) or "", "unknown"),
        S.WEAPON: _weapon(sub_event_type, notes),
        S.TARGET: C.target_from_text(notes) or "unknown",
        S.KILLED: fatalities,
        S.CASUALTY_NOTE: casualty_note,
        S.SOURCE_NAME: SOURCE_NAME,
        S.SOURCE_EVENT_ID: source_id,
        S.SOURCE_TITLE: C.join_text("ACLED", event_type, sub_event_type, sep=" · "),
        S.DESCRIPTION: C.join_text(
            notes,
            "ACLED codes this as civilian targeting." if civilian else None,
            f"Sources cited by ACLED: {C.text(row.get('source'))}." if C.text(row.get("source")) else None,
        ),
        C.OBLAST_HINT: C.text(row.get("admin1")),
    }


def import_table(file_name: str, table: Table) -> C.ImportResult:
    """Import an ACLED table; see the module docstring for the mapping."""
    mapped, problems = C.map_records(table, map_row)
    return C.finish_import(file_name, LABEL, table, mapped, problems)
