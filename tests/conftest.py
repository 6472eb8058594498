import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="session", autouse=True)
def _test_event_store(tmp_path_factory):
    """Pages in tests (AppTest, or servers they start) use a SQLite store in a temporary folder.

    Without this the app would create and write ``strike_map.sqlite`` in the checkout.
    Session-wide, so module-scoped page fixtures get it too; a test that writes to the
    store sets ``STRIKE_MAP_DATABASE_URL`` to a database of its own.
    """
    if "STRIKE_MAP_DATABASE_URL" in os.environ:
        yield
        return
    path = tmp_path_factory.mktemp("store") / "events.db"
    os.environ["STRIKE_MAP_DATABASE_URL"] = f"sqlite:///{path}"
    yield
    os.environ.pop("STRIKE_MAP_DATABASE_URL", None)


@pytest.fixture(scope="session", autouse=True)
def _whole_page_in_one_run():
    """AppTest pages get the whole page in their first run.

    A visit's first run sends the map alone and the rest follows when the browser reports the
    map drawn (``components/pacing.py``); AppTest has no browser to report it. The tests of that
    pacing set ``DEFER_ABOVE`` themselves (tests/test_app_filters.py); servers started by the
    browser tests and benchmarks run in processes of their own, with the default. Session-wide,
    so module-scoped page fixtures get it too.
    """
    import components.pacing

    default = components.pacing.DEFER_ABOVE
    components.pacing.DEFER_ABOVE = 10**9
    yield
    components.pacing.DEFER_ABOVE = default


@pytest.fixture
def shared_report() -> str:
    """The news report the project started from (read from ../shared, never copied)."""
    path = SHARED / "sources" / "000_df7d6ac8fc2cfb1e.txt"
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing (CI=true: the shared report must be present)")
        pytest.skip(f"{path} is not present on this machine")
    return path.read_text(encoding="utf-8")
