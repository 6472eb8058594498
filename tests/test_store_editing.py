"""The pure helpers behind the store panel: form values to an event, history in words."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from data import schema as S
from data.store import EventStore, authorise_writer
from data.store.editing import batches_table, event_from_form, form_changes, history_table, new_event_id


def test_form_values_become_a_typed_event():
    event, messages = event_from_form(
        {
            S.EVENT_ID: "m-1",
            S.DATE: dt.date(2025, 4, 1),
            S.LOCATION: " Kharkiv ",
            S.LATITUDE: 49.98081,
            S.LONGITUDE: 36.25272,
            S.KILLED: 3.0,
            S.at_least_column(S.KILLED): True,
            S.INJURED: None,
            S.WEAPON: "drone",
            S.SOURCE_URL: "",
        }
    )
    assert messages == []
    row = event.iloc[0]
    assert row[S.LOCATION] == "Kharkiv" and row[S.KILLED] == 3 and bool(row[S.at_least_column(S.KILLED)])
    assert row[S.LATITUDE] == 49.98081 and row[S.DATE] == dt.datetime(2025, 4, 1)
    assert row[S.INJURED] is pd.NA  # empty stays "not reported"
    assert row[S.WEAPON] == "drone" and row[S.TARGET] == "unknown"


@pytest.mark.parametrize(
    "values, expected",
    [
        ({S.LATITUDE: 95.0, S.LONGITUDE: 30.0}, "latitude: must be between -90 and 90"),
        ({S.LATITUDE: 50.0}, "latitude and longitude must be given together"),
        ({S.SOURCE_URL: "javascript:alert(1)"}, "source_url: must be an http:// or https:// link"),
        ({S.KILLED: 2, S.CHILDREN_KILLED: 5}, "children_killed is larger than the exact killed"),
        ({S.EVENT_ID: ""}, "event_id"),
    ],
)
def test_form_problems_are_sentences_naming_the_field(values, expected):
    event, messages = event_from_form({S.EVENT_ID: "m-1", **values})
    assert event is None
    assert any(expected in m for m in messages), messages


def test_new_ids_are_dated_and_distinct():
    first, second = new_event_id(dt.date(2025, 4, 14)), new_event_id(dt.date(2025, 4, 14))
    assert first.startswith("manual-20250414-") and first != second


def test_history_and_batches_read_as_words(tmp_path):
    store = EventStore.open(f"sqlite:///{tmp_path / 's.db'}")
    event_id = store.load_events()[S.EVENT_ID].iloc[0]
    current = store.get_event(event_id)
    edited, _ = event_from_form({**current.record, S.KILLED: 4, S.WEAPON: "missile"})
    changes = form_changes(current.record, edited)
    assert changes == {S.KILLED: 4, S.WEAPON: "missile"}
    store.edit_event(
        event_id, changes, authorise_writer("Ana", "passphrase"), expected_version=1, reason="update"
    )
    table = history_table(store.history(event_id))
    assert list(table["action"]) == ["add", "edit"]
    assert table["what changed"].iloc[0] == "added"
    assert table["what changed"].iloc[1] == "weapon: unknown → missile; killed: 1 → 4"
    assert table["who"].iloc[1] == "Ana (passphrase)" and table["why"].iloc[1] == "update"
    batches = batches_table(store.batches())
    assert list(batches["kind"]) == ["edit", "seed"] and list(batches["undone"]) == ["", ""]
    store.dispose()


def test_the_stores_refusals_and_history_are_worded_in_the_readers_language(tmp_path):
    """Every refusal carries its code: the English as it always read, and the reader's language."""
    import json

    from data.events_io import Note, note_from_data, note_text, note_to_data
    from data.i18n import language
    from data.store import NotAuthorisedError, StoreError, StoreValidationError
    from data.synthetic import make_synthetic_events
    from tests.test_i18n import english_left

    store = EventStore.open(f"sqlite:///{tmp_path / 's.db'}")
    ana, bo = authorise_writer("Ana", "passphrase"), authorise_writer("Bo", "oidc")
    event_id = store.load_events()[S.EVENT_ID].iloc[0]
    batch = store.add_batch(make_synthetic_events(3, seed=1), ana, label="three.csv")
    refusals = []

    def refused(kind, action):
        with pytest.raises(kind) as caught:
            action()
        said = caught.value.messages if kind is StoreValidationError else [caught.value.args[0]]
        assert all(isinstance(text, Note) for text in said), said
        refusals.extend(said)

    refused(StoreError, lambda: store.undo_batch(999, ana))
    store.undo_batch(batch.batch_id, ana)
    refused(StoreError, lambda: store.undo_batch(batch.batch_id, ana))
    refused(StoreError, lambda: store.add_batch(store.load_events().head(2), ana, label="again"))
    refused(StoreError, lambda: store.get_event("nope"))
    store.edit_event(event_id, {S.KILLED: 9}, bo, expected_version=1, reason="later")
    refused(
        StoreError, lambda: store.edit_event(event_id, {S.KILLED: 4}, ana, expected_version=1, reason="x")
    )
    refused(
        StoreError, lambda: store.edit_event(event_id, {S.KILLED: 9}, ana, expected_version=2, reason="x")
    )
    refused(
        StoreValidationError,
        lambda: store.edit_event(event_id, {"casualties": 3}, ana, expected_version=2, reason="x"),
    )
    refused(
        StoreValidationError,
        lambda: store.edit_event(event_id, {S.EVENT_ID: "x"}, ana, expected_version=2, reason="x"),
    )
    refused(
        StoreValidationError,
        lambda: store.edit_event(event_id, {S.WEAPON: "catapult"}, ana, expected_version=2, reason="x"),
    )
    refused(StoreValidationError, lambda: store.delete_event(event_id, ana, expected_version=2, reason=" "))
    refused(
        NotAuthorisedError,
        lambda: store.delete_event(event_id, {"name": "x"}, expected_version=2, reason="x"),
    )
    assert "Batch 2 was already undone (by batch 3)." in refusals
    assert any(r.startswith("event 1, weapon: must be one of") for r in refusals)
    again = [note_from_data(json.loads(json.dumps(note_to_data(r)))) for r in refusals]
    with language("uk"):
        shown = [note_text(r) for r in again]
        history = history_table(store.history(event_id))
        _, form = event_from_form({S.EVENT_ID: "m-1", S.LATITUDE: 95.0, S.LONGITUDE: 30.0})
    assert "Пакет 2 уже скасовано (пакетом 3)." in shown and len(set(shown)) == len(shown) == 11
    assert not english_left([("refusal", text) for text in shown]), shown
    assert english_left([("refusal", text) for text in refusals])  # the finder sees the English
    assert history["what changed"].iloc[0] == "додано"
    assert (
        history["what changed"].iloc[1].startswith("загиблі: ") and " → 9" in history["what changed"].iloc[1]
    )
    assert form and "(знайдено '95.0')" in form[0], form
    store.dispose()
