"""Where the events come from: uploaded files in any supported format, a file given on the
command line (``--data`` or ``STRIKE_MAP_DATA``), or the embedded report.  Every file goes
through the one pipeline, :mod:`data.importers` (uploads by :func:`~data.importers.import_files`,
a path by :func:`~data.importers.import_path`), with its validated table cached on disk by
content (``.cache/imports``, or ``STRIKE_MAP_CACHE_DIR``), and the sidebar says what was
loaded, what was rejected and why, and what may be a duplicate.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import streamlit as st

from components.settings import app_limits, upload_megabytes
from components.streamlit_compat import forget_uploads_of_gone_sessions
from data import schema as S
from data.display import place_names, plain_markdown, reveal_hidden_series
from data.embedded import EMBEDDED_LABEL, load_embedded_events
from data.events_io import note_text
from data.i18n import N_, format_number, ntr, tr
from data.importers import (
    DEFAULT_CACHE_DIR,
    FORMAT_LABELS,
    ImportBatch,
    import_files,
    import_path,
    rejected_rows_file,
    shown_error,
)
from data.importers.background import ImportJobs
from data.importers.live import LiveByKey
from data.limits import MB, Limits
from data.memory import MemoryJanitor

AUTOMATIC = N_("Detect from the file")
MAX_LISTED = 50  # rejected rows listed in the sidebar; the download has them all
# Uploads bigger than this are imported in a child process (data/importers/background.py):
# progress and Cancel, other viewers' pages not slowed by it, its memory given back after.
BACKGROUND_BYTES = int(os.environ.get("STRIKE_MAP_BACKGROUND_IMPORT_BYTES") or 5 * MB)
UPLOAD_TYPES = ["csv", "json", "geojson", "xlsx", "zip", "txt", "parquet"]
# Validated tables on disk, keyed by each file's bytes and the schema (data/cache.py).
CACHE_DIR = Path(os.environ.get("STRIKE_MAP_CACHE_DIR") or DEFAULT_CACHE_DIR)


@st.cache_data(show_spinner=False, max_entries=1, ttl=86400)
def _embedded() -> pd.DataFrame:
    return load_embedded_events()


# Uploads in use, shared by content: the same file uploaded twice, by anyone, is read once,
# and a batch lives only while a session holds it (``_SESSION_BATCH``), so memory comes back
# when the sessions that uploaded a file are gone, not 15 minutes later (data/importers/live.py).
# Not unpickled per rerun as st.cache_data would: that cost 1-4 s at 250,000 rows.
# A big upload's tables come from the disk cache its background import wrote
# (``known_errors``: the files that import could not read).
# The spinners are shown by the callers (st.spinner, after half a second), in the reader's language.
_SESSION_BATCH = "_sm_upload_batch"
# Freed tables are given back to the system (data/memory.py): when a batch is let go, and
# by a collection once a minute while batches are held (closed sessions are cycles).
_JANITOR_LOCK = threading.Lock()
_janitor: MemoryJanitor | None = None


def _memory_janitor() -> MemoryJanitor:
    global _janitor
    with _JANITOR_LOCK:
        if _janitor is None:
            _janitor = MemoryJanitor(
                busy=lambda: len(_LIVE_IMPORTS) > 0, sweep=forget_uploads_of_gone_sessions
            )
        return _janitor


_LIVE_IMPORTS: LiveByKey[ImportBatch] = LiveByKey(on_free=lambda: _memory_janitor().freed())


def _import(
    key: str,
    read_files: Callable[[], tuple[tuple[str, bytes], ...]],
    fmt: str | None,
    limits: Limits,
    known_errors: tuple[tuple[str, str], ...] = (),
) -> ImportBatch:
    def build() -> ImportBatch:
        # The files are read (copied out of the uploader) only on a miss: a 100 MB upload
        # is not copied on every rerun of the page.
        errors = dict(known_errors)
        batch = import_files(
            [(name, content) for name, content in read_files() if name not in errors],
            fmt=fmt,
            limits=limits,
            cache_dir=CACHE_DIR,
        )
        batch.errors = {**errors, **batch.errors}
        return batch

    batch = _LIVE_IMPORTS.get(key, build)
    _memory_janitor()
    st.session_state[_SESSION_BATCH] = batch  # this session's hold on it
    return batch


@st.cache_resource(show_spinner=False, max_entries=1, ttl=None)
def _import_jobs() -> ImportJobs:
    # One registry for the server, never expired (a running job must stay findable); it holds
    # running jobs and the errors of the last 32 finished ones, never tables.
    # A job outlives the rerun (or the session) that started it.
    return ImportJobs()


def _upload_key(uploads, fmt: str | None, limits: Limits) -> str:
    """A hash of the uploaded files' names and bytes, the format asked for and the limits.

    Each file's digest is remembered in the session by its upload id, so a 100 MB file
    is hashed once, not on every rerun.
    """
    digests = st.session_state.setdefault("_upload_digests", {})
    for upload in uploads:
        if upload.file_id not in digests:
            digests[upload.file_id] = hashlib.blake2b(upload.getvalue(), digest_size=16).hexdigest()
    parts = [f"{u.name}:{digests[u.file_id]}" for u in uploads] + [str(fmt), repr(limits)]
    return hashlib.blake2b("|".join(parts).encode("utf-8"), digest_size=16).hexdigest()


def _cancel_import(key: str) -> None:
    _import_jobs().cancel(key)
    st.session_state["import_cancelled"] = key


def _import_again() -> None:
    st.session_state.pop("import_cancelled", None)


def _import_uploads(uploads, fmt: str | None, limits: Limits) -> ImportBatch | None:
    """The uploads' batch; a big upload is imported in a child process with a progress bar and Cancel.

    None when the user cancelled this upload's import (the page then shows what it
    showed before).
    """
    key = _upload_key(uploads, fmt, limits)
    names = ", ".join(plain_markdown(u.name) for u in uploads)
    if st.session_state.get("import_cancelled") == key:
        st.warning(tr("Import of {names} cancelled: nothing was loaded from it.", names=names))
        st.button(tr("Import it again"), key="import_again", on_click=_import_again)
        return None
    files = lambda: tuple((u.name, u.getvalue()) for u in uploads)  # noqa: E731 - read only when needed
    if sum(u.size for u in uploads) <= BACKGROUND_BYTES:
        with st.spinner(tr("Importing…")):
            return _import(key, files, fmt, limits)
    jobs = _import_jobs()
    errors = jobs.finished(key)
    if errors is None:
        job = jobs.start_or_get(key, files, fmt, limits, CACHE_DIR)
        placeholder = st.empty()
        with placeholder.container():
            bar = st.progress(0.0, text=tr("Importing {names}…", names=names))
            st.button(tr("Cancel import"), key="cancel_import", on_click=_cancel_import, args=(key,))
            # Each progress update is also where Streamlit stops this run when the viewer
            # presses Cancel or changes anything: the child keeps going (or is cancelled).
            while not job.wait(0.3):
                message, fraction = job.status()
                # The step is a Note from the importer, worded in the reader's language.
                bar.progress(fraction, text=tr("Importing: {step}", step=plain_markdown(note_text(message))))
        placeholder.empty()
        if job.cancelled:  # by another viewer of the same file
            st.warning(tr("Import of {names} was cancelled: nothing was loaded from it.", names=names))
            st.button(tr("Import it again"), key="import_again", on_click=_import_again)
            return None
        errors = jobs.finish(key, job)
    with st.spinner(tr("Importing…")):
        return _import(key, files, fmt, limits, tuple(sorted(errors.items())))


@st.cache_resource(show_spinner=False, max_entries=2, ttl=3600)
def _import_path(path: str, modified: float, fmt: str | None, limits: Limits) -> ImportBatch:
    # ``modified`` is part of the cache key so an edited file is read again; a file larger
    # than the upload limit is refused by its size without being read.
    return import_path(path, fmt=fmt, limits=limits, cache_dir=CACHE_DIR)


def _file_batch(cli_path: str | None) -> ImportBatch | None:
    """The ``--data`` file's import through the page's cache; None when there is no usable file."""
    path = Path(cli_path) if cli_path else None
    if path is None or not path.is_file():
        return None
    batch = _import_path(str(path), path.stat().st_mtime, None, app_limits())
    return batch if batch.results else None


def file_events(cli_path: str | None) -> pd.DataFrame | None:
    """The ``--data`` file's events through the page's own cached import, drawing nothing.

    For views without the sidebar (the embed view); None when there is no usable file.
    """
    with st.spinner(tr("Importing…")):
        batch = _file_batch(cli_path)
    return batch.events if batch else None


def source_without_sidebar(
    cli_path: str | None, default: Callable[[], tuple[pd.DataFrame, str]]
) -> tuple[pd.DataFrame, str]:
    """What :func:`show_data_source` gives a session that uploaded nothing, drawing nothing.

    The ``--data`` file through the same cached import, else ``default()`` (the store): for a
    map-first run, whose sidebar follows (``components/pacing.py``), and the server's warm-up.
    """
    batch = _file_batch(cli_path)
    return (batch.events, _label("File", batch)) if batch else default()


def show_data_source(
    cli_path: str | None, default: Callable[[], tuple[pd.DataFrame, str]] | None = None
) -> tuple[pd.DataFrame, str]:
    """Sidebar block that picks the data; returns the events and a label for them.

    Parameters
    ----------
    cli_path
        A file given with ``--data``; used when nothing is uploaded.
    default
        Where the events come from when no file is open (the event store); the
        embedded report when not given.

    Returns
    -------
    events, label
        The imported events (uploads, else the ``--data`` file, else the embedded
        report) and a short description of where they come from.
    """
    limits = app_limits()
    with st.sidebar:
        st.header(tr("Data"))
        uploads = st.file_uploader(
            tr("Load event files"),
            type=UPLOAD_TYPES,
            max_upload_size=upload_megabytes(limits),
            accept_multiple_files=True,
            key="upload",
            help=tr(
                "ACLED, UCDP GED, CIR Eyes on Russia, Bellingcat TimeMap (api.json), VIINA event_info, "
                "or Strike Map's own events table (CSV, GeoJSON, Excel, parquet). Several files can be loaded "
                "together."
            ),
        )
        # Options are stable values (the English label), shown in the reader's language.
        choice = st.selectbox(
            tr("Format"),
            [AUTOMATIC, *FORMAT_LABELS.values()],
            format_func=tr,
            key="import_format",
            help=tr("Detected unless you choose."),
        )
        fmt = next((name for name, label in FORMAT_LABELS.items() if label == choice), None)
        batch = _import_uploads(uploads, fmt, limits) if uploads else None
        if batch is None:
            st.session_state.pop(_SESSION_BATCH, None)  # a removed upload is let go
        if batch is not None:
            show_import_summary(batch)
            if batch.results:
                return batch.events, _label("Uploaded", batch)
        if cli_path:
            path = Path(cli_path)
            if not path.is_file():
                st.error(
                    tr(
                        "The data file {path} does not exist; showing the embedded report instead.",
                        path=plain_markdown(cli_path),
                    )
                )
            else:
                with st.spinner(tr("Importing…")):
                    batch = _import_path(str(path), path.stat().st_mtime, fmt, limits)
                show_import_summary(batch)
                if batch.results:
                    return batch.events, _label("File", batch)
                st.error(
                    tr(
                        "{name} could not be loaded; showing the embedded report instead.",
                        name=plain_markdown(path.name),
                    )
                )
        if default is not None:
            return default()
        st.caption(tr(EMBEDDED_LABEL))
    return _embedded(), EMBEDDED_LABEL


def _label(prefix: str, batch: ImportBatch) -> str:
    names = ", ".join(r.file_name for r in batch.results)
    return f"{prefix} {names}"


def show_import_summary(batch: ImportBatch) -> None:
    """What each file gave: counts, notes, rejected rows with reasons and a download, duplicates."""
    with st.container(key="import_summary"):
        for name, message in batch.errors.items():
            # Names, columns and cells from files are escaped: never Markdown (data.display.plain_markdown).
            st.error(
                tr("**{name}** could not be loaded.", name=plain_markdown(name))
                + " "
                + plain_markdown(shown_error(message))
            )
        for number, result in enumerate(batch.results):
            st.markdown(
                f"**{plain_markdown(result.file_name)}** · {tr(FORMAT_LABELS.get(result.format, result.format))}  \n"
                + ntr(
                    "{n} row read: **{loaded} loaded**, **{rejected} rejected**",
                    "{n} rows read: **{loaded} loaded**, **{rejected} rejected**",
                    result.rows_in,
                    loaded=format_number(result.rows_loaded),
                    rejected=format_number(result.rows_rejected),
                )
            )
            outside = result.events[S.COUNTRY].notna() & (result.events[S.COUNTRY] != "UA")
            if outside.any():
                countries = plain_markdown(", ".join(sorted(result.events.loc[outside, S.COUNTRY].unique())))
                count = int(outside.sum())
                st.caption(
                    ntr(
                        "{n} event outside Ukraine ({countries}) kept and marked by country.",
                        "{n} events outside Ukraine ({countries}) kept and marked by country.",
                        count,
                        countries=countries,
                    )
                )
            for note in result.notes:
                st.caption(plain_markdown(note_text(note)))
            if result.rejected:
                with st.expander(
                    tr(
                        "Rejected rows in {name} ({count})",
                        name=plain_markdown(result.file_name),
                        count=format_number(result.rows_rejected),
                    )
                ):
                    for rejected in result.rejected[:MAX_LISTED]:
                        st.markdown(f"**{rejected.where()}**: {plain_markdown(str(rejected.reason))}")
                    if result.rows_rejected > MAX_LISTED:
                        st.caption(
                            tr(
                                "… and {count} more: download them all below.",
                                count=format_number(result.rows_rejected - MAX_LISTED),
                            )
                        )
                    content, file_name, mime = rejected_rows_file(result)
                    st.download_button(
                        tr("Download the rejected rows as they were"),
                        content,
                        file_name=file_name,
                        mime=mime,
                        key=f"rejected-{number}-{result.file_name}",
                    )
                    # Exact on purpose (the rows to fix and import again), so not made safe for
                    # spreadsheets: a cell the file gave as =HYPERLINK(...) comes back as it was.
                    st.caption(
                        tr(
                            "Every cell as your file had it, formulas included (nothing is neutralised "
                            "here): fix it in a text editor or import it again rather than opening it in a "
                            "spreadsheet."
                        )
                    )
        if batch.possible_duplicates:
            st.warning(
                ntr(
                    "{n} event may be the same attack as an event in another file "
                    "(same place, same day, same kind of attack). It is flagged for review, not merged.",
                    "{n} events may be the same attack as an event in another file "
                    "(same place, same day, same kind of attack). They are flagged for review, not merged.",
                    batch.possible_duplicates,
                )
            )
            flagged = batch.events[batch.events[S.POSSIBLE_DUPLICATES].notna()]
            with st.expander(tr("Possible duplicates")):
                st.dataframe(
                    pd.DataFrame(
                        {
                            tr("event"): reveal_hidden_series(flagged[S.EVENT_ID]),
                            tr("date"): flagged[S.DATE].dt.strftime("%Y-%m-%d"),
                            tr("place"): reveal_hidden_series(place_names(flagged[S.LOCATION])),
                            tr("may repeat"): reveal_hidden_series(flagged[S.POSSIBLE_DUPLICATES]),
                        }
                    ),
                    hide_index=True,
                    width="stretch",
                )
