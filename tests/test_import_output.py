"""What an import hands on stays the same while the importer is made faster.

The figures below were taken from the importer before the speed work of issue 9
(commit 6a09587): the loaded events, the rejected rows as downloaded, the reasons and
the row numbers, for the UCDP fixture and two invented 3,000-row UCDP files (one with
a broken cell of each kind).  A change that alters any of them fails here; if the
change is meant, say so in its commit and take the new figures.
"""

from __future__ import annotations

import collections
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from data import schema as S
from tests.conftest import FIXTURES, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from run import make_ucdp_file  # noqa: E402

# The inputs themselves: the invented files come from data/synthetic.py through
# benchmarks/run.py's make_ucdp_file; if those change, the figures below no longer apply.
# (Retaken when two gazetteer names were corrected, Oleksandrivka and Semykhatka: only the invented files and
# the loaded events' names changed, every count, row number and reason stayed.)
INPUTS = {"ucdp_ged.csv": "7a09a769b349f2a6", "broken": "de471332d4b64c1f", "clean": "7701d5e4a5a0b722"}
EXPECTED = {
    "ucdp_ged.csv": {
        "rows_in": 4,
        "rows_loaded": 3,
        "rows_rejected": 1,
        "codes": {"not_a_valid_date": 2},
        "events_csv": "72fde958ad77c950",
        "loaded_rows": "e2e2033ae7e19d68",
        "rejected_file": "cde35e69c9ee2467",
        "summary": "5f5f3699fd60fecd",
    },
    "broken": {
        "rows_in": 3000,
        "rows_loaded": 2852,
        "rows_rejected": 148,
        "codes": {
            "coordinates_together": 5,
            "count_negative": 21,
            "count_not_whole": 16,
            "count_too_large": 7,
            "not_a_number": 30,
            "not_a_valid_date": 43,
            "outside_range": 11,
            "repeated_id": 10,
            "ucdp_id_empty": 6,
        },
        "events_csv": "3042bbaa83be5f84",
        "loaded_rows": "34722f808ef7f518",
        "rejected_file": "2c5dee2184a4ab1f",
        "summary": "b30743c486bee9d8",
    },
    "clean": {
        "rows_in": 3000,
        "rows_loaded": 3000,
        "rows_rejected": 0,
        "codes": {},
        "events_csv": "d27d55d37bec8d00",
        "loaded_rows": "12ddf033c1ad3349",
        "rejected_file": "7e8b31238fdef7c3",
        "summary": "51bca82ce4e85c21",
    },
}


def corrupted_ucdp(folder: Path, make_ucdp_file) -> Path:
    """A 3,000-row invented UCDP file with a broken cell of each kind in fixed rows."""
    clean = make_ucdp_file(3000, folder)
    table = pd.read_csv(clean, encoding="cp1252", dtype=str, keep_default_na=False)
    broken = {
        "date_start": (["31/31/2020", "", "2020-02-30", "1/5/2014"], 7),
        "date_end": (["1/5/2031 12:00:00 AM", "12/1/2016 12:00:00 AM"], 11),
        "best": (["-3", "", "many", "1,000", "2.0", "99999999999999999999"], 13),
        "low": (["4", "", "x"], 17),
        "high": (["1.5", "7"], 19),
        "deaths_civilians": (["1,000", "-1"], 23),
        "latitude": (["95.5", "", "49,9", "north"], 29),
        "longitude": (["", "abc", "200", "36,2"], 31),
        "id": (["", "800001", " 800002 "], 37),
        "where_prec": (["7", "2.0", ""], 41),
        "date_prec": (["2.0", "9", ""], 43),
        "type_of_violence": (["1.0", "4", ""], 47),
        "country": (["Russia (Soviet Union)", "", "UA"], 53),
        "where_coordinates": (["  Kyïv  ", "", "Kharkiv city"], 59),
        "adm_1": (["Poltavs'ka oblast", "Kharkivska", "", "Crimea"], 61),
        "conflict_name": (["", "Ukraine: Government"], 67),
    }
    for column, (values, step) in broken.items():
        for n, row in enumerate(range(step, len(table), step * 5)):
            table.loc[row, column] = values[n % len(values)]
    path = folder / "ucdp-broken.csv"
    table.to_csv(path, index=False, encoding="cp1252")
    return path


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def import_output(path: Path) -> dict:
    """What an import hands on, reduced to counts and digests (events, rejected rows, reasons)."""
    from data.events_io import events_to_csv
    from data.i18n import language
    from data.importers import import_path, rejected_rows_file

    with language("en"):
        batch = import_path(path, cache_dir=None)
        result = batch.results[0]
        summary = json.loads(json.dumps(batch.summary(), default=str))
        body, _, _ = rejected_rows_file(result)
    codes = collections.Counter(code for row in summary["files"][0]["rejected"] for code in row["codes"])
    return {
        "rows_in": summary["rows_in"],
        "rows_loaded": summary["rows_loaded"],
        "rows_rejected": summary["rows_rejected"],
        "codes": dict(sorted(codes.items())),
        "dtypes": {name: str(dtype) for name, dtype in batch.events.dtypes.items()},
        "events_csv": sha(events_to_csv(batch.events)),
        "loaded_rows": sha(np.asarray(result.loaded_rows, dtype=np.int64).tobytes()),
        "rejected_file": sha(body),
        "summary": sha(json.dumps(summary, sort_keys=True).encode("utf-8")),
    }


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("ucdp")
    return {
        "ucdp_ged.csv": FIXTURES / "formats" / "ucdp_ged.csv",
        "broken": corrupted_ucdp(folder, make_ucdp_file),
        "clean": make_ucdp_file(3000, folder),
    }


@pytest.mark.parametrize("name", list(EXPECTED))
def test_an_import_hands_on_what_it_did_before(files, name):
    """Events, rejected rows (as downloaded), reasons and row numbers as the importer gave them."""
    if sha(files[name].read_bytes()) != INPUTS[name]:
        pytest.fail(f"the input {name} changed (data/synthetic.py or make_ucdp_file?): retake the figures")
    found = import_output(files[name])
    assert found.pop("dtypes") == {name: str(dtype) for name, dtype in S.DTYPES.items()}
    assert found == EXPECTED[name]
    assert found["rows_in"] == found["rows_loaded"] + found["rows_rejected"]
