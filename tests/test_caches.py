"""Every Streamlit cache is bounded in entries and time, so memory comes back with many users."""

from __future__ import annotations

import ast
import gc
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGE_FILES = sorted([ROOT / "app.py", *(ROOT / "components").glob("*.py")])


def _cache_decorators(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for decorator in node.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            if isinstance(target, ast.Attribute) and target.attr in ("cache_data", "cache_resource"):
                keywords = {k.arg for k in decorator.keywords} if isinstance(decorator, ast.Call) else set()
                yield node.name, keywords


def test_page_files_have_caches_to_check():
    assert sum(len(list(_cache_decorators(p))) for p in PAGE_FILES) >= 5


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.name)
def test_every_cache_has_max_entries_and_ttl(path):
    for name, keywords in _cache_decorators(path):
        assert {"max_entries", "ttl"} <= keywords, f"{path.name}: {name} needs max_entries= and ttl="


def test_the_same_upload_is_imported_once(monkeypatch):
    from streamlit.testing.v1 import AppTest

    calls = []
    import data.importers as importers

    real = importers.import_files

    def counting(files, fmt=None, limits=None, cache_dir=None):
        calls.append([name for name, _ in files])
        return real(files, fmt=fmt, limits=limits, cache_dir=cache_dir)

    # Two sessions (two AppTests) upload the same bytes (each its own upload id): the key
    # is the content's, and the shared cache reads them once.
    script = """
import streamlit as st
from types import SimpleNamespace
from components.sources import _import_uploads
from data.limits import Limits
content = b"event_id,location\\nE1,Kharkiv\\n"
upload = SimpleNamespace(name="same.csv", file_id=str(id(st.session_state)), size=len(content),
                         getvalue=lambda: content)
# In a function: the last script run's globals stay in sys.modules["__main__"] until the
# next run (Streamlit's way), which would hold the batch for this test's own reasons.
def show():
    batch = _import_uploads([upload], None, Limits())
    st.write(batch.results[0].rows_loaded)
show()
"""
    monkeypatch.setattr("components.sources.import_files", counting)
    from components.sources import _LIVE_IMPORTS

    _LIVE_IMPORTS.clear()
    sessions = []  # both sessions open at once
    for _ in range(2):
        sessions.append(AppTest.from_string(script, default_timeout=60).run())
        assert not sessions[-1].exception, sessions[-1].exception
    assert calls == [["same.csv"]]
    assert len(_LIVE_IMPORTS) == 1
    # Only the sessions hold it: once their state is gone, the server lets the table go (it
    # was kept for 15 minutes before: 420 MB after a 100 MB upload's sessions had closed).
    # (Their state is dropped by hand: a finished AppTest may stay referenced by the test run.)
    from components.sources import _SESSION_BATCH

    for session in sessions:
        del session.session_state[_SESSION_BATCH]
    gc.collect()
    assert len(_LIVE_IMPORTS) == 0
    _LIVE_IMPORTS.clear()


def test_no_forced_full_collection_after_every_run():
    # A full gc.collect(2) after each script run of each session held the interpreter lock for
    # 0.24-0.47 s (README, load test): Streamlit's runner.postScriptGC stays off.
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["runner"]["postScriptGC"] is False


def test_the_timeline_is_binned_once_per_view_for_every_session(monkeypatch):
    # Rebinned by each session on each rerun, the timeline was 40% of the server's time for
    # a filter change with 20 sessions (benchmarks/load_test.py); it is cached by view now.
    from streamlit.testing.v1 import AppTest

    import components.timeline as timeline

    calls = []
    real = timeline.bin_events

    def counting(events, *args, **kwargs):
        calls.append(len(events))
        return real(events, *args, **kwargs)

    monkeypatch.setattr(timeline, "bin_events", counting)
    timeline._bins.clear()
    timeline._spec.clear()
    monkeypatch.setenv("STRIKE_MAP_DATA", str(ROOT / "tests" / "fixtures" / "dated_events.csv"))
    for _ in range(2):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
        assert not at.exception, at.exception
        specs = [element.proto.spec for element in at.get("vega_lite_chart")]
        assert any("shown_from" in spec for spec in specs)  # the timeline is drawn
    assert len(calls) == 1
