"""The timeline under the map: a brush on it sets the page's date range.

The date range has one home: the sidebar's ``dates`` widget, bound to the URL
(``?dates=2024-03-01&dates=2024-03-31``).  Brushing the timeline writes that
widget's value in a callback, before the page reruns, so the map, headline,
charts, table and the address bar all follow the same range.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from data.i18n import N_, format_number, format_short_day, ntr, tr, vega_locale
from data.timeline import Timeline, bin_events, clamp_range, range_from_selection

if TYPE_CHECKING:
    # Imported where a chart is built: altair takes 0.7 s to import, and a page's
    # first run (the map first) builds no chart.
    import altair as alt

DATES_KEY = "dates"  # the sidebar widget's key, also the URL parameter
CHART_KEY = "timeline"
BRUSH = "range"
# Short: Vega truncates axis labels, and a long one squeezes the plot.
BAND_TITLES = {"week": N_("week only"), "month": N_("month only"), "year": N_("year only")}
MEASURES = {"events": N_("events"), "casualties": N_("killed + injured")}
# Whole phrases, not "{measure} per {unit}": other languages inflect each word.
AXIS_TITLES = {
    ("events", "day"): N_("events per day"),
    ("events", "week"): N_("events per week"),
    ("events", "month"): N_("events per month"),
    ("casualties", "day"): N_("killed + injured per day"),
    ("casualties", "week"): N_("killed + injured per week"),
    ("casualties", "month"): N_("killed + injured per month"),
}
BIN_STARTS = {"day": N_("day from"), "week": N_("week from"), "month": N_("month from")}
DRAG_NOTES = {
    "day": N_("Drag across the timeline to show a period; one bar per day."),
    "week": N_("Drag across the timeline to show a period; one bar per week."),
    "month": N_("Drag across the timeline to show a period; one bar per month."),
}


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
    import altair as alt

    field = "events" if measure == "events" else "casualties"
    start, end = pd.Timestamp(domain[0]), pd.Timestamp(domain[1]) + pd.Timedelta(days=1)
    x_scale = alt.Scale(domain=[start.isoformat(), end.isoformat()])
    brush = alt.selection_interval(name=BRUSH, encodings=["x"])
    main = timeline.main.assign(
        label=lambda t: [
            ntr("{n} event", "{n} events", e)
            + (
                ", " + tr("{count} killed + injured", count=format_number(c) + ("+" if b else ""))
                if pd.notna(c)
                else ", " + tr("no figures")
            )
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
            y=alt.Y(f"{field}:Q", title=tr(AXIS_TITLES[(measure, timeline.unit)])),
            opacity=alt.condition(inside, alt.value(0.9), alt.value(0.25)),
            tooltip=[
                alt.Tooltip("start:T", title=tr(BIN_STARTS[timeline.unit])),
                alt.Tooltip("label:N", title=tr("in it")),
            ],
        )
        .add_params(brush, shown_from, shown_to)
        .properties(height=110)
    )
    coarse = timeline.coarse
    if coarse.empty:
        return _localized(bars)
    band_titles = {band: tr(title) for band, title in BAND_TITLES.items()}
    coarse = coarse.assign(
        band_title=coarse["band"].map(band_titles),
        label=[ntr("{n} event", "{n} events", e) for e in coarse["events"]],
    )
    bands = (
        alt.Chart(coarse)
        .mark_rect(color="#5B4A8B", stroke="#5B4A8B", strokeWidth=0.5)
        .encode(
            x=alt.X("start:T", scale=x_scale, title=None),
            x2="end:T",
            y=alt.Y("band_title:N", title=None, sort=list(band_titles.values())),
            opacity=alt.Opacity(f"{field}:Q", legend=None, scale=alt.Scale(range=[0.25, 0.8])),
            tooltip=[
                alt.Tooltip("band_title:N", title=tr("dates")),
                alt.Tooltip("start:T", title=tr("from")),
                alt.Tooltip("end:T", title=tr("until before")),
                alt.Tooltip("label:N", title=tr("in it")),
            ],
        )
        .properties(height=22 * coarse["band"].nunique())
    )
    return _localized(alt.vconcat(bars, bands, spacing=4).resolve_scale(x="shared"))


def _localized(chart):
    # Month names on the time axis and in tooltips in the reader's language.
    import altair as alt

    locale = vega_locale()
    return chart if locale is None else chart.configure(locale=alt.Locale(**locale))


@st.cache_data(max_entries=64, ttl=3600, show_spinner=False)
def _bins(view_token: str, _events: pd.DataFrame) -> Timeline:
    # Binned once per view for every session: it was 40% of the server's time for a
    # filter change under load (20 sessions, benchmarks/load_test.py), rebinned by each.
    return bin_events(_events)


@st.cache_data(max_entries=64, ttl=3600, show_spinner=False)
def _spec(
    view_token: str,
    measure: str,
    shown: tuple[dt.date, dt.date] | None,
    domain: tuple[dt.date, dt.date],
    _timeline: Timeline,
) -> dict:
    # A Vega-Lite spec, built once per view, measure and range; validated by the tests
    # (tests/test_chart_specs.py), not on every filter change.
    return timeline_chart(_timeline, measure, shown, domain).to_dict(validate=False)


def show_timeline(events: pd.DataFrame, view_token: str) -> None:
    """The timeline of ``events`` (filtered by everything but the dates), brushable.

    Parameters
    ----------
    events
        Events matching every filter except the date range: the timeline shows
        the whole span so a range can be widened again.
    view_token
        Identity of ``events`` and the page's language (see :func:`data.filters.view_token`).
    """
    timeline = _bins(view_token, events)
    domain = _full_range()
    if timeline.bins.empty or domain is None:
        if timeline.undated:
            st.caption(
                ntr(
                    "Timeline: this event has no date.",
                    "Timeline: none of these {n} events has a date.",
                    timeline.undated,
                )
            )
        return
    st.session_state["_timeline_unit"] = timeline.unit
    shown = current_range()
    # The controls on a row above the chart: beside it, at 1,280 px, "killed + injured"
    # was cut off at the page's edge.
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    with left:
        measure = st.segmented_control(
            tr("Timeline shows"),
            list(MEASURES),
            format_func=lambda m: tr(MEASURES[m]),
            default="events",
            key="tl",
            bind="query-params",
        )
    with right:
        st.button(tr("Whole period"), on_click=show_full_period, disabled=shown == domain, width="stretch")
    st.vega_lite_chart(
        spec=_spec(view_token, measure or "events", shown, domain, timeline),
        key=CHART_KEY,
        on_select=_on_brush,
        selection_mode=[BRUSH],
        width="stretch",
    )
    notes = [tr(DRAG_NOTES[timeline.unit])]
    if shown and shown != domain:
        notes.append(
            tr("Showing {start} to {end}.", start=format_short_day(shown[0]), end=format_short_day(shown[1]))
        )
    if len(timeline.coarse):
        notes.append(
            ntr(
                "{n} event known only to a coarser date is drawn as a span below, over the whole period it "
                "could fall in.",
                "{n} events known only to a coarser date are drawn as spans below, over the whole period they "
                "could fall in.",
                int(timeline.coarse["events"].sum()),
            )
        )
    if timeline.undated or timeline.precision_unknown:
        missing = timeline.undated + timeline.precision_unknown
        notes.append(
            ntr(
                "{n} event without a usable date not on it.",
                "{n} events without a usable date not on it.",
                missing,
            )
        )
    if measure == "casualties":
        notes.append(tr("Killed + injured as reported: a + marks a lower bound or events without figures."))
    st.caption(" ".join(notes))
