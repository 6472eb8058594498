"""Pure helpers behind the store's page panel: a form's values to an event, history as a table.

Kept out of ``components/`` so they are tested without Streamlit.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

import pandas as pd

from data import schema as S
from data.events_io import coerce_events, validate_events
from data.i18n import N_, format_number, label, tr
from data.store.records import Record, frame_to_records
from data.store.store import Batch, Change


def new_event_id(today: dt.date | None = None) -> str:
    """An id for an event added by hand: ``manual-20250414-3fa9c1``."""
    today = today or dt.date.today()
    return f"manual-{today:%Y%m%d}-{secrets.token_hex(3)}"


def _as_cell(column: str, value: Any) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, bool):
        return "true" if value else "false"
    if column in S.COUNT_COLUMNS and isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    return str(value).strip()


def event_from_form(values: dict[str, Any]) -> tuple[pd.DataFrame | None, list[str]]:
    """One event from a form's values, checked exactly like a row of a file.

    Parameters
    ----------
    values
        Column -> what the form holds (text, number, date, bool or ``None`` for empty).

    Returns
    -------
    event, messages
        A one-row canonical events table and no messages, or ``None`` and every
        problem as a sentence ("latitude: must be between -90 and 90 (found '95.0')").
    """
    raw = pd.DataFrame({c: [_as_cell(c, values.get(c))] for c in S.COLUMNS}).astype("string")
    events, problems = coerce_events(raw)
    if not problems:
        problems = validate_events(events)
    if problems:
        return None, [_sentence(p.column, p.message, p.value) for p in problems]
    return events, []


def _sentence(column: str | None, message: str, value: str | None) -> str:
    # In the reader's language like the message itself; the column keeps its schema name.
    found = " " + tr("(found {value})", value=repr(value)) if value not in (None, "") else ""
    return f"{column or tr('event')}: {message}{found}"


def form_changes(current: Record, edited: pd.DataFrame) -> Record:
    """The columns an edit form changed, compared with the stored record."""
    record = frame_to_records(edited)[0]
    return {c: record[c] for c in S.COLUMNS if c != S.EVENT_ID and record[c] != current.get(c)}


# The columns as the history names them, in the reader's language (the schema's names stay
# in the stored record and the CSV).
COLUMN_WORDS = {
    S.EVENT_ID: N_("event id"),
    S.DATE: N_("date"),
    S.DATE_PRECISION: N_("date precision"),
    S.LOCATION: N_("place"),
    S.OBLAST_ISO: N_("oblast code"),
    S.OBLAST: N_("oblast"),
    S.COUNTRY: N_("country"),
    S.LATITUDE: N_("latitude"),
    S.LONGITUDE: N_("longitude"),
    S.GEO_PRECISION: N_("placed at"),
    S.WEAPON: N_("weapon"),
    S.TARGET: N_("target"),
    S.KILLED: N_("killed"),
    S.at_least_column(S.KILLED): N_("killed, at least"),
    S.INJURED: N_("injured"),
    S.at_least_column(S.INJURED): N_("injured, at least"),
    S.CHILDREN_KILLED: N_("children killed"),
    S.at_least_column(S.CHILDREN_KILLED): N_("children killed, at least"),
    S.CHILDREN_INJURED: N_("children injured"),
    S.at_least_column(S.CHILDREN_INJURED): N_("children injured, at least"),
    S.CASUALTY_NOTE: N_("casualty note"),
    S.SOURCE_NAME: N_("source"),
    S.SOURCE_EVENT_ID: N_("id in the source"),
    S.SOURCE_TITLE: N_("source title"),
    S.SOURCE_URL: N_("source link"),
    S.SOURCE_DATE: N_("published"),
    S.DESCRIPTION: N_("description"),
    S.POSSIBLE_DUPLICATES: N_("possible duplicates"),
}


def _show(column: str, value: Any) -> str:
    if value is None:
        return tr("not reported")
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, dt.date):
        return value.isoformat()
    if column in S.CATEGORY_COLUMNS:
        return label(value)
    if isinstance(value, int):
        return format_number(value)
    return str(value)


def describe_change(change: Change) -> str:
    """What one write did to an event, in the reader's language: ``killed: 3 → 5; source title: A → B``."""
    if change.before is None:
        return tr("added")
    if change.after is None:
        return tr("deleted")
    parts = [
        f"{tr(COLUMN_WORDS.get(c, c))}: {_show(c, change.before[c])} → {_show(c, change.after[c])}"
        for c in change.changed_columns()
    ]
    return "; ".join(parts) or tr("no change")


# What the store calls its writes (``Change.action``, ``Batch.kind``): stored as codes,
# shown through the catalogue.
STORE_WORDS = (N_("add"), N_("edit"), N_("delete"), N_("undo"), N_("seed"), N_("import"), N_("report"))
# The history and batch tables' columns as the page shows them (the tables keep these keys).
TABLE_HEADERS = (
    N_("when (UTC)"), N_("version"), N_("who"), N_("action"), N_("batch"), N_("why"), N_("what changed"),
    N_("kind"), N_("what"), N_("events"), N_("undone"),
)  # fmt: skip


# The labels the store and the page write for their own batches (``Batch.label``, stored as
# English text), by kind: shown in the reader's language. Other labels (file names, report
# titles) are data and shown as written.
_OWN_LABELS = {
    "edit": ("edit ", N_("edit {event}")),
    "delete": ("delete ", N_("delete {event}")),
    "undo": ("undo batch ", N_("undo batch {event}")),
    "add": ("added by hand: ", N_("added by hand: {event}")),
}


def batch_label(kind: str, label: str) -> str:
    """A batch's label as the reader sees it (the embedded report's and the store's own words translated)."""
    from data.embedded import EMBEDDED_LABEL

    if kind == "seed" and label == EMBEDDED_LABEL:
        return tr(EMBEDDED_LABEL)
    prefix, message = _OWN_LABELS.get(kind, (None, None))
    if prefix and label.startswith(prefix):
        return tr(message, event=label[len(prefix) :])
    return label


def translated_table(table: pd.DataFrame) -> pd.DataFrame:
    """A history or batches table with its headers and its action/kind words in the reader's language."""
    shown = table.copy()
    for column in ("action", "kind"):
        if column in shown.columns:
            shown[column] = [tr(str(v)) if v in STORE_WORDS else v for v in shown[column]]
    if "what" in shown.columns and "kind" in table.columns:
        shown["what"] = [batch_label(k, v) for k, v in zip(table["kind"], table["what"], strict=True)]
    if "undone" in shown.columns:
        shown["undone"] = [
            tr("by batch {batch}", batch=v[len("by batch ") :])
            if isinstance(v, str) and v.startswith("by batch ")
            else v
            for v in shown["undone"]
        ]
    return shown.rename(columns={c: tr(c) for c in shown.columns})


def history_table(changes: list[Change]) -> pd.DataFrame:
    """An event's history as rows: when, who, what was done, why, what changed (in the reader's language)."""
    return pd.DataFrame(
        {
            "when (UTC)": [c.changed_at.strftime("%Y-%m-%d %H:%M:%S") for c in changes],
            "version": [c.version_after if c.version_after is not None else "—" for c in changes],
            "who": [c.changed_by for c in changes],
            "action": [c.action for c in changes],
            "batch": [c.batch_id for c in changes],
            "why": [c.reason or "" for c in changes],
            "what changed": [describe_change(c) for c in changes],
        }
    )


def batches_table(batches: list[Batch]) -> pd.DataFrame:
    """Batches as rows, newest first, saying which were undone and by what."""
    return pd.DataFrame(
        {
            "batch": [b.batch_id for b in batches],
            "when (UTC)": [b.created_at.strftime("%Y-%m-%d %H:%M:%S") for b in batches],
            "who": [b.created_by for b in batches],
            "kind": [b.kind for b in batches],
            "what": [b.label for b in batches],
            "events": [b.event_count for b in batches],
            "undone": ["" if b.undone_by is None else f"by batch {b.undone_by}" for b in batches],
        }
    )
