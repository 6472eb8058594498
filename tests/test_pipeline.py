"""The one ingestion pipeline: registry, cache, parquet, memory, GeoJSON types, duplicates, schema doc."""

from __future__ import annotations

import importlib
import json
import math
import pkgutil
import random
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from data import schema as S
from data.events_io import events_to_csv, events_to_geojson, load_events
from data.importers import FORMATS, import_file, import_files, import_path, rejected_rows_file
from data.importers import formats as format_package
from data.importers.common import EventFormat, RowProblems, date_columns, dates, join_columns, per_distinct
from data.importers.duplicates import SAME_PLACE_KM, flag_possible_duplicates
from data.synthetic import make_synthetic_events, make_synthetic_ucdp_ged
from geo.gazetteer import normalize_name
from tests.conftest import FIXTURES, ROOT


def test_every_format_module_is_registered_by_its_format_object():
    modules = [info.name for info in pkgutil.iter_modules(format_package.__path__)]
    found = {}
    for name in modules:
        candidate = importlib.import_module(f"{format_package.__name__}.{name}").FORMAT
        assert isinstance(candidate, EventFormat)
        assert candidate.name and candidate.label and callable(candidate.map_frame)
        found[candidate.name] = candidate
    assert found == FORMATS


def test_detection_scores_prefer_a_full_foreign_match_over_the_canonical_fallback():
    from data.importers.reading import read_table

    viina = read_table("v.csv", (FIXTURES / "formats" / "viina_event_info.csv").read_bytes())
    scores = {name: f.score(viina) for name, f in FORMATS.items()}
    assert scores["viina"] == 1.0 and 0 < scores["canonical"] < 1.0
    assert max(scores, key=scores.get) == "viina"


def test_a_ucdp_file_in_windows_1252_with_month_first_dates():
    ged = make_synthetic_ucdp_ged(200, seed=3)
    content = ged.to_csv(index=False, encoding="cp1252", errors="replace").encode("cp1252", errors="replace")
    result = import_file("ged.csv", content)
    assert result.format == "ucdp" and result.rows_in == 200
    assert result.rows_loaded + result.rows_rejected == 200 and result.rows_rejected == 0
    first = result.events.iloc[0]
    expected = pd.Timestamp(pd.to_datetime(ged["date_start"].iloc[0], format="%m/%d/%Y %I:%M:%S %p").date())
    assert first[S.DATE] == expected
    assert first[S.KILLED] == ged["best"].iloc[0]
    assert "\u2013" in first[S.DESCRIPTION]  # the en dash came through cp1252


def test_import_path_caches_by_content_and_reads_the_same_back(tmp_path):
    events = make_synthetic_events(300, seed=1)
    path = tmp_path / "events.csv"
    path.write_bytes(events_to_csv(events))
    cache = tmp_path / "cache"
    first = import_path(path, cache_dir=cache)
    assert len(list(cache.glob("*.parquet"))) == 1
    second = import_path(path, cache_dir=cache)
    pd.testing.assert_frame_equal(first.events, second.events)
    assert second.results[0].summary() == first.results[0].summary()
    # A changed cell is a different file: a miss, and the new value is read.
    changed = events.copy()
    changed.loc[0, S.DESCRIPTION] = "changed"
    path.write_bytes(events_to_csv(changed))
    third = import_path(path, cache_dir=cache)
    assert third.events.loc[0, S.DESCRIPTION] == "changed"
    assert len(list(cache.glob("*.parquet"))) == 2


def test_a_cached_import_keeps_its_rejected_rows_as_they_were(tmp_path):
    content = (FIXTURES / "formats" / "acled.csv").read_bytes()
    fresh = import_file("acled.csv", content, cache_dir=tmp_path)
    cached = import_file("acled.csv", content, cache_dir=tmp_path)
    assert [r.row for r in cached.rejected] == [r.row for r in fresh.rejected] == [5, 6]
    assert rejected_rows_file(cached) == rejected_rows_file(fresh)
    pd.testing.assert_frame_equal(cached.events, fresh.events)


def test_parquet_is_read_by_the_canonical_path():
    events = make_synthetic_events(100, seed=2)
    result = import_file("events.parquet", events.to_parquet(index=False))
    assert result.format == "canonical" and result.container == "parquet"
    pd.testing.assert_frame_equal(result.events, events)


def test_a_batch_keeps_only_the_rejected_rows_raw_cells():
    content = (FIXTURES / "formats" / "acled.csv").read_bytes()
    batch = import_files([("acled.csv", content)])
    result = batch.results[0]
    assert result.table is None  # the raw table is not kept beside the events
    assert [r.raw["event_id_cnty"] for r in result.rejected] == ["UKR90005", "UKR90006"]


def test_repeated_ids_from_a_cached_file_still_hand_back_their_raw_rows(tmp_path):
    content = (FIXTURES / "formats" / "cir.csv").read_bytes()
    import_file("a.csv", content, cache_dir=tmp_path)
    batch = import_files([("a.csv", content), ("b.csv", content)], cache_dir=tmp_path)
    second = batch.results[1]
    assert second.rows_loaded == 0 and second.rejected[0].raw["entry"] == "UW90001"


@pytest.mark.parametrize("seed", range(40))
def test_join_columns_skips_empty_parts_like_a_plain_join(seed):
    rng = random.Random(seed)
    size, count = rng.randint(0, 6), rng.randint(1, 4)
    parts = [[rng.choice([None, "", "a", "b c"]) for _ in range(size)] for _ in range(count)]
    expected = ["; ".join(p[i] for p in parts if p[i]) or None for i in range(size)]
    got = join_columns(*(pd.Series(p, dtype="string") for p in parts), sep="; ", index=pd.RangeIndex(size))
    assert [None if v is pd.NA else v for v in got] == expected


@pytest.mark.parametrize("seed", range(30))
def test_per_distinct_gives_what_building_every_row_gives(seed):
    rng = random.Random(seed)
    size = rng.randint(0, 40)
    text = pd.Series([rng.choice([None, "a", "b", "c d"]) for _ in range(size)], dtype="string")
    other = pd.Series([rng.choice([None, "x", "a"]) for _ in range(size)], dtype="string")
    number = pd.Series([rng.choice([None, 0, 1, 12]) for _ in range(size)], dtype="Int64")

    def build(a, b, n):
        return join_columns(a, b, n.astype("string"), sep="|", index=a.index)

    expected = build(text, other, number)
    pd.testing.assert_series_equal(per_distinct(build, text, other, number), expected)


def test_date_columns_parse_shared_texts_once_and_report_each_column():
    frame = pd.DataFrame(
        {
            "start": pd.Series(["1/2/2024", "2024-01-03", "", "13/45/2024"], dtype="string"),
            "end": pd.Series(["1/2/2024", "1/4/2024", "nonsense", None], dtype="string"),
        }
    )
    formats = ("%m/%d/%Y", "%Y-%m-%d")
    together, apart = RowProblems(4), RowProblems(4)
    start, end = date_columns(frame, ("start", "end"), formats, together)
    pd.testing.assert_series_equal(start, dates(frame, "start", formats, apart))
    pd.testing.assert_series_equal(end, dates(frame, "end", formats, apart))
    assert [None if pd.isna(d) else d.date().isoformat() for d in start] == [
        "2024-01-02",
        "2024-01-03",
        None,
        None,
    ]
    assert together.by_row() == apart.by_row() and set(together.by_row()) == {3, 4}


# --- GeoJSON through geopandas, typed -------------------------------------------------


def test_geojson_keeps_text_that_reads_true_or_false_as_text():
    events = make_synthetic_events(3, seed=4)
    events.loc[0, S.DESCRIPTION] = "true"
    events.loc[1, S.SOURCE_TITLE] = "false"
    events.loc[1, S.KILLED] = 4
    events.loc[1, S.KILLED + "_at_least"] = True
    features = json.loads(events_to_geojson(events))["features"]
    assert features[0]["properties"][S.DESCRIPTION] == "true"
    assert features[1]["properties"][S.SOURCE_TITLE] == "false"
    assert features[1]["properties"][S.KILLED + "_at_least"] is True
    assert features[1]["properties"][S.KILLED] == 4
    pd.testing.assert_frame_equal(load_events(events_to_geojson(events), "x.geojson"), events)


# --- duplicates: the joins give what the pairwise loop gave ------------------------------


def _distance(a, b) -> float:
    p1, p2 = math.radians(a[S.LATITUDE]), math.radians(b[S.LATITUDE])
    dp, dl = p2 - p1, math.radians(b[S.LONGITUDE] - a[S.LONGITUDE])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _pairwise(tables: list[pd.DataFrame]) -> list[list]:
    """The old quadratic semantics, row against row, as the reference."""
    rows = [
        (n, p, r)
        for n, t in enumerate(tables)
        for p, r in enumerate(t.to_dict("records"))
        if not pd.isna(r[S.DATE]) and r[S.DATE_PRECISION] == "day"
    ]
    flags: dict[tuple[int, int], list[str]] = {}
    for i, (fa, pa_, a) in enumerate(rows):
        for fb, pb, b in rows[i + 1 :]:
            if fa == fb or a[S.DATE] != b[S.DATE]:
                continue
            if not pd.isna(a[S.COUNTRY]) and not pd.isna(b[S.COUNTRY]) and a[S.COUNTRY] != b[S.COUNTRY]:
                continue
            vague = ("unknown", "other")
            if not (a[S.WEAPON] == b[S.WEAPON] or a[S.WEAPON] in vague or b[S.WEAPON] in vague):
                continue
            same = (
                isinstance(a[S.LOCATION], str)
                and isinstance(b[S.LOCATION], str)
                and normalize_name(a[S.LOCATION]) == normalize_name(b[S.LOCATION])
            )
            if not same and not pd.isna(a[S.LATITUDE]) and not pd.isna(b[S.LATITUDE]):
                if "oblast" not in (a[S.GEO_PRECISION], b[S.GEO_PRECISION]):
                    same = _distance(a, b) <= SAME_PLACE_KM
            if same:
                flags.setdefault((fa, pa_), []).append(b[S.EVENT_ID])
                flags.setdefault((fb, pb), []).append(a[S.EVENT_ID])
    return [
        [("; ".join(flags[(n, p)]) if (n, p) in flags else None) for p in range(len(t))]
        for n, t in enumerate(tables)
    ]


@pytest.mark.parametrize("seed", range(8))
def test_duplicate_flags_match_the_pairwise_semantics(seed):
    rng = np.random.default_rng(seed)
    tables = []
    for number in range(3):
        events = make_synthetic_events(60, seed=seed * 10 + number)
        # Crowd the events into few days and places, so pairs near and far from 10 km occur.
        events[S.DATE] = pd.Timestamp("2024-03-01") + pd.to_timedelta(rng.integers(0, 3, 60), unit="D")
        events[S.DATE] = events[S.DATE].astype("datetime64[s]")
        events[S.LATITUDE] = (50.0 + rng.normal(0, 0.08, 60)).round(4)
        events[S.LONGITUDE] = (36.2 + rng.normal(0, 0.12, 60)).round(4)
        events[S.LOCATION] = rng.choice(["Kharkiv", "Kharkov", "Chuhuiv", None], 60)
        events[S.COUNTRY] = rng.choice(["UA", "RU", None], 60, p=[0.7, 0.1, 0.2])
        events[S.GEO_PRECISION] = rng.choice(["point", "settlement", "oblast"], 60)
        events[S.EVENT_ID] = [f"f{number}-{i}" for i in range(60)]
        tables.append(events.astype(S.DTYPES))
    flagged = flag_possible_duplicates(tables)
    expected = _pairwise(tables)
    for got, want in zip(flagged, expected):
        assert [None if v is pd.NA else v for v in got[S.POSSIBLE_DUPLICATES]] == want


# --- one schema ---------------------------------------------------------------------


def test_readme_column_table_is_generated_from_the_schema():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert S.column_table() in readme


def test_schema_doc_command_prints_the_table_and_checks_the_readme():
    printed = subprocess.run(
        [sys.executable, "-m", "data", "schema-doc"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert printed.stdout == S.column_table()
    checked = subprocess.run(
        [sys.executable, "-m", "data", "schema-doc", "--check", "README.md"], cwd=ROOT, check=False
    )
    assert checked.returncode == 0


def test_the_model_is_the_one_source_of_columns_types_and_defaults():
    model = S.EventsModel.to_schema()
    assert tuple(model.columns) == S.COLUMNS
    assert all(column.description for column in model.columns.values())
    assert S.DEFAULTS[S.WEAPON] == "unknown" and S.DEFAULTS[S.KILLED + "_at_least"] is False
    assert list(S.CATEGORY_COLUMNS[S.WEAPON]) == list(S.WEAPONS)
    assert not hasattr(S, "COLUMN_DOCS")


def test_text_where_is_where():
    import numpy as np

    from data.importers.common import text_where

    index = pd.RangeIndex(4)
    mask = pd.Series([True, False, None, True], dtype="boolean")
    values = pd.Series(["a", "b", "c", None], dtype="string")
    expected = values.where(mask.fillna(False).astype(bool))
    pd.testing.assert_series_equal(text_where(mask, values, index), expected, check_names=False)
    pd.testing.assert_series_equal(
        text_where(np.array([True, False, False, True]), "day", index),
        pd.Series(["day", None, None, "day"], dtype="string"),
    )
    other = values.set_axis([3, 2, 1, 0])  # aligned by label, as where does
    assert (
        text_where(mask, other, index).tolist() == other.where(pd.Series([True, False, False, True])).tolist()
    )
