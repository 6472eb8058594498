"""Implausible values: dates reported even where Python's datetime cannot format them; points outside their oblast noted."""

from __future__ import annotations

import numpy as np
import pandas as pd

from data import schema as S
from data.embedded import load_embedded_events
from data.importers import import_file
from data.plausible import implausible, points_outside_named_oblast
from data.synthetic import make_synthetic_events
from tests.conftest import FIXTURES


def test_a_date_before_year_one_is_reported_not_a_crash():
    events = load_embedded_events().iloc[:2].copy()
    events[S.DATE] = pd.Series(
        np.array(["-0003-01-01", "2024-03-02"], dtype="datetime64[s]"), index=events.index
    )
    found = implausible(events)
    assert [(row, column) for row, column, *_ in found] == [(1, S.DATE)]
    assert found[0][-1] == "-0003-01-01"


# --- a point outside the oblast its row names: loaded as given, noted with the reason ---

OBLAST_ROWS = (
    "event_id,location,oblast_iso,latitude,longitude,killed\n"
    "E1,Kharkiv,UA-63,49.99,36.23,2\n"  # in its oblast
    "E2,Odesa,UA-63,46.48,30.73,1\n"  # Odesa's point, Kharkiv's code
    "E3,Belgorod,UA-63,50.60,36.59,1\n"  # across the border, inside Ukraine's box
    "E4,Odesa port,UA-51,46.49,30.75,1\n"  # on the coast, within the tolerance
)


def test_points_outside_their_named_oblast_are_noted_with_the_reason():
    result = import_file("events.csv", OBLAST_ROWS.encode())
    assert result.rows_loaded == 4 and result.rows_rejected == 0  # noted, not refused
    notes = [n for n in result.notes if "outside the oblast" in n]
    assert notes == [
        "2 rows loaded with a point outside the oblast the row names; check the coordinates or the "
        "oblast: row 2 (line 3): the point (46.48, 30.73) is in Odesa Oblast (UA-51), not in Kharkiv "
        "Oblast (UA-63), which the row names; row 3 (line 4): the point (50.6, 36.59) is outside "
        "Ukraine's borders, not in Kharkiv Oblast (UA-63), which the row names."
    ]
    # Loaded as written: the row's oblast is not silently replaced by the point's.
    assert result.events[S.OBLAST_ISO].tolist() == ["UA-63", "UA-63", "UA-63", "UA-51"]


def test_rows_are_counted_after_rejected_ones_and_long_lists_are_cut():
    rows = ["event_id,oblast_iso,latitude,longitude,killed", "R1,UA-63,49.99,36.23,lots"]
    rows += [f"E{n},UA-63,46.48,30.73,1" for n in range(12)]
    result = import_file("events.csv", ("\n".join(rows) + "\n").encode())
    (note,) = [n for n in result.notes if "outside the oblast" in n]
    assert note.startswith("12 rows loaded with a point outside the oblast")
    assert "row 2 (line 3): the point" in note and "row 11 (line 12)" in note  # input rows, not positions
    assert "row 12 (line 13)" not in note and note.endswith("; and 2 more.")


def test_no_fixture_and_no_synthetic_event_is_noted():
    assert points_outside_named_oblast(make_synthetic_events(20_000, seed=5)) == []
    assert points_outside_named_oblast(load_embedded_events()) == []
    for path in sorted((FIXTURES / "formats").iterdir()):
        result = import_file(path.name, path.read_bytes())
        assert not [n for n in result.notes if "outside the oblast" in n], path.name
