"""One line that says what the page shows."""

from __future__ import annotations

import pandas as pd

from data import schema as S
from data.display import format_date


def describe_selection(events: pd.DataFrame, source_label: str | None = None) -> str:
    """E.g. ``6 events from 1 source · dates not reported · 1 without a place``."""
    if events.empty:
        return "No events match these filters."
    sources = events[S.SOURCE_TITLE].fillna(events[S.SOURCE_NAME]).fillna(events[S.SOURCE_URL]).nunique()
    parts = [f"{len(events):,} event{'s' if len(events) != 1 else ''}"]
    if sources:
        parts[0] += f" from {sources:,} source{'s' if sources != 1 else ''}"
    dates = events[S.DATE].dropna()
    if dates.empty:
        parts.append("dates not reported")
    else:
        first = events.loc[dates.idxmin()]
        last = events.loc[dates.idxmax()]
        span = format_date(first[S.DATE], first[S.DATE_PRECISION])
        if dates.max() != dates.min():
            span += f" to {format_date(last[S.DATE], last[S.DATE_PRECISION])}"
        parts.append(span)
        undated = len(events) - len(dates)
        if undated:
            parts.append(f"{undated:,} undated")
    unplaced = int(events[S.LATITUDE].isna().sum())
    if unplaced:
        parts.append(f"{unplaced:,} without a place (listed, not mapped)")
    if source_label:
        parts.append(source_label)
    return " · ".join(parts)


def headline_cards(events: pd.DataFrame) -> list[dict[str, str]]:
    """The headline figures as label / value / note, ready to display.

    Values follow the rules of :mod:`data.display`: "≥" for lower bounds (which
    includes totals over events without figures), "not reported" when no event
    gives a figure, thousands separators everywhere.
    """
    from data.aggregate import headline_figures  # local import: aggregate imports display

    figures = headline_figures(events)
    located = figures["located_events"]
    cards = [
        {
            "key": "events",
            "label": "Events",
            "value": f"{figures['events']:,}",
            "note": f"{located:,} on the map" if located != figures["events"] else "all on the map",
        },
        {"key": "places", "label": "Places", "value": f"{figures['places']:,}", "note": ""},
    ]
    labels = {
        S.KILLED: "Killed",
        S.INJURED: "Injured",
        S.CHILDREN_KILLED: "Children killed",
        S.CHILDREN_INJURED: "Children injured",
    }
    for column, label in labels.items():
        total = figures[column]
        note = (
            f"{total.unreported:,} events without a figure"
            if total.unreported
            else "every event has a figure"
        )
        cards.append({"key": column, "label": label, "value": str(total), "note": note})
    return cards
