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
from data.aggregate import distinct_places, headline_figures
from data.display import format_date, oblast_name, place_name, safe_url, safe_urls
from data.i18n import DEFAULT_LANGUAGE, babel_locale, current_language, format_number, ntr, tr
from geo.oblasts import ATTRIBUTION_BOUNDARIES, ATTRIBUTION_PLACES

PROJECT = "Strike Map"
DATA_CREDITS = f"{ATTRIBUTION_BOUNDARIES}. {ATTRIBUTION_PLACES}."


def data_credits() -> str:
    """:data:`DATA_CREDITS` in the current language."""
    return f"{tr(ATTRIBUTION_BOUNDARIES)}. {tr(ATTRIBUTION_PLACES)}."


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


def _attacks(count: int, weapon: str | None) -> str:
    """``412 drone attacks``: whole phrases per weapon, as other languages inflect each word."""
    # Written out so the extractor sees each message with its plural.
    if weapon == "missile":
        return ntr("{n} missile attack", "{n} missile attacks", count)
    if weapon == "drone":
        return ntr("{n} drone attack", "{n} drone attacks", count)
    if weapon == "glide bomb":
        return ntr("{n} glide bomb attack", "{n} glide bomb attacks", count)
    if weapon == "airstrike":
        return ntr("{n} air attack", "{n} air attacks", count)
    if weapon == "artillery":
        return ntr("{n} artillery attack", "{n} artillery attacks", count)
    if weapon == "rocket":
        return ntr("{n} rocket attack", "{n} rocket attacks", count)
    if weapon == "mine":
        return ntr("{n} mine attack", "{n} mine attacks", count)
    return ntr("{n} attack", "{n} attacks", count)


def _month_year(day: pd.Timestamp) -> str:
    # "March 2024" after a day number: the genitive in Ukrainian ("1–31 березня 2024").
    if current_language() == DEFAULT_LANGUAGE:
        return f"{day:%B %Y}"
    from babel.dates import format_date as babel_date

    return babel_date(day.date(), "MMMM y", locale=babel_locale())


def _day_month(day: pd.Timestamp) -> str:
    if current_language() == DEFAULT_LANGUAGE:
        return f"{day.day} {day:%B}"
    from babel.dates import format_date as babel_date

    return babel_date(day.date(), "d MMMM", locale=babel_locale())


def period_phrase(events: pd.DataFrame) -> str:
    """The span of dates at the precision known: ``1–31 March 2024``, ``March 2024``, ``dates not reported``."""
    dates = events[S.DATE].dropna()
    if dates.empty:
        return tr("dates not reported")
    first = events.loc[dates.idxmin()]
    last = events.loc[dates.idxmax()]
    start, end = pd.Timestamp(first[S.DATE]), pd.Timestamp(last[S.DATE])
    start_text = format_date(start, first[S.DATE_PRECISION])
    end_text = format_date(end, last[S.DATE_PRECISION])
    if start_text == end_text:
        return start_text
    both_days = str(first[S.DATE_PRECISION]) == "day" and str(last[S.DATE_PRECISION]) == "day"
    if both_days and (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {_month_year(end)}"
    if both_days and start.year == end.year:
        return f"{_day_month(start)} – {end.day} {_month_year(end)}"
    return f"{start_text} – {end_text}"


def _where(events: pd.DataFrame, attacks: str, period: str) -> str:
    """The title's sentence around ``attacks`` and ``period``, by where the events are."""
    places = distinct_places(events[S.LOCATION])
    oblasts = events[S.OBLAST].dropna().unique()
    if len(places) == 1 and events[S.LOCATION].notna().all():
        first = events[events[S.LOCATION].notna()].iloc[0]
        place = place_name(first[S.LOCATION], first[S.OBLAST_ISO] if pd.notna(first[S.OBLAST_ISO]) else None)
        return tr("{attacks} on {place}, {period}", attacks=attacks, place=place, period=period)
    if len(oblasts) == 1 and events[S.OBLAST].notna().all():
        iso = events[S.OBLAST_ISO].dropna()
        oblast = oblast_name(iso.iloc[0] if len(iso) else None, oblasts[0])
        return tr("{attacks} on {place}, {period}", attacks=attacks, place=oblast, period=period)
    abroad = (events[S.COUNTRY].fillna("UA") != "UA").any()
    if len(oblasts) > 1 and abroad:
        return ntr(
            "{attacks} in {n} oblast and abroad, {period}",
            "{attacks} in {n} oblasts and abroad, {period}",
            len(oblasts),
            attacks=attacks,
            period=period,
        )
    if len(oblasts) > 1:
        return ntr(
            "{attacks} in {n} oblast, {period}",
            "{attacks} in {n} oblasts, {period}",
            len(oblasts),
            attacks=attacks,
            period=period,
        )
    if abroad:
        return tr("{attacks} in Ukraine and abroad, {period}", attacks=attacks, period=period)
    return tr("{attacks} in Ukraine, {period}", attacks=attacks, period=period)


def title_sentence(events: pd.DataFrame) -> str:
    """What a figure shows, e.g. ``412 drone attacks on Kharkiv Oblast, 1–31 March 2024``.

    The count is the page headline's event count (:func:`headline_figures`);
    the weapon is named when every event has the same one; the place when every
    event is in one place or oblast.
    """
    figures = headline_figures(events)
    count = int(figures["events"])
    if count == 0:
        return tr("No events match these filters")
    weapons = pd.Series(events[S.WEAPON].unique()).astype(str).unique()
    weapon = weapons[0] if len(weapons) == 1 and weapons[0] in _WEAPON_WORDS else None
    period = period_phrase(events)
    undated = int(events[S.DATE].isna().sum())
    if undated and undated < count:
        period += " (" + ntr("{n} undated", "{n} undated", undated) + ")"
    return _where(events, _attacks(count, weapon), period)


def figures_line(events: pd.DataFrame) -> str:
    """Killed, injured and children as the headline shows them, with what is unknown.

    E.g. ``Killed ≥ 120 · injured ≥ 403 · children killed 3 · 35 events without
    casualty figures · 2 without a place (not on the map)``.
    """
    figures = headline_figures(events)
    parts = [
        tr("Killed {value}", value=figures[S.KILLED]),
        tr("injured {value}", value=figures[S.INJURED]),
    ]
    if figures[S.CHILDREN_KILLED].reported:
        parts.append(tr("children killed {value}", value=figures[S.CHILDREN_KILLED]))
    if figures[S.CHILDREN_INJURED].reported:
        parts.append(tr("children injured {value}", value=figures[S.CHILDREN_INJURED]))
    if figures["no_figures"]:
        parts.append(
            ntr(
                "{n} event without casualty figures",
                "{n} events without casualty figures",
                int(figures["no_figures"]),
            )
        )
    unplaced = int(figures["events"]) - int(figures["located_events"])
    if unplaced:
        parts.append(
            ntr("{n} without a place (not on the map)", "{n} without a place (not on the map)", unplaced)
        )
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
    label = label.where(label != "", sources["source_url"]).replace("", tr("source not named"))
    return label.drop_duplicates().tolist()  # first occurrence kept, in order


def source_line(events: pd.DataFrame, made: dt.date | None = None) -> str:
    """Sources (the first few by events), the data credits and the date the figure was made."""
    labels = source_labels(events)
    named = "; ".join(labels[:MAX_SOURCES_NAMED]) or tr("no source named")
    if len(labels) > MAX_SOURCES_NAMED:
        named += " " + tr(
            "and {count} more (listed in the figure pack)",
            count=format_number(len(labels) - MAX_SOURCES_NAMED),
        )
    return tr("Sources: {sources}.", sources=named) + f" {data_credits()} {made_line(made)}"


def made_line(made: dt.date | None = None) -> str:
    made = made or dt.date.today()
    return tr(
        "Made with {project} on {date}.", project=tr(PROJECT), date=format_date(pd.Timestamp(made), "day")
    )


def citation(events: pd.DataFrame, made: dt.date | None = None, url: str | None = None) -> str:
    """A line to paste under a figure or into a reference list."""
    made = made or dt.date.today()
    labels = source_labels(events)
    named = "; ".join(labels[:MAX_SOURCES_NAMED]) + (
        " " + tr("and {count} more", count=format_number(len(labels) - MAX_SOURCES_NAMED))
        if len(labels) > MAX_SOURCES_NAMED
        else ""
    )
    line = f"{tr(PROJECT)} ({made:%Y-%m-%d}). {title_sentence(events)}. " + tr(
        "Data: {sources}.", sources=named or tr("no source named")
    )
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
