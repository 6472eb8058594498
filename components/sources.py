"""Where the events come from: the embedded report, a file given on the command line, uploads."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from data.embedded import EMBEDDED_LABEL, load_embedded_events
from data.events_io import EventsFileError, load_events


@st.cache_data(show_spinner=False)
def _embedded() -> pd.DataFrame:
    return load_embedded_events()


@st.cache_data(show_spinner="Loading events…", max_entries=4)
def _from_path(path: str, modified: float) -> pd.DataFrame:
    # ``modified`` is part of the cache key so an edited file is read again.
    return load_events(path)


@st.cache_data(show_spinner="Loading events…", max_entries=4)
def _from_upload(name: str, content: bytes) -> pd.DataFrame:
    return load_events(content, file_name=name)


def show_data_source(cli_path: str | None) -> tuple[pd.DataFrame, str]:
    """Sidebar block that picks the data; returns the events and a label for them."""
    st.sidebar.header("Data")
    uploaded = st.sidebar.file_uploader(
        "Load an events file (CSV or GeoJSON, canonical format)",
        type=["csv", "geojson", "json"],
        key="upload",
    )
    if uploaded is not None:
        try:
            return _from_upload(uploaded.name, uploaded.getvalue()), f"Uploaded file {uploaded.name}"
        except EventsFileError as err:
            st.sidebar.error(f"{uploaded.name} could not be loaded:\n\n{err}")
    if cli_path:
        path = Path(cli_path)
        if not path.exists():
            st.error(f"The data file {cli_path} does not exist; showing the embedded report instead.")
        else:
            try:
                return _from_path(str(path), path.stat().st_mtime), f"File {path.name}"
            except EventsFileError as err:
                st.error(f"{path.name} could not be loaded; showing the embedded report instead.\n\n{err}")
    st.sidebar.caption(EMBEDDED_LABEL)
    return _embedded(), EMBEDDED_LABEL
