"""Which place a mention or an event is, once the report around it is known: of the places with one name, the
one in the oblast the report names, under the heading it stands under, or where the report's other places lie; a
community told by its adjective at its hromada's centre; a village named or inflected again the place it was before;
the oblast a list of places lies in, whose event a toll told after the list is (``region_of_list``).

``places.py``, ``lookup.py`` and ``slavic/`` find the names of a clause and the gazetteer's likeliest reading of
each; this module revisits that reading with what the rest of the report says. ``folding.py`` then folds the events
so placed into each other.
"""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

from data.extraction import slavic
from data.extraction.events import CandidateEvent, place_event
from data.extraction.lookup import MIN_POPULATION_FOR_ALTERNATE, Mention
from data.extraction.slavic.places import SHARED_COMMUNITY_NOUN_AFTER, community_centre
from data.extraction.slavic.villages import candidates as village_candidates
from geo.gazetteer import load_gazetteer, normalize_name
from geo.oblasts import find_oblast
from geo.romanisation import national_spelling, skeleton
from geo.settlements import find_settlements


def with_named_before(
    clause: str, mentions: list[Mention], events: dict[tuple[str, str], CandidateEvent]
) -> list[Mention]:
    """ "the village of Kindiyky" then "... fatal injuries in Kindiyky": a settlement the gazetteer does
    not list, kept by its name, is the same place when the report names it again without "village of"."""
    added = []
    for event in events.values():
        name = event.location
        if event.latitude is not None or not name or event.geo_precision != "unknown":
            continue
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", clause):
            if not any(m.start <= match.start() < m.end for m in mentions):
                added.append(Mention(name, match.start(), match.end(), "settlement", True, place_name=name))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def with_inflected_before(
    clause: str, mentions: list[Mention], events: dict[tuple[str, str], CandidateEvent]
) -> list[Mention]:
    """ "обстреляли Купянск и Двуречную", then "В Двуречной ... ранен мужчина": a Russian feminine or neuter
    adjectival village name the report placed once (in a list) is the same place in another case, which the gazetteer
    does not bring back to its Ukrainian name alone; not a raion's or community's adjective."""
    added = []
    for (precision, name), event in events.items():
        written = event.written or ""
        if (
            precision != "settlement"
            or not event.location
            or not re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]+", written)
        ):
            continue
        ending = re.search(r"(?:ая|ую|ой|ое)$", written)
        if ending is None or len(written) - len(ending.group(0)) < 4:
            continue
        stem = written[: ending.start()]
        for match in re.finditer(rf"(?<![\w'’ʼ-]){re.escape(stem)}(?:ая|ую|ой|ое)(?![\w'’ʼ-])", clause):
            if re.match(r"\s+(?:район|громад|общин|област|ОТГ)", clause[match.end() :], re.IGNORECASE):
                continue  # (a raion's or community's adjective, no village)
            if not any(m.start < match.end() and match.start() < m.end for m in mentions + added):
                added.append(
                    Mention(
                        match.group(0),
                        match.start(),
                        match.end(),
                        "settlement",
                        True,
                        oblast_iso=event.oblast_iso,
                        place_name=name,
                        latitude=event.latitude,
                        longitude=event.longitude,
                        oblast=event.oblast,
                    )
                )
    if not added:
        return mentions
    # ("В Двуречной Купянского района": the raion after the village only says where it lies)
    mentions = [
        m
        for m in mentions
        if not any(
            0 <= m.start - a.end <= 2 and re.match(r"\s*район", clause[m.end :], re.IGNORECASE) for a in added
        )
    ]
    return sorted([*mentions, *added], key=lambda m: m.start)


def place_under_heading(event: CandidateEvent, oblast_iso: str) -> None:
    """ "Sumy region" on a line of its own, then "In Mykolaivka, ...": of the places with that name, the one in
    the heading's oblast, even when a larger namesake lies elsewhere (a heading says where, a passing mention
    of an oblast does not)."""
    if event.geo_precision != "settlement" or event.oblast_iso == oblast_iso or not event.location:
        return
    gazetteer = load_gazetteer()
    key = normalize_name(event.location)
    rows = [
        r
        for r in (gazetteer.primary.get(key) or gazetteer.index.get(key) or [])
        if gazetteer.places.oblast_iso.iloc[r] == oblast_iso
    ]
    if rows:
        _move_to(event, gazetteer.best_place(rows))


def _move_to(event: CandidateEvent, place, rename: bool = True) -> None:
    """Put the event at the gazetteer's ``place`` (its name too, unless ``rename`` is off)."""
    if rename:
        event.location = place.name
    event.oblast_iso, event.oblast = place.oblast_iso, place.oblast
    event.latitude, event.longitude = place.latitude, place.longitude


# A community noun before the adjectives it names ("по двум общинам – Марганецкой и Покровской")
_COMMUNITY_NOUN_BEFORE = re.compile(
    r"(?:громад|общин)\w*\s*[–—:-]?\s*(?:[А-ЯІЇЄҐ][\w'’ʼ-]*\s*(?:,|і|й|та|и)\s*)*$"
)


def _community_centre_of(
    event: CandidateEvent, events: list[CandidateEvent], oblasts: set[str] | None = None
):
    """ "У Покровській громаді" in a report on the Nikopol district: of the oblast's places a community adjective may
    name (Pokrov, Pokrovske), the centre of the hromada of that name in the raion of the report's other places
    (the district's bare "Покровська" is Покровське's hromada, labelling rule 4), not the larger town; None when
    the event was not told as a community or the settlements table does not say which. Without ``oblasts``, the
    raion most of the other places lie in decides, and its oblast."""
    sentence = next((s for s in event.sentences if event.written and event.written in s), "")
    # (the noun right after it, or after the adjectives listed with it: "Покровская, Марганецкая ... общины")
    noun = SHARED_COMMUNITY_NOUN_AFTER.match(
        sentence[sentence.index(event.written) + len(event.written) :] if sentence else ""
    )
    if noun is None and not (
        sentence and _COMMUNITY_NOUN_BEFORE.search(sentence[: sentence.index(event.written)])
    ):
        return None
    # (the raions of the other places whose name says which: a Pokrovske of several raions says nothing)
    homes = [
        {(s.oblast_iso, s.raion_uk) for s in find_settlements(other.location, other.oblast_iso)}
        for other in events
        if other is not event and other.geo_precision == "settlement" and other.location
    ]
    votes = Counter(pair for home in homes if len(home) == 1 for pair in home)
    if oblasts is None:
        # ("Никополь, Мировская, Покровская, Марганецкая и Межевская общины": four of the Nikopol district, one of
        # the Synelnykove district, so the Nikopol district's hromada of the name)
        ranked = votes.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        raions = frozenset({ranked[0][0]})
        oblasts = {ranked[0][0][0]}
    else:
        raions = frozenset(votes)
    qualifier = (noun.group("own") or noun.group("qualifier")) if noun else ""
    centre = community_centre(event.written, oblasts, qualifier, raions) if raions else None
    if centre is None or centre.located not in ("own", "hromada"):
        return None
    oblast = find_oblast(centre.oblast_iso)
    return SimpleNamespace(
        name=centre.name,
        oblast_iso=centre.oblast_iso,
        oblast=oblast.name if oblast is not None else None,
        latitude=centre.latitude,
        longitude=centre.longitude,
    )


def settle_community_adjectives(events: list[CandidateEvent]) -> None:
    """ "Марганецкой и Покровской общинам" beside Nikopol: a community told by its adjective is the centre of the
    hromada of that name in the raion most of the report's other places lie in (the Nikopol district's Pokrovske,
    labelling rule 4), when that is not where the clause put it (Pokrov, or Pokrovsk of Donetsk oblast)."""
    for event in events:
        if event.geo_precision != "settlement" or not event.written or event.written == event.location:
            continue
        centre = _community_centre_of(event, events)
        if centre is not None and (centre.name, centre.oblast_iso) != (event.location, event.oblast_iso):
            _move_to(event, centre)


def settle_namesakes_by_the_others(events: list[CandidateEvent]) -> None:
    """ "В селе Сотницкий Казачок ..., в селе Ивашки – ..." in a report on Kharkiv oblast's villages that names no
    oblast: a village the gazetteer put at a small namesake of another oblast is the village of that name in the
    settlements table in the oblast all the report's other places lie in (three or more of them, none elsewhere)."""
    placed = [e for e in events if e.geo_precision == "settlement" and e.oblast_iso and e.location]
    gazetteer = load_gazetteer()
    for event in placed:
        others = {e.oblast_iso for e in placed if e is not event}
        if len(others) != 1 or len(placed) < 4 or event.oblast_iso in others:
            continue
        (oblast_iso,) = others
        key = normalize_name(event.location)
        rows = gazetteer.primary.get(key) or gazetteer.index.get(key) or []
        if (
            max((gazetteer.places.population.iloc[r] for r in rows), default=0)
            >= MIN_POPULATION_FOR_ALTERNATE
        ):
            continue  # (a town of that size is what its name means)
        there = find_settlements(event.location, oblast_iso)
        if len(there) == 1:
            oblast = find_oblast(oblast_iso)
            _move_to(
                event,
                SimpleNamespace(
                    name=event.location,
                    oblast_iso=oblast_iso,
                    oblast=oblast.name if oblast is not None else None,
                    latitude=there[0].latitude,
                    longitude=there[0].longitude,
                ),
            )


def prefer_named_oblasts(
    events: list[CandidateEvent],
    oblasts: set[str],
    stay: int = MIN_POPULATION_FOR_ALTERNATE,
    beside: list[CandidateEvent] | None = None,
    stay_unmatched: int | None = None,
) -> None:
    """ "the Kharkiv region" ... "the town of Pervomaiskyi": of the places with that name, the one in
    the oblast the report names (the gazetteer alone picks the most populous). A namesake elsewhere of ``stay``
    people or more is what the name means. ``beside``: the report's events, when ``events`` are only some of them.
    ``stay_unmatched``: the size from which a town stays when the named oblast has no place of its name (``stay``
    when not given)."""
    if not oblasts:
        return
    gazetteer = load_gazetteer()
    for event in events:
        if (
            event.geo_precision == "unknown"
            and event.location
            and event.oblast_iso not in oblasts
            and event.latitude is None
            and len(oblasts) == 1
        ):
            # "в с. Новоосиново ..." in a report on one oblast: a village the gazetteer does not list lies there.
            (event.oblast_iso,) = oblasts
            oblast = find_oblast(event.oblast_iso)
            event.oblast = oblast.name if oblast is not None else None
            continue
        if event.geo_precision != "settlement" or event.oblast_iso in oblasts or not event.location:
            continue
        # "Миколаївська громада" in a report on Sumy oblast: of the places a community adjective may name,
        # one in the oblast the report names (Mykolaivka there), even when the likeliest is a city elsewhere.
        rows = [
            r
            for other in event.alternatives
            for r in (
                gazetteer.primary.get(normalize_name(other.place_name or other.name))
                or gazetteer.index.get(normalize_name(other.place_name or other.name))
                or []
            )
            if gazetteer.places.oblast_iso.iloc[r] in oblasts
        ]
        centre = _community_centre_of(event, beside or events, oblasts) if len(rows) > 1 else None
        if centre is not None:
            _move_to(event, centre)
            continue
        if rows:
            _move_to(event, gazetteer.best_place(rows))
            continue
        key = normalize_name(event.location)
        every = gazetteer.primary.get(key) or gazetteer.index.get(key) or []
        written = re.escape(event.written or event.location)
        as_community = any(
            re.search(
                rf"\b{written}\s+(?:rural\s+|urban\s+|village\s+|settlement\s+)?(?:community|hromada)\b", s
            )
            for s in event.sentences
        )
        size = max((gazetteer.places.population.iloc[r] for r in every), default=0)
        if (
            (
                size >= stay
                or (
                    stay_unmatched is not None
                    and size >= stay_unmatched
                    and not any(gazetteer.places.oblast_iso.iloc[r] in oblasts for r in every)
                )
            )
            # ("a farm in the Mykolaivka hromada, Sumy Oblast": a community of the oblast the report names
            # is the namesake there, not the larger town of another oblast)
            and not (as_community and any(gazetteer.places.oblast_iso.iloc[r] in oblasts for r in every))
        ):
            continue  # a town of that size is what the name means (Kamianske, even in a report on Zaporizhzhia)
        rows = [r for r in every if gazetteer.places.oblast_iso.iloc[r] in oblasts]
        if not rows:
            if len(oblasts) == 1 and every:
                # Only a small namesake elsewhere: the report's town in its oblast is one the gazetteer
                # does not list.  Kept by its name in that oblast, listed but not mapped.
                (event.oblast_iso,) = oblasts
                oblast = find_oblast(event.oblast_iso)
                event.oblast = oblast.name if oblast is not None else None
                event.latitude = event.longitude = None
                event.geo_precision = "unknown"
                if (
                    event.written
                    and re.fullmatch(
                        r"[A-Za-z][A-Za-z'’ -]*", event.written
                    )  # (not an inflected Cyrillic form)
                    and skeleton(event.written) != skeleton(event.location)
                ):
                    # "Pushkino" was found as an old name of Mizhlisne (Zakarpattia): the report's village is
                    # none of the gazetteer's, so it keeps the name it was given (a respelling, "Tavricheskoye"
                    # for Tavriiske, keeps the Ukrainian spelling)
                    event.location = national_spelling(event.written)
            continue
        _move_to(event, gazetteer.best_place(rows), rename=False)


def _oblast_of_long_list(focus: list[CandidateEvent]) -> str | None:
    """The oblast of a list of ten places or more that nine in ten of them may be in: each place by the oblast the
    gazetteer put it in and every oblast the settlements table has a village of its name in (the list's villages
    are put in their oblast only after the report is read: "Шляхове" is a village of Odesa oblast until then)."""
    if len(focus) < 10:
        return None
    votes: Counter = Counter()
    for event in focus:
        names = {event.location or "", event.written or ""} - {""}
        votes.update(
            {event.oblast_iso, *(s.oblast_iso for n in names for s in village_candidates(n))} - {None}
        )
    if not votes:
        return None
    iso, most = votes.most_common(1)[0]
    return iso if 10 * most >= 9 * len(focus) else None


def _oblast_of_short_list(focus: list[CandidateEvent]) -> str | None:
    """The one oblast a list of three to nine places may all lie in, while some of its names are not yet placed
    ("the Aska, Bilska and Volotska communities": a community adjective the gazetteer lacks is put in its oblast
    only after the report is read) or are placed at a namesake elsewhere. Each placed name may lie in its
    gazetteer oblast or in any oblast the settlements table has a village of its name in; the oblast must be
    open to every placed name, and the placed names at least two and no fewer than those not placed. Of several
    oblasts open to all of them, the one the gazetteer puts any of them in, when it is one."""
    if not 3 <= len(focus) < 10:
        return None
    placed = [e for e in focus if e.oblast_iso is not None]
    if len(placed) < 2 or 2 * len(placed) < len(focus):
        return None
    common: set[str] | None = None
    for event in placed:
        names = {event.location or "", event.written or ""} - {""}
        open_to = {event.oblast_iso, *(s.oblast_iso for n in names for s in village_candidates(n))} - {None}
        common = open_to if common is None else common & open_to
    if common and len(common) > 1:
        common &= {e.oblast_iso for e in placed}
    return next(iter(common)) if common and len(common) == 1 else None


_UNIT_NOUN = re.compile(r"(?<![\w'’ʼ-])(район\w*|громад\w*|общин\w*|ОТГ|ТГ)(?![\w'’ʼ-])", re.IGNORECASE)


def _told_as_raion(event: CandidateEvent) -> bool:
    """Whether an area named by its adjective is a raion ("Білопільського району") rather than a hromada
    ("Білопільської та Ворожбянської громад"): the first unit noun after its name in its sentences; a raion when none
    is found (as every area was taken before)."""
    written = event.written or event.location or ""
    for sentence in event.sentences:
        at = sentence.find(written)
        noun = _UNIT_NOUN.search(sentence, at + len(written)) if written and at >= 0 else None
        if noun is not None:
            return noun.group(1).lower().startswith("район")
    return True


def oblast_of_list(focus: list[CandidateEvent]) -> str | None:
    """The oblast a list of places lies in while some of its names are still at a namesake of another oblast (a
    long list nine in ten of whose names may lie there, or a short one all of whose names may): the list's
    villages are put in their oblast only after the report is read ("Черешеньки" is a village of Chernivtsi oblast
    until then)."""
    return _oblast_of_long_list(focus) or _oblast_of_short_list(focus)


def region_of_list(
    focus: list[CandidateEvent], events: dict[tuple[str, str], CandidateEvent], rules, sentence: str
) -> CandidateEvent | None:
    """ "attacked A, B and C" then "Three people were injured": a toll told after a list of places hit and placed in
    none of them is the region's (docs/labelling.md rule 3), the oblast all of them are in: its event in the report,
    or a new one (as the oblast is named beside the list, else the gazetteer's).  None when the places are fewer
    than three (two towns in Ukrainian and Russian) or span several oblasts.  A long list with one or two names the
    gazetteer puts elsewhere (a village named like a town of another oblast: "Біляївка", "Українка" in a list of 37
    Kherson villages) is still of the oblast nearly all of them are in."""
    isos = {e.oblast_iso for e in focus}
    # (a name not yet placed is one of the list's places too: "the A, B, Cska and Dska communities" is four)
    settled = [e for e in focus if e.geo_precision in ("settlement", "unknown")]
    if len(settled) < 2 or (
        len(settled) == 2
        and (rules.unplaced or any(e.only_as_district and _told_as_raion(e) for e in settled))
    ):
        # (in Ukrainian and Russian, two towns are "several places" too: "обстреляли A и B. Ранен мужчина" is the
        # region's, rule 4, and so are two hromadas: "обстріли Aської та Bської громад. Загинули троє"; two raions
        # named by their adjectives are left to the raions' own sentences, which usually follow)
        return None
    if len(isos) != 1 or None in isos:
        iso = oblast_of_list(focus)
        if iso is None:
            return None
    else:
        (iso,) = isos
    known = [
        # (not a village put at its oblast's point because the oblast has several of that name: "Качкарівка")
        e
        for e in events.values()
        if e.geo_precision == "oblast" and e.oblast_iso == iso and find_oblast(e.location or "") is not None
    ]
    if known:
        known[
            0
        ].region_scope = True  # (its toll told over the places listed: not folded into the first of them)
        return known[0]
    named = [
        m
        for e in focus
        for told_in in e.sentences
        for m in rules.find_places(told_in)
        if m.precision == "oblast" and m.oblast_iso == iso
    ]
    mention = named[0] if named else slavic.oblast_mention(find_oblast(iso))
    region = events[mention.key] = place_event(mention, sentence)
    region.region_scope = True  # (spread over the places listed: not folded into the first of them)
    return region
