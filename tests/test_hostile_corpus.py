"""The hostile corpus (tests/hostile.py) through every entry point into every place text appears.

Each payload is put in a free-text field of each format's fixture, of the canonical
loader and of a news report.  It must either load exactly as written or be refused
with a reason; and wherever it is shown (map script, popup, record panel, table,
headline, report highlight, CSV export) it must appear only as inert text.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data import schema as S
from data.display import events_display_table, plain_markdown, reveal_hidden
from data.embedded import load_embedded_events
from data.events_io import events_to_csv, load_events
from data.importers import import_file
from data.importers.reading import ImportFileError, decode_text
from data.summary import describe_selection
from geo.event_map import build_event_map, event_popup_html, events_for_key, key_from_tooltip
from tests.conftest import FIXTURES
from tests.hostile import NOT_IN_EXCEL, PAYLOADS, TRACKER_URL

FORMATS = FIXTURES / "formats"
# Fixture, the column holding free text, the canonical column it lands in.
TEXT_FIELDS = [
    ("acled.csv", "notes", S.DESCRIPTION),
    ("ucdp_ged.csv", "source_headline", S.SOURCE_TITLE),
    ("cir.csv", "brief description", S.DESCRIPTION),
    ("viina_event_info.csv", "text", S.DESCRIPTION),
    ("canonical.csv", "description", S.DESCRIPTION),
    ("canonical.csv", "location", S.LOCATION),
    ("bellingcat_api.json", "description", S.DESCRIPTION),
    ("canonical.geojson", "description", S.DESCRIPTION),
]
# Live forms of the payloads: a tag opening (raw or JSON-escaped), a template, a link scheme.
HTML_MARKUP = re.compile(r"<(script|img|svg)|href=.?(javascript|data):", re.I)
RAW_MARKUP = re.compile(
    r"<(script|img|svg)|\\u003c(script|img|svg)|\$\{window|`\+\(window|href=.?(javascript|data):", re.I
)


def _with_payload(fixture: str, column: str, payload: str) -> bytes:
    """The fixture with ``payload`` in ``column`` of its first record."""
    content = (FORMATS / fixture).read_bytes()
    if fixture.endswith(".json"):
        records = json.loads(content)
        records[0][column] = payload
        return json.dumps(records, ensure_ascii=False).encode("utf-8")
    if fixture.endswith(".geojson"):
        document = json.loads(content)
        document["features"][0]["properties"][column] = payload
        return json.dumps(document, ensure_ascii=False).encode("utf-8")
    text, _ = decode_text(fixture, content)
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    rows[1][rows[0].index(column)] = payload
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _loaded_or_refused(result, column: str, payload: str) -> pd.Series | None:
    """The first record's event, checked to hold the payload exactly; None when refused with a reason."""
    refused = [r for r in result.rejected if r.row == 1]
    if refused:
        assert refused[0].reason.strip()
        return None
    # loaded_rows: the input row number of each loaded event (a numpy array since the pipeline).
    event = result.events.iloc[list(result.loaded_rows).index(1)]
    value = event[column]
    # Exact, or (for fields the importer joins with others) contained exactly.
    assert value == payload.strip() or payload.strip() in value, (column, value[:80])
    return event


@pytest.mark.parametrize(("fixture", "column", "target"), TEXT_FIELDS)
@pytest.mark.parametrize("kind", sorted(PAYLOADS))
def test_every_importer_loads_the_payload_as_written_or_refuses_it(fixture, column, target, kind):
    payload = PAYLOADS[kind]
    try:
        result = import_file(fixture, _with_payload(fixture, column, payload))
    except ImportFileError as err:
        # Only a NUL byte may refuse the whole file (it is binary to every reader).
        assert kind == "nul", err
        assert "binary" in str(err) or "NUL" in str(err)
        return
    event = _loaded_or_refused(result, target, payload)
    if event is not None:
        # The map is rendered once per payload in the canonical test below; here the popup.
        _assert_shown_inertly(result.events, payload, render_map=fixture == "acled.csv")


@pytest.mark.parametrize("kind", sorted(k for k in PAYLOADS if k not in NOT_IN_EXCEL))
def test_excel_cells_load_as_written(kind):
    payload = PAYLOADS[kind]
    workbook = openpyxl.Workbook()
    workbook.active.append(["event_id", "location", "description"])
    workbook.active.append(["E1", "Kharkiv", payload])
    workbook.active["C2"].data_type = "s"  # text, even when it starts with "=" (not a formula)
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = import_file("hostile.xlsx", buffer.getvalue())
    _loaded_or_refused(result, S.DESCRIPTION, payload)


@pytest.mark.parametrize("kind", sorted(PAYLOADS))
def test_the_canonical_loader_and_export_keep_the_payload(kind):
    events = load_embedded_events()
    payload = PAYLOADS[kind].strip()
    for column in (S.LOCATION, S.DESCRIPTION, S.SOURCE_TITLE, S.CASUALTY_NOTE, S.EVENT_ID):
        events.loc[0, column] = payload
    again = load_events(events_to_csv(events), file_name="x.csv")
    pd.testing.assert_frame_equal(again, events)
    _assert_shown_inertly(events, payload)


def _assert_shown_inertly(events: pd.DataFrame, payload: str, render_map: bool = True) -> None:
    """Every place the page shows text: the payload never appears as live markup."""
    rendered = build_event_map(events).get_root().render() if render_map else ""
    for match in RAW_MARKUP.finditer(rendered):
        # The map's own code has tags of its own; none may come from the payload.
        context = rendered[max(0, match.start() - 40) : match.end() + 60]
        assert "__pwned" not in context and TRACKER_URL not in context, context
    if any(ch in payload for ch in "<>\"'`$"):
        assert payload not in rendered  # never raw, whatever the context
    for _, event in events.head(3).iterrows():
        popup = event_popup_html(event)
        assert not RAW_MARKUP.search(popup), popup[:200]
        assert "${" not in popup and "`" not in popup
    table = events_display_table(events)
    assert not table["link"].astype(str).str.contains("javascript:|data:", regex=True).any()
    line = plain_markdown(describe_selection(events, payload))
    assert "![" not in line.replace("\\!\\[", "")


@pytest.mark.parametrize("kind", sorted(PAYLOADS))
def test_a_report_with_the_payload_is_extracted_and_highlighted_inertly(kind):
    from data.extraction import candidates_to_events, extract_events
    from data.extraction.review import highlighted_report_html

    payload = PAYLOADS[kind]
    text = (
        f"A missile struck Kharkiv on Monday, killing two people.\n\n{payload}\n\nThe city council met later."
    )
    candidates = extract_events(text)
    assert len(candidates) == 1  # the payload neither hides the attack nor adds one
    with pytest.raises(ValueError, match="http"):  # only http(s) links are taken
        candidates_to_events(candidates, text, title=payload, url="javascript:alert(1)")
    events = candidates_to_events(candidates, text, title=payload)
    assert len(events) == 1
    highlighted = highlighted_report_html(text, candidates)
    # st.html: tags and link schemes matter; "${...}" is inert outside a JS template literal.
    assert not HTML_MARKUP.search(highlighted), highlighted[:300]
    # Shown as written, invisible characters written out ("[U+202E]") so they disguise nothing.
    assert html.escape(reveal_hidden(payload.split("\n")[0][:30])) in highlighted or kind == "nul"


@pytest.mark.parametrize("event_id", ["a]b", "id with spaces", "x]] [#y]", "<b>&amp;%25</b>", "ид-7"])
def test_any_event_id_survives_the_trip_through_a_tooltip(event_id):
    # The tooltip's text comes back from the browser on a click; the key at its end must
    # find the event whatever its id holds (ids with "]" could not be selected before).
    events = load_embedded_events().head(1)
    events.loc[0, S.EVENT_ID] = event_id
    rendered = build_event_map(events).get_root().render()
    payload = json.loads(re.search(r"var d = (\{.*?\});\n", rendered).group(1))
    tooltip_text = html.unescape(re.sub(r"<[^>]+>", "", payload["tip"][0]))
    key = key_from_tooltip(tooltip_text)
    assert key is not None and events_for_key(events, key)[S.EVENT_ID].tolist() == [event_id]


# --- property tests: loaded as written or refused with a reason, never silently changed ---

CANONICAL_HEADER = "event_id,location,source_title,killed\n"


def _cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60)
)
def test_text_cells_load_as_written_or_are_refused(text):
    content = (CANONICAL_HEADER + f"E1,Kharkiv,{_cell(text)},\n").encode("utf-8")
    try:
        result = import_file("prop.csv", content)
    except ImportFileError as err:
        assert str(err).strip()
        return
    if result.rejected:
        assert result.rejected[0].reason.strip()
        return
    shown = result.events[S.SOURCE_TITLE].iloc[0]
    expected = text.strip() or None
    assert (None if pd.isna(shown) else shown) == expected


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=10**6))
def test_counts_load_exactly(number):
    content = (CANONICAL_HEADER + f"E1,Kharkiv,x,{number}\n").encode("utf-8")
    result = import_file("prop.csv", content)
    assert result.rows_loaded == 1 and int(result.events[S.KILLED].iloc[0]) == number


def test_vectorised_safe_urls_agree_with_safe_url_on_every_code_point():
    import pandas as pd

    from data.display import safe_url, safe_urls

    code_points = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    values = pd.Series(
        [f"http://a.org/{c}x" for c in code_points]
        + [f"{c}https://a.org/x{c}" for c in code_points]
        + ["javascript:alert(1)", "data:text/html,x", None, float("nan"), 7, "", "HTTP://A.ORG", "http://"]
    )
    assert safe_urls(values).tolist() == [safe_url(v) for v in values]
