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
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.browser import process_memory_mb  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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

    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="strike-map-viewers-"))
    url = _store_with_events(folder, args.events)
    port = _free_port()
    log = open(folder / "server.log", "w")  # noqa: SIM115 - closed at the end
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port",
         str(port), "--server.address", "127.0.0.1", "--server.fileWatcherType", "none"],
        cwd=ROOT, env={**os.environ, "STRIKE_MAP_DATABASE_URL": url}, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as answer:
                    if answer.read() == b"ok":
                        break
            except OSError:
                time.sleep(0.3)
        base = {"events_in_store": 6 + args.events, "measurement": "viewers_memory"}
        print(json.dumps({**base, "viewers": 0, **process_memory_mb(server.pid)}), flush=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            contexts = []
            for viewer in range(1, args.viewers + 1):
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                context.route(
                    __import__("re").compile(r"^https?://(?!localhost|127\.0\.0\.1)"), lambda r: r.abort()
                )
                page = context.new_page()
                started = time.monotonic()
                page.goto(f"http://localhost:{port}", wait_until="domcontentloaded")
                page.wait_for_selector(IDLE, timeout=180_000)
                frame = page.wait_for_selector(MAP_IFRAME, timeout=180_000).content_frame()
                frame.wait_for_function("() => window.strikeMapEvents !== undefined", timeout=180_000)
                contexts.append(context)
                seconds = round(time.monotonic() - started, 1)
                print(
                    json.dumps(
                        {**base, "viewers": viewer, "page_load_s": seconds, **process_memory_mb(server.pid)}
                    ),
                    flush=True,
                )
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
