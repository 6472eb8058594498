"""Casualty charts: by place, by oblast, over time, by weapon and target.

The charts are built once per filtered table (keyed by its view token) and
only for the open tab, as Vega-Lite specs: Altair validates a spec when it is turned into a dict, which
cost about a second per rerun at scale, so a rerun that does not change the
filter (a map click) only re-sends what was built.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.language import in_page_language
from data import schema as S
from data.aggregate import casualties_by, events_by_month
from data.captions import chart_note
from data.charts import casualty_bar_chart, category_chart, timeline_chart
from data.display import oblast_names, place_names
from data.i18n import localized_spec, ntr, tr
from geo.event_map import WEAPON_COLOURS


def localized_oblasts(table: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """``table`` keyed by English oblast names, with the names in the reader's language."""
    codes = events[[S.OBLAST, S.OBLAST_ISO]].dropna().drop_duplicates(S.OBLAST)
    iso = table[S.OBLAST].map(dict(zip(codes[S.OBLAST], codes[S.OBLAST_ISO])))
    return table.assign(**{S.OBLAST: oblast_names(iso.astype("string"), table[S.OBLAST])})


def _place_specs(events: pd.DataFrame) -> dict[str, object]:
    by_place = casualties_by(events, S.LOCATION)
    chart = casualty_bar_chart(
        by_place.assign(**{S.LOCATION: place_names(by_place[S.LOCATION])}),
        S.LOCATION,
        tr("Casualties by place"),
    )
    return {"place": chart.to_dict(), "place_note": chart_note(by_place, "places")}


def _oblast_specs(events: pd.DataFrame) -> dict[str, object]:
    by_oblast = casualties_by(events, S.OBLAST)
    chart = casualty_bar_chart(localized_oblasts(by_oblast, events), S.OBLAST, tr("Casualties by oblast"))
    return {"oblast": chart.to_dict(), "oblast_note": chart_note(by_oblast, "oblasts")}


def _time_specs(events: pd.DataFrame) -> dict[str, object]:
    monthly, left_out = events_by_month(events)
    return {"monthly": None if monthly.empty else timeline_chart(monthly).to_dict(), "left_out": left_out}


def _kind_specs(events: pd.DataFrame) -> dict[str, object]:
    return {
        "weapon": category_chart(
            casualties_by(events, S.WEAPON), S.WEAPON, tr("Events by weapon"), WEAPON_COLOURS
        ).to_dict(),
        "target": category_chart(casualties_by(events, S.TARGET), S.TARGET, tr("Events by target")).to_dict(),
    }


_TAB_SPECS = {"place": _place_specs, "oblast": _oblast_specs, "time": _time_specs, "kind": _kind_specs}


@st.cache_data(max_entries=64, ttl=3600, show_spinner=False)
def _chart_specs(view_token: str, tab: str, _events: pd.DataFrame) -> dict[str, object]:
    # One tab's specs, built when that tab is open: a filter change builds one tab's
    # charts, not four (the monthly series alone was 1.6 s at 250,000 events).
    # ``view_token`` names ``_events`` completely (see data.filters.view_token).
    specs = _TAB_SPECS[tab](_events)
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
