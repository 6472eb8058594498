"""Strike Map at the scale of a real conflict: timings, sizes and memory, one JSON line each.

Run from the repository root::

    python benchmarks/run.py                      # 1,000 / 10,000 / 100,000 / 250,000 events
    python benchmarks/run.py --sizes 10000 --repeat 5
    python benchmarks/run.py --quick              # a few hundred events, no browser (used by the tests)
    python benchmarks/run.py --update-docs        # also rewrite the table in docs/benchmarks.md
    python benchmarks/run.py --only foreign       # only import_foreign (the UCDP file and its read floor)
    python benchmarks/run.py --only duplicates    # only flag_duplicates (100,000 + 100,000 events)

Every measurement prints ONE JSON line on stdout with the median of ``--repeat``
runs (and the runs themselves), the number of events and the machine it ran on.
Progress goes to stderr.  The events are SYNTHETIC (``data.synthetic``): invented,
labelled as such, spread over real Ukrainian places and dates.

Measurements (``measurement`` key):

``load_csv_cold``       parse and validate the canonical CSV (``data.events_io.load_events``)
``load_cache_warm``     the same table from the parquet cache (``data.cache.load_events_cached``)
``load_app_import``     the page's own path for ``--data`` (``data.importers.import_files``)
``filter_aggregates``   a typical filter plus every figure, chart table and the display table
``map_build_render``    ``geo.event_map.build_event_map`` on all events and its HTML
``map_naive``           one ``folium.CircleMarker`` with a ``Popup`` per event, rendered; ratio to ours
``page_rerun``          AppTest: the whole page after a filter change (first run reported beside it, and
                        the run that brings the rest once the map is drawn)
``peak_memory``         max resident memory of load + filter + aggregates + map in a fresh process
``import_foreign``      a 100,000-row UCDP GED file through the importer, beside read_csv of it
``flag_duplicates``     possible-duplicate flagging across two files of 100,000 events each (< 5 s)
``browser_*``           in Chromium against a real server (``benchmarks/browser.py``): first and
                        second visits until the events are drawn, when the sidebar's filters answer
                        on a second visit (``browser_controls_ready``), a filter change to the new map;
                        ``page_floor`` and ``server_peak_rss`` beside them
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, Path(__file__).resolve().parent):  # the project, and benchmarks/browser.py
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

DEFAULT_SIZES = (10_000, 250_000)
FOREIGN_ROWS = 100_000
DUPLICATE_ROWS = 100_000  # per file; two files
QUICK_SIZES = (300,)
NAIVE_MAX = 10_000  # the naive map takes ~1 ms per event; above this it is skipped
DOCS = ROOT / "docs" / "benchmarks.md"
TABLE_START, TABLE_END = "<!-- results:start -->", "<!-- results:end -->"

# The filter a user typically sets: two years, the two commonest weapons.
TYPICAL_FILTER = {"date_from": "2023-01-01", "date_to": "2024-12-31", "weapons": ["missile", "drone"]}

# --- machine and output ---------------------------------------------------------


def machine() -> dict[str, Any]:
    """Cores, memory, Python and the load when measured (the machine is shared)."""
    memory_gb = None
    try:
        memory_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "load_avg_1m": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
    }


def emit(record: dict[str, Any]) -> dict[str, Any]:
    """Print one measurement as a JSON line (with the machine) and return it."""
    line = {**record, "machine": machine(), "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    print(json.dumps(line, ensure_ascii=False), flush=True)
    return line


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def timed(function: Callable[[], Any], repeat: int, budget_s: float = 60.0) -> tuple[list[float], Any]:
    """Run ``function`` up to ``repeat`` times (fewer once ``budget_s`` is spent); times and last result."""
    runs: list[float] = []
    result = None
    spent = 0.0
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        result = function()
        runs.append(time.perf_counter() - start)
        spent += runs[-1]
        if spent > budget_s:
            break
    return runs, result


def summary(runs: list[float]) -> dict[str, Any]:
    return {"median_s": round(statistics.median(runs), 4), "runs_s": [round(r, 4) for r in runs]}


# --- data -------------------------------------------------------------------------


def make_events_file(count: int, folder: Path) -> Path:
    """A canonical CSV of ``count`` SYNTHETIC events (reused when already written)."""
    from data.events_io import events_to_csv
    from data.synthetic import make_synthetic_events

    path = folder / f"synthetic-{count}.csv"
    if not path.is_file():
        path.write_bytes(events_to_csv(make_synthetic_events(count, seed=6)))
    return path


def make_ucdp_file(rows: int, folder: Path) -> Path:
    """A UCDP GED-shaped CSV of ``rows`` INVENTED records (cp1252, month-first dates), reused when written.

    The columns and quirks of the real file (see ``tests/fixtures/formats/ucdp_ged.csv``)
    with invented values spread over the synthetic places: no UCDP data.
    """
    import numpy as np
    import pandas as pd

    from data.synthetic import make_synthetic_events

    path = folder / f"ucdp-{rows}.csv"
    if path.is_file():
        return path
    places = make_synthetic_events(min(rows, 20_000), seed=9)
    rng = np.random.default_rng(9)
    pick = rng.integers(0, len(places), rows)
    day = pd.Timestamp("2014-01-01") + pd.to_timedelta(rng.integers(0, 3650, rows), unit="D")
    dates = day.strftime("%-m/%-d/%Y 12:00:00 AM")
    best = rng.integers(0, 30, rows)
    table = pd.DataFrame(
        {
            "id": np.arange(1, rows + 1) + 800_000,
            "relid": [f"UKR-INV-{n}" for n in range(rows)],
            "year": day.year,
            "active_year": "TRUE",
            "code_status": "Clear",
            "type_of_violence": rng.integers(1, 4, rows),
            "conflict_name": "Government of Russia \u2013 Civilians (invented)",
            "side_a": "Government of Russia",
            "side_b": "Civilians",
            "number_of_sources": 1,
            "source_article": "Invented Wire (benchmark record)",
            "source_headline": "\u201cInvented headline\u201d",
            "where_prec": rng.integers(1, 5, rows),
            "where_coordinates": places[S_LOCATION].to_numpy(dtype=object)[pick],
            "adm_1": places[S_OBLAST].to_numpy(dtype=object)[pick],
            "adm_2": "",
            "latitude": places[S_LATITUDE].to_numpy(dtype=float, na_value=np.nan)[pick].round(4),
            "longitude": places[S_LONGITUDE].to_numpy(dtype=float, na_value=np.nan)[pick].round(4),
            "country": "Ukraine",
            "region": "Europe",
            "date_prec": rng.integers(1, 4, rows),
            "date_start": dates,
            "date_end": dates,
            "deaths_a": 0,
            "deaths_b": 0,
            "deaths_civilians": best,
            "deaths_unknown": 0,
            "best": best,
            "high": best + rng.integers(0, 5, rows),
            "low": best,
        }
    ).dropna(subset=["latitude"])
    # The real file is cp1252: names it cannot hold (combining accents in a few
    # transliterations) are written without the marks, as an exporter would.
    for column in ("where_coordinates", "adm_1"):
        table[column] = table[column].map(_cp1252_text)
    table.to_csv(path, index=False, encoding="cp1252")
    return path


S_LOCATION, S_OBLAST, S_LATITUDE, S_LONGITUDE = "location", "oblast", "latitude", "longitude"


def _cp1252_text(value: object) -> object:
    import unicodedata

    if not isinstance(value, str):
        return value
    text = "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))
    return text.encode("cp1252", errors="replace").decode("cp1252")


def page_importer() -> Callable[[Path], Any]:
    """The function the page imports a file with (one pipeline: the same for ``--data`` and uploads)."""
    import data.importers as importers

    if hasattr(importers, "import_path"):
        # No disk cache: the figure is a cold import (the page's cache would serve repeats).
        return lambda path: importers.import_path(path, cache_dir=None)
    return lambda path: importers.import_files([(path.name, path.read_bytes())])


def typical_filter():
    from data.filters import EventFilter

    return EventFilter(
        date_from=dt.date.fromisoformat(TYPICAL_FILTER["date_from"]),
        date_to=dt.date.fromisoformat(TYPICAL_FILTER["date_to"]),
        weapons=tuple(TYPICAL_FILTER["weapons"]),
    )


def filter_and_aggregate(events) -> dict[str, float]:
    """Apply the typical filter and compute everything the page derives from it; seconds per step."""
    import data.display as display
    from data import schema as S
    from data.aggregate import casualties_by, events_by_month, headline_figures, oblast_shading
    from data.filters import apply_filter, date_bounds, filter_options

    steps: dict[str, float] = {}

    def step(name: str, function: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        result = function()
        steps[name] = time.perf_counter() - start
        return result

    step("filter_options", lambda: (filter_options(events), date_bounds(events)))
    visible = step("apply_filter", lambda: apply_filter(events, typical_filter()))
    step("headline", lambda: headline_figures(visible))
    step(
        "charts",
        lambda: (
            [casualties_by(visible, key) for key in (S.LOCATION, S.OBLAST, S.WEAPON, S.TARGET)]
            + [events_by_month(visible)]
        ),
    )
    step("oblast_shading", lambda: oblast_shading(visible, S.KILLED))
    # What the page builds: its table shows the first rows (the downloads hold them all).
    shown = getattr(display, "shown_events_table", display.events_display_table)
    step("display_table", lambda: shown(visible))
    steps["visible_events"] = len(visible)
    return steps


def build_and_render(events) -> tuple[float, float, int]:
    """Our map: build seconds, render seconds, HTML bytes."""
    from geo.event_map import build_event_map

    start = time.perf_counter()
    event_map = build_event_map(events)
    built = time.perf_counter()
    html = event_map.get_root().render()
    return built - start, time.perf_counter() - built, len(html.encode("utf-8"))


def naive_build_and_render(events) -> tuple[float, float, int]:
    """The plain folium way: one CircleMarker with a Popup per event (same popup text as ours)."""
    import folium

    from data import schema as S
    from geo.event_map import event_popup_html

    start = time.perf_counter()
    event_map = folium.Map(location=[48.4, 31.2], zoom_start=6)
    located = events[events[S.LATITUDE].notna()]
    for event in located.to_dict("records"):
        folium.CircleMarker(
            location=[event[S.LATITUDE], event[S.LONGITUDE]],
            radius=6,
            popup=folium.Popup(event_popup_html(event), max_width=340),
        ).add_to(event_map)
    built = time.perf_counter()
    html = event_map.get_root().render()
    return built - start, time.perf_counter() - built, len(html.encode("utf-8"))


# --- workers (fresh processes) ---------------------------------------------------


def worker_memory(path: str) -> dict[str, Any]:
    """Load, filter, aggregate, build and render the map; report peak resident memory."""
    from data.events_io import load_events

    events = load_events(path)
    filter_and_aggregate(events)
    build_and_render(events)
    return {"peak_rss_mb": peak_rss_mb()}


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB.

    ``VmHWM`` belongs to the process image, while ``ru_maxrss`` survives ``exec``
    and would report the forking parent's size for a fresh worker.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # kB on Linux


def worker_page(path: str, repeat: int) -> dict[str, Any]:
    """AppTest of the page on ``path``: first run, then reruns after filter changes."""
    # AppTest cannot pass script arguments: the page reads --data from sys.argv.
    sys.argv = ["app.py", "--data", path]
    os.environ["STRIKE_MAP_DATA"] = path
    from streamlit.testing.v1 import AppTest

    page = AppTest.from_file(str(ROOT / "app.py"), default_timeout=900)
    start = time.perf_counter()
    page.run()
    first = time.perf_counter() - start
    if page.exception:
        return {"error": str(page.exception[0].message)[:500], "first_run_s": round(first, 3)}
    timings = {"first_run_s": round(first, 3)}
    if not any(widget.key == "weapon" for widget in page.multiselect):
        # A visit's first run sends the map alone (components/pacing.py); the sidebar and the
        # rest follow when the browser reports the map drawn. AppTest has no browser: say so.
        from components.pacing import READY_KEY

        page.session_state[READY_KEY] = True
        start = time.perf_counter()
        page.run()
        timings["rest_run_s"] = round(time.perf_counter() - start, 3)
        if page.exception:
            return {"error": str(page.exception[0].message)[:500], **timings}
    choices = [["missile"], ["drone"], ["missile", "drone"], ["artillery"]]
    reruns = []
    for number in range(max(1, repeat)):
        page.multiselect(key="weapon").set_value(choices[number % len(choices)])
        start = time.perf_counter()
        page.run()
        reruns.append(time.perf_counter() - start)
        if page.exception:
            return {"error": str(page.exception[0].message)[:500], **timings}
    return {**timings, "reruns": reruns, "peak_rss_mb": peak_rss_mb()}


def run_worker(kind: str, path: Path, repeat: int, timeout: float = 1800) -> dict[str, Any]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        kind,
        str(path),
        "--repeat",
        str(repeat),
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    for line in reversed(done.stdout.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    return {"error": f"worker exited with {done.returncode}: {done.stderr[-800:]}"}


# --- the run ---------------------------------------------------------------------------


def measure_size(count: int, folder: Path, args: argparse.Namespace) -> list[dict[str, Any]]:
    from data.cache import load_events_cached
    from data.events_io import load_events

    lines: list[dict[str, Any]] = []
    repeat = args.repeat
    path = make_events_file(count, folder)
    base = {"events": count, "file_bytes": path.stat().st_size}

    import pandas as pd

    log(f"{count:,} events: floor D, pandas.read_csv")
    runs, _ = timed(lambda: pd.read_csv(path), repeat)
    floor_d = statistics.median(runs)
    lines.append(emit({"measurement": "floor_read_csv", **base, **summary(runs)}))

    if "browser" not in args.skip:
        lines += measure_browser(path, base, repeat, args.floor_p, floor_d)

    log(f"{count:,} events: cold CSV load")
    runs, events = timed(lambda: load_events(path), repeat)
    lines.append(emit({"measurement": "load_csv_cold", **base, **summary(runs)}))

    cache_dir = folder / "cache"
    load_events_cached(path, cache_dir)  # prime
    runs, _ = timed(lambda: load_events_cached(path, cache_dir), repeat)
    lines.append(emit({"measurement": "load_cache_warm", **base, **summary(runs)}))

    if "app_import" not in args.skip:
        log(f"{count:,} events: the page's importer")
        runs, batch = timed(lambda: page_importer()(path), repeat, budget_s=60)
        loaded = len(batch.events)
        lines.append(emit({"measurement": "load_app_import", **base, "loaded": loaded, **summary(runs)}))

    log(f"{count:,} events: filter and aggregates")
    steps_runs = [filter_and_aggregate(events) for _ in range(max(1, repeat))]
    totals = [sum(v for k, v in s.items() if k != "visible_events") for s in steps_runs]
    steps = {
        k: round(statistics.median(s[k] for s in steps_runs), 4)
        for k in steps_runs[0]
        if k != "visible_events"
    }
    lines.append(
        emit(
            {
                "measurement": "filter_aggregates",
                **base,
                "visible_events": steps_runs[0]["visible_events"],
                "filter": TYPICAL_FILTER,
                **summary(totals),
                "steps_median_s": steps,
            }
        )
    )

    log(f"{count:,} events: our map")
    ours = [build_and_render(events) for _ in range(max(1, repeat))]
    ours_total = statistics.median(b + r for b, r, _ in ours)
    lines.append(
        emit(
            {
                "measurement": "map_build_render",
                **base,
                **summary([b + r for b, r, _ in ours]),
                "build_median_s": round(statistics.median(b for b, _, _ in ours), 4),
                "render_median_s": round(statistics.median(r for _, r, _ in ours), 4),
                "html_bytes": ours[-1][2],
            }
        )
    )

    if count <= args.naive_max and "naive" not in args.skip:
        log(f"{count:,} events: the naive folium map")
        naive = [naive_build_and_render(events) for _ in range(max(1, min(repeat, 3)))]
        naive_total = statistics.median(b + r for b, r, _ in naive)
        lines.append(
            emit(
                {
                    "measurement": "map_naive",
                    **base,
                    **summary([b + r for b, r, _ in naive]),
                    "build_median_s": round(statistics.median(b for b, _, _ in naive), 4),
                    "render_median_s": round(statistics.median(r for _, r, _ in naive), 4),
                    "html_bytes": naive[-1][2],
                    "ours_median_s": round(ours_total, 4),
                    "ratio_naive_to_ours": round(naive_total / ours_total, 1),
                }
            )
        )
    del events

    if "memory" not in args.skip:
        log(f"{count:,} events: peak memory (fresh process)")
        result = run_worker("memory", path, 1)
        lines.append(emit({"measurement": "peak_memory", **base, **result}))

    if "page" not in args.skip:
        log(f"{count:,} events: AppTest page run (fresh process)")
        result = run_worker("page", path, repeat)
        record = {"measurement": "page_rerun", **base, "change": "weapon filter"}
        if "reruns" in result:
            record |= summary(result.pop("reruns"))
        lines.append(emit(record | result))
    return lines


def floor_beside(visits: list[float], floors: list[float]) -> dict[str, Any]:
    """The floor visits paired with ``visits`` and the median of the per-pair ratios."""
    if not floors or len(floors) != len(visits):
        return {}
    ratios = [visit / floor for visit, floor in zip(visits, floors, strict=True) if floor > 0]
    return {
        "floor_beside_runs_s": [round(floor, 4) for floor in floors],
        "ratio_to_floor_beside": round(statistics.median(ratios), 3) if ratios else None,
    }


# Below this many events the browser measurement changes the filter once (see measure_browser).
SMALL_TABLE = 1_000


def measure_browser(path: Path, base: dict, repeat: int, floor_p: float | None, floor_d: float) -> list[dict]:
    """The page as users get it, in Chromium, beside the floors P and D (see the module docstring)."""
    import browser

    lines: list[dict[str, Any]] = []
    count = base["events"]
    targets = {"page_floor_s": floor_p, "read_csv_floor_s": round(floor_d, 4)}
    log(f"{count:,} events: Chromium, {repeat} fresh servers")
    try:
        result = browser.measure_app(
            path,
            repeat,
            log=log,
            screenshot=ROOT / "benchmarks" / "out" / f"page-{count}.png",
            # A handful of events (the embedded report's size): the first step of the minimum
            # leaves 3 of 6 synthetic events, the next ones the same 3, and the map is not redrawn.
            filter_changes=repeat if count >= SMALL_TABLE else 1,
        )
    except Exception as err:  # noqa: BLE001 - a missing browser must not lose the other figures
        return [emit({"measurement": "browser_first_visit", **base, "error": f"{type(err).__name__}: {err}"})]
    first = result["first"]
    lines.append(
        emit(
            {
                "measurement": "browser_first_visit",
                **base,
                **summary(first),
                # When the harness noticed the layer (see PAINT_WATCH in benchmarks/browser.py).
                "noticed_runs_s": result.get("noticed", {}).get("first"),
                **targets,
                "target_s": round(2 * floor_p + 3 * floor_d, 3) if floor_p else None,
            }
        )
    )
    lines.append(
        emit(
            {
                "measurement": "browser_second_visit",
                **base,
                **summary(result["second"]),
                "noticed_runs_s": result.get("noticed", {}).get("second"),
                **targets,
                "target_s": round(1.5 * floor_p, 3) if floor_p else None,
                # The floor page visited just before each second visit (benchmarks/browser.py):
                # the same ratio against a floor of the same minute.
                **floor_beside(result["second"], result.get("floor_beside") or []),
            }
        )
    )
    if result.get("controls_ready"):
        lines.append(
            emit(
                {
                    "measurement": "browser_controls_ready",
                    **base,
                    **summary(result["controls_ready"]),
                    # No target: how long after the map a reader waits for the filters.
                    "after_map_median_s": round(
                        statistics.median(c - s for c, s in zip(result["controls_ready"], result["second"])),
                        4,
                    ),
                }
            )
        )
    lines.append(
        emit(
            {
                "measurement": "browser_filter_change",
                **base,
                **summary(result["filter_change"]),
                "target_s": 1.0,
            }
        )
    )
    peaks = result["peak_rss_mb"]
    lines.append(
        emit(
            {
                "measurement": "server_peak_rss",
                **base,
                "peak_rss_mb": max(peaks) if peaks else None,
                "runs_mb": peaks,
                "target_mb": 1000,
            }
        )
    )
    return lines


def measure_foreign(folder: Path, repeat: int, rows: int = FOREIGN_ROWS) -> list[dict]:
    """A 100,000-row UCDP GED file through the page's importer, beside pandas.read_csv of it."""
    import pandas as pd

    path = make_ucdp_file(rows, folder)
    base = {"events": rows, "file_bytes": path.stat().st_size, "format": "ucdp"}
    log(f"{rows:,} UCDP rows: read floor and the importer")
    floor, _ = timed(lambda: pd.read_csv(path, encoding="cp1252"), repeat)
    runs, batch = timed(lambda: page_importer()(path), repeat, budget_s=120)
    ratio = statistics.median(runs) / statistics.median(floor)
    return [
        emit(
            {
                "measurement": "import_foreign",
                **base,
                "loaded": len(batch.events),
                **summary(runs),
                "floor_read_csv_s": round(statistics.median(floor), 4),
                "ratio_to_floor": round(ratio, 2),
                "target_ratio": 3.0,
            }
        )
    ]


def measure_duplicates(repeat: int, rows: int = DUPLICATE_ROWS) -> list[dict]:
    """Possible-duplicate flagging across two files of ``rows`` synthetic events each.

    What an import of two files does after reading them (``data.importers.duplicates``):
    the files draw on the same places and dates, so thousands of pairs are found.
    """
    from data import schema as S
    from data.importers.duplicates import flag_possible_duplicates
    from data.synthetic import make_synthetic_events

    first = make_synthetic_events(rows, seed=1)
    second = make_synthetic_events(rows, seed=2)
    second[S.EVENT_ID] = ("second-" + second[S.EVENT_ID].astype(str)).astype("string")
    log(f"{rows:,} + {rows:,} events: possible-duplicate flagging")
    runs, flagged = timed(lambda: flag_possible_duplicates([first, second]), repeat, budget_s=120)
    return [
        emit(
            {
                "measurement": "flag_duplicates",
                "events": 2 * rows,
                "files": 2,
                "flagged": int(sum(table[S.POSSIBLE_DUPLICATES].notna().sum() for table in flagged)),
                **summary(runs),
                "target_s": 5.0,
            }
        )
    ]


def markdown_table(lines: list[dict[str, Any]]) -> str:
    """The results as the Markdown table in docs/benchmarks.md."""
    floor = next((line for line in lines if line["measurement"] == "page_floor"), None)
    foreign = next((line for line in lines if line["measurement"] == "import_foreign"), None)
    duplicates = next((line for line in lines if line["measurement"] == "flag_duplicates"), None)
    lines = [
        line
        for line in lines
        if line["measurement"] not in ("page_floor", "import_foreign", "flag_duplicates")
    ]
    sizes = sorted({line["events"] for line in lines})
    by = {(line["measurement"], line["events"]): line for line in lines}

    def cell(name: str, count: int, render: Callable[[dict], str]) -> str:
        line = by.get((name, count))
        if line is None:
            return "–"
        if "error" in line:
            return "error"
        try:
            return render(line)
        except (KeyError, TypeError):
            return "–"

    def seconds(key: str = "median_s") -> Callable[[dict], str]:
        return lambda line: f"{line[key]:.2f} s"

    rows = [
        ("Cold load + validate (CSV)", "load_csv_cold", seconds()),
        ("Warm load (parquet cache)", "load_cache_warm", seconds()),
        ("Page's importer (`--data` today)", "load_app_import", seconds()),
        ("Typical filter + all aggregates", "filter_aggregates", seconds()),
        ("Map build + render (ours)", "map_build_render", seconds()),
        ("Map HTML (ours)", "map_build_render", lambda line: f"{line['html_bytes'] / 1e6:.1f} MB"),
        ("Map build + render (naive folium)", "map_naive", seconds()),
        ("Naive HTML", "map_naive", lambda line: f"{line['html_bytes'] / 1e6:.1f} MB"),
        ("Naive ÷ ours", "map_naive", lambda line: f"{line['ratio_naive_to_ours']:.0f}×"),
        ("AppTest rerun after a filter change", "page_rerun", seconds()),
        (
            "AppTest first run (incl. import; the map-first run)",
            "page_rerun",
            seconds("first_run_s"),
        ),
        ("AppTest run that brings the rest after the map", "page_rerun", seconds("rest_run_s")),
        ("Peak memory: load + aggregates + map", "peak_memory", lambda line: f"{line['peak_rss_mb']:.0f} MB"),
        ("Peak memory: whole page (AppTest)", "page_rerun", lambda line: f"{line['peak_rss_mb']:.0f} MB"),
        ("Floor D: pandas.read_csv of the file", "floor_read_csv", seconds()),
        ("Chromium: first visit, fresh server (≤ 2P + 3D)", "browser_first_visit", seconds()),
        ("Chromium: second visit (≤ 1.5P)", "browser_second_visit", seconds()),
        (
            "Second visit ÷ the floor page visited just before it",
            "browser_second_visit",
            lambda line: f"{line['ratio_to_floor_beside']:.2f}",
        ),
        ("Second visit: the sidebar's filters answer (no target)", "browser_controls_ready", seconds()),
        ("Chromium: filter change to new map (< 1 s)", "browser_filter_change", seconds()),
        (
            "Server peak memory over those (< 1,000 MB)",
            "server_peak_rss",
            lambda line: f"{line['peak_rss_mb']:.0f} MB",
        ),
    ]
    header = "| measurement (median) | " + " | ".join(f"{s:,} events" for s in sizes) + " |"
    rule = "| --- |" + " --- |" * len(sizes)
    body = [
        f"| {label} | " + " | ".join(cell(name, s, render) for s in sizes) + " |"
        for label, name, render in rows
    ]
    first = lines[0]["machine"]
    loads = [
        line["machine"]["load_avg_1m"] for line in lines if line["machine"].get("load_avg_1m") is not None
    ]
    note = (
        f"Machine: {first['cores']} cores ({first['cpu']}), {first['memory_gb']} GB RAM, "
        f"Python {first['python']}, {first['platform']}; 1-minute load average "
        f"{min(loads, default=0):.1f}–{max(loads, default=0):.1f} during the run (shared machine). "
        f"Run {lines[-1]['at'][:10]}."
    )
    extra = []
    if floor is not None and "median_s" in floor:
        extra.append(
            f"Page floor P (a one-line Streamlit page in the same browser): {floor['median_s']:.2f} s."
        )
    if foreign is not None and "median_s" in foreign:
        extra.append(
            f"Importer on {foreign['events']:,} UCDP GED rows: {foreign['median_s']:.2f} s, "
            f"{foreign['ratio_to_floor']:.1f}x its read floor ({foreign['floor_read_csv_s']:.2f} s; target ≤ 3x)."
        )
    if duplicates is not None and "median_s" in duplicates:
        half = duplicates["events"] // 2
        extra.append(
            f"Possible duplicates flagged across two files of {half:,} events each: "
            f"{duplicates['median_s']:.2f} s ({duplicates['flagged']:,} events flagged; target < 5 s)."
        )
    return "\n".join([header, rule, *body, "", *extra, note])


def update_docs(table: str, docs: Path = DOCS) -> None:
    text = docs.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(TABLE_START) + r".*?" + re.escape(TABLE_END), re.DOTALL)
    if not pattern.search(text):
        raise SystemExit(f"{docs} has no {TABLE_START} ... {TABLE_END} section to replace")
    docs.write_text(pattern.sub(lambda _: f"{TABLE_START}\n{table}\n{TABLE_END}", text), encoding="utf-8")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", help="comma-separated event counts (default 10000,250000)")
    parser.add_argument("--events", type=int, help="one size only (same as --sizes N)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; medians are reported")
    parser.add_argument("--quick", action="store_true", help="300 events, 1 run, no browser (for tests)")
    parser.add_argument(
        "--skip",
        default="",
        help="comma-separated: app_import, naive, memory, page, browser, foreign, duplicates",
    )
    parser.add_argument(
        "--only",
        choices=["foreign", "duplicates"],
        help="run only this measurement: foreign (import_foreign, with its own read floor) or duplicates "
        "(flag_duplicates); no browser",
    )
    parser.add_argument(
        "--foreign-rows",
        type=int,
        default=FOREIGN_ROWS,
        help=f"rows of the UCDP file for import_foreign (default {FOREIGN_ROWS:,})",
    )
    parser.add_argument(
        "--duplicate-rows",
        type=int,
        default=DUPLICATE_ROWS,
        help=f"events per file for flag_duplicates (default {DUPLICATE_ROWS:,}, two files)",
    )
    parser.add_argument("--naive-max", type=int, default=NAIVE_MAX, help="largest size for the naive map")
    parser.add_argument(
        "--browser-size", type=int, help="events for the Chromium measurement (default: the largest size)"
    )
    parser.add_argument("--workdir", type=Path, help="where the synthetic files go (default: a temp folder)")
    parser.add_argument("--update-docs", action="store_true", help=f"rewrite the table in {DOCS.name}")
    parser.add_argument(
        "--table-from",
        nargs="+",
        type=Path,
        metavar="JSONL",
        help="only build the table from saved JSON lines (later lines win)",
    )
    parser.add_argument("--worker", nargs=2, metavar=("KIND", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.only and (args.update_docs or args.sizes or args.events or args.quick):
        # The docs' table needs every measurement: a partial run must not replace it.
        parser.error("--only runs one measurement: not with --update-docs, --sizes, --events or --quick")
    if args.only and args.only in {s.strip() for s in args.skip.split(",")}:
        parser.error(f"--only {args.only} and --skip {args.only} leave nothing to run")
    if args.events:
        args.sizes = str(args.events)
    if args.quick:
        args.sizes = args.sizes or ",".join(map(str, QUICK_SIZES))
        args.repeat = 1
        args.skip = ",".join(filter(None, [args.skip, "browser", "foreign", "duplicates"]))
    args.sizes = [
        int(s.replace("_", "")) for s in (args.sizes or ",".join(map(str, DEFAULT_SIZES))).split(",")
    ]
    args.skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    if args.only:
        # No event sizes, no browser: that one measurement (with its own floor, if it has one).
        args.sizes = []
        args.skip |= {"browser", "foreign", "duplicates"} - {args.only}
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        kind, path = args.worker
        result = worker_memory(path) if kind == "memory" else worker_page(path, args.repeat)
        print(json.dumps(result), flush=True)
        return 0

    if args.table_from:
        saved: dict[tuple[str, int], dict[str, Any]] = {}
        for source in args.table_from:
            for text in source.read_text(encoding="utf-8").splitlines():
                if text.startswith("{"):
                    line = json.loads(text)
                    saved[(line["measurement"], line["events"])] = line
        table = markdown_table(list(saved.values()))
        print(table)
        if args.update_docs:
            update_docs(table)
        return 0

    with tempfile.TemporaryDirectory(prefix="strike-map-bench-") as temporary:
        folder = args.workdir or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        lines: list[dict[str, Any]] = []
        args.floor_p = None
        if "browser" not in args.skip:
            log("page floor P: a one-line Streamlit page in Chromium")
            import browser

            try:
                runs = browser.measure_floor(max(3, args.repeat))
                args.floor_p = round(statistics.median(runs), 4)
                lines.append(emit({"measurement": "page_floor", "events": 0, **summary(runs)}))
            except Exception as err:  # noqa: BLE001 - say why, keep the in-process figures
                lines.append(
                    emit({"measurement": "page_floor", "events": 0, "error": f"{type(err).__name__}: {err}"})
                )
                args.skip.add("browser")
        for count in args.sizes:
            lines += measure_size(count, folder, args)
        if "foreign" not in args.skip:
            lines += measure_foreign(folder, args.repeat, args.foreign_rows)
        if "duplicates" not in args.skip:
            lines += measure_duplicates(args.repeat, args.duplicate_rows)
    if args.only:
        return 0  # one measurement: its JSON line is the output (the docs' table needs them all)
    table = markdown_table(lines)
    print(table, file=sys.stderr)
    if args.update_docs:
        update_docs(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
