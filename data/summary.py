"""One line that says what the page shows."""

from __future__ import annotations

import pandas as pd

from data import schema as S
from data.display import format_date
from data.i18n import format_number, ntr, tr


def describe_selection(events: pd.DataFrame, source_label: str | None = None) -> str:
    """E.g. ``6 events from 1 source · dates not reported · 1 without a place``."""
    if events.empty:
        return tr("No events match these filters.")
    sources = events[S.SOURCE_TITLE].fillna(events[S.SOURCE_NAME]).fillna(events[S.SOURCE_URL]).nunique()
    if sources:
        parts = [
            ntr("{n} event", "{n} events", len(events))
            + " "
            + ntr("from {n} source", "from {n} sources", sources)
        ]
    else:
        parts = [ntr("{n} event", "{n} events", len(events))]
    dates = events[S.DATE].dropna()
    if dates.empty:
        parts.append(tr("dates not reported"))
    else:
        first = events.loc[dates.idxmin()]
        last = events.loc[dates.idxmax()]
        span = format_date(first[S.DATE], first[S.DATE_PRECISION])
        if dates.max() != dates.min():
            span = tr("{first} to {last}", first=span, last=format_date(last[S.DATE], last[S.DATE_PRECISION]))
        parts.append(span)
        undated = len(events) - len(dates)
        if undated:
            parts.append(ntr("{n} undated", "{n} undated", undated))
    unplaced = int(events[S.LATITUDE].isna().sum())
    if unplaced:
        parts.append(
            ntr(
                "{n} without a place (listed, not mapped)",
                "{n} without a place (listed, not mapped)",
                unplaced,
            )
        )
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
            "label": tr("Events"),
            "value": format_number(figures["events"]),
            "note": ntr("{n} on the map", "{n} on the map", located)
            if located != figures["events"]
            else tr("all on the map"),
        },
        {"key": "places", "label": tr("Places"), "value": format_number(figures["places"]), "note": ""},
    ]
    labels = {
        S.KILLED: tr("Killed"),
        S.INJURED: tr("Injured"),
        S.CHILDREN_KILLED: tr("Children killed"),
        S.CHILDREN_INJURED: tr("Children injured"),
    }
    for column, label in labels.items():
        total = figures[column]
        note = (
            ntr("{n} event without a figure", "{n} events without a figure", total.unreported)
            if total.unreported
            else tr("every event has a figure")
        )
        cards.append({"key": column, "label": label, "value": str(total), "note": note})
    return cards
