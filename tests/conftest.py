import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture(autouse=True)
def _own_event_store(tmp_path_factory, monkeypatch):
    """Each test's page (AppTest or a server it starts) gets a fresh SQLite store of its own.

    Without this the app would create and write ``strike_map.sqlite`` in the checkout.
    """
    if "STRIKE_MAP_DATABASE_URL" not in os.environ:
        path = tmp_path_factory.mktemp("store") / "events.db"
        monkeypatch.setenv("STRIKE_MAP_DATABASE_URL", f"sqlite:///{path}")


@pytest.fixture
def shared_report() -> str:
    """The news report the project started from (read from ../shared, never copied)."""
    path = SHARED / "sources" / "000_df7d6ac8fc2cfb1e.txt"
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing (CI=true: the shared report must be present)")
        pytest.skip(f"{path} is not present on this machine")
    return path.read_text(encoding="utf-8")
