"""The benchmark script keeps working: a quick run prints one JSON line per measurement.

No timing is asserted here: the figures belong in docs/benchmarks.md, not in tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "run.py"

sys.path.insert(0, str(ROOT / "benchmarks"))
import run as bench  # noqa: E402

EXPECTED = {
    "floor_read_csv": {"median_s", "runs_s"},
    "load_csv_cold": {"median_s", "runs_s"},
    "load_cache_warm": {"median_s", "runs_s"},
    "load_app_import": {"median_s", "runs_s", "loaded"},
    "filter_aggregates": {"median_s", "runs_s", "visible_events", "steps_median_s", "filter"},
    "map_build_render": {"median_s", "build_median_s", "render_median_s", "html_bytes"},
    "map_naive": {"median_s", "html_bytes", "ours_median_s", "ratio_naive_to_ours"},
    "peak_memory": {"peak_rss_mb"},
    "page_rerun": {"median_s", "runs_s", "first_run_s", "peak_rss_mb"},
}
MACHINE = {"cores", "memory_gb", "python", "cpu", "platform", "load_avg_1m"}


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory) -> list[dict]:
    workdir = tmp_path_factory.mktemp("bench")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--sizes", "120", "--workdir", str(workdir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert lines, done.stderr[-3000:]
    return lines


def test_every_line_is_one_json_measurement_with_the_machine(quick_run):
    for line in quick_run:
        assert line["events"] == 120
        assert MACHINE <= set(line["machine"]), line
        assert "error" not in line, line


@pytest.mark.parametrize("measurement", sorted(EXPECTED))
def test_each_measurement_is_printed_with_its_keys(quick_run, measurement):
    found = [line for line in quick_run if line["measurement"] == measurement]
    assert len(found) == 1, [line["measurement"] for line in quick_run]
    assert EXPECTED[measurement] <= set(found[0]), found[0]


def test_quick_mode_leaves_the_browser_out(quick_run):
    assert not {"browser_first_visit", "page_floor", "import_foreign"} & {
        line["measurement"] for line in quick_run
    }


def test_the_events_are_labelled_synthetic(tmp_path):
    path = bench.make_events_file(30, tmp_path)
    text = path.read_text(encoding="utf-8")
    assert text.count("SYNTHETIC TEST DATA") == 30


def test_arguments():
    args = bench.parse_args(["--sizes", "1_000,250000", "--repeat", "5", "--skip", "naive,page"])
    assert args.sizes == [1_000, 250_000]
    assert args.repeat == 5
    assert args.skip == {"naive", "page"}
    assert bench.parse_args([]).sizes == list(bench.DEFAULT_SIZES)
    quick = bench.parse_args(["--quick"])
    assert quick.repeat == 1 and "browser" in quick.skip


def test_the_table_replaces_only_its_section(quick_run, tmp_path):
    table = bench.markdown_table(quick_run)
    assert "| Cold load + validate (CSV) |" in table and "120 events" in table
    assert "Machine: " in table
    docs = tmp_path / "benchmarks.md"
    docs.write_text(
        f"# Title\n\nbefore\n{bench.TABLE_START}\nPREVIOUS TABLE\n{bench.TABLE_END}\nafter\n",
        encoding="utf-8",
    )
    bench.update_docs(table, docs)
    text = docs.read_text(encoding="utf-8")
    assert "PREVIOUS TABLE" not in text and table in text
    assert text.startswith("# Title\n\nbefore\n") and text.endswith("after\n")


def test_the_foreign_file_is_invented_ucdp_that_the_importer_reads_whole(tmp_path):
    path = bench.make_ucdp_file(200, tmp_path)
    raw = path.read_bytes()
    assert b"invented" in raw and "\u2013".encode("cp1252") in raw  # cp1252, like the real file
    batch = bench.page_importer()(path)
    summary = batch.summary()
    assert summary["rows_in"] == 200 == summary["rows_loaded"] + summary["rows_rejected"]
    assert summary["rows_loaded"] == 200, summary


def _only(*args: str) -> list[dict]:
    """The JSON lines of ``benchmarks/run.py --only ... --repeat 1`` run as a user would."""
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--only", *args, "--repeat", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def test_only_foreign_runs_the_ucdp_import_alone(tmp_path):
    lines = _only("foreign", "--foreign-rows", "150", "--workdir", str(tmp_path))
    assert [line["measurement"] for line in lines] == ["import_foreign"]
    (line,) = lines
    assert line["events"] == 150 == line["loaded"] and line["format"] == "ucdp"
    assert {"median_s", "runs_s", "floor_read_csv_s", "ratio_to_floor", "target_ratio"} <= set(line)
    assert MACHINE <= set(line["machine"])


def test_only_duplicates_flags_two_files_alone():
    lines = _only("duplicates", "--duplicate-rows", "3000")
    assert [line["measurement"] for line in lines] == ["flag_duplicates"]
    (line,) = lines
    assert line["events"] == 6000 and line["files"] == 2 and line["target_s"] == 5.0
    assert 0 < line["flagged"] < 6000  # the two invented files share places and days
    assert {"median_s", "runs_s"} <= set(line) and MACHINE <= set(line["machine"])
    table = bench.markdown_table([*lines, {**lines[0], "measurement": "floor_read_csv", "events": 10}])
    assert "Possible duplicates flagged across two files of 3,000 events each" in table


def test_only_takes_no_sizes_nor_the_docs():
    args = bench.parse_args(["--only", "foreign"])
    assert args.sizes == [] and "browser" in args.skip and args.foreign_rows == bench.FOREIGN_ROWS
    assert "duplicates" in args.skip and "foreign" not in args.skip
    args = bench.parse_args(["--only", "duplicates"])
    assert args.sizes == [] and {"browser", "foreign"} <= args.skip and "duplicates" not in args.skip
    for clash in (["--update-docs"], ["--sizes", "1000"], ["--quick"], ["--skip", "foreign"]):
        with pytest.raises(SystemExit):
            bench.parse_args(["--only", "foreign", *clash])


def test_a_second_visit_is_also_compared_with_the_floor_visited_just_before_it():
    # Pairs in order; the ratio is the median of the pairs' ratios, not a ratio of medians.
    beside = bench.floor_beside([1.5, 1.2, 3.0], [1.0, 1.0, 1.5])
    assert beside == {"floor_beside_runs_s": [1.0, 1.0, 1.5], "ratio_to_floor_beside": 1.5}
    assert bench.floor_beside([1.4, 1.2], [1.0, 1.0])["ratio_to_floor_beside"] == 1.3
    # No pairs (an older harness, a failed floor visit): no claim.
    assert bench.floor_beside([1.5, 1.2], []) == {}
    assert bench.floor_beside([1.5, 1.2], [1.0]) == {}


def test_the_table_shows_the_ratio_to_the_floor_beside():
    line = {
        "measurement": "browser_second_visit",
        "events": 1000,
        "median_s": 1.4,
        "ratio_to_floor_beside": 1.43,
    }
    machine = {
        "cores": 2,
        "memory_gb": 8.0,
        "cpu": "x",
        "python": "3.11",
        "platform": "Linux",
        "load_avg_1m": 0.5,
    }
    table = bench.markdown_table([line | {"machine": machine, "at": "2026-11-29T00:00:00+00:00"}])
    assert "| Second visit ÷ the floor page visited just before it | 1.43 |" in table
    assert "| Chromium: second visit (≤ 1.5P) | 1.40 s |" in table


def test_when_the_filters_answer_is_printed_beside_the_second_visit(monkeypatch, tmp_path):
    import browser

    measured = {
        "first": [2.0, 2.2, 2.1],
        "second": [1.4, 1.5, 1.6],
        "noticed": {},
        "filter_change": [0.4],
        "peak_rss_mb": [400.0],
        "floor_beside": [1.0, 1.0, 1.0],
        "controls_ready": [3.4, 2.5, 4.6],
    }
    monkeypatch.setattr(browser, "measure_app", lambda *args, **kwargs: measured)
    lines = bench.measure_browser(tmp_path / "events.csv", {"events": 1000}, 3, 1.0, 0.01)
    ready = next(line for line in lines if line["measurement"] == "browser_controls_ready")
    assert ready["median_s"] == 3.4 and ready["runs_s"] == [3.4, 2.5, 4.6]
    assert ready["after_map_median_s"] == 2.0  # visit by visit: 2.0, 1.0, 3.0
    table = bench.markdown_table(lines)
    assert "| Second visit: the sidebar's filters answer (no target) | 3.40 s |" in table


def test_the_page_rerun_goes_past_the_map_first_run(tmp_path):
    # A visit's first run sends the map alone, with no filters to change (components/pacing.py,
    # in the worker's own process): the worker must bring the rest of the page as the browser would.
    path = bench.make_events_file(50, tmp_path)
    result = bench.run_worker("page", path, 1, timeout=600)
    assert "error" not in result, result
    assert {"first_run_s", "rest_run_s", "reruns", "peak_rss_mb"} <= set(result), result


@pytest.mark.parametrize(("events", "changes"), [(6, 1), (999, 1), (1_000, 5), (250_000, 5)])
def test_a_handful_of_events_gets_one_filter_change(monkeypatch, tmp_path, events, changes):
    # Each further step of the minimum leaves a tiny table's same events: the map is rightly not
    # redrawn, and a harness waiting for a new layer waited out its timeout (the whole size was lost).
    import browser

    asked = {}

    def measure_app(path, repeat, **kwargs):
        asked.update(kwargs, repeat=repeat)
        raise RuntimeError("stop here")

    monkeypatch.setattr(browser, "measure_app", measure_app)
    bench.measure_browser(tmp_path / "events.csv", {"events": events}, 5, 1.0, 0.01)
    assert asked["repeat"] == 5 and asked["filter_changes"] == changes
