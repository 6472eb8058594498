"""The event store on the page: where the events come from when no file is open, and the
editing tools (add an event, edit or delete one with a reason, history, undo a batch)
for a signed-in writer.

The events are read once per store revision: every write bumps the revision, so every
viewer's next rerun reads the new events and nobody is shown a stale map.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import folium
import pandas as pd
import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from components.auth import current_writer, editing_config, show_sign_in
from components.streamlit_compat import st_folium
from data import schema as S
from data.display import (
    MISSING_CELL,
    hidden_text_cells,
    place_name,
    plain_markdown,
    reveal_hidden,
    reveal_hidden_frame,
    source_label_text,
)
from data.embedded import EMBEDDED_LABEL, load_embedded_events
from data.events_io import note_text
from data.i18n import N_, format_number, label, ntr, tr
from data.store import (
    EventStore,
    StoreError,
    StoreValidationError,
    Writer,
    database_url,
    describe_url,
)
from data.store.editing import (
    batch_label,
    batches_table,
    event_from_form,
    form_changes,
    history_table,
    new_event_id,
    translated_table,
)
from geo.event_map.assets import use_local_assets
from geo.event_map.basemaps import BASEMAPS, DEFAULT_BASEMAP
from geo.gazetteer import geocode_place, resolve_oblast
from geo.oblasts import find_oblast
from geo.settlements import find_settlements

_LOG = logging.getLogger(__name__)
STORE_LABEL = "Event store"
FLASH = "_store_flash"  # a message to show after the rerun that follows a write


def _secrets_url() -> str | None:
    try:
        section = st.secrets.get("connections", {}).get("strike_map", {})
    except Exception:  # noqa: BLE001 - no or broken secrets: not configured
        return None
    return section.get("url") if section else None


# The spinners are shown by the callers (st.spinner), in the reader's language.
@st.cache_resource(show_spinner=False, max_entries=4, ttl=86400)
def _open_store(url: str) -> EventStore:
    if url.startswith("sqlite"):
        return EventStore.open(url)
    # A team database: through st.connection, so its [connections.strike_map] section
    # (create_engine_kwargs and the like) applies; the URL is normalised to psycopg 3.
    connection = st.connection("strike_map", type="sql", url=url, pool_pre_ping=True)
    return EventStore.open(connection.engine)


def open_event_store() -> EventStore | None:
    """The store this app uses: ``STRIKE_MAP_DATABASE_URL``, else secrets, else the local SQLite file.

    Opened (created, migrated, seeded on first use) once per server process.  ``None``
    when it cannot be opened (a team database that is down): the page then shows the
    embedded report and says so, and tries again on the next run.
    """
    with st.spinner(tr("Opening the event store…")):
        return open_store_quietly()


def open_store_quietly() -> EventStore | None:
    """:func:`open_event_store` drawing nothing (the server's warm-up)."""
    url = database_url(_secrets_url())
    try:
        return _open_store(url)
    except (SQLAlchemyError, OSError) as err:
        _LOG.error("event store %s cannot be opened: %s", describe_url(url), err)
        return None


_UNREACHABLE = N_(
    "The event store cannot be reached just now, so the page shows the embedded report and nothing can "
    "be saved. It is tried again on every page run."
)
COUNT_LABELS = {
    S.KILLED: N_("Killed"),
    S.INJURED: N_("Injured"),
    S.CHILDREN_KILLED: N_("Children killed"),
    S.CHILDREN_INJURED: N_("Children injured"),
}
TEXT_LABELS = {
    S.EVENT_ID: N_("Event id"),
    S.LOCATION: N_("Place"),
    S.OBLAST_ISO: N_("Oblast code"),
    S.OBLAST: N_("Oblast (in English)"),
    S.COUNTRY: N_("Country"),
    S.CASUALTY_NOTE: N_("Casualty note"),
    S.SOURCE_NAME: N_("Source"),
    S.SOURCE_TITLE: N_("Source title"),
    S.SOURCE_URL: N_("Source link (http or https)"),
    S.SOURCE_EVENT_ID: N_("Id in the source"),
    S.DESCRIPTION: N_("Description (your own words)"),
    S.POSSIBLE_DUPLICATES: N_("Possible duplicates (ids, separated by '; ')"),
}


@st.cache_resource(show_spinner=False, max_entries=4, ttl=3600)
def _events_at(_store: EventStore, url: str, revision: int) -> pd.DataFrame:
    # Keyed by the revision: a write anywhere makes the next rerun read again.
    return _store.load_events()


def stored_events(store: EventStore | None) -> pd.DataFrame:
    """The stored events (cached by revision), drawing nothing: for the embed view.

    The embedded report when the store cannot be reached.
    """
    try:
        if store is None:
            raise OSError("not opened")
        with st.spinner(tr("Reading the events…")):
            return _events_at(store, str(store.engine.url), store.revision())
    except (SQLAlchemyError, OSError) as err:
        _LOG.error("event store cannot be read: %s", err)
        return load_embedded_events()


def stored_source(store: EventStore | None) -> tuple[pd.DataFrame, str]:
    """The stored events and their label, drawing nothing (the embedded report when unreachable)."""
    try:
        if store is None:
            raise OSError("not opened")
        events = _events_at(store, str(store.engine.url), store.revision())
    except (SQLAlchemyError, OSError) as err:
        _LOG.error("event store cannot be read: %s", err)
        return load_embedded_events(), EMBEDDED_LABEL
    kind = "PostgreSQL" if store.engine.dialect.name == "postgresql" else "SQLite file"
    return events, f"{STORE_LABEL} ({kind})"


def store_source(store: EventStore | None) -> tuple[pd.DataFrame, str]:
    """The stored events and a label, for :func:`components.sources.show_data_source`."""
    try:
        if store is None:
            raise OSError("not opened")
        with st.spinner(tr("Reading the events…")):
            events = _events_at(store, str(store.engine.url), store.revision())
    except (SQLAlchemyError, OSError) as err:
        # Details go to the server log only: the database's address is not for every viewer.
        _LOG.error("event store cannot be read: %s", err)
        st.error(tr(_UNREACHABLE))
        st.caption(tr(EMBEDDED_LABEL))
        return load_embedded_events(), EMBEDDED_LABEL
    kind = "PostgreSQL" if store.engine.dialect.name == "postgresql" else "SQLite file"
    # The label stays English (it is data: stored batches carry it); the caption is translated.
    st.caption(
        ntr(
            "{store}: {n} event.",
            "{store}: {n} events.",
            len(events),
            store=source_label_text(f"{STORE_LABEL} ({kind})"),
        )
    )
    return events, f"{STORE_LABEL} ({kind})"


def is_store_label(label: str) -> bool:
    """Whether the page is showing the stored events (not a file opened read-only)."""
    return label.startswith(STORE_LABEL)


def show_store_sidebar(store: EventStore | None, events: pd.DataFrame, source_label: str) -> Writer | None:
    """Sidebar: sign-in and, for a writer looking at a file, the button that imports it.

    Returns
    -------
    Writer or None
        The signed-in writer of this session, ``None`` for a viewer.
    """
    config = editing_config()
    writer = current_writer(config)
    if store is None:
        return None
    with st.sidebar:
        show_sign_in(writer, config)
        if writer is not None and not is_store_label(source_label) and len(events):
            st.caption(
                tr(
                    "The page shows {source}, read-only.",
                    source=plain_markdown(source_label_text(source_label)),
                )
            )
            replace = st.checkbox(
                tr("Stored events with the same id are replaced (a revised report)"),
                key="import_replace",
            )
            if st.button(
                ntr("Add this {n} event to the store", "Add these {n} events to the store", len(events)),
                key="import_to_store",
            ):
                _write(
                    lambda: store.add_batch(
                        events, writer, label=source_label, kind="import", replace_existing=replace
                    ),
                    lambda result: tr(
                        "Added {added} events and replaced {replaced} as batch {batch}. "
                        "Remove the file to see the store.",
                        added=format_number(result.added),
                        replaced=format_number(result.replaced),
                        batch=result.batch_id,
                    ),
                )
    return writer


def show_store_panel(
    store: EventStore | None,
    events: pd.DataFrame,
    source_label: str,
    writer: Writer | None,
    report_events: pd.DataFrame | None = None,
) -> None:
    """Editing tools below the page: add, edit or delete, history, batches.

    Parameters
    ----------
    events
        The events from the source (the store, or a file opened read-only).
    report_events
        Events added from news reports in this session; a writer can keep them in the
        store as one batch.
    """
    flash = st.session_state.pop(FLASH, None)
    if flash:
        (st.success if flash[0] == "ok" else st.error)(flash[1])
    if store is None:
        return
    if writer is None:
        if is_store_label(source_label):
            # Revised figures stay visible to every reader; editors' names only to editors.
            with st.expander(tr("Changes to the events: every version, when and why")):
                _show_history(store, events, show_who=False)
        if editing_config().enabled:
            st.info(tr("Sign in (in the sidebar) to add, edit or delete events."))
        return
    st.subheader(tr("Edit the events"))
    st.caption(
        tr(
            "Stored in {store}. Every change keeps what the event was, who changed it, when and why.",
            store=plain_markdown(describe_url(str(store.engine.url))),
        )
    )
    if not is_store_label(source_label):
        st.info(tr("The page shows a file, read-only. Remove it to edit the stored events."))
        return
    _offer_report_events(store, events, report_events, writer)
    add_tab, edit_tab, history_tab, batches_tab = st.tabs(
        [tr("Add an event"), tr("Edit or delete"), tr("History"), tr("Batches")]
    )
    with add_tab, st.container(key="store_add"):
        _show_add_form(store, writer)
    with edit_tab, st.container(key="store_edit"):
        _show_edit_form(store, events, writer)
    with history_tab:
        _show_history(store, events)
    with batches_tab:
        _show_batches(store, writer)


def _offer_report_events(
    store: EventStore, events: pd.DataFrame, report_events: pd.DataFrame | None, writer: Writer
) -> None:
    if report_events is None or report_events.empty:
        return
    unsaved = report_events[~report_events[S.EVENT_ID].isin(events[S.EVENT_ID])]
    if unsaved.empty:
        return
    titles = sorted({str(t) for t in unsaved[S.SOURCE_TITLE].dropna()}) or ["a news report"]
    label = "from report: " + "; ".join(titles)
    st.info(
        ntr(
            "{n} event added from reports is shown for this session only.",
            "{n} events added from reports are shown for this session only.",
            len(unsaved),
        )
    )
    if st.button(
        ntr(
            "Keep the {n} report event in the store (one batch)",
            "Keep the {n} report events in the store (one batch)",
            len(unsaved),
        ),
        key="store_report_events",
    ):
        _write(
            lambda: store.add_batch(unsaved, writer, label=label, kind="report"),
            lambda result: ntr(
                "Kept {n} report event as batch {batch}.",
                "Kept {n} report events as batch {batch}.",
                result.added,
                batch=result.batch_id,
            ),
        )


# --- writing ---------------------------------------------------------------------------


def _refusal(err: Exception) -> str:
    # The store's refusals carry their code (data.events_io.Note): worded in the reader's language.
    said = err.args[0] if err.args else None
    return note_text(said) if isinstance(said, str) else str(err)


def _write(action, success) -> None:
    try:
        result = action()
    except StoreValidationError as err:
        st.error(
            tr("Not saved:") + "\n\n" + "\n".join(f"- {plain_markdown(note_text(m))}" for m in err.messages)
        )
        return
    except (StoreError, PermissionError) as err:
        st.error(plain_markdown(_refusal(err)))
        return
    st.session_state[FLASH] = ("ok", success(result))
    st.rerun()


# --- the fields of one event -------------------------------------------------------------


def _event_fields(prefix: str, record: dict[str, Any]) -> dict[str, Any]:
    """Every schema field as a widget, filled from ``record``; returns the values."""

    def key(column: str) -> str:
        # Filled through session state only (never also value=), so Find and Reload can set them.
        name = f"{prefix}_{column}"
        if name not in st.session_state:
            st.session_state[name] = _initial(column, record)
        return name

    values: dict[str, Any] = {}
    when, precision = st.columns(2)
    values[S.DATE] = when.date_input(
        tr("Date"), key=key(S.DATE), min_value=dt.date(1991, 1, 1), format="YYYY-MM-DD"
    )
    values[S.DATE_PRECISION] = precision.selectbox(
        tr("Date precision"),
        S.DATE_PRECISIONS,
        format_func=label,
        key=key(S.DATE_PRECISION),
    )
    place, oblast_iso, oblast, country = st.columns([2, 1, 2, 1])
    values[S.LOCATION] = place.text_input(tr(TEXT_LABELS[S.LOCATION]), key=key(S.LOCATION))
    values[S.OBLAST_ISO] = oblast_iso.text_input(
        tr(TEXT_LABELS[S.OBLAST_ISO]), key=key(S.OBLAST_ISO), placeholder="UA-63"
    )
    values[S.OBLAST] = oblast.text_input(tr(TEXT_LABELS[S.OBLAST]), key=key(S.OBLAST))
    values[S.COUNTRY] = country.text_input(tr(TEXT_LABELS[S.COUNTRY]), key=key(S.COUNTRY))
    lat, lon, geo = st.columns(3)
    values[S.LATITUDE] = lat.number_input(
        tr("Latitude"),
        min_value=-90.0,
        max_value=90.0,
        format="%.5f",
        key=key(S.LATITUDE),
    )
    values[S.LONGITUDE] = lon.number_input(
        tr("Longitude"),
        min_value=-180.0,
        max_value=180.0,
        format="%.5f",
        key=key(S.LONGITUDE),
    )
    values[S.GEO_PRECISION] = geo.selectbox(
        tr("Place precision"),
        S.GEO_PRECISIONS,
        format_func=label,
        key=key(S.GEO_PRECISION),
    )
    weapon, target = st.columns(2)
    values[S.WEAPON] = weapon.selectbox(tr("Weapon"), S.WEAPONS, format_func=label, key=key(S.WEAPON))
    values[S.TARGET] = target.selectbox(tr("Target"), S.TARGETS, format_func=label, key=key(S.TARGET))
    for column, count_area in zip(S.COUNT_COLUMNS, st.columns(len(S.COUNT_COLUMNS)), strict=True):
        flag = S.at_least_column(column)
        with count_area:
            values[column] = st.number_input(
                tr(COUNT_LABELS[column]),
                min_value=0,
                step=1,
                key=key(column),
                placeholder=tr("not reported"),
                help=tr("Leave empty when the source gives no number: empty is 'not reported', never 0."),
            )
            values[flag] = st.checkbox(tr("at least (≥)"), key=key(flag))
    values[S.CASUALTY_NOTE] = st.text_input(tr(TEXT_LABELS[S.CASUALTY_NOTE]), key=key(S.CASUALTY_NOTE))
    name, title = st.columns(2)
    values[S.SOURCE_NAME] = name.text_input(tr(TEXT_LABELS[S.SOURCE_NAME]), key=key(S.SOURCE_NAME))
    values[S.SOURCE_TITLE] = title.text_input(tr(TEXT_LABELS[S.SOURCE_TITLE]), key=key(S.SOURCE_TITLE))
    url, published, source_id = st.columns([2, 1, 1])
    values[S.SOURCE_URL] = url.text_input(tr(TEXT_LABELS[S.SOURCE_URL]), key=key(S.SOURCE_URL))
    values[S.SOURCE_DATE] = published.date_input(
        tr("Published"),
        key=key(S.SOURCE_DATE),
        format="YYYY-MM-DD",
        min_value=dt.date(1991, 1, 1),
    )
    values[S.SOURCE_EVENT_ID] = source_id.text_input(
        tr(TEXT_LABELS[S.SOURCE_EVENT_ID]), key=key(S.SOURCE_EVENT_ID)
    )
    values[S.DESCRIPTION] = st.text_area(tr(TEXT_LABELS[S.DESCRIPTION]), key=key(S.DESCRIPTION))
    values[S.POSSIBLE_DUPLICATES] = st.text_input(
        tr(TEXT_LABELS[S.POSSIBLE_DUPLICATES]),
        key=key(S.POSSIBLE_DUPLICATES),
    )
    return values


def _show_hidden_text(values: dict[str, Any]) -> None:
    # A text field must hold the stored text (saving a written-out copy would store "[U+202E]"
    # as letters), so fields holding invisible characters are named below the form instead.
    texts = {column: values.get(column) for column in TEXT_LABELS}
    cells = hidden_text_cells(pd.DataFrame([texts], dtype=object))
    if not cells:
        return
    st.warning(
        tr(
            "Invisible characters in this event, written out here by their code (U+202E, for one, makes text "
            "read backwards). The fields keep them as they are: delete them there if they do not belong."
        )
        + "\n\n"
        + "\n".join(f"- {tr(TEXT_LABELS[column])}: {plain_markdown(shown)}" for _, column, shown in cells)
    )


def _initial(column: str, record: dict[str, Any]) -> Any:
    value = record.get(column)
    if column in S.CATEGORY_COLUMNS:
        return value if value in S.CATEGORY_COLUMNS[column] else S.DEFAULTS[column]
    if column in S.AT_LEAST_COLUMNS:
        return bool(value)
    if column == S.COUNTRY and not record:
        return "UA"  # a new event: most are in Ukraine
    if column in S.TEXT_COLUMNS:
        return value or ""
    return value


def _show_add_form(store: EventStore, writer: Writer) -> None:
    prefix = "add"
    st.caption(
        tr("Type a place and press Find to place it with the offline gazetteer; adjust the point if needed.")
    )
    query, hint, find = st.columns([3, 2, 1], vertical_alignment="bottom")
    place_query = query.text_input(
        tr("Find a place"), key="add_find_query", placeholder=tr("Kharkiv, Харків, Kharkov…")
    )
    oblast_hint = hint.text_input(tr("Oblast (optional, for namesakes)"), key="add_find_hint")
    if find.button(tr("Find"), key="add_find") and place_query.strip():
        result = geocode_place(place_query, oblast_hint or None)
        if result.found:
            found = result.place
            st.session_state.update(
                {
                    f"{prefix}_{S.LOCATION}": found.name,
                    f"{prefix}_{S.OBLAST_ISO}": found.oblast_iso,
                    f"{prefix}_{S.OBLAST}": found.oblast,
                    f"{prefix}_{S.COUNTRY}": "UA",
                    f"{prefix}_{S.LATITUDE}": float(found.latitude),
                    f"{prefix}_{S.LONGITUDE}": float(found.longitude),
                    f"{prefix}_{S.GEO_PRECISION}": "settlement",
                    "add_found": (found.name, found.oblast, result.confidence, len(result.alternatives)),
                }
            )
            st.session_state.pop("add_found_village", None)
            st.rerun()
        # A village below the gazetteer's floor: the settlements table, when one of that name is in the oblast
        # given (or in Ukraine). Its point may be its hromada's centre: the caption says so.
        villages = find_settlements(place_query, resolve_oblast(oblast_hint) if oblast_hint else None)
        if len(villages) == 1:
            village = villages[0]
            oblast = find_oblast(village.oblast_iso)
            st.session_state.update(
                {
                    f"{prefix}_{S.LOCATION}": village.name,
                    f"{prefix}_{S.OBLAST_ISO}": village.oblast_iso,
                    f"{prefix}_{S.OBLAST}": oblast.name,
                    f"{prefix}_{S.COUNTRY}": "UA",
                    f"{prefix}_{S.LATITUDE}": float(village.latitude),
                    f"{prefix}_{S.LONGITUDE}": float(village.longitude),
                    f"{prefix}_{S.GEO_PRECISION}": "settlement"
                    if village.located in ("own", "hromada")
                    else "oblast",
                    "add_found": (village.name, oblast.name, 1.0, 0),
                    "add_found_village": (village.hromada, village.raion, village.located),
                }
            )
            st.rerun()
        if villages:
            st.warning(
                ntr(
                    "{n} settlement is called {place}: type its oblast to choose.",
                    "{n} settlements are called {place}: type the oblast to choose, or the coordinates.",
                    len(villages),
                    place=plain_markdown(place_query),
                )
            )
        else:
            st.warning(
                tr(
                    "No place called {place} in the gazetteer: type the coordinates, or leave them empty.",
                    place=plain_markdown(place_query),
                )
            )
    if "add_found" in st.session_state:
        name, oblast, confidence, others = st.session_state["add_found"]
        placed = tr(
            "Placed at {place}, {oblast}; match {match}.",
            place=plain_markdown(place_name(name)),
            oblast=plain_markdown(oblast),
            match=f"{confidence:.0%}",
        )
        village = st.session_state.get("add_found_village")
        if village is not None:
            hromada, raion, located = village
            where = {
                "own": N_("the village's own point"),
                "hromada": N_(
                    "the centre of its hromada: the bundled data has no point of the village's own"
                ),
                "raion": N_("the centre of its raion: the bundled data has no nearer point"),
                "oblast": N_("a point inside its oblast: the bundled data has no nearer point"),
            }[located]
            placed += " " + tr(
                "A settlement of {hromada} hromada, {raion} raion; the point is {where}. Move it if you know better.",
                hromada=plain_markdown(hromada),
                raion=plain_markdown(raion),
                where=tr(where),
            )
        if others:
            placed += " " + ntr(
                "{n} other place has this name: add the oblast to choose.",
                "{n} other places have this name: add the oblast to choose.",
                others,
            )
        st.caption(placed)
    _point_picker(prefix)
    if f"{prefix}_{S.EVENT_ID}" not in st.session_state:
        st.session_state[f"{prefix}_{S.EVENT_ID}"] = new_event_id()
    event_id = st.text_input(tr(TEXT_LABELS[S.EVENT_ID]), key=f"{prefix}_{S.EVENT_ID}")
    values = _event_fields(prefix, {})
    values[S.EVENT_ID] = event_id
    _show_hidden_text(values)
    if st.button(tr("Add the event"), key="add_submit", type="primary"):
        event, messages = event_from_form(values)
        if messages:
            st.error(tr("Not added:") + "\n\n" + "\n".join(f"- {plain_markdown(m)}" for m in messages))
            return

        def done(result) -> str:
            for widget in [k for k in st.session_state if str(k).startswith(f"{prefix}_")] + [
                "add_found",
                "add_found_village",
            ]:
                st.session_state.pop(widget, None)
            return tr(
                "Added event {event} (batch {batch}).", event=plain_markdown(event_id), batch=result.batch_id
            )

        _write(lambda: store.add_batch(event, writer, label=f"added by hand: {event_id}", kind="add"), done)


def point_map(latitude: float, longitude: float) -> folium.Map:
    """A small map around one point, with the app's own Leaflet (works offline, tiles aside)."""
    basemap = BASEMAPS[DEFAULT_BASEMAP]
    fmap = folium.Map(location=[latitude, longitude], zoom_start=11, tiles=None, max_zoom=18)
    folium.TileLayer(basemap.url, attr=basemap.attribution, max_zoom=basemap.max_zoom).add_to(fmap)
    folium.CircleMarker([latitude, longitude], radius=8, color="#B5172B", fill=True, weight=3).add_to(fmap)
    use_local_assets(fmap)
    return fmap


def _point_picker(prefix: str) -> None:
    """Click the map to move the new event's point (shown once it has one)."""
    lat_key, lon_key = f"{prefix}_{S.LATITUDE}", f"{prefix}_{S.LONGITUDE}"
    latitude, longitude = st.session_state.get(lat_key), st.session_state.get(lon_key)
    if latitude is None or longitude is None:
        return
    # Only drawn on request: Leaflet in a hidden tab measures a zero-size frame.
    if not st.toggle(tr("Move the point on a map"), key=f"{prefix}_show_map"):
        return
    state = st_folium(
        point_map(latitude, longitude),
        key=f"{prefix}_point_map",
        height=320,
        use_container_width=True,
        returned_objects=["last_clicked"],
    )
    clicked = (state or {}).get("last_clicked")
    if clicked and clicked != st.session_state.get(f"{prefix}_last_click"):
        st.session_state[f"{prefix}_last_click"] = clicked
        st.session_state[lat_key] = round(float(clicked["lat"]), 5)
        st.session_state[lon_key] = round(float(clicked["lng"]), 5)
        st.session_state[f"{prefix}_{S.GEO_PRECISION}"] = "point"
        st.rerun()
    st.caption(
        tr(
            "Click the map where the attack happened: the point moves there and its precision becomes 'point'."
        )
    )


MAX_CHOICES = 200  # a select box with every id would send 250,000 options on each run


def _pick_event(events: pd.DataFrame, key: str, deleted_too: bool = False) -> str | None:
    """Search by id or place, then choose among at most :data:`MAX_CHOICES` matches."""
    query = st.text_input(
        tr("Find the event by id or place"), key=f"{key}_search", placeholder=tr("report000-01, Kharkiv…")
    ).strip()
    pool = events[[S.EVENT_ID, S.LOCATION]]
    if query:
        wanted = query.lower()
        match = pool[S.EVENT_ID].str.lower().str.contains(wanted, regex=False).fillna(False) | pool[
            S.LOCATION
        ].str.lower().str.contains(wanted, regex=False).fillna(False)
        pool = pool[match.astype(bool)]
    if pool.empty:
        if deleted_too and query:
            return query  # an id no longer in the store: its history says what happened
        st.caption(tr("No event matches."))
        return None
    shown = pool.head(MAX_CHOICES)
    labels = {
        row[S.EVENT_ID]: reveal_hidden(
            f"{row[S.EVENT_ID]} · "
            + (place_name(row[S.LOCATION]) if pd.notna(row[S.LOCATION]) else tr("no place"))
        )
        for row in shown.to_dict("records")
    }
    if len(pool) > MAX_CHOICES:
        st.caption(
            tr(
                "{count} events match; the first {shown} are listed. Type more to narrow.",
                count=format_number(len(pool)),
                shown=format_number(MAX_CHOICES),
            )
        )
    return st.selectbox(tr("Event"), list(labels), format_func=labels.get, key=key)


def _show_edit_form(store: EventStore, events: pd.DataFrame, writer: Writer) -> None:
    event_id = _pick_event(events, "edit_event_id")
    if event_id is None:
        return
    try:
        stored = store.get_event(event_id)
    except StoreError as err:
        st.warning(plain_markdown(_refusal(err)))
        return
    # The version this editor saw when they opened the event: a save checks it is still current.
    seen = st.session_state.setdefault(f"edit_seen_{event_id}", stored.version)
    if seen != stored.version:
        st.warning(
            tr(
                "This event changed since you opened it (now version {version}, by {who}). "
                "Saving will be refused: reload it first.",
                version=stored.version,
                who=plain_markdown(stored.updated_by),
            )
        )
        if st.button(tr("Reload the event"), key="edit_reload"):
            for widget in [k for k in st.session_state if str(k).startswith(f"edit_{event_id}_")]:
                del st.session_state[widget]
            st.session_state[f"edit_seen_{event_id}"] = stored.version
            st.rerun()
    st.caption(
        tr(
            "Version {version}, last changed by {who}.",
            version=stored.version,
            who=plain_markdown(stored.updated_by),
        )
    )
    values = _event_fields(f"edit_{event_id}", stored.record)
    values[S.EVENT_ID] = event_id
    _show_hidden_text(values)
    reason = st.text_input(tr("Why (kept in the history)"), key=f"edit_{event_id}_reason")
    save, delete = st.columns(2)
    if save.button(tr("Save changes"), key="edit_save", type="primary"):
        edited, messages = event_from_form(values)
        if messages:
            st.error(tr("Not saved:") + "\n\n" + "\n".join(f"- {plain_markdown(m)}" for m in messages))
            return
        changes = form_changes(stored.record, edited)
        if not changes:
            st.info(tr("Nothing changed."))
            return

        def saved(version: int) -> str:
            st.session_state[f"edit_seen_{event_id}"] = version
            return tr("Saved {event} as version {version}.", event=plain_markdown(event_id), version=version)

        _write(
            lambda: store.edit_event(event_id, changes, writer, expected_version=seen, reason=reason), saved
        )
    if delete.button(tr("Delete the event"), key="edit_delete"):

        def deleted(batch_id: int) -> str:
            st.session_state.pop(f"edit_seen_{event_id}", None)
            return tr(
                "Deleted {event} (batch {batch}: undo it under Batches).",
                event=plain_markdown(event_id),
                batch=batch_id,
            )

        _write(lambda: store.delete_event(event_id, writer, expected_version=seen, reason=reason), deleted)


def _show_history(store: EventStore, events: pd.DataFrame, show_who: bool = True) -> None:
    event_id = _pick_event(events, "history_event_id", deleted_too=True)
    if event_id is None:
        return
    changes = store.history(event_id)
    if not changes:
        st.caption(tr("No history for this id."))
        return
    table = history_table(changes)
    table = reveal_hidden_frame(table)  # who and why are typed by people: nothing hidden in them
    table = table if show_who else table.drop(columns="who")
    st.dataframe(translated_table(table), hide_index=True, width="stretch", placeholder=MISSING_CELL)


def _show_batches(store: EventStore, writer: Writer) -> None:
    batches = store.batches(limit=30)
    st.dataframe(
        translated_table(reveal_hidden_frame(batches_table(batches))),
        hide_index=True,
        width="stretch",
        placeholder=MISSING_CELL,
    )
    undoable = [b for b in batches if b.undone_by is None]
    if not undoable:
        return
    choice = st.selectbox(
        tr("Batch to undo"),
        [b.batch_id for b in undoable],
        format_func=lambda i: next(
            f"{b.batch_id} · {tr(b.kind)} · {reveal_hidden(batch_label(b.kind, b.label))}"
            for b in undoable
            if b.batch_id == i
        ),
        key="undo_batch_id",
    )
    if st.button(tr("Undo this batch"), key="undo_batch"):
        _write(
            lambda: store.undo_batch(choice, writer),
            lambda undo_id: tr("Batch {batch} undone (batch {undo}).", batch=choice, undo=undo_id),
        )
