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
