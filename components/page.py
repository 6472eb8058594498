"""The page, top to bottom: data and filters in the sidebar, then the headline, the map, the
charts and the table; every part shows the same filtered events.

``app.py`` runs ``show_page`` on every run. The map comes first on purpose: its frame starts loading
while the rest is built (even the headline above it is sent after it).
"""

from __future__ import annotations

import argparse
import os
from dataclasses import replace

import pandas as pd
import streamlit as st

from components.about import show_about
from components.charts import show_charts
from components.compare import show_comparison
from components.exports import show_downloads
from components.filters import reset_filters, show_filters, show_layer_options
from components.headline import show_headline
from components.language import choose_language
from components.link_params import link_params
from components.map_links import read_map_links, show_place_search
from components.map_panel import show_map_section, warm_event_map
from components.pacing import map_comes_first, rest_of_page_ready, show_rest_of_page_soon, sidebar_may_follow
from components.publish import show_embed_view, show_publish
from components.report_panel import added_report_events, show_report_panel
from components.sources import show_data_source, source_without_sidebar
from components.store_panel import (
    open_event_store,
    open_store_quietly,
    show_store_panel,
    show_store_sidebar,
    store_source,
    stored_events,
    stored_source,
)
from components.tables import show_events_table
from components.timeline import current_range, show_timeline
from data.events_io import concat_events
from data.filters import apply_filter, layers_from_query, selection_from_query, table_token, view_token
from data.i18n import tr


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Strike Map dashboard")
    parser.add_argument(
        "--data",
        default=os.environ.get("STRIKE_MAP_DATA"),
        help="events file to show instead of the embedded report (or set STRIKE_MAP_DATA)",
    )
    return parser.parse_known_args()[0]


def warm_up() -> None:
    """Build what a first visit of the plain link needs, before anyone visits (the server's start-up).

    The same cached calls the page makes for its default view: the ``--data`` file's import (else the
    store's events), the filter a bare link means, the base map and the event layers. A first
    visitor then finds them ready, as a second one does. Draws nothing.
    """
    events, _ = source_without_sidebar(parse_args().data, default=lambda: stored_source(open_store_quietly()))
    selection, _ = selection_from_query("", events)
    view = view_token(table_token(events), selection)
    warm_event_map(apply_filter(events, selection), view, **layers_from_query(""))


def _map_first_source(cli_path: str | None, store) -> tuple[pd.DataFrame, str] | None:
    """The events and their label when this run draws the map before the sidebar, else None.

    A session's first run (``components/pacing.py``): the sidebar follows with
    the rest of the page once the map is drawn.
    """
    if st.context.is_embedded or not sidebar_may_follow():
        return None
    source = source_without_sidebar(cli_path, default=lambda: stored_source(store))
    return source if map_comes_first(len(source[0])) else None


def show_page() -> None:
    """One run of the page."""
    st.set_page_config(page_title="Strike Map · attacks on Ukrainian cities", page_icon="📍", layout="wide")
    store = open_event_store()
    cli_path = parse_args().data
    map_first = _map_first_source(cli_path, store)
    choose_language(switch=map_first is None)
    st.set_page_config(page_title=tr("Strike Map · attacks on Ukrainian cities"))
    # ?embed=true: the map and its legend only, for the same events and link.
    if show_embed_view(cli_path, default=lambda: stored_events(store)):
        st.stop()
    st.title(tr("Strike Map"))
    st.markdown(tr("Attacks on Ukrainian cities and their human cost, each number traced to its source."))

    if map_first is not None:  # the sidebar follows with the rest of the page
        events, source_label = map_first
        writer = None
    else:
        events, source_label = show_data_source(cli_path, default=lambda: store_source(store))
        writer = show_store_sidebar(store, events, source_label)
    shown_source_events = events
    added = added_report_events()
    if len(added):
        events = concat_events(events, added)
    if map_first is not None:  # what the sidebar's widgets will read from the link
        place_focus = None
        selection, _ = selection_from_query(link_params(), events)
        layers = layers_from_query(link_params())
    else:
        place_focus = show_place_search(events)
        selection = show_filters(events)
        layers = show_layer_options()
    visible_events = apply_filter(events, selection)
    source_token = table_token(events)
    view = view_token(source_token, selection)

    # The headline's place is kept above the map, but the map is sent first: the browser
    # then asks for the map's frame before the headline's chunk (interleaved second visits
    # at 250,000 events on a loaded machine: 1.97 -> 1.82 s and 2.31 -> 2.06 s; quiet, the
    # same within 0.02 s). The headline follows within milliseconds, long before the map is drawn.
    headline = st.container()
    show_map_section(visible_events, view, layers, read_map_links(events, visible_events, place_focus))
    with headline:
        show_headline(visible_events, source_label, view, total=len(events))
        if visible_events.empty:
            st.warning(tr("No events match these filters."))
            st.button(tr("Reset filters"), on_click=reset_filters, key="reset_empty")
    if not rest_of_page_ready(len(events)):
        show_rest_of_page_soon(sidebar_follows=map_first is not None)
        st.stop()
    # The timeline and the period comparison need every date, the other filters applied
    # (after the map: a filter change on 250,000 events reaches the map 0.2 s sooner).
    undated_selection = replace(selection, date_from=None, date_to=None)
    all_dates = apply_filter(events, undated_selection)
    undated_view = view_token(source_token, undated_selection)
    show_timeline(all_dates, undated_view)

    st.subheader(tr("Casualties"))
    show_charts(visible_events, view)

    st.subheader(tr("Events"))
    show_events_table(visible_events, view)
    show_downloads(visible_events)
    # Lazy: computed only while open (about 1 s at 250,000 events); ?compare=true opens it from a link.
    with st.expander(tr("Compare with the period before"), key="compare", bind="query-params") as compare:
        if compare.open:
            show_comparison(all_dates, current_range(), undated_view)
    show_publish(visible_events, view, str(layers["shade_by"]))

    show_report_panel()
    show_store_panel(store, shown_source_events, source_label, writer, added)
    show_about()
