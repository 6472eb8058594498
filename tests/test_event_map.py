"""The folium map builder: points, grouping, escaping, offline assets (no browser)."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from data import schema as S
from data.embedded import load_embedded_events
from data.synthetic import make_synthetic_events
from geo.event_map import (
    GRID_STEPS,
    build_event_map,
    event_popup_html,
    events_for_key,
    group_events,
    key_from_tooltip,
)

PAYLOADS = [
    "<script>window.__pwned=1</script>",
    "<img src=x onerror=window.__pwned=1>",
    "${window.__pwned=1}",
    "`+(window.__pwned=1)+`",
]


def _render(events: pd.DataFrame, **kwargs) -> str:
    return build_event_map(events, **kwargs).get_root().render()


def _payload(rendered: str) -> dict:
    match = re.search(r"var d = (\{.*?\});\n", rendered)
    return json.loads(match.group(1))


def test_one_point_per_located_event_and_only_local_assets():
    rendered = _render(load_embedded_events())
    payload = _payload(rendered)
    assert len(payload["lat"]) == 5
    keys = sorted(re.search(r"\[(#[^\]]+)\]", tip).group(1) for tip in payload["tip"])
    assert keys == [f"#report000-0{i}" for i in range(1, 6)]
    sources = re.findall(r'(?:src|href)="([^"]+)"', rendered)
    # Relative to the map frame, so they resolve under any base URL path (Community Cloud).
    assert sources and all(s.startswith("../../app/static/vendor/") for s in sources), sources
    assert "cdn" not in rendered.lower().split("var d =")[0]


def test_hollow_for_no_figures_and_dashed_for_oblast_level():
    payload = _payload(_render(load_embedded_events()))
    by_id = {re.search(r"\[#([^\]]+)\]", tip).group(1): i for i, tip in enumerate(payload["tip"])}
    assert payload["hollow"][by_id["report000-01"]] == 0
    assert payload["hollow"][by_id["report000-03"]] == 1
    assert payload["approx"][by_id["report000-03"]] == 1
    assert payload["approx"][by_id["report000-01"]] == 0
    assert payload["radius"][by_id["report000-01"]] > payload["radius"][by_id["report000-03"]]


def _hostile_events() -> pd.DataFrame:
    events = load_embedded_events().iloc[:2].copy()
    for column in (S.LOCATION, S.DESCRIPTION, S.SOURCE_TITLE, S.CASUALTY_NOTE, S.OBLAST):
        events[column] = pd.array(PAYLOADS[:2], dtype="string")
    events[S.SOURCE_URL] = pd.array(["javascript:window.__pwned=1", None], dtype="string")
    events[S.EVENT_ID] = pd.array(["x-1", "x-2"], dtype="string")
    return events


@pytest.mark.parametrize("payload", PAYLOADS)
def test_popup_text_is_escaped(payload):
    event = load_embedded_events().iloc[0].copy()
    event[S.DESCRIPTION] = payload
    html = event_popup_html(event)
    assert "<script" not in html and "<img" not in html and "${" not in html and "`" not in html


def test_hostile_data_never_reaches_the_map_raw():
    rendered = _render(_hostile_events())
    assert "<script>window.__pwned" not in rendered
    assert "<img src=x" not in rendered
    assert "\\u003cimg" not in rendered  # not even JSON-escaped raw markup
    assert "javascript:" not in rendered


def test_dense_data_is_grouped_within_the_point_budget():
    events = make_synthetic_events(3000, seed=1)
    points = group_events(events, max_points=500)
    assert len(points.table) <= 500
    assert points.table["events"].sum() == events[S.LATITUDE].notna().sum()
    # Every point key leads back to exactly the events it holds.
    for _, point in points.table.head(50).iterrows():
        assert len(events_for_key(events, point["key"])) == point["events"]


@pytest.mark.parametrize("max_points", [300, 600, 900, 1200, 2000])
def test_every_grid_step_finds_each_groups_events_again(max_points):
    # The budgets put this table on grids from 0.05 to 0.5 degree, steps that are not powers
    # of ten included (0.15, 0.2, 0.3): each group's key must lead back to exactly its own
    # events, by identity, not only by count, and every event to one point.
    events = make_synthetic_events(4000, seed=5)
    points = group_events(events, max_points=max_points)
    table = points.table
    assert len(table) <= max_points
    assert points.step in GRID_STEPS
    finer = GRID_STEPS[GRID_STEPS.index(points.step) - 1]
    assert len(set(_cells_of(events, finer))) > max_points  # the finer grid did not fit
    seen = []
    for row, key in enumerate(table["key"]):
        members = events_for_key(events, key)
        assert len(members) == table["events"].iloc[row], key
        expected = points.located[S.EVENT_ID].to_numpy()[points.group == row]
        assert sorted(members[S.EVENT_ID]) == sorted(expected), key
        seen.extend(members[S.EVENT_ID])
    assert sorted(seen) == sorted(points.located[S.EVENT_ID])


def _cells_of(events: pd.DataFrame, step: str) -> list[tuple[int, int]]:
    lat = events[S.LATITUDE].to_numpy(dtype=float)
    lon = events[S.LONGITUDE].to_numpy(dtype=float)
    return [(round(a / float(step)), round(b / float(step))) for a, b in zip(lat, lon)]


@pytest.mark.parametrize("key", ["@1:50.1:37.4", "@0.07:50.05:37.38", "@0.1:x:37.4", "@0.1:50.1"])
def test_a_group_key_we_did_not_write_finds_nothing(key):
    # "@1:" was the old form (one decimal place); a step not on the ladder is not guessed at.
    events = make_synthetic_events(500, seed=3)
    assert events_for_key(events, key).empty


def test_group_keys_name_their_grid_step_and_cell_centre():
    events = make_synthetic_events(4000, seed=5)
    points = group_events(events, max_points=1200)
    assert points.step not in {"0.00001", "0.001", "0.01", "0.1", "1.0"}  # off the powers of ten
    step = float(points.step)
    for key in points.table["key"]:
        if key.startswith("@"):
            written_step, lat, lon = key[1:].split(":")
            assert written_step == points.step and "." in written_step
            for value in (float(lat), float(lon)):
                assert abs(value / step - round(value / step)) < 1e-6  # a multiple of the step


def test_group_totals_keep_lower_bounds_and_unknowns():
    events = make_synthetic_events(2000, seed=2)
    points = group_events(events, max_points=50).table
    big = points.sort_values("events").iloc[-1]
    members = events_for_key(events, big["key"])
    assert big[S.KILLED] == members[S.KILLED].sum()
    assert bool(big[S.KILLED + "_at_least"]) == bool(members[S.KILLED + "_at_least"].any())
    assert big["no_figures"] == (members[S.KILLED].isna() & members[S.INJURED].isna()).sum()


@pytest.mark.parametrize(
    ("tooltip", "key"),
    [
        ("Kharkiv · drone killed 1 [#report000-02]", "#report000-02"),
        ("Area: 12 events [@0.15:49.95:36.30]", "@0.15:49.95:36.30"),
        ("no key here", None),
        (None, None),
    ],
)
def test_key_from_tooltip(tooltip, key):
    assert key_from_tooltip(tooltip) == key


def test_layers_heatmap_and_choropleth():
    events = load_embedded_events()
    values = pd.DataFrame({"value": [3.0], "label": ["3 events"]}, index=["UA-63"])
    rendered = _render(events, show_heatmap=True, choropleth=values)
    assert "L.heatLayer" in rendered
    shading = json.loads(re.search(r"var shading = (\{.*?\});\n", rendered).group(1))
    assert list(shading) == ["UA-63"] and shading["UA-63"]["summary"] == "3 events"
    # The heat plugin travels in the one Leaflet bundle the map loads.
    assert re.findall(r'<script src="([^"]+)"', rendered) == ["../../app/static/vendor/leaflet-bundle.js"]


def test_empty_selection_fits_ukraine():
    rendered = _render(load_embedded_events().iloc[0:0])
    assert _payload(rendered)["lat"] == []
    assert "fitBounds" in rendered


@pytest.mark.parametrize("event_id", ["a]b", "id with spaces", "x[#y]", "100%", "Київ/1"])
def test_any_event_id_survives_the_tooltip_key(event_id):
    events = load_embedded_events().iloc[:1].copy()
    events[S.EVENT_ID] = pd.array([event_id], dtype="string")
    payload = _payload(_render(events))
    tooltip_text = re.sub(r"<[^>]+>", "", payload["tip"][0])  # what the browser sends back
    key = key_from_tooltip(tooltip_text.replace("&amp;", "&"))
    assert events_for_key(events, key)[S.EVENT_ID].tolist() == [event_id]


def test_served_outlines_file_is_current():
    from pathlib import Path

    from geo.event_map.assets import outlines_geojson

    served = Path(__file__).resolve().parents[1] / "static" / "geo" / "oblasts.geojson"
    assert served.read_text(encoding="utf-8") == outlines_geojson(), "run: python -m geo.event_map"


def test_served_leaflet_bundle_is_current_and_holds_the_plugins():
    from pathlib import Path

    from geo.event_map.assets import BUNDLE, bundle_js

    served = Path(__file__).resolve().parents[1] / "static" / "vendor" / BUNDLE
    text = served.read_text(encoding="utf-8")
    assert text == bundle_js(), "run: python -m geo.event_map"
    # Leaflet first, then the plugins that extend it.
    leaflet, cluster, heat = (
        text.index(marker) for marker in ("Leaflet 1.9.3", "MarkerClusterGroup", "heatLayer")
    )
    assert leaflet < cluster < heat


def test_the_base_map_loads_no_script_it_does_not_use():
    from geo.event_map import build_base_map

    rendered = build_event_map(load_embedded_events()).get_root().render()
    assert "jquery" not in rendered.lower()
    assert "$(" not in rendered.split("</head>", 1)[1]  # nothing calls jQuery
    assert "jquery" not in build_base_map().get_root().render().lower()


def test_base_map_holds_no_event_data_and_every_basemap_builds():
    from geo.event_map import BASEMAPS, build_base_map

    for key, basemap in BASEMAPS.items():
        rendered = build_base_map(key).get_root().render()
        assert "var d = " not in rendered
        if basemap.url:
            assert basemap.url.split("{")[0] in rendered
        else:
            assert "tileLayer" not in rendered
