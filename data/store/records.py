"""Events between their two shapes: the typed canonical table and plain Python records.

A record is a dict keyed by canonical column name, with ``None`` for "not reported"
(never 0), ``datetime.date`` for dates, ``float`` for coordinates, ``int`` for counts and
``bool`` for the lower-bound flags: what SQLAlchemy writes and reads on both back-ends.
History keeps records as JSON text, dates as ``YYYY-MM-DD``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

import pandas as pd

from data import schema as S
from data.events_io import Note, validate_events
from data.i18n import tr

Record = dict[str, Any]


class StoreValidationError(ValueError):
    """Events that do not fit the schema; ``messages`` lists every problem found."""

    def __init__(self, messages: list[str]):
        self.messages = messages
        super().__init__("; ".join(messages))


def _python_value(column: str, value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if column in S.DATE_COLUMNS:
        if isinstance(value, str):
            value = pd.Timestamp(value)
        if isinstance(value, pd.Timestamp):
            return value.date()
        if isinstance(value, dt.datetime):
            return value.date()
        return value
    if column in S.FLOAT_COLUMNS:
        return float(value)
    if column in S.COUNT_COLUMNS:
        return int(value)
    if column in S.AT_LEAST_COLUMNS:
        return bool(value)
    return str(value)


def frame_to_records(events: pd.DataFrame) -> list[Record]:
    """The rows of a canonical events table as records (column order of the schema)."""
    columns = {c: events[c].astype(object).to_numpy() for c in S.COLUMNS}
    return [{c: _python_value(c, columns[c][i]) for c in S.COLUMNS} for i in range(len(events))]


def records_to_frame(records: list[Record]) -> pd.DataFrame:
    """A canonical events table from records; raises :class:`StoreValidationError` on bad values.

    Values outside a vocabulary are reported rather than silently becoming empty, and
    the table is checked against the schema like any loaded file.
    """
    if not records:
        return S.empty_events()
    messages: list[str] = []
    data: dict[str, list[Any]] = {c: [r.get(c) for r in records] for c in S.COLUMNS}
    for column, allowed in S.CATEGORY_COLUMNS.items():
        for number, value in enumerate(data[column], start=1):
            if value is None:
                data[column][number - 1] = S.DEFAULTS.get(column)
            elif value not in allowed:
                messages.append(
                    Note(
                        "store_not_in_vocabulary",
                        number=number,
                        name=column,
                        allowed=", ".join(allowed),
                        found=repr(value),
                    )
                )
    for column in S.AT_LEAST_COLUMNS:
        data[column] = [False if v is None else bool(v) for v in data[column]]
    if messages:
        raise StoreValidationError(messages)
    columns: dict[str, pd.Series] = {}
    for column in S.COLUMNS:
        values = [_python_value(column, v) for v in data[column]]
        if column in S.DATE_COLUMNS:
            stamps = [pd.NaT if v is None else pd.Timestamp(v) for v in values]
            columns[column] = pd.Series(stamps, dtype="datetime64[s]")
        else:
            columns[column] = pd.Series(pd.array(values, dtype=S.DTYPES[column]))
    events = pd.DataFrame(columns).astype(S.DTYPES)
    problems = validate_events(events)
    if problems:
        raise StoreValidationError([p.describe(lambda n: tr("event {n}", n=n)) for p in problems])
    return events


def record_to_json(record: Record | None) -> str | None:
    """A record as JSON text for the history table (dates as ``YYYY-MM-DD``)."""
    if record is None:
        return None
    return json.dumps(
        {c: (v.isoformat() if isinstance(v, dt.date) else v) for c, v in record.items()},
        ensure_ascii=False,
    )


def record_from_json(text: str | None) -> Record | None:
    """The record kept in the history table, back as Python values."""
    if text is None:
        return None
    raw = json.loads(text)
    return {c: _python_value(c, raw.get(c)) for c in S.COLUMNS}
