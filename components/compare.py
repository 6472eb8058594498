"""This period against the one before it (same length), by oblast."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from data.compare import compare_periods, comparison_chart, comparison_display, previous_period


@st.cache_data(max_entries=16, ttl=3600, show_spinner=False)
def _comparison(
    view: str, start: dt.date, end: dt.date, _events: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, dict | None]:
    # ``view`` names ``_events`` completely (data.filters.view_token).  Every session used to
    # redo this on every run while it was shown (py-spy on the load test: 8% of the samples).
    table = compare_periods(_events, start, end)
    chart = comparison_chart(table).to_dict() if len(table) > 1 else None
    return table, comparison_display(table), chart


def show_comparison(
    events: pd.DataFrame, shown: tuple[dt.date, dt.date] | None, view: str | None = None
) -> None:
    """Table and chart comparing ``shown`` with the period before it.

    Parameters
    ----------
    events
        Events matching every filter except the dates (both periods are cut from them).
    shown
        The date range on the page, both days included; None when no event has a date.
    view
        Identity of ``events`` (:func:`data.filters.view_token` of the filter without its
        dates), the cache key shared by every session; None computes afresh.
    """
    if shown is None:
        st.info("No event has a date, so there is no period to compare.")
        return
    start, end = shown
    before = previous_period(start, end)
    days = (end - start).days + 1
    st.caption(
        f"Now: {start:%d %b %Y} to {end:%d %b %Y} ({days:,} days). "
        f"Before: {before[0]:%d %b %Y} to {before[1]:%d %b %Y}, the same length. "
        "Other filters apply to both. Totals are sums of reported figures: “≥” marks a lower bound, "
        "and events without a figure are counted beside, never as zero; a change between lower bounds "
        "is only known in one direction (“≥”, “≤”) or not at all. Events dated only to a month or year "
        "count in the period of their first day."
    )
    if view is None:
        table = compare_periods(events, start, end)
        display = comparison_display(table)
        chart = comparison_chart(table).to_dict() if len(table) > 1 else None
    else:
        table, display, chart = _comparison(view, start, end, events)
    if table.loc[0, "events_now"] == 0 and table.loc[0, "events_before"] == 0:
        st.info("No dated events in either period.")
        return
    st.dataframe(display, hide_index=True, width="stretch", key="comparison_table")
    if chart is not None:
        st.vega_lite_chart(spec=chart, width="content")
