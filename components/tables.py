"""The events table."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from data.display import events_display_table

MAX_TABLE_ROWS = 1_000


@st.cache_data(max_entries=16, ttl=3600, show_spinner=False)
def _display_table(view_token: str, _events: pd.DataFrame) -> pd.DataFrame:
    # ``view_token`` names ``_events`` completely (see data.filters.view_token).
    # Formatting every row of a 250,000-event table took 0.5-1.5 s per rerun; the
    # downloads beside the table still hold every filtered event.
    return events_display_table(_events.head(MAX_TABLE_ROWS))


def show_events_table(events: pd.DataFrame, view_token: str) -> None:
    """The filtered events, counts shown as ``≥ 7`` or ``—`` (not reported), links clickable."""
    table = _display_table(view_token, events)
    if len(events) > MAX_TABLE_ROWS:
        st.caption(
            f"The first {MAX_TABLE_ROWS:,} of {len(events):,} events: narrow the filters, or download them all."
        )
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_config={
            "link": st.column_config.LinkColumn("link", display_text="open source"),
            "description": st.column_config.TextColumn("description", width="large"),
            "killed": st.column_config.TextColumn("killed", help="— = not reported; ≥ = at least"),
            "injured": st.column_config.TextColumn("injured", help="— = not reported; ≥ = at least"),
        },
    )
