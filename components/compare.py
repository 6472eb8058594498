"""This period against the one before it (same length), by oblast."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from data.compare import compare_periods, comparison_chart, comparison_display, previous_period


def show_comparison(events: pd.DataFrame, shown: tuple[dt.date, dt.date] | None) -> None:
    """Table and chart comparing ``shown`` with the period before it.

    Parameters
    ----------
    events
        Events matching every filter except the dates (both periods are cut from them).
    shown
        The date range on the page, both days included; None when no event has a date.
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
    table = compare_periods(events, start, end)
    if table.loc[0, "events_now"] == 0 and table.loc[0, "events_before"] == 0:
        st.info("No dated events in either period.")
        return
    st.dataframe(comparison_display(table), hide_index=True, width="stretch", key="comparison_table")
    if len(table) > 1:
        st.altair_chart(comparison_chart(table), width="content")
