"""Villages the gazetteer lacks, placed through the settlements table (``geo/settlements.py``).

The gazetteer holds GeoNames' places of 500 people or more; reports of shelling name villages far smaller.
The extractor already keeps such a village by its name where the text says a settlement is named ("у селі
Новоселівка", "the village of Zolota Balka", an unlisted name in a list of places hit, "ударили по
Жовтій Кручі"): an event with ``geo_precision`` "unknown", no oblast or an oblast, no point.  Once the whole
report is read, :func:`place_unlisted` looks each such event up in the table of all 29,700 settlements of
Ukraine, here and nowhere else, and chooses among namesakes by, in order:

1. a raion or hromada named with it (in its sentence, its list's lead, the heading above it):
   "Лозівського району", "Олексіївської громади", "the Kupiansk district";
2. the oblast its sentence names or most places listed with it lie in (else its list's lead, heading or
   section), then the one the extractor gave it, then the report's only oblast;
3. the one settlement of that name in Ukraine, unless the report names oblasts and not its own.

A Russian name its Ukrainian spellings miss is found among that oblast's villages by how it sounds
(:func:`sounding`: Камышаны is Комишани, "Красный Маяк" Червоний Маяк), and a Latin name spelt the Russian way
or by ear by the nearest of their romanised names (:func:`latin_sounding`: "Zakotny" is Zakitne); a Russian name the gazetteer found as a
small place of another oblast is moved to the village of that name in the oblast its list or sentence gives
(:func:`_relocate`: Никольское in a Kherson list is Mykilske of Kherson, not Nikolske of Donetsk).

Several left in one oblast: the event is put at that oblast as a whole, by the romanised name, and says so;
several in several oblasts, or none: it stays as it was.  The point is the village's own, or its hromada's
centre (``Settlement.located``), as the importers place villages (``data/importers/common.py``); a village
the table knows no nearer than its raion is put at its oblast as a whole.  A point that is not the village's
own is said in the event's note (``casualty_note``), which the review table and the map's popup show.

The table never makes a place of a word: only an event the extractor already made is looked up, and a name
that is also a common word ("Перемога", "Дружба", "Надія") only when a settlement word ("село", "с.",
"village of") stands with it or it is one of a list of places.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from data.extraction.events import CandidateEvent
from data.extraction.slavic.names import SETTLEMENT_NOUNS
from data.extraction.slavic.villages import candidates, common_word, sounding
from geo.gazetteer import load_gazetteer, normalize_name
from geo.oblasts import find_oblast
from geo.romanisation import national_spelling, romanize_ukrainian
from geo.russian_forms import russian_key, russian_unit_stems
from geo.settlements import Settlement, find_settlements, latin_sounding, unit_stem

# "Лозівського району", "Олексіївської громади", "Лозовского района", "Новодонецкой ОТГ", "Лозівська громада"
_CYRILLIC_UNIT = re.compile(
    r"(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)\w*)\s+"
    r"(?:(?:сільськ|селищн|міськ|сельск|поселков|городск|територіальн|территориальн)\w*\s+)?"
    r"(?P<noun>район\w*|громад\w*|общин\w*|ОТГ|ТГ)(?![\w'’ʼ-])"
)
# "the Kupiansk district", "Oleksiivska hromada", "of the Lozova raion", "the Pechenihy community"
_LATIN_UNIT = re.compile(
    r"(?P<name>[A-Z][\w'’-]+)\s+(?:(?:urban|rural|settlement|territorial)\s+)?"
    r"(?P<noun>district|raion|community|hromada)\b"
)
# A word that says the name next to it is a settlement's: "у селі", "с.", "смт", "the village of", "X village".
_SETTLEMENT_NOUN = re.compile(
    rf"(?<![\w'’ʼ])(?:{SETTLEMENT_NOUNS})(?![\w'’ʼ-])|\b(?:villages?|settlements?|hamlets?)\b",
    re.IGNORECASE,
)
# What may stand between a place's name and its raion or hromada: "Михайлівка Лозівського району", "В Купянском
# районе в с. Кучеровка", "Hlushkivka, Kupiansk district", "Osynove of the Kupiansk district", "in the village of"
_BESIDE = re.compile(
    r"\s*,?\s*(?:(?:in|of|the|village|settlement|в|у|во|на|с\.|сел\.|смт\.?|пгт\.?|пос\.|селі|селе|селищі|поселке"
    r"|посёлке|село|селище)\s*){0,4}",
    re.IGNORECASE,
)
Unit = tuple[str, str, str]  # ("cyrillic" | "latin", the word as written, "raion" | "hromada")


def _unit(script: str, match: re.Match) -> Unit:
    noun = match.group("noun").lower()
    return (
        script,
        match.group("name"),
        "raion" if noun.startswith(("район", "district", "raion")) else "hromada",
    )


def _russian_stems(stem: str) -> set[str]:
    """A Russian adjective's stem and its Ukrainian ones: "лозов" -> also "лозів" (о, е in the last syllable)."""
    return {stem, re.sub(r"[ео](?=[^аеиіоуяєїюь]+$)", "і", stem)}


def named_units(texts: Iterable[str]) -> list[Unit]:
    """The raions and hromadas the texts name ("Лозівського району", "the Kupiansk district")."""
    found = []
    for text in texts:
        found += [_unit("cyrillic", m) for m in _CYRILLIC_UNIT.finditer(text or "")]
        found += [_unit("latin", m) for m in _LATIN_UNIT.finditer(text or "")]
    return found


def _in_unit(settlement: Settlement, unit: Unit) -> bool:
    """Whether the settlement lies in the raion or hromada named (in Ukrainian, Russian or Latin letters)."""
    script, word, kind = unit
    own = settlement.raion_uk if kind == "raion" else settlement.hromada_uk
    if not own:
        return False
    if script == "cyrillic":
        stems = {s for s in _russian_stems(unit_stem(word)) if len(s) >= 4}
        if unit_stem(own) in stems:
            return True
        # ("Марьинской громады" is Мар'їнська, "Александровской" Олександрівська: the Russian spelling of the stem)
        key = russian_key(unit_stem(word))
        return len(key) >= 4 and key in russian_unit_stems(unit_stem(own))
    stem = unit_stem(national_spelling(word))
    if len(stem) >= 4 and stem == unit_stem(romanize_ukrainian(own)):
        return True  # "Kupianskyi district", "Oleksiivska hromada"
    # "the Lozova district", "the Kupiansk district": named by its town, whose own raion or hromada it is
    towns = [t for t in find_settlements(national_spelling(word)) if t.category != "village"]
    return any(unit_stem(t.raion_uk if kind == "raion" else t.hromada_uk) == unit_stem(own) for t in towns)


def _named_as_settlement(event: CandidateEvent, listed: Callable[[str], int]) -> bool:
    """Whether the report says the event's name is a settlement's: a settlement word next to it, or it is one
    of a list of places, or named with another place ("в Гуляйполе и Волшебном"; ``listed``: how many of the
    report's places its sentence names)."""
    written = event.written or event.location or ""
    for sentence in event.sentences[:1] or [event.evidence.get("location", "")]:
        at = sentence.find(written)
        if at < 0:
            continue
        if _SETTLEMENT_NOUN.search(sentence[max(0, at - 60) : at]) or re.match(
            r"^\s+(?:villages?|settlements?|старостат\w*)(?!\w)", sentence[at + len(written) :]
        ):
            return True
        if _CYRILLIC_UNIT.match(sentence[at + len(written) :].lstrip()):
            return True  # ("В Мемрике Новогродовской громады": a village named with the community it lies in)
        if listed(sentence) >= 3:
            return True  # (itself and two more)
        if listed(sentence) >= 2 and (
            re.search(r"(?:\s+(?:і|й|та|и|and)|,)\s+$", sentence[max(0, at - 6) : at])
            or re.match(r"^(?:\s+(?:і|й|та|и|and)|,)\s+\w", sentence[at + len(written) :])
        ):
            return True  # ("в Гуляйполе и Волшебном": named with another place, as one of two)
    return False


def attached_units(event: CandidateEvent) -> list[Unit]:
    """The raions and hromadas named right beside the event's name in its sentence ("Михайлівка Лозівського
    району", "Verkhnia Tersa in the Polohy district", "у Лозівському районі у селі Михайлівка")."""
    written = event.written or event.location or ""
    first = event.sentences[0] if event.sentences else event.evidence.get("location", "")
    at = first.find(written)
    if at < 0 or not written:
        return []
    end = at + len(written)
    after, before = [], []
    for pattern, script in ((_CYRILLIC_UNIT, "cyrillic"), (_LATIN_UNIT, "latin")):
        for match in pattern.finditer(first):
            if match.start() >= end:
                gap, side = first[end : match.start()], after
            elif match.end() <= at:
                gap, side = first[match.end() : at], before
            else:
                continue
            if _BESIDE.fullmatch(gap):
                side.append(_unit(script, match))
    # (the unit after the name is its own; one before it may be the last item's)
    return after or before


def choose(
    found: list[Settlement],
    attached: list[Unit],
    around: list[Unit],
    oblast_iso: str | None,
    report_oblasts: set[str],
) -> tuple[Settlement | None, list[Settlement]]:
    """The settlement meant, or None and the namesakes left (several in one oblast, or none).

    ``attached``: the raions and hromadas named right beside the place (it must lie in one of them);
    ``around``: those named in its sentence, its list's lead or the heading above it (they narrow the
    namesakes when some lie in them); ``oblast_iso``: the oblast the extractor gave the place, or that its
    sentence or section names; ``report_oblasts``: every oblast the report names.
    """
    if attached:
        for unit in attached:
            found = [s for s in found if _in_unit(s, unit)]
        if len(found) <= 1:
            # (none: "Verkhnia Tersa in the Chuhuiv district", and none of that name lies there)
            return (found[0] if found else None), found
    for unit in [] if attached else around:
        near = [s for s in found if _in_unit(s, unit) and (not oblast_iso or s.oblast_iso == oblast_iso)]
        found = near or found
    if oblast_iso:
        found = [s for s in found if s.oblast_iso == oblast_iso]
    elif len(found) == 1 and report_oblasts and found[0].oblast_iso not in report_oblasts:
        return None, []  # (the one of that name lies in an oblast the report does not name)
    if len(found) == 1:
        return found[0], found
    return None, found


def _point_note(settlement: Settlement) -> str | None:
    """What the map point of a village placed by the table is, when it is not the village's own."""
    if settlement.located == "own":
        return None
    where = f"{settlement.name} ({settlement.hromada} hromada, {settlement.raion} raion)"
    if settlement.located == "hromada":
        return f"map point: the centre of the hromada of {where}; the bundled data has no point of the village's own"
    oblast = find_oblast(settlement.oblast_iso)
    return (
        f"map point: {oblast.name if oblast else settlement.oblast_iso} as a whole; the bundled data has no point of "
        f"the village {where} nearer than its raion"
    )


def _note(event: CandidateEvent, note: str) -> None:
    sentence = event.evidence.get("location") or (event.sentences[0] if event.sentences else "")
    event.add_note(note, sentence)


def place_unlisted(
    events: list[CandidateEvent],
    context: Callable[[CandidateEvent], list[str]],
    oblast_of: Callable[[CandidateEvent], str | None],
    report_oblasts: set[str],
    listed: Callable[[str], int],
    nearby: Callable[[CandidateEvent], str | None] | None = None,
) -> None:
    """Put each event kept by a settlement's name the gazetteer lacks at that settlement (see the module).

    Parameters
    ----------
    events
        The report's events; changed in place (an event that comes to name a place another event already
        names, and has no figures of its own, is folded into it).
    context
        The texts an event was told in: its sentence, its list's lead, the heading above it.
    oblast_of
        The oblast the extractor gives the event, its sentence or its section (None when none).
    report_oblasts
        The oblasts the report names.
    listed
        How many of the report's places a sentence names (three or more: a list of places).
    nearby
        The oblast the event's sentence names, or that most places named with it lie in (None when none):
        a village's Russian name is looked for there, and a small namesake the gazetteer found elsewhere is
        moved there when that oblast has a village of the name.
    """
    only = next(iter(report_oblasts)) if len(report_oblasts) == 1 else None
    moved = []
    for event in events:
        if event.geo_precision == "settlement" and event.latitude is not None and event.location:
            if nearby is not None and _relocate(event, nearby(event), context):
                moved.append(event)
            continue
        if event.geo_precision != "unknown" or not event.location or event.latitude is not None:
            continue
        found = candidates(event.location)
        oblasts = [nearby(event) if nearby is not None else None, oblast_of(event), only]
        oblast = next((o for o in oblasts if o), None)
        for each in dict.fromkeys(o for o in oblasts if o):
            # the first of them with a village of the name: as written, or as a Russian spelling or translation
            # of it sounds ("Камышаны" Комишани, "Красный Маяк" Червоний Маяк)
            there = [s for s in found if s.oblast_iso == each]
            there = there or sounding(event.location, each) or sounding(event.written or "", each)
            # ("Arkhipivka village" in a list of the Chernihiv region: Arkhypivka)
            there = there or latin_sounding(event.location, each)
            if there:
                oblast, found = each, there
                break
        if not found:
            continue
        if any(common_word(s.name_uk) for s in found) and not _named_as_settlement(event, listed):
            continue  # "Перемога буде за нами": a word, not the village
        chosen, left = choose(
            found, attached_units(event), named_units(context(event)), oblast, report_oblasts
        )
        if _put(event, chosen, left):
            moved.append(event)
    _fold_namesakes(events, moved)


def _put(event: CandidateEvent, chosen: Settlement | None, left: list[Settlement]) -> bool:
    """Put the event at the settlement chosen, or at the oblast of the namesakes left when all lie in one; whether
    it was put anywhere."""
    if chosen is not None:
        oblast = find_oblast(chosen.oblast_iso)
        event.location = chosen.name
        event.oblast_iso, event.oblast = chosen.oblast_iso, oblast.name if oblast else None
        if chosen.located in ("own", "hromada"):
            # its own point, or its hromada's centre (within some 20 km), as the importers place a village
            event.latitude, event.longitude = chosen.latitude, chosen.longitude
            event.geo_precision = "settlement"
        elif oblast is not None:
            # (a point no nearer than its raion's: the oblast as a whole, by the village's name)
            event.latitude, event.longitude = oblast.latitude, oblast.longitude
            event.geo_precision = "oblast"
        note = _point_note(chosen)
        if note:
            _note(event, note)
        return True
    oblasts = {s.oblast_iso for s in left}
    names = {s.name for s in left}
    if len(left) > 1 and len(oblasts) == 1 and len(names) == 1:
        # several villages of that name in the one oblast: the oblast, by the village's name
        oblast = find_oblast(oblasts.pop())
        if oblast is None:
            return False
        event.location = names.pop()
        event.oblast_iso, event.oblast = oblast.iso, oblast.name
        event.latitude, event.longitude = oblast.latitude, oblast.longitude
        event.geo_precision = "oblast"
        _note(
            event,
            f"map point: {oblast.name} as a whole; {len(left)} villages there are named {event.location} "
            "and the report does not say which",
        )
        return True
    return False


# A gazetteer place this size is what its name means, whatever oblast the places named with it lie in: a city
# (Kamianske), not a town of 10,000-50,000 (Biliaivka of Odesa oblast in a list of Kherson villages is Kherson's)
MIN_POPULATION_TO_STAY = 50_000


def _relocate(
    event: CandidateEvent, oblast_iso: str | None, context: Callable[[CandidateEvent], list[str]]
) -> bool:
    """ "Дорожное, Никольское, Нововоронцовка" in a Kherson list: a name the gazetteer found as a
    small place of another oblast is the village of that name in the oblast its sentence names or its
    list's places lie in, when that oblast has one (Никольское: Mykilske of Kherson, not Nikolske of
    Donetsk); a city of another oblast only for a town of that name there ("Богодухов, ... и Золочев":
    Zolochiv of Kharkiv oblast, not the larger one of Lviv oblast).  A place with its hromada or raion named
    beside it is the one of that name there ("Tsaredarivka, Lozova district").  English names too: "Charivne" in
    a Zaporizhzhia paragraph's list is that oblast's village, not the gazetteer's one of Kherson oblast.  Whether it
    was moved."""
    written = event.written or ""
    if not written:
        return False
    attached = attached_units(event)
    if attached:
        # "с. Калиновка Воскресенской громады": the hromada or raion named beside it says which namesake it is,
        # whatever oblast the gazetteer's larger one lies in (Kalynivka of Mykolaiv oblast, not the town of
        # Vinnytsia oblast)
        inside = [s for s in candidates(written) if all(_in_unit(s, unit) for unit in attached)]
        if len(inside) == 1 and inside[0].oblast_iso != event.oblast_iso:
            return _put(event, inside[0], inside)
    if not oblast_iso or oblast_iso == event.oblast_iso:
        return False
    found = [s for s in candidates(written) if s.oblast_iso == oblast_iso] or sounding(written, oblast_iso)
    if not found:
        return False
    if population_in(event.location, event.oblast_iso) >= MIN_POPULATION_TO_STAY and any(
        s.category == "village" for s in found
    ):
        return False  # (Kamianske, the city, even in a Zaporizhzhia list: only a town of the name there wins)
    chosen, left = choose(found, attached_units(event), named_units(context(event)), oblast_iso, set())
    return _put(event, chosen, left)


def population_in(location: str, oblast_iso: str | None) -> int:
    """The gazetteer's largest population of a place of that name in that oblast (0 when it has none there)."""
    gazetteer = load_gazetteer()
    places = gazetteer.places
    rows = (
        gazetteer.primary.get(normalize_name(location)) or gazetteer.index.get(normalize_name(location)) or []
    )
    return max(
        (int(places.population.iloc[r]) for r in rows if places.oblast_iso.iloc[r] == oblast_iso), default=0
    )


def _fold_namesakes(events: list[CandidateEvent], moved: list[CandidateEvent]) -> None:
    """An event moved to a place another event names ("в Орехове" in a list, then "в Орехове ранен
    мужчина") is the same place's: one without figures is folded into the other."""
    for event in moved:
        if event not in events:
            continue
        same = [
            e
            for e in events
            if e is not event
            and e.location == event.location
            and e.oblast_iso == event.oblast_iso
            and e.geo_precision == event.geo_precision
        ]
        if not same:
            continue
        other = same[0]
        keep, drop = (other, event) if not event.counts else (event, other)
        if drop.counts and not (
            drop.counts == keep.counts and all(value == 0 for value, _ in drop.counts.values())
        ):
            continue  # (figures each: two attacks told apart; the same zero, told of both, is one place's)
        for sentence in drop.sentences:
            keep.add_sentence(sentence)
        events.remove(drop)
