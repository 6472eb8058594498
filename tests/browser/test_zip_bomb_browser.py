"""The issue's zip bomb (1 MB expanding to 1.2 GB) uploaded through the page in Chromium.

It once grew the server past 14 GB until it died, taking the app from every viewer.
Now the upload is refused from the archive's directory: the uploader sees a message
naming the file and the limit, the server's peak memory barely moves, and another
viewer's page still loads with its map.
"""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from tests.browser.conftest import OUTSIDE, SCREENSHOTS
from tests.browser.helpers import count_event_markers, evidence, map_frame, open_app, wait_idle
from tests.hostile import write_zip_bomb

pytestmark = pytest.mark.browser

SUMMARY = ".st-key-import_summary"
UPLOADER = ".st-key-upload input[type=file]"
MB = 1024 * 1024


def _memory_kb(pid: int) -> dict[str, int]:
    """Current (VmRSS) and peak (VmHWM) resident memory of a process, from /proc."""
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0])
    return found


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    path = write_zip_bomb(tmp_path_factory.mktemp("bomb") / "bomb.zip")
    assert path.stat().st_size < 2 * MB
    return path


def test_zip_bomb_upload_is_refused_and_the_server_keeps_serving(start_server, page, chromium, bomb):
    if not Path("/proc/self/status").exists():
        pytest.skip("needs /proc to read the server's memory")
    app = start_server()
    open_app(page, app.url, timeout=120_000)
    map_frame(page, timeout=120_000)
    before = _memory_kb(app.process.pid)
    with evidence(page, app, SCREENSHOTS / "zip_bomb_upload.png"):
        page.locator(UPLOADER).set_input_files(str(bomb))
        wait_idle(page, timeout=120_000)
        summary = page.locator(SUMMARY)
        summary.wait_for(timeout=60_000)
        text = summary.inner_text()
        assert "bomb.zip" in text and "could not be loaded" in text, text
        assert "max_decompressed_bytes" in text and "200 MB" in text, text
        assert "Traceback" not in page.content()
        # The page the uploader sees still shows the events it had.
        assert count_event_markers(map_frame(page)) == 5

        after = _memory_kb(app.process.pid)
        print(f"server memory before {before}, after {after} (kB)")
        # Growth of the peak, not the peak itself: the server starts at a few hundred MB.
        assert after["VmHWM"] - before["VmHWM"] < 300 * 1024, (before, after)
        assert app.process.poll() is None
        with urllib.request.urlopen(f"{app.url}/_stcore/health", timeout=10) as response:
            assert response.read().decode().strip() == "ok"

        # Another viewer, in a session of their own, gets the whole page and its map.
        other = chromium.new_context(viewport={"width": 1280, "height": 900})
        other.route(OUTSIDE, lambda route: route.abort())
        try:
            viewer = other.new_page()
            open_app(viewer, app.url, timeout=120_000)
            assert count_event_markers(map_frame(viewer, timeout=120_000)) == 5
        finally:
            other.close()
        assert page.page_errors == []
