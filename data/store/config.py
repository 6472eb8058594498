"""Where the store lives: ``STRIKE_MAP_DATABASE_URL``, else a configured URL, else a local SQLite file."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "STRIKE_MAP_DATABASE_URL"
# Next to the code, so `streamlit run app.py` keeps its events across restarts with no set-up.
DEFAULT_PATH = Path(__file__).resolve().parents[2] / "strike_map.sqlite"


def default_url() -> str:
    """The SQLite file used when nothing is configured."""
    return f"sqlite:///{DEFAULT_PATH}"


def database_url(configured: str | None = None) -> str:
    """The database URL to use.

    Parameters
    ----------
    configured
        A URL from the app's secrets (``[connections.strike_map] url``), if any.

    Returns
    -------
    str
        ``STRIKE_MAP_DATABASE_URL`` when set (it wins), else ``configured``, else the
        default SQLite file.  ``postgresql://`` URLs are given the psycopg (v3) driver.
    """
    url = os.environ.get(ENV_VAR) or configured or default_url()
    return normalise_url(url)


def normalise_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL URLs that name no driver (hosted services hand those out)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def describe_url(url: str) -> str:
    """The URL without its password, for messages and the sidebar."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
