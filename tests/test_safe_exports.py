"""CSV exports are safe to open in a spreadsheet and load back unchanged (data/cells.py)."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from data import schema as S
from data.cells import FORMULA_TRIGGERS, neutralise_formula, restore_formula
from data.embedded import load_embedded_events
from data.events_io import events_to_csv, events_to_geojson, load_events
from data.importers import import_file, rejected_rows_file

FORMULAS = [
    '=HYPERLINK("http://127.0.0.1:9/x","x")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "'=already quoted",
    "''+twice",
    "'plain quote",
    "=",
    "-",
]


def _hostile_events() -> pd.DataFrame:
    events = load_embedded_events().copy()
    for row, text in zip(range(len(events)), FORMULAS):
        events.loc[row, S.LOCATION] = text
        events.loc[row, S.DESCRIPTION] = text
        events.loc[row, S.SOURCE_TITLE] = text
    events.loc[0, S.EVENT_ID] = "=E1"
    events.loc[1, S.LONGITUDE] = -3.5  # a negative number stays a number
    events.loc[1, S.COUNTRY] = "ES"
    return events


def test_no_exported_text_cell_starts_a_formula():
    exported = events_to_csv(_hostile_events()).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(exported)))
    for row in rows:
        for column, cell in row.items():
            if column in (S.LATITUDE, S.LONGITUDE):
                float(cell or "nan")  # numbers are written as numbers
                continue
            assert not cell[:1] or cell[0] not in FORMULA_TRIGGERS, (column, cell)
    assert rows[1][S.LONGITUDE] == "-3.5"
    assert rows[0][S.LOCATION] == "'" + FORMULAS[0]


@pytest.mark.parametrize("writer,name", [(events_to_csv, "out.csv"), (events_to_geojson, "out.geojson")])
def test_hostile_text_round_trips_through_load_events(writer, name):
    events = _hostile_events()
    again = load_events(writer(events), file_name=name)
    pd.testing.assert_frame_equal(again, events)


@pytest.mark.parametrize("writer,name", [(events_to_csv, "out.csv"), (events_to_geojson, "out.geojson")])
def test_hostile_text_round_trips_through_the_canonical_importer(writer, name):
    events = _hostile_events()
    result = import_file(name, writer(events))
    assert result.rows_rejected == 0, [r.reason for r in result.rejected]
    for column in (S.EVENT_ID, S.LOCATION, S.DESCRIPTION, S.SOURCE_TITLE):
        assert result.events[column].tolist() == events[column].tolist(), column


def test_other_formats_keep_a_leading_quote():
    # Only our own format is un-quoted: an ACLED cell "'=x" stays "'=x".
    header = "event_id_cnty,event_date,year,event_type,sub_event_type,country,admin1,location,latitude,longitude,notes,fatalities"
    row = "UKR1,2024-05-01,2024,Explosions/Remote violence,Shelling/artillery/missile attack,Ukraine,Kharkiv,'=x,49.99,36.23,'=note,1"
    result = import_file("acled.csv", f"{header}\n{row}\n".encode())
    assert result.rows_loaded == 1, [r.reason for r in result.rejected]
    assert result.events[S.LOCATION].iloc[0] == "'=x"


@given(st.text(max_size=40))
def test_neutralise_then_restore_is_exact(text):
    written = neutralise_formula(text)
    assert restore_formula(written) == text
    assert not written[:1] or written[0] not in FORMULA_TRIGGERS


def test_rejected_rows_keep_formula_cells_exactly_as_the_file_gave_them():
    # The rejected-rows download is the file's own cells, for fixing and importing again:
    # nothing is neutralised or un-quoted there (the README says so; the page warns).
    source = (
        "event_id,location,description,killed\n"
        'E1,\'=1+2,"=HYPERLINK(""http://127.0.0.1:9/"",""x"")",lots\n'
        "E2,-2+3,@SUM(1),3\n"
        "E3,Kharkiv,plain,-1\n"
    )
    result = import_file("x.csv", source.encode())
    assert result.rows_rejected == 2 and result.rows_loaded == 1
    content, file_name, _ = rejected_rows_file(result)
    assert file_name == "x-rejected.csv"
    rows = list(csv.reader(io.StringIO(content.decode("utf-8"))))
    assert rows == [
        ["event_id", "location", "description", "killed"],
        ["E1", "'=1+2", '=HYPERLINK("http://127.0.0.1:9/","x")', "lots"],
        ["E3", "Kharkiv", "plain", "-1"],
    ]
    # The loaded row reads its cells as written too (-2+3 is a place name here).
    assert result.events[S.LOCATION].tolist() == ["-2+3"]


def test_a_fixed_rejected_file_imports_to_the_text_the_user_wrote():
    # Rejected, fixed (the count), imported again: the canonical reader takes one quote off,
    # exactly as it does for the first import, so the event is the same either way.
    source = "event_id,location,killed\nE1,'=1+2,lots\n"
    content, _, _ = rejected_rows_file(import_file("x.csv", source.encode()))
    fixed = content.decode("utf-8").replace("lots", "3").encode("utf-8")
    again = import_file("x-rejected.csv", fixed)
    direct = import_file("x.csv", source.replace("lots", "3").encode())
    assert again.events[S.LOCATION].tolist() == direct.events[S.LOCATION].tolist() == ["=1+2"]
