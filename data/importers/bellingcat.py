"""Bellingcat civilian-harm TimeMap (``api.json``: a JSON array of records).

Coordinates come as strings and are blurred by about 150 m, so they stand for the
settlement, not the spot.  ``filters`` is a list of key/value pairs ("Type of area
affected", "Weapon System").  Casualties appear only in ``description``; a count
is taken from the text when it states one figure per kind ("1 x fatality",
"12 x wounded", "3 people were killed"), otherwise the counts stay empty and
``casualty_note`` says what the text mentions.
"""

from __future__ import annotations

import re
from typing import Any

from data import schema as S
from data.importers import common as C
from data.importers.reading import Table

NAME = "bellingcat"
LABEL = "Bellingcat TimeMap"
REQUIRED = frozenset({"id", "date", "latitude", "longitude"})
SOURCE_NAME = "Bellingcat civilian harm TimeMap"
DATE_FORMATS = ("%m/%d/%Y", "%Y-%m-%d")

_AT_LEAST = r"(?P<bound>at\s+least|over|more\s+than)?\s*"
KILLED_PATTERNS = (
    re.compile(r"(?P<n>\d+)\s*x\s*(?:fatalit(?:y|ies)|deaths?|killed|dead)\b", re.IGNORECASE),
    re.compile(
        _AT_LEAST
        + r"(?P<n>\d+)\s+(?:people|persons|civilians|residents)?\s*(?:were\s+|was\s+)?(?:killed|dead|died)\b",
        re.IGNORECASE,
    ),
)
INJURED_PATTERNS = (
    re.compile(r"(?P<n>\d+)\s*x\s*(?:wounded|injur(?:ed|y|ies))\b", re.IGNORECASE),
    re.compile(
        _AT_LEAST
        + r"(?P<n>\d+)\s+(?:people|persons|civilians|residents)?\s*(?:were\s+|was\s+)?(?:wounded|injured)\b",
        re.IGNORECASE,
    ),
)
MENTIONS = re.compile(r"fatalit|killed|dead\b|died|wounded|injur|casualt", re.IGNORECASE)
TARGETS = {
    "residential": "residential",
    "commercial": "commercial",
    "industrial": "other",
    "infrastructure": "infrastructure",
    "energy": "energy",
    "healthcare": "civic",
    "school or childcare": "civic",
    "administrative": "civic",
    "cultural": "civic",
    "religious": "civic",
    "military": "military",
}


def parse_casualties(
    description: str | None, patterns: tuple[re.Pattern, ...]
) -> tuple[str | None, bool, bool]:
    """``(count, at_least, ambiguous)`` for one kind of casualty stated in the text."""
    if not description:
        return None, False, False
    found: dict[int, bool] = {}
    for pattern in patterns:
        for match in pattern.finditer(description):
            number = int(match.group("n"))
            found[number] = found.get(number, False) or bool(match.groupdict().get("bound"))
    if len(found) == 1:
        number, bound = next(iter(found.items()))
        return str(number), bound, False
    return None, False, len(found) > 1


def _filters(value: Any) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    if not isinstance(value, list):
        return result
    for item in value:
        if isinstance(item, dict) and C.text(item.get("key")) and C.text(item.get("value")):
            result.setdefault(str(item["key"]).strip().lower(), []).append(str(item["value"]).strip())
    return result


def _first_source(value: Any) -> tuple[str | None, str | None]:
    if not isinstance(value, list):
        return None, None
    for item in value:
        if isinstance(item, dict) and C.safe_link(item.get("path")):
            return C.safe_link(item.get("path")), C.text(item.get("description"))
    return None, None


def _weapon(values: list[str]) -> str:
    classes = {C.weapon_from_text(v) or ("unknown" if v.lower() == "unknown" else "other") for v in values}
    classes.discard("unknown")
    return classes.pop() if len(classes) == 1 else "unknown"


def _target(values: list[str]) -> str:
    classes = {TARGETS.get(v.lower()) or C.target_from_text(v) or "other" for v in values}
    return classes.pop() if len(classes) == 1 else "unknown"


def map_row(row: dict[str, Any]) -> dict[str, Any]:
    """One TimeMap record as canonical text columns."""
    source_id = C.text(row.get("id"))
    if source_id is None:
        raise ValueError("field 'id': the Bellingcat id is empty, so the record cannot be traced back")
    description = C.text(row.get("description"))
    killed, killed_bound, killed_unclear = parse_casualties(description, KILLED_PATTERNS)
    injured, injured_bound, injured_unclear = parse_casualties(description, INJURED_PATTERNS)
    note = None
    if killed_unclear or injured_unclear:
        note = "The description gives several casualty figures; none was taken as the total."
    elif killed is None and injured is None and description and MENTIONS.search(description):
        note = "The description mentions casualties without a number."
    filters = _filters(row.get("filters"))
    url, source_title = _first_source(row.get("sources"))
    date = C.parse_date(row.get("date"), DATE_FORMATS, "date")
    return {
        S.EVENT_ID: f"bellingcat-{source_id}",
        S.DATE: date,
        S.DATE_PRECISION: "day" if date else "unknown",
        S.LOCATION: C.text(row.get("location")),
        S.LATITUDE: C.parse_coordinate(row.get("latitude"), "latitude", -90, 90),
        S.LONGITUDE: C.parse_coordinate(row.get("longitude"), "longitude", -180, 180),
        # The published points are blurred by about 150 m on purpose.
        S.GEO_PRECISION: "settlement" if C.text(row.get("latitude")) else "unknown",
        S.WEAPON: _weapon(filters.get("weapon system", [])),
        S.TARGET: _target(filters.get("type of area affected", []))
        if filters.get("type of area affected")
        else "unknown",
        S.KILLED: killed,
        S.at_least_column(S.KILLED): "true" if killed_bound else "false",
        S.INJURED: injured,
        S.at_least_column(S.INJURED): "true" if injured_bound else "false",
        S.CASUALTY_NOTE: note,
        S.SOURCE_NAME: SOURCE_NAME,
        S.SOURCE_EVENT_ID: source_id,
        S.SOURCE_TITLE: source_title,
        S.SOURCE_URL: url,
        S.DESCRIPTION: description,
    }


def import_table(file_name: str, table: Table) -> C.ImportResult:
    """Import a TimeMap table; see the module docstring."""
    mapped, problems = C.map_records(table, map_row)
    return C.finish_import(file_name, LABEL, table, mapped, problems)
