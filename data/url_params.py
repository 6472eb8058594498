"""Checking the filter values a shared link carries, before any widget reads them.

A link is text from a stranger: ``?min_cas=1e400`` used to replace the page with an
OverflowError, and ``?weapon=catapult`` was dropped without a word.  Here every
known parameter is checked against what the loaded events allow; values that
cannot be used are dropped and numbers out of range are clamped, each with a note
the page shows.  Unknown parameters are left alone (other parts of the page own them).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

MAX_MIN_CASUALTIES = 1_000_000  # more than any attack; keeps the number widget's int in range
MAX_SEARCH_CHARS = 500
BOOLEAN_KEYS = ("undated", "abroad", "heat")
CHOICE_KEYS = ("weapon", "target", "place", "oblast")  # values must be among the options
DESCRIBED = {
    "weapon": "weapon",
    "target": "target",
    "place": "place",
    "oblast": "oblast",
    "undated": "'include events without a date'",
    "abroad": "'include events outside Ukraine'",
    "heat": "heat map switch",
    "dates": "date",
    "min_cas": "minimum killed + injured",
    "q": "search text",
}


@dataclass
class UrlCheck:
    """What to change in the link: ``changes`` maps a key to its cleaned values ([] = remove it)."""

    changes: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _shown(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "…")


def check_url_params(
    params: Mapping[str, list[str]],
    choices: Mapping[str, Collection[str]],
    date_range: tuple[dt.date, dt.date] | None,
) -> UrlCheck:
    """Check the filter parameters of a link.

    Parameters
    ----------
    params
        Every value of each query parameter, as the browser sent them.
    choices
        For each of :data:`CHOICE_KEYS`, the values the page offers (as they appear
        in the link: oblast names, not codes).
    date_range
        The first and last date of the loaded events; None when no event is dated.

    Returns
    -------
    UrlCheck
        The parameters to rewrite and a note for each change.
    """
    check = UrlCheck()
    for key, values in params.items():
        values = [str(v) for v in values]
        if key in CHOICE_KEYS and key in choices:
            allowed = set(choices[key])
            kept = [v for v in values if v in allowed]
            if len(kept) != len(values):
                dropped = ", ".join(_shown(v) for v in values if v not in allowed)
                check.notes.append(
                    f"Ignored from the link: {DESCRIBED[key]} {dropped} (not among these events)."
                )
                check.changes[key] = kept
        elif key in BOOLEAN_KEYS:
            if len(values) != 1 or values[0].lower() not in ("true", "false"):
                check.notes.append(f"Ignored from the link: {DESCRIBED[key]} {_shown(','.join(values))}.")
                check.changes[key] = []
        elif key == "min_cas":
            _check_minimum(values, check)
        elif key == "q" and sum(map(len, values)) > MAX_SEARCH_CHARS:
            check.notes.append(f"The search text from the link was cut to {MAX_SEARCH_CHARS} characters.")
            check.changes[key] = [values[0][:MAX_SEARCH_CHARS]]
        elif key == "dates":
            _check_dates(values, date_range, check)
    return check


def _check_minimum(values: list[str], check: UrlCheck) -> None:
    try:
        number = float(values[0]) if len(values) == 1 else math.nan
    except ValueError:
        number = math.nan
    if math.isnan(number):
        check.notes.append(f"Ignored from the link: minimum killed + injured {_shown(','.join(values))}.")
        check.changes["min_cas"] = []
        return
    clamped = min(max(number, 0), MAX_MIN_CASUALTIES)
    whole = int(clamped)
    if whole != number:
        check.notes.append(
            f"Minimum killed + injured from the link ({_shown(values[0])}) was set to {whole:,}, "
            f"a whole number from 0 to {MAX_MIN_CASUALTIES:,}."
        )
        check.changes["min_cas"] = [str(whole)]


def _check_dates(values: list[str], date_range: tuple[dt.date, dt.date] | None, check: UrlCheck) -> None:
    if date_range is None:
        check.notes.append("Ignored from the link: dates (no loaded event has a date).")
        check.changes["dates"] = []
        return
    parsed: list[dt.date] = []
    for value in values[:2]:
        try:
            parsed.append(dt.date.fromisoformat(value))
        except ValueError:
            break
    if len(parsed) != len(values) or not parsed:
        check.notes.append(f"Ignored from the link: dates {_shown(','.join(values))} (use YYYY-MM-DD).")
        check.changes["dates"] = []
        return
    first, last = date_range
    clamped = sorted(min(max(day, first), last) for day in parsed)
    if clamped != parsed:
        shown = " to ".join(day.isoformat() for day in clamped)
        check.notes.append(f"Dates from the link were set to {shown}, within the loaded events.")
        check.changes["dates"] = [day.isoformat() for day in clamped]
