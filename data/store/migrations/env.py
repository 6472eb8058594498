"""Alembic environment: run by :func:`data.store.migrate.upgrade` on the store's own connection.

The app migrates on start, so there is no ``alembic.ini``: the connection comes in
through ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from data.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
