"""The map and the record of the clicked event beside it."""

from __future__ import annotations

import copy

import folium
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from data import schema as S
from data.aggregate import oblast_shading
from data.display import escape_text
from data.filters import events_fingerprint
from geo.event_map import build_event_map, event_popup_html, events_for_key, key_from_tooltip

MAP_HEIGHT = 560


@st.cache_resource(max_entries=6, show_spinner="Drawing the map…")
def _cached_map(fingerprint: str, show_heatmap: bool, shade_by: str, _events: pd.DataFrame) -> folium.Map:
    # Keyed by the filtered table's fingerprint: a rerun after a click reuses the
    # same map, so streamlit-folium sees the same script and keeps the user's view.
    shading = None if shade_by == "none" else oblast_shading(_events, shade_by)
    return build_event_map(_events, show_heatmap=show_heatmap, choropleth=shading, choropleth_label=shade_by)


def show_event_map(events: pd.DataFrame, show_heatmap: bool = False, shade_by: str = "none") -> str | None:
    """Draw the map; return the key of the clicked point, if any."""
    # st_folium rewrites the element ids of the map it is given, so it gets a copy:
    # handing it the cached object twice leaves references to renamed layers.
    event_map = copy.deepcopy(_cached_map(events_fingerprint(events), show_heatmap, shade_by, events))
    # Only the clicked tooltip comes back: pans and zooms do not rerun the page.
    state = st_folium(
        event_map,
        key="event_map",
        height=MAP_HEIGHT,
        use_container_width=True,
        returned_objects=["last_object_clicked_tooltip"],
    )
    return key_from_tooltip((state or {}).get("last_object_clicked_tooltip"))


def show_event_details(events: pd.DataFrame, key: str | None) -> None:
    """The full record(s) behind a clicked map point."""
    if key is None:
        st.info("Click a circle on the map to see the full record here.")
        return
    chosen = events_for_key(events, key)
    if chosen.empty:
        st.info("The clicked event is not in the current filter.")
        return
    if len(chosen) > 1:
        st.markdown(f"**{len(chosen):,} events at this point**")
    for _, event in chosen.head(20).iterrows():
        show_event_record(event)
    if len(chosen) > 20:
        st.caption(f"… and {len(chosen) - 20:,} more: filter by place to see them all in the table.")


def show_event_record(event: pd.Series) -> None:
    """One event's full record, the same escaped HTML as its map popup."""
    st.html(
        f"""<div class="sm-record" data-event-id="{escape_text(event[S.EVENT_ID])}">{event_popup_html(event)}</div>
<style>
.sm-record {{font-size: 0.92rem; line-height: 1.45; border-left: 3px solid #B5172B; padding-left: 10px; margin-bottom: 12px}}
.sm-record table th {{text-align: left; padding-right: 12px; font-weight: 500; color: #444}}
.sm-muted {{color: #666; font-size: 0.85rem}}
.sm-warn {{background: #fff4e5; padding: 4px 6px; border-radius: 4px; font-size: 0.85rem}}
</style>"""
    )
