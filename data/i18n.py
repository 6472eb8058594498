"""Interface languages: every word a user sees goes through here.

Messages are gettext catalogues (``locales/<lang>/LC_MESSAGES/messages.po``, managed
with Babel), with each language's plural forms (Ukrainian has three); numbers and
dates are formatted per language with Babel ("12 345", "2 березня 2024").  Stored
codes (``glide bomb``, ``residential``) stay codes in the data and are shown through
:func:`label`.

The language is a context variable set once at the top of each page run
(:func:`set_language`); the pure code in ``data/`` and ``geo/`` reads it, so no
function needs a language argument.  Mark a message with :func:`tr` (or
:func:`ntr` for plurals); :func:`N_` marks a constant for extraction and leaves it
untranslated until shown.  ``python -m data.i18n`` extracts the messages and merges
them into every catalogue (see the README, "Adding a language").
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
import io
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any

LOCALES = Path(__file__).resolve().parents[1] / "locales"
LANGUAGES: dict[str, str] = {"en": "English", "uk": "Українська"}
DEFAULT_LANGUAGE = "en"
# Keywords for extraction: tr("..."), ntr("one", "many", n), N_("...") (and _N in geo/, which does not import data/).
KEYWORDS = {"tr": None, "ntr": (1, 2), "N_": None, "_N": None, "NP_": (1, 2)}
SOURCE_DIRS = ("app.py", "components", "data", "geo")


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``message`` for extraction; translate it later with :func:`tr` when shown."""
    return message


def NP_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 - the gettext convention
    """Mark a message with a plural for extraction; show it later with :func:`ntr`."""
    return singular, plural


# Stored codes (the schema's categories) are shown through :func:`label`: listed here so
# the extractor puts each in the catalogues; a test checks they equal the schema's.
STORED_CODES = (
    # weapons
    N_("missile"), N_("drone"), N_("glide bomb"), N_("airstrike"), N_("artillery"),
    N_("rocket"), N_("mine"), N_("other"), N_("unknown"),
    # targets
    N_("residential"), N_("energy"), N_("infrastructure"), N_("civic"), N_("commercial"),
    N_("military"),
    # place and date precision
    N_("point"), N_("settlement"), N_("oblast"), N_("day"), N_("week"), N_("month"), N_("year"),
)  # fmt: skip

_language: ContextVar[str] = ContextVar("strike_map_language", default=DEFAULT_LANGUAGE)


def set_language(code: str | None) -> str:
    """Use ``code`` for this page run (unknown codes fall back to English); return the one used."""
    chosen = code if code in LANGUAGES else DEFAULT_LANGUAGE
    _language.set(chosen)
    return chosen


def current_language() -> str:
    return _language.get()


@contextmanager
def language(code: str):
    """Temporarily use ``code`` (tests, exports made in a given language)."""
    token = _language.set(code if code in LANGUAGES else DEFAULT_LANGUAGE)
    try:
        yield
    finally:
        _language.reset(token)


def language_from_locale(locale: str | None) -> str:
    """The interface language for a browser locale such as ``uk-UA`` (English otherwise)."""
    if not locale:
        return DEFAULT_LANGUAGE
    code = locale.replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


@lru_cache(maxsize=len(LANGUAGES))
def translations(code: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``code`` (English is the source language: no catalogue)."""
    path = LOCALES / code / "LC_MESSAGES" / "messages.po"
    if code == DEFAULT_LANGUAGE or not path.is_file():
        return _gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalog = read_po(handle, locale=code)
    # Compiled in memory: no build step, and the .po file stays the one source.
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def tr(message: str, **values: Any) -> str:
    """``message`` in the current language, with ``{name}`` placeholders filled from ``values``."""
    text = translations(current_language()).gettext(message)
    return text.format(**values) if values else text


def ntr(singular: str, plural: str, count: int, **values: Any) -> str:
    """The plural form for ``count`` in the current language; ``{n}`` is the count, formatted."""
    text = translations(current_language()).ngettext(singular, plural, int(count))
    return text.format(n=format_number(count), **values)


def label(code: Any) -> str:
    """A stored code (weapon, target, precision...) as the reader's word for it."""
    if code is None or (isinstance(code, float) and code != code):
        return ""
    return tr(str(code))


def babel_locale(code: str | None = None) -> str:
    # Babel's locale for a language code; a language added to LANGUAGES without an entry
    # here gets Babel's data for its bare code ("de"), so its numbers and dates follow it.
    code = code or current_language()
    return {"en": "en_GB", "uk": "uk_UA"}.get(code, code)


# Babel's group separators for the page's own locales (a test holds them equal to Babel's):
# looking one up loads and merges Babel's locale data, 0.1-0.2 s of a fresh server's first
# page run (see ENGLISH_MONTHS).
GROUP_SYMBOLS = {"en_GB": ",", "uk_UA": "\u00a0"}


@lru_cache(maxsize=len(LANGUAGES))
def _group_symbol(locale: str) -> str:
    if locale in GROUP_SYMBOLS:
        return GROUP_SYMBOLS[locale]
    from babel.numbers import get_group_symbol

    return get_group_symbol(locale)


def format_number(value: Any) -> str:
    """A whole count with the language's group separator (Babel's): ``12,345`` / ``12 345``.

    Counts are integers, so only the separator is needed; it is looked up once per
    language (tables of thousands of rows format their counts quickly).
    """
    return f"{int(value):,}".replace(",", _group_symbol(babel_locale()))


# Babel's decimal symbols for the page's own locales, as GROUP_SYMBOLS (a test holds them equal).
DECIMAL_SYMBOLS = {"en_GB": ".", "uk_UA": ","}


def _decimal(value: float, places: int) -> str:
    # "1,500.5" / "1 500,5": Python's rounding, then the language's symbols.
    locale = babel_locale()
    if locale in DECIMAL_SYMBOLS:
        text = f"{value:,.{places}f}"
        return (
            text.replace(",", "\0").replace(".", DECIMAL_SYMBOLS[locale]).replace("\0", _group_symbol(locale))
        )
    from babel.numbers import format_decimal

    return format_decimal(
        round(value, places), format="#,##0" + ("." + "0" * places if places else ""), locale=locale
    )


def format_bytes(count: int) -> str:
    """A byte count for people in the current language: ``82.8 MB``, ``200 MB``, ``64 KB``, ``512 bytes``
    (``82,8 МБ``).  In English, the text :func:`data.limits.describe_bytes` writes."""
    count = int(count)
    mebibyte = 1024 * 1024
    if count >= mebibyte:
        size = _decimal(count / mebibyte, 0 if count % mebibyte == 0 else 1)
        return tr("{size} MB", size=size)
    if count >= 1024:
        return tr("{size} KB", size=_decimal(count / 1024, 0))
    return ntr("{n} byte", "{n} bytes", count)


# English month names as Babel's en_GB writes them (a test holds them equal): with these
# and GROUP_SYMBOLS, a page in English needs none of Babel's locale data before the map
# is sent.
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def shown_value(name: str, value: Any) -> Any:
    """A message parameter as the reader sees it: a whole number named ``..._bytes`` is a size
    (:func:`format_bytes`), one named ``..._count`` a count (:func:`format_number`)."""
    if isinstance(value, int) and not isinstance(value, bool):
        if name.endswith("_bytes"):
            return format_bytes(value)
        if name.endswith("_count"):
            return format_number(value)
    return value


def format_day(value: dt.date) -> str:
    """``2 March 2024`` / ``2 березня 2024``."""
    if babel_locale() == "en_GB":
        return f"{value.day} {ENGLISH_MONTHS[value.month - 1]} {value.year}"
    from babel.dates import format_date

    return format_date(value, "d MMMM y", locale=babel_locale())


def format_month(value: dt.date) -> str:
    """``March 2024`` / ``березень 2024 р.`` (the month on its own, not "of March")."""
    if babel_locale() == "en_GB":
        return f"{ENGLISH_MONTHS[value.month - 1]} {value.year}"
    from babel.dates import format_skeleton

    return format_skeleton("yMMMM", value, locale=babel_locale())


def format_short_day(value: dt.date) -> str:
    """``02 Mar 2024`` / ``02 бер. 2024``: compact, for captions that name two days."""
    if current_language() == DEFAULT_LANGUAGE:
        # strftime's English month abbreviations ("Sep"), as the page always wrote them.
        return value.strftime("%d %b %Y")
    from babel.dates import format_date

    return format_date(value, "dd MMM y", locale=babel_locale())


@lru_cache(maxsize=len(LANGUAGES))
def _vega_locale(code: str) -> dict[str, Any]:
    from babel.dates import get_day_names, get_month_names
    from babel.numbers import get_decimal_symbol

    locale = babel_locale(code)

    def names(kind, width, context="stand-alone"):
        found = kind(width, context=context, locale=locale)
        return [found[i] for i in sorted(found)]

    days = names(get_day_names, "wide")
    short_days = names(get_day_names, "abbreviated")
    # Babel counts days from Monday, d3 from Sunday.
    days, short_days = days[-1:] + days[:-1], short_days[-1:] + short_days[:-1]
    return {
        "number": {
            "decimal": get_decimal_symbol(locale),
            "thousands": _group_symbol(locale),
            "grouping": [3],
            "currency": ["", ""],
        },
        "time": {
            "dateTime": "%d.%m.%Y, %X",
            "date": "%d.%m.%Y",
            "time": "%H:%M:%S",
            "periods": ["", ""],
            "days": days,
            "shortDays": short_days,
            "months": names(get_month_names, "wide"),
            "shortMonths": names(get_month_names, "abbreviated"),
        },
    }


def vega_locale(code: str | None = None) -> dict[str, Any] | None:
    """Vega-Lite's ``config.locale`` for the language (month names on time axes, group separator).

    None in English, the source language: Vega's own defaults are English.
    """
    code = code or current_language()
    return None if code == DEFAULT_LANGUAGE else _vega_locale(code)


def localized_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """A Vega-Lite spec (a dict) with the current language's ``config.locale`` set; unchanged in English."""
    locale = vega_locale()
    if locale is None:
        return spec
    config = dict(spec.get("config") or {})
    config["locale"] = locale
    return {**spec, "config": config}


def extract_messages() -> list[tuple[str, str | None]]:
    """Every marked message in the source: ``(msgid, plural msgid or None)``, in order, once each."""
    from babel.messages.extract import extract_from_dir

    root = LOCALES.parent
    found: dict[tuple[str, str | None], None] = {}
    for entry in SOURCE_DIRS:
        path = root / entry
        if path.is_file():
            from babel.messages.extract import extract_from_file

            results = ((path.name, *item) for item in extract_from_file("python", path, keywords=KEYWORDS))
        else:
            results = extract_from_dir(path, method_map=[("**.py", "python")], keywords=KEYWORDS)
        for item in results:
            message = item[2]
            key = (message, None) if isinstance(message, str) else (message[0], message[1])
            found[key] = None
    return list(found)


def update_catalogues() -> None:
    """Extract the messages and merge them into every language's catalogue (keeps translations)."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    template = Catalog(project="Strike Map", charset="utf-8")
    for message, plural in extract_messages():
        template.add((message, plural) if plural else message)
    for code in LANGUAGES:
        if code == DEFAULT_LANGUAGE:
            continue
        path = LOCALES / code / "LC_MESSAGES" / "messages.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=code)
        else:
            catalog = Catalog(locale=code, project="Strike Map", charset="utf-8")
        catalog.update(template, no_fuzzy_matching=True)
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, omit_header=False, ignore_obsolete=True)
        print(f"{path}: {len(catalog)} messages")


if __name__ == "__main__":
    update_catalogues()
