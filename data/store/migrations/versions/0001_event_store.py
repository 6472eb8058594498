"""The event store: events with an optimistic version, their history, batches, the revision.

Revision ID: 0001
Revises:
Create Date: 2026-11-28

The columns are written out here rather than imported from ``data.schema``: a migration
describes the database as it was at that step, whatever the schema becomes later.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

COUNTS = ("killed", "injured", "children_killed", "children_injured")


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("position", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.Text, nullable=False, unique=True),
        sa.Column("date", sa.Date),
        sa.Column("date_precision", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("oblast_iso", sa.Text),
        sa.Column("oblast", sa.Text),
        sa.Column("country", sa.Text),
        sa.Column("latitude", sa.Double),
        sa.Column("longitude", sa.Double),
        sa.Column("geo_precision", sa.Text),
        sa.Column("weapon", sa.Text),
        sa.Column("target", sa.Text),
        *(
            column
            for count in COUNTS
            for column in (sa.Column(count, sa.Integer), sa.Column(f"{count}_at_least", sa.Boolean))
        ),
        sa.Column("casualty_note", sa.Text),
        sa.Column("source_name", sa.Text),
        sa.Column("source_event_id", sa.Text),
        sa.Column("source_title", sa.Text),
        sa.Column("source_url", sa.Text),
        sa.Column("source_date", sa.Date),
        sa.Column("description", sa.Text),
        sa.Column("possible_duplicates", sa.Text),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("batch_id", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Text, nullable=False),
    )
    op.create_table(
        "batches",
        sa.Column("batch_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("event_count", sa.Integer, nullable=False),
        sa.Column("undone_by", sa.Integer),
    )
    op.create_table(
        "event_history",
        sa.Column("change_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.Text, nullable=False),
        sa.Column("batch_id", sa.Integer, nullable=False),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("version_before", sa.Integer),
        sa.Column("version_after", sa.Integer),
        sa.Column("before", sa.Text),
        sa.Column("after", sa.Text),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.Text, nullable=False),
        sa.Column("reason", sa.Text),
    )
    op.create_index("ix_event_history_event_id", "event_history", ["event_id"])
    op.create_index("ix_event_history_batch_id", "event_history", ["batch_id"])
    op.create_table(
        "store_meta",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(
        sa.table("store_meta", sa.column("key", sa.Text), sa.column("value", sa.BigInteger)),
        [{"key": "revision", "value": 0}],
    )


def downgrade() -> None:
    op.drop_table("store_meta")
    op.drop_index("ix_event_history_batch_id", "event_history")
    op.drop_index("ix_event_history_event_id", "event_history")
    op.drop_table("event_history")
    op.drop_table("batches")
    op.drop_table("events")
