"""Every limit on what a file or a pasted report may cost, in one place.

A shared dashboard takes files from strangers: one 1 MB ZIP that expands to
1.2 GB, or JSON nested 100,000 deep, must be refused before it costs the server
its memory, not after.  The readers in :mod:`data.importers.reading` check these
limits while they stream the bytes (never decompress or parse everything first
and check afterwards), and every refusal is a :class:`LimitExceeded` whose
message names the file, the limit and how to change it.

Limits come from, in order of precedence: an environment variable
(``STRIKE_MAP_MAX_UPLOAD_BYTES=...``), the ``[limits]`` table of
``.streamlit/secrets.toml`` (read by the page and passed in as a mapping: this
module does not import Streamlit), then the defaults below.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from data.i18n import N_, NP_

ENV_PREFIX = "STRIKE_MAP_"
MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The limits, each with its default (see the README's table).

    Attributes
    ----------
    max_upload_bytes
        Size of one uploaded or imported file, as it arrives (Streamlit's own default
        upload limit is 200 MB).
    max_decompressed_bytes
        Bytes read out of archives (ZIP members, the parts of an ``.xlsx``) for one
        file, summed over nested archives.
    max_archive_members
        Entries in one archive.
    max_archive_depth
        Archives inside archives: 1 means a ZIP may hold CSVs but no ZIP.
    max_json_depth
        Nesting of JSON arrays and objects (a GeoJSON point needs 5).
    max_rows
        Records in one file.
    max_line_bytes
        Length of one line of a CSV file (a 100 KB description fits).
    max_header_bytes
        Length of a CSV header line.
    max_report_chars
        Characters of one pasted or uploaded news report.
    """

    max_upload_bytes: int = 200 * MB
    max_decompressed_bytes: int = 200 * MB
    max_archive_members: int = 1_000
    max_archive_depth: int = 1
    max_json_depth: int = 64
    max_rows: int = 1_000_000
    max_line_bytes: int = 1 * MB
    max_header_bytes: int = 64 * 1024
    max_report_chars: int = 200_000

    @classmethod
    def from_settings(
        cls, secrets: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
    ) -> Limits:
        """Limits from the environment, else from a ``[limits]`` mapping, else the defaults.

        Parameters
        ----------
        secrets
            The ``[limits]`` table of ``.streamlit/secrets.toml`` (or any mapping of
            limit name to integer); None for none.
        environ
            Environment variables; None reads :data:`os.environ`.

        Raises
        ------
        ValueError
            When a setting is not a positive integer; the message names it.
        """
        environ = os.environ if environ is None else environ
        secrets = secrets or {}
        values: dict[str, int] = {}
        for item in fields(cls):
            env_name = ENV_PREFIX + item.name.upper()
            if env_name in environ:
                values[item.name] = _positive_int(environ[env_name], env_name)
            elif item.name in secrets:
                values[item.name] = _positive_int(secrets[item.name], f"[limits] {item.name}")
        return cls(**values)


def _positive_int(value: Any, where: str) -> int:
    # bool is an int subclass; "true" as a byte count is a mistake, not 1.
    if isinstance(value, bool):
        raise ValueError(f"{where} must be a positive whole number (found {value!r}).")
    try:
        number = int(str(value).replace("_", "").strip())
    except ValueError:
        raise ValueError(f"{where} must be a positive whole number (found {value!r}).") from None
    if number <= 0:
        raise ValueError(f"{where} must be a positive whole number (found {value!r}).")
    return number


DEFAULT_LIMITS = Limits()


def default_limits() -> Limits:
    """The limits from the environment (read on each call, so tests can set variables)."""
    return Limits.from_settings()


def describe_bytes(count: int) -> str:
    """A byte count for people, in English: ``200 MB``, ``64 KB``, ``512 bytes``."""
    from data.i18n import format_bytes, language

    with language("en"):
        return format_bytes(count)


# What a refusal says, by code (data.events_io.PROBLEM_MESSAGES holds them too, so the page
# words a refusal in the reader's language); "..._bytes" and "..._count" parameters are
# numbers shown in the reader's units (data.i18n.shown_value).
LIMIT_MESSAGES: dict[str, str | tuple[str, str]] = {
    "limit_exceeded_bytes": N_(
        "{file}: {what} (limit {limit} = {value_bytes}). Nothing was loaded from it. An operator can raise the "
        "limit with the environment variable {variable} or '{limit}' under [limits] in .streamlit/secrets.toml."
    ),
    "limit_exceeded": N_(
        "{file}: {what} (limit {limit} = {value_count}). Nothing was loaded from it. An operator can raise the "
        "limit with the environment variable {variable} or '{limit}' under [limits] in .streamlit/secrets.toml."
    ),
    "limit_file_size": N_("the file has {size_bytes}, more than {limit_bytes}"),
    "limit_archive_expands": N_("the archive expands to more than {limit_bytes}"),
    "limit_archive_entries": N_("the archive has {entries_count} entries, more than {limit_count}"),
    "limit_archive_depth": NP_(
        "it is an archive inside {n} archive, nested deeper than allowed",
        "it is an archive inside {n} archives, nested deeper than allowed",
    ),
    "limit_json_depth": N_("the JSON is nested deeper than {limit_count} levels"),
    "limit_header": N_("the header line is longer than {limit_bytes}"),
    "limit_line": N_("line {line_count} is longer than {limit_bytes}"),
    "limit_rows": N_("the file has more than {limit_count} records"),
}


def _worded(code: str, params: dict[str, Any]) -> str:
    from data.i18n import ntr, shown_value, tr

    template = LIMIT_MESSAGES[code]
    values = {name: shown_value(name, value) for name, value in params.items()}
    if isinstance(template, tuple):
        count = values.pop("n")
        return ntr(template[0], template[1], count, **values)
    return tr(template, **values)


class LimitExceeded(ValueError):
    """Work refused because it would pass a limit; the message names the file and the limit.

    ``code`` and ``params`` say what passed it (:data:`LIMIT_MESSAGES`); the message is
    their English, and :meth:`refusal` gives them as data for other languages.
    """

    def __init__(self, file_name: str, limit: str, value: int, code: str, **params: Any):
        self.file_name = file_name
        self.limit = limit
        self.value = value
        self.code = code
        self.params = params
        from data.i18n import language

        with language("en"):
            super().__init__(self._text(_worded(code, params)))

    def _text(self, what: Any) -> str:
        outer, values = self.refusal(what)
        return _worded(outer, values)

    def refusal(self, what: Any) -> tuple[str, dict[str, Any]]:
        """The whole refusal as a code and parameters, with ``what`` as the reason's own wording."""
        value = {"value_bytes" if self.limit.endswith("_bytes") else "value_count": self.value}
        code = "limit_exceeded_bytes" if self.limit.endswith("_bytes") else "limit_exceeded"
        variable = f"{ENV_PREFIX}{self.limit.upper()}"
        return code, {
            "file": self.file_name,
            "what": what,
            "limit": self.limit,
            "variable": variable,
            **value,
        }


def check_json_depth(content: bytes, limit: int, file_name: str) -> None:
    """Refuse JSON nested deeper than ``limit``, without parsing it.

    A scan of the raw bytes (UTF-8 or any ASCII-compatible encoding): brackets
    inside strings do not count, and a quote after an odd number of backslashes
    does not end a string.  Chunked through numpy, so 100 MB scan in about a
    second and memory stays at a few times the chunk size.

    Raises
    ------
    LimitExceeded
        When the nesting passes ``limit``.
    """
    import numpy as np

    chunk_size = 1 << 20
    depth = 0
    in_string = False
    carried_backslashes = 0  # backslashes that ended the previous chunk
    for start in range(0, len(content), chunk_size):
        chunk = np.frombuffer(
            content, dtype=np.uint8, count=min(chunk_size, len(content) - start), offset=start
        )
        quotes = np.flatnonzero(chunk == 0x22)
        backslashes = np.flatnonzero(chunk == 0x5C)
        # A quote is escaped by an odd run of backslashes right before it. Only the runs are
        # listed (listing every other byte of the chunk made 20 MB take 0.24 s; now 0.1 s).
        run_starts = backslashes[np.diff(backslashes, prepend=-2) != 1]
        if quotes.size and backslashes.size:
            after_one = quotes[(quotes > 0) & (chunk[np.maximum(quotes - 1, 0)] == 0x5C)]
            run_start = run_starts[np.searchsorted(run_starts, after_one - 1, side="right") - 1]
            run = after_one - run_start + np.where(run_start == 0, carried_backslashes, 0)
            quotes = quotes[~np.isin(quotes, after_one[run % 2 == 1])]
        if quotes.size and quotes[0] == 0 and carried_backslashes % 2:
            quotes = quotes[1:]
        brackets = np.flatnonzero((chunk == 0x5B) | (chunk == 0x7B) | (chunk == 0x5D) | (chunk == 0x7D))
        if brackets.size:
            quotes_before = np.searchsorted(quotes, brackets)
            outside = (quotes_before % 2 == 1) == in_string
            brackets = brackets[outside]
            steps = np.where((chunk[brackets] == 0x5B) | (chunk[brackets] == 0x7B), 1, -1)
            levels = depth + np.cumsum(steps)
            if levels.size:
                if int(levels.max()) > limit:
                    raise LimitExceeded(
                        file_name, "max_json_depth", limit, "limit_json_depth", limit_count=limit
                    )
                depth = int(levels[-1])
        if quotes.size % 2:
            in_string = not in_string
        if backslashes.size and backslashes[-1] == len(chunk) - 1:
            last_run = int(run_starts[-1])
            carried_backslashes = len(chunk) - last_run + (carried_backslashes if last_run == 0 else 0)
        else:
            carried_backslashes = 0


def check_archive(file_name: str, content: bytes, limits: Limits) -> None:
    """Refuse an archive whose own directory already shows it passes a limit, before any reading.

    Only what is certain from the directory: more entries than allowed, an Excel
    workbook whose parts add up to more than ``max_decompressed_bytes``, or a ZIP
    where every CSV would expand past it (Python's zipfile never yields more than a
    member's declared size).  Everything else is checked while reading
    (:mod:`data.importers.reading`).  Cheap enough to run before the importers are
    even imported, so a zip bomb is answered in well under a second.

    Raises
    ------
    LimitExceeded
        Naming the file and the limit.
    """
    if not content.startswith(b"PK\x03\x04"):
        return
    try:
        infos = zipfile.ZipFile(io.BytesIO(content)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        return  # the reader explains what is wrong with it
    if len(infos) > limits.max_archive_members:
        raise LimitExceeded(
            file_name,
            "max_archive_members",
            limits.max_archive_members,
            "limit_archive_entries",
            entries_count=len(infos),
            limit_count=limits.max_archive_members,
        )
    names = [info.filename for info in infos]
    if "xl/workbook.xml" in names:
        expands = sum(info.file_size for info in infos)
    else:
        sizes = [i.file_size for i in infos if i.filename.lower().endswith(".csv")]
        expands = min(sizes) if sizes else 0
    if expands > limits.max_decompressed_bytes:
        limit = limits.max_decompressed_bytes
        raise LimitExceeded(
            file_name, "max_decompressed_bytes", limit, "limit_archive_expands", limit_bytes=limit
        )
