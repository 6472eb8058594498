"""A name looked up in the offline gazetteer: the Mention of a place, settlement or oblast.

The lowest layer of place finding (English and Ukrainian/Russian): spellings, homoglyphs and
Russian-style or older Latin spellings are brought to a gazetteer row here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from data.extraction import vocabulary as V
from geo.city_districts import city_of_section
from geo.gazetteer import load_gazetteer, normalize_name
from geo.oblasts import find_oblast
from geo.romanisation import respelled_rows
from geo.settlements import find_settlements

# Alternate spellings only count for towns big enough that the spelling means them
# (GeoNames keeps old names such as "Paris" for villages).
MIN_POPULATION_FOR_ALTERNATE = 10_000
MIN_POPULATION_FOR_RESPELLING = 3_000
REGION_IN_NAME = re.compile(r"\s+(?:Oblast|Region|Province)$")


@dataclass
class Mention:
    """A place named in a clause."""

    name: str  # as written
    start: int
    end: int
    precision: str  # "settlement" or "oblast"
    strong: bool = True  # False for "the governor of X": used only when nothing else is named
    oblast_iso: str | None = None
    place_name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    oblast: str | None = None
    district: bool = False  # "the Myrhorod district", "the Poltava and Shcherbani communities": an area
    # Other places an adjective may name ("Покровська громада": Pokrovsk, Pokrov, ...), most likely first.
    alternatives: list = field(default_factory=list, repr=False, compare=False)
    adjective: bool = field(
        default=False, repr=False, compare=False
    )  # "Золочівська громада": a town's adjective
    # Found under another Latin spelling of its name ("Chuguiev" for Chuhuiv): see geo/romanisation.py.
    respelled: bool = field(default=False, repr=False, compare=False)
    # The cities that have a district of this name ("Подільський район": Kyiv's too): see geo/city_districts.py
    district_of: frozenset = field(default=frozenset(), repr=False, compare=False)
    # A region told together with its own town ("Kherson and the Kherson region", "Odesa and its region"): a toll
    # told over both is the region's, the town an attack with no figures of its own (labelling rule 4).
    with_town: bool = field(default=False, repr=False, compare=False)

    @property
    def key(self) -> tuple[str, str]:
        return (self.precision, self.place_name or self.name)


_HOMOGLYPHS = str.maketrans("аеоірсхуАЕОІРСХК", "aeoipcxyAEOIPCXK")


# A district's or community's adjective ("Saltivskyi", "Kupyansky", "Myrovska"): never a village respelled.
_ADJECTIVE_SPELLING = re.compile(r"(?:sk|ck|tsk|zk)(?:yi|iy|yy|ij|y|i|a|aya|aia|oi|oy|ii)$")


# Capitalised words that open a clause before a place ("In Chuguiev", "Near Orekhov"), not first names.
OPENING_WORD = re.compile(
    r"^(?:In|At|On|Near|From|To|Of|And|The|Also|Outside|Around|Across|Inside|Over|Village|Town|City|Settlement)$"
)


# A compound name's first part, as one word and as the adjective it stands for: "Velykopysarivska" is Velyka
# Pysarivka's, "the Verkhnosyrovatka community" Verkhnia Syrovatka's.
COMPOUND_PREFIXES = {
    "Velyko": ("Velyka ", "Velykyi ", "Velyke "),
    "Novo": ("Nova ", "Novyi ", "Nove "),
    "Staro": ("Stara ", "Staryi ", "Stare "),
    "Malo": ("Mala ", "Malyi ", "Male "),
    "Verkhno": ("Verkhnia ", "Verkhnii ", "Verkhnie "),
    "Nyzhno": ("Nyzhnia ", "Nyzhnii ", "Nyzhnie "),
}


def lookup_place(name: str, respell: bool = False) -> Mention | None:
    """The gazetteer's settlement named ``name``, as a mention; None when it knows none.

    Parameters
    ----------
    name
        A place name, in any of the spellings the gazetteer indexes.
    respell
        Also try the places whose own name ``name`` may be another romanisation of
        (``geo/romanisation.py``); the mention then has ``respelled`` set.
    """
    gazetteer = load_gazetteer()
    if re.search(r"[A-Za-z]", name) and re.search(r"[А-Яа-яІі]", name):
        # "Vorozhbа" with a Cyrillic "а": pasted text mixes look-alike letters into a Latin name
        name = name.translate(_HOMOGLYPHS)
    key = normalize_name(name)
    if key in V.NOT_PLACES or key.removeprefix("the ") in V.NOT_PLACES:
        return None
    # City districts are named as "Kyiv's Obolonskyi district"; the city is the place.
    rows = [r for r in gazetteer.primary.get(key, []) if not gazetteer.places.likely_city_district.iloc[r]]
    own: list[int] = []  # the places whose own name it is, when an old name of a larger one wins
    alternates = [
        r
        for r in gazetteer.index.get(key, [])
        if gazetteer.places.population.iloc[r] >= MIN_POPULATION_FOR_ALTERNATE
        and not gazetteer.places.likely_city_district.iloc[r]
    ]
    population = gazetteer.places.population
    if not rows or (
        alternates
        and max(population.iloc[r] for r in alternates) >= 10 * max(population.iloc[r] for r in rows)
        # "Олександрівка" is the Ukrainian name of seventeen villages and a former name of Donetsk:
        # a name in Ukrainian letters that is some places' own name means them, and so does a name that
        # is the own name of many ("Oleksandrivka").
        and not re.search(r"[іїєґ]", key)
        and len(rows) < 5
    ):
        # "Константиновка" is a Crimean village's own name and the Russian name of Kostiantynivka,
        # a city of 67,000: the city is meant.
        own, rows = rows, alternates
    places = gazetteer.places
    if rows and not re.search(r"[іїєґ]", key) and all(places.oblast_iso.iloc[r] == "UA-43" for r in rows):
        # "в Удачном": the gazetteer keeps Crimea's villages under their Russian names, so a Russian
        # spelling is a Crimean village's own name and a mainland village's other name; a report of an
        # attack means the larger mainland one (Udachne of Donetsk oblast, not Udachnoe in Crimea).
        mainland = [
            r
            for r in gazetteer.index.get(key, [])
            if places.oblast_iso.iloc[r] != "UA-43"
            and population.iloc[r] > max(population.iloc[c] for c in rows)
            and not places.likely_city_district.iloc[r]
        ]
        rows = mainland or rows
    if not rows and key.isascii() and ("g" in key or key.endswith("sky") or key.endswith("skiy")):
        # "Myrnograd", "Pavlograd", "Chervonogrygorivka": a Russian-style spelling; Ukrainian names are
        # written with h (towns of 3,000 people or more, as for the Russian spellings in Cyrillic);
        # "Novgorod-Siversky" is Novhorod-Siverskyi, "Khmelnytskiy" Khmelnytskyi
        respelled = re.sub(r"skiy$", "skyi", key.replace("g", "h")) + ("i" if key.endswith("sky") else "")
        rows = [
            r
            for r in gazetteer.primary.get(respelled, []) + gazetteer.index.get(respelled, [])
            if population.iloc[r] >= MIN_POPULATION_FOR_RESPELLING
            # ("the Kyivsky district" of Kharkiv is no Kyivskyi, a district of Donetsk)
            and not gazetteer.places.likely_city_district.iloc[r]
        ]
    respelled = False
    if not rows and respell and key.isascii() and not _ADJECTIVE_SPELLING.search(key):
        # "Kupyansk-Vuzlovy", "Chuguiev", "Dvurechnaya", "Belyi Kolodez": a Russian-style or older Latin
        # spelling of a place the gazetteer knows under another (geo/romanisation.py: the same consonants as
        # its own name, and close to one of its names written out in Latin letters).
        rows = [
            r for r in respelled_rows(gazetteer, key) if not gazetteer.places.likely_city_district.iloc[r]
        ]
        respelled = bool(rows)
    if not rows and key.isascii():
        # "the Verkhnosyrovatka community": a two-word name written as one (Verkhnia Syrovatka)
        prefix = next(
            (p for p in COMPOUND_PREFIXES if key.startswith(p.lower()) and len(key) > len(p) + 3), None
        )
        if prefix is not None:
            rest = key[len(prefix) :]
            rows = next(
                (
                    found
                    for word in COMPOUND_PREFIXES[prefix]
                    if (found := gazetteer.primary.get(normalize_name(word + rest)))
                ),
                [],
            )
    if not rows:
        return None
    mention = settlement_mention(gazetteer, name, rows)
    mention.respelled = respelled
    if own:
        # ("Stanislav", the old name of Ivano-Frankivsk, is a Kherson village's own name: in a report on
        # Kherson oblast the village is meant, chosen when the report's oblasts are known)
        mention.alternatives = [settlement_mention(gazetteer, name, own)]
    return mention


def settlement_mention(gazetteer, name: str, rows: list[int]) -> Mention:
    """A mention of ``name`` as the best ranked of the gazetteer's ``rows`` (a settlement)."""
    place = gazetteer.best_place(rows)
    city = city_of_section(place.geonameid)
    if city is not None and gazetteer.primary.get(normalize_name(city)):
        # "Two drones struck Northern Saltivka": a neighbourhood GeoNames lists as a place of its own is its city
        place = gazetteer.best_place(gazetteer.primary[normalize_name(city)], place.oblast_iso)
    return Mention(
        name,
        0,
        0,
        "settlement",
        True,
        place.oblast_iso,
        place.name,
        place.latitude,
        place.longitude,
        place.oblast,
    )


def oblast_vote(voters: list[set[str]], more_than_half: bool) -> str | None:
    """The oblast most of the places named together can lie in, or None: the one vote for namesakes.

    Each voter is the set of oblasts a place of its name is in (so that in a long list other namesakes, "A,
    Sofiivka, B, C, Mykhailivka, ...", do not stop the vote); an empty set is a voter with no oblast. The winner
    needs two votes at least and half of the voters (more than half with ``more_than_half``). Used by
    :func:`settle_namesakes` (a clause's places) and by the lists laid out over lines (``extract._list_oblasts``).
    """
    votes: Counter = Counter()
    for oblasts in voters:
        votes.update(oblasts)
    if not votes:
        return None
    most = max(votes.values())
    tied = sorted(oblast for oblast, count in votes.items() if count == most)
    if len(tied) > 1:
        # (a tie, e.g. villages of names many oblasts have: the oblast the places of fewer namesakes point to, a
        # voter counting for 1 / the number of its oblasts; still tied, no winner. Never the order a set of oblasts
        # happens to iterate in, which changes from run to run)
        weight = {oblast: sum(1 / len(v) for v in voters if oblast in v) for oblast in tied}
        best = max(weight.values())
        tied = [oblast for oblast in tied if weight[oblast] == best]
        if len(tied) > 1:
            return None
    if most < 2:
        return None
    share = 2 * most
    if share < len(voters) or (more_than_half and share == len(voters)):
        return None
    return tied[0]


def settle_namesakes(mentions: list[Mention]) -> list[Mention]:
    """A name several oblasts have, listed with two or more other places of one oblast, is the one there.

    "three each in Kupiansk and Balakliia, and two more in Zolochiv": Zolochiv of Kharkiv oblast, not the
    bigger town of Lviv oblast (the gazetteer alone picks the most populous).  The vote is the clause's: most of
    its other strong settlements can lie in one oblast (two at least, half of them or more).  Used by the English and the Slavic
    ``find_places`` alike.
    """
    settlements = [m for m in mentions if m.precision == "settlement" and m.strong and m.place_name]
    if len(settlements) < 3:
        return mentions
    gazetteer = load_gazetteer()
    oblast_of = gazetteer.places.oblast_iso
    settled = []
    for mention in mentions:
        key = normalize_name(mention.place_name or mention.name)
        listed = any(mention is m for m in settlements)
        every = (gazetteer.primary.get(key) or []) if listed else []
        # (the oblast most of the others can be in, two at least and half of them: each other place votes
        # for every oblast a place of its name is in, so that in a long list other namesakes read elsewhere, "A,
        # Sofiivka, B, C, Mykhailivka, ...", do not stop the vote; a name kept as written, of no oblast yet, has none)
        # (a village the gazetteer lacks, kept by its name with no oblast yet, votes for every oblast the settlements
        # table has a village of its name in: "attacks on Huliaipole, Novodarivka, Robotyne, Mali Shcherbaky and
        # Kamianske" are of Zaporizhzhia oblast, not of the city of Kamianske)
        voters = [
            {oblast_of.iloc[r] for r in gazetteer.primary.get(normalize_name(other.place_name), [])}
            or (
                {other.oblast_iso}
                if other.oblast_iso
                else {s.oblast_iso for s in find_settlements(other.place_name)}
            )
            for other in settlements
            if normalize_name(other.place_name) != key
        ]
        voters = [v for v in voters if v]
        oblast_iso = oblast_vote(voters, more_than_half=False)
        if (
            len({oblast_of.iloc[r] for r in every}) < 2
            or len(voters) < 2
            or oblast_iso is None
            or mention.oblast_iso == oblast_iso
        ):
            settled.append(mention)
            continue
        rows = [r for r in every if oblast_of.iloc[r] == oblast_iso]
        if not rows:
            settled.append(mention)
            continue
        place = gazetteer.best_place(rows)
        settled.append(
            replace(
                mention,
                oblast_iso=place.oblast_iso,
                place_name=place.name,
                latitude=place.latitude,
                longitude=place.longitude,
                oblast=place.oblast,
            )
        )
    return settled


def has_namesake_in(mention: Mention, oblast_iso: str | None) -> bool:
    """Whether a settlement of ``mention``'s name lies in ``oblast_iso`` (or the name is not in the gazetteer)."""
    gazetteer = load_gazetteer()
    key = normalize_name(mention.place_name or mention.name)
    rows = gazetteer.primary.get(key) or gazetteer.index.get(key) or []
    return not rows or any(gazetteer.places.oblast_iso.iloc[r] == oblast_iso for r in rows)


def is_city_name(name: str) -> bool:
    """A city's own name (not an old or foreign one): "Attack On Zaporizhzhia Rises To 28" is a headline
    in title case, not a person called Zaporizhzhia."""
    gazetteer = load_gazetteer()
    rows = gazetteer.primary.get(normalize_name(name), [])
    return any(gazetteer.places.population.iloc[r] >= 50_000 for r in rows)


def sole_oblast(isos: Iterable[str | None]):
    """The oblast when every one of ``isos`` is the same oblast's ISO code; None when they are several, none, or one
    of them is None (a place whose oblast is not known)."""
    found = set(isos)
    return find_oblast(next(iter(found))) if len(found) == 1 and None not in found else None


def mention_as_oblast(mention: Mention, name: str) -> Mention | None:
    """``mention`` moved to the oblast ``name`` names (or the oblast of its city); None when there is none.

    ``mention`` is changed in place; a town's district ("the Nikopol region") keeps the town, marked
    ``district``.
    """
    oblast = find_oblast(name)
    if oblast is None and mention.oblast_iso and lookup_place(name) is not None:
        # "the region of Odessa": an old spelling the oblast names lack; its city's oblast.
        oblast = find_oblast(mention.oblast_iso)
        capital = oblast_capital(oblast.iso, oblast.name) if oblast is not None else None
        if (
            oblast is not None
            and normalize_name(oblast.name)[:4] != normalize_name(name)[:4]
            # ("Dnepropetrovsk Oblast", "the Nikolaev region": an old name of the oblast's capital, so the oblast)
            and (capital is None or capital.place_name != mention.place_name)
        ):
            # "the Nikopol region in Dnipropetrovsk Oblast" (Нікопольщина): the town's district, so the town
            mention.district = True
            return mention
        name = oblast.name if oblast is not None else name
    if oblast is None:
        return None
    mention.precision = "oblast"
    mention.oblast_iso = oblast.iso
    mention.oblast = oblast.name
    # ("Khmelnytskiy" oblast is Khmelnytskyi)
    mention.place_name = REGION_IN_NAME.sub("", oblast.name if name.isascii() else name)
    mention.latitude = oblast.latitude
    mention.longitude = oblast.longitude
    return mention


# The capital (a region of its own, UA-30) and the Kyiv region around it (UA-32): one area as reports tell it
KYIV_AND_ITS_REGION = frozenset({"UA-30", "UA-32"})

# Oblast capitals not named after their oblast (the others are: Kharkiv of the Kharkiv region)
_CAPITALS = {"UA-12": "Dnipro", "UA-35": "Kropyvnytskyi", "UA-43": "Simferopol", "UA-32": "Kyiv"}


def oblast_capital(oblast_iso: str | None, oblast_name: str | None) -> Mention | None:
    """The capital city of an oblast, as a mention to be placed where the report names it ("the regional capital",
    "обласний центр"); None when the gazetteer has no such city in that oblast."""
    capital = lookup_place(_CAPITALS.get(oblast_iso or "") or REGION_IN_NAME.sub("", oblast_name or ""))
    return capital if capital is not None and capital.oblast_iso == oblast_iso else None
