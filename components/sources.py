"""Where the events come from: uploaded files in any supported format, a file given on the
command line (``--data`` or ``STRIKE_MAP_DATA``), or the embedded report.  Every file goes
through the one pipeline, :mod:`data.importers` (uploads by :func:`~data.importers.import_files`,
a path by :func:`~data.importers.import_path`), with its validated table cached on disk by
content (``.cache/imports``, or ``STRIKE_MAP_CACHE_DIR``), and the sidebar says what was
loaded, what was rejected and why, and what may be a duplicate.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import streamlit as st

from components.settings import app_limits, upload_megabytes
from data import schema as S
from data.display import plain_markdown, reveal_hidden_series
from data.embedded import EMBEDDED_LABEL, load_embedded_events
from data.importers import (
    DEFAULT_CACHE_DIR,
    FORMAT_LABELS,
    ImportBatch,
    import_files,
    import_path,
    rejected_rows_file,
)
from data.limits import Limits

AUTOMATIC = "Detect from the file"
MAX_LISTED = 50  # rejected rows listed in the sidebar; the download has them all
UPLOAD_TYPES = ["csv", "json", "geojson", "xlsx", "zip", "txt", "parquet"]
# Validated tables on disk, keyed by each file's bytes and the schema (data/cache.py).
CACHE_DIR = Path(os.environ.get("STRIKE_MAP_CACHE_DIR") or DEFAULT_CACHE_DIR)


@st.cache_data(show_spinner=False, max_entries=1, ttl=86400)
def _embedded() -> pd.DataFrame:
    return load_embedded_events()


# cache_resource, not cache_data: the page never changes an import, and unpickling a
# 250,000-row batch on every rerun cost 1-4 s (benchmarks/run.py).
# Bounded in count and time: imports from sessions long closed must not hold memory
# (three 100 MB uploads used to stay at 4.5 GB for good).  Keyed by the files' bytes,
# so the same file uploaded twice, by anyone, is read once.
@st.cache_resource(show_spinner="Importing…", max_entries=4, ttl=900)
def _import(files: tuple[tuple[str, bytes], ...], fmt: str | None, limits: Limits) -> ImportBatch:
    return import_files(files, fmt=fmt, limits=limits, cache_dir=CACHE_DIR)


@st.cache_resource(show_spinner="Importing…", max_entries=2, ttl=3600)
def _import_path(path: str, modified: float, fmt: str | None, limits: Limits) -> ImportBatch:
    # ``modified`` is part of the cache key so an edited file is read again; a file larger
    # than the upload limit is refused by its size without being read.
    return import_path(path, fmt=fmt, limits=limits, cache_dir=CACHE_DIR)


def file_events(cli_path: str | None) -> pd.DataFrame | None:
    """The ``--data`` file's events through the page's own cached import, drawing nothing.

    For views without the sidebar (the embed view); None when there is no usable file.
    """
    path = Path(cli_path) if cli_path else None
    if path is None or not path.is_file():
        return None
    batch = _import_path(str(path), path.stat().st_mtime, None, app_limits())
    return batch.events if batch.results else None


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
        st.header("Data")
        uploads = st.file_uploader(
            "Load event files",
            type=UPLOAD_TYPES,
            max_upload_size=upload_megabytes(limits),
            accept_multiple_files=True,
            key="upload",
            help="ACLED, UCDP GED, CIR Eyes on Russia, Bellingcat TimeMap (api.json), VIINA event_info, "
            "or Strike Map's own events table (CSV, GeoJSON, Excel, parquet). Several files can be loaded together.",
        )
        choice = st.selectbox(
            "Format",
            [AUTOMATIC, *FORMAT_LABELS.values()],
            key="import_format",
            help="Detected unless you choose.",
        )
        fmt = next((name for name, label in FORMAT_LABELS.items() if label == choice), None)
        if uploads:
            batch = _import(tuple((u.name, u.getvalue()) for u in uploads), fmt, limits)
            show_import_summary(batch)
            if batch.results:
                return batch.events, _label("Uploaded", batch)
        if cli_path:
            path = Path(cli_path)
            if not path.is_file():
                st.error(
                    f"The data file {plain_markdown(cli_path)} does not exist; showing the embedded report instead."
                )
            else:
                batch = _import_path(str(path), path.stat().st_mtime, fmt, limits)
                show_import_summary(batch)
                if batch.results:
                    return batch.events, _label("File", batch)
                st.error(
                    f"{plain_markdown(path.name)} could not be loaded; showing the embedded report instead."
                )
        if default is not None:
            return default()
        st.caption(EMBEDDED_LABEL)
    return _embedded(), EMBEDDED_LABEL


def _label(prefix: str, batch: ImportBatch) -> str:
    names = ", ".join(r.file_name for r in batch.results)
    return f"{prefix} {names}"


def show_import_summary(batch: ImportBatch) -> None:
    """What each file gave: counts, notes, rejected rows with reasons and a download, duplicates."""
    with st.container(key="import_summary"):
        for name, message in batch.errors.items():
            # Names, columns and cells from files are escaped: never Markdown (data.display.plain_markdown).
            st.error(f"**{plain_markdown(name)}** could not be loaded. {plain_markdown(message)}")
        for number, result in enumerate(batch.results):
            st.markdown(
                f"**{plain_markdown(result.file_name)}** · {FORMAT_LABELS.get(result.format, result.format)}  \n"
                f"{result.rows_in:,} rows read: **{result.rows_loaded:,} loaded**, "
                f"**{result.rows_rejected:,} rejected**"
            )
            outside = result.events[S.COUNTRY].notna() & (result.events[S.COUNTRY] != "UA")
            if outside.any():
                countries = plain_markdown(", ".join(sorted(result.events.loc[outside, S.COUNTRY].unique())))
                count = int(outside.sum())
                st.caption(
                    f"{count:,} {'event' if count == 1 else 'events'} outside Ukraine ({countries}) "
                    "kept and marked by country."
                )
            for note in result.notes:
                st.caption(plain_markdown(note))
            if result.rejected:
                with st.expander(
                    f"Rejected rows in {plain_markdown(result.file_name)} ({result.rows_rejected:,})"
                ):
                    for rejected in result.rejected[:MAX_LISTED]:
                        st.markdown(f"**{rejected.where()}**: {plain_markdown(rejected.reason)}")
                    if result.rows_rejected > MAX_LISTED:
                        st.caption(
                            f"… and {result.rows_rejected - MAX_LISTED:,} more: download them all below."
                        )
                    content, file_name, mime = rejected_rows_file(result)
                    st.download_button(
                        "Download the rejected rows as they were",
                        content,
                        file_name=file_name,
                        mime=mime,
                        key=f"rejected-{number}-{result.file_name}",
                    )
                    # Exact on purpose (the rows to fix and import again), so not made safe for
                    # spreadsheets: a cell the file gave as =HYPERLINK(...) comes back as it was.
                    st.caption(
                        "Every cell as your file had it, formulas included (nothing is neutralised "
                        "here): fix it in a text editor or import it again rather than opening it in a spreadsheet."
                    )
        if batch.possible_duplicates:
            st.warning(
                f"{batch.possible_duplicates:,} events may be the same attack as an event in another file "
                "(same place, same day, same kind of attack). They are flagged for review, not merged."
            )
            flagged = batch.events[batch.events[S.POSSIBLE_DUPLICATES].notna()]
            with st.expander("Possible duplicates"):
                st.dataframe(
                    pd.DataFrame(
                        {
                            "event": reveal_hidden_series(flagged[S.EVENT_ID]),
                            "date": flagged[S.DATE].dt.strftime("%Y-%m-%d"),
                            "place": reveal_hidden_series(flagged[S.LOCATION]),
                            "may repeat": reveal_hidden_series(flagged[S.POSSIBLE_DUPLICATES]),
                        }
                    ),
                    hide_index=True,
                    width="stretch",
                )
