"""The embedded dataset says what the report says, and nothing more."""

from __future__ import annotations

import pandas as pd

from data import schema as S
from data.embedded import load_embedded_events
from geo.gazetteer import geocode_place
from geo.oblasts import find_oblast


def test_one_event_per_attack_the_report_describes():
    events = load_embedded_events()
    assert events[S.LOCATION].tolist()[:5] == ["Zaporizhzhia", "Kharkiv", "Odesa", "Sumy", "Donetsk"]
    assert len(events) == 6
    assert events[S.EVENT_ID].is_unique


def test_counts_are_the_reports_and_lower_bounds_stay_lower_bounds():
    events = load_embedded_events().set_index(S.LOCATION)
    zaporizhzhia, kharkiv = events.loc["Zaporizhzhia"], events.loc["Kharkiv"]
    assert (zaporizhzhia[S.KILLED], bool(zaporizhzhia[S.KILLED + "_at_least"])) == (1, False)
    assert (zaporizhzhia[S.INJURED], bool(zaporizhzhia[S.INJURED + "_at_least"])) == (20, True)
    # "including children" gives no number: null with a note, not a guess.
    assert pd.isna(zaporizhzhia[S.CHILDREN_INJURED]) and "children" in zaporizhzhia[S.CASUALTY_NOTE].lower()
    assert pd.isna(kharkiv[S.KILLED])
    assert (kharkiv[S.INJURED], bool(kharkiv[S.INJURED + "_at_least"])) == (7, True)
    assert kharkiv[S.WEAPON] == "drone"
    for place in ("Odesa", "Sumy", "Donetsk"):
        assert events.loc[place, list(S.COUNT_COLUMNS)].isna().all()


def test_nothing_invented():
    events = load_embedded_events()
    assert events[S.DATE].isna().all() and (events[S.DATE_PRECISION] == "unknown").all()
    assert events[S.SOURCE_URL].isna().all()  # the report copy carries no link
    congress = events[events[S.TARGET] == "civic"]
    assert len(congress) == 1
    assert congress[[S.LOCATION, S.LATITUDE, S.LONGITUDE, S.OBLAST_ISO]].isna().all(axis=None)
    assert congress[S.GEO_PRECISION].item() == "unknown"


def test_coordinates_come_from_the_gazetteer_and_oblast_label_points():
    events = load_embedded_events().set_index(S.LOCATION)
    for city in ("Zaporizhzhia", "Kharkiv"):
        place = geocode_place(city).place
        assert events.loc[city, S.GEO_PRECISION] == "settlement"
        assert (events.loc[city, S.LATITUDE], events.loc[city, S.LONGITUDE]) == (
            place.latitude,
            place.longitude,
        )
    for region in ("Odesa", "Sumy", "Donetsk"):
        oblast = find_oblast(region)
        assert events.loc[region, S.GEO_PRECISION] == "oblast"
        assert events.loc[region, S.OBLAST_ISO] == oblast.iso
        assert (events.loc[region, S.LATITUDE], events.loc[region, S.LONGITUDE]) == (
            oblast.latitude,
            oblast.longitude,
        )


def test_every_place_and_figure_appears_in_the_report(shared_report):
    text = shared_report.lower()
    for place in ("zaporizhzhia", "kharkiv", "odesa", "sumy", "donetsk", "congress center"):
        assert place in text
    for phrase in (
        "one fatality",
        "over 20 injuries",
        "including children",
        "at least seven",
        "drone attack",
    ):
        assert phrase in text
    assert load_embedded_events()[S.SOURCE_TITLE].iloc[0].lower() in text
