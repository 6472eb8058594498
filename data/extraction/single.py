"""A report about one attack, read as a whole once its events are built (English).

A report that tells one toll, at one place, names other places for other reasons: the cities where blasts were
heard, where the drones flew, the region and its capital the attacked village lies in. Read sentence by sentence
each such name looks like a place of the attack; read over the whole report, only one place has figures, and the
others are no attack unless the report says they were hit.
"""

from __future__ import annotations

import re

from data.extraction.events import CandidateEvent
from data.extraction.folding import fill_missing
from data.extraction.unlisted import population_in
from geo.gazetteer import normalize_name

# A clause that says a place was hit: a verb or noun of hitting, damage or a toll. Not a word that only names the
# weapon ("drones", "missiles") or what was seen or heard of it.
HIT = re.compile(
    r"\b(?:attack(?:s|ed|ing)?|strik(?:e|es|ing)|airstrikes?|struck|hits?|shell\w*|bombard\w*|bomb(?:ed|ing)"
    r"|damag\w*|destroy\w*|destruction|targeted|pounded|fir(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:on|at|upon)|(?:opened|under)\s+(?:\w+\s+)?fire"
    r"|kill\w*|injur\w*|wound\w*|died|dead|casualt\w*|victims?|explosions?|blasts?|fell|debris|arrived|landed|affected|suffered|reached)\b",
    re.IGNORECASE,
)
# What was only seen or heard, or met in the air: no hit on the place.
_SENSED = re.compile(
    r"\b(?:heard|audible|seen|spotted|fl(?:ew|ying)\s+over|shot\s+down|intercepted|downed|alert|air\s+defen[cs]e)\b",
    re.IGNORECASE,
)
# A sentence that says the attack on a place hit nothing there: "an attack on X, but nothing was hit", "no targets
# were reported hit". The place was aimed at, not hit (labelling rule 1).
_NOTHING_HIT = re.compile(
    r"\b(?:no|none\s+of\s+the)\s+(?:reports?\s+(?:of|that)\s+)?(?:any\s+)?(?:targets?|objects?|buildings?|facilities|sites?)"
    r"\s+(?:(?:were|was|being|having\s+been|had\s+been)\s+)?(?:reported\s+)?(?:hit|struck|damaged)\b"
    r"|\bnothing\s+(?:was|had\s+been)\s+(?:hit|struck|damaged)\b|\bwithout\s+hitting\s+(?:any\s+|its\s+)?(?:targets?|anything)\b",
    re.IGNORECASE,
)


# The report's attack pointed back to as what people reacted to, not said of the place: "officials in Kyiv condemned
# the strike", "in Kyiv, the ministry summoned the envoy over the attack" ("condemned the attack on Kyiv" names its
# place, and "in X, the attack left a crater" tells it hit)
_REFERRED = re.compile(
    r"\b(?:over|after|about|following|regarding|into|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing))\s+"
    r"(?:the|this|that|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s|Saturday['’]s|Sunday['’]s)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|shelling|bombardment|bombing)\b"
    r"(?!\s+(?:on|in|against|at|near|targeting|that|which|hit|struck|killed|damaged|destroyed)\b)",
    re.IGNORECASE,
)


def _region(event: CandidateEvent) -> bool:
    """Whether the event is an oblast's own (not a village placed at the oblast's centre for want of a point)."""
    return bool(
        event.geo_precision == "oblast"
        and event.location
        and event.oblast
        and normalize_name(event.oblast).startswith(normalize_name(event.location))
    )


def _told_as_hit(event: CandidateEvent, headlines: set[str], split_clauses, find_places) -> bool:
    """Whether a clause of the body names the place with a word of hitting (and not of a thing seen or heard). The
    clause is the one with the place's name, or, when it is written otherwise (a community's adjective), the ones that
    name a place."""
    names = {n for n in (event.location, event.written) if n}
    for sentence in event.sentences:
        if sentence in headlines or _NOTHING_HIT.search(sentence):
            continue
        clauses = split_clauses(sentence)
        naming = [
            c for c in clauses if any(re.search(rf"(?<!\w){re.escape(n)}", c, re.IGNORECASE) for n in names)
        ] or [c for c in clauses if find_places(c)]
        if any(HIT.search(_REFERRED.sub(" ", c)) and not _SENSED.search(c) for c in naming):
            return True
    return False


def keep_the_one_attack(
    events: list[CandidateEvent], headlines: set[str], split_clauses, find_places
) -> list[CandidateEvent]:
    """The events of a report whose figures are of one attack: one settlement's toll (told perhaps again at the
    village within it, or as its region's), every other place named without figures and never told as hit.

    - The same toll at several settlements of one oblast ("a drone attack on the X region injured a man" with the
      region's capital in the title and "the attack occurred in the village of Y"): the least populous of them, the
      place the attack is narrowed down to; the others are the region and its city told for where Y lies.
    - The region's toll no larger than its settlement's, count by count: the same people, told first by region.
    - A place without figures is kept only if a clause of the body tells it hit; "explosions were heard in A, B and
      C" names cities for the air raid, not attacks.

    A report with tolls in two oblasts, or different tolls at two settlements, is a roundup and is left as it is.
    """
    tolls = [e for e in events if e.location and any(value > 0 for value, _ in e.counts.values())]
    if not tolls or len({e.oblast_iso for e in tolls}) != 1 or tolls[0].oblast_iso is None:
        return events
    towns = [e for e in tolls if not _region(e)]
    regions = [e for e in tolls if _region(e)]
    # (a town whose figures are only the title's, "Drone attack strikes X, injures one", is the body's town told
    # shortly: the body may narrow it down to a village of the same toll)
    titled = [e for e in towns if all(e.evidence.get(name) in headlines for name in e.counts)]
    body = [e for e in towns if e not in titled]
    if len(regions) > 1 or len(body) > 1 or len({tuple(sorted(e.counts.items())) for e in towns}) > 1:
        return events
    dropped: list[CandidateEvent] = []
    town = (
        body[0]
        if body
        else min(towns, key=lambda e: population_in(e.location or "", e.oblast_iso))
        if towns
        else None
    )
    for other in towns:
        if other is not town:
            fill_missing(town, other)
            dropped.append(other)
    for region in regions:
        if town is not None and all(
            value <= town.counts.get(name, (0, False))[0] for name, (value, _) in region.counts.items()
        ):
            fill_missing(town, region)
            dropped.append(region)
    hit = []
    for event in events:
        if event.counts or not event.location or event in dropped:
            continue
        if event.oblast_iso == tolls[0].oblast_iso:
            # (a place of the attack's own region may be an item of the region's day, told with any verb)
            hit.append(event)
            continue
        if _told_as_hit(event, headlines, split_clauses, find_places):
            hit.append(event)
        else:
            dropped.append(event)
    if town is not None and _told_by_region(town, headlines):
        # "Drone strike hits X" as the title, "an attack on the X region hurt a woman" and "the drone hit a barn in
        # the village of Y": the region's capital stands for its region, the one village told hit is where it was
        inside = [
            e
            for e in hit
            if e.oblast_iso == town.oblast_iso
            and not _region(e)
            and _told_as_hit(e, headlines, split_clauses, find_places)
        ]
        if len(inside) == 1:
            fill_missing(inside[0], town)
            dropped.append(town)
    return [e for e in events if not any(e is d for d in dropped)]


def _told_by_region(town: CandidateEvent, headlines: set[str]) -> bool:
    """Whether every figure of a town was read from the title or from a sentence that names its region, not it."""
    name = re.escape(town.location or "")
    # ("the X region", "the region of X")
    region = re.compile(
        rf"(?<!\w){name}\s+(?:region|oblast|province)\b|\b(?:region|oblast|province)\s+of\s+{name}(?!\w)",
        re.IGNORECASE,
    )
    sentences = [town.evidence.get(name, "") for name in town.counts]
    return bool(sentences) and all(s in headlines or region.search(s) for s in sentences)
