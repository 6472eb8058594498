"""Reading and writing the canonical events table (CSV and GeoJSON).

Every file in the canonical format goes through :func:`load_events`.  Values are
parsed column by column, then the whole table is validated against
:data:`data.schema.EVENTS_SCHEMA`; anything wrong is collected and raised as one
:class:`EventsFileError` whose problems each name a row, a column and what is
wrong, so a user can fix the file in one pass.
"""

from __future__ import annotations

import io
import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import geopandas as gpd
import pandas as pd
import pandera.errors
from rapidfuzz import process as fuzz_process

from data import schema as S
from data.cells import neutralise_columns, restore_columns
from data.numbers import NOT_NUMBER, parse_counts
from data.plausible import implausible

# --- errors -------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell (or one row, when ``column`` is None)."""

    row: int | None  # 1-based data row (header excluded); None for file-level problems
    column: str | None
    message: str
    value: str | None = None

    def describe(self, row_label: Callable[[int], str] = lambda n: f"row {n}") -> str:
        where = []
        if self.row is not None:
            where.append(row_label(self.row))
        if self.column is not None:
            where.append(f"column '{self.column}'")
        value = f" (found {self.value!r})" if self.value not in (None, "") else ""
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}{value}" if prefix else f"{self.message}{value}"


class EventsFileError(ValueError):
    """A file that is not a valid events table; ``problems`` says where and why."""

    def __init__(
        self,
        problems: list[Problem],
        row_label: Callable[[int], str] = lambda n: f"row {n}",
        max_listed: int = 20,
    ):
        self.problems = problems
        self.row_label = row_label
        lines = [p.describe(row_label) for p in problems[:max_listed]]
        if len(problems) > max_listed:
            lines.append(f"... and {len(problems) - max_listed} more problems")
        super().__init__("\n".join(lines))


def csv_row_label(n: int) -> str:
    # The header is line 1, so data row n sits on line n + 1.
    return f"row {n} (line {n + 1})"


def feature_row_label(n: int) -> str:
    return f"feature {n}"


# --- parsing single columns ---------------------------------------------------

_TRUE = {"true", "t", "yes", "y", "1"}
_FALSE = {"false", "f", "no", "n", "0", ""}
_LOWER_BOUND = re.compile(
    r"^\s*(?:≥|>=|>|at\s+least|over|more\s+than|min\.?)\s*(\d+)\s*$|^\s*(\d+)\s*\+\s*$",
    re.IGNORECASE,
)


def _as_text(values: pd.Series) -> pd.Series:
    """Strip text; empty becomes <NA>."""
    text = values.astype("string").str.strip()
    return text.mask(text == "")


def _rows_where(mask: pd.Series) -> Iterable[int]:
    return (int(i) + 1 for i in mask[mask].index)


def _parse_counts(
    values: pd.Series, flags: pd.Series | None, column: str, problems: list[Problem]
) -> tuple[pd.Series, pd.Series]:
    """Parse a count column; ``≥ 7``, ``>=7``, ``7+`` and ``at least 7`` are lower bounds."""
    if pd.api.types.is_integer_dtype(values.dtype) or values.isna().all():
        # Already whole numbers (an importer's parsed column, a parquet file): nothing to read.
        bound = pd.Series(False, index=values.index)
        if flags is not None:
            bound = bound | _parse_flags(flags, S.at_least_column(column), problems)
        return values.astype("Int64"), bound.astype("boolean")
    text = _as_text(values)
    # Read from the digits, never through a float (data/numbers.py): 9007199254740993 stays
    # itself, 1e30 is "too large" rather than an overflow reported as "negative".
    numbers, reasons = parse_counts(text)
    bound = pd.Series(False, index=text.index)
    unparsed = reasons.eq(NOT_NUMBER).fillna(False).astype(bool)
    if unparsed.any():
        extracted = text[unparsed].str.extract(_LOWER_BOUND)
        found = extracted[0].fillna(extracted[1]).dropna()
        bound_numbers, bound_reasons = parse_counts(found)
        numbers.loc[found.index] = bound_numbers
        reasons.loc[found.index] = bound_reasons
        bound.loc[found.index[bound_reasons.isna().to_numpy()]] = True
        still = unparsed & numbers.isna() & reasons.eq(NOT_NUMBER).fillna(False).astype(bool)
        for row in _rows_where(still):
            problems.append(
                Problem(row, column, "is not a whole number (use ≥ 7 for 'at least 7')", text.iloc[row - 1])
            )
        reasons = reasons.mask(still)
    for row in _rows_where(reasons.notna()):
        problems.append(Problem(row, column, str(reasons.iloc[row - 1]), text.iloc[row - 1]))
    if flags is not None:
        bound = bound | _parse_flags(flags, S.at_least_column(column), problems)
    return numbers.astype("Int64"), bound.astype("boolean")


def _parse_flags(values: pd.Series, column: str, problems: list[Problem]) -> pd.Series:
    if pd.api.types.is_bool_dtype(values.dtype):
        return values.astype("boolean").fillna(False).astype(bool)
    text = values.astype("string").str.strip().str.lower().fillna("")
    flags = text.isin(_TRUE)
    bad = ~(flags | text.isin(_FALSE))
    for row in _rows_where(bad):
        problems.append(Problem(row, column, "must be true or false", values.iloc[row - 1]))
    return flags


def _parse_dates(values: pd.Series, column: str, problems: list[Problem]) -> tuple[pd.Series, pd.Series]:
    """Parse ISO dates; ``2025-04`` and ``2025`` are read with month and year precision."""
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        # Parsed by an importer (or typed in a parquet file): a date, to the day.
        parsed = values.dt.tz_localize(None) if getattr(values.dt, "tz", None) else values
        parsed = parsed.dt.normalize().astype("datetime64[s]")
        precision = pd.Series("day", index=values.index, dtype="string").where(parsed.notna())
        return parsed, precision
    text = _as_text(values)
    # Time-of-day parts are dropped: the table keeps dates.
    text = text.str.replace(r"[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$", "", regex=True)
    parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[s]")
    precision = pd.Series(pd.NA, index=text.index, dtype="string")
    for fmt, level in (("%Y-%m-%d", "day"), ("%Y-%m", "month"), ("%Y", "year")):
        todo = text.notna() & parsed.isna()
        if not todo.any():
            break
        attempt = pd.to_datetime(text[todo], format=fmt, errors="coerce")
        ok = attempt.dropna()
        parsed.loc[ok.index] = ok.astype("datetime64[s]")
        precision.loc[ok.index] = level
    for row in _rows_where(text.notna() & parsed.isna()):
        problems.append(
            Problem(row, column, "is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)", text.iloc[row - 1])
        )
    return parsed, precision


def _parse_vocabulary(
    values: pd.Series, column: str, allowed: tuple[str, ...], problems: list[Problem]
) -> pd.Series:
    text = _as_text(values).str.lower().str.replace("_", " ", regex=False)
    bad = text.notna() & ~text.isin(allowed)
    for row in _rows_where(bad):
        problems.append(Problem(row, column, f"must be one of: {', '.join(allowed)}", values.iloc[row - 1]))
    return text.mask(bad)


def _parse_coordinates(values: pd.Series, column: str, problems: list[Problem]) -> pd.Series:
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        return values.astype("Float64")
    text = _as_text(values).str.replace(",", ".", regex=False)
    numbers = pd.to_numeric(text, errors="coerce")
    for row in _rows_where(text.notna() & numbers.isna()):
        problems.append(Problem(row, column, "is not a number", values.iloc[row - 1]))
    return numbers.astype("Float64")


# --- the table as a whole -----------------------------------------------------


def _suggest(column: str) -> str:
    match = fuzz_process.extractOne(column, S.COLUMNS, score_cutoff=75)
    return f" (did you mean '{match[0]}'?)" if match else ""


def check_header(columns: Iterable[str]) -> list[Problem]:
    """Problems with a header: unknown names, duplicates, required names missing."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for name in columns:
        if name in seen:
            problems.append(Problem(None, name, "appears twice in the header"))
        seen.add(name)
        if name not in S.COLUMNS:
            problems.append(Problem(None, name, f"is not a column of the events format{_suggest(name)}"))
    for name in S.REQUIRED_COLUMNS:
        if name not in seen:
            problems.append(Problem(None, name, "is missing from the header"))
    return problems


def coerce_events(raw: pd.DataFrame) -> tuple[pd.DataFrame, list[Problem]]:
    """Turn a table of text cells into typed canonical columns.

    Parameters
    ----------
    raw
        One row per event, cells as text (missing columns are allowed, except
        ``event_id``).

    Returns
    -------
    events, problems
        The typed table (bad cells left empty) and the problems found.
    """
    raw = raw.reset_index(drop=True)
    problems: list[Problem] = []
    n = len(raw)

    def column(name: str) -> pd.Series:
        if name in raw.columns:
            return raw[name]
        return pd.Series(pd.NA, index=pd.RangeIndex(n), dtype="string")

    out: dict[str, pd.Series] = {}
    for name in S.TEXT_COLUMNS:
        out[name] = _as_text(column(name))
    out[S.OBLAST_ISO] = out[S.OBLAST_ISO].str.upper()
    out[S.COUNTRY] = out[S.COUNTRY].str.upper()
    for name in S.FLOAT_COLUMNS:
        out[name] = _parse_coordinates(column(name), name, problems)
    for name in S.COUNT_COLUMNS:
        flag_name = S.at_least_column(name)
        flags = raw[flag_name] if flag_name in raw.columns else None
        out[name], out[flag_name] = _parse_counts(column(name), flags, name, problems)
    out[S.DATE], inferred_precision = _parse_dates(column(S.DATE), S.DATE, problems)
    out[S.SOURCE_DATE], _ = _parse_dates(column(S.SOURCE_DATE), S.SOURCE_DATE, problems)
    for name, allowed in S.CATEGORY_COLUMNS.items():
        out[name] = _parse_vocabulary(column(name), name, allowed, problems)
    given = out[S.DATE_PRECISION]
    out[S.DATE_PRECISION] = given.fillna(inferred_precision).fillna("unknown")
    for name, default in S.DEFAULTS.items():
        out[name] = out[name].fillna(default)

    events = pd.DataFrame({name: out[name] for name in S.COLUMNS}).astype(S.DTYPES)
    return events, problems


def validate_events(events: pd.DataFrame) -> list[Problem]:
    """Check a typed table against the schema; return the problems (empty if valid).

    Beyond the schema, values that parse but cannot be true are problems too
    (:mod:`data.plausible`): dates before 1900 or over a year ahead, and points
    outside Ukraine on rows that say they are in Ukraine.
    """
    problems = [Problem(row, column, message, value) for row, column, message, value in implausible(events)]
    try:
        S.EVENTS_SCHEMA.validate(events, lazy=True)
    except pandera.errors.SchemaErrors as err:
        return _problems_from_pandera(err.failure_cases, events) + problems
    return problems


def _problems_from_pandera(failures: pd.DataFrame, events: pd.DataFrame) -> list[Problem]:
    repeated_ids = events[S.EVENT_ID].duplicated(keep="first")
    problems = []
    for failure in failures.itertuples(index=False):
        row = None if pd.isna(failure.index) else int(failure.index) + 1
        check = str(failure.check)
        column = failure.column if failure.column in S.COLUMNS else None
        value = _cell(failure.failure_case)
        if check in S.TABLE_RULES:
            column, value = S.TABLE_RULES[check][0], None
        if "field_uniqueness" in check:
            if row is None or not repeated_ids.iloc[row - 1]:
                continue  # the first occurrence of an id is not the mistake
            check = "the same event_id appears on an earlier row"
        problems.append(Problem(row, column, check, value))
    # A table-wide rule is reported once per column by pandera: keep one of each.
    return sorted(dict.fromkeys(problems), key=lambda p: (p.row or 0, p.column or ""))


def _cell(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


def finish_events(raw: pd.DataFrame, row_label: Callable[[int], str]) -> pd.DataFrame:
    """Coerce, validate, and raise one error listing every problem found."""
    problems = check_header(raw.columns)
    if problems:
        raise EventsFileError(problems, row_label)
    events, problems = coerce_events(raw)
    bad_cells = {(p.row, p.column) for p in problems}
    problems += [p for p in validate_events(events) if (p.row, p.column) not in bad_cells]
    if problems:
        raise EventsFileError(sorted(problems, key=lambda p: (p.row or 0, p.column or "")), row_label)
    return events


# --- readers -------------------------------------------------------------------

Source = str | Path | IO[bytes] | IO[str] | bytes


def _read_bytes(source: Source) -> bytes:
    if isinstance(source, bytes):
        return source
    if isinstance(source, (str, Path)):
        return Path(source).read_bytes()
    content = source.read()
    return content.encode("utf-8") if isinstance(content, str) else content


def _decode(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise EventsFileError(
            [
                Problem(
                    None,
                    None,
                    f"the file is not UTF-8 text (byte {err.start}); save it as UTF-8 CSV and try again",
                )
            ]
        ) from None


def _read_csv_fast(content: bytes) -> pd.DataFrame | None:
    """The cells read by pyarrow's multi-threaded parser, or None to use the C engine.

    pyarrow reads 250,000 rows about ten times faster than the C engine.  Any file
    it refuses (ragged rows, odd quoting) or one with repeated header names (which
    only the C engine renames) is read again by the C engine, so problems are
    reported exactly as before.
    """
    try:
        raw = pd.read_csv(
            io.BytesIO(content.removeprefix(b"\xef\xbb\xbf")),
            dtype=str,
            keep_default_na=False,
            na_values=[],
            engine="pyarrow",
        )
    except Exception:  # noqa: BLE001 - any refusal means "let the C engine decide"
        return None
    return None if raw.columns.duplicated().any() else raw


def read_events_csv(source: Source) -> pd.DataFrame:
    """Read a canonical events CSV (UTF-8, header row)."""
    content = _read_bytes(source)
    text = _decode(content)
    if not text.strip():
        raise EventsFileError([Problem(None, None, "the file is empty")])
    try:
        raw = _read_csv_fast(content)
        if raw is None:
            raw = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=[])
    except (pd.errors.ParserError, ValueError) as err:
        raise EventsFileError([Problem(None, None, f"the file is not readable as CSV: {err}")]) from None
    # Our CSV export quotes formula-like text (data/cells.py); take that quote off again.
    return finish_events(restore_columns(raw, S.TEXT_COLUMNS), csv_row_label)


def read_events_geojson(source: Source) -> pd.DataFrame:
    """Read a GeoJSON FeatureCollection of Point features (null geometry = no place)."""
    try:
        document = json.loads(_decode(_read_bytes(source)))
    except json.JSONDecodeError as err:
        raise EventsFileError(
            [Problem(None, None, f"the file is not valid JSON (line {err.lineno}): {err.msg}")]
        ) from None
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise EventsFileError([Problem(None, None, "the file is not a GeoJSON FeatureCollection")])
    records: list[dict[str, Any]] = []
    problems: list[Problem] = []
    for number, feature in enumerate(document.get("features") or [], start=1):
        properties = dict((feature or {}).get("properties") or {})
        geometry = (feature or {}).get("geometry")
        if geometry:
            coordinates = geometry.get("coordinates")
            if geometry.get("type") != "Point" or not isinstance(coordinates, list) or len(coordinates) < 2:
                problems.append(Problem(number, "geometry", "must be a Point with [longitude, latitude]"))
            else:
                # GeoJSON orders coordinates longitude first.
                properties[S.LONGITUDE], properties[S.LATITUDE] = coordinates[0], coordinates[1]
        records.append(
            {
                k: (None if v is None else str(v).lower() if isinstance(v, bool) else str(v))
                for k, v in properties.items()
            }
        )
    if problems:
        raise EventsFileError(problems, feature_row_label)
    raw = pd.DataFrame.from_records(records) if records else pd.DataFrame(columns=[S.EVENT_ID])
    raw = raw.astype("string").fillna("")
    return finish_events(raw, feature_row_label)


def load_events(source: Source, file_name: str | None = None) -> pd.DataFrame:
    """Load an events file in the canonical format, CSV or GeoJSON.

    Parameters
    ----------
    source
        A path, an open file, or the file's bytes.
    file_name
        Used to pick the format when ``source`` is not a path (``.geojson`` or
        ``.json`` means GeoJSON, anything else CSV).

    Returns
    -------
    pandas.DataFrame
        The validated events table with every column of :data:`data.schema.COLUMNS`.

    Raises
    ------
    EventsFileError
        When the file cannot be read or any cell is invalid; the message names
        each row and column at fault.
    """
    name = str(source) if isinstance(source, (str, Path)) else (file_name or "")
    if name.lower().endswith((".geojson", ".json")):
        return read_events_geojson(source)
    return read_events_csv(source)


# --- writers -------------------------------------------------------------------


def _export_frame(events: pd.DataFrame) -> pd.DataFrame:
    table = events.loc[:, list(S.COLUMNS)].copy()
    for name in S.DATE_COLUMNS:
        table[name] = table[name].dt.strftime("%Y-%m-%d")
    for name in S.AT_LEAST_COLUMNS:
        table[name] = table[name].map({True: "true", False: "false"})
    return table


def events_to_csv(events: pd.DataFrame) -> bytes:
    """The events as canonical CSV (UTF-8), readable again by :func:`load_events`.

    Text that a spreadsheet would run as a formula gets a leading ``'`` (see
    :mod:`data.cells`); both canonical readers take it off, so the round trip is exact.
    """
    table = neutralise_columns(_export_frame(events), S.TEXT_COLUMNS)
    return table.to_csv(index=False).encode("utf-8")


def events_to_geojson(events: pd.DataFrame) -> bytes:
    """The events as a GeoJSON FeatureCollection written by geopandas; unplaced events get a null geometry.

    Properties keep their types: counts are JSON numbers, the ``_at_least`` flags JSON
    booleans, every text column JSON text (a description that reads "true" stays text),
    dates ``YYYY-MM-DD`` text, missing values ``null``.
    """
    table = events.loc[:, [c for c in S.COLUMNS if c not in (S.LATITUDE, S.LONGITUDE)]].copy()
    for name in S.DATE_COLUMNS:
        table[name] = table[name].dt.strftime("%Y-%m-%d")
    for name in S.CATEGORY_COLUMNS:
        table[name] = table[name].astype("string")
    placed = events[S.LATITUDE].notna() & events[S.LONGITUDE].notna()
    points = gpd.GeoSeries.from_xy(
        events[S.LONGITUDE].astype("float64"), events[S.LATITUDE].astype("float64"), crs="EPSG:4326"
    )
    geometry = points.where(placed.to_numpy(), None)
    document = gpd.GeoDataFrame(table, geometry=geometry.to_numpy(), crs="EPSG:4326")
    return document.to_json(na="null", drop_id=True, ensure_ascii=False, indent=1).encode("utf-8")


def concat_events(*tables: pd.DataFrame) -> pd.DataFrame:
    """Stack events tables; later tables' events whose id is already present are dropped."""
    non_empty = [t for t in tables if t is not None and len(t)]
    if not non_empty:
        return S.empty_events()
    combined = pd.concat(non_empty, ignore_index=True).astype(S.DTYPES)
    return combined[~combined[S.EVENT_ID].duplicated(keep="first")].reset_index(drop=True)
