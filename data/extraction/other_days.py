"""Which day a sentence's attack is: the report's own, or another day's told for context (labelling rule 1).

A report tells its own attack, and beside it often recalls others: "On Aug. 12, ...", "In June, ...", "Last year,
...", "recently attacked", "As Ukrinform reported earlier, ...", "Раніше, 8 травня, ...", "кілька днів тому". The
functions here decide, sentence by sentence, whether such a sentence is of another day (its places and figures then
not the report's attack) or of the report's own day; and, once the report is read, drop an attack dated weeks before
it beside one of its own. Days are read by ``dates.py`` and the language's rules; this module only compares them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from data.extraction import slavic
from data.extraction.cues import DIED_OF_WOUNDS, EARLIER_THAN_THE_REPORTS, SLAVIC_OTHER_DAY, TOLD_BEFORE
from data.extraction.dates import MONTH_NAME, MONTHS, SLAVIC_DAY, ToldDay, days_earlier, month_told
from data.extraction.events import CandidateEvent
from data.extraction.lookup import Mention
from data.extraction.rules import LanguageRules

# A sentence that opens with a day of its own: "On Aug. 12, ...", "On 14 August, ...".
_OPENING_DAY = re.compile(
    # ("As reported, on the night of March 7, three were wounded in X": an earlier report's attack, by its day)
    r"^\W*(?:As\s+(?:[\w-]+\s+){0,2}?reported(?:\s+earlier)?,?\s+)?"
    r"(?:[Oo]n|[Ii]n)\s+(?:the\s+(?:evening|morning|night|afternoon)\s+of\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b)"
)


# A sentence that opens with a month or a time before the report's: "In June, ...", "Back in March 2023, ...",
# "Last year, ...", "In 2022, ...", "Last month, ..."
_OPENING_EARLIER_TIME = re.compile(
    # ("However, back in July, a missile attack led to 10 deaths": "back" says it is past, whatever the month)
    r"^\W*(?:(?:However|But|And|Meanwhile|Also),?\s+)?(?:(?P<this>Earlier\s+this\s+(?:month|year)|Last\s+week)"
    r"|(?P<back>Back\s+)?in\s+(?P<month>"
    + MONTH_NAME
    + r")(?:\s+(?:19|20)\d\d)?|(?:Back\s+)?in\s+(?:19|20)\d\d|Last\s+(?:year|month|summer|winter|spring|autumn"
    r"|fall))\s*,",
    re.IGNORECASE,
)


# "recently attacked X", "X was recently shelled": an attack of days before the report's
_RECENTLY = re.compile(
    r"\brecently\s+(?:attacked|struck|hit|shelled|bombed|targeted)\b"
    r"|\b(?:was|were|had\s+been|has\s+been)\s+recently\s+(?:attacked|struck|hit|shelled|bombed|targeted)\b",
    re.IGNORECASE,
)


def another_days_attack(
    sentence: str,
    report_date: dt.date | None,
    clause_places: list[tuple[str, list[Mention]]],
    events: dict[tuple[str, str], CandidateEvent],
    rules: LanguageRules,
    told_before: Callable[[], str] = str,
) -> bool:
    """Whether a sentence dated two days or more before the report tells an earlier attack on places the
    report has already named (its figures are then not the report's): a day of its own ("On Aug. 12, ..."), or a
    month other than the one of the report or of its attacks ("In June, a missile hit a restaurant in X" in a report
    of a September attack on X), or a past year ("Last year, ...")."""
    named = [m for _, mentions in clause_places for m in mentions]
    earlier = _OPENING_EARLIER_TIME.match(sentence)
    opening = _OPENING_DAY.match(sentence)
    if opening is not None and report_date is None and named and not all(m.key in events for m in named):
        # ("On the night of May 29, drones hit A" then "- On May 20, officials reported damage in the B community":
        # an attack of a day the report told before its own, on a place it had not named, recalled; labelling rule 1)
        return before_the_day_told(opening.group(0), told_before, rules, 2, False)
    if _RECENTLY.search(sentence) and events:
        # ("Occupants recently attacked the city of X. As a result, 9 were killed" after the day's attacks: an attack of
        # days before, told for context; labelling rule 1)
        return True
    if earlier is not None and earlier.group("this") and events:
        # ("Earlier this month, airstrikes hit government buildings in Kyiv" closing a report of last night's
        # attacks: another day's attack recalled, on whatever place, once the report has told its own; rule 1)
        return True
    if not all(m.key in events for m in named) or not (named or earlier or (opening and report_date is None)):
        # (a sentence naming no place that opens with an earlier time is that time's attack too: "However, back in
        # July, a missile attack led to 10 deaths" after a report of tonight's strike on the city)
        return False
    if earlier is not None:
        if not earlier.group("month") or earlier.group("back"):
            return True  # ("Last year, ...", "In 2022, ...", "Back in March, ...")
        # (the month of the report, else of the first day the report told before this sentence: "on Oct. 5";
        # ``told_before`` gives that text only when asked, as few sentences open with a month)
        month = report_date.month if report_date else month_told(told_before())
        return month is not None and MONTHS[earlier.group("month").lower()] != month
    if opening is None:
        return False
    if report_date is None:
        # ("On the night of May 29, drones hit ..." then "- On May 17, a drone struck a bus near a village the
        # gazetteer lacks. The attack killed nine": with no date of the report, the day it told its attack on is the
        # one to read against, whether or not the sentence names a place)
        return before_the_day_told(opening.group(0), told_before, rules, 2, False)
    if not named:
        return False
    day = rules.find_date(opening.group(0), report_date)
    return day is not None and day.precision == "day" and (report_date - day.date).days >= 2


def earlier_days_attack(
    text: str,
    told: ToldDay | None,
    own_day: ToldDay | None,
    report_date: dt.date | None,
    clause_places: list[tuple[str, list[Mention]]],
    events: dict[tuple[str, str], CandidateEvent],
    rules: LanguageRules,
) -> bool:
    """Whether a sentence tells an attack of a day before the report's own attack day (labelling rule 1): its day, a
    weekday or a date, is one or more days before (not the evening or night of the day before, which runs into the report's night), it tells
    an attack or a toll, and the attack is a new one: on a place the report has not named as hit, or, on none or on
    its own places, told without referring back to what the report told (in a report of Tuesday's rising toll of Monday's
    strike, "On Monday, rescuers found a girl of five under the ruins of the house" is the report's attack told
    again)."""
    if EARLIER_THAN_THE_REPORTS.search(text):
        pass  # ("A day earlier, a strike on X killed nine": before the report's attack, whatever its day)
    elif told is None or own_day is None or told.kind == "relative":
        # ("Yesterday, three were killed in the X region" in a morning report: the region's last day, which a daily
        # report tells as its own)
        return False
    else:
        gap = days_earlier(own_day, told, report_date is not None)
        if gap is None or gap < 1 or (gap == 1 and told.night):
            return False
    if not (rules.attack_cue.search(text) or rules.find_counts(text)[0]) or DIED_OF_WOUNDS.search(text):
        return False
    named = [m for _, mentions in clause_places for m in mentions]
    return any(m.key not in events for m in named) or not TOLD_BEFORE.search(text)


# "As Ukrinform reported earlier, ...", "As reported by X, ...": an earlier report of the agency, which may be of the
# report's own day ("Recall", "As a reminder" are not this form)
_AS_REPORTED_FORM = re.compile(
    r"^\W*as\s+(?:(?:[A-Z][\w-]*\s+){1,2}(?:has\s+)?(?:previously\s+|earlier\s+)?reported|(?:it\s+)?(?:has\s+been\s+|was\s+)?"
    r"(?:previously\s+|earlier\s+)?reported)\b",
    re.IGNORECASE,
)
# Words that make a recalled report's attack the day's: "in the past day", "overnight", "this morning"
THE_DAYS = re.compile(
    r"\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)|overnight|today|tonight|this\s+(?:morning"
    r"|afternoon|evening))\b",
    re.IGNORECASE,
)
# Words that put a recalled attack on another day than the report's
_OTHER_DAY_WORDS = re.compile(
    r"\b(?:yesterday|the\s+day\s+before|on\s+the\s+eve|the\s+previous\s+(?:day|night|week|evening)"
    r"|(?:earlier|last)\s+(?:this\s+)?(?:week|month|year)|(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?|months?)"
    r"\s+(?:ago|earlier)|recently|last\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.IGNORECASE,
)


def as_reported_today(
    text: str,
    report_date: dt.date | None,
    told_before: Callable[[], str],
    rules: LanguageRules,
    familiar: Callable[[], bool],
) -> bool:
    """Whether "As Ukrinform reported (earlier), ..." tells of the report's own day, so that its places are attacks of
    the report (labelling rule 1): no other day named ("yesterday", "earlier this month"), and no day given, or the
    report's own or the one before it (a morning report on the night), or, with no date of the report, not before the
    latest day the report told before it ("As the agency reported, late on May 9, ..." after "at 23:10 on
    May 9").  With no day at all, in a dated report, only of the region the report is about (``familiar``: "As
    Ukrinform reported earlier, ... in the suburbs of Kherson" in a report on the Kherson region), or told as the
    day's ("in the past day"): another region's news with no day is the agency's earlier report, recalled; in a report
    with no date of its own, any such item is the report's day (the guide's twelfth amendment to rule 1)."""
    if not _AS_REPORTED_FORM.match(text) or _OTHER_DAY_WORDS.search(text):
        return False
    if report_date is not None:
        day = rules.find_date(text, report_date)
        if day is None or day.date is None:
            return bool(THE_DAYS.search(text)) or familiar()
        return 0 <= (report_date - day.date).days <= 1
    day = rules.find_date(text, _MADE_UP_DAY)
    if day is not None and not re.search(r"\d", day.text) and THE_DAYS.search(day.text):
        # ("As reported earlier, X was struck overnight": the report's own night, told by a word, not a day)
        return True
    if day is None:
        # (a weekday with no date of the report to read it against: "on Sunday morning" may be any day)
        if re.search(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text):
            return False
        # ("As the agency reported, five were hurt in X" with no day, in a report that gives none: its own day)
        return True
    if day.precision != "day" or not re.search(r"\d", day.text):
        return False
    told = _days_told(told_before(), rules)
    return bool(told) and max(_gap_without_year(earlier, day.date) for earlier in told) < 1


# A day read with no year known: against a made-up last day of a year, so that days of one report compare.
_MADE_UP_DAY = dt.date(2001, 12, 31)


def _days_told(text: str, rules: LanguageRules) -> list[dt.date]:
    """The calendar days (with a figure: "May 29", not "on Friday") the sentences of ``text`` give, each read
    without a year against :data:`_MADE_UP_DAY`."""
    return [
        found.date
        for part in re.split(r"(?<=[.!?])\s+|\n+", text)
        if (found := rules.find_date(part, _MADE_UP_DAY)) is not None
        and found.precision == "day"
        and re.search(r"\d", found.text)
    ]


def before_the_day_told(
    text: str, told_before: Callable[[], str], rules: LanguageRules, days: int, recall: bool
) -> bool:
    """Whether the calendar day ``text`` gives is ``days`` or more before the latest day the report told before it,
    read without a year (a report with no date of its own); with no day told before, ``recall`` decides."""
    day = rules.find_date(text, _MADE_UP_DAY)
    if day is None or day.precision != "day" or not re.search(r"\d", day.text):
        return False
    told = _days_told(told_before(), rules)
    if not told:
        return recall
    return max(_gap_without_year(earlier, day.date) for earlier in told) >= days


def _gap_without_year(later: dt.date, earlier: dt.date) -> int:
    """Days from ``earlier`` to ``later``, two days read without a year against the same made-up day: the nearer
    way round the year, so "30 December" then "2 January" is three days on, not 362 back."""
    gap = (later - earlier).days
    if gap > 182:
        return gap - 365
    if gap < -182:
        return gap + 365
    return gap


# "помер у лікарні", "скончался": a death told now of an attack of an earlier day (the report's news)
_LATER_DEATH = re.compile(
    r"(?<!\w)(?:помер|померла|померли|скончал\w*|умер|умерла|умерли)(?!\w)", re.IGNORECASE
)


# "Раніше, 8 травня, ...", "Также ранее, накануне, ...": an opening that tells of an earlier day than the attack before
_EARLIER_ON_A_DAY = re.compile(
    r"^\W*(?:(?:також|также|а|і|и|ще|еще)\s+)?(?:раніше|ранее)\s*,?\s+(?:[\w'’ʼ]+\s+){0,2}?(?="
    + SLAVIC_OTHER_DAY.pattern
    + r")",
    re.IGNORECASE,
)


# "Несколько дней назад", "кілька днів тому", "три дні тому", "неделю назад": an attack days before the report's
_DAYS_AGO = re.compile(
    r"(?<!\w)(?:(?:де)?кілька|несколько|пару|\d+|дв\w+|три|четыре|чотири|п['’ʼ]?ять|пять|тиждень|неделю)\s+"
    r"(?:днів|дні|дней|дня|тижнів|тижні|недель|недели)?\s*(?:тому|назад)(?!\w)",
    re.IGNORECASE,
)


def slavic_another_day(
    sentence: str, report_date: dt.date | None, focus: list[CandidateEvent], rules: LanguageRules
) -> bool:
    """Whether a Ukrainian or Russian sentence tells an attack of a day before the one the report is about:
    a date earlier than the attack in focus ("у п'ятницю, 6 червня" then "після удару КАБами 5 червня по
    Шосткинському району"), or two days or more before the report when no attack has a date yet; not a death told
    now of an earlier attack ("помер у лікарні")."""
    if not focus or not rules.attack_cue.search(sentence) or _LATER_DEATH.search(sentence):
        return False  # (with no attack told yet, the report's own attack may be told days after it)
    if _DAYS_AGO.search(sentence):
        return True  # ("Несколько дней назад в A россияне атаковали ..." after the day's summary: an earlier attack)
    earlier = _EARLIER_ON_A_DAY.match(sentence)
    if earlier:
        # ("Раніше, 2 квітня, ще троє людей постраждали від удару по місту" after the report's attack:
        # "earlier, on <a day>" sets its attack apart from the one in focus, unless the day is the report's own)
        told = rules.find_date(sentence, report_date) if report_date else None
        return told is None or told.date != report_date
    days = [e.date for e in focus if e.date is not None and e.date_precision == "day"]
    made_up = not days and report_date is None
    if made_up:
        # (no year known: the day the attack in focus was told on, read against the same made-up day as this one)
        report_date = _MADE_UP_DAY
        told_days = [rules.find_date(e.evidence.get("location", ""), report_date) for e in focus]
        days = [d.date for d in told_days if d is not None and d.precision == "day"]
        if not days:
            # ("За 29 травня в A зруйновані 12 будинків, у B – 18" in a report with no date, after a place told
            # without one: no day to hold it against, the made-up one least of all)
            return False
    reference = max(days) if days else report_date
    if reference is None:
        return False
    # (the day read against the report's date, or a month after the attack's: "6 марта" after "5 марта" is later)
    told = rules.find_date(sentence, report_date or reference + dt.timedelta(days=31))
    if told is None or told.precision != "day" or not re.search(r"\d", told.text):
        return False  # (a day told by its date: "в среду" is read against the report's day, not the attack's)
    if not days and sentence.find(told.text) > 3:
        # (against the report's date, only a sentence that opens with its day: "26 января в ...")
        return False
    # (a night or an evening spans two dates: "ввечері 18 жовтня" may be the attack "в ніч на 19 жовтня")
    night = re.compile(r"(?<!\w)(?:ніч|ночь|ночі|ночи|вечер|вечір|вечор|увечері|вечером)\w*", re.IGNORECASE)
    # (a day's summary dated the morning of the 15th covers the day before its date: "Вчера, 14
    # мая, ... по с. X" is one of its attacks)
    summary = SLAVIC_DAY
    close = (
        not days
        # ("у ніч на 9 квітня" is the night that ends on the 9th: no evening of the day before)
        or night.search(re.sub(r"(?<!\w)(?:ніч|ночь)\s+на\s+(?=\d)", "", sentence, flags=re.IGNORECASE))
        or any(night.search(e.evidence.get("location", "")) for e in focus)
        or any(summary.search(e.evidence.get("location", "")) for e in focus)
    )
    gap = _gap_without_year(reference, told.date) if made_up else (reference - told.date).days
    return gap >= (2 if close else 1)


# "сьогодні", "після ранкових ударів", "этой ночью": the report's own day, named without its date
SLAVIC_THIS_DAY = re.compile(
    r"(?<!\w)(?:сьогодні|сегодня|цієї\s+ночі|этой\s+ночью|сьогоднішн\w*|сегодняшн\w*|ранков\w*|утренн\w*)(?!\w)",
    re.IGNORECASE,
)


def slavic_report_day(analysed: str, report_date: dt.date | None) -> bool:
    """Whether a Ukrainian or Russian recall tells of the report's own day: its date is the report's ("Нагадаємо, що
    вночі 4 березня ворог також ..." in a report of 4 March) or it says "this morning" / "today" with no other day."""
    if report_date is None or re.search(
        r"(?<!\w)(?:напередодні|накануне|вчора|вчера|позавчора|позавчера)(?!\w)", analysed, re.IGNORECASE
    ):
        return False
    told = slavic.find_date(analysed, report_date)
    if told is not None and SLAVIC_OTHER_DAY.search(analysed):
        return told.date == report_date
    return bool(SLAVIC_THIS_DAY.search(analysed))


# A report's own attack is told on its day or up to a few days after (labelling rule 1); one dated more than this many
# days before the report, beside another attack of the report, is told for context.
_DAYS_OLD = 7


def drop_weeks_old_attacks(events: list[CandidateEvent], report_date: dt.date) -> list[CandidateEvent]:
    """ "This photo shows a house in X destroyed on May 2" in a report of June 20 on a strike on Y: an attack dated
    more than a week before the report, in a report that tells another attack of its own, is no event of the report
    (labelling rule 1); a report about that one attack alone (a later toll) keeps it."""
    old = [
        e
        for e in events
        if e.date is not None
        and e.date_precision == "day"
        and (report_date - e.date).days > _DAYS_OLD
        and e.geo_precision != "oblast"
    ]
    recent = [e for e in events if e not in old and e.location]
    return [e for e in events if e not in old] if old and recent else events
