"""Side by side in Chromium: our dashboard against a peer Streamlit dashboard, on the same files.

The peer is ``kesha001/Civ_Harm_Ukraine_Streamlit_Dashboard`` (Bellingcat's civilian-harm
TimeMap data drawn as deck.gl points through ``st.map``, plus two Plotly charts).  Its code
is never copied here: check it out anywhere outside this repository and install what it
imports that we do not need (into the same Python, not into our requirements)::

    git clone https://github.com/kesha001/Civ_Harm_Ukraine_Streamlit_Dashboard /tmp/peer-app
    pip install plotly pydeck contextily
    python benchmarks/peer.py --peer-dir /tmp/peer-app            # 1,167 / 10,000 / 50,000 records
    python benchmarks/peer.py --peer-dir /tmp/peer-app --sizes 1167 --repeat 5

For each size one Bellingcat ``api.json`` of INVENTED records (``data.synthetic`` events
in that shape) goes to both apps: the peer reads it from its hard-coded
``./data/ukr-civharm-2023-06-01.json`` in a scratch working directory, ours gets
``-- --data FILE``.  Apps take turns (peer, ours, peer, ours ...): a fresh server, the
first visit, then a second visit on the same server.  "Drawn" is, for ours, the event
layer in the map's frame (``browser.EVENT_LAYER_DRAWN``); for the peer, its deck.gl
canvas has painted the points (offline its basemap never loads, so any painted pixel on
that canvas is a point; checked: the canvas exists blank for seconds, then the points come).  Each server gets an empty ``HOME``: the peer caches its table
with ``st.cache_data(persist=True)`` under ``~/.streamlit``, keyed by the path alone, so
a shared home would hand it another size's table and make "first visit" a warm one.
Outside traffic is blocked for both.  One JSON line per measurement on stdout.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, Path(__file__).resolve().parent):  # the project, and benchmarks/*.py
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from browser import Browser, Server, visit_until_drawn  # noqa: E402
from run import machine  # noqa: E402

DEFAULT_SIZES = (1_167, 10_000, 50_000)  # 1,167: the size of the file the peer ships with
PEER_SCRIPT = Path("src") / "app.py"
PEER_DATA = Path("data") / "ukr-civharm-2023-06-01.json"
# Issue 9 found st.map drew no points offline without some Mapbox token; here (Streamlit 1.67,
# outside traffic blocked) it drew them either way. Kept as the issue measured it; it costs nothing.
PEER_ENV = {"STREAMLIT_MAPBOX_TOKEN": "placeholder-no-network"}
AREA_TYPES = {"civic": "Healthcare", "other": "Industrial"}  # the rest: our category, capitalised
# Enough painted pixels on the peer's deck.gl canvas (read at a quarter of its size) for points.
POINTS_PAINTED = """() => {
    const canvas = document.querySelector('[data-testid="stDeckGlJsonChart"] canvas#deckgl-overlay');
    if (!canvas || !canvas.width || !canvas.height) { return false; }
    const probe = document.createElement("canvas");
    probe.width = Math.ceil(canvas.width / 4);
    probe.height = Math.ceil(canvas.height / 4);
    const context = probe.getContext("2d");
    context.drawImage(canvas, 0, 0, probe.width, probe.height);
    const pixels = context.getImageData(0, 0, probe.width, probe.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) {
        if (pixels[i] > 0 && ++painted >= 20) { return true; }
    }
    return false;
}"""


def make_api_json(count: int, folder: Path, seed: int = 9) -> Path:
    """A Bellingcat TimeMap ``api.json`` of ``count`` INVENTED records (reused when written).

    Every record has a date, coordinates and both filters, as the published records do,
    so both apps can draw every one of them.
    """
    import numpy as np
    import pandas as pd

    from data import schema as S
    from data.synthetic import make_synthetic_events

    path = folder / f"invented-api-{count}.json"
    if path.is_file():
        return path
    events = make_synthetic_events(count, seed=seed)
    # TimeMap records always carry a day: give the synthetic undated ones an invented one.
    days = np.random.default_rng(seed).integers(0, 1000, size=count)
    filled = pd.Series(pd.Timestamp("2022-02-24") + pd.to_timedelta(days, unit="D"), index=events.index)
    dates = events[S.DATE].where(events[S.DATE].notna(), filled).dt.strftime("%m/%d/%Y")
    records = []
    columns = (S.LATITUDE, S.LONGITUDE, S.LOCATION, S.WEAPON, S.TARGET, S.KILLED, S.INJURED)
    rows = zip(dates, *(events[column] for column in columns))
    for i, (date, lat, lon, place, weapon, target, killed, injured) in enumerate(rows):
        counts = "" if pd.isna(killed) or pd.isna(injured) else f" {killed} x fatality {injured} x wounded"
        records.append(
            {
                "id": f"INV{i:06d}",
                "date": date,
                "latitude": f"{lat:.4f}",
                "longitude": f"{lon:.4f}",
                "location": place,
                "description": "INVENTED record for a benchmark, not a real attack." + counts,
                "sources": [
                    {"id": f"SRC{i:06d}", "path": f"https://example.org/invented/{i}", "description": "-"}
                ],
                "filters": [
                    {"key": "Type of area affected", "value": AREA_TYPES.get(target, target.capitalize())},
                    {"key": "Weapon System", "value": weapon.capitalize()},
                ],
            }
        )
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def peer_workdir(api_json: Path, folder: Path) -> Path:
    """A scratch working directory where the peer's hard-coded data path is ``api_json``."""
    workdir = folder / f"peer-{api_json.stem}"
    (workdir / PEER_DATA).parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(api_json, workdir / PEER_DATA)
    return workdir


# Timed in the page as ours is (benchmarks/browser.py, PAINT_WATCH): the first check,
# every 50 ms from the page's first script on, that finds the canvas showing the points.
PEER_WATCH = (
    """(() => {
    const painted = """
    + POINTS_PAINTED
    + """;
    const timer = setInterval(function () {
        try { if (painted()) { window.__smPeerAt = Date.now(); clearInterval(timer); } } catch (e) {}
    }, 50);
})();"""
)


def visit_peer(browser: Browser, url: str, timeout_ms: float = 600_000) -> float:
    """Seconds from navigation until the peer's deck.gl canvas showed its points."""
    context = browser.context(watch=PEER_WATCH)
    page = context.new_page()
    start, clock = time.perf_counter(), time.time()
    page.goto(url, wait_until="commit")
    page.wait_for_function(POINTS_PAINTED, timeout=timeout_ms, polling=50)
    noticed = time.perf_counter() - start
    shown = page.evaluate("() => window.__smPeerAt === undefined ? null : window.__smPeerAt")
    context.close()
    return noticed if shown is None else min(noticed, shown / 1000 - clock)


def visit_ours(browser: Browser, url: str) -> float:
    elapsed, (context, _page, _frame) = visit_until_drawn(browser, url)
    context.close()
    return elapsed


def one_run(browser: Browser, app: str, api_json: Path, peer_dir: Path, folder: Path) -> tuple[float, float]:
    """First visit on a fresh server, then a second visit on the same server (seconds)."""
    with tempfile.TemporaryDirectory(prefix="strike-map-home-") as home:
        if app == "peer":
            server = Server(
                peer_dir / PEER_SCRIPT, env={**PEER_ENV, "HOME": home}, cwd=peer_workdir(api_json, folder)
            )
            visit = visit_peer
        else:
            server = Server(
                "app.py",
                ["--data", str(api_json)],
                env={"HOME": home, "STRIKE_MAP_CACHE_DIR": str(Path(home) / "imports")},
            )
            visit = visit_ours
        try:
            return visit(browser, server.url), visit(browser, server.url)
        finally:
            server.stop()


def measure(sizes: list[int], repeat: int, peer_dir: Path, folder: Path) -> Iterator[dict[str, Any]]:
    """One record per app, size and visit (first, second), apps interleaved run by run."""
    with Browser() as browser:
        for size in sizes:
            api_json = make_api_json(size, folder)
            runs: dict[tuple[str, str], list[float]] = {}
            load_before = machine()["load_avg_1m"]
            for run in range(max(1, repeat)):
                for app in ("peer", "ours"):
                    first, second = one_run(browser, app, api_json, peer_dir, folder)
                    runs.setdefault((app, "first"), []).append(first)
                    runs.setdefault((app, "second"), []).append(second)
                    log(f"{size:,} records, run {run + 1}, {app}: first {first:.2f} s, second {second:.2f} s")
            for (app, visit), times in runs.items():
                yield {
                    "measurement": f"peer_{visit}_visit",
                    "events": size,
                    "app": app,
                    "median_s": round(statistics.median(times), 3),
                    "min_s": round(min(times), 3),
                    "runs_s": [round(t, 3) for t in times],
                    "load_avg_1m_before": load_before,
                }


def log(message: str) -> None:
    print(f"[peer] {message}", file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--peer-dir", type=Path, required=True, help="checkout of the peer dashboard")
    parser.add_argument(
        "--sizes",
        type=lambda text: [int(size) for size in text.replace("_", "").split(",")],
        default=list(DEFAULT_SIZES),
        help="records per file, comma separated (default 1167,10000,50000)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per app and size (default 3)")
    parser.add_argument("--workdir", type=Path, help="where the files go (default: a temporary folder)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not (args.peer_dir / PEER_SCRIPT).is_file():
        log(f"no {PEER_SCRIPT} under {args.peer_dir}: see this file's docstring for how to get the peer")
        return 2
    with tempfile.TemporaryDirectory(prefix="strike-map-peer-") as scratch:
        folder = args.workdir or Path(scratch)
        for record in measure(args.sizes, args.repeat, args.peer_dir.resolve(), folder.resolve()):
            print(json.dumps({**record, "machine": machine()}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
