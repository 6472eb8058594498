"""Numbers as reports write them: figures, words, "a dozen", "one fatality".

Each match carries its place in the text so the caller can look at the words
around it (what is counted, and whether the number is a lower bound).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from data.extraction import vocabulary as V

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_WORD = "|".join(sorted([*UNITS, *TENS, "hundred", "dozen"], key=len, reverse=True))
# An age as a report states it, in figures or words: "15", "fifteen", "twenty", "seventy", "sixty-five" (the one
# list the readers of ages share)
_AGE_UNITS = "|".join(sorted([w for w in UNITS if w != "zero"], key=len, reverse=True))
AGE = (
    r"(?:\d{1,3}|(?:"
    + "|".join(sorted(TENS, key=len, reverse=True))
    + rf")(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?|{_AGE_UNITS})"
)
# "twenty-one", "one hundred and twelve", "a dozen", "two dozen", "1,200", "20"
_WORD_NUMBER = rf"(?:an?\s+(?:dozen|hundred)|(?:{_WORD})(?:(?:\s+and\s+|[\s-])(?:{_WORD}))*)"
_FIGURE = r"\d{1,3}(?:,\d{3})+|\d+"
# A figure in digits or in words, as a count is written ("22", "1,200", "twenty-two", "a dozen")
COUNT_NUMBER = rf"(?:{_FIGURE}|{_WORD_NUMBER})"
# Words that are no noun for a person after an age: verbs, joiners and prepositions ("a 40-year-old was hurt")
_NOT_WHO = (
    r"(?:was|were|is|are|has|had|have|and|or|but|who|whose|from|in|on|at|of|with|by|near|to|died|killed|injured"
    r"|wounded|hurt|sustained|suffered|received)\b"
)
# One person written without a number: "a woman", "an elderly man", "a 14-year-old boy".
_PERSON = (
    # ("killed its 34-year-old worker": a farm's worker, with the age)
    # ("killing the driver and wounding two passengers": the one person a vehicle had, right after the verb)
    # ("The driver was killed.", "The woman died in hospital": a sentence opening on one person, told by "the")
    # ("The 78-year-old woman died in hospital", also opening a quotation: the age between them)
    r"(?:(?:an?|one|its(?=\s+\S+-(?:year|month)-old\b)|(?:(?<=^)|(?<=^\s)|(?<=[.!?]\s))(?-i:The)"
    r"(?=\s+(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month)-old\s+)?(?:[a-z]+\s+)?(?:"
    + V.PERSON_SINGULAR
    + r")\s+(?:was|had|has|died)\b)"
    r"|(?:(?<=killing\s)|(?<=killed\s)|(?<=injuring\s)|(?<=injured\s)|(?<=wounding\s)|(?<=wounded\s))(?:the|its)"
    r"(?=\s+(?:driver|pilot|conductor)\b))\s+"
    # ("hurting a 44-year-old woman and 61-year-old man": the second person's article left out, the age kept)
    r"|(?<=\sand\s)(?=\d{1,3}-(?:year|month)-old\s))(?:(?P<age>\d+|[a-z]+(?:-[a-z]+)?)-(?P<unit>year|month|week|day)-old(?:\s+|\b(?!-))"
    r"|elderly\s+|older\s+|young\s+|teenage\s+|underage\s+|local\s+|little\s+|small\s+|civilian\s+|newborn\s+|foreign\s+"
    # ("a seriously wounded woman died in hospital": the one hurt before, told by her state)
    r"|(?:(?:seriously|severely|critically|badly|gravely)\s+)?(?:wounded|injured)\s+(?=(?:man|woman|person|civilian)\b)"
    # ("injuring a Swiss volunteer", "a British journalist was hurt": where the person is from)
    # ("a Kherson resident was wounded": a resident of the place named)
    r"|(?-i:[A-Z][a-z]+(?:ian|ish|ese|ss|ch|an))\s+|(?-i:[A-Z][\w'’-]+)\s+(?=resident\b))?"
    # ("a first responder died at the fire station", "a medic was hurt", "a cyclist was hurt": the one vocabulary
    # of words for people)
    r"(?P<person>" + V.PERSON_SINGULAR + ""
    # ("a 60-year-old village head was hurt", "a 15-year-old schoolboy died": the age says a person, whatever the
    # one or two words for who follow it, when a verb of the person's fate comes next)
    r"|(?<=-old\s)(?:(?!" + _NOT_WHO + r")[a-z]+\s+)?(?!" + _NOT_WHO + r")[a-z]+"
    r"(?=\s+(?:was|were|has|had|is|died|sustained|suffered|received)\b)"
    r"|(?<=-old\s)|(?<=-old))\b"
    # "a woman of 63 years old", "a man of about 50 years of age": the age after the word
    r"(?:\s+of\s+(?:about\s+|around\s+|some\s+)?(?P<late_age>\d{1,3})\s+years?(?:\s+old|\s+of\s+age)\b)?"
    r"|(?:his|her|their)\s+(?P<young>(?:infant|newborn|baby|little|young)\s+)?"
    r"(?:(?P<rage>\d+|[a-z]+(?:-[a-z]+)?)-(?P<runit>year|month|week|day)-old\s+)?"
    r"(?P<relative>mother|father|wife|husband|son|daughter|grandmother|grandfather|grandson|granddaughter|sister"
    r"|brother|cousin|parents?|child|baby|infant)\b"
)
# Two grown-ups in one phrase: "a man and woman died", "an elderly couple was killed" ("a couple of days" is not),
# "a father and daughter were hurt".
_COUPLE = (
    r"(?P<couple>an?\s+(?:(?:elderly|older|young|married)\s+)?(?:man\s+and\s+woman|woman\s+and\s+man|couple(?!\s+of\b))"
    r"|(?:his|her|their)\s+(?:husband\s+and\s+wife|wife\s+and\s+husband)|husband\s+and\s+wife"
    # ("a mother and son died": a parent and a grown child, the second noun without its article; the son's age
    # untold, so no child)
    r"|an?\s+(?:mother|father)\s+and\s+(?:her\s+|his\s+)?(?:son|daughter))\b"
)
# Lower bounds first, so "over 20" is not read as "20".
LOWER_BOUND = (
    r"at\s+least|over|more\s+than|no\s+fewer\s+than|no\s+less\s+than|upwards\s+of|in\s+excess\s+of"
    r"|a\s+minimum\s+of|at\s+a\s+minimum"
)
# (a clock time, "as of 12:15", is no figure: neither its hours nor its minutes)
NUMBER_PATTERN = re.compile(
    rf"(?<![\w-])(?<!\bno\s)(?:(?P<bound>{LOWER_BOUND})\s+)?"
    rf"(?:{_COUPLE}|{_PERSON}|(?<!\d:)(?P<figure>{_FIGURE})(?P<plus>\+)?(?![\w-]|:\d)|(?P<words>{_WORD_NUMBER})\b(?!-))",
    re.IGNORECASE,
)
# Words for a grown-up: with one of these, only a stated age under 18 makes a child.
ADULT_AGE = 18


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text."""

    value: int
    at_least: bool
    start: int
    end: int
    text: str
    child: bool = False  # the number itself names a child ("a 14-year-old boy")
    person: bool = False  # one person named without a number ("a woman", "his grandmother")
    # how many of them are children when their stated ages say only some are ("two boys aged 17 and 18": 1)
    children: int | None = None


def parse_number_words(words: str) -> int | None:
    """Value of a number written in words.

    Parameters
    ----------
    words
        ``"twenty-one"``, ``"a dozen"``, ``"two dozen"``, ``"one hundred and five"``.

    Returns
    -------
    int or None
        None when the words are not a number.

    Examples
    --------
    >>> parse_number_words("twenty-one")
    21
    >>> parse_number_words("a dozen")
    12
    """
    tokens = [t for t in re.split(r"[\s-]+", words.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    total = 0
    current = 0
    for position, token in enumerate(tokens):
        if token in ("a", "an") and position == 0:
            current = 1
        elif token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        else:
            return None
    total += current
    return total


def is_child(person: str, age: str | None = None, unit: str | None = None) -> bool:
    """Whether "a <age>-<unit>-old <person>" is a child.

    The age decides when it is given ("a 76-year-old man" is an adult, "a
    16-year-old" a child, "an eleven-month-old baby" a child); otherwise the word
    does ("a boy", "a teenager", "an infant" are children; "a man", "a resident"
    are not).  An adult is never counted as a child.

    Examples
    --------
    >>> is_child("man", "76", "year"), is_child("girl"), is_child("woman"), is_child("resident", "3", "year")
    (False, True, False, True)
    """
    if age is not None:
        years = int(age) if age.isdigit() else parse_number_words(age)
        if unit and unit.lower() != "year":
            return True
        if years is not None:
            return years < ADULT_AGE
    # (a word for one child of the one vocabulary: "boy", "toddler", "schoolgirl")
    return re.fullmatch(V.CHILD_NOUN, person, re.IGNORECASE) is not None


_PEOPLE_THEN_COMMA = re.compile(
    r"\b(?:man|woman|men|women|boy|girl|boys|girls|person|resident|residents|pensioner|pensioners"
    r"|teenager|teenagers|husband|wife|son|daughter|mother|father)\s*,\s*$",
    re.IGNORECASE,
)


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in ``text``, written in figures or words, with its lower-bound flag.

    Parameters
    ----------
    text
        A sentence or clause.

    Returns
    -------
    list of NumberMatch
        In order of appearance.  "over 20" and "20+" are lower bounds; "a woman"
        counts as one person, and "a boy" as one child.
    """
    found = []
    age_end = None  # where the last age given after a comma ended ("two women, 44 and 67,")
    for match in NUMBER_PATTERN.finditer(text):
        if match.group("figure") and not match.group("bound"):
            before = text[: match.start()]
            listed_age = age_end is not None and re.fullmatch(
                r"\s*(?:,|and|,\s*and)\s*", text[age_end : match.start()]
            )
            if (_PEOPLE_THEN_COMMA.search(before) or listed_age) and int(match.group("figure")) <= 110:
                # "A man, 58, and two women, 44 and 67, have been injured": ages, not more people.
                age_end = match.end()
                continue
        child = False
        if match.group("couple"):
            value = 2
        elif match.group("relative"):
            # A relative is a child only by a stated age ("her 9-year-old grandson"), never by the word.
            value = 2 if match.group("relative").lower() == "parents" else 1
            child = (
                is_child("", match.group("rage"), match.group("runit"))
                if match.group("rage") is not None
                # "her infant child", "their baby": the word itself says a child
                else bool(match.group("young"))
                or match.group("relative").lower() in ("child", "baby", "infant")
            )
        elif match.group("person") is not None:
            value = 1
            if match.group("late_age"):
                child = is_child(match.group("person"), match.group("late_age"), "year")
            else:
                child = is_child(match.group("person"), match.group("age"), match.group("unit"))
        elif match.group("figure"):
            value = int(match.group("figure").replace(",", ""))
        else:
            value = parse_number_words(match.group("words"))
            if value is None:
                continue
        at_least = bool(match.group("bound")) or bool(match.groupdict().get("plus"))
        person = any(match.group(name) is not None for name in ("relative", "person", "couple"))
        found.append(NumberMatch(value, at_least, match.start(), match.end(), match.group(0), child, person))
    return found
