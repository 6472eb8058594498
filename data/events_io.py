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
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pandera.errors
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import process as fuzz_process

from data import schema as S
from data.cells import neutralise_columns, restore_columns
from data.i18n import N_, NP_, format_number, language, ntr, shown_value, tr
from data.limits import LIMIT_MESSAGES
from data.numbers import MAX_COUNT, NEGATIVE, NOT_NUMBER, NOT_WHOLE, TOO_LARGE, parse_counts
from data.plausible import implausible

# --- errors -------------------------------------------------------------------


# Every problem a file, a row or a cell can have, by code: the words are looked up when a
# problem is shown (in the reader's language), so code and tests work with codes and
# parameters, never with English text.  ``{name}`` placeholders are the problem's params.
PROBLEM_MESSAGES: dict[str, str | tuple[str, str]] = {
    # limits on what a file may cost (data.limits): refusals of a whole file
    **LIMIT_MESSAGES,
    # cells of the canonical table
    "count_as_bound": N_("is not a whole number (use ≥ 7 for 'at least 7')"),
    "count_too_large": N_("is too large for a number of people (more than {max})"),
    "count_negative": N_("is negative; a number of people cannot be"),
    "count_not_whole": N_("is not a whole number"),
    "not_a_number": N_("is not a number"),
    "not_true_or_false": N_("must be true or false"),
    "not_a_date": N_("is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)"),
    "not_in_vocabulary": N_("must be one of: {allowed}"),
    "repeated_id": N_("the same event_id appears on an earlier row"),
    "implausible_date": N_("is outside the plausible range {first} to {last}"),
    "swapped_in_oblast": N_(
        "latitude and longitude look swapped: ({point}) is outside Ukraine, which the row names "
        "(oblast {oblast}); ({swapped}) would be inside"
    ),
    "swapped_in_ukraine": N_(
        "latitude and longitude look swapped: ({point}) is outside Ukraine, which the row names "
        "(country UA); ({swapped}) would be inside"
    ),
    "outside_oblast": N_("the point ({point}) is outside Ukraine, which the row names (oblast {oblast})"),
    "outside_ukraine": N_("the point ({point}) is outside Ukraine, which the row names (country UA)"),
    # a point in Ukraine but outside the oblast its row names (loaded, and noted)
    "point_in_other_oblast": N_(
        "row {number}: the point ({point}) is in {actual_oblast}, not in {claimed_oblast}, which the row names"
    ),
    "point_in_other_oblast_line": N_(
        "row {number} (line {line}): the point ({point}) is in {actual_oblast}, not in {claimed_oblast}, "
        "which the row names"
    ),
    "point_beyond_borders": N_(
        "row {number}: the point ({point}) is outside Ukraine's borders, not in {claimed_oblast}, which the row names"
    ),
    "point_beyond_borders_line": N_(
        "row {number} (line {line}): the point ({point}) is outside Ukraine's borders, not in {claimed_oblast}, "
        "which the row names"
    ),
    # the header and the file
    "header_twice": N_("appears twice in the header"),
    "not_a_column": N_("is not a column of the events format"),
    "not_a_column_suggest": N_("is not a column of the events format (did you mean '{suggestion}'?)"),
    "header_missing": N_("is missing from the header"),
    "file_empty": N_("the file is empty"),
    "not_csv": N_("the file is not readable as CSV: {error}"),
    "not_json": N_("the file is not valid JSON (line {line}): {error}"),
    "not_feature_collection": N_("the file is not a GeoJSON FeatureCollection"),
    "not_a_point": N_("must be a Point with [longitude, latitude]"),
    "not_utf8": N_("the file is not UTF-8 text (byte {byte}); save it as UTF-8 CSV and try again"),
    # whole files that cannot be read (data.importers: ImportFileError); {file} is the file's name
    "file_is_empty": N_("{file} is empty."),
    "file_no_header": N_("{file} has no header row."),
    "file_no_header_sheet": N_("{file} has no header row in its first worksheet."),
    "file_header_twice": N_("{file}: the header names these columns twice: {columns}."),
    "file_not_csv": N_("{file} is not readable as CSV (near line {line}): {error}."),
    "file_not_text": N_(
        "{file} is not a text file (it contains binary data). "
        "Export the data as CSV, Excel (.xlsx) or JSON and upload that."
    ),
    "file_encoding": N_(
        "{file} is not in a text encoding Strike Map can read (UTF-8 or Windows-1252); "
        "the first unreadable byte is number {byte}. Save it again as 'CSV UTF-8' and try again."
    ),
    "file_not_json": N_("{file} is not valid JSON (line {line}, column {position}: {error})."),
    "file_not_json_cut": N_(
        "{file} is not valid JSON (line {line}, column {position}: {error}). "
        "The file seems to be cut off: download it again."
    ),
    "file_json_not_records": N_("{file} is JSON but not a list of records or a GeoJSON FeatureCollection."),
    "file_no_features": N_("{file} is a GeoJSON FeatureCollection without a list of features."),
    "file_parquet_unreadable": N_("{file} is a parquet file that cannot be read ({error})."),
    "file_excel_entities": N_(
        "{file} is an Excel file with XML entity declarations, which Strike Map does not expand "
        "(they can make a small file fill the server's memory; {error}). "
        "Save the workbook again from a spreadsheet program and upload that."
    ),
    "file_excel_unreadable": N_("{file} is an Excel file that cannot be opened ({error})."),
    "file_zip_unreadable": N_(
        "{file} looks like a ZIP or Excel file but cannot be opened; it may be cut off. "
        "Download or save it again."
    ),
    "file_zip_which_csv": N_(
        "{file} is a ZIP archive; Strike Map reads one CSV from it (for VIINA, the event_info file). "
        "CSV files inside: {members}. Unzip it and upload the one you want."
    ),
    "file_zip_no_csv": N_(
        "{file} is a ZIP archive; Strike Map reads one CSV from it (for VIINA, the event_info file). "
        "CSV files inside: none. Unzip it and upload the one you want."
    ),
    "file_zip_member_unreadable": N_("{file}: {member} inside the archive cannot be read ({error})."),
    "file_not_events_table": N_("{file} is not a Strike Map events table: {problems}."),
    "file_cannot_be_read": N_("{file} cannot be read: {error}."),
    "file_import_stopped": N_(
        "the import stopped before it finished (it may have needed more memory than the server has); "
        "nothing was loaded from it. Details are in the server's log."
    ),
    "file_unknown_format": N_(
        "{file}: the columns do not match any format Strike Map reads ({formats}). "
        "Its columns are: {columns}. Check that the first row is the header, or choose the format by hand."
    ),
    "file_unknown_format_more": N_(
        "{file}: the columns do not match any format Strike Map reads ({formats}). "
        "Its columns are: {columns} and {more} more. Check that the first row is the header, "
        "or choose the format by hand."
    ),
    "file_unknown_format_none": N_(
        "{file}: the columns do not match any format Strike Map reads ({formats}). "
        "Its columns are: none. Check that the first row is the header, or choose the format by hand."
    ),
    "file_columns_missing": NP_(
        "{file} does not have the columns of a {format} file: {columns} is missing.",
        "{file} does not have the columns of a {format} file: {columns} are missing.",
    ),
    "file_columns_missing_looks_like": NP_(
        "{file} does not have the columns of a {format} file: {columns} is missing. It looks like a {detected} file.",
        "{file} does not have the columns of a {format} file: {columns} are missing. "
        "It looks like a {detected} file.",
    ),
    # rows of other formats (data.importers)
    "not_a_valid_date": N_("is not a valid date"),
    "outside_range": N_("is outside {low} to {high}"),
    "not_0_or_1": N_("is not 0 or 1"),
    "not_yyyymmdd": N_("is not a date in the form YYYYMMDD"),
    "not_1_2_or_3": N_("is not 1, 2 or 3"),
    "acled_id_empty": N_("the ACLED event id is empty, so the row cannot be traced back"),
    "ucdp_id_empty": N_("the UCDP event id is empty, so the row cannot be traced back"),
    "viina_id_empty": N_("the VIINA event id is empty, so the row cannot be traced back"),
    "cir_id_empty": N_("the CIR entry id is empty, so the row cannot be traced back"),
    "bellingcat_id_empty": N_("the Bellingcat id is empty, so the record cannot be traced back"),
    "acled_not_attack": N_("not an attack: ACLED event type '{event_type}' is not mapped by Strike Map"),
    "cells_differ": N_("the row has {cells} cells but the header has {columns} columns"),
    "cells_fewer": N_(
        "the row has {cells} cells but the header has {columns} columns (the file may be cut off here)"
    ),
    "cells_beyond": N_("the row has cells beyond the {columns} named columns"),
    "record_not_object": N_("the record is not a JSON object"),
    "feature_not_object": N_("the feature is not a JSON object"),
    "geometry_not_point": N_("the geometry must be a Point with [longitude, latitude]"),
    "point_not_finite": N_("the point's coordinates must be finite numbers (found {found})"),
    "already_loaded": N_("the event_id {event_id} was already loaded from {origin}"),
    # the schema's checks (data.schema), by their names
    "not_two_letters": N_("must be a two-letter code"),
    "id_empty": N_("must not be empty"),
    "not_oblast_code": N_("must look like UA-23"),
    "count_below_zero": N_("must not be negative"),
    "latitude_range": N_("must be between -90 and 90"),
    "longitude_range": N_("must be between -180 and 180"),
    "not_http_link": N_("must be an http:// or https:// link"),
    "coordinates_together": N_("latitude and longitude must be given together"),
    "bound_without_count": N_("{flag} is true but {count} is empty"),
    "part_above_whole": N_("{part} is larger than the exact {whole}"),
    "unreadable_row": N_("the row could not be read"),
    # the steps of an import, shown on the progress bar of a big upload (the English keeps
    # "rows" for one row, as it always wrote; other languages have their plural forms)
    "step_starting": N_("Starting the import…"),
    "step_reading": N_("{file}: reading"),
    "step_reading_bytes": N_("{file}: reading, {done_bytes} of {size_bytes}"),
    "step_reading_rows": NP_("{file}: reading, {n} rows so far", "{file}: reading, {n} rows so far"),
    "step_mapping": NP_(
        "{file}: {n} rows read; mapping the columns", "{file}: {n} rows read; mapping the columns"
    ),
    "step_checking": NP_(
        "{file}: {n} rows read; placing and checking them", "{file}: {n} rows read; placing and checking them"
    ),
    "step_loaded": NP_("{file}: {n} rows read; {loaded} loaded", "{file}: {n} rows read; {loaded} loaded"),
    # notes on a whole file (data.importers): what was done, nothing refused
    "note_outside_named_oblast": NP_(
        "{n} row loaded with a point outside the oblast the row names; check the coordinates or the oblast: "
        "{rows}.",
        "{n} rows loaded with a point outside the oblast the row names; check the coordinates or the oblast: "
        "{rows}.",
    ),
    "note_outside_named_oblast_more": NP_(
        "{n} row loaded with a point outside the oblast the row names; check the coordinates or the oblast: "
        "{rows}; and {more_count} more.",
        "{n} rows loaded with a point outside the oblast the row names; check the coordinates or the oblast: "
        "{rows}; and {more_count} more.",
    ),
    # the event store's refusals (data.store)
    "store_no_event": N_("There is no event {event} in the store."),
    "store_no_event_deleted": N_("There is no event {event} in the store (it may have been deleted)."),
    "store_nothing_to_save": N_("Nothing to save: event {event} already has these values."),
    "store_no_batch": N_("There is no batch {batch}."),
    "store_batch_undone": N_("Batch {batch} was already undone (by batch {undo})."),
    "store_undo_changed_since": N_(
        "Cannot undo batch {batch}: event {event} was changed after it (by {who} in batch {later}). "
        "Undo that change first, or edit the event by hand."
    ),
    "store_undo_changed_since_someone": N_(
        "Cannot undo batch {batch}: event {event} was changed after it (by someone). "
        "Undo that change first, or edit the event by hand."
    ),
    "store_stale_edit": N_(
        "Event {event} was changed by {who} at {when} after you opened it (you had version {expected}, "
        "it is now version {version}). Your change was not saved: reload the event and make it again."
    ),
    "store_ids_taken": NP_(
        "{n} of these events are already in the store ({ids}); nothing was added. Give new events new ids, "
        "or import them as a revision that replaces the stored ones.",
        "{n} of these events are already in the store ({ids}); nothing was added. Give new events new ids, "
        "or import them as a revision that replaces the stored ones.",
    ),
    "store_changed_while_saving": N_("Event {event} changed while saving; reload it and try again."),
    "store_changed_while_deleting": N_("Event {event} changed while deleting; reload it and try again."),
    "store_not_a_column": N_("{name}: not a column of the events table"),
    "store_id_fixed": N_("event_id: an event's id cannot be changed (add a new event instead)"),
    "store_reason_needed": N_("reason: say why the event changes (it is kept in the history)"),
    "store_not_in_vocabulary": N_("event {number}, {name}: must be one of: {allowed} (found {found})"),
    "store_sign_in": N_("Sign in to change the events: viewers can only read."),
    "store_sign_in_again": N_("This sign-in is not valid (it may be from before a restart): sign in again."),
    "note_utf16": N_("The file is UTF-16 text; it was read as such."),
    "note_cp1252": N_(
        "The file is not UTF-8; it was read as Windows-1252 (cp1252), the encoding UCDP and older Excel use."
    ),
    "note_zip_member": N_("Read {member} from the ZIP archive."),
    "note_worksheet": N_("Read the worksheet '{sheet}'."),
    "note_worksheet_of_many": N_(
        "Read the worksheet '{sheet}'. The workbook has {count} sheets; only the first was read."
    ),
    "note_formulas_unsaved": NP_(
        "{n} cell holds a formula whose result was never saved ({cells}); it was read as empty (not reported). "
        "Open the workbook in a spreadsheet program, let it recalculate, save it and load it again to keep the values.",
        "{n} cells hold a formula whose result was never saved ({cells}); they were read as empty (not reported). "
        "Open the workbook in a spreadsheet program, let it recalculate, save it and load it again to keep the values.",
    ),
    "note_formulas_unsaved_more": NP_(
        "{n} cell holds a formula whose result was never saved ({cells} and {more} more); it was read as empty "
        "(not reported). Open the workbook in a spreadsheet program, let it recalculate, save it and load it again "
        "to keep the values.",
        "{n} cells hold a formula whose result was never saved ({cells} and {more} more); they were read as empty "
        "(not reported). Open the workbook in a spreadsheet program, let it recalculate, save it and load it again "
        "to keep the values.",
    ),
    "note_columns_ignored": N_("Columns not in the events format were ignored: {columns}."),
}
# What data.numbers says about a count it refuses, as problem codes.
COUNT_REASONS = {
    TOO_LARGE: "count_too_large",
    NEGATIVE: "count_negative",
    NOT_WHOLE: "count_not_whole",
    NOT_NUMBER: "not_a_number",
}


def _schema_rule_codes() -> dict[str, tuple[str, dict[str, str]]]:
    """The schema's check names (data.schema) as problem codes and parameters."""
    rules: dict[str, tuple[str, dict[str, str]]] = {
        "must be a two-letter code": ("not_two_letters", {}),
        "must not be empty": ("id_empty", {}),
        "must look like UA-23": ("not_oblast_code", {}),
        "must not be negative": ("count_below_zero", {}),
        "must be between -90 and 90": ("latitude_range", {}),
        "must be between -180 and 180": ("longitude_range", {}),
        "must be an http:// or https:// link": ("not_http_link", {}),
        "latitude and longitude must be given together": ("coordinates_together", {}),
    }
    for count in S.COUNT_COLUMNS:
        flag = S.at_least_column(count)
        rules[f"{flag} is true but {count} is empty"] = (
            "bound_without_count",
            {"flag": flag, "count": count},
        )
    for part, whole in ((S.CHILDREN_KILLED, S.KILLED), (S.CHILDREN_INJURED, S.INJURED)):
        rules[f"{part} is larger than the exact {whole}"] = (
            "part_above_whole",
            {"part": part, "whole": whole},
        )
    return rules


SCHEMA_RULES = _schema_rule_codes()


def _params(params: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    # Sorted by name; lists (labels, back from JSON) as tuples, so a problem stays hashable;
    # problems inside a problem (dicts, back from JSON) as Problems again.
    return tuple(sorted((k, _param(v)) for k, v in params.items()))


def _param(value: Any) -> Any:
    if isinstance(value, dict) and "code" in value:
        return Problem.from_dict(value)
    if isinstance(value, list | tuple):
        return tuple(_param(item) for item in value)
    return value


def _param_data(value: Any) -> Any:
    # JSON-ready: a problem inside a problem as its dict.
    if isinstance(value, Problem):
        return value.as_dict()
    if isinstance(value, tuple):
        return [_param_data(item) for item in value]
    return value


def _shown_param(name: str, value: Any) -> Any:
    # A problem inside a problem is worded too (several joined with "; "); a tuple holds
    # labels (each through the catalogue); "..._bytes" and "..._count" are numbers, written
    # in the reader's units and digits (data.i18n.shown_value).
    if isinstance(value, Problem):
        return value.describe()
    if isinstance(value, tuple) and value and all(isinstance(item, Problem) for item in value):
        return "; ".join(item.describe() for item in value)
    if isinstance(value, tuple):
        return ", ".join(tr(str(item)) for item in value)
    if name.endswith("_oblast") and isinstance(value, str):
        return _oblast_with_code(value)
    return shown_value(name, value)


def _oblast_with_code(iso: str) -> str:
    # "Odesa Oblast (UA-51)", "Одеська область (UA-51)": the name in the reader's language.
    from data.display import oblast_name
    from geo.oblasts import oblast_names

    return f"{oblast_name(iso, oblast_names().get(iso, iso))} ({iso})"


def default_row_label(n: int) -> str:
    return tr("row {n}", n=n)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell (or one row, when ``column`` is None), as data.

    ``code`` names the message (:data:`PROBLEM_MESSAGES`) and ``params`` fills it, so a
    problem is checked by its code and shown in the reader's language.  ``value`` is the
    cell as found: written after the message ("(found 'x')"), or before it when
    ``value_first`` ("'x' is not a valid date", as the importers word it).  ``field``
    says "field 'id'" rather than "column 'id'" (JSON records).
    """

    row: int | None  # 1-based data row (header excluded); None for file-level problems
    column: str | None
    code: str
    value: str | None = None
    params: tuple[tuple[str, Any], ...] = ()
    value_first: bool = False
    field: bool = False

    @classmethod
    def of(
        cls,
        row: int | None,
        column: str | None,
        code: str,
        value: str | None = None,
        *,
        value_first: bool = False,
        field: bool = False,
        **params: Any,
    ) -> Problem:
        """A problem with its parameters given by name."""
        if code not in PROBLEM_MESSAGES and code != "rule":
            raise ValueError(f"unknown problem code {code!r}")
        return cls(row, column, code, value, _params(params), value_first, field)

    @property
    def message(self) -> str:
        """What is wrong, in the current language (without the row, column or value).

        A parameter given as a tuple holds labels (format names): each is shown through
        the catalogue, joined with commas; a parameter that is a :class:`Problem` (or a
        tuple of them) is worded too; a whole number named ``..._bytes`` is a size and one
        named ``..._count`` a count, shown in the reader's units (:func:`data.i18n.shown_value`);
        an ISO code named ``..._oblast`` is shown as the oblast's name and code.
        """
        values = {name: _shown_param(name, value) for name, value in self.params}
        if self.code == "rule":
            # A rule's own words (the schema's checks): translated when the catalogue has them.
            return tr(str(values.get("text", "")))
        template = PROBLEM_MESSAGES[self.code]
        if isinstance(template, tuple):
            count = values.pop("n")
            return ntr(template[0], template[1], count, **values)
        return tr(template, **values)

    def describe(self, row_label: Callable[[int], str] | None = None) -> str:
        """``row 3, column 'weapon': must be one of: ... (found 'catapult')`` in the current language."""
        where = []
        if self.row is not None:
            where.append((row_label or default_row_label)(self.row))
        if self.column is not None:
            where.append(
                tr("field '{column}'", column=self.column)
                if self.field
                else tr("column '{column}'", column=self.column)
            )
        message = self.message
        if self.value not in (None, ""):
            if self.value_first:
                message = f"{self.value!r} {message}"
            else:
                message += " " + tr("(found {value})", value=repr(self.value))
        prefix = ", ".join(where)
        return f"{prefix}: {message}" if prefix else message

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (the import cache keeps problems as data)."""
        return {
            "row": self.row,
            "column": self.column,
            "code": self.code,
            "value": self.value,
            "params": {name: _param_data(value) for name, value in self.params},
            "value_first": self.value_first,
            "field": self.field,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Problem:
        return cls(
            data["row"],
            data["column"],
            data["code"],
            data["value"],
            _params(data["params"]),
            data["value_first"],
            data["field"],
        )

    def without_row(self) -> Problem:
        return replace(self, row=None)


class Note(str):
    """A remark on a whole file, as data: its English text (a ``str``, for scripts, logs and
    tests) that also carries its :class:`Problem` (code and parameters), shown with
    :func:`note_text` in the reader's language."""

    problem: Problem

    def __new__(cls, code: str, **params: Any) -> Note:
        problem = Problem.of(None, None, code, **params)
        with language("en"):
            note = super().__new__(cls, problem.message)
        note.problem = problem
        return note

    @property
    def code(self) -> str:
        return self.problem.code

    def __reduce__(self):
        return _note_from_problem, (self.problem.as_dict(),)


def _note_from_problem(data: dict[str, Any]) -> Note:
    problem = Problem.from_dict(data)
    return Note(problem.code, **dict(problem.params))


def note_text(note: str) -> str:
    """An import note in the reader's language (a plain string, from an older cache, as it is)."""
    return note.problem.message if isinstance(note, Note) else str(note)


def note_to_data(note: str) -> Any:
    """JSON-ready: a :class:`Note` as its problem, a plain note as its text."""
    return note.problem.as_dict() if isinstance(note, Note) else str(note)


def note_from_data(data: Any) -> str:
    return _note_from_problem(data) if isinstance(data, dict) else str(data)


class EventsFileError(ValueError):
    """A file that is not a valid events table; ``problems`` says where and why."""

    def __init__(
        self,
        problems: list[Problem],
        row_label: Callable[[int], str] = default_row_label,
        max_listed: int = 20,
    ):
        self.problems = problems
        self.row_label = row_label
        lines = [p.describe(row_label) for p in problems[:max_listed]]
        if len(problems) > max_listed:
            lines.append(tr("... and {count} more problems", count=len(problems) - max_listed))
        super().__init__("\n".join(lines))


def csv_row_label(n: int) -> str:
    # The header is line 1, so data row n sits on line n + 1.
    return tr("row {n} (line {line})", n=n, line=n + 1)


def feature_row_label(n: int) -> str:
    return tr("feature {n}", n=n)


# --- parsing single columns ---------------------------------------------------

_TRUE = {"true", "t", "yes", "y", "1"}
_FALSE = {"false", "f", "no", "n", "0", ""}
_LOWER_BOUND = re.compile(
    r"^\s*(?:≥|>=|>|at\s+least|over|more\s+than|min\.?)\s*(\d+)\s*$|^\s*(\d+)\s*\+\s*$",
    re.IGNORECASE,
)


def arrow_text(values: pd.Series) -> pa.Array:
    """A column as an Arrow ``large_string`` array (no copy when it is Arrow-backed text already)."""
    if not (isinstance(values.dtype, pd.StringDtype) and values.dtype.storage == "pyarrow"):
        values = values.astype("string")
    array = pa.array(values.array)
    return array if array.type == pa.large_string() else array.cast(pa.large_string())


def distinct_values(cells: pa.Array | pa.ChunkedArray, nulls: bool = False) -> tuple[pa.Array, pa.Array]:
    """The distinct values of ``cells`` and each cell's position among them, in one pass.

    Without ``nulls`` a missing cell has no position (null) and no place among the
    distinct values; with it, missing is one of them like any value.  One hash pass
    (``dictionary_encode``), where ``unique`` then ``index_in`` hashed every cell twice.
    """
    encoded = pc.dictionary_encode(cells, null_encoding="encode" if nulls else "mask")
    if isinstance(encoded, pa.ChunkedArray):
        # The chunks share one dictionary (the kernel's table grows over them all).
        if not encoded.num_chunks:
            return pa.array([], cells.type), pa.array([], pa.int32())
        return encoded.chunks[-1].dictionary, pa.chunked_array(
            [chunk.indices for chunk in encoded.chunks], type=encoded.type.index_type
        )
    return encoded.dictionary, encoded.indices


def text_series(array: pa.Array | pa.ChunkedArray, index: pd.Index) -> pd.Series:
    """An Arrow string array as a ``string`` Series (missing is ``<NA>``) on ``index``."""
    return pd.Series(pd.arrays.ArrowStringArray(array), index=index, copy=False)


def missing_text(index: pd.Index) -> pd.Series:
    """A ``string`` Series of ``<NA>`` on ``index``: ``pd.Series(pd.NA, dtype="string")``, built in Arrow.

    pandas repeats the scalar cell by cell (1.5 ms at 100,000 rows; an import builds
    one for every column a file does not have), where Arrow's nulls cost nothing.
    """
    return text_series(pa.nulls(len(index), pa.large_string()), index)


def stripped_text(values: pd.Series) -> pa.Array:
    """:func:`arrow_text` stripped, with empty cells as nulls."""
    cells = arrow_text(values)
    if cells.null_count == len(cells):
        return cells  # a column the file does not have: nothing to strip
    return empty_as_null(pc.utf8_trim_whitespace(cells))


def fill_text(values: pd.Series, fill: pd.Series | str) -> pd.Series:
    """``values.fillna(fill)`` for a text column, in Arrow (``fill``: one text, or text on the same index).

    pandas fills Arrow text through a masked replace that rebuilds the column (about 5 ms
    a column at 100,000 rows, and an import fills a dozen); Arrow's ``if_else`` and
    ``coalesce`` take a third of that.  Anything else (other types, another index) is
    left to pandas.
    """
    same_index = not isinstance(fill, pd.Series) or fill.index.equals(values.index)
    if not (isinstance(values.dtype, pd.StringDtype) and same_index and isinstance(fill, (pd.Series, str))):
        return values.fillna(fill)
    cells = arrow_text(values)
    if not cells.null_count:
        return text_series(cells, values.index)
    if isinstance(fill, str):
        return text_series(pc.coalesce(cells, pa.scalar(fill, pa.large_string())), values.index)
    return text_series(pc.if_else(pc.is_valid(cells), cells, arrow_text(fill)), values.index)


def empty_as_null(text: pa.Array) -> pa.Array:
    """Empty strings as nulls (the copy is made only when there is one)."""
    empty = pc.equal(text, "")
    if not pc.any(empty).as_py():
        return text
    return pc.if_else(empty, pa.scalar(None, text.type), text)


def as_categories(values: pd.Series, dtype: pd.CategoricalDtype) -> pd.Series:
    """Text (or categories) as ``dtype``; a value not among its categories becomes missing, as astype does."""
    if isinstance(values.dtype, pd.CategoricalDtype) or not isinstance(values.dtype, pd.StringDtype):
        return values.astype(dtype)
    # Codes looked up in Arrow: pandas' astype turns Arrow text into Python objects first
    # (0.06 s a column at 100,000 rows).
    categories = pa.array(list(dtype.categories), type=pa.large_string())
    codes = pc.index_in(arrow_text(values), value_set=categories).fill_null(-1)
    codes = codes.to_numpy(zero_copy_only=False).astype(np.int8 if len(categories) < 127 else np.int32)
    return pd.Series(pd.Categorical.from_codes(codes, dtype=dtype), index=values.index)


def as_event_dtypes(events: pd.DataFrame) -> pd.DataFrame:
    """``events.astype(S.DTYPES)``, with the category columns typed through Arrow.

    Only the columns not typed already are converted: an import types its table twice
    (after reading the cells, after placing the events), and a table-wide astype cost
    7 ms at 100,000 rows even when nothing changed.
    """
    typed = events.copy(deep=False)
    if any(name not in typed.columns for name in S.DTYPES):
        return typed.astype(S.DTYPES)  # raises as astype does
    for name, dtype in S.DTYPES.items():
        if isinstance(dtype, pd.CategoricalDtype) and not _has_dtype(typed[name], dtype):
            typed[name] = as_categories(typed[name], dtype)
    untyped = {name: dtype for name, dtype in S.DTYPES.items() if not _has_dtype(typed[name], dtype)}
    return typed.astype(untyped) if untyped else typed


def _has_dtype(values: pd.Series, dtype: Any) -> bool:
    """Whether ``values`` is exactly of ``dtype`` (string storage and categories in order included)."""
    have, want = values.dtype, pd.api.types.pandas_dtype(dtype)
    if isinstance(want, pd.CategoricalDtype):
        return (
            isinstance(have, pd.CategoricalDtype)
            and have.ordered == want.ordered
            and have.categories.dtype == want.categories.dtype
            and list(have.categories) == list(want.categories)
        )
    if isinstance(want, pd.StringDtype):
        return isinstance(have, pd.StringDtype) and (have.storage, have.na_value) == (
            want.storage,
            want.na_value,
        )
    return type(have) is type(want) and have == want


def _as_text(values: pd.Series) -> pd.Series:
    """Strip text; empty becomes <NA>."""
    # In Arrow: pandas' mask() on Arrow text rebuilds the array cell by cell (0.02 s a column
    # at 100,000 rows, and an import strips each column twice).
    return text_series(stripped_text(values), values.index)


def _rows_where(mask: pd.Series) -> Iterable[int]:
    return (int(i) + 1 for i in mask[mask].index)


def _parse_counts(
    values: pd.Series, flags: pd.Series | None, column: str, problems: list[Problem]
) -> tuple[pd.Series, pd.Series]:
    """Parse a count column; ``≥ 7``, ``>=7``, ``7+`` and ``at least 7`` are lower bounds."""
    if pd.api.types.is_integer_dtype(values.dtype) or values.isna().all():
        # Already whole numbers (an importer's parsed column, a parquet file, GeoJSON):
        # refused for the same reasons as digits in text.
        numbers = values.astype("Int64")
        for refused, reason in ((numbers < 0, NEGATIVE), (numbers > MAX_COUNT, TOO_LARGE)):
            refused = refused.fillna(False).astype(bool)
            if not refused.any():
                continue  # nearly always: no masked copy of the column
            for row in _rows_where(refused):
                problems.append(count_problem(row, column, reason, str(numbers.iloc[row - 1])))
            numbers = numbers.mask(refused)
        bound = pd.Series(False, index=values.index)
        if flags is not None:
            bound = bound | _parse_flags(flags, S.at_least_column(column), problems)
        return numbers, bound.astype("boolean")
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
            problems.append(Problem.of(row, column, "count_as_bound", text.iloc[row - 1]))
        reasons = reasons.mask(still)
    for row in _rows_where(reasons.notna()):
        problems.append(count_problem(row, column, str(reasons.iloc[row - 1]), text.iloc[row - 1]))
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
        problems.append(Problem.of(row, column, "not_true_or_false", values.iloc[row - 1]))
    return flags


def _parse_dates(values: pd.Series, column: str, problems: list[Problem]) -> tuple[pd.Series, pd.Series]:
    """Parse ISO dates; ``2025-04`` and ``2025`` are read with month and year precision."""
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        # Parsed by an importer (or typed in a parquet file): a date, to the day.
        parsed = values.dt.tz_localize(None) if getattr(values.dt, "tz", None) else values
        parsed = parsed.dt.normalize().astype("datetime64[s]")
        day = pc.if_else(
            pa.array(parsed.notna().to_numpy(dtype=bool)),
            pa.scalar("day", pa.large_string()),
            pa.scalar(None, pa.large_string()),
        )
        precision = text_series(day, values.index)  # in Arrow: pandas' where rebuilt the column
        return parsed, precision
    text = _as_text(values)
    if not text.notna().any():  # a column the file does not have
        return pd.Series(pd.NaT, index=text.index, dtype="datetime64[s]"), missing_text(text.index)
    # Time-of-day parts are dropped: the table keeps dates.
    text = text.str.replace(r"[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$", "", regex=True)
    parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[s]")
    precision = missing_text(text.index)
    for fmt, level in (("%Y-%m-%d", "day"), ("%Y-%m", "month"), ("%Y", "year")):
        todo = text.notna() & parsed.isna()
        if not todo.any():
            break
        attempt = pd.to_datetime(text[todo], format=fmt, errors="coerce")
        ok = attempt.dropna()
        parsed.loc[ok.index] = ok.astype("datetime64[s]")
        precision.loc[ok.index] = level
    for row in _rows_where(text.notna() & parsed.isna()):
        problems.append(Problem.of(row, column, "not_a_date", text.iloc[row - 1]))
    return parsed, precision


def _parse_vocabulary(
    values: pd.Series,
    column: str,
    allowed: tuple[str, ...],
    problems: list[Problem],
    text: pd.Series | None = None,
) -> pd.Series:
    """The allowed words (lower case, ``_`` as a space); ``text`` is ``values`` stripped, if known."""
    text = _as_text(values) if text is None else text
    # Read per distinct value: a vocabulary column repeats a handful of words, and lower(),
    # replace() and isin() over every cell were 4 ms a column at 100,000 rows.
    cells = arrow_text(text)
    distinct = pc.unique(cells.drop_null())
    words = pc.replace_substring(pc.utf8_lower(distinct), "_", " ")
    known = pc.is_in(words, pa.array(allowed, type=words.type)).to_numpy(zero_copy_only=False)
    codes = pc.index_in(cells, distinct).fill_null(-1).to_numpy(zero_copy_only=False)
    bad = pd.Series(~known[codes] & (codes >= 0) if len(distinct) else codes >= 0, index=text.index)
    for row in _rows_where(bad):
        problems.append(
            Problem.of(row, column, "not_in_vocabulary", values.iloc[row - 1], allowed=", ".join(allowed))
        )
    shown = pc.if_else(known, words, pa.scalar(None, words.type))
    return text_series(pc.take(shown, pc.index_in(cells, distinct)), text.index)


def _parse_coordinates(values: pd.Series, column: str, problems: list[Problem]) -> pd.Series:
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        return values.astype("Float64")
    text = _as_text(values).str.replace(",", ".", regex=False)
    numbers = pd.to_numeric(text, errors="coerce")
    for row in _rows_where(text.notna() & numbers.isna()):
        problems.append(Problem.of(row, column, "not_a_number", values.iloc[row - 1]))
    return numbers.astype("Float64")


# --- the table as a whole -----------------------------------------------------


def _not_a_column(name: str) -> Problem:
    match = fuzz_process.extractOne(name, S.COLUMNS, score_cutoff=75)
    if match:
        return Problem.of(None, name, "not_a_column_suggest", suggestion=match[0])
    return Problem.of(None, name, "not_a_column")


def count_problem(row: int | None, column: str, reason: str, value: str | None, **options: Any) -> Problem:
    """A count :mod:`data.numbers` refused (``reason`` is one of its constants), as a problem."""
    code = COUNT_REASONS[reason]
    params = {"max": format_number(MAX_COUNT)} if code == "count_too_large" else {}
    return Problem.of(row, column, code, value, **options, **params)


def check_header(columns: Iterable[str]) -> list[Problem]:
    """Problems with a header: unknown names, duplicates, required names missing."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for name in columns:
        if name in seen:
            problems.append(Problem.of(None, name, "header_twice"))
        seen.add(name)
        if name not in S.COLUMNS:
            problems.append(_not_a_column(name))
    for name in S.REQUIRED_COLUMNS:
        if name not in seen:
            problems.append(Problem.of(None, name, "header_missing"))
    return problems


def coerce_events(raw: pd.DataFrame, stripped: Iterable[str] = ()) -> tuple[pd.DataFrame, list[Problem]]:
    """Turn a table of text cells into typed canonical columns.

    Parameters
    ----------
    raw
        One row per event, cells as text (missing columns are allowed, except
        ``event_id``).
    stripped
        Text columns of ``raw`` that are stripped already, with empty cells missing (an
        importer's own mapping): taken as they are instead of stripped again.

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
        return missing_text(pd.RangeIndex(n))

    stripped = frozenset(stripped)

    def text(name: str) -> pd.Series:
        values = column(name)
        if name in stripped and isinstance(values.dtype, pd.StringDtype):
            return text_series(arrow_text(values), values.index)
        return _as_text(values)

    out: dict[str, pd.Series] = {}
    for name in S.TEXT_COLUMNS:
        out[name] = text(name)
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
        out[name] = _parse_vocabulary(column(name), name, allowed, problems, text(name))
    given = out[S.DATE_PRECISION]
    out[S.DATE_PRECISION] = fill_text(fill_text(given, inferred_precision), "unknown")
    for name, default in S.DEFAULTS.items():
        out[name] = fill_text(out[name], default)

    # copy=False: the columns are this function's own, so no consolidating copy (4 ms).
    events = as_event_dtypes(pd.DataFrame({name: out[name] for name in S.COLUMNS}, copy=False))
    return events, problems


def validate_events(events: pd.DataFrame) -> list[Problem]:
    """Check a typed table against the schema; return the problems (empty if valid).

    Beyond the schema, values that parse but cannot be true are problems too
    (:mod:`data.plausible`): dates before 1900 or over a year ahead, and points
    outside Ukraine on rows that say they are in Ukraine.
    """
    problems = [
        Problem.of(row, column, code, value, **params)
        for row, column, code, params, value in implausible(events)
    ]
    try:
        # On a shallow copy in place: pandera's own deep copy cost 5 ms at 100,000 rows, and
        # copy-on-write keeps the caller's table as it was whatever pandera assigns.
        S.EVENTS_SCHEMA.validate(events.copy(deep=False), lazy=True, inplace=True)
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
            problems.append(Problem.of(row, column, "repeated_id", value))
            continue
        code, params = SCHEMA_RULES.get(check, ("rule", {"text": check}))
        problems.append(Problem.of(row, column, code, value, **params))
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
        raise EventsFileError([Problem.of(None, None, "not_utf8", byte=err.start)]) from None


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
        raise EventsFileError([Problem.of(None, None, "file_empty")])
    try:
        raw = _read_csv_fast(content)
        if raw is None:
            raw = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=[])
    except (pd.errors.ParserError, ValueError) as err:
        raise EventsFileError([Problem.of(None, None, "not_csv", error=str(err))]) from None
    # Our CSV export quotes formula-like text (data/cells.py); take that quote off again.
    return finish_events(restore_columns(raw, S.TEXT_COLUMNS), csv_row_label)


_FEATURE_COLLECTION = re.compile(r'"type"\s*:\s*"FeatureCollection"')


def _geojson_refusal(text: str) -> EventsFileError:
    """Why GDAL could not read the file, in the words the JSON parser finds (only on failure)."""
    try:
        json.loads(text)
    except json.JSONDecodeError as err:
        return EventsFileError([Problem.of(None, None, "not_json", line=err.lineno, error=err.msg)])
    return EventsFileError([Problem.of(None, None, "not_feature_collection")])


def _typed_properties(features: gpd.GeoDataFrame) -> pd.DataFrame:
    """The properties as GDAL typed them; nested values (lists, objects) as their text."""
    properties = pd.DataFrame(features.drop(columns=features.geometry.name))
    for name in properties.columns:
        dtype = properties[name].dtype
        if isinstance(dtype, pd.ArrowDtype) and pa.types.is_nested(dtype.pyarrow_dtype):
            properties[name] = properties[name].astype(str).astype("string")
    return properties


def read_events_geojson(source: Source) -> pd.DataFrame:
    """Read a GeoJSON FeatureCollection of Point features (null geometry = no place) through geopandas.

    pyogrio reads it with GDAL and types each property from its JSON values: numbers
    stay numbers, booleans booleans, and text stays text (a description that reads
    "true" is text).  Dates are kept as text and read like the CSV's, so ``2025-04``
    keeps its month precision.
    """
    text = _decode(_read_bytes(source))
    if not _FEATURE_COLLECTION.search(text):
        raise _geojson_refusal(text)
    try:
        with warnings.catch_warnings():
            # A property holding text in one feature and a boolean in another is text: as meant.
            warnings.filterwarnings("ignore", "Could not parse column", UserWarning)
            features = gpd.read_file(
                io.BytesIO(text.encode("utf-8")),
                engine="pyogrio",
                use_arrow=True,
                arrow_to_pandas_kwargs={"types_mapper": pd.ArrowDtype},
                DATE_AS_STRING="YES",
            )
    except Exception:  # noqa: BLE001 - GDAL refuses malformed files in many ways
        raise _geojson_refusal(text) from None
    if features.empty and S.EVENT_ID not in features.columns:
        return finish_events(pd.DataFrame(columns=[S.EVENT_ID]), feature_row_label)
    geometry = features.geometry
    placed = geometry.notna() & ~geometry.is_empty
    not_points = placed & (geometry.geom_type != "Point")
    if not_points.any():
        problems = [
            Problem.of(int(n) + 1, "geometry", "not_a_point") for n in np.flatnonzero(not_points.to_numpy())
        ]
        raise EventsFileError(problems, feature_row_label)
    raw = _typed_properties(features).reset_index(drop=True)
    points = placed.to_numpy()
    # GeoJSON orders coordinates longitude first; GDAL gives them as x, y.
    for name, values in ((S.LONGITUDE, geometry.x), (S.LATITUDE, geometry.y)):
        values = pd.Series(np.where(points, values.where(placed), np.nan))
        if name in raw.columns:
            # A feature without a geometry keeps the coordinate its properties give.
            given = raw[name].astype("string")
            raw[name] = given.mask(points, pd.Series([repr(v) for v in values], dtype="string"))
        else:
            raw[name] = values.astype("Float64")
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
