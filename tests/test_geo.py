"""Offline geocoding and oblast assignment."""

from __future__ import annotations

import pandas as pd
import pytest

from geo.gazetteer import geocode_place, normalize_name
from geo.oblasts import assign_oblasts, find_oblast, load_oblasts


@pytest.mark.parametrize(
    ("query", "name", "oblast"),
    [
        ("Kharkiv", "Kharkiv", "UA-63"),
        ("Kharkov", "Kharkiv", "UA-63"),
        ("Харків", "Kharkiv", "UA-63"),
        ("KHARKIV", "Kharkiv", "UA-63"),
        ("Zaporozhye", "Zaporizhzhia", "UA-23"),
        ("Odessa", "Odesa", "UA-51"),
        ("Kiev", "Kyiv", "UA-30"),
        ("Dnipropetrovs'k", "Dnipro", "UA-12"),
        ("Dnipropetrovs’k", "Dnipro", "UA-12"),
        ("Kryvyy Rih", "Kryvyi Rih", "UA-12"),
        ("Bila-Tserkva", "Bila Tserkva", "UA-32"),
    ],
)
def test_common_spellings_find_the_place(query, name, oblast):
    result = geocode_place(query)
    assert result.found and result.confidence == 1.0
    assert (result.place.name, result.place.oblast_iso) == (name, oblast)


@pytest.mark.parametrize(("query", "name"), [("Zaporizhzhja", "Zaporizhzhia"), ("Kramatorks", "Kramatorsk")])
def test_misspellings_match_with_lower_confidence(query, name):
    result = geocode_place(query)
    assert result.found and result.place.name == name
    assert 0.85 <= result.confidence < 1.0


@pytest.mark.parametrize("query", ["London", "Moscow", "the Kremlin", "Xyzzyville", "", "Sumu"])
def test_unknown_names_are_not_found(query):
    result = geocode_place(query)
    assert not result.found and result.place is None


def test_ambiguous_name_prefers_oblast_hint_then_population():
    anywhere = geocode_place("Mykhailivka")
    assert anywhere.ambiguous and anywhere.place.oblast_iso == "UA-23"  # the largest
    in_poltava = geocode_place("Mykhailivka", oblast_hint="Poltava Oblast")
    assert in_poltava.place.oblast_iso == "UA-53"
    assert {p.oblast_iso for p in in_poltava.alternatives} - {"UA-53"}
    by_code = geocode_place("Mykhailivka", oblast_hint="UA-53")
    assert by_code.place == in_poltava.place


def test_normalize_folds_case_apostrophes_and_accents():
    assert normalize_name("  Kam'IANSKE ") == "kamianske"
    assert normalize_name("Kyjív") == "kyjiv"
    assert normalize_name("Київ") == "київ"


def test_oblast_lookup_by_name_code_and_ukrainian():
    assert find_oblast("Odesa Oblast").iso == "UA-51"
    assert find_oblast("UA-59").name == "Sumy Oblast"
    assert find_oblast("Донецька область").iso == "UA-14"
    assert find_oblast("Moscow Oblast") is None


def test_points_are_assigned_to_oblasts():
    latitudes = pd.Series([49.98177, 46.48572, 55.7558, None, 46.459])
    longitudes = pd.Series(
        [36.25475, 30.74383, 37.6173, None, 30.7685]
    )  # Kharkiv, Odesa, Moscow, none, Odesa pier
    assert assign_oblasts(latitudes, longitudes).tolist() == ["UA-63", "UA-51", pd.NA, pd.NA, "UA-51"]


def test_every_oblast_label_point_lies_inside_its_oblast():
    oblasts = load_oblasts().reset_index(drop=True)
    assigned = assign_oblasts(oblasts.label_lat, oblasts.label_lon)
    assert assigned.tolist() == oblasts.iso_3166_2.tolist()
    assert len(oblasts) == 27
