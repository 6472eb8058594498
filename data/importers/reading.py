"""Turning the bytes of an uploaded file into a table of raw records.

A reader never interprets values: it finds the text encoding, the container
(CSV, Excel workbook, JSON, GeoJSON, ZIP archive of CSVs) and the header, and
returns every record exactly as it was, so a rejected row can be handed back
unchanged.  Anything that stops the whole file from being read becomes an
:class:`ImportFileError` with a message meant for the person who exported it.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import math
import re
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
from pandas.io.common import mangle_dupe_names

from data.events_io import Note, Problem
from data.i18n import language
from data.limits import LimitExceeded, Limits, check_json_depth, default_limits

CSV_DELIMITERS = (",", ";", "\t")
ZIP_CHUNK = 1 << 20  # archive members are decompressed 1 MB at a time, counting as they come
# How a reader says how far it has got: a step Note and the fraction of the file read (0 to 1).
ReadProgress = Callable[[Note, float], None]
READ_REPORTS = 50  # at most about this many reports while one file is read
CAREFUL_REPORT_ROWS = 20_000  # the csv module's reader reports every so many records
# The record-by-record readers spend about as long again turning their records into a table
# (200,000 rows: 2.7 s parsing, 3.8 s building the frame), so their parse is the first half.
CAREFUL_SHARE = 0.5


class ImportFileError(ValueError):
    """A file that cannot be read at all; the message says why in plain words.

    Raised with a problem ``code`` (:data:`data.events_io.PROBLEM_MESSAGES`) and its
    parameters, the error keeps them as :attr:`problem`, so the page words it in the
    reader's language; ``str(err)`` is the English.
    """

    def __init__(self, message: str | None = None, *, code: str | None = None, **params: Any):
        self.problem = Problem.of(None, None, code, **params) if code else None
        if message is None:
            with language("en"):
                message = self.problem.message if self.problem else ""
        super().__init__(message)


class ErrorText(str):
    """Why a file could not be read, in English, with the :class:`Problem` to word it in other languages."""

    problem: Problem | None = None


def error_text(err: Exception) -> str:
    """``str(err)`` carrying the error's problem (if it has one) for :func:`shown_error`."""
    text = ErrorText(str(err))
    text.problem = getattr(err, "problem", None)
    return text


def shown_error(message: str) -> str:
    """A file's error in the current language when it carries a problem; else as written."""
    problem = getattr(message, "problem", None)
    return problem.message if problem is not None else message


class FileTooLarge(LimitExceeded, ImportFileError):
    """A file refused because it passes one of :class:`data.limits.Limits`; its :attr:`problem`
    words the refusal in the reader's language."""

    def __init__(self, file_name: str, limit: str, value: int, code: str, **params: Any):
        super().__init__(file_name, limit, value, code, **params)
        outer, values = self.refusal(Problem.of(None, None, code, **params))
        self.problem = Problem.of(None, None, outer, **values)


@dataclass
class _Budget:
    """What one file may still cost while it is read: decompressed bytes and archive depth."""

    limits: Limits
    decompressed: int = 0
    depth: int = 0  # archives the current file sits in
    path: list[str] = field(default_factory=list)  # their names, for messages
    progress: ReadProgress | None = None  # told how far the CSV readers have got

    def where(self, name: str) -> str:
        """The file's name with the archives it sits in: ``outer.zip › inner.zip``."""
        return " › ".join([*self.path, name])

    def take(self, name: str, count: int) -> None:
        self.decompressed += count
        if self.decompressed > self.limits.max_decompressed_bytes:
            limit = self.limits.max_decompressed_bytes
            raise FileTooLarge(
                self.where(name), "max_decompressed_bytes", limit, "limit_archive_expands", limit_bytes=limit
            )


@dataclass
class Table:
    """The records of one file, as they were, one row of ``frame`` per record.

    ``frame`` holds the cells under the file's own column names (text for CSV and
    Excel; JSON values for JSON).  ``lines`` gives, for CSV and Excel, the line each
    record starts on (None for JSON); ``problems`` maps a 1-based record number to
    what the reader found wrong with it (wrong number of cells).
    """

    container: str  # "csv", "excel", "json", "geojson", "parquet"
    columns: list[str]
    frame: pd.DataFrame
    lines: np.ndarray | None = None
    problems: dict[int, Problem] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    delimiter: str = ","
    # JSON records exactly as parsed (keys a record did not have stay absent).
    originals: list[Any] | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.frame)

    def record(self, number: int) -> dict[str, Any]:
        """Record ``number`` (1-based) as it was: column name -> cell."""
        if self.originals is not None:
            return self.originals[number - 1]
        row = self.frame.iloc[number - 1]
        return {k: _plain(v) for k, v in row.items() if not (k == EXTRA and _plain(v) is None)}

    def line(self, number: int) -> int | None:
        """The line record ``number`` (1-based) starts on, or None."""
        return None if self.lines is None else int(self.lines[number - 1])

    @property
    def records(self) -> list[dict[str, Any]]:
        """Every record as a dict (slow for big files: use ``frame``)."""
        return [self.record(n) for n in range(1, len(self) + 1)]


EXTRA = "(extra cells)"  # where cells beyond the header go, so nothing is dropped


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    return value


def table_from_records(
    container: str,
    columns: list[str],
    records: list[dict[str, Any]],
    lines: list[int | None] | None = None,
    problems: dict[int, Problem] | None = None,
    notes: list[str] | None = None,
    delimiter: str = ",",
) -> Table:
    """A :class:`Table` from records read one by one (the careful readers below)."""
    names = list(dict.fromkeys([*columns, *(k for r in records for k in r)]))
    frame = pd.DataFrame.from_records(records, columns=names) if records else pd.DataFrame(columns=names)
    frame = frame.astype(object)
    line_array = None if lines is None or any(x is None for x in lines) else np.asarray(lines, dtype=np.int64)
    originals = records if container in ("json", "geojson") else None
    return Table(
        container,
        list(columns),
        frame,
        line_array,
        dict(problems or {}),
        list(notes or []),
        delimiter,
        originals,
    )


def read_table(
    name: str,
    content: bytes,
    limits: Limits | None = None,
    *,
    progress: ReadProgress | None = None,
    _budget: _Budget | None = None,
) -> Table:
    """Read a file's bytes into a :class:`Table` of raw records.

    Parameters
    ----------
    name
        The file name, used only in messages and to pick a member of a ZIP archive.
    content
        The file's bytes.
    limits
        What the file may cost (:class:`data.limits.Limits`); None takes them from
        the environment.  Checked while reading, before the work.
    progress
        Called as ``progress(note, fraction)`` while a CSV file is parsed (bytes read,
        or rows for the cell-by-cell reader), for a progress bar; possibly from a
        reading thread.

    Returns
    -------
    Table
        Every record of the file, unchanged.

    Raises
    ------
    ImportFileError
        When the file is empty, binary, in an unknown encoding, or not readable as
        CSV, Excel or JSON; :class:`FileTooLarge` (a subclass) when it passes a limit.
    """
    budget = _budget or _Budget(limits or default_limits(), progress=progress)
    limits = budget.limits
    shown = budget.where(name)  # names the archives a member came from
    if len(content) > limits.max_upload_bytes:
        raise FileTooLarge(
            shown,
            "max_upload_bytes",
            limits.max_upload_bytes,
            "limit_file_size",
            size_bytes=len(content),
            limit_bytes=limits.max_upload_bytes,
        )
    if not content or content.isspace():
        raise ImportFileError(code="file_is_empty", file=shown)
    if content.startswith(b"PK\x03\x04"):
        return _read_zip(name, content, budget)
    if content.startswith(PARQUET_MAGIC):
        return read_parquet_table(shown, content, limits)
    if content.lstrip()[:1] in (b"[", b"{"):
        _check_json_depth(shown, content, limits)
    encoding, notes = detect_encoding(shown, content)
    if encoding == "utf-16" or content.removeprefix(codecs.BOM_UTF8).lstrip()[:1] in (b"[", b"{"):
        text = content.decode(encoding)
        stripped = text.lstrip("\ufeff \t\r\n")
        if stripped.startswith(("[", "{")):
            if encoding == "utf-16":
                _check_json_depth(shown, stripped.encode("utf-8"), limits)
            table = _read_json(shown, stripped, limits)
        else:
            _check_lines(shown, text.encode("utf-8"), limits)
            table = _read_csv(shown, text, limits, budget.progress)
    else:
        _check_lines(shown, content, limits)
        table = _read_csv_bytes(shown, content, encoding, limits, budget.progress)
    table.notes[:0] = notes
    return table


PARQUET_MAGIC = b"PAR1"


def read_parquet_table(name: str, content: bytes, limits: Limits | None = None) -> Table:
    """A parquet file's columns as they are (typed): the canonical loader takes typed columns."""
    limits = limits or default_limits()
    try:
        frame = pd.read_parquet(io.BytesIO(content))
    except Exception as err:  # noqa: BLE001 - pyarrow raises many kinds for damaged files
        raise ImportFileError(code="file_parquet_unreadable", file=name, error=type(err).__name__) from None
    if len(frame) > limits.max_rows:
        raise _too_many_rows(name, limits)
    frame.columns = _clean_header([str(c) for c in frame.columns])
    return Table("parquet", list(frame.columns), frame.reset_index(drop=True))


def _check_json_depth(name: str, content: bytes, limits: Limits) -> None:
    try:
        check_json_depth(content, limits.max_json_depth, name)
    except LimitExceeded as err:
        raise FileTooLarge(name, err.limit, err.value, err.code, **err.params) from None


def _check_lines(name: str, content: bytes, limits: Limits) -> None:
    """Refuse a header or a line longer than the limits before any CSV parsing.

    A 5-million-character header took 38 s to parse; counting the bytes between
    newlines costs milliseconds.
    """
    start = len(content) - len(content.lstrip(b"\r\n"))
    header_end = content.find(b"\n", start)
    header_length = (len(content) if header_end < 0 else header_end) - start
    if header_length > limits.max_header_bytes:
        raise FileTooLarge(
            name,
            "max_header_bytes",
            limits.max_header_bytes,
            "limit_header",
            limit_bytes=limits.max_header_bytes,
        )
    if not _has_line_longer_than(content, limits.max_line_bytes):
        return
    # Only now every line is measured, to name the longest in the message.
    newlines = np.flatnonzero(np.frombuffer(content, dtype=np.uint8) == 0x0A)
    bounds = np.concatenate(([-1], newlines, [len(content)]))
    lengths = np.diff(bounds) - 1
    longest = int(lengths.argmax())
    if lengths[longest] > limits.max_line_bytes:
        raise FileTooLarge(
            name,
            "max_line_bytes",
            limits.max_line_bytes,
            "limit_line",
            line_count=longest + 1,
            limit_bytes=limits.max_line_bytes,
        )


def _has_line_longer_than(content: bytes, limit: int) -> bool:
    """Whether a run of more than ``limit`` bytes has no newline, found window by window.

    Each step jumps to the last newline of the next ``limit + 1`` bytes (a memrchr), so a
    30 MB file takes a few dozen steps (0.1 ms) where measuring every line took 20 ms.
    """
    position, size = 0, len(content)
    while size - position > limit:
        last = content.rfind(b"\n", position, position + limit + 1)
        if last < 0:
            return True
        position = last + 1
    return False


def _too_many_rows(name: str, limits: Limits) -> FileTooLarge:
    return FileTooLarge(name, "max_rows", limits.max_rows, "limit_rows", limit_count=limits.max_rows)


def decode_text(name: str, content: bytes) -> tuple[str, list[str]]:
    """The file as text: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252."""
    encoding, notes = detect_encoding(name, content)
    return content.decode(encoding), notes


# The five bytes Windows-1252 leaves undefined.  Searched one at a time: each ``in`` is a
# memchr over the bytes (1 ms for 30 MB), where one regex scan with a byte class took 80 ms.
_CP1252_UNDEFINED = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")
_UTF8_PROBE = 1 << 16  # bytes decoded first: a bad byte among them settles the question


def _utf8_error(content: bytes) -> UnicodeDecodeError | None:
    """Why ``content`` is not UTF-8, or None when it is.

    A failed decode of a whole 30 MB file cost 0.18 s, so the first 64 KB are tried
    first; a bad byte there (not a character cut at the probe's end) is the answer.
    """
    if len(content) > _UTF8_PROBE:
        try:
            content[:_UTF8_PROBE].decode("utf-8-sig")
        except UnicodeDecodeError as err:
            if err.start < _UTF8_PROBE - 4:
                return err
    try:
        content.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return err
    return None


def detect_encoding(name: str, content: bytes) -> tuple[str, list[str]]:
    """The text encoding of a file (``utf-8-sig``, ``utf-16`` or ``cp1252``) and a note when not UTF-8."""
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            content.decode("utf-16")
            return "utf-16", [Note("note_utf16")]
        except UnicodeDecodeError:
            pass
    if b"\x00" in content[:4096]:
        raise ImportFileError(code="file_not_text", file=name)
    utf8_error = _utf8_error(content)
    if utf8_error is None:
        return "utf-8-sig", []
    if any(byte in content for byte in _CP1252_UNDEFINED):
        raise ImportFileError(code="file_encoding", file=name, byte=utf8_error.start)
    return "cp1252", [Note("note_cp1252")]


def _clean_header(names: list[str]) -> list[str]:
    return [str(n).replace("\ufeff", "").strip() for n in names]


def _pick_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in CSV_DELIMITERS}
    best = max(counts, key=counts.get)
    # A comma header is the norm; another delimiter only when it clearly dominates.
    return best if counts[best] > counts[","] else ","


def _read_csv(
    name: str, text: str, limits: Limits | None = None, progress: ReadProgress | None = None
) -> Table:
    """A CSV file already decoded (UTF-16)."""
    return _read_csv_bytes(name, text.encode("utf-8"), "utf-8", limits, progress)


def _read_csv_bytes(
    name: str,
    content: bytes,
    encoding: str,
    limits: Limits | None = None,
    progress: ReadProgress | None = None,
) -> Table:
    limits = limits or default_limits()
    head = content[:65536].decode(encoding, errors="replace").lstrip("\ufeff")
    delimiter = _pick_delimiter(head.lstrip("\r\n").split("\n", 1)[0])
    table = _read_csv_fast(content, encoding, delimiter, _bytes_read(name, progress))
    if table is None:
        return _read_csv_careful(name, content.decode(encoding), delimiter, limits, progress)
    if len(table) > limits.max_rows:
        raise _too_many_rows(name, limits)
    return table


def _bytes_read(name: str, progress: ReadProgress | None) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    return lambda done, size: progress(
        Note("step_reading_bytes", file=name, done_bytes=done, size_bytes=size), done / size
    )


class _CountingBytes(io.BytesIO):
    """The file's bytes for pyarrow, telling ``report(done, size)`` as it reads them.

    pyarrow reads 1 MB blocks from its own thread as it parses, so the bytes read say
    how far the parse has got.  An error of ``report`` is kept, not raised into
    pyarrow (which would make the file look unreadable to the fast reader).
    """

    def __init__(self, content: bytes, report: Callable[[int, int], None]):
        super().__init__(content)
        self._report = report
        self._size = len(content)
        self._step = max(self._size // READ_REPORTS, ZIP_CHUNK)
        self._next = self._step
        self.error: BaseException | None = None

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        done = self.tell()
        if done >= self._next and self.error is None and done < self._size:
            self._next = done + self._step
            try:
                self._report(done, self._size)
            except BaseException as err:  # noqa: BLE001 - raised again in the caller's thread
                self.error = err
        return chunk


# Windows-1252 as UTF-8: how many bytes each byte becomes (the five undefined bytes never
# reach here: detect_encoding refuses a file with one).
_CP1252_UTF8_LENGTH = np.array(
    [len(bytes([b]).decode("cp1252", errors="replace").encode("utf-8")) for b in range(256)], dtype=np.int64
)


def _cp1252_chunk(chunk: pa.Array) -> pa.Array:
    """A ``large_binary`` array of Windows-1252 cells as ``large_string`` (UTF-8).

    A column of plain ASCII (nearly every column) is only relabelled.  Otherwise only
    the cells holding a non-ASCII byte are decoded (ASCII is UTF-8 as it is), and where
    most cells have one (a conflict's name with its dash, repeated on every row) only the
    distinct cells.  Decoding runs Python's codec over the bytes in one call and moves
    the offsets by the bytes each non-ASCII byte gains, so no cell is touched from
    Python.  Python's codec is the slow part (5 ms a megabyte): a 100,000-row UCDP file's
    4.3 MB conflict names (a dash on every row but the header) were decoded whole in
    35-70 ms, now as two distinct values in 7 ms; its 0.9 MB place names for the hundred
    with an apostrophe in 10-15 ms, now 5 ms.
    """
    offsets, data = _offsets_and_bytes(chunk)
    if not len(data) or data.max() < 0x80:
        return chunk.view(pa.large_string())
    is_high = data >= 0x80
    if 2 * np.count_nonzero(is_high) >= len(chunk):
        encoded = pc.dictionary_encode(chunk)
        if 2 * len(encoded.dictionary) <= len(chunk):
            return pc.take(_cp1252_chunk(encoded.dictionary), encoded.indices)
    high = np.flatnonzero(is_high)
    cell_of_byte = np.searchsorted(offsets, high, side="right") - 1  # offsets[i] <= byte < offsets[i + 1]
    cells = cell_of_byte[np.concatenate(([True], cell_of_byte[1:] != cell_of_byte[:-1]))]
    if len(cells) == len(chunk):
        return _cp1252_decoded(offsets, data, len(chunk))
    decoded = _cp1252_chunk(chunk.take(pa.array(cells)))  # every one of these cells is non-ASCII
    replaced = np.zeros(len(chunk), dtype=bool)
    replaced[cells] = True
    merged = pc.replace_with_mask(chunk, pa.array(replaced), decoded.view(pa.large_binary()))
    return merged.view(pa.large_string())


def _offsets_and_bytes(chunk: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """A ``large_binary`` array's offsets (from 0) and the bytes of its cells, without copies."""
    _, offset_buffer, data_buffer = chunk.buffers()
    offsets = np.frombuffer(offset_buffer, dtype=np.int64)[chunk.offset : chunk.offset + len(chunk) + 1]
    start, end = int(offsets[0]), int(offsets[-1])
    data = (
        np.frombuffer(data_buffer, dtype=np.uint8)[start:end]
        if data_buffer is not None
        else np.zeros(0, np.uint8)
    )
    return offsets - start, data


def _cp1252_decoded(offsets: np.ndarray, data: np.ndarray, length: int) -> pa.Array:
    high = np.flatnonzero(data >= 0x80)
    gained = np.concatenate(([0], np.cumsum(_CP1252_UTF8_LENGTH[data[high]] - 1)))
    moved = offsets + gained[np.searchsorted(high, offsets)]
    text = data.tobytes().decode("cp1252").encode("utf-8")
    return pa.LargeStringArray.from_buffers(length, pa.py_buffer(moved), pa.py_buffer(text), null_count=0)


def _ascii_only(column: pa.ChunkedArray) -> bool:
    """Whether a text column's bytes are all ASCII (the largest byte of each block's data).

    A buffer's bytes beyond the cells (none from pyarrow's CSV reader) could only make a
    column look non-ASCII: it is then decoded cell by cell, the same text.  Arrow's
    ``string_is_ascii`` answers per cell and took four times as long.
    """
    for chunk in column.chunks:
        data = chunk.buffers()[2]
        if data is not None and data.size and np.frombuffer(data, dtype=np.uint8).max() >= 0x80:
            return False
    return True


def _arrow_csv(source: io.BytesIO, encoding: str, delimiter: str) -> tuple[list[str], list[pa.ChunkedArray]]:
    """The header and every column (as text) of a CSV file, parsed by pyarrow in C++.

    The header is read as the first row (so a Windows-1252 header decodes like the
    cells) and every cell as raw text: no type is guessed, nothing becomes missing.
    Windows-1252 is parsed as bytes (text not checked as UTF-8) and only the columns
    with a non-ASCII byte are decoded afterwards (:func:`_cp1252_chunk`), each as one
    array: pyarrow's own transcoding ran Python's codec over the whole file, a third of
    the read, and visiting each 1 MB block of every column from Python cost 50 ms of a
    100,000-row file.
    """
    cp1252 = encoding == "cp1252"
    table = pa_csv.read_csv(
        source,
        read_options=pa_csv.ReadOptions(autogenerate_column_names=True),
        parse_options=pa_csv.ParseOptions(delimiter=delimiter),
        convert_options=pa_csv.ConvertOptions(
            default_column_type=pa.large_string(),
            check_utf8=not cp1252,  # Windows-1252 bytes: decoded below where they are not ASCII
            strings_can_be_null=False,
            null_values=[],
        ),
    )
    columns = []
    for column in table.columns:
        if column.null_count:
            raise ValueError("a CSV cell read as missing")
        if cp1252 and not _ascii_only(column):
            raw = column.combine_chunks().view(pa.large_binary())
            column = pa.chunked_array([_cp1252_chunk(raw)], type=pa.large_string())
        columns.append(column)
    header = [column[0].as_py() for column in columns]
    # Repeated names as pandas' readers name them (``date``, ``date.1``).
    return mangle_dupe_names(header), [column.slice(1) for column in columns]


def _read_csv_fast(
    content: bytes, encoding: str, delimiter: str, report: Callable[[int, int], None] | None = None
) -> Table | None:
    """The whole file by pyarrow's parser when every record is one line; else None.

    pyarrow reads 250,000 rows about ten times faster than the csv module, and reads
    the bytes as they are.  The fast result is used only when it is certainly the
    same as the careful reader's: no ragged row (pyarrow refuses those), no repeated
    header name, exactly one line per record (so record n starts on line n + 1) and
    no blank record.  Anything else is read again cell by cell, so problems are
    reported exactly as before.
    """
    body = content.removeprefix(codecs.BOM_UTF8)
    if body[:1] in (b"\r", b"\n") or (b"\r" in body and body.count(b"\r") != body.count(b"\r\n")):
        return None  # leading blank lines or old Mac line ends: line numbers need the careful reader
    source = io.BytesIO(body) if report is None else _CountingBytes(body, report)
    try:
        names, columns = _arrow_csv(source, encoding, delimiter)
    except Exception:  # noqa: BLE001 - any refusal means "let the careful reader decide"
        if getattr(source, "error", None) is not None:
            raise source.error from None
        return None
    if getattr(source, "error", None) is not None:
        raise source.error
    header = _clean_header(names)
    if len(set(header)) != len(header) or any(h == "" or h.startswith("Unnamed") for h in header):
        return None
    # Text as pandas' readers give it (``str``: Arrow storage, NaN as the missing value).
    text = pd.StringDtype("pyarrow", na_value=np.nan)
    frame = pd.DataFrame(
        {position: pd.arrays.ArrowStringArray(column, dtype=text) for position, column in enumerate(columns)}
    )
    # Counted in numpy: bytes.count took twice as long (20 ms for 30 MB).
    newlines = int(np.count_nonzero(np.frombuffer(body, dtype=np.uint8) == 0x0A))
    physical_lines = newlines + (0 if body.endswith(b"\n") else 1)
    if physical_lines != len(frame) + 1:
        return None  # blank lines or cells spanning lines
    if len(frame.columns) and len(frame):
        first = frame.iloc[:, 0].str.strip() == ""
        if first.any() and (frame[first].apply(lambda c: c.str.strip() == "").all(axis=1)).any():
            return None  # a record of blank cells is no record
    frame.columns = header
    lines = np.arange(2, len(frame) + 2, dtype=np.int64)
    return Table("csv", header, frame, lines, {}, [], delimiter)


def _read_csv_careful(
    name: str, text: str, delimiter: str, limits: Limits, progress: ReadProgress | None = None
) -> Table:
    """Cell by cell with the csv module: exact lines, ragged rows kept as problems."""
    # The csv module's own cap on one cell (128 KB by default) follows the line limit.
    csv.field_size_limit(max(limits.max_line_bytes, 1))
    source = io.StringIO(text, newline="")
    reader = csv.reader(source, delimiter=delimiter)
    header: list[str] | None = None
    # Cells as lists, not a dict per record: a frame from 200,000 dicts took 2.5 s, from lists 0.4 s.
    rows: list[list[str]] = []
    extras: dict[int, str] = {}  # record index -> the cells beyond the header, joined
    lines: list[int | None] = []
    problems: dict[int, Problem] = {}
    try:
        start = 1
        for cells in reader:
            line = start
            start = reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue  # blank lines are not records
            if header is None:
                header = _clean_header(cells)
                width = len(header)
                continue
            number = len(rows) + 1
            if number > limits.max_rows:
                raise _too_many_rows(name, limits)
            if progress is not None and number % CAREFUL_REPORT_ROWS == 0:
                done = CAREFUL_SHARE * source.tell() / max(len(text), 1)
                progress(Note("step_reading_rows", file=name, n=number), done)
            if len(cells) != width:
                problems[number] = Problem.of(
                    None,
                    None,
                    "cells_fewer" if len(cells) < width else "cells_differ",
                    cells=len(cells),
                    columns=width,
                )
                if len(cells) > width:
                    extras[number - 1] = delimiter.join(cells[width:])
                    cells = cells[:width]
                else:
                    cells = cells + [""] * (width - len(cells))
            rows.append(cells)
            lines.append(line)
    except csv.Error as err:
        raise ImportFileError(code="file_not_csv", file=name, line=reader.line_num, error=str(err)) from None
    if header is None:
        raise ImportFileError(code="file_no_header", file=name)
    if len(set(header)) != len(header):
        repeated = sorted(h for h, count in Counter(header).items() if count > 1)
        raise ImportFileError(code="file_header_twice", file=name, columns=", ".join(repeated))
    if EXTRA in header:
        # A column that is itself named like the extra cells: as records, where the extra cells win.
        records = [dict(zip(header, cells)) for cells in rows]
        for index, extra in extras.items():
            records[index][EXTRA] = extra
        return table_from_records("csv", header, records, lines, problems, delimiter=delimiter)
    frame = (
        pd.DataFrame(rows, columns=header, dtype=object)
        if rows
        else pd.DataFrame(columns=header, dtype=object)
    )
    if extras:
        # As table_from_records leaves it: NaN where a record has no extra cells.
        frame[EXTRA] = pd.Series(
            [extras.get(i, np.nan) for i in range(len(rows))], index=frame.index, dtype=object
        )
    line_array = np.asarray(lines, dtype=np.int64)
    return Table("csv", list(header), frame, line_array, problems, [], delimiter)


def _read_json(name: str, text: str, limits: Limits | None = None) -> Table:
    limits = limits or default_limits()
    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        # Unclosed brackets or a string running to the end: the download stopped early.
        unclosed = text.count("[") + text.count("{") > text.count("]") + text.count("}")
        cut_off = unclosed or err.pos >= len(text.rstrip()) - 1 or err.msg.startswith("Unterminated string")
        raise ImportFileError(
            code="file_not_json_cut" if cut_off else "file_not_json",
            file=name,
            line=err.lineno,
            position=err.colno,
            error=err.msg,
        ) from None
    if isinstance(document, dict) and document.get("type") == "FeatureCollection":
        if len(document.get("features") or ()) > limits.max_rows:
            raise _too_many_rows(name, limits)
        return _geojson_table(name, document)
    if isinstance(document, dict):
        # Some exports wrap the array: {"events": [...]} or {"data": [...]}.
        arrays = [v for v in document.values() if isinstance(v, list)]
        if len(arrays) == 1:
            document = arrays[0]
    if not isinstance(document, list):
        raise ImportFileError(code="file_json_not_records", file=name)
    if len(document) > limits.max_rows:
        raise _too_many_rows(name, limits)
    records: list[dict[str, Any]] = []
    problems: dict[int, Problem] = {}
    columns: dict[str, None] = {}
    for number, item in enumerate(document, start=1):
        if not isinstance(item, dict):
            problems[number] = Problem.of(None, None, "record_not_object")
            item = {"(record)": item}
        columns.update(dict.fromkeys(item))
        records.append(item)
    return table_from_records("json", list(columns), records, None, problems)


def _finite_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return math.isfinite(value)
    try:
        return math.isfinite(float(str(value)))
    except ValueError:
        return False


def _geojson_table(name: str, document: dict[str, Any]) -> Table:
    records: list[dict[str, Any]] = []
    problems: dict[int, Problem] = {}
    columns: dict[str, None] = {}
    features = document.get("features")
    if not isinstance(features, list):
        raise ImportFileError(code="file_no_features", file=name)
    for number, feature in enumerate(features, start=1):
        record: dict[str, Any] = {}
        if not isinstance(feature, dict):
            problems[number] = Problem.of(None, None, "feature_not_object")
        else:
            properties = feature.get("properties")
            record.update(properties if isinstance(properties, dict) else {})
            geometry = feature.get("geometry")
            if geometry:
                coordinates = geometry.get("coordinates") if isinstance(geometry, dict) else None
                if (
                    not isinstance(geometry, dict)
                    or geometry.get("type") != "Point"
                    or not isinstance(coordinates, list)
                    or len(coordinates) < 2
                ):
                    problems[number] = Problem.of(None, None, "geometry_not_point")
                elif not all(_finite_number(c) for c in coordinates[:2]):
                    # JSON's NaN and Infinity parse as floats and would read as "no place" without a word.
                    problems[number] = Problem.of(None, None, "point_not_finite", found=repr(coordinates[:2]))
                else:
                    # GeoJSON orders coordinates longitude first.
                    record["longitude"], record["latitude"] = coordinates[0], coordinates[1]
        columns.update(dict.fromkeys(record))
        records.append(record)
    return table_from_records("geojson", list(columns), records, None, problems)


def _read_zip(name: str, content: bytes, budget: _Budget) -> Table:
    limits = budget.limits
    if budget.depth + 1 > limits.max_archive_depth:
        # Checked before opening: a ZIP nested 1,500 deep used to end in a RecursionError.
        raise FileTooLarge(
            budget.where(name),
            "max_archive_depth",
            limits.max_archive_depth,
            "limit_archive_depth",
            n=budget.depth,
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise ImportFileError(code="file_zip_unreadable", file=name) from None
    if len(infos) > limits.max_archive_members:
        raise FileTooLarge(
            name,
            "max_archive_members",
            limits.max_archive_members,
            "limit_archive_entries",
            entries_count=len(infos),
            limit_count=limits.max_archive_members,
        )
    members = [info.filename for info in infos]
    if "xl/workbook.xml" in members:
        # openpyxl decompresses the parts itself; Python's zipfile never yields more than
        # a member's declared size, so the declared sizes bound what it can cost.
        budget.take(name, sum(info.file_size for info in infos))
        return _read_excel(name, content, limits, budget.progress)
    csv_members = [m for m in members if m.lower().endswith(".csv") and not m.startswith("__MACOSX")]
    # VIINA ships several tables per archive; the events are in event_info.
    preferred = [m for m in csv_members if "event_info" in m.lower()] or csv_members
    if len(preferred) != 1:
        if csv_members:
            raise ImportFileError(code="file_zip_which_csv", file=name, members=", ".join(csv_members))
        raise ImportFileError(code="file_zip_no_csv", file=name)
    member = preferred[0]
    member_bytes = _read_member(name, archive, archive.getinfo(member), budget)
    budget.depth += 1
    budget.path.append(name)
    table = read_table(member, member_bytes, _budget=budget)
    table.notes.insert(0, Note("note_zip_member", member=member))
    return table


def _read_member(name: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> bytes:
    """One member's bytes, decompressed a chunk at a time and counted against the budget."""
    remaining = budget.limits.max_decompressed_bytes - budget.decompressed
    if info.file_size > remaining:
        # The declared size already passes the limit: refuse without decompressing a byte.
        budget.take(name, info.file_size)
    parts = io.BytesIO()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(ZIP_CHUNK):
                budget.take(name, len(chunk))
                parts.write(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as err:
        raise ImportFileError(
            code="file_zip_member_unreadable", file=name, member=info.filename, error=str(err)
        ) from None
    return parts.getvalue()


def _excel_cell(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        # Dates typed into Excel come back as datetimes; midnight means a plain date.
        text = value.strftime("%Y-%m-%d %H:%M:%S")
        return text.removesuffix(" 00:00:00")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _read_excel(
    name: str, content: bytes, limits: Limits | None = None, progress: ReadProgress | None = None
) -> Table:
    limits = limits or default_limits()
    # openpyxl parses with defusedxml when it is installed (requirements.txt pins it):
    # entity declarations ("billion laughs") then stop the read instead of expanding.
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many kinds for damaged workbooks
        raise _excel_error(name, err) from None
    formulas = None
    try:
        sheet = workbook.worksheets[0]
        sheet_count = len(workbook.sheetnames)
        if _has_formulas(workbook, sheet):
            # A second, formula-reading pass in step with the first: a formula cell whose
            # result was never saved reads as empty, and that must be said, not hidden.
            formulas = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=False)
        formula_rows = formulas.worksheets[0].iter_rows(values_only=True) if formulas else None
        header: list[str] | None = None
        records: list[dict[str, Any]] = []
        lines: list[int | None] = []
        problems: dict[int, Problem] = {}
        unsaved: list[str] = []
        for line, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if formula_rows is not None:
                written = next(formula_rows, ())
                unsaved += [
                    f"{_column_letter(column)}{line}"
                    for column, (value, formula) in enumerate(zip(row, written))
                    if value is None and isinstance(formula, str) and formula.startswith("=")
                ]
            cells = [_excel_cell(v) for v in row]
            while cells and cells[-1] == "":
                cells.pop()
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = _clean_header(cells)
                continue
            number = len(records) + 1
            if number > limits.max_rows:
                raise _too_many_rows(name, limits)
            if progress is not None and number % CAREFUL_REPORT_ROWS == 0:
                # The sheet's declared size, when it has one, says how far this is.
                lines_in_sheet = sheet.max_row or 0
                progress(
                    Note("step_reading_rows", file=name, n=number),
                    CAREFUL_SHARE * min(line / lines_in_sheet, 1.0) if lines_in_sheet else 0.0,
                )
            if len(cells) > len(header):
                problems[number] = Problem.of(None, None, "cells_beyond", columns=len(header))
            cells += [""] * (len(header) - len(cells))
            records.append(dict(zip(header, cells)))
            lines.append(line)
    except ImportFileError:
        raise
    except Exception as err:  # the rows are parsed lazily: damage or entities surface here
        raise _excel_error(name, err) from None
    finally:
        workbook.close()
        if formulas is not None:
            formulas.close()
    if header is None:
        raise ImportFileError(code="file_no_header_sheet", file=name)
    notes = [
        Note("note_worksheet_of_many", sheet=sheet.title, count=sheet_count)
        if sheet_count > 1
        else Note("note_worksheet", sheet=sheet.title)
    ]
    if unsaved:
        cells = ", ".join(unsaved[:10])
        if len(unsaved) > 10:
            notes.append(
                Note("note_formulas_unsaved_more", n=len(unsaved), cells=cells, more=f"{len(unsaved) - 10:,}")
            )
        else:
            notes.append(Note("note_formulas_unsaved", n=len(unsaved), cells=cells))
    return table_from_records("excel", header, records, lines, problems, notes)


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _has_formulas(workbook: Any, sheet: Any) -> bool:
    """Whether the sheet's XML holds any ``<f>`` element (a scan of the bytes, 1 MB at a time)."""
    path = getattr(sheet, "_worksheet_path", None)
    archive = getattr(workbook, "_archive", None)
    if path is None or archive is None:
        return True  # openpyxl changed: take the slow, safe path
    tail = b""
    with archive.open(path) as stream:
        while chunk := stream.read(ZIP_CHUNK):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False


def _excel_error(name: str, err: Exception) -> ImportFileError:
    kind = type(err).__name__
    causes: list[BaseException] = []
    cause: BaseException | None = err
    while cause is not None and len(causes) < 10:  # openpyxl wraps the parser's error
        causes.append(cause)
        cause = cause.__cause__ or cause.__context__
    forbidden = [c for c in causes if "Forbidden" in type(c).__name__ or "amplification" in str(c).lower()]
    if forbidden:
        kind = type(forbidden[0]).__name__
        return ImportFileError(code="file_excel_entities", file=name, error=kind)
    return ImportFileError(code="file_excel_unreadable", file=name, error=kind)
