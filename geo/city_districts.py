"""The districts (міські райони) of Ukraine's larger cities, for telling a city's district from a village or a raion.

Reports name where in a city a strike fell by its district's adjective: "у Деснянському районі", "в Подольском
районе", "Дарницкий район: ...", "повреждения в трех районах, среди них в Печерском, ...". Read alone,
such an adjective looks like a village's name (Дарницьке, Дніпровське) or like a raion of an oblast named after its
town (Подільський район of Odesa oblast, whose centre is Podilsk). This table lists each city's districts once, by
their Ukrainian names; the Russian spellings are derived (``geo/russian_forms.py``), with the few Russian names that
are not a respelling given beside them (Солом'янський: Соломенский).

The table is ours, written for this project from the cities' administrative division (facts, no source text): the
cities that have districts of their own, with the names in use since the 2016 renamings and, where a district was
renamed later, its former name too (Odesa's Суворовський and Малиновський, renamed in 2023).
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.gazetteer import normalize_name
from geo.russian_forms import russian_forms, russian_key

# city (as the gazetteer names it) -> its districts' Ukrainian names
CITY_DISTRICTS: dict[str, tuple[str, ...]] = {
    "Kyiv": (
        "Голосіївський",
        "Дарницький",
        "Деснянський",
        "Дніпровський",
        "Оболонський",
        "Печерський",
        "Подільський",
        "Святошинський",
        "Солом'янський",
        "Шевченківський",
    ),
    "Kharkiv": (
        "Індустріальний",
        "Київський",
        "Немишлянський",
        "Новобаварський",
        "Основ'янський",
        "Салтівський",
        "Слобідський",
        "Холодногірський",
        "Шевченківський",
    ),
    "Dnipro": (
        "Амур-Нижньодніпровський",
        "Індустріальний",
        "Новокодацький",
        "Самарський",
        "Соборний",
        "Центральний",
        "Чечелівський",
        "Шевченківський",
    ),
    "Odesa": ("Київський", "Пересипський", "Приморський", "Хаджибейський", "Суворовський", "Малиновський"),
    "Zaporizhzhia": (
        "Вознесенівський",
        "Дніпровський",
        "Заводський",
        "Комунарський",
        "Олександрівський",
        "Хортицький",
        "Шевченківський",
    ),
    "Kryvyi Rih": (
        "Довгинцівський",
        "Інгулецький",
        "Металургійний",
        "Покровський",
        "Саксаганський",
        "Тернівський",
        "Центрально-Міський",
    ),
    "Mykolaiv": ("Заводський", "Інгульський", "Корабельний", "Центральний"),
    "Kherson": ("Дніпровський", "Корабельний", "Центральний"),
    "Lviv": ("Галицький", "Залізничний", "Личаківський", "Сихівський", "Франківський", "Шевченківський"),
    "Chernihiv": ("Деснянський", "Новозаводський"),
    "Sumy": ("Заріченський", "Ковпаківський"),
    "Poltava": ("Київський", "Подільський", "Шевченківський"),
    "Kropyvnytskyi": ("Подільський", "Фортечний"),
    "Kamianske": ("Дніпровський", "Заводський", "Південний"),
    "Cherkasy": ("Придніпровський", "Соснівський"),
    "Zhytomyr": ("Богунський", "Корольовський"),
    "Kremenchuk": ("Автозаводський", "Крюківський"),
    "Chernivtsi": ("Першотравневий", "Садгірський", "Шевченківський"),
    "Mariupol": ("Кальміуський", "Лівобережний", "Приморський", "Центральний"),
}

# Russian names that are not a respelling of the Ukrainian one
_RUSSIAN = {"Солом'янський": ("Соломенский",), "Новобаварський": ("Новобаварский",)}

# An adjective's ending in any case and gender, Ukrainian or Russian ("Деснянському", "Подольском", "Заводской")
_ENDING = re.compile(
    r"(?:ий|ій|ый|ой|ого|ому|им|ім|ом|ая|а|ої|ою|ую|у|ое|е|і|ие|ые|их|ых|ими|ыми|ем|ей|я|ю|яя|ее|ього|ьому|ім)$"
)


def _stem(word: str) -> str:
    """An adjective without its ending, folded for Russian: "Деснянському" and "Деснянском" -> "деснянськ" /
    "деснянск" -> both "деснянск" (the soft sign and apostrophe dropped, ы/э/ё/є as и/е)."""
    key = russian_key(normalize_name(word).replace(" ", "-"))
    return _ENDING.sub("", key.replace(" ", "-"))


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[str]]:
    """Every Ukrainian and Russian stem of a district's name -> the cities that have a district so named."""
    index: dict[str, set[str]] = {}
    for city, districts in CITY_DISTRICTS.items():
        for district in districts:
            forms = {district.lower(), *(r.lower() for r in _RUSSIAN.get(district, ()))}
            # ("Подільський": Подольский, Подилький ...; the Russian spellings of the stem before the suffix)
            stem = re.sub(r"(?:ськ|цьк|зьк|н)(?:ий|ій)$", "", district.lower())
            suffix = district.lower()[len(stem) :]
            russian_suffix = {
                "ський": "ский",
                "цький": "цкий",
                "зький": "зкий",
                "ний": "ный",
                "ній": "ний",
            }.get(suffix, suffix)
            forms |= {form + russian_suffix for form in russian_forms(stem)} if " " not in stem else set()
            for form in forms:
                index.setdefault(_stem(form), set()).add(city)
    return {stem: frozenset(cities) for stem, cities in index.items()}


def district_cities(word: str) -> frozenset[str]:
    """The cities that have a district named by the adjective ``word`` in any case, in Ukrainian or Russian
    ("Деснянському": Kyiv and Chernihiv; "Подольском": Kyiv, Poltava and Kropyvnytskyi); empty for any other word.

    Examples
    --------
    >>> sorted(district_cities("Деснянском"))
    ['Chernihiv', 'Kyiv']
    >>> sorted(district_cities("Соломенский"))
    ['Kyiv']
    >>> district_cities("Бучанському")
    frozenset()
    """
    if not word or not re.search(r"[а-яіїєґё]", word, re.IGNORECASE):
        return frozenset()
    return _index().get(_stem(word), frozenset())


@lru_cache(maxsize=1)
def _raion_stems() -> frozenset[str]:
    """The stems of the raions' names (of 2020, from the settlements table) in Ukrainian and Russian spellings."""
    from geo.settlements import load_settlements

    stems: set[str] = set()
    # (a raion's name is a masculine adjective; the codifier's "Київська" for the exclusion zone is none)
    for raion in {r for r in load_settlements().table.raion_uk if re.search(r"(?:ий|ій)$", r)}:
        stem = re.sub(r"(?:ськ|цьк|зьк|н)(?:ий|ій)$", "", raion.lower())
        suffix = raion.lower()[len(stem) :]
        russian_suffix = {"ський": "ский", "цький": "цкий", "зький": "зкий", "ний": "ный"}.get(suffix, suffix)
        stems.add(_stem(raion))
        stems |= {_stem(form + russian_suffix) for form in russian_forms(stem)} if " " not in stem else set()
    return frozenset(stems)


def only_a_city_district(word: str) -> bool:
    """Whether the adjective ``word`` names a city's district and no raion of an oblast: "Деснянському районі" is
    a district of Kyiv or Chernihiv, never a place of its own; "Подільському районі" may be Odesa oblast's raion
    too (Podilsk), so it is not only a district.

    >>> only_a_city_district("Деснянском"), only_a_city_district("Подольском"), only_a_city_district("Бучанском")
    (True, False, False)
    """
    return bool(district_cities(word)) and _stem(word) not in _raion_stems()


# A Latin adjective's ending as English reports write it: "Kyivskyi", "Kyivskyy", "Kyivskiy", "Kyivsky"
_LATIN_ENDING = re.compile(r"(?:yi|yy|iy|ij|y|i)$")


def _latin_key(word: str) -> str:
    return _LATIN_ENDING.sub("", normalize_name(word).replace(" ", "-"))


@lru_cache(maxsize=1)
def _latin_index() -> dict[str, frozenset[str]]:
    """The national romanisation of every district's name (Київський: Kyivskyi), its ending taken off -> the cities."""
    from geo.romanisation import romanize_ukrainian

    index: dict[str, set[str]] = {}
    for city, districts in CITY_DISTRICTS.items():
        for district in districts:
            index.setdefault(_latin_key(romanize_ukrainian(district)), set()).add(city)
    return {key: frozenset(cities) for key, cities in index.items()}


def latin_district_cities(word: str) -> frozenset[str]:
    """The cities that have a district named by the Latin adjective ``word`` ("the Kyivskyi district" of Kharkiv,
    Odesa or Poltava; "the Dniprovskyi district" of Kyiv, Zaporizhzhia, Kherson or Kamianske); empty for any other.

    >>> sorted(latin_district_cities("Kyivskyi"))
    ['Kharkiv', 'Odesa', 'Poltava']
    >>> latin_district_cities("Nikopolskyi")
    frozenset()
    """
    if not word or not word.isascii() or not re.search(r"[kn](?:yi|yy|iy|ij|y|i)$", word):
        return frozenset()  # (an adjective only: the town of Podilsk is no district)
    return _latin_index().get(_latin_key(word), frozenset())


def noun_district_cities(noun: str) -> frozenset[str]:
    """The cities that have a district named by the adjective made from ``noun``, as English pages write a city's
    district by the noun it is named after ("Dnipro District" of Kherson is its Dniprovskyi district, "Korabel
    district" its Korabelnyi); empty for any other.

    >>> sorted(noun_district_cities("Dnipro"))
    ['Kamianske', 'Kherson', 'Kyiv', 'Zaporizhzhia']
    """
    if not noun or not noun.isascii() or not noun[-1:].isalpha():
        return frozenset()
    return frozenset().union(*(latin_district_cities(noun + ending) for ending in ("skyi", "vskyi", "nyi")))


# GeoNames lists some neighbourhoods of the larger cities as populated places of their own, without the flag of a
# city's section: Kharkiv's Saltivka (409,300 people) and Pivnichna Saltivka, Dnipro's Nyzhnodniprovsk, Odesa's
# Cheremushky. "Two drones struck Saltivka" is a strike on Kharkiv. Such a row is told by the facts at hand: the
# codifier has no settlement of its name in its oblast, it counts many people, and it lies within a few kilometres
# of a city of the same oblast that the codifier knows.
SECTION_MIN_POPULATION = 20_000
SECTION_MAX_KM = 12.0
SECTION_CITY_MIN_POPULATION = 200_000


@lru_cache(maxsize=1)
def _near_larger_cities() -> dict[int, list[tuple[float, int]]]:
    """Each populous row lying near a larger city of its oblast -> (km, the city's row) for each such city, by
    distance alone (the codifier is asked only about these, when one of them is looked up)."""
    import math

    import numpy as np

    from geo.gazetteer import load_gazetteer

    places = load_gazetteer().places
    rows = places[~places.likely_city_district & (places.population >= SECTION_MIN_POPULATION)]
    cities = rows[rows.population >= SECTION_CITY_MIN_POPULATION]
    near: dict[int, list[tuple[float, int]]] = {}
    for city_index, lat, lon, oblast, population in zip(
        cities.index, cities.latitude, cities.longitude, cities.oblast_iso, cities.population
    ):
        km = np.hypot(
            (rows.latitude - lat) * 111.2, (rows.longitude - lon) * 111.2 * math.cos(math.radians(lat))
        )
        close = rows[(km <= SECTION_MAX_KM) & (rows.oblast_iso == oblast) & (rows.population < population)]
        for index in close.index:
            near.setdefault(int(rows.geonameid[index]), []).append((float(km[index]), int(city_index)))
    return near


def _in_codifier(row) -> bool:
    from geo.settlements import find_settlements

    return any(
        isinstance(name, str) and name and find_settlements(name, row.oblast_iso)
        for name in (row["name"], row["name_uk"])
    )


@lru_cache(maxsize=256)
def city_of_section(geonameid: int) -> str | None:
    """The city a gazetteer row is a neighbourhood of, by the rule above, or None.

    >>> from geo.gazetteer import geocode_place
    >>> city_of_section(geocode_place("Saltivka").place.geonameid), city_of_section(geocode_place("Bucha").place.geonameid)
    ('Kharkiv', None)
    """
    near = _near_larger_cities().get(int(geonameid))
    if not near:
        return None
    from geo.gazetteer import load_gazetteer

    places = load_gazetteer().places
    row = places[places.geonameid == int(geonameid)].iloc[0]
    if _in_codifier(row):
        return None  # a town of its own beside the city (Makiivka beside Donetsk)
    known = [(km, index) for km, index in sorted(near) if _in_codifier(places.iloc[index])]
    return str(places.iloc[known[0][1]]["name"]) if known else None
