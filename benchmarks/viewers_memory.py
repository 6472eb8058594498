"""Server memory with several viewers at once: is the app within Community Cloud's limit?

Run from the repository root::

    python benchmarks/viewers_memory.py                       # the event store (seeded), 1-6 viewers
    python benchmarks/viewers_memory.py --events 10000 --viewers 8

Starts ``streamlit run app.py`` on a free port with a fresh SQLite event store (seeded with the
embedded report, plus ``--events`` SYNTHETIC events imported into it as one batch), then opens
viewers one by one in headless Chromium, each in its own browser context (its own Streamlit
session), waits until its map has drawn the event layer, and keeps it open.  After each viewer it
prints one JSON line: the server's resident memory (``VmRSS``) and its peak so far (``VmHWM``)
in MB.  Cloud gives an app between 690 MB and 2.7 GB, shared by all its viewers.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.browser import IDLE, MAP_IFRAME, Browser, Server, process_memory_mb  # noqa: E402


def _store_with_events(folder: Path, count: int) -> str:
    from data.store import EventStore, authorise_writer
    from data.synthetic import make_synthetic_events

    url = f"sqlite:///{folder / 'events.db'}"
    store = EventStore.open(url)
    if count:
        store.add_batch(make_synthetic_events(count), authorise_writer("benchmark", "cli"), label="synthetic")
    store.dispose()
    return url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--viewers", type=int, default=6)
    parser.add_argument("--events", type=int, default=0, help="SYNTHETIC events added to the store")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="strike-map-viewers-"))
    try:
        url = _store_with_events(folder, args.events)
        with Server("app.py", env={"STRIKE_MAP_DATABASE_URL": url}, startup_timeout=120) as server:
            base = {"events_in_store": 6 + args.events, "measurement": "viewers_memory"}
            print(json.dumps({**base, "viewers": 0, **process_memory_mb(server.process.pid)}), flush=True)
            with Browser() as browser:
                contexts = []  # each viewer stays open: its own context, its own Streamlit session
                for viewer in range(1, args.viewers + 1):
                    context = browser.context()
                    page = context.new_page()
                    started = time.monotonic()
                    page.goto(server.url, wait_until="domcontentloaded")
                    page.wait_for_selector(IDLE, timeout=180_000)
                    frame = page.wait_for_selector(MAP_IFRAME, timeout=180_000).content_frame()
                    frame.wait_for_function("() => window.strikeMapEvents !== undefined", timeout=180_000)
                    contexts.append(context)
                    seconds = round(time.monotonic() - started, 1)
                    print(
                        json.dumps(
                            {
                                **base,
                                "viewers": viewer,
                                "page_load_s": seconds,
                                **process_memory_mb(server.process.pid),
                            }
                        ),
                        flush=True,
                    )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
