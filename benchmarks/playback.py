"""Time per playback step in headless Chromium, one JSON line per size.

Run from the repository root::

    python benchmarks/playback.py                   # 10,000 events, 40 steps, 3 runs
    python benchmarks/playback.py --events 1000 25000 --steps 60 --repeat 5

The map (``geo.event_map.build_event_map`` plus the playback layer) is saved as
HTML next to a copy-free view of ``static/`` and served from a local HTTP server
on a free port, as the app serves it; every request off this machine is aborted.
A step is timed from the call that advances it to the end of the canvas redraw
(forced at once with the layer's ``flush``, instead of waiting for the next
animation frame), stepping per week over the synthetic 2022-2025 span.
The events are SYNTHETIC (``data.synthetic``).

Prints ``{"measurement": "browser_playback_step", "events": N, "unit": ...,
"median_s": ..., "runs_s": [...], "max_step_s": ..., "steps": ...}`` where each
run's figure is the median over its steps.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import re
import statistics
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
]
OUTSIDE = re.compile(r"^(?!https?://(localhost|127\.0\.0\.1)[:/])[a-z][a-z0-9+.-]*://", re.IGNORECASE)


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the saved map at / and the repository's static files at /app/static/."""

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0]
        if clean.startswith("/app/static/"):
            return str(ROOT / "static" / clean[len("/app/static/") :])
        return super().translate_path(path)

    def log_message(self, *args) -> None:  # quiet
        pass


def save_map(events_count: int, folder: Path, seed: int = 3) -> int:
    """Write index.html with ``events_count`` synthetic events; return the events the playback holds."""
    from data.synthetic import make_synthetic_events
    from geo.event_map import build_event_map, use_local_assets
    from geo.event_map.layers.playback import PlaybackLayer, playback_payload

    events = make_synthetic_events(events_count, seed=seed)
    fmap = build_event_map(events)
    PlaybackLayer(events).add_to(fmap)
    use_local_assets(fmap)
    (folder / "index.html").write_text(fmap.get_root().render(), encoding="utf-8")
    return playback_payload(events)["n"]


def measure(url: str, steps: int, unit: str) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.route(OUTSIDE, lambda route: route.abort())
            page = context.new_page()
            page.goto(url)
            page.wait_for_function("() => window.strikeMapPlayback", timeout=120_000)
            return page.evaluate(
                """([steps, unit]) => {
                    const pb = window.strikeMapPlayback;
                    pb.setUnit(unit);
                    pb.go(0); pb.flush();
                    const times = [];
                    let shown = 0;
                    for (let i = 0; i < steps; i++) {
                        const t = performance.now();
                        pb.next(); pb.flush();
                        times.push((performance.now() - t) / 1000);
                        shown = Math.max(shown, pb.state().shown);
                    }
                    return {times, shown, total: pb.state().steps};
                }""",
                [steps, unit],
            )
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[10_000])
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--unit", default="week", choices=["day", "week", "month"])
    args = parser.parse_args(argv)
    for count in args.events:
        with tempfile.TemporaryDirectory() as folder:
            played = save_map(count, Path(folder))
            handler = functools.partial(_Handler, directory=folder)
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            try:
                url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
                runs, worst, shown, total = [], 0.0, 0, 0
                for _ in range(args.repeat):
                    result = measure(url, args.steps, args.unit)
                    runs.append(statistics.median(result["times"]))
                    worst = max(worst, max(result["times"]))
                    shown, total = max(shown, result["shown"]), result["total"]
            finally:
                server.shutdown()
        print(
            json.dumps(
                {
                    "measurement": "browser_playback_step",
                    "events": count,
                    "played_events": played,
                    "unit": args.unit,
                    "steps": args.steps,
                    "steps_in_period": total,
                    "max_circles_shown": shown,
                    "median_s": round(statistics.median(runs), 5),
                    "runs_s": [round(r, 5) for r in runs],
                    "max_step_s": round(worst, 5),
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
