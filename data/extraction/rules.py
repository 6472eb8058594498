"""The rules of a report's language: clause splitting, place, count and date finding, cues."""

from __future__ import annotations

import re
from dataclasses import dataclass

from data.extraction import slavic
from data.extraction import vocabulary as V
from data.extraction.counts import find_counts
from data.extraction.dates import find_date
from data.extraction.places import find_places, listed_as_hit
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
    other_matter: re.Pattern[str]  # a list told for something else: evacuation, power back, alerts, ...
    listed_as_hit: object  # a verb of hitting told of a list of places


def rules_for(language: str) -> LanguageRules:
    """The rules for a report in ``language``: ``"en"``, or Ukrainian and Russian for any other."""
    if language == "en":
        return LanguageRules(
            V.ATTACK_CUE,
            V.TOTAL_CUE,
            split_clauses,
            find_places,
            find_counts,
            find_date,
            True,
            V.OTHER_MATTER,
            listed_as_hit,
        )
    return LanguageRules(
        slavic.ATTACK_CUE,
        slavic.TOTAL_CUE,
        slavic.split_clauses,
        slavic.find_places,
        slavic.find_counts,
        slavic.find_date,
        False,
        slavic.OTHER_MATTER,
        slavic.listed_as_hit,
    )
