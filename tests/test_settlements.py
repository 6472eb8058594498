"""The settlements table (geo/settlements.py) and how its points were chosen (geo/settlements_build.py)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from geo.gazetteer import PLACES_PATH, normalize_name, resolve_oblast
from geo.settlements import (
    LOCATED,
    at_point,
    find_settlements,
    hromada_centre_rows,
    hromada_centres,
    hromada_code,
    load_settlements,
    unit_stem,
)
from geo.settlements_build import centre_of, km, locate, romanize


def test_the_table_covers_every_oblast_and_says_what_each_point_is_of():
    table = load_settlements().table
    assert len(table) > 29_000
    assert table.katottg.is_unique
    assert set(table.located) <= set(LOCATED)
    assert table.oblast_iso.nunique() == 27
    assert table[["latitude", "longitude"]].notna().all().all()
    # Ukraine's bounding box
    assert table.latitude.between(44.3, 52.4).all() and table.longitude.between(22.1, 40.3).all()


def test_two_hromadas_of_one_raion_that_share_a_name_are_two_hromadas_with_their_own_centres():
    # The Nikopol district has a city hromada of Покров and a village hromada of Покровське, both "Покровська"; keyed
    # by name alone they were one, and the villages of Покровське's were drawn at Покров, 11 km off
    bundled = load_settlements().table
    pokrovska = {
        k: r
        for k, r in hromada_centre_rows(bundled).items()
        if k[:3] == ("UA-12", "Нікопольський", "Покровська")
    }
    assert sorted(bundled.loc[r, "name_uk"] for r in pokrovska.values()) == ["Покров", "Покровське"]
    (village_centre,) = [s for s in find_settlements("Покровське", "UA-12") if s.raion_uk == "Нікопольський"]
    (kapulivka,) = [s for s in find_settlements("Капулівка", "UA-12") if s.hromada_uk == "Покровська"]
    assert hromada_code(kapulivka.katottg) == hromada_code(village_centre.katottg) == "UA1208011"
    if kapulivka.located == "hromada":
        assert (kapulivka.latitude, kapulivka.longitude) == (
            village_centre.latitude,
            village_centre.longitude,
        )


def test_a_village_the_gazetteer_lacks_is_found_by_its_ukrainian_and_latin_names():
    by_uk = find_settlements("Кузьминівка", "UA-14")
    by_latin = find_settlements("kuzmynivka", "UA-14")
    assert by_uk and by_uk == by_latin
    assert all(s.oblast_iso == "UA-14" and s.category == "village" for s in by_uk)


def test_namesakes_are_told_apart_by_the_raion_or_hromada_named():
    everywhere = find_settlements("Михайлівка")
    in_oblast = find_settlements("Михайлівка", "UA-63")
    in_raion = find_settlements("Михайлівка", "UA-63", "Лозівського району")
    assert len(everywhere) > len(in_oblast) > len(in_raion) >= 1
    assert {s.raion_uk for s in in_raion} == {"Лозівський"}
    in_hromada = find_settlements("Михайлівка", "UA-63", in_raion[0].hromada_uk + " громади")
    assert in_hromada and {s.hromada_uk for s in in_hromada} == {in_raion[0].hromada_uk}


def test_an_unknown_name_finds_nothing():
    assert find_settlements("Атлантида") == []
    assert find_settlements("") == []


def test_a_city_comes_before_villages_of_its_name():
    found = find_settlements("Покровськ")
    assert found and found[0].category == "city" and found[0].oblast_iso == resolve_oblast("Донецька")


def test_romanisation_capitalises_each_part_of_a_hyphenated_name():
    assert romanize("Івано-Франківськ") == "Ivano-Frankivsk"
    assert romanize("Нижня Журавка") == "Nyzhnia Zhuravka"


def test_km_is_the_great_circle_distance():
    assert km((50.0, 30.0), (50.0, 30.0)) == 0
    assert km((50.0, 30.0), (51.0, 30.0)) == pytest.approx(111.2, abs=0.5)


def _units(rows):
    return pd.DataFrame(
        rows, columns=["name_uk", "category", "hromada_uk", "raion_uk", "oblast_iso", "katottg"]
    )


def test_a_hromadas_centre_is_the_settlement_the_codifier_lists_first_even_when_another_shares_more_of_its_name():
    table = _units(
        [
            ("Іллінецьке", "village", "Іллінецька", "Вінницький", "UA-05", "UA05002"),
            ("Іллінці", "city", "Іллінецька", "Вінницький", "UA-05", "UA05001"),
            # a hromada of the same name in another raion is another hromada
            ("Зелене", "village", "Іллінецька", "Гайсинський", "UA-05", "UA05101"),
        ]
    )
    centres = hromada_centre_rows(table)
    assert table.loc[centres[("UA-05", "Вінницький", "Іллінецька", "")], "name_uk"] == "Іллінці"
    assert table.loc[centres[("UA-05", "Гайсинський", "Іллінецька", "")], "name_uk"] == "Зелене"
    # and the bundled table agrees: Vinnytsia is the centre of its own hromada, not Vinnytski Khutory
    bundled = load_settlements().table
    ((key, row),) = [(k, r) for k, r in hromada_centre_rows(bundled).items() if k[2] == "Вінницька"]
    assert bundled.loc[row, "name_uk"] == "Вінниця"


def test_a_units_centre_is_the_member_it_is_named_after():
    members = _units(
        [
            ("Андріївка", "village", "Андріївська", "Вишневий", "UA-01", "1"),
            ("Вербове", "village", "Андріївська", "Вишневий", "UA-01", "2"),
            ("Андрієве", "village", "Андріївська", "Вишневий", "UA-01", "3"),
        ]
    )
    assert members.loc[centre_of("Андріївська", members), "name_uk"] == "Андріївка"
    assert centre_of("Зоряна", members) is None


@pytest.mark.parametrize(
    "first, second",
    [
        ("Вінницький", "Вінницька"),  # -цьк-: the raion is named after the hromada of Vinnytsia
        ("Кременчуцького", "Кременчуцька"),
        ("Лозівського", "Лозівських"),
        ("Лозовского", "Лозовской"),  # Russian letters and endings
        ("Kupianskyi", "Kupiansk"),  # a Latin unit named by its town
        ("Vinnytskyi", "Vinnytska"),
    ],
)
def test_a_units_stem_is_one_for_all_its_adjective_endings(first, second):
    assert unit_stem(first) == unit_stem(second)


def test_a_units_stem_cuts_only_the_last_adjective_ending():
    # "Пісківська": the "ск" inside the stem is not the ending; "Донецький" and "Донська" are two units
    assert unit_stem("Пісківська") == "пісків"
    assert unit_stem("Донецький") != unit_stem("Донська")


LABELS = {"UA-01": (48.0, 33.0)}


def test_points_own_then_hromada_centre_then_raion_then_oblast():
    settlements = _units(
        [
            ("Андріївка", "village", "Андріївська", "Вишневий", "UA-01", "1"),  # the hromada's centre
            ("Вербове", "village", "Андріївська", "Вишневий", "UA-01", "2"),  # no point of its own
            ("Вишневе", "city", "Вишнева", "Вишневий", "UA-01", "3"),  # the raion's centre
            ("Липове", "village", "Липова", "Вишневий", "UA-01", "4"),  # its hromada has no point
            ("Тихе", "village", "Тиха", "Тихий", "UA-01", "5"),  # nothing known around it
        ]
    )
    candidates = {("UA-01", "андріївка"): [(48.5, 33.5)], ("UA-01", "вишневе"): [(48.2, 33.9)]}
    out = locate(settlements, candidates, LABELS).set_index("katottg")
    assert out.loc["1", "located"] == "own" and (out.loc["1", "latitude"], out.loc["1", "longitude"]) == (
        48.5,
        33.5,
    )
    assert out.loc["2", "located"] == "hromada" and out.loc["2", "latitude"] == 48.5
    assert out.loc["4", "located"] == "raion" and out.loc["4", "latitude"] == 48.2
    assert out.loc["5", "located"] == "oblast" and out.loc["5", "latitude"] == 48.0


def test_namesakes_in_one_oblast_take_the_point_nearest_their_own_hromada_centre():
    settlements = _units(
        [
            ("Сонячне", "village", "Сонячна", "Північний", "UA-01", "1"),
            # (the codifier lists a hromada's centre first: Берізка, then its other villages)
            ("Берізка", "village", "Берізська", "Північний", "UA-01", "2"),
            ("Сонячне", "village", "Берізська", "Північний", "UA-01", "3"),
        ]
    )
    # The first namesake is its hromada's centre but no point tells which namesake it is: it keeps none.
    candidates = {("UA-01", "сонячне"): [(49.0, 31.0), (47.0, 35.0)], ("UA-01", "берізка"): [(47.1, 35.1)]}
    out = locate(settlements, candidates, LABELS).set_index("katottg")
    assert out.loc["3", "located"] == "own"
    assert (out.loc["3", "latitude"], out.loc["3", "longitude"]) == (47.0, 35.0)
    assert out.loc["1", "located"] != "own"


def test_a_lone_names_point_far_from_its_hromada_centre_is_dropped():
    settlements = _units(
        [
            # (the codifier lists the hromada's centre first)
            ("Дубівка", "village", "Дубівська", "Лісовий", "UA-01", "1"),
            ("Дубове", "village", "Дубівська", "Лісовий", "UA-01", "2"),
        ]
    )
    far = (48.0 + 100 / 111.2, 33.0)  # 100 km north of the centre
    candidates = {("UA-01", "дубівка"): [(48.0, 33.0)], ("UA-01", "дубове"): [far]}
    out = locate(settlements, candidates, LABELS).set_index("katottg")
    assert out.loc["1", "located"] == "own"
    assert out.loc["2", "located"] == "hromada"
    assert math.isclose(out.loc["2", "latitude"], 48.0)


def test_a_unit_named_in_latin_letters_narrows_namesakes_too():
    in_raion = find_settlements("Mykhailivka", "UA-63", "Lozivskyi district")
    assert in_raion and {s.raion_uk for s in in_raion} == {"Лозівський"}
    assert find_settlements("Mykhailivka", "UA-63", "Lozivska community") == [
        s for s in in_raion if s.hromada_uk == "Лозівська"
    ]


@pytest.mark.parametrize(
    "written, oblast, centre",
    [
        ("Seredyno-Budska", "UA-59", "Seredyna-Buda"),  # the adjective romanised
        ("Seredyna-Budska", "UA-59", "Seredyna-Buda"),  # the town's vowel kept
        ("Khotyn", "UA-59", "Khotin"),  # a noun cut from the adjective, another vowel
        ("Miropolskaya", "UA-59", "Myropillia"),  # a Russian-style adjective
        ("Losyniv", "UA-74", "Losynivka"),  # a noun the gazetteer lacks
    ],
)
def test_a_hromada_named_in_latin_letters_gives_its_centre(written, oblast, centre):
    assert [s.name for s in hromada_centres(written, oblast)] == [centre]


def test_a_hromada_name_of_another_oblast_gives_no_centre_there():
    assert hromada_centres("Seredyno-Budska", "UA-77") == []
    assert [s.name for s in hromada_centres("Khotynska", "UA-77")] == [
        "Khotyn"
    ]  # Chernivtsi oblast's own Хотинська


def test_no_gazetteer_name_is_a_misspelling_of_the_codifier_village_at_its_point():
    # (a GeoNames alternate name with a letter swapped, "Олексанврівка", once made a place no label names)
    places = pd.read_csv(PLACES_PATH, keep_default_na=False)
    table = load_settlements().table
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for oblast, name, lat, lon in zip(table.oblast_iso, table["name"], table.latitude, table.longitude):
        points.setdefault((oblast, normalize_name(name)), []).append((lat, lon))
    misspelt = [
        row.name
        for row in places.itertuples()
        if (row.oblast_iso, normalize_name(row.name)) not in points
        and any(
            km(point, (row.latitude, row.longitude)) < 3
            for point in points.get((row.oblast_iso, normalize_name(row.name_geonames)), [])
        )
    ]
    assert misspelt == []


def test_the_one_city_among_villages_of_its_name_takes_the_gazetteers_point_and_centres_its_raion():
    settlements = _units(
        [
            ("Лозова", "city", "Лозівська", "Лозівський", "UA-01", "1"),
            ("Лозова", "village", "Степова", "Лозівський", "UA-01", "2"),
            ("Степове", "village", "Степова", "Лозівський", "UA-01", "3"),
        ]
    )
    # the gazetteer lists the most populous first: the city's point, then the village's
    candidates = {("UA-01", "лозова"): [(48.9, 36.3), (48.6, 36.9)]}
    out = locate(settlements, candidates, LABELS).set_index("katottg")
    assert out.loc["1", "located"] == "own" and out.loc["1", "latitude"] == 48.9
    # the village of that name is its hromada's centre (listed first) with no point of its own in its hromada: it
    # takes the other point of its name, within reach of its raion's centre (the city the raion is named after),
    # never the city's own; its neighbour is placed at the village, its hromada's centre
    assert out.loc["2", "located"] == "own"
    assert (out.loc["2", "latitude"], out.loc["2", "longitude"]) == (48.6, 36.9)
    assert out.loc["3", "located"] == "hromada" and out.loc["3", "latitude"] == 48.6


def test_at_point_picks_the_namesake_an_event_was_mapped_to():
    rows = find_settlements("Zaporizhzhia", "UA-23")
    city = next(s for s in rows if s.category == "city")
    # the city's own point gives the city, not the villages of that name elsewhere in the oblast
    assert [s.category for s in at_point(rows, city.latitude + 0.01, city.longitude - 0.01)] == ["city"]
    # a point none of them lies at, or none at all, gives nothing, so a caller falls back to every namesake
    assert at_point(rows, 50.45, 30.52) == []
    assert at_point(rows, None, None) == []
