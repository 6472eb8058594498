"""The server's start-up builds the plain link's page before the first visitor (issue 9: first visit).

``streamlit run app.py`` imports ``app.py`` as a module, finds its ``st.App`` and runs its
lifespan, which calls :func:`components.page.warm_up`. Run in a fresh interpreter: the other
tests import everything, and the point is what a fresh server process does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from data.events_io import events_to_csv
from data.synthetic import make_synthetic_events
from tests.conftest import ROOT

# As uvicorn does under `streamlit run app.py`: import the script as the module "app", then start
# the lifespan (here: the page's warm-up it calls). Then a page run of the plain link, counting
# how often the event layers are built.
START_THEN_VISIT = """
import asyncio, importlib, json, sys
import streamlit as st
import geo.event_map

module = importlib.import_module("app")
started = {"is_app": isinstance(module.app, st.App), "page_run_on_import": "show_page" in vars(module)}
builds = []
import components.map_panel as map_panel
real = map_panel.build_event_layers
map_panel.build_event_layers = lambda *a, **k: builds.append(len(a[0])) or real(*a, **k)

async def start():
    async with module.warm_up(None):
        pass

asyncio.run(start())
started["builds_at_start"] = list(builds)
started["folium_component_imported_at_start"] = "streamlit_folium" in sys.modules

from streamlit.testing.v1 import AppTest
page = AppTest.from_file(sys.argv[1], default_timeout=120).run()
started["errors"] = [str(e.value) for e in page.exception]
started["builds_after_visit"] = list(builds)
print(json.dumps(started))
"""


def _start_then_visit(tmp_path, data_env: dict[str, str]) -> dict:
    env = {
        **os.environ,
        **data_env,
        "STRIKE_MAP_DATABASE_URL": f"sqlite:///{tmp_path / 'store.db'}",
        "STRIKE_MAP_CACHE_DIR": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-c", START_THEN_VISIT, str(ROOT / "app.py")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_start_builds_the_data_files_map_and_the_first_visit_reuses_it(tmp_path):
    data = tmp_path / "events.csv"
    data.write_bytes(events_to_csv(make_synthetic_events(800, seed=3)))
    found = _start_then_visit(tmp_path, {"STRIKE_MAP_DATA": str(data)})
    assert found["is_app"] and not found["page_run_on_import"]
    assert found["builds_at_start"] == [800]  # the whole file, unfiltered: the plain link's view
    # streamlit-folium registers its component only when imported in a page run.
    assert found["folium_component_imported_at_start"] is False
    assert found["errors"] == []
    assert found["builds_after_visit"] == [800]  # the visit found the layers built


def test_without_a_file_the_start_builds_the_stored_events_map(tmp_path):
    found = _start_then_visit(tmp_path, {"STRIKE_MAP_DATA": ""})
    assert len(found["builds_at_start"]) == 1 and found["builds_at_start"][0] > 0
    assert found["errors"] == []
    assert found["builds_after_visit"] == found["builds_at_start"]


def test_a_missing_file_does_not_stop_the_start(tmp_path):
    found = _start_then_visit(tmp_path, {"STRIKE_MAP_DATA": str(tmp_path / "gone.csv")})
    # The page then says the file is missing and shows the store: the start built that view.
    assert len(found["builds_at_start"]) == 1
    assert found["errors"] == []
