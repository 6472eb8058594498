"""Offline geocoding of Ukrainian place names against the bundled GeoNames gazetteer.

A name in any common spelling (``Kharkov``, ``Kharkiv``, ``Харків``,
``Zaporozhye``, with or without apostrophes, any case) resolves to one place.
Misspellings match with a confidence below 1.  Ambiguous names prefer an oblast
hint, then the larger population, and report the other candidates.  A name that
matches nothing well enough is reported as not found: a wrong guess dressed as a
hit is worse than no answer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz, process

GEO_DIR = Path(__file__).resolve().parent
PLACES_PATH = GEO_DIR / "ukraine_places.csv"
OBLASTS_PATH = GEO_DIR / "ukraine_oblasts.geojson"

# Below this similarity (0-100) a misspelt name is "not found" rather than a guess.
FUZZY_CUTOFF = 88
# Names this short match exactly or not at all: one changed letter is another town.
MIN_FUZZY_LENGTH = 6

# An ASCII letter followed by combining marks (the blocks Unicode keeps them in).
_LATIN_MARKS = re.compile("([\x00-\x7f])[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_APOSTROPHES = re.compile(r"['’ʼ`ʹ‘]")
# Adjectival endings of oblast names once folded (Poltavska, Kharkivskyi, Odeskiy).
_ADJECTIVE_ENDING = re.compile(r"[sz]k(?:a|yi|iy|ij|yy|i)$")
_OBLAST_WORDS = re.compile(
    r"\b(oblast|region|province|obl\.?|область|обл\.?|oblast'|област)\b", re.IGNORECASE
)


def normalize_name(name: str) -> str:
    """Fold a place name for lookup: case, accents, apostrophes, dashes, spaces.

    Latin letters lose their accents (``Kyïv`` -> ``kyiv``); Cyrillic letters keep
    theirs (``Київ`` stays ``київ``: ї is a letter of its own), wherever each sits.
    """
    text = unicodedata.normalize("NFKC", str(name)).casefold()
    text = _APOSTROPHES.sub("", text)
    if not text.isascii():
        # Combining marks follow their base letter: a mark is dropped when its own base
        # letter is Latin (ASCII), wherever it sits, never because of another letter's mark.
        text = unicodedata.normalize("NFC", _LATIN_MARKS.sub(r"\1", unicodedata.normalize("NFD", text)))
    text = re.sub(r"[-‐–—_.,]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


# ISO 3166-2 names whose adjective does not start the oblast's name ("Rivnenska" is Rivne's, "Chernivetska"
# Chernivtsi's) or that are no adjective at all: datasets keyed by the ISO names (COD-AB, HDX) use them.
_ISO_NAMES = {"rivnenska": "UA-56", "chernivetska": "UA-77", "avtonomna respublika krym": "UA-43"}


def oblast_name_index(places: pd.DataFrame) -> dict[str, str]:
    """Folded oblast name (English, Ukrainian, ISO code) -> ISO code, from the places table."""
    oblasts = places.drop_duplicates("oblast_iso")
    return {
        normalize_name(_OBLAST_WORDS.sub("", n)): iso
        for iso, en, uk in zip(oblasts.oblast_iso, oblasts.oblast_name, oblasts.oblast_name_uk)
        for n in (en, uk, iso)
    } | _ISO_NAMES


def _resolve_in(names: dict[str, str], hint: str | None) -> str | None:
    """ISO code for an oblast hint given as a code or a name, or None.

    Accepts the code (``UA-53``), the name in English or Ukrainian with or without
    "oblast" (``Poltava Oblast``, ``Полтавська область``), and the adjectival forms
    datasets use (``Poltavska``, ``Poltavs'ka oblast``, ``Kharkivska``): an adjective
    resolves when its stem starts exactly one oblast's name.
    """
    if not hint or not str(hint).strip():
        return None
    key = normalize_name(_OBLAST_WORDS.sub("", str(hint)))
    if key.upper().startswith("UA ") and len(key) == 5:
        key = key.upper().replace(" ", "-")
        return key if key in set(names.values()) else None
    if key in names:
        return names[key]
    stem = _ADJECTIVE_ENDING.sub("", key).strip()
    if stem in names:
        return names[stem]
    if len(stem) < 3:
        return None
    isos = {iso for name, iso in names.items() if name.startswith(stem) and not name.startswith("ua ")}
    return isos.pop() if len(isos) == 1 else None


@lru_cache(maxsize=1)
def _oblast_names() -> dict[str, str]:
    # Only the oblast columns: resolving an oblast must not wait for the whole name index
    # (building it folds 54,000 names; a file with coordinates never needs it).
    columns = ["oblast_iso", "oblast_name", "oblast_name_uk"]
    return oblast_name_index(pd.read_csv(PLACES_PATH, usecols=columns, keep_default_na=False))


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    geonameid: int
    name: str
    name_uk: str
    latitude: float
    longitude: float
    population: int
    oblast_iso: str
    oblast: str


@dataclass(frozen=True)
class GeocodeResult:
    """The answer to one lookup.

    ``place`` is None when nothing matched; ``confidence`` is 1.0 for an exact
    spelling and the similarity (0-1) for a misspelling; ``alternatives`` lists
    other places the name could mean, best first.
    """

    query: str
    place: Place | None
    confidence: float
    matched_name: str | None = None
    alternatives: tuple[Place, ...] = field(default_factory=tuple)

    @property
    def found(self) -> bool:
        return self.place is not None

    @property
    def ambiguous(self) -> bool:
        return bool(self.alternatives)


class Gazetteer:
    """Name index over the places table (built once, then reused)."""

    def __init__(self, places: pd.DataFrame):
        self.places = places.reset_index(drop=True)
        # Primary names (national romanisation, Ukrainian, GeoNames) and all names
        # including alternates.  A primary-name hit is trusted as it is; a hit on an
        # alternate only also competes with close spellings of primary names, so an
        # old variant of a village's name does not beat the city most people mean.
        self.primary: dict[str, list[int]] = {}
        self.index: dict[str, list[int]] = {}
        for row, names in enumerate(self.names_per_row(self.places)):
            for position, name in enumerate(names):
                key = normalize_name(name)
                if not key:
                    continue
                targets = (self.index, self.primary) if position < 3 else (self.index,)
                for table in targets:
                    rows = table.setdefault(key, [])
                    if row not in rows:
                        rows.append(row)
        self.keys = list(self.index)
        self.primary_keys = list(self.primary)
        self.oblast_names = oblast_name_index(self.places)

    @staticmethod
    def names_per_row(places: pd.DataFrame):
        """Each row's names: English, Ukrainian, GeoNames' own, then its alternate names."""
        for name, name_uk, name_geonames, alternates in zip(
            places["name"], places["name_uk"], places["name_geonames"], places["alternate_names"]
        ):
            yield [name, name_uk, name_geonames, *str(alternates).split("|")]

    def place_at(self, row: int) -> Place:
        """The place in row ``row`` of :attr:`places`."""
        r = self.places.iloc[row]
        return Place(
            geonameid=int(r.geonameid),
            name=str(r["name"]),
            name_uk=str(r.name_uk),
            latitude=float(r.latitude),
            longitude=float(r.longitude),
            population=int(r.population),
            oblast_iso=str(r.oblast_iso),
            oblast=str(r.oblast_name),
        )

    def resolve_oblast(self, hint: str | None) -> str | None:
        """ISO code for an oblast hint given as a code or a name, or None (see :func:`resolve_oblast`)."""
        return _resolve_in(self.oblast_names, hint)

    def rank(self, rows: list[int], oblast_iso: str | None = None) -> list[int]:
        """``rows`` of :attr:`places` best first: in ``oblast_iso``, then not a city's district, then larger."""
        places = self.places.iloc[rows]
        in_oblast = places.oblast_iso.eq(oblast_iso) if oblast_iso else False
        order = pd.DataFrame(
            {
                "row": rows,
                "in_oblast": in_oblast,
                # Sections of a city are not what a report means by the name.
                "not_district": ~places.likely_city_district.to_numpy(),
                "population": places.population.to_numpy(),
            }
        ).sort_values(["in_oblast", "not_district", "population"], ascending=False)
        return order.row.tolist()

    def best_place(self, rows: list[int], oblast_iso: str | None = None) -> Place:
        """The place a name found in ``rows`` most likely means (the first of :meth:`rank`)."""
        return self.place_at(self.rank(rows, oblast_iso)[0])

    def geocode(self, name: str, oblast_hint: str | None = None, max_alternatives: int = 5) -> GeocodeResult:
        """Find the place a name means. See :func:`geocode_place`."""
        key = normalize_name(name or "")
        if not key:
            return GeocodeResult(str(name), None, 0.0)
        oblast_iso = self.resolve_oblast(oblast_hint)
        if key in self.primary:
            candidates = {row: 1.0 for row in self.primary[key]}
        else:
            candidates = {row: 1.0 for row in self.index.get(key, [])}
            if len(key) >= MIN_FUZZY_LENGTH:
                keys = self.primary_keys if candidates else self.keys
                for match, score, _ in process.extract(
                    key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=10
                ):
                    for row in self.index[match]:
                        candidates.setdefault(row, round(score / 100, 3))
        if not candidates:
            return GeocodeResult(str(name), None, 0.0)
        ranked = self.rank(list(candidates), oblast_iso)
        place = self.place_at(ranked[0])
        alternatives = tuple(self.place_at(r) for r in ranked[1 : 1 + max_alternatives])
        return GeocodeResult(str(name), place, candidates[ranked[0]], key, alternatives)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer (GeoNames, CC BY 4.0), loaded once per process."""
    places = pd.read_csv(PLACES_PATH, keep_default_na=False)
    return Gazetteer(places)


def geocode_place(name: str, oblast_hint: str | None = None) -> GeocodeResult:
    """Geocode a Ukrainian place name offline.

    Parameters
    ----------
    name
        The place as written in a report or dataset, in Latin or Cyrillic script.
    oblast_hint
        An oblast code (``UA-63``) or name (``Kharkiv Oblast``, ``Харківська``)
        that breaks ties between places of the same name.

    Returns
    -------
    GeocodeResult
        ``found`` is False when no place matches well enough.

    Examples
    --------
    >>> geocode_place("Kharkov").place.name
    'Kharkiv'
    """
    return load_gazetteer().geocode(name, oblast_hint)


@lru_cache(maxsize=4096)
def resolve_oblast(hint: str | None) -> str | None:
    """The ISO code of an oblast named in any usual way, or None: the one resolver.

    Importers, the gazetteer, :func:`geo.oblasts.find_oblast` and the report panel all
    resolve oblast names through here, so "Poltavska", "Poltavs'ka oblast", "Poltava
    Oblast", "Полтавська" and "UA-53" mean the same everywhere.

    Examples
    --------
    >>> resolve_oblast("Poltavs'ka oblast")
    'UA-53'
    """
    return _resolve_in(_oblast_names(), hint)
