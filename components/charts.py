"""Casualty charts: by place, by oblast, over time, by weapon and target.

The charts are built once per filtered table (keyed by its view token) and
only for the open tab, as Vega-Lite specs, so a rerun that does not change the
filter (a map click) only re-sends what was built.  Altair's validation of a spec
(about a second per rerun at scale once) is left to the tests.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.language import in_page_language
from data.charts import page_charts
from data.i18n import localized_spec, ntr, tr

# The charts each tab shows (data.charts.PAGE_CHARTS).
_TAB_CHARTS = {"place": ("place",), "oblast": ("oblast",), "time": ("monthly",), "kind": ("weapon", "target")}


def _tab_specs(events: pd.DataFrame, tab: str) -> dict[str, object]:
    charts, left_out = page_charts(events, _TAB_CHARTS[tab])
    # Not validated here: Altair's schema check was a quarter of a tab's build at 250,000
    # events; tests/test_chart_specs.py validates every chart the page draws.
    specs: dict[str, object] = {chart.key: chart.chart.to_dict(validate=False) for chart in charts}
    # The captions the page prints under a chart; the timeline's is worded with its count below.
    specs.update({f"{chart.key}_note": chart.note for chart in charts if chart.key in ("place", "oblast")})
    if tab == "time":
        specs.setdefault("monthly", None)
        specs["left_out"] = left_out
    return specs


@st.cache_data(max_entries=64, ttl=3600, show_spinner=False)
def _chart_specs(view_token: str, tab: str, _events: pd.DataFrame) -> dict[str, object]:
    # One tab's specs, built when that tab is open: a filter change builds one tab's
    # charts, not four (the monthly series alone was 1.6 s at 250,000 events).
    # ``view_token`` names ``_events`` completely (see data.filters.view_token).
    specs = _tab_specs(_events, tab)
    # Month names on the time axes and the group separator in the reader's language.
    return {name: localized_spec(spec) if isinstance(spec, dict) else spec for name, spec in specs.items()}


@st.fragment
@in_page_language
def show_charts(events: pd.DataFrame, view_token: str) -> None:
    """The chart tabs for the filtered ``events`` (identified by ``view_token``).

    A fragment with lazy tabs: only the open tab is drawn, and switching tabs
    reruns this fragment alone (the tab is kept in the URL like the filters).
    """
    by_place, by_oblast, over_time, by_kind = st.tabs(
        [tr("By place"), tr("By oblast"), tr("Over time"), tr("By weapon and target")],
        key="chart",
        on_change="rerun",
        bind="query-params",
    )
    if by_place.open:
        specs = _chart_specs(view_token, "place", events)
        with by_place:
            st.vega_lite_chart(spec=specs["place"], width="stretch")
            st.caption(specs["place_note"])
    if by_oblast.open:
        specs = _chart_specs(view_token, "oblast", events)
        with by_oblast:
            st.vega_lite_chart(spec=specs["oblast"], width="stretch")
            st.caption(specs["oblast_note"])
    if over_time.open:
        specs = _chart_specs(view_token, "time", events)
        with over_time:
            if specs["monthly"] is None:
                st.info(
                    tr("No event has a date at month precision or better, so there is no timeline to draw.")
                )
            else:
                st.vega_lite_chart(spec=specs["monthly"], width="stretch")
            if specs["left_out"]:
                st.caption(
                    ntr(
                        "{n} event with only a year or no date is not on the timeline.",
                        "{n} events with only a year or no date are not on the timeline.",
                        specs["left_out"],
                    )
                )
    if by_kind.open:
        specs = _chart_specs(view_token, "kind", events)
        with by_kind:
            left, right = st.columns(2)
            with left:
                st.vega_lite_chart(spec=specs["weapon"], width="stretch")
            with right:
                st.vega_lite_chart(spec=specs["target"], width="stretch")
