"""Map first: on a big table, the charts and the table follow the map by one quick rerun.

Within one script run the browser receives every element at once and builds the
charts and the table before the map's frame loads Leaflet; measured, that is most of
a visit's time at 10,000 events.  So the first run of a session on a big table draws
the headline and the map, and a one-off fragment asks the browser to come back a
moment later (``run_every``: the browser's own timer, so the first run's elements
are already on its side); that rerun, served from caches, adds the rest.
"""

from __future__ import annotations

import streamlit as st

# Below this many events the whole page is cheap enough to send at once.
DEFER_ABOVE = 2_000
READY_KEY = "_sm_rest_of_page"


def rest_of_page_ready(events_count: int) -> bool:
    """Whether to draw the heavier parts (charts, table, panels) in this run."""
    if events_count <= DEFER_ABOVE or st.session_state.get(READY_KEY):
        st.session_state[READY_KEY] = True
        return True
    return False


def show_rest_of_page_soon() -> None:
    """A note where the charts will be, and the fragment that brings them."""
    st.caption("The charts and the table follow the map in a moment…")
    st.fragment(run_every=0.25)(_bring_the_rest)()


def _bring_the_rest() -> None:
    # Runs inline once with the page (nothing to do), then from the browser's timer.
    if st.session_state.get("_sm_rest_requested"):
        st.session_state[READY_KEY] = True
        st.rerun()
    st.session_state["_sm_rest_requested"] = True
