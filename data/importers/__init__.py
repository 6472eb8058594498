"""Importers for the event datasets analysts already have.

:func:`import_file` reads one file in any supported format (detected from its
content, or forced) and returns an :class:`ImportResult`: the canonical events,
and every input row that was not loaded with the reason.  :func:`import_files`
reads several and flags likely duplicates across them for review.

Formats: ACLED exports, UCDP GED, CIR Eyes on Russia, Bellingcat TimeMap,
VIINA event_info, and Strike Map's own events table (CSV, GeoJSON, Excel).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import pandas as pd

from data import schema as S
from data.events_io import concat_events
from data.importers import acled, bellingcat, canonical, cir, ucdp, viina
from data.importers.common import ImportResult, RejectedRow, rejected_rows_file
from data.importers.duplicates import flag_possible_duplicates
from data.importers.reading import ImportFileError, Table, read_table
from data.limits import Limits

FORMATS: dict[str, ModuleType] = {
    module.NAME: module for module in (acled, ucdp, cir, bellingcat, viina, canonical)
}
FORMAT_LABELS: dict[str, str] = {name: module.LABEL for name, module in FORMATS.items()}
# The most specific headers first; the canonical table is the fallback.
_DETECTION_ORDER = ("acled", "ucdp", "cir", "viina", "bellingcat", "canonical")


def _column_set(table: Table) -> set[str]:
    return {str(c).replace("\ufeff", "").strip().lower() for c in table.columns}


def detect_format(table: Table) -> str | None:
    """The name of the format whose columns the table has, or None.

    Parameters
    ----------
    table
        The raw records of a file (see :func:`data.importers.reading.read_table`).

    Returns
    -------
    str or None
        A key of :data:`FORMATS`.
    """
    columns = _column_set(table)
    for name in _DETECTION_ORDER:
        module = FORMATS[name]
        if name == "bellingcat" and table.container != "json":
            continue
        if module.REQUIRED <= columns:
            return name
    return None


def _unknown_format_message(file_name: str, table: Table) -> str:
    shown = ", ".join(str(c) for c in table.columns[:8]) or "none"
    more = f" and {len(table.columns) - 8} more" if len(table.columns) > 8 else ""
    return (
        f"{file_name}: the columns do not match any format Strike Map reads "
        f"({', '.join(FORMAT_LABELS.values())}). Its columns are: {shown}{more}. "
        "Check that the first row is the header, or choose the format by hand."
    )


def import_file(
    name: str, content: bytes, fmt: str | None = None, limits: Limits | None = None
) -> ImportResult:
    """Import one file into the canonical events table.

    Parameters
    ----------
    name
        The file name (for messages and the result).
    content
        The file's bytes.
    fmt
        A key of :data:`FORMATS` to force a format; None detects it from the content.
    limits
        What reading the file may cost (:mod:`data.limits`); None reads the environment.

    Returns
    -------
    ImportResult
        The loaded events and every rejected row with its reason;
        ``rows_in == rows_loaded + rows_rejected``.

    Raises
    ------
    ImportFileError
        When the file as a whole cannot be read (empty, binary, unknown encoding,
        not CSV/Excel/JSON, no known header); the message is meant for the user.
    """
    if fmt is not None and fmt not in FORMATS:
        raise ImportFileError(f"Unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}.")
    table = read_table(name, content, limits)
    detected = detect_format(table)
    chosen = fmt or detected
    if chosen is None:
        raise ImportFileError(_unknown_format_message(name, table))
    missing = sorted(FORMATS[chosen].REQUIRED - _column_set(table))
    if missing:
        raise ImportFileError(
            f"{name} does not have the columns of a {FORMAT_LABELS[chosen]} file: "
            f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} missing."
            + (f" It looks like a {FORMAT_LABELS[detected]} file." if detected else "")
        )
    result = FORMATS[chosen].import_table(name, table)
    result.format = chosen
    return result


@dataclass
class ImportBatch:
    """Several files imported together: one result per file and the combined events."""

    results: list[ImportResult]
    errors: dict[str, str] = field(default_factory=dict)  # file name -> why it could not be read

    @property
    def events(self) -> pd.DataFrame:
        return concat_events(*(r.events for r in self.results))

    @property
    def possible_duplicates(self) -> int:
        return sum(int(r.events[S.POSSIBLE_DUPLICATES].notna().sum()) for r in self.results)

    def summary(self) -> dict[str, Any]:
        """Totals over all files, each file's own summary, and the files that could not be read."""
        return {
            "rows_in": sum(r.rows_in for r in self.results),
            "rows_loaded": sum(r.rows_loaded for r in self.results),
            "rows_rejected": sum(r.rows_rejected for r in self.results),
            "possible_duplicates": self.possible_duplicates,
            "files": [r.summary() for r in self.results],
            "errors": dict(self.errors),
        }


def _reject_repeated_ids(results: list[ImportResult]) -> None:
    """An event id already loaded from an earlier file rejects the later row (ids must be unique)."""
    seen: dict[str, str] = {}
    for result in results:
        ids = result.events[S.EVENT_ID].tolist()
        keep = []
        for position, event_id in enumerate(ids):
            if event_id not in seen:
                keep.append(position)
                continue
            row = result.loaded_rows[position]
            result.rejected.append(
                RejectedRow(
                    row,
                    f"the event_id {event_id!r} was already loaded from {seen[event_id]}",
                    result.table.records[row - 1] if result.table else {},
                    result.table.lines[row - 1] if result.table and result.table.lines else None,
                )
            )
        for event_id in ids:
            seen.setdefault(event_id, result.file_name)
        if len(keep) != len(ids):
            result.events = result.events.iloc[keep].reset_index(drop=True)
            result.loaded_rows = [result.loaded_rows[p] for p in keep]
            result.rejected.sort(key=lambda r: r.row)


def import_files(
    files: Iterable[tuple[str, bytes]], fmt: str | None = None, limits: Limits | None = None
) -> ImportBatch:
    """Import several files and flag likely duplicates across them.

    Parameters
    ----------
    files
        ``(name, content)`` pairs.
    fmt
        Force one format for every file; None detects each file's own.
    limits
        What reading each file may cost (:mod:`data.limits`); None reads the environment.

    Returns
    -------
    ImportBatch
        One :class:`ImportResult` per readable file, with ``possible_duplicates``
        set on events that may describe the same attack as an event from another
        file; files that could not be read are listed in ``errors``.
    """
    results: list[ImportResult] = []
    errors: dict[str, str] = {}
    for name, content in files:
        try:
            results.append(import_file(name, content, fmt, limits))
        except ImportFileError as err:
            errors[name] = str(err)
    _reject_repeated_ids(results)
    flagged = flag_possible_duplicates([r.events for r in results])
    for result, events in zip(results, flagged):
        result.events = events
    return ImportBatch(results, errors)


__all__ = [
    "FORMATS",
    "FORMAT_LABELS",
    "ImportBatch",
    "ImportFileError",
    "ImportResult",
    "RejectedRow",
    "detect_format",
    "import_file",
    "import_files",
    "rejected_rows_file",
]
