"""Places named in an English clause: settlements, oblasts, lists and communities.

Two readers here serve every language's clause: ``list_reading`` (how a clause listing three places or more reads) and
``drop_oblasts_of_settlements`` (an oblast named beside its settlement only says where the settlement is).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterator

from data.extraction import vocabulary as V
from data.extraction.dates import MONTH_NAME
from data.extraction.exclusions import REGIONS_LEAD, classify
from data.extraction.layout import DISTRICT_CENTRE
from data.extraction.lookup import (
    COMPOUND_PREFIXES,
    OPENING_WORD,
    REGION_IN_NAME,
    Mention,
    has_namesake_in,
    is_city_name,
    lookup_place,
    mention_as_oblast,
    oblast_capital,
    settle_namesakes,
    settlement_mention,
)
from geo.city_districts import latin_district_cities, noun_district_cities
from geo.gazetteer import load_gazetteer, normalize_name
from geo.oblasts import find_oblast
from geo.romanisation import consonants, national_spelling, skeleton
from geo.settlements import find_settlements, hromada_centres, one_centre, raion_centres

_NAME = re.compile(r"\b[A-Z][\w'’]*(?:(?:-|\s|-on-)[A-Z][\w'’]*){0,3}")
_REGION_AFTER = re.compile(
    r"^\s*(?:regions?|oblasts?|provinces?)\b(?!al)"
    # "Zaporizhzhia and Dnipropetrovsk regions": every name of the list is a region ("Kherson, Donetsk, and
    # Zaporizhzhia oblast" too).
    # ("the western Rivne and central Poltava regions": a bearing before a name of the list)
    r"|^(?:,\s*(?:(?:north|south|east|west|central)\w*\s+)?[A-Z][\w'’-]+)*,?\s+and\s+"
    r"(?:(?:north|south|east|west|central)\w*\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:regions?|oblasts?|provinces?)\b(?!al)"
    # ("in Ukraine's A, B regions", a headline's list with no "and": the plural noun still closes a list of regions)
    r"|^(?:,\s*(?-i:[A-Z])[\w'’-]+)+\s+(?:regions|oblasts|provinces)\b",
    re.IGNORECASE,
)
# "Rivne's northern region": a place's possessive, a bearing, and the region's noun (the oblast, not the town)
_BEARING_REGION = re.compile(
    r"\s+(?:north|south|east|west|central)\w*\s+(?:region|oblast|province)\b(?!al)", re.I
)
# "explosions in the direction of Kostobobriv, Uhly and Yeline", "near the villages of A and B": a border guards'
# log's villages (the gazetteer lists few of them), each a place hit
_TOWARDS_LIST = re.compile(
    r"\b(?:in\s+the\s+direction\s+of|near\s+the\s+villages\s+of|on\s+the\s+outskirts\s+of\s+the\s+villages\s+of)\s+"
    # ("shots fired in the direction of Ukrainian positions": a nation's adjective is no village)
    r"(?:the\s+village\s+of\s+)?(?!(?:Ukrainian|Russian|Belarusian)\b)(?P<names>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:(?:\s*,\s*|,?\s+and\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*)"
)
_HEADING_AFTER = re.compile(r"^\s+(?:territorial\s+)?(?:community|hromada)\s*:", re.IGNORECASE)
_LIST_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
# Words that open an official's or an office's title, never a village's name ("the Head of the X district ...").
_OFFICE_WORDS = (
    r"The|A|An|This|That|Each|Every|Head|Chief|Deputy|Governor|Mayor|Police|Residents?|Prosecutors?|Administration"
    r"|Council|Department|Office|Service|Commander|Director|Secretary|Chairman|Chairwoman|Members?|Hospital|School"
    r"|Part|Most|Some|All|Many|Territory|Outskirts|Centre|Center|Villages?|Settlements?|Towns?|Cities|Communities"
    # ("Shelling of the Nikopol district", "Evacuation of the X community": a noun of what happened, not a name)
    r"|[A-Z][a-z]*(?:ing|ion|ions|ment|ments|s)"
)
_RUSSIAN_ADJECTIVE_NAME = re.compile(r"^(?P<stem>[A-Z][a-z'’-]+sk)(?:oy|oye|oe|iy|yi|y)$")
# Capitalised words after an opening "In" that are no village: days, months, words of the sentence, other countries.
_NOT_A_VILLAGE = (
    MONTH_NAME
    + r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Total|General|Addition|Particular|Short|Practice"
    r"|Europe|Africa|Asia|America|Gaza|Syria|Israel|Iran|Turkey|Georgia|Moldova|Belarus|Romania|Bulgaria|Slovakia"
    r"|Hungary|Germany|Italy|Estonia|Latvia|Lithuania|China|India|Korea|Japan|Russia|Ukraine|Crimea|Kyiv|Kiev"
)
# A settlement the gazetteer may not list, kept by its name: "the village of Groza", "in Hroza, part of
# the Kharkiv region".
_UNLISTED_SETTLEMENT = re.compile(
    r"\b(?:village|town|settlement|hamlet|locality)\s+of\s+(?P<name>[A-Z][\w'’-]+"
    # "the village of Malyi Burluk": a two-word name whose first word is an adjective (Mala, Velyka, Bilyi, Nove)
    # ("Krasny Khutor", "Maly Burluk": the adjective in a Russian-style spelling)
    # ("Ruski Tyshky", "Cherkaski Tyshky": a plural adjective first, its -i or -y)
    # ("Guryev Kozachok", Гур'їв Козачок; "Popov Yar": a possessive first word, its Russian-style -ev, -ov or the
    # Ukrainian -iv)
    r"(?:(?:(?<=[a-z]yi)|(?<=[a-z]ii)|(?<=[a-z]ia)|(?<=[a-z][a-z]a)|(?<=[a-z][a-z]e)|(?<=[a-z][nl]y)|(?<=[a-z]sk[iy])"
    r"|(?<=[a-z][ey]ev)|(?<=[a-z][a-z][io]v))\s+(?!(?:Russian|Ukrainian|Russia|Ukraine|Oblast|Region|District|On|In|At|The)\b)"
    r"[A-Z][\w'’-]+)?)(?![\w'’-])"
    # ("in the village of Mensk community": a village of the Mena community, named by the community's adjective)
    r"(?!\s+(?:community|hromada)\b)"
    # "Kupyansk district, Novoosynove village": an official's timeline names the village after its district
    r"|(?<=district,\s)(?!(?:The|A|An|This|That|Each|Every|Our|One|Another)\b)(?P<name3>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?=\s+(?:village|settlement)\b)"
    # "struck the village. Velyka A of the B district": a machine translation keeps the abbreviation's full stop
    r"|\bvillage\.\s+(?P<name5>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s+(?:of|in)\s)"
    # "two explosions on the outskirts of Khotiyivka village", "in the direction of Halahanivka village"
    # ("houses were destroyed in Ryzhivka village": the noun after the name, as a translation writes "у селі Рижівка";
    # not "in the Vesela village community", a community's name)
    r"|(?:(?<=\bof\s)|(?<=\b[Ii]n\s))(?!(?:The|A|An|This|That|Each|Every|Our|One|Another)\b)(?P<name4>[A-Z][a-z'’-]+)"
    r"(?=\s+village\b(?!\s+(?:community|hromada|council|administration|head)\b))"
    r"|\bin\s+(?P<name2>[A-Z][\w'’-]+),\s+(?:(?:also\s+)?(?:a\s+village\s+)?(?:part\s+of|in)\s+the\s+)?[A-Z]\w+\s+"
    # ("a drone hit a barn in Tiahynka, Kherson region": the region says where the village is)
    r"(?:region|[Oo]blast)\b"
    # "a barn burned down in Hlushkivka, Kupiansk district": a village told with its district after a comma
    r"|(?<=\b[Ii]n\s)(?!(?:The|A|An|This|That)\b)(?P<name6>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?=,\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:district|raion)\b)"
    # "the village Osynove of the Kupiansk district", "Martove of the Pechenihy community": a village
    # of the district or community named after it (not an office of it: "the Head of the X district administration")
    # ("In Bahatyr of the X community": the preposition opening the sentence is no part of the name)
    rf"|(?<![\w'’-])(?!(?:{_OFFICE_WORDS}|{OPENING_WORD.pattern[1:-1]})\b)(?P<name7>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?=(?:\s+village)?\s+of\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:district|raion|community|hromada)\b"
    r"(?!\s+(?:military|state|civil|administration|council|police|court|prosecutor|hospital|department|office)\b))"
    # "In Hlushkivka - a barn and a car.": a day log's line, the place before a dash and the verb left out
    rf"|^\W*In\s+(?!(?:{_NOT_A_VILLAGE})\b)(?P<name8>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s*[-–—]\s+(?=[a-z0-9])"
    # "In Pleshcheevka, a drone killed a woman": a village opening the sentence, its name ending as Ukrainian and
    # Russian settlement names do (a vowel), before the comma
    rf"|^\W*In\s+(?!(?:{_NOT_A_VILLAGE})\b)(?P<name9>[A-Z][a-z'’-]+[aeiouy]),\s+(?=[a-z0-9])"
)
# "was killed in Lobkove when", "wounded in Ptyche": where people were killed or hurt, a name of one or
# two capitalised words (not a region's, district's or community's)
_HIT_IN_VILLAGE = re.compile(
    # ("killed one person in Bila Hora", "injured two residents in X": the people counted between)
    r"\b(?:killed|injured|wounded|hurt|died|dead"
    # ("a house was damaged in Kamin", "2 private houses in Yanzhulivka, a car in X": what was damaged where)
    r"|damaged|destroyed|burned|burnt|houses?|homes?|buildings?|cars?|vehicles?|outbuildings?|garages?|barns?|sheds?"
    # ("two were hurt after a missile strike in Hvyntove", "after shelling in Zaliznychne": the attack itself told there)
    r"|strikes?|attacks?|shelling|explosions?)"
    r"\s+(?:(?:an?|one|two|three|four|five|\d+|more|other|people|persons?"
    r"|civilians?|residents?|m[ae]n|wom[ae]n|locals?)\s+){0,3}?in\s+(?:the\s+village\s+of\s+)?"
    rf"(?!(?:{_NOT_A_VILLAGE}|The|A|An|This|That|Their|His|Her)\b)"
    r"(?P<name>[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?)\b"
    r"(?!\s+(?:Oblast|Region|Province|District|Raion|Community|Hromada|region|oblast|district|community|hromada)\b)"
    r"(?![-'’])"
)
_TITLE_APPOSITION = re.compile(
    r"^\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:official|head|deputy|chief|spokes(?:man|woman|person)|governor"
    r"|mayor|minister|adviser|advisor|aide|secretary|commander|director)\b",
    re.IGNORECASE,
)
_REGION_BEFORE = re.compile(
    r"\b(?:region|oblast|province)\s+of\s+$"
    # "the southern regions of Odesa, Mykolaiv and Kherson": each name of the list is a region
    r"|\b(?:regions|oblasts|provinces)\s+of\s+(?-i:(?:[A-Z][\w'’-]+\s*,\s*)*(?:[A-Z][\w'’-]+,?\s+and\s+)?)$",
    re.IGNORECASE,
)
_DISTRICT_AFTER = re.compile(r"^\s*(?:district|raion)\b", re.IGNORECASE)
# (communities are not folded into their oblast: "Esmanska, Bilopilska ... communities were shelled" under "the
# Sumy region" are each an attack, at the community's town)
_AREA_AFTER = re.compile(
    r"^\s*(?:districts?|raions?)\b|^(?:,\s*[A-Z][\w'’-]+)*,?\s+and\s+[A-Z][\w'’-]+\s+districts\b",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(
    r"^\s*(?:(?:territorial|urban|rural|village|settlement)\s+)?(?:district|raion|community|hromada|municipality)\b",
    re.IGNORECASE,
)
# "Hlyboke, Vesela community": one community after a comma (not a list: "A, B and C communities")
_COMMUNITY_AFTER = re.compile(
    r"^\s*(?:(?:territorial|urban|rural|village|settlement)\s+)?(?:community|hromada)\b(?!\s*(?:,|and\b))",
    re.IGNORECASE,
)
# "in the village of ", "in ": a place told as where something happened, before its name
_PLACE_OF_HIT_BEFORE = re.compile(
    r"\b(?:in|at|near|on)\s+(?:the\s+)?(?:(?:town|village|city|settlement|urban-type\s+settlement)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# A list this long with no figures of its own is a summary ("nine regions: A, B, C, D, ..."), not events.
MAX_PLACES_IN_A_LIST = 3
# ... unless the list is of towns told as hit: "Strikes were also reported in A, B, C and D", "struck A, B, ..."
STRUCK_LIST = re.compile(
    r"\b(?:(?:strikes|attacks|explosions|hits)\s+(?:were|have\s+been)\s+(?:also\s+)?(?:reported|recorded)\s+in"
    # ("7 airstrikes on Balabyne, Huliaipole, Zaliznychne, ...")
    # ("a large-scale attack overnight against A, B, C and D oblasts": one attack, with when it came)
    r"|struck|hit|attacked|shelled|targeted|(?:strikes?|attacks?|airstrikes?|air\s+strikes?)\s+(?:(?:overnight|also|again)\s+)?(?:on|against)"
    # ("90 mortar rounds landed on A and B", "shells fell on the territory of A, B and C")
    r"|(?:fell|landed|were\s+(?:fired|launched|dropped))\s+(?:on|at)(?:\s+the\s+territor(?:y|ies)\s+of)?"
    # "Shelling left heavy damage in such settlements as Tiahynka, Beryslav, ..."
    r"|(?:damage|destruction)\s+(?:[\w-]+\s+){0,3}?in\s+such\s+(?:settlements|villages|towns|communities)\s+as"
    # "Damage was recorded in Antonivka, Kherson, Zymivnyk and Sadove"
    r"|(?:damage|destruction|hits?|impacts?)\s+(?:was|were|has\s+been|have\s+been)\s+recorded\s+in"
    # "Private houses were also damaged in Orikhiv, Stepnohirsk, Huliaipole and Malokaterynivka"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:damaged|destroyed)\s+in"
    # "Wounded people in A, B, C, D and E." (a police roundup's verbless line): the people hurt there
    r"|^\W*(?:(?:killed|dead|wounded|injured)\s+(?:people|civilians|persons|residents)|(?:the\s+)?(?:killed|dead|wounded|injured|victims))\s+(?:were\s+|are\s+)?(?:also\s+)?(?:reported\s+)?in)"
    r"\s+(?:the\s+(?:cities|towns)\s+of\s+)?$",
    re.IGNORECASE,
)
_TITLE_AFTER = re.compile(
    r"^\s*(?:Oblast|Region|Province|City|Mayor|Governor|Council|Regional|District|Raion|Military|Police)\b"
)
_POSSESSIVE = re.compile(r"['’]s?$")
# "Donetsk Oblast’s Avdiivka", "Mykolaiv Region's Voznesensk": a region's possessive ends a run of names
_REGION_POSSESSIVE = re.compile(r"\b(?:Oblast|Region|Province)['’]s(?=\s)")
_RUN = re.compile(r"\S(?:.*\S)?", re.S)


def _name_runs(clause: str) -> Iterator[re.Match]:
    """Runs of capitalised words that may name one place; a region told in the possessive is a run of its own, so the
    town of it named after it is looked up too ("Donetsk Oblast’s Avdiivka": the oblast, then Avdiivka)."""
    for match in _NAME.finditer(clause):
        start = match.start()
        for cut in _REGION_POSSESSIVE.finditer(match.group(0)):
            yield _RUN.search(clause, start, match.start() + cut.end())
            start = match.start() + cut.end()
        if start < match.end():
            run = _RUN.search(clause, start, match.end())
            if run is not None:
                yield run


def find_places(clause: str) -> list[Mention]:
    """Places named in a clause as possible attack sites.

    Parameters
    ----------
    clause
        Part of one sentence.

    Returns
    -------
    list of Mention
        Settlements and oblasts the gazetteer knows, in order, without venues,
        speakers and places abroad.  ``strong`` is False for a place named only
        as the seat of an official ("the governor of Sumy said").
    """
    mentions: list[Mention] = []
    for match in _name_runs(clause):
        words = match.group(0)
        found = None
        # Longest run of capitalised words first: "Kryvyi Rih" before "Kryvyi".
        tokens = list(re.finditer(r"[^\s]+", words))
        for size in range(len(tokens), 0, -1):
            for first in range(0, len(tokens) - size + 1):
                start = tokens[first].start()
                end = tokens[first + size - 1].end()
                candidate = words[start:end]
                region_name = REGION_IN_NAME.search(candidate)
                possessive = bool(_POSSESSIVE.search(candidate))
                lookup_name = _POSSESSIVE.sub("", REGION_IN_NAME.sub("", candidate))
                if normalize_name(lookup_name) in V.NOT_PLACES:
                    if size == len(tokens):
                        found = "blocked"
                        break
                    continue  # "Ukraine's Zaporizhzhia": the country, then a place of it
                mention = _raion_seat(
                    lookup_name, words[end:] + clause[match.end() :], clause[: match.start()] + words[:start]
                )
                if mention is None:
                    mention = lookup_place(lookup_name, respell=True)
                if (
                    mention is not None
                    and mention.respelled
                    and first > 0
                    and not OPENING_WORD.match(tokens[first - 1].group(0))
                ):
                    # "Mayor Gennadiy Trukhanov": a surname after a first name, not a village respelled
                    continue
                if (
                    mention is None
                    and lookup_name[-1:] in "yi"
                    and _DISTRICT_AFTER.match(words[end:] + clause[match.end() :])
                ):
                    # "the Synelnyky district" (Синельниківський район): the raion of Synelnykove
                    mention = lookup_place(lookup_name[:-1] + "ove") or lookup_place(lookup_name[:-1] + "e")
                    if mention is None and re.search(r"[a-z]sk[yi]$", lookup_name):
                        # "the Kupyansky district", "the Chuguevsky district", "Bogodukhovsky" (Russian-style raion
                        # adjectives): the raion of Kupiansk, Chuhuiv, Bohodukhiv
                        # (not a city's name: "the Kyivsky district" of Kharkiv is no raion of Kyiv)
                        mention = lookup_place(lookup_name[:-1], respell=True) or lookup_place(
                            lookup_name[:-3], respell=True
                        )
                        if mention is not None and _population(mention) >= 50_000:
                            mention = None
                    if mention is None and lookup_name.endswith("skyi"):
                        # "the Synelnykivskyi district", "the Nikopolskyi district" (Ukrainian raion adjectives):
                        # the raion of Synelnykove, Nikopol (not a city's district: "the Kyivskyi district of Kharkiv")
                        after = words[end:] + clause[match.end() :]
                        cities = latin_district_cities(lookup_name)
                        if cities and not raion_centres(lookup_name):
                            # ("a house was damaged in the Kyivskyi district" in a report on Kharkiv: a district of
                            # a city that no raion shares, never Kyiv itself, whose name it is made from)
                            continue
                        stems = [
                            lookup_name[:-2],
                            lookup_name[:-4],
                            lookup_name[:-6] + "ove",
                            lookup_name[:-6] + "e",
                        ]
                        if not re.match(
                            r"\s*(?:district|raion)\s+of\s+(?:the\s+city\s+of\s+)?[A-Z][\w'’-]*(?![\w'’-])"
                            # ("the Krasnopilskyi district of Sumy Oblast": the oblast it lies in, no city)
                            r"(?!\s+(?i:region|oblast|province)\b)",
                            after,
                        ):
                            # (a raion's seat is a town: "the Obolonskyi district" of Kyiv is no raion of a village)
                            seats = (
                                m
                                for m in map(lookup_place, stems)
                                if m is not None and _population(m) >= 5_000 and not _city_district(m)
                            )
                            mention = next(seats, None)
                            if mention is None and not cities:
                                # "the Velykopysarivskyi district" (a raion before 2020, Великописарівський): the
                                # town its hromada's adjective names (Velyka Pysarivka)
                                mention = _community_town(lookup_name[:-2])
                            if mention is not None and cities:
                                # ("in the Dniprovskyi district" in a report on Kherson: the city's district, not
                                # the raion of Dnipro, when the report names the city; folding.fold_city_districts)
                                mention.district_of = cities
                if (
                    mention is None
                    and (
                        region_name
                        # ("the Volyn region", "the Zakarpattia and Lviv regions": an oblast no town is named after)
                        or (
                            (
                                _REGION_AFTER.match(words[end:] + clause[match.end() :])
                                # ("the western regions of Rivne, Ternopil and Volyn": the noun before the list)
                                or _REGION_BEFORE.search(clause[: match.start()] + words[:start])
                            )
                            and find_oblast(lookup_name) is not None
                        )
                    )
                ):
                    mention = Mention(lookup_name, 0, 0, "settlement")
                if mention is None:
                    continue
                if (
                    first + size < len(tokens)
                    and not possessive
                    and not _TITLE_AFTER.match(words[end:])
                    and not is_city_name(lookup_name)
                ):
                    # "Vladimir Putin": a first name that GeoNames also lists as a town's old name.
                    found = "person"
                    break
                if (
                    first
                    and first + size == len(tokens)
                    and mention.precision == "settlement"
                    and not is_city_name(lookup_name)
                    and re.fullmatch(r"[A-Z][a-z]+", tokens[first - 1].group(0))
                    and not OPENING_WORD.match(tokens[first - 1].group(0))
                    and lookup_place(tokens[first - 1].group(0)) is None
                    and find_oblast(tokens[first - 1].group(0)) is None
                    # (a village of two words the settlements table knows: "Borivska Andriivka")
                    and not find_settlements(words[tokens[first - 1].start() : end])
                    and re.match(r"\s*(?:[.,;]|said|says|wrote|$)", clause[match.end() :])
                ):
                    # "according to Deputy Head of the Office Kyrylo Tymoshenko.": a surname after a first name
                    found = "person"
                    break
                if (
                    first
                    and _TITLE_APPOSITION.match(words[end:] + clause[match.end() :])
                    and not is_city_name(lookup_name)
                ):
                    # "Kyrylo Tymoshenko, a senior official": a surname GeoNames also lists as a village.
                    found = "person"
                    break
                mention.name = lookup_name
                mention.start = match.start() + start
                mention.end = match.start() + end
                if mention.precision == "settlement" and _DISTRICT_AFTER.match(clause[mention.end :]):
                    # ("Dnipro District" in a report on Kherson: the city's district named by its noun, folded into
                    # the city when the report names it; folding.fold_city_districts)
                    mention.district_of = mention.district_of | noun_district_cities(lookup_name)
                if (
                    region_name
                    or _REGION_AFTER.match(clause[mention.end :])
                    or _REGION_BEFORE.search(clause[: mention.start])
                    # ("shelling of Sumy's eastern oblast": the region, a bearing before its noun)
                    or (possessive and _BEARING_REGION.match(clause[mention.end :]))
                ):
                    mention = mention_as_oblast(mention, lookup_name)
                    if mention is None:
                        continue
                found = mention
                break
            if found:
                break
        if isinstance(found, Mention):
            mentions.append(found)
    gazetteer = load_gazetteer()

    def other_name(m: Mention) -> bool:
        # found under another name than the one written: a respelling, or an old name ("Stanislav")
        return m.respelled or normalize_name(m.name) != normalize_name(m.place_name or m.name)

    if any(m.precision == "settlement" and other_name(m) for m in mentions):
        # "Tavriiske, Prymorske, Vozdvyzhivka and Biloghirya" (Zaporizhzhia oblast): a respelling that finds a
        # town of another oblast than every other settlement of the clause can be in (Bilohiria of Khmelnytskyi
        # oblast) is a coincidence; the name is kept as written.  "Dudchany, Stanislav, Veletenske, ..." (Kherson
        # oblast): the village called Stanislav there, not Ivano-Frankivsk, once so called.
        votes: Counter = Counter()
        others = 0
        for m in mentions:
            if m.precision == "settlement" and not other_name(m) and m.place_name and m.oblast_iso != "UA-43":
                rows = gazetteer.primary.get(normalize_name(m.place_name), [])
                here = {gazetteer.places.oblast_iso.iloc[r] for r in rows} or ({m.oblast_iso} - {None})
                votes.update(here)
                others += bool(here)
            elif m.precision == "oblast" and m.oblast_iso:
                # "about 20 settlements in the Kharkiv region: Kupiansk, Kudiivka, ...": the oblast the clause names
                # counts as two settlements of it (Kudiivka is no respelling of Kadiivka in Luhansk oblast)
                votes[m.oblast_iso] += 2
                others += 2
        # the oblast most of the other settlements can be in (two at least, and half of them)
        top = votes.most_common(1)
        shared = {top[0][0]} if top and top[0][1] >= max(2, others / 2) else set()
        if shared:
            kept = []
            for m in mentions:
                if m.precision != "settlement" or not other_name(m) or m.oblast_iso in shared:
                    kept.append(m)
                    continue
                own = [
                    r
                    for r in gazetteer.primary.get(normalize_name(m.name), [])
                    if gazetteer.places.oblast_iso.iloc[r] in shared
                ]
                if own and not m.respelled:
                    place = settlement_mention(gazetteer, m.name, own)
                    place.start, place.end = m.start, m.end
                    kept.append(place)
                elif not m.respelled:
                    kept.append(m)
            mentions = kept
    for listed in _TOWARDS_LIST.finditer(clause):
        # "explosions in the direction of A, B and C": a border log's villages, each named for itself
        for name in _LIST_NAME.finditer(listed.group("names")):
            start = listed.start("names") + name.start()
            end = start + len(name.group(0))
            if normalize_name(name.group(0)) in V.NOT_PLACES or any(
                m.start < end and start < m.end for m in mentions
            ):
                continue
            mentions.append(Mention(name.group(0), start, end, "settlement", True, place_name=name.group(0)))
    for match in _UNLISTED_SETTLEMENT.finditer(clause):
        group = next(
            g
            for g in ("name", "name2", "name3", "name4", "name5", "name6", "name7", "name8", "name9")
            if match.group(g)
        )
        start, end = match.span(group)
        name = match.group(group)
        if normalize_name(name) in V.NOT_PLACES or any(m.start <= start < m.end for m in mentions):
            continue
        if " " in name and find_settlements(national_spelling(name)):
            # "in Mala Koshelivka, Nizhyn district": a two-word village the settlements table knows, not the village
            # elsewhere that its last word names (Koshelivka)
            mentions = [m for m in mentions if not (start < m.start and m.end == end)]
        adjective = _RUSSIAN_ADJECTIVE_NAME.match(name)
        place = lookup_place(adjective.group("stem") + "e") if adjective else None
        if place is not None:
            # "In Kozatsky, ...", "In Iverskoy, ...": a village named like a Russian adjective is the Ukrainian
            # one in -ske the gazetteer lists (Kozatske, Iverske)
            place.start, place.end = start, end
            mentions.append(place)
            continue
        mentions.append(Mention(name, start, end, "settlement", True, place_name=name))
    for match in _HIT_IN_VILLAGE.finditer(clause):
        start, end = match.span("name")
        name = match.group("name")
        if (
            normalize_name(name) in V.NOT_PLACES
            or any(m.start < end and start < m.end for m in mentions)
            or not find_settlements(national_spelling(name), None, None)
        ):
            continue
        # "A man of 70 died in Lobkove when ...": a village the gazetteer lacks, told where people were
        # killed or hurt, kept by its name when the settlements table has a village so named (unlisted.py places it)
        mentions.append(Mention(name, start, end, "settlement", True, place_name=name))
    mentions += _the_capital(clause, mentions)
    mentions.sort(key=lambda m: m.start)
    _place_in_named_oblast(clause, mentions)
    mentions = [_community_noun(clause, m) for m in mentions]
    mentions = _community_adjectives(clause, mentions)
    mentions = _listed_with_settlements(clause, mentions)
    kept = [m for m in (classify(clause, m, mentions) for m in mentions) if m is not None]
    # "The Semenivka community: 38 explosions ... in the direction of A, B and C": the community heads the list
    # of its villages hit; it says where they are
    kept = [
        m for m in kept if not (_HEADING_AFTER.match(clause[m.end :]) and any(o.start > m.end for o in kept))
    ]
    for mention in kept:
        # ("the Nikopol region" was made the town's district when the oblast was looked up)
        mention.district = mention.district or bool(_AREA_AFTER.match(clause[mention.end :]))
    kept = sorted(kept + _district_centre(clause, mentions, kept), key=lambda m: m.start)
    return _region_of_its_town(
        clause, _regional_capital(clause, settle_namesakes(_drop_qualifiers(clause, kept)))
    )


# "Odesa and its region", "Kharkiv and the surrounding region": the town's own region, named by the noun alone
_ITS_REGION_AFTER = re.compile(
    r"^\s*,?\s*(?:and|as\s+well\s+as)\s+(?:the|its)\s+(?:(?:surrounding|wider|whole|entire)\s+)?"
    r"(?P<noun>region|oblast|province)\b(?!\s+of\b)(?!['’])",
    re.IGNORECASE,
)
# "shelling in the region surrounding the port city of Mykolaiv": the region, the city named only to say which
_REGION_AROUND_BEFORE = re.compile(
    r"\b(?:region|oblast|province)\s+(?:surrounding|around)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:city|town)\s+of\s+$",
    re.IGNORECASE,
)


def _region_of_its_town(clause: str, mentions: list[Mention]) -> list[Mention]:
    """The region a clause names by its noun alone after its town ("Odesa and its region were attacked", "in Kharkiv
    and the surrounding region"), as that town's oblast told together with it; and the region "surrounding the city
    of X", which is X's oblast, the city only saying which."""
    result = []
    for mention in mentions:
        if mention.precision != "settlement" or not mention.oblast_iso or mention.latitude is None:
            result.append(mention)
            continue
        if _REGION_AROUND_BEFORE.search(clause[: mention.start]):
            oblast = mention_as_oblast(dataclasses.replace(mention), mention.place_name or mention.name)
            result.append(oblast or mention)
            continue
        result.append(mention)
        noun = _ITS_REGION_AFTER.match(clause[mention.end :])
        if noun is None or any(
            m.precision == "oblast" and m.strong and m.oblast_iso == mention.oblast_iso for m in mentions
        ):
            continue
        oblast = mention_as_oblast(
            dataclasses.replace(
                mention, start=mention.end + noun.start("noun"), end=mention.end + noun.end("noun")
            ),
            mention.place_name or mention.name,
        )
        if oblast is not None and oblast.oblast_iso == mention.oblast_iso:
            result.append(oblast)
    return result


def _place_in_named_oblast(clause: str, mentions: list[Mention]) -> None:
    """ "a yard in Mykhailivka in the Kherson region", "Mykhailivka, Kherson region, ...": the oblast named right
    after a settlement says which of its namesakes it is (the gazetteer alone picks the most populous, here one of
    Zaporizhzhia oblast). A city before a comma may be an item of a list of places and regions ("Kharkiv, the Kherson
    region and Sumy"), and stays what its name means."""
    for previous, mention in zip(mentions, mentions[1:]):
        if previous.precision != "settlement" or mention.precision != "oblast" or not mention.oblast_iso:
            continue
        gap = clause[previous.end : mention.start]
        if re.fullmatch(r"\s+in\s+(?:the\s+)?", gap) or (
            re.fullmatch(r"\s*,\s*(?:the\s+)?", gap)
            and re.match(
                r"\s*(?:region|oblast|province)\b\s*(?:[,;:.)]|$)", clause[mention.end :], re.IGNORECASE
            )
            and not is_city_name(previous.place_name or previous.name)
        ):
            move_to_oblast(previous, mention.oblast_iso)


def _district_centre(clause: str, mentions: list[Mention], kept: list[Mention]) -> list[Mention]:
    """ "In the Nikopol district, drones hit the district centre and two villages": under a district's heading,
    its centre is the town the district is named after (an attack on the town)."""
    centre = DISTRICT_CENTRE.search(clause)
    # ("shelling hit the district center and a village of Pokrov region": a town's "region" is its district)
    seats = [
        m
        for m in mentions
        if m.precision == "settlement" and (_DISTRICT_AFTER.match(clause[m.end :]) or m.district)
    ]
    if centre is None or len(seats) != 1 or any(m.start == centre.start() for m in kept):
        return []
    seat = dataclasses.replace(seats[0], start=centre.start(), end=centre.end(), district=False)
    seat.name = seat.place_name or seat.name
    return [seat]


# "A, B, C and D were struck", "A and B came under mortar fire": the places listed before it were attacked.
# ("under Russian artillery fire": two words of whose fire at most)
_FIRE_OF = r"(?:the\s+)?" + V.FIRE_KIND
STRUCK_AFTER_LIST = re.compile(
    r"^[^.;]*?\b(?:(?:were|was)\s+(?:also\s+)?(?:struck|shelled|attacked|hit|targeted|under\s+"
    + _FIRE_OF
    + r"(?:attacks?|fire|shelling))"
    # ("A, B and C oblasts came under attacks": the plural of a translation too)
    r"|came\s+under\s+" + _FIRE_OF + r"(?:attacks?|fire|shelling))\b",
    re.IGNORECASE,
)
# "shelled A and B", "carried out 7 attacks on A and B", "fired on A and B": the places named next were attacked.
_STRUCK_BEFORE_LIST = re.compile(
    r"\b(?:shelled|struck|attacked|hit|targeted|bombed|bombarded|pounded|(?:attacks?|strikes?|fired|shelling)\s+(?:on|at)"
    # ("during the shelling of A, B and C, four were hurt")
    r"|(?:shelling|bombardment|bombing)\s+of)"
    r"\s+(?:the\s+)?(?:(?:villages?|settlements?|towns?)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# How the Latin spellings of Ukrainian villages' names end ("Novoiakovlivka", "Olhivske", "Pushkino", "Zarechnoye").
_VILLAGE_ENDING = re.compile(
    r"(?:ivka|ovka|evka|yivka|ka|ne|ye|oye|oe|ove|eve|ske|ino|ovo|ivtsi|ychi|ytsia)$"
)
# "fired 27 times on 11 settlements: ...", "Other affected settlements include: ...": a list of places hit.
SETTLEMENTS_LEAD = re.compile(
    # ("fire at three communities of the district - A, B and C": a spaced dash opens the list as a colon does)
    r"\b(?:settlements|villages|localities|towns|communities)\b[^.:;]{0,60}(?::|\s[-–—])\s*[^:]*$",
    re.IGNORECASE,
)
# Between two names of a list: ", ", " and ", and a district after a name ("Lukyantsi in Kharkiv district, ").
_LIST_GAP = re.compile(
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:district|raion|community|hromada))?"
    # ("5 times on Olhivske and Charivne with rocket launchers, and 22 times on Huliaipole, ...")
    r"(?:\s+with\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)?"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:\d+\s+times\s+(?:on|at)\s+)?"
)
# What may follow a place's name in a list: a joint, a preposition, a verb, the kind of area.
_AFTER_LISTED_NAME = re.compile(
    r"^(?:and|or|in|on|at|with|near|of|by|from|during|after|before|were|was|came|have|has|had|also|too|as|all"
    r"|district|raion|community|hromada|village|villages|settlement|settlements|communities|hromadas|town|city)$"
)
_CALENDAR_WORD = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + MONTH_NAME + r")$"
)
# ("Zolota Balka", "Shyroka Balka", "Vysokyi Maidan": a village named by an adjective and a noun)
_ADJECTIVE_FIRST = re.compile(
    r"^(?:Mal|Velyk|Nov|Star|Chervon|Bil|Zelen|Verkhn|Nyzhn|Sukh|Sribn|Zolot|Shyrok|Vysok|Hlybok|Kruhl|Chorn|Zhovt"
    r"|Sered|Dovh)\w*\s"
)


def _two_word_village(name: str) -> bool:
    """ "Zolota Balka", "Stepova Novoselivka": a two-word name read as one village, by its adjective (a common one) or
    because the settlements table has a village of the whole name (the second word alone is another village)."""
    return bool(_ADJECTIVE_FIRST.match(name)) or (
        len(name.split()) == 2 and bool(find_settlements(national_spelling(name)))
    )


def _listed_with_settlements(clause: str, mentions: list[Mention]) -> list[Mention]:
    """ "25 times on Huliaipole, Orikhiv, Malynivka, Olhivske and Poltavka": a name the gazetteer lacks, listed
    among settlements it knows (two at least) or after "settlements:", is a settlement too, kept by its name.

    Only a list of three names or more, each joined to the next by a comma or "and" (a district may follow a
    name: "Lukyantsi in Kharkiv district, Bochkove")."""
    names = [
        m
        for m in _NAME.finditer(clause)
        if not _REGION_AFTER.match(clause[m.end() :]) and not _QUALIFIER_AFTER.match(clause[m.end() :])
    ]
    runs: list[list[re.Match[str]]] = []
    for match in names:
        if runs and _LIST_GAP.fullmatch(clause[runs[-1][-1].end() : match.start()]):
            runs[-1].append(match)
        else:
            runs.append([match])
    added = []
    for run in runs:
        known = [
            m
            for m in mentions
            if m.precision == "settlement" and any(n.start() <= m.start < n.end() for n in run)
        ]
        led = SETTLEMENTS_LEAD.search(clause[: run[0].start()]) and ATTACKED_LEAD.search(clause)
        # ("Novoyakovlevka and Novodanylivka were shelled": two names, one known, the list the subject of
        # an attack; the other kept only if it ends as villages' names do)
        # ("the enemy bombed A and B overnight": the pair the object of an attack told before it)
        # ("Nova Kamyanka, Sukhanove and Dniprovske were under enemy fire": a longer list with one name the gazetteer
        # knows, read the same way, its other names kept only if they end as villages' names do)
        struck = bool(
            STRUCK_AFTER_LIST.match(clause[run[-1].end() :])
            or _STRUCK_BEFORE_LIST.search(clause[: run[0].start()])
        )
        pair = len(run) >= 2 and len(known) >= 1 and (len(run) < 3 or len(known) < 2) and struck
        if not led and not pair and (len(run) < 3 or len(known) < 2):
            continue
        for match in run:
            name = match.group(0)
            inside = [m for m in mentions if m.start < match.end() and match.start() < m.end]
            if (
                len(inside) == 1
                and inside[0].start > match.start()
                and inside[0].end == match.end()
                and _two_word_village(name)
            ):
                # "Chervona Zorya" is no Zorya
                mentions = [m for m in mentions if m is not inside[0]]
            elif inside:
                continue
            if normalize_name(name) in V.NOT_PLACES or len(name.split()) > 2 or find_oblast(name) is not None:
                continue
            if pair and not _VILLAGE_ENDING.search(name):
                continue
            if _CALENDAR_WORD.match(name) or (
                not clause[: match.start()].strip(" \t\"'“‘(-–—")
                # ("Sukhanove, Nova Kamianka and Beryslav came under fire": the list's first name opens the sentence)
                and not (struck and _VILLAGE_ENDING.search(name))
            ):
                continue  # ("Separately, Nikopol, Marhanetsk and Pokrovsk communities": the sentence's first word)
            following = re.match(r"\s+([a-z][\w-]*)", clause[match.end() :])
            if following and not _AFTER_LISTED_NAME.match(following.group(1)):
                continue  # "Kharkiv, Sumy, Poltava and Ukrenergo substations": a company's name, not a place
            if len(name.split()) == 2 and not _two_word_village(name):
                continue
            # (in the oblast of the known settlements of the list, when they are all of one)
            oblasts = {m.oblast_iso for m in known}
            oblast = find_oblast(next(iter(oblasts))) if len(oblasts) == 1 and None not in oblasts else None
            added.append(
                Mention(
                    name,
                    match.start(),
                    match.end(),
                    "settlement",
                    True,
                    oblast_iso=oblast.iso if oblast else None,
                    place_name=name,
                    oblast=oblast.name if oblast else None,
                )
            )
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


# "Nikopol, Marhanetsk and Pokrovsk communities": Марганецька, Покровська громади written in Latin letters.
_COMMUNITY_ADJECTIVE = re.compile(
    # ("Myrovska community", "Pokrovske hromada": the Ukrainian adjective's ending kept)
    # ("the Miropolskaya and Krasnopolskaya communities": Russian-style adjectives)
    r"\b(?P<name>[A-Z][\w'’-]+sk)(?:aya|oye|oy|a|e|yi|iy|y)?\b(?=(?:,\s*[A-Z][\w'’-]+)*,?\s*(?:and\s+[A-Z][\w'’-]+\s+)?"
    r"(?:territorial\s+)?(?:communit(?:y|ies)|hromadas?)\b)"
)


def _population(mention: Mention) -> int:
    gazetteer = load_gazetteer()
    rows = gazetteer.primary.get(normalize_name(mention.place_name or mention.name), [])
    return max((int(gazetteer.places.population.iloc[r]) for r in rows), default=0)


def _raion_seat(name: str, after: str, before: str = "") -> Mention | None:
    """The centre of the raion an adjective before "district" names in any Latin spelling ("the Pokrovsky district"
    of Donetsk oblast: Pokrovsk, not a village Pokrovske respelled; "Buchansky district": Bucha; "Izyumsky":
    Izium), from the settlements table's raions (``geo.settlements.raion_centres``); None when the word is no raion
    adjective, names no raion or several, or names a district of a city ("the Kyivskyi district of Kharkiv")."""
    if not re.search(r"[a-z]s'?k(?:yi|iy|yy|y|ij|i|oi|oy)$", name):
        return None
    # (not yet with the noun left out, "four hurt in the Kupyansky district, one in Zolochivsky and three in Izyumsky":
    # the figures of such a list are not shared out among the raions, and would go to the region)
    # ("the Balakliiskyi, Lozivskyi and Zmiivskyi districts": adjectives listed before one noun in the plural)
    if not _AREA_AFTER.match(after):
        return None
    if re.match(
        r"\s*(?i:district|raion)\s+of\s+(?:the\s+city\s+of\s+)?[A-Z][\w'’-]*(?![\w'’-])"
        r"(?!\s+(?i:region|oblast|province)\b)",
        after,
    ):
        return None
    centres = raion_centres(name)
    if len(centres) != 1:
        return None
    gazetteer = load_gazetteer()
    rows = [
        r
        for r in gazetteer.primary.get(normalize_name(centres[0].name), [])
        if gazetteer.places.oblast_iso.iloc[r] == centres[0].oblast_iso
    ]
    if not rows:
        return None
    seat = settlement_mention(gazetteer, name, rows)
    seat.district = (
        True  # (the raion, not its town alone: "2 in Bogodukhovsky" is no village of the one before)
    )
    # ("in the Dniprovskyi district" in a report on Kherson: the city's district, not the raion of Dnipro, when the
    # report names the city; folding.fold_city_districts)
    seat.district_of = latin_district_cities(name)
    return seat


def _city_district(mention: Mention) -> bool:
    """Whether the gazetteer takes the place for a city's district (Obolon of Kyiv, listed with its people)."""
    gazetteer = load_gazetteer()
    rows = gazetteer.primary.get(normalize_name(mention.place_name or mention.name), [])
    return any(bool(gazetteer.places.likely_city_district.iloc[r]) for r in rows)


def _community_town(word: str, oblast_iso: str | None = None) -> Mention | None:
    """The town a community's adjective in Latin letters ("...sk", its ending taken off) comes from."""
    # Марганецька is "Marhanetsk" (Marhanets + k), Покровська "Pokrovsk" (Pokrov + sk), Мирівська "Myrovska"
    # (Myrove), "Chervonohryhorivska" (Chervonohryhorivka)
    first = (
        lookup_place(word[:-1])
        or lookup_place(word[:-2])
        or lookup_place(word[:-2] + "e")
        or (lookup_place(word[:-2] + "ka") if word.endswith("ivsk") else None)
    )
    # Sumy oblast's roundups in English: "Krasnopilska" (Krasnopillia, not a village Krasnopil elsewhere),
    # "Seredyna-Budska" (Seredyna-Buda), "Shalyhinska" (Shalyhyne), "Khotynska" (Khotin), "Putivlska"
    # (Putyvl), "Velykopysarivska" (Velyka Pysarivka): the likeliest is the largest place so named
    stem = word[:-2]
    stems = {stem}
    for prefix, words in COMPOUND_PREFIXES.items():
        if stem.startswith(prefix) and len(stem) > len(prefix) + 2:
            stems |= {w + stem[len(prefix)].upper() + stem[len(prefix) + 1 :] for w in words}
    for base in list(stems):
        for position in range(1, len(base)):
            swap = {"i": "y", "y": "i"}.get(base[position])
            if swap:
                stems.add(base[:position] + swap + base[position + 1 :])
    # "Snovska" (Snovsk itself), "Novgorod-Siverska" (Novhorod-Siverskyi)
    found: list[Mention] = [m for m in (lookup_place(word), lookup_place(word + "yi")) if m is not None]
    for base in stems:
        names = [base, base + "a"]
        if base.endswith("il"):
            names.append(base + "lia")
        if base.endswith(("in", "yn")):
            names.append(base[:-2] + "yne")
        last_i = base.rfind("i")
        if 0 < last_i >= len(base) - 3:
            # "Novoslobidska" (Нова Слобода), "Sveska" aside: the stem's o or e turned i before the ending, as
            # Ukrainian turns it in a closed syllable (Слобода, Слобідська)
            names += [base[:last_i] + vowel + base[last_i + 1 :] + "a" for vowel in "oe"]
        if base.endswith("iv"):
            # ("Druzhbivska": Дружба, the -iv- of its adjective added to the name)
            names += [base + "ka", base[:-2] + "a"]
            # "Barvinkivska" (Барвінківська: Barvinkove), "Lozivska" (Лозівська: Lozova): the town's o turned i
            names += [base[:-2] + "ove", base[:-2] + "ova"]
        found += [m for m in map(lookup_place, names) if m is not None]
    if oblast_iso is not None:
        # ("Khotynska" among Sumy oblast's communities is Khotin there, not Khotyn in Chernivtsi oblast)
        here = [m for m in [first, *found] if m is not None and m.oblast_iso == oblast_iso]
        if here:
            return max(here, key=_population)
    if first is None and not found:
        # "the Bilozerska community" (Bilozerka), "the Kyselivska community" (Kyselivka): the town's "-ka" before
        # the adjective's ending, tried last
        found = [m for m in (lookup_place(base + "ka") for base in stems) if m is not None]
    best = max(found, key=_population, default=None)
    if first is None:
        return best
    if best is not None and _population(best) >= 2 * _population(first):
        return best
    return first


def _community_noun(clause: str, mention: Mention) -> Mention:
    """ "In the Krasnopil community" (Краснопільська громада written as a noun): a small village of that name
    elsewhere is not meant when the community's town (Krasnopillia) is a much larger place."""
    if mention.precision != "settlement" or not _COMMUNITY_AFTER.match(clause[mention.end :]):
        return mention
    town = _community_town(mention.name + "sk")
    noun = normalize_name(mention.name)
    name = normalize_name(town.place_name or "") if town is not None else ""
    if not (name.startswith(noun) and len(name) > len(noun)) or _population(town) < 2 * _population(mention):
        return mention  # (only a noun cut from the town's name: "the Khotin community" is Khotin's, not Khotyn's)
    town.start, town.end, town.name = mention.start, mention.end, mention.name
    return town


_COMMUNITY_NOUN_NAME = re.compile(
    rf"(?<![\w'’-])(?!(?:{_OFFICE_WORDS})\b)(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
    r"\s+(?:territorial\s+)?(?:community|hromada)\b"
)
_COMMUNITY_AFTER = re.compile(r"^\s+(?:territorial\s+)?(?:community|hromada)\b", re.IGNORECASE)
_COMMUNITIES_OF = re.compile(
    r"\bcommunities\s+of\s+(?P<names>[A-Z][\w'’-]+(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'’-]+)+)"
    # "in three communities - Barvinkivska, Balakliiska and Lozivska - came under fire": the adjectives after a
    # dash or colon
    r"|\bcommunities\s*[-–—:]\s*(?P<adjectives>[A-Z][\w'’-]+(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'’-]+)+)"
)


# "The shelled communities include Krasnopil, Yunakiv, Khotyn and Esman", "the communities of Bilopol, Shalygin and
# Novoslobid": nouns cut from the hromadas' adjectives, listed after the noun
_COMMUNITIES_LISTED = re.compile(
    r"\bcommunities\s+(?:of|include[sd]?|including|such\s+as)\s+"
    r"(?P<names>[A-Z][\w'’-]+(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'’-]+)+)"
)


def _communities_listed(clause: str, mentions: list[Mention]) -> list[Mention]:
    """Names listed after "communities of" / "communities include" are hromadas: each one that names a single
    hromada of the oblast most of the list's names have a hromada in is kept by its name, for communities.py to
    put at its centre once the report is read ("Khotyn" there is Khotin's hromada of Sumy oblast, not the town of
    Khotyn elsewhere). A name already read as a place of that oblast stays as read."""
    result = list(mentions)
    for listed in _COMMUNITIES_LISTED.finditer(clause):
        names = [
            (listed.start("names") + n.start(), listed.start("names") + n.end(), n.group(0))
            for n in re.finditer(r"[A-Z][\w'’-]+", listed.group("names"))
        ]
        votes: Counter = Counter()
        for _, _, word in names:
            votes.update({c.oblast_iso for c in hromada_centres(word)})
        top = votes.most_common(1)
        if not top or 2 * top[0][1] <= len(names):
            continue
        oblast = top[0][0]
        for start, end, word in names:
            if one_centre(hromada_centres(word, oblast)) is None:
                continue
            existing = [m for m in result if m.start < end and start < m.end]
            if any(m.oblast_iso == oblast for m in existing):
                continue
            result = [m for m in result if not any(m is e for e in existing)]
            result.append(Mention(word, start, end, "settlement", True, place_name=word))
    result.sort(key=lambda m: m.start)
    return result


# The first word of a town's two-word name before a community's adjective: "Verkhnya Syrovatska community".
_TWO_WORD_OPENING = re.compile(r"\b(Verkhn\w+|Nyzhn\w+|Velyk\w+|Mal[ay]\w*|Nov[ayi]\w*|Star[ayi]\w*)\s+$")


def _community_adjectives(clause: str, mentions: list[Mention]) -> list[Mention]:
    """A community's adjective in Latin letters ("Marhanetsk community") names its town (Marhanets); when
    the adjective is also another town's name ("Pokrovsk"), the town in the oblast of the places named
    with it (Pokrov beside Nikopol)."""
    result = list(mentions)
    matches = [(m.start(), m.end(), m.group("name")) for m in _COMMUNITY_ADJECTIVE.finditer(clause)]
    for listed in _COMMUNITIES_OF.finditer(clause):
        # "The communities of Nikopol, Marganets, Chervonohryhorivka, and Pokrovsk": the adjectives as names
        group = "names" if listed.group("names") else "adjectives"
        for name in re.finditer(r"[A-Z][\w'’-]+sk(?=(?:a|e|yi)?\b)", listed.group(group)):
            start = listed.start(group) + name.start()
            if not any(begin <= start < end for begin, end, _ in matches):
                matches.append((start, start + len(name.group(0)), name.group(0)))
    for noun in _COMMUNITY_NOUN_NAME.finditer(clause):
        # "a barn burned in Znob-Novhorod hromada" (Зноб-Новгородська громада, its centre Znob-Novhorodske): a
        # noun cut from a hromada's name that the gazetteer lacks, kept by its name; its centre is found in the
        # report's oblast once the report is read (communities.py)
        start, end = noun.span("name")
        name = noun.group("name")
        if (
            not any(m.start < end and start < m.end for m in result)
            and not any(begin < end and start < stop for begin, stop, _ in matches)
            and normalize_name(name) not in V.NOT_PLACES
            and consonants(skeleton(name)) >= 4
            and hromada_centres(name)
        ):
            result.append(Mention(name, start, end, "settlement", True, place_name=name))
    result = _communities_listed(clause, result)
    matches.sort()
    towns = [_community_town(word) for _, _, word in matches]
    if len(matches) >= 3:
        # a long list of communities is of one oblast, most of them say which
        common = Counter(t.oblast_iso for t in towns if t is not None).most_common(1)
        if common and common[0][1] * 2 > len(matches):
            towns = [
                t if t is None or t.oblast_iso == common[0][0] else _community_town(word, common[0][0])
                for t, (_, _, word) in zip(towns, matches)
            ]
    for (match_start, match_end, word), town in zip(matches, towns):
        opening = _TWO_WORD_OPENING.search(clause[:match_start])
        if opening is not None:
            # "Verkhnya Syrovatska community" (Верхньосироватська): the town's name is two words, the first as
            # written (Verkhnia Syrovatka), the second from the adjective
            stem = word[:-2]
            named = (lookup_place(f"{opening.group(1)} {stem}{end}") for end in ("ka", "a", "e", ""))
            two_words = next((m for m in named if m is not None), None)
            if two_words is not None:
                town, match_start = two_words, opening.start(1)
        if town is None:
            written = clause[match_start:match_end]
            if hromada_centres(written) and not any(
                m.start < match_end and match_start < m.end for m in result
            ):
                # "the Miropolskaya community" (Миропільська): a hromada's adjective the gazetteer cannot read, kept
                # by its name; its centre is found in the report's oblast once the report is read (communities.py)
                result.append(
                    Mention(written, match_start, match_end, "settlement", True, place_name=written)
                )
            continue
        existing = next((m for m in result if m.start <= match_start < m.end), None)
        village = lookup_place(word + "e")
        if village is not None:
            # (of the villages so named, the one in the town's oblast: Pokrovske of the Dnipropetrovsk region)
            move_to_oblast(village, town.oblast_iso)
        seats = [m for m in result if m.precision == "settlement" and _DISTRICT_AFTER.match(clause[m.end :])]
        if village is not None and (
            _nearer_to_others(village, town, [m for m in result if m is not existing])
            # ("In the Synelnykove district, ... the Pokrovska community": under its district's heading, the one
            # nearer the district's seat)
            or _nearer_to_others(village, town, seats, factor=1)
        ):
            # "the Pokrovsk and Velykomykhailivka communities" in the Synelnykove district: Pokrovska hromada of
            # the village of Pokrovske there (40 km away), not of the town of Pokrov (110 km away)
            town = village
        others = {m.oblast_iso for m in result if m is not existing}
        if existing is not None and not others and existing.oblast_iso != town.oblast_iso:
            # "The Pokrovsk community" alone: the oblast the report names decides (Pokrov in a report on
            # the Nikopol district, Pokrovsk in one on Donetsk oblast)
            existing.alternatives = [*existing.alternatives, town]
            continue
        if existing is not None and (existing.oblast_iso in others or town.oblast_iso not in others):
            if not _nearer_to_others(town, existing, [m for m in result if m is not existing]):
                continue
        town.start, town.end = match_start, match_end
        # (as written: "the Khotinska community" of a report on Sumy oblast is looked up again by its adjective
        # when the town read, Khotyn of Chernivtsi oblast, lies elsewhere; communities.py)
        town.name = clause[match_start:match_end]
        result = [m for m in result if m is not existing] + [town]
    return sorted(result, key=lambda m: m.start)


def _nearer_to_others(town: Mention, existing: Mention, others: list[Mention], factor: float = 4) -> bool:
    """ "the Marhanets, Myrove, Pokrovske, and Chervonohryhorivka communities" beside Nikopol: Pokrovska hromada
    is Pokrov's (20 km away), not the village of Pokrovske of the same oblast (150 km away); of two places of
    one oblast a community's adjective may name, the one nearer the places listed with it."""
    if town.oblast_iso != existing.oblast_iso or town.place_name == existing.place_name:
        return False
    points = [
        (m.latitude, m.longitude) for m in others if m.precision == "settlement" and m.latitude is not None
    ]
    if not points or town.latitude is None or existing.latitude is None:
        return False

    def nearest(m: Mention) -> float:
        return min((m.latitude - a) ** 2 + (m.longitude - b) ** 2 for a, b in points)

    return factor * nearest(town) < nearest(existing)


def move_to_oblast(mention: Mention, oblast_iso: str | None) -> None:
    """Take, of the places named like ``mention``, the likeliest in ``oblast_iso`` (if there is one)."""
    if not oblast_iso or mention.oblast_iso == oblast_iso or mention.precision != "settlement":
        return
    gazetteer = load_gazetteer()
    key = normalize_name(mention.place_name or mention.name)
    rows = [
        r
        for r in (gazetteer.primary.get(key) or gazetteer.index.get(key) or [])
        if gazetteer.places.oblast_iso.iloc[r] == oblast_iso
    ]
    if rows:
        place = settlement_mention(gazetteer, mention.name, rows)
        mention.oblast_iso, mention.place_name = place.oblast_iso, place.place_name
        mention.latitude, mention.longitude, mention.oblast = place.latitude, place.longitude, place.oblast
    elif len(gazetteer.primary.get(key) or []) > 1:
        # a common village name the gazetteer does not list in that oblast: kept by its name, there
        oblast = find_oblast(oblast_iso)
        mention.oblast_iso, mention.place_name = oblast_iso, mention.name
        mention.latitude = mention.longitude = None
        mention.oblast = oblast.name if oblast is not None else None


def _drop_qualifiers(clause: str, mentions: list[Mention]) -> list[Mention]:
    """Names that only say where another place is: "Ocheretyne, Donetsk", "Bilopillia in the Sumy district"."""
    settlements = [m for m in mentions if m.precision == "settlement"]
    kept = []
    for mention in mentions:
        before = clause[: mention.start]
        district = re.search(r"([A-Z][\w'’-]+)\s+(?:district|raion),\s*$", before)
        if district and mention.precision == "settlement":
            # "Kupiansk district, Petropavlivka village": the village of that name in the district's oblast
            seat = lookup_place(district.group(1))
            move_to_oblast(mention, seat.oblast_iso if seat else None)
        previous = [m for m in settlements if m.end <= mention.start and m is not mention]
        if (
            previous
            and re.fullmatch(r",\s*", clause[previous[-1].end : mention.start])
            # ("at Chuhuiv, Kharkiv and Kupiansk districts": a list of districts goes on; Kharkiv is one of them)
            and not _AREA_AFTER.match(clause[mention.end :])
        ):
            oblast = find_oblast(mention.name)
            if oblast is not None and oblast.iso == previous[-1].oblast_iso:
                continue
        if (
            previous
            # ("three killed in Zarichne in Lyman hromada": the hromada says where the village is)
            and re.fullmatch(
                r"\s+in\s+(?:the\s+)?|\s+of\s+(?:the\s+)?", clause[previous[-1].end : mention.start]
            )
            and _QUALIFIER_AFTER.match(clause[mention.end :])
        ):
            continue
        if (
            previous
            and re.fullmatch(r",\s*", clause[previous[-1].end : mention.start])
            and _COMMUNITY_AFTER.match(clause[mention.end :])
            and _PLACE_OF_HIT_BEFORE.search(clause[: previous[-1].start])
        ):
            # "in the town of Dolyna, Vesela community, which ...": the community after a comma says where the
            # town is (its home), no attack on the community's centre (labelling rule 4)
            continue
        if _DISTRICT_AFTER.match(clause[mention.end :]) and any(
            # ("in the Chuguevsky district, 2 in Bogodukhovsky": another raion with its noun left out is no village)
            m is not mention and not _DISTRICT_AFTER.match(clause[m.end :]) and not m.district
            for m in settlements
        ):
            if previous and re.fullmatch(r",\s*", clause[previous[-1].end : mention.start]):
                # "the village of Oleksandrivka, Bohodukhiv district": of the places with that name, the
                # one in the district's oblast
                move_to_oblast(previous[-1], mention.oblast_iso)
            continue
        if not before.strip() and mention.name.isupper() and len(mention.name) > 3:
            continue
        if _NEAR_BEFORE.search(before) and any(
            m.start > mention.end and _OWN_PLACE_BEFORE.search(clause[: m.start]) for m in settlements
        ):
            # "close to the city of Kupiansk, shelling killed a woman in the village of A": the town near which the
            # village lies is no strike of its own (labelling rule 1: a place of its own is named for it)
            continue
        kept.append(mention)
    return kept


# ", Poltava", ", Bila Tserkva": one more item of a list of places, a name of one or two capitalised words
_ONE_MORE_NAMED = r"\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"


def _listed_together(clause: str, first: Mention, second: Mention) -> bool:
    """Whether two places are items of one list ("the Zaporizhzhia region and Lviv")."""
    one, two = sorted((first, second), key=lambda m: m.start)
    between = clause[one.end : two.start] if clause else ""
    return bool(
        re.fullmatch(
            # ("Odesa and the northern Volyn region", "hits reported in Sumy, Poltava, Rivne region": items of one
            # list, the region after towns of other regions)
            rf"(?:\s+(?:regions?|oblasts?|provinces?))?(?:{_ONE_MORE_NAMED})*"
            r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?"
            rf"|(?:{_ONE_MORE_NAMED})+\s*,\s+",
            between,
        )
        # (the last two items of such a list: "Poltava, Rivne region" after "Sumy, ")
        or (re.fullmatch(r"\s*,\s+", between) and re.search(r"[A-Z][\w'’-]+\s*,\s*$", clause[: one.start]))
        # "from the eastern regions of A and B to the port city of C, and the capital, D": the ends of one range,
        # listed together
        or re.fullmatch(
            r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’-]+)*\s+to\s+the\s+(?:[a-z-]+\s+){0,3}?(?:city|town|regions?|oblasts?)"
            r"\s+of\s+(?:[A-Z][\w'’-]+\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+capital\s*,?\s+)?)?",
            between,
        )
        # "targeted not only Kyiv but also the northern regions of A and B and the central region of C": one list
        or re.fullmatch(
            r"\s+but\s+also\s+(?:the\s+(?:[a-z]+\s+)?(?:regions?|oblasts?|provinces?)\s+of\s+)?"
            r"(?:[A-Z][\w'’-]+\s*(?:,|\band\b)\s*(?:the\s+(?:[a-z]+\s+)?(?:regions?|oblasts?|provinces?)\s+of\s+)?)*",
            between,
        )
    )


def _part_of_toll_at(clause: str, oblast: Mention, settlement: Mention) -> bool:
    """Whether the settlement is named after the oblast only to say where a part of its toll was ("X Oblast counted
    nine hurt, including three children in the town of Y")."""
    return bool(
        clause
        and oblast.start < settlement.start
        and re.search(
            r",\s+including\s+[^,;]*?\b(?:in|at)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
            clause[oblast.end : settlement.start],
        )
    )


def _with_its_town(clause: str, oblast: Mention, settlement: Mention) -> bool:
    """Whether a region and its own town are told together, joined by "and" ("Kherson and the Kherson region", "the
    Odesa region and Odesa", "Odesa and its region"), not one told as where the other is ("Kupiansk in the Kharkiv
    region")."""
    if not clause:
        return False
    if settlement.end <= oblast.start:
        return bool(
            re.fullmatch(
                r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:the\s+|its\s+)?(?:(?:surrounding|wider|whole|entire)\s+)?",
                clause[settlement.end : oblast.start],
            )
        )
    return oblast.end <= settlement.start and bool(
        re.fullmatch(
            r"\s+(?:regions?|oblasts?|provinces?)?\s*,?\s*(?:and|as\s+well\s+as)\s+(?:(?:in\s+)?the\s+city\s+of\s+)?",
            clause[oblast.end : settlement.start],
            re.IGNORECASE,
        )
    )


def drop_oblasts_of_settlements(mentions: list[Mention], clause: str = "") -> list[Mention]:
    """ "Kupiansk in the Kharkiv region" is one attack, in Kupiansk (of a clause's places in every language, as
    ``_drop_qualifiers`` is of an English clause's as they are found)."""
    settlements = [m for m in mentions if m.precision == "settlement"]
    kept = []
    for mention in mentions:
        inside = [s for s in settlements if s.oblast_iso == mention.oblast_iso]
        if mention.precision == "oblast" and (
            # "In Donetsk Oblast, ... in Pokrovsk, Kostiantynivka, and Zarichne": its toll
            (clause and len({s.key for s in inside}) >= 2)
            # "X Oblast counted nine hurt, including three children in the town of Y": its toll
            or (settlements and all(_part_of_toll_at(clause, mention, s) for s in settlements))
        ):
            kept.append(mention)
            continue
        if (
            mention.precision == "oblast"
            and inside
            and all(_with_its_town(clause, mention, s) for s in inside)
        ):
            # "Kherson and the Kherson region were shelled; two were killed": the toll told over both is the
            # region's, the town an attack with no figures of its own (labelling rule 4)
            mention.with_town = True
            kept.append(mention)
            continue
        if mention.precision == "oblast" and inside:
            continue
        if mention.precision == "oblast" and any(
            # ("Ponyativka, Kherson region": a village the gazetteer lacks, of the region named after it)
            has_namesake_in(s, mention.oblast_iso)
            or s.oblast_iso is None
            or not _listed_together(clause, mention, s)
            for s in settlements
        ):
            # "Pokrovsk, in the Donetsk region": the settlement's namesake in that oblast is meant.
            # ("the Zaporizhzhia region and Lviv": two places listed together, neither inside the other)
            continue
        kept.append(mention)
    return kept


_NEAR_BEFORE = re.compile(
    r"\b(?:near|close\s+to|not\s+far\s+from|outside)\s+(?:the\s+(?:city|town)\s+of\s+)?$", re.IGNORECASE
)
_OWN_PLACE_BEFORE = re.compile(r"\bin\s+the\s+(?:village|settlement|town)\s+of\s+$")


ATTACKED_LEAD = re.compile(
    r"\b(?:fired|shell(?:ed|ing)|struck|attack(?:ed|s)|hit|affected|targeted|under\s+(?:the\s+)?"
    + V.FIRE_KIND
    + r"(?:fire|attack))\b",
    re.I,
)


# Names before the first one the gazetteer knows, in the same list: "Novodarivka and ", "Omelnyk, Dolynka, ".
_UNLISTED_OPENING = re.compile(r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s*(?:and\s+)?|\s+and\s+))+$")
_COMMUNITIES = re.compile(r"\b(?:communit(?:y|ies)|hromadas?)\b", re.IGNORECASE)


def listed_as_hit(clause: str, mentions: list[Mention]) -> bool:
    """ "Strikes were also reported in A, B, C and D", "The settlements of A, B, C and D were struck", "the
    communities of A, B, C and D were under attack": a list of towns a verb of hitting is told of, each an
    attack, whatever else the sentence says."""
    # ("In the Kharkiv region, the settlements of A, B, C and D were struck": their oblast says where)
    if sum(m.precision != "settlement" for m in mentions) > 1:
        return False
    mentions = [m for m in mentions if m.precision == "settlement"]
    if not mentions:
        return False
    first, last = min(m.start for m in mentions), max(m.end for m in mentions)
    # ("bombed Zelenyi Hai and Robotyne from the air": a village the gazetteer lacks may open the list)
    before = _UNLISTED_OPENING.sub("", clause[:first])
    return bool(
        STRUCK_LIST.search(before)
        or STRUCK_AFTER_LIST.match(clause[last:])
        or _COMMUNITIES.search(clause)
        # ("the Russians fired 27 times on 11 settlements: ...", "Other affected settlements include: ...")
        or (SETTLEMENTS_LEAD.search(clause[:first]) and ATTACKED_LEAD.search(clause[:first]))
    )


# "Strikes were reported in Poltava, Kirovohrad, ... and Zhytomyr oblasts", "Odesa, Mykolaiv, ... and Sumy oblasts
# were also shelled": a list of regions closed by its plural noun and told as hit.
_REGIONS_NOUN_AFTER = re.compile(r"^\s*(?:oblasts|regions|provinces)\b", re.IGNORECASE)


# What else leads a national summary's list of regions closed by "oblasts": the article of "shelled the A, B, C and D
# regions", a toll told over them all ("killed four people in A, B, C and D oblasts"), attacks reported there
_REGIONS_LIST_BEFORE = re.compile(
    r"(?:\b(?:struck|hit|attacked|shelled|targeted|bombarded|pounded|(?:reported|recorded)\s+in)\s+the"
    # ("missiles flew in overnight, targeting the A, B, C and D regions", "the strike damaged substations in the
    # eastern A, B and C regions": a participle of hitting, or what the strike hit and then where, with a bearing;
    # "striking much of Ukraine, among them the A, B, C and D regions": what was hit, then the regions it included)
    r"|\b(?:targeting|striking|hitting|attacking|shelling|damag(?:ed|ing))\b(?:[^.;:]{0,60}?\b(?:in|on|at|across|including|among\s+them))?"
    r"\s+the(?:\s+(?:north|south|east|west|central)[\w-]*)?"
    # ("hit power facilities in A, B, C and D oblasts": a verb of hitting, what was hit, then where)
    r"|\b(?:struck|hit|attacked|shelled|targeted)\s+(?:[\w-]+\s+){0,3}?(?:facilities|infrastructure|sites|targets|objects)"
    r"\s+(?:in|across)(?:\s+the)?"
    r"|\b(?:killed|injured|wounded|hurt)\b[^.;:]{0,60}?\b(?:in|across)"
    # ("the attack also caused damage in the A, B, C and D regions", "damage in A, B and C regions": the noun)
    r"|\b(?<!no\s)(?:damage|destruction)\b[^.;:]{0,40}?\b(?:in|across)(?:\s+the)?"
    r"|\breported\s+(?:\w+\s+)?(?:attacks|strikes|shelling|hits)\s+(?:in|on))\s+$",
    re.IGNORECASE,
)


# "hit homes in regions such as ": a verb of hitting, then where, a plural noun leading the list
_HIT_BEFORE_LEAD = re.compile(
    r"\b(?:struck|hit|attacked|shelled|targeted|targeting|striking|hitting|attacking|damag(?:ed|ing))\b[^.;:]{0,60}?"
    r"\b(?:in|on|at|across)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:regions|oblasts|provinces|areas)\s*,?\s+"
    r"(?:including|such\s+as|like|among\s+them)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def regions_listed_as_hit(clause: str, mentions: list[Mention]) -> bool:
    """Whether the clause's places are regions named in one list that ends in "oblasts" (or "regions") and a
    verb of hitting is told of them, before ("Strikes were reported in") or after ("were also shelled"):
    each region is an attack of its own, however long the list (a national summary's regions, rule 5 of
    docs/labelling.md). The list ends at the first region the noun follows ("hit A, B and C oblasts, killing two in
    C Oblast")."""
    if not mentions or any(m.precision != "oblast" for m in mentions):
        return False
    first = min(m.start for m in mentions)
    last = max(m.end for m in mentions)
    closed = [m.end for m in mentions if _REGIONS_NOUN_AFTER.match(clause[m.end :])]
    after = clause[last:]
    if REGIONS_LEAD.search(clause[:first]):
        # ("areas such as A, B, C and D were attacked overnight": the noun leads the list; "drones hit homes in
        # regions such as A, B, C and D": the verb before it)
        return bool(STRUCK_AFTER_LIST.match(after) or _HIT_BEFORE_LEAD.search(clause[:first]))
    if not closed:
        return False
    after = clause[min(closed) :]
    return bool(
        STRUCK_LIST.search(clause[:first])
        or _REGIONS_LIST_BEFORE.search(clause[:first])
        or STRUCK_AFTER_LIST.match(after)
    )


# The smallest list the list reader reads: three places.
LIST_LENGTH = 3
# A list of regions named by their cities: "nine regions - Sumy, Poltava, ...", "областях: Сумській, ..."
_REGIONS_BEFORE = re.compile(
    r"(?:\b(?:regions|oblasts|provinces)\b|(?<!\w)(?:област|регіон|регион)\w*)(?:\s+[\w-]+){0,4}?\s*[-–—:]\s*$",
    re.IGNORECASE,
)
# What may stand between a list's colon and its first place: a few words ("the villages of", "м.", "с.").
_AFTER_COLON = re.compile(r":\s*(?:[^\s.!?:;]+\s+){0,3}$")
# A district heading its places, "Kupiansk district: A and B.", "In the Izium district – A, B and C." (a roundup's
# places grouped by raion, each group told without a verb)
_DISTRICT_LEAD = re.compile(
    r"^\W*(?:in\s+the\s+)?[A-Z][\w'’-]+\s+(?:district|raion)\s*(?::|[–—-](?!\w))\s*(?:(?:the\s+)?(?:town|city|village|villages|settlements?)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)


def after_colon(clause: str, mentions: list[Mention]) -> bool:
    """Whether the clause's places follow a colon after a lead ("Over the day, the following settlements of
    the region: A, B, C, D"; "Під ударом були: A, B, C")."""
    if not mentions:
        return False
    first = min(m.start for m in mentions)
    before = _UNLISTED_OPENING.sub("", clause[:first])
    colon = _AFTER_COLON.search(before)
    return colon is not None and bool(before[: colon.start()].strip())


# A sentence that is its list and only words of when besides ("Over the past day, A, B, C and D were." where a
# machine translation lost the verb; "Минулої доби A, B, C та D."): no verb of another matter ("toured A, B, C")
_WHEN_WORDS = re.compile(
    r"(?:over|the|past|last|day|days|night|yesterday|overnight|morning|evening|afternoon|today|this|24|hours|also|too"
    r"|were|was|are|is|in|during|on|and|as|well|again|минулої|минулу|доби|добу|за|протягом|упродовж|вночі|вдень|уночі|удень"
    r"|вранці|ввечері|уранці|увечері|також|ще|та|і|й|сьогодні|вчора|сутки|прошедшие|минувшие|ночью|днем|днём|утром|вечером|также"
    r"|еще|ещё|и|вчера|сегодня)",
    re.IGNORECASE,
)


def bare_list(clause: str, mentions: list[Mention]) -> bool:
    """Whether the clause is its list of places and a few words besides ("Over the past day, Bilozerka,
    Kizomys, Sadove and Tiahynka were.")."""
    if not mentions:
        return False
    first, last = min(m.start for m in mentions), max(m.end for m in mentions)
    inside = clause[first:last]
    # (between the places only joints: commas, "and", "the city of", names the gazetteer lacks)
    joints = re.sub(
        r"[\w'’ʼ-]*[A-ZА-ЯІЇЄҐ][\w'’ʼ-]*|\b(?:and|the|city|town|village|of|та|і|й|и|місто|село|город)\b",
        "",
        inside,
    )
    if re.search(r"[^\W\d_]{2,}", joints) or re.search(r"[.;:!?]", joints):
        return False
    beside = re.findall(r"[\w'’ʼ-]+", clause[:first] + " " + clause[last:])
    return all(_WHEN_WORDS.fullmatch(word) for word in beside)


def list_reading(
    clause: str,
    mentions: list[Mention],
    *,
    hit: bool,
    other_matter: re.Pattern[str],
    attack_cue: re.Pattern[str],
    about_attacks: bool,
    items: int = 0,
) -> str | None:
    """How a clause that lists three places or more reads, whatever its phrasing, in any of the three languages.

    The list is read by its structure, not by its verb: a report about attacks that lists places in a
    sentence with an attack word ("Under fire and drone strikes were A, B, C ...", "Обстрілів зазнали A, B,
    C") or after a lead and a colon ("Over the past day, the following settlements of the region: A, B, C")
    lists places hit, one attack each; so does a sentence that is little more than its list ("Over the past
    day, A, B, C and D were.", its verb lost in translation).  A list the sentence tells for something else (people evacuated,
    power restored, schools, a curfew, a route, a forecast, aid, air-raid alerts, ground fighting, drones
    shot down or flying over: ``other_matter``) names no attack, unless a verb of hitting is told of the
    list itself (``hit``).

    Parameters
    ----------
    clause, mentions
        The clause and the places found in it.
    hit
        Whether a verb of hitting is told of the list ("A, B, C and D were shelled", "обстріляли A, B, C").
    other_matter, attack_cue
        The language's words of other matters and of attacks.
    about_attacks
        Whether the report has told of attacks by this sentence (its title included).
    items
        For an item of a bulleted list told with its lead ("Settlements under fire: Borova"), how many items the
        list has: the list is that long, though the clause names one place.

    Returns
    -------
    str or None
        "hit" (each place an attack), "other" (no place an attack), or None: no list of three places, or
        nothing said either way (the other rules decide).
    """
    if (
        about_attacks
        and mentions
        and _DISTRICT_LEAD.match(clause[: min(m.start for m in mentions)])
        and not other_matter.search(clause)
    ):
        return "hit"
    if not mentions or max(len({m.key for m in mentions}), items) < LIST_LENGTH:
        return None
    settlements = {m.key for m in mentions if m.precision == "settlement"}
    long_enough = max(len(settlements), items) >= LIST_LENGTH
    if hit and long_enough:
        return "hit"
    if other_matter.search(clause):
        return "other"
    if (
        not long_enough
        or 2 * len(settlements) <= len({m.key for m in mentions})
        # ("Russia targeted nine regions - Sumy, Poltava, Kharkiv, ...": regions named by their cities)
        or _REGIONS_BEFORE.search(clause[: min(m.start for m in mentions)])
    ):
        return None  # (a list of regions: a summary, or regions hit, as the other rules say)
    if attack_cue.search(clause) or (
        about_attacks and (after_colon(clause, mentions) or bare_list(clause, mentions))
    ):
        return "hit"
    return None


# "in the capital", "the Ukrainian capital", "Ukraine's capital", "the capital's Darnytskyi district": Kyiv, in a report
# on attacks on Ukraine; not "the capital, Kyiv" (the name follows and is read), not "the capital of X", not the capital
# region, not a capital of another country ("the Russian capital" has its adjective)
_NATIONAL_CAPITAL = re.compile(
    r"\b(?:the\s+(?:Ukrainian\s+)?|Ukraine['’]s\s+)(?P<capital>capital)(?!\s*,?\s*(?:city\s+)?(?:Kyiv|Kiev)\b)"
    r"(?!\s+(?:of|region|city\s+of)\b)"
)


def _the_capital(clause: str, mentions: list[Mention]) -> list[Mention]:
    """Kyiv where a clause that names no Kyiv calls it "the capital"."""
    if any(m.key == normalize_name("Kyiv") for m in mentions):
        return []
    found = []
    for phrase in _NATIONAL_CAPITAL.finditer(clause):
        kyiv = lookup_place("Kyiv")
        if kyiv is not None:
            kyiv.name, kyiv.start, kyiv.end = (
                phrase.group("capital"),
                phrase.start("capital"),
                phrase.end("capital"),
            )
            found.append(kyiv)
    return found


# "the regional capital", "the oblast center", "the region's capital"
_REGIONAL_CAPITAL = re.compile(
    r"\bthe\s+(?:regional|oblast|region's|oblast's)\s+(?:capital|cent(?:er|re))\b", re.I
)


def _regional_capital(clause: str, mentions: list[Mention]) -> list[Mention]:
    """ "... 19 people were wounded in the missile strike on the regional capital" told with the Zaporizhzhia
    administration or the Zaporizhzhia region: the capital of the one oblast the clause names (as the Slavic
    reader reads "обласний центр"), unless the clause names a town it hit."""
    phrase = _REGIONAL_CAPITAL.search(clause)
    oblasts = {m.oblast_iso for m in mentions} - {None}
    if phrase is None or len(oblasts) != 1 or any(m.strong and m.precision == "settlement" for m in mentions):
        return mentions
    capital = _capital_at(phrase, mentions[0])
    if capital is None:
        return mentions
    others = [m for m in mentions if m.precision != "oblast" and m.key != capital.key]
    return sorted([*others, capital], key=lambda m: m.start)


def _capital_at(phrase: re.Match, named: Mention) -> Mention | None:
    """The capital of ``named``'s oblast, placed where the phrase naming it stands."""
    capital = oblast_capital(named.oblast_iso, named.oblast)
    if capital is not None:
        capital.name, capital.start, capital.end = phrase.group(0), phrase.start(), phrase.end()
    return capital


def capital_of_region_before(clause: str, told_before: Callable[[], list[Mention]]) -> list[Mention]:
    """The regional capital of a clause that names no place, when what was told just before names one region.

    "Drones struck the Kherson region overnight." then "Two were hurt in the regional capital.": Kherson, the city.
    ``told_before`` gives the places of the sentence before and of the clauses before this one in its sentence (read
    only when the clause has the phrase); a region they name with its towns ("Polohy in the Zaporizhzhia region") is
    still one region, two regions are none.
    """
    phrase = _REGIONAL_CAPITAL.search(clause)
    if phrase is None:
        return []
    before = told_before()
    regions = [m for m in before if m.precision == "oblast"]
    if not regions or len({m.oblast_iso for m in before} - {None}) != 1:
        return []
    capital = _capital_at(phrase, regions[0])
    return [capital] if capital is not None else []
