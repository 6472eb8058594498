"""One Ukrainian place name in the Latin spellings reports use.

Reports spell a place the gazetteer knows as "Kupiansk-Vuzlovyi" in Russian-style or older
romanisations: "Kupyansk-Vuzlovy", "Chuguiev" (Chuhuiv), "Dvurechnaya" (Dvorichna), "Belyi Kolodez"
(Bilyi Kolodiaz), "Stepnogorsk" (Stepnohirsk).  Their vowels differ (Russian е, и, о where Ukrainian
has і, и, і; -ovka for -ivka, -oye for -e) and so do some consonant letters (g/h, kh/h, ts/c, soft
signs and apostrophes), but the consonants, read loosely, are the same.  :func:`skeleton` keeps
only those; a name matches a gazetteer place when the skeletons are equal *and* the spelling is close
to one of the place's names written out in Latin letters (its Ukrainian and Russian names
transliterated, see :func:`transliterations`), so an English word that happens to share a skeleton
does not become a village.

:func:`national_spelling` is for names the gazetteer does not list (kept by their name): it rewrites
only what is certain about the Ukrainian national romanisation and the Russian-style endings of
villages ("Horyane" -> "Horiane", "Hremyach" -> "Hremiach", "Kindiyka" -> "Kindiika", "Maly Burluk"
-> "Malyi Burluk", "Kolodeznoye" -> "Kolodezne", "Grushevka" -> "Hrushivka").
"""

from __future__ import annotations

import re

from geo.gazetteer import normalize_name

_UK_LETTERS = re.compile(r"[іїєґ]")
_RU_LETTERS = re.compile(r"[ыэёъ]")

# The national romanisation of Ukrainian (Cabinet of Ministers resolution 55 of 2010), the spelling
# GeoNames and our gazetteer use; є, ї, й, ю, я are written differently at the start of a word, and
# зг is zgh (never zh, which is ж).  The one copy of it: data/extraction/slavic/resolve.py uses it too.
_UK = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": "iu",
    "я": "ia",
    "'": "",
    "’": "",
    "ʼ": "",
}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
# Russian letters as English-language reports write them.
_RU = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "і": "i",
    "ї": "yi",
    "є": "ye",
    "ґ": "g",
}


def _romanize_word(word: str, table: dict[str, str], initial: dict[str, str]) -> str:
    """One lower-case word by ``table``, its first letter by ``initial`` where listed."""
    letters = []
    for position, letter in enumerate(word):
        if position == 0 and letter in initial:
            letters.append(initial[letter])
        elif letter == "г" and table.get(letter) == "h" and position and word[position - 1] == "з":
            letters.append("gh")  # Ukrainian зг is zgh
        else:
            letters.append(table.get(letter, letter))
    return "".join(letters)


def _transliterate(text: str, table: dict[str, str], initial: dict[str, str]) -> str:
    return " ".join(_romanize_word(word, table, initial) for word in text.split())


def romanize_ukrainian(text: str) -> str:
    """Ukrainian Cyrillic in the official Latin spelling, each word capitalised: "Дробишеве" -> "Drobysheve"."""
    return " ".join(_romanize_word(word.lower(), _UK, _UK_INITIAL).capitalize() for word in text.split())


def transliterations(name: str) -> list[str]:
    """A name in Latin letters: as it is when Latin; a Cyrillic name by the Ukrainian national system,
    by the Russian-style one, or both when its letters do not say which language it is in."""
    key = normalize_name(name)
    if not key or key.isascii():
        return [key] if key else []
    if not re.search(r"[а-яіїєґё]", key):
        return []
    if _UK_LETTERS.search(key):
        return [_transliterate(key, _UK, _UK_INITIAL)]
    if _RU_LETTERS.search(key):
        return [_transliterate(key, _RU, {})]
    return [_transliterate(key, _UK, _UK_INITIAL), _transliterate(key, _RU, {})]


_DIGRAPHS = [
    ("shch", "S"),
    ("sch", "S"),
    ("zh", "Z"),
    ("kh", "H"),
    ("ch", "C"),
    ("sh", "S"),
    ("ts", "C"),
    ("tz", "C"),
    ("x", "ks"),
    ("w", "v"),
    ("q", "k"),
    ("g", "H"),
    ("h", "H"),
    ("c", "C"),
]
_VOWELS = re.compile(r"[aeiouyj]+")


def skeleton(name: str) -> str:
    """The consonants of a Latin (or transliterated) place name, read loosely: g and h, kh and h, ts and c
    are one; vowels (with y and j) are dropped, except that a word opening with a vowel keeps a mark of it;
    doubled letters are one.  "Chuguyeva", "Chuguiev" and "Chuhuiv" are all ``CHv``."""
    key = normalize_name(name)
    if not key.isascii():
        options = transliterations(key)
        if not options:
            return ""
        key = options[0]
    words = []
    for word in key.split():
        for old, new in _DIGRAPHS:
            word = word.replace(old, new)
        mark = "V" if _VOWELS.match(word) else ""
        word = mark + _VOWELS.sub("", word)
        word = re.sub(r"(.)\1+", r"\1", word)
        if word:
            words.append(word)
    return " ".join(words)


def consonants(skeleton_key: str) -> int:
    """How many consonants a skeleton holds (the vowel marks and spaces not counted)."""
    return len(re.sub(r"[V ]", "", skeleton_key))


# Russian endings of village names and their Ukrainian forms, as Latin spellings show them.
_ENDINGS = [
    (re.compile(r"skoy?e$|skoje$"), "ske"),
    (re.compile(r"tskoy?e$"), "tske"),
    (re.compile(r"(?<=[bcdfhklmnprstvz])oy?e$|(?<=[bcdfhklmnprstvz])oje$"), "e"),
    (re.compile(r"(?<=[bcdfhklmnprstvz])aya$|(?<=[bcdfhklmnprstvz])aja$"), "a"),
    (re.compile(r"(?:o|e|ye)vka$"), "ivka"),
]


def national_spelling(name: str) -> str:
    """A village's name as the Ukrainian national romanisation most likely writes it, from a Russian-style
    or older Latin spelling; only rewrites that do not depend on knowing the place ("Horyane" -> "Horiane",
    "Khotiyivka" -> "Khotiivka", "Kindiyka" -> "Kindiika", "Krasny Khutor" -> "Krasnyi Khutor", "Kolodeznoye"
    -> "Kolodezne", "Grushevka" -> "Hrushivka").  A name that is not plain ASCII Latin is returned as it is."""
    # ("Nova Kam’yanka": a typographic apostrophe, as English pages write it, is the plain one)
    name = name.replace("’", "'").replace("ʼ", "'") if name else name
    if not name or not name.isascii() or not re.fullmatch(r"[A-Za-z' -]+", name):
        return name
    words = re.split(r"([ -])", name)
    out = []
    content = [w for w in words if w and w not in " -"]
    for word in words:
        if not word or word in " -":
            out.append(word)
            continue
        lower = word.lower().replace("'", "").replace("’", "")
        body = lower
        for pattern, ending in _ENDINGS:
            body = pattern.sub(ending, body)
        # Russian г is Ukrainian г, written h
        body = body.replace("gh", "h").replace("g", "h")
        # я, ю, є inside a word: ia, iu, ie; ї and й after a vowel: i ("Khotiyivka", "Kindiyka")
        body = re.sub(r"(?<=.)y(?=[aue])", "i", body)
        body = re.sub(r"(?<=[aeiou])y(?=i)", "", body)
        body = re.sub(r"(?<=[aeiou])y(?=[bcdfhklmnprstvz])", "i", body)
        if len(content) > 1 and word is not content[-1] and re.search(r"[^aeiou](?:y|iy|yy|ij|yj)$", body):
            # "Maly Burluk", "Krasny Khutor": the adjective of a two-word name ends in -yi
            body = re.sub(r"(?:y|iy|yy|ij|yj)$", "yi", body)
        out.append(body[:1].upper() + body[1:] if word[:1].isupper() else body)
    return "".join(out)


# Below this similarity (0-100) to one of a place's names, a shared skeleton is a coincidence.
MIN_RESPELLING_SIMILARITY = 80
# A skeleton of three consonants ("CHv") is shared by too many names: only towns this size match on one.
MIN_POPULATION_FOR_SHORT_SKELETON = 10_000
MIN_POPULATION_FOR_RESPELLING = 1_000
_INDEXES: dict[int, dict[str, dict[int, set[str]]]] = {}


def _skeleton_index(gazetteer) -> dict[str, dict[int, set[str]]]:
    """Skeleton -> {gazetteer row: its names in Latin letters with that skeleton}, built once per gazetteer."""
    index = _INDEXES.get(id(gazetteer))
    if index is None:
        index = {}
        for row, names in enumerate(gazetteer.names_per_row(gazetteer.places)):
            for name in names:
                for latin in transliterations(name):
                    key = skeleton(latin)
                    if key:
                        index.setdefault(key, {}).setdefault(row, set()).add(latin)
        _INDEXES[id(gazetteer)] = index
    return index


def _prothetic_v(skeleton_key: str) -> str:
    """A skeleton with a word's opening vowel read as v: Ukrainian writes в before an opening у or і where Russian
    writes the vowel alone (Вузловий / Узловой, Вільшани / Ольшаны), so "Kupyansk-Uzlovoy" is a spelling of
    Kupiansk-Vuzlovyi's own name, not another name."""
    return re.sub(r"(?:^|(?<= ))V", "v", skeleton_key)


def respelled_rows(gazetteer, name: str) -> list[int]:
    """The gazetteer rows a Latin spelling the gazetteer lacks means, or [] when it means none for sure.

    The skeletons must be equal and the spelling at least :data:`MIN_RESPELLING_SIMILARITY` similar to one
    of the place's names written in Latin letters; places of one name only (the villages called Sosnivka
    are one answer, ranked later by the report's oblast; a skeleton two names share is no answer)."""
    from rapidfuzz import fuzz

    key = normalize_name(name)
    if not key or not key.isascii():
        return []
    key_skeleton = skeleton(key)
    size = consonants(key_skeleton)
    if size < 3:
        return []
    scored = {}
    for row, spellings in _skeleton_index(gazetteer).get(key_skeleton, {}).items():
        best = max(fuzz.ratio(key, spelling) for spelling in spellings)
        if best >= MIN_RESPELLING_SIMILARITY:
            scored[row] = best
    places = gazetteer.places
    # (Crimea's villages keep their Russian names in the gazetteer: "Kolodeznoe" there is no answer for a
    # Russian-style spelling of a mainland village)
    scored = {r: s for r, s in scored.items() if places.oblast_iso.iloc[r] != "UA-43"}
    if size == 3:
        scored = {
            r: s for r, s in scored.items() if places.population.iloc[r] >= MIN_POPULATION_FOR_SHORT_SKELETON
        }
    if not scored:
        return []
    # Only a place whose own name has the skeleton: an old name is another name, not another spelling
    # ("Primorskoe" is Prymorske, not Sartana, once called so; "Kostromka" is not Velyka Dolyna); and no
    # village under 1,000 people (the gazetteer lists a few), whose name is too often a coincidence.
    scored = {
        r: s
        for r, s in scored.items()
        if any(
            _prothetic_v(skeleton(n)) == _prothetic_v(key_skeleton)
            for n in (places.name.iloc[r], places.name_uk.iloc[r])
        )
        and places.population.iloc[r] >= MIN_POPULATION_FOR_RESPELLING
    }
    if not scored:
        return []
    top = max(scored.values())
    names = {places.name.iloc[r] for r, s in scored.items() if s == top}
    if len(names) != 1:
        return []
    (chosen,) = names
    return [r for r in scored if places.name.iloc[r] == chosen]
