"""The events table."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from data.display import events_display_table


def show_events_table(events: pd.DataFrame) -> None:
    """The filtered events, counts shown as ``≥ 7`` or ``—`` (not reported), links clickable."""
    table = events_display_table(events)
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
