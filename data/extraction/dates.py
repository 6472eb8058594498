"""Dates in report text: absolute ("12 March 2025"), relative ("on Monday", "overnight")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

# Each month's spellings, its full name first
_MONTH_SPELLINGS = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTHS = {name: number for number, names in enumerate(_MONTH_SPELLINGS, start=1) for name in names}
# The months' full English names as a pattern's alternation, capitalised as reports write them ("January|...")
MONTH_NAME = "|".join(names[0].capitalize() for names in _MONTH_SPELLINGS)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# ("Feb. 3": an abbreviation only with its full stop, so "mar" or "dec" in a word is never a month)
_MONTH = (
    rf"(?P<month>{MONTH_NAME}"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?=\.))\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?", re.IGNORECASE)
_ISO = re.compile(r"\b(?P<year>20\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_MONTH_ONLY = re.compile(
    rf"\b(?:in|during|since|early|late|mid-?)\s+{_MONTH}(?:\s+{_YEAR})?\b", re.IGNORECASE
)
# "his Monday address" is not an attack date, so a weekday needs an attack-time phrasing.
_WEEKDAY = re.compile(
    r"(?<!said\s)(?<!announced\s)\b(?:on|late\s+on|early\s+on|since|last)\s+(?P<weekday>"
    + "|".join(WEEKDAYS)
    + r")\b|\b(?P<weekday2>"
    + "|".join(WEEKDAYS)
    # ("Monday's Russian missile strike", "Sunday's massive drone attack": up to three words between)
    + r")(?:(?:'s|’s)\s+(?:[a-z-]+\s+){0,3}?|\s+(?:[a-z-]+\s+)?)(?:morning|afternoon|evening|night|attack|strike|shelling|raid|bombardment)\b",
    re.IGNORECASE,
)
_RELATIVE = [
    (re.compile(r"\b(?:yesterday|last\s+night|on\s+the\s+previous\s+day)\b", re.IGNORECASE), -1, "day"),
    (
        re.compile(
            r"\b(?:today|this\s+morning|this\s+afternoon|earlier\s+today|overnight|tonight)\b", re.IGNORECASE
        ),
        0,
        "day",
    ),
    (re.compile(r"\blast\s+week\b", re.IGNORECASE), -7, "week"),
]


@dataclass(frozen=True)
class DateMention:
    """A date found in text: the day it resolves to, its precision and the words."""

    date: dt.date
    precision: str  # "day", "week" or "month"
    text: str


def year_for(month: int, day: int, report_date: dt.date | None) -> int | None:
    """The year of a day given without one, in a report published on ``report_date`` (None without it)."""
    # A day without a year belongs to the report's year, or the year before if it would be in the future.
    if report_date is None:
        return None
    year = report_date.year
    try:
        if dt.date(year, month, day) > report_date:
            year -= 1
    except ValueError:
        return None
    return year


def month_told(text: str) -> int | None:
    """The month of the first day ``text`` gives ("on Oct. 5", "5 October", "2025-10-05"), known without a year.

    Examples
    --------
    >>> month_told("Rockets hit the town on Oct. 5, injuring three"), month_told("Rockets hit the town")
    (10, None)
    """
    for pattern in (_ISO, _DAY_MONTH, _MONTH_DAY):
        match = pattern.search(text)
        if match:
            month_text = match.group("month")
            return int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
    return None


def find_date(text: str, report_date: dt.date | None = None) -> DateMention | None:
    """The first attack date a sentence gives.

    Parameters
    ----------
    text
        A sentence.
    report_date
        The report's publication date; needed for "on Monday", "yesterday" and
        for a day given without a year.

    Returns
    -------
    DateMention or None
        None when the sentence gives no date, or only a relative one and no
        report date is known.

    Examples
    --------
    >>> find_date("Late on Monday a drone hit", dt.date(2025, 4, 23)).date
    datetime.date(2025, 4, 21)
    """
    for pattern in (_ISO, _DAY_MONTH, _MONTH_DAY):
        match = pattern.search(text)
        if not match:
            continue
        month_text = match.group("month")
        month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
        day = int(match.group("day"))
        year = int(match.group("year")) if match.group("year") else year_for(month, day, report_date)
        if year is None:
            continue
        try:
            return DateMention(dt.date(year, month, day), "day", match.group(0))
        except ValueError:
            continue
    match = _MONTH_ONLY.search(text)
    if match:
        month = MONTHS[match.group("month").lower()]
        year = int(match.group("year")) if match.group("year") else year_for(month, 1, report_date)
        if year is not None:
            return DateMention(dt.date(year, month, 1), "month", match.group(0))
    if report_date is None:
        return None
    match = _WEEKDAY.search(text)
    if match:
        weekday = WEEKDAYS.index((match.group("weekday") or match.group("weekday2")).lower())
        return weekday_on_or_before(report_date, weekday, match.group(0))
    return relative_date(text, report_date, _RELATIVE)


def weekday_on_or_before(report_date: dt.date, weekday: int, text: str) -> DateMention:
    """The most recent ``weekday`` (Monday 0) on or before the report date, said as ``text``."""
    back = (report_date.weekday() - weekday) % 7
    return DateMention(report_date - dt.timedelta(days=back), "day", text)


def relative_date(
    text: str, report_date: dt.date, patterns: Iterable[tuple[re.Pattern[str], int, str]]
) -> DateMention | None:
    """The first of ``patterns`` (pattern, days from the report date, precision) that ``text`` holds."""
    for pattern, offset, precision in patterns:
        match = pattern.search(text)
        if match:
            return DateMention(report_date + dt.timedelta(days=offset), precision, match.group(0))
    return None


# A day read with no report date: weekdays and days without a year against a made-up Monday, 31 December 2001.
_NO_REPORT_DATE = dt.date(2001, 12, 31)
# "Wednesday night", "late on Wednesday", "on Wednesday evening": the night before a day runs into it
_NIGHT_NEAR = re.compile(r"\b(?:night|evening|late|overnight)\b", re.IGNORECASE)
# "between May 4 and 5", "on May 4-5", "from May 4 to 5": a span of days, its attack running to the last
_SPAN_END = re.compile(
    r"^\s*(?:and|to|through|[-–])\s*(?P<day>\d{1,2})\b(?!\s*(?::|\.\d|%|people|persons|civilians))"
)


@dataclass(frozen=True)
class ToldDay:
    """The day a sentence tells, as read against the report date or, without one, against a made-up day;
    ``kind`` says how it can be compared without a report date ("weekday", "calendar" or "relative")."""

    date: dt.date
    kind: str
    night: bool  # said of the evening or night ("Tuesday night", "late on Tuesday")


def day_told(text: str, report_date: dt.date | None, find=None) -> ToldDay | None:
    """The day of the attack a sentence tells ("on Friday", "on 14 August", "overnight"), or None.

    Examples
    --------
    >>> day_told("A drone hit the town on Friday", None).kind
    'weekday'
    >>> day_told("A drone hit the town late on Friday", dt.date(2025, 4, 5)).night
    True
    """
    found = (find or find_date)(text, report_date or _NO_REPORT_DATE)
    if found is None or found.precision != "day":
        return None
    if re.search(r"\d", found.text):
        kind = "calendar"
    elif any(day in found.text.lower() for day in WEEKDAYS):
        kind = "weekday"
    else:
        kind = "relative"
    at = text.find(found.text)
    near = text[max(at - 12, 0) : at + len(found.text) + 12] if at >= 0 else found.text
    night = bool(_NIGHT_NEAR.search(near))
    span = _SPAN_END.match(text[at + len(found.text) :]) if at >= 0 and kind == "calendar" else None
    if span is not None and found.date.day < int(span.group("day")) <= 31:
        # ("shelling between May 4 and 5 left two dead" in a report of the night on May 5: that night's attack,
        # not one of the day before)
        try:
            return ToldDay(found.date.replace(day=int(span.group("day"))), kind, night)
        except ValueError:
            pass
    return ToldDay(found.date, kind, night)


def days_earlier(own: ToldDay, other: ToldDay, report_date_known: bool) -> int | None:
    """How many days ``other`` is before ``own`` (negative: after), or None when the two cannot be compared.

    With the report date known both are calendar days. Without it, two weekdays compare within the week before
    the later one ("on Thursday" is one day before "on Friday"; "on Saturday" after "on Friday" is no earlier day),
    two calendar days compare the nearer way round the year, and a relative day ("yesterday") with nothing.

    Examples
    --------
    >>> friday, thursday = day_told("on Friday", None), day_told("on Thursday", None)
    >>> days_earlier(friday, thursday, False), days_earlier(thursday, friday, False)
    (1, -1)
    """
    if report_date_known:
        return (own.date - other.date).days
    if own.kind != other.kind or own.kind == "relative":
        return None
    if own.kind == "weekday":
        gap = (own.date.weekday() - other.date.weekday()) % 7
        return gap - 7 if gap == 6 else gap
    gap = (own.date - other.date).days
    return gap - 365 if gap > 182 else gap + 365 if gap < -182 else gap


# A verb of saying, maybe "early" or "late" after it: what the news-day patterns below open with
_SAID = r"\b(?:said|says|reported|announced|wrote|added|confirmed|stated)\s+(?:early\s+|late\s+)?"
# "..., the governor said on Tuesday", "officials said Wednesday": the day the news was given, which a report whose
# attack has no day of its own is of ("overnight" is the night into it)
_SPEECH_DAY = re.compile(
    _SAID + r"(?:on\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b",
    re.IGNORECASE,
)

# "..., the governor said on Oct. 9", "officials said on 9 October": the same, before a calendar day
_SPEECH_ON = re.compile(_SAID + r"on\s+", re.IGNORECASE)


# A summary of a day's attacks: the past (or last) day or 24 hours, or the day, after "over", "in" or "during"
PAST_DAY = re.compile(r"\b(?:during|over|in)\s+the\s+(?:past\s+|last\s+)?(?:day|24\s+hours)\b", re.IGNORECASE)
# The day ("доба") or 24 hours ("сутки") in Ukrainian and Russian: "за минулу добу", "за прошедшие сутки"
SLAVIC_DAY = re.compile(r"(?<!\w)(?:доб[аиуі]|сутки|суток)(?!\w)", re.IGNORECASE)
# A date told as the one the news was given on: a verb of saying, then "on" (or "early on", "late on") and the date
_GIVEN_ON = re.compile(_SAID + r"(?:on\s+)?$", re.IGNORECASE)


# "a school a rocket struck a day earlier", "the house struck two days before": the attack's day, before the day told
_HIT_DAYS_EARLIER = re.compile(
    r"\b(?:hit|struck|attacked|shelled|bombed|damaged|destroyed)\s+(?P<days>a|one|two|three|\d)\s+days?\s+(?:earlier|before)\b",
    re.IGNORECASE,
)


def attacks_day(text: str, told: ToldDay | None, report_date: dt.date | None, find=None) -> ToldDay | None:
    """The day of the attacks a sentence tells, where ``told`` is the day it gives: a summary of the past day given
    on that day (a lead tallying the past day's dead, then "the governors said on May 9") is of
    the day before and the night into the day given, so the day before is returned; else ``told``.

    >>> lead = "Shelling hurt six over the past day, the governors said on May 9"
    >>> attacks_day(lead, day_told(lead, dt.date(2025, 5, 9)), dt.date(2025, 5, 9)).date
    datetime.date(2025, 5, 8)
    """
    if told is None or told.kind == "relative":
        return told
    earlier = _HIT_DAYS_EARLIER.search(text)
    if earlier is not None:
        # ("crews searched the ruins on Monday of a school that a rocket hit a day earlier": the attack was on Sunday)
        word = earlier.group("days").lower()
        days = int(word) if word.isdigit() else {"a": 1, "one": 1, "two": 2, "three": 3}[word]
        return ToldDay(told.date - dt.timedelta(days=days), told.kind, False)
    if not PAST_DAY.search(text):
        return told
    found = (find or find_date)(text, report_date or _NO_REPORT_DATE)
    at = text.find(found.text) if found is not None else -1
    if at < 0 or not _GIVEN_ON.search(text[:at]):
        return told
    return ToldDay(told.date - dt.timedelta(days=1), told.kind, False)


def speech_day(text: str, report_date: dt.date | None) -> ToldDay | None:
    """The weekday a sentence says its news was given on ("the mayor said on Tuesday"), or None.

    Examples
    --------
    >>> speech_day("Drones hit the city overnight, officials said Wednesday", None).date.weekday()
    2
    """
    match = _SPEECH_DAY.search(text)
    if match is None:
        # ("..., Tymoshenko said on Oct. 9": a calendar day the news was given on)
        said = _SPEECH_ON.search(text)
        written = said and (_MONTH_DAY.match(text, said.end()) or _DAY_MONTH.match(text, said.end()))
        day = find_date(written.group(0), report_date or _NO_REPORT_DATE) if written else None
        return ToldDay(day.date, "calendar", False) if day is not None and day.precision == "day" else None
    weekday = WEEKDAYS.index(match.group("weekday").lower())
    told = weekday_on_or_before(report_date or _NO_REPORT_DATE, weekday, match.group(0))
    return ToldDay(told.date, "weekday", False)


# "on Oct." at a line's end and "26 killed one civilian" on the next: a page whose lines were cut at every full stop
# split a date in two, and the day became a toll
_MONTH_CUT_AT_LINE_END = re.compile(
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.(?P<cut>[ \t]*\n)(?=\d{1,2}\b)", re.IGNORECASE
)


def rejoin_cut_dates(text: str) -> str:
    """The text with a month's abbreviation and its day, cut apart by a line break, on one line again.

    Each break becomes a space, so a position in the result is the same position in ``text``.

    >>> rejoin_cut_dates("Attacks on Oct.\\n26 killed one civilian.")
    'Attacks on Oct. 26 killed one civilian.'
    """
    return _MONTH_CUT_AT_LINE_END.sub(lambda m: m.group(0).replace("\n", " "), text)
