"""Communities (hromadas) named in English reports, tied to their centre town through the settlements table.

An English roundup names a hromada by its adjective or by a noun cut from it, in spellings the gazetteer does not
hold: "the Seredyno-Budska community" (Середино-Будська, centre Seredyna-Buda), "Khotyn community" (Хотінська, centre
Khotin, not the town of Khotyn in another oblast), Russian-style "the Miropolskaya hromada" (Миропільська, centre
Myropillia). Labelling rule 4: a hromada named by its adjective is its centre town. The extractor keeps such a name
as an event it cannot map (``geo_precision`` "unknown") in the oblast the report is about; once the report is read,
:func:`place_communities` looks the name up among the hromadas of that oblast in ``geo/settlements.py`` (``hromada_centres``) by the
consonants of its stem (vowels differ between the Russian, Ukrainian and romanised spellings: Miropol-, Myropil-),
and puts the event at the hromada's centre, the first settlement the codifier lists in it. Only a name told as a
community (followed by "community" / "hromada", or written as an adjective) is looked up, and only when one
hromada of the oblast matches; an event at a town the report already names is folded into that town's. Where a raion
has two hromadas of one adjective, :func:`read_shared_adjectives` decides, once the areas are dropped, which centre the
bare adjective names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from data.extraction.events import CandidateEvent
from data.extraction.folding import fill_missing
from geo.gazetteer import load_gazetteer, normalize_name
from geo.oblasts import find_oblast
from geo.settlements import (
    SHARED_ADJECTIVE_READS,
    at_point,
    find_settlements,
    hromada_centres,
    hromada_code,
    one_centre,
    unit_centres,
)

# A community's adjective in Latin letters, in the feminine of "громада" ("Khotynska", Russian-style "Miropolskaya");
# "-ske", "-skyi" end towns' own names too (Pokrovske, Pervomaiskyi), so those are looked up only before the noun
_ADJECTIVE_ENDING = re.compile(r"(?<=[a-z])sk(?:a|aya|aia|aja)$", re.IGNORECASE)
_COMMUNITY_NOUN = r"(?:(?:territorial|urban|rural|village|settlement)\s+)?(?:communit(?:y|ies)|hromadas?)\b"


def _told_as_community(event: CandidateEvent) -> bool:
    written = event.written or event.location or ""
    if _ADJECTIVE_ENDING.search(written):
        return True
    listed = rf"{re.escape(written)}(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'’-]+)*\s+{_COMMUNITY_NOUN}"
    # ("The shelled communities include A, B and C": the list after the noun)
    after = (
        # ("the communities of Velyka Pysarivka, Bilopillia and Novoslobidske": a two-word name among them)
        # ("three communities of the region: A, B and C", "the communities: A and B": the list after a colon)
        rf"\bcommunities\s+(?:(?:of|include[sd]?|including|such\s+as)\s+|(?:of\s+the\s+(?:region|oblast)\s*)?:\s*)"
        rf"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s*|,?\s+and\s+))*"
        rf"{re.escape(written)}(?![\w'’-])"
    )
    return any(re.search(listed, sentence) or re.search(after, sentence) for sentence in event.sentences)


def _report_oblast(events: list[CandidateEvent], but: CandidateEvent) -> str | None:
    """The oblast at least two thirds of the report's other places lie in (three places or more), if one."""
    oblasts = [e.oblast_iso for e in events if e is not but and e.oblast_iso and e.geo_precision != "oblast"]
    if len(oblasts) < 3:
        return None
    top = max(set(oblasts), key=oblasts.count)
    return top if 3 * oblasts.count(top) >= 2 * len(oblasts) else None


def _to_centre_of_report_oblast(
    event: CandidateEvent, events: list[CandidateEvent], oblast_of: Callable[[CandidateEvent], str | None]
) -> None:
    """A community the gazetteer read as a town ("Mykolaiv community" in a list of the Sumy region's communities, read
    as the city of Mykolaiv; "the Berezivska community", read as a village Berezivka) is the hromada of that name in
    the oblast the report is about, at its centre (Mykolaivka; Bereza), when that oblast has one such hromada and its
    centre is another place than the one read."""
    if event.geo_precision != "settlement" or not event.location or not _told_as_community(event):
        return
    written = event.written or event.location
    if not written.isascii():
        return
    oblast = oblast_of(event) or _report_oblast(events, event)
    if oblast is None or (oblast == event.oblast_iso and not _ADJECTIVE_ENDING.search(written)):
        return  # (a town named by its noun in its own oblast is that town)
    centre = one_centre(hromada_centres(written, oblast))
    if centre is None or normalize_name(centre.name) == normalize_name(event.location):
        return
    if centre.located not in ("own", "hromada"):
        return
    found = find_oblast(centre.oblast_iso)
    event.location, event.oblast_iso = centre.name, centre.oblast_iso
    event.oblast = found.name if found is not None else event.oblast
    event.latitude, event.longitude = centre.latitude, centre.longitude


def place_communities(
    events: list[CandidateEvent], oblast_of: Callable[[CandidateEvent], str | None] = lambda event: None
) -> list[CandidateEvent]:
    """Put each unmapped event named as a hromada at its centre town (see the module); the events, a town named
    twice folded into one.  ``oblast_of`` gives the oblast an event's own sentence names, for an event the report
    gave none (a report on several oblasts); with none, only a hromada whose name no other oblast has is taken."""
    for event in events:
        _to_centre_of_report_oblast(event, events, oblast_of)
        if (
            event.geo_precision != "unknown"
            or event.latitude is not None
            or not event.location
            or not event.location.isascii()
            or not _told_as_community(event)
        ):
            continue
        centre = one_centre(
            hromada_centres(event.written or event.location, event.oblast_iso or oblast_of(event))
        )
        if centre is None:
            continue
        point = (centre.latitude, centre.longitude) if centre.located in ("own", "hromada") else None
        if point is None:
            # (the codifier's point is no nearer than the raion's: the gazetteer's town of that name in the oblast)
            gazetteer = load_gazetteer()
            key = normalize_name(centre.name)
            rows = [
                r
                for r in (gazetteer.primary.get(key) or gazetteer.index.get(key) or [])
                if gazetteer.places.oblast_iso.iloc[r] == centre.oblast_iso
            ]
            if not rows:
                continue
            place = gazetteer.best_place(rows)
            point, name = (place.latitude, place.longitude), place.name
        else:
            name = centre.name
        oblast = find_oblast(centre.oblast_iso)
        event.location = name
        event.oblast_iso, event.oblast = (
            centre.oblast_iso,
            oblast.name if oblast is not None else event.oblast,
        )
        event.latitude, event.longitude = point
        event.geo_precision = "settlement"
    result: list[CandidateEvent] = []
    for event in events:
        same = next(
            (
                e
                for e in result
                if e.geo_precision == "settlement"
                and event.geo_precision == "settlement"
                and e.oblast_iso == event.oblast_iso
                and e.location
                and event.location
                and normalize_name(e.location) == normalize_name(event.location)
            ),
            None,
        )
        if same is None:
            result.append(event)
        else:
            fill_missing(same, event)
    return result


# "the Kurakhivska community", "Semenivska hromada": a community's adjective before its noun
_ADJECTIVE_BEFORE_NOUN = re.compile(r"\b([A-Z][\w'’-]+sk(?:a|aya|aia))\s+(?:communit(?:y|ies)|hromadas?)\b")


# "the communities of A, B, C and D": the list after the noun, each name a community
_COMMUNITIES_OF = re.compile(
    r"\bcommunities\s+of\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s*|,?\s+and\s+))*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)


def _home_unit(event: CandidateEvent) -> str | None:
    """Which unit an event named only as an area is: "raion_uk" for a district ("the Kupiansk district"), "hromada_uk"
    for a community ("the Kurakhivska community", "Semenivska"); None for a place named as itself."""
    if event.geo_precision != "settlement" or not event.location:
        return None
    written = re.escape(event.written or event.location)
    # ("Sumy region" is the oblast, not the town named as itself; "the Nikopol region" is the town's raion)
    oblast = "|regions?|oblasts?" if find_oblast(event.written or event.location) else ""
    if not _ADJECTIVE_ENDING.search(event.written or event.location) and any(
        re.search(
            rf"\b{written}\b(?!['’-])(?!\s+(?:urban\s+|rural\s+|village\s+|settlement\s+|territorial\s+)?"
            rf"(?:districts?|raions?|communit(?:y|ies)|hromadas?{oblast})\b)(?!(?:,\s*[A-Z][\w'’-]+)*,?\s+and\s+[A-Z][\w'’-]+\s+(?:districts|raions|communities|hromadas)\b)",
            # ("The communities of A, B and C came under fire": the names listed after the noun are communities)
            _COMMUNITIES_OF.sub(" ", s),
        )
        for s in event.sentences
    ):
        return None  # (named as itself too: "A, B and the X outskirts are under fire")
    if any(re.search(rf"{written}\s+(?:districts?|raions?)\b", s, re.IGNORECASE) for s in event.sentences):
        return "raion_uk" if event.only_as_district else None
    if _told_as_community(event) or any(
        normalize_name(c.name) == normalize_name(event.location)
        for s in event.sentences
        for adjective in _ADJECTIVE_BEFORE_NOUN.findall(s)
        for c in hromada_centres(adjective, event.oblast_iso)
    ):
        # ("In Kurakhivska community, houses in A and B were damaged": the event found at the centre's name)
        return "hromada_uk"
    # (a district heading its lines: "The X district:" over its villages' items)
    return "raion_uk" if event.only_as_district else None


def _skeleton(name: str) -> str:
    return re.sub(r"[^a-z]", "", normalize_name(name))


def _area(event: CandidateEvent) -> tuple[str, str] | None:
    """The hromada or raion an event named only as an area stands for, as (column, Ukrainian name) of the
    settlements table; None for a place named as itself. A "district" that no raion is named after ("In the Kholmy
    district" of a translation: a village council) is its hromada."""
    unit = _home_unit(event)
    if unit is None or not event.location:
        return None
    seats = find_settlements(event.location, event.oblast_iso)
    if not seats:
        return None
    if unit == "raion_uk" and not _skeleton(seats[0].raion).startswith(_skeleton(event.location)[:3]):
        unit = "hromada_uk"
    return unit, getattr(seats[0], unit)


def _may_lie_in(other: CandidateEvent, home: CandidateEvent, dropped: list[CandidateEvent]) -> bool:
    """Whether ``other`` is another settlement event, still kept, that may lie in ``home``'s community or raion."""
    return not (
        other is home
        or any(other is d for d in dropped)
        or not other.location
        or other.geo_precision not in ("settlement", "unknown")
        or other.oblast_iso not in (None, home.oblast_iso)
        or normalize_name(other.location) == normalize_name(home.location)
    )


def _zero_of_both(home: CandidateEvent, place: CandidateEvent) -> bool:
    """Whether an area's zeros are its place's too, read from one sentence: "A, B and C were shelled; no one was
    injured" then "a barn burned in X, a village of the B community" (the report's closing or opening
    zero, given to every place)."""
    return bool(home.counts) and all(
        place.evidence.get(name) is not None and place.evidence.get(name) == home.evidence.get(name)
        for name in home.counts
    )


def _the_town_or_namesakes(place: CandidateEvent, name: str, home: CandidateEvent) -> list:
    """The settlements of ``home``'s oblast a place named hit may be: the town the event was put at when it is one
    (Semenivka the town of the Novhorod-Siverskyi raion, not the village of that name in the Koriukivka raion told
    hit beside it), else every settlement of its name (of two villages named Donets, the one of the district the
    report names)."""
    rows = find_settlements(name, home.oblast_iso)
    town = [s for s in at_point(rows, place.latitude, place.longitude) if s.category == "city"]
    return town or rows


def drop_homes_of_named_places(events: list[CandidateEvent]) -> list[CandidateEvent]:
    """A district or community with no figures of its own, when the report names a place of it as hit: "four
    communities were shelled: A, B, C and D" then "- A community: two shells fell by the village of X";
    "fired at the Y and Z districts", then "a man was killed in the village of W in the Z district". The area is the
    home of the place hit, not its centre town's attack (labelling rule 4: the villages only; a raion only where the
    report says the place is in it). The settlements table says which villages lie in the hromada or raion."""
    dropped = []
    for home in events:
        area = _area(home)
        if area is None or (home.counts and not all(value == 0 for value, _ in home.counts.values())):
            continue
        unit, name = area
        for other in events:
            if not _may_lie_in(other, home, dropped):
                continue
            if (_area(other) or ("",))[0] == unit:
                continue  # (another community, another district: "the Marhanets and Pokrovska communities")
            if home.counts and (
                other.counts != home.counts
                or other.geo_precision != "settlement"
                or (
                    home.evidence.get("location") != other.evidence.get("location")
                    and not _zero_of_both(home, other)
                )
            ):
                continue  # (an area's "no one was hurt" is its place's only when told of both)
            # (the gazetteer's spelling or the report's: "Vovchanski Khutori" is the table's "Vovchanski Khutory")
            names = {other.location, other.written or other.location}
            if any(
                getattr(s, unit) == name for each in names for s in _the_town_or_namesakes(other, each, home)
            ):
                dropped.append(home)
                break
    return [e for e in events if not any(e is d for d in dropped)]


def read_shared_adjectives(events: list[CandidateEvent], text: str) -> None:
    """ "Nikopol, the Marhanets and Pokrovsk communities" in English: where a raion has two hromadas of one
    adjective (the Nikopol district's Pokrov city hromada and Pokrovske village hromada), the bare adjective is the
    one the labelling guide reads it as (rule 4, fifth amendment; :data:`geo.settlements.SHARED_ADJECTIVE_READS`),
    as the Ukrainian and Russian reading takes it. Only a place the report never writes by its own name (a report
    that writes "Pokrov" means the town), and not when the report names the other centre's namesake too (two
    places of one name would be one event)."""
    names = {normalize_name(e.location) for e in events if e.geo_precision == "settlement" and e.location}
    for event in events:
        if event.geo_precision != "settlement" or not event.location or event.latitude is None:
            continue
        if re.search(rf"(?<![\w'’-]){re.escape(event.location)}(?![\w'’-])", text):
            continue
        for own in find_settlements(event.location, event.oblast_iso):
            centres = hromada_centres(own.hromada, own.oblast_iso)
            if hromada_code(own.katottg) in SHARED_ADJECTIVE_READS or own.katottg not in {
                c.katottg for c in centres
            }:
                continue
            read = next(
                (
                    c
                    for c in centres
                    if c.raion_uk == own.raion_uk and hromada_code(c.katottg) in SHARED_ADJECTIVE_READS
                ),
                None,
            )
            if read is None or normalize_name(read.name) in names:
                continue
            names.add(normalize_name(read.name))
            event.location = read.name
            event.latitude, event.longitude = read.latitude, read.longitude
            break


# A hromada's adjective in Ukrainian or Russian, in any case of the feminine ("Куцурубській", "Первомайська",
# "Покровскую"): a village's own adjectival name is neuter (Первомайське) and a raion's masculine
_CYRILLIC_HROMADA = re.compile(r"(?:ськ|цьк|зьк|ск|цк)(?:а|ої|ій|у|ою|ая|ой|ую|ою)$", re.IGNORECASE)


def _told_as_hromada(event: CandidateEvent) -> bool:
    """Whether an event's Cyrillic name is a hromada's adjective before its noun, alone or in a list ("Куцурубській
    громаді", "Білопільська, Есманська громади"); not a town's own name in -ськ ("по Степногірську")."""
    written = event.written or ""
    if not _CYRILLIC_HROMADA.search(written):
        return False
    noun = (
        rf"{re.escape(written)}(?:(?:\s*,\s*|\s+(?:і|й|та|и)\s+)[А-ЯІЇЄҐ][\w'’ʼ-]*)*\s+"
        r"(?:(?:сільськ|селищн|міськ|сельск|поселков|городск|територіальн|территориальн)\w*\s+)?"
        r"(?:громад|общин|ОТГ|ТГ)"
    )
    return any(re.search(noun, sentence, re.IGNORECASE) for sentence in event.sentences)


def _named_as_starostat(event: CandidateEvent) -> bool:
    """ "у Великочернеччинському старостаті": a village told by its starostat, not named as a village hit."""
    written = event.written or ""
    return bool(written) and any(
        re.search(rf"{re.escape(written)}\s+старост", sentence, re.IGNORECASE) for sentence in event.sentences
    )


def _cyrillic_units(
    home: CandidateEvent, find_places: Callable[[str], list], report: Sequence[str] = ()
) -> list[tuple[str, str, str]]:
    """The raions or hromadas a Ukrainian or Russian event named only by a unit's adjective may stand for, as
    (oblast, raion, hromada or "") of the settlements table; none for a place named as itself anywhere in its
    sentences or in ``report`` (the report's other sentences: "А ще – місто X" after "у X-ському районі")."""
    written = home.written or ""
    if home.geo_precision != "settlement" or not home.location or not home.oblast_iso or written.isascii():
        return []
    kind = "raion" if home.only_as_district else "hromada" if _told_as_hromada(home) else None
    if kind is None:
        return []
    for sentence in dict.fromkeys([*home.sentences, *report]):
        for mention in find_places(sentence):
            if (mention.place_name or mention.name) == home.location and not (
                mention.district or mention.precision == "oblast" or _CYRILLIC_HROMADA.search(mention.name)
            ):
                # (an oblast called after its centre, "по Миколаївщині", names no town)
                return []  # ("Куцурубській громаді ... с. Куцуруб": the village is named as itself too)
    return [
        (s.oblast_iso, s.raion_uk, s.hromada_uk if kind == "hromada" else "")
        for s in unit_centres(written, kind)
        if s.oblast_iso == home.oblast_iso
    ]


def _the_settlements(event: CandidateEvent, oblast_iso: str) -> list:
    """The settlements of the oblast an event may be: of its name, the ones at its point when it has one (of the
    Novomykolaivkas of Kharkiv oblast, the one the event was put at)."""
    rows = find_settlements(event.location or "", oblast_iso)
    return (at_point(rows, event.latitude, event.longitude) or rows) if len(rows) > 1 else rows


def drop_cyrillic_homes_of_named_places(
    events: list[CandidateEvent], find_places: Callable[[str], list], report: Sequence[str] = ()
) -> list[CandidateEvent]:
    """A raion or hromada named by its adjective, with no figures but zeros, when the report names a settlement
    of it as hit: "у Куп'янському районі пошкоджено будинок" beside "у сел. Куп'янськ-Вузловий ... постраждав",
    "по Куцурубській громаді" then "в с. Солончаки". Labelling rule 4: the villages only, the area is their home,
    not its centre town's attack. The settlements table says which villages lie in the raion or hromada (of every
    unit of that adjective in the oblast: "Первомайська громада" of Mykolaiv oblast may be Pervomaisk's or
    Pervomaiske's); a town of it too (Vovchansk of Chuhuiv raion)."""
    dropped = []
    found: dict[str, list] = {}

    def places_of(sentence: str) -> list:
        if sentence not in found:
            found[sentence] = find_places(sentence)
        return found[sentence]

    for home in events:
        if any(value for value, _ in home.counts.values()):
            continue
        units = _cyrillic_units(home, places_of, report)
        if not units:
            continue
        for other in events:
            if not _may_lie_in(other, home, dropped) or _named_as_starostat(other):
                continue
            inner = _cyrillic_units(other, places_of)
            if inner:
                # a hromada named as hit is its centre town, a settlement of its raion: "у Новгород-Сіверському
                # районі" beside "по Семенівській громаді" is the hromada's attack; a hromada stands for no other
                # hromada, nor a raion for a hromada
                if any(hromada for _, _, hromada in units) or not all(
                    hromada and (oblast, raion, "") in units for oblast, raion, hromada in inner
                ):
                    continue
                dropped.append(home)
                break
            rows = _the_settlements(other, home.oblast_iso)
            if rows and all(
                any(
                    (s.oblast_iso, s.raion_uk, s.hromada_uk if hromada else "") == (oblast, raion, hromada)
                    for oblast, raion, hromada in units
                )
                for s in rows
            ):
                dropped.append(home)
                break
    return [e for e in events if not any(e is d for d in dropped)]
