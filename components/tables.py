"""The events table."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from data.display import TABLE_ROWS, shown_events_table
from data.i18n import N_, format_number, tr

MAX_TABLE_ROWS = TABLE_ROWS


@st.cache_data(max_entries=16, ttl=3600, show_spinner=False)
def _display_table(view_token: str, _events: pd.DataFrame) -> pd.DataFrame:
    # ``view_token`` names ``_events`` completely (see data.filters.view_token).
    return shown_events_table(_events)


# Column keys stay stable (tests and code read them); the reader sees these headers.
HEADERS: dict[str, str] = {
    "date": N_("date"),
    "place": N_("place"),
    "oblast": N_("oblast"),
    "weapon": N_("weapon"),
    "target": N_("target"),
    "killed": N_("killed"),
    "injured": N_("injured"),
    "children_killed": N_("children killed"),
    "children_injured": N_("children injured"),
    "on map": N_("on map"),
    "description": N_("description"),
    "source": N_("source"),
    "link": N_("link"),
    "possible duplicate of": N_("possible duplicate of"),
    "event_id": N_("event id"),
}


def show_events_table(events: pd.DataFrame, view_token: str) -> None:
    """The filtered events, counts shown as ``≥ 7`` or ``—`` (not reported), links clickable."""
    table = _display_table(view_token, events)
    if len(events) > MAX_TABLE_ROWS:
        st.caption(
            tr(
                "The first {shown} of {total} events: narrow the filters, or download them all.",
                shown=format_number(MAX_TABLE_ROWS),
                total=format_number(len(events)),
            )
        )
    counts_help = tr("— = not reported; ≥ = at least")
    config: dict[str, object] = {
        column: st.column_config.Column(tr(header)) for column, header in HEADERS.items()
    }
    config |= {
        "link": st.column_config.LinkColumn(tr("link"), display_text=tr("open source")),
        "description": st.column_config.TextColumn(tr("description"), width="large"),
        "killed": st.column_config.TextColumn(tr("killed"), help=counts_help),
        "injured": st.column_config.TextColumn(tr("injured"), help=counts_help),
    }
    st.dataframe(table, hide_index=True, width="stretch", column_config=config)
