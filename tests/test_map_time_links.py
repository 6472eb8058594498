"""Playback payload and layer, the view in a link, and search by place (no browser)."""

from __future__ import annotations

import datetime as dt
import json
import re

import folium
import pandas as pd
import pytest

from data import schema as S
from data.events_io import load_events
from data.synthetic import make_synthetic_events
from geo.event_map import build_event_map
from geo.event_map.layers.playback import PlaybackLayer, playback_payload
from geo.event_map.layers.view import Focus, ViewLink, parse_view
from geo.place_search import events_near, search_place
from tests.conftest import FIXTURES

DATED = FIXTURES / "dated_events.csv"
EPOCH = dt.date(1970, 1, 1)


def day(number: int) -> dt.date:
    return EPOCH + dt.timedelta(days=number)


def test_playback_spans_follow_date_precision_and_sort_by_date():
    payload = playback_payload(load_events(DATED))
    assert payload["n"] == 6 and payload["left_out"] == 1  # d-6 has no date
    spans = [(day(a), day(b)) for a, b in zip(payload["t0"], payload["t1"])]
    assert spans == sorted(spans, key=lambda span: span[0])
    # A day is one day; February (month only) covers the month; 2024 (year only) the year.
    assert (dt.date(2024, 1, 5), dt.date(2024, 1, 6)) in spans
    assert (dt.date(2024, 2, 1), dt.date(2024, 3, 1)) in spans
    assert (dt.date(2024, 1, 1), dt.date(2025, 1, 1)) in spans
    assert sum(payload["coarse"]) == 2
    assert day(payload["last"]) == dt.date(2024, 12, 31)
    assert payload["unit"] == "week"


def test_playback_keeps_unknown_figures_hollow_and_escapes_tooltips():
    events = load_events(DATED)
    events.loc[events[S.EVENT_ID] == "d-5", S.LOCATION] = "<img src=x onerror=alert(1)> ${x}"
    payload = playback_payload(events)
    hollow = dict(zip(payload["tip"], payload["hollow"]))
    assert not any("<img" in tip for tip in payload["tip"])
    assert any("&lt;img" in tip and "&#36;" in tip for tip in payload["tip"])
    # d-2 reported injured only (not hollow); none of the fixture's placed dated events lacks both.
    assert sum(hollow.values()) == 0


def test_playback_declines_beyond_its_limit():
    events = make_synthetic_events(400, seed=2)
    payload = playback_payload(events, max_events=100)
    assert payload["n"] == 0 and payload["too_many"] > 100
    assert "lat" not in payload


def test_playback_layer_renders_safely_on_a_map():
    events = load_events(DATED)
    events.loc[events[S.EVENT_ID] == "d-1", S.LOCATION] = "{{ 7*7 }} </script><script>alert(1)</script>"
    fmap = build_event_map(events)
    PlaybackLayer(events).add_to(fmap)
    html = fmap.get_root().render()
    assert "window.strikeMapPlayback" in html
    # Template syntax from the data reaches the page as inert text, never evaluated.
    assert "\\u007b\\u007b 7*7 \\u007d\\u007d" in html
    assert "</script><script>alert(1)" not in html
    payload = json.loads(re.search(r"var d = (\{\"n\":.*?\});\n", html).group(1))
    assert payload["n"] == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("50.45,30.52,9", Focus(50.45, 30.52, 9)),
        ("46.48572,30.74383,11.25", Focus(46.48572, 30.74383, 11.25)),
        ("50.45,30.52,40", Focus(50.45, 30.52, 18)),  # zoom clamped
        ("50.45,30.52", None),
        ("95,30,9", None),
        ("nan,30,9", None),
        ("50,inf,9", None),
        ("a,b,c", None),
        ("", None),
        (None, None),
        ("1" * 100, None),
    ],
)
def test_view_in_a_link_is_parsed_strictly(text, expected):
    assert parse_view(text) == expected


def test_view_link_layer_carries_only_numbers():
    from data.i18n import language

    layer = ViewLink(Focus(50.45, 30.52, 9))
    payload = json.loads(layer.payload)
    # Numbers from the view, and the control's words from the catalogue (never from data),
    # set as text by the script (textContent), in the page's language.
    words = payload.pop("words")
    assert payload == {"focus": [50.45, 30.52, 9], "param": "view"}
    assert words["copy"] == "Copy link" and set(words) == {"copy", "title", "address", "copied", "manual"}
    with language("uk"):
        assert json.loads(ViewLink().payload)["words"]["copy"] == "Копіювати посилання"
    assert json.loads(ViewLink().payload)["focus"] is None
    assert isinstance(layer, folium.FeatureGroup) and layer.control is False


@pytest.mark.parametrize("name", ["Kharkiv", "Kharkov", "Харків", "kharkiv", "KHARKIV"])
def test_place_search_any_spelling_finds_the_events_there(name):
    hit = search_place(name, load_events(DATED))
    assert hit is not None
    assert hit.place.name == "Kharkiv" and hit.place.oblast_iso == "UA-63"
    assert hit.location_names == ("Kharkiv",) and hit.events_near == 2


def test_place_search_unknown_and_empty_places():
    events = load_events(DATED)
    assert search_place("Nowhereville", events) is None
    hit = search_place("Zaporozhye", events)
    assert hit is not None and hit.place.name == "Zaporizhzhia" and hit.events_near == 0


@pytest.mark.parametrize("name", ["Zhabelivka", "Жабелівка", "zhabelivka"])
def test_place_search_finds_a_village_the_gazetteer_lacks_when_it_is_the_only_one_with_its_own_point(name):
    from geo.gazetteer import geocode_place
    from geo.settlements import find_settlements

    assert not geocode_place(name).found  # the case this is for
    (village,) = find_settlements(name)
    hit = search_place(name, load_events(DATED))
    assert hit is not None and hit.place.name == "Zhabelivka" and hit.place.oblast_iso == "UA-05"
    assert (hit.place.latitude, hit.place.longitude) == (village.latitude, village.longitude)
    assert hit.events_near == 0 and hit.alternatives == ()


def test_place_search_does_not_go_to_a_hromada_centre_or_guess_among_namesakes():
    from geo.settlements import find_settlements

    events = load_events(DATED)
    # Rozsadne is the only settlement of its name, known only by its hromada's centre: no place to go to
    (rozsadne,) = find_settlements("Rozsadne")
    assert rozsadne.located == "hromada"
    assert search_place("Rozsadne", events) is None
    # eight villages are called Bondari: the box has no oblast to choose by
    assert len(find_settlements("Bondari")) == 8
    assert search_place("Bondari", events) is None


def test_events_near_uses_distance_not_spelling():
    events = load_events(DATED)
    events.loc[events[S.EVENT_ID] == "d-2", S.LOCATION] = "Харків"
    near = events_near(events, 49.99, 36.23, km=5)
    assert set(near[S.EVENT_ID]) == {"d-1", "d-2"}
    assert set(near[S.LOCATION]) == {"Kharkiv", "Харків"}
    assert events_near(events.iloc[0:0], 49.99, 36.23).empty
    assert len(events_near(events.assign(**{S.LATITUDE: pd.NA}), 49.99, 36.23)) == 0
