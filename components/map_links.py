"""Links that cite one event or one view, and search by place: where the map should go.

- ``?event=ID``: selecting an event (a click on its circle) writes its id into the
  address; opening such a link shows that event's record beside the map and centres
  the map on it.  When the loaded data has no such event the page says so and what
  to load.
- ``?view=lat,lon,zoom``: written by the map's "Copy link" control; the map opens there.
- ``?goto=NAME``: the sidebar's "Go to a place" box (any common spelling, through the
  gazetteer); the map goes there and the place or oblast filter can follow.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from data import schema as S
from data.display import oblast_name, plain_markdown
from data.i18n import ntr, tr
from geo.event_map.layers.view import VIEW_PARAM, Focus, parse_view
from geo.place_search import search_place

EVENT_PARAM = "event"
GOTO_KEY = "goto"
EVENT_ZOOM = 11.0
MAX_ID_LENGTH = 200


@dataclass(frozen=True)
class MapLinks:
    """What the links ask of the map: where to go, and the cited event's record(s)."""

    focus: Focus | None = None
    linked: pd.DataFrame | None = None  # the cited event, from all loaded events
    linked_in_view: bool = True


def linked_event_id() -> str | None:
    """The event id the address cites, if any (trimmed; an absurdly long one is ignored)."""
    value = st.query_params.get(EVENT_PARAM)
    if not value or len(value) > MAX_ID_LENGTH:
        return None
    return value.strip() or None


def remember_selected(key: str | None) -> None:
    """Put the clicked event's id in the address, so the address cites it."""
    if not key or not key.startswith("#"):
        return
    event_id = key[1:]
    # A click centres nothing: the user is looking at the map already.
    st.session_state["_clicked_event"] = event_id
    if st.query_params.get(EVENT_PARAM) != event_id:
        st.query_params[EVENT_PARAM] = event_id


def read_map_links(events: pd.DataFrame, visible: pd.DataFrame, place_focus: Focus | None = None) -> MapLinks:
    """Resolve ``?event=`` and ``?view=`` against the loaded events; say so when the event is missing.

    Parameters
    ----------
    events
        Every loaded event (a cited event is found even when filtered out).
    visible
        The filtered events.
    place_focus
        Where a place search asks the map to go; it wins over the links.
    """
    focus = place_focus or parse_view(st.query_params.get(VIEW_PARAM))
    event_id = linked_event_id()
    if event_id is None:
        return MapLinks(focus)
    linked = events[events[S.EVENT_ID] == event_id]
    if linked.empty:
        st.warning(
            tr(
                "This link cites event “{event}”, which is not in the data loaded here. "
                "It probably comes from a file the sender loaded: ask them for that file and open it under "
                "**Data → Load event files** (or start the dashboard with `--data FILE`), then open the link "
                "again. Events kept in the shared event store open from a link on any dashboard that reads it.",
                event=plain_markdown(event_id),
            )
        )
        return MapLinks(focus)
    in_view = bool(visible[S.EVENT_ID].eq(event_id).any())
    if not in_view:
        st.info(
            tr(
                "The event this link cites is outside the current filters: its record is shown beside the map. "
                "Reset the filters to see it on the map."
            )
        )
    first = linked.iloc[0]
    located = pd.notna(first[S.LATITUDE]) and pd.notna(first[S.LONGITUDE])
    if focus is None and located and st.session_state.get("_clicked_event") != event_id:
        focus = Focus(float(first[S.LATITUDE]), float(first[S.LONGITUDE]), EVENT_ZOOM)
    return MapLinks(focus, linked, in_view)


def _follow_place(names: tuple[str, ...]) -> None:
    st.session_state["place"] = list(names)


def _follow_oblast(iso: str) -> None:
    st.session_state["oblast"] = [iso]


def show_place_search(events: pd.DataFrame) -> Focus | None:
    """The sidebar's "Go to a place" box; returns where the map should go."""
    text = st.sidebar.text_input(
        tr("Go to a place"),
        key=GOTO_KEY,
        bind="query-params",
        placeholder=tr("Kharkiv, Харків, Zaporozhye…"),
        help=tr("Any common spelling, Ukrainian or English, through the offline gazetteer."),
        max_chars=100,
    )
    if not text or not text.strip():
        return None
    hit = search_place(text.strip(), events)
    if hit is None:
        st.sidebar.caption(
            tr("“{place}” is not in the gazetteer of Ukrainian places.", place=plain_markdown(text.strip()))
        )
        return None
    place = hit.place
    guess = (
        ""
        if hit.confidence >= 1
        else " " + tr("(closest spelling, {share} alike)", share=f"{hit.confidence:.0%}")
    )
    st.sidebar.caption(
        f"{plain_markdown(place.name)} · {plain_markdown(place.name_uk)}, "
        f"{plain_markdown(oblast_name(place.oblast_iso, place.oblast))}{guess}: "
        + ntr(
            "{n} loaded event within 5 km.",
            "{n} loaded events within 5 km.",
            hit.events_near,
        )
    )
    columns = st.sidebar.columns(2)
    filter_options = set(events[S.LOCATION].dropna().unique())
    names = tuple(n for n in hit.location_names if n in filter_options)
    columns[0].button(
        tr("Events here"),
        on_click=_follow_place,
        args=(names,),
        disabled=not names,
        width="stretch",
        help=tr("Set the place filter to the names these events carry."),
    )
    in_data = bool(events[S.OBLAST_ISO].eq(place.oblast_iso).any())
    columns[1].button(
        tr("Its oblast"),
        on_click=_follow_oblast,
        args=(place.oblast_iso,),
        disabled=not in_data,
        width="stretch",
        help=tr("Set the oblast filter to this place's oblast."),
    )
    return Focus(place.latitude, place.longitude, 11.0)
