"""The page on the event store (AppTest): it reads the store, follows its revision, and
only a signed-in writer can change it, whatever the session state says."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from components.auth import SESSION_WRITER, passphrase_matches
from data import schema as S
from data.events_io import coerce_events
from data.store import EventStore, Writer, authorise_writer

APP = str(Path(__file__).resolve().parents[1] / "app.py")
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def store_url(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'page.db'}"
    monkeypatch.setenv("STRIKE_MAP_DATABASE_URL", url)
    return url


@pytest.fixture
def editing(monkeypatch) -> None:
    monkeypatch.setenv("STRIKE_MAP_EDITING", "true")
    monkeypatch.setenv("STRIKE_MAP_EDITOR_PASSPHRASE", PASSPHRASE)


def _page() -> AppTest:
    return AppTest.from_file(APP, default_timeout=180)


def _headline(at: AppTest) -> str:
    # The headline is escaped Markdown: compare its text without the backslashes.
    text = next(c.value for c in at.caption if "from" in c.value and "event" in c.value)
    return text.replace("\\", "")


def _one_event(event_id: str, place: str) -> pd.DataFrame:
    raw = pd.DataFrame({S.EVENT_ID: [event_id], S.LOCATION: [place], S.KILLED: ["2"]}).astype("string")
    return coerce_events(raw)[0]


def test_page_reads_the_store_and_sees_a_write_on_the_next_run(store_url):
    at = _page().run()
    assert not at.exception, at.exception
    assert _headline(at).startswith("6 events") and "Event store" in _headline(at)
    store = EventStore.open(store_url)
    store.add_batch(_one_event("elsewhere-1", "Sumy"), authorise_writer("other session", "oidc"), label="x")
    at.run()
    assert _headline(at).startswith("7 events")
    store.dispose()


def test_editing_is_off_by_default(store_url):
    at = _page().run()
    assert "Edit the events" not in [s.value for s in at.subheader]
    assert any("Editing is off" in c.value for c in at.sidebar.caption)
    assert not [b for b in at.button if b.key in ("add_submit", "edit_save", "undo_batch")]


@pytest.mark.parametrize(
    "planted",
    [
        True,
        "editor",
        {"name": "mallory", "method": "passphrase"},
        Writer("mallory", "passphrase"),
        Writer("mallory", "passphrase", "f" * 64),
    ],
    ids=["flag", "text", "dict", "unsigned-writer", "forged-writer"],
)
def test_an_anonymous_viewer_cannot_write_whatever_the_session_state_or_url_says(store_url, editing, planted):
    at = _page()
    at.session_state[SESSION_WRITER] = planted
    for key in ("signed_in", "writer", "editor", "is_logged_in"):
        at.session_state[key] = True
    at.query_params["editor"] = "1"
    at.query_params["signed_in"] = "true"
    at.run()
    assert not at.exception, at.exception
    assert any("Sign in" in i.value for i in at.info)
    assert not [b for b in at.button if b.key in ("add_submit", "edit_save", "edit_delete", "undo_batch")]
    revision = EventStore.open(store_url).revision()
    assert revision == 1  # the seed only


def test_wrong_passphrase_is_refused(store_url, editing):
    at = _page().run()
    at.text_input(key="editor_name").input("Ana")
    at.text_input(key="editor_passphrase").input("correct horse")
    at.button(key="FormSubmitter:passphrase_sign_in-Sign in with the passphrase").click().run()
    assert any("not right" in e.value for e in at.error)
    assert not [b for b in at.button if b.key == "add_submit"]


def test_a_village_the_gazetteer_lacks_is_found_in_the_settlements_table(store_url, editing):
    at = _page().run()
    at.text_input(key="editor_name").input("Ana")
    at.text_input(key="editor_passphrase").input(PASSPHRASE)
    at.button(key="FormSubmitter:passphrase_sign_in-Sign in with the passphrase").click().run()
    # Eight villages of Ukraine are called Bondari (two in Sumy oblast): without the oblast, no guess
    at.text_input(key="add_find_query").input("Bondari")
    at.button(key="add_find").click().run()
    assert any("8 settlements are called Bondari" in w.value for w in at.warning), [
        w.value for w in at.warning
    ]
    assert not at.text_input(key="add_location").value
    # One village called Morozivka in Sumy oblast: placed at its hromada's centre, and the caption says so
    at.text_input(key="add_find_query").input("Morozivka")
    at.text_input(key="add_find_hint").input("Сумська")
    at.button(key="add_find").click().run()
    assert not at.exception, at.exception
    assert at.text_input(key="add_location").value == "Morozivka"
    assert at.text_input(key="add_oblast_iso").value == "UA-59"
    captions = " ".join(c.value for c in at.caption)
    assert "Krolevetska hromada" in captions and "no point of the village" in captions, captions
    # A place the gazetteer knows afterwards: the village's caption goes
    at.text_input(key="add_find_query").input("Kharkov")
    at.text_input(key="add_find_hint").input("")
    at.button(key="add_find").click().run()
    assert at.text_input(key="add_location").value == "Kharkiv"
    assert "hromada" not in " ".join(c.value for c in at.caption)


def test_passphrase_compare_is_exact():
    assert passphrase_matches(PASSPHRASE, PASSPHRASE)
    assert not passphrase_matches(PASSPHRASE + " ", PASSPHRASE)
    assert not passphrase_matches("", PASSPHRASE) and not passphrase_matches("x", None)


def test_signed_in_editor_adds_an_event_then_a_stale_edit_is_refused(store_url, editing):
    at = _page().run()
    at.text_input(key="editor_name").input("Ana")
    at.text_input(key="editor_passphrase").input(PASSPHRASE)
    at.button(key="FormSubmitter:passphrase_sign_in-Sign in with the passphrase").click().run()
    assert not at.exception, at.exception
    assert any("Signed in as" in c.value for c in at.sidebar.caption)

    at.text_input(key="add_find_query").input("Kharkov")
    at.button(key="add_find").click().run()
    assert at.text_input(key="add_location").value == "Kharkiv"
    assert at.number_input(key="add_latitude").value == pytest.approx(49.98, abs=0.05)
    at.text_input(key="add_event_id").input("hand-added-1")
    at.number_input(key="add_killed").set_value(3)
    at.checkbox(key="add_killed_at_least").check()
    at.selectbox(key="add_weapon").select("drone")
    at.text_input(key="add_source_url").input("https://example.org/report")
    at.button(key="add_submit").click().run()
    assert not at.exception, at.exception
    # The typed id is escaped like any text a user gives (never Markdown).
    assert any("Added event hand\\-added\\-1" in s.value for s in at.success)
    assert _headline(at).startswith("7 events")

    store = EventStore.open(store_url)
    stored = store.get_event("hand-added-1")
    assert (stored.record[S.LOCATION], stored.record[S.KILLED], stored.record[S.WEAPON]) == (
        "Kharkiv",
        3,
        "drone",
    )
    assert stored.record[S.at_least_column(S.KILLED)] is True and stored.record[S.INJURED] is None
    assert stored.updated_by == "Ana (passphrase)"

    at.selectbox(key="edit_event_id").select("hand-added-1").run()
    # Someone else saves a change after this editor opened the event.
    store.edit_event(
        "hand-added-1", {S.KILLED: 4}, authorise_writer("Bo", "oidc"), expected_version=1, reason="later"
    )
    at.number_input(key="edit_hand-added-1_injured").set_value(5)
    at.text_input(key="edit_hand-added-1_reason").input("hospital figure")
    at.button(key="edit_save").click().run()
    assert any("not saved" in e.value.lower() for e in at.error), [e.value for e in at.error]
    assert store.get_event("hand-added-1").record[S.INJURED] is None
    assert store.get_event("hand-added-1").record[S.KILLED] == 4
    store.dispose()


def test_team_database_from_secrets_and_the_environment_variable_wins(tmp_path, monkeypatch):
    from tests.store_backends import database_url, drop_schemas

    postgres = database_url("postgresql", tmp_path)  # skips locally without PostgreSQL, fails in CI
    try:
        monkeypatch.delenv("STRIKE_MAP_DATABASE_URL", raising=False)
        at = _page()
        at.secrets["connections"] = {
            "strike_map": {"url": postgres.replace("postgresql+psycopg://", "postgresql://")}
        }
        at.run()
        assert not at.exception, at.exception
        assert "Event store (PostgreSQL)" in _headline(at) and _headline(at).startswith("6 events")

        sqlite = f"sqlite:///{tmp_path / 'wins.db'}"
        monkeypatch.setenv("STRIKE_MAP_DATABASE_URL", sqlite)
        at.run()
        assert "Event store (SQLite file)" in _headline(at)
        assert (tmp_path / "wins.db").exists()
    finally:
        drop_schemas()


def _sign_in(at: AppTest) -> None:
    at.text_input(key="editor_name").input("Ana")
    at.text_input(key="editor_passphrase").input(PASSPHRASE)
    at.button(key="FormSubmitter:passphrase_sign_in-Sign in with the passphrase").click().run()
    assert not at.exception, at.exception


def test_an_open_file_is_imported_as_one_batch_and_undone_from_the_page(store_url, editing, monkeypatch):
    fixture = Path(__file__).resolve().parent / "fixtures" / "dated_events.csv"
    monkeypatch.setenv("STRIKE_MAP_DATA", str(fixture))
    at = _page().run()
    _sign_in(at)
    assert "dated_events.csv" in _headline(at)
    assert not [b for b in at.button if b.key == "add_submit"]  # a file is read-only
    at.button(key="import_to_store").click().run()
    assert not at.exception, at.exception
    store = EventStore.open(store_url)
    batch = store.batches()[0]
    assert (batch.kind, batch.created_by) == ("import", "Ana (passphrase)")
    imported = batch.event_count
    assert imported > 0 and len(store.load_events()) == 6 + imported

    monkeypatch.delenv("STRIKE_MAP_DATA")
    at.run()
    assert _headline(at).startswith(f"{6 + imported} events")
    at.selectbox(key="undo_batch_id").select(batch.batch_id)
    at.button(key="undo_batch").click().run()
    assert not at.exception, at.exception
    assert any(f"Batch {batch.batch_id} undone" in s.value for s in at.success)
    assert _headline(at).startswith("6 events")
    assert store.batches()[1].undone_by == store.batches()[0].batch_id
    store.dispose()


def test_a_viewer_sees_a_revised_count_and_the_earlier_one_in_the_history(store_url):
    store = EventStore.open(store_url)
    first = _one_event("kh-1", "Kharkiv")
    store.add_batch(first, authorise_writer("Ana", "passphrase"), label="first report", kind="report")
    later = first.copy()
    later[S.KILLED] = later[S.KILLED].astype("Int64") + 3
    store.add_batch(
        later, authorise_writer("Bo", "oidc"), label="later report", kind="report", replace_existing=True
    )
    store.dispose()
    at = _page().run()
    at.text_input(key="history_event_id_search").input("kh-1").run()
    assert not at.exception, at.exception
    history = at.dataframe[-1].value
    assert list(history["action"]) == ["add", "edit"]
    assert history["what changed"].iloc[1] == "killed: 2 → 5"
    assert history["why"].iloc[1] == "superseded by later report"
    assert "who" not in history.columns  # editors' names are for editors
    assert not [b for b in at.button if b.key in ("add_submit", "edit_save")]


def test_a_store_that_cannot_be_reached_leaves_the_embedded_report_and_a_message(monkeypatch):
    # Nothing listens on port 9 of this machine: the connection is refused at once.
    monkeypatch.setenv("STRIKE_MAP_DATABASE_URL", "postgresql://nobody:secret@127.0.0.1:9/none")
    at = _page().run()
    assert not at.exception, at.exception
    assert any("cannot be reached" in e.value for e in at.error)
    assert _headline(at).startswith("6 events")
    assert not any("secret" in e.value or "127.0.0.1" in e.value for e in at.error)


def test_an_editor_is_told_which_fields_hold_invisible_characters(store_url, editing):
    """Text fields hold the stored text as it is; the form names the fields with invisible
    characters below it, and the event chooser writes them out."""
    store = EventStore.open(store_url)
    hidden = _one_event("kh-\u200b1", "Kha\u202erkiv")
    hidden[S.DESCRIPTION] = pd.array(["A strike \u2066on\u2069 the centre"], dtype="string")
    store.add_batch(hidden, authorise_writer("Ana", "passphrase"), label="odd\u200bbatch", kind="report")
    store.dispose()
    at = _page().run()
    _sign_in(at)
    assert not [w for w in at.warning if "Invisible characters" in w.value]  # the add form is clean
    at.text_input(key="edit_event_id_search").input("kh-").run()
    assert at.selectbox(key="edit_event_id").options == ["kh-[U+200B]1 · Kha[U+202E]rkiv"]
    at.selectbox(key="edit_event_id").select("kh-\u200b1").run()
    assert not at.exception, at.exception
    assert at.text_input(key="edit_kh-\u200b1_location").value == "Kha\u202erkiv"  # as stored
    warning = next(w.value for w in at.warning if "Invisible characters" in w.value).replace("\\", "")
    for line in (
        "Place: Kha[U+202E]rkiv",
        "Event id: kh-[U+200B]1",
        "Description (your own words): A strike",
    ):
        assert line in warning, warning
    assert "[U+2066]on[U+2069]" in warning and "\u202e" not in warning
    assert any(o.endswith("odd[U+200B]batch") for o in at.selectbox(key="undo_batch_id").options)


def test_the_store_speaks_the_readers_language_in_its_refusals_and_history(store_url, editing):
    """A refused save and the history's 'what changed' on the Ukrainian page: no English left."""
    from data.i18n import language
    from tests.test_i18n import english_left, page_texts

    store = EventStore.open(store_url)
    first = _one_event("kh-1", "Kharkiv")
    store.add_batch(first, authorise_writer("Ana", "passphrase"), label="first report", kind="report")
    store.edit_event(
        "kh-1",
        {S.KILLED: 5, S.WEAPON: "drone"},
        authorise_writer("Bo", "oidc"),
        expected_version=1,
        reason="x",
    )
    store.dispose()
    at = _page()
    at.query_params["lang"] = "uk"
    at.run()
    # AppTest words the widgets' options with their format functions in this thread: in Ukrainian too.
    with language("uk"):
        at.text_input(key="editor_name").input("Ana")
        at.text_input(key="editor_passphrase").input(PASSPHRASE)
        at.button(key="FormSubmitter:passphrase_sign_in-Увійти з паролем").click().run()
        assert not at.exception, at.exception
        at.text_input(key="history_event_id_search").input("kh-1").run()
        history = next(d.value for d in at.dataframe if "що змінено" in d.value.columns)
        assert history["що змінено"].iloc[1] == "засіб ураження: невідомо → дрон; загиблі: 2 → 5"
        batches = next(d.value for d in at.dataframe if "вид" in d.value.columns)
        assert "редагування kh-1" in list(batches["що"]) and "first report" in list(batches["що"])
        at.text_input(key="edit_event_id_search").input("kh-1").run()
        at.selectbox(key="edit_event_id").select("kh-1").run()
        at.number_input(key="edit_kh-1_injured").set_value(3)
        at.button(key="edit_save").click().run()  # no reason given
    assert not at.exception, at.exception
    refused = [e.value.replace("\\", "") for e in at.error]
    assert any("Не збережено" in e and "причина: скажіть, чому змінюється подія" in e for e in refused), (
        refused
    )
    assert not english_left(page_texts(at)), "\n".join(english_left(page_texts(at)))
