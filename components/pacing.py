"""Map first: the charts and the table follow once the map is drawn, whatever the table's size.

The browser builds the page and the map's frame on one thread (the frame is
same-origin), so every chart, table and panel it receives before the map is drawn
delays the map: measured at 10,000 events, the frame was attached only after the
charts and the table were built, 5-10 s into a visit.  So the first run of a
session sends the headline and the map; the map's frame
reports when its events are drawn (:class:`geo.event_map.layers.ready.DrawnSignal`),
and that report reruns the page with the rest, served from caches.

The sidebar (language, data, filters, layers) follows with the rest: its twenty-odd widgets
cost the browser more than the map (10,000 events, interleaved, load ~9: second visits 8.5 s with
them before the map, 5.2 s after).  The map-first run reads the filters and layers from the link
exactly as the widgets will (:func:`data.filters.selection_from_query`), so the rerun that brings
the sidebar sends the same map, which stays as drawn.  A link that asks for a place
(``?goto=``) gets the sidebar at once: its box finds the place.

A timer is the fallback for a map that never reports (its scripts failed to load):
the rest then comes after :data:`FALLBACK_S` seconds
(``STRIKE_MAP_REST_FALLBACK_S`` overrides it; the browser tests set it high, so a
broken report fails them instead of hiding behind the timer).
"""

from __future__ import annotations

import os

import streamlit as st

from components.language import in_page_language
from components.map_links import GOTO_KEY
from data.i18n import tr
from geo.event_map.layers.ready import DRAWN_KEY

# Up to this many events the whole page is sent at once. None: what delays the map is the page's
# charts, table and panels, not the events. With the embedded six-event report sent whole (the
# threshold was 500), second visits drew the map at 3.12 s against 1.59 s sent map first (8
# interleaved rounds, floor page 1.15 s, load ~5), and the filters answered no later (3.67 / 3.56 s).
# An empty table has no map to wait for. Tests of the whole page in AppTest (no browser to report
# the map drawn) raise it (tests/conftest.py); tests of the pacing lower it again.
DEFER_ABOVE = 0
FALLBACK_S = 10.0
READY_KEY = "_sm_rest_of_page"
FOLLOWS_KEY = "rest_follows"


def sidebar_may_follow() -> bool:
    """Whether this run may draw the map before the sidebar, if its table is big (see above)."""
    return not st.session_state.get(READY_KEY) and GOTO_KEY not in st.query_params


def map_comes_first(events_count: int) -> bool:
    """Whether a table of ``events_count`` events waits for the map before the rest of the page."""
    return events_count > DEFER_ABOVE


def rest_of_page_ready(events_count: int) -> bool:
    """Whether to draw the heavier parts (charts, table, panels) in this run."""
    if not map_comes_first(events_count) or st.session_state.get(READY_KEY):
        st.session_state[READY_KEY] = True
        return True
    return False


def show_rest_of_page_soon(sidebar_follows: bool = False) -> None:
    """A note where the charts will be, and the fallback timer that brings them.

    With ``sidebar_follows``, a note in the sidebar too: the sidebar is there from the start, so
    the map keeps the width it was drawn at (without it the map was drawn wide, then narrowed and
    fitted again when the filters came; 12 interleaved second visits each: no slower, 10,000 events
    1.787 / 1.782 s, the embedded report 1.727 / 1.743 s).
    """
    if sidebar_follows:
        st.sidebar.caption(tr("The filters follow the map in a moment…"))
    with st.container(key=FOLLOWS_KEY):  # the browser tests wait for it to go
        st.caption(tr("The charts and the table follow the map in a moment…"))
    st.fragment(run_every=_fallback_seconds())(in_page_language(_bring_the_rest))()


def note_map_value(value: dict | None) -> None:
    """Called with what the map returned: once it reports "drawn", bring the rest of the page."""
    if value and value.get(DRAWN_KEY) and not st.session_state.get(READY_KEY):
        st.session_state[READY_KEY] = True
        st.rerun(scope="app")


def _fallback_seconds() -> float:
    try:
        seconds = float(os.environ.get("STRIKE_MAP_REST_FALLBACK_S", FALLBACK_S))
    except ValueError:
        return FALLBACK_S
    return min(max(seconds, 1.0), 3600.0) if seconds == seconds else FALLBACK_S


def _bring_the_rest() -> None:
    # Runs inline once with the page (nothing to do), then from the browser's timer.
    if st.session_state.get("_sm_rest_requested"):
        st.session_state[READY_KEY] = True
        st.rerun()
    st.session_state["_sm_rest_requested"] = True
