"""The rules of a report's language: clause splitting, place, count and date finding, cues."""

from __future__ import annotations

import re
from dataclasses import dataclass

from data.extraction import slavic
from data.extraction import vocabulary as V
from data.extraction.counts import find_counts
from data.extraction.dates import find_date
from data.extraction.places import find_places
from data.extraction.sentences import split_clauses


@dataclass(frozen=True)
class LanguageRules:
    """What differs between English and Ukrainian/Russian reports; the event building is shared."""

    attack_cue: re.Pattern[str]
    total_cue: re.Pattern[str]
    split_clauses: object
    find_places: object
    find_counts: object
    find_date: object
    unplaced: bool  # "an attack on a congress centre" without a place (English only)


def rules_for(language: str) -> LanguageRules:
    """The rules for a report in ``language``: ``"en"``, or Ukrainian and Russian for any other."""
    if language == "en":
        return LanguageRules(
            V.ATTACK_CUE, V.TOTAL_CUE, split_clauses, find_places, find_counts, find_date, True
        )
    return LanguageRules(
        slavic.ATTACK_CUE,
        slavic.TOTAL_CUE,
        slavic.split_clauses,
        slavic.find_places,
        slavic.find_counts,
        slavic.find_date,
        False,
    )
