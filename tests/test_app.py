"""The page in Streamlit's AppTest: figures, table, map component, errors as messages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "app.py")


def map_script(at: AppTest) -> str:
    """The Leaflet script of the st_folium component on the page."""
    for element in at.get("component_instance"):
        proto = element.proto
        if proto.component_name == "streamlit_folium.st_folium":
            return json.loads(proto.json_args)["script"]
    raise AssertionError("no st_folium component on the page")


def points_in(script: str) -> int:
    payload = json.loads(re.search(r"var d = (\{.*?\});\n", script).group(1))
    return len(payload["lat"])


@pytest.fixture(scope="module")
def embedded_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception, at.exception
    return at


def test_headline_figures_are_honest(embedded_page):
    metrics = {m.label: m.value for m in embedded_page.metric}
    assert metrics["Events"] == "6"
    assert metrics["Places"] == "5"
    assert metrics["Killed"] == "≥ 1"  # one exact death, four events without figures
    assert metrics["Injured"] == "≥ 27"  # over 20 + at least 7: a lower bound, never "27"


def test_line_under_title_says_what_is_shown(embedded_page):
    captions = " ".join(c.value for c in embedded_page.caption)
    assert "6 events from 1 source" in captions and "dates not reported" in captions
    assert "1 without a place" in captions


def test_map_holds_one_point_per_located_event(embedded_page):
    assert points_in(map_script(embedded_page)) == 5


def test_table_lists_every_event_with_unknowns_as_dashes(embedded_page):
    table = embedded_page.dataframe[0].value
    assert len(table) == 6
    kharkiv = table[table["place"] == "Kharkiv"].iloc[0]
    assert (kharkiv["killed"], kharkiv["injured"]) == ("—", "≥ 7")
    assert table[table["place"] == "not reported"]["on map"].item() == "no (no place)"
