"""Invisible characters are written out wherever text is shown, never stored differently (data.display)."""

from __future__ import annotations

import pandas as pd
import pytest

from data import schema as S
from data.aggregate import casualties_by
from data.charts import casualty_bar_chart
from data.display import (
    escape_text,
    events_display_table,
    plain_markdown,
    reveal_hidden,
    reveal_hidden_series,
)
from data.embedded import load_embedded_events
from data.events_io import events_to_csv, load_events
from data.extraction import extract_events
from data.extraction.review import highlighted_report_html
from geo.event_map import build_event_map, event_popup_html

HIDDEN = {
    "\u202e": "right-to-left override",
    "\u202d": "left-to-right override",
    "\u2066": "left-to-right isolate",
    "\u2069": "pop directional isolate",
    "\u200f": "right-to-left mark",
    "\u061c": "Arabic letter mark",
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "byte order mark",
    "\u00ad": "soft hyphen",
    "\u3164": "Hangul filler",
    "\U000e0041": "tag letter A",
    "\x1b": "escape",
}
# Text that must come through untouched: Ukrainian, curly quotes, an emoji with its
# variation selector, tabs and newlines, ordinary punctuation.
VISIBLE = ["Харків", "Запоріжжя — «центр»", "‘quoted’", "❤️ heart", "tab\there\nnewline", "a+b=c"]


@pytest.mark.parametrize("char", sorted(HIDDEN), ids=lambda c: f"U+{ord(c):04X}")
def test_every_hidden_character_is_written_out(char):
    text = f"gpj{char}exe.doc"
    shown = reveal_hidden(text)
    assert char not in shown
    assert shown == f"gpj[U+{ord(char):04X}]exe.doc"


@pytest.mark.parametrize("text", VISIBLE)
def test_visible_text_is_untouched(text):
    assert reveal_hidden(text) == text
    assert reveal_hidden_series(pd.Series([text, None], dtype="string")).tolist() == [text, pd.NA]


def test_escape_and_markdown_reveal_but_matched_values_keep_their_characters():
    assert escape_text("Kha\u202erkiv") == "Kha[U+202E]rkiv"
    # An attribute holding an event id, or a link's address, is matched, not read.
    assert escape_text("id\u200b1", reveal=False) == "id\u200b1"
    assert plain_markdown("Ode\u200bsa\x00") == r"Ode\[U\+200B\]sa\[U\+0000\]"


def _disguised_events() -> pd.DataFrame:
    events = load_embedded_events().copy()
    events.loc[0, S.LOCATION] = "Kha\u202erkiv"
    events.loc[0, S.DESCRIPTION] = "A strike \u2066on\u2069 the \u200bcentre"
    events.loc[0, S.SOURCE_TITLE] = "Report\ufeff"
    events.loc[0, S.CASUALTY_NOTE] = "note\u200d"
    return events


def test_the_stored_events_keep_their_characters_and_round_trip():
    events = _disguised_events()
    again = load_events(events_to_csv(events), file_name="x.csv")
    assert again.loc[0, S.LOCATION] == "Kha\u202erkiv"
    pd.testing.assert_frame_equal(again, events)


def test_table_popup_record_and_map_show_the_characters_written_out():
    events = _disguised_events()
    table = events_display_table(events)
    assert table.loc[0, "place"] == "Kha[U+202E]rkiv"
    assert table.loc[0, "description"] == "A strike [U+2066]on[U+2069] the [U+200B]centre"
    assert table.loc[0, "source"] == "Report[U+FEFF]"
    popup = event_popup_html(events.iloc[0])
    assert "Kha[U+202E]rkiv" in popup and "note[U+200D]" in popup
    rendered = build_event_map(events).get_root().render()
    for char in "\u202e\u2066\u2069\u200b\ufeff\u200d":
        assert char not in rendered and f"\\u{ord(char):04x}" not in rendered.lower(), f"U+{ord(char):04X}"
    assert "Kha[U+202E]rkiv" in rendered


def test_chart_labels_show_the_characters_written_out():
    events = _disguised_events()
    spec = casualty_bar_chart(casualties_by(events, S.LOCATION), S.LOCATION, "by place").to_dict()
    labels = {row[S.LOCATION] for dataset in spec["datasets"].values() for row in dataset}
    assert "Kha[U+202E]rkiv" in labels and "Kha\u202erkiv" not in labels


def test_a_pasted_report_is_highlighted_with_the_characters_written_out():
    text = "A missile struck Kharkiv on Monday, killing two people.\n\nSigned: \u202eeciffo sserp"
    highlighted = highlighted_report_html(text, extract_events(text))
    assert "\u202e" not in highlighted and "[U+202E]eciffo sserp" in highlighted


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("www.example.org.csv could not be loaded", "www.example.org.csv"),
        ("found 'http://127.0.0.1:9/count'.", "http://127.0.0.1:9/count"),
        ("write to tips@example.org, please", "tips@example.org"),
        ("see HTTPS://Example.org/a(b)", "HTTPS://Example.org/a(b)"),
        ("javascript:alert(1)", "javascript:alert(1)"),
        ("odd http://x/`y`", "http://x/`y`"),
    ],
)
def test_bare_addresses_are_shown_as_code_which_markdown_never_links(text, address):
    # GFM links bare addresses after parsing, escaped dots or not; code spans it leaves alone.
    shown = plain_markdown(text)
    fence = "``" if "`" in address else "`"
    pad = " " if address.endswith("`") else ""
    assert f"{fence}{pad}{address}{pad}{fence}" in shown, shown
    outside = shown.replace(f"{fence}{pad}{address}{pad}{fence}", "")
    assert "://" not in outside and "www." not in outside and "@" not in outside.replace("\\@", "")


def test_ordinary_colons_and_markdown_images_stay_escaped_text():
    assert plain_markdown("row 3: 12:30") == r"row 3\: 12\:30"
    assert plain_markdown("![x](http://127.0.0.1:9/x.png)") == r"\!\[x\]\(`http://127.0.0.1:9/x.png`\)"


def test_read_only_tables_reveal_text_columns_and_keep_the_rest():
    from data.display import reveal_hidden_frame

    table = pd.DataFrame(
        {
            "who": ["ana\u202e", None],
            "why": pd.array(["fix\u200b", pd.NA], dtype="string"),
            "version": [1, 2],
            "when": pd.to_datetime(["2024-01-01", "2024-01-02"]),
        }
    )
    shown = reveal_hidden_frame(table)
    assert shown["who"].iloc[0] == "ana[U+202E]" and pd.isna(shown["who"].iloc[1])
    assert shown["why"].iloc[0] == "fix[U+200B]" and pd.isna(shown["why"].iloc[1])
    assert shown["version"].tolist() == [1, 2] and shown["when"].equals(table["when"])
    assert table["who"].iloc[0] == "ana\u202e"  # the original is untouched


def test_editable_cells_with_hidden_characters_are_named_by_row_and_column():
    from data.display import hidden_text_cells

    table = pd.DataFrame(
        {
            "place": ["Kharkiv", "Kha\u202erkiv", None],
            "note": [None, "ok", "zero\u200bwidth"],
            "killed": [1, 2, 3],
        }
    )
    assert hidden_text_cells(table) == [(2, "place", "Kha[U+202E]rkiv"), (3, "note", "zero[U+200B]width")]
    assert hidden_text_cells(table, ["note", "absent"]) == [(3, "note", "zero[U+200B]width")]
    assert table.loc[1, "place"] == "Kha\u202erkiv"
    assert hidden_text_cells(pd.DataFrame({"place": ["Харків", "❤️"]})) == []
