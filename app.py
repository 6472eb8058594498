"""Strike Map: attacks on Ukrainian cities and their human cost.

Run with ``streamlit run app.py`` (embedded data) or ``streamlit run app.py -- --data FILE``.
The page reads top to bottom: data and filters in the sidebar, then the headline,
the map, the charts and the table; every part shows the same filtered events.
"""

from __future__ import annotations

import argparse
import os

import streamlit as st

from components.about import show_about
from components.charts import show_charts
from components.exports import show_downloads
from components.filters import reset_filters, show_filters, show_layer_options
from components.headline import show_headline
from components.map_panel import show_event_details, show_event_map
from components.report_panel import show_report_panel
from components.sources import show_data_source
from components.tables import show_events_table
from data.events_io import concat_events
from data.filters import apply_filter


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Strike Map dashboard")
    parser.add_argument(
        "--data",
        default=os.environ.get("STRIKE_MAP_DATA"),
        help="events file to show instead of the embedded report (or set STRIKE_MAP_DATA)",
    )
    return parser.parse_known_args()[0]


st.set_page_config(page_title="Strike Map · attacks on Ukrainian cities", page_icon="📍", layout="wide")
st.title("Strike Map")
st.markdown("Attacks on Ukrainian cities and their human cost, each number traced to its source.")
header_area, map_area, charts_area, table_area, report_area = (st.container() for _ in range(5))

events, source_label = show_data_source(parse_args().data)
with report_area:
    events = concat_events(events, show_report_panel())
selection = show_filters(events)
layers = show_layer_options()
visible_events = apply_filter(events, selection)

with header_area:
    show_headline(visible_events, source_label, total=len(events))
    if visible_events.empty:
        st.warning("No events match these filters.")
        st.button("Reset filters", on_click=reset_filters, key="reset_empty")

with map_area:
    map_column, details_column = st.columns([3, 1], gap="medium")
    with map_column:
        clicked = show_event_map(visible_events, **layers)
    with details_column:
        st.subheader("Selected event")
        show_event_details(visible_events, clicked)

with charts_area:
    st.subheader("Casualties")
    show_charts(visible_events)

with table_area:
    st.subheader("Events")
    show_events_table(visible_events)
    show_downloads(visible_events)

show_about()
