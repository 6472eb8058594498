"""The page in Streamlit's AppTest: figures, table, map component, errors as messages."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "app.py")


def map_args(at: AppTest) -> dict:
    """The arguments of the st_folium component on the page."""
    for element in at.get("component_instance"):
        proto = element.proto
        if proto.component_name == "streamlit_folium.st_folium":
            return json.loads(proto.json_args)
    raise AssertionError("no st_folium component on the page")


def map_script(at: AppTest) -> str:
    """The Leaflet script of the map: the base map, then the event layers swapped in on reruns."""
    args = map_args(at)
    return args["script"] + "\n" + (args.get("feature_group") or "")


def points_in(script: str) -> int:
    payload = json.loads(re.search(r"var d = (\{.*?\});\n", script).group(1))
    return len(payload["lat"])


@pytest.fixture(scope="module")
def embedded_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception, at.exception
    return at


def figures(at: AppTest) -> dict[str, str]:
    """Headline figures as displayed: data-figure key -> value text."""
    for element in at.get("html"):
        body = element.proto.body
        if "sm-figures" in body:
            found = re.findall(
                r'data-figure="([^"]+)"><div class="sm-label">[^<]*</div><div class="sm-value[^"]*"[^>]*>([^<]*)<',
                body,
            )
            return {key: html.unescape(value) for key, value in found}
    raise AssertionError("no headline figures on the page")


def test_headline_figures_are_honest(embedded_page):
    shown = figures(embedded_page)
    assert shown["events"] == "6"
    assert shown["places"] == "5"
    assert shown["killed"] == "≥ 1"  # one exact death, four events without figures
    assert shown["injured"] == "≥ 27"  # over 20 + at least 7: a lower bound, never "27"
    assert shown["children_injured"] == "not reported"


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


def test_citation_and_embed_code_are_built_only_when_asked_for():
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception, at.exception
    assert len(at.code) == 0  # folded: neither built nor sent
    at.session_state["cite"] = True
    at.run()
    assert not at.exception, at.exception
    citation = next(code.value for code in at.code if code.value.startswith("Strike Map ("))
    assert "Data: " in citation
