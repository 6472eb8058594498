"""The event layer's script reaches the page as data, never as a template.

folium compiles each element's rendered script as a new Jinja template; text from
an events file containing ``{{ ... }}`` was evaluated on the server (template
injection), and unbalanced ``{%`` made the map fail to render.
"""

from __future__ import annotations

import json
import re

import pytest
from streamlit_folium import generate_leaflet_string

from data import schema as S
from data.synthetic import make_synthetic_events
from geo.event_map import EventPoints, build_event_map


def events_with(description: str):
    events = make_synthetic_events(4, seed=2)
    events[S.DESCRIPTION] = events[S.DESCRIPTION].astype(object)
    events.loc[0, S.DESCRIPTION] = description
    events[S.LOCATION] = events[S.LOCATION].astype(object)
    events.loc[1, S.LOCATION] = "{{ config }}"
    return events.astype(S.DTYPES)


def event_layer(event_map) -> EventPoints:
    return next(child for child in event_map._children.values() if isinstance(child, EventPoints))


@pytest.mark.parametrize(
    "description",
    [
        "MARK{{ 7*7 }}MARK",
        "MARK{{ cycler.__init__.__globals__ }}MARK",
        "MARK{% if %}MARK",
        "MARK{# unclosed comment MARK",
        "MARK}} {{MARK",
    ],
)
def test_template_syntax_in_the_data_is_shown_not_run(description):
    event_map = build_event_map(events_with(description))
    html = event_map.get_root().render()
    assert "MARK49MARK" not in html and "function" not in re.findall(r"MARK(.*?)MARK", html)[0]
    payload = json.loads(re.search(r"var d = (\{.*?\});\n", html).group(1))
    assert description in payload["popup"][0]
    assert any("{{ config }}" in tip for tip in payload["tip"])


def test_the_layer_is_defined_once_and_before_it_is_added():
    event_map = build_event_map(events_with("plain"))
    name = event_layer(event_map).get_name()
    for html in (event_map.get_root().render(), event_map.get_root().render()):
        assert html.count(f"var {name} =") == 1
        assert html.index(f"var {name} =") < html.index(f"{name}.addTo(")


def test_streamlit_folium_sees_the_same_script():
    event_map = build_event_map(events_with("MARK{{ 7*7 }}MARK"))
    script = generate_leaflet_string(event_map)
    assert "MARK49MARK" not in script
    payload = json.loads(re.search(r"var d = (\{.*?\});\n", script).group(1))
    assert len(payload["lat"]) == 4


@pytest.mark.parametrize(
    "value",
    [
        {"tip": ['a {{ x }} "q" \\ {% y %}', "}{", 'end \\"{'], "n": [1, 2.5, None], "o": {"k": "{v}"}},
        ["", "\\", '\\"', "</script>{{", {"}": "{"}],
    ],
)
def test_script_json_loads_back_equal_and_carries_no_template_braces_in_text(value):
    from geo.event_map.layers._script import script_json

    text = script_json(value)
    assert json.loads(text) == value
    assert "<" not in text
    # Only the structural braces of objects are left (one per brace in the value's shape).
    strings = json.dumps(value)
    structural = strings.count("{") - sum(s.count("{") for s in _strings(value))
    assert text.count("{") == structural


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
