"""The page link's parameters: read as a whole, and rewritten before the widgets bound to them read them.

Checked on streamlit 1.67.0 (pinned).  Widgets with ``bind="query-params"`` seed
themselves from the query string as it was when the page was opened
(``QueryParams._initial_query_params``), not from ``st.query_params``: changing
``st.query_params`` alone left ``?min_cas=1e400`` to reach the number widget,
whose ``int(float("1e400"))`` raised OverflowError and replaced the page.  This
is the one place that touches that private state; if Streamlit renames it, the
public change still happens and the test in tests/test_hostile_page.py fails.
"""

from __future__ import annotations

import streamlit as st


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
    try:
        from streamlit.runtime.state.session_state_proxy import get_session_state

        with get_session_state().query_params() as params:
            initial = params._initial_query_params  # noqa: SLF001 - see the module docstring
            for key, values in changes.items():
                if values:
                    initial[key] = list(values)
                else:
                    initial.pop(key, None)
    except (ImportError, AttributeError):
        pass
