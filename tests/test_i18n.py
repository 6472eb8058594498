"""Interface languages: complete catalogues, plural forms, numbers and dates per language."""

from __future__ import annotations

import datetime as dt
import json
import re

import pandas as pd
import pytest
from babel.messages.pofile import read_po

from data import schema as S
from data.i18n import (
    GROUP_SYMBOLS,
    LANGUAGES,
    LOCALES,
    STORED_CODES,
    babel_locale,
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


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_group_separators_kept_beside_babel_are_babels(code):
    from babel.numbers import get_group_symbol

    locale = babel_locale(code)
    assert locale in GROUP_SYMBOLS, "a new language: add its separator (or let Babel look it up)"
    assert GROUP_SYMBOLS[locale] == get_group_symbol(locale)
    from babel.numbers import get_decimal_symbol

    from data.i18n import DECIMAL_SYMBOLS

    assert DECIMAL_SYMBOLS[locale] == get_decimal_symbol(locale)


@pytest.mark.parametrize(
    "day", [dt.date(2024, month, 1 + 2 * month) for month in range(1, 13)] + [dt.date(987, 6, 5)]
)
def test_english_days_written_without_babel_are_babels(day):
    from babel.dates import format_date, format_skeleton

    assert format_day(day) == format_date(day, "d MMMM y", locale="en_GB")
    assert format_month(day) == format_skeleton("yMMMM", day, locale="en_GB")


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


# --- no English left on the page --------------------------------------------------------

# Fields of element protos that hold no words for the reader (ids, keys, types, formats,
# the map script and chart specs, which are checked on their own).
_NOT_WORDS = {
    "id", "form_id", "query_param_key", "type", "tag", "format", "json_args", "spec", "theme",
    "component_name", "deferred_file_id", "language", "min", "max", "name", "raw_values", "default",
    "columns", "url", "icon", "code_text",
}  # fmt: skip


def page_texts(at) -> list[tuple[str, str]]:
    """Every string the page shows, as ``(element.field, text)``: bodies, labels, help, options..."""
    from google.protobuf.message import Message

    found: list[tuple[str, str]] = []

    def strings(message: Message, where: str) -> None:
        for field, value in message.ListFields():
            if field.name in _NOT_WORDS:
                continue
            values = list(value) if type(value).__name__.startswith("Repeated") else [value]
            for item in values:
                if isinstance(item, Message):
                    strings(item, f"{where}.{field.name}")
                elif isinstance(item, str) and item.strip():
                    found.append((f"{where}.{field.name}", item))

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        if isinstance(proto, Message):
            strings(proto, type(node).__name__)
        children = getattr(node, "children", None)
        for child in children.values() if isinstance(children, dict) else ():
            walk(child)

    walk(at._tree)  # noqa: SLF001 - AppTest has no public walk over every element
    # Table headers are column keys relabelled through the column configuration.
    for frame in at.dataframe:
        config = json.loads(frame.proto.columns or "{}")
        found += [("Dataframe.label", c["label"]) for c in config.values() if c.get("label")]
    return found


def chart_specs(at) -> list[str]:
    """The Vega-Lite specs of the charts on the page (as JSON text)."""
    found: list[str] = []

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        spec = getattr(proto, "spec", None) if proto is not None else None
        if isinstance(spec, str) and spec.startswith("{"):
            found.append(spec)
        children = getattr(node, "children", None)
        for child in children.values() if isinstance(children, dict) else ():
            walk(child)

    walk(at._tree)  # noqa: SLF001 - as in page_texts
    return found


def _unescape(text: str) -> str:
    # Markdown escapes (data.display.plain_markdown) and HTML tags are not words.
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\\(.)", r"\1", text)


def english_left(texts, code: str = "uk") -> list[str]:
    """The texts that are (or contain) an English message which has a translation.

    A text equal to a message (its placeholders matching anything) is English; so is a
    text containing a piece of a message of three words or more.  Messages whose
    translation is the same as the English (names like "UCDP GED") are not looked for.
    """
    messages = catalogue(code)
    whole, pieces = [], set()
    for entry in messages:
        if not entry.id:
            continue
        ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        for msgid in ids:
            if msgid in strings:
                continue
            parts = PLACEHOLDER.split(msgid)
            if sum(c.isalpha() for c in "".join(parts)) < 4:
                continue  # "{attacks} on {place}, {period}" would match any text with " on " in it
            whole.append(re.compile(".+".join(re.escape(p) for p in parts), re.DOTALL))
            pieces.update(p.strip(" .,:;()") for p in parts if len(p.split()) >= 3)
    left = []
    for where, text in texts:
        if text in LANGUAGES.values():
            continue  # the language switch names each language in itself

        plain = _unescape(text).strip()
        if any(pattern.fullmatch(plain) for pattern in whole) or any(p and p in plain for p in pieces):
            left.append(f"{where}: {text!r}")
    return left


def test_the_english_finder_finds_english_and_passes_ukrainian():
    found = english_left(
        [
            ("Button.label", "Reset filters"),  # a whole message
            ("Caption.body", "12 events outside Ukraine (PL) kept and marked by country."),  # placeholders
            (
                "Markdown.body",
                "**Як записано числа.** x.csv could not be loaded; showing the embedded report instead",
            ),
            ("Button.label", "Скинути фільтри"),
            ("Caption.body", "Харків · Putin Indicates Openness"),  # data stays as the source wrote it
            ("Selectbox.options", "UCDP GED"),  # a name, the same in every language
        ]
    )
    assert len(found) == 3 and all("Скинути" not in f and "Харків" not in f for f in found), found


def _page_in(language_code: str, **params):
    from streamlit.testing.v1 import AppTest

    from tests.test_app import APP

    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["lang"] = language_code
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def test_no_english_words_left_on_the_page_in_ukrainian():
    at = _page_in("uk")
    texts = page_texts(at)
    assert len(texts) > 100  # the walk really reads the page, table headers included
    assert "загиблі" in {text for where, text in texts if where == "Dataframe.label"}
    assert not english_left(texts), "\n".join(english_left(texts))
    # Names from the data are shown in Ukrainian too: the place filter's options.
    places = next(s for s in at.multiselect if s.key == "place")
    assert "Харків" in [places.format_func(o) for o in places.options] or "Харків" in places.options
    # The same walk finds English on the English page: the test can fail.
    english = page_texts(_page_in("en"))
    assert len(english_left(english)) > 50


def test_no_english_left_with_dated_events_a_file_and_a_date_range(tmp_path, monkeypatch):
    """The panels the embedded report leaves empty: import summary, timeline, period comparison."""
    import sys

    from data.events_io import events_to_csv
    from data.synthetic import make_synthetic_events

    events = make_synthetic_events(400, seed=5)
    path = tmp_path / "events.csv"
    path.write_bytes(events_to_csv(events))
    monkeypatch.setattr(sys, "argv", ["app.py", "--data", str(path)])
    at = _page_in("uk", dates=["2024-03-01", "2024-03-31"], compare="true")  # the comparison open
    texts = page_texts(at)
    shown = " ".join(text for _, text in texts)
    assert "Зараз:" in shown and "Протягніть по шкалі часу" in shown and "Прочитано 400 рядків" in shown
    assert not english_left(texts), "\n".join(english_left(texts))
    # The timeline's time axis and tooltips name months through Vega-Lite's locale.
    specs = [json.loads(spec) for spec in chart_specs(at)]
    locales = [spec.get("config", {}).get("locale") for spec in specs]
    assert specs and all(locales), "a chart without the reader's locale"
    assert locales[0]["time"]["months"][2] == "березень" and locales[0]["number"]["thousands"] == "\u00a0"
    titles = [
        t for spec in specs for t in re.findall(r'"title": "([^"]+)"', json.dumps(spec, ensure_ascii=False))
    ]
    assert titles and not english_left([("chart title", t) for t in titles]), titles


def test_no_english_left_when_the_data_file_cannot_be_loaded(tmp_path, monkeypatch):
    """The sidebar's error for a whole file that cannot be read is worded in Ukrainian too."""
    import sys

    path = tmp_path / "colours.csv"
    path.write_bytes(b"colour,shape\nred,round\n")
    monkeypatch.setattr(sys, "argv", ["app.py", "--data", str(path)])
    at = _page_in("uk")
    errors = [_unescape(e.value) for e in at.error]  # escaped, never Markdown
    assert any("не відповідають жодному формату" in e and "colour, shape" in e for e in errors), errors
    assert not english_left(page_texts(at)), "\n".join(english_left(page_texts(at)))


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_map_images_legend_fits_in_every_language(code):
    """The legend has a fixed column beside the map: longer words must not run off the image."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from data.events_io import events_to_csv
    from data.importers import import_file
    from data.synthetic import make_synthetic_events
    from geo.map_image import map_figure

    events = import_file("e.csv", events_to_csv(make_synthetic_events(200, seed=5))).events
    with language(code):
        figure = map_figure(events, shade_by="killed", made=dt.date(2026, 1, 2))
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    width = figure.bbox.width
    for legend in figure.legends:
        texts = [legend.get_title(), *legend.get_texts()]
        outside = [t.get_text() for t in texts if t.get_window_extent(canvas.get_renderer()).x1 > width]
        assert not outside, outside


def test_whole_file_import_errors_are_problems_worded_in_the_readers_language():
    from data.importers import import_files, shown_error
    from data.importers.background import _errors_with_problems

    files = [
        ("empty.csv", b""),
        ("odd.csv", b"colour,shape\nred,round\n"),
        ("cut.json", b'[{"a": 1}, {"a": '),
    ]
    errors = import_files(files).errors
    # The English stays as it was written before the problems became data.
    assert errors["empty.csv"] == "empty.csv is empty."
    assert (
        errors["odd.csv"].startswith("odd.csv: the columns do not match any format")
        and "colour, shape" in errors["odd.csv"]
    )
    assert errors["cut.json"].endswith("The file seems to be cut off: download it again.")
    assert {name: text.problem.code for name, text in errors.items()} == {
        "empty.csv": "file_is_empty",
        "odd.csv": "file_unknown_format",
        "cut.json": "file_not_json_cut",
    }
    # Through the background import's JSON report the problems come back.
    sent = json.loads(json.dumps({name: text.problem.as_dict() for name, text in errors.items()}))
    errors = _errors_with_problems(dict(errors), sent)
    with language("uk"):
        shown = {name: shown_error(text) for name, text in errors.items()}
        assert shown_error("a reason without a problem") == "a reason without a problem"
    assert shown["empty.csv"] == "empty.csv порожній."
    assert "colour, shape" in shown["odd.csv"] and "Перевірте" in shown["odd.csv"]
    assert not english_left([(name, text) for name, text in shown.items()]), shown
    assert english_left([(name, text) for name, text in errors.items()])  # the finder sees the English


def test_missing_columns_take_the_plural_form_of_their_count():
    from data.importers.reading import ImportFileError, shown_error

    one = ImportFileError(code="file_columns_missing", file="a.csv", format="ACLED", columns="x", n=1)
    two = ImportFileError(code="file_columns_missing", file="a.csv", format="ACLED", columns="x, y", n=2)
    assert str(one).endswith("x is missing.") and str(two).endswith("x, y are missing.")
    with language("uk"):
        assert shown_error(str(one)) == str(one)  # plain text carries no problem
        assert one.problem.message.endswith("бракує стовпця x.")
        assert two.problem.message.endswith("бракує стовпців x, y.")


def test_no_spinner_text_is_fixed_in_english_when_the_code_is_loaded():
    """A cache decorator's ``show_spinner="..."`` is fixed at import, in English: callers show st.spinner(tr(...))."""
    root = LOCALES.parent
    fixed = [
        f"{path.relative_to(root)}: {match.group(0)}"
        for path in [root / "app.py", *sorted((root / "components").glob("*.py"))]
        for match in re.finditer(
            r"show_spinner\s*=\s*[\"'f]|st\.spinner\(\s*[\"'f]", path.read_text(encoding="utf-8")
        )
    ]
    assert not fixed, fixed


def test_import_steps_on_the_progress_bar_are_worded_in_the_readers_language():
    from data.events_io import events_to_csv, note_text
    from data.importers import import_files
    from data.importers.background import _step_note
    from data.synthetic import make_synthetic_events

    steps = []
    import_files(
        [("e.csv", events_to_csv(make_synthetic_events(1200, seed=5)))], progress=lambda m, f: steps.append(m)
    )
    assert steps[1] == "e.csv: 1,200 rows read; mapping the columns"  # the English as before
    # Through the background import's JSON report, as the page reads it.
    back = [_step_note(json.loads(json.dumps(step.problem.as_dict()))) for step in steps]
    with language("uk"):
        shown = [note_text(step) for step in [_step_note({"code": "step_starting"}), *back]]
    assert shown[2] == "e.csv: прочитано 1\u00a0200 рядків; зіставлення стовпців"
    assert not english_left([("step", text) for text in shown]), shown
    assert english_left([("step", text) for text in steps])


def test_reading_progress_is_worded_in_the_readers_language_with_its_units():
    from data.events_io import Note, note_text
    from data.importers.background import _step_note

    steps = [
        Note("step_reading_bytes", file="big.csv", done_bytes=31 * 2**20 + 2**19, size_bytes=82_820_306),
        Note("step_reading_rows", file="big.csv", n=40_000),
    ]
    assert steps == ["big.csv: reading, 31.5 MB of 79.0 MB", "big.csv: reading, 40,000 rows so far"]
    back = [_step_note(json.loads(json.dumps(step.problem.as_dict()))) for step in steps]
    with language("uk"):
        shown = [note_text(step) for step in back]
    assert shown == [
        "big.csv: читання, 31,5\u00a0МБ з 79,0\u00a0МБ",
        "big.csv: читання, прочитано 40\u00a0000 рядків",
    ]
    assert not english_left([("step", text) for text in shown]), shown


@pytest.mark.parametrize(
    ("count", "english", "ukrainian"),
    [
        (200 * 2**20, "200 MB", "200\u00a0МБ"),
        (82_820_306, "79.0 MB", "79,0\u00a0МБ"),
        (1_500 * 2**20 + 2**19, "1,500.5 MB", "1\u00a0500,5\u00a0МБ"),
        (64 * 1024, "64 KB", "64\u00a0КБ"),
        (512, "512 bytes", "512 байтів"),
        (2, "2 bytes", "2 байти"),
    ],
)
def test_sizes_in_each_language_and_the_english_as_the_limits_write_it(count, english, ukrainian):
    from data.i18n import format_bytes
    from data.limits import describe_bytes

    assert format_bytes(count) == english == describe_bytes(count)
    with language("uk"):
        assert format_bytes(count) == ukrainian
        assert describe_bytes(count) == english  # the English text of a refusal stays English


def _limit_refusals():
    """One refusal per limit, as the readers raise them."""
    import io
    import zipfile

    from data.importers.reading import FileTooLarge, read_table
    from data.limits import Limits

    def zipped(members: dict[str, bytes]) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in members.items():
                archive.writestr(name, content)
        return buffer.getvalue()

    csv = b"event_id,location,killed\nE1,Kharkiv,2\nE2,Odesa,1\n"
    cases = [
        ("big.csv", csv, Limits(max_upload_bytes=10)),
        ("rows.csv", csv, Limits(max_rows=1)),
        ("wide.csv", b"a" * 100 + b"\nx\n", Limits(max_header_bytes=50)),
        ("long.csv", b"event_id,description\nE1," + b"x" * 200 + b"\n", Limits(max_line_bytes=100)),
        ("deep.json", b"[" * 100 + b"]" * 100, Limits()),
        ("many.zip", zipped({f"f{i}.txt": b"x" for i in range(20)}), Limits(max_archive_members=10)),
        ("nested.zip", zipped({"inner.csv": zipped({"events.csv": csv})}), Limits()),
        (
            "outer.zip",
            zipped({"inner.csv": zipped({"events.csv": csv * 50})}),
            Limits(max_decompressed_bytes=600, max_archive_depth=2),
        ),
    ]
    refusals = []
    for name, content, limits in cases:
        with pytest.raises(FileTooLarge) as caught:
            read_table(name, content, limits)
        refusals.append(caught.value)
    return refusals


def test_size_limit_refusals_are_worded_in_the_readers_language():
    from data.events_io import Problem
    from data.importers.reading import error_text, shown_error

    refusals = _limit_refusals()
    assert len({err.limit for err in refusals}) == 8  # every limit a file can pass
    for err in refusals:
        with language("en"):
            assert err.problem.message == str(err)  # the English as the refusal has always read
        # Through the background import's JSON report, as the page reads it.
        sent = Problem.from_dict(json.loads(json.dumps(err.problem.as_dict())))
        text = error_text(err)
        text.problem = sent
        with language("uk"):
            shown = shown_error(text)
        assert err.file_name in shown and f"STRIKE_MAP_{err.limit.upper()}" in shown, shown
        assert "Нічого" in shown or "нічого" in shown, shown
        assert not english_left([(err.limit, shown)]), shown
        assert english_left([(err.limit, str(err))])  # the finder sees the English
    with language("uk"):
        sizes = shown_error(error_text(refusals[0]))
    assert "49 байтів, більше ніж 10 байтів" in sizes and " bytes" not in sizes


def test_whole_file_errors_left_in_english_are_problems_now(tmp_path):
    from data.importers import import_files, import_path
    from data.importers.background import _errors_with_problems
    from data.importers.reading import ImportFileError, error_text, shown_error

    misspelt = import_files([("x.csv", b"event_id,kiled\nE1,2\n")]).errors["x.csv"]
    unreadable = import_path(tmp_path).errors[tmp_path.name]  # a folder: the server cannot open it
    stopped = error_text(ImportFileError(code="file_import_stopped"))
    assert misspelt.startswith("x.csv is not a Strike Map events table: column 'kiled'")
    assert "cannot be read" in unreadable and stopped.startswith("the import stopped before it finished")
    errors = {"x.csv": misspelt, "folder": unreadable, "child": stopped}
    sent = json.loads(json.dumps({name: text.problem.as_dict() for name, text in errors.items()}))
    errors = _errors_with_problems(dict(errors), sent)
    with language("uk"):
        shown = {name: shown_error(text) for name, text in errors.items()}
    assert "не є таблицею подій" in shown["x.csv"] and "'killed'" in shown["x.csv"]
    assert not english_left(list(shown.items())), shown


def test_points_outside_their_oblast_are_noted_in_the_readers_language():
    from data.events_io import note_from_data, note_text, note_to_data
    from data.importers import import_file
    from tests.test_plausible import OBLAST_ROWS

    rows = OBLAST_ROWS + "".join(f"M{n},Odesa,UA-63,46.48,30.73,1\n" for n in range(12))
    (note,) = [n for n in import_file("events.csv", rows.encode()).notes if "outside the oblast" in n]
    again = note_from_data(json.loads(json.dumps(note_to_data(note))))  # as the import cache keeps it
    with language("uk"):
        shown = note_text(again)
    assert shown.startswith("Завантажено 14 рядків із точкою поза областю") and shown.endswith("і ще 4.")
    assert "Одеська область (UA-51)" in shown and "Харківська область (UA-63)" in shown
    assert not english_left([("note", shown)]), shown


def test_no_english_left_for_a_refused_file_and_points_outside_their_oblast(tmp_path, monkeypatch):
    """The sidebar's refusal of a file past a limit, and the note on points outside their oblast."""
    import sys

    from tests.test_plausible import OBLAST_ROWS

    path = tmp_path / "events.csv"
    path.write_text(OBLAST_ROWS, encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["app.py", "--data", str(path)])
    at = _page_in("uk")
    texts = page_texts(at)
    shown = _unescape(" ".join(text for _, text in texts))
    assert "точкою поза областю" in shown and "Одеська область (UA-51)" in shown
    assert not english_left(texts), "\n".join(english_left(texts))

    from components.settings import app_limits

    monkeypatch.setenv("STRIKE_MAP_MAX_UPLOAD_BYTES", "10")
    app_limits.clear()  # the page keeps its limits for five minutes
    try:
        at = _page_in("uk")
    finally:
        app_limits.clear()
    errors = [_unescape(e.value) for e in at.error]
    assert any("обмеження max_upload_bytes = 10 байтів" in e for e in errors), errors
    assert not english_left(page_texts(at)), "\n".join(english_left(page_texts(at)))
