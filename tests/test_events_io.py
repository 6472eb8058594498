"""Loading, validating and writing the canonical events table."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from data import schema as S
from data.embedded import load_embedded_events
from data.events_io import (
    EventsFileError,
    concat_events,
    events_to_csv,
    events_to_geojson,
    load_events,
    validate_events,
)
from data.synthetic import make_synthetic_events
from tests.conftest import FIXTURES


def test_bad_file_names_each_row_and_column():
    with pytest.raises(EventsFileError) as caught:
        load_events(FIXTURES / "bad_rows.csv")
    found = {(p.row, p.column) for p in caught.value.problems}
    assert found == {
        (3, "weapon"),
        (3, "killed"),
        (3, "injured_at_least"),
        (3, "source_url"),
        (4, "event_id"),
        (4, "date"),
        (4, "killed"),
    }
    message = str(caught.value)
    assert "row 3 (line 4), column 'weapon': must be one of" in message
    assert "'catapult'" in message
    assert "row 4 (line 5), column 'event_id': the same event_id appears on an earlier row" in message


def _csv(text: str) -> bytes:
    return text.strip().encode("utf-8") + b"\n"


@pytest.mark.parametrize(
    ("cell", "value", "at_least"),
    [
        ("7", 7, False),
        ("≥ 7", 7, True),
        (">=12", 12, True),
        ("20+", 20, True),
        ("at least 3", 3, True),
        ("", None, False),
    ],
)
def test_count_cells_keep_lower_bounds(cell, value, at_least):
    events = load_events(_csv(f"event_id,injured\ne1,{cell}"), file_name="x.csv")
    stored = events.loc[0, S.INJURED]
    assert (None if pd.isna(stored) else int(stored)) == value
    assert bool(events.loc[0, S.INJURED + "_at_least"]) is at_least


@pytest.mark.parametrize(
    ("cell", "precision"), [("2024-03-02", "day"), ("2024-03", "month"), ("2024", "year"), ("", "unknown")]
)
def test_date_precision_is_inferred_from_the_date(cell, precision):
    events = load_events(_csv(f"event_id,date\ne1,{cell}"), file_name="x.csv")
    assert events.loc[0, S.DATE_PRECISION] == precision


def test_unknown_column_is_named_with_a_suggestion():
    with pytest.raises(
        EventsFileError, match="'kiled': is not a column of the events format .did you mean 'killed'"
    ):
        load_events(_csv("event_id,kiled\ne1,3"), file_name="x.csv")


def test_missing_event_id_column():
    with pytest.raises(EventsFileError, match="event_id.*missing from the header"):
        load_events(_csv("location\nKyiv"), file_name="x.csv")


@pytest.mark.parametrize(
    ("header", "row", "column"),
    [
        ("event_id,latitude", "e1,48.5", "longitude"),
        ("event_id,killed_at_least", "e1,true", "killed_at_least"),
        ("event_id,killed,children_killed", "e1,2,5", "children_killed"),
        ("event_id,oblast_iso", "e1,Kharkiv", "oblast_iso"),
    ],
)
def test_cross_column_rules(header, row, column):
    with pytest.raises(EventsFileError) as caught:
        load_events(_csv(f"{header}\n{row}"), file_name="x.csv")
    assert [(p.row, p.column) for p in caught.value.problems] == [(1, column)]


def test_children_may_exceed_a_lower_bound_total():
    events = load_events(
        _csv("event_id,killed,killed_at_least,children_killed\ne1,2,true,3"), file_name="x.csv"
    )
    assert int(events.loc[0, S.CHILDREN_KILLED]) == 3


def test_non_utf8_file_gets_a_plain_message():
    with pytest.raises(EventsFileError, match="not UTF-8"):
        load_events("event_id,location\ne1,Kyïv".encode("cp1252"), file_name="x.csv")


def test_empty_file():
    with pytest.raises(EventsFileError, match="empty"):
        load_events(b"", file_name="x.csv")


@pytest.mark.parametrize("writer,name", [(events_to_csv, "out.csv"), (events_to_geojson, "out.geojson")])
def test_round_trip_is_lossless(writer, name):
    events = load_embedded_events()
    again = load_events(writer(events), file_name=name)
    pd.testing.assert_frame_equal(again, events)


def test_geojson_has_null_geometry_for_unplaced_events():
    document = json.loads(events_to_geojson(load_embedded_events()))
    geometries = [f["geometry"] for f in document["features"]]
    assert sum(g is None for g in geometries) == 1
    assert geometries[0]["coordinates"] == [35.11714, 47.85167]  # longitude first


def test_geojson_errors_name_the_feature():
    document = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "geometry": None, "properties": {"event_id": "a"}},
            {"type": "Feature", "geometry": None, "properties": {"event_id": "b", "weapon": "laser"}},
        ],
    }
    with pytest.raises(EventsFileError, match="feature 2, column 'weapon'"):
        load_events(io.BytesIO(json.dumps(document).encode()), file_name="x.geojson")


def test_concat_keeps_first_of_repeated_ids():
    events = load_embedded_events()
    combined = concat_events(events, events.iloc[:2])
    assert len(combined) == len(events)
    assert list(combined.dtypes) == list(events.dtypes)


@pytest.mark.parametrize("writer,name", [(events_to_csv, "out.csv"), (events_to_geojson, "out.geojson")])
def test_filtered_synthetic_events_round_trip(writer, name):
    from data.filters import EventFilter, apply_filter
    from data.synthetic import make_synthetic_events

    events = apply_filter(make_synthetic_events(600, seed=3), EventFilter(weapons=("missile", "drone")))
    again = load_events(writer(events), file_name=name)
    pd.testing.assert_frame_equal(again, events.reset_index(drop=True))


def test_every_rule_of_the_schema_has_a_problem_code():
    """A new check in data.schema needs a code (and so a message in the catalogues)."""
    from data.events_io import SCHEMA_RULES
    from data.schema import EVENTS_SCHEMA, TABLE_RULES

    names = {check.name for check in EVENTS_SCHEMA.checks} | set(TABLE_RULES)
    names |= {check.name for column in EVENTS_SCHEMA.columns.values() for check in column.checks}
    custom = {n for n in names if " " in str(n)}  # pandera's own checks are named like "in_range"
    assert custom and custom <= set(SCHEMA_RULES), custom - set(SCHEMA_RULES)


def test_validating_leaves_the_callers_table_as_it_was():
    events = make_synthetic_events(5, seed=2)
    events[S.at_least_column(S.KILLED)] = events[S.at_least_column(S.KILLED)].astype("boolean")
    events.loc[0, S.at_least_column(S.KILLED)] = pd.NA  # pandera fills defaults while it checks
    before = events.copy()
    validate_events(events)
    pd.testing.assert_frame_equal(events, before)


@pytest.mark.parametrize(
    "cells,found",
    [
        (pd.Series(range(6)), {"0", "1", "5"}),  # numbers: each cell is a failure
        (pd.Series(["a", 1] * 3, dtype=object), {"1"}),
        (pd.Series(["a"] * 6, dtype="category"), {"category"}),  # the dtype as a whole
        (pd.Series(["a"] * 6, dtype=pd.StringDtype("python")), {"string"}),
    ],
)
def test_a_text_column_of_another_type_is_refused(cells, found):
    """Text columns pass pandera's type check in one word (data/schema.py, _Text); wrong ones still fail."""
    events = make_synthetic_events(6, seed=2)
    assert validate_events(events) == []
    events[S.LOCATION] = cells.set_axis(events.index)
    problems = [p for p in validate_events(events) if p.column == S.LOCATION]
    assert problems and {p.value for p in problems} >= found


def test_fill_text_is_fillna():
    from data.events_io import fill_text

    values = pd.Series(["a", None, " b", None, ""], dtype="string")
    other = pd.Series(["x", "y", None, None, "z"], dtype="string")
    for fill in ("unknown", other):
        got = fill_text(values, fill)
        assert got.dtype == values.dtype
        pd.testing.assert_series_equal(got, values.fillna(fill), check_names=False)
    assert fill_text(values.dropna(), "x").tolist() == ["a", " b", ""]
    shifted = other.set_axis([4, 3, 2, 1, 0])  # another index: aligned by label, as fillna does
    pd.testing.assert_series_equal(fill_text(values, shifted), values.fillna(shifted))
    flags = pd.Series([True, None], dtype="boolean")
    pd.testing.assert_series_equal(fill_text(flags, False), flags.fillna(False))
