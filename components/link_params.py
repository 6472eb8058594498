"""The page link's parameters: read as a whole, and rewritten before the widgets bound to them read them.

Widgets with ``bind="query-params"`` seed themselves from the query string as it was
when the page was opened, not from ``st.query_params``: changing ``st.query_params``
alone left ``?min_cas=1e400`` to reach the number widget, whose ``int(float("1e400"))``
raised OverflowError and replaced the page.  So the seeds are rewritten too, through
:func:`components.streamlit_compat.rewrite_widget_seeds` (the one place that touches that
private state; tests/test_hostile_page.py fails if Streamlit renames it).
"""

from __future__ import annotations

import streamlit as st

from components.streamlit_compat import rewrite_widget_seeds


def link_params() -> dict[str, list[str]]:
    """Every query parameter of the page's link, each with all its values."""
    return {key: st.query_params.get_all(key) for key in st.query_params}


def replace_link_params(changes: dict[str, list[str]]) -> None:
    """Set (or, for an empty list, remove) query parameters, for the URL and for widget seeding."""
    for key, values in changes.items():
        if values:
            st.query_params[key] = values
        elif key in st.query_params:
            del st.query_params[key]
    rewrite_widget_seeds(changes)
