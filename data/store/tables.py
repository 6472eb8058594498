"""The store's tables, described once with SQLAlchemy Core.

``events`` holds the current events, one column per canonical column (see
:mod:`data.schema`) plus ``version``, the optimistic lock.  ``event_history`` keeps
every event as it was before and after each write, with who, when and why;
``batches`` groups writes so a whole import can be undone; ``store_meta`` holds the
revision, a counter bumped by every write (the page keys its caches on it).

The Alembic migrations in ``data/store/migrations/versions`` create the same tables;
``tests/test_store.py`` checks that the migrated database matches this module.
"""

from __future__ import annotations

import sqlalchemy as sa

from data import schema as S

metadata = sa.MetaData()


def _event_column_type(name: str) -> sa.types.TypeEngine:
    if name in S.DATE_COLUMNS:
        return sa.Date()
    if name in S.FLOAT_COLUMNS:
        # Double precision on both back-ends, so coordinates come back bit for bit.
        return sa.Double()
    if name in S.COUNT_COLUMNS:
        return sa.Integer()
    if name in S.AT_LEAST_COLUMNS:
        return sa.Boolean()
    return sa.Text()


EVENT_COLUMNS: tuple[str, ...] = tuple(S.COLUMNS)

events = sa.Table(
    "events",
    metadata,
    # Insertion order: the page lists events in the order they were added.
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=True),
    *(
        sa.Column(
            name, _event_column_type(name), nullable=name not in (S.EVENT_ID,), unique=name == S.EVENT_ID
        )
        for name in EVENT_COLUMNS
    ),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("batch_id", sa.Integer, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_by", sa.Text, nullable=False),
)

batches = sa.Table(
    "batches",
    metadata,
    sa.Column("batch_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.Text, nullable=False),  # seed / import / report / add / edit / delete / undo
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("created_by", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=True),
    sa.Column("event_count", sa.Integer, nullable=False),
    sa.Column("undone_by", sa.Integer, nullable=True),  # batch_id of the undo
)

event_history = sa.Table(
    "event_history",
    metadata,
    sa.Column("change_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Text, nullable=False, index=True),
    sa.Column("batch_id", sa.Integer, nullable=False, index=True),
    sa.Column("action", sa.Text, nullable=False),  # add / edit / delete / undo
    sa.Column("version_before", sa.Integer, nullable=True),
    sa.Column("version_after", sa.Integer, nullable=True),
    # The whole event as JSON text (canonical column names, dates as YYYY-MM-DD),
    # NULL before an add and after a delete.
    sa.Column("before", sa.Text, nullable=True),
    sa.Column("after", sa.Text, nullable=True),
    sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("changed_by", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=True),
)

store_meta = sa.Table(
    "store_meta",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)
