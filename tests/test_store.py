"""Contract tests of the event store, each run against real SQLite and real PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import threading

import pandas as pd
import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from data import schema as S
from data.embedded import load_embedded_events
from data.events_io import coerce_events, events_to_csv
from data.store import (
    EventNotFoundError,
    EventStore,
    NotAuthorisedError,
    StaleEditError,
    StoreError,
    StoreValidationError,
    Writer,
    authorise_writer,
)
from data.store import tables as T
from data.synthetic import make_synthetic_events
from tests.conftest import ROOT
from tests.store_backends import BACKENDS, database_url, drop_schemas

EDITOR = authorise_writer("ana@example.org", "oidc")
OTHER = authorise_writer("bo", "passphrase")


@pytest.fixture(scope="module", autouse=True)
def _drop_postgres_schemas():
    yield
    drop_schemas()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def url(backend, tmp_path) -> str:
    return database_url(backend, tmp_path)


@pytest.fixture
def store(url):
    opened = EventStore.open(url)
    yield opened
    opened.dispose()


@pytest.fixture
def empty_store(url):
    opened = EventStore.open(url, seed=False)
    yield opened
    opened.dispose()


def _event(event_id: str, **values: str) -> pd.DataFrame:
    """One event typed as a file would give it (cells as text)."""
    raw = pd.DataFrame({S.EVENT_ID: [event_id], **{k: [v] for k, v in values.items()}}).astype("string")
    return coerce_events(raw)[0]


# --- opening, seeding, migrations ----------------------------------------------------


def test_new_store_is_seeded_once_with_the_embedded_report(url):
    first = EventStore.open(url)
    assert events_to_csv(first.load_events()) == events_to_csv(load_embedded_events())
    revision = first.revision()
    first.dispose()
    again = EventStore.open(url)  # a restart: no second seed, no change
    assert len(again.load_events()) == len(load_embedded_events())
    assert again.revision() == revision
    assert [b.kind for b in again.batches()] == ["seed"]
    again.dispose()


def test_the_newest_migrations_read_from_the_scripts_are_alembics_heads():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from data.store.store import MIGRATIONS, newest_migrations

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert newest_migrations() == frozenset(ScriptDirectory.from_config(config).get_heads())


def test_reopening_an_up_to_date_store_does_not_load_alembic(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    EventStore.open(url).dispose()  # created and migrated: alembic runs here
    code = (
        "import sys; from data.store import EventStore; "
        f"store = EventStore.open({url!r}); assert store.at_newest_migration(); "
        "print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_a_new_database_is_behind_the_newest_migration_until_opened(url):
    engine = sa.create_engine(url)
    assert not EventStore(engine).at_newest_migration()
    engine.dispose()
    store = EventStore.open(url)
    assert store.at_newest_migration()
    store.dispose()


def test_migrations_create_exactly_the_declared_tables(store):
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), T.metadata)
    assert differences == []


def test_store_columns_follow_the_schema():
    stored = [c.name for c in T.events.columns if c.name in S.COLUMNS]
    assert stored == list(S.COLUMNS)


def test_round_trip_is_exact_on_every_kind_of_value(empty_store):
    events = make_synthetic_events(300, seed=3)
    empty_store.add_batch(events, EDITOR, label="synthetic")
    loaded = empty_store.load_events()
    pd.testing.assert_frame_equal(loaded, events.reset_index(drop=True))
    assert events_to_csv(loaded) == events_to_csv(events)


def test_empty_store_loads_an_empty_table(empty_store):
    loaded = empty_store.load_events()
    assert loaded.empty and list(loaded.columns) == list(S.COLUMNS)


# --- revision --------------------------------------------------------------------------


def test_every_write_changes_the_revision_and_a_refused_one_does_not(store):
    seen = {store.revision()}
    store.add_batch(_event("hand-1", location="Sumy", killed="2"), EDITOR, label="by hand", kind="add")
    seen.add(store.revision())
    version = store.get_event("hand-1").version
    store.edit_event("hand-1", {S.KILLED: 3}, EDITOR, expected_version=version, reason="later figure")
    seen.add(store.revision())
    before = store.revision()
    with pytest.raises(StaleEditError):
        store.edit_event("hand-1", {S.KILLED: 4}, EDITOR, expected_version=version, reason="stale")
    assert store.revision() == before
    assert len(seen) == 3


# --- who may write ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "writer",
    [None, "ana", {"name": "ana", "method": "oidc"}, Writer("ana", "oidc"), Writer("ana", "oidc", "0" * 64)],
    ids=["none", "text", "dict", "unsigned", "forged"],
)
def test_writes_without_an_issued_writer_are_refused(store, writer):
    revision = store.revision()
    event_id = store.load_events()[S.EVENT_ID].iloc[0]
    with pytest.raises(NotAuthorisedError):
        store.add_batch(_event("x-1"), writer, label="anonymous")
    with pytest.raises(NotAuthorisedError):
        store.edit_event(event_id, {S.KILLED: 1}, writer, expected_version=1, reason="anonymous")
    with pytest.raises(NotAuthorisedError):
        store.delete_event(event_id, writer, expected_version=1, reason="anonymous")
    with pytest.raises(NotAuthorisedError):
        store.undo_batch(1, writer)
    assert store.revision() == revision
    assert len(store.load_events()) == len(load_embedded_events())


def test_a_writer_with_a_changed_name_is_refused(store):
    forged = Writer("someone else", EDITOR.method, EDITOR.signature)
    with pytest.raises(NotAuthorisedError):
        store.add_batch(_event("x-1"), forged, label="forged")


# --- adding ----------------------------------------------------------------------------------


def test_a_batch_with_a_stored_id_is_refused_whole(store):
    stored_id = store.load_events()[S.EVENT_ID].iloc[0]
    batch = pd.concat([_event("new-1"), _event(stored_id)], ignore_index=True)
    with pytest.raises(StoreError, match=f"already in the store.*{stored_id}"):
        store.add_batch(batch, EDITOR, label="mixed")
    assert "new-1" not in set(store.load_events()[S.EVENT_ID])


def test_invalid_events_are_refused_with_every_problem(store):
    bad = _event("bad-1", killed="3", children_killed="5")
    bad[S.LATITUDE] = pd.array([95.0], dtype="Float64")
    with pytest.raises(StoreValidationError) as caught:
        store.add_batch(bad, EDITOR, label="bad")
    text = str(caught.value)
    assert "latitude" in text and "children_killed" in text
    assert "bad-1" not in set(store.load_events()[S.EVENT_ID])


# --- editing and history -------------------------------------------------------------------


def test_edit_keeps_what_the_event_was_who_changed_it_and_why(store):
    event_id = store.load_events()[S.EVENT_ID].iloc[0]
    before = store.get_event(event_id)
    version = store.edit_event(
        event_id,
        {S.WEAPON: "missile", S.KILLED: None},
        OTHER,
        expected_version=before.version,
        reason="unclear",
    )
    assert version == before.version + 1
    after = store.get_event(event_id)
    assert after.record[S.WEAPON] == "missile" and after.record[S.KILLED] is None  # not reported, not 0
    change = store.history(event_id)[-1]
    assert (change.action, change.changed_by, change.reason) == ("edit", "bo (passphrase)", "unclear")
    assert change.before == before.record and change.after == after.record
    assert set(change.changed_columns()) == {S.WEAPON, S.KILLED}


def test_a_later_report_supersedes_counts_and_both_stay_in_the_history(store):
    first = _event("kh-1", location="Kharkiv", killed="3", injured="10", source_title="First report")
    store.add_batch(first, EDITOR, label="first report", kind="report")
    later = _event(
        "kh-1",
        location="Kharkiv",
        killed="5",
        killed_at_least="true",
        injured="12",
        source_title="Later report",
    )
    result = store.add_batch(later, OTHER, label="later report", kind="report", replace_existing=True)
    assert (result.added, result.replaced) == (0, 1)
    shown = store.load_events().set_index(S.EVENT_ID).loc["kh-1"]
    assert (shown[S.KILLED], bool(shown[S.at_least_column(S.KILLED)]), shown[S.INJURED]) == (5, True, 12)
    history = store.history("kh-1")
    assert [c.action for c in history] == ["add", "edit"]
    assert history[0].after[S.KILLED] == 3 and history[0].after[S.SOURCE_TITLE] == "First report"
    assert history[1].before[S.KILLED] == 3 and history[1].after[S.KILLED] == 5
    assert history[1].after[S.SOURCE_TITLE] == "Later report"
    assert history[1].reason == "superseded by later report"


def test_a_stale_edit_is_refused_with_a_clear_message(store):
    event_id = store.load_events()[S.EVENT_ID].iloc[0]
    seen = store.get_event(event_id).version
    store.edit_event(event_id, {S.KILLED: 2}, EDITOR, expected_version=seen, reason="first editor")
    with pytest.raises(StaleEditError) as caught:
        store.edit_event(event_id, {S.KILLED: 7}, OTHER, expected_version=seen, reason="second editor")
    message = str(caught.value)
    assert "ana@example.org (oidc)" in message and "not saved" in message and f"version {seen}" in message
    assert store.get_event(event_id).record[S.KILLED] == 2


@pytest.mark.parametrize(
    "changes, message",
    [
        ({S.WEAPON: "catapult"}, "weapon: must be one of"),
        ({S.LATITUDE: 91.0}, "latitude"),
        ({S.EVENT_ID: "renamed"}, "cannot be changed"),
        ({"casualties": 3}, "not a column"),
    ],
)
def test_invalid_edits_are_refused(store, changes, message):
    event_id = store.load_events()[S.EVENT_ID].iloc[0]
    with pytest.raises(StoreValidationError, match=message):
        store.edit_event(event_id, changes, EDITOR, expected_version=1, reason="test")
    assert store.get_event(event_id).version == 1


def test_edit_and_delete_need_a_reason(store):
    event_id = store.load_events()[S.EVENT_ID].iloc[0]
    with pytest.raises(StoreValidationError, match="reason"):
        store.edit_event(event_id, {S.KILLED: 9}, EDITOR, expected_version=1, reason="  ")
    with pytest.raises(StoreValidationError, match="reason"):
        store.delete_event(event_id, EDITOR, expected_version=1, reason="")


def test_delete_then_undo_brings_the_event_back_with_its_history(store):
    events = store.load_events()
    event_id = events[S.EVENT_ID].iloc[1]
    batch_id = store.delete_event(event_id, EDITOR, expected_version=1, reason="duplicate of another report")
    assert event_id not in set(store.load_events()[S.EVENT_ID])
    with pytest.raises(EventNotFoundError):
        store.get_event(event_id)
    store.undo_batch(batch_id, OTHER)
    restored = store.load_events()
    assert events_to_csv(restored.sort_values(S.EVENT_ID)) == events_to_csv(events.sort_values(S.EVENT_ID))
    assert [c.action for c in store.history(event_id)] == ["add", "delete", "undo"]
    assert store.get_event(event_id).version == 2


def test_undo_of_an_import_removes_it_and_cannot_be_repeated(store):
    before = store.load_events()
    result = store.add_batch(make_synthetic_events(20, seed=1), EDITOR, label="synthetic.csv")
    assert len(store.load_events()) == len(before) + 20
    undo_id = store.undo_batch(result.batch_id, EDITOR)
    assert events_to_csv(store.load_events()) == events_to_csv(before)
    with pytest.raises(StoreError, match="already undone"):
        store.undo_batch(result.batch_id, EDITOR)
    assert store.batches()[0].batch_id == undo_id
    assert next(b for b in store.batches() if b.batch_id == result.batch_id).undone_by == undo_id


def test_undo_is_refused_when_a_later_write_changed_the_event(store):
    result = store.add_batch(_event("r-1", killed="1"), EDITOR, label="report")
    store.edit_event("r-1", {S.KILLED: 4}, OTHER, expected_version=1, reason="correction")
    with pytest.raises(StaleEditError, match="changed after it.*bo \\(passphrase\\)"):
        store.undo_batch(result.batch_id, EDITOR)
    assert store.get_event("r-1").record[S.KILLED] == 4


# --- concurrent writers ------------------------------------------------------------------


def _run_threads(target, count: int) -> list[BaseException]:
    errors: list[BaseException] = []
    barrier = threading.Barrier(count)

    def run(number: int) -> None:
        try:
            barrier.wait()
            target(number)
        except BaseException as err:  # noqa: BLE001 - reported by the test
            errors.append(err)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def test_parallel_writers_lose_nothing(url):
    EventStore.open(url).dispose()
    writers, per_writer = 4, 8
    start_revision = EventStore.open(url).revision()

    def add_events(number: int) -> None:
        # One store (engine, connections) per writer: like separate app processes.
        own = EventStore.open(url)
        for n in range(per_writer):
            own.add_batch(
                _event(f"w{number}-{n}", killed=str(n)),
                authorise_writer(f"writer {number}", "oidc"),
                label=f"writer {number} event {n}",
                kind="add",
            )
        own.dispose()

    assert _run_threads(add_events, writers) == []
    store = EventStore.open(url)
    ids = set(store.load_events()[S.EVENT_ID])
    assert {f"w{w}-{n}" for w in range(writers) for n in range(per_writer)} <= ids
    assert store.revision() == start_revision + writers * per_writer
    store.dispose()


def test_parallel_edits_of_one_event_lose_no_increment(url):
    store = EventStore.open(url)
    store.add_batch(_event("shared", killed="0"), EDITOR, label="shared event", kind="add")
    writers, per_writer = 4, 5
    refusals = []

    def increment(number: int) -> None:
        own = EventStore.open(url)
        writer = authorise_writer(f"editor {number}", "oidc")
        for _ in range(per_writer):
            while True:  # what an editor does after "reload and make it again"
                current = own.get_event("shared")
                try:
                    own.edit_event(
                        "shared",
                        {S.KILLED: current.record[S.KILLED] + 1},
                        writer,
                        expected_version=current.version,
                        reason="one more",
                    )
                    break
                except StaleEditError:
                    refusals.append(number)
        own.dispose()

    assert _run_threads(increment, writers) == []
    final = store.get_event("shared")
    assert final.record[S.KILLED] == writers * per_writer
    assert final.version == 1 + writers * per_writer
    edits = [c for c in store.history("shared") if c.action == "edit"]
    assert [c.after[S.KILLED] for c in edits] == list(range(1, writers * per_writer + 1))
    store.dispose()


def test_two_editors_of_the_same_version_one_wins_one_is_told(store):
    event_id = store.load_events()[S.EVENT_ID].iloc[0]
    outcomes: dict[int, object] = {}

    def edit(number: int) -> None:
        try:
            store.edit_event(
                event_id,
                {S.INJURED: 30 + number},
                authorise_writer(f"e{number}", "oidc"),
                expected_version=1,
                reason=f"editor {number}",
            )
            outcomes[number] = "saved"
        except StaleEditError as err:
            outcomes[number] = err

    assert _run_threads(edit, 2) == []
    assert sorted(str(type(o).__name__) for o in outcomes.values()) == ["StaleEditError", "str"]
    winner = next(n for n, o in outcomes.items() if o == "saved")
    assert store.get_event(event_id).record[S.INJURED] == 30 + winner


def test_migrating_twice_at_once_is_safe(url):
    errors = _run_threads(lambda n: EventStore.open(url).dispose(), 3)
    assert errors == []
    store = EventStore.open(url)
    assert [b.kind for b in store.batches()] == ["seed"]
    with store.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    store.dispose()
