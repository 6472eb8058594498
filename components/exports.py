"""Downloads of the filtered events in the canonical format."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from data.events_io import events_to_csv, events_to_geojson


def show_downloads(events: pd.DataFrame) -> None:
    left, right = st.columns(2)
    left.download_button(
        f"Download {len(events):,} events (CSV)",
        data=lambda: events_to_csv(events),
        file_name="strike-map-events.csv",
        mime="text/csv",
        width="stretch",
        on_click="ignore",
    )
    right.download_button(
        f"Download {len(events):,} events (GeoJSON)",
        data=lambda: events_to_geojson(events),
        file_name="strike-map-events.geojson",
        mime="application/geo+json",
        width="stretch",
        on_click="ignore",
    )
