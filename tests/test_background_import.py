"""Big imports in a child process: progress, cancel, the server reads the result from the disk cache."""

from __future__ import annotations

import time

import pytest

from data.events_io import events_to_csv
from data.importers import import_files
from data.importers.background import ImportJob, ImportJobs
from data.limits import Limits
from data.synthetic import make_synthetic_events
from tests.conftest import FIXTURES


def test_progress_names_the_rows_read_and_reaches_the_end():
    steps: list[tuple[str, float]] = []
    files = [
        (p.name, p.read_bytes())
        for p in (FIXTURES / "formats" / "acled.csv", FIXTURES / "formats" / "cir.csv")
    ]
    import_files(files, progress=lambda message, fraction: steps.append((message, fraction)))
    fractions = [f for _, f in steps]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert "acled.csv: 6 rows read; mapping the columns" in [m for m, _ in steps]
    assert steps[-1][0] == "cir.csv: 5 rows read; 5 loaded"


def _steps_of_the_child(tmp_path, name: str, content: bytes) -> list[tuple[dict, float]]:
    """The progress steps the child process reports, as the page reads them (JSON lines)."""
    import json
    import subprocess
    import sys
    from dataclasses import asdict

    from data.importers.background import ROOT

    (tmp_path / "0.bin").write_bytes(content)
    spec = {
        "names": [name],
        "paths": [str(tmp_path / "0.bin")],
        "format": None,
        "limits": asdict(Limits()),
        "cache_dir": str(tmp_path / "cache"),
    }
    (tmp_path / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "data.importers.background", str(tmp_path / "spec.json")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    reports = [json.loads(line) for line in out.splitlines()]
    return [(r["step"], r["fraction"]) for r in reports if "step" in r]


def test_the_bar_moves_while_a_big_csv_is_read(tmp_path):
    """The reading step reports the bytes read as the parser goes, not only when it is done."""
    content = events_to_csv(make_synthetic_events(20_000, seed=4))
    assert len(content) > 5 * 2**20
    steps = _steps_of_the_child(tmp_path, "big.csv", content)
    codes = [step["code"] for step, _ in steps]
    reading = [(step["params"], f) for step, f in steps if step["code"] == "step_reading_bytes"]
    assert len(reading) >= 4, codes
    assert codes.index("step_reading") < codes.index("step_reading_bytes") < codes.index("step_mapping")
    fractions = [f for _, f in steps]
    assert fractions == sorted(fractions) and 0 < reading[0][1] < reading[-1][1] < 0.4
    done = [params["done_bytes"] for params, _ in reading]
    assert done == sorted(done) and all(p["size_bytes"] == len(content) for p, _ in reading)
    assert reading[-1][1] == pytest.approx(0.4 * done[-1] / len(content))


def test_the_record_by_record_reader_reports_rows(monkeypatch):
    """A cell spanning lines sends the file to the csv module's reader: it counts rows as it goes."""
    from data.importers import reading

    monkeypatch.setattr(reading, "CAREFUL_REPORT_ROWS", 500)
    content = events_to_csv(make_synthetic_events(2_000, seed=4))
    head, first, rest = content.split(b"\n", 2)
    content = head + b"\n" + first.replace(b"SYNTHETIC", b'"SYN\nTHETIC"', 1) + b"\n" + rest
    steps: list[tuple[str, float]] = []
    batch = import_files([("multi.csv", content)], progress=lambda m, f: steps.append((m, f)))
    assert batch.results[0].rows_loaded == 2_000
    rows = [(m, f) for m, f in steps if m.problem.code == "step_reading_rows"]
    assert [m for m, _ in rows] == [f"multi.csv: reading, {n:,} rows so far" for n in (500, 1000, 1500, 2000)]
    fractions = [f for _, f in rows]
    assert (
        fractions == sorted(fractions) and 0 < fractions[0] and fractions[-1] <= 0.4 * reading.CAREFUL_SHARE
    )


def test_a_failing_progress_report_is_raised_not_read_as_an_unreadable_file():
    # An error inside pyarrow's read would send the file to the slow reader without a word.
    content = events_to_csv(make_synthetic_events(8_000, seed=4))

    def broken(message, fraction):
        if message.problem.code == "step_reading_bytes":
            raise BrokenPipeError("the page went away")

    with pytest.raises(BrokenPipeError):
        import_files([("big.csv", content)], progress=broken)


def test_a_child_import_writes_the_cache_the_server_reads_back(tmp_path):
    content = events_to_csv(make_synthetic_events(3_000, seed=4))
    files = [("big.csv", content), ("notes.csv", b"title,body\nhello,world\n")]
    job = ImportJob(files, None, Limits(), tmp_path / "cache")
    assert job.wait(120)
    assert not job.cancelled
    message, fraction = job.status()
    assert fraction == 1.0 and "rows read" in message
    assert list(job.errors) == ["notes.csv"] and "do not match any format" in job.errors["notes.csv"]
    cached = list((tmp_path / "cache").iterdir())
    assert cached, "the child wrote nothing to the cache"
    started = time.perf_counter()
    batch = import_files([files[0]], None, Limits(), tmp_path / "cache")
    assert time.perf_counter() - started < 10
    assert batch.results[0].rows_loaded == 3_000
    direct = import_files([files[0]], None, Limits())
    assert events_to_csv(batch.events) == events_to_csv(direct.events)


def test_cancel_stops_the_child_and_caches_nothing(tmp_path):
    content = events_to_csv(make_synthetic_events(60_000, seed=4))
    job = ImportJob([("big.csv", content)], None, Limits(), tmp_path / "cache")
    job.cancel()
    assert job.done and job.cancelled
    assert job._process.returncode is not None and job._process.returncode != 0
    assert job.errors == {}  # cancelled, not failed
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").iterdir())
    assert not job._folder.exists()  # the uploaded bytes are not left on disk


def test_a_child_that_dies_is_an_error_for_its_files_not_for_the_server(tmp_path):
    # Killed from outside, as the kernel's out-of-memory killer would: only the child is lost.
    job = ImportJob([("x.csv", b"event_id\nE1\n")], None, Limits(), tmp_path / "cache")
    job._process.kill()
    assert job.wait(30)
    assert "stopped before it finished" in job.errors["x.csv"]


def test_one_job_per_content_key_shared_and_cancelled_by_key(tmp_path):
    jobs = ImportJobs(remember=2)
    files = [("a.csv", events_to_csv(make_synthetic_events(50, seed=1)))]
    first = jobs.start_or_get("k", files, None, Limits(), tmp_path)
    assert jobs.start_or_get("k", files, None, Limits(), tmp_path) is first  # a rerun finds it
    assert first.wait(120)
    assert jobs.finish("k", first) == {} and jobs.finished("k") == {} and jobs.get("k") is None
    for key in ("x", "y"):
        jobs.finish(key, first)
    assert jobs.finished("k") is None  # only the last two are remembered
    second = jobs.start_or_get("z", files, None, Limits(), tmp_path)
    jobs.cancel("z")
    assert second.cancelled and jobs.get("z") is None


@pytest.mark.parametrize("fraction", [-1.0, 2.0])
def test_status_is_clamped(tmp_path, fraction):
    job = ImportJob([("a.csv", b"event_id\nE1\n")], None, Limits(), tmp_path)
    job.wait(60)
    job.fraction = fraction
    assert 0.0 <= job.status()[1] <= 1.0
