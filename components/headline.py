"""The line under the title and the headline figures."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from data import schema as S
from data.aggregate import headline_figures
from data.summary import describe_selection


def show_headline(events: pd.DataFrame, source_label: str, total: int | None = None) -> None:
    figures = headline_figures(events)
    line = describe_selection(events, source_label)
    if total is not None and total != len(events):
        line = f"Filtered: {line} (of {total:,} loaded)"
    if not events.empty:
        st.caption(line)
    columns = st.columns(5)
    columns[0].metric("Events", f"{figures['events']:,}", help=f"{figures['located_events']:,} on the map")
    columns[1].metric("Places", f"{figures['places']:,}")
    for column, (label, key) in zip(columns[2:], (("Killed", S.KILLED), ("Injured", S.INJURED))):
        total = figures[key]
        column.metric(label, str(total), help=f"{total.unreported:,} events without a figure")
    children = [figures[S.CHILDREN_KILLED], figures[S.CHILDREN_INJURED]]
    columns[4].metric(
        "Children killed / injured",
        " / ".join(str(t) for t in children),
        help="Children among the killed and among the injured",
    )
    if figures["no_figures"]:
        st.caption(
            f"{figures['no_figures']:,} of {figures['events']:,} events have no casualty figures: "
            "they are counted as unknown, not as zero. “≥” marks totals that are lower bounds."
        )
