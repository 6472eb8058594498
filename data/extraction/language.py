"""Which language a report is written in: English, Ukrainian or Russian.

Ukrainian and Russian share most of the Cyrillic alphabet; each has letters the
other lacks (і ї є ґ in Ukrainian, ы э ъ ё in Russian), and a report of a few
sentences always uses some of them.  That test is exact and needs no model.
"""

from __future__ import annotations

import re

_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_UKRAINIAN = re.compile(r"[іїєґ]", re.IGNORECASE)
_RUSSIAN = re.compile(r"[ыэъё]", re.IGNORECASE)
LANGUAGES = ("en", "uk", "ru")

# Letters of one alphabet that look like letters of the other. Outlets typing Ukrainian on a Russian or Latin keyboard
# write "Харкiв" with a Latin i (or "Україна" with a Latin ï), and a pasted word can carry the reverse; such a word
# is no word of either language to a dictionary or a gazetteer.
_LATIN_LOOKALIKES = "aceiopxyïABCEHIKMOPTXÏ"
_CYRILLIC_LOOKALIKES = "асеіорхуїАВСЕНІКМОРТХЇ"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC_WORD = re.compile(r"[а-яёіїєґ'’ʼ-]+", re.IGNORECASE)


def detect_language(text: str) -> str:
    """``"en"``, ``"uk"`` or ``"ru"`` for a report's text.

    Parameters
    ----------
    text
        The report, or any part of it.

    Returns
    -------
    str
        ``"en"`` when Latin letters outnumber Cyrillic ones; otherwise ``"uk"``
        or ``"ru"`` by the letters only one of them has (Russian when neither
        kind appears: Ukrainian text without і, ї, є or ґ is rarer than a short
        Russian sentence without ы, э, ъ or ё).

    Examples
    --------
    >>> detect_language("Дрон влучив у будинок у Харкові.")
    'uk'
    >>> detect_language("Дрон попал в дом в Харькове.")
    'ru'
    """
    cyrillic = len(_CYRILLIC.findall(text))
    if cyrillic <= len(_LATIN.findall(text)):
        return "en"
    ukrainian, russian = len(_UKRAINIAN.findall(text)), len(_RUSSIAN.findall(text))
    # Ukrainian text of a sentence or more always has an і, ї, є or ґ; Russian text never does.
    return "uk" if ukrainian > russian else "ru"


# "Куп‘янськ", "Куп`янськ", "Куп´янськ": an apostrophe typed as an opening quote, a backtick or an accent inside a
# Cyrillic word is the word's apostrophe (a name is found only with ', ’ or ʼ)
_ODD_APOSTROPHE = re.compile(r"(?<=[а-яіїєґ])[‘`´](?=[а-яіїєґ])", re.IGNORECASE)
# "Prosecutorʼs Office", "Ukraineʼs": the Ukrainian apostrophe "ʼ" (or a backtick, an accent) inside a Latin word is
# the English apostrophe, which the English rules read ("the X Regional Prosecutor's Office" is a speaker)
_LATIN_ODD_APOSTROPHE = re.compile(r"(?<=[a-z])[ʼ`´](?=[a-z])", re.IGNORECASE)


def native_letters(text: str) -> str:
    """The text with each word of mixed alphabets written in one: its look-alike letters in the word's own alphabet.

    A word's own alphabet is the one most of its letters are in ("Харкiв", Latin i, is Cyrillic; "Kharkіv", Cyrillic
    і, is Latin); a word whose other letters have no look-alike there is left as it is. A lone Latin "i" between two
    Cyrillic words is the Ukrainian "і" ("and"). Every letter is replaced by one letter, so a position in the result
    is the same position in ``text``. An apostrophe typed as "‘", "`" or "´" inside a Cyrillic word is written "’", and so is "ʼ", "`" or "´" inside a Latin word.

    Examples
    --------
    >>> native_letters("Удар по Харкiв i Сумах; Kharkіv")
    'Удар по Харків і Сумах; Kharkiv'
    """
    text = _LATIN_ODD_APOSTROPHE.sub("’", _ODD_APOSTROPHE.sub("’", text))
    if not (_CYRILLIC.search(text) and _LATIN.search(text)):
        return text

    def one_alphabet(match: re.Match) -> str:
        word = match.group()
        cyrillic, latin = len(_CYRILLIC.findall(word)), len(_LATIN.findall(word))
        if not (cyrillic and latin):
            return word
        foreign = set(_LATIN.findall(word) if cyrillic >= latin else _CYRILLIC.findall(word))
        lookalikes = _LATIN_LOOKALIKES if cyrillic >= latin else _CYRILLIC_LOOKALIKES
        if not foreign <= set(lookalikes):
            return word
        return word.translate(_TO_CYRILLIC if cyrillic >= latin else _TO_LATIN)

    read = _WORD.sub(one_alphabet, text)
    words = list(_WORD.finditer(read))
    for before, word, after in zip(words, words[1:], words[2:]):
        if (
            word.group() == "i"
            and _CYRILLIC_WORD.fullmatch(before.group())
            and _CYRILLIC_WORD.fullmatch(after.group())
        ):
            read = read[: word.start()] + "і" + read[word.end() :]
    return read
