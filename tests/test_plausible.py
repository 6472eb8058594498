"""Nothing changes silently: exact counts, true reasons, NaN points, swapped coordinates, wild dates."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data import schema as S
from data.events_io import EventsFileError, load_events
from data.importers import import_file
from data.numbers import MAX_COUNT
from data.plausible import EAST, NORTH, SOUTH, WEST, latest_date

HEADER = "event_id,location,country,latitude,longitude,date,killed\n"


def _import(rows: list[str]):
    return import_file("t.csv", (HEADER + "\n".join(rows) + "\n").encode())


def _reason(result, row: int = 1) -> str:
    found = [r.reason for r in result.rejected if r.row == row]
    assert found, f"row {row} was loaded"
    return found[0]


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("9007199254740993", "too large"),
        ("1e30", "too large"),
        (str(2**63), "too large"),
        ("-3", "negative"),
        ("2.5", "not a whole number"),
    ],
)
def test_counts_are_refused_with_the_true_reason(cell, reason):
    result = _import([f"E1,Kharkiv,UA,49.99,36.23,2024-03-02,{cell}"])
    assert reason in _reason(result)
    assert "must not be negative" not in _reason(result)
    with pytest.raises(EventsFileError, match=reason):
        load_events((HEADER + f"E1,Kharkiv,UA,49.99,36.23,2024-03-02,{cell}\n").encode(), file_name="t.csv")


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=MAX_COUNT))
def test_every_count_up_to_the_maximum_loads_exactly(number):
    events = load_events(
        (HEADER + f"E1,Kharkiv,UA,49.99,36.23,2024-03-02,{number}\n").encode(), file_name="t.csv"
    )
    assert int(events[S.KILLED].iloc[0]) == number


def test_a_lower_bound_past_the_maximum_is_too_large():
    with pytest.raises(EventsFileError, match="too large"):
        load_events(
            (HEADER + "E1,Kharkiv,UA,49.99,36.23,2024-03-02,≥ 99999999999\n").encode(), file_name="t.csv"
        )


def test_swapped_coordinates_are_refused_and_said():
    result = _import(["E1,Kharkiv,UA,36.23,49.99,2024-03-02,1", "E2,Kharkiv,UA,49.99,36.23,2024-03-02,1"])
    assert "look swapped" in _reason(result, 1) and "(49.99, 36.23) would be inside" in _reason(result, 1)
    assert result.rows_loaded == 1


def test_a_point_abroad_on_a_ukrainian_row_is_refused_but_abroad_rows_load():
    result = _import(["E1,Paris,UA,48.85,2.35,2024-03-02,1", "E2,Paris,FR,48.85,2.35,2024-03-02,1"])
    assert "outside Ukraine, which the row names" in _reason(result, 1)
    assert result.events[S.EVENT_ID].tolist() == ["E2"]


@pytest.mark.parametrize(
    "date", ["0001-01-01", "1899-12-31", "9999-12-31", (latest_date() + dt.timedelta(days=2)).isoformat()]
)
def test_dates_outside_the_plausible_range_are_refused(date):
    result = _import([f"E1,Kharkiv,UA,49.99,36.23,{date},1"])
    assert "plausible range" in _reason(result)


def test_geojson_nan_point_is_refused_not_placeless():
    document = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [float("nan"), float("nan")]},
                "properties": {"event_id": "E1", "location": "Kharkiv"},
            },
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [36.23, 49.99]},
                "properties": {"event_id": "E2", "location": "Kharkiv"},
            },
        ],
    }
    result = import_file("t.geojson", json.dumps(document).encode())  # json writes NaN as NaN
    assert "finite numbers" in _reason(result, 1)
    assert result.events[S.EVENT_ID].tolist() == ["E2"]


def test_the_box_holds_the_oblast_file():
    from geo.oblasts import ukraine_bounds

    (south, west), (north, east) = ukraine_bounds()
    assert SOUTH < south and NORTH > north and WEST < west and EAST > east
    assert south - SOUTH < 0.6 and NORTH - north < 0.6 and west - WEST < 0.6 and EAST - east < 0.6
