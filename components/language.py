"""The interface language: a switch at the top of the sidebar, kept in the URL (``?lang=uk``).

A shared link opens in the sender's language.  Without ``lang`` in the link, the
browser's language (``st.context.locale``) decides.  The link holds the language
code, not the switch's label (a widget bound to the URL would write "Українська"),
so the switch is synchronised by hand; English links carry no ``lang`` at all.
"""

from __future__ import annotations

import functools

import streamlit as st

from data.i18n import DEFAULT_LANGUAGE, LANGUAGES, language_from_locale, set_language

KEY = "lang_choice"


def _link_follows_choice() -> None:
    code = st.session_state.get(KEY) or DEFAULT_LANGUAGE
    if code == DEFAULT_LANGUAGE:
        st.query_params.pop("lang", None)
    else:
        st.query_params["lang"] = code


def choose_language(switch: bool = True) -> str:
    """Draw the language switch (unless ``switch`` is false); set and return the language of this page run."""
    if KEY not in st.session_state:
        requested = st.query_params.get("lang")
        if requested in LANGUAGES:
            st.session_state[KEY] = requested
        else:
            st.session_state[KEY] = language_from_locale(getattr(st.context, "locale", None))
            _link_follows_choice()
    if st.context.is_embedded or not switch:
        # The embed view has no sidebar, and a map-first run draws it later (components/pacing.py):
        # the link's language (or the browser's, or the one chosen before) holds.
        return set_language(st.session_state.get(KEY) or DEFAULT_LANGUAGE)
    code = st.sidebar.segmented_control(
        "Мова · Language",
        list(LANGUAGES),
        format_func=LANGUAGES.get,
        key=KEY,
        on_change=_link_follows_choice,
        label_visibility="collapsed",
    )
    return set_language(code or DEFAULT_LANGUAGE)


def in_page_language(function):
    """Run ``function`` in the session's language: for fragments.

    A fragment's own rerun (a map click, a chart tab, a timer) runs the fragment alone,
    not the top of the page where :func:`choose_language` sets the language, and the
    language lives in a context variable of the run: without this a fragment rerun
    drew its part in English (seen in Chromium: "Selected event" on a Ukrainian page).
    """

    @functools.wraps(function)
    def wrapped(*args, **kwargs):
        set_language(st.session_state.get(KEY) or DEFAULT_LANGUAGE)
        return function(*args, **kwargs)

    return wrapped
