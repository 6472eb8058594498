"""The events of a report folded together once read: districts into villages, oblasts into their
settlements, an unplaced attack into the report's single one; missing values filled in. Which place each
event is (of the places with its name), and the oblast of a list of places, are settled in ``placing.py``.
"""

from __future__ import annotations

import datetime as dt
import re

from data.extraction import slavic
from data.extraction import vocabulary as V
from data.extraction.counts import ALSO, COUNT_FIELDS, INJURED, KILLED, find_counts
from data.extraction.cues import EARLIER_REPORT_CUE, UNPLACED_ATTACK, find_target, is_total
from data.extraction.dates import PAST_DAY, SLAVIC_DAY
from data.extraction.events import TOLD_KIND, CandidateEvent, apply
from data.extraction.exclusions import HARM, REGIONAL_OFFICE_AFTER
from data.extraction.numbers import parse_number_words
from data.extraction.placing import prefer_named_oblasts
from geo.gazetteer import normalize_name
from geo.oblasts import find_oblast
from geo.settlements import at_point, find_settlements


def fold_district_into_its_village(
    events: list[CandidateEvent], within: bool = False
) -> list[CandidateEvent]:
    """ "A drone strike on the Zaporizhzhia district hurt three people." then "The drones hit Bilenke.": the
    district's toll is of the one village the report names in it, not of the city it is named after (of the places
    named Bilenke, the one in the district's oblast)."""
    placed = [e for e in events if e.location and e.geo_precision != "oblast"]
    districts = [e for e in placed if e.only_as_district and e.counts]
    if len(districts) != 1 or len(placed) != 2:
        return events
    district = districts[0]
    (village,) = [e for e in placed if e is not district]
    if village.counts or village.only_as_district:
        return events
    if within and not (
        district.written
        and village.location
        and find_settlements(village.location, district.oblast_iso, f"{district.written} район")
    ):
        # (Ukrainian and Russian: only a village the settlements table puts in that raion, "вдарили по Запорізькому
        # району" then "по Зеленій Діброві"; the city of Odesa is no village of the Izmail raion)
        return events
    if not within and _raions_apart(district, village):
        # ("a drone attack on the Kamianske district hurt a woman", then "artillery hit Nikopol": a town of another
        # raion is another attack, not the district's village)
        return events
    if village.oblast_iso != district.oblast_iso and district.oblast_iso:
        prefer_named_oblasts([village], {district.oblast_iso})
        if village.oblast_iso != district.oblast_iso:
            return events
    _fill_missing(village, district)
    return [e for e in events if e is not district]


def _raions_of(district: CandidateEvent, village: CandidateEvent) -> tuple[str | None, set[str]]:
    """The raion the settlements table puts the district's centre town in (the town of its name, listed first; None
    when it lacks the town) and the raions of the village's namesakes in the district's oblast (the one at the
    village's point when known)."""
    towns = find_settlements(district.location or "", district.oblast_iso)
    names = {village.location or "", village.written or village.location or ""}
    namesakes = [s for name in names for s in find_settlements(name, district.oblast_iso)]
    raions = {s.raion_uk for s in at_point(namesakes, village.latitude, village.longitude) or namesakes}
    return (towns[0].raion_uk if towns else None), raions


def _raions_apart(district: CandidateEvent, village: CandidateEvent) -> bool:
    """Whether the settlements table puts the district's centre town and the village in different raions of the
    district's oblast, whichever of the village's namesakes there is meant."""
    town, raions = _raions_of(district, village)
    return town is not None and bool(raions) and town not in raions


def _raion_holds(district: CandidateEvent, village: CandidateEvent) -> bool:
    """Whether the settlements table puts the village (one of its namesakes in the district's oblast) in the raion of
    the district's centre town."""
    town, raions = _raions_of(district, village)
    return town is not None and town in raions


def fold_districts_into_their_villages(events: list[CandidateEvent]) -> list[CandidateEvent]:
    """A roundup's district told beside a village of it: "Russian shelling hit the Kharkiv district, killing one
    person and injuring another" then "... in the village of Slatyne, Kharkiv district, killing a
    58-year-old driver and injuring a 47-year-old man" (the same toll), or "In the Izium district, Russian
    forces shelled the edge of the village of Kamianka" (no toll of its own): the district says where
    the village is, it is no attack on the city it is named after."""
    placed = [e for e in events if e.location and e.geo_precision != "oblast"]
    villages = [e for e in placed if not e.only_as_district]
    dropped = []
    for district in placed:
        if not district.only_as_district:
            continue
        # (a town of another raion is no village of the district: "two hurt in Zaporizhzhia", then "two hurt in the
        # Polohy district" are two attacks, whatever their figures)
        beside = [
            v
            for v in villages
            if v.oblast_iso == district.oblast_iso and v is not district and not _raions_apart(district, v)
        ]
        if district.counts:
            same_toll = [v for v in beside if v.counts == district.counts]
            if (
                len(same_toll) == 1
                or (same_toll and all(value == 0 for value, _ in district.counts.values()))
                or _sum_of_tolls(beside) == {f: value for f, (value, _) in district.counts.items()}
            ):
                # ("People were not injured" after the district and its communities: the zero is theirs)
                dropped.append(district)
        elif district.sentences and all(any(s in v.sentences for v in beside) for s in district.sentences):
            dropped.append(district)
        elif not _district_of_its_own(district) and any(_raion_holds(district, v) for v in beside):
            # "the Izium, Chuhuiv and Kupiansk districts came under fire" then "a man was killed in Balakliia": a
            # town the settlements table puts in a district listed with others stands for it (labelling rule 4); one
            # told in a phrase of its own ("in the Chuhuiv district, two garages burned") is an attack of its own
            dropped.append(district)

    return [e for e in events if not any(e is d for d in dropped)]


def _sum_of_tolls(events: list[CandidateEvent]) -> dict[str, int] | None:
    """The figures of two or more places' tolls added up, field by field ("shelling of the X district killed three:
    two in A, one in B"); None when fewer than two of them have a toll."""
    tolled = [e for e in events if e.counts]
    if len(tolled) < 2:
        return None
    total: dict[str, int] = {}
    for event in tolled:
        for name, (value, _) in event.counts.items():
            total[name] = total.get(name, 0) + value
    return total


def _district_of_its_own(event: CandidateEvent, or_listed: bool = False) -> bool:
    """Whether a district is named in a phrase of its own ("in the Izium district"), not with others under one noun
    ("the Nikopol and Synelnykove districts", where the region's toll is told over both); ``or_listed`` takes the
    latter too ("fired at the Kherson and Beryslav districts": each named as hit)."""
    name = re.escape(event.written or event.location or "")
    others = r"(?:\s*(?:,|and|та|і|и)\s*[\w'’-]+)*\s+(?:districts|raions|район\w*)" if or_listed else r"(?!)"
    return bool(name) and any(
        re.search(
            # ("in the Shepetivka region": a raion told by the word the oblast is told by, its town no oblast's centre)
            rf"(?<![\w'’-]){name}(?:\s+(?:district|raion|region|район\w*)(?!\w)|{others}(?!\w))",
            sentence,
            re.IGNORECASE,
        )
        for sentence in event.sentences
    )


# A sentence that tells only of drones or missiles shot down, nothing hit (labelling rule 1): "a missile launched at
# the X district was shot down", "ракету по X району збили сили ППО"
_SHOT_DOWN_ONLY = re.compile(r"\b(?:shot\s+down|intercept\w*|downed)\b", re.IGNORECASE)


def _only_shot_down(sentence: str) -> bool:
    return bool(_SHOT_DOWN_ONLY.search(sentence) or slavic.words.SHOT_DOWN.search(sentence)) and not (
        HARM.search(sentence) or slavic.words.HARM.search(sentence)
    )


def _district_only_shot_at(event: CandidateEvent) -> bool:
    """Whether every sentence naming the district tells only of what was shot down over it."""
    naming = [s for s in event.sentences if (event.written or event.location or "") in s]
    return bool(naming) and all(_only_shot_down(sentence) for sentence in naming)


def fold_districts_into_oblasts(
    events: list[CandidateEvent], raions_apart: bool = False
) -> list[CandidateEvent]:
    """ "Russians struck Poltava Oblast; debris damaged a school in the Lubny district": the district, named as hit
    in a phrase of its own with none of its villages named, is its centre town's attack (labelling rule 4), and the
    region with no figures of its own only where it lies; so is a district told with a toll of its own, beside its
    region's own toll ("three killed in the Kyiv region", "four hurt in the Brovary district") or beside none. A
    district named only within the region's clause, or only where drones were shot down, is the region's.

    With ``raions_apart`` (Ukrainian and Russian reports), two or more raions of one oblast ("У
    Новгород-Сіверському районі ..., у Корюківському районі ...") are each an attack of their own, as
    a roundup tells them, and are kept as their towns. In English, two or more districts of one oblast each told
    in a phrase of its own with no figures ("in the Izium district, a barn burned; in the Chuhuiv district, ...")
    are kept so too."""
    oblasts = {e.oblast_iso: e for e in events if e.geo_precision == "oblast"}
    raions: dict[str | None, int] = {}
    told_apart: dict[
        str | None, int
    ] = {}  # districts each named in a phrase of its own ("in the X district")
    for event in events:
        if event.geo_precision == "settlement" and event.only_as_district:
            raions[event.oblast_iso] = raions.get(event.oblast_iso, 0) + 1
            if _district_of_its_own(event):
                told_apart[event.oblast_iso] = told_apart.get(event.oblast_iso, 0) + 1
    if raions_apart:
        oblasts = {iso: e for iso, e in oblasts.items() if raions.get(iso, 0) < 2}
    result = []
    dropped: set[str | None] = set()
    for event in events:
        oblast = oblasts.get(event.oblast_iso)
        if event.geo_precision == "settlement" and event.only_as_district and oblast is not None:
            if (
                not raions_apart
                and not event.counts
                and told_apart.get(event.oblast_iso, 0) >= 2
                # ("In the Z and W districts, houses were damaged" among them: each named as hit)
                and _district_of_its_own(event, or_listed=True)
            ):
                # "In the Izium district, a barn burned; in the Chuhuiv district, two garages burned" under the
                # region's day count: a roundup's attacks, one per district (its town), not the region's one attack
                result.append(event)
                continue
            if raions_apart and all(value == 0 for value, _ in oblast.counts.values()):
                # ("У Черкаській області без постраждалих" then "У Черкаському районі пошкоджено вікна": the region's
                # zero is its raion's, the one place hit there; labelling rules 4 and 5)
                _fill_missing(event, oblast)
                # "284 удара по семи населенным пунктам Запорожской области. При атаке по Васильевскому
                # району погибла женщина": the oblast is the context, the raion (its town) the attack
                dropped.add(event.oblast_iso)
                result.append(event)
                continue
            if (
                not raions_apart
                and not oblast.counts
                and any(
                    # (a village the gazetteer lacks, kept by its name in the oblast, is one too: "in the village of
                    # Hrakove" beside "in the Izium district, a barn burned")
                    e.geo_precision in ("settlement", "unknown")
                    and e.oblast_iso == event.oblast_iso
                    and not e.only_as_district
                    for e in events
                )
            ):
                # "In the Nizhyn district a drone hit a substation. In the Horodnia community ... In
                # Semenivka ..." and "Crews are still at work across the Chernihiv region": the region is context, the
                # district (its town) one of the attacks told place by place
                result.append(event)
                continue
            if not raions_apart and event.counts and not oblast.counts and _district_of_its_own(event):
                # "port buildings in the X region were damaged" then "drones attacked the Y district; one
                # person was hurt": a district named alone with a toll is its centre town's attack (labelling rule
                # 4), the region with no figures of its own only where it lies; so too with other districts of the
                # region told beside it ("In the A district, a man was hurt. In the B district, houses burned")
                dropped.add(event.oblast_iso)
                result.append(event)
                continue
            if (
                not event.counts
                and _district_of_its_own(event, or_listed=True)
                and not _district_only_shot_at(event)
                and not any(
                    e.geo_precision == "settlement"
                    and not e.only_as_district
                    and e.oblast_iso == event.oblast_iso
                    and not _raions_apart(event, e)
                    for e in events
                )
            ):
                # "Drones struck the X region, killing one; debris damaged a farm in the Y district": a district named as
                # hit, no toll of its own and none of its villages named, is its centre town with no figures beside the
                # region's toll (labelling rule 4); with a village of it named, that village stands for it. Beside a
                # region with no figures, the district is the one place known hit there (rule 5: no region event)
                event.beside_region_toll = bool(oblast.counts)
                result.append(event)
                continue
            if not (event.counts and oblast.counts):
                _fill_missing(oblast, event)
                continue
            # "three killed in the Kyiv region" then "the Fastiv district: four hurt": a district told
            # with a toll of its own beside its region's is its centre town's attack (labelling rule 4), and the
            # region keeps only its own figures
        result.append(event)
    return [e for e in result if not (e.geo_precision == "oblast" and e.oblast_iso in dropped)]


_SLAVIC_TOTAL = re.compile(
    r"(?<!\w)(?:загалом|всього|усього|в\s+цілому|за\s+(?:минулу\s+)?добу|всего|в\s+общей\s+сложности|"
    r"за\s+(?:минувшие\s+)?сутки|по\s+(?:області|области|регіону|региону)"
    # "у Херсонській області протягом минулої доби ... одна людина загинула": the region's day
    r"|(?:протягом|упродовж|впродовж)\s+(?:минулої\s+)?доби|(?:в\s+течение|на\s+протяжении)\s+(?:минувших\s+|прошедших\s+)?суток"
    r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)|across\s+the\s+region"
    # "Since the beginning of this day, 11 people have been injured ...", "Today alone, there are six victims"
    r"|since\s+the\s+(?:beginning|start)\s+of\s+(?:this|the)\s+day|today\s+alone)(?!\w)",
    re.IGNORECASE,
)


# "обстріли трьох районів області", "27 населених пунктів", "eight settlements of the region": figures
# spread over several places of the region, never one town's.
_SPREAD = re.compile(
    r"(?<!\w)(?:район(?:ів|ах|ов|и)|громад(?:ах|ам)?|населен\w+\s+пункт\w*"
    r"|settlements|communities|districts|towns|villages|localities)(?!\w)",
    re.IGNORECASE,
)
# "several towns and villages", "multiple localities": many places, their number not told
_SEVERAL = re.compile(
    r"\b(?:several|multiple|many|numerous|various|a\s+number\s+of)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE
)


# "a local man was killed in one of the villages of the Sumy region": a place of the region the report does not name,
# so not the town it names elsewhere.
_ONE_OF_UNNAMED = re.compile(
    r"\bin\s+one\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:settlements|villages|towns|communities|localities|hromadas)"
    r"\s+(?:of|in)\b",
    re.IGNORECASE,
)


# "six people were hurt across the right-bank parts of the X region", "throughout the oblast": the region's
# figures told over all of it, not one town's
# "обстрілів Запоріжжя та області загинули двоє", "по Харькову и области": a city told together with its region, after
# the city's name
AND_ITS_REGION = re.compile(
    r"^\s*(?:та|і|й|и)\s+(?:(?:всієї|усієї|всей)\s+)?(?:області|области|регіону|региона)(?![\w'’ʼ-])",
    re.IGNORECASE,
)
_ACROSS_REGION = re.compile(
    r"\b(?:across|throughout)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:parts|areas|territor(?:y|ies)|regions?"
    r"|oblasts?|provinces?)\b",
    re.IGNORECASE,
)

# "rocket attacks on Beryslav and neighbouring villages killed one": the town and places about it the report does not
# name, the toll told for several places together, the region's (labelling rule 4)
_AND_NEIGHBOURS = re.compile(
    r"(?<=[a-z])\s*,?\s+and\s+(?:the\s+|its\s+)?(?:neighbou?ring|nearby|surrounding|adjacent)\s+(?:settlements|villages"
    r"|towns|communities|hromadas|localities)\b",
    re.IGNORECASE,
)


def spread_over_places(sentence: str, several: bool = False) -> bool:
    """Whether ``sentence`` gives figures for several places of a region at once (or for one it leaves unnamed);
    with ``several``, also places not counted ("several towns and villages")."""
    if _ONE_OF_UNNAMED.search(sentence) or _ACROSS_REGION.search(sentence):
        return True
    if any(_AND_NEIGHBOURS.match(sentence, m.end()) for m in re.finditer(r"\b[A-Z][\w'’-]+", sentence)):
        return True
    if any(AND_ITS_REGION.match(sentence[m.end() :]) for m in re.finditer(r"[А-ЯІЇЄҐ][\w'’ʼ-]+", sentence)):
        return True
    for match in _SPREAD.finditer(sentence):
        if several and _SEVERAL.search(sentence[: match.start()]):
            return True
        # the number is one of the two words before the noun ("27 населених пунктів", "three more towns")
        for word in re.findall(r"[\w'’ʼ-]+", sentence[: match.start()])[-2:]:
            value = int(word) if word.isdigit() else (parse_number_words(word) or slavic.number_value(word))
            if value and value >= 2:
                return True
    return False


# "fired 30 shells at the city of X", "shelled X 12 times": the day's count of fire at a place, no toll of its own
# "по місту Херсон окупанти випустили 19 мін", "по городу Херсон армия РФ выпустила 19 снарядов": the city's own count
# of shells, told in an oblast administration's day summary
_SLAVIC_SHELLS_AT = re.compile(
    r"(?<!\w)по\s+(?:місту|городу)\s+[А-ЯІЇЄҐ][\w'’ʼ-]*\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:випустив|випустила|випустили|выпустил|выпустила|выпустили)"
    r"\s+(?:\d+|[а-яіїєґ'’ʼ]+)\s+(?:снаряд|мін|мин|ракет|дрон)",
    re.IGNORECASE,
)
_SHELLS_AT = re.compile(
    r"\b(?:fired|launched)\s+(?:\d+|[a-z]+)\s+(?:shells|rounds|projectiles|munitions|times|attacks)\s+(?:at|on)\b"
    r"|\bshelled\s+(?:the\s+city\s+of\s+)?[A-Z][\w'’-]+\s+(?:\d+|[a-z]+)\s+times\b"
    r"|" + _SLAVIC_SHELLS_AT.pattern,
    re.IGNORECASE,
)
_EXAMPLE_OF_SEVERAL = re.compile(
    r"\b(?:several|multiple|many|numerous|various|a\s+number\s+of)\s+(?:[\w-]+\s+)?(?:settlements|towns|villages"
    r"|communities|localities|cities|places)\b[^.;]*?,?\s+(?:including|such\s+as|among\s+them)\b",
    re.IGNORECASE,
)


def _told_apart_from_its_region(town: CandidateEvent) -> bool:
    """Whether the sentence that placed ``town`` tells it apart from the rest of its region: "in Dnipro itself",
    "the city itself"."""
    told = town.evidence.get("location", "")
    return any(
        re.search(rf"\b{re.escape(name)}\s+itself\b", told, re.IGNORECASE)
        for name in {town.written, town.location, "city", "town"}
        if name
    )


_REGION_NAMED = re.compile(r"\b(?:region|oblast|province)\b|(?<!\w)(?:област|обл\.)", re.IGNORECASE)
_DAY_COUNT = re.compile(
    r"\b(?:were|was|have\s+been|has\s+been)\s+recorded\b[^.;]*\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+"
    r"(?:day|24\s+hours)\b",
    re.IGNORECASE,
)
_OTHER_SETTLEMENTS = re.compile(
    r"\bother\s+(?:settlements|towns|villages|communities|hromadas|cities|places|localities)\b", re.IGNORECASE
)


def _besides_the_dead(event: CandidateEvent, name: str) -> bool:
    """ "In A, two people were killed. Two more people were injured.": the hurt told as "more" besides the town's
    dead (told in another sentence), not more than a region's toll."""
    evidence = event.evidence.get(name, "")
    return name in (INJURED, f"children_{INJURED}") and event.evidence.get(KILLED) not in (None, "", evidence)


def _more_than_told(event: CandidateEvent, name: str, inside: list[CandidateEvent]) -> bool:
    """ "Two more men were killed in Stepnohirsk": more than the region's toll told.  ("Two people were hurt
    in Siversk, two more in Lyman, and one in Bakhmut": "more" within a list is the list's next item.)"""
    evidence = event.evidence.get(name, "")
    more = re.search(r"\b(?:more|another)\b", evidence, re.IGNORECASE)
    if more is None:
        return False
    if _besides_the_dead(event, name):
        return False
    return not any(other.location and other.location in evidence[: more.start()] for other in inside)


REGION_SCOPE = re.compile(
    r"\b(?:the\s+region['’]s\s+(?:settlements|towns|villages|communities)"
    r"|(?:settlements|towns|villages|communities)\s+(?:of|in|across)\s+the\s+region)\b",
    re.IGNORECASE,
)
REGION_TAIL = re.compile(
    r",\s+and\s+(?P<tail>(?:injuring|wounding|killing|injured|wounded|killed)\s+[^,.;]*?\s+in\s+the\s+"
    r"(?:oblast|region))\b"
    # "one person was killed in A and three more injured across the region": the more are the region's
    r"|,?\s+and\s+(?P<more>(?:[\w-]+)\s+(?:more|others|other\s+people)\s+(?:were\s+)?(?:injured|wounded|hurt|killed)"
    r"\s+(?:across|throughout|elsewhere\s+in|in)\s+the\s+(?:oblast|region)"
    # "one person was killed in A, and five more people suffered injuries in other (regional) settlements": the
    # more are the region's, where in it not said
    r"|(?:[\w-]+)\s+(?:more\s+|other\s+)?(?:people\s+|persons\s+|residents\s+|civilians\s+)?(?:were\s+)?"
    r"(?:injured|wounded|hurt|killed|suffered\s+injuries|sustained\s+injuries)\s+in\s+other\s+(?:regional\s+)?"
    r"(?:settlements|towns|villages|communities|localities)(?:\s+of\s+the\s+(?:oblast|region))?)\b",
    re.IGNORECASE,
)
# "Five more residents were wounded in the oblast by evening.", "Two more were hurt elsewhere in the region.", "In
# all, one was killed and seven wounded in the region over the past day": a sentence of its own, naming no place, whose
# figures are said to be the region's (the region of the town told before); with "more" (group ``more``), besides
# that town's
REGION_TOLL = re.compile(
    r"^\W*(?P<more>another|(?:[\w-]+\s+)(?:more|other))?\b[^.;]*?\b(?:injured|wounded|hurt|killed|died|injuries)\b"
    r"[^.;]*?\b(?:in|across|throughout|elsewhere\s+in)\s+the\s+(?:region|oblast|province)\b(?!['’])",
    re.IGNORECASE,
)
_NIGHT = re.compile(r"\b(?:overnight|night|late-night|nighttime)\b", re.IGNORECASE)


def _same_night(first: CandidateEvent, second: CandidateEvent) -> bool:
    """ "a wave of overnight aerial attacks" on Friday and "late on Thursday night": one night, told on two days."""
    return abs((first.date - second.date).days) == 1 and any(
        _NIGHT.search(e.evidence.get("date", "")) for e in (first, second)
    )


# "обстрели забрали життя трьох жителів Донеччини", "убили трех жителей Донетчины": the dead told as the
# region's residents, a toll of the whole region
_REGION_RESIDENTS = re.compile(
    r"(?<!\w)(?:жител|мешканц|мешканк|жительниц)\w*\s+(?:[А-ЯІЇЄҐ][\w'’ʼ-]*(?:щин|ччин|тчин)[иы](?!\w)"
    r"|[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ської|цької|зької|ской|цкой)\s+(?:області|области))"
)


def _residents_toll_apart(region: CandidateEvent, town: CandidateEvent) -> bool:
    """ "Щонайменше один загиблий" in a town, then, in a sentence of its own, "за день удари вбили чотирьох
    мешканців області": the region's residents killed outnumber the town's dead, so the region's toll is
    the day's over the region, not the town's attack told again."""
    if set(region.sentences) & set(town.sentences):
        return False  # "вбили двох мешканців Сумщини - у Шостці": the town says where the region's dead were
    return any(
        _REGION_RESIDENTS.search(region.evidence.get(name, ""))
        and value[0] > (town.counts.get(name) or (value[0],))[0]
        for name, value in region.counts.items()
    )


def _namesake_city(town: CandidateEvent, region: CandidateEvent) -> bool:
    """Whether ``town`` is the city the oblast ``region`` is named after (Kherson of Kherson Oblast, Dnipro of
    Dnipropetrovsk Oblast)."""
    oblast = find_oblast(town.location) if town.location and town.geo_precision == "settlement" else None
    return oblast is not None and oblast.iso == region.oblast_iso


def _namesake_told_apart(region: CandidateEvent, town: CandidateEvent) -> bool:
    """Whether the city a region is named after has a toll of its own, told in other sentences than the region's,
    that differs from the region's on every count of the dead and the hurt they both give (or shares none): "15 hurt
    in Kharkiv" and "in the Kharkiv region, two killed and 22 hurt"; the report tells the region from its city, so
    the region's toll is the region's (rule 3), not the city's told again."""
    if not _namesake_city(town, region) or set(region.sentences) & set(town.sentences):
        return False
    main = [name for name in (KILLED, INJURED) if name in region.counts]
    return (
        bool(main)
        and any(name in town.counts for name in (KILLED, INJURED))
        and all(town.counts.get(name, (None,))[0] != region.counts[name][0] for name in main)
    )


def _partly_told(region: CandidateEvent, sums: dict[str, int], inside: list[CandidateEvent]) -> bool:
    """Whether a region's day total is larger than its named places' figures on a count they also give, with two
    places or more hurt or the total told as the day's: the total its places account for only in part (rule 3 of
    docs/labelling.md)."""
    hurt = [e for e in inside if any(value[0] for value in e.counts.values())]
    return (len(hurt) >= 2 or _day_total(region)) and any(
        sums[name] and region.counts[name][0] > sums[name] and not region.counts[name][1]
        for name in region.counts
    )


def _told_of_others(region: CandidateEvent, hurt: CandidateEvent, inside: list[CandidateEvent]) -> bool:
    """Whether a count of the region's that its one place with figures lacks is told, with no figure, of other places
    of the region ("residents of A, B and C were wounded"): the region's count is theirs, not that place's."""
    missing = [name for name in (KILLED, INJURED) if name in region.counts and name not in hurt.counts]
    return any(
        TOLD_KIND[name].search(e.evidence.get("location", ""))
        for name in missing
        for e in inside
        if e is not hurt and not set(e.sentences) & set(hurt.sentences)
    )


def _listed_as_the_days(inside: list[CandidateEvent], hurt: CandidateEvent) -> bool:
    """Whether four or more of a region's places other than ``hurt`` were named in one sentence that spans the past
    day: a list of the day's places hit, whose region's toll told after it is the day's, not one place's."""
    told = [e.evidence.get("location", "") for e in inside if e is not hurt]
    return any(
        told.count(sentence) >= 4 and (PAST_DAY.search(sentence) or SLAVIC_DAY.search(sentence))
        for sentence in set(told)
        if sentence
    )


def _day_total(region: CandidateEvent) -> bool:
    """Whether a region's figures are told as its day's: its own remainder, or a sentence of its figures that spans
    the past day ("over the past 24 hours") rather than one attack."""
    return region.own_remainder or any(
        PAST_DAY.search(region.evidence.get(name, "")) for name in region.counts
    )


def _told_as_the_days(region: CandidateEvent) -> bool:
    """Whether a region's figures are told, in English, Ukrainian or Russian, in a sentence that spans the past day
    ("over the past day", "за минулу добу", "за сутки")."""
    return any(
        PAST_DAY.search(told) or SLAVIC_DAY.search(told)
        for told in (region.evidence.get(name, "") for name in region.counts)
    )


def _accounted_by(region: CandidateEvent, town: CandidateEvent) -> bool:
    """Whether ``town``'s figures account for every count of the region's, count by count (the same people)."""
    return all(town.counts.get(name, (None,))[0] == value[0] for name, value in region.counts.items())


def _move_counts(town: CandidateEvent, region: CandidateEvent) -> None:
    """The town's figures are the region's: given to the region, the town left with none."""
    _fill_missing(region, town)
    town.counts = {}
    for name in list(town.evidence):
        if name in COUNT_FIELDS:
            del town.evidence[name]


def _unplaced_villages_of(
    region: CandidateEvent, inside: list[CandidateEvent], events: list[CandidateEvent]
) -> list[CandidateEvent]:
    """The places with figures that the gazetteer put in no oblast, or in an oblast the report tells of no attack on,
    told in one sentence with a settlement of ``region`` ("two hurt in A and four in B") and which
    the settlements table has in the region's oblast: villages of the region, part of its sum."""
    told = {sentence for e in inside for sentence in e.sentences}
    regions = {e.oblast_iso for e in events if e.geo_precision == "oblast"}
    return [
        e
        for e in events
        if e.geo_precision in ("settlement", "unknown")
        and e.oblast_iso not in regions
        and e.counts
        and e.location
        and told.intersection(e.sentences)
        and any(find_settlements(name, region.oblast_iso) for name in {e.location, e.written or e.location})
    ]


def _named_only_as_office(event: CandidateEvent, sentence: str) -> bool:
    """Whether a sentence names an oblast only as its official's seat ("Sumy regional governor", "the Kyiv Oblast
    Governor", "the Odesa OVA")."""
    written = [
        m.end() for m in re.finditer(rf"\b{re.escape(event.written or event.location or '')}\b", sentence)
    ]
    return bool(written) and all(
        REGIONAL_OFFICE_AFTER.match(re.sub(r"^\s+(?:Oblast|Region)\b", "", sentence[end:])) for end in written
    )


def fold_oblasts_into_settlements(
    events: list[CandidateEvent], report_date: dt.date | None = None
) -> list[CandidateEvent]:
    """An oblast named beside attacks on its settlements is their context or their total, not another attack.

    "A drone attack in Sumy region injured six" then "in the Kyrykivka community": one
    attack, at Kyrykivka, with the six.  An oblast with no figures of its own, or whose
    figures are the sum of its settlements', is dropped; one with figures of its own
    ("30 wounded across the region" beside "12 in Orikhiv") stays.
    """
    result = []
    for event in events:
        if event.geo_precision != "oblast":
            result.append(event)
            continue
        inside = [
            e
            for e in events
            if e.geo_precision in ("settlement", "unknown")
            and e.oblast_iso == event.oblast_iso
            and not e.beside_region_toll
            # "three were killed in the region yesterday, September 23" beside a village's death this
            # morning: another day's figures are another attack.
            # (a settlement told without a day of its own is of the day the region's sentence gives:
            # "минулої доби, 21 квітня, вбили одного жителя Донецької області" then "у Шабельківці")
            and not (
                event.counts and event.date and e.date and event.date != e.date and not _same_night(event, e)
            )
        ]
        if not inside:
            result.append(event)
            continue
        if all(
            EARLIER_REPORT_CUE.match(event.evidence.get(name) or "")
            for name in ["location", *(name for name in event.counts if name in event.evidence)]
        ):
            # "Перед цим голова ОВА повідомляв про трьох постраждалих через атаки Дніпропетровщини" beside the
            # attack on Nikopol: the region's figures of an earlier report, no attack of their own
            continue
        if (
            not event.counts
            and len(inside) == 1
            and inside[0].counts
            and _SLAVIC_SHELLS_AT.search(inside[0].evidence.get("location", ""))
            and _REGION_NAMED.search(event.evidence.get("location", ""))
            and events.index(event) < events.index(inside[0])
            and all(
                inside[0].evidence.get(name) != inside[0].evidence.get("location")
                for name in inside[0].counts
            )
        ):
            # (the region shelled 64 times, then the city's 27 shells, then a toll that names no place: the city is
            # named only by its count of shells, one of the places hit; the toll is the region's, rule 3, and the
            # city an event with no figures)
            _move_counts(inside[0], event)
            result.append(event)
            continue
        if not event.counts:
            # Context ("Dnipro and Pavlohrad in the Dnipropetrovsk region") or a shared total:
            # an oblast attacked "also", in a sentence of its own, stays.
            if event.only_in_totals or any(set(e.sentences) & set(event.sentences) for e in inside):
                continue
            if any(
                # (in the clause that tells the attack: "обстрілювали Дніпропетровську область, внаслідок чого
                # ..., також виникла пожежа" is no other attack)
                ALSO.search(sentence.split(",")[0])
                # ("Kyiv regional governor X said another drone attack occurred" before its town's toll: the region
                # is the speaker's seat, not a place attacked as well)
                and not _named_only_as_office(event, sentence)
                and not _OTHER_SETTLEMENTS.search(sentence)
                # ("In addition, 19 attacks and 40 explosions were recorded across the X region in the past day": the
                # day's count of the region whose towns the report names, no other attack)
                and not _DAY_COUNT.search(sentence)
                for sentence in event.sentences
            ):
                # "Russian forces also attacked the Dnipropetrovsk region" ("also attacked other settlements
                # in the region" leads into the settlements named next)
                result.append(event)
            continue
        if all(value == 0 for value, _ in event.counts.values()) and all(
            all(value == 0 for value, _ in e.counts.values()) for e in inside
        ):
            # "Several attacks hit the X region; fortunately, no one was hurt" beside its towns hit, each with no
            # one hurt: the region's zero is theirs, no attack of its own. A town told with no figures of its own
            # takes the region's zero ("обстріляв вісім громад області ... постраждалих немає", then the
            # communities listed): no one was hurt anywhere in the region, so no one there (rule 3 of labelling.md).
            for town in inside:
                if not town.counts:
                    town.counts = dict(event.counts)
                    town.evidence.update({name: event.evidence.get(name, "") for name in event.counts})
            continue
        if len(inside) == 1 and _residents_toll_apart(event, inside[0]):
            result.append(event)
            continue
        if (
            len(inside) == 1
            and inside[0].counts
            and (
                _SHELLS_AT.search(inside[0].evidence.get("location", ""))
                or _told_apart_from_its_region(inside[0])
            )
            and _REGION_NAMED.search(event.evidence.get("location", ""))
            and events.index(event) < events.index(inside[0])
            and all(inside[0].counts.get(name) == value for name, value in event.counts.items())
        ):
            # "Shelling across the X region hurt four" then "troops fired 30 shells at X city" and the toll
            # told again: the city named in the day's count of shells is one of the places hit, the toll the region's;
            # so too "a missile attack on the X region killed five" then "a mall was hit in X itself" and the toll
            # again with no place: the city told apart from the rest of the region
            _move_counts(inside[0], event)
            result.append(event)
            continue
        # ("Two people were killed ... in the Zaporizhzhia region" then "412 attacks over a 24-hour period across
        # 11 settlements in the region": the toll is spread over them, whichever sentence says so)
        spread = (
            event.region_scope
            # ("Several towns of the oblast, among them the city of X, were shelled" after the region's toll:
            # the town is one example of the places hit, the toll the region's)
            or (
                len(inside) == 1
                and not inside[0].counts
                and any(_EXAMPLE_OF_SEVERAL.search(s) for s in inside[0].sentences)
            )
            or any(spread_over_places(event.evidence.get(name, ""), several=True) for name in event.counts)
            or any(spread_over_places(sentence, several=True) for sentence in event.sentences)
            # ("killed two in A and wounded four in other settlements of the X region" under the headline's "two
            # killed, four wounded in X region": the region's sentence itself puts part of its toll outside the town)
            or any(_OTHER_SETTLEMENTS.search(sentence) for sentence in event.sentences)
        )
        if (
            len(inside) == 1
            # (a region's one dead and three hurt: the dead "in one of the villages of the region", the hurt in a town)
            and not any(_ONE_OF_UNNAMED.search(sentence) for sentence in event.sentences)
            # ("shelled several localities of the region, one dead and one hurt" and the one hurt in a
            # town: the region's toll over places the report does not all name, not the town's told twice)
            and not spread
            and any(
                inside[0].counts.get(name, (None,))[0] == value[0] for name, value in event.counts.items()
            )
            # ("over the past day ... one killed and eight hurt" in the region beside its city's one dead and three
            # hurt: a day total the town accounts for only in part stays whole beside it, rule 3)
            and not (_day_total(event) and not _accounted_by(event, inside[0]))
            # (nor the region's toll beside its namesake city's own, alike only in its children)
            and not _namesake_told_apart(event, inside[0])
            # ("... killed two people and wounded 8" in the oblast, then "Two more men were killed ... in
            # Stepnohirsk": another two)
            and not any(
                re.search(r"\b(?:more|another|other|also)\b", inside[0].evidence.get(name, ""), re.IGNORECASE)
                and not _besides_the_dead(inside[0], name)
                for name in inside[0].counts
            )
        ):
            _fill_missing(inside[0], event)  # the same attack told twice: "in Sumy region" and "in Kyrykivka"
            continue
        listed_with_others = (
            sum(
                1
                for e in events
                if e.geo_precision in ("settlement", "unknown")
                and set(e.sentences) & set(inside[0].sentences)
            )
            >= 3
        )
        if (
            not spread
            and not event.own_remainder  # (the region's own day toll: "Из-за российской агрессии ранены семь")
            and not inside[0].counts
            # ("Russia also shelled Kherson Oblast ..., killing one person" then "... damaged ... institutions in
            # Kherson": the city named after the region's toll did not lead; the toll stays the region's)
            and events.index(inside[0]) < events.index(event)
            # ("обстрілював Миропільську, Краснопільську, ... громади" then "на Сумщині поранено двох": the
            # first of three or more places listed together did not lead the report; the toll is the region's; so
            # too "Most damage was in Odesa, Kyiv and Kharkiv" summing up a roundup of several regions)
            and not listed_with_others
            # ("In addition, the missile hit a warehouse in Kramatorsk": another attack)
            and not any(
                re.match(r"\W*(?:in\s+addition|also|separately)\b", s, re.IGNORECASE)
                for s in inside[0].sentences
            )
            # ("the city is under fire round the clock" then "over the past day three were killed in the region":
            # the toll of the region's day, told as such, is not its namesake city's, rule 3)
            and not (_namesake_city(inside[0], event) and _told_as_the_days(event))
            # ("shelled A in the morning", "drones struck B", then "five were wounded in the X region over the day";
            # "attacked A and the B community of the X region" then "two were hurt"): a toll told over two places or
            # more of the region, neither given it, is the region's (rules 3 and 4), not the first place's
            and len({e.location for e in inside}) < 2
        ):
            # "Drones attacked Odesa ... 7 injured across the Odesa region": the figures belong to
            # the attack the report led with.
            _fill_missing(inside[0], event)
            continue
        if (
            not spread
            and not event.own_remainder
            and len(inside) == 1
            # ("Most damage was in A, B and C" then "the A region ... one killed": a town named only in a summary list
            # of three or more places is not where the region's toll was)
            and not (not inside[0].counts and listed_with_others)
            # ("the X regional chief wrote that two died" then "In the city of X, a block was damaged": the
            # region's namesake city, told after the region's toll with no figures of its own, did not take them;
            # the report tells the region and its city apart, rule 3)
            and not (
                not inside[0].counts
                and (events.index(inside[0]) > events.index(event) or _told_as_the_days(event))
                and _namesake_city(inside[0], event)
            )
            and all(value[0] <= event.counts.get(name, (-1,))[0] for name, value in inside[0].counts.items())
            and not _namesake_told_apart(event, inside[0])
            and not any(
                re.search(r"\b(?:more|another)\b", inside[0].evidence.get(name, ""), re.IGNORECASE)
                for name in inside[0].counts
            )
            and not any(
                is_total(V.TOTAL_CUE, event.evidence.get(name, ""))
                or _SLAVIC_TOTAL.search(event.evidence.get(name, ""))
                for name in event.counts
            )
            and not any(
                ALSO.search(sentence) or re.search(r"(?<!\w)(?:ще|еще|ещё)(?!\w)", sentence, re.IGNORECASE)
                for sentence in inside[0].sentences
            )
        ):
            # "26 wounded in the Kharkiv region" and "19 hospitalised" in Pervomaiskyi: one attack, whose
            # place the report gives in another sentence; the larger figures stand.
            _fill_missing(inside[0], event)
            continue
        if (
            not spread
            and not event.own_remainder  # ("Ще 5 людей отримали поранення": the region's own, kept apart)
            and len(inside) == 1
            and inside[0].counts
            and not set(event.counts) & set(inside[0].counts)
            and not _namesake_told_apart(event, inside[0])
            and not any(
                is_total(V.TOTAL_CUE, event.evidence.get(name, ""))
                or _SLAVIC_TOTAL.search(event.evidence.get(name, ""))
                for name in event.counts
            )
        ):
            # "обстреляли Днепропетровскую область ... погиб юноша" then "по Межевской громаде ... еще четыре
            # человека пострадали": the region's sentence told the dead, the community's the hurt; one attack
            _fill_missing(inside[0], event)
            continue
        # ("In Donetsk Oblast, seven were hurt: three in A, three in B, one in C", B a village the gazetteer lacks
        # and not yet placed: the settlements table has it in the region, so its figures are part of the sum)
        inside = inside + _unplaced_villages_of(event, inside, events)
        sums = {name: sum(e.counts.get(name, (0, False))[0] for e in inside) for name in event.counts}
        if (
            any(sums[name] and event.counts[name][0] == sums[name] for name in event.counts)
            and (
                not any(_more_than_told(e, name, inside) for e in inside for name in e.counts)
                # ("In A, two died and one was hurt. Another man was killed in B, and a woman hurt." under the region's three
                # dead and two hurt: every figure of the region is the places' sum, so "more" is the next place's)
                or (
                    sum(1 for e in inside if e.counts) >= 2
                    and all(event.counts[name][0] == sums[name] for name in event.counts)
                )
            )
            # ("hit several towns of the X region ... five wounded, including a boy" beside two towns with four hurt,
            # the boy among them: the children add up, the people do not; the region's day total stands, rule 3)
            and not (
                spread and any(sums[name] and event.counts[name][0] > sums[name] for name in event.counts)
            )
            # ("за добу загинув один житель області, ще п'ятеро поранені" beside a town with the dead and two more
            # with three hurt: the places account for the dead but not for all the hurt; the total stays whole,
            # rule 3)
            and not _partly_told(event, sums, inside)
            and not (len(inside) == 1 and _namesake_told_apart(event, inside[0]))
        ):
            # The region's total of the attacks listed.  When only one of them has casualties, what the
            # region's sentences add ("8 injured, 2 of them children") is that attack's.
            own = {name: value for name, value in event.counts.items() if not sums[name]}
            if own and any(_ONE_OF_UNNAMED.search(sentence) for sentence in event.sentences):
                # (a region's one dead and three hurt: "a man was killed in one of the villages of the region", and
                # three hurt in a town): the figures no named place has are the unnamed one's, the region's own
                event.counts = own
                result.append(event)
                continue
            hurt = [e for e in inside if any(value[0] for value in e.counts.values())]
            if (
                len(hurt) == 1
                and any(name not in hurt[0].counts for name in event.counts)
                and (
                    (
                        len(inside) >= 5
                        and (
                            any(PAST_DAY.search(event.evidence.get(name, "")) for name in event.counts)
                            # ("За прошедшие сутки под огнем оказались A, B, C, D и E" then the toll with no place:
                            # the places were told as the day's, and so is the toll after them)
                            or _listed_as_the_days(inside, hurt[0])
                        )
                    )
                    # ("killing one and injuring 16" over the region, "one resident of A killed", then "residents of
                    # B, C and D were injured": the hurt are told of the others, by name)
                    or _told_of_others(event, hurt[0], inside)
                )
            ):
                # "Over the past day, troops killed 1 resident of the region and wounded 6" over a roundup of many places,
                # one with its dead: the region's hurt are spread over the others, not that place's, and the total,
                # which it accounts for only in part, stays whole beside it (rule 3)
                result.append(event)
                continue
            if own and (spread or len(hurt) > 1):
                # ("shelled several localities of the region, one dead and one hurt" beside a town with
                # the one hurt: the dead is of a place the report does not name, the region's own)
                event.counts = own
                result.append(event)
                continue
            if len(hurt) == 1 and not (own and event.own_remainder):
                _fill_missing(hurt[0], event)
            elif event.own_remainder:
                # ("вбили 2 жителів області — у Костянтинівці", then "За словами ..., ще 2 особи отримали
                # поранення": the more are the region's own, where in it not said, not the one town's, however many
                # towns the dead were told of)
                # ("Ще 2 людини в області ... дістали поранення" beside the dead told town by town): the counts
                # none of its settlements has are the region's own
                event.counts = {name: value for name, value in event.counts.items() if not sums[name]}
                if event.counts:
                    result.append(event)
            continue
        result.append(event)
    return result


def fold_unplaced_into_single_attack(events: list[CandidateEvent]) -> list[CandidateEvent]:
    """ "A missile strike on an apartment building killed 14" before the report names Uman: the same attack."""
    placed = [e for e in events if e.location]
    unplaced = [e for e in events if not e.location]
    if len(placed) != 1 or not unplaced:
        return events
    for event in unplaced:
        _fill_missing(placed[0], event)
    return placed


def _fill_missing(event: CandidateEvent, other: CandidateEvent) -> None:
    for name, value in other.counts.items():
        if name not in event.counts or value[0] > event.counts[name][0]:
            event.counts[name] = value
            event.evidence[name] = other.evidence.get(name, "")
    for note in other.notes:
        if note not in event.notes:
            event.notes.append(note)
    for name in ("weapon", "target"):
        if getattr(event, name) == "unknown" and getattr(other, name) != "unknown":
            setattr(event, name, getattr(other, name))
            event.evidence[name] = other.evidence.get(name, "")
    if event.date is None and other.date is not None:
        event.date, event.date_precision = other.date, other.date_precision
        event.evidence["date"] = other.evidence.get("date", "")
    for sentence in other.sentences:
        event.add_sentence(sentence)


def fold_city_districts(events: list[CandidateEvent]) -> list[CandidateEvent]:
    """ "у Подільському районі" in a report on Kyiv: the district of the city the report is about, not the raion of
    Odesa oblast whose town is Podilsk. A place found by an adjective that is also a district's name of a city
    (geo/city_districts.py) is folded into that city's event when the report has one."""
    kept = []
    for event in events:
        city = next(
            (
                other
                for other in events
                if other is not event and event.district_of and other.location in event.district_of
            ),
            None,
        )
        if city is None:
            kept.append(event)
        else:
            _fill_missing(city, event)
    return kept


def fold_same_places(events: list[CandidateEvent]) -> list[CandidateEvent]:
    """ "Обстрілу зазнали Хотинська, ... громади", then "По Хотинській громаді ворог бив ...": one place told twice under
    two spellings (two readings of one adjective) is one attack, folded into the first; places of one name at two
    points stay apart."""
    kept: list[CandidateEvent] = []
    for event in events:
        same = next(
            (
                e
                for e in kept
                if e.geo_precision == event.geo_precision == "settlement"
                and e.oblast_iso == event.oblast_iso
                and e.location
                and event.location
                and normalize_name(e.location) == normalize_name(event.location)
                and e.latitude is not None
                and (e.latitude, e.longitude) == (event.latitude, event.longitude)
            ),
            None,
        )
        if same is None:
            kept.append(event)
        else:
            _fill_missing(same, event)
    return kept


def fill_missing(event: CandidateEvent, other: CandidateEvent) -> None:
    """Give ``event`` what ``other`` tells and it lacks (larger counts, notes, weapon, target, date, sentences): the
    same attack told twice, folded into ``event``."""
    _fill_missing(event, other)


def infer_totals_from_children(event: CandidateEvent) -> None:
    """ "A girl was killed" also means at least one person was killed (and never fewer than the children)."""
    for base in (KILLED, INJURED):
        child = f"children_{base}"
        if child in event.counts and (
            base not in event.counts or event.counts[base][0] < event.counts[child][0]
        ):
            event.counts[base] = (event.counts[child][0], True)
            event.evidence[base] = event.evidence[child]


def maybe_unplaced(
    events: dict[tuple[str, str], CandidateEvent], sentence: str, report_date: dt.date | None
) -> None:
    """Add to ``events`` an unplaced event for "an attack on a <building>" with casualties in ``sentence``."""
    match = UNPLACED_ATTACK.search(sentence)
    if not match:
        return
    counts, notes = find_counts(sentence)
    if (
        not counts
        and not notes
        and not re.search(r"\bcasualt|\bkill|\binjur|\bwound|\bdead\b", sentence, re.I)
    ):
        return
    # The building named right after "an attack on a ...".
    target = find_target(sentence[match.start() : match.end() + 40])
    if target is None:
        return
    key = ("unknown", f"unplaced:{target}")
    event = events.get(key)
    if event is None:
        event = events[key] = CandidateEvent()
        event.evidence["location"] = sentence
    apply(event, sentence, sentence, report_date, counts=True)
    if not event.counts and not event.notes:
        event.add_note("casualties reported, no figure given", sentence)
