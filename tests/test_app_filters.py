"""Filters through the URL in AppTest: the figures, map and table follow one filtered table."""

from __future__ import annotations

import sys

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import FIXTURES
from tests.test_app import APP, figures, map_script, points_in

DATED = str(FIXTURES / "dated_events.csv")


def run_with(monkeypatch, query: dict[str, str | list[str]], data: str | None = DATED) -> AppTest:
    # The app reads --data from sys.argv, as `streamlit run app.py -- --data FILE` passes it.
    monkeypatch.setattr(sys, "argv", ["app.py", *(["--data", data] if data else [])])
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize(
    ("query", "events", "points"),
    [
        ({}, 7, 6),  # d-1 and d-2 share Kharkiv's point
        ({"weapon": "missile"}, 2, 2),
        ({"weapon": ["missile", "drone"]}, 4, 3),
        ({"target": "residential"}, 3, 3),
        ({"place": "Kharkiv"}, 2, 1),  # two events at one point
        ({"min_cas": "10"}, 2, 2),
        ({"q": "substation"}, 1, 1),
        ({"undated": "false"}, 6, 5),
    ],
)
def test_url_filters_drive_figures_map_and_table(monkeypatch, query, events, points):
    at = run_with(monkeypatch, query)
    assert figures(at)["events"] == str(events)
    assert len(at.dataframe[0].value) == events
    assert points_in(map_script(at)) == points


def test_oblast_filter_and_lower_bound_totals(monkeypatch):
    at = run_with(monkeypatch, {"oblast": "Odesa Oblast"})
    shown = figures(at)
    assert shown["events"] == "1"
    assert shown["killed"] == "≥ 5" and shown["injured"] == "≥ 30"
    assert shown["children_injured"] == "4"


def test_date_range_keeps_undated_only_when_asked(monkeypatch):
    at = run_with(monkeypatch, {"dates": ["2024-03-01", "2024-03-12"]})
    table = at.dataframe[0].value
    # Two March events plus the undated one; the month- and year-dated events
    # fall outside (their first day is outside the range) unless the range covers them.
    assert set(table["event_id"]) == {"d-4", "d-5", "d-6"}
    at = run_with(monkeypatch, {"dates": ["2024-03-01", "2024-03-12"], "undated": "false"})
    assert set(at.dataframe[0].value["event_id"]) == {"d-4", "d-5"}


def test_no_match_says_so_and_offers_reset(monkeypatch):
    at = run_with(monkeypatch, {"q": "no-such-words-anywhere"})
    assert any("No events match these filters" in w.value for w in at.warning)
    reset = [b for b in at.button if b.label == "Reset filters"]
    assert reset
    reset[-1].click().run()
    assert figures(at)["events"] == "7"
    assert at.text_input(key="q").value == ""


def test_downloads_offered_for_the_filtered_events(monkeypatch):
    at = run_with(monkeypatch, {"weapon": "missile"})
    labels = [d.proto.label for d in at.get("download_button")]
    assert "Download 2 events (CSV)" in labels and "Download 2 events (GeoJSON)" in labels


def test_bad_data_file_is_a_message_not_a_traceback(monkeypatch):
    at = AppTest.from_file(APP, default_timeout=120)
    monkeypatch.setattr(sys, "argv", ["app.py", "--data", str(FIXTURES / "bad_rows.csv")])
    at.run()
    assert not at.exception
    # Good rows load; each bad row is listed with its row and column, nothing is lost.
    summary = " ".join(m.value for m in at.sidebar.markdown)
    assert "2 loaded" in summary and "2 rejected" in summary
    assert "row 3 (line 4)" in summary and "weapon" in summary
    assert figures(at)["events"] == "2"


def test_a_filter_change_swaps_the_layers_and_keeps_the_map(monkeypatch):
    from tests.test_app import map_args

    everything = map_args(run_with(monkeypatch, {}))
    missiles = map_args(run_with(monkeypatch, {"weapon": "missile"}))
    # Same base script: streamlit-folium keeps the map (frame, Leaflet, outlines, the
    # user's view) and only evaluates the new event layers inside it.
    assert everything["script"] == missiles["script"]
    assert everything["feature_group"] != missiles["feature_group"]
    assert "var d = " not in everything["script"]  # no event data in the base map


def test_the_map_scripts_resolve_under_a_base_url_path(monkeypatch):
    from tests.test_app import map_args

    args = map_args(run_with(monkeypatch, {}))
    links = args["js_links"] + args["css_links"]
    assert links and all(link.startswith("../../app/static/vendor/") for link in links), links
    # Every plugin a later layer may need is declared up front (scripts load once), in
    # one file: the frame loads its scripts one after another.
    assert args["js_links"] == ["../../app/static/vendor/leaflet-bundle.js"], args["js_links"]


def test_on_a_big_table_the_map_comes_first_and_the_rest_follows(monkeypatch):
    import components.pacing

    monkeypatch.setattr(components.pacing, "DEFER_ABOVE", 3)
    at = run_with(monkeypatch, {})
    # First run: headline and map, no charts or table yet, and the note saying they follow.
    assert map_args_present(at)
    assert not at.dataframe
    assert any("follow the map" in caption.value for caption in at.caption)
    # The browser's timer reruns the fragment; here a second run stands in for it.
    at.run()
    assert not at.exception, at.exception
    assert len(at.dataframe[0].value) == 7
    assert not any("follow the map" in caption.value for caption in at.caption)


def test_on_a_big_table_the_sidebar_follows_the_map_which_it_leaves_as_drawn(monkeypatch):
    import components.pacing
    from tests.test_app import map_args

    monkeypatch.setattr(components.pacing, "DEFER_ABOVE", 3)
    at = run_with(monkeypatch, {"weapon": "missile", "heat": "true"})
    # First run: no sidebar but a note that it follows (no language switch, upload, filters or
    # layer switches), which keeps the map at the width it will have ...
    assert len(at.sidebar.children) == 1
    assert [caption.value for caption in at.sidebar.caption] == ["The filters follow the map in a moment…"]
    assert not at.multiselect and not at.get("file_uploader")
    # ... yet the link's filter and layers hold: the figures and the map are the filtered ones.
    assert figures(at)["events"] == "2"
    assert points_in(map_script(at)) == 2
    first = map_args(at)
    assert "L.heatLayer(" in first["feature_group"]
    at.run()  # what the map's "drawn" report (or the fallback timer) brings
    assert not at.exception, at.exception
    assert at.sidebar.children
    assert at.multiselect(key="weapon").value == ["missile"]  # the widgets read the same link
    assert len(at.dataframe[0].value) == 2
    # The same map travels again, so the browser keeps the one it drew.
    assert map_args(at) == first


def test_a_link_to_a_place_gets_the_sidebar_at_once(monkeypatch):
    import components.pacing

    monkeypatch.setattr(components.pacing, "DEFER_ABOVE", 3)
    at = run_with(monkeypatch, {"goto": "Kharkiv"})
    assert at.text_input(key="goto").value == "Kharkiv"  # its box finds the place
    assert not at.dataframe  # the rest still follows the map


def test_the_map_reports_itself_drawn_to_bring_the_rest(monkeypatch):
    from geo.event_map.layers.ready import DRAWN_KEY
    from tests.test_app import map_args

    at = run_with(monkeypatch, {})
    layers = map_args(at)["feature_group"]
    # The signal is the last layer: it is added once the event layers are on the map.
    assert DRAWN_KEY in layers
    assert layers.rindex(DRAWN_KEY) > layers.rindex("strikeMapEvents")
    assert "window.Streamlit.setComponentValue" in layers


def map_args_present(at) -> bool:
    from tests.test_app import map_args

    return bool(map_args(at)["feature_group"])


def _in_page_order(node):
    """The page's elements top to bottom (blocks opened in place)."""
    children = getattr(node, "children", None)
    if not children:
        yield node
        return
    for index in sorted(children):
        yield from _in_page_order(children[index])


@pytest.mark.parametrize("map_first", [True, False])
def test_the_map_is_sent_before_the_headline_that_stays_above_it(monkeypatch, map_first):
    import components.pacing
    import components.page

    monkeypatch.setattr(components.pacing, "DEFER_ABOVE", 3 if map_first else 10**9)
    sent: list[str] = []
    for name in ("show_headline", "show_map_section"):
        original = getattr(components.page, name)

        def record(*args, _original=original, _name=name, **kwargs):
            sent.append(_name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(components.page, name, record)
    at = run_with(monkeypatch, {})
    # Sent in this order: the browser asks for the map's frame first ...
    assert sent == ["show_map_section", "show_headline"], sent
    # ... and the reader still sees the figures above the map.
    shown = list(_in_page_order(at.main))
    headline = next(i for i, e in enumerate(shown) if e.type == "html" and "sm-figures" in e.proto.body)
    folium = next(
        i
        for i, e in enumerate(shown)
        if e.type == "component_instance" and e.proto.component_name == "streamlit_folium.st_folium"
    )
    assert headline < folium
    assert figures(at)["events"] == "7"
