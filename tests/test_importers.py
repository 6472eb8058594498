"""Importing outside formats: detection, mapping, rejection with reasons, CLI, duplicates."""

from __future__ import annotations

import csv
import io
import json
import string
import subprocess
import sys

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data import schema as S
from data.events_io import load_events
from data.importers import (
    FORMATS,
    ImportFileError,
    import_file,
    import_files,
    rejected_rows_file,
)
from tests.conftest import FIXTURES, ROOT

FORMAT_FIXTURES = FIXTURES / "formats"

# fixture -> (detected format, rows in, rejected row numbers)
EXPECTED = {
    "acled.csv": ("acled", 6, [5, 6]),
    "ucdp_ged.csv": ("ucdp", 4, [4]),
    "cir.csv": ("cir", 5, []),
    "bellingcat_api.json": ("bellingcat", 5, [3]),
    "viina_event_info.csv": ("viina", 4, [3]),
    "canonical.csv": ("canonical", 3, [3]),
    "canonical.geojson": ("canonical", 2, []),
}


def _import(name: str, fmt: str | None = None):
    return import_file(name, (FORMAT_FIXTURES / name).read_bytes(), fmt)


def _event(result, event_id: str) -> pd.Series:
    events = result.events.set_index(S.EVENT_ID)
    return events.loc[event_id]


def _plain(value):
    return None if pd.isna(value) else value


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_is_detected_and_every_row_accounted_for(name):
    fmt, rows_in, rejected = EXPECTED[name]
    result = _import(name)
    assert result.format == fmt
    assert result.rows_in == rows_in
    assert [r.row for r in result.rejected] == rejected
    assert result.rows_loaded + result.rows_rejected == result.rows_in
    assert all(r.reason for r in result.rejected)
    assert list(result.events.columns) == list(S.COLUMNS)


@pytest.mark.parametrize(
    ("name", "event_id", "column", "expected"),
    [
        # ACLED: three date styles, time_precision, fatalities and their meaning, countries.
        ("acled.csv", "acled-UKR90001", S.DATE, pd.Timestamp("2024-03-02")),
        ("acled.csv", "acled-UKR90002", S.DATE, pd.Timestamp("2024-03-05")),
        ("acled.csv", "acled-UKR90002", S.DATE_PRECISION, "week"),
        ("acled.csv", "acled-UKR90003", S.DATE, pd.Timestamp("2024-03-10")),
        ("acled.csv", "acled-UKR90003", S.DATE_PRECISION, "month"),
        ("acled.csv", "acled-UKR90001", S.KILLED, 2),
        ("acled.csv", "acled-UKR90001", S.INJURED, None),
        ("acled.csv", "acled-UKR90001", S.WEAPON, "drone"),
        ("acled.csv", "acled-UKR90001", S.SOURCE_EVENT_ID, "UKR90001"),
        ("acled.csv", "acled-UKR90001", S.SOURCE_NAME, "ACLED"),
        ("acled.csv", "acled-UKR90002", S.KILLED, None),  # ACLED's 0 = none reported
        ("acled.csv", "acled-UKR90002", S.WEAPON, "missile"),
        ("acled.csv", "acled-RUS90004", S.COUNTRY, "RU"),
        ("acled.csv", "acled-RUS90004", S.OBLAST_ISO, None),
        ("acled.csv", "acled-UKR90001", S.OBLAST_ISO, "UA-63"),
        # UCDP: cp1252, month-first dates, best / low / high.
        ("ucdp_ged.csv", "ucdp-900001", S.DATE, pd.Timestamp("2024-03-02")),
        ("ucdp_ged.csv", "ucdp-900001", S.KILLED, 2),
        ("ucdp_ged.csv", "ucdp-900001", S.SOURCE_TITLE, "“Strike on Kharkiv” (invented test record)"),
        ("ucdp_ged.csv", "ucdp-900002", S.COUNTRY, "RU"),
        ("ucdp_ged.csv", "ucdp-900003", S.DATE, pd.Timestamp("2023-12-01")),
        ("ucdp_ged.csv", "ucdp-900003", S.DATE_PRECISION, "month"),
        ("ucdp_ged.csv", "ucdp-900003", S.KILLED, 3),
        ("ucdp_ged.csv", "ucdp-900003", S.at_least_column(S.KILLED), True),
        ("ucdp_ged.csv", "ucdp-900003", S.GEO_PRECISION, "settlement"),
        ("ucdp_ged.csv", "ucdp-900003", S.OBLAST_ISO, "UA-59"),
        # CIR: missing date kept, Belarus kept, geocoded row, non-link not a source_url.
        ("cir.csv", "cir-UW90002", S.DATE, None),
        ("cir.csv", "cir-UW90002", S.DATE_PRECISION, "unknown"),
        ("cir.csv", "cir-UW90003", S.COUNTRY, "BY"),
        ("cir.csv", "cir-UW90004", S.GEO_PRECISION, "settlement"),
        ("cir.csv", "cir-UW90004", S.OBLAST_ISO, "UA-74"),
        ("cir.csv", "cir-UW90005", S.SOURCE_URL, None),
        ("cir.csv", "cir-UW90001", S.WEAPON, "drone"),
        ("cir.csv", "cir-UW90001", S.KILLED, None),
        # Bellingcat: string coordinates, filters, casualties from the description.
        ("bellingcat_api.json", "bellingcat-CIV9001", S.LATITUDE, 49.9938),
        ("bellingcat_api.json", "bellingcat-CIV9001", S.KILLED, 1),
        ("bellingcat_api.json", "bellingcat-CIV9001", S.INJURED, 12),
        ("bellingcat_api.json", "bellingcat-CIV9001", S.TARGET, "residential"),
        ("bellingcat_api.json", "bellingcat-CIV9001", S.SOURCE_URL, "https://example.org/bellingcat/9001"),
        ("bellingcat_api.json", "bellingcat-CIV9002", S.KILLED, None),
        (
            "bellingcat_api.json",
            "bellingcat-CIV9002",
            S.CASUALTY_NOTE,
            "The description mentions casualties without a number.",
        ),
        ("bellingcat_api.json", "bellingcat-CIV9005", S.KILLED, 3),
        ("bellingcat_api.json", "bellingcat-CIV9005", S.at_least_column(S.KILLED), True),
        ("bellingcat_api.json", "bellingcat-CIV9005", S.INJURED, 5),
        ("bellingcat_api.json", "bellingcat-CIV9005", S.WEAPON, "glide bomb"),
        ("bellingcat_api.json", "bellingcat-CIV9004", S.OBLAST_ISO, "UA-59"),
        # VIINA: YYYYMMDD, oblast-level placement from ADM1_NAME.
        ("viina_event_info.csv", "viina-900000001", S.DATE, pd.Timestamp("2024-03-02")),
        ("viina_event_info.csv", "viina-900000001", S.SOURCE_URL, "https://example.org/viina/1"),
        ("viina_event_info.csv", "viina-900000004", S.GEO_PRECISION, "oblast"),
        ("viina_event_info.csv", "viina-900000004", S.OBLAST_ISO, "UA-14"),
        # Canonical: lower bounds kept, a row without coordinates geocoded.
        ("canonical.csv", "test-01", S.INJURED, 7),
        ("canonical.csv", "test-01", S.at_least_column(S.INJURED), True),
        ("canonical.csv", "test-02", S.GEO_PRECISION, "settlement"),
        ("canonical.csv", "test-02", S.OBLAST_ISO, "UA-53"),
        ("canonical.geojson", "geo-01", S.LONGITUDE, 35.0462),
        ("canonical.geojson", "geo-02", S.LATITUDE, None),
    ],
)
def test_fields_are_mapped(name, event_id, column, expected):
    assert _plain(_event(_import(name), event_id)[column]) == expected


def test_acled_keeps_the_conservative_meaning_of_fatalities():
    result = _import("acled.csv")
    note = _event(result, "acled-UKR90003")[S.CASUALTY_NOTE]
    assert "conservative" in note and "[4 fatalities split across 22 events]" in note
    assert "0 fatalities" in _event(result, "acled-UKR90002")[S.CASUALTY_NOTE]
    protest = next(r for r in result.rejected if r.row == 5)
    assert protest.codes == ["acled_not_attack"] and protest.raw["event_id_cnty"] == "UKR90005"
    assert dict(protest.problems[0].params) == {"event_type": "Protests"}


def test_ucdp_range_and_civilians_go_to_the_note():
    note = _event(_import("ucdp_ged.csv"), "ucdp-900001")[S.CASUALTY_NOTE]
    assert "2 to 3 deaths" in note and "Civilians among the dead: 2" in note


def test_geocoded_rows_say_so():
    description = _event(_import("cir.csv"), "cir-UW90004")[S.DESCRIPTION]
    assert "offline gazetteer" in description


def test_viina_labels_set_weapon_and_casualty_flag():
    text = (FORMAT_FIXTURES / "viina_event_info.csv").read_text()
    lines = text.splitlines()
    lines[0] += ",t_airstrike_b,t_uav_b,t_artillery_b,t_civcas_b"
    lines[1] += ",0,1,0,1"
    lines[2] += ",1,1,0,0"
    result = import_file("viina.csv", "\n".join(lines[:3]).encode())
    assert _event(result, "viina-900000001")[S.WEAPON] == "drone"
    assert "civilian casualties" in _event(result, "viina-900000001")[S.CASUALTY_NOTE]
    assert _event(result, "viina-900000002")[S.WEAPON] == "unknown"  # two labels: no single answer


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_round_trip_through_the_command_line(name, tmp_path):
    out = tmp_path / "out.csv"
    completed = subprocess.run(
        [sys.executable, "-m", "data", "import", str(FORMAT_FIXTURES / name), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    summary = json.loads(completed.stdout)
    expected_format, rows_in, rejected = EXPECTED[name]
    assert summary["format"] == expected_format
    assert (summary["rows_in"], summary["rows_rejected"]) == (rows_in, len(rejected))
    assert summary["rows_loaded"] == rows_in - len(rejected)
    assert [r["row"] for r in summary["rejected"]] == rejected
    assert all(r["reason"] for r in summary["rejected"])
    pd.testing.assert_frame_equal(load_events(out), _import(name).events)


def test_cli_reports_an_unreadable_file_without_a_traceback(tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("title,body\nhello,world\n")
    completed = subprocess.run(
        [sys.executable, "-m", "data", "import", str(bad), "--out", str(tmp_path / "out.csv")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr + completed.stdout
    assert "do not match any format" in json.loads(completed.stdout)["error"]


def test_forced_format_is_used_and_a_wrong_one_is_explained():
    assert _import("cir.csv", fmt="cir").format == "cir"
    with pytest.raises(ImportFileError, match="ACLED export.*event_id_cnty.*looks like a CIR"):
        _import("cir.csv", fmt="acled")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\x00\x01\x02binary\x00", "not a text file"),
        ("event_id_cnty,event_date,fatalities\nUKR1,2024-03-02,\x81\x8d".encode("latin-1"), "text encoding"),
        (b"title,body\nhello,world\n", "do not match any format"),
        (b'[{"id": "CIV1", "date": "03/02/2024", "latitude": "4', "cut off"),
        (b"PK\x03\x04truncated", "cannot be opened"),
        (b'{"type": "FeatureCollection"}', "without a list of features"),
    ],
)
def test_file_level_problems_give_plain_messages(content, message):
    with pytest.raises(ImportFileError, match=message):
        import_file("upload.csv", content)


def test_a_truncated_csv_rejects_its_last_row_and_keeps_the_rest():
    content = (FORMAT_FIXTURES / "cir.csv").read_bytes()
    cut = content[: content.rindex(b"UW90005") + 30]
    result = import_file("cir.csv", cut)
    assert result.rows_in == 5 and [r.row for r in result.rejected] == [5]
    assert result.rejected[0].codes == ["cells_fewer"]


def test_semicolon_csv_and_windows_1252_are_read():
    text = (FORMAT_FIXTURES / "cir.csv").read_text().replace("Kharkiv,Shahed", "Kharkiv,Shahed–")
    rows = list(csv.reader(io.StringIO(text)))
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    result = import_file("cir.csv", buffer.getvalue().encode("cp1252"))
    assert result.format == "cir" and result.rows_loaded == 5
    assert any("Windows-1252" in note for note in result.notes)


def _xlsx(rows: list[list[str]]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["canonical.csv", "acled.csv"])
def test_excel_sheets_are_read_like_their_csv(name):
    rows = list(csv.reader(io.StringIO((FORMAT_FIXTURES / name).read_text())))
    from_excel = import_file(name.replace(".csv", ".xlsx"), _xlsx(rows))
    from_csv = _import(name)
    assert from_excel.format == from_csv.format
    assert from_excel.container == "excel"
    assert [r.row for r in from_excel.rejected] == [r.row for r in from_csv.rejected]
    pd.testing.assert_frame_equal(from_excel.events, from_csv.events)


def test_canonical_typo_in_header_stops_with_a_suggestion():
    with pytest.raises(ImportFileError, match="did you mean 'killed'"):
        import_file("x.csv", b"event_id,kiled\ne1,3\n")


def test_rejected_rows_come_back_as_they_were():
    result = _import("acled.csv")
    content, file_name, mime = rejected_rows_file(result)
    assert file_name == "acled-rejected.csv" and mime == "text/csv"
    original = list(csv.DictReader(io.StringIO((FORMAT_FIXTURES / "acled.csv").read_text())))
    assert list(csv.DictReader(io.StringIO(content.decode()))) == [original[4], original[5]]
    json_result = _import("bellingcat_api.json")
    content, file_name, _ = rejected_rows_file(json_result)
    original_json = json.loads((FORMAT_FIXTURES / "bellingcat_api.json").read_text())
    assert json.loads(content) == [original_json[2]]


def test_several_files_flag_duplicates_across_sources_without_merging():
    names = ["acled.csv", "bellingcat_api.json", "cir.csv", "ucdp_ged.csv"]
    batch = import_files([(n, (FORMAT_FIXTURES / n).read_bytes()) for n in names])
    events = batch.events.set_index(S.EVENT_ID)
    assert len(events) == sum(r.rows_loaded for r in batch.results)
    kharkiv = events.loc["acled-UKR90001", S.POSSIBLE_DUPLICATES].split("; ")
    assert set(kharkiv) == {"bellingcat-CIV9001", "cir-UW90001", "ucdp-900001"}
    assert "acled-UKR90001" in events.loc["bellingcat-CIV9001", S.POSSIBLE_DUPLICATES]
    # Abroad too: both datasets have the Belgorod attack of 4 March.
    assert events.loc["acled-RUS90004", S.POSSIBLE_DUPLICATES] == "ucdp-900002"
    # Different days, or the same day in another country, are not flagged.
    assert pd.isna(events.loc["cir-UW90004", S.POSSIBLE_DUPLICATES])
    assert pd.isna(events.loc["cir-UW90003", S.POSSIBLE_DUPLICATES])
    # The same Odesa day: a missile (ACLED, week precision) is not compared; Bellingcat's stands alone.
    assert pd.isna(events.loc["bellingcat-CIV9002", S.POSSIBLE_DUPLICATES])
    assert batch.summary()["possible_duplicates"] == batch.possible_duplicates > 0


def test_the_same_file_twice_rejects_the_repeated_ids():
    content = (FORMAT_FIXTURES / "cir.csv").read_bytes()
    batch = import_files([("a.csv", content), ("b.csv", content)])
    first, second = batch.results
    assert first.rows_loaded == 5 and second.rows_loaded == 0
    assert second.rows_rejected == 5 and "already loaded from a.csv" in second.rejected[0].reason
    assert second.rejected[0].raw["entry"] == "UW90001"


def test_an_unreadable_file_among_several_is_listed_not_fatal():
    batch = import_files(
        [("bad.csv", b"a,b\n1,2\n"), ("cir.csv", (FORMAT_FIXTURES / "cir.csv").read_bytes())]
    )
    assert list(batch.errors) == ["bad.csv"] and len(batch.events) == 5


# --- property tests: malformed rows never crash an importer or go missing ----------------

HEADERS = {
    name: next(csv.reader(io.StringIO((FORMAT_FIXTURES / fixture).read_bytes().decode(encoding))))
    for name, fixture, encoding in (
        ("acled", "acled.csv", "utf-8"),
        ("ucdp", "ucdp_ged.csv", "cp1252"),
        ("cir", "cir.csv", "utf-8"),
        ("viina", "viina_event_info.csv", "utf-8"),
        ("canonical", "canonical.csv", "utf-8"),
    )
}
cells = st.one_of(
    st.text(alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=12),
    st.sampled_from(
        ["", "0", "-3", "1.5", "NaN", "2024-03-02", "13/45/2024", "49.9", "Kharkiv", "≥ 7", "true"]
    ),
    st.integers(-10, 10**6).map(str),
)
PROPERTY_SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@pytest.mark.parametrize("fmt", sorted(HEADERS))
@PROPERTY_SETTINGS
@given(data=st.data())
def test_malformed_csv_rows_are_loaded_or_rejected_never_lost(fmt, data):
    header = HEADERS[fmt]
    rows = data.draw(
        st.lists(
            st.lists(cells, min_size=len(header) - 2, max_size=len(header) + 1),
            min_size=1,
            max_size=6,
        )
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    result = import_file(f"{fmt}.csv", buffer.getvalue().encode("utf-8"), fmt=fmt)
    expected = sum(1 for row in rows if any(cell.strip() for cell in row))  # blank lines are not rows
    assert result.rows_in == expected
    assert result.rows_loaded + result.rows_rejected == expected
    assert all(r.reason for r in result.rejected)
    assert result.events[S.EVENT_ID].is_unique


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=10)),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
bellingcat_keys = ["id", "date", "latitude", "longitude", "location", "description", "sources", "filters"]


shaped_record = st.fixed_dictionaries(
    {
        "id": st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=6),
        "date": st.sampled_from(["03/02/2024", "2024-03-02", "", "02/30/2024"]),
        "latitude": st.sampled_from(["49.9", "", "abc", "91"]),
        "longitude": st.sampled_from(["36.2", "", "x"]),
        "description": st.sampled_from(["1 x fatality 2 x wounded", "3 killed, 4 killed", "", "killed"]),
        "filters": st.one_of(st.just([{"key": "Weapon System", "value": "Drone"}]), json_values),
        "sources": json_values,
    }
)


@PROPERTY_SETTINGS
@given(
    # One record shaped like the format gives the file its fields; the others can be anything.
    shaped=shaped_record,
    others=st.lists(
        st.one_of(
            st.fixed_dictionaries({k: json_values for k in bellingcat_keys}), shaped_record, json_values
        ),
        max_size=6,
    ),
    position=st.integers(0, 6),
)
def test_malformed_bellingcat_records_are_loaded_or_rejected_never_lost(shaped, others, position):
    records = [*others]
    records.insert(min(position, len(records)), shaped)
    result = import_file("api.json", json.dumps(records).encode(), fmt="bellingcat")
    assert result.rows_in == len(records)
    assert result.rows_loaded + result.rows_rejected == len(records)
    assert all(r.reason for r in result.rejected)


def test_every_format_is_documented():
    docs = (ROOT / "docs" / "importers.md").read_text()
    for name, module in FORMATS.items():
        assert f"`{name}`" in docs and module.LABEL in docs


# --- messages as data -------------------------------------------------------------------


def test_rejected_rows_carry_codes_and_parameters_shown_in_the_readers_language():
    from data.events_io import PROBLEM_MESSAGES
    from data.i18n import language

    content = (
        b"event_id,date,location,weapon,killed,latitude\n"
        b"a-1,2024-13-01,Kharkiv,drone,3,49.99\n"
        b"a-2,2024-03-02,Kharkiv,catapult,-4,95\n"
        b"a-3,2024-03-03,Kharkiv,drone,2\n"
    )
    result = import_file("events.csv", content)
    codes = {r.row: r.codes for r in result.rejected}
    assert codes[1] == ["not_a_date", "coordinates_together"]
    assert codes[2] == ["count_negative", "not_in_vocabulary", "latitude_range", "coordinates_together"]
    assert codes[3] == ["cells_fewer"]
    assert all(code in PROBLEM_MESSAGES for row in codes.values() for code in row)
    negative = next(p for p in result.rejected[1].problems if p.code == "count_negative")
    assert (negative.column, negative.value) == ("killed", "-4")
    english = result.rejected[1].reason
    assert "column 'killed'" in english and "(found '-4')" in english
    with language("uk"):
        ukrainian = result.rejected[1].reason
        where = result.rejected[1].where()
    assert "стовпець 'killed'" in ukrainian and "(знайдено '-4')" in ukrainian and "від’ємне" in ukrainian
    assert where.startswith("рядок 2")
    # The summary for scripts has the codes beside the (English) words.
    summary = result.summary()["rejected"]
    assert summary[0]["codes"] == codes[1] and summary[0]["reason"].startswith("column 'date'")


def test_problem_codes_are_checked():
    from data.events_io import Problem

    with pytest.raises(ValueError, match="unknown problem code"):
        Problem.of(1, "killed", "no such code")


def test_cached_imports_keep_problems_as_data(tmp_path):
    from data.importers import import_files

    content = (FORMAT_FIXTURES / "acled.csv").read_bytes()
    first = import_files([("acled.csv", content)], cache_dir=tmp_path).results[0]
    again = import_files([("acled.csv", content)], cache_dir=tmp_path).results[0]
    assert [r.problems for r in again.rejected] == [r.problems for r in first.rejected]
    assert "acled_not_attack" in {c for r in again.rejected for c in r.codes}


def test_notes_carry_codes_and_are_shown_in_the_readers_language(tmp_path):
    from data.events_io import note_text
    from data.i18n import language
    from data.importers import import_files

    content = b"event_id,colour,date\na-1,red,2024-01-01\n"
    first = import_files([("x.csv", content)], cache_dir=tmp_path).results[0]
    cached = import_files([("x.csv", content)], cache_dir=tmp_path).results[0]
    for result in (first, cached):
        (note,) = result.notes
        assert note.code == "note_columns_ignored" and dict(note.problem.params) == {"columns": "colour"}
        assert note == "Columns not in the events format were ignored: colour."  # English for scripts
        with language("uk"):
            assert note_text(note) == "Стовпці, яких немає у форматі подій, пропущено: colour."


@pytest.mark.parametrize(
    "text",
    [
        "a,b,c\n1,2\n3,4,5,6,7\n\n8,9,10\n",
        'a,b\n"x\ny",2\n,\n1,\n',
        "a,(extra cells)\n1,2,3\n4,5\n",
        "a,b\n",
    ],
)
def test_the_record_by_record_csv_reader_builds_the_table_its_records_make(text):
    """Built from lists for speed, the table is the one its records (with the extra cells) make."""
    from data.importers.reading import _read_csv_careful, table_from_records
    from data.limits import Limits

    table = _read_csv_careful("x.csv", text, ",", Limits())
    again = table_from_records("csv", table.columns, table.records, list(table.lines), table.problems)
    pd.testing.assert_frame_equal(table.frame, again.frame)
    assert table.records == again.records


def test_the_fast_reader_decodes_windows_1252_as_the_careful_reader_does():
    """Every byte Windows-1252 defines, in the header and in cells, over blocks pyarrow parses apart."""
    import pyarrow as pa

    from data.importers.reading import _read_csv_careful, read_table
    from data.limits import Limits

    characters = [bytes([b]).decode("cp1252") for b in range(0x80, 0x100) if b not in b"\x81\x8d\x8f\x90\x9d"]
    # Columns of each kind: a few repeated non-ASCII values (decoded per distinct value), a
    # non-ASCII character in every distinct cell, one in every third cell, and ASCII only.
    rows = [
        f"{n},{characters[n % len(characters)] * (n % 4)}x{characters[-n % len(characters)]},"
        f"{characters[n % len(characters)]}{n},{characters[n % 7] if n % 3 == 0 else 'r'}{n},"
        f'"plain, {n}",{"ascii only " * 3}'
        for n in range(40_000)
    ]
    header = "event_id,na\u00efve \u2013 name,every,rare,other,filler\n"
    content = (header + "\n".join(rows) + "\n").encode("cp1252")
    table = read_table("x.csv", content)
    careful = _read_csv_careful("x.csv", content.decode("cp1252"), ",", Limits())
    assert table.frame.dtypes.map(str).tolist() == ["str"] * 6  # the fast reader's table
    assert pa.array(table.frame["other"].array).num_chunks > 1
    assert table.columns == careful.columns
    assert table.columns == ["event_id", "na\u00efve \u2013 name", "every", "rare", "other", "filler"]
    assert table.frame.to_numpy(dtype=object).tolist() == careful.frame.to_numpy(dtype=object).tolist()
    assert table.lines.tolist() == careful.lines.tolist()


def test_windows_1252_cells_decode_as_python_decodes_them_whichever_way_they_are_taken():
    """Sparse non-ASCII cells (only those decoded), repeated ones (per distinct value), all-non-ASCII
    columns, empty cells and sliced arrays: the same text as Python's own codec."""
    import numpy as np
    import pyarrow as pa

    from data.importers.reading import _cp1252_chunk

    rng = np.random.default_rng(5)
    pieces = [b"a", b"Kyiv", b" ", b"\x96", b"\x92", b"\xe9", b"\xff", b"\x80", b"\xa0", b""]
    for _ in range(400):
        pool = [b"".join(rng.choice(pieces, size=rng.integers(0, 5))) for _ in range(rng.integers(1, 9))]
        cells = [pool[i] for i in rng.integers(0, len(pool), rng.integers(1, 80))]
        array = pa.array(cells, type=pa.large_binary()).slice(int(rng.integers(0, len(cells))))
        decoded = _cp1252_chunk(array)
        decoded.validate(full=True)
        assert decoded.type == pa.large_string()
        assert decoded.to_pylist() == [cell.decode("cp1252") for cell in array.to_pylist()]


_CASUALTY_PIECES = [
    "3",
    "killed",
    "wounded",
    "at least",
    "over 2 dead",
    "1 x fatality",
    "4 x wounded",
    "2 people were injured",
    "5 killed",
    "\x00",
    " ",
    "\n",
    "x",
]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(st.none(), st.lists(st.sampled_from(_CASUALTY_PIECES), max_size=6).map("".join)),
        max_size=8,
    )
)
def test_bellingcat_figures_are_read_from_each_description_alone(descriptions):
    """Scanned together for speed, every description gives what it gives on its own: no
    figure runs from the end of one into the next (``["3", "killed"]`` is not 3 killed)."""
    from data.importers.formats.bellingcat import INJURED_PATTERNS, KILLED_PATTERNS, parse_casualties

    together = pd.Series(descriptions, dtype="string", index=[f"r{i}" for i in range(len(descriptions))])
    for patterns in (KILLED_PATTERNS, INJURED_PATTERNS):
        found = pd.concat(parse_casualties(together, patterns), axis=1)
        alone = [
            pd.concat(parse_casualties(together.iloc[[i]], patterns), axis=1) for i in range(len(together))
        ]
        expected = pd.concat(alone) if alone else found.iloc[:0]
        pd.testing.assert_frame_equal(found, expected)


def test_a_bellingcat_figure_past_int64_refuses_its_row_not_the_file():
    """'99999999999999999999 killed' ended the whole import with an OverflowError."""
    base = {"date": "03/04/2022", "latitude": "50.45", "longitude": "30.52"}
    records = [
        {**base, "id": "CIV1", "description": "99999999999999999999 killed, 2 x wounded"},
        {**base, "id": "CIV2", "description": "1 x fatality 12345678901234567890123 x wounded"},
        {**base, "id": "CIV3", "description": "3 people were killed"},
    ]
    result = import_file("api.json", json.dumps(records).encode())
    assert result.events[S.KILLED].tolist() == [3]
    refused = {row.row: [(p.column, p.code, p.value) for p in row.problems] for row in result.rejected}
    assert refused == {
        1: [(S.KILLED, "count_too_large", "99999999999999999999")],
        2: [(S.INJURED, "count_too_large", "12345678901234567890123")],
    }


def test_formats_that_say_their_text_is_stripped_return_it_stripped():
    """``text_stripped`` lets the typing step skip a second strip: padded cells (spaces,
    tabs, no-break spaces) must come out of such a format stripped, and load as the
    unpadded file does."""
    from data.events_io import arrow_text, stripped_text
    from data.importers import FORMATS, import_file
    from data.importers.common import lower_columns
    from data.importers.reading import read_table

    fixtures = {"ucdp": ("ucdp_ged.csv", "cp1252")}
    declared = {name for name, event_format in FORMATS.items() if event_format.text_stripped}
    assert declared == set(fixtures)  # a format that declares it is checked here on its own file
    for name, (file_name, encoding) in fixtures.items():
        content = (FORMAT_FIXTURES / file_name).read_bytes()
        table = pd.read_csv(io.BytesIO(content), dtype=str, keep_default_na=False, encoding=encoding)
        padded = table.map(lambda cell: f" \t{cell}\u00a0 " if cell else cell)
        padded_content = padded.to_csv(index=False).encode(encoding)
        mapped = FORMATS[name].map_frame(lower_columns(read_table(file_name, padded_content).frame))
        assert mapped.stripped and mapped.stripped <= set(mapped.columns.columns)
        for column in mapped.stripped:
            values = mapped.columns[column]
            assert arrow_text(values).to_pylist() == stripped_text(values).to_pylist(), column
        plain, wide = import_file(file_name, content), import_file(file_name, padded_content)
        pd.testing.assert_frame_equal(plain.events, wide.events)
        assert [(r.row, r.codes) for r in plain.rejected] == [(r.row, r.codes) for r in wide.rejected]


# --- villages below the gazetteer's floor, placed through the settlements table ---

VILLAGE_ROWS = (
    "event_id,date,location,oblast,killed\n"
    "V1,2024-05-01,Sakhny,Sumy Oblast,1\n"  # one village of that name in the oblast, with its own point
    "V2,2024-05-01,Morozivka,Sumy Oblast,0\n"  # one in the oblast, pointed at its hromada's centre
    "V3,2024-05-01,Chervona Zoria,Sumy Oblast,0\n"  # only its raion's centre is known: the oblast as a whole
    "V4,2024-05-01,Bondari,Sumy Oblast,2\n"  # two of that name in the oblast: no guess
)


def test_a_village_the_gazetteer_lacks_is_placed_by_the_settlements_table_and_says_how():
    from geo.gazetteer import geocode_place
    from geo.settlements import find_settlements

    # the case this is for: names the gazetteer lacks
    assert not any(geocode_place(name, "UA-59").found for name in ("Sakhny", "Morozivka", "Bondari"))
    assert len(find_settlements("Bondari", "UA-59")) == 2
    result = import_file("villages.csv", VILLAGE_ROWS.encode())
    assert result.rows_loaded == 4
    own = _event(result, "V1")
    (sakhny,) = find_settlements("Sakhny", "UA-59")
    assert (own[S.LATITUDE], own[S.LONGITUDE], own[S.GEO_PRECISION]) == (
        sakhny.latitude,
        sakhny.longitude,
        "settlement",
    )
    assert (
        "with the settlements table" in own[S.DESCRIPTION]
        and "Sakhny (Bochechkivska hromada, Konotopskyi raion)" in own[S.DESCRIPTION]
    )
    near = _event(result, "V2")
    (morozivka,) = find_settlements("Morozivka", "UA-59")
    assert morozivka.located == "hromada" and near[S.GEO_PRECISION] == "settlement"
    assert "no point of the village's own" in near[S.DESCRIPTION]
    for event_id in ("V3", "V4"):
        whole = _event(result, event_id)
        assert whole[S.GEO_PRECISION] == "oblast", event_id
    assert "nearer than its raion" in _event(result, "V3")[S.DESCRIPTION]
    assert "no known place" in _event(result, "V4")[S.DESCRIPTION]
