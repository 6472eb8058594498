"""Altair chart specifications (pure: tables in, charts out; Streamlit only displays them).

Killed and injured are told apart by colour, children by lighter shades of the
same colour, and a total that is a lower bound is drawn lighter with a dashed
outline and labelled "≥ n" - never silently shown as an exact figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from data import schema as S
from data.aggregate import casualties_by, events_by_month
from data.captions import chart_note
from data.display import format_count, oblast_names, place_names, reveal_hidden_series
from data.i18n import N_, label, ntr, tr

if TYPE_CHECKING:
    # Imported where a chart is built: altair takes 0.7 s to import, and a page's
    # first run (the map first) builds no chart.
    import altair as alt

MEASURES: dict[str, tuple[str, str]] = {
    S.KILLED: (N_("killed"), "#8E1B1B"),
    S.INJURED: (N_("injured"), "#E08A1E"),
}
# The children among each measure, drawn as a darker inner bar over it.
CHILDREN: dict[str, str] = {S.KILLED: S.CHILDREN_KILLED, S.INJURED: S.CHILDREN_INJURED}
CHILD_COLOUR = "#3B0A45"
FONT = "Source Sans Pro, sans-serif"
# The reader's word for each category column, in tooltips.
CATEGORY_TITLES: dict[str, str] = {
    S.LOCATION: N_("place"),
    S.OBLAST: N_("oblast"),
    S.WEAPON: N_("weapon"),
    S.TARGET: N_("target"),
}


def casualties_long(table: pd.DataFrame, key: str) -> pd.DataFrame:
    """One row per category and measure (killed, injured): value, children, bounds, labels.

    A category whose events give no figure for a measure still gets a row, with
    ``value`` 0, ``reported`` False and the label "not reported", so every chart
    panel lists the same categories and says what is unknown.
    """
    rows = []
    for record in table.to_dict("records"):
        for column, (measure, _) in MEASURES.items():
            value = record[column]
            reported = not pd.isna(value)
            at_least = bool(record[S.at_least_column(column)]) and reported
            child_column = CHILDREN[column]
            children = record.get(child_column)
            has_children = children is not None and not pd.isna(children)
            child_bound = bool(record.get(S.at_least_column(child_column), False))
            rows.append(
                {
                    key: record[key],
                    "measure": tr(measure),
                    "missing_text": tr("{measure} not reported", measure=tr(measure)),
                    "value": int(value) if reported else 0,
                    "reported": reported,
                    "at_least": at_least,
                    "label": format_count(value, at_least),
                    "children": int(children) if has_children else None,
                    "children_label": format_count(children, child_bound),
                    "events": int(record["events"]),
                    "no_figures": int(record["no_figures"]),
                }
            )
    columns = [
        key, "measure", "missing_text", "value", "reported", "at_least", "label",
        "children", "children_label", "events", "no_figures",
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def casualty_bar_chart(table: pd.DataFrame, key: str, title: str, top: int = 15) -> alt.LayerChart:
    """Killed and injured per category as paired bars, children as a dark inner bar.

    One layered chart (not a concatenation) so it stretches to any screen width.
    A lower-bound total is drawn lighter with a dashed outline and labelled "≥ n";
    a category without a figure says "not reported" in its row, never 0.
    """
    import altair as alt

    shown = table.head(top)
    # Names from the data are axis labels: a direction override must not reverse one unseen.
    shown = shown.assign(**{key: reveal_hidden_series(shown[key])})
    long = casualties_long(shown, key)
    order = shown[key].tolist()
    measures = [tr(m) for m, _ in MEASURES.values()]
    colours = [c for _, c in MEASURES.values()]
    base = alt.Chart(long).encode(
        y=alt.Y(f"{key}:N", sort=order, title=None, axis=alt.Axis(labelLimit=150)),
        yOffset=alt.YOffset("measure:N", sort=measures),
        tooltip=[
            alt.Tooltip(f"{key}:N", title=tr(CATEGORY_TITLES.get(key, key))),
            alt.Tooltip("measure:N", title=tr("measure")),
            alt.Tooltip("label:N", title=tr("people")),
            alt.Tooltip("children_label:N", title=tr("of which children")),
            alt.Tooltip("events:Q", title=tr("events")),
            alt.Tooltip("no_figures:Q", title=tr("events with no figures")),
        ],
    )
    x = alt.X("value:Q", title=tr("people (as reported)"), axis=alt.Axis(tickMinStep=1, format=",d"))
    bars = base.mark_bar().encode(
        x=x,
        color=alt.Color(
            "measure:N",
            scale=alt.Scale(domain=[*measures, tr("of which children")], range=[*colours, CHILD_COLOUR]),
            legend=alt.Legend(title=None, orient="top"),
        ),
        opacity=alt.condition("datum.at_least", alt.value(0.45), alt.value(1.0)),
        strokeDash=alt.condition("datum.at_least", alt.value([3, 2]), alt.value([1, 0])),
        stroke=alt.value("#333"),
        strokeWidth=alt.condition("datum.at_least", alt.value(1), alt.value(0)),
    )
    children = (
        base.transform_filter("datum.children != null && datum.children > 0")
        .mark_bar(color=CHILD_COLOUR, height={"band": 0.45})
        .encode(x="children:Q")
    )
    labels = (
        base.mark_text(align="left", dx=3, fontSize=11, font=FONT)
        .encode(
            x="value:Q",
            text=alt.Text("text:N"),
            color=alt.condition("datum.reported", alt.value("#222"), alt.value("#888")),
        )
        .transform_calculate(text="datum.reported ? datum.label : datum.missing_text")
    )
    # Height by step: 36 px per category (18 per measure), so the chart grows with the categories.
    return (bars + children + labels).properties(height=alt.Step(36, **{"for": "position"}), title=title)


def timeline_chart(monthly: pd.DataFrame) -> alt.Chart:
    """Events per month as bars, with killed and injured per month as lines."""
    import altair as alt

    if monthly.empty:
        return alt.Chart(pd.DataFrame({"month": []})).mark_bar()
    events = (
        alt.Chart(monthly)
        .mark_bar(color="#9AA5B1")
        .encode(
            x=alt.X("yearmonth(month):T", title=None),
            y=alt.Y("events:Q", title=tr("events per month")),
            tooltip=[
                alt.Tooltip("yearmonth(month):T", title=tr("month")),
                alt.Tooltip("events:Q", title=tr("events")),
                alt.Tooltip("no_figures:Q", title=tr("events with no figures")),
            ],
        )
        .properties(height=180)
    )
    long = casualties_long(monthly.assign(month=monthly["month"].dt.strftime("%Y-%m-01")), "month")
    long = long[long["reported"]]
    people = (
        alt.Chart(long)
        .mark_line(point=True)
        .encode(
            x=alt.X("yearmonth(month):T", title=None),
            y=alt.Y("value:Q", title=tr("people per month (reported)")),
            color=alt.Color(
                "measure:N",
                scale=alt.Scale(
                    domain=[tr("killed"), tr("injured")],
                    range=[MEASURES[S.KILLED][1], MEASURES[S.INJURED][1]],
                ),
                legend=alt.Legend(title=None, orient="top"),
            ),
            tooltip=[
                alt.Tooltip("yearmonth(month):T", title=tr("month")),
                alt.Tooltip("measure:N", title=tr("measure")),
                alt.Tooltip("label:N", title=tr("count")),
            ],
        )
        .properties(height=180)
    )
    return alt.vconcat(events, people).resolve_scale(x="shared")


def category_chart(
    table: pd.DataFrame, key: str, title: str, colours: dict[str, str] | None = None
) -> alt.Chart:
    """Events per category (weapon, target), with casualty totals in the tooltip."""
    import altair as alt

    shown = table.assign(
        # Codes shown as the reader's words; the colours follow the same words.
        **{key: table[key].astype(str).map(label)},
        killed_label=[format_count(v, b) for v, b in zip(table[S.KILLED], table[S.KILLED + "_at_least"])],
        injured_label=[format_count(v, b) for v, b in zip(table[S.INJURED], table[S.INJURED + "_at_least"])],
    )
    colour = (
        alt.Color(
            f"{key}:N",
            scale=alt.Scale(domain=[label(c) for c in colours], range=list(colours.values())),
            legend=None,
        )
        if colours
        else alt.value("#5B6B7A")
    )
    return (
        alt.Chart(shown)
        .mark_bar()
        .encode(
            y=alt.Y(f"{key}:N", sort="-x", title=None),
            x=alt.X("events:Q", title=tr("events")),
            color=colour,
            tooltip=[
                alt.Tooltip(f"{key}:N", title=tr(CATEGORY_TITLES.get(key, key))),
                alt.Tooltip("events:Q", title=tr("events")),
                alt.Tooltip("killed_label:N", title=tr("killed")),
                alt.Tooltip("injured_label:N", title=tr("injured")),
                alt.Tooltip("no_figures:Q", title=tr("events with no figures")),
            ],
        )
        .properties(height=max(100, 26 * len(shown)), title=title)
    )


# --- the page's charts ------------------------------------------------------------


@dataclass(frozen=True)
class PageChart:
    """One chart of the page, ready to show or to render as an image."""

    key: str  # its place on the page: place, oblast, monthly, weapon, target
    name: str  # file name stem of its image
    title: str  # in the reader's language
    chart: alt.TopLevelMixin
    note: str  # the caption under the chart ("" for none)


PAGE_CHARTS = ("place", "oblast", "monthly", "weapon", "target")


def localized_oblasts(table: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """``table`` keyed by English oblast names, with the names in the reader's language."""
    codes = events[[S.OBLAST, S.OBLAST_ISO]].dropna().drop_duplicates(S.OBLAST)
    iso = table[S.OBLAST].map(dict(zip(codes[S.OBLAST], codes[S.OBLAST_ISO])))
    return table.assign(**{S.OBLAST: oblast_names(iso.astype("string"), table[S.OBLAST])})


def page_charts(events: pd.DataFrame, keys: tuple[str, ...] = PAGE_CHARTS) -> tuple[list[PageChart], int]:
    """The page's charts for ``events``, in the page's order: the one list the page and the images use.

    Parameters
    ----------
    events
        The filtered events.
    keys
        Which of :data:`PAGE_CHARTS` to build (the page builds the open tab's only).

    Returns
    -------
    charts, left_out
        Casualties by place and by oblast, events and casualties per month (left out
        when no event is dated to a month), events by weapon and by target, with titles
        and names in the reader's language; and how many events the timeline leaves
        out (dated only to a year, or not at all; 0 when the timeline was not asked for).
    """
    from geo.event_map import WEAPON_COLOURS

    charts: list[PageChart] = []
    if "place" in keys:
        by_place = casualties_by(events, S.LOCATION)
        shown = by_place.assign(**{S.LOCATION: place_names(by_place[S.LOCATION])})
        title = tr("Casualties by place")
        chart = casualty_bar_chart(shown, S.LOCATION, title)
        charts.append(PageChart("place", "casualties-by-place", title, chart, chart_note(by_place, "places")))
    if "oblast" in keys:
        by_oblast = casualties_by(events, S.OBLAST)
        title = tr("Casualties by oblast")
        chart = casualty_bar_chart(localized_oblasts(by_oblast, events), S.OBLAST, title)
        charts.append(
            PageChart("oblast", "casualties-by-oblast", title, chart, chart_note(by_oblast, "oblasts"))
        )
    left_out = 0
    if "monthly" in keys:
        monthly, left_out = events_by_month(events)
        if not monthly.empty:
            note = (
                ntr(
                    "{n} event with only a year or no date is not on the timeline.",
                    "{n} events with only a year or no date are not on the timeline.",
                    left_out,
                )
                if left_out
                else ""
            )
            title = tr("Events and casualties per month")
            charts.append(PageChart("monthly", "events-per-month", title, timeline_chart(monthly), note))
    if "weapon" in keys:
        title = tr("Events by weapon")
        chart = category_chart(casualties_by(events, S.WEAPON), S.WEAPON, title, WEAPON_COLOURS)
        charts.append(PageChart("weapon", "events-by-weapon", title, chart, ""))
    if "target" in keys:
        title = tr("Events by target")
        chart = category_chart(casualties_by(events, S.TARGET), S.TARGET, title)
        charts.append(PageChart("target", "events-by-target", title, chart, ""))
    return charts, left_out
