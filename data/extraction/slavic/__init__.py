"""Ukrainian and Russian reports: numbers, casualty words, inflected place names and dates.

Regional military administrations, the State Emergency Service and local media
publish first in Ukrainian (some outlets in Russian).  Both languages inflect: a
city is "Харків" as a subject, "у Харкові" where something happened, "Харкова"
after "мер"; a number is "троє", "трьох", "3"; an oblast is "Харківська область",
"Харківської області" or "Харківщина".  The rules here bring every word back to a
form the gazetteer and the counting rules know:

- **lemmas** come from pymorphy3 with its OpenCorpora-derived dictionaries
  (``pymorphy3-dicts-uk``, ``pymorphy3-dicts-ru``), which also inflect an adjective
  back to its nominative ("Харківської" -> "харківська");
- **number words** come from num2words (every cardinal it writes, 0-1000, lemmatised
  by pymorphy3), plus the collective numerals ("семеро", "двоє", "п'ятеро") that it
  does not write;
- **place names** the dictionaries do not know ("Костянтинівці", "Запоріжжі") are
  tried with the case endings of Ukrainian and Russian nouns removed, and the
  і/о alternation of names like Харків/Харкова undone, until the gazetteer knows
  one form exactly.

Everything is offline and deterministic.

The rules are split by subject; each module imports only the ones above it:

- ``words``: casualty words, attack and total cues, clause splitting;
- ``numbers``: lemmas, number words, ages, the numbers of a text;
- ``counts``: casualty counts of a clause;
- ``names``: place-name forms, oblast names, words that are no place;
- ``resolve``: an inflected name resolved to a gazetteer place;
- ``villages``: a name looked up in the settlements table (spellings, a Russian name's sound, common words);
- ``places``: the places of a clause;
- ``dates``: dates.

They stand on the language-neutral modules of ``data.extraction`` (``lookup``, ``counts``, ...),
never the other way round: the English side reaches these rules through this package.
"""

from __future__ import annotations

from data.extraction.slavic.counts import find_counts, toll_kind
from data.extraction.slavic.dates import find_date
from data.extraction.slavic.names import oblast_mention
from data.extraction.slavic.numbers import analyzer, find_numbers, lemmas, number_value
from data.extraction.slavic.places import find_places, listed_as_hit
from data.extraction.slavic.resolve import resolve_place
from data.extraction.slavic.words import (
    AGGRESSION_TOLL,
    ATTACK_CUE,
    COUNTRY_WIDE,
    EARLIER_CUE,
    LIST_HIT,
    OTHER_MATTER,
    TOTAL_CUE,
    split_clauses,
)

__all__ = [
    "AGGRESSION_TOLL",
    "ATTACK_CUE",
    "COUNTRY_WIDE",
    "EARLIER_CUE",
    "LIST_HIT",
    "OTHER_MATTER",
    "TOTAL_CUE",
    "analyzer",
    "find_counts",
    "find_date",
    "find_numbers",
    "find_places",
    "lemmas",
    "listed_as_hit",
    "number_value",
    "oblast_mention",
    "resolve_place",
    "split_clauses",
    "toll_kind",
]
