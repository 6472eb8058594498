"""What a child figure rests on: a word for a child or an age under 18 in the clause its number is read from.

Every reader of counts (English, Ukrainian, Russian) may find children in its own ways ("two of them children",
"серед них 9-річний хлопчик", "четверо неповнолітніх"); whatever way it took, a children figure from a clause
that names no child and states no age under 18 is an adult (or a total) read as a child, and is dropped.
"""

from __future__ import annotations

import re

from data.extraction import vocabulary as V
from data.extraction.numbers import ADULT_AGE, AGE, parse_number_words
from data.extraction.slavic.numbers import age_in_word, hyphened_ages
from data.extraction.slavic.words import AGES_TOLD, CHILD_WORD, TOKEN

_EN_CHILD = re.compile(
    rf"\b(?:{V.CHILD_NOUN}"
    # ("his young son": the word the number reader takes for a child, without an age)
    r"|(?:young|little|infant|baby|newborn)\s+(?:sons?|daughters?|grand(?:son|daughter)s?|brothers?|sisters?))\b",
    re.IGNORECASE,
)
# "a 9-year-old", "an eleven-month-old", "aged 12", "a girl of 6", "their son, 12,"
_EN_AGE = re.compile(
    rf"\b(?P<age>{AGE})[-\s](?P<unit>year|month|week|day)s?[-\s]olds?\b"
    rf"|(?:\baged|\bages)\s+(?P<stated>{AGE})\b"
    rf"|(?:\bof\s+(?P<of>{AGE})\b(?=\s*(?:[,.;:)]|$|years?\b|and\b|was\b|were\b|is\b|died\b))"
    rf"|,\s*(?P<aside>{AGE})\s*,)",
    re.IGNORECASE,
)
# "хлопець 15 років", "девочка 4 лет", "немовля 5 місяців": the ages the Ukrainian and Russian readers know
_SLAVIC_AGE = re.compile(r"(?<!\w)" + AGES_TOLD, re.IGNORECASE)


def _years(word: str) -> int | None:
    return int(word) if word.isdigit() else parse_number_words(word.lower())


def names_a_child(clause: str) -> bool:
    """Whether ``clause`` names a child: a word for one, or an age under 18 (in English, Ukrainian or Russian).

    Examples
    --------
    >>> names_a_child("nine people were hurt, two of them children"), names_a_child("a 76-year-old man died")
    (True, False)
    >>> names_a_child("серед них 9-річний хлопчик"), names_a_child("поранено 45-річну жінку")
    (True, False)
    """
    if _EN_CHILD.search(clause):
        return True
    for match in _EN_AGE.finditer(clause):
        if match.group("unit") and match.group("unit").lower() != "year":
            return True
        years = _years(
            match.group("age") or match.group("stated") or match.group("of") or match.group("aside")
        )
        if years is not None and years < ADULT_AGE:
            return True
    for token in TOKEN.finditer(hyphened_ages(clause)):
        word = token.group(0)
        if CHILD_WORD.match(word):
            return True
        age = age_in_word(word)
        if age is not None and (age[1] or (age[0] is not None and age[0] < ADULT_AGE)):
            return True
    for match in _SLAVIC_AGE.finditer(clause):
        ages = [int(age) for age in re.findall(r"\d+", match.group("ages"))]
        if not match.group("years") or min(ages) < ADULT_AGE:
            return True
    return False


def without_unnamed_children(clause: str, counts: list) -> list:
    """The counts read from ``clause``, less any children figure the clause gives no ground for."""
    if names_a_child(clause):
        return counts
    return [c for c in counts if not c.field.startswith("children_")]
