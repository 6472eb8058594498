"""The event store: events kept in SQLite (by default) or PostgreSQL, with history and batches.

>>> store = EventStore.open(database_url())      # creates, migrates and seeds on first use
>>> events = store.load_events()                  # the canonical events table
>>> store.add_batch(events, writer, label="my file")   # writer from authorise_writer()

See :mod:`data.store.store` for the interface and ``README.md`` (Keeping events) for set-up.
"""

from data.store.config import ENV_VAR, database_url, describe_url
from data.store.records import StoreValidationError
from data.store.store import (
    Batch,
    BatchResult,
    Change,
    EventNotFoundError,
    EventStore,
    StaleEditError,
    StoredEvent,
    StoreError,
)
from data.store.writer import NotAuthorisedError, Writer, authorise_writer, check_writer

__all__ = [
    "ENV_VAR",
    "Batch",
    "BatchResult",
    "Change",
    "EventNotFoundError",
    "EventStore",
    "NotAuthorisedError",
    "StaleEditError",
    "StoreError",
    "StoreValidationError",
    "StoredEvent",
    "Writer",
    "authorise_writer",
    "check_writer",
    "database_url",
    "describe_url",
]
