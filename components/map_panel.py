"""The map and the record of the clicked event beside it.

The map is drawn in two parts (see :mod:`geo.event_map`): a base map that only
the basemap choice changes, and the event layers, sent to streamlit-folium as
``feature_group_to_add``.  A filter change therefore swaps the layers inside the
map already on the page instead of rebuilding it: the frame, Leaflet and the
outlines stay, and only the new points travel.
"""

from __future__ import annotations

import copy

import folium
import pandas as pd
import streamlit as st

from components.language import in_page_language
from components.map_links import MapLinks, remember_selected
from components.pacing import note_map_value
from components.streamlit_compat import st_folium_memo
from data import schema as S
from data.aggregate import oblast_shading
from data.display import escape_text
from data.i18n import ntr, tr
from geo.event_map import (
    build_base_map,
    build_event_layers,
    event_popup_html,
    events_for_key,
    key_from_tooltip,
)
from geo.event_map.layers.playback import PlaybackLayer
from geo.event_map.layers.ready import DrawnSignal
from geo.event_map.layers.view import Focus, ViewLink

MAP_HEIGHT = 560


@st.cache_resource(max_entries=4, ttl=86400, show_spinner=False)
def _base_map(basemap: str) -> folium.Map:
    return build_base_map(basemap)


@st.cache_resource(max_entries=16, ttl=3600, show_spinner=False)
def _event_layers(
    view_token: str, show_heatmap: bool, shade_by: str, playback: bool, _events: pd.DataFrame
) -> list[folium.FeatureGroup]:
    # ``view_token`` names the filtered table completely (the loaded table's content
    # hash plus the filter), so two tables that differ in any cell never share layers.
    shading = None if shade_by == "none" else oblast_shading(_events, shade_by)
    layers = build_event_layers(
        _events, show_heatmap=show_heatmap, choropleth=shading, choropleth_label=shade_by
    )
    # Playback carries every dated event's day: built only when asked for, so a filter
    # change on a big table does not pay for it (about 0.5 s at 10,000 events).
    return [*layers, PlaybackLayer(_events)] if playback else layers


def warm_event_map(
    events: pd.DataFrame,
    view_token: str,
    show_heatmap: bool = False,
    shade_by: str = "none",
    basemap: str = "osm",
    playback: bool = False,
) -> None:
    """Build and cache the map of a view before anyone asks for it (the server's start-up)."""
    _base_map(basemap)
    _event_layers(view_token, show_heatmap, shade_by, playback, events)


def show_event_map(
    events: pd.DataFrame,
    view_token: str,
    show_heatmap: bool = False,
    shade_by: str = "none",
    basemap: str = "osm",
    playback: bool = False,
    focus: Focus | None = None,
    report_drawn: bool = False,
) -> str | None:
    """Draw the map of ``events``; return the key of the clicked point, if any.

    Parameters
    ----------
    events
        The filtered events.
    view_token
        Identity of ``events`` (see :func:`data.filters.view_token`), the layers' cache key.
    focus
        Where to move the map once drawn (a cited event, a searched place, a linked view).
    report_drawn
        The page's map: report "drawn" so the charts follow (see
        ``components/pacing.py``); the embedded map has nothing to follow it.
    """

    def build() -> tuple[folium.Map, dict]:
        # st_folium renames the elements of what it is given and attaches the layers to
        # the map, so it gets copies: the cached objects stay as built.
        base = copy.deepcopy(_base_map(basemap))
        layers = copy.deepcopy(_event_layers(view_token, show_heatmap, shade_by, playback, events))
        layers.append(ViewLink(focus))
        if report_drawn:
            # Last: reports "drawn" once per frame, so the charts follow the map.
            layers.append(DrawnSignal())
        return base, dict(
            key="event_map",
            height=MAP_HEIGHT,
            use_container_width=True,
            feature_group_to_add=layers,
            # Re-evaluated with the layers, so its switches always name the layers shown.
            layer_control=folium.LayerControl(collapsed=False),
            # Only the clicked tooltip comes back: pans and zooms do not rerun the page.
            returned_objects=["last_object_clicked_tooltip"],
            render=False,
        )

    # Rendered once per view (components/streamlit_compat.py): the view token names the
    # events and the language; the rest is every other argument of the map.
    shown = (view_token, show_heatmap, shade_by, basemap, playback, focus, report_drawn, MAP_HEIGHT)
    state = st_folium_memo(repr(shown), build)
    if report_drawn:
        note_map_value(state)
    return key_from_tooltip((state or {}).get("last_object_clicked_tooltip"))


@st.fragment
@in_page_language
def show_map_section(
    events: pd.DataFrame, view_token: str, layers: dict[str, object], links: MapLinks | None = None
) -> None:
    """The map with the clicked (or linked) event's record beside it.

    A fragment: a click on the map reruns only this part of the page.
    """
    links = links or MapLinks()
    map_column, details_column = st.columns([3, 1], gap="medium")
    with map_column:
        clicked = show_event_map(events, view_token, focus=links.focus, report_drawn=True, **layers)
    remember_selected(clicked)
    with details_column:
        st.subheader(tr("Selected event"))
        if clicked is None and links.linked is not None:
            for _, event in links.linked.head(5).iterrows():
                show_event_record(event)
        else:
            show_event_details(events, clicked)


def show_event_details(events: pd.DataFrame, key: str | None) -> None:
    """The full record(s) behind a clicked map point."""
    if key is None:
        st.info(tr("Click a circle on the map to see the full record here."))
        return
    chosen = events_for_key(events, key)
    if chosen.empty:
        st.info(tr("The clicked event is not in the current filter."))
        return
    if len(chosen) > 1:
        st.markdown("**" + ntr("{n} event at this point", "{n} events at this point", len(chosen)) + "**")
    for _, event in chosen.head(20).iterrows():
        show_event_record(event)
    if len(chosen) > 20:
        st.caption(
            ntr(
                "… and {n} more: filter by place to see them all in the table.",
                "… and {n} more: filter by place to see them all in the table.",
                len(chosen) - 20,
            )
        )


def show_event_record(event: pd.Series) -> None:
    """One event's full record, the same escaped HTML as its map popup."""
    st.html(
        f"""<div class="sm-record" data-event-id="{escape_text(event[S.EVENT_ID], reveal=False)}">{event_popup_html(event)}</div>
<style>
.sm-record {{font-size: 0.92rem; line-height: 1.45; border-left: 3px solid #B5172B; padding-left: 10px; margin-bottom: 12px}}
.sm-record table th {{text-align: left; padding-right: 12px; font-weight: 500; color: #444}}
.sm-muted {{color: #666; font-size: 0.85rem}}
.sm-warn {{background: #fff4e5; padding: 4px 6px; border-radius: 4px; font-size: 0.85rem}}
</style>"""
    )
