"""A parquet cache of validated events tables, keyed by the source file's content.

Parsing and validating a large CSV costs seconds; reading the same table back from
parquet costs a fraction of that.  The cache file's name carries a hash of the
source file's bytes and of the schema, so an edited file or a changed schema is
simply a miss and the file is read again.  A cache file that cannot be read, or
that does not hold a canonical table, is ignored and rewritten: the cache can
only ever save time, never change what is loaded.

Only tables that passed :func:`data.events_io.load_events` are written, so a
cached table is valid by construction.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from data import schema as S
from data.events_io import load_events

# Bump when the meaning of cached tables changes without the schema changing.
CACHE_VERSION = "1"
DEFAULT_CACHE_DIR = Path(".cache") / "events"


def schema_token() -> str:
    """A short hash of the canonical columns and dtypes (part of every cache key)."""
    description = CACHE_VERSION + repr([(c, str(S.DTYPES[c])) for c in S.COLUMNS])
    return hashlib.blake2b(description.encode(), digest_size=6).hexdigest()


def file_digest(path: str | Path) -> str:
    """Hash of a file's bytes (blake2b, 32 hex digits)."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, lambda: hashlib.blake2b(digest_size=16)).hexdigest()


def cache_path(path: str | Path, cache_dir: str | Path) -> Path:
    """Where the cached table of ``path`` lives (the name changes when the file does)."""
    source = Path(path)
    return Path(cache_dir) / f"{source.stem}-{file_digest(source)}-{schema_token()}.parquet"


def read_cached_events(cached: str | Path) -> pd.DataFrame | None:
    """The table in a cache file, or None when it is missing, unreadable or not canonical."""
    try:
        events = pd.read_parquet(cached)
        if tuple(events.columns) != S.COLUMNS:
            return None
        # Parquet keeps dates in milliseconds: restore the canonical dtypes.
        return events.astype(S.DTYPES)
    except Exception:  # noqa: BLE001 - a broken cache is a miss, whatever broke it
        return None


def write_cached_events(events: pd.DataFrame, cached: str | Path) -> bool:
    """Write ``events`` to ``cached`` atomically; return False (and write nothing) on failure."""
    target = Path(cached)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Write beside the target and rename, so a reader never sees half a file.
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        os.close(handle)
        try:
            events.to_parquet(temporary, index=False)
            os.replace(temporary, target)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError:
        return False
    return True


def load_events_cached(
    path: str | Path,
    cache_dir: str | Path = DEFAULT_CACHE_DIR,
    loader: Callable[[Path], pd.DataFrame] = load_events,
) -> pd.DataFrame:
    """Load an events file, from the parquet cache when the file has not changed.

    Parameters
    ----------
    path
        A canonical events file (CSV or GeoJSON; see :func:`data.events_io.load_events`).
    cache_dir
        Folder for cache files; created when needed.  Old entries are left in
        place (delete the folder to clear it).
    loader
        Reads and validates ``path`` on a miss.

    Returns
    -------
    pandas.DataFrame
        The validated events table, identical to ``loader(path)``.

    Raises
    ------
    data.events_io.EventsFileError
        From ``loader`` when the file is not a valid events table (nothing is cached).
    """
    source = Path(path)
    cached = cache_path(source, cache_dir)
    if cached.is_file():
        events = read_cached_events(cached)
        if events is not None:
            return events
    events = loader(source)
    write_cached_events(events, cached)
    return events


# --- imported files, keyed by their content ------------------------------------------

# Bump when an importer's mapping changes (the schema token covers the table's shape).
IMPORT_VERSION = "4"  # 3: notes on points outside the oblast a row names; 4: problems as codes


def content_key(content: bytes, options: str = "") -> str:
    """The cache key of one imported file: its bytes, the options it was read with, the schema, the importers.

    Returns a file-name-safe string (hex digests only).
    """
    digest = hashlib.blake2b(content, digest_size=16).hexdigest()
    asked = hashlib.blake2b(options.encode("utf-8"), digest_size=6).hexdigest()
    return f"{digest}-{asked}-{schema_token()}-{IMPORT_VERSION}"


def read_cached_import(key: str, cache_dir: str | Path) -> tuple[pd.DataFrame, dict] | None:
    """The events and the summary stored under ``key``, or None on a miss or a damaged entry."""
    folder = Path(cache_dir)
    try:
        meta = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    events = read_cached_events(folder / f"{key}.parquet")
    if events is None or len(events) != meta.get("rows_loaded"):
        return None
    return events, meta


def write_cached_import(events: pd.DataFrame, meta: dict, key: str, cache_dir: str | Path) -> bool:
    """Store one import (events as parquet, the rest as JSON); False, and nothing kept, on failure."""
    folder = Path(cache_dir)
    if not write_cached_events(events, folder / f"{key}.parquet"):
        return False
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({**meta, "rows_loaded": len(events)}, out, ensure_ascii=False, default=str)
        # The summary is written last: an entry without it is a miss.
        os.replace(temporary, folder / f"{key}.json")
    except OSError:
        return False
    return True
