"""A fresh server's first page run imports what the map needs, nothing more (issue 9: first visit).

Run in a fresh interpreter: the other tests import everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from data.events_io import events_to_csv
from data.store import EventStore
from data.synthetic import make_synthetic_events
from tests.conftest import ROOT

# What the first run of a big table (the map first: no chart, no migration due) must not load.
NOT_ON_THE_FIRST_RUN = ("altair", "alembic", "vl_convert")

FIRST_RUN = """
import json, sys
from streamlit.testing.v1 import AppTest
page = AppTest.from_file(sys.argv[1], default_timeout=120).run()
import babel.localedata
print(json.dumps({
    "errors": [str(e.value) for e in page.exception],
    "modules": sorted(m for m in sys.modules if "." not in m),
    "babel_locales": sorted(babel.localedata._cache),
}))
"""


def test_the_first_run_of_a_big_table_loads_no_charts_no_migrations_no_locale_data(tmp_path):
    data = tmp_path / "events.csv"
    data.write_bytes(events_to_csv(make_synthetic_events(1_000, seed=1)))
    url = f"sqlite:///{tmp_path / 'store.db'}"
    EventStore.open(url).dispose()  # created and migrated before: as on any later start
    env = {
        **os.environ,
        "STRIKE_MAP_DATA": str(data),
        "STRIKE_MAP_DATABASE_URL": url,
        "STRIKE_MAP_CACHE_DIR": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-c", FIRST_RUN, str(ROOT / "app.py")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["errors"] == []
    assert "folium" in found["modules"]  # the map was built
    assert [m for m in NOT_ON_THE_FIRST_RUN if m in found["modules"]] == []
    assert found["babel_locales"] == []  # the page in English
