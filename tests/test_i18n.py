"""Interface languages: complete catalogues, plural forms, numbers and dates per language."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest
from babel.messages.pofile import read_po

from data import schema as S
from data.i18n import (
    LANGUAGES,
    LOCALES,
    STORED_CODES,
    extract_messages,
    format_day,
    format_month,
    format_number,
    label,
    language,
    language_from_locale,
    ntr,
    tr,
)

TRANSLATED = [code for code in LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def catalogue(code: str):
    with (LOCALES / code / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=code)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_in_the_code_has_a_translation_with_every_plural_form(code):
    messages = catalogue(code)
    forms = messages.num_plurals
    assert code != "uk" or forms == 3  # Ukrainian: one, few, many
    problems = []
    for msgid, plural in extract_messages():
        entry = messages.get((msgid, plural) if plural else msgid)
        if entry is None:
            problems.append(f"not in the catalogue: {msgid!r} (run: python -m data.i18n)")
        elif plural:
            strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
            if len(strings) != forms or not all(strings):
                problems.append(f"missing plural forms: {msgid!r}")
        elif not entry.string:
            problems.append(f"not translated: {msgid!r}")
        elif "fuzzy" in entry.flags:
            problems.append(f"fuzzy (needs a review): {msgid!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_every_placeholder(code):
    for entry in catalogue(code):
        if not entry.id:
            continue
        ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            assert set(PLACEHOLDER.findall(string)) == wanted, (entry.id, string)


def test_every_stored_code_has_a_label():
    codes = {*S.WEAPONS, *S.TARGETS, *S.DATE_PRECISIONS, *S.GEO_PRECISIONS}
    assert set(STORED_CODES) == codes
    with language("uk"):
        assert label("glide bomb") == "керована авіабомба"
        assert label("residential") != "residential"


@pytest.mark.parametrize(
    ("count", "text"),
    [(1, "1 подія"), (2, "2 події"), (4, "4 події"), (5, "5 подій"), (11, "11 подій"), (21, "21 подія"),
     (22, "22 події"), (12345, "12\u00a0345 подій")],
)  # fmt: skip
def test_ukrainian_plural_forms(count, text):
    with language("uk"):
        assert ntr("{n} event", "{n} events", count) == text
    assert ntr("{n} event", "{n} events", count).endswith("event" if count == 1 else "events")


def test_numbers_and_dates_per_language():
    day = dt.date(2024, 3, 2)
    assert format_number(12345) == "12,345"
    assert format_day(day) == "2 March 2024" and format_month(day) == "March 2024"
    with language("uk"):
        assert format_number(12345) == "12\u00a0345"
        assert format_day(day) == "2 березня 2024"
        assert format_month(day).startswith("березень 2024")
        assert tr("not reported") == "не повідомлено"
    assert tr("not reported") == "not reported"  # the context ends with the block


@pytest.mark.parametrize(
    ("locale", "code"), [("uk-UA", "uk"), ("uk", "uk"), ("en-US", "en"), ("de-DE", "en"), (None, "en")]
)
def test_browser_locale_picks_a_language_we_have(locale, code):
    assert language_from_locale(locale) == code


def test_display_formats_follow_the_language():
    from data.display import events_display_table, format_count
    from data.embedded import load_embedded_events

    events = load_embedded_events()
    with language("uk"):
        assert format_count(None) == "не повідомлено"
        assert format_count(20, True) == "≥ 20"
        table = events_display_table(events)
    assert "Запорізька область" in set(table["oblast"])
    assert "дату не повідомлено" in set(table["date"])
    assert not (set(table["weapon"]) & set(S.WEAPONS) - {"інше"})
    assert list(table.columns) == list(events_display_table(events).columns)  # keys stay stable
    assert isinstance(table, pd.DataFrame)


def test_the_page_in_ukrainian_from_the_link():
    from streamlit.testing.v1 import AppTest

    from tests.test_app import APP, figures, map_script

    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["lang"] = "uk"
    at.run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Мапа ударів"
    assert [s.value for s in at.subheader][:3] == ["Вибрана подія", "Жертви", "Події"]
    shown = figures(at)
    assert shown["children_killed"] == "не повідомлено"
    assert shown["killed"] == "≥ 1"
    headline = " ".join(c.value for c in at.caption)
    assert "6 подій з 1 джерела" in headline and "дати не повідомлено" in headline
    script = map_script(at)
    assert "Легенда" in script and "Засіб ураження" in script and "Legend" not in script
    assert "Запорізька область" in script and "Харків" in script
    # The table's words follow the language; its keys do not.
    table = at.dataframe[0].value
    assert "Запорізька область" in set(table["oblast"])


def test_place_names_in_ukrainian_from_the_gazetteer_and_unknown_names_kept():
    from data.display import place_name

    with language("uk"):
        assert place_name("Kharkiv", "UA-63") == "Харків"
        assert place_name("Zaporizhzhia") == "Запоріжжя"
        assert place_name("Nowhere-on-Sea") == "Nowhere-on-Sea"
    assert place_name("Kharkiv", "UA-63") == "Kharkiv"
