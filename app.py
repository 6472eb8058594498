"""Strike Map: attacks on Ukrainian cities and their human cost.

Run with ``streamlit run app.py`` (embedded data) or ``streamlit run app.py -- --data FILE``.
The page reads top to bottom: data, filters, headline, map, charts, table.
"""

from __future__ import annotations

import argparse

import streamlit as st

from components.about import show_about
from components.headline import show_headline
from components.map_panel import show_event_details, show_event_map
from components.report_panel import show_report_panel
from components.sources import show_data_source
from components.tables import show_events_table
from data.events_io import concat_events


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Strike Map dashboard")
    parser.add_argument("--data", help="events file to show instead of the embedded report")
    return parser.parse_known_args()[0]


st.set_page_config(page_title="Strike Map · attacks on Ukrainian cities", page_icon="📍", layout="wide")
st.title("Strike Map")
header_area, map_area, table_area, report_area = (
    st.container(),
    st.container(),
    st.container(),
    st.container(),
)

events, source_label = show_data_source(parse_args().data)
with report_area:
    events = concat_events(events, show_report_panel())

with header_area:
    show_headline(events, source_label)

with map_area:
    map_column, details_column = st.columns([3, 1], gap="medium")
    with map_column:
        clicked = show_event_map(events)
    with details_column:
        st.subheader("Selected event")
        show_event_details(events, clicked)

with table_area:
    st.subheader("Events")
    show_events_table(events)

show_about()
