"""The text of popups, tooltips and the record beside the map: escaped HTML only.

All text from the data is escaped with :func:`data.display.escape_text` before
it enters the page; source links are kept only when they are http(s).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from data import schema as S
from data.display import escape_text, format_count, format_date, place_name, safe_url, ukrainian_oblast_names
from data.i18n import current_language, label, ntr, tr


def event_popup_html(event: Mapping) -> str:
    """Full record of one event as escaped HTML: the map popup and the record beside the map."""
    rows = [
        (tr("Date"), format_date(event[S.DATE], event[S.DATE_PRECISION])),
        (tr("Weapon"), label(event[S.WEAPON])),
        (tr("Target"), label(event[S.TARGET])),
        (tr("Killed"), format_count(event[S.KILLED], event[S.KILLED + "_at_least"])),
        (tr("Injured"), format_count(event[S.INJURED], event[S.INJURED + "_at_least"])),
        (
            tr("Children killed"),
            format_count(event[S.CHILDREN_KILLED], event[S.CHILDREN_KILLED + "_at_least"]),
        ),
        (
            tr("Children injured"),
            format_count(event[S.CHILDREN_INJURED], event[S.CHILDREN_INJURED + "_at_least"]),
        ),
        (tr("Place precision"), label(event[S.GEO_PRECISION])),
    ]
    body = "".join(
        f"<tr><th style='text-align:left;padding-right:8px'>{escape_text(k)}</th>"
        f"<td>{escape_text(v)}</td></tr>"
        for k, v in rows
    )
    note = escape_text(event[S.CASUALTY_NOTE])
    description = escape_text(event[S.DESCRIPTION])
    duplicates = escape_text(event.get(S.POSSIBLE_DUPLICATES))
    return (
        f"<div class='sm-popup'><b>{escape_text(place_label(event))}</b>"
        f"<table>{body}</table>"
        + (f"<p><i>{note}</i></p>" if note else "")
        + (f"<p>{description}</p>" if description else "")
        + f"<p>{source_html(event)}</p>"
        + (
            "<p class='sm-warn'>"
            + tr("May be the same attack as: {ids} (flagged for review, not merged)", ids=duplicates)
            + "</p>"
            if duplicates
            else ""
        )
        + "<p class='sm-muted'>"
        + tr("Event id {id}", id=escape_text(event[S.EVENT_ID]))
        + "</p></div>"
    )


def source_html(event: Mapping) -> str:
    """Source title as a link when the URL is http(s), plain text otherwise."""
    title = escape_text(event[S.SOURCE_TITLE] if isinstance(event[S.SOURCE_TITLE], str) else "")
    name = escape_text(event[S.SOURCE_NAME] if isinstance(event[S.SOURCE_NAME], str) else "")
    shown = title or name or escape_text(tr("source"))
    url = safe_url(event[S.SOURCE_URL])
    if url:
        link = f"<a href='{escape_text(url, reveal=False)}' target='_blank' rel='noopener noreferrer'>{shown}</a>"
        return tr("Source: {source}", source=link)
    shown += "" if title == "" or not name else f" ({name})"
    return tr("Source: {source} (no link given)", source=shown)


def place_label(event: Mapping) -> str:
    location = event[S.LOCATION] if isinstance(event[S.LOCATION], str) else tr("Place not reported")
    if isinstance(event[S.LOCATION], str):
        location = place_name(location, event.get(S.OBLAST_ISO))
    oblast = oblast_label(event)
    return f"{location}, {oblast}" if oblast and oblast != location else location


def oblast_label(event: Mapping) -> str:
    """The event's oblast in the reader's language ('' when not known)."""
    english = event[S.OBLAST] if isinstance(event[S.OBLAST], str) else ""
    iso = event.get(S.OBLAST_ISO)
    if not english or not isinstance(iso, str) or current_language() == "en":
        return english
    return ukrainian_oblast_names().get(iso, english)


def _memo(function):
    """``function`` computed once per distinct arguments (for one table's worth of calls)."""
    cache: dict = {}
    return lambda *key: cache[key] if key in cache else cache.setdefault(key, function(*key))


def point_tooltips(points: pd.DataFrame, events: list[Mapping | None]) -> list[str]:
    """The hover text of each map point (a row of ``points``, the grouped table): its place
    and weapon (one event, given in ``events``) or its area and event count (a group), its
    counts, and its key (read back when it is clicked).

    Counts, event numbers and places repeat across thousands of points, so each distinct
    one is formatted and escaped once, and the points are read column by column (4,276
    points at 250,000 events: 0.47 s of every filter change under load, then 0.1 s).
    Escaping is character by character, so pieces escaped apart join as the whole would.
    """
    count = _memo(lambda value, bound: escape_text(format_count(value, bound)))
    events_text = _memo(lambda n: escape_text(ntr("{n} event", "{n} events", n)))
    without = _memo(lambda n: escape_text(ntr("{n} without figures", "{n} without figures", n)))
    area = _memo(lambda name: escape_text(name if isinstance(name, str) else tr("Area")))
    single = _memo(
        lambda location, oblast, iso, weapon: escape_text(
            f"{place_label({S.LOCATION: location, S.OBLAST: oblast, S.OBLAST_ISO: iso})} · {label(weapon)}"
        )
    )
    counts_line = escape_text(tr("killed {killed} · injured {injured}")).format
    if len(events) != len(points):
        raise ValueError(f"{len(events)} events given for {len(points)} points")
    killed_bound, injured_bound = S.at_least_column(S.KILLED), S.at_least_column(S.INJURED)
    column = {
        name: _missing_as_none(points[name])
        for name in (
            S.KILLED,
            killed_bound,
            S.INJURED,
            injured_bound,
            "location",
            "events",
            "no_figures",
            "key",
        )
    }
    tips = []
    for row, event in enumerate(events):
        body = counts_line(
            killed=count(column[S.KILLED][row], column[killed_bound][row]),
            injured=count(column[S.INJURED][row], column[injured_bound][row]),
        )
        if event is not None:
            head = single(event[S.LOCATION], event[S.OBLAST], event.get(S.OBLAST_ISO), event[S.WEAPON])
        else:
            head = area(column["location"][row]) + ": " + events_text(column["events"][row])
            body += " · " + without(column["no_figures"][row])
        key = escape_text(column["key"][row], reveal=False)  # percent-encoded or figures: read back as is
        tips.append(f"{head}<br>{body} <span style='color:#888'>[{key}]</span>")
    return tips


def _missing_as_none(values: pd.Series) -> list:
    """The column's values as a list, every missing one as None (so equal keys hash equal)."""
    listed = values.astype(object).tolist()
    return [None if missing else value for value, missing in zip(listed, values.isna().tolist(), strict=True)]


MEMBER_COLUMNS = [
    S.DATE,
    S.DATE_PRECISION,
    S.WEAPON,
    S.KILLED,
    S.INJURED,
    *map(S.at_least_column, (S.KILLED, S.INJURED)),
]


def member_lines(members: pd.DataFrame) -> list[str]:
    """One ``<li>`` per event of a group popup.

    Dates, weapons and counts repeat a lot, so each distinct value is formatted
    once: 20,000 listed events cost ~40 ms instead of ~350 ms.
    """

    date_text = _memo(lambda d, p: escape_text(format_date(d, p)))
    text = _memo(lambda value: escape_text(label(value)))
    count_text = _memo(lambda v, b: escape_text(format_count(v, b)))
    return [
        "<li>"
        + tr(
            "{date}: {weapon}, killed {killed}, injured {injured}",
            date=date_text(d, p),
            weapon=text(w),
            killed=count_text(k, kb),
            injured=count_text(i, ib),
        )
        + "</li>"
        for d, p, w, k, i, kb, ib in zip(*(members[c].tolist() for c in MEMBER_COLUMNS))
    ]


def group_popup_from_lines(point: Mapping, lines: list[str], limit: int = 5) -> str:
    items = "".join(lines[:limit])
    hidden = point["events"] - min(limit, len(lines))
    more = (
        "<li>"
        + ntr("… and {n} more (click for the list)", "… and {n} more (click for the list)", hidden)
        + "</li>"
        if hidden > 0
        else ""
    )
    area = escape_text(point["location"] if isinstance(point["location"], str) else tr("Area"))
    count = ntr("{n} event", "{n} events", point["events"])
    return f"<div class='sm-popup'><b>{area}</b>: {count}<ul>{items}{more}</ul></div>"
