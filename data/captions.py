"""The words that go with a published figure: title sentence, figures line, sources, citation.

Every number here comes from :func:`data.aggregate.headline_figures`, the
function behind the page's headline, so a caption can never disagree with the
page.  Plain text only: these lines are drawn into images and written into
files, never rendered as Markdown or HTML.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from data import schema as S
from data.aggregate import headline_figures
from data.display import format_date, safe_url, safe_urls
from geo.oblasts import ATTRIBUTION_BOUNDARIES, ATTRIBUTION_PLACES

PROJECT = "Strike Map"
DATA_CREDITS = f"{ATTRIBUTION_BOUNDARIES}. {ATTRIBUTION_PLACES}."
MAX_SOURCES_NAMED = 3
# Weapons that make a meaningful adjective ("drone attacks"); the rest read as plain "attacks".
_WEAPON_WORDS = {
    "missile": "missile",
    "drone": "drone",
    "glide bomb": "glide bomb",
    "airstrike": "air",
    "artillery": "artillery",
    "rocket": "rocket",
    "mine": "mine",
}


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def period_phrase(events: pd.DataFrame) -> str:
    """The span of dates at the precision known: ``1–31 March 2024``, ``March 2024``, ``dates not reported``."""
    dates = events[S.DATE].dropna()
    if dates.empty:
        return "dates not reported"
    first = events.loc[dates.idxmin()]
    last = events.loc[dates.idxmax()]
    start, end = pd.Timestamp(first[S.DATE]), pd.Timestamp(last[S.DATE])
    start_text = format_date(start, first[S.DATE_PRECISION])
    end_text = format_date(end, last[S.DATE_PRECISION])
    if start_text == end_text:
        return start_text
    both_days = str(first[S.DATE_PRECISION]) == "day" and str(last[S.DATE_PRECISION]) == "day"
    if both_days and (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    if both_days and start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{start_text} – {end_text}"


def _where(events: pd.DataFrame) -> str:
    places = events[S.LOCATION].dropna().str.casefold().unique()
    oblasts = events[S.OBLAST].dropna().unique()
    if len(places) == 1 and events[S.LOCATION].notna().all():
        return f"on {events[S.LOCATION].dropna().iloc[0]}"
    if len(oblasts) == 1 and events[S.OBLAST].notna().all():
        return f"on {oblasts[0]}"
    abroad = (events[S.COUNTRY].fillna("UA") != "UA").any()
    if len(oblasts) > 1:
        return f"in {len(oblasts):,} oblasts" + (" and abroad" if abroad else "")
    return "in Ukraine and abroad" if abroad else "in Ukraine"


def title_sentence(events: pd.DataFrame) -> str:
    """What a figure shows, e.g. ``412 drone attacks on Kharkiv Oblast, 1–31 March 2024``.

    The count is the page headline's event count (:func:`headline_figures`);
    the weapon is named when every event has the same one; the place when every
    event is in one place or oblast.
    """
    figures = headline_figures(events)
    count = int(figures["events"])
    if count == 0:
        return "No events match these filters"
    weapons = events[S.WEAPON].astype(str).unique()
    noun = "attack" if count == 1 else "attacks"
    if len(weapons) == 1 and weapons[0] in _WEAPON_WORDS:
        noun = f"{_WEAPON_WORDS[weapons[0]]} {noun}"
    period = period_phrase(events)
    undated = int(events[S.DATE].isna().sum())
    if undated and undated < count:
        period += f" ({undated:,} undated)"
    return f"{count:,} {noun} {_where(events)}, {period}"


def figures_line(events: pd.DataFrame) -> str:
    """Killed, injured and children as the headline shows them, with what is unknown.

    E.g. ``Killed ≥ 120 · injured ≥ 403 · children killed 3 · 35 events without
    casualty figures · 2 without a place (not on the map)``.
    """
    figures = headline_figures(events)
    parts = [
        f"Killed {figures[S.KILLED]}",
        f"injured {figures[S.INJURED]}",
    ]
    for column, label in ((S.CHILDREN_KILLED, "children killed"), (S.CHILDREN_INJURED, "children injured")):
        if figures[column].reported:
            parts.append(f"{label} {figures[column]}")
    if figures["no_figures"]:
        parts.append(f"{_plural(int(figures['no_figures']), 'event')} without casualty figures")
    unplaced = int(figures["events"]) - int(figures["located_events"])
    if unplaced:
        parts.append(f"{unplaced:,} without a place (not on the map)")
    return " · ".join(parts)


def sources_table(events: pd.DataFrame) -> pd.DataFrame:
    """One row per source: name, title, link (http(s) only), publication date and events, most events first."""
    columns = ["source_name", "source_title", "source_url", "source_date", "events"]
    if events.empty:
        return pd.DataFrame(columns=columns)
    keys = pd.DataFrame(
        {
            "source_name": events[S.SOURCE_NAME].fillna(""),
            "source_title": events[S.SOURCE_TITLE].fillna(""),
            "source_url": safe_urls(events[S.SOURCE_URL]).fillna(""),
            "source_date": events[S.SOURCE_DATE].dt.strftime("%Y-%m-%d").fillna(""),
        }
    )
    table = keys.value_counts(sort=False).rename("events").reset_index()
    return table.sort_values(["events", "source_name", "source_title"], ascending=[False, True, True])[
        columns
    ].reset_index(drop=True)


def source_labels(events: pd.DataFrame) -> list[str]:
    """Each source once, by its title, else its name, else its link; most events first."""
    sources = sources_table(events)
    # Vectorised: a dataset gives every event its own source row (10,000 rows here).
    label = sources["source_title"].where(sources["source_title"] != "", sources["source_name"])
    label = label.where(label != "", sources["source_url"]).replace("", "source not named")
    return label.drop_duplicates().tolist()  # first occurrence kept, in order


def source_line(events: pd.DataFrame, made: dt.date | None = None) -> str:
    """Sources (the first few by events), the data credits and the date the figure was made."""
    labels = source_labels(events)
    named = "; ".join(labels[:MAX_SOURCES_NAMED]) or "none"
    if len(labels) > MAX_SOURCES_NAMED:
        named += f" and {len(labels) - MAX_SOURCES_NAMED:,} more (listed in the figure pack)"
    return f"Sources: {named}. {DATA_CREDITS} {made_line(made)}"


def made_line(made: dt.date | None = None) -> str:
    made = made or dt.date.today()
    return f"Made with {PROJECT} on {format_date(pd.Timestamp(made), 'day')}."


def citation(events: pd.DataFrame, made: dt.date | None = None, url: str | None = None) -> str:
    """A line to paste under a figure or into a reference list."""
    made = made or dt.date.today()
    labels = source_labels(events)
    named = "; ".join(labels[:MAX_SOURCES_NAMED]) + (
        f" and {len(labels) - MAX_SOURCES_NAMED:,} more" if len(labels) > MAX_SOURCES_NAMED else ""
    )
    line = f"{PROJECT} ({made:%Y-%m-%d}). {title_sentence(events)}. Data: {named or 'no source named'}."
    link = safe_url(url)
    return line + (f" {link}" if link else "")


def chart_note(table: pd.DataFrame, noun: str, top: int = 15) -> str:
    """The note under a casualty chart: how many categories are shown, unknowns, lower bounds."""
    from data.i18n import ntr, tr

    shown = min(len(table), top)
    # Written out per noun so the extractor sees each message with its plural.
    if len(table) <= top:
        note = ""
    elif noun == "oblasts":
        note = ntr(
            "Top {shown} of {n} oblast by killed + injured.",
            "Top {shown} of {n} oblasts by killed + injured.",
            len(table),
            shown=shown,
        )
    else:
        note = ntr(
            "Top {shown} of {n} place by killed + injured.",
            "Top {shown} of {n} places by killed + injured.",
            len(table),
            shown=shown,
        )
    unknown = int(table["no_figures"].sum()) if len(table) else 0
    if unknown:
        note += " " + ntr(
            "{n} event with no figures is counted as unknown, not zero.",
            "{n} events with no figures are counted as unknown, not zero.",
            unknown,
        )
    note += " " + tr("Lighter, dashed bars are lower bounds (≥).")
    return note.strip()
