"""The event store: one small interface over SQLAlchemy, on SQLite or PostgreSQL.

Reads: :meth:`EventStore.load_events`, :meth:`EventStore.revision`,
:meth:`EventStore.get_event`, :meth:`EventStore.history`, :meth:`EventStore.batches`.
Writes, each one transaction and one batch, each taking a signed :class:`Writer`:
:meth:`EventStore.add_batch`, :meth:`EventStore.edit_event`,
:meth:`EventStore.delete_event`, :meth:`EventStore.undo_batch`.

Every write first bumps the revision row.  On PostgreSQL that row lock queues
concurrent writers; on SQLite the write transaction starts with ``BEGIN IMMEDIATE``,
which does the same for the whole file.  Edits and deletes carry the version the
editor saw, and are refused when the event has changed since (optimistic locking), so
two editors never overwrite each other silently.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa

from data import schema as S
from data.events_io import Note
from data.store import tables as T
from data.store.records import (
    Record,
    StoreValidationError,
    frame_to_records,
    record_from_json,
    record_to_json,
    records_to_frame,
)
from data.store.writer import SYSTEM, Writer, check_writer

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any constant works: it names the PostgreSQL advisory lock that serialises migrating and
# seeding when several app processes start at once.
_SETUP_LOCK = 72_017_010


_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


@lru_cache(maxsize=1)
def newest_migrations() -> frozenset[str]:
    """The head revisions of :data:`MIGRATIONS`, read from the scripts' own lines (no alembic)."""
    revisions: set[str] = set()
    replaced: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        revisions.add(ast.literal_eval(found["revision"]))
        before = ast.literal_eval(found.get("down_revision", "None"))
        replaced.update([before] if isinstance(before, str) else before or ())
    return frozenset(revisions - replaced)


class StoreError(RuntimeError):
    """A write the store refused; the message says why and what to do."""


class StaleEditError(StoreError):
    """The event changed after the editor loaded it."""


class EventNotFoundError(StoreError, KeyError):
    """No event with that id."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


@dataclass(frozen=True)
class StoredEvent:
    """One event as stored now, with its version and last change."""

    record: Record
    version: int
    updated_at: dt.datetime
    updated_by: str


@dataclass(frozen=True)
class Change:
    """One entry of an event's history: what it was before and after a write."""

    change_id: int
    event_id: str
    batch_id: int
    action: str
    version_before: int | None
    version_after: int | None
    before: Record | None
    after: Record | None
    changed_at: dt.datetime
    changed_by: str
    reason: str | None

    def changed_columns(self) -> list[str]:
        """Columns whose value differs between before and after."""
        if self.before is None or self.after is None:
            return []
        return [c for c in S.COLUMNS if self.before.get(c) != self.after.get(c)]


@dataclass(frozen=True)
class Batch:
    """A group of writes made together (an import, a report, one edit), undoable as one."""

    batch_id: int
    kind: str
    label: str
    created_at: dt.datetime
    created_by: str
    reason: str | None
    event_count: int
    undone_by: int | None


@dataclass(frozen=True)
class BatchResult:
    """What a batch did: its id, the events it added and those it replaced."""

    batch_id: int
    added: int
    replaced: int


def create_store_engine(url: str) -> sa.Engine:
    """An engine set up for the store: SQLite in WAL mode with immediate write transactions."""
    if not url.startswith("sqlite"):
        # pool_pre_ping: a team database behind a cloud proxy drops idle connections.
        return sa.create_engine(url, pool_pre_ping=True)
    engine = sa.create_engine(url, connect_args={"timeout": 60})

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling defers BEGIN; we issue it ourselves below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")  # readers do not wait for a writer
        cursor.execute("PRAGMA busy_timeout=60000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(connection: sa.Connection) -> None:
        # A write takes the file's write lock at once: two writers that both read first
        # and upgrade later would deadlock ("database is locked") instead of queueing.
        immediate = connection.get_execution_options().get("store_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class EventStore:
    """The events, their history and batches in one database.

    Parameters
    ----------
    engine
        A SQLAlchemy engine (see :func:`create_store_engine`); the tables must exist,
        as :meth:`open` makes sure.
    """

    def __init__(self, engine: sa.Engine):
        self.engine = engine

    # --- opening -----------------------------------------------------------------

    @classmethod
    def open(cls, url_or_engine: str | sa.Engine, *, seed: bool = True) -> EventStore:
        """Open a store: create or migrate its tables, and seed a new one.

        Parameters
        ----------
        url_or_engine
            A database URL (``sqlite:///events.db``, ``postgresql+psycopg://...``) or an engine.
        seed
            Put the embedded report in a store that has never had a batch.
        """
        engine = create_store_engine(url_or_engine) if isinstance(url_or_engine, str) else url_or_engine
        store = cls(engine)
        store.migrate()
        if seed:
            store.seed()
        return store

    def migrate(self) -> None:
        """Bring the tables to the newest migration (run by the app on every start)."""
        if self.at_newest_migration():
            # Nothing to do, and nothing to import: alembic (with mako and pygments) took
            # 0.6 s of a fresh server's first page run just to find that out.
            return
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self._write(bump=False) as connection:
            _lock_setup(connection)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def at_newest_migration(self) -> bool:
        """Whether the database already stands at every head of :data:`MIGRATIONS`."""
        try:
            with self.engine.connect() as connection:
                if not sa.inspect(connection).has_table("alembic_version"):
                    return False
                applied = connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalars()
                return set(applied) == newest_migrations()
        except sa.exc.OperationalError:
            # Another first start is creating the tables ("database is locked" on SQLite, seen
            # once in the suite under load): take the serialised migration path, which waits.
            return False

    def seed(self) -> BatchResult | None:
        """Add the embedded report as the first batch, once; later starts leave the store alone."""
        from data.embedded import EMBEDDED_LABEL, load_embedded_events

        with self._write(bump=False) as connection:
            _lock_setup(connection)  # two first starts at once must not both seed
            if connection.execute(sa.select(sa.func.count()).select_from(T.batches)).scalar_one():
                return None
            self._bump(connection)
            return self._add(
                connection,
                load_embedded_events(),
                SYSTEM,
                kind="seed",
                label=EMBEDDED_LABEL,
                reason="first start: seeded with the embedded report",
                replace_existing=False,
            )

    def dispose(self) -> None:
        """Close the engine's connections."""
        self.engine.dispose()

    # --- reading -----------------------------------------------------------------

    def revision(self) -> int:
        """A number that changes on every write: the key for caches of the events."""
        with self.engine.connect() as connection:
            return int(
                connection.execute(
                    sa.select(T.store_meta.c.value).where(T.store_meta.c.key == "revision")
                ).scalar_one()
            )

    def load_events(self) -> pd.DataFrame:
        """All current events as a canonical events table, in the order they were added."""
        columns = [T.events.c[c] for c in S.COLUMNS]
        with self.engine.connect() as connection:
            rows = connection.execute(sa.select(*columns).order_by(T.events.c.position)).all()
        if not rows:
            return S.empty_events()
        return _rows_to_frame(rows)

    def load_versions(self) -> pd.DataFrame:
        """Each event's id, version and last change (for editors)."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                sa.select(
                    T.events.c.event_id, T.events.c.version, T.events.c.updated_at, T.events.c.updated_by
                ).order_by(T.events.c.position)
            ).all()
        return pd.DataFrame(rows, columns=["event_id", "version", "updated_at", "updated_by"])

    def get_event(self, event_id: str) -> StoredEvent:
        """One event with its version; raises :class:`EventNotFoundError`."""
        with self.engine.connect() as connection:
            stored = self._current(connection, event_id)
        if stored is None:
            raise EventNotFoundError(Note("store_no_event", event=repr(event_id)))
        return stored

    def history(self, event_id: str) -> list[Change]:
        """Every write to one event, oldest first."""
        query = (
            sa.select(T.event_history)
            .where(T.event_history.c.event_id == event_id)
            .order_by(T.event_history.c.change_id)
        )
        with self.engine.connect() as connection:
            return [_change(row) for row in connection.execute(query).mappings()]

    def batch_changes(self, batch_id: int) -> list[Change]:
        """Every write of one batch, in the order made."""
        query = (
            sa.select(T.event_history)
            .where(T.event_history.c.batch_id == batch_id)
            .order_by(T.event_history.c.change_id)
        )
        with self.engine.connect() as connection:
            return [_change(row) for row in connection.execute(query).mappings()]

    def batches(self, limit: int = 50) -> list[Batch]:
        """The latest batches, newest first."""
        query = sa.select(T.batches).order_by(T.batches.c.batch_id.desc()).limit(limit)
        with self.engine.connect() as connection:
            return [Batch(**row) for row in connection.execute(query).mappings()]

    # --- writing -------------------------------------------------------------------

    def add_batch(
        self,
        events: pd.DataFrame,
        writer: Writer,
        *,
        label: str,
        kind: str = "import",
        reason: str | None = None,
        replace_existing: bool = False,
    ) -> BatchResult:
        """Add events as one batch (undoable as one).

        Parameters
        ----------
        events
            A canonical events table (as loaded by :mod:`data.events_io` or an importer).
        writer
            Who adds them; must come from :func:`~data.store.writer.authorise_writer`.
        label
            What the batch is ("report of 2025-04-14", a file name), shown in the history.
        kind
            ``import``, ``report`` or ``add``.
        reason
            Why, if there is more to say than the label.
        replace_existing
            When an event id is already in the store: replace that event (a later report
            revising counts supersedes the earlier one; the history keeps both) instead of
            refusing the whole batch.

        Raises
        ------
        StoreError
            An id is already stored and ``replace_existing`` is false; nothing is written.
        StoreValidationError
            The events break the schema; nothing is written.
        """
        writer = check_writer(writer)
        # Round trip through records so a batch is checked exactly like an edit.
        events = records_to_frame(frame_to_records(events))
        with self._write() as connection:
            return self._add(
                connection,
                events,
                writer,
                kind=kind,
                label=label,
                reason=reason,
                replace_existing=replace_existing,
            )

    def edit_event(
        self,
        event_id: str,
        changes: Record,
        writer: Writer,
        *,
        expected_version: int,
        reason: str,
    ) -> int:
        """Change some columns of one event; returns its new version.

        Parameters
        ----------
        event_id
            The event to change (its id itself cannot change).
        changes
            Column -> new value, ``None`` for "not reported".
        writer
            Who edits.
        expected_version
            The version the editor saw; the edit is refused if the event changed since.
        reason
            Why (required): kept in the history.
        """
        writer = check_writer(writer)
        reason = _required_reason(reason)
        unknown = sorted(set(changes) - set(S.COLUMNS))
        if unknown:
            raise StoreValidationError([Note("store_not_a_column", name=c) for c in unknown])
        if S.EVENT_ID in changes and changes[S.EVENT_ID] != event_id:
            raise StoreValidationError([Note("store_id_fixed")])
        with self._write() as connection:
            current = self._require_version(connection, event_id, expected_version)
            updated = {**current.record, **changes}
            record = frame_to_records(records_to_frame([updated]))[0]
            if record == current.record:
                raise StoreError(Note("store_nothing_to_save", event=repr(event_id)))
            batch_id = self._new_batch(connection, "edit", f"edit {event_id}", writer, reason, 1)
            return self._update(connection, current, record, batch_id, writer, "edit", reason)

    def delete_event(self, event_id: str, writer: Writer, *, expected_version: int, reason: str) -> int:
        """Delete one event (its history stays); returns the batch id, which can be undone."""
        writer = check_writer(writer)
        reason = _required_reason(reason)
        with self._write() as connection:
            current = self._require_version(connection, event_id, expected_version)
            batch_id = self._new_batch(connection, "delete", f"delete {event_id}", writer, reason, 1)
            self._remove(connection, current, batch_id, writer, "delete", reason)
            return batch_id

    def undo_batch(self, batch_id: int, writer: Writer, *, reason: str | None = None) -> int:
        """Put every event a batch touched back as it was before; returns the undo's batch id.

        Refused, with nothing changed, when the batch was already undone or when one of its
        events has been changed by a later write (undo that one first, or edit by hand).
        """
        writer = check_writer(writer)
        with self._write() as connection:
            batch = (
                connection.execute(sa.select(T.batches).where(T.batches.c.batch_id == batch_id))
                .mappings()
                .first()
            )
            if batch is None:
                raise StoreError(Note("store_no_batch", batch=batch_id))
            if batch["undone_by"] is not None:
                raise StoreError(Note("store_batch_undone", batch=batch_id, undo=batch["undone_by"]))
            changes = [
                _change(row)
                for row in connection.execute(
                    sa.select(T.event_history)
                    .where(T.event_history.c.batch_id == batch_id)
                    .order_by(T.event_history.c.change_id.desc())
                ).mappings()
            ]
            why = reason or f"undo batch {batch_id} ({batch['label']})"
            undo_id = self._new_batch(connection, "undo", f"undo batch {batch_id}", writer, why, len(changes))
            for change in changes:
                current = self._current(connection, change.event_id)
                now_version = None if current is None else current.version
                if now_version != change.version_after:
                    raise StaleEditError(_changed_since(connection, batch_id, change.event_id))
                if change.before is None:
                    self._remove(connection, current, undo_id, writer, "undo", why)
                elif current is None:
                    self._insert(
                        connection, [change.before], undo_id, writer, "undo", why, change.version_before
                    )
                else:
                    self._update(connection, current, change.before, undo_id, writer, "undo", why)
            connection.execute(
                sa.update(T.batches).where(T.batches.c.batch_id == batch_id).values(undone_by=undo_id)
            )
            return undo_id

    # --- internals -----------------------------------------------------------------

    @contextmanager
    def _write(self, bump: bool = True) -> Iterator[sa.Connection]:
        with self.engine.connect().execution_options(store_write=True) as connection:
            with connection.begin():
                if bump:
                    self._bump(connection)
                yield connection

    @staticmethod
    def _bump(connection: sa.Connection) -> None:
        # First statement of every write: on PostgreSQL this row lock queues writers.
        connection.execute(
            sa.update(T.store_meta)
            .where(T.store_meta.c.key == "revision")
            .values(value=T.store_meta.c.value + 1)
        )

    def _current(self, connection: sa.Connection, event_id: str) -> StoredEvent | None:
        row = (
            connection.execute(sa.select(T.events).where(T.events.c.event_id == event_id)).mappings().first()
        )
        if row is None:
            return None
        record = {c: _from_db(c, row[c]) for c in S.COLUMNS}
        return StoredEvent(record, row["version"], row["updated_at"], row["updated_by"])

    def _require_version(self, connection: sa.Connection, event_id: str, expected: int) -> StoredEvent:
        current = self._current(connection, event_id)
        if current is None:
            raise EventNotFoundError(Note("store_no_event_deleted", event=repr(event_id)))
        if current.version != expected:
            raise StaleEditError(
                Note(
                    "store_stale_edit",
                    event=repr(event_id),
                    who=current.updated_by,
                    when=_when(current.updated_at),
                    expected=expected,
                    version=current.version,
                )
            )
        return current

    def _new_batch(
        self, connection: sa.Connection, kind: str, label: str, writer: Writer, reason: str | None, count: int
    ) -> int:
        return connection.execute(
            sa.insert(T.batches)
            .values(
                kind=kind,
                label=label,
                created_at=_now(),
                created_by=writer.label,
                reason=reason,
                event_count=count,
            )
            .returning(T.batches.c.batch_id)
        ).scalar_one()

    def _add(
        self,
        connection: sa.Connection,
        events: pd.DataFrame,
        writer: Writer,
        *,
        kind: str,
        label: str,
        reason: str | None,
        replace_existing: bool,
    ) -> BatchResult:
        records = frame_to_records(events)
        ids = [r[S.EVENT_ID] for r in records]
        stored = dict(connection.execute(sa.select(T.events.c.event_id, T.events.c.version)).all())
        existing = [i for i in ids if i in stored]
        if existing and not replace_existing:
            shown = ", ".join(repr(i) for i in existing[:10]) + (" …" if len(existing) > 10 else "")
            raise StoreError(Note("store_ids_taken", n=len(existing), ids=shown))
        batch_id = self._new_batch(connection, kind, label, writer, reason, len(records))
        new = [r for r in records if r[S.EVENT_ID] not in stored]
        self._insert(connection, new, batch_id, writer, "add", reason or label, None)
        replaced = 0
        for record in records:
            if record[S.EVENT_ID] in stored:
                current = self._current(connection, record[S.EVENT_ID])
                if current is not None and current.record != record:
                    self._update(
                        connection, current, record, batch_id, writer, "edit", f"superseded by {label}"
                    )
                    replaced += 1
        return BatchResult(batch_id, len(new), replaced)

    def _insert(
        self,
        connection: sa.Connection,
        records: list[Record],
        batch_id: int,
        writer: Writer,
        action: str,
        reason: str | None,
        previous_version: int | None,
    ) -> None:
        if not records:
            return
        now = _now()
        version = (previous_version or 0) + 1
        meta = {"version": version, "batch_id": batch_id, "updated_at": now, "updated_by": writer.label}
        connection.execute(sa.insert(T.events), [{**r, **meta} for r in records])
        connection.execute(
            sa.insert(T.event_history),
            [
                {
                    "event_id": r[S.EVENT_ID],
                    "batch_id": batch_id,
                    "action": action,
                    "version_before": previous_version,
                    "version_after": version,
                    "before": None,
                    "after": record_to_json(r),
                    "changed_at": now,
                    "changed_by": writer.label,
                    "reason": reason,
                }
                for r in records
            ],
        )

    def _update(
        self,
        connection: sa.Connection,
        current: StoredEvent,
        record: Record,
        batch_id: int,
        writer: Writer,
        action: str,
        reason: str | None,
    ) -> int:
        now = _now()
        event_id = current.record[S.EVENT_ID]
        result = connection.execute(
            sa.update(T.events)
            .where(T.events.c.event_id == event_id, T.events.c.version == current.version)
            .values(
                **{c: record[c] for c in S.COLUMNS if c != S.EVENT_ID},
                version=current.version + 1,
                batch_id=batch_id,
                updated_at=now,
                updated_by=writer.label,
            )
        )
        if result.rowcount != 1:  # a writer slipped in between the read and this update
            raise StaleEditError(Note("store_changed_while_saving", event=repr(event_id)))
        self._log(
            connection, event_id, batch_id, action, current, record, current.version + 1, writer, reason, now
        )
        return current.version + 1

    def _remove(
        self,
        connection: sa.Connection,
        current: StoredEvent,
        batch_id: int,
        writer: Writer,
        action: str,
        reason: str | None,
    ) -> None:
        event_id = current.record[S.EVENT_ID]
        result = connection.execute(
            sa.delete(T.events).where(T.events.c.event_id == event_id, T.events.c.version == current.version)
        )
        if result.rowcount != 1:
            raise StaleEditError(Note("store_changed_while_deleting", event=repr(event_id)))
        self._log(connection, event_id, batch_id, action, current, None, None, writer, reason, _now())

    def _log(
        self,
        connection: sa.Connection,
        event_id: str,
        batch_id: int,
        action: str,
        current: StoredEvent,
        after: Record | None,
        version_after: int | None,
        writer: Writer,
        reason: str | None,
        when: dt.datetime,
    ) -> None:
        connection.execute(
            sa.insert(T.event_history).values(
                event_id=event_id,
                batch_id=batch_id,
                action=action,
                version_before=current.version,
                version_after=version_after,
                before=record_to_json(current.record),
                after=record_to_json(after),
                changed_at=when,
                changed_by=writer.label,
                reason=reason,
            )
        )


def _lock_setup(connection: sa.Connection) -> None:
    # SQLite's BEGIN IMMEDIATE already serialises; PostgreSQL needs a lock held to commit.
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SETUP_LOCK})


def _required_reason(reason: str | None) -> str:
    if not reason or not reason.strip():
        raise StoreValidationError([Note("store_reason_needed")])
    return reason.strip()


def _changed_since(connection: sa.Connection, batch_id: int, event_id: str) -> Note:
    # Who changed the event last, and in which batch: the undo waits for that one.
    row = connection.execute(
        sa.select(T.event_history.c.changed_by, T.event_history.c.batch_id)
        .where(T.event_history.c.event_id == event_id)
        .order_by(T.event_history.c.change_id.desc())
        .limit(1)
    ).first()
    if row is None:
        return Note("store_undo_changed_since_someone", batch=batch_id, event=repr(event_id))
    return Note(
        "store_undo_changed_since",
        batch=batch_id,
        event=repr(event_id),
        who=row.changed_by,
        later=row.batch_id,
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _when(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _from_db(column: str, value: Any) -> Any:
    if value is None:
        return None
    if column in S.DATE_COLUMNS and isinstance(value, dt.datetime):
        return value.date()
    if column in S.AT_LEAST_COLUMNS:
        return bool(value)
    if column in S.FLOAT_COLUMNS:
        return float(value)
    return value


def _change(row: Any) -> Change:
    return Change(
        change_id=row["change_id"],
        event_id=row["event_id"],
        batch_id=row["batch_id"],
        action=row["action"],
        version_before=row["version_before"],
        version_after=row["version_after"],
        before=record_from_json(row["before"]),
        after=record_from_json(row["after"]),
        changed_at=row["changed_at"],
        changed_by=row["changed_by"],
        reason=row["reason"],
    )


def _rows_to_frame(rows: list[Any]) -> pd.DataFrame:
    raw = pd.DataFrame.from_records(rows, columns=list(S.COLUMNS))
    columns: dict[str, pd.Series] = {}
    for column in S.COLUMNS:
        values = raw[column]
        if column in S.DATE_COLUMNS:
            columns[column] = pd.to_datetime(values).astype("datetime64[s]")
        elif column in S.AT_LEAST_COLUMNS:
            columns[column] = values.fillna(False).astype(bool).astype("boolean")
        elif column in S.COUNT_COLUMNS or column in S.FLOAT_COLUMNS:
            columns[column] = pd.Series(
                pd.array(values.astype(object).where(values.notna(), None), dtype=S.DTYPES[column])
            )
        else:
            columns[column] = values.astype(object).where(values.notna(), None).astype(S.DTYPES[column])
    return pd.DataFrame(columns).astype(S.DTYPES)
