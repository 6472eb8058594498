"""Every settlement of Ukraine (about 29,700), for names the gazetteer of larger places lacks.

The gazetteer (``geo/gazetteer.py``) holds GeoNames' 5,500 places of 500 people or more, with
their spellings in many languages. Reports of shelling name villages far smaller: "the village of
Zolota Balka", "у селі Новоселівка". This table is the official codifier of Ukraine's
administrative-territorial units (KATOTTG): every city, urban settlement and village with its
hromada, raion and oblast, its Ukrainian name and the national romanisation. Each has a point,
and ``located`` says what that point is of:

- ``own``: the village's own point (GeoNames, in the same oblast and near its hromada's centre);
- ``hromada``: its hromada's centre (the village's own point is not in the bundled data);
- ``raion``: its raion's centre; ``oblast``: a point inside its oblast.

A name here is no evidence that a place was meant: many villages are named like common words
("Перемога", "Дружба"), and one name is often borne by villages in many oblasts. Callers look a name
up here only where the text already says a settlement is named, and choose among namesakes by the
oblast, raion or hromada the text gives. Built by ``python -m geo.settlements_build``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz, process

from geo.gazetteer import normalize_name
from geo.romanisation import consonants, national_spelling, romanize_ukrainian, skeleton

SETTLEMENTS_PATH = Path(__file__).resolve().parent / "ukraine_settlements.csv"
LOCATED = ("own", "hromada", "raion", "oblast")
# "UA" and the codifier digits of oblast (2), raion (2) and hromada (3): a settlement's code begins with its hromada's.
HROMADA_CODE_LENGTH = 9
# Hromadas that share their adjective with another of the same raion, and which one a report that names "the X
# hromada" without "міська" / "сільська" means, by the labelling guide (rule 4): the Nikopol district's city hromada of
# Покров and village hromada of Покровське are both "Покровська"; shelling reports of that riverside district that
# say which say "сільська", and the guide reads the bare name so (Покровське, UA1208011).
SHARED_ADJECTIVE_READS = frozenset({"UA1208011"})


@dataclass(frozen=True)
class Settlement:
    """One settlement of the codifier."""

    katottg: str
    category: str  # "city", "settlement" (селище) or "village"
    name_uk: str
    name: str  # national romanisation
    hromada_uk: str
    raion_uk: str
    oblast_iso: str
    latitude: float
    longitude: float
    located: str  # what the point is of: see LOCATED

    @property
    def own_point(self) -> bool:
        return self.located == "own"

    @property
    def hromada(self) -> str:
        """The hromada's name romanised ("Bochechkivska")."""
        return romanize_ukrainian(self.hromada_uk)

    @property
    def raion(self) -> str:
        """The raion's name romanised ("Konotopskyi")."""
        return romanize_ukrainian(self.raion_uk)


# The adjective ending of a unit's name: "Лозівського", "Вінницький", "Кременчуцька", "Лозовского", "Донецьких"
_CYRILLIC_ENDING = re.compile(r"(?:ськ|цьк|зьк|ск|цк)\w{0,3}$")
# ... in Latin letters: "Kupianskyi", "Vinnytskyi", "Lozovskogo", "Kupiansk" (the town the unit is named after)
_LATIN_ENDING = re.compile(r"(?:s'?k|ts'?k|zk|tsk)(?:yi|iy|yy|ij|y|i|a|aya|aia|oi|oy|ii|e|oho|ogo|ykh)?$")


def unit_stem(unit: str) -> str:
    """A hromada's or raion's name without its adjective ending: "Андріївська" -> "андріїв", "Лозовского" ->
    "лозов", "Вінницький" -> "вінни", "Kupianskyi" and "Kupiansk" -> "kupian" (a Latin name is compared with the
    unit's name romanised). Russian letters are folded to Ukrainian ones (ы, э, ё); the Russian vowel of a stem
    ("лозов" for "лозів") is the caller's to allow for."""
    key = normalize_name(unit)
    if key.isascii():
        return _LATIN_ENDING.sub("", key.replace(" ", ""))
    key = key.replace("ы", "и").replace("э", "е").replace("ё", "е")
    return _CYRILLIC_ENDING.sub("", key)


_HROMADA_WORDS = ("громад", "общин", "отг", "тг", "community", "hromad")
_RAION_WORDS = ("район", "district", "raion")


class Settlements:
    """Name index over the settlements table."""

    def __init__(self, table: pd.DataFrame):
        self.table = table.reset_index(drop=True)
        self._made: dict[int, Settlement] = {}
        self.index: dict[str, list[int]] = {}
        for row, names in enumerate(zip(self.table.name_uk, self.table["name"])):
            for name in names:
                rows = self.index.setdefault(normalize_name(name), [])
                if row not in rows:
                    rows.append(row)

    def at(self, row: int) -> Settlement:
        """The settlement in row ``row`` of :attr:`table` (made once, when first asked for: a row read from the
        table costs some 50 µs, and a name such as Mykhailivka has a hundred)."""
        settlement = self._made.get(row)
        if settlement is None:
            r = self.table.iloc[row]
            settlement = self._made[row] = Settlement(
                str(r.katottg),
                str(r.category),
                str(r.name_uk),
                str(r["name"]),
                str(r.hromada_uk),
                str(r.raion_uk),
                str(r.oblast_iso),
                float(r.latitude),
                float(r.longitude),
                str(r.located),
            )
        return settlement

    def find(self, name: str, oblast_iso: str | None = None, unit: str | None = None) -> list[Settlement]:
        """The settlements named ``name`` (Ukrainian or national romanisation, any case), cities first.

        ``oblast_iso`` keeps those of one oblast; ``unit`` those whose hromada or raion is the one named
        (``"Андріївська"``, ``"Андріївської громади"``, ``"Бахмутський район"``: matched by the stem).
        """
        found = [self.at(r) for r in self.index.get(normalize_name(name or ""), [])]
        if oblast_iso:
            found = [s for s in found if s.oblast_iso == oblast_iso]
        if unit:
            words = normalize_name(unit).split(" ")
            stem = unit_stem(words[0])
            # "Лозівська громада" is the hromada, "Лозівський район" the raion; a bare adjective either
            kinds = ["hromada_uk", "raion_uk"]
            if any(w.startswith(_HROMADA_WORDS) for w in words[1:]):
                kinds = ["hromada_uk"]
            elif any(w.startswith(_RAION_WORDS) for w in words[1:]):
                kinds = ["raion_uk"]
            latin = stem.isascii()
            if len(stem) >= 4:
                found = [
                    s for s in found if any(_unit_stem(getattr(s, kind), latin) == stem for kind in kinds)
                ]
        order = {"city": 0, "settlement": 1, "village": 2}
        return sorted(found, key=lambda s: (order.get(s.category, 3), not s.own_point))


@lru_cache(maxsize=4096)
def _unit_stem(unit_uk: str, latin: bool) -> str:
    return unit_stem(romanize_ukrainian(unit_uk) if latin else unit_uk)


@lru_cache(maxsize=1)
def load_settlements() -> Settlements:
    """The bundled settlements table (KATOTTG; points from GeoNames, CC BY 4.0), loaded once per process."""
    return Settlements(pd.read_csv(SETTLEMENTS_PATH, dtype={"katottg": str}, keep_default_na=False))


def find_settlements(name: str, oblast_iso: str | None = None, unit: str | None = None) -> list[Settlement]:
    """See :meth:`Settlements.find`.

    Examples
    --------
    >>> [s.oblast_iso for s in find_settlements("Кузьминівка", "UA-14")]
    ['UA-14']
    """
    return load_settlements().find(name, oblast_iso, unit)


def at_point(rows: list[Settlement], latitude: float | None, longitude: float | None) -> list[Settlement]:
    """Of a name's settlements, the ones at a point: the namesake an event was mapped to (of the Novomykolaivkas of
    Kharkiv oblast, the one the event was put at; Zaporizhzhia the city, not the villages of that name in the Polohy
    raion). Empty when no row lies there (or no point is given), so a caller can fall back to all of them."""
    if latitude is None or longitude is None:
        return []
    return [s for s in rows if abs(s.latitude - latitude) < 0.03 and abs(s.longitude - longitude) < 0.045]


# A hromada's adjective in Latin letters: "Khotynska", "Seredyno-Budska", Russian-style "Miropolskaya", "-skoye"
# (also cut to a bare "-sk": "Krasnopolsk communities", "the Verkhnyosyrovatsk community")
_HROMADA_ENDING = re.compile(r"(?<=[a-z])sk(?:a|aya|aia|aja|oye|oe|e|yi|iy|yy|y|ij|oi)?$", re.IGNORECASE)


def _hromada_key(name: str) -> str:
    """The consonants of a hromada's Latin name without its adjective ending ("Seredyno-Budska", "Seredyna-Buda"
    and "Seredino-Budskaya" are all one)."""
    return skeleton(_HROMADA_ENDING.sub("", normalize_name(name)))


def hromada_centre_rows(table: pd.DataFrame) -> dict[tuple[str, str, str, str], int]:
    """Each hromada's centre as a row of ``table``, by (oblast, raion, hromada, code): the first settlement the
    codifier lists in it, since it lists a hromada's centre first and the rest alphabetically (Іллінці before
    Іллінецьке). Hromada names repeat across raions, and six times within one raion (the Nikopol district has a city
    hromada of Покров and a village hromada of Покровське, both "Покровська"), so the key ends with the hromada's
    codifier code (:func:`hromada_code`). Used by the build and by :func:`hromada_centres` alike."""
    codes = table.katottg.map(hromada_code)
    first = (
        table.assign(_code=codes)
        .sort_values("katottg")
        .groupby(["oblast_iso", "raion_uk", "hromada_uk", "_code"])
        .head(1)
    )
    return {
        (oblast, raion, hromada, code): row
        for row, oblast, raion, hromada, code in zip(
            first.index, first.oblast_iso, first.raion_uk, first.hromada_uk, first._code
        )
    }


def hromada_code(katottg: str) -> str:
    """The codifier code of the hromada a settlement's code lies in: "UA", two digits of oblast, two of raion and
    three of hromada ("UA12080110010027403", Покровське -> "UA1208011"); "" for a code not of the codifier's shape
    (a small table made by hand), whose hromadas are then told apart by name."""
    katottg = str(katottg)
    return katottg[:HROMADA_CODE_LENGTH] if re.fullmatch(r"UA\d{17}", katottg) else ""


@lru_cache(maxsize=2)
def _centres_by_key(kind: str) -> dict[str, list[Settlement]]:
    """Each hromada's (``kind`` "hromada", :func:`hromada_centre_rows`) or raion's ("raion",
    :func:`_raion_centre_rows`) centre, by the key of the unit's romanised name (:func:`_hromada_key`)."""
    settlements = load_settlements()
    if kind == "hromada":
        units = [
            (settlements.at(row).hromada_uk, row) for row in hromada_centre_rows(settlements.table).values()
        ]
    else:
        units = [(raion, row) for (_, raion), row in _raion_centre_rows(settlements.table).items()]
    index: dict[str, list[Settlement]] = {}
    for unit, row in units:
        key = _hromada_key(romanize_ukrainian(unit))
        if key:
            index.setdefault(key, []).append(settlements.at(row))
    return index


def hromada_centres(name: str, oblast_iso: str | None = None) -> list[Settlement]:
    """The centres of the hromadas a Latin ``name`` may name: its adjective in any spelling ("Khotynska",
    "Miropolskaya") or a noun cut from it ("Khotyn", "Znob-Novhorod"), matched by the consonants of its stem, as
    vowels differ between Russian, Ukrainian and romanised spellings; of one oblast when ``oblast_iso`` is given.

    Examples
    --------
    >>> [s.name for s in hromada_centres("Seredyno-Budska", "UA-59")]
    ['Seredyna-Buda']
    """
    key = _hromada_key(name)
    found = _centres_by_key("hromada").get(key, []) if key else []
    if not found and re.search(r"[iy]vka$", normalize_name(name)):
        # "the communities of ... Richkivka": a noun made from the adjective (Річківська, whose centre is Річки)
        found = _centres_by_key("hromada").get(_hromada_key(normalize_name(name)[:-2]), [])
    return [s for s in found if oblast_iso is None or s.oblast_iso == oblast_iso]


def one_centre(centres: list[Settlement]) -> Settlement | None:
    """The one centre of :func:`hromada_centres`'s answer, or None when it names several places: two hromadas of one
    raion whose centres share a name (the Sumy district's two Миколаївка) are the first, as the codifier lists them."""
    return centres[0] if len({(c.name_uk, c.oblast_iso) for c in centres}) == 1 else None


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def centre_of(unit_name: str, members: pd.DataFrame) -> int | None:
    """The member a unit is named after when no hromada of the raion shares its adjective ("Бахмутський" ->
    Бахмут, among its hromadas' centres): the longest shared start (four letters at least), a city before a
    settlement before a village; None when none shares one."""
    unit = normalize_name(unit_name)
    best, best_key = None, (3, -1)
    rank = {"city": 2, "settlement": 1, "village": 0}
    for index, name, category in zip(members.index, members.name_uk, members.category):
        key = (_common_prefix(unit, normalize_name(name)), rank[category])
        if key > best_key:
            best, best_key = index, key
    return best


def _raion_centre_rows(table: pd.DataFrame) -> dict[tuple[str, str], int]:
    """Each raion's centre as a row of ``table``, by (oblast, raion): the centre of its hromada of the same adjective
    ("Лозівський" raion, "Лозівська" hromada: Лозова), else :func:`centre_of` among its hromadas' centres, as the
    build places raions (``geo/settlements_build.py``)."""
    heads: dict[tuple[str, str], list[int]] = {}
    named_after: dict[tuple[str, str], int] = {}
    for (oblast, raion, hromada, _), row in hromada_centre_rows(table).items():
        if not re.search(r"(?:ий|ій)$", raion):
            continue  # (a raion's name is a masculine adjective; the codifier's "Київська" for the exclusion zone is none)
        heads.setdefault((oblast, raion), []).append(row)
        if unit_stem(hromada) == unit_stem(raion):
            named_after[(oblast, raion)] = row
    centres = {
        unit: named_after[unit] if unit in named_after else centre_of(unit[1], table.loc[rows])
        for unit, rows in heads.items()
    }
    return {unit: row for unit, row in centres.items() if row is not None}


@lru_cache(maxsize=1)
def _unit_index() -> dict[tuple[str, str, str], list[int]]:
    """("uk" or "ru", kind, stem) -> rows of the units' centres: every raion's and hromada's adjective by its stem in Ukrainian
    ("бучан", "білоцерків") and in the Russian spellings of that stem ("белоцерков", "новоукраин")."""
    from geo.russian_forms import russian_key, russian_unit_stems

    table = load_settlements().table
    index: dict[tuple[str, str], list[int]] = {}
    units = [("hromada", hromada, row) for (_, _, hromada, _), row in hromada_centre_rows(table).items()]
    units += [("raion", raion, row) for (_, raion), row in _raion_centre_rows(table).items()]
    for kind, unit, row in units:
        stem = unit_stem(unit)
        if len(stem) < 3:
            continue
        forms = [("uk", stem)] + [("ru", russian_key(s)) for s in russian_unit_stems(stem.replace("'", ""))]
        if re.search(r"зьк\w*$", normalize_name(unit)):
            # a Ukrainian -зький stands for a stem in ж or г that Russian keeps before -ский: Збаразький is
            # Збаражский, and a stem's і before it is Russian о (Запорізький: Запорожский, from Запоріжжя)
            forms += [("ru", russian_key(s) + "ж") for s in russian_unit_stems(stem.replace("'", ""))]
            if stem.endswith("і"):
                forms += [
                    ("ru", russian_key(s) + "ож") for s in russian_unit_stems(stem[:-1].replace("'", ""))
                ]
        for script, form in forms:
            rows = index.setdefault((script, kind, form), [])
            if row not in rows:
                rows.append(row)
    return index


def unit_centres(adjective: str, kind: str | None = None) -> list[Settlement]:
    """The centres of the raions (``kind`` "raion") or hromadas ("hromada"), or of either, that an adjective in any
    case names, in Ukrainian or Russian: "Бучанському" -> Буча, "Белоцерковском" -> Біла Церква, "Степногорскую" ->
    Степногірськ. Several when the name is several units' (hromadas of one name in many oblasts).

    Examples
    --------
    >>> [s.name for s in unit_centres("Бучанском", "raion")]
    ['Bucha']
    """
    from geo.russian_forms import russian_key

    word = normalize_name(adjective)
    # (one word, a hyphenated one too: "Новгород-Сіверський" folds to two)
    if re.search(r"\s", adjective.strip()) or not re.search(r"(?:ськ|цьк|зьк|ск|цк)\w{0,3}$", word):
        return []
    stem = unit_stem(word)
    kinds = [kind] if kind else ["raion", "hromada"]
    settlements = load_settlements()
    # (a Ukrainian stem first: "Хмельницкого" is Khmelnytskyi's, not the Russian spelling of Хмільницький's)
    rows = [r for k in kinds for r in _unit_index().get(("uk", k, stem), [])]
    if not rows:
        rows = [r for k in kinds for r in _unit_index().get(("ru", k, russian_key(stem)), [])]
    rows = list(dict.fromkeys(rows))
    return [settlements.at(r) for r in rows]


def raion_centres(name: str, oblast_iso: str | None = None) -> list[Settlement]:
    """The centres of the raions a Latin adjective may name, in any spelling ("Buchansky", "Izyumsky", "Pokrovsky",
    "Bilotserkivskyi"), matched by the consonants of its stem as :func:`hromada_centres` matches hromadas.

    Examples
    --------
    >>> [s.name for s in raion_centres("Izyumsky")]
    ['Izium']
    """
    key = _hromada_key(name)
    found = _centres_by_key("raion").get(key, []) if key else []
    return [s for s in found if oblast_iso is None or s.oblast_iso == oblast_iso]


# How alike a Latin spelling and a village's romanised name must be (rapidfuzz's ratio, 0-100): when their
# consonants sound the same ("Zakotny", Zakitne: 71), or when they do not but one name is clearly the nearest
SOUNDS_ALIKE = 65
CLEARLY_NEAR, CLEAR_LEAD = 85, 5


@lru_cache(maxsize=1)
def _latin_names() -> dict[str, dict[str, list[int]]]:
    """The rows of each oblast by the folded national romanisation of their name."""
    table = load_settlements().table
    index: dict[str, dict[str, list[int]]] = {}
    for row, (latin, oblast) in enumerate(zip(table["name"], table.oblast_iso)):
        index.setdefault(oblast, {}).setdefault(normalize_name(latin), []).append(row)
    return index


@lru_cache(maxsize=1)
def _by_latin_sound() -> dict[tuple[str, str], list[int]]:
    """The same rows by oblast and the consonants of the name (names of four consonants or more)."""
    index: dict[tuple[str, str], list[int]] = {}
    for oblast, names in _latin_names().items():
        for name, rows in names.items():
            key = skeleton(name)
            if consonants(key) >= 4:
                index.setdefault((oblast, key), []).extend(rows)
    return index


def latin_sounding(name: str, oblast_iso: str) -> list[Settlement]:
    """The villages of one oblast a Latin spelling the romanisation does not undo stands for, by its consonants
    (``geo.romanisation.skeleton``) and a close spelling: "Arkhipivka" is Arkhypivka, "Paraskoveivka"
    Paraskoviivka, "Novopokrovsky" Novopokrovske, "Zakotny" Zakitne.  Only names of four consonants or more, and
    only the nearest in letters, at least :data:`SOUNDS_ALIKE` in 100 alike.  First, though, the one name of the
    oblast clearly nearest in letters when it is very near, whatever its consonants ("Shevchenkoe" is Shevchenkove,
    not Shevchenka; "Konstantynivka" Kostiantynivka): :data:`CLEARLY_NEAR`, :data:`CLEAR_LEAD`."""
    if not name.isascii():
        return []
    settlements = load_settlements()
    # as written, and as the national romanisation writes a Russian-style spelling ("Tyaginka" -> "Tiahinka", near
    # Tiahynka): the letters Russian г, е, -ovka, -oye are written with differ from Ukrainian ones by rule
    spellings = list(dict.fromkeys(normalize_name(n) for n in (name, national_spelling(name))))
    # the oblast's one name clearly nearest in letters, very near ("Shevchenkoe" Shevchenkove, not Shevchenka)
    names = _latin_names().get(oblast_iso, {})
    for spelling in spellings:
        nearest = process.extract(spelling, list(names), scorer=fuzz.ratio, limit=2)
        if nearest and len(spelling) >= 5:
            top, score, _ = nearest[0]
            runner_up = nearest[1][1] if len(nearest) > 1 else 0.0
            if score >= CLEARLY_NEAR and score - runner_up >= CLEAR_LEAD:
                return [settlements.at(r) for r in names[top]]
    # else the nearest of the names whose consonants sound the same ("Zakotny" Zakitne)
    key = skeleton(name)
    rows = _by_latin_sound().get((oblast_iso, key), []) if consonants(key) >= 4 else []
    found = [settlements.at(r) for r in rows]
    closeness = {
        s.name: max(fuzz.ratio(spelling, normalize_name(s.name)) for spelling in spellings) for s in found
    }
    best = max(closeness.values(), default=0)
    return [s for s in found if closeness[s.name] == best] if best >= SOUNDS_ALIKE else []
