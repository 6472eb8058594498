"""A village's name looked up in the settlements table (``geo/settlements.py``): the spellings a name may have
there, how a Russian name sounds against one oblast's villages, and whether a name is also a common word.

Used by ``data.extraction.unlisted`` (villages the gazetteer lacks, once the report is read) and by
``data.extraction.slavic.places`` (whether a name read in a clause is a village's at all).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from data.extraction.slavic.names import PLACE_ENDING, name_forms
from data.extraction.slavic.numbers import analyzer
from data.extraction.slavic.resolve import russian_word_spellings, ukrainian_spellings, vowel_spellings
from geo.gazetteer import normalize_name
from geo.romanisation import consonants, national_spelling, skeleton
from geo.russian_forms import find_russian
from geo.settlements import Settlement, find_settlements, load_settlements


def spellings(name: str) -> list[str]:
    """The names to look a place up by, in order (the first the table knows is used): the name as kept, its
    nominatives when kept as written ("Лютівці" -> Лютівка), then the Ukrainian spellings of a Russian name
    (Кучеровка -> Кучерівка, Веселое -> Веселе, Хотомля -> Хотімля) or the national romanisation of a Latin
    one (Khotiyivka -> Khotiivka)."""

    if name.replace("’", "'").replace("ʼ", "'").isascii():
        # ("Nova Kam’yanka": a Latin name with a typographic apostrophe is Latin too)
        national = national_spelling(name)
        return [name] + ([national] if national != name else [])
    words = name.lower().replace("’", "'").replace("ʼ", "'").split()
    if len(words) == 1:
        forms = [words[0], *name_forms(words[0])[1:8]]
    elif len(words) == 2:
        forms = [" ".join(words)] + [
            f"{a} {b}" for a in name_forms(words[0])[:4] for b in name_forms(words[1])[:4]
        ]
    else:
        forms = [" ".join(words)]
    found = list(dict.fromkeys(forms))
    if re.search(r"[іїєґ']", name, re.IGNORECASE):
        return found
    # a Russian name: its Ukrainian spellings, an о in a closed syllable (Хотомля -> Хотімля) the least likely
    if len(words) == 1:
        likelier = [g for f in forms for g in ukrainian_spellings(f)]
        vowels = [v for f in forms[:1] for v in vowel_spellings(f)]
    elif len(words) == 2:
        likelier = [
            f"{a} {b}" for a in russian_word_spellings(words[0]) for b in russian_word_spellings(words[1])
        ]
        vowels = []
    else:
        likelier = vowels = []
    return list(dict.fromkeys([*found, *likelier, *vowels]))


def candidates(name: str) -> list[Settlement]:
    """Every settlement the name may be, by the first of its :func:`spellings` the table knows, else as a
    Russian spelling of a Ukrainian name (:func:`russian_spelt`)."""
    for spelling in spellings(name):
        found = find_settlements(spelling)
        if found:
            return found
    return russian_spelt(name)


def russian_spelt(name: str, oblast_iso: str | None = None) -> list[Settlement]:
    """The settlements (of one oblast, or of any) that a Russian name in any case spells the Russian way
    (``geo.russian_forms``: Максимильяновке -> Максимільянівка, Средний Бурлук -> Середній Бурлук), by the
    first of its nominatives that finds any.  Only a Cyrillic name of one or two words without Ukrainian
    letters."""
    if name.isascii() or re.search(r"[іїєґ]", name, re.IGNORECASE):
        return []
    words = name.lower().replace("’", "'").split()
    if not 1 <= len(words) <= 2:
        return []
    for form in russian_nominatives(name):
        found = find_russian(form, oblast_iso)
        if found:
            return found
    return []


# A Russian adjective's oblique ending and the nominatives it may come from, the neuter first (most villages named
# by an adjective are neuter): "в Переездном" is Переездное, "в Двуречной" Двуречная, "Лозовых" Лозовые
_ADJECTIVE_CASES = (
    (re.compile(r"(?:ом|ого|ому|ым)$"), ("ое", "ый", "ой")),
    (re.compile(r"(?:ем|его|ему|им)$"), ("ее", "ий")),
    (re.compile(r"(?:ой|ую|ою)$"), ("ая",)),
    (re.compile(r"(?:ей|юю)$"), ("яя",)),
    (re.compile(r"(?:ых|ыми)$"), ("ые",)),
    (re.compile(r"(?:их|ими)$"), ("ие",)),
)


def russian_nominatives(name: str) -> list[str]:
    """The nominatives a Russian place name of one or two words in any case may have, the name as written first,
    then an adjective's nominatives by its ending ("Переездном" -> переездное), then pymorphy3's (``name_forms``)."""
    words = name.lower().replace("’", "'").split()
    per_word = []
    for word in words:
        adjectival = [
            word[: match.start()] + ending
            for pattern, endings in _ADJECTIVE_CASES
            for match in [pattern.search(word)]
            if match is not None and match.start() >= 4
            for ending in endings
        ]
        per_word.append(
            list(dict.fromkeys([word, *adjectival, *name_forms(word)[1 : 6 if len(words) == 1 else 16]]))
        )
    if len(per_word) == 1:
        return per_word[0]
    return [f"{a} {b}" for a in per_word[0] for b in per_word[1]] if len(per_word) == 2 else []


# Words of Russian place names that translate, rather than respell, a word of the Ukrainian name ("Красный
# Маяк" is Червоний Маяк, "Волшебное" Чарівне, "Железнодорожное" Залізничне), and first names whose Ukrainian
# form opens with another letter (Никольское is Микільське, Константиновка Костянтинівка, Ольховка Вільхівка).
# Tried after the name as written, and only against the settlements of one oblast.
RUSSIAN_NAME_WORDS = (
    (r"^красн", "червон"),
    (r"^красно", "червоно"),
    (r"^железнодорожн", "залізничн"),
    (r"^волшебн", "чарівн"),
    (r"^больш", "велик"),
    (r"^солнечн", "сонячн"),
    (r"^рыбач", "рибальч"),
    (r"^желт", "жовт"),
    (r"^черн", "чорн"),
    (r"^радостн", "радісн"),
    (r"^степн", "степов"),
    (r"^счаст", "щаст"),
    (r"^никол", "микол"),
    (r"^ник", "мик"),
    (r"^константин", "костянтин"),
    (r"^о(?=[лтгвх])", "ві"),
    # ("Новоселовка Первая" is Новоселівка Перша, "Желанное Второе" Желанне Друге: the ordinals of namesakes)
    (r"^перв", "перш"),
    (r"^втор", "друг"),
)


def translated_words(word: str) -> list[str]:
    """A Russian word of a place name as the Ukrainian name may have it: "красный" -> червоный, "ольховка"
    -> вільховка (the rest is respelled by the sound key)."""
    word = word.lower()
    return [
        re.sub(pattern, ukrainian, word)
        for pattern, ukrainian in RUSSIAN_NAME_WORDS
        if re.search(pattern, word)
    ]


_VOWEL = re.compile(r"[аеиіоуяюєїыэё]")


def _russian_endings(word: str) -> str:
    """A Russian word of a place name with the Ukrainian name's ending: Веселое -> Веселе, Каменная ->
    Каменна, Красный -> Красний, Луговые -> Лугові (the Ukrainian spelling of the rest left to the key)."""
    word = re.sub(r"(?:ое|ее)$", "е", word)
    word = re.sub(r"(?:ый|ой)$", "ий", word)
    word = re.sub(r"ая$", "а", word)
    return re.sub(r"(?:ые|ие)$", "і", word)


def _ending(name: str) -> str:
    """What a name's ending says of its form: a (-а, -я), a neuter e (-е, -є, -о), a plural i, an
    adjective's -ий, or a consonant (Оріхів, Орехов)."""
    name = normalize_name(name)
    if name.endswith(("ий", "ій")):
        return "y"
    last = name[-1:]
    if last in "ая":
        return "a"
    if last in "оеєэё":
        return "e"
    if last in "иыіїю":
        return "i"
    return "c"


def sound_key(name: str) -> str | None:
    """A Cyrillic name as it sounds, loosely: its consonants (``geo.romanisation.skeleton``), how many
    vowels it has and what its ending says.  A Russian spelling and the Ukrainian name share it (Егоровка and
    Єгорівка, Камышаны and Комишани, Орехов and Оріхів, Дорожное and Дорожнє; not Орехово and Оріхів, nor
    Дорожное and Дружне).  None for a name of fewer than three consonants."""
    words = [_russian_endings(w) for w in normalize_name(name).split()]
    if not words:
        return None
    folded = " ".join(words)
    key = skeleton(folded)
    if consonants(key) < 3:
        return None
    return f"{key}|{len(_VOWEL.findall(folded))}|{_ending(folded)}"


@lru_cache(maxsize=1)
def _by_sound() -> dict[tuple[str, str], list[int]]:
    table = load_settlements().table
    index: dict[tuple[str, str], list[int]] = {}
    for row, (name_uk, oblast) in enumerate(zip(table.name_uk, table.oblast_iso)):
        key = sound_key(name_uk)
        if key is not None:
            index.setdefault((oblast, key), []).append(row)
    return index


# The first letter a Ukrainian name has for a Russian one's (Егоровка: Єгорівка, not Ігорівка).
_FIRST_LETTERS = {"е": "еє", "э": "е", "и": "іи", "ы": "и", "ё": "й", "о": "ов"}


def sounding(name: str, oblast_iso: str) -> list[Settlement]:
    """The settlements of one oblast whose name sounds as a Russian one does (:func:`sound_key`), by the
    first of its forms that finds any: the name as kept, its nominatives ("Новоданиловки" -> Новоданиловка),
    then with a word translated (:data:`RUSSIAN_NAME_WORDS`); of several names, the nearest in letters
    ("Волшебное" -> Чарівне, not Червоне).  Only a Cyrillic name without Ukrainian letters."""
    if name.isascii() or re.search(r"[іїєґ]", name, re.IGNORECASE):
        return []
    words = name.lower().replace("’", "'").split()
    if not 1 <= len(words) <= 2:
        return []
    spelt = russian_spelt(name, oblast_iso)
    if spelt:
        # (a Russian spelling the regular correspondences make: surer than the sound, which only counts letters)
        return spelt
    per_word = []
    for word in words:
        forms = [word, *name_forms(word)[1:6]]
        per_word.append(list(dict.fromkeys(forms + [t for f in forms for t in translated_words(f)])))
    if len(words) == 1:
        forms = per_word[0]
    else:
        forms = [f"{a} {b}" for a in per_word[0][:8] for b in per_word[1][:8]]
    settlements = load_settlements()
    for form in forms:
        key = sound_key(form)
        rows = _by_sound().get((oblast_iso, key)) if key else None
        if not rows:
            continue
        found = [settlements.at(r) for r in rows]
        first = _FIRST_LETTERS.get(form[0], form[0])
        found = [s for s in found if s.name_uk.lower()[0] in first] or found
        spelt = [_russian_base_spelling(w) for w in form.split()]
        closeness = {s.name_uk: fuzz.ratio(" ".join(spelt), normalize_name(s.name_uk)) for s in found}
        best = max(closeness.values())
        return [s for s in found if closeness[s.name_uk] == best]
    return []


def _russian_base_spelling(word: str) -> str:
    return _russian_endings(word.replace("ы", "и").replace("э", "е").replace("ё", "е").replace("ъ", ""))


@lru_cache(maxsize=2_000)
def common_word(name_uk: str) -> bool:
    """Whether a settlement's Ukrainian name is made of words the dictionary knows as words, and ends as no
    name made for a place does: "Перемога", "Дружба", "Надія", "Червоний Маяк" (not "Новоселівка", whose
    word the dictionary has too, nor "Осинове")."""

    morph = analyzer("uk")
    words = name_uk.lower().replace("’", "'").split()
    if not words or PLACE_ENDING.search(words[-1]):
        return False
    for word in words:
        parses = morph.parse(word)
        if any("Geox" in str(p.tag) for p in parses) or not any(
            type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer" for p in parses
        ):
            return False
    return True
