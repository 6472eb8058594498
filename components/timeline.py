"""The timeline under the map: a brush on it sets the page's date range.

The date range has one home: the sidebar's ``dates`` widget, bound to the URL
(``?dates=2024-03-01&dates=2024-03-31``).  Brushing the timeline writes that
widget's value in a callback, before the page reruns, so the map, headline,
charts, table and the address bar all follow the same range.
"""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd
import streamlit as st

from data.timeline import Timeline, bin_events, clamp_range, range_from_selection

DATES_KEY = "dates"  # the sidebar widget's key, also the URL parameter
CHART_KEY = "timeline"
BRUSH = "range"
# Short: Vega truncates axis labels, and a long one squeezes the plot.
BAND_TITLES = {"week": "week only", "month": "month only", "year": "year only"}
MEASURES = {"events": "events", "casualties": "killed + injured"}


def _full_range() -> tuple[dt.date, dt.date] | None:
    return st.session_state.get("_filter_defaults", {}).get(DATES_KEY)


def _on_brush() -> None:
    # Runs before the rerun, when widget values may still be written.
    bounds, unit = _full_range(), st.session_state.get("_timeline_unit", "day")
    if bounds is None:
        return
    selection = st.session_state[CHART_KEY]["selection"].get(BRUSH) or {}
    values = next(iter(selection.values()), None) if isinstance(selection, dict) else None
    chosen = range_from_selection(values, unit) if values else None
    # An empty selection is ignored: the chart is redrawn after every range change
    # (the bars outside the range dim), and a redrawn chart reports its brush as
    # cleared.  "Whole period" is the way back to every date.
    if chosen:
        st.session_state[DATES_KEY] = clamp_range(chosen, bounds) or bounds


def show_full_period() -> None:
    """A button callback: back to every date."""
    bounds = _full_range()
    if bounds is not None:
        st.session_state[DATES_KEY] = bounds


def current_range() -> tuple[dt.date, dt.date] | None:
    """The date range shown now (the sidebar widget's value), or None without dates."""
    bounds = _full_range()
    if bounds is None:
        return None
    chosen = st.session_state.get(DATES_KEY, bounds)
    chosen = tuple(chosen) if isinstance(chosen, (tuple, list)) else (chosen,)
    if len(chosen) != 2:
        return bounds
    return clamp_range(chosen, bounds) or bounds


def timeline_chart(
    timeline: Timeline, measure: str, shown: tuple[dt.date, dt.date] | None, domain: tuple[dt.date, dt.date]
) -> alt.VConcatChart | alt.LayerChart:
    """Bars per bin of the main band with a brush, and the coarser bands as spans below it."""
    field = "events" if measure == "events" else "casualties"
    start, end = pd.Timestamp(domain[0]), pd.Timestamp(domain[1]) + pd.Timedelta(days=1)
    x_scale = alt.Scale(domain=[start.isoformat(), end.isoformat()])
    brush = alt.selection_interval(name=BRUSH, encodings=["x"])
    main = timeline.main.assign(
        label=lambda t: [
            f"{e:,} events"
            + (f", {c:,}{'+' if b else ''} killed + injured" if pd.notna(c) else ", no figures")
            for e, c, b in zip(t["events"], t["casualties"], t["casualties_at_least"])
        ]
    )
    # The range shown goes in as two parameters, not as a column: a changed dataset is
    # patched into the chart in place by Streamlit's frontend, which failed here with
    # "Unrecognized data set" for a two-part chart; a changed parameter redraws it.
    first, last = shown or domain
    shown_from = alt.param(name="shown_from", value=pd.Timestamp(first).isoformat())
    shown_to = alt.param(name="shown_to", value=pd.Timestamp(last).isoformat())
    inside = "time(datum.end) > time(toDate(shown_from)) && time(datum.start) <= time(toDate(shown_to))"
    bars = (
        alt.Chart(main)
        .mark_rect(color="#B5172B")
        .encode(
            x=alt.X("start:T", scale=x_scale, title=None),
            x2="end:T",
            y=alt.Y(f"{field}:Q", title=f"{MEASURES[measure]} per {timeline.unit}"),
            opacity=alt.condition(inside, alt.value(0.9), alt.value(0.25)),
            tooltip=[
                alt.Tooltip("start:T", title=f"{timeline.unit} from"),
                alt.Tooltip("label:N", title="in it"),
            ],
        )
        .add_params(brush, shown_from, shown_to)
        .properties(height=110)
    )
    coarse = timeline.coarse
    if coarse.empty:
        return bars
    coarse = coarse.assign(
        band_title=coarse["band"].map(BAND_TITLES),
        label=[f"{e:,} events" for e in coarse["events"]],
    )
    bands = (
        alt.Chart(coarse)
        .mark_rect(color="#5B4A8B", stroke="#5B4A8B", strokeWidth=0.5)
        .encode(
            x=alt.X("start:T", scale=x_scale, title=None),
            x2="end:T",
            y=alt.Y("band_title:N", title=None, sort=list(BAND_TITLES.values())),
            opacity=alt.Opacity(f"{field}:Q", legend=None, scale=alt.Scale(range=[0.25, 0.8])),
            tooltip=[
                alt.Tooltip("band_title:N", title="dates"),
                alt.Tooltip("start:T", title="from"),
                alt.Tooltip("end:T", title="until before"),
                alt.Tooltip("label:N", title="in it"),
            ],
        )
        .properties(height=22 * coarse["band"].nunique())
    )
    return alt.vconcat(bars, bands, spacing=4).resolve_scale(x="shared")


def show_timeline(events: pd.DataFrame) -> None:
    """The timeline of ``events`` (filtered by everything but the dates), brushable.

    Parameters
    ----------
    events
        Events matching every filter except the date range: the timeline shows
        the whole span so a range can be widened again.
    """
    timeline = bin_events(events)
    domain = _full_range()
    if timeline.bins.empty or domain is None:
        if timeline.undated:
            st.caption(f"Timeline: none of these {timeline.undated:,} events has a date.")
        return
    st.session_state["_timeline_unit"] = timeline.unit
    shown = current_range()
    left, right = st.columns([4, 1], vertical_alignment="bottom")
    with right:
        measure = st.segmented_control(
            "Timeline shows",
            list(MEASURES),
            format_func=MEASURES.get,
            default="events",
            key="tl",
            bind="query-params",
        )
        st.button("Whole period", on_click=show_full_period, disabled=shown == domain, width="stretch")
    with left:
        st.altair_chart(
            timeline_chart(timeline, measure or "events", shown, domain),
            key=CHART_KEY,
            on_select=_on_brush,
            selection_mode=[BRUSH],
            width="stretch",
        )
    notes = [f"Drag across the timeline to show a period; one bar per {timeline.unit}."]
    if shown and shown != domain:
        notes.append(f"Showing {shown[0]:%d %b %Y} to {shown[1]:%d %b %Y}.")
    if len(timeline.coarse):
        notes.append(
            f"{int(timeline.coarse['events'].sum()):,} events known only to a coarser date are drawn as spans "
            "below, over the whole period they could fall in."
        )
    if timeline.undated or timeline.precision_unknown:
        missing = timeline.undated + timeline.precision_unknown
        notes.append(f"{missing:,} {'event' if missing == 1 else 'events'} without a usable date not on it.")
    if measure == "casualties":
        notes.append("Killed + injured as reported: a + marks a lower bound or events without figures.")
    st.caption(" ".join(notes))
