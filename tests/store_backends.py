"""The two real back-ends the store's contract tests run against.

SQLite: a file in the test's temporary directory.  PostgreSQL: the server on
127.0.0.1:5432 (database ``test``, or ``STRIKE_MAP_TEST_POSTGRES``), in a schema of
its own per test, named after this test session, so helpers and CI runs sharing the
server never see each other's tables.  Without that server the PostgreSQL cases skip,
except under ``CI=true``, where they fail.
"""

from __future__ import annotations

import os
import uuid

import pytest
import sqlalchemy as sa

POSTGRES_URL = os.environ.get("STRIKE_MAP_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() == "true"
SESSION = uuid.uuid4().hex[:8]
BACKENDS = ["sqlite", "postgresql"]


def _postgres_admin() -> sa.Engine:
    engine = sa.create_engine(POSTGRES_URL, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))
    except sa.exc.OperationalError as err:
        reason = f"PostgreSQL at {POSTGRES_URL} is unreachable: {err.orig}"
        if IN_CI:
            pytest.fail(f"{reason} (CI=true: the PostgreSQL tests must run)")
        pytest.skip(reason)
    return engine


def database_url(backend: str, tmp_path, name: str = "store") -> str:
    """A fresh, empty database of ``backend`` for one test (dropped by the fixture's finaliser)."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / f'{name}.db'}"
    admin = _postgres_admin()
    schema = f"store_{SESSION}_{uuid.uuid4().hex[:8]}"
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    _CREATED.append(schema)
    admin.dispose()
    return f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"


_CREATED: list[str] = []


def drop_schemas() -> None:
    """Drop the PostgreSQL schemas this session created."""
    if not _CREATED:
        return
    admin = sa.create_engine(POSTGRES_URL, poolclass=sa.pool.NullPool)
    with admin.begin() as connection:
        for schema in _CREATED:
            connection.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    _CREATED.clear()
    admin.dispose()
