"""Downloads of the filtered events in the canonical format."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from data.events_io import events_to_csv, events_to_geojson
from data.i18n import ntr


def show_downloads(events: pd.DataFrame) -> None:
    left, right = st.columns(2)
    left.download_button(
        ntr("Download {n} event (CSV)", "Download {n} events (CSV)", len(events)),
        data=lambda: events_to_csv(events),
        file_name="strike-map-events.csv",
        mime="text/csv",
        width="stretch",
        on_click="ignore",
    )
    right.download_button(
        ntr("Download {n} event (GeoJSON)", "Download {n} events (GeoJSON)", len(events)),
        data=lambda: events_to_geojson(events),
        file_name="strike-map-events.geojson",
        mime="application/geo+json",
        width="stretch",
        on_click="ignore",
    )
