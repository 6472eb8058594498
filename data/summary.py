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
