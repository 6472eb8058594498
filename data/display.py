"""How numbers, dates and text read on the page.

| stored              | shown            |
| ------------------- | ---------------- |
| 7, exact            | ``7``            |
| 20, lower bound     | ``≥ 20``         |
| null                | ``not reported`` |
| date, month         | ``April 2025``   |
| date unknown        | ``date not reported`` |

Also the escaping every piece of data gets before it reaches a popup, tooltip or
legend: folium writes those with ``innerHTML`` inside JavaScript template
literals, so ``$`` and backticks are neutralised as well as ``<``, ``>``, ``&``
and quotes.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import pandas as pd

from data.i18n import N_, format_day, format_month, format_number, label, tr

NOT_REPORTED = N_("not reported")
DATE_NOT_REPORTED = N_("date not reported")
# A missing cell in a table: the events table's counts and the review editor show it so (not "None").
MISSING_CELL = "—"
SAFE_URL = re.compile(r"^https?://[^\s<>\"'`]+$", re.IGNORECASE)


def is_missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def format_count(value: Any, at_least: Any = False, missing: str = NOT_REPORTED) -> str:
    """``7``, ``≥ 20`` or ``not reported``; thousands separated."""
    if is_missing(value):
        return tr(missing)
    prefix = "≥ " if (not is_missing(at_least) and bool(at_least)) else ""
    return f"{prefix}{format_number(value)}"


def format_date(value: Any, precision: Any = "day") -> str:
    """A date at the precision it is known: ``21 April 2025``, ``April 2025``, ``2025``.

    Month names come from Babel in the current language (``21 квітня 2025``).
    """
    if is_missing(value):
        return tr(DATE_NOT_REPORTED)
    stamp = pd.Timestamp(value)
    precision = "day" if is_missing(precision) else str(precision)
    if precision == "year":
        return f"{stamp.year}"
    if precision == "month":
        return format_month(stamp.date())
    if precision == "week":
        return tr("week of {day}", day=format_day(stamp.date()))
    return format_day(stamp.date())


# Characters that show nothing yet change how text reads: direction overrides and
# isolates (U+202E turns "gpj.exe" into "exe.jpg"), zero-width spaces and joiners,
# the soft hyphen, word joiners, Hangul fillers, tag characters (text hidden from the
# eye but read by machines), and control characters other than tab and newlines.
# Unicode's format characters (category Cf) plus the invisible letters that are not Cf.
# Variation selectors stay: they pick emoji and glyph forms, and hide no letters.
_HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5"
    "\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0"
    "\ufff9-\ufffb\U0001d173-\U0001d17a\U000e0000-\U000e007f]"
)


def _code_point(match: re.Match[str]) -> str:
    return f"[U+{ord(match.group()):04X}]"


def reveal_hidden(value: Any) -> str:
    """``value`` as text with every invisible character written out as ``[U+202E]``.

    For display only: the stored value keeps its characters (exports and round trips
    stay exact), but what the page shows cannot be disguised by a direction override
    or split by a zero-width space without the reader seeing it.
    """
    if is_missing(value):
        return ""
    text = str(value)
    return _HIDDEN.sub(_code_point, text) if _HIDDEN.search(text) else text


def reveal_hidden_series(values: pd.Series) -> pd.Series:
    """:func:`reveal_hidden` over a text column (missing values stay missing), fast when none hide."""
    text = values.astype("string")
    hit = text.str.contains(_HIDDEN.pattern, regex=True).fillna(False).astype(bool)
    if not hit.any():
        return text
    return text.mask(hit, text[hit].map(lambda v: _HIDDEN.sub(_code_point, v)).astype("string"))


def reveal_hidden_frame(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``table`` with :func:`reveal_hidden` over every text column (for read-only tables)."""
    table = table.copy()
    for name in table.columns:
        values = table[name]
        if pd.api.types.is_string_dtype(values.dtype) or values.dtype == object:
            # Small tables (history, batches): cell by cell, so missing values stay as they were.
            revealed = [reveal_hidden(v) if isinstance(v, str) else v for v in values]
            table[name] = pd.Series(revealed, index=values.index, dtype=values.dtype)
    return table


def hidden_text_cells(
    table: pd.DataFrame, columns: Iterable[str] | None = None
) -> list[tuple[int, str, str]]:
    """Every text cell of ``table`` that holds invisible characters, for a note beside an editor.

    An editable table or text field must show the value as stored (editing the
    written-out form would save ``[U+202E]`` as text), so the page names these cells
    apart instead.

    Returns
    -------
    list of (row, column, shown)
        ``row`` counts from 1 in the table's order, ``shown`` is the text with its
        invisible characters written out (:func:`reveal_hidden`).
    """
    found = []
    names = [c for c in (table.columns if columns is None else columns) if c in table.columns]
    for position, row in enumerate(table[names].itertuples(index=False, name=None), start=1):
        for name, value in zip(names, row, strict=True):
            if isinstance(value, str) and _HIDDEN.search(value):
                found.append((position, name, reveal_hidden(value)))
    return found


def escape_text(value: Any, reveal: bool = True) -> str:
    """HTML-escape ``value`` and neutralise ``$`` and backticks (template literals).

    Invisible characters are written out (:func:`reveal_hidden`) unless ``reveal`` is
    False, which is for values that are matched rather than read (an attribute holding
    an event id, a link's address).
    """
    if is_missing(value):
        return ""
    escaped = html.escape(reveal_hidden(value) if reveal else str(value), quote=True)
    return escaped.replace("$", "&#36;").replace("`", "&#96;").replace("\\", "&#92;")


_MARKDOWN_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation character
_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x85\u2028\u2029]+")


# GitHub-flavoured Markdown (Streamlit's) makes bare http(s)://, www. and e-mail addresses
# links after parsing, so escaping their dots does not stop it (seen in Chromium: a file
# named www.example.org.csv became a link).  Text in an inline code span is never linked:
# addresses from files are shown as code.  Superset of GFM's rules, any scheme included.
_ADDRESS = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.|\b(?:mailto|xmpp|javascript|data|file|tel):)\S*"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+\S*",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?'\")]}’”»"


def _code_span(text: str) -> str:
    # A fence longer than any run of backticks inside; padded when the text starts or ends with one.
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _trim_address(address: str) -> str:
    # Punctuation that ends a sentence or a quotation is not part of the address; a closing
    # bracket is, when the address opened it ("alert(1)").
    while address and address[-1] in _TRAILING:
        closing = address[-1]
        opening = {")": "(", "]": "[", "}": "{"}.get(closing)
        if opening and address.count(opening) >= address.count(closing):
            break
        address = address[:-1]
    return address


def _escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def plain_markdown(value: Any) -> str:
    """Text from a file, safe inside ``st.markdown`` / ``st.error`` / ``st.caption``.

    Streamlit renders those as Markdown: a column or file name written
    ``![x](http://host/x.png)`` would become an image the viewer's browser fetches,
    telling whoever made the file who opened it.  CommonMark lets any ASCII
    punctuation be backslash-escaped, so every one is; line breaks become spaces
    so a value cannot start a heading or a list.  Invisible characters (NUL, direction
    overrides, zero-width spaces) are written out as ``[U+202E]`` (:func:`reveal_hidden`).
    Bare addresses (``http://...``, ``www.``, ``name@host.org``) are shown as inline
    code, the one place GFM does not make them links
    (tests/browser/test_plain_text_browser.py).
    """
    if is_missing(value):
        return ""
    text = reveal_hidden(_LINE_BREAKS.sub(" ", str(value)))
    pieces, start = [], 0
    for match in _ADDRESS.finditer(text):
        address = _trim_address(match.group())
        if not address:
            continue
        pieces.append(_escape_markdown(text[start : match.start()]))
        pieces.append(_code_span(address))
        start = match.start() + len(address)
    pieces.append(_escape_markdown(text[start:]))
    return "".join(pieces)


def safe_url(value: Any) -> str | None:
    """The URL if it is a plain http(s) link, else None (``javascript:`` and friends)."""
    if is_missing(value):
        return None
    text = str(value).strip()
    return text if SAFE_URL.match(text) else None


def safe_urls(values: pd.Series) -> pd.Series:
    """:func:`safe_url` over a column in one Arrow regex match (250,000 links: 0.2 s, the loop 1 s).

    RE2's ``\\s`` is ASCII only, so :data:`_SAFE_URL_RE2` spells out every character
    Python's ``\\s`` matches; a test compares the two over every code point.
    """
    text = values.astype("string[pyarrow]").str.strip()
    keep = text.str.match(_SAFE_URL_RE2).fillna(False).astype(bool)
    return text.astype(object).where(keep, None)


# SAFE_URL for Arrow (RE2): Python's Unicode whitespace written out.
_SAFE_URL_RE2 = r"^(?i)https?://[^\t\n\x0b\x0c\r \x1c-\x1f\x85\p{Z}<>\"'`]+$"


TABLE_ROWS = 1_000  # rows the page's table shows; its downloads hold every filtered event


def shown_events_table(events: pd.DataFrame) -> pd.DataFrame:
    """The page's table: the first :data:`TABLE_ROWS` events as :func:`events_display_table` shows them.

    Its cost follows the rows shown, not the rows filtered: formatting every row of a
    250,000-event table took 0.5-1.5 s.
    """
    return events_display_table(events.head(TABLE_ROWS))


def events_display_table(events: pd.DataFrame) -> pd.DataFrame:
    """The events as the page's table shows them: counts as ``≥ 7`` / ``—``, dates at their precision."""
    from data import schema as S  # local import keeps this module free of cycles

    table = pd.DataFrame(index=events.index)
    table["date"] = [format_date(d, p) for d, p in zip(events[S.DATE], events[S.DATE_PRECISION])]
    table["place"] = place_names(events[S.LOCATION], events[S.OBLAST_ISO]).fillna(tr(NOT_REPORTED))
    table["oblast"] = oblast_names(events[S.OBLAST_ISO], events[S.OBLAST]).fillna(MISSING_CELL)
    table["weapon"] = events[S.WEAPON].astype(str).map(label)
    table["target"] = events[S.TARGET].astype(str).map(label)
    for column in S.COUNT_COLUMNS:
        table[column] = [
            format_count(v, b, missing=MISSING_CELL)
            for v, b in zip(events[column], events[S.at_least_column(column)])
        ]
    table["on map"] = events[S.LATITUDE].notna().map({True: tr("yes"), False: tr("no (no place)")})
    table["description"] = events[S.DESCRIPTION].fillna("")
    table["source"] = events[S.SOURCE_TITLE].fillna(events[S.SOURCE_NAME]).fillna("")
    table["link"] = safe_urls(events[S.SOURCE_URL])
    table["possible duplicate of"] = events[S.POSSIBLE_DUPLICATES].fillna("")
    table["event_id"] = events[S.EVENT_ID]
    for column in ("place", "oblast", "description", "source", "possible duplicate of", "event_id"):
        table[column] = reveal_hidden_series(table[column])
    return table.reset_index(drop=True)


def oblast_name(iso: str | None, english: str) -> str:
    """One oblast name in the current language (see :func:`oblast_names`)."""
    from data.i18n import current_language

    if current_language() != "uk" or not iso:
        return english
    return ukrainian_oblast_names().get(iso, english)


def oblast_names(iso: pd.Series, english: pd.Series) -> pd.Series:
    """Oblast names in the current language (the boundaries file's Ukrainian names in Ukrainian)."""
    from data.i18n import current_language

    if current_language() != "uk":
        return english
    return iso.map(ukrainian_oblast_names()).astype("string").fillna(english)


@lru_cache(maxsize=1)
def ukrainian_oblast_names() -> dict[str, str]:
    """ISO code -> Ukrainian name of every oblast (from the boundaries file)."""
    from geo.oblasts import load_oblasts

    oblasts = load_oblasts()
    return dict(zip(oblasts.iso_3166_2, oblasts.name_uk))


@lru_cache(maxsize=1)
def _ukrainian_place_names() -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    # The gazetteer's Ukrainian names (geo/ukraine_places.csv, name_uk): by name and
    # oblast first, then by name alone (the most populous place of that name).
    from geo.gazetteer import PLACES_PATH

    places = pd.read_csv(
        PLACES_PATH, keep_default_na=False, usecols=["name", "name_uk", "oblast_iso", "population"]
    )
    places = places[places["name_uk"] != ""].sort_values("population", ascending=False)
    by_oblast = dict(zip(zip(places["name"], places["oblast_iso"]), places["name_uk"]))
    by_name = dict(zip(places["name"][::-1], places["name_uk"][::-1]))  # the most populous wins
    return by_oblast, by_name


def place_name(name: str, oblast_iso: str | None = None) -> str:
    """One place name in the current language (see :func:`place_names`)."""
    from data.i18n import current_language

    if current_language() != "uk":
        return name
    by_oblast, by_name = _ukrainian_place_names()
    return by_oblast.get((name, oblast_iso), by_name.get(name, name))


def place_names(location: pd.Series, oblast_iso: pd.Series | None = None) -> pd.Series:
    """Place names in the current language: the gazetteer's Ukrainian name in Ukrainian.

    A name the gazetteer does not know stays as the source wrote it.
    """
    from data.i18n import current_language

    if current_language() != "uk":
        return location
    by_oblast, by_name = _ukrainian_place_names()
    isos = oblast_iso if oblast_iso is not None else pd.Series(None, index=location.index, dtype=object)
    names = [
        None if not isinstance(name, str) else by_oblast.get((name, iso), by_name.get(name, name))
        for name, iso in zip(location.tolist(), isos.tolist())
    ]
    return pd.Series(names, index=location.index, dtype="string")


# Where the page's events come from, as the sources panel and the store name it (English,
# kept as data: a stored batch is labelled with it); shown through source_label_text.
SOURCE_LABELS = (
    N_("Embedded report (1 news report, undated)"),
    N_("Event store (SQLite file)"),
    N_("Event store (PostgreSQL)"),
)
SOURCE_PREFIXES = (N_("Uploaded"), N_("File"))


def source_label_text(source_label: str | None) -> str | None:
    """The page's source label in the reader's language (file names kept as they are)."""
    if not source_label:
        return source_label
    if source_label in SOURCE_LABELS:
        return tr(source_label)
    for prefix in SOURCE_PREFIXES:
        if source_label.startswith(prefix + " "):
            return tr(prefix) + source_label[len(prefix) :]
    return source_label
