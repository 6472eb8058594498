"""Dates written in Ukrainian or Russian: day and month, weekdays and relative days."""

from __future__ import annotations

import datetime as dt
import re

from data.extraction.dates import DateMention, relative_date, weekday_on_or_before, year_for

MONTHS = {
    **{
        name: number
        for number, name in enumerate(
            [
                "січня",
                "лютого",
                "березня",
                "квітня",
                "травня",
                "червня",
                "липня",
                "серпня",
                "вересня",
                "жовтня",
                "листопада",
                "грудня",
            ],
            start=1,
        )
    },
    **{
        name: number
        for number, name in enumerate(
            [
                "января",
                "февраля",
                "марта",
                "апреля",
                "мая",
                "июня",
                "июля",
                "августа",
                "сентября",
                "октября",
                "ноября",
                "декабря",
            ],
            start=1,
        )
    },
}
_WEEKDAY_STEMS = (
    ("понеділ", "понедельн"),
    ("вівтор", "вторник"),
    ("серед", "сред"),
    ("четвер", "четверг"),
    ("п'ятниц", "пятниц"),
    ("субот", "суббот"),
    ("неділ", "воскресен"),
)
_DAY_MONTH = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>" + "|".join(MONTHS) + r")(?:\s+(?P<year>20\d{2}))?", re.I
)
_WEEKDAY = re.compile(
    r"(?:\b[ву]\s+ніч\s+на\s+|\b[ву]\s+ночь\s+на\s+|\b[ву]о?\s+|\bу\s+)(?P<day>"
    # ("у середу", "в среду"; not "у Середино-Будській громаді", "в среднем")
    + "|".join(s for pair in _WEEKDAY_STEMS for s in pair)
    .replace("'", "['’ʼ]")
    .replace("серед", r"серед[уи](?!\w)")
    .replace("сред", r"сред[уа](?!\w)")
    + r")\w*",
    re.IGNORECASE,
)
_RELATIVE = (
    (
        re.compile(
            r"(?<!\w)(?:вчора|учора|вчера|напередодні|накануне|минулої\s+ночі|прошлой\s+ночью)(?!\w)", re.I
        ),
        -1,
        "day",
    ),
    (
        re.compile(
            r"(?<!\w)(?:сьогодні|сегодня|цієї\s+ночі|этой\s+ночью|вночі|ночью|зранку|утром|вранці)(?!\w)",
            re.I,
        ),
        0,
        "day",
    ),
    (
        re.compile(r"(?<!\w)(?:минулого\s+тижня|на\s+минулому\s+тижні|на\s+прошлой\s+неделе)(?!\w)", re.I),
        -7,
        "week",
    ),
)


def find_date(text: str, report_date: dt.date | None = None) -> DateMention | None:
    """The first attack date a Ukrainian or Russian sentence gives.

    "17 серпня", "в ніч на 2 березня" (the night before the 2nd: reported as the
    2nd), "у неділю", "вчора", "сьогодні вночі"; days without a year take the
    report's year (or the year before, if the day would be in the future).

    Examples
    --------
    >>> find_date("в ніч на 2 березня", dt.date(2025, 3, 2)).date
    datetime.date(2025, 3, 2)
    """
    match = _DAY_MONTH.search(text)
    if match:
        month = MONTHS[match.group("month").lower()]
        day = int(match.group("day"))
        year = int(match.group("year")) if match.group("year") else year_for(month, day, report_date)
        if year is not None:
            try:
                return DateMention(dt.date(year, month, day), "day", match.group(0))
            except ValueError:
                pass
    if report_date is None:
        return None
    match = _WEEKDAY.search(text)
    if match:
        stem = match.group("day").lower().replace("’", "'").replace("ʼ", "'")
        weekday = next(i for i, pair in enumerate(_WEEKDAY_STEMS) if any(stem.startswith(s) for s in pair))
        return weekday_on_or_before(report_date, weekday, match.group(0))
    return relative_date(text, report_date, _RELATIVE)
