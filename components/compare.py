"""This period against the one before it (same length), by oblast."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from data import schema as S
from data.compare import compare_periods, comparison_chart, comparison_display, previous_period
from data.display import oblast_name
from data.i18n import format_number, format_short_day, localized_spec, tr


def _build(
    start: dt.date, end: dt.date, events: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, dict | None]:
    """The comparison table, as shown (words and oblast names in the reader's language), and its chart."""
    table = compare_periods(events, start, end)
    names = events[[S.OBLAST, S.OBLAST_ISO]].dropna().drop_duplicates(S.OBLAST)
    by_name = dict(zip(names[S.OBLAST], names[S.OBLAST_ISO]))

    def oblast_text(name: str) -> str:
        return oblast_name(by_name.get(name), name)

    display = comparison_display(table, oblast_label=oblast_text)
    chart = (
        localized_spec(comparison_chart(table, oblast_label=oblast_text).to_dict())
        if len(table) > 1
        else None
    )
    return table, display, chart


@st.cache_data(max_entries=16, ttl=3600, show_spinner=False)
def _comparison(
    view: str, start: dt.date, end: dt.date, _events: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, dict | None]:
    # ``view`` names ``_events`` completely (data.filters.view_token, the language included).
    # Every session used to redo this on every run while it was shown (py-spy on the load
    # test: 8% of the samples).
    return _build(start, end, _events)


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
        st.info(tr("No event has a date, so there is no period to compare."))
        return
    start, end = shown
    before = previous_period(start, end)
    days = (end - start).days + 1
    st.caption(
        tr(
            "Now: {start} to {end} ({days} days). Before: {before_start} to {before_end}, the same length. "
            "Other filters apply to both. Totals are sums of reported figures: “≥” marks a lower bound, "
            "and events without a figure are counted beside, never as zero; a change between lower bounds "
            "is only known in one direction (“≥”, “≤”) or not at all. Events dated only to a month or year "
            "count in the period of their first day.",
            start=format_short_day(start),
            end=format_short_day(end),
            days=format_number(days),
            before_start=format_short_day(before[0]),
            before_end=format_short_day(before[1]),
        )
    )
    if view is None:
        table, display, chart = _build(start, end, events)
    else:
        table, display, chart = _comparison(view, start, end, events)
    if table.loc[0, "events_now"] == 0 and table.loc[0, "events_before"] == 0:
        st.info(tr("No dated events in either period."))
        return
    st.dataframe(display, hide_index=True, width="stretch", key="comparison_table")
    if chart is not None:
        st.vega_lite_chart(spec=chart, width="content")
