"""What every importer shares: the format contract, the result, column parsers, placing, finishing.

A format is one module in :mod:`data.importers.formats` with one :class:`EventFormat`
instance named ``FORMAT``: its name and label, :meth:`EventFormat.score` (how sure it
is that a table is in this format) and :meth:`EventFormat.map_frame`, which maps a
whole table, column by column, onto canonical columns and lists what it could not
read per row.  :func:`finish_import` then types the table with
:func:`data.events_io.coerce_events`, places events that have no coordinates,
validates, and splits the rows into loaded and rejected, so that
``rows_in == rows_loaded + rows_rejected`` always holds.  Nothing on this path runs
Python per row: per distinct value at most (place names, country names), and per
rejected row to describe it.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from data import schema as S
from data.events_io import COUNT_REASONS as COUNT_REASON_CODES
from data.events_io import (
    Note,
    Problem,
    arrow_text,
    as_event_dtypes,
    coerce_events,
    count_problem,
    distinct_values,
    empty_as_null,
    fill_text,
    missing_text,
    stripped_text,
    text_series,
    validate_events,
)
from data.i18n import tr
from data.importers.reading import EXTRA, Table
from data.numbers import parse_counts
from data.plausible import points_outside_named_oblast
from data.vocabulary import (
    TARGET_PATTERNS,
    WEAPON_PATTERNS,
    classify_series,
)
from geo.gazetteer import geocode_place
from geo.gazetteer import resolve_oblast as gazetteer_resolve_oblast
from geo.oblasts import assign_oblasts, find_oblast, oblast_names
from geo.settlements import find_settlements

OBLAST_HINT = "_oblast_hint"
PLACE_NOTE = "_place_note"
MAX_OUTSIDE_LISTED = 10  # rows named in the note on points outside their oblast
# --- the result -------------------------------------------------------------------


@dataclass
class RejectedRow:
    """One input record that was not loaded, with why (problems as data), and the record as it was."""

    row: int  # 1-based record number (header excluded)
    problems: tuple[Problem, ...]  # without their row: the row is this record's
    raw: dict[str, Any]
    line: int | None = None  # line of the file the record starts on (CSV, Excel)

    @property
    def codes(self) -> list[str]:
        """The problems' codes (:data:`data.events_io.PROBLEM_MESSAGES`), in order."""
        return [p.code for p in self.problems]

    @property
    def reason(self) -> str:
        """Every problem of the record in words, in the current language."""
        described = dict.fromkeys(p.describe() for p in self.problems)
        return "; ".join(described) or Problem.of(None, None, "unreadable_row").describe()

    def where(self) -> str:
        """``row 3 (line 4)`` or ``record 3``."""
        if self.line is not None:
            return tr("row {n} (line {line})", n=self.row, line=self.line)
        return tr("record {n}", n=self.row)


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
    # Record number (1-based) of each loaded event.
    loaded_rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    # The raw records, kept only while a batch is imported (to hand back rows a later
    # step rejects), then dropped: the page keeps the events and the rejected rows only.
    table: Table | None = field(default=None, repr=False)

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
                {"row": r.row, "line": r.line, "reason": r.reason, "codes": r.codes}
                if r.line
                else {"row": r.row, "reason": r.reason, "codes": r.codes}
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


# --- the format contract ------------------------------------------------------------


class RowProblems:
    """Problems found per row while mapping whole columns, kept as masks until described."""

    def __init__(self, size: int):
        self.size = size
        self._found: list[tuple[np.ndarray, Callable[[int], Problem]]] = []

    def add(
        self,
        mask: Any,
        code: str,
        column: str | None = None,
        value: Callable[[int], Any] | None = None,
        *,
        field: bool = False,
        **params: Any,
    ) -> None:
        """Record the problem ``code`` (:data:`data.events_io.PROBLEM_MESSAGES`) for each row where ``mask`` is true.

        ``value`` (the cell as found, written before the message) and any parameter may
        be a function of the row's 0-based position, called only for the rows flagged,
        so describing the few bad cells costs nothing on big files.
        """
        flags = np.asarray(pd.Series(mask).fillna(False).to_numpy(dtype=bool), dtype=bool)
        if not flags.any():
            return

        def problem(position: int) -> Problem:
            found = {k: (v(position) if callable(v) else v) for k, v in params.items()}
            cell = None if value is None else str(value(position))
            if code in COUNT_REASON_CODES:
                return count_problem(None, column, code, cell, value_first=True)
            return Problem.of(None, column, code, cell, value_first=True, field=field, **found)

        self._found.append((flags, problem))

    def any(self) -> np.ndarray:
        """A mask of the rows with at least one problem."""
        flagged = np.zeros(self.size, dtype=bool)
        for flags, _ in self._found:
            flagged |= flags
        return flagged

    def by_row(self) -> dict[int, list[Problem]]:
        """1-based row number -> its problems (without a row), in the order they were found."""
        described: dict[int, list[Problem]] = {}
        for flags, problem in self._found:
            for position in np.flatnonzero(flags):
                described.setdefault(int(position) + 1, []).append(problem(int(position)))
        return described


@dataclass
class Mapped:
    """What :meth:`EventFormat.map_frame` returns: canonical columns and the rows' problems."""

    columns: pd.DataFrame  # canonical columns (text or typed), plus OBLAST_HINT and PLACE_NOTE
    problems: RowProblems
    # Text columns already stripped, with empty cells missing (see EventFormat.text_stripped):
    # finish_import does not strip them a second time.
    stripped: frozenset[str] = frozenset()


ANY_CONTAINER = ("csv", "excel", "json", "geojson", "parquet")


class EventFormat:
    """The contract of one importable format; each format module defines one instance, ``FORMAT``.

    Attributes
    ----------
    name
        Key used by ``--format`` and the registry.
    label
        Shown to people.
    required
        The (lower-case) columns that identify the format.
    containers
        The kinds of file it can come in (see :class:`data.importers.reading.Table`).
    order
        Place in the list shown to people, and the tie-break between equal scores.
    source_name
        What a foreign format's events carry as ``source_name`` (see :meth:`mapped`).
    text_stripped
        True when every text column :meth:`map_frame` returns through :meth:`mapped` is
        built from :func:`column` and the helpers that join, look up or fill such text
        (stripped, empty cells missing): the typing step then does not strip them again
        (about 2 ms a column at 100,000 rows).  A test checks it on the format's files.
    """

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    required: ClassVar[frozenset[str]] = frozenset()
    containers: ClassVar[tuple[str, ...]] = ANY_CONTAINER
    order: ClassVar[int] = 50
    source_name: ClassVar[str] = ""
    text_stripped: ClassVar[bool] = False

    # Compatibility with the module constants format modules used to export.
    @property
    def NAME(self) -> str:  # noqa: N802
        return self.name

    @property
    def LABEL(self) -> str:  # noqa: N802
        return self.label

    @property
    def REQUIRED(self) -> frozenset[str]:  # noqa: N802
        return self.required

    def score(self, table: Table) -> float:
        """How sure (0 to 1) it is that ``table`` is in this format; 0 means "not this format".

        A table with every identifying column in a container the format comes in
        scores 1; anything else 0.  Formats with weaker evidence (the canonical
        table, identified by ``event_id`` alone) override this with a lower score.
        """
        if table.container not in self.containers:
            return 0.0
        return 1.0 if not self.missing(table) else 0.0

    def missing(self, table: Table) -> list[str]:
        """The identifying columns the table lacks."""
        return sorted(self.required - column_set(table))

    def check(self, file_name: str, table: Table) -> list[str]:
        """Notes about the table as a whole; raise ImportFileError to stop the import."""
        return []

    def mapped(self, columns: dict[str, Any], source_id: pd.Series, problems: RowProblems) -> Mapped:
        """A foreign format's canonical ``columns`` with the ones every such format fills alike.

        ``event_id`` is ``{name}-{the source's id}``, ``source_name`` is :attr:`source_name`
        and ``source_event_id`` the source's own id.
        """
        shared = {
            S.EVENT_ID: f"{self.name}-" + source_id,
            S.SOURCE_NAME: self.source_name,
            S.SOURCE_EVENT_ID: source_id,
        }
        table = pd.DataFrame({**shared, **columns}, index=source_id.index)
        stripped = frozenset(
            name
            for name in (table.columns if self.text_stripped else ())
            if isinstance(table[name].dtype, pd.StringDtype)
        )
        return Mapped(table, problems, stripped)

    def map_frame(self, frame: pd.DataFrame, container: str = "csv") -> Mapped:
        """Map every record at once onto canonical columns.

        Parameters
        ----------
        frame
            The file's records, one row each, with stripped lower-case column names.
        container
            The kind of file they came from (``csv``, ``excel``, ``json``, ...).

        Returns
        -------
        Mapped
            Canonical columns (text or already typed) plus :data:`OBLAST_HINT` and
            :data:`PLACE_NOTE`, and the problems that reject a row.
        """
        raise NotImplementedError


def column_set(table: Table) -> set[str]:
    """The table's column names as the formats compare them (stripped, lower case)."""
    return {clean_name(c) for c in table.columns}


def clean_name(name: Any) -> str:
    return str(name).replace("\ufeff", "").strip().lower()


def lower_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with stripped lower-case column names (headers vary in case); the last of a repeat wins."""
    renamed = frame.copy(deep=False)
    renamed.columns = [clean_name(c) for c in frame.columns]
    return renamed.loc[:, ~renamed.columns.duplicated(keep="last")]


# --- column parsers (whole columns; problems per row) ----------------------------------


def _cell_text(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return None
    return value


def column(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column as stripped text; empty, missing, lists and objects are ``<NA>``."""
    if name not in frame.columns:
        return missing_text(frame.index)
    values = frame[name]
    if values.dtype == object:
        # JSON cells may be lists or objects: they are no text (checked per cell only for JSON).
        kinds = values.map(type)
        if kinds.isin([list, dict]).any():
            values = values.map(_cell_text)
        if kinds.isin([bool]).any():
            values = values.map(lambda v: ("true" if v else "false") if isinstance(v, bool) else v)
    return text_series(stripped_text(values), frame.index)


def dates(
    frame: pd.DataFrame, name: str, formats: Iterable[str], problems: RowProblems, label: str | None = None
) -> pd.Series:
    """Parse a date column with the first format that reads each cell (``datetime64[s]``, day only)."""
    return date_columns(frame, (name,), formats, problems, labels=(label,))[0]


def date_columns(
    frame: pd.DataFrame,
    names: Iterable[str],
    formats: Iterable[str],
    problems: RowProblems,
    labels: Iterable[str | None] | None = None,
) -> list[pd.Series]:
    """:func:`dates` for several columns in the same formats, each distinct text parsed once for all.

    A start and an end date mostly repeat the same few thousand texts: parsing them
    together halves the work (``to_datetime`` was most of a date column's cost).
    """
    names = list(names)
    labels = list(labels) if labels is not None else [None] * len(names)
    formats = list(formats)
    texts = [column(frame, name) for name in names]
    # Encoded in Arrow: pd.factorize turned the Arrow text into Python objects first (8 ms a
    # column at 100,000 rows, where this takes 1 ms).
    cells = [arrow_text(text) for text in texts]
    everything = pa.chunked_array(
        [chunk for part in cells for chunk in getattr(part, "chunks", [part])], type=pa.large_string()
    )
    unique, positions = distinct_values(everything)
    distinct = text_series(unique, pd.RangeIndex(len(unique)))
    # Datasets repeat a few thousand dates over many rows: parse each distinct text once.
    found = pd.Series(pd.NaT, index=distinct.index, dtype="datetime64[s]")
    for fmt in formats:
        todo = found.isna()
        if not todo.any():
            break
        attempt = pd.to_datetime(distinct[todo], format=fmt, errors="coerce")
        ok = attempt.dropna()
        found.loc[ok.index] = ok.dt.normalize().astype("datetime64[s]")
    # Each distinct text's date, and NaT for a missing cell (the last place).
    found_values = np.append(found.to_numpy(), np.datetime64("NaT", "s"))
    every_code = pc.fill_null(positions, len(unique)).to_numpy(zero_copy_only=False)
    results = []
    start = 0
    for name, label, text in zip(names, labels, texts):
        codes = every_code[start : start + len(text)]
        start += len(text)
        parsed = pd.Series(found_values[codes], index=text.index, dtype="datetime64[s]")
        bad = text.notna() & parsed.isna()
        problems.add(bad, "not_a_valid_date", label or name, lambda i, text=text: text.iloc[i])
        results.append(parsed)
    return results


def to_float(text: pd.Series) -> np.ndarray:
    """Text as float64 (NaN where empty or not a number), by pyarrow's cast when every cell is a number."""
    try:
        # Ten times faster than to_numeric when the column is clean, which it nearly always is.
        return text.astype("Float64").to_numpy(dtype="float64", na_value=np.nan)
    except (ValueError, TypeError, ArithmeticError):
        return pd.to_numeric(text, errors="coerce").astype("float64").to_numpy()


def counts(frame: pd.DataFrame, name: str, problems: RowProblems) -> pd.Series:
    """A whole, non-negative number of people per cell (``Int64``); anything else is the row's problem.

    Read from the digits, never through a float (:mod:`data.numbers`), so a count loads
    exactly or is refused with the true reason (too large, negative, not whole).
    """
    text = column(frame, name)
    cells = arrow_text(text)
    if pc.any(pc.match_substring(cells, ",")).as_py():
        text_without = text_series(pc.replace_substring(cells, ",", ""), text.index)
    else:
        text_without = text
    values, reasons = parse_counts(text_without)
    for reason in reasons.dropna().unique():
        problems.add(reasons.eq(reason).fillna(False), str(reason), name, lambda i: text.iloc[i])
    return values


def coordinates(frame: pd.DataFrame, name: str, low: float, high: float, problems: RowProblems) -> pd.Series:
    """A coordinate column in range (``Float64``); a decimal comma is read as a point."""
    text = column(frame, name)
    # The comma is replaced only in a column that has one (nearly none do; 3 ms a column).
    has_comma = pc.any(pc.match_substring(arrow_text(text), ",")).as_py()
    numbers = to_float(text.str.replace(",", ".", regex=False) if has_comma else text)
    not_number = text.notna() & np.isnan(numbers)
    problems.add(not_number, "not_a_number", name, lambda i: text.iloc[i])
    outside = text.notna() & ~np.isnan(numbers) & ~((numbers >= low) & (numbers <= high))
    problems.add(outside, "outside_range", name, lambda i: text.iloc[i], low=f"{low:g}", high=f"{high:g}")
    return pd.Series(numbers, index=text.index).where(~(not_number | outside)).astype("Float64")


def links(values: pd.Series) -> pd.Series:
    """http(s) links only; other text never reaches the source_url column."""
    return text_where(values.str.match(S.URL_PATTERN), values, values.index)


def map_distinct(
    values: pd.Series, function: Callable[[str], str | None], dtype: str = "string"
) -> pd.Series:
    """``function`` (text to text or None) applied once per distinct value (datasets repeat a few names)."""
    # Looked up in Arrow: Series.map with a dict turns Arrow text into Python objects first.
    distinct, positions = distinct_values(arrow_text(values))
    results = pa.array([function(value) for value in distinct.to_pylist()], type=pa.large_string())
    found = text_series(pc.take(results, positions), values.index)
    return found if dtype == "string" else found.astype(dtype)


def per_distinct(build: Callable[..., pd.Series], *parts: pd.Series) -> pd.Series:
    """``build(*parts)`` (row by row, text out) computed once per distinct combination of the parts.

    Sentences made of a few repeated values (a conflict's name, its sides, a code) have
    a few dozen distinct combinations over 100,000 rows; building them per row cost
    10 ms a sentence.  ``build`` must treat each row on its own (as concat_text and
    join_columns do): it gets the distinct rows, and its result is spread back.
    """
    index = parts[0].index
    if not len(index):
        return build(*parts)
    combined = np.zeros(len(index), dtype=np.int64)
    size = 1  # combinations the key can take so far
    for part in parts:
        cells = pa.array(part.array) if not isinstance(part.dtype, np.dtype) else pa.array(part)
        # Missing is one of the distinct values, so every cell is numbered, nulls too.
        distinct, positions = distinct_values(cells, nulls=True)
        codes = positions.to_numpy().astype(np.int64)
        if size * len(distinct) >= 2**62:
            # Renumbered only when the mixed-radix key could overflow.
            combined, _ = pd.factorize(combined)
            size = int(combined.max()) + 1
        combined = combined * len(distinct) + codes
        size *= len(distinct)
    combined, _ = pd.factorize(combined)
    first = np.empty(int(combined.max()) + 1, dtype=np.int64)
    first[combined[::-1]] = np.arange(len(combined) - 1, -1, -1)  # each combination's first row
    distinct = [part.iloc[first].reset_index(drop=True) for part in parts]
    built = arrow_text(build(*distinct))
    return text_series(pc.take(built, pa.array(combined)), index)


def join_columns(*parts: pd.Series | str | None, sep: str = " ", index: pd.Index | None = None) -> pd.Series:
    """Non-empty parts joined row by row; ``<NA>`` where all are empty."""
    if index is None:
        index = next(p.index for p in parts if isinstance(p, pd.Series))
    # In Arrow throughout: pandas' where/fillna on Arrow text rebuilt the column per part
    # (0.1 s per join at 100,000 rows).  (pyarrow's binary_join_element_wise with
    # null_handling="skip" would be one call, but pyarrow 26 drops rows whose parts are all
    # missing, so the rows would shift; joining pairwise with the default "emit_null" does not.)
    joined: pa.Array | None = None
    for part in parts:
        if part is None:
            continue
        if isinstance(part, pd.Series):
            cells = arrow_text(part)
        else:
            cells = pa.array(np.full(len(index), part, dtype=object), type=pa.large_string())
        cells = empty_as_null(cells)
        if cells.null_count == len(cells):
            continue
        if joined is None:
            joined = cells
        else:
            both = pc.binary_join_element_wise(joined, cells, pa.scalar(sep, pa.large_string()))
            joined = pc.coalesce(both, joined, cells)
    if joined is None:
        return missing_text(index)
    return text_series(joined, index)


def point(
    frame: pd.DataFrame, problems: RowProblems, latitude: str = "latitude", longitude: str = "longitude"
) -> tuple[pd.Series, pd.Series]:
    """The latitude and longitude columns, each checked for its range (see :func:`coordinates`)."""
    return (
        coordinates(frame, latitude, -90, 90, problems),
        coordinates(frame, longitude, -180, 180, problems),
    )


def day_or_unknown(date: pd.Series) -> pd.Series:
    """``day`` where a date was read (the formats that date to the day), ``unknown`` elsewhere."""
    return text_where(date.notna(), "day", date.index).fillna("unknown")


def concat_text(*parts: pd.Series | str, index: pd.Index | None = None) -> pd.Series:
    """The parts written one after another per row; ``<NA>`` where any part is missing (as ``+`` does).

    One Arrow call for the whole sentence, where chaining ``+`` makes one per part.
    """
    if index is None:
        index = next(p.index for p in parts if isinstance(p, pd.Series))
    cells = [
        arrow_text(part) if isinstance(part, pd.Series) else pa.scalar(part, pa.large_string())
        for part in parts
    ]
    joined = pc.binary_join_element_wise(*cells, pa.scalar("", pa.large_string()))
    if isinstance(joined, pa.Scalar):
        return pd.Series(joined.as_py(), index=index, dtype="string")
    return text_series(joined, index)


def lookup(values: pd.Series, mapping: dict[str, str]) -> pd.Series:
    """``values.map(mapping)`` as text (``<NA>`` where a value has no entry), looked up in Arrow."""
    keys = pa.array(list(mapping), type=pa.large_string())
    found = pc.take(
        pa.array(list(mapping.values()), type=pa.large_string()), pc.index_in(arrow_text(values), keys)
    )
    return text_series(found, values.index)


def text_where(mask: pd.Series, value: str | pd.Series, index: pd.Index) -> pd.Series:
    """``value`` where ``mask`` holds, ``<NA>`` elsewhere."""
    keep = pd.Series(mask, index=index).fillna(False).astype(bool)
    if isinstance(value, pd.Series) and not value.index.equals(index):
        return value.astype("string").where(keep)  # aligned by label, as pandas does
    # In Arrow: pandas' where on Arrow text rebuilt the column (4 ms at 100,000 rows).
    cells = arrow_text(value) if isinstance(value, pd.Series) else pa.scalar(value, pa.large_string())
    chosen = pc.if_else(pa.array(keep.to_numpy(dtype=bool)), cells, pa.scalar(None, pa.large_string()))
    return text_series(chosen, index)


def weapons_of(values: pd.Series) -> pd.Series:
    """The single weapon class each text names, or ``<NA>`` (see :mod:`data.vocabulary`)."""
    return classify_series(values, WEAPON_PATTERNS)


def targets_of(values: pd.Series) -> pd.Series:
    """The single target class each text names, or ``<NA>``."""
    return classify_series(values, TARGET_PATTERNS)


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


def country_codes(names: pd.Series, iso_numeric: pd.Series | None = None) -> pd.Series:
    """:func:`country_code` over whole columns (each distinct value once)."""
    from_names = map_distinct(names, lambda n: country_code(n))
    if iso_numeric is None:
        return from_names
    from_numbers = map_distinct(iso_numeric, lambda n: country_code(None, n))
    return from_numbers.fillna(from_names)


def text(value: Any) -> str | None:
    """A cell as stripped text; None for empty, None, NaN, lists and objects."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, (list, dict)):
        return None
    result = str(value).strip()
    return result or None


# --- placing events -----------------------------------------------------------------------

_GENERIC_PLACE_WORDS = re.compile(
    r"\b(town|city|village|settlement|urban-type settlement|smt|selo|raion|district|hromada)\b", re.IGNORECASE
)


def resolve_oblast(hint: str | None) -> str | None:
    """ISO code of an oblast named in any usual way; see :func:`geo.gazetteer.resolve_oblast`."""
    return gazetteer_resolve_oblast(hint) if isinstance(hint, str) else None


def _bare_place_name(name: str) -> str:
    """A place name without brackets and words such as "village" or "raion" ("Sakhny village (Sumy)" -> "Sakhny")."""
    return _GENERIC_PLACE_WORDS.sub("", re.sub(r"\(.*?\)", "", name)).strip()


@lru_cache(maxsize=8192)
def _geocode(name: str, oblast_iso: str | None, country_known: bool):
    for candidate in dict.fromkeys((name, _bare_place_name(name))):
        if not candidate:
            continue
        result = geocode_place(candidate, oblast_iso)
        # Without a country a misspelling could be a namesake abroad: exact names only then.
        if result.found and result.confidence >= (0.9 if country_known else 1.0):
            return result
    return None


@lru_cache(maxsize=8192)
def _settlement(name: str, oblast_iso: str | None):
    """A settlement the gazetteer lacks (a village), from the settlements table: the only one of that name in
    the oblast given, or in Ukraine when none is given; None when there is none or more than one."""
    candidate = _bare_place_name(name)
    found = find_settlements(candidate, oblast_iso) if candidate else []
    return found[0] if len(found) == 1 else None


def place_events(events: pd.DataFrame, hints: pd.Series, notes: pd.Series) -> pd.DataFrame:
    """Fill coordinates, oblast and country where the source left them out.

    Events in Ukraine (or of unknown country) without coordinates are geocoded from
    ``location`` with the offline gazetteer (``geo_precision`` = settlement), or else
    placed at their oblast (``geo_precision`` = oblast); how is said in the
    description.  Events abroad are never geocoded: the gazetteer is Ukrainian.
    Each distinct place name (with its oblast) is looked up once.
    """
    # Shallow: copy-on-write copies a column only when it is changed below (a deep copy of
    # every column cost 10 ms at 100,000 rows).
    events = events.copy(deep=False)
    index = events.index
    country = events[S.COUNTRY]
    may_be_ukraine = (country.isna() | (country == "UA")).astype(bool)
    hints = hints.astype("string").reset_index(drop=True).set_axis(index)
    hint_isos = map_distinct(hints.where(may_be_ukraine), resolve_oblast)
    # Whole columns, not .loc with a mask: Arrow text was rebuilt cell by cell.
    events[S.OBLAST_ISO] = fill_text(events[S.OBLAST_ISO], hint_isos)

    added = missing_text(index)
    todo = (events[S.LATITUDE].isna() & may_be_ukraine).to_numpy()
    if todo.any():
        wanted = pd.DataFrame(
            {
                "location": events.loc[todo, S.LOCATION].astype(object),
                "hint": hint_isos[todo].astype(object),
                "known": country[todo].notna().to_numpy(),
            }
        )
        wanted = wanted.where(wanted.notna(), None)
        latitude, longitude, precision, oblast, sentence = {}, {}, {}, {}, {}
        for key in set(wanted.itertuples(index=False, name=None)):
            location, hint_iso, known = key
            found = _geocode(location, hint_iso, known) if location else None
            village = _settlement(location, hint_iso) if location and found is None else None
            if village is not None and village.located in ("own", "hromada"):
                # A village below the gazetteer's floor: its own point, or its hromada's centre (within some
                # 20 km, like UCDP's and ACLED's "near the settlement"), and the description says which.
                latitude[key], longitude[key] = village.latitude, village.longitude
                precision[key], oblast[key] = "settlement", village.oblast_iso
                where = f"{village.name} ({village.hromada} hromada, {village.raion} raion)"
                sentence[key] = (
                    f"[Placed at {where} from the place name '{location}' with the settlements table; "
                    "the source gave no coordinates.]"
                    if village.located == "own"
                    else f"[Placed at the centre of the hromada of {where}, from the place name '{location}': "
                    "the source gave no coordinates and the bundled data has no point of the village's own.]"
                )
            elif found is not None:
                place = found.place
                latitude[key], longitude[key] = place.latitude, place.longitude
                precision[key], oblast[key] = "settlement", place.oblast_iso
                sentence[key] = (
                    f"[Placed at {place.name} from the place name '{location}' with the offline gazetteer; "
                    "the source gave no coordinates.]"
                )
            elif hint_iso is not None or village is not None:
                whole = find_oblast(hint_iso or village.oblast_iso)
                latitude[key], longitude[key] = whole.latitude, whole.longitude
                precision[key], oblast[key] = "oblast", whole.iso
                sentence[key] = (
                    f"[Placed in {whole.name} as a whole: the source gave no coordinates and no known place.]"
                    if village is None
                    else f"[Placed in {whole.name} as a whole: the source gave no coordinates, and the village "
                    f"{village.name} ({village.hromada} hromada, {village.raion} raion) has no point "
                    "in the bundled data nearer than its raion.]"
                )
        keys = pd.Series(list(wanted.itertuples(index=False, name=None)), index=wanted.index, dtype=object)
        placed = keys.map(lambda k: k in latitude).astype(bool)
        rows = placed.index[placed]
        if len(rows):
            chosen = keys[placed]
            events.loc[rows, S.LATITUDE] = chosen.map(latitude).astype("Float64")
            events.loc[rows, S.LONGITUDE] = chosen.map(longitude).astype("Float64")
            events.loc[rows, S.GEO_PRECISION] = chosen.map(precision).astype("string")
            gazetteer_oblast = chosen.map(oblast).astype("string")
            fill = events.loc[rows, S.OBLAST_ISO].isna() & gazetteer_oblast.notna()
            events.loc[fill[fill].index, S.OBLAST_ISO] = gazetteer_oblast[fill]
            events.loc[rows[country[rows].isna().to_numpy()], S.COUNTRY] = "UA"
            added.loc[rows] = chosen.map(sentence).astype("string")
    events[S.DESCRIPTION] = join_columns(
        events[S.DESCRIPTION], join_columns(notes.astype("string").set_axis(index), added), index=index
    )
    # Points decide their own oblast; points abroad keep the country the source gave.
    # Only points that still lack an oblast or a country are looked up (the slow part).
    country = events[S.COUNTRY]
    may_be_ukraine = country.isna() | (country == "UA")
    wanted = events[S.LATITUDE].notna() & (country.isna() | (events[S.OBLAST_ISO].isna() & may_be_ukraine))
    inside = missing_text(index)
    if wanted.any():
        inside[wanted] = assign_oblasts(events.loc[wanted, S.LATITUDE], events.loc[wanted, S.LONGITUDE])
    if wanted.any():
        events[S.OBLAST_ISO] = fill_text(events[S.OBLAST_ISO], text_where(may_be_ukraine, inside, index))
        events.loc[country.isna() & inside.notna(), S.COUNTRY] = "UA"
    if (events[S.OBLAST].isna() & events[S.OBLAST_ISO].notna()).any():
        # Looked up in Arrow: Series.map with a dict turned the codes into Python objects
        # first (20 ms at 100,000 rows).
        events[S.OBLAST] = fill_text(events[S.OBLAST], lookup(events[S.OBLAST_ISO], oblast_names()))
    return as_event_dtypes(events)


# --- finishing -------------------------------------------------------------------------


def finish_import(
    file_name: str,
    format_label: str,
    table: Table,
    mapped: Mapped,
    notes: list[str] | None = None,
) -> ImportResult:
    """Type, place and validate mapped columns; split the rows into loaded events and rejected rows.

    Parameters
    ----------
    file_name, format_label
        For the result and its messages.
    table
        The raw records (handed back unchanged for rejected rows).
    mapped
        The format's canonical columns and row problems (see :meth:`EventFormat.map_frame`).
    notes
        File-level remarks for the summary.

    Returns
    -------
    ImportResult
        Every record either loaded or rejected with a reason.
    """
    size = len(table)
    problems: dict[int, list[Problem]] = {n: [p] for n, p in table.problems.items()}
    for number, found in mapped.problems.by_row().items():
        problems.setdefault(number, []).extend(found)
    format_rejected = np.zeros(size, dtype=bool)
    format_rejected[[n - 1 for n in problems if 1 <= n <= size]] = True
    raw = mapped.columns.reset_index(drop=True)
    if format_rejected.any() and S.EVENT_ID in raw.columns:
        # A row the format rejected keeps no id, so it cannot make a later row a repeat.
        raw[S.EVENT_ID] = raw[S.EVENT_ID].astype("string").mask(format_rejected)
    events, cell_problems = coerce_events(raw, mapped.stripped)
    events = place_events(events, _or_empty(raw, OBLAST_HINT), _or_empty(raw, PLACE_NOTE))
    for problem in cell_problems + validate_events(events):
        # A row the format module already rejected has its own, better reason.
        if problem.row is not None and not format_rejected[problem.row - 1]:
            problems.setdefault(problem.row, []).append(problem.without_row())
    bad = sorted(n for n in problems if 1 <= n <= size)
    rejected = [
        RejectedRow(
            row=n,
            problems=tuple(problems[n]),
            raw=table.record(n),
            line=table.line(n),
        )
        for n in bad
    ]
    keep = np.ones(size, dtype=bool)
    keep[[n - 1 for n in bad]] = False
    # Every row kept (the usual case): the table as it is, not a masked copy of every column.
    loaded = events.reset_index(drop=True) if keep.all() else events[keep].reset_index(drop=True)
    loaded_rows = np.flatnonzero(keep) + 1
    return ImportResult(
        file_name=file_name,
        format=format_label,
        events=loaded,
        rows_in=size,
        rejected=rejected,
        notes=list(table.notes) + list(notes or []) + _oblast_notes(loaded, loaded_rows, table),
        columns=[c for c in table.columns if c != EXTRA],
        container=table.container,
        loaded_rows=loaded_rows,
        table=table,
    )


def _oblast_notes(loaded: pd.DataFrame, loaded_rows: np.ndarray, table: Table) -> list[str]:
    """One note listing loaded rows whose point is not in the oblast they name (loaded as given)."""
    found = points_outside_named_oblast(loaded)
    if not found:
        return []
    described = []
    for position, code, params in found[:MAX_OUTSIDE_LISTED]:
        number = int(loaded_rows[position - 1])
        line = table.line(number)
        where = {"number": number} if line is None else {"number": number, "line": line}
        described.append(Problem.of(None, None, code if line is None else f"{code}_line", **where, **params))
    more = len(found) - len(described)
    if more:
        return [Note("note_outside_named_oblast_more", n=len(found), rows=tuple(described), more_count=more)]
    return [Note("note_outside_named_oblast", n=len(found), rows=tuple(described))]


def _or_empty(raw: pd.DataFrame, name: str) -> pd.Series:
    if name in raw.columns:
        return raw[name].astype("string")
    return missing_text(raw.index)
