"""Casualty charts: by place, by oblast, over time, by weapon and target."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from data import schema as S
from data.aggregate import casualties_by, events_by_month
from data.charts import casualty_bar_chart, category_chart, timeline_chart
from geo.event_map import WEAPON_COLOURS


def show_charts(events: pd.DataFrame) -> None:
    by_place, by_oblast, over_time, by_kind = st.tabs(
        ["By place", "By oblast", "Over time", "By weapon and target"]
    )
    with by_place:
        table = casualties_by(events, S.LOCATION)
        st.altair_chart(casualty_bar_chart(table, S.LOCATION, "Casualties by place"), width="stretch")
        _caption_unknowns(table, "places")
    with by_oblast:
        table = casualties_by(events, S.OBLAST)
        st.altair_chart(casualty_bar_chart(table, S.OBLAST, "Casualties by oblast"), width="stretch")
        _caption_unknowns(table, "oblasts")
    with over_time:
        monthly, left_out = events_by_month(events)
        if monthly.empty:
            st.info("No event has a date at month precision or better, so there is no timeline to draw.")
        else:
            st.altair_chart(timeline_chart(monthly), width="stretch")
        if left_out:
            st.caption(f"{left_out:,} events with only a year or no date are not on the timeline.")
    with by_kind:
        left, right = st.columns(2)
        with left:
            st.altair_chart(
                category_chart(casualties_by(events, S.WEAPON), S.WEAPON, "Events by weapon", WEAPON_COLOURS),
                width="stretch",
            )
        with right:
            st.altair_chart(
                category_chart(casualties_by(events, S.TARGET), S.TARGET, "Events by target"),
                width="stretch",
            )


def _caption_unknowns(table: pd.DataFrame, noun: str) -> None:
    shown = min(len(table), 15)
    note = f"Top {shown} of {len(table):,} {noun} by killed + injured." if len(table) > 15 else ""
    unknown = int(table["no_figures"].sum()) if len(table) else 0
    if unknown:
        note += f" {unknown:,} events with no figures are counted as unknown, not zero."
    note += " Lighter, dashed bars are lower bounds (≥)."
    st.caption(note.strip())
