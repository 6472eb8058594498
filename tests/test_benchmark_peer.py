"""The peer benchmark's file is one both apps read whole (no browser, no timing asserted)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import peer  # noqa: E402
import run as bench  # noqa: E402


def test_the_invented_api_json_imports_through_our_importer_with_every_row(tmp_path):
    path = peer.make_api_json(250, tmp_path)
    records = json.loads(path.read_text(encoding="utf-8"))
    assert len(records) == 250 and all("INVENTED" in record["description"] for record in records)
    batch = bench.page_importer()(path)
    summary = batch.summary()
    assert summary["files"][0]["format"] == "bellingcat", summary
    assert summary["rows_in"] == summary["rows_loaded"] == 250, summary
    assert summary["rows_rejected"] == 0 and summary["files"][0]["outside_ukraine"] == 0, summary
    assert batch.events["latitude"].notna().all() and batch.events["date"].notna().all()


def test_every_record_has_what_the_peer_draws_it_with(tmp_path):
    # The peer keeps the rows whose filters hold "Type of area affected" and parses
    # date and coordinates: each record must survive that, or it draws fewer points.
    records = json.loads(peer.make_api_json(120, tmp_path).read_text(encoding="utf-8"))
    flat = pd.json_normalize(records, record_path="filters", meta=["id", "date", "latitude", "longitude"])
    area = flat[flat["key"] == "Type of area affected"]
    assert area["id"].is_unique and len(area) == 120
    assert pd.to_datetime(area["date"], format="%m/%d/%Y").notna().all()
    assert pd.to_numeric(area["latitude"]).between(44, 53).all()


def test_the_peer_gets_the_same_file_at_its_own_data_path(tmp_path):
    path = peer.make_api_json(10, tmp_path)
    workdir = peer.peer_workdir(path, tmp_path)
    assert (workdir / peer.PEER_DATA).read_bytes() == path.read_bytes()


def test_arguments_and_a_missing_peer(tmp_path):
    args = peer.parse_args(["--peer-dir", str(tmp_path), "--sizes", "1_167,50000", "--repeat", "5"])
    assert args.sizes == [1_167, 50_000] and args.repeat == 5
    assert peer.parse_args(["--peer-dir", "x"]).sizes == list(peer.DEFAULT_SIZES)
    assert peer.main(["--peer-dir", str(tmp_path)]) == 2
