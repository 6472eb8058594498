"""The one ingestion pipeline: every file the dashboard or the command line loads comes through here.

:func:`import_file` reads one file in any registered format (detected from its
content, or forced) and returns an :class:`ImportResult`: the canonical events, and
every input row that was not loaded with the reason.  :func:`import_files` reads
several, rejects ids repeated across them and flags likely duplicates for review;
:func:`import_path` does the same for a file on disk (``--data``,
``STRIKE_MAP_DATA``, the benchmark).  With a ``cache_dir``, a file whose bytes were
imported before is read back from parquet instead.

The steps, each in its own module: :mod:`~data.importers.reading` turns bytes into a
table of raw records; :mod:`~data.importers.registry` picks the format (one module
per format in :mod:`data.importers.formats`); the format's ``map_frame`` maps whole
columns; :func:`~data.importers.common.finish_import` types, places, validates and
splits; :mod:`~data.importers.duplicates` flags duplicates across files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from data import cache
from data import schema as S
from data.events_io import Note, Problem, concat_events, note_from_data, note_to_data
from data.importers.common import ImportResult, RejectedRow, finish_import, lower_columns, rejected_rows_file
from data.importers.duplicates import flag_possible_duplicates
from data.importers.reading import FileTooLarge, ImportFileError, Table, error_text, read_table, shown_error
from data.importers.registry import FORMAT_LABELS, FORMATS, detect_format
from data.limits import Limits, default_limits

DEFAULT_CACHE_DIR = Path(".cache") / "imports"


def _unknown_format_error(file_name: str, table: Table) -> ImportFileError:
    shown = ", ".join(str(c) for c in table.columns[:8])
    formats = tuple(FORMAT_LABELS.values())  # labels: each shown in the reader's language
    if not shown:
        return ImportFileError(code="file_unknown_format_none", file=file_name, formats=formats)
    if len(table.columns) > 8:
        return ImportFileError(
            code="file_unknown_format_more",
            file=file_name,
            formats=formats,
            columns=shown,
            more=len(table.columns) - 8,
        )
    return ImportFileError(code="file_unknown_format", file=file_name, formats=formats, columns=shown)


Progress = Callable[[str, float], None]


def _no_progress(message: str, fraction: float) -> None:
    pass


def _convert(
    name: str, content: bytes, fmt: str | None, limits: Limits, progress: Progress = _no_progress
) -> ImportResult:
    # Each step is a Note: its English text, and a code with parameters for the reader's language.
    progress(Note("step_reading", file=name), 0.0)
    # Reading is the first 40% of the bar; the CSV readers say how far they have got.
    reading = None if progress is _no_progress else (lambda note, fraction: progress(note, 0.4 * fraction))
    table = read_table(name, content, limits, progress=reading)
    progress(Note("step_mapping", file=name, n=len(table)), 0.4)
    detected = detect_format(table)
    chosen = fmt or detected
    if chosen is None:
        raise _unknown_format_error(name, table)
    event_format = FORMATS[chosen]
    missing = event_format.missing(table)
    if missing:
        found = {"detected": (FORMAT_LABELS[detected],)} if detected else {}
        raise ImportFileError(
            code="file_columns_missing_looks_like" if detected else "file_columns_missing",
            file=name,
            format=(event_format.label,),
            columns=", ".join(missing),
            n=len(missing),
            **found,
        )
    notes = event_format.check(name, table)
    mapped = event_format.map_frame(lower_columns(table.frame), container=table.container)
    progress(Note("step_checking", file=name, n=len(table)), 0.6)
    result = finish_import(name, event_format.label, table, mapped, notes)
    result.format = chosen
    progress(Note("step_loaded", file=name, n=len(table), loaded=f"{result.rows_loaded:,}"), 1.0)
    return result


def _summary_for_cache(result: ImportResult) -> dict[str, Any]:
    return {
        "format": result.format,
        "rows_in": result.rows_in,
        "rejected": [
            {"row": r.row, "problems": [p.as_dict() for p in r.problems], "raw": r.raw, "line": r.line}
            for r in result.rejected
        ],
        "notes": [note_to_data(note) for note in result.notes],
        "columns": result.columns,
        "container": result.container,
        "loaded_rows": result.loaded_rows.tolist() if len(result.loaded_rows) != result.rows_in else None,
    }


def _result_from_cache(name: str, events: pd.DataFrame, meta: dict[str, Any]) -> ImportResult:
    loaded_rows = meta.get("loaded_rows")
    return ImportResult(
        file_name=name,
        format=meta["format"],
        events=events,
        rows_in=int(meta["rows_in"]),
        rejected=[
            RejectedRow(r["row"], tuple(Problem.from_dict(p) for p in r["problems"]), r["raw"], r["line"])
            for r in meta["rejected"]
        ],
        notes=[note_from_data(note) for note in meta["notes"]],
        columns=list(meta["columns"]),
        container=meta["container"],
        loaded_rows=(
            np.arange(1, len(events) + 1, dtype=np.int64)
            if loaded_rows is None
            else np.asarray(loaded_rows, dtype=np.int64)
        ),
    )


def import_file(
    name: str,
    content: bytes,
    fmt: str | None = None,
    limits: Limits | None = None,
    cache_dir: str | Path | None = None,
    progress: Progress | None = None,
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
    cache_dir
        Where imports are cached, keyed by the file's bytes, the format asked for, the
        limits and the schema; None reads the file every time.
    progress
        Called as ``progress(message, fraction)`` between the steps (``"x.csv: 313,580
        rows read; mapping the columns"``, 0.4), for a progress bar; None for none.

    Returns
    -------
    ImportResult
        The loaded events and every rejected row with its reason;
        ``rows_in == rows_loaded + rows_rejected``.

    Raises
    ------
    ImportFileError
        When the file as a whole cannot be read (empty, binary, unknown encoding,
        not CSV/Excel/JSON/parquet, no known header); the message is meant for the user.
    """
    if fmt is not None and fmt not in FORMATS:
        raise ImportFileError(f"Unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}.")
    limits = limits or default_limits()
    # The limits are part of the key: a file cached under looser limits is read (and refused) again.
    key = cache.content_key(content, f"{fmt}-{limits!r}") if cache_dir is not None else None
    if key is not None:
        hit = cache.read_cached_import(key, cache_dir)
        if hit is not None:
            return _result_from_cache(name, *hit)
    result = _convert(name, content, fmt, limits, progress or _no_progress)
    if key is not None:
        cache.write_cached_import(result.events, _summary_for_cache(result), key, cache_dir)
    return result


@dataclass
class ImportBatch:
    """Several files imported together: one result per file and the combined events."""

    results: list[ImportResult]
    errors: dict[str, str] = field(default_factory=dict)  # file name -> why it could not be read
    events: pd.DataFrame = field(default=None, repr=False)  # every file's events, built once

    def __post_init__(self) -> None:
        if self.events is None and len(self.results) == 1 and len(self.results[0].events):
            # One file's events are typed and their ids unique already (validated): stacking
            # them again only copied them (10 ms at 100,000 rows).  A shallow copy, so
            # copy-on-write keeps the batch's table and the result's apart.
            self.events = self.results[0].events.copy(deep=False)
        if self.events is None:
            self.events = concat_events(*(r.events for r in self.results))

    @property
    def possible_duplicates(self) -> int:
        return int(self.events[S.POSSIBLE_DUPLICATES].notna().sum())

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


def _reject_repeated_ids(results: list[ImportResult], contents: list[bytes]) -> None:
    """An event id already loaded from an earlier file rejects the later row (ids must be unique)."""
    if len(results) < 2:
        return
    ids = pd.concat([r.events[S.EVENT_ID] for r in results], ignore_index=True)
    repeated = ids.duplicated(keep="first").to_numpy()
    if not repeated.any():
        return
    first_file = pd.Series(
        np.repeat([r.file_name for r in results], [len(r.events) for r in results]), index=ids.index
    )
    origin = first_file[~ids.duplicated(keep="first")].set_axis(ids[~ids.duplicated(keep="first")])
    start = 0
    for result, content in zip(results, contents):
        size = len(result.events)
        mine = repeated[start : start + size]
        start += size
        if not mine.any():
            continue
        if result.table is None:  # read back from the cache: the raw rows are needed now
            result.table = read_table(result.file_name, content)
        for position in np.flatnonzero(mine):
            row = int(result.loaded_rows[position])
            event_id = result.events[S.EVENT_ID].iloc[position]
            result.rejected.append(
                RejectedRow(
                    row,
                    (
                        Problem.of(
                            None, None, "already_loaded", event_id=repr(event_id), origin=origin[event_id]
                        ),
                    ),
                    result.table.record(row),
                    result.table.line(row),
                )
            )
        result.events = result.events[~mine].reset_index(drop=True)
        result.loaded_rows = result.loaded_rows[~mine]
        result.rejected.sort(key=lambda r: r.row)


def import_files(
    files: Iterable[tuple[str, bytes]],
    fmt: str | None = None,
    limits: Limits | None = None,
    cache_dir: str | Path | None = None,
    progress: Progress | None = None,
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
    cache_dir
        See :func:`import_file`.
    progress
        ``progress(message, fraction)`` over the whole batch (see :func:`import_file`).

    Returns
    -------
    ImportBatch
        One :class:`ImportResult` per readable file, with ``possible_duplicates``
        set on events that may describe the same attack as an event from another
        file; files that could not be read are listed in ``errors``.  The raw
        records are dropped once the batch is done: only the rejected ones are kept.
    """
    results: list[ImportResult] = []
    contents: list[bytes] = []
    errors: dict[str, str] = {}
    files = list(files)
    for number, (name, content) in enumerate(files):
        # Each file's steps map onto its share of the whole (files count equally).
        share = None
        if progress is not None:

            def share(message: str, fraction: float, number: int = number) -> None:
                progress(message, (number + fraction) / len(files))

        try:
            results.append(import_file(name, content, fmt, limits, cache_dir, share))
            contents.append(content)
        except ImportFileError as err:
            errors[name] = error_text(err)
    _reject_repeated_ids(results, contents)
    flagged = flag_possible_duplicates([r.events for r in results])
    for result, events in zip(results, flagged):
        result.events = events
        result.table = None
    return ImportBatch(results, errors)


def import_path(
    path: str | Path,
    fmt: str | None = None,
    limits: Limits | None = None,
    cache_dir: str | Path | None = DEFAULT_CACHE_DIR,
) -> ImportBatch:
    """Import a file on disk through the same pipeline as an upload (``--data``, ``STRIKE_MAP_DATA``).

    Parameters
    ----------
    path
        The file.
    fmt
        Force a format; None detects it.
    limits
        What reading the file may cost; a file larger than ``max_upload_bytes`` is
        refused without being read.
    cache_dir
        See :func:`import_file`; the default caches in ``.cache/imports``.

    Returns
    -------
    ImportBatch
        With one result, or the reason the file could not be read in ``errors``.
    """
    source = Path(path)
    limits = limits or default_limits()
    try:
        size = source.stat().st_size
        if size > limits.max_upload_bytes:
            # Not read at all: the size alone passes the limit.
            refusal = FileTooLarge(
                source.name,
                "max_upload_bytes",
                limits.max_upload_bytes,
                "limit_file_size",
                size_bytes=size,
                limit_bytes=limits.max_upload_bytes,
            )
            return ImportBatch([], {source.name: error_text(refusal)})
        content = source.read_bytes()
    except OSError as err:
        refusal = ImportFileError(
            code="file_cannot_be_read", file=str(source), error=str(err.strerror or err)
        )
        return ImportBatch([], {source.name: error_text(refusal)})
    return import_files([(source.name, content)], fmt=fmt, limits=limits, cache_dir=cache_dir)


__all__ = [
    "DEFAULT_CACHE_DIR",
    "FORMATS",
    "FORMAT_LABELS",
    "ImportBatch",
    "ImportFileError",
    "ImportResult",
    "RejectedRow",
    "detect_format",
    "import_file",
    "import_files",
    "import_path",
    "rejected_rows_file",
    "shown_error",
]
