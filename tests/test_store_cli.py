"""``python -m data store export / import``: backups and moves, round-trip exact, on both back-ends."""

from __future__ import annotations

import csv
import io
import json

import pytest

from data.__main__ import main
from data.cells import FORMULA_TRIGGERS, neutralise_formula, restore_formula
from data.events_io import events_to_csv, load_events
from data.store import EventStore
from data.synthetic import make_synthetic_events
from tests.store_backends import BACKENDS, database_url, drop_schemas


@pytest.fixture(scope="module", autouse=True)
def _drop_postgres_schemas():
    yield
    drop_schemas()


def _run(capsys, *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("backend", BACKENDS)
def test_export_import_export_gives_the_same_bytes(backend, tmp_path, capsys):
    source = database_url(backend, tmp_path, "source")
    target = database_url(backend, tmp_path, "target")
    original = tmp_path / "events.csv"
    original.write_bytes(events_to_csv(make_synthetic_events(200, seed=7)))

    code, summary = _run(capsys, "store", "--database", source, "import", str(original), "--by", "tester")
    assert code == 0 and summary["added"] == 200
    backup = tmp_path / "backup.csv"
    code, summary = _run(capsys, "store", "--database", source, "export", str(backup))
    assert code == 0 and summary["events"] == 200
    assert backup.read_bytes() == original.read_bytes()

    code, _ = _run(capsys, "store", "--database", target, "import", str(backup))
    assert code == 0
    moved = tmp_path / "moved.csv"
    _run(capsys, "store", "--database", target, "export", str(moved))
    assert moved.read_bytes() == backup.read_bytes()
    store = EventStore.open(target)  # the app opening a restored store does not add the embedded report
    assert len(store.load_events()) == 200
    store.dispose()


def test_database_url_from_the_environment_and_geojson(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("STRIKE_MAP_DATABASE_URL", f"sqlite:///{tmp_path / 'env.db'}")
    events = make_synthetic_events(30, seed=2)
    source = tmp_path / "events.csv"
    source.write_bytes(events_to_csv(events))
    assert _run(capsys, "store", "import", str(source))[0] == 0
    out = tmp_path / "events.geojson"
    code, summary = _run(capsys, "store", "export", str(out))
    assert code == 0 and summary["database"].endswith("env.db")
    assert events_to_csv(load_events(out)) == events_to_csv(events)


def test_importing_stored_ids_is_refused_unless_replacing(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    events = make_synthetic_events(5, seed=4)
    first = tmp_path / "first.csv"
    first.write_bytes(events_to_csv(events))
    assert _run(capsys, "store", "--database", url, "import", str(first))[0] == 0
    revised = events.copy()
    revised.loc[0, "killed"] = 99
    second = tmp_path / "second.csv"
    second.write_bytes(events_to_csv(revised))
    code, summary = _run(capsys, "store", "--database", url, "import", str(second))
    assert code == 1 and "already in the store" in summary["error"]
    code, summary = _run(capsys, "store", "--database", url, "import", str(second), "--replace")
    assert code == 0 and (summary["added"], summary["replaced"]) == (0, 1)


def test_a_bad_file_is_refused_with_its_problems(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("event_id,weapon\nx-1,catapult\n", encoding="utf-8")
    code, summary = _run(capsys, "store", "--database", f"sqlite:///{tmp_path / 's.db'}", "import", str(bad))
    assert code == 1 and "catapult" in summary["error"]


FORMULAS = [
    '=HYPERLINK("http://127.0.0.1:9/x","x")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1)",
    "'=quoted",
    "''+twice",
]


@pytest.mark.parametrize("backend", BACKENDS)
def test_store_export_neutralises_formula_cells_and_reads_back_exact(backend, tmp_path, capsys):
    # (Cells are trimmed on every load, so a leading tab never reaches the store: not tried here.)
    url = database_url(backend, tmp_path, "formulas")
    events = make_synthetic_events(len(FORMULAS), seed=3)
    for row, text in enumerate(FORMULAS):
        events.loc[row, "location"] = text
        events.loc[row, "description"] = text
        events.loc[row, "source_title"] = text
    original = tmp_path / "events.csv"
    original.write_bytes(events_to_csv(events))
    assert _run(capsys, "store", "--database", url, "import", str(original), "--by", "tester")[0] == 0

    backup = tmp_path / "backup.csv"
    assert _run(capsys, "store", "--database", url, "export", str(backup))[0] == 0
    rows = list(csv.DictReader(io.StringIO(backup.read_text(encoding="utf-8"))))
    for row in rows:
        for column in ("location", "description", "source_title"):
            assert row[column][:1] not in FORMULA_TRIGGERS, (column, row[column])
            assert row[column] == neutralise_formula(restore_formula(row[column]))
    assert {r["location"] for r in rows} == {neutralise_formula(t) for t in FORMULAS}
    # Read back: the text as it was stored, not as it was written to protect spreadsheets.
    again = load_events(backup)
    assert sorted(again["location"]) == sorted(FORMULAS)
    assert backup.read_bytes() == original.read_bytes()
