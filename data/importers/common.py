"""What every importer shares: the result type, value parsers, placing events, and finishing.

A format module maps each raw record onto canonical columns as text (plus an
oblast hint) and lists what it could not read.  :func:`finish_import` then types
the table with :func:`data.events_io.coerce_events`, places events that have no
coordinates, validates, and splits the rows into loaded and rejected, so that
``rows_in == rows_loaded + rows_rejected`` always holds.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

import pandas as pd

from data import schema as S
from data.events_io import Problem, coerce_events, validate_events
from data.importers.reading import Table
from data.vocabulary import classify_target, classify_weapon
from geo.gazetteer import geocode_place
from geo.gazetteer import resolve_oblast as gazetteer_resolve_oblast
from geo.oblasts import assign_oblasts, find_oblast, oblast_names

OBLAST_HINT = "_oblast_hint"
PLACE_NOTE = "_place_note"

# --- the result -------------------------------------------------------------------


@dataclass
class RejectedRow:
    """One input record that was not loaded, with why, and the record as it was."""

    row: int  # 1-based record number (header excluded)
    reason: str
    raw: dict[str, Any]
    line: int | None = None  # line of the file the record starts on (CSV, Excel)

    def where(self) -> str:
        """``row 3 (line 4)`` or ``record 3``."""
        if self.line is not None:
            return f"row {self.row} (line {self.line})"
        return f"record {self.row}"


@dataclass
class ImportResult:
    """The outcome of importing one file.

    ``events`` holds the loaded events (canonical columns, validated);
    ``rejected`` every record that was not loaded.  ``rows_in`` always equals
    ``rows_loaded + rows_rejected``.
    """

    file_name: str
    format: str
    events: pd.DataFrame
    rows_in: int
    rejected: list[RejectedRow]
    notes: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # the file's own header, for the rejected download
    container: str = "csv"
    loaded_rows: list[int] = field(default_factory=list)  # record number of each loaded event
    table: Table | None = field(default=None, repr=False)  # the raw records, to hand rows back

    @property
    def rows_loaded(self) -> int:
        return len(self.events)

    @property
    def rows_rejected(self) -> int:
        return len(self.rejected)

    def summary(self) -> dict[str, Any]:
        """A JSON-ready summary: format, counts, notes and each rejected row with its reason."""
        duplicates = int(self.events[S.POSSIBLE_DUPLICATES].notna().sum()) if len(self.events) else 0
        return {
            "file": self.file_name,
            "format": self.format,
            "rows_in": self.rows_in,
            "rows_loaded": self.rows_loaded,
            "rows_rejected": self.rows_rejected,
            "outside_ukraine": int((self.events[S.COUNTRY].notna() & (self.events[S.COUNTRY] != "UA")).sum()),
            "possible_duplicates": duplicates,
            "rejected": [
                {"row": r.row, "line": r.line, "reason": r.reason}
                if r.line
                else {"row": r.row, "reason": r.reason}
                for r in self.rejected
            ],
            "notes": list(self.notes),
        }


def rejected_rows_file(result: ImportResult) -> tuple[bytes, str, str]:
    """The rejected records as they were, in the file's own shape: ``(bytes, file name, MIME type)``.

    CSV and Excel records come back as CSV with the original header; JSON records
    as a JSON array.  The reasons are not mixed in, so the file can be fixed and
    imported again.
    """
    stem = result.file_name.rsplit(".", 1)[0] or "file"
    if result.container in ("json", "geojson"):
        records = [r.raw for r in result.rejected]
        body = json.dumps(records, ensure_ascii=False, indent=1, default=str).encode("utf-8")
        return body, f"{stem}-rejected.json", "application/json"
    columns = list(result.columns)
    for r in result.rejected:
        columns += [k for k in r.raw if k not in columns]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for r in result.rejected:
        writer.writerow({k: "" if v is None else v for k, v in r.raw.items()})
    return buffer.getvalue().encode("utf-8"), f"{stem}-rejected.csv", "text/csv"


# --- small value parsers (each returns text for coerce_events, or raises ValueError) ---


def text(value: Any) -> str | None:
    """A cell as stripped text; None for empty, None and NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (list, dict)):
        return None
    result = str(value).strip()
    return result or None


def parse_date(value: Any, formats: Iterable[str], column: str) -> str | None:
    """ISO date text from the first format that reads ``value``; ValueError naming the column."""
    raw = text(value)
    if raw is None:
        return None
    for fmt in formats:
        try:
            return datetime.strptime(raw, fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    raise ValueError(f"column '{column}': {raw!r} is not a valid date")


def parse_count(value: Any, column: str) -> str | None:
    """A whole, non-negative number as text; ValueError naming the column otherwise."""
    raw = text(value)
    if raw is None:
        return None
    try:
        number = float(raw.replace(",", ""))
    except ValueError:
        raise ValueError(f"column '{column}': {raw!r} is not a number") from None
    if math.isnan(number) or number < 0 or not number.is_integer():
        raise ValueError(f"column '{column}': {raw!r} is not a whole number of people")
    return str(int(number))


def parse_coordinate(value: Any, column: str, low: float, high: float) -> str | None:
    """A coordinate in range as text; ValueError naming the column otherwise."""
    raw = text(value)
    if raw is None:
        return None
    try:
        number = float(raw.replace(",", "."))
    except ValueError:
        raise ValueError(f"column '{column}': {raw!r} is not a number") from None
    if not (low <= number <= high) or math.isnan(number):
        raise ValueError(f"column '{column}': {raw!r} is outside {low:g} to {high:g}")
    return repr(number)


def safe_link(value: Any) -> str | None:
    """An http(s) link, or None (other text never reaches the source_url column)."""
    raw = text(value)
    if raw and re.match(S.URL_PATTERN, raw):
        return raw
    return None


# --- countries --------------------------------------------------------------------

COUNTRY_CODES = {
    "ukraine": "UA",
    "russia": "RU",
    "russian federation": "RU",
    "belarus": "BY",
    "moldova": "MD",
    "republic of moldova": "MD",
    "poland": "PL",
    "romania": "RO",
    "hungary": "HU",
    "slovakia": "SK",
    "georgia": "GE",
    "turkey": "TR",
    "türkiye": "TR",
    "bulgaria": "BG",
    "lithuania": "LT",
    "latvia": "LV",
    "estonia": "EE",
    "kazakhstan": "KZ",
}
ISO_NUMERIC = {
    "804": "UA",
    "643": "RU",
    "112": "BY",
    "498": "MD",
    "616": "PL",
    "642": "RO",
    "348": "HU",
    "703": "SK",
    "268": "GE",
    "792": "TR",
    "100": "BG",
}


def country_code(name: Any = None, iso_numeric: Any = None) -> str | None:
    """ISO alpha-2 code from a country name (``Russia (Soviet Union)``) or ISO numeric code."""
    number = text(iso_numeric)
    if number and number.split(".")[0] in ISO_NUMERIC:
        return ISO_NUMERIC[number.split(".")[0]]
    raw = text(name)
    if raw is None:
        return None
    if re.fullmatch(r"[A-Za-z]{2}", raw):
        return raw.upper()
    key = re.sub(r"\s*\(.*\)\s*", "", raw).strip().casefold()
    return COUNTRY_CODES.get(key)


# --- weapons and targets from words ------------------------------------------------------


def weapon_from_text(value: Any) -> str | None:
    """The one weapon class a text names, or None (see :func:`data.vocabulary.classify_weapon`)."""
    return classify_weapon(value)


def target_from_text(value: Any) -> str | None:
    """The one target class a text names, or None (see :func:`data.vocabulary.classify_target`)."""
    return classify_target(value)


def join_text(*parts: Any, sep: str = " ") -> str | None:
    """Non-empty parts joined; None when all are empty."""
    kept = [str(p).strip() for p in parts if text(p)]
    return sep.join(kept) if kept else None


# --- mapping records ------------------------------------------------------------------

RowMapper = Callable[[dict[str, Any]], dict[str, Any]]


def lower_keys(record: dict[str, Any]) -> dict[str, Any]:
    """The record with stripped, lower-case column names (headers vary in case)."""
    return {str(k).replace("\ufeff", "").strip().lower(): v for k, v in record.items()}


def map_records(table: Table, map_row: RowMapper) -> tuple[list[dict[str, Any]], dict[int, list[str]]]:
    """Apply ``map_row`` to each record; a ValueError (or any failure) becomes that row's problem."""
    mapped: list[dict[str, Any]] = []
    problems: dict[int, list[str]] = {n: [m] for n, m in table.problems.items()}
    for number, record in enumerate(table.records, start=1):
        try:
            mapped.append(map_row(lower_keys(record)))
        except ValueError as err:
            mapped.append({})
            problems.setdefault(number, []).append(str(err))
        except Exception as err:  # a record we did not foresee must not sink the file
            mapped.append({})
            problems.setdefault(number, []).append(f"the row could not be read ({type(err).__name__}: {err})")
    return mapped, problems


# --- placing events -----------------------------------------------------------------------

_GENERIC_PLACE_WORDS = re.compile(
    r"\b(town|city|village|settlement|urban-type settlement|smt|selo|raion|district|hromada)\b", re.IGNORECASE
)


def resolve_oblast(hint: str | None) -> str | None:
    """ISO code of an oblast named in any usual way; see :func:`geo.gazetteer.resolve_oblast`."""
    return gazetteer_resolve_oblast(hint) if isinstance(hint, str) else None


@lru_cache(maxsize=8192)
def _geocode(name: str, oblast_iso: str | None, country_known: bool):
    for candidate in dict.fromkeys(
        (name, _GENERIC_PLACE_WORDS.sub("", re.sub(r"\(.*?\)", "", name)).strip())
    ):
        if not candidate:
            continue
        result = geocode_place(candidate, oblast_iso)
        # Without a country a misspelling could be a namesake abroad: exact names only then.
        if result.found and result.confidence >= (0.9 if country_known else 1.0):
            return result
    return None


def _place_one(events: pd.DataFrame, i: int, location: str | None, hint_iso: str | None, country: str | None):
    """Place row ``i`` from its name or oblast; return the sentence saying how, or None."""
    found = _geocode(location, hint_iso, country is not None) if location else None
    if found is not None:
        place = found.place
        events.loc[i, [S.LATITUDE, S.LONGITUDE]] = [place.latitude, place.longitude]
        events.loc[i, S.GEO_PRECISION] = "settlement"
        if pd.isna(events.at[i, S.OBLAST_ISO]):
            events.loc[i, S.OBLAST_ISO] = place.oblast_iso
        if country is None:
            events.loc[i, S.COUNTRY] = "UA"
        return (
            f"[Placed at {place.name} from the place name '{location}' with the offline gazetteer; "
            "the source gave no coordinates.]"
        )
    if hint_iso is not None:
        oblast = find_oblast(hint_iso)
        events.loc[i, [S.LATITUDE, S.LONGITUDE]] = [oblast.latitude, oblast.longitude]
        events.loc[i, S.GEO_PRECISION] = "oblast"
        if country is None:
            events.loc[i, S.COUNTRY] = "UA"
        return f"[Placed in {oblast.name} as a whole: the source gave no coordinates and no known place.]"
    return None


def place_events(events: pd.DataFrame, hints: pd.Series, notes: pd.Series) -> pd.DataFrame:
    """Fill coordinates, oblast and country where the source left them out.

    Events in Ukraine (or of unknown country) without coordinates are geocoded from
    ``location`` with the offline gazetteer (``geo_precision`` = settlement), or else
    placed at their oblast (``geo_precision`` = oblast); how is said in the
    description.  Events abroad are never geocoded: the gazetteer is Ukrainian.
    """
    events = events.copy()
    descriptions = events[S.DESCRIPTION].astype(object).where(events[S.DESCRIPTION].notna(), None).tolist()
    names = oblast_names()
    hints = [h if isinstance(h, str) else None for h in hints.tolist()]
    notes = [n if isinstance(n, str) else None for n in notes.tolist()]
    countries = events[S.COUNTRY].astype(object).where(events[S.COUNTRY].notna(), None).tolist()
    locations = events[S.LOCATION].astype(object).where(events[S.LOCATION].notna(), None).tolist()
    in_ukraine_or_unknown = [c in (None, "UA") for c in countries]
    hint_isos = [resolve_oblast(h) if ok else None for h, ok in zip(hints, in_ukraine_or_unknown)]
    fill_hint = events[S.OBLAST_ISO].isna() & pd.Series(
        [h is not None for h in hint_isos], index=events.index
    )
    events.loc[fill_hint, S.OBLAST_ISO] = pd.Series(hint_isos, index=events.index, dtype="string")[fill_hint]
    unplaced = events[S.LATITUDE].isna().tolist()
    for i in range(len(events)):
        added = notes[i]
        # Only events in Ukraine (or of unknown country) without coordinates are placed here.
        if unplaced[i] and in_ukraine_or_unknown[i]:
            added = join_text(added, _place_one(events, i, locations[i], hint_isos[i], countries[i]))
        if added:
            descriptions[i] = join_text(descriptions[i], added)
    events[S.DESCRIPTION] = pd.Series(descriptions, index=events.index, dtype="string")
    # Points decide their own oblast; points abroad keep the country the source gave.
    inside = assign_oblasts(events[S.LATITUDE], events[S.LONGITUDE])
    country = events[S.COUNTRY]
    may_be_ukraine = country.isna() | (country == "UA")
    fill_iso = events[S.OBLAST_ISO].isna() & inside.notna() & may_be_ukraine
    events.loc[fill_iso, S.OBLAST_ISO] = inside[fill_iso]
    events.loc[country.isna() & inside.notna(), S.COUNTRY] = "UA"
    fill_name = events[S.OBLAST].isna() & events[S.OBLAST_ISO].notna()
    events.loc[fill_name, S.OBLAST] = events.loc[fill_name, S.OBLAST_ISO].map(names)
    return events.astype(S.DTYPES)


# --- finishing -------------------------------------------------------------------------


def _reason(problems: list[str]) -> str:
    return "; ".join(dict.fromkeys(problems))


def finish_import(
    file_name: str,
    format_label: str,
    table: Table,
    mapped: list[dict[str, Any]],
    row_problems: dict[int, list[str]],
    notes: list[str] | None = None,
) -> ImportResult:
    """Type, place and validate mapped rows; split them into loaded events and rejected rows.

    Parameters
    ----------
    file_name, format_label
        For the result and its messages.
    table
        The raw records (returned unchanged for rejected rows).
    mapped
        One dict per record: canonical column -> text, plus :data:`OBLAST_HINT`
        and :data:`PLACE_NOTE`.
    row_problems
        1-based record number -> problems already found by the format module.
    notes
        File-level remarks for the summary.

    Returns
    -------
    ImportResult
        Every record either loaded or rejected with a reason.
    """
    problems = {n: list(v) for n, v in row_problems.items()}
    columns = [*S.COLUMNS, OBLAST_HINT, PLACE_NOTE]
    raw = pd.DataFrame.from_records(
        [{c: row.get(c) for c in columns} for row in mapped] if mapped else [], columns=columns
    )
    raw = raw.astype(object).where(raw.notna(), None).astype("string")
    events, cell_problems = coerce_events(raw)
    events = place_events(events, raw[OBLAST_HINT], raw[PLACE_NOTE])
    format_rejected = set(problems)
    for problem in cell_problems + validate_events(events):
        # A row the format module already rejected is empty here; its own reason says more.
        if problem.row is not None and problem.row not in format_rejected:
            described = Problem(None, problem.column, problem.message, problem.value).describe()
            problems.setdefault(problem.row, []).append(described)
    for number in problems:
        if not problems[number]:
            problems[number] = ["the row could not be read"]
    bad = sorted(n for n in problems if 1 <= n <= len(table.records))
    rejected = [
        RejectedRow(
            row=n,
            reason=_reason(problems[n]),
            raw=table.records[n - 1],
            line=table.lines[n - 1] if n - 1 < len(table.lines) else None,
        )
        for n in bad
    ]
    keep = [n for n in range(1, len(table.records) + 1) if n not in problems]
    loaded = events.iloc[[n - 1 for n in keep]].reset_index(drop=True).astype(S.DTYPES)
    return ImportResult(
        file_name=file_name,
        format=format_label,
        events=loaded,
        rows_in=len(table.records),
        rejected=rejected,
        notes=list(table.notes) + list(notes or []),
        columns=list(table.columns),
        container=table.container,
        loaded_rows=keep,
        table=table,
    )
